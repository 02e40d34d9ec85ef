//! The vendor-neutral model: one view of a parts listing, an uploads listing and a
//! service error, whichever vendor sent it.
//!
//! Its JSON form is a contract (see the workspace's `DESIGN.md`): field names, `null`
//! for absent values, ETags without their surrounding quotes, timestamps in RFC 3339
//! UTC. Strings borrow from the decoded vendor value where they can; call
//! `into_owned()` to detach a value from its input.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::OffsetDateTime;

use crate::field::{owned, owned_opt};

/// The four object stores this workspace speaks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Vendor {
    /// UCloud UFile.
    Ufile,
    /// QingStor.
    Qingstor,
    /// Aliyun PDS.
    Pds,
    /// Tencent COS.
    Cos,
}

impl Vendor {
    /// Every vendor, in the order of the documentation.
    pub const ALL: [Vendor; 4] = [Vendor::Ufile, Vendor::Qingstor, Vendor::Pds, Vendor::Cos];

    /// The lowercase name used on the command line and in the JSON model.
    pub fn as_str(self) -> &'static str {
        match self {
            Vendor::Ufile => "ufile",
            Vendor::Qingstor => "qingstor",
            Vendor::Pds => "pds",
            Vendor::Cos => "cos",
        }
    }
}

impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A point in time, written as RFC 3339 in UTC (`2020-03-25T10:07:14Z`).
///
/// Fractional seconds are written only when they are not zero, with as few digits as
/// they need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(pub OffsetDateTime);

impl Timestamp {
    /// The wrapped date and time.
    pub fn get(self) -> OffsetDateTime {
        self.0
    }

    /// A date field kept as its wire text, interpreted as any form the vendors send
    /// ([`parse_timestamp`](crate::timestamp::parse_timestamp)): `None` when absent, an
    /// error naming `field` when it is not a date.
    ///
    /// ```
    /// use codec_core::Timestamp;
    /// let time = Timestamp::parse_field(Some("Tue Jan 17 16:43:37 2017"), "LastModified")?;
    /// assert_eq!(time.unwrap().to_string(), "2017-01-17T16:43:37Z");
    /// let error = Timestamp::parse_field(Some("soon"), "LastModified").unwrap_err();
    /// assert_eq!(error.path(), Some("LastModified"));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn parse_field(text: Option<&str>, field: &str) -> crate::Result<Option<Timestamp>> {
        text.map(|text| {
            crate::timestamp::parse_timestamp(text)
                .map(Timestamp)
                .map_err(|e| crate::Error::from(e).with_path(field))
        })
        .transpose()
    }

    /// A field of UNIX seconds as a point in time: `None` when absent, an error naming
    /// `field` outside the years -9999 to 9999.
    pub fn from_unix_field(seconds: Option<i64>, field: &str) -> crate::Result<Option<Timestamp>> {
        seconds
            .map(|seconds| {
                crate::timestamp::from_unix_seconds(seconds)
                    .map(Timestamp)
                    .map_err(|e| crate::Error::from(e).with_path(field))
            })
            .transpose()
    }
}

impl From<OffsetDateTime> for Timestamp {
    fn from(value: OffsetDateTime) -> Self {
        Timestamp(value)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::timestamp::write_rfc3339_utc(f, self.0)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<'de, str>::deserialize(deserializer)?;
        crate::timestamp::parse_timestamp(&text).map(Timestamp).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Timestamp {
    fn schema_name() -> Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date-time",
            "description": "RFC 3339 date and time in UTC, for example 2020-03-25T10:07:14Z",
        })
    }
}

/// One page of the parts of one multipart upload.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct PartsPage<'a> {
    /// The vendor that sent the page.
    pub vendor: Vendor,
    /// The upload's id, when the body names it.
    #[serde(borrow)]
    pub upload_id: Option<Cow<'a, str>>,
    /// The object key (for PDS: the `file_id`), when the body names it.
    #[serde(borrow)]
    pub key: Option<Cow<'a, str>>,
    /// The parts on this page, in the order the vendor sent them.
    #[serde(borrow)]
    pub parts: Vec<Part<'a>>,
    /// What the next request passes as its marker; `null` when the vendor says the
    /// listing is done (an empty marker on the wire is `null` too).
    #[serde(borrow)]
    pub next_marker: Option<Cow<'a, str>>,
    /// Whether the vendor says more parts follow; `null` where it does not say.
    pub truncated: Option<bool>,
}

/// One uploaded part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct Part<'a> {
    /// The part number as the vendor sent it (UFile counts from 0, the others from 1).
    pub number: u32,
    /// The part's ETag, surrounding double quotes removed.
    #[serde(borrow)]
    pub etag: Option<Cow<'a, str>>,
    /// The part's size in bytes.
    pub size: Option<u64>,
    /// When the part was last written.
    pub last_modified: Option<Timestamp>,
}

/// One page of the multipart uploads still in progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct UploadsPage<'a> {
    /// The vendor that sent the page.
    pub vendor: Vendor,
    /// The uploads on this page, in the order the vendor sent them.
    #[serde(borrow)]
    pub uploads: Vec<Upload<'a>>,
    /// What the next request passes as its (key) marker; `null` when the listing is
    /// done (UFile: `NextMarker`).
    #[serde(borrow)]
    pub next_marker: Option<Cow<'a, str>>,
    /// What the next request passes as its upload-id marker, for the vendors that page
    /// by key and upload id (COS, QingStor); `null` elsewhere and when done.
    #[serde(borrow)]
    pub next_upload_id_marker: Option<Cow<'a, str>>,
    /// Whether the vendor says more uploads follow; `null` where it does not say.
    pub truncated: Option<bool>,
    /// The common prefixes, when the request sent a delimiter; empty otherwise.
    #[serde(borrow)]
    pub prefixes: Vec<Cow<'a, str>>,
}

/// A multipart upload just started (or, for PDS, a file just created).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct InitiatedUpload<'a> {
    /// The vendor that sent it.
    pub vendor: Vendor,
    /// The new upload's id.
    #[serde(borrow)]
    pub upload_id: Option<Cow<'a, str>>,
    /// The object key (for PDS: the `file_id`).
    #[serde(borrow)]
    pub key: Option<Cow<'a, str>>,
    /// The bucket, when the body names it.
    #[serde(borrow)]
    pub bucket: Option<Cow<'a, str>>,
    /// The size every part but the last must have (UFile's `BlkSize`); `null` where the
    /// vendor leaves it to the client.
    pub part_size: Option<u64>,
    /// Where each part goes (PDS), in the order sent; empty for the other vendors.
    #[serde(borrow)]
    pub upload_urls: Vec<UploadUrl<'a>>,
    /// `true` when nothing is left to upload or complete (PDS: a rapid upload or an
    /// existing file); `null` where the vendor has no such answer.
    pub already_complete: Option<bool>,
}

/// Where one part of an upload goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct UploadUrl<'a> {
    /// The part number; `null` where the vendor leaves it out (PDS pairs URLs with the
    /// request's parts by position).
    pub number: Option<u32>,
    /// The URL to send the part to.
    #[serde(borrow)]
    pub url: Cow<'a, str>,
}

/// A request to complete a multipart upload: which parts make the object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct CompleteRequest<'a> {
    /// The vendor the request is for.
    pub vendor: Vendor,
    /// The upload's id.
    #[serde(borrow)]
    pub upload_id: Option<Cow<'a, str>>,
    /// The object key (for PDS: the `file_id`).
    #[serde(borrow)]
    pub key: Option<Cow<'a, str>>,
    /// The parts, in ascending part-number order.
    #[serde(borrow)]
    pub parts: Vec<CompletePart<'a>>,
}

/// One part named in a Complete request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct CompletePart<'a> {
    /// The part number as the vendor counts (UFile from 0: its position).
    pub number: u32,
    /// The part's ETag, surrounding double quotes removed; `null` where the vendor lets
    /// the request leave it out.
    #[serde(borrow)]
    pub etag: Option<Cow<'a, str>>,
}

/// A multipart upload completed: the object it made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct CompletedUpload<'a> {
    /// The vendor that sent it.
    pub vendor: Vendor,
    /// The object key (for PDS: the `file_id`).
    #[serde(borrow)]
    pub key: Option<Cow<'a, str>>,
    /// The bucket, when the body names it.
    #[serde(borrow)]
    pub bucket: Option<Cow<'a, str>>,
    /// The object's ETag, surrounding double quotes removed.
    #[serde(borrow)]
    pub etag: Option<Cow<'a, str>>,
    /// The object's size in bytes, when the body says.
    pub size: Option<u64>,
    /// The object's URL, when the body gives one (not PDS's `location`, a region).
    #[serde(borrow)]
    pub location: Option<Cow<'a, str>>,
}

/// One multipart upload in progress.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct Upload<'a> {
    /// The upload's id.
    #[serde(borrow)]
    pub upload_id: Cow<'a, str>,
    /// The object key, when the body names it.
    #[serde(borrow)]
    pub key: Option<Cow<'a, str>>,
    /// When the upload was started.
    pub initiated: Option<Timestamp>,
}

/// The vendor's error body, in one shape for all vendors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = every_property_required))]
pub struct ServiceError<'a> {
    /// The vendor that sent the error.
    pub vendor: Vendor,
    /// The vendor's error code, as text (UFile's numeric `RetCode` included).
    #[serde(borrow)]
    pub code: Cow<'a, str>,
    /// The vendor's message, when it sends one.
    #[serde(borrow)]
    pub message: Option<Cow<'a, str>>,
    /// The id of the failed request, when the body carries one.
    #[serde(borrow)]
    pub request_id: Option<Cow<'a, str>>,
}

/// Deserializes a string as a `Cow`, borrowed when the deserializer can lend it (a JSON
/// string without escapes), owned otherwise.
pub(crate) fn deserialize_cow_str<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Cow<'de, str>, D::Error> {
    struct CowStr;
    impl<'de> serde::de::Visitor<'de> for CowStr {
        type Value = Cow<'de, str>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Cow::Borrowed(v))
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_owned()))
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v))
        }
    }
    deserializer.deserialize_str(CowStr)
}

impl<'a> PartsPage<'a> {
    /// The page with the upload id and key a request names filled in where the body
    /// leaves them out (the listing trait's `page` on every vendor: QingStor's bodies
    /// name neither, the others may omit them).
    #[must_use]
    pub fn named_by(mut self, upload_id: Option<&'a str>, key: Option<&'a str>) -> Self {
        self.upload_id = self.upload_id.or(upload_id.map(Cow::Borrowed));
        self.key = self.key.or(key.map(Cow::Borrowed));
        self
    }
}

impl PartsPage<'_> {
    /// Detaches the page from the input it borrows from.
    pub fn into_owned(self) -> PartsPage<'static> {
        PartsPage {
            vendor: self.vendor,
            upload_id: owned_opt(self.upload_id),
            key: owned_opt(self.key),
            parts: self.parts.into_iter().map(Part::into_owned).collect(),
            next_marker: owned_opt(self.next_marker),
            truncated: self.truncated,
        }
    }
}

impl Part<'_> {
    /// Detaches the part from the input it borrows from.
    pub fn into_owned(self) -> Part<'static> {
        Part {
            number: self.number,
            etag: owned_opt(self.etag),
            size: self.size,
            last_modified: self.last_modified,
        }
    }
}

impl UploadsPage<'_> {
    /// Detaches the page from the input it borrows from.
    pub fn into_owned(self) -> UploadsPage<'static> {
        UploadsPage {
            vendor: self.vendor,
            uploads: self.uploads.into_iter().map(Upload::into_owned).collect(),
            next_marker: owned_opt(self.next_marker),
            next_upload_id_marker: owned_opt(self.next_upload_id_marker),
            truncated: self.truncated,
            prefixes: self.prefixes.into_iter().map(owned).collect(),
        }
    }
}

impl InitiatedUpload<'_> {
    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> InitiatedUpload<'static> {
        InitiatedUpload {
            vendor: self.vendor,
            upload_id: owned_opt(self.upload_id),
            key: owned_opt(self.key),
            bucket: owned_opt(self.bucket),
            part_size: self.part_size,
            upload_urls: self
                .upload_urls
                .into_iter()
                .map(|url| UploadUrl { number: url.number, url: owned(url.url) })
                .collect(),
            already_complete: self.already_complete,
        }
    }
}

impl CompleteRequest<'_> {
    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> CompleteRequest<'static> {
        CompleteRequest {
            vendor: self.vendor,
            upload_id: owned_opt(self.upload_id),
            key: owned_opt(self.key),
            parts: self
                .parts
                .into_iter()
                .map(|part| CompletePart { number: part.number, etag: owned_opt(part.etag) })
                .collect(),
        }
    }
}

impl CompletedUpload<'_> {
    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> CompletedUpload<'static> {
        CompletedUpload {
            vendor: self.vendor,
            key: owned_opt(self.key),
            bucket: owned_opt(self.bucket),
            etag: owned_opt(self.etag),
            size: self.size,
            location: owned_opt(self.location),
        }
    }
}

impl Upload<'_> {
    /// Detaches the upload from the input it borrows from.
    pub fn into_owned(self) -> Upload<'static> {
        Upload {
            upload_id: owned(self.upload_id),
            key: owned_opt(self.key),
            initiated: self.initiated,
        }
    }
}

impl ServiceError<'_> {
    /// Detaches the error from the input it borrows from.
    pub fn into_owned(self) -> ServiceError<'static> {
        ServiceError {
            vendor: self.vendor,
            code: owned(self.code),
            message: owned_opt(self.message),
            request_id: owned_opt(self.request_id),
        }
    }
}

/// The model always prints every field, `null` included: its schema requires them all,
/// where schemars would leave `Option` fields out of `required`.
#[cfg(feature = "schema")]
fn every_property_required(schema: &mut schemars::Schema) {
    let names: Vec<serde_json::Value> = schema
        .get("properties")
        .and_then(|properties| properties.as_object())
        .map(|properties| properties.keys().map(|name| name.as_str().into()).collect())
        .unwrap_or_default();
    schema.insert("required".into(), names.into());
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn parts_page_json_matches_the_contract() {
        let page = PartsPage {
            vendor: Vendor::Cos,
            upload_id: Some("u".into()),
            key: None,
            parts: vec![Part {
                number: 1,
                etag: Some("abc".into()),
                size: Some(5),
                last_modified: Some(Timestamp(datetime!(2020-03-25 10:07:14 UTC))),
            }],
            next_marker: None,
            truncated: Some(false),
        };
        assert_eq!(
            serde_json::to_string(&page).unwrap(),
            r#"{"vendor":"cos","upload_id":"u","key":null,"parts":[{"number":1,"etag":"abc","size":5,"last_modified":"2020-03-25T10:07:14Z"}],"next_marker":null,"truncated":false}"#
        );
        let json = serde_json::to_string(&page).unwrap();
        let back: PartsPage<'_> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, page);
    }
}
