//! JSON values and records for declared wire types (feature `json`).
//!
//! [`JsonValue`] reads and writes one JSON value of a kind (text, an integer in a
//! range, a boolean, an [`ETag`], a list, a nested record); [`JsonRecord`] is what
//! `#[wire(json)]` implements for a declared object: one `match` on the member name
//! per type, while the member loop itself ([`read_object`]) is written once, here.

use std::borrow::Cow;

use super::{Ctx, Seen, Unsigned, WireText, in_range};
use crate::json::{JsonReader, JsonStr, JsonWriter};
use crate::{ETag, Error, Limits, Result};

/// One JSON value of a kind: how it reads and how it writes.
pub trait JsonValue<'a>: Sized {
    /// Reads the value at the reader's position.
    fn read_json(json: &mut JsonReader<'a>, ctx: Ctx<'_>) -> Result<Self>;

    /// Reads the value at the reader's position into `self`, in place: a large record
    /// costs less built where it stays than moved there.
    #[inline(always)]
    fn read_json_into(&mut self, json: &mut JsonReader<'a>, ctx: Ctx<'_>) -> Result<()> {
        *self = Self::read_json(json, ctx)?;
        Ok(())
    }

    /// Writes the value.
    fn write_json(&self, json: &mut JsonWriter<'_>, ctx: Ctx<'_>) -> Result<()>;
}

impl<'a> JsonValue<'a> for Cow<'a, str> {
    #[inline(always)]
    fn read_json(json: &mut JsonReader<'a>, _: Ctx<'_>) -> Result<Self> {
        json.str().map(|text| text.value())
    }

    #[inline(always)]
    fn write_json(&self, json: &mut JsonWriter<'_>, _: Ctx<'_>) -> Result<()> {
        json.str(self);
        Ok(())
    }
}

impl<'a> JsonValue<'a> for ETag<'a> {
    #[inline(always)]
    fn read_json(json: &mut JsonReader<'a>, _: Ctx<'_>) -> Result<Self> {
        json.str().map(|text| text.to_etag())
    }

    #[inline(always)]
    fn write_json(&self, json: &mut JsonWriter<'_>, _: Ctx<'_>) -> Result<()> {
        json.etag(self);
        Ok(())
    }
}

/// Text values that keep their spelling ([`wire_string!`](crate::wire_string) types).
impl<'a, T: WireText<'a>> JsonValue<'a> for T {
    #[inline(always)]
    fn read_json(json: &mut JsonReader<'a>, _: Ctx<'_>) -> Result<Self> {
        json.str().map(|text| T::from_text(text.value()))
    }

    #[inline(always)]
    fn write_json(&self, json: &mut JsonWriter<'_>, _: Ctx<'_>) -> Result<()> {
        json.str(self.text());
        Ok(())
    }
}

macro_rules! unsigned_json {
    ($($ty:ty),*) => {$(
        impl<'a> JsonValue<'a> for $ty {
            /// An unsigned integer in the field's range; out of range is an error at the
            /// value.
            #[inline(always)]
            fn read_json(json: &mut JsonReader<'a>, ctx: Ctx<'_>) -> Result<Self> {
                let at = json.offset();
                let value = json.u64()?;
                in_range(value, ctx.min, ctx.max).map_err(|e| e.with_offset(at))
            }

            #[inline(always)]
            fn write_json(&self, json: &mut JsonWriter<'_>, ctx: Ctx<'_>) -> Result<()> {
                in_range::<$ty>(Unsigned::widen(*self), ctx.min, ctx.max)?;
                // Formatted in its own width: itoa is quicker on a u32 than on a u64.
                json.raw(itoa::Buffer::new().format(*self));
                Ok(())
            }
        }
    )*};
}
unsigned_json!(u32, u64);

impl<'a> JsonValue<'a> for i64 {
    #[inline(always)]
    fn read_json(json: &mut JsonReader<'a>, _: Ctx<'_>) -> Result<Self> {
        json.i64()
    }

    #[inline(always)]
    fn write_json(&self, json: &mut JsonWriter<'_>, _: Ctx<'_>) -> Result<()> {
        json.i64(*self);
        Ok(())
    }
}

impl<'a> JsonValue<'a> for bool {
    #[inline(always)]
    fn read_json(json: &mut JsonReader<'a>, _: Ctx<'_>) -> Result<Self> {
        json.bool()
    }

    #[inline(always)]
    fn write_json(&self, json: &mut JsonWriter<'_>, _: Ctx<'_>) -> Result<()> {
        json.bool(*self);
        Ok(())
    }
}

/// A JSON array: at most [`Limits::max_items`](crate::Limits::max_items) items, each
/// error placed at `[i]` (the limit's at the first item over it). Items are read in
/// place.
impl<'a, T: JsonValue<'a> + Default> JsonValue<'a> for Vec<T> {
    #[inline]
    fn read_json(json: &mut JsonReader<'a>, ctx: Ctx<'_>) -> Result<Self> {
        let mut items = Vec::new();
        json.begin_array()?;
        while json.next_item()? {
            let index = items.len();
            if let Err(error) = ctx.limits.check_items(index) {
                // The item that goes over the limit is named: `Parts[2]`.
                return Err(at_index(error.with_offset(json.offset()), index));
            }
            items.push(T::default());
            if let Some(item) = items.last_mut() {
                item.read_json_into(json, ctx).map_err(|e| at_index(e, index))?;
            }
        }
        Ok(items)
    }

    #[inline]
    fn write_json(&self, json: &mut JsonWriter<'_>, ctx: Ctx<'_>) -> Result<()> {
        json.begin_array();
        for (index, item) in self.iter().enumerate() {
            item.write_json(json, ctx).map_err(|e| at_index(e, index))?;
        }
        json.end_array();
        Ok(())
    }
}

#[cold]
#[inline(never)]
fn at_index(error: Error, index: usize) -> Error {
    error.within(&format!("[{index}]"))
}

/// A fixed number of values in a JSON array (hash state words, say): fewer or more is
/// an error at the array.
impl<'a, T: JsonValue<'a> + Default + Copy, const N: usize> JsonValue<'a> for [T; N] {
    fn read_json(json: &mut JsonReader<'a>, ctx: Ctx<'_>) -> Result<Self> {
        let start = json.offset();
        let mut items = [T::default(); N];
        let mut count = 0;
        json.begin_array()?;
        while json.next_item()? {
            let Some(slot) = items.get_mut(count) else {
                return Err(Error::invalid_value(format!("expected {N} items, found more"))
                    .with_offset(start));
            };
            *slot = T::read_json(json, ctx).map_err(|e| at_index(e, count))?;
            count += 1;
        }
        if count != N {
            return Err(Error::invalid_value(format!("expected {N} items, found {count}"))
                .with_offset(start));
        }
        Ok(items)
    }

    fn write_json(&self, json: &mut JsonWriter<'_>, ctx: Ctx<'_>) -> Result<()> {
        json.begin_array();
        for (index, item) in self.iter().enumerate() {
            item.write_json(json, ctx).map_err(|e| at_index(e, index))?;
        }
        json.end_array();
        Ok(())
    }
}

/// A declared JSON object: what `#[wire(json)]` implements. The member loop is
/// [`read_object`]; a type supplies the `match` on member names.
pub trait JsonRecord<'a>: Default {
    /// Whether an optional member sent as `null` reads as absent in this type.
    const NULL_AS_ABSENT: bool;

    /// Reads the value of the member `key` into its field, when `key` names one
    /// (`Ok(false)` otherwise, with nothing read). Marks the field in `seen`.
    fn read_member(
        &mut self,
        key: &JsonStr<'a>,
        json: &mut JsonReader<'a>,
        ctx: Ctx<'_>,
        seen: &mut Seen,
    ) -> Result<bool>;

    /// Fails when a required field is not in `seen`.
    fn check_required(seen: &Seen) -> Result<()>;

    /// Writes the members that are present, in declared order, without the braces.
    fn write_members(&self, json: &mut JsonWriter<'_>) -> Result<()>;

    /// An upper bound of the encoded length, for sizing the output once.
    fn encoded_len(&self) -> usize;
}

/// Reads the object at the reader into `record`: every member once, unknown members
/// handed to `other` (which must read their value; [`skip_member`] skips it), required
/// members checked at the object's offset. Returns which fields were seen.
#[inline(always)]
pub fn read_object<'a, R: JsonRecord<'a>>(
    record: &mut R,
    json: &mut JsonReader<'a>,
    ctx: Ctx<'_>,
    other: impl FnMut(&JsonStr<'a>, &mut JsonReader<'a>) -> Result<()>,
) -> Result<Seen> {
    let start = json.offset();
    let seen = read_members(record, json, ctx, other)?;
    R::check_required(&seen).map_err(|e| e.with_offset(start))?;
    Ok(seen)
}

/// [`read_object`] without the required check, for a caller that checks later.
#[inline(always)]
fn read_members<'a, R: JsonRecord<'a>>(
    record: &mut R,
    json: &mut JsonReader<'a>,
    ctx: Ctx<'_>,
    mut other: impl FnMut(&JsonStr<'a>, &mut JsonReader<'a>) -> Result<()>,
) -> Result<Seen> {
    let ctx = ctx.null_as_absent(R::NULL_AS_ABSENT).unbounded();
    json.begin_object()?;
    let mut seen = Seen::default();
    while let Some(key) = json.next_key()? {
        if !record.read_member(&key, json, ctx, &mut seen)? {
            other(&key, json)?;
        }
    }
    Ok(seen)
}

/// Skips the value of a member the type does not declare: vendors add members. An
/// error inside it (nesting past the limit, say) names the member, cut short when long
/// (its name comes from the body), at its key.
#[inline(always)]
pub fn skip_member<'a>(key: &JsonStr<'a>, json: &mut JsonReader<'a>) -> Result<()> {
    json.skip_value().map_err(|e| in_unknown_member(e, key))
}

#[cold]
#[inline(never)]
fn in_unknown_member(error: Error, key: &JsonStr<'_>) -> Error {
    error.with_path(crate::number::clip(&key.value()).to_string()).with_offset(key.offset())
}

/// Reads a declared record as a JSON object (unknown members skipped): what the
/// generated [`JsonValue::read_json`] of a record calls.
#[inline(always)]
pub fn read_record<'a, R: JsonRecord<'a>>(json: &mut JsonReader<'a>, ctx: Ctx<'_>) -> Result<R> {
    let mut record = R::default();
    read_object(&mut record, json, ctx, skip_member)?;
    Ok(record)
}

/// [`read_record`] in place.
#[inline(always)]
pub fn read_record_into<'a, R: JsonRecord<'a>>(
    record: &mut R,
    json: &mut JsonReader<'a>,
    ctx: Ctx<'_>,
) -> Result<()> {
    read_object(record, json, ctx, skip_member).map(|_| ())
}

/// Writes a declared record as a JSON object.
#[inline(always)]
pub fn write_record<'a, R: JsonRecord<'a>>(record: &R, json: &mut JsonWriter<'_>) -> Result<()> {
    json.begin_object();
    record.write_members(json)?;
    json.end_object();
    Ok(())
}

/// Reads a field whose member may be absent: `null` is absent when the context says so,
/// a wrong type otherwise.
#[inline(always)]
pub fn optional<'a, T: JsonValue<'a>>(
    json: &mut JsonReader<'a>,
    ctx: Ctx<'_>,
) -> Result<Option<T>> {
    if ctx.null_as_absent && json.null()? {
        return Ok(None);
    }
    T::read_json(json, ctx).map(Some)
}

/// Reads a value that may be `null` (`None`).
#[inline(always)]
pub fn nullable<'a, T: JsonValue<'a>>(
    json: &mut JsonReader<'a>,
    ctx: Ctx<'_>,
) -> Result<Option<T>> {
    if json.null()? {
        return Ok(None);
    }
    T::read_json(json, ctx).map(Some)
}

/// Writes a value that may be `null`.
#[inline(always)]
pub fn write_nullable<'a, T: JsonValue<'a>>(
    value: &Option<T>,
    json: &mut JsonWriter<'_>,
    ctx: Ctx<'_>,
) -> Result<()> {
    match value {
        Some(value) => value.write_json(json, ctx),
        None => {
            json.null();
            Ok(())
        }
    }
}

/// Marks field `index` seen and reads its value with `read`, placing any error at the
/// member: a duplicate at its key, a value error within `name` (`Size` becomes
/// `Parts[2].Size` on the way out) and, unless it knows better, at the key.
#[inline(always)]
pub fn member<'a>(
    seen: &mut Seen,
    index: u32,
    key: &JsonStr<'a>,
    name: &str,
    read: impl FnOnce() -> Result<()>,
) -> Result<()> {
    seen.once(index, name).map_err(|e| e.with_offset(key.offset()))?;
    read().map_err(|e| at_member(e, key, name))
}

/// [`member`] for a required field of a type whose vendor writes `null` for absent
/// (`null_as_absent`): a `null` is seen (a second sighting is still a duplicate) but
/// missing.
#[inline(always)]
pub fn required_member<'a>(
    seen: &mut Seen,
    index: u32,
    key: &JsonStr<'a>,
    name: &str,
    json: &mut JsonReader<'a>,
    ctx: Ctx<'_>,
    read: impl FnOnce(&mut JsonReader<'a>) -> Result<()>,
) -> Result<()> {
    seen.once(index, name).map_err(|e| e.with_offset(key.offset()))?;
    if ctx.null_as_absent && json.null().map_err(|e| at_member(e, key, name))? {
        seen.set_null(index);
        return Ok(());
    }
    read(json).map_err(|e| at_member(e, key, name))
}

/// Places an error met in the value of the member `name` (key `key`).
#[cold]
#[inline(never)]
pub fn at_member(error: Error, key: &JsonStr<'_>, name: &str) -> Error {
    error.within(name).with_offset(key.offset())
}

/// Places an error met writing the member `name`.
#[cold]
#[inline(never)]
pub fn writing(error: Error, name: &str) -> Error {
    error.within(name)
}

/// Decodes a whole JSON body as the record `R`: the size limit, the object, nothing
/// after it, and then (so that a syntax error anywhere comes first) its required
/// members, at the object's offset. Unknown members go to `other`. Returns the record
/// and which of its fields the body held (for telling a vendor's error body from an
/// empty result).
#[inline]
pub fn decode_body<'a, R: JsonRecord<'a>>(
    input: &'a [u8],
    limits: &Limits,
    other: impl FnMut(&JsonStr<'a>, &mut JsonReader<'a>) -> Result<()>,
) -> Result<(R, Seen)> {
    let mut json = JsonReader::new(input, limits)?;
    crate::sniff::expect_json(input)?;
    let mut record = R::default();
    let start = json.offset();
    let seen = read_members(&mut record, &mut json, Ctx::new(limits), other)?;
    json.finish()?;
    R::check_required(&seen).map_err(|e| e.with_offset(start))?;
    Ok((record, seen))
}

/// Encodes the record `R` as a JSON object, with one reservation for the whole body.
#[inline]
pub fn encode_body<'a, R: JsonRecord<'a>>(record: &R, out: &mut Vec<u8>) -> Result<()> {
    out.reserve(record.encoded_len());
    let mut json = JsonWriter::new(out);
    json.begin_object();
    record.write_members(&mut json)?;
    json.end_object();
    Ok(())
}
