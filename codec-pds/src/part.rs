//! PDS's `UploadPartInfo`: one part of an upload, the type of every `part_info_list`
//! (`create_file`, `get_upload_url`, `complete_file`, requests and responses) and of
//! `list_uploaded_parts`' `uploaded_parts`, and the objects it holds: the hash contexts
//! of parallel uploads, the form-upload fields and the signing information.

use std::borrow::Cow;
use std::fmt;

use codec_core::json::{JsonReader, JsonWriter};
use codec_core::wire::json::JsonValue;
use codec_core::wire::{Ctx, IntoOwned, LenHint};
use codec_core::{ETag, Error, Result, UploadUrl};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::MAX_PART_NUMBER;

/// One part of an upload, PDS's `UploadPartInfo`: an item of `uploaded_parts`
/// (`list_uploaded_parts`) and of every `part_info_list` (`create_file`,
/// `get_upload_url` and `complete_file`, requests and responses alike). Each operation
/// uses a few of its fields: a `create_file` request `part_number`, `part_size` and
/// `parallel_sha1_ctx`; its response and `get_upload_url`'s `part_number` and the
/// upload URLs; a `complete_file` request `part_number` and `etag`.
///
/// Every field may be absent (`part_size` and `etag` are deprecated in the SDK models,
/// and a response's parts may lack `part_number`: the JS SDK pairs them with its
/// request's parts by position); objects are `Some(None)` when the service sent `null`.
#[codec_core::wire(json, null_as_absent)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UploadedPart<'a> {
    /// The part number, 1 to 10,000.
    #[wire(range(min = 1, max = MAX_PART_NUMBER))]
    pub part_number: Option<u32>,
    /// The part's size in bytes.
    pub part_size: Option<u64>,
    /// The presigned OSS URL to PUT the part to (`&`-separated, percent-encoded query).
    pub upload_url: Option<Cow<'a, str>>,
    /// The same, on Aliyun's internal network.
    pub internal_upload_url: Option<Cow<'a, str>>,
    /// The part's ETag, with its quotes as sent (`"\"0CC1…\""` on the wire).
    pub etag: Option<ETag<'a>>,
    /// The content type the upload URL was signed for (sent by the service, not in the
    /// document's example).
    pub content_type: Option<Cow<'a, str>>,
    /// The SHA-1 state at the start of the part.
    pub parallel_sha1_ctx: Option<Option<HashContext>>,
    /// Form-upload fields for the part.
    pub upload_form_info: Option<Option<UploadFormInfo<'a>>>,
    /// Form-upload fields on Aliyun's internal network.
    pub internal_upload_form_info: Option<Option<UploadFormInfo<'a>>>,
    /// How to sign the part's upload.
    pub signature_info: Option<Option<SignatureInfo<'a>>>,
    /// The SHA-256 state at the start of the part.
    pub parallel_sha256_ctx: Option<Option<HashContext>>,
    /// The part's MD5 (base64), which a request may send for the upload URL to be
    /// signed with.
    pub content_md5: Option<Cow<'a, str>>,
}

/// The state of a SHA-1 or SHA-256 computation at the start of a part, for parallel
/// uploads: `{"h": [...], "part_offset": …}`.
#[codec_core::wire(json, null_as_absent)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct HashContext {
    /// The hash state words; `Some(None)` when the service sent `null`.
    pub h: Option<Option<HashWords>>,
    /// The byte offset in the file where the part starts.
    pub part_offset: Option<u64>,
}

/// Where to send a part with an HTML form POST rather than a PUT: the OSS form fields
/// (empty strings in the document's example).
#[codec_core::wire(json, null_as_absent)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct UploadFormInfo<'a> {
    /// The OSS bucket.
    pub bucket_name: Option<Cow<'a, str>>,
    /// The OSS endpoint.
    pub oss_end_point: Option<Cow<'a, str>>,
    /// The OSS object key.
    pub object_key: Option<Cow<'a, str>>,
    /// The OSS access key id.
    pub oss_access_key_id: Option<Cow<'a, str>>,
    /// The OSS STS security token.
    pub oss_security_token: Option<Cow<'a, str>>,
    /// The form's policy.
    pub policy: Option<Cow<'a, str>>,
    /// The policy's signature.
    pub signature: Option<Cow<'a, str>>,
}

/// How to sign the upload of a part: `{"auth_type", "signature", "sts_token"}`.
#[codec_core::wire(json, null_as_absent)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SignatureInfo<'a> {
    /// The kind of authorization the upload URL expects.
    pub auth_type: Option<Cow<'a, str>>,
    /// The signature.
    pub signature: Option<Cow<'a, str>>,
    /// The STS token.
    pub sts_token: Option<Cow<'a, str>>,
}

/// The values of a SHA-1 or SHA-256 context's `h`: the hash state words, five for
/// SHA-1 and eight for SHA-256, held inline (at most [`HashWords::CAPACITY`]) so that a
/// page of parts decodes without an allocation per part. The words are signed 64-bit
/// integers: SHA words are unsigned 32-bit values, and a client that kept them in a
/// signed 32-bit integer sends them negative.
///
/// ```
/// use codec_pds::HashWords;
///
/// let words = HashWords::from_slice(&[1, 2, 3]).unwrap();
/// assert_eq!(words.as_slice(), &[1, 2, 3]);
/// assert!(HashWords::from_slice(&[0; 9]).is_none());
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct HashWords {
    words: [i64; HashWords::CAPACITY],
    len: u8,
}

impl HashWords {
    /// The most words held: SHA-256's eight.
    pub const CAPACITY: usize = 8;

    /// The words of `words`, or `None` when there are more than [`Self::CAPACITY`].
    pub fn from_slice(words: &[i64]) -> Option<Self> {
        let mut this = HashWords::default();
        for &word in words {
            this.push(word).ok()?;
        }
        Some(this)
    }

    /// The words.
    pub fn as_slice(&self) -> &[i64] {
        &self.words[..usize::from(self.len)]
    }

    /// Appends a word; fails when full.
    #[inline]
    pub fn push(&mut self, word: i64) -> std::result::Result<(), i64> {
        match self.words.get_mut(usize::from(self.len)) {
            Some(slot) => {
                *slot = word;
                self.len += 1;
                Ok(())
            }
            None => Err(word),
        }
    }
}

/// At most [`HashWords::CAPACITY`] signed integers; more is an error at the first one
/// too many.
impl<'a> JsonValue<'a> for HashWords {
    #[inline]
    fn read_json(json: &mut JsonReader<'a>, _: Ctx<'_>) -> Result<Self> {
        let mut words = HashWords::default();
        json.begin_array()?;
        while json.next_item()? {
            let at = json.offset();
            let word = json.i64().map_err(|e| e.within(&format!("[{}]", words.len)))?;
            words.push(word).map_err(|_| {
                Error::invalid_value(format!(
                    "more than {} words in a hash context",
                    HashWords::CAPACITY
                ))
                .with_offset(at)
                .within(&format!("[{}]", HashWords::CAPACITY))
            })?;
        }
        Ok(words)
    }

    fn write_json(&self, json: &mut JsonWriter<'_>, _: Ctx<'_>) -> Result<()> {
        json.begin_array();
        for &word in self.as_slice() {
            json.i64(word);
        }
        json.end_array();
        Ok(())
    }
}

impl IntoOwned for HashWords {
    type Owned = HashWords;
    fn into_owned(self) -> HashWords {
        self
    }
}

impl LenHint for HashWords {
    fn len_hint(&self) -> usize {
        self.len() * 21
    }
}

/// Up to [`HashWords::CAPACITY`] arbitrary words.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for HashWords {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut words = HashWords::default();
        for _ in 0..u.int_in_range(0..=HashWords::CAPACITY)? {
            // Cannot fail: at most CAPACITY pushes.
            let _ = words.push(u.arbitrary()?);
        }
        Ok(words)
    }
}

impl std::ops::Deref for HashWords {
    type Target = [i64];
    fn deref(&self) -> &[i64] {
        self.as_slice()
    }
}

impl fmt::Debug for HashWords {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl Serialize for HashWords {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        self.as_slice().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for HashWords {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = HashWords;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "an array of at most {} integers", HashWords::CAPACITY)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<HashWords, A::Error> {
                let mut words = HashWords::default();
                while let Some(word) = seq.next_element::<i64>()? {
                    words.push(word).map_err(|_| {
                        serde::de::Error::invalid_length(HashWords::CAPACITY + 1, &self)
                    })?;
                }
                Ok(words)
            }
        }
        deserializer.deserialize_seq(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for HashWords {
    fn schema_name() -> Cow<'static, str> {
        "HashWords".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The hash state words (five for SHA-1, eight for SHA-256)",
            "type": "array",
            "items": { "type": "integer" },
            "maxItems": HashWords::CAPACITY,
        })
    }
}

/// Where each part of `parts` goes, in the order sent: a `create_file` or
/// `get_upload_url` response's `part_info_list` in the vendor-neutral model. A part
/// without a `part_number` keeps `number: None` (PDS's JS SDK pairs such parts with
/// its request's parts by position: no number is invented); a part without an
/// `upload_url` has nowhere to go, an error naming it (`part_info_list[2].upload_url`).
pub(crate) fn upload_urls<'m>(parts: &'m [UploadedPart<'_>]) -> Result<Vec<UploadUrl<'m>>> {
    let mut urls = Vec::with_capacity(parts.len());
    for (index, part) in parts.iter().enumerate() {
        let Some(url) = part.upload_url.as_deref() else {
            return Err(no_upload_url(index));
        };
        urls.push(UploadUrl { number: part.part_number, url: Cow::Borrowed(url) });
    }
    Ok(urls)
}

#[cold]
fn no_upload_url(index: usize) -> Error {
    Error::new(
        codec_core::ErrorKind::MissingField,
        format!("part_info_list[{index}] has no upload_url: there is nowhere to send the part"),
    )
    .with_path("upload_url")
    .within(&format!("[{index}]"))
    .within("part_info_list")
}
