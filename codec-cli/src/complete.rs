//! `codec complete`: list-parts pages in, the vendor's Complete request out.
//!
//! The pages are decoded with the vendor's list-parts response type, normalized and fed
//! to `codec_core::collect::PartCollector`; the vendor's entry in [`COMPLETERS`] turns
//! the collected parts into its Complete request, in its wire form (TARGET+BODY where
//! the request has both) or as the `CompleteRequest` JSON.

use codec_core::collect::PartCollector;
use codec_core::{CompleteRequest, Error, ErrorKind, Limits, Normalize, PartsPage, Vendor};

/// A vendor's Complete request, built from collected parts.
pub struct Built {
    /// The request's wire form.
    pub wire: Vec<u8>,
    /// The request in the vendor-neutral model.
    pub normalized: CompleteRequest<'static>,
}

/// What names the upload besides its parts, each from the pages or the command line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Names<'v> {
    /// The upload id (`--upload-id`).
    pub upload_id: Option<&'v str>,
    /// The object key; PDS: the file id (`--key`).
    pub key: Option<&'v str>,
    /// PDS only: the drive the file is on (`--drive-id`), which `complete_file` needs and
    /// list-uploaded-parts pages do not carry.
    pub drive_id: Option<&'v str>,
}

/// Builds a vendor's Complete request from the collected parts and the names.
pub type Build = fn(&PartCollector, &Names<'_>) -> Result<Built, Error>;

/// What `complete` needs of one vendor.
pub struct Completer {
    /// The vendor.
    pub vendor: Vendor,
    /// The name of the Complete operation (`complete-multipart-upload`, …).
    pub operation: &'static str,
    /// The name of the list-parts operation whose responses are the pages.
    pub pages_of: &'static str,
    /// Decodes one page and normalizes it.
    pub page: fn(&[u8], &Limits) -> Result<PartsPage<'static>, Error>,
    /// The vendor's first part number: `--expect N` asks for `first..first + N`.
    pub first_number: u32,
    /// Builds the Complete request from the collected parts, the upload id and the key.
    pub build: Build,
}

/// Decodes a page of `$response` and normalizes it, detached from the body.
macro_rules! pages_of {
    ($response:ty) => {
        |input, limits| {
            let response = <$response as codec_core::Decode>::decode_with(input, limits)?;
            Ok(Normalize::normalize(&response)?.into_owned())
        }
    };
}

/// Builds a TARGET+BODY Complete request (COS, QingStor, UFile): the body from the
/// collected parts, the target from the upload id and key, both required.
macro_rules! target_body {
    ($target:ty, $body:ty, $normalize:path) => {
        |collector, names| {
            let body = <$body>::from_collected(collector)?;
            let upload_id = required(names.upload_id, "upload id", "--upload-id")?;
            let key = required(names.key, "object key", "--key")?;
            let target = <$target>::new(upload_id).with_key(key);
            let normalized = $normalize(&target, &body)?.into_owned();
            Ok(Built { wire: crate::target_body::join(&target, &body)?, normalized })
        }
    };
}

/// Every vendor's Complete request, from its list-parts pages.
pub static COMPLETERS: &[Completer] = &[
    Completer {
        vendor: Vendor::Ufile,
        operation: codec_ufile::OPERATION_FINISH_MULTIPART_UPLOAD,
        pages_of: codec_ufile::OPERATION_GET_MULTI_UPLOAD_PART,
        page: pages_of!(codec_ufile::GetMultiUploadPartResponse<'_>),
        first_number: 0,
        build: target_body!(
            codec_ufile::FinishMultipartUploadRequest<'_>,
            codec_ufile::FinishMultipartUploadBody<'_>,
            codec_ufile::finish_multipart_upload::normalize_request
        ),
    },
    Completer {
        vendor: Vendor::Qingstor,
        operation: codec_qingstor::OPERATION_COMPLETE_MULTIPART_UPLOAD,
        pages_of: codec_qingstor::OPERATION_LIST_MULTIPART,
        page: pages_of!(codec_qingstor::ListMultipartResponse<'_>),
        first_number: 0,
        // QingStor's List Multipart pages name neither upload nor key: both come from
        // the command line.
        build: target_body!(
            codec_qingstor::CompleteMultipartUploadRequest<'_>,
            codec_qingstor::CompleteMultipartUpload<'_>,
            codec_qingstor::complete_multipart_upload::normalize_request
        ),
    },
    Completer {
        vendor: Vendor::Pds,
        operation: codec_pds::OPERATION_COMPLETE_FILE,
        pages_of: codec_pds::OPERATION_LIST_UPLOADED_PARTS,
        page: pages_of!(codec_pds::ListUploadedPartsResponse<'_>),
        first_number: 1,
        build: |collector, names| {
            let upload_id = required(names.upload_id, "upload id", "--upload-id")?;
            let file_id = required(names.key, "file id", "--key")?;
            // complete_file needs the drive (or share), which list-uploaded-parts pages
            // do not carry.
            let drive_id = required(names.drive_id, "drive id", "--drive-id")?;
            let request =
                codec_pds::CompleteFileRequest::from_collected(collector, file_id, upload_id)?
                    .with_drive_id(drive_id);
            let normalized = codec_core::Normalize::normalize(&request)?.into_owned();
            let mut wire = codec_core::Encode::encode(&request)?;
            wire.push(b'\n');
            Ok(Built { wire, normalized })
        },
    },
    Completer {
        vendor: Vendor::Cos,
        operation: codec_cos::OPERATION_COMPLETE_MULTIPART_UPLOAD,
        pages_of: codec_cos::OPERATION_LIST_PARTS,
        page: pages_of!(codec_cos::ListPartsResult<'_>),
        first_number: 1,
        build: target_body!(
            codec_cos::CompleteMultipartUploadRequest<'_>,
            codec_cos::CompleteMultipartUpload<'_>,
            codec_cos::complete_multipart_upload::normalize_request
        ),
    },
];

/// The completer of `vendor`, when its Complete request is supported.
pub fn find(vendor: Vendor) -> Option<&'static Completer> {
    COMPLETERS.iter().find(|completer| completer.vendor == vendor)
}

/// Runs `complete` over `pages` (each a list-parts response body, named for errors).
pub fn run(
    completer: &Completer,
    pages: &[(String, Vec<u8>)],
    names: &Names<'_>,
    expect: Option<u32>,
) -> Result<Built, Error> {
    let mut collector = PartCollector::new();
    for (name, body) in pages {
        let page = (completer.page)(body, &Limits::unbounded())
            .map_err(|e| e.with_context(completer.vendor, completer.pages_of))
            .map_err(|e| in_page(e, name))?;
        collector.add(&page).map_err(|e| in_page(e, name))?;
    }
    if let Some(count) = expect {
        let first = completer.first_number;
        // first + count - 1, at most u32::MAX (the last number --expect can name).
        let last = u32::try_from(u64::from(first) + u64::from(count))
            .map_or(u32::MAX, |end| end.saturating_sub(1));
        let missing = if count == 0 {
            codec_core::collect::Missing::default()
        } else {
            collector.missing_summary(first..=last)
        };
        if !missing.is_empty() {
            return Err(Error::new(
                ErrorKind::MissingField,
                format!(
                    "{} of the expected {first} to {last} {} not in the pages",
                    missing.describe("part"),
                    if missing.count == 1 { "is" } else { "are" }
                ),
            )
            .with_path("parts"));
        }
    }
    let names = Names {
        upload_id: pick("upload id", "--upload-id", collector.upload_id(), names.upload_id)?,
        key: pick("key", "--key", collector.key(), names.key)?,
        drive_id: names.drive_id,
    };
    (completer.build)(&collector, &names)
}

/// [`run`], every error naming the vendor and its Complete operation.
pub fn complete(
    completer: &Completer,
    pages: &[(String, Vec<u8>)],
    names: &Names<'_>,
    expect: Option<u32>,
) -> Result<Built, Error> {
    run(completer, pages, names, expect)
        .map_err(|e| e.with_context(completer.vendor, completer.operation))
}

/// The value the pages carry, else the flag's: both, and different, is an error.
fn pick<'v>(
    what: &str,
    flag: &str,
    pages: Option<&'v str>,
    given: Option<&'v str>,
) -> Result<Option<&'v str>, Error> {
    match (pages, given) {
        (Some(pages), Some(given)) if pages != given => Err(Error::invalid_value(format!(
            "{flag} {} differs from the {what} the pages name, {}",
            codec_core::number::excerpt(given),
            codec_core::number::excerpt(pages)
        ))),
        (pages, given) => Ok(given.or(pages)),
    }
}

/// Names the page an error is in, keeping its one line.
fn in_page(error: Error, name: &str) -> Error {
    let located = Error::new(error.kind(), format!("in {name}: {}", error.message()));
    let located = match error.offset() {
        Some(offset) => located.with_offset(offset),
        None => located,
    };
    let located = match error.path() {
        Some(path) => located.with_path(path),
        None => located,
    };
    match (error.vendor(), error.operation()) {
        (Some(vendor), Some(operation)) => located.with_context(vendor, operation),
        _ => located,
    }
}

/// An upload id or key the request cannot do without.
pub fn required<'v>(value: Option<&'v str>, what: &str, flag: &str) -> Result<&'v str, Error> {
    value.ok_or_else(|| {
        Error::new(ErrorKind::MissingField, format!("the pages name no {what}: pass {flag}"))
    })
}
