//! UCloud UFile codecs for GetMultiUploadPart and GetMultiUploadId (work in progress).
#![forbid(unsafe_code)]
#![deny(missing_docs)]
