//! `FinishMultipartUploadRequest`: the target of `POST /<key>?uploadId=…&newKey=…`.

use std::borrow::Cow;

use codec_core::query::split_target;
use codec_core::wire::query::{decode_target, encode_target, query_string, target_string};
use codec_core::{Codec, Decode, Encode, Error, ErrorKind, Limits, Result, Vendor};

use crate::OPERATION_FINISH_MULTIPART_UPLOAD;

/// The target of a FinishMultipartUpload request: `POST /<key>?uploadId=…&newKey=…`;
/// its body is a [`FinishMultipartUploadBody`](crate::FinishMultipartUploadBody).
///
/// Decodes from a request target with or without its path (`/demokey?uploadId=…`,
/// `?uploadId=…` or the bare query); parameters it does not know (signatures, for
/// example) are skipped. Encodes to the query string, behind the percent-encoded path
/// when [`key`](Self::key) is set; [`to_target`](Self::to_target) gives it as text.
/// `uploadId` is required.
///
/// # `newKey` and `newObject`
///
/// The key the object takes should its own be taken by the time the parts are merged
/// (UFile's answer then names it in `Key`). UFile's document spells the parameter two
/// ways: `newKey` in its example and in every revision before 2022, `newObject` in the
/// current syntax line; neither SDK sends it. Both are read, each into its own field,
/// so that encoding writes back the spelling that came; [`fallback_key`](Self::fallback_key)
/// gives whichever was sent. Both in one target is refused (an error of kind
/// [`DuplicateField`](ErrorKind::DuplicateField) at the second), when decoding and
/// when encoding: UFile reads one parameter.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_ufile::FinishMultipartUploadRequest;
///
/// let target = FinishMultipartUploadRequest::decode(
///     b"/demokey?uploadId=0f188eb2-5e19-49c3-94c9-36fb5a0ff72a&newKey=anotherkey",
/// )?;
/// assert_eq!(target.key.as_deref(), Some("demokey"));
/// assert_eq!(target.fallback_key(), Some("anotherkey"));
///
/// let current = FinishMultipartUploadRequest::decode(b"/demokey?uploadId=0f18&newObject=other")?;
/// assert_eq!((current.new_key.as_deref(), current.fallback_key()), (None, Some("other")));
/// assert_eq!(current.to_target()?, "/demokey?uploadId=0f18&newObject=other");
///
/// let built = FinishMultipartUploadRequest::new("0f18").with_key("a b.txt").with_new_key("c");
/// assert_eq!(built.to_target()?, "/a%20b.txt?uploadId=0f18&newKey=c");
/// assert!(FinishMultipartUploadRequest::decode(b"/k?uploadId=1&newKey=a&newObject=b").is_err());
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(query, no_arbitrary)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FinishMultipartUploadRequest<'a> {
    /// The object key, from the request path (percent-decoded): the key the upload was
    /// initiated for. `None` when only the query string is known.
    #[wire(path)]
    pub key: Option<Cow<'a, str>>,
    /// The upload to finish (`uploadId`, required).
    #[wire(rename = "uploadId")]
    pub upload_id: Cow<'a, str>,
    /// `newKey`: the key to take should [`key`](Self::key) be taken (the spelling of
    /// UFile's example and of its document before 2022).
    #[wire(rename = "newKey")]
    pub new_key: Option<Cow<'a, str>>,
    /// `newObject`: the same parameter, as the current syntax line of UFile's document
    /// spells it. At most one of `new_key` and `new_object` is set.
    #[wire(rename = "newObject")]
    pub new_object: Option<Cow<'a, str>>,
}

impl<'a> FinishMultipartUploadRequest<'a> {
    /// The target finishing `upload_id`.
    pub fn new(upload_id: impl Into<Cow<'a, str>>) -> Self {
        FinishMultipartUploadRequest { upload_id: upload_id.into(), ..Self::default() }
    }

    /// Sets the object key, which goes in the request path.
    #[must_use]
    pub fn with_key(mut self, key: impl Into<Cow<'a, str>>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Sets the key to take should the object's own be taken, spelled `newKey` (and
    /// clears a `newObject`).
    #[must_use]
    pub fn with_new_key(mut self, new_key: impl Into<Cow<'a, str>>) -> Self {
        self.new_key = Some(new_key.into());
        self.new_object = None;
        self
    }

    /// Sets the key to take should the object's own be taken, spelled `newObject` (and
    /// clears a `newKey`).
    #[must_use]
    pub fn with_new_object(mut self, new_object: impl Into<Cow<'a, str>>) -> Self {
        self.new_object = Some(new_object.into());
        self.new_key = None;
        self
    }

    /// The key to take should the object's own be taken, whichever its spelling
    /// (`newKey` or `newObject`); `None` when the target sends neither.
    pub fn fallback_key(&self) -> Option<&str> {
        self.new_key.as_deref().or(self.new_object.as_deref())
    }

    /// The query string alone, without path or `?`; fails when both spellings of
    /// `newKey` are set.
    pub fn to_query_string(&self) -> Result<String> {
        self.check().and_then(|()| query_string(self)).map_err(in_context)
    }

    /// The request target: `/`, the percent-encoded object key and `?` where the
    /// request has a key (`/?` alone where it has none), then the query string.
    pub fn to_target(&self) -> Result<String> {
        self.check().and_then(|()| target_string(self)).map_err(in_context)
    }

    /// Refuses both spellings of `newKey` at once.
    fn check(&self) -> Result<()> {
        if self.new_key.is_some() && self.new_object.is_some() {
            return Err(Error::new(
                ErrorKind::Unencodable,
                "both newKey and newObject are set: they are two spellings of one parameter, \
                 and UFile reads one",
            )
            .with_path("newObject"));
        }
        Ok(())
    }
}

fn in_context(error: Error) -> Error {
    error.with_context(Vendor::Ufile, OPERATION_FINISH_MULTIPART_UPLOAD)
}

impl Codec for FinishMultipartUploadRequest<'_> {
    const VENDOR: Vendor = Vendor::Ufile;
    const OPERATION: &'static str = OPERATION_FINISH_MULTIPART_UPLOAD;
}

impl<'a> Decode<'a> for FinishMultipartUploadRequest<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let target: Self = decode_target(input, limits)?;
        if target.new_key.is_some() && target.new_object.is_some() {
            return Err(both_spellings(input));
        }
        Ok(target)
    }
}

/// Both `newKey` and `newObject` in one target: the error, at the second of them.
#[cold]
fn both_spellings(input: &[u8]) -> Error {
    let error = Error::new(
        ErrorKind::DuplicateField,
        "newKey and newObject are two spellings of one parameter: give one",
    );
    // The input decoded as a target once, so it is text and its pairs read.
    let text = std::str::from_utf8(input).unwrap_or_default();
    let second = split_target(text)
        .pairs()
        .flatten()
        .filter(|pair| matches!(pair.name.as_ref(), "newKey" | "newObject"))
        .nth(1);
    match second {
        Some(pair) => pair.place(error),
        None => error.with_path("newObject"),
    }
}

impl Encode for FinishMultipartUploadRequest<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        self.check()?;
        encode_target(self, out)
    }
}

/// Targets UFile accepts, so that every generated value encodes: a key that is not
/// empty (an empty path reads as none) or none, and at most one spelling of `newKey`.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for FinishMultipartUploadRequest<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let key = codec_core::generate::opt_non_empty_text(u)?;
        let upload_id = Cow::Borrowed(u.arbitrary::<&'a str>()?);
        let new_key: Option<&'a str> = u.arbitrary()?;
        let mut target = FinishMultipartUploadRequest { key, upload_id, ..Self::default() };
        match (new_key, u.arbitrary::<bool>()?) {
            (None, _) => {}
            (Some(new_key), true) => target.new_key = Some(Cow::Borrowed(new_key)),
            (Some(new_object), false) => target.new_object = Some(Cow::Borrowed(new_object)),
        }
        Ok(target)
    }
}
