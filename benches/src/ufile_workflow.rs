//! UFile FinishMultipartUpload's request body, the parts' ETags joined by commas: the
//! generated bodies, and the obvious approach the benches race against, splitting into
//! owned `String`s (`split(',').map(String::from).collect()`) and joining them back
//! (`join(",")`), as UFile's Go and Python SDKs do (`strings.Join`, `','.join`). The
//! floor is counting the commas, what any reader of the body must at least look at.

/// A Finish body of `n` ETags in the documented body's shape, from the crate itself, so
/// that tests and benches race on the same bodies.
pub use codec_ufile::examples::finish_multipart_upload_body as finish_body;

/// The obvious decoder: one owned `String` per ETag.
pub fn split_owned(body: &str) -> Vec<String> {
    body.split(',').map(String::from).collect()
}

/// The obvious encoder: the owned ETags joined by commas.
pub fn join_owned(etags: &[String]) -> String {
    etags.join(",")
}

/// The floor: how many ETags the body holds, by counting its commas.
pub fn count_floor(body: &str) -> usize {
    body.bytes().filter(|&byte| byte == b',').count() + 1
}

#[cfg(test)]
mod tests {
    use codec_core::{Decode, Encode};
    use codec_ufile::FinishMultipartUploadBody;

    use super::*;

    /// The competitors agree on every bench body.
    #[test]
    fn the_baselines_agree_with_the_codec() {
        let doc = codec_ufile::examples::FINISH_MULTIPART_UPLOAD_BODY;
        for body in crate::bodies(doc, finish_body).into_iter().map(|(_, body)| body) {
            let ours = FinishMultipartUploadBody::decode(body.as_bytes()).unwrap();
            let owned = split_owned(&body);
            let values: Vec<&str> = ours.etags.iter().map(|etag| etag.value()).collect();
            assert_eq!(values, owned);
            assert_eq!(count_floor(&body), owned.len());
            assert_eq!(ours.encode().unwrap(), join_owned(&owned).into_bytes());
        }
    }
}
