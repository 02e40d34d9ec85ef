//! How a UFile body decodes, success or error: the declared record read by the
//! runtime's member loop, plus what is UFile's own, a non-zero `RetCode` anywhere in
//! a success body being the service's error, placed at that `RetCode`.

use codec_core::json::{JsonReader, JsonStr, JsonWriter};
use codec_core::wire::json::{JsonRecord, decode_body, skip_member};
use codec_core::wire::{Ctx, Seen};
use codec_core::{Error, Limits, Result, ServiceError};

use crate::ErrorResponse;
use crate::error::service_error;

/// A declared UFile success response.
pub(crate) trait Body<'a>: JsonRecord<'a> {
    /// The failure the body reports: its `RetCode`, when that is not 0, with its texts.
    fn failure(&self) -> Option<ServiceError<'_>>;
}

/// `RetCode` as a success response's failure: `None` when absent or 0.
pub(crate) fn failure<'m>(
    ret_code: Option<i64>,
    err_msg: Option<&'m str>,
    message: Option<&'m str>,
) -> Option<ServiceError<'m>> {
    ret_code.filter(|code| *code != 0).map(|code| service_error(code, err_msg, message))
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
/// ([`ErrorKind::Service`](codec_core::ErrorKind::Service), at the `RetCode`).
pub(crate) fn decode<'a, R: Body<'a>>(input: &'a [u8], limits: &Limits) -> Result<R> {
    let error = match read::<R>(input, limits) {
        Ok(body) => match body.record.failure().map(Error::service) {
            None => return Ok(body.record),
            Some(error) => error,
        },
        Err(error) => error,
    };
    Err(service_or(input, limits, error))
}

/// The service's error when the body is an error body with a non-zero `RetCode`;
/// `otherwise` when it is not.
#[cold]
fn service_or(input: &[u8], limits: &Limits, otherwise: Error) -> Error {
    match read::<ErrorResponse<'_>>(input, limits) {
        Ok(Reading { record, ret_code_at }) if record.is_error() => {
            Error::service(record.to_service_error()).with_offset(ret_code_at).with_path("RetCode")
        }
        _ => otherwise,
    }
}
