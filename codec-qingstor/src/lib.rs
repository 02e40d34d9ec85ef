//! QingStor codecs for the List Multipart operation (work in progress).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
