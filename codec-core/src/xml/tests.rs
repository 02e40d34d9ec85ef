//! Tests across the reader and the writer, and of the reader as a whole.

use std::borrow::Cow;

use super::*;
use crate::{ErrorKind, Limits, Result};

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

// Scoped skipping: `next_child` skips what the caller left unread.

/// The text of every `<Key>` child of the root, every other child left unread: no
/// `skip`, as a decoder written for scoped reading does it.
fn keys<'a>(xml: &'a str, limits: &Limits) -> Result<Vec<Cow<'a, str>>> {
    let mut reader = XmlReader::new(xml.as_bytes(), limits)?;
    let root = reader.root()?;
    let mut keys = Vec::new();
    while let Some(child) = reader.next_child(&root)? {
        if child.name() == "Key" {
            keys.push(reader.text(&child)?);
        }
    }
    reader.finish()?;
    Ok(keys)
}

#[test]
fn an_unread_leaf_is_skipped() {
    let xml = "<r><a>1</a><Key>k</Key><b>x &amp; <![CDATA[y]]></b><Key>l</Key></r>";
    assert_eq!(keys(xml, &Limits::default()).unwrap(), ["k", "l"]);
}

#[test]
fn an_unread_subtree_is_skipped_however_deep() {
    let deep = format!(
        "<r><u a='1'>{}<!-- c --><?pi?>&lt;<x/>{}</u><Key>k</Key></r>",
        "<a><b>t</b>".repeat(60),
        "</a>".repeat(60)
    );
    assert_eq!(keys(&deep, &Limits::default()).unwrap(), ["k"]);
    // The root is level 1 and <u> level 2: 126 more levels are within the cap of 128.
    let at_cap = format!("<r><u>{}{}</u><Key>k</Key></r>", "<a>".repeat(126), "</a>".repeat(126));
    assert_eq!(keys(&at_cap, &Limits::default()).unwrap(), ["k"]);
}

#[test]
fn skipping_an_unread_subtree_keeps_the_depth_limit_and_the_checks() {
    let too_deep = format!("<r><u>{}{}</u></r>", "<a>".repeat(127), "</a>".repeat(127));
    let error = keys(&too_deep, &Limits::default()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    assert_eq!(error.offset(), Some("<r><u>".len() + 126 * 3));
    assert_eq!(
        error.to_string(),
        "limit exceeded at byte 384: elements nested deeper than 128 levels"
    );
    // The same error as an explicit skip gives.
    let mut reader = XmlReader::new(too_deep.as_bytes(), &Limits::default()).unwrap();
    let root = reader.root().unwrap();
    let child = reader.next_child(&root).unwrap().unwrap();
    assert_eq!(reader.skip(&child).unwrap_err().to_string(), error.to_string());
    // A hundred thousand levels cost a loop, not the stack.
    let hostile = format!("<r><u>{}", "<a>".repeat(100_000));
    assert_eq!(keys(&hostile, &Limits::default()).unwrap_err().kind(), ErrorKind::LimitExceeded);

    for (xml, kind, offset, message) in [
        ("<r><u><a>&bogus;</a></u></r>", ErrorKind::Syntax, 9, "undefined entity &bogus;"),
        ("<r><u><!DOCTYPE x></u></r>", ErrorKind::Syntax, 6, "<!DOCTYPE> is not allowed"),
        ("<r><u><a></b></u></r>", ErrorKind::Syntax, 9, "the end tag </b> does not close <a>"),
        ("<r><u><a>text", ErrorKind::UnexpectedEof, 0, "the body ends inside <r>"),
    ] {
        let error = keys(xml, &Limits::default()).unwrap_err();
        assert_eq!((error.kind(), error.offset()), (kind, Some(offset)), "{xml}: {error}");
        assert!(error.to_string().contains(message), "{xml}: {error}");
    }
}

#[test]
fn a_partly_read_subtree_is_skipped_from_where_the_caller_left_it() {
    let xml = "<r><p><a>1</a><b><c>2</c></b><d>3</d></p><Key>k</Key><q><e><f/></e></q></r>";
    let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default()).unwrap();
    let root = reader.root().unwrap();
    let p = reader.next_child(&root).unwrap().unwrap();
    // One grandchild read, the next opened and left: the rest of <p> is skipped.
    let a = reader.next_child(&p).unwrap().unwrap();
    assert_eq!(reader.text(&a).unwrap(), "1");
    let b = reader.next_child(&p).unwrap().unwrap();
    let c = reader.next_child(&b).unwrap().unwrap();
    assert_eq!(c.name(), "c");
    let key = reader.next_child(&root).unwrap().unwrap();
    assert_eq!((key.name(), reader.text(&key).unwrap()), ("Key", Cow::Borrowed("k")));
    // A child opened three levels down and left: the rest of the root is skipped too.
    let q = reader.next_child(&root).unwrap().unwrap();
    let e = reader.next_child(&q).unwrap().unwrap();
    assert_eq!(e.name(), "e");
    assert_eq!(reader.next_child(&root).unwrap(), None);
    // The root has ended; asking again changes nothing.
    assert_eq!(reader.next_child(&root).unwrap(), None);
    reader.finish().unwrap();
}

#[test]
fn a_child_whose_own_children_were_all_read_needs_no_skip() {
    let xml = "<r><p><a>1</a></p><Key>k</Key></r>";
    let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default()).unwrap();
    let root = reader.root().unwrap();
    let p = reader.next_child(&root).unwrap().unwrap();
    while let Some(child) = reader.next_child(&p).unwrap() {
        assert_eq!(reader.text(&child).unwrap(), "1");
    }
    // <p> has ended: asking it again is `None`, and its siblings are still there.
    assert_eq!(reader.next_child(&p).unwrap(), None);
    let key = reader.next_child(&root).unwrap().unwrap();
    assert_eq!(reader.text(&key).unwrap(), "k");
    assert_eq!(reader.next_child(&root).unwrap(), None);
    reader.finish().unwrap();
}

#[test]
fn empty_elements_have_no_children_and_need_no_skip() {
    let xml = "<r><a/><b></b><c x='1'/><Key>k</Key><d/></r>";
    assert_eq!(keys(xml, &Limits::default()).unwrap(), ["k"]);
    let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default()).unwrap();
    let root = reader.root().unwrap();
    let mut names = Vec::new();
    while let Some(child) = reader.next_child(&root).unwrap() {
        assert_eq!(reader.next_child(&child).unwrap(), None, "{}", child.name());
        assert_eq!(reader.next_child(&child).unwrap(), None, "{}", child.name());
        names.push((child.name(), child.is_empty()));
    }
    assert_eq!(names, [("a", true), ("b", false), ("c", true), ("Key", false), ("d", true)]);
    reader.finish().unwrap();
    // An empty root.
    assert_eq!(keys("<r/>", &Limits::default()).unwrap(), Vec::<Cow<'_, str>>::new());
}

#[test]
fn explicit_skips_still_work_and_are_never_wrong() {
    let xml = "<r><u><a><b/></a></u><Key>k</Key><p><a>1</a><b>2</b></p><e/><Key>l</Key></r>";
    let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default()).unwrap();
    let root = reader.root().unwrap();
    let mut keys = Vec::new();
    while let Some(child) = reader.next_child(&root).unwrap() {
        match child.name() {
            "Key" => {
                keys.push(reader.text(&child).unwrap());
                // After the text, the element has ended: a skip does nothing.
                reader.skip(&child).unwrap();
            }
            "p" => {
                // Part read, then skipped explicitly.
                let a = reader.next_child(&child).unwrap().unwrap();
                assert_eq!(reader.text(&a).unwrap(), "1");
                reader.skip(&child).unwrap();
                reader.skip(&child).unwrap();
            }
            _ => reader.skip(&child).unwrap(),
        }
    }
    assert_eq!(keys, ["k", "l"]);
    reader.finish().unwrap();
}

#[test]
fn finish_skips_what_is_left_of_the_root() {
    let xml = "<r><Key>k</Key><u><a>x</a></u></r><!-- after -->";
    let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default()).unwrap();
    let root = reader.root().unwrap();
    let key = reader.next_child(&root).unwrap().unwrap();
    assert_eq!(reader.text(&key).unwrap(), "k");
    reader.finish().unwrap();
    // What follows the root is still checked.
    let mut reader = XmlReader::new(b"<r><u>x</u></r><s/>", &Limits::default()).unwrap();
    reader.root().unwrap();
    let error = reader.finish().unwrap_err();
    assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(15)));
    let mut reader = XmlReader::new(b"<r><u>x</u>", &Limits::default()).unwrap();
    reader.root().unwrap();
    let error = reader.finish().unwrap_err();
    assert_eq!((error.kind(), error.offset()), (ErrorKind::UnexpectedEof, Some(0)));
}

// Well-formedness: what XML 1.0 refuses is an error, with the offset of the construct.

/// Reads `xml` to its end (every child of the root, unread).
fn read(xml: &str) -> Result<()> {
    let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default())?;
    let root = reader.root()?;
    while reader.next_child(&root)?.is_some() {}
    reader.finish()
}

/// Asserts that `xml` is refused as a syntax error at `offset` whose message says
/// `message`.
#[track_caller]
fn assert_syntax_error(xml: &str, offset: usize, message: &str) {
    let error = read(xml).expect_err(xml);
    assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(offset)), "{xml}: {error}");
    assert!(error.to_string().contains(message), "{xml}: {error}");
}

#[test]
fn attributes_are_checked() {
    for (xml, offset, message) in [
        (r#"<Error a="1" a="2"/>"#, 13, "the attribute a is given twice"),
        (r#"<r><e b='' a="1" c="" a='2'></e></r>"#, 22, "the attribute a is given twice"),
        ("<Error a=1></Error>", 9, "the value of the attribute a is not in quotes"),
        ("<Error a = 1/>", 11, "the value of the attribute a is not in quotes"),
        ("<Error a></Error>", 7, "the attribute a has no value"),
        ("<Error a b='1'/>", 7, "the attribute a has no value"),
        (r#"<a x="1"y="2"/>"#, 8, "attributes not separated by whitespace"),
        (r#"<r><a x="1"/y="2"></a></r>"#, 11, "a `/` in a tag not followed by `>`"),
        (r#"<a ="1"/>"#, 3, "an attribute without a name"),
        (r#"<a 1x="1"/>"#, 3, "1x is not an attribute name"),
        (r#"<a x="a<b"/>"#, 7, "`<` inside an attribute value"),
        (r#"<a x="a&b"/>"#, 7, "a `&` that starts no reference"),
        (r#"<a x="&bogus;"/>"#, 6, "undefined entity &bogus;"),
        (r#"<a x="&#0;"/>"#, 6, "&#0; is not a character XML allows"),
        (r#"<a x="1" <b/>"#, 9, "`<` inside a tag"),
    ] {
        assert_syntax_error(xml, offset, message);
    }
    for (xml, offset) in
        [(r#"<a x="1"#, 5), ("<a x=", 0), ("<a x", 0), (r#"<a x="1""#, 0), ("<a x='1'/", 0)]
    {
        let error = read(xml).unwrap_err();
        assert_eq!(
            (error.kind(), error.offset()),
            (ErrorKind::UnexpectedEof, Some(offset)),
            "{xml}"
        );
    }
}

#[test]
fn well_formed_attributes_decode() {
    let xml = "<r xmlns=\"http://www.qcloud.com/document/product/436/7751\" a = '1' \
               b=\"x &amp; &#x41; 'q' >\"\t\r\nc=''><k d=\"1\" e='2' />\
               <Key f=\"\" g='\"'>k</Key></r>";
    assert_eq!(keys(xml, &Limits::default()).unwrap(), ["k"]);
    // Many attributes: a hash set past the first few.
    let many: String = (0..1_000).map(|i| format!(" a{i}=\"{i}\"")).collect();
    assert!(read(&format!("<r{many}/>")).is_ok());
    assert_syntax_error(&format!("<r{many} a500='x'/>"), 2 + many.len() + 1, "a500 is given twice");
}

#[test]
fn the_declaration_comes_first_or_not_at_all() {
    for xml in [
        r#"<?xml version="1.0"?><r/>"#,
        "<?xml version='1.0' encoding='utf-8' ?>\n<r/>",
        "<?xml version=\"1.1\" encoding=\"UTF-8\" standalone=\"yes\"?><r/>",
        "<?xml version = '1.0'\n\tstandalone='no'?><r/>",
        // Leading whitespace is forgiven (COS sends keep-alive spaces), and a BOM.
        "   \r\n\t<?xml version=\"1.0\"?><r/>",
        "\u{feff}<?xml version=\"1.0\"?><r/>",
        "<!-- no declaration at all --><r/>",
        "<?xml-stylesheet href='a'?><r/>",
    ] {
        assert!(read(xml).is_ok(), "{xml}: {:?}", read(xml));
    }
    for (xml, offset, message) in [
        (r#"<?xml version="1.0"?><?xml version="1.0"?><r/>"#, 21, "a second XML declaration"),
        (r#"<?xml version="1.0"?> <?xml version="1.0"?><r/>"#, 22, "a second XML declaration"),
        (r#"<!-- c --><?xml version="1.0"?><r/>"#, 10, "it must come first"),
        (r#"<?pi?><?xml version="1.0"?><r/>"#, 6, "it must come first"),
        (r#"<r><?xml version="1.0"?></r>"#, 3, "an XML declaration inside the document"),
        (r#"<r/><?xml version="1.0"?>"#, 4, "an XML declaration inside the document"),
        (
            r#"<?xml version="1.0" encoding='utf,8'?><r/>"#,
            30,
            "encoding=utf,8: the value is not an encoding name",
        ),
        (r#"<?xml version="1.0" encoding='8bit'?><r/>"#, 30, "not an encoding name"),
        (r#"<?xml version="1.0" encoding=''?><r/>"#, 30, "not an encoding name"),
        (
            r#"<?xml encoding="UTF-8"?><r/>"#,
            6,
            "the XML declaration starts with encoding, not version",
        ),
        ("<?xml?><r/>", 0, "the XML declaration has no version"),
        ("<?xml ?><r/>", 0, "the XML declaration has no version"),
        (
            r#"<?xml version=1.0?><r/>"#,
            14,
            "the value of version in the XML declaration is not in quotes",
        ),
        (
            r#"<?xml version="1.0" encoding=UTF-8?><r/>"#,
            29,
            "the value of encoding in the XML declaration is not in quotes",
        ),
        (r#"<?xml version?><r/>"#, 6, "version in the XML declaration has no value"),
        (r#"<?xml version="2.0"?><r/>"#, 15, "version=2.0: the value is not an XML 1.x version"),
        (r#"<?xml version="1."?><r/>"#, 15, "not an XML 1.x version"),
        (r#"<?xml version="1.0"encoding="UTF-8"?><r/>"#, 19, "not separated by whitespace"),
        (
            r#"<?xml version="1.0" standalone="yes" encoding="UTF-8"?><r/>"#,
            37,
            "encoding out of place",
        ),
        (r#"<?xml version="1.0" version="1.0"?><r/>"#, 20, "version out of place"),
        (
            r#"<?xml version="1.0" standalone="maybe"?><r/>"#,
            32,
            "standalone=maybe: the value is not yes or no",
        ),
        (r#"<?xml version="1.0" bogus="x"?><r/>"#, 20, "bogus in the XML declaration"),
        (
            r#"<?xml version="1.0?><r/>"#,
            14,
            "the value of version in the XML declaration is not closed",
        ),
        (r#"<?XML version="1.0"?><r/>"#, 0, "the processing-instruction target xml is reserved"),
        (r#"<r><?Xml x?></r>"#, 3, "the processing-instruction target xml is reserved"),
        ("<r><? x?></r>", 3, "a processing instruction without a target name"),
        ("<r><??></r>", 3, "a processing instruction without a target name"),
    ] {
        assert_syntax_error(xml, offset, message);
    }
}

#[test]
fn namespace_prefixes_must_be_declared() {
    for xml in [
        // COS's root: a default namespace, no prefix.
        r#"<ListPartsResult xmlns="http://www.qcloud.com/document/product/436/7751"><Key>k</Key></ListPartsResult>"#,
        r#"<p:r xmlns:p="urn:p"><p:Key>k</p:Key></p:r>"#,
        // Declared after the attribute that uses it, on the same tag.
        r#"<r p:a="1" xmlns:p="urn:p"><Key>k</Key></r>"#,
        // On the element itself, and on an empty one.
        r#"<r><q:Key xmlns:q="urn:q">k</q:Key><q:e xmlns:q="urn:q" q:x="1"/></r>"#,
        // `xml:` is predeclared; declaring it to its own namespace is allowed.
        r#"<r xml:lang="en"><xml:Key>k</xml:Key></r>"#,
        r#"<r xmlns:xml="http://www.w3.org/XML/1998/namespace"><Key>k</Key></r>"#,
    ] {
        assert_eq!(keys(xml, &Limits::default()).unwrap(), ["k"], "{xml}");
    }
    for (xml, offset, message) in [
        ("<r><p:Code>x</p:Code></r>", 3, "the namespace prefix p of <p:Code> is not declared"),
        ("<p:r/>", 0, "the namespace prefix p of <p:r> is not declared"),
        (r#"<r a:x="1"/>"#, 3, "the namespace prefix a of the attribute a:x is not declared"),
        (r#"<r xmlns:b="u" b:x="1" a:y="1"/>"#, 23, "the attribute a:y is not declared"),
        // A declaration's scope is its element: not a sibling, not after an empty one.
        (r#"<r><a xmlns:p="u"/><p:b/></r>"#, 19, "prefix p of <p:b>"),
        (r#"<r><a xmlns:p="u"></a><p:b/></r>"#, 22, "prefix p of <p:b>"),
        (r#"<r><a xmlns:p="u"><p:b/></a><p:c/></r>"#, 28, "prefix p of <p:c>"),
        // Shadowed and ended: the outer declaration is still in scope after the inner.
        (r#"<r xmlns:p="u"><a xmlns:p="v"></a><p:b/><c><q:d/></c></r>"#, 43, "prefix q of <q:d>"),
        ("<r><:a/></r>", 3, "an element name has at most one `:`"),
        ("<r><a:/></r>", 3, "an element name has at most one `:`"),
        (r#"<r xmlns:a="u"><a:b:c/></r>"#, 15, "an element name has at most one `:`"),
        (r#"<r :x="1"/>"#, 3, "an attribute name has at most one `:`"),
        ("<xmlns:r/>", 0, "the prefix xmlns is not an element's"),
        (r#"<r xmlns:p=""/>"#, 3, "xmlns:p: a namespace prefix cannot be bound to an empty URI"),
        (r#"<r xmlns:xmlns="u"/>"#, 3, "xmlns:xmlns: the prefix xmlns cannot be declared"),
        (r#"<r xmlns:xml="u"/>"#, 3, "the prefix xml is bound to its own namespace only"),
        (
            r#"<r xmlns:p="http://www.w3.org/2000/xmlns/"/>"#,
            3,
            "the namespaces of xml and xmlns take no other prefix",
        ),
    ] {
        assert_syntax_error(xml, offset, message);
    }
    // Many declarations: looked up in a map past the first few, and scoped all the same.
    let many: String = (0..100).map(|i| format!(" xmlns:p{i}=\"u\"")).collect();
    assert!(read(&format!("<r{many}><p7:a><p99:b/></p7:a></r>")).is_ok());
    let xml = format!("<r><a{many}/><p7:a/></r>");
    assert_syntax_error(&xml, xml.find("<p7").unwrap(), "prefix p7 of <p7:a>");
    let xml = format!("<r><a{many}></a><p7:a/></r>");
    assert_syntax_error(&xml, xml.find("<p7").unwrap(), "prefix p7 of <p7:a>");
}

#[test]
fn skipping_checks_namespaces_too() {
    let error = keys("<r><u><p:a/></u><Key>k</Key></r>", &Limits::default()).unwrap_err();
    assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(6)));
}

/// The name and text of each child of the root, control characters kept.
fn kept_texts(xml: &str) -> Result<Vec<(String, Cow<'_, str>)>> {
    let mut reader =
        XmlReader::with_control_chars(xml.as_bytes(), &Limits::default(), ControlChars::Keep)?;
    let root = reader.root()?;
    let mut out = Vec::new();
    while let Some(child) = reader.next_child(&root)? {
        out.push((child.name().to_owned(), reader.text(&child)?));
    }
    reader.finish()?;
    Ok(out)
}

#[test]
fn kept_control_characters_are_read_in_text_raw_or_as_references() {
    let texts =
        kept_texts("<r><k>a\u{7}b</k><c><![CDATA[\u{1}]]></c><d>&#7;&#x1F;\u{1B}</d></r>").unwrap();
    assert_eq!(texts[0].1, "a\u{7}b");
    assert!(matches!(texts[0].1, Cow::Borrowed(_)));
    assert_eq!(texts[1].1, "\u{1}");
    assert_eq!(texts[2].1, "\u{7}\u{1F}\u{1B}");
    // Skipped subtrees and text between children may hold them too.
    let xml = "<r><u><v>\u{2}&#2;</v></u>\u{3}&#3;<k>x</k></r>";
    let mut reader =
        XmlReader::with_control_chars(xml.as_bytes(), &Limits::default(), ControlChars::Keep)
            .unwrap();
    let root = reader.root().unwrap();
    assert_eq!(reader.next_child(&root).unwrap().unwrap().name(), "u");
    let k = reader.next_child(&root).unwrap().unwrap();
    assert_eq!(reader.text(&k).unwrap(), "x");
    assert_eq!(reader.next_child(&root).unwrap(), None);
    reader.finish().unwrap();
    // Strict, the same bodies fail, and so do the references.
    assert!(leaf_texts("<r><k>a\u{7}b</k></r>").is_err());
    let error = leaf_texts("<r><k>&#7;</k></r>").unwrap_err();
    assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(6)));
}

#[test]
fn kept_control_characters_are_still_refused_in_markup_and_outside_the_root() {
    for (xml, offset) in [
        ("<r><k\u{7}>x</k\u{7}></r>", 5),
        ("<r a=\"\u{7}\"><k>x</k></r>", 6),
        ("<r><!-- \u{7} --><k>x</k></r>", 8),
        ("<r><?pi \u{7}?><k>x</k></r>", 8),
        ("<?xml version=\"1.0\"\u{7}?><r/>", 19),
        ("\u{7}<r/>", 0),
        ("<r/>\u{7}", 4),
        ("<r>\u{0}</r>", 3),
        ("<r>\u{FFFE}</r>", 3),
        ("<r a=\"&#7;\"/>", 6),
        ("<r>&#0;</r>", 3),
    ] {
        let error = kept_texts(xml).unwrap_err();
        assert_eq!(
            (error.kind(), error.offset()),
            (ErrorKind::Syntax, Some(offset)),
            "{xml:?}: {error}"
        );
    }
}

#[test]
fn a_byte_order_mark_shifts_the_offsets_of_kept_control_characters_in_markup() {
    let error = kept_texts("\u{FEFF}<r><k\u{7}/></r>").unwrap_err();
    assert_eq!(error.offset(), Some(3 + 5), "{error}");
}

#[test]
fn kept_control_characters_round_trip_through_the_writer() {
    let text: String = (1u8..0x20).map(char::from).collect();
    let mut out = b"<r>".to_vec();
    write_text_element_with(&mut out, "k", &text, ControlChars::Keep).unwrap();
    out.extend_from_slice(b"</r>");
    let xml = String::from_utf8(out).unwrap();
    assert_eq!(kept_texts(&xml).unwrap()[0].1, text);
}

#[test]
fn whitespace_before_the_declaration_is_forgiven() {
    let xml = "  \n\t  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r><k>x</k></r>";
    assert_eq!(leaf_texts(xml).unwrap()[0].1, "x");
    assert_eq!(kept_texts(xml).unwrap()[0].1, "x");
}
