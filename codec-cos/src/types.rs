//! Value types COS uses in more than one place: string enums that keep unknown values,
//! and the owner/initiator container.

use std::borrow::Cow;

use codec_core::xml::{Element, XmlReader, set_once, write_text_element};
use codec_core::{Error, Result};
use serde::{Deserialize, Serialize};

/// The `encoding-type` of a request or response: `url` asks COS to percent-encode
/// object keys in the response.
///
/// A newtype over the wire text, so a value COS adds later survives a round trip.
///
/// ```
/// use codec_cos::EncodingType;
/// assert!(EncodingType::URL.is_url());
/// assert!(EncodingType::from("URL").is_url());
/// assert!(!EncodingType::from("").is_url());
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct EncodingType<'a>(#[serde(borrow)] pub Cow<'a, str>);

impl<'a> EncodingType<'a> {
    /// `url`: keys in the response are percent-encoded.
    pub const URL: EncodingType<'static> = EncodingType(Cow::Borrowed("url"));

    /// The wire text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this is `url`, in any letter case.
    pub fn is_url(&self) -> bool {
        self.0.eq_ignore_ascii_case("url")
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> EncodingType<'static> {
        EncodingType(Cow::Owned(self.0.into_owned()))
    }
}

impl<'a> From<&'a str> for EncodingType<'a> {
    fn from(text: &'a str) -> Self {
        EncodingType(Cow::Borrowed(text))
    }
}

/// A storage class, as COS spells it (`STANDARD` in the field table, `Standard` in the
/// document's example; compare with [`StorageClass::is`]).
///
/// ```
/// use codec_cos::StorageClass;
/// assert!(StorageClass::from("Standard").is(&StorageClass::STANDARD));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct StorageClass<'a>(#[serde(borrow)] pub Cow<'a, str>);

impl StorageClass<'_> {
    /// Standard storage.
    pub const STANDARD: StorageClass<'static> = StorageClass(Cow::Borrowed("STANDARD"));
    /// Infrequent access.
    pub const STANDARD_IA: StorageClass<'static> = StorageClass(Cow::Borrowed("STANDARD_IA"));
    /// Archive.
    pub const ARCHIVE: StorageClass<'static> = StorageClass(Cow::Borrowed("ARCHIVE"));
    /// Intelligent tiering.
    pub const INTELLIGENT_TIERING: StorageClass<'static> =
        StorageClass(Cow::Borrowed("INTELLIGENT_TIERING"));
    /// Deep archive.
    pub const DEEP_ARCHIVE: StorageClass<'static> = StorageClass(Cow::Borrowed("DEEP_ARCHIVE"));

    /// The wire text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `self` and `other` name the same class, ignoring letter case.
    pub fn is(&self, other: &StorageClass<'_>) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> StorageClass<'static> {
        StorageClass(Cow::Owned(self.0.into_owned()))
    }
}

impl<'a> From<&'a str> for StorageClass<'a> {
    fn from(text: &'a str) -> Self {
        StorageClass(Cow::Borrowed(text))
    }
}

/// The owner or initiator of an upload: `<ID>` and `<DisplayName>`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Owner<'a> {
    /// The account's id: a bare number (`1250000000`) or a CAM name
    /// (`qcs::cam::uin/100000000001:uin/100000000001`).
    #[serde(rename = "ID", borrow, default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Cow<'a, str>>,
    /// The account's display name.
    #[serde(rename = "DisplayName", borrow, default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<Cow<'a, str>>,
}

impl Owner<'_> {
    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> Owner<'static> {
        Owner {
            id: self.id.map(|text| Cow::Owned(text.into_owned())),
            display_name: self.display_name.map(|text| Cow::Owned(text.into_owned())),
        }
    }

    pub(crate) fn decode<'a>(xml: &mut XmlReader<'a>, element: &Element<'a>) -> Result<Owner<'a>> {
        let mut owner = Owner::default();
        while let Some(child) = xml.next_child(element)? {
            match child.name() {
                "ID" => set_once(&mut owner.id, xml.text(&child)?, &child)?,
                "DisplayName" => set_once(&mut owner.display_name, xml.text(&child)?, &child)?,
                _ => xml.skip(&child)?,
            }
        }
        Ok(owner)
    }

    pub(crate) fn encode(&self, out: &mut Vec<u8>, name: &str) -> Result<()> {
        out.push(b'<');
        out.extend_from_slice(name.as_bytes());
        out.push(b'>');
        if let Some(id) = &self.id {
            write_text_element(out, "ID", id).map_err(|e| e.within(name))?;
        }
        if let Some(display_name) = &self.display_name {
            write_text_element(out, "DisplayName", display_name).map_err(|e| e.within(name))?;
        }
        out.extend_from_slice(b"</");
        out.extend_from_slice(name.as_bytes());
        out.push(b'>');
        Ok(())
    }
}

/// Reads a leaf element's text as an unsigned integer in `min..=max`, with the offset
/// and field name on error.
pub(crate) fn decode_number<'a>(
    xml: &mut XmlReader<'a>,
    element: &Element<'a>,
    min: u64,
    max: u64,
) -> Result<u64> {
    let text = xml.text(element)?;
    codec_core::number::parse_in_range(&text, min, max).map_err(|e| at(e, element))
}

/// Reads a leaf element's text as `true` or `false`.
pub(crate) fn decode_bool<'a>(xml: &mut XmlReader<'a>, element: &Element<'a>) -> Result<bool> {
    let text = xml.text(element)?;
    codec_core::number::parse_bool(&text).map_err(|e| at(e, element))
}

/// Places a value error at `element`'s content.
pub(crate) fn at(error: Error, element: &Element<'_>) -> Error {
    error.with_offset(element.content_offset()).with_path(element.name())
}
