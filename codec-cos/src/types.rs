//! Value types COS uses in more than one place: string enums that keep unknown values,
//! and the owner/initiator container.

use std::borrow::Cow;

use codec_core::field::owned_opt;
use codec_core::xml::{Element, XmlReader, set_once, write_end, write_start, write_text_element};
use codec_core::{Error, Result};
use serde::{Deserialize, Serialize};

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
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Owner<'a> {
    /// The account's id: a bare number (`1250000000`) or a CAM name
    /// (`qcs::cam::uin/100000000001:uin/100000000001`).
    #[serde(rename = "ID", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_xml_text))]
    pub id: Option<Cow<'a, str>>,
    /// The account's display name.
    #[serde(rename = "DisplayName", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_xml_text))]
    pub display_name: Option<Cow<'a, str>>,
}

impl Owner<'_> {
    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> Owner<'static> {
        Owner { id: owned_opt(self.id), display_name: owned_opt(self.display_name) }
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
        write_start(out, name);
        if let Some(id) = &self.id {
            write_text_element(out, "ID", id).map_err(|e| e.within(name))?;
        }
        if let Some(display_name) = &self.display_name {
            write_text_element(out, "DisplayName", display_name).map_err(|e| e.within(name))?;
        }
        write_end(out, name);
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
