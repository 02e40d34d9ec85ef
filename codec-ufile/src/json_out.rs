//! The per-item hot path of the encoders: the constant keys of a part or an upload are
//! written as the bytes they are, and strings go through codec-core's escaping
//! ([`write_str`], [`JsonWriter::etag`]) only when they hold a byte that needs it. The
//! rest of every body is written with [`JsonWriter`].

use codec_core::ETag;
use codec_core::json::{JsonWriter, write_str};

/// Whether `bytes` hold a byte JSON escapes: `"`, `\` or a control character. No early
/// exit, so the loop vectorizes.
#[inline(always)]
fn needs_escape(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |found, &b| found | (b < 0x20) | (b == b'"') | (b == b'\\'))
}

/// Appends `value` as a JSON string, escaped exactly as [`write_str`] escapes.
#[inline]
pub(crate) fn string(out: &mut Vec<u8>, value: &str) {
    if needs_escape(value.as_bytes()) {
        write_str(out, value);
        return;
    }
    out.reserve(value.len() + 2);
    out.push(b'"');
    out.extend_from_slice(value.as_bytes());
    out.push(b'"');
}

/// Appends an ETag's wire text as a JSON string, as [`JsonWriter::etag`] writes it.
#[inline]
pub(crate) fn etag(out: &mut Vec<u8>, etag: &ETag<'_>) {
    let value = etag.value();
    if !etag.is_quoted() {
        string(out, value);
    } else if needs_escape(value.as_bytes()) {
        JsonWriter::new(out).etag(etag);
    } else {
        out.reserve(value.len() + 6);
        out.extend_from_slice(b"\"\\\"");
        out.extend_from_slice(value.as_bytes());
        out.extend_from_slice(b"\\\"\"");
    }
}

/// Appends an unsigned integer.
#[inline]
pub(crate) fn u64(out: &mut Vec<u8>, value: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

/// Appends a signed integer.
#[inline]
pub(crate) fn i64(out: &mut Vec<u8>, value: i64) {
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_etags_are_written_as_the_core_writer_writes_them() {
        let samples = [
            "",
            "plain",
            "K8y9LzjxXBPrfVqJ_Z2F9ZXiO8M=",
            "a\"b",
            "a\\b",
            "\u{1}",
            "tab\t",
            "é键😀",
            "\u{7f}\u{2028}",
        ];
        for sample in samples {
            let mut ours = Vec::new();
            string(&mut ours, sample);
            let mut core = Vec::new();
            write_str(&mut core, sample);
            assert_eq!(ours, core, "{sample:?}");
            for quoted in [false, true] {
                let tag = ETag::new(sample, quoted);
                let mut ours = Vec::new();
                etag(&mut ours, &tag);
                let mut core = Vec::new();
                JsonWriter::new(&mut core).etag(&tag);
                assert_eq!(ours, core, "{sample:?} {quoted}");
            }
        }
    }
}
