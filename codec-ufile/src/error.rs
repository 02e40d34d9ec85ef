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

use codec_core::field::{owned_opt, set_once};
use codec_core::json::{self, JsonReader, JsonWriter};
use codec_core::{Decode, Encode, Error, Limits, Normalize, Result, ServiceError, Vendor};
use serde::{Deserialize, Serialize};

use crate::OPERATION_ERROR;
use crate::types::text;

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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct ErrorResponse<'a> {
    /// The return code: 0 for success, anything else (such as `-30010`) an error.
    #[serde(rename = "RetCode")]
    pub ret_code: i64,
    /// UFile's error text.
    #[serde(rename = "ErrMsg", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub err_msg: Option<Cow<'a, str>>,
    /// A longer description, which some UFile endpoints send beside `ErrMsg`.
    #[serde(rename = "Message", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub message: Option<Cow<'a, str>>,
    /// The API action name, which some UFile endpoints echo.
    #[serde(rename = "Action", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
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

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> ErrorResponse<'static> {
        ErrorResponse {
            ret_code: self.ret_code,
            err_msg: owned_opt(self.err_msg),
            message: owned_opt(self.message),
            action: owned_opt(self.action),
        }
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

impl codec_core::Codec for ErrorResponse<'_> {
    const VENDOR: Vendor = Vendor::Ufile;
    const OPERATION: &'static str = OPERATION_ERROR;
}

impl<'a> Decode<'a> for ErrorResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits).map(|(error, _)| error)
    }
}

/// Decodes the error body, and says where its `RetCode` value starts.
fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<(ErrorResponse<'a>, usize)> {
    let mut json = JsonReader::new(input, limits)?;
    let start = json.offset();
    json.begin_object()?;
    let mut ret_code = None;
    let mut error = ErrorResponse::default();
    while let Some(key) = json.next_key()? {
        let name = key.value();
        let at = |e: Error| json::at_member(e, &key, &name);
        match name.as_bytes() {
            b"RetCode" => {
                let offset = json.offset();
                let code = json.i64().map_err(at)?;
                set_once(&mut ret_code, (code, offset), &name).map_err(at)?;
            }
            b"ErrMsg" => {
                set_once(&mut error.err_msg, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"Message" => {
                set_once(&mut error.message, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"Action" => {
                set_once(&mut error.action, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            _ => json.skip_value().map_err(at)?,
        }
    }
    json.finish()?;
    let (code, offset) =
        ret_code.ok_or_else(|| Error::missing_field("RetCode").with_offset(start))?;
    error.ret_code = code;
    Ok((error, offset))
}

/// What a success decoder reports for a body it could not read as a success, or whose
/// `RetCode` is not 0: the service's error ([`ErrorKind::Service`](codec_core::ErrorKind::Service),
/// at the `RetCode`), when the body is an error body with a non-zero `RetCode`;
/// `otherwise` when it is not.
#[cold]
pub(crate) fn service_or(input: &[u8], limits: &Limits, otherwise: Error) -> Error {
    match decode(input, limits) {
        Ok((error, offset)) if error.is_error() => {
            Error::service(error.to_service_error()).with_offset(offset).with_path("RetCode")
        }
        _ => otherwise,
    }
}

impl Encode for ErrorResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        let strings = [&self.err_msg, &self.message, &self.action];
        out.reserve(
            64 + strings.iter().map(|s| s.as_ref().map_or(0, |s| s.len() + 16)).sum::<usize>(),
        );
        let mut json = JsonWriter::new(out);
        json.begin_object();
        json.key("RetCode");
        json.i64(self.ret_code);
        for (name, value) in
            [("ErrMsg", &self.err_msg), ("Message", &self.message), ("Action", &self.action)]
        {
            if let Some(value) = value {
                json.key(name);
                json.str(value);
            }
        }
        json.end_object();
        Ok(())
    }
}

impl Normalize for ErrorResponse<'_> {
    type Model<'m>
        = ServiceError<'m>
    where
        Self: 'm;

    fn normalize_inner(&self) -> Result<ServiceError<'_>> {
        Ok(self.to_service_error())
    }
}
