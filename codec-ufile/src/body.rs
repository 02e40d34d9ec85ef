//! How a UFile body decodes, success or error: the declared record read by the
//! runtime's member loop, plus what is UFile's own, a non-zero `RetCode` anywhere in
//! a success body being the service's error, placed at that `RetCode`.

use codec_core::json::{JsonReader, JsonStr, JsonWriter};
use codec_core::wire::json::{JsonRecord, decode_body, skip_member};
use codec_core::wire::{Ctx, Seen};
use codec_core::{Error, Limits, Result};

use crate::ErrorResponse;

/// A declared UFile success response.
pub(crate) trait Body<'a>: JsonRecord<'a> {
    /// The error body the response's envelope holds: its `RetCode`, when that is not
    /// 0, with `ErrMsg`, `Message` and `Action`.
    fn error_body(&self) -> Option<ErrorResponse<'_>>;
}

/// A success response's envelope as UFile's error body: `None` when `RetCode` is
/// absent or 0.
pub(crate) fn error_body<'m>(
    ret_code: Option<i64>,
    err_msg: Option<&'m str>,
    message: Option<&'m str>,
    action: Option<&'m str>,
) -> Option<ErrorResponse<'m>> {
    let borrowed = |text: Option<&'m str>| text.map(std::borrow::Cow::Borrowed);
    ret_code.filter(|code| *code != 0).map(|ret_code| ErrorResponse {
        ret_code,
        err_msg: borrowed(err_msg),
        message: borrowed(message),
        action: borrowed(action),
    })
}

/// A body as read: the record, and where its `RetCode` value starts.
#[derive(Default)]
pub(crate) struct Reading<R> {
    pub(crate) record: R,
    ret_code_at: usize,
}

impl<'a, R: JsonRecord<'a>> JsonRecord<'a> for Reading<R> {
    const NULL_AS_ABSENT: bool = R::NULL_AS_ABSENT;

    #[inline]
    fn read_member(
        &mut self,
        key: &JsonStr<'a>,
        json: &mut JsonReader<'a>,
        ctx: Ctx<'_>,
        seen: &mut Seen,
    ) -> Result<bool> {
        if key.eq_str("RetCode") {
            self.ret_code_at = json.offset();
        }
        self.record.read_member(key, json, ctx, seen)
    }

    fn check_required(seen: &Seen) -> Result<()> {
        R::check_required(seen)
    }

    fn write_members(&self, json: &mut JsonWriter<'_>) -> Result<()> {
        self.record.write_members(json)
    }

    fn encoded_len(&self) -> usize {
        self.record.encoded_len()
    }
}

/// Reads a whole body as `R`, unknown members skipped (a required member missing is
/// reported after what follows the body).
pub(crate) fn read<'a, R: JsonRecord<'a>>(input: &'a [u8], limits: &Limits) -> Result<Reading<R>> {
    decode_body(input, limits, skip_member).map(|(body, _)| body)
}

/// Decodes a body as `R`, whatever its `RetCode`: the error body's own decoder.
pub(crate) fn decode_as_sent<'a, R: JsonRecord<'a>>(input: &'a [u8], limits: &Limits) -> Result<R> {
    read(input, limits).map(|body| body.record)
}

/// Decodes a success body as `R`. A body whose `RetCode` is not 0, or that is not an
/// `R` but is UFile's error body, is the service's error
/// ([`ErrorKind::Service`](codec_core::ErrorKind::Service), at the `RetCode`), which
/// keeps the whole error body ([`ErrorResponse::from_error`]).
pub(crate) fn decode<'a, R: Body<'a>>(input: &'a [u8], limits: &Limits) -> Result<R> {
    match read::<R>(input, limits) {
        Ok(body) => match body.record.error_body() {
            None => Ok(body.record),
            Some(error) => Err(service(error, body.ret_code_at)),
        },
        Err(error) => Err(service_or(input, limits, error)),
    }
}

/// The service's error for the error body `error`, whose `RetCode` starts at `at`.
#[cold]
fn service(error: ErrorResponse<'_>, at: usize) -> Error {
    Error::from_service_body(error.into_owned()).with_offset(at).with_path("RetCode")
}

/// The service's error when the body is an error body with a non-zero `RetCode`;
/// `otherwise` when it is not.
#[cold]
fn service_or(input: &[u8], limits: &Limits, otherwise: Error) -> Error {
    match read::<ErrorResponse<'_>>(input, limits) {
        Ok(Reading { record, ret_code_at }) if record.is_error() => service(record, ret_code_at),
        _ => otherwise,
    }
}
