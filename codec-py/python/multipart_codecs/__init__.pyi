"""Type stubs of multipart_codecs: the functions of the native module, with overloads for
``normalized``; the model's TypedDicts come from ``multipart_codecs.model``."""

from typing import Any, Dict, List, Literal, Mapping, Optional, Sequence, Tuple, Union, overload

from .model import (
    CompletePart as CompletePart,
    CompletedUpload as CompletedUpload,
    CompleteRequest as CompleteRequest,
    InitiatedUpload as InitiatedUpload,
    NormalizedModel as NormalizedModel,
    Part as Part,
    PartsPage as PartsPage,
    ServiceErrorModel as ServiceErrorModel,
    Upload as Upload,
    UploadsPage as UploadsPage,
    UploadUrl as UploadUrl,
    Vendor as Vendor,
)

__version__: str

Body = Union[bytes, bytearray, memoryview, str]
"""A body or request in its wire form; a str is taken as UTF-8."""

TypedValue = Dict[str, Any]
"""The vendor's typed model: the JSON ``codec decode`` prints, field names as on the wire."""

class DecodeError(ValueError):
    """A body (or a value to encode) the codec refuses. str() is the ``codec`` command's
    error line without its ``error: `` prefix."""

    vendor: Optional[str]
    operation: Optional[str]
    offset: Optional[int]
    """The byte offset into the input where it goes wrong, when known."""
    path: Optional[str]
    """The field path, such as ``Part[2].Size``, when known."""
    kind: Optional[str]
    """Extension: ``syntax``, ``unexpected_eof``, ``missing_field``, ``duplicate_field``,
    ``invalid_value``, ``unexpected_element``, ``limit_exceeded``, ``unencodable``,
    ``wrong_format``, ``paging`` or ``other``."""
    retryable: bool
    """Extension: whether the same request may succeed if sent again."""

class ServiceError(Exception):
    """The vendor's well-formed error body where a result was expected (not a
    DecodeError: the body was fine)."""

    vendor: str
    code: str
    message: Optional[str]
    request_id: Optional[str]
    operation: Optional[str]
    """Extension: the operation whose body it was."""
    retryable: bool
    """Extension: whether the vendor documents the code as transient."""

def operations() -> List[Tuple[str, str]]:
    """Every (vendor, operation) pair, in the order of the ``codec`` command's registry."""

@overload
def decode(
    vendor: str,
    operation: str,
    body: Body,
    request: bool = False,
    normalized: Literal[False] = False,
    *,
    max_bytes: Optional[int] = None,
    max_items: Optional[int] = None,
    max_depth: Optional[int] = None,
) -> TypedValue: ...
@overload
def decode(
    vendor: str,
    operation: str,
    body: Body,
    request: bool = False,
    *,
    normalized: Literal[True],
    max_bytes: Optional[int] = None,
    max_items: Optional[int] = None,
    max_depth: Optional[int] = None,
) -> NormalizedModel: ...
@overload
def decode(
    vendor: str,
    operation: str,
    body: Body,
    request: bool,
    normalized: Literal[True],
    *,
    max_bytes: Optional[int] = None,
    max_items: Optional[int] = None,
    max_depth: Optional[int] = None,
) -> NormalizedModel: ...
@overload
def decode(
    vendor: str,
    operation: str,
    body: Body,
    request: bool = False,
    normalized: bool = False,
    *,
    max_bytes: Optional[int] = None,
    max_items: Optional[int] = None,
    max_depth: Optional[int] = None,
) -> Union[TypedValue, NormalizedModel]:
    """Decodes a response body (or with request=True a request in its wire form) into the
    vendor's typed model, or with normalized=True the vendor-neutral model.

    Limits default to the library's, which accept anything a vendor legitimately sends
    (256 MiB, 100,000 items in one list, nesting 128 deep). Raises DecodeError,
    ServiceError, ValueError (unknown vendor or operation, no normalized form) or
    TypeError (a body of another type)."""

def encode(
    vendor: str, operation: str, value: Mapping[str, Any], request: bool = False
) -> bytes:
    """Encodes the typed model into the wire form. Raises DecodeError when the value does
    not fit the typed model, TypeError when it is not made of JSON types."""

@overload
def complete(
    vendor: str,
    pages: Sequence[Body],
    upload_id: Optional[str] = None,
    key: Optional[str] = None,
    expect: Optional[int] = None,
    normalized: Literal[False] = False,
    *,
    drive_id: Optional[str] = None,
) -> bytes: ...
@overload
def complete(
    vendor: str,
    pages: Sequence[Body],
    upload_id: Optional[str] = None,
    key: Optional[str] = None,
    expect: Optional[int] = None,
    *,
    normalized: Literal[True],
    drive_id: Optional[str] = None,
) -> CompleteRequest: ...
@overload
def complete(
    vendor: str,
    pages: Sequence[Body],
    upload_id: Optional[str],
    key: Optional[str],
    expect: Optional[int],
    normalized: Literal[True],
    *,
    drive_id: Optional[str] = None,
) -> CompleteRequest: ...
@overload
def complete(
    vendor: str,
    pages: Sequence[Body],
    upload_id: Optional[str] = None,
    key: Optional[str] = None,
    expect: Optional[int] = None,
    normalized: bool = False,
    *,
    drive_id: Optional[str] = None,
) -> Union[bytes, CompleteRequest]:
    """Collects the parts of list-parts pages and returns the vendor's Complete request in
    its wire form, or with normalized=True the vendor-neutral CompleteRequest."""

def example(vendor: str, operation: str, request: bool = False) -> bytes:
    """The documented example of an operation's response (or request), as embedded."""

__all__ = [
    "CompletePart",
    "CompleteRequest",
    "CompletedUpload",
    "DecodeError",
    "InitiatedUpload",
    "NormalizedModel",
    "Part",
    "PartsPage",
    "ServiceError",
    "ServiceErrorModel",
    "Upload",
    "UploadUrl",
    "UploadsPage",
    "Vendor",
    "__version__",
    "complete",
    "decode",
    "encode",
    "example",
    "operations",
]
