//! How a UFile body decodes, success or error: the declared record read by the
//! runtime's member loop, plus what is UFile's own, a non-zero `RetCode` anywhere in
//! a success body being the service's error, placed at that `RetCode`.

use codec_core::json::{JsonReader, JsonStr, JsonWriter};
use codec_core::wire::json::{JsonRecord, decode_body, member, read_object, skip_member};
use codec_core::wire::{Ctx, Seen};
use codec_core::{Error, Limits, Result, ServiceError};

use crate::ErrorResponse;
use crate::error::service_error;

/// A declared UFile body: a response, or the error body.
pub(crate) trait Body<'a>: JsonRecord<'a> {
    /// The member holding the body's list of records (`Parts`, `DataSet`), and its
    /// index among the type's declared fields (its bit in [`Seen`]), when it has one:
    /// read by [`read_list`](Self::read_list) (see [`read_items`]).
    const LIST: Option<(&'static str, u32)> = None;

    /// Reads the value of the member [`LIST`](Self::LIST) into its field.
    fn read_list(&mut self, _json: &mut JsonReader<'a>, _ctx: Ctx<'_>) -> Result<()> {
        Ok(())
    }

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

impl<'a, R: Body<'a>> JsonRecord<'a> for Reading<R> {
    const NULL_AS_ABSENT: bool = R::NULL_AS_ABSENT;

    #[inline]
    fn read_member(
        &mut self,
        key: &JsonStr<'a>,
        json: &mut JsonReader<'a>,
        ctx: Ctx<'_>,
        seen: &mut Seen,
    ) -> Result<bool> {
        if let Some((name, index)) = R::LIST
            && key.eq_str(name)
        {
            member(seen, index, key, name, || self.record.read_list(json, ctx))?;
            return Ok(true);
        }
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

/// Reads a whole body as `R`, unknown members skipped.
pub(crate) fn read<'a, R: Body<'a>>(input: &'a [u8], limits: &Limits) -> Result<Reading<R>> {
    decode_body(input, limits, skip_member).map(|(body, _)| body)
}

/// Decodes a body as `R`, whatever its `RetCode`: the error body's own decoder.
pub(crate) fn decode_as_sent<'a, R: Body<'a>>(input: &'a [u8], limits: &Limits) -> Result<R> {
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

// TODO(wire): `JsonValue for Vec<T>` gives the item-limit error no `[i]` (`Parts[2]`
// reads `Parts`). Once the limit error goes through `at_index` as the items' errors do,
// `LIST`, `read_list` and `read_items` go and the lists read as declared.
/// Reads a list of records that may be `null` (`None`): at most
/// [`Limits::max_items`] items, each read in place, an error in one placed at `[i]`.
pub(crate) fn read_items<'a, R: JsonRecord<'a>>(
    json: &mut JsonReader<'a>,
    ctx: Ctx<'_>,
) -> Result<Option<Vec<R>>> {
    if json.null()? {
        return Ok(None);
    }
    let mut items: Vec<R> = Vec::new();
    json.begin_array()?;
    while json.next_item()? {
        let index = items.len();
        if let Err(error) = ctx.limits.check_items(index) {
            return Err(in_item(error.with_offset(json.offset()), index));
        }
        items.push(R::default());
        if let Some(item) = items.last_mut() {
            read_object(item, json, ctx, skip_member).map_err(|e| in_item(e, index))?;
        }
    }
    Ok(Some(items))
}

#[cold]
fn in_item(error: Error, index: usize) -> Error {
    error.within(&format!("[{index}]"))
}
