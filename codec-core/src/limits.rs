//! The caller's bounds on what a decoder accepts.

/// Bounds on input size, nesting depth and item count.
///
/// The defaults accept anything a vendor can legitimately send (a page of 10,000 parts
/// with long keys is a few megabytes) and cap nesting at 128 levels, as serde_json
/// does. Lift the size and item limits for captured bodies with
/// [`Limits::unbounded`]; the depth cap stays, since it is what keeps a hostile body
/// from exhausting the stack or the decoder's time.
///
/// ```
/// use codec_core::Limits;
///
/// let strict = Limits::default().with_max_input_bytes(1 << 20).with_max_items(1_000);
/// assert_eq!(strict.max_depth(), 128);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    max_input_bytes: usize,
    max_depth: usize,
    max_items: usize,
}

impl Limits {
    /// The default size cap: 256 MiB.
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 << 20;
    /// The default nesting cap: 128 levels, as serde_json.
    pub const DEFAULT_MAX_DEPTH: usize = 128;
    /// The default cap on items in one list (parts, uploads): 100,000, ten times the
    /// largest page any vendor documents.
    pub const DEFAULT_MAX_ITEMS: usize = 100_000;

    /// No size or item cap; the default depth cap. For trusted or captured bodies.
    pub const fn unbounded() -> Self {
        Limits {
            max_input_bytes: usize::MAX,
            max_depth: Self::DEFAULT_MAX_DEPTH,
            max_items: usize::MAX,
        }
    }

    /// Sets the largest input accepted, in bytes.
    #[must_use]
    pub fn with_max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }

    /// Sets the deepest nesting accepted (the root element or object is level 1).
    #[must_use]
    pub fn with_max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// Sets the most items accepted in one list.
    #[must_use]
    pub fn with_max_items(mut self, items: usize) -> Self {
        self.max_items = items;
        self
    }

    /// The largest input accepted, in bytes.
    pub fn max_input_bytes(&self) -> usize {
        self.max_input_bytes
    }

    /// The deepest nesting accepted.
    pub fn max_depth(&self) -> usize {
        self.max_depth
    }

    /// The most items accepted in one list.
    pub fn max_items(&self) -> usize {
        self.max_items
    }

    /// Fails when `input_len` exceeds the size cap.
    pub fn check_input(&self, input_len: usize) -> crate::Result<()> {
        if input_len > self.max_input_bytes {
            return Err(crate::Error::limit(format!(
                "input of {input_len} bytes exceeds the limit of {} bytes",
                self.max_input_bytes
            )));
        }
        Ok(())
    }

    /// Checks `input` against the size limit and as UTF-8, and returns it as text;
    /// `what` names it in the error (`"the body"`, `"the request target"`).
    pub fn checked_text<'a>(&self, input: &'a [u8], what: &str) -> crate::Result<&'a str> {
        self.check_input(input.len())?;
        std::str::from_utf8(input).map_err(|error| {
            crate::Error::syntax(format!("{what} is not valid UTF-8"))
                .with_offset(error.valid_up_to())
        })
    }

    /// Fails when a list already holding `count` items may not take another.
    pub fn check_items(&self, count: usize) -> crate::Result<()> {
        if count >= self.max_items {
            return Err(crate::Error::limit(format!(
                "more than {} items in one list",
                self.max_items
            )));
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: Self::DEFAULT_MAX_INPUT_BYTES,
            max_depth: Self::DEFAULT_MAX_DEPTH,
            max_items: Self::DEFAULT_MAX_ITEMS,
        }
    }
}
