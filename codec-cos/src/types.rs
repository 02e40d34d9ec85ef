//! Value types COS uses in more than one place: string enums that keep unknown values,
//! and the owner/initiator container.

use std::borrow::Cow;

codec_core::wire_string! {
    /// The `encoding-type` of a request or response: `url` asks COS to percent-encode
    /// object keys in the response. Unknown values are kept.
    ///
    /// ```
    /// use codec_cos::EncodingType;
    /// assert!(EncodingType::from("URL").is(&EncodingType::URL));
    /// assert!(!EncodingType::from("").is(&EncodingType::URL));
    /// ```
    pub struct EncodingType;
    /// `url`: keys in the response are percent-encoded.
    URL = "url";
}

codec_core::wire_string! {
    /// A storage class, as COS spells it (`STANDARD` in the field table, `Standard` in
    /// the document's example: compare with `is`). Unknown values are kept.
    ///
    /// ```
    /// use codec_cos::StorageClass;
    /// assert!(StorageClass::from("Standard").is(&StorageClass::STANDARD));
    /// ```
    pub struct StorageClass;
    /// Standard storage.
    STANDARD = "STANDARD";
    /// Infrequent access.
    STANDARD_IA = "STANDARD_IA";
    /// Archive.
    ARCHIVE = "ARCHIVE";
    /// Intelligent tiering.
    INTELLIGENT_TIERING = "INTELLIGENT_TIERING";
    /// Deep archive.
    DEEP_ARCHIVE = "DEEP_ARCHIVE";
}

/// The owner or initiator of an upload: `<ID>` and `<DisplayName>`.
#[codec_core::wire(xml, keep_control_chars)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Owner<'a> {
    /// The account's id: a bare number (`1250000000`) or a CAM name
    /// (`qcs::cam::uin/100000000001:uin/100000000001`).
    #[wire(rename = "ID")]
    pub id: Option<Cow<'a, str>>,
    /// The account's display name.
    #[wire(rename = "DisplayName")]
    pub display_name: Option<Cow<'a, str>>,
}
