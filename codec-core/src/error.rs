//! The one error type of every decoder and encoder in the workspace.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use crate::model::{ServiceError, Vendor};

/// Shorthand for `std::result::Result<T, codec_core::Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, in categories a caller can act on.
///
/// The list may grow; match with a wildcard arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not well-formed in its wire syntax (XML, JSON or query string),
    /// including invalid UTF-8 and forbidden constructs such as `<!DOCTYPE>`.
    Syntax,
    /// The input ended before the document did.
    UnexpectedEof,
    /// A field the format requires is absent.
    MissingField,
    /// A field appears twice where the format allows it once.
    DuplicateField,
    /// A field is present but its value is of the wrong type or out of range.
    InvalidValue,
    /// The document's root (or a structural element) is not the one expected.
    UnexpectedElement,
    /// The input exceeds one of the caller's [`Limits`](crate::Limits).
    LimitExceeded,
    /// The body is well-formed but is the vendor's error body (for example a UFile
    /// response with a non-zero `RetCode`); [`Error::service_error`] carries it.
    Service,
    /// A value cannot be written in the wire format (for example a control character
    /// that XML 1.0 cannot represent).
    Unencodable,
    /// The body is not in the vendor's format at all: an HTML or plain-text page from a
    /// proxy or gateway (a 502 page, say), or markup where the vendor answers in JSON.
    /// Every vendor reports such a body with this kind, whatever the decoder's syntax.
    WrongFormat,
    /// A listing would not advance: a page's next marker does not move past the
    /// request's own, or comes back to one an earlier page gave. The bodies were
    /// well-formed; the service (or a stand-in for it) is paging in a circle.
    Paging,
}

impl ErrorKind {
    /// A short human description, as used by `Display`.
    pub fn describe(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "syntax error",
            ErrorKind::UnexpectedEof => "unexpected end of input",
            ErrorKind::MissingField => "missing field",
            ErrorKind::DuplicateField => "duplicate field",
            ErrorKind::InvalidValue => "invalid value",
            ErrorKind::UnexpectedElement => "unexpected element",
            ErrorKind::LimitExceeded => "limit exceeded",
            ErrorKind::Service => "the service returned an error",
            ErrorKind::Unencodable => "cannot encode",
            ErrorKind::WrongFormat => "not the vendor's format",
            ErrorKind::Paging => "the listing would not advance",
        }
    }
}

/// `describe()`: `invalid value`, `missing field`, ….
impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// An error from decoding or encoding a vendor body.
///
/// It says what went wrong ([`kind`](Self::kind) and [`message`](Self::message)), where
/// ([`offset`](Self::offset) in bytes from the start of the input, and
/// [`path`](Self::path), such as `Part[2].Size`), and in which codec
/// ([`vendor`](Self::vendor) and [`operation`](Self::operation)).
///
/// `Display` prints one line, for example:
///
/// ```text
/// cos list-parts: invalid value at byte 412, field Part[2].Size: expected an unsigned integer, found "12a"
/// ```
///
/// The error is one pointer wide, so `Result<T, Error>` stays small on hot paths.
#[derive(Clone)]
pub struct Error(Box<Inner>);

#[derive(Clone)]
struct Inner {
    kind: ErrorKind,
    vendor: Option<Vendor>,
    operation: Option<&'static str>,
    offset: Option<usize>,
    path: Option<String>,
    message: Cow<'static, str>,
    service: Option<Service>,
    /// Whether the request is worth sending again, when the decoder knows better than
    /// the kind ([`Error::retryable`]).
    retry: Option<bool>,
}

/// What an error of kind [`ErrorKind::Service`] carries.
#[derive(Clone)]
struct Service {
    model: ServiceError<'static>,
    retryable: bool,
    /// The vendor's own error body, owned; `None` when only the model is known.
    body: Option<Arc<dyn Any + Send + Sync>>,
}

/// A vendor's error body: what it says in the vendor-neutral model, and whether the
/// vendor documents its code as one to retry. Every vendor crate's `ErrorResponse`
/// implements it, so that [`Error::from_service_body`] keeps the whole body.
pub trait ServiceBody: Any + Send + Sync {
    /// The body in the vendor-neutral model.
    fn service_error(&self) -> ServiceError<'_>;

    /// Whether the vendor documents this error as transient (throttling, an internal
    /// error, a timeout): the same request may succeed later.
    fn is_retryable(&self) -> bool;
}

impl Error {
    /// A new error of `kind` with a message that says what was wrong.
    pub fn new(kind: ErrorKind, message: impl Into<Cow<'static, str>>) -> Self {
        Error(Box::new(Inner {
            kind,
            vendor: None,
            operation: None,
            offset: None,
            path: None,
            message: message.into(),
            service: None,
            retry: None,
        }))
    }

    /// A syntax error.
    pub fn syntax(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorKind::Syntax, message)
    }

    /// The input ended early.
    pub fn eof(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorKind::UnexpectedEof, message)
    }

    /// A required field `field` is missing; the path names it too.
    pub fn missing_field(field: &str) -> Self {
        Self::new(ErrorKind::MissingField, format!("required field `{field}` is absent"))
            .with_path(field)
    }

    /// The field `field` appeared twice.
    pub fn duplicate_field(field: &str) -> Self {
        Self::new(ErrorKind::DuplicateField, format!("`{field}` may appear only once"))
            .with_path(field)
    }

    /// A value of the wrong type or out of range.
    pub fn invalid_value(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorKind::InvalidValue, message)
    }

    /// A limit of the caller's [`Limits`](crate::Limits) was exceeded.
    pub fn limit(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorKind::LimitExceeded, message)
    }

    /// The body is the vendor's error body, known only in the vendor-neutral model;
    /// the error carries it and is not [retryable](Self::is_retryable). Vendor crates
    /// use [`from_service_body`](Self::from_service_body), which keeps the whole body.
    pub fn service(error: ServiceError<'_>) -> Self {
        Self::service_parts(error.into_owned(), false, None)
    }

    /// The body is the vendor's error body `body`: the error carries it whole
    /// ([`service_body`](Self::service_body)), in the vendor-neutral model
    /// ([`service_error`](Self::service_error)), and whether it is worth retrying.
    pub fn from_service_body<B: ServiceBody>(body: B) -> Self {
        let model = body.service_error().into_owned();
        let retryable = body.is_retryable();
        Self::service_parts(model, retryable, Some(Arc::new(body)))
    }

    fn service_parts(
        model: ServiceError<'static>,
        retryable: bool,
        body: Option<Arc<dyn Any + Send + Sync>>,
    ) -> Self {
        let message = match &model.message {
            Some(message) => format!("code {}: {}", model.code, message),
            None => format!("code {}", model.code),
        };
        let mut this = Self::new(ErrorKind::Service, message);
        this.0.vendor = Some(model.vendor);
        this.0.service = Some(Service { model, retryable, body });
        this
    }

    /// The body is not in the vendor's format at all (an HTML page, say).
    pub fn wrong_format(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorKind::WrongFormat, message)
    }

    /// A listing would not advance (see [`ErrorKind::Paging`]).
    pub fn paging(message: impl Into<Cow<'static, str>>) -> Self {
        Self::new(ErrorKind::Paging, message)
    }

    /// Sets the byte offset into the input, unless one is already known.
    #[must_use]
    pub fn with_offset(mut self, offset: usize) -> Self {
        self.0.offset.get_or_insert(offset);
        self
    }

    /// Moves a known offset `delta` bytes further: for errors found in a slice that
    /// starts `delta` bytes into the caller's input.
    #[must_use]
    pub fn shifted(mut self, delta: usize) -> Self {
        if let Some(offset) = &mut self.0.offset {
            *offset = offset.saturating_add(delta);
        }
        self
    }

    /// Sets the field path (such as `Part[2].Size`), unless one is already known.
    #[must_use]
    pub fn with_path(mut self, path: impl Into<String>) -> Self {
        if self.0.path.is_none() {
            self.0.path = Some(path.into());
        }
        self
    }

    /// Puts `parent` in front of the field path: `Size` becomes `Part[2].Size`.
    #[must_use]
    pub fn within(mut self, parent: &str) -> Self {
        self.0.path = Some(match self.0.path.take() {
            Some(path) if path.starts_with('[') => format!("{parent}{path}"),
            Some(path) => format!("{parent}.{path}"),
            None => parent.to_owned(),
        });
        self
    }

    /// Says whether the same request may succeed if sent again, overriding what the
    /// kind says ([`is_retryable`](Self::is_retryable)): for a decoder that knows the
    /// body means "not done yet" (COS's Complete result without an `ETag` is a
    /// [`MissingField`](ErrorKind::MissingField) worth retrying).
    #[must_use]
    pub fn retryable(mut self, retryable: bool) -> Self {
        self.0.retry = Some(retryable);
        self
    }

    /// Names the vendor and operation whose codec failed, unless already named.
    #[must_use]
    pub fn with_context(mut self, vendor: Vendor, operation: &'static str) -> Self {
        self.0.vendor.get_or_insert(vendor);
        self.0.operation.get_or_insert(operation);
        self
    }

    /// What went wrong, as a category.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The vendor whose codec failed, when known.
    pub fn vendor(&self) -> Option<Vendor> {
        self.0.vendor
    }

    /// The operation whose codec failed (`list-parts`, `error`, …), when known.
    pub fn operation(&self) -> Option<&'static str> {
        self.0.operation
    }

    /// The byte offset into the input where the problem was found, when known.
    pub fn offset(&self) -> Option<usize> {
        self.0.offset
    }

    /// The path of the field in error, such as `Part[2].Size`, when known.
    pub fn path(&self) -> Option<&str> {
        self.0.path.as_deref()
    }

    /// The detail of the problem, without vendor, position or path.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The vendor's error body in the vendor-neutral model, for errors of kind
    /// [`ErrorKind::Service`].
    pub fn service_error(&self) -> Option<&ServiceError<'static>> {
        self.0.service.as_ref().map(|service| &service.model)
    }

    /// The vendor's whole error body, owned, for errors of kind [`ErrorKind::Service`]:
    /// `B` is the vendor crate's `ErrorResponse<'static>` (each vendor crate also has
    /// `ErrorResponse::from_error(&error)`, which names the type for you). `None` for
    /// other errors, or when `B` is not the body's type.
    pub fn service_body<B: Any>(&self) -> Option<&B> {
        self.0.service.as_ref()?.body.as_deref()?.downcast_ref()
    }

    /// Whether the same request may succeed if sent again, as far as the body tells:
    ///
    /// - a service error whose code the vendor documents as transient (throttling,
    ///   internal errors, timeouts: each vendor crate's `ErrorResponse::is_retryable`
    ///   lists its codes);
    /// - [`UnexpectedEof`](ErrorKind::UnexpectedEof): the body was cut short, which a
    ///   dropped connection does;
    /// - [`WrongFormat`](ErrorKind::WrongFormat): a proxy's or gateway's page (502, 503
    ///   and 504 pages are the common ones);
    /// - an error its decoder marked so with [`retryable`](Self::retryable) (COS's
    ///   Complete result without an `ETag`).
    ///
    /// Anything else is `false`: a malformed body or a refused value will come back the
    /// same. Where the HTTP status is known, let it have the last word (a 404 HTML page
    /// is not worth retrying).
    pub fn is_retryable(&self) -> bool {
        if let Some(retry) = self.0.retry {
            return retry;
        }
        match self.0.kind {
            ErrorKind::Service => self.0.service.as_ref().is_some_and(|service| service.retryable),
            ErrorKind::UnexpectedEof | ErrorKind::WrongFormat => true,
            _ => false,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.0;
        match (inner.vendor, inner.operation) {
            (Some(vendor), Some(operation)) => write!(f, "{vendor} {operation}: ")?,
            (Some(vendor), None) => write!(f, "{vendor}: ")?,
            (None, Some(operation)) => write!(f, "{operation}: ")?,
            (None, None) => {}
        }
        f.write_str(inner.kind.describe())?;
        if let Some(offset) = inner.offset {
            write!(f, " at byte {offset}")?;
        }
        if let Some(path) = &inner.path {
            write!(f, ", field {path}")?;
        }
        // Messages come from our own code and from parsers; keep the line one line.
        f.write_str(": ")?;
        for (i, line) in inner.message.lines().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(line.trim_end())?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("vendor", &self.0.vendor)
            .field("operation", &self.0.operation)
            .field("offset", &self.0.offset)
            .field("path", &self.0.path)
            .field("message", &self.0.message)
            .field("service", &self.0.service.as_ref().map(|service| &service.model))
            .field("retryable", &self.is_retryable())
            .finish()
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_is_one_line_with_every_coordinate() {
        let error = Error::invalid_value("expected an unsigned integer, found \"12a\"")
            .with_path("Size")
            .within("Part[2]")
            .with_offset(412)
            .with_context(Vendor::Cos, "list-parts");
        assert_eq!(
            error.to_string(),
            "cos list-parts: invalid value at byte 412, field Part[2].Size: \
             expected an unsigned integer, found \"12a\""
        );
    }

    #[test]
    fn first_offset_and_context_win() {
        let error = Error::syntax("bad\nthing")
            .with_offset(3)
            .with_offset(9)
            .with_context(Vendor::Cos, "error")
            .with_context(Vendor::Pds, "list-uploaded-parts");
        assert_eq!(error.offset(), Some(3));
        assert_eq!(error.to_string(), "cos error: syntax error at byte 3: bad thing");
    }

    #[test]
    fn within_joins_indexes_without_a_dot() {
        let error = Error::missing_field("PartNumber").within("[4]").within("Part");
        assert_eq!(error.path(), Some("Part[4].PartNumber"));
    }

    #[test]
    fn error_crosses_threads() {
        fn assert_send_sync<T: Send + Sync + 'static>() {}
        assert_send_sync::<Error>();
    }

    #[test]
    fn kinds_display_as_described_and_errors_clone() {
        assert_eq!(ErrorKind::InvalidValue.to_string(), "invalid value");
        let error = Error::missing_field("Key").with_offset(7);
        let copy = error.clone();
        assert_eq!((copy.to_string(), copy.kind()), (error.to_string(), error.kind()));
    }

    #[test]
    fn a_service_body_is_kept_whole_and_says_whether_to_retry() {
        #[derive(Debug, PartialEq)]
        struct Body {
            code: &'static str,
            trace: &'static str,
        }
        impl ServiceBody for Body {
            fn service_error(&self) -> ServiceError<'_> {
                ServiceError {
                    vendor: Vendor::Cos,
                    code: self.code.into(),
                    message: None,
                    request_id: None,
                }
            }
            fn is_retryable(&self) -> bool {
                self.code == "SlowDown"
            }
        }
        let error = Error::from_service_body(Body { code: "SlowDown", trace: "t1" });
        assert!(error.is_retryable());
        assert_eq!(error.clone().service_body::<Body>().map(|body| body.trace), Some("t1"));
        assert_eq!(error.service_body::<String>(), None);
        assert_eq!(error.service_error().unwrap().code, "SlowDown");
        assert_eq!(error.to_string(), "cos: the service returned an error: code SlowDown");
        assert!(!Error::from_service_body(Body { code: "NoSuchUpload", trace: "" }).is_retryable());
        assert!(Error::eof("cut").is_retryable());
        assert!(Error::wrong_format("<html>").is_retryable());
        assert!(!Error::paging("loop").is_retryable());
        assert!(!Error::syntax("bad").is_retryable());
    }

    #[test]
    fn error_is_one_pointer_wide() {
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    }
}
