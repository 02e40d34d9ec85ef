//! InitiateMultipartUpload: starting an upload, UFile's answer, and the part sizes that
//! answer imposes.
//!
//! The request, `POST /<key>?uploads`, carries nothing but the object key in its path
//! (storage class and metadata go in headers) and has no body, so it needs no codec
//! and this crate has no type for it. The answer is [`InitiateMultipartUploadResponse`]
//! (`UploadId`, `BlkSize`, `Bucket`, `Key`), which normalizes to
//! [`InitiatedUpload`] with `part_size` = `BlkSize`.
//!
//! `BlkSize` is a rule, not a hint: every part but the last must be exactly `BlkSize`
//! bytes, or Finish fails its verification (UFile's UploadPart document), and the
//! parts are numbered from 0. [`PartPlan`] cuts an object of a given length into those
//! parts ([`InitiateMultipartUploadResponse::plan`]) and checks a listed part against
//! them ([`PartPlan::check`], [`PartPlan::check_part`]).
//!
//! ```
//! use codec_core::{Decode, Normalize};
//! use codec_ufile::InitiateMultipartUploadResponse;
//!
//! let body = codec_ufile::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
//! let response = InitiateMultipartUploadResponse::decode(body)?;
//! let upload = response.normalize()?;
//! assert_eq!(upload.upload_id.as_deref(), Some("0f188eb2-5e19-49c3-94c9-36fb5a0ff72a"));
//! assert_eq!(upload.part_size, Some(4_194_304));
//!
//! // 40 MiB and a byte: ten parts of BlkSize, then one of a byte.
//! let plan = response.plan(41_943_041)?;
//! assert_eq!(plan.count(), 11);
//! assert_eq!(plan.size_of(9), Some(4_194_304));
//! assert_eq!(plan.size_of(10), Some(1));
//! assert!(plan.check(3, 4_194_304).is_ok());
//! assert!(plan.check(3, 1_000).is_err());
//! # Ok::<(), codec_core::Error>(())
//! ```

mod plan;

use std::borrow::Cow;

use codec_core::{InitiatedUpload, Normalize, Result, Vendor};

pub use plan::{PartPlan, PlannedPart, PlannedParts};

use crate::OPERATION_INITIATE_MULTIPART_UPLOAD;

/// The body of an InitiateMultipartUpload response: the new upload's id and the part
/// size UFile imposes.
///
/// ```json
/// {
///     "UploadId": "0f188eb2-5e19-49c3-94c9-36fb5a0ff72a",
///     "BlkSize": 4194304,
///     "Bucket": "demobucket",
///     "Key": "demokey"
/// }
/// ```
///
/// `UploadId` and `BlkSize` are required: they are what the answer is for (UFile's Go
/// and Python SDKs read those two and nothing else), and `BlkSize` must be at least 1
/// (a part size of 0 cannot cut an object; it is an error of kind
/// [`InvalidValue`](codec_core::ErrorKind::InvalidValue) at the value). `BlkSize` is 64
/// bits: a part size over 4 GiB decodes. `Bucket` and `Key` are optional, as are the
/// envelope members UFile's other JSON answers carry (`RetCode`, `ErrMsg`, `Message`,
/// `Action`); absent stays absent when re-encoded, and unknown members are skipped.
///
/// A body whose `RetCode` is not 0 is UFile's error body: decoding it fails with
/// [`ErrorKind::Service`](codec_core::ErrorKind::Service), carrying UFile's code and
/// message and the whole body
/// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)), as for the
/// listings.
///
/// ```
/// use codec_core::{Decode, ErrorKind};
/// use codec_ufile::InitiateMultipartUploadResponse;
///
/// let error = InitiateMultipartUploadResponse::decode(br#"{"RetCode":-30010,"ErrMsg":"bucket not exist"}"#)
///     .unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::Service);
/// assert_eq!(error.service_error().unwrap().code, "-30010");
///
/// let error = InitiateMultipartUploadResponse::decode(br#"{"UploadId":"u","BlkSize":0}"#).unwrap_err();
/// assert_eq!((error.kind(), error.path(), error.offset()), (ErrorKind::InvalidValue, Some("BlkSize"), Some(26)));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, codec(Vendor::Ufile, OPERATION_INITIATE_MULTIPART_UPLOAD))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InitiateMultipartUploadResponse<'a> {
    /// The new upload's id, which every later request of the upload names (required).
    #[wire(rename = "UploadId")]
    pub upload_id: Cow<'a, str>,
    /// The part size in bytes, at least 1 (required): every part but the last must be
    /// exactly this long. See [`plan`](Self::plan).
    #[wire(rename = "BlkSize", range(min = 1), arbitrary = blk_size)]
    pub blk_size: u64,
    /// The bucket.
    #[wire(rename = "Bucket")]
    pub bucket: Option<Cow<'a, str>>,
    /// The object key.
    #[wire(rename = "Key")]
    pub key: Option<Cow<'a, str>>,
    /// The return code, 0 on success, when sent. A decoded value never holds anything
    /// but 0 here: other codes are decoding errors of kind `Service`.
    #[wire(rename = "RetCode", arbitrary = crate::types::ok_ret_code)]
    pub ret_code: Option<i64>,
    /// UFile's error text, `""` on success, when sent.
    #[wire(rename = "ErrMsg")]
    pub err_msg: Option<Cow<'a, str>>,
    /// A longer error description, when sent.
    #[wire(rename = "Message")]
    pub message: Option<Cow<'a, str>>,
    /// The API action name, when sent.
    #[wire(rename = "Action")]
    pub action: Option<Cow<'a, str>>,
}

/// A part size that encodes: at least 1.
#[cfg(feature = "arbitrary")]
fn blk_size(u: &mut arbitrary::Unstructured<'_>) -> arbitrary::Result<u64> {
    u.int_in_range(1..=u64::MAX)
}

codec!(InitiateMultipartUploadResponse, success);

impl InitiateMultipartUploadResponse<'_> {
    /// The parts an object of `object_len` bytes is uploaded in under this upload's
    /// `BlkSize`: [`PartPlan::new(object_len, self.blk_size)`](PartPlan::new). Fails
    /// only when `blk_size` is 0, which a decoded value never holds.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_ufile::InitiateMultipartUploadResponse;
    ///
    /// let response = InitiateMultipartUploadResponse::decode(br#"{"UploadId":"u","BlkSize":4194304}"#)?;
    /// let plan = response.plan(41_943_040)?;
    /// assert_eq!(plan.count(), 10);
    /// assert!(plan.parts().all(|part| part.size == 4_194_304));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn plan(&self, object_len: u64) -> Result<PartPlan> {
        PartPlan::new(object_len, self.blk_size)
            .map_err(|e| e.with_context(Vendor::Ufile, OPERATION_INITIATE_MULTIPART_UPLOAD))
    }
}

impl Normalize for InitiateMultipartUploadResponse<'_> {
    type Model<'m>
        = InitiatedUpload<'m>
    where
        Self: 'm;

    /// The upload in the vendor-neutral model: `part_size` is `BlkSize`; UFile gives no
    /// upload URLs and no "already complete" answer, so those are `[]` and `null`.
    fn normalize_inner(&self) -> Result<InitiatedUpload<'_>> {
        Ok(InitiatedUpload {
            vendor: Vendor::Ufile,
            upload_id: Some(Cow::Borrowed(&self.upload_id)),
            key: self.key.as_deref().map(Cow::Borrowed),
            bucket: self.bucket.as_deref().map(Cow::Borrowed),
            part_size: Some(self.blk_size),
            upload_urls: Vec::new(),
            already_complete: None,
        })
    }
}
