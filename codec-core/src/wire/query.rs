//! Query-string requests for declared wire types: `#[wire(query)]`.
//!
//! [`QueryValue`] reads and writes one parameter's value of a kind (text, an integer
//! in a range, a [`WireText`] value); [`QueryRecord`] is what `#[wire(query)]`
//! implements for a declared request: one `match` on parameter names, while the rest
//! of a request target (its path, the operation's bare flag, the parameter loop) is
//! read and written here, once: [`decode_target`], [`query_string`], [`encode_target`].

use std::borrow::Cow;

use super::{Ctx, Seen, Unsigned, WireText, in_range};
use crate::query::{QueryPair, QueryWriter, RequestTarget, decode_path, encode_path, split_target};
use crate::{Error, ErrorKind, Limits, Result};

/// One query parameter's value of a kind: how it reads and how it writes.
pub trait QueryValue<'a>: Sized {
    /// Reads the value of `pair`; the caller places errors at the pair.
    fn read_query(pair: &QueryPair<'a>, ctx: Ctx<'_>) -> Result<Self>;

    /// Appends `name=value`; errors carry no path (the caller puts `name` in it).
    fn write_query(&self, query: &mut QueryWriter, name: &str, ctx: Ctx<'_>) -> Result<()>;
}

impl<'a> QueryValue<'a> for Cow<'a, str> {
    #[inline]
    fn read_query(pair: &QueryPair<'a>, _: Ctx<'_>) -> Result<Self> {
        Ok(pair.text())
    }

    #[inline]
    fn write_query(&self, query: &mut QueryWriter, name: &str, _: Ctx<'_>) -> Result<()> {
        query.pair(name, self);
        Ok(())
    }
}

impl<'a, T: WireText<'a>> QueryValue<'a> for T {
    #[inline]
    fn read_query(pair: &QueryPair<'a>, _: Ctx<'_>) -> Result<Self> {
        Ok(T::from_text(pair.text()))
    }

    #[inline]
    fn write_query(&self, query: &mut QueryWriter, name: &str, _: Ctx<'_>) -> Result<()> {
        query.pair(name, self.text());
        Ok(())
    }
}

macro_rules! unsigned_query {
    ($($ty:ty),*) => {$(
        impl<'a> QueryValue<'a> for $ty {
            /// A decimal integer in the field's range.
            #[inline]
            fn read_query(pair: &QueryPair<'a>, ctx: Ctx<'_>) -> Result<Self> {
                let text = pair.value.as_deref().unwrap_or("");
                crate::number::parse_u64(text).and_then(|value| in_range(value, ctx.min, ctx.max))
            }

            #[inline]
            fn write_query(&self, query: &mut QueryWriter, name: &str, ctx: Ctx<'_>) -> Result<()> {
                let value = Unsigned::widen(*self);
                in_range::<$ty>(value, ctx.min, ctx.max)?;
                query.pair_u64(name, value);
                Ok(())
            }
        }
    )*};
}
unsigned_query!(u32, u64);

/// A declared query-string request: what `#[wire(query)]` implements.
pub trait QueryRecord<'a>: Default {
    /// The operation's bare flag (UFile's `muploadpart`): required when decoding,
    /// written first.
    const FLAG: Option<&'static str>;

    /// The name, in errors, of the field that holds the object key from the request
    /// path; `None` when the request has no key, and then its path, if any, must be `/`.
    const PATH: Option<&'static str>;

    /// Reads `pair` into its field when its name names one (`Ok(false)` otherwise).
    fn read_pair(&mut self, pair: &QueryPair<'a>, ctx: Ctx<'_>, seen: &mut Seen) -> Result<bool>;

    /// Fails when a required parameter is not in `seen`.
    fn check_required(seen: &Seen) -> Result<()>;

    /// Stores the percent-decoded object key from the request path.
    fn set_path(&mut self, key: Cow<'a, str>);

    /// The object key that goes in the request path, if any.
    fn path(&self) -> Option<&str>;

    /// Appends the parameters that are present, in declared order, checking ranges.
    fn write_pairs(&self, query: &mut QueryWriter) -> Result<()>;

    /// An upper bound of the query string's length.
    fn encoded_len(&self) -> usize;
}

/// Marks field `index` seen and reads it with `read`, placing any error at the pair
/// (its offset, and its name as the path).
#[inline]
pub fn parameter<'a>(
    seen: &mut Seen,
    index: u32,
    pair: &QueryPair<'a>,
    read: impl FnOnce() -> Result<()>,
) -> Result<()> {
    seen.once(index, &pair.name).map_err(|e| pair.place(e))?;
    read().map_err(|e| pair.place(e))
}

/// Places an error met writing the parameter `name`.
#[cold]
#[inline(never)]
pub fn writing(error: Error, name: &str) -> Error {
    error.within(name)
}

/// Decodes a request target (with or without its path: `/key?a=1`, `/?a=1`, `?a=1` or
/// `a=1`) as the request `R`. The path is the object key where `R` has one, and must be
/// `/` where it has none; the operation's flag, where `R` has one, is required and bare;
/// every parameter comes at most once; a required one that is missing is an error at
/// the end of the query; parameters `R` does not know are skipped.
pub fn decode_target<'a, R: QueryRecord<'a>>(input: &'a [u8], limits: &Limits) -> Result<R> {
    let input = limits.checked_text(input, "the request target")?;
    let target = split_target(input);
    let mut request = R::default();
    read_path(&mut request, &target)?;
    let ctx = Ctx::new(limits);
    let mut seen = Seen::default();
    let mut flag = false;
    for pair in target.pairs() {
        let pair = pair?;
        if !request.read_pair(&pair, ctx, &mut seen)? && R::FLAG == Some(pair.name.as_ref()) {
            if flag {
                return Err(pair.place(Error::duplicate_field(&pair.name)));
            }
            check_flag(&pair)?;
            flag = true;
        }
    }
    let end = target.end();
    if let Some(name) = R::FLAG
        && !flag
    {
        return Err(Error::missing_field(name).with_offset(end));
    }
    R::check_required(&seen).map_err(|e| e.with_offset(end))?;
    Ok(request)
}

fn read_path<'a, R: QueryRecord<'a>>(request: &mut R, target: &RequestTarget<'a>) -> Result<()> {
    match (R::PATH, target.path) {
        (_, None | Some("/")) => Ok(()),
        (Some(name), Some(path)) => {
            let key = path.strip_prefix('/').unwrap_or(path);
            request.set_path(decode_path(key).map_err(|e| e.with_offset(1).with_path(name))?);
            Ok(())
        }
        (None, Some(path)) => Err(Error::new(
            ErrorKind::InvalidValue,
            format!("expected the path `/`, found {}", crate::number::excerpt(path)),
        )
        .with_offset(0)
        .with_path("path")),
    }
}

/// An operation flag (`muploadpart`) is bare, or has an empty value (`muploadpart=`).
fn check_flag(pair: &QueryPair<'_>) -> Result<()> {
    match pair.value.as_deref() {
        None | Some("") => Ok(()),
        Some(value) => Err(pair.place(Error::invalid_value(format!(
            "`{}` is a bare flag and takes no value, found {}",
            pair.name,
            crate::number::excerpt(value)
        )))),
    }
}

/// The query string alone, without path or `?`: the flag first, then the parameters
/// that are present, in declared order.
pub fn query_string<'a, R: QueryRecord<'a>>(request: &R) -> Result<String> {
    let mut query = QueryWriter::with_capacity(request.encoded_len());
    if let Some(flag) = R::FLAG {
        query.flag(flag);
    }
    request.write_pairs(&mut query)?;
    Ok(query.finish())
}

/// The request target: `/` and the percent-encoded key then `?` where the request has
/// a key, then the query string.
pub fn encode_target<'a, R: QueryRecord<'a>>(request: &R, out: &mut Vec<u8>) -> Result<()> {
    let query = query_string(request)?;
    if let Some(key) = request.path() {
        let mut path = String::with_capacity(key.len() + 1);
        path.push('/');
        encode_path(key, &mut path);
        out.extend_from_slice(path.as_bytes());
        out.push(b'?');
    }
    out.extend_from_slice(query.as_bytes());
    Ok(())
}

/// The request target as text, always starting with `/`: what [`encode_target`] writes,
/// with `/?` in front of the query string when the request names no key (UFile's
/// `/?muploadpart&…`, COS's `/?uploads&…`), so that it can go on a request line as is.
pub fn target_string<'a, R: QueryRecord<'a>>(request: &R) -> Result<String> {
    let mut out = Vec::new();
    if request.path().is_none() {
        out.extend_from_slice(b"/?");
    }
    encode_target(request, &mut out)?;
    // Both halves are text: the query is ASCII and the key is percent-encoded.
    String::from_utf8(out).map_err(|e| Error::new(ErrorKind::Unencodable, e.to_string()))
}
