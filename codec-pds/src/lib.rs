//! Aliyun PDS codecs for the list_uploaded_parts operation (work in progress).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
