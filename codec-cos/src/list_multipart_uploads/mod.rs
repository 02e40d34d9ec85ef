//! List Multipart Uploads: the multipart uploads of a bucket that are still in
//! progress (started, neither completed nor aborted).
//!
//! - [`ListMultipartUploadsRequest`]: `GET /?uploads&prefix=…&delimiter=…&encoding-type=…&max-uploads=…&key-marker=…&upload-id-marker=…`,
//!   to and from the query string, with the builder every vendor crate shares
//!   (`with_page_size`, `with_marker`) and the pager,
//!   [`ListRequest`](codec_core::listing::ListRequest), over the marker pair;
//! - [`ListMultipartUploadsResult`]: the XML response body, decoded borrowing from the
//!   input and encoded back losslessly (every element spelling COS and its documents
//!   use is kept), and its [`Normalize`](codec_core::Normalize) conversion into
//!   [`UploadsPage`](codec_core::UploadsPage); its items are [`PendingUpload`]s.
//!
//! Paging: while `IsTruncated` is `true`, the next request passes
//! `key-marker=NextKeyMarker&upload-id-marker=NextUploadIdMarker`; `max-uploads` is 1
//! to 1000 ([`MAX_MAX_UPLOADS`]).
//!
//! # Keys under `encoding-type=url`
//!
//! COS puts object keys into its XML as they are, and a key may hold control characters
//! (U+0001 to U+001F) that XML 1.0 cannot carry, which makes the whole body ill-formed.
//! Send `encoding-type=url` ([`ListMultipartUploadsRequest::with_encoding_type`]) and
//! COS percent-encodes the keys, markers and prefixes instead: the typed form keeps them
//! as sent, and the normalized form ([`UploadsPage`](codec_core::UploadsPage)) and the
//! pager decode them.
//!
//! Decoding is RFC 3986 percent-decoding: `%XX` escapes are undone and a `+` stays a
//! `+` (it is not a space, as it would be in a form-encoded query string). The same
//! rule holds for List Parts
//! ([`ListPartsResult::decoded_key`](crate::ListPartsResult::decoded_key)). It is
//! settled by what COS sends:
//!
//! - COS's documents describe the encoding as percent-encoding, "URL 编码（百分号编码）"
//!   (GET Bucket, <https://cloud.tencent.com/document/product/436/7734>: "腾讯云" becomes
//!   `%E8%85%BE%E8%AE%AF%E4%BA%91`; List Multipart Uploads,
//!   <https://cloud.tencent.com/document/product/436/7736>, names `url` as the only
//!   value). RFC 3986 percent-encoding has no `+`-for-space form;
//! - COS's two SDKs that ask for `encoding-type=url` on every listing by default decode
//!   the answer in the two incompatible ways: the Python SDK with `urllib`'s `unquote`,
//!   which keeps `+` (tencentyun/cos-python-sdk-v5 @ cc3bdf0, `cos_comm.py`,
//!   `decode_result`; `list_objects` sends `encoding-type=url` unless told otherwise,
//!   since b3f5131, 2018), and the Java SDK with `java.net.URLDecoder`, which reads `+`
//!   as a space (tencentyun/cos-java-sdk-v5 @ 499c86d, `UrlEncoderUtils.urlDecode`,
//!   called from `XmlResponsesSaxParser.decodeIfSpecified`; `COSClient.listObjects`
//!   sends `encoding-type=url` by default, since 7c7ca3d, 2018). Both return every key
//!   right, keys with spaces and keys with `+` alike, only if COS writes a space as
//!   `%20` and a `+` as `%2B`, never either bare: under that encoding the two rules
//!   agree on everything COS sends;
//! - COS's Go SDK encodes the same way where it writes keys itself
//!   (tencentyun/cos-go-sdk-v5 @ cc9846d9, `helper.go`, `encodeURIComponent`: space
//!   `%20`, `+` `%2B`). Its `decodeURIComponent` uses `url.QueryUnescape` (`+` as a
//!   space), which agrees with the Python SDK on COS's output for the same reason.
//!
//! So a bare `+` is not something COS sends for a space; should one come (from a server
//! that does not escape it), keeping it keeps the key the server meant rather than
//! turning `a+b` into the different key `a b`. A `%` that does not begin a two-digit
//! escape, or escapes that are not UTF-8, are an error naming the field.

use std::borrow::Cow;

use codec_core::Result;

mod paging;
mod request;
mod response;

pub use request::ListMultipartUploadsRequest;
pub use response::{
    CommonPrefix, CommonPrefixesElement, ListMultipartUploadsResult, PendingUpload, UploadIdElement,
};

/// The largest `max-uploads` COS accepts (and its default).
pub const MAX_MAX_UPLOADS: u32 = 1_000;

/// The bare flag that names the operation in the query string.
pub const FLAG: &str = "uploads";

/// `text` percent-decoded as COS encodes it under `encoding-type=url` (see the module
/// documentation: `%XX` undone, `+` kept); borrowed when it holds no `%`. Errors name
/// `field`.
pub(crate) fn url_decoded<'t>(text: &'t str, field: &str) -> Result<Cow<'t, str>> {
    codec_core::query::decode_path(text).map_err(|e| e.with_path(field))
}

/// `text`, percent-decoded when `url` is set ([`url_decoded`]), as it is otherwise.
pub(crate) fn decoded_if<'t>(url: bool, text: &'t str, field: &str) -> Result<Cow<'t, str>> {
    if url { url_decoded(text, field) } else { Ok(Cow::Borrowed(text)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plus_stays_a_plus_and_escapes_are_undone() {
        assert_eq!(url_decoded("a+b%20c%2Bd%2Fe", "Key").unwrap(), "a+b c+d/e");
        assert!(matches!(url_decoded("a+b/c", "Key").unwrap(), Cow::Borrowed("a+b/c")));
        assert_eq!(url_decoded("%E8%85%BE%E8%AE%AF%E4%BA%91", "Key").unwrap(), "腾讯云");
        assert_eq!(url_decoded("%01bell%07", "Key").unwrap(), "\u{1}bell\u{7}");
        for bad in ["%", "%G1", "a%2", "%FF"] {
            let error = url_decoded(bad, "NextKeyMarker").unwrap_err();
            assert_eq!(error.path(), Some("NextKeyMarker"), "{bad:?}");
        }
        assert_eq!(decoded_if(false, "a%20b", "Key").unwrap(), "a%20b");
    }
}
