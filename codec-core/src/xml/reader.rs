//! [`XmlReader`]: the scoped pull decoder, its [`Element`]s, reference resolution and
//! the character checks every document goes through.

use std::borrow::Cow;

use super::ControlChars;
use super::lexer::{Lexer, Token};
use crate::{ETag, Error, ErrorKind, Limits, Result};

const UTF8_BOM: &str = "\u{feff}";

/// An element that has been opened: its local name (namespace prefix removed) and
/// where it stands in the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Element<'a> {
    name: &'a str,
    empty: bool,
    start: usize,
    content: usize,
    /// How many elements are open while this one is (the root is level 1), so the
    /// reader can tell whether it stands right inside it. [`EMPTY_LEVEL`] for an empty
    /// element, which is never open.
    level: u32,
}

/// The level of an empty element: above any depth the reader reaches, so the one
/// compare at the top of [`XmlReader::next_child`] sends an empty parent to the cold
/// path, which answers `None`.
const EMPTY_LEVEL: u32 = u32::MAX;

impl<'a> Element<'a> {
    /// The local name: `Part` for `<Part>` and for `<cos:Part>`.
    #[inline]
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// Whether the element was written self-closing (`<EncodingType/>`).
    pub fn is_empty(&self) -> bool {
        self.empty
    }

    /// Byte offset of the element's `<`.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the start tag's `>`, where its content begins.
    pub fn content_offset(&self) -> usize {
        self.content
    }
}

/// A piece of an element's text content, as the events deliver it.
enum Piece<'a> {
    Text(Cow<'a, str>),
    Char(char),
}

/// Text accumulated from pieces: borrowed while it is one borrowed piece.
#[derive(Default)]
enum Accumulated<'a> {
    #[default]
    Empty,
    Borrowed(&'a str),
    Owned(String),
}

impl<'a> Accumulated<'a> {
    fn push(&mut self, piece: Piece<'a>) {
        match (std::mem::take(self), piece) {
            (Accumulated::Empty, Piece::Text(Cow::Borrowed(text))) => {
                *self = Accumulated::Borrowed(text);
            }
            (Accumulated::Empty, Piece::Text(Cow::Owned(text))) => {
                *self = Accumulated::Owned(text);
            }
            (Accumulated::Empty, Piece::Char(c)) => *self = Accumulated::Owned(c.to_string()),
            (Accumulated::Borrowed(head), piece) => {
                let mut text = String::with_capacity(head.len() + 8);
                text.push_str(head);
                push_piece(&mut text, piece);
                *self = Accumulated::Owned(text);
            }
            (Accumulated::Owned(mut text), piece) => {
                push_piece(&mut text, piece);
                *self = Accumulated::Owned(text);
            }
        }
    }

    fn into_cow(self) -> Cow<'a, str> {
        match self {
            Accumulated::Empty => Cow::Borrowed(""),
            Accumulated::Borrowed(text) => Cow::Borrowed(text),
            Accumulated::Owned(text) => Cow::Owned(text),
        }
    }
}

fn push_piece(text: &mut String, piece: Piece<'_>) {
    match piece {
        Piece::Text(piece) => text.push_str(&piece),
        Piece::Char(c) => text.push(c),
    }
}

/// How far an ETag has matched the borrowed shape `"`-entity, text, `"`-entity.
enum EtagShape<'a> {
    Start,
    Opened,
    Value(&'a str),
    Closed(&'a str),
    Other(Accumulated<'a>),
}

impl<'a> EtagShape<'a> {
    fn push(&mut self, piece: Piece<'a>) {
        *self = match (std::mem::replace(self, EtagShape::Start), piece) {
            (EtagShape::Start, Piece::Char('"')) => EtagShape::Opened,
            (EtagShape::Opened, Piece::Text(Cow::Borrowed(text))) => EtagShape::Value(text),
            (EtagShape::Value(text), Piece::Char('"')) => EtagShape::Closed(text),
            (EtagShape::Other(mut text), piece) => {
                text.push(piece);
                EtagShape::Other(text)
            }
            (shape, piece) => {
                let mut text = shape.into_accumulated();
                text.push(piece);
                EtagShape::Other(text)
            }
        };
    }

    fn into_accumulated(self) -> Accumulated<'a> {
        let mut text = Accumulated::Empty;
        match self {
            EtagShape::Start => {}
            EtagShape::Opened => text.push(Piece::Char('"')),
            EtagShape::Value(value) => {
                text.push(Piece::Char('"'));
                text.push(Piece::Text(Cow::Borrowed(value)));
            }
            EtagShape::Closed(value) => {
                text.push(Piece::Char('"'));
                text.push(Piece::Text(Cow::Borrowed(value)));
                text.push(Piece::Char('"'));
            }
            EtagShape::Other(other) => text = other,
        }
        text
    }

    fn into_etag(self) -> ETag<'a> {
        match self {
            EtagShape::Closed(value) => ETag::new(value, true),
            shape => ETag::from_wire(shape.into_accumulated().into_cow()),
        }
    }
}

/// A pull decoder over one XML document held in memory.
///
/// Reading is scoped: [`next_child`](Self::next_child) first skips whatever the caller
/// left unread of the previous child (not read at all, or only some of its own
/// children), so a decoder needs no catch-all arm for elements it does not know:
///
/// ```
/// use codec_core::Limits;
/// use codec_core::xml::XmlReader;
///
/// let body = b"<R><Unknown><a><b>x</b></a></Unknown><Key>k</Key><Other/></R>";
/// let mut xml = XmlReader::new(body, &Limits::default())?;
/// let root = xml.root()?;
/// let mut key = None;
/// while let Some(child) = xml.next_child(&root)? {
///     match child.name() {
///         "Key" => key = Some(xml.text(&child)?),
///         _ => {}
///     }
/// }
/// xml.finish()?;
/// assert_eq!(key.as_deref(), Some("k"));
/// # Ok::<(), codec_core::Error>(())
/// ```
///
/// Skipping is a loop, not recursion, and counts against [`Limits::max_depth`] as
/// reading does; [`skip`](Self::skip) does the same explicitly.
pub struct XmlReader<'a> {
    lexer: Lexer<'a>,
    /// The document without its byte-order mark; offsets are shifted back by `base`.
    base: usize,
    /// How many elements are open.
    depth: u32,
    /// [`Limits::max_depth`], below [`EMPTY_LEVEL`].
    max_depth: u32,
    /// Whether end-of-line normalization can change any text at all.
    has_carriage_return: bool,
    /// What text may hold of the C0 controls XML 1.0 forbids (character references to
    /// them included).
    controls: ControlChars,
    /// The root element once read: what [`finish`](Self::finish) names if the body
    /// ends inside it.
    root: Option<Element<'a>>,
}

impl<'a> XmlReader<'a> {
    /// Checks `input` against the size limit, validates it as UTF-8 and skips a
    /// byte-order mark. Control characters are refused as XML 1.0 wants
    /// ([`ControlChars::Refuse`]).
    pub fn new(input: &'a [u8], limits: &Limits) -> Result<Self> {
        Self::with_control_chars(input, limits, ControlChars::Refuse)
    }

    /// [`new`](Self::new), saying what text may hold of the C0 control characters XML
    /// 1.0 forbids (U+0001 to U+001F but tab, line feed and carriage return):
    /// [`ControlChars::Keep`] accepts them in text and CDATA, raw or as character
    /// references, and keeps them in the text read; markup (names, attributes,
    /// comments, processing instructions) may still not hold them, nor may anything
    /// hold U+0000, U+FFFE or U+FFFF.
    ///
    /// ```
    /// use codec_core::Limits;
    /// use codec_core::xml::{ControlChars, XmlReader};
    ///
    /// let body = "<R><Key>hello_\u{7}.txt</Key></R>".as_bytes();
    /// assert!(XmlReader::new(body, &Limits::default()).is_err());
    /// let mut xml = XmlReader::with_control_chars(body, &Limits::default(), ControlChars::Keep)?;
    /// let root = xml.root()?;
    /// let key = xml.next_child(&root)?.expect("the key");
    /// assert_eq!(xml.text(&key)?, "hello_\u{7}.txt");
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn with_control_chars(
        input: &'a [u8],
        limits: &Limits,
        controls: ControlChars,
    ) -> Result<Self> {
        let text = limits.checked_text(input, "the body")?;
        let Checked { carriage_return, controls_in_text } = check_xml_chars(text, controls)?;
        let (text, base) = match text.strip_prefix(UTF8_BOM) {
            Some(rest) => (rest, UTF8_BOM.len()),
            None => (text, 0),
        };
        crate::sniff::expect_xml(text.as_bytes()).map_err(|e| e.shifted(base))?;
        if controls_in_text {
            check_markup_controls(text).map_err(|e| e.shifted(base))?;
        }
        Ok(XmlReader {
            lexer: Lexer::new(text),
            base,
            depth: 0,
            max_depth: u32::try_from(limits.max_depth()).unwrap_or(u32::MAX).min(EMPTY_LEVEL - 1),
            has_carriage_return: carriage_return,
            controls,
            root: None,
        })
    }

    /// What text may hold of the control characters XML 1.0 forbids.
    pub fn control_chars(&self) -> ControlChars {
        self.controls
    }

    /// The character a reference in text stands for, at `start`.
    #[inline(always)]
    fn resolve(&self, name: &str, start: usize) -> Result<char> {
        resolve_text_reference(name, self.controls).map_err(|e| e.with_offset(self.base + start))
    }

    /// The current byte offset into the original input.
    pub fn offset(&self) -> usize {
        self.base + self.lexer.position()
    }

    /// The next token; errors carry offsets into the original input.
    #[inline(always)]
    fn next_token(&mut self) -> Result<Token<'a>> {
        self.lexer.next_token().map_err(|e| e.shifted(self.base))
    }

    /// The element whose start tag begins at `start` (an offset in the text without
    /// its byte-order mark).
    #[inline(always)]
    fn element(&self, start: usize, name: &'a str, empty: bool) -> Element<'a> {
        // Called after `enter`, so an element that is open counts itself.
        let level = if empty { EMPTY_LEVEL } else { self.depth };
        Element { name, empty, start: self.base + start, content: self.offset(), level }
    }

    #[inline]
    fn enter(&mut self, at: usize) -> Result<()> {
        if self.depth >= self.max_depth {
            return Err(Error::limit(format!(
                "elements nested deeper than {} levels",
                self.max_depth
            ))
            .with_offset(at));
        }
        self.depth += 1;
        Ok(())
    }

    /// Reads up to the root element and returns it; refuses a `<!DOCTYPE>`, text or
    /// an empty document.
    pub fn root(&mut self) -> Result<Element<'a>> {
        // What came before, whitespace aside: the declaration must come first.
        let mut before: Option<Prolog> = None;
        loop {
            let start = self.lexer.position();
            match self.next_token()? {
                Token::Start { name, empty } => {
                    if !empty {
                        self.enter(self.base + start)?;
                    }
                    let root = self.element(start, name, empty);
                    self.root = Some(root);
                    return Ok(root);
                }
                // XML wants the declaration at the very start; a server that sends
                // whitespace before it (COS's keep-alive spaces) is forgiven, as before
                // the root nothing is lost. Nothing else may precede it.
                Token::Declaration => match before {
                    None => before = Some(Prolog::Declaration),
                    Some(Prolog::Declaration) => {
                        return Err(Error::syntax("a second XML declaration")
                            .with_offset(self.base + start));
                    }
                    Some(Prolog::Other) => {
                        return Err(Error::syntax(
                            "an XML declaration after a comment or processing instruction: \
                             it must come first",
                        )
                        .with_offset(self.base + start));
                    }
                },
                Token::Ignorable => before = Some(Prolog::Other),
                Token::Text(text) if is_xml_whitespace(text) => {}
                Token::Doctype => return Err(doctype(self.base + start)),
                Token::Eof => return Err(Error::eof("the body holds no XML element")),
                Token::Text(_) | Token::Reference(_) | Token::CData(_) | Token::End => {
                    return Err(Error::syntax("text before the root element")
                        .with_offset(self.base + start));
                }
            }
        }
    }

    /// The next child element of `parent`, or `None` at `parent`'s end tag.
    ///
    /// Whatever is left of the previous child, if the caller did not read it (with
    /// [`text`](Self::text), [`etag`](Self::etag) or [`skip`](Self::skip)) or read only
    /// some of its children, is skipped first, with the same checks and depth limit as
    /// [`skip`](Self::skip); if the body ends inside it, the error names `parent`.
    /// Text and CDATA between child elements are ignored (references in them are still
    /// checked), as are comments and processing instructions. Once `parent` has ended
    /// (or if it is empty), the answer stays `None`.
    #[inline(always)]
    pub fn next_child(&mut self, parent: &Element<'a>) -> Result<Option<Element<'a>>> {
        // The everyday case, a caller that read every earlier child to its end: the
        // reader stands right inside `parent`, one compare.
        if self.depth != parent.level && !self.close_children(parent)? {
            return Ok(None);
        }
        loop {
            let start = self.lexer.position();
            match self.next_token()? {
                Token::Start { name, empty } => {
                    if !empty {
                        self.enter(self.base + start)?;
                    }
                    return Ok(Some(self.element(start, name, empty)));
                }
                Token::End => {
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(None);
                }
                Token::Text(_) | Token::CData(_) | Token::Ignorable => {}
                Token::Reference(name) => {
                    self.resolve(name, start)?;
                }
                Token::Doctype => return Err(doctype(self.base + start)),
                Token::Declaration => return Err(misplaced_declaration(self.base + start)),
                Token::Eof => return Err(unclosed(parent)),
            }
        }
    }

    /// The next piece of `element`'s text, or `None` at its end tag.
    #[inline(always)]
    fn next_piece(&mut self, element: &Element<'a>) -> Result<Option<Piece<'a>>> {
        loop {
            let start = self.lexer.position();
            match self.next_token()? {
                Token::Text(text) | Token::CData(text) => {
                    return Ok(Some(Piece::Text(self.content(text))));
                }
                Token::Reference(name) => {
                    let c = self.resolve(name, start)?;
                    return Ok(Some(Piece::Char(c)));
                }
                Token::End => {
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(None);
                }
                Token::Ignorable => {}
                Token::Start { name, .. } => {
                    let child = self.element(start, name, false);
                    return Err(Error::new(
                        ErrorKind::UnexpectedElement,
                        format!("expected text, found the element <{}>", child.name),
                    )
                    .with_offset(child.start));
                }
                Token::Doctype => return Err(doctype(self.base + start)),
                Token::Declaration => return Err(misplaced_declaration(self.base + start)),
                Token::Eof => return Err(unclosed(element)),
            }
        }
    }

    /// Text or CDATA content with XML 1.0 end-of-line handling (`\r\n` and a lone `\r`
    /// become `\n`); a document without `\r` needs no look at all.
    #[inline(always)]
    fn content(&self, raw: &'a str) -> Cow<'a, str> {
        if !self.has_carriage_return {
            return Cow::Borrowed(raw);
        }
        normalize_eols(raw)
    }

    /// The text content of a leaf element, up to and including its end tag.
    #[inline(always)]
    pub fn text(&mut self, element: &Element<'a>) -> Result<Cow<'a, str>> {
        if element.empty {
            return Ok(Cow::Borrowed(""));
        }
        let Some(first) = self.next_piece(element)? else {
            return Ok(Cow::Borrowed(""));
        };
        let Some(second) = self.next_piece(element)? else {
            // The everyday case: one piece of text, borrowed as it is.
            return Ok(match first {
                Piece::Text(text) => text,
                Piece::Char(c) => Cow::Owned(c.to_string()),
            });
        };
        let mut text = Accumulated::Empty;
        text.push(first);
        text.push(second);
        while let Some(piece) = self.next_piece(element)? {
            text.push(piece);
        }
        Ok(text.into_cow())
    }

    /// The text of a leaf element read as an [`ETag`]: the value borrows from the input
    /// whether the quotes are literal (`"abc"`) or entities (`&quot;abc&quot;`).
    #[inline(always)]
    pub fn etag(&mut self, element: &Element<'a>) -> Result<ETag<'a>> {
        let mut shape = EtagShape::Start;
        if !element.empty {
            while let Some(piece) = self.next_piece(element)? {
                shape.push(piece);
            }
        }
        Ok(shape.into_etag())
    }

    /// Skips `element` and everything inside it (what is left of it, if the caller read
    /// some of its children), without recursion; fails past the depth limit. Nothing to
    /// do for an empty element or one already read to its end.
    ///
    /// [`next_child`](Self::next_child) skips an unread child itself: calling `skip` is
    /// never needed, and never wrong.
    pub fn skip(&mut self, element: &Element<'a>) -> Result<()> {
        if self.depth < element.level {
            return Ok(());
        }
        self.skip_to(element.level - 1, element)
    }

    /// Brings the reader back right inside `parent`, skipping what is left of the
    /// children the caller did not read to their end; `false` when `parent` has no
    /// more children to give: it is empty or already ended.
    #[cold]
    #[inline(never)]
    fn close_children(&mut self, parent: &Element<'a>) -> Result<bool> {
        if self.depth < parent.level {
            return Ok(false);
        }
        self.skip_to(parent.level, parent)?;
        Ok(true)
    }

    /// Reads on, without recursion, until only `level` elements are open; checks
    /// nesting, references and the rest as reading does. `inside` is the element
    /// named if the body ends first.
    fn skip_to(&mut self, level: u32, inside: &Element<'a>) -> Result<()> {
        while self.depth > level {
            let start = self.lexer.position();
            match self.next_token()? {
                Token::Start { empty: false, .. } => self.enter(self.base + start)?,
                Token::End => self.depth -= 1,
                Token::Reference(name) => {
                    self.resolve(name, start)?;
                }
                Token::Doctype => return Err(doctype(self.base + start)),
                Token::Declaration => return Err(misplaced_declaration(self.base + start)),
                Token::Eof => return Err(unclosed(inside)),
                Token::Start { empty: true, .. }
                | Token::Text(_)
                | Token::CData(_)
                | Token::Ignorable => {}
            }
        }
        Ok(())
    }

    /// Checks that nothing but whitespace, comments and processing instructions
    /// follows the root element; what is left of the root unread is skipped first, as
    /// [`next_child`](Self::next_child) skips an unread child.
    pub fn finish(mut self) -> Result<()> {
        if let Some(root) = self.root.filter(|_| self.depth > 0) {
            self.skip_to(0, &root)?;
        }
        loop {
            let start = self.lexer.position();
            match self.next_token()? {
                Token::Eof => return Ok(()),
                Token::Ignorable => {}
                Token::Text(text) if is_xml_whitespace(text) => {}
                Token::Start { .. } => {
                    return Err(
                        Error::syntax("a second root element").with_offset(self.base + start)
                    );
                }
                Token::Doctype => return Err(doctype(self.base + start)),
                Token::Declaration => return Err(misplaced_declaration(self.base + start)),
                Token::Text(_) | Token::Reference(_) | Token::CData(_) | Token::End => {
                    return Err(Error::syntax("content after the root element")
                        .with_offset(self.base + start));
                }
            }
        }
    }
}

/// What precedes the root element, whitespace aside.
#[derive(Clone, Copy)]
enum Prolog {
    /// The XML declaration.
    Declaration,
    /// A comment or a processing instruction.
    Other,
}

/// Refuses the characters XML 1.0 does not allow anywhere in a document: the C0
/// controls but tab, line feed and carriage return (unless `controls` keeps them, when
/// only U+0000 is refused among them), and U+FFFE and U+FFFF. (Surrogates cannot occur
/// in valid UTF-8.) One pass over the bytes, chunked so the compiler can vectorize it;
/// only a chunk that may hold an offender is searched byte by byte. The same pass notes
/// whether any `\r` occurs, and whether a control character was kept.
fn check_xml_chars(text: &str, controls: ControlChars) -> Result<Checked> {
    const CHUNK: usize = 32;
    let bytes = text.as_bytes();
    let chunks = bytes.chunks_exact(CHUNK);
    let tail_start = bytes.len() - chunks.remainder().len();
    let mut checked = Checked { carriage_return: false, controls_in_text: false };
    // A fixed trip count and byte-wide accumulators let the compiler turn these tests
    // into vector compares.
    for (index, chunk) in chunks.enumerate() {
        let mut suspect = 0u8;
        let mut cr = 0u8;
        for &b in chunk {
            let control = (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r');
            suspect |= u8::from(control) | u8::from(b == 0xEF);
            cr |= u8::from(b == b'\r');
        }
        checked.carriage_return |= cr != 0;
        if suspect != 0 {
            checked.controls_in_text |= find_forbidden(text, index * CHUNK, CHUNK, controls)?;
        }
    }
    checked.controls_in_text |=
        find_forbidden(text, tail_start, bytes.len() - tail_start, controls)?;
    checked.carriage_return |= bytes[tail_start..].contains(&b'\r');
    Ok(checked)
}

/// What [`check_xml_chars`] saw: whether end-of-line normalization has work to do,
/// and whether a control character was kept (so that markup must be checked for one).
struct Checked {
    carriage_return: bool,
    controls_in_text: bool,
}

/// Searches `len` bytes from `start` for a character XML forbids, byte by byte; with
/// [`ControlChars::Keep`], U+0001 to U+001F pass and the answer says whether one came.
fn find_forbidden(text: &str, start: usize, len: usize, controls: ControlChars) -> Result<bool> {
    let bytes = text.as_bytes();
    let mut kept = false;
    for (i, &b) in bytes.iter().enumerate().skip(start).take(len) {
        let bad = match b {
            b'\t' | b'\n' | b'\r' => false,
            0x01..0x20 if controls == ControlChars::Keep => {
                kept = true;
                false
            }
            0..0x20 => true,
            // U+FFFE and U+FFFF; two bytes of look-ahead past the chunk are fine.
            0xEF => {
                bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF))
            }
            _ => false,
        };
        if bad {
            let c = text[i..].chars().next().unwrap_or_default();
            return Err(Error::syntax(format!(
                "U+{:04X} is not a character XML allows",
                u32::from(c)
            ))
            .with_offset(i));
        }
    }
    Ok(kept)
}

/// Whether `b` is one of the C0 controls XML 1.0 forbids.
fn is_forbidden_control(b: u8) -> bool {
    b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')
}

/// With [`ControlChars::Keep`], in a document that holds a control character: refuses
/// one anywhere but in text and CDATA content (in a name, an attribute, a comment, a
/// processing instruction, the declaration, a reference). A pass of its own over the
/// tokens, paid only by the rare document that holds a control character; it stops
/// quietly at the first error of any other kind, which the reading pass reports where
/// it meets it.
#[cold]
#[inline(never)]
fn check_markup_controls(text: &str) -> Result<()> {
    let mut lexer = Lexer::new(text);
    loop {
        let start = lexer.position();
        let token = match lexer.next_token() {
            Ok(Token::Eof | Token::Doctype) | Err(_) => return Ok(()),
            Ok(token) => token,
        };
        if matches!(token, Token::Text(_) | Token::CData(_)) {
            continue;
        }
        let markup = &text.as_bytes()[start..lexer.position()];
        if let Some(at) = markup.iter().position(|&b| is_forbidden_control(b)) {
            return Err(Error::syntax(format!(
                "U+{:04X} in markup: control characters are kept in text only",
                markup[at]
            ))
            .with_offset(start + at));
        }
    }
}

/// XML 1.0 end-of-line handling: `\r\n` and a lone `\r` become `\n`.
fn normalize_eols(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

fn is_xml_whitespace(text: &str) -> bool {
    text.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

#[cold]
fn misplaced_declaration(offset: usize) -> Error {
    Error::syntax("an XML declaration inside the document").with_offset(offset)
}

#[cold]
fn doctype(offset: usize) -> Error {
    Error::syntax("<!DOCTYPE> is not allowed: no DTD is processed").with_offset(offset)
}

#[cold]
fn unclosed(element: &Element<'_>) -> Error {
    Error::eof(format!("the body ends inside <{}>", element.name)).with_offset(element.start)
}

/// The character a predefined entity or a character reference stands for, given the
/// part between `&` and `;`.
pub(super) fn resolve_reference(name: &str) -> Result<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix('x') {
            Some(hex) => u32::from_str_radix(hex, 16),
            None => number.parse::<u32>(),
        };
        // `from_str_radix` and `parse` accept a leading `+`, which XML does not.
        let digits_only = !number.contains('+');
        return match code.ok().filter(|_| digits_only).and_then(char::from_u32) {
            Some(c) if is_xml_char(c) => Ok(c),
            _ => Err(Error::syntax(format!(
                "&{}; is not a character XML allows",
                crate::number::clip(name)
            ))),
        };
    }
    match name {
        "quot" => Ok('"'),
        "amp" => Ok('&'),
        "lt" => Ok('<'),
        "gt" => Ok('>'),
        "apos" => Ok('\''),
        _ => Err(Error::syntax(format!(
            "undefined entity &{};: only the five predefined entities are understood",
            crate::number::clip(name)
        ))),
    }
}

/// [`resolve_reference`] for a reference in text: with [`ControlChars::Keep`], a
/// character reference may also stand for U+0001 to U+001F.
fn resolve_text_reference(name: &str, controls: ControlChars) -> Result<char> {
    match resolve_reference(name) {
        Ok(c) => Ok(c),
        Err(error) => match controls {
            ControlChars::Keep => control_reference(name).ok_or(error),
            ControlChars::Refuse => Err(error),
        },
    }
}

/// The control character U+0001 to U+001F a character reference (`&#7;`, `&#x1F;`)
/// stands for, if it is one.
#[cold]
fn control_reference(name: &str) -> Option<char> {
    let number = name.strip_prefix('#')?;
    let (digits, radix) = match number.strip_prefix('x') {
        Some(hex) => (hex, 16),
        None => (number, 10),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let code = u32::from_str_radix(digits, radix).ok()?;
    (1..0x20).contains(&code).then(|| char::from_u32(code)).flatten()
}

/// Whether XML 1.0 allows `c` in a document.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xml::tests::leaf_texts;

    #[test]
    fn plain_text_borrows_and_entities_copy() {
        let texts =
            leaf_texts("<r><a>plain</a><b>x &amp; y</b><c/><d><![CDATA[<raw>]]></d></r>").unwrap();
        assert!(matches!(texts[0].1, Cow::Borrowed("plain")));
        assert_eq!(texts[1].1, "x & y");
        assert_eq!(texts[2].1, "");
        assert!(matches!(texts[3].1, Cow::Borrowed("<raw>")));
    }

    #[test]
    fn line_ends_are_normalized_in_text_and_cdata_but_not_in_references() {
        let texts =
            leaf_texts("<r><a>x\r\ny\rz</a><b><![CDATA[1\r\n2]]></b><c>&#13;\n</c></r>").unwrap();
        assert_eq!(texts[0].1, "x\ny\nz");
        assert_eq!(texts[1].1, "1\n2");
        assert_eq!(texts[2].1, "\r\n");
        assert!(matches!(leaf_texts("<r><a>x\ny</a></r>").unwrap()[0].1, Cow::Borrowed(_)));
    }

    #[test]
    fn namespace_prefixes_are_dropped() {
        let texts = leaf_texts(r#"<p:r xmlns:p="urn:x"><p:a>1</p:a></p:r>"#).unwrap();
        assert_eq!(texts[0].0, "a");
    }

    #[test]
    fn quoted_etag_borrows_its_value() {
        for xml in [
            "<r><e>&quot;abc&quot;</e></r>",
            "<r><e>\"abc\"</e></r>",
            "<r><e>&#34;abc&#x22;</e></r>",
        ] {
            let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default()).unwrap();
            let root = reader.root().unwrap();
            let child = reader.next_child(&root).unwrap().unwrap();
            let etag = reader.etag(&child).unwrap();
            assert_eq!(etag, ETag::new("abc", true), "{xml}");
            assert!(etag.is_borrowed(), "{xml}");
        }
    }

    #[test]
    fn odd_etags_fall_back_to_a_copy() {
        for (xml, value, quoted) in [
            ("<r><e>&quot;a&amp;b&quot;</e></r>", "a&b", true),
            ("<r><e>&quot;abc</e></r>", "\"abc", false),
            ("<r><e>&quot;&quot;</e></r>", "", true),
            ("<r><e>abc&quot;</e></r>", "abc\"", false),
            ("<r><e/></r>", "", false),
        ] {
            let mut reader = XmlReader::new(xml.as_bytes(), &Limits::default()).unwrap();
            let root = reader.root().unwrap();
            let child = reader.next_child(&root).unwrap().unwrap();
            assert_eq!(reader.etag(&child).unwrap(), ETag::new(value, quoted), "{xml}");
        }
    }

    #[test]
    fn control_characters_cannot_be_decoded_either() {
        for (xml, offset) in [
            ("<r><k>a\u{1}b</k></r>", 7),
            ("<r>\u{0}</r>", 3),
            (&format!("<r><k>{}\u{FFFF}</k></r>", "，".repeat(40)), 6 + 120),
            ("<r><k>\u{FFFE}</k></r>", 6),
        ] {
            let error = XmlReader::new(xml.as_bytes(), &Limits::default()).err().unwrap();
            assert_eq!(
                (error.kind(), error.offset()),
                (ErrorKind::Syntax, Some(offset)),
                "{xml:?}"
            );
        }
        assert!(XmlReader::new("<r>\t\r\n，\u{FFFD}</r>".as_bytes(), &Limits::default()).is_ok());
    }
}
