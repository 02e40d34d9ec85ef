//! Value types PDS uses in more than one place, and the small pieces every decoder of
//! this crate shares.

use std::borrow::Cow;
use std::fmt;

use codec_core::field::owned_opt;
use codec_core::json::{JsonReader, JsonStr, JsonWriter};
use codec_core::{Error, Result};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A page marker as clients send it: the SDK models type `part_number_marker` as an
/// integer, the document's example is an opaque string
/// (`NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg`), and the service's
/// `next_part_number_marker` is a string (`""` on the last page). Both spellings decode,
/// and each encodes back as it came: a number as a JSON number, a string as a string.
///
/// ```
/// use codec_pds::PartNumberMarker;
///
/// let number: PartNumberMarker<'_> = serde_json::from_str("5")?;
/// let text: PartNumberMarker<'_> = serde_json::from_str(r#""NWQ1""#)?;
/// assert_eq!((number.as_text(), text.as_text()), ("5".into(), "NWQ1".into()));
/// assert_eq!(serde_json::to_string(&number)?, "5");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum PartNumberMarker<'a> {
    /// A JSON number (a part number), as the SDK models send it.
    Number(u64),
    /// A JSON string, opaque, as the document and the service write it.
    Text(Cow<'a, str>),
}

impl PartNumberMarker<'_> {
    /// The marker as text: a number in decimal, a string as it is.
    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            PartNumberMarker::Number(number) => Cow::Owned(number.to_string()),
            PartNumberMarker::Text(text) => Cow::Borrowed(text),
        }
    }

    /// Whether the marker says there is nothing more: the empty string.
    pub fn is_empty(&self) -> bool {
        matches!(self, PartNumberMarker::Text(text) if text.is_empty())
    }

    /// Detaches the marker from the input it borrows from.
    pub fn into_owned(self) -> PartNumberMarker<'static> {
        match self {
            PartNumberMarker::Number(number) => PartNumberMarker::Number(number),
            PartNumberMarker::Text(text) => PartNumberMarker::Text(codec_core::field::owned(text)),
        }
    }

    /// Reads a number or a string; `input` is the reader's input, to look at the next
    /// byte.
    #[inline]
    pub(crate) fn decode<'a>(
        json: &mut JsonReader<'a>,
        input: &'a [u8],
    ) -> Result<PartNumberMarker<'a>> {
        let at = json.offset();
        match input.get(at) {
            Some(b'"') => Ok(PartNumberMarker::Text(json.str()?.value())),
            Some(b'-' | b'0'..=b'9') => json.u64().map(PartNumberMarker::Number),
            Some(_) => Err(Error::invalid_value(format!(
                "expected a string or an unsigned integer, found {}",
                found(input[at])
            ))
            .with_offset(at)),
            None => Err(Error::eof("the body ends where a value was expected").with_offset(at)),
        }
    }

    pub(crate) fn encode(&self, json: &mut JsonWriter<'_>) {
        match self {
            PartNumberMarker::Number(number) => json.u64(*number),
            PartNumberMarker::Text(text) => json.str(text),
        }
    }
}

impl<'a> From<&'a str> for PartNumberMarker<'a> {
    fn from(text: &'a str) -> Self {
        PartNumberMarker::Text(Cow::Borrowed(text))
    }
}

impl From<u64> for PartNumberMarker<'_> {
    fn from(number: u64) -> Self {
        PartNumberMarker::Number(number)
    }
}

impl fmt::Display for PartNumberMarker<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartNumberMarker::Number(number) => write!(f, "{number}"),
            PartNumberMarker::Text(text) => f.write_str(text),
        }
    }
}

impl Serialize for PartNumberMarker<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            PartNumberMarker::Number(number) => serializer.serialize_u64(*number),
            PartNumberMarker::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for PartNumberMarker<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = PartNumberMarker<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or an unsigned integer")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Self::Value, E> {
                Ok(PartNumberMarker::Number(v))
            }
            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                v: &'de str,
            ) -> std::result::Result<Self::Value, E> {
                Ok(PartNumberMarker::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(
                self,
                v: &str,
            ) -> std::result::Result<Self::Value, E> {
                Ok(PartNumberMarker::Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(
                self,
                v: String,
            ) -> std::result::Result<Self::Value, E> {
                Ok(PartNumberMarker::Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for PartNumberMarker<'_> {
    fn schema_name() -> Cow<'static, str> {
        "PartNumberMarker".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A page marker: an opaque string (as PDS writes it) or an unsigned integer (as the SDK models send it)",
            "anyOf": [
                { "type": "string" },
                { "type": "integer", "minimum": 0 },
            ],
        })
    }
}

/// What a JSON value starting with `byte` is, for error messages.
#[cold]
pub(crate) fn found(byte: u8) -> &'static str {
    match byte {
        b'"' => "a string",
        b'{' => "an object",
        b'[' => "an array",
        b't' | b'f' => "a boolean",
        b'n' => "null",
        b'-' | b'0'..=b'9' => "a number",
        _ => "something that is not JSON",
    }
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

    #[inline]
    fn decode(json: &mut JsonReader<'_>) -> Result<HashWords> {
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

    fn encode(&self, json: &mut JsonWriter<'_>) {
        json.begin_array();
        for &word in self.as_slice() {
            json.i64(word);
        }
        json.end_array();
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

/// Deserializes a field that may be absent, `null` or a value: with `default`, absent
/// is `None`, `null` is `Some(None)`.
pub(crate) fn nullable<'de, D, T>(
    deserializer: D,
) -> std::result::Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// The state of a SHA-1 or SHA-256 computation at the start of a part, for parallel
/// uploads: `{"h": [...], "part_offset": …}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct HashContext {
    /// The hash state words; `Some(None)` when the service sent `null`.
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    pub h: Option<Option<HashWords>>,
    /// The byte offset in the file where the part starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_offset: Option<u64>,
}

impl HashContext {
    #[inline]
    pub(crate) fn decode(json: &mut JsonReader<'_>) -> Result<HashContext> {
        let mut context = HashContext::default();
        let mut seen = Seen::default();
        json.begin_object()?;
        while let Some(key) = json.next_key()? {
            match key.value().as_ref() {
                "h" => {
                    seen.once(0, &key, "h")?;
                    context.h =
                        Some(nullable_value(json, HashWords::decode).map_err(|e| e.within("h"))?);
                }
                "part_offset" => {
                    seen.once(1, &key, "part_offset")?;
                    context.part_offset = opt_u64(json).map_err(|e| e.within("part_offset"))?;
                }
                _ => json.skip_value()?,
            }
        }
        Ok(context)
    }

    pub(crate) fn encode(&self, json: &mut JsonWriter<'_>) {
        json.begin_object();
        if let Some(h) = &self.h {
            json.raw_key("h");
            match h {
                Some(words) => words.encode(json),
                None => json.null(),
            }
        }
        if let Some(offset) = self.part_offset {
            json.raw_key("part_offset");
            json.u64(offset);
        }
        json.end_object();
    }
}

/// Where to send a part with an HTML form POST rather than a PUT: the OSS form fields
/// (empty strings in the document's example).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct UploadFormInfo<'a> {
    /// The OSS bucket.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub bucket_name: Option<Cow<'a, str>>,
    /// The OSS endpoint.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub oss_end_point: Option<Cow<'a, str>>,
    /// The OSS object key.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub object_key: Option<Cow<'a, str>>,
    /// The OSS access key id.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub oss_access_key_id: Option<Cow<'a, str>>,
    /// The OSS STS security token.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub oss_security_token: Option<Cow<'a, str>>,
    /// The form's policy.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<Cow<'a, str>>,
    /// The policy's signature.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Cow<'a, str>>,
}

const FORM_FIELDS: [&str; 7] = [
    "bucket_name",
    "oss_end_point",
    "object_key",
    "oss_access_key_id",
    "oss_security_token",
    "policy",
    "signature",
];

impl<'a> UploadFormInfo<'a> {
    fn values(&self) -> [&Option<Cow<'a, str>>; 7] {
        [
            &self.bucket_name,
            &self.oss_end_point,
            &self.object_key,
            &self.oss_access_key_id,
            &self.oss_security_token,
            &self.policy,
            &self.signature,
        ]
    }

    /// The total length of the strings, for sizing an output buffer.
    pub(crate) fn text_len(&self) -> usize {
        self.values().iter().map(|value| value.as_ref().map_or(0, |v| v.len() + 24)).sum()
    }

    #[inline]
    pub(crate) fn decode_into(
        json: &mut JsonReader<'a>,
        info: &mut UploadFormInfo<'a>,
    ) -> Result<()> {
        let mut seen = Seen::default();
        json.begin_object()?;
        while let Some(key) = json.next_key()? {
            let (index, slot) = match key.value().as_ref() {
                "bucket_name" => (0, &mut info.bucket_name),
                "oss_end_point" => (1, &mut info.oss_end_point),
                "object_key" => (2, &mut info.object_key),
                "oss_access_key_id" => (3, &mut info.oss_access_key_id),
                "oss_security_token" => (4, &mut info.oss_security_token),
                "policy" => (5, &mut info.policy),
                "signature" => (6, &mut info.signature),
                _ => {
                    json.skip_value()?;
                    continue;
                }
            };
            let field = FORM_FIELDS[index];
            seen.once(index as u32, &key, field)?;
            *slot = opt_str(json).map_err(|e| e.within(field))?;
        }
        Ok(())
    }

    pub(crate) fn encode(&self, json: &mut JsonWriter<'_>) {
        json.begin_object();
        for (name, value) in FORM_FIELDS.iter().zip(self.values()) {
            if let Some(value) = value {
                json.raw_key(name);
                json.str(value);
            }
        }
        json.end_object();
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> UploadFormInfo<'static> {
        UploadFormInfo {
            bucket_name: owned_opt(self.bucket_name),
            oss_end_point: owned_opt(self.oss_end_point),
            object_key: owned_opt(self.object_key),
            oss_access_key_id: owned_opt(self.oss_access_key_id),
            oss_security_token: owned_opt(self.oss_security_token),
            policy: owned_opt(self.policy),
            signature: owned_opt(self.signature),
        }
    }
}

/// How to sign the upload of a part: `{"auth_type", "signature", "sts_token"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct SignatureInfo<'a> {
    /// The kind of authorization the upload URL expects.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<Cow<'a, str>>,
    /// The signature.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Cow<'a, str>>,
    /// The STS token.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub sts_token: Option<Cow<'a, str>>,
}

impl<'a> SignatureInfo<'a> {
    /// The total length of the strings, for sizing an output buffer.
    pub(crate) fn text_len(&self) -> usize {
        [&self.auth_type, &self.signature, &self.sts_token]
            .iter()
            .map(|value| value.as_ref().map_or(0, |v| v.len() + 16))
            .sum()
    }

    #[inline]
    pub(crate) fn decode_into(
        json: &mut JsonReader<'a>,
        info: &mut SignatureInfo<'a>,
    ) -> Result<()> {
        let mut seen = Seen::default();
        json.begin_object()?;
        while let Some(key) = json.next_key()? {
            let (index, field, slot) = match key.value().as_ref() {
                "auth_type" => (0, "auth_type", &mut info.auth_type),
                "signature" => (1, "signature", &mut info.signature),
                "sts_token" => (2, "sts_token", &mut info.sts_token),
                _ => {
                    json.skip_value()?;
                    continue;
                }
            };
            seen.once(index, &key, field)?;
            *slot = opt_str(json).map_err(|e| e.within(field))?;
        }
        Ok(())
    }

    pub(crate) fn encode(&self, json: &mut JsonWriter<'_>) {
        json.begin_object();
        for (name, value) in [
            ("auth_type", &self.auth_type),
            ("signature", &self.signature),
            ("sts_token", &self.sts_token),
        ] {
            if let Some(value) = value {
                json.raw_key(name);
                json.str(value);
            }
        }
        json.end_object();
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> SignatureInfo<'static> {
        SignatureInfo {
            auth_type: owned_opt(self.auth_type),
            signature: owned_opt(self.signature),
            sts_token: owned_opt(self.sts_token),
        }
    }
}

/// Which keys of one object have been read: a bit per known key, for refusing
/// duplicates (`null` duplicates included).
#[derive(Default)]
pub(crate) struct Seen(u32);

impl Seen {
    /// Marks key number `bit`; fails when it was seen before.
    #[inline(always)]
    pub(crate) fn once(&mut self, bit: u32, key: &JsonStr<'_>, name: &str) -> Result<()> {
        let mask = 1u32 << bit;
        if self.0 & mask != 0 {
            return Err(duplicate(key, name));
        }
        self.0 |= mask;
        Ok(())
    }

    /// Whether any key was seen.
    #[inline]
    pub(crate) fn any(&self) -> bool {
        self.0 != 0
    }
}

#[cold]
fn duplicate(key: &JsonStr<'_>, name: &str) -> Error {
    Error::duplicate_field(name).with_offset(key.offset())
}

/// Reads a string, or `null` as absent.
#[inline(always)]
pub(crate) fn opt_str<'a>(json: &mut JsonReader<'a>) -> Result<Option<Cow<'a, str>>> {
    if json.null()? {
        return Ok(None);
    }
    json.str().map(|text| Some(text.value()))
}

/// Reads an unsigned integer, or `null` as absent.
#[inline(always)]
pub(crate) fn opt_u64(json: &mut JsonReader<'_>) -> Result<Option<u64>> {
    if json.null()? {
        return Ok(None);
    }
    json.u64().map(Some)
}

/// Reads `true` or `false`, or `null` as absent.
#[inline]
pub(crate) fn opt_bool(json: &mut JsonReader<'_>) -> Result<Option<bool>> {
    if json.null()? {
        return Ok(None);
    }
    json.bool().map(Some)
}

/// Reads `null` as `None`, anything else with `read`.
#[inline(always)]
pub(crate) fn nullable_value<'a, T>(
    json: &mut JsonReader<'a>,
    read: impl FnOnce(&mut JsonReader<'a>) -> Result<T>,
) -> Result<Option<T>> {
    if json.null()? {
        return Ok(None);
    }
    read(json).map(Some)
}

/// Reads `null` as `Some(None)`, anything else into a default value with `read`, in
/// place (the value may be large: moving it costs more than building it).
#[inline(always)]
pub(crate) fn nullable_into<'a, T: Default>(
    json: &mut JsonReader<'a>,
    slot: &mut Option<Option<T>>,
    read: impl FnOnce(&mut JsonReader<'a>, &mut T) -> Result<()>,
) -> Result<()> {
    if json.null()? {
        *slot = Some(None);
        return Ok(());
    }
    match slot.insert(Some(T::default())) {
        Some(value) => read(json, value),
        None => Ok(()),
    }
}

/// Refuses a body that is XML or HTML rather than JSON with an error that says so:
/// PDS answers in JSON, but a part PUT to the presigned `upload_url` is answered by
/// OSS, whose `<Error>` is XML (its `<Code>` is quoted), and a gateway may answer in
/// HTML.
pub(crate) fn refuse_xml(input: &[u8]) -> Result<()> {
    let Some(at) = input.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r')) else {
        return Ok(());
    };
    if input[at] != b'<' {
        return Ok(());
    }
    // Look at the head of the body only: a hostile body may be large.
    let head = &input[at..input.len().min(at + 4096)];
    let head = match std::str::from_utf8(head) {
        Ok(head) => head,
        Err(error) => std::str::from_utf8(&head[..error.valid_up_to()]).unwrap_or(""),
    };
    let message = if head.contains("<Error>") {
        let code = head
            .split_once("<Code>")
            .and_then(|(_, rest)| rest.split_once("</Code>"))
            .map(|(code, _)| code);
        match code {
            Some(code) => format!(
                "the body is XML, not JSON: an OSS <Error> (code {}), which comes from the \
                 presigned upload_url, not from the PDS API",
                codec_core::number::excerpt(code)
            ),
            None => "the body is XML, not JSON: an OSS <Error>, which comes from the presigned \
                     upload_url, not from the PDS API"
                .to_owned(),
        }
    } else {
        "the body is XML or HTML, not JSON: PDS answers in JSON (a proxy or gateway may have \
         answered instead)"
            .to_owned()
    };
    Err(Error::syntax(message).with_offset(at))
}
