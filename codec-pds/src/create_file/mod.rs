//! `create_file` (`POST /v2/file/create`): creating a file (or a folder) and starting
//! its upload.
//!
//! - [`CreateFileRequest`]: the JSON request body (`drive_id` or `share_id`,
//!   `parent_file_id`, `name`, `type`, `size`, `check_name_mode`, the content hash and
//!   its proof, `part_info_list` with each part's number, size and SHA-1 context, …);
//! - [`CreateFileResponse`]: the JSON response body (`file_id`, `upload_id`,
//!   `rapid_upload`, `exist`, `status`, `part_info_list` with the upload URLs, …), which
//!   normalizes to [`InitiatedUpload`](codec_core::InitiatedUpload): the key is the
//!   `file_id`, `upload_urls` come from the parts, in the order sent, and
//!   `already_complete` says whether anything is left to upload
//!   ([`CreateFileResponse::already_complete`]).
//!
//! The parts of both are [`UploadedPart`](crate::UploadedPart), the type
//! `list_uploaded_parts` decodes too.
//!
//! ```
//! use codec_core::{Decode, Encode, Normalize};
//! use codec_pds::{CreateFileRequest, CreateFileResponse};
//!
//! let request = CreateFileRequest::decode(codec_pds::examples::CREATE_FILE_REQUEST.as_bytes())?;
//! assert_eq!(request.parts().len(), 3);
//! let _json = request.encode()?; // the body to POST to /v2/file/create
//!
//! let body = codec_pds::examples::CREATE_FILE_RESPONSE.as_bytes();
//! let response = CreateFileResponse::decode(body)?;
//! let upload = response.normalize()?;
//! assert_eq!(upload.key.as_deref(), response.file_id.as_deref());
//! assert_eq!(upload.upload_urls.len(), 3);
//! assert_eq!(upload.already_complete, Some(false));
//! # Ok::<(), codec_core::Error>(())
//! ```

mod request;
mod response;

pub use request::CreateFileRequest;
pub use response::CreateFileResponse;

codec_core::wire_string! {
    /// What a file is, the wire's `type`: `file` (content to upload) or `folder`
    /// (none). A value PDS adds later decodes and encodes unchanged.
    pub struct FileType;
    /// A file: it has content, uploaded in parts.
    FILE = "file";
    /// A folder: it has no content, so no upload id and nothing to complete.
    FOLDER = "folder";
}

codec_core::wire_string! {
    /// What `create_file` does when the parent folder already holds a file of the same
    /// name, the wire's `check_name_mode`. A value PDS adds later decodes and encodes
    /// unchanged.
    pub struct CheckNameMode;
    /// Create the file under a new name (`name(1).jpg`).
    AUTO_RENAME = "auto_rename";
    /// Create nothing: answer `exist: true` with the existing file's `file_id`.
    REFUSE = "refuse";
    /// Create a second file of the same name.
    IGNORE = "ignore";
}
