//! Tests across the reader and the writer, and of the reader as a whole.

use std::borrow::Cow;

use super::*;
use crate::{Limits, Result};

/// The name and text of each child of the root, the document read to its end.
pub(super) fn leaf_texts(xml: &str) -> Result<Vec<(String, Cow<'_, str>)>> {
    let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default())?;
    let root = reader.root()?;
    let mut out = Vec::new();
    while let Some(child) = reader.next_child(&root)? {
        out.push((child.name().to_owned(), reader.text(&child)?));
    }
    reader.finish()?;
    Ok(out)
}

#[test]
fn escaping_round_trips() {
    let mut out = Vec::new();
    write_text_element(&mut out, "k", "a<b>&c\"d'\r\n").unwrap();
    let xml = format!("<r>{}</r>", String::from_utf8(out).unwrap());
    assert_eq!(leaf_texts(&xml).unwrap()[0].1, "a<b>&c\"d'\r\n");
}

#[test]
fn every_character_either_escapes_and_round_trips_or_is_refused() {
    for c in [
        '\u{0}',
        '\u{1}',
        '\u{1F}',
        '\t',
        '\n',
        '\r',
        ' ',
        '&',
        '<',
        '>',
        '"',
        '\u{FFFD}',
        '\u{FFFE}',
        '\u{FFFF}',
        '\u{10000}',
        '\u{EFFF}',
        '\u{F000}',
        '，',
    ] {
        let text = format!("a{c}b");
        let mut out = Vec::new();
        match write_text_element(&mut out, "k", &text) {
            Ok(()) => {
                assert!(is_xml_char(c), "{c:?} was written");
                let xml = format!("<r>{}</r>", String::from_utf8(out).unwrap());
                assert_eq!(leaf_texts(&xml).unwrap()[0].1, text, "{c:?}");
            }
            Err(_) => assert!(!is_xml_char(c), "{c:?} was refused"),
        }
    }
}
