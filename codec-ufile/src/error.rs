//! `ErrorResponse`: the body UFile sends when a request fails, for every operation:
//! `{"RetCode": -30010, "ErrMsg": "bucket not exist"}`, a non-zero (usually negative)
//! `RetCode`, sometimes with `Message` and `Action` beside it.
//!
//! UFile's documents misspell the content type of these bodies (`applicaton/json`),
//! so tell an error apart by the HTTP status and the body, never by the content type:
//! the success decoders of this crate do it for you, answering
//! [`ErrorKind::Service`](codec_core::ErrorKind::Service) for a body whose `RetCode`
//! is not 0.

use std::borrow::Cow;

use codec_core::{Normalize, Result, ServiceError, Vendor};

use crate::OPERATION_ERROR;
use crate::body;

/// UFile's error body: `RetCode` (required) and the optional `ErrMsg`, `Message` and
/// `Action`; other members are skipped.
///
/// A body with `RetCode` 0 decodes too (it is a success, see
/// [`is_error`](Self::is_error)): the type describes the shape, the caller decides.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_ufile::ErrorResponse;
///
/// let error = ErrorResponse::decode(br#"{"RetCode": -30010, "ErrMsg": "bucket not exist"}"#)?;
/// assert!(error.is_error());
/// let model = error.normalize()?;
/// assert_eq!((model.code.as_ref(), model.message.as_deref()), ("-30010", Some("bucket not exist")));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, codec(Vendor::Ufile, OPERATION_ERROR))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorResponse<'a> {
    /// The return code: 0 for success, anything else (such as `-30010`) an error.
    #[wire(rename = "RetCode")]
    pub ret_code: i64,
    /// UFile's error text.
    #[wire(rename = "ErrMsg")]
    pub err_msg: Option<Cow<'a, str>>,
    /// A longer description, which some UFile endpoints send beside `ErrMsg`.
    #[wire(rename = "Message")]
    pub message: Option<Cow<'a, str>>,
    /// The API action name, which some UFile endpoints echo.
    #[wire(rename = "Action")]
    pub action: Option<Cow<'a, str>>,
}

impl ErrorResponse<'_> {
    /// Whether the body reports a failure: `RetCode` is not 0.
    pub fn is_error(&self) -> bool {
        self.ret_code != 0
    }

    /// The error in the vendor-neutral model: the code is `RetCode` as text; the message
    /// is `ErrMsg`, or `Message` when `ErrMsg` is absent or empty (`null` when both are).
    pub fn to_service_error(&self) -> ServiceError<'_> {
        service_error(self.ret_code, self.err_msg.as_deref(), self.message.as_deref())
    }
}

/// The vendor-neutral error of a `RetCode` and its texts.
pub(crate) fn service_error<'m>(
    ret_code: i64,
    err_msg: Option<&'m str>,
    message: Option<&'m str>,
) -> ServiceError<'m> {
    let text = [err_msg, message].into_iter().flatten().find(|text| !text.is_empty());
    ServiceError {
        vendor: Vendor::Ufile,
        code: Cow::Owned(ret_code.to_string()),
        message: text.map(Cow::Borrowed),
        request_id: None,
    }
}

codec!(ErrorResponse, body::decode_as_sent);

impl Normalize for ErrorResponse<'_> {
    type Model<'m>
        = ServiceError<'m>
    where
        Self: 'm;

    fn normalize_inner(&self) -> Result<ServiceError<'_>> {
        Ok(self.to_service_error())
    }
}
