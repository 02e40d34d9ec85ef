"""The vendor-neutral model, as ``decode(..., normalized=True)`` and
``complete(..., normalized=True)`` return it: the JSON shapes ``codec decode --normalized``
prints (DESIGN.md, "The vendor-neutral model"), as TypedDicts for type checkers.

Every key is always present; ``None`` is JSON's ``null``. Dates are RFC 3339 in UTC
(``"2020-03-25T10:07:14Z"``); ETags come without their surrounding double quotes.
"""

from typing import List, Literal, Optional, TypedDict, Union

Vendor = Literal["ufile", "qingstor", "pds", "cos"]
"""The four vendors, as the model spells them."""


class Part(TypedDict):
    """One part of a ``PartsPage``."""

    number: int
    """The vendor's part number as sent (UFile counts from 0)."""
    etag: Optional[str]
    size: Optional[int]
    """Bytes."""
    last_modified: Optional[str]


class PartsPage(TypedDict):
    """One page of the parts of one multipart upload."""

    vendor: Vendor
    upload_id: Optional[str]
    key: Optional[str]
    """The object key; PDS: the file_id."""
    parts: List[Part]
    next_marker: Optional[str]
    """What the next request passes as its marker; None when the listing is done."""
    truncated: Optional[bool]
    """The vendor's own word; None where it gives none."""


class Upload(TypedDict):
    """One upload in progress, in an ``UploadsPage``."""

    upload_id: str
    key: Optional[str]
    initiated: Optional[str]


class UploadsPage(TypedDict):
    """One page of the uploads in progress."""

    vendor: Vendor
    uploads: List[Upload]
    next_marker: Optional[str]
    """The next key marker (UFile: NextMarker)."""
    next_upload_id_marker: Optional[str]
    """COS and QingStor page by key and upload id."""
    truncated: Optional[bool]
    prefixes: List[str]
    """Common prefixes, when a delimiter was sent."""


class UploadUrl(TypedDict):
    """Where one part goes (PDS)."""

    number: Optional[int]
    url: str


class InitiatedUpload(TypedDict):
    """A started upload."""

    vendor: Vendor
    upload_id: Optional[str]
    key: Optional[str]
    """The object key; PDS: the file_id."""
    bucket: Optional[str]
    part_size: Optional[int]
    """UFile's BlkSize: every part but the last has it."""
    upload_urls: List[UploadUrl]
    """PDS: where each part goes, in the order sent; [] elsewhere."""
    already_complete: Optional[bool]
    """True when nothing is left to upload or complete; None elsewhere."""


class CompletePart(TypedDict):
    """One part of a ``CompleteRequest``."""

    number: int
    etag: Optional[str]


class CompleteRequest(TypedDict):
    """A Complete request: the parts in ascending order."""

    vendor: Vendor
    upload_id: Optional[str]
    key: Optional[str]
    """The object key; PDS: the file_id."""
    parts: List[CompletePart]


class CompletedUpload(TypedDict):
    """The answer to a Complete request."""

    vendor: Vendor
    key: Optional[str]
    """The object key; PDS: the file_id."""
    bucket: Optional[str]
    etag: Optional[str]
    size: Optional[int]
    location: Optional[str]


class ServiceErrorModel(TypedDict):
    """A vendor's error body (the model's ``ServiceError``; the exception raised for one
    is ``multipart_codecs.ServiceError``)."""

    vendor: Vendor
    code: str
    message: Optional[str]
    request_id: Optional[str]


NormalizedModel = Union[
    PartsPage, UploadsPage, InitiatedUpload, CompleteRequest, CompletedUpload, ServiceErrorModel
]
"""What ``decode(..., normalized=True)`` returns, by operation: a listing of parts gives a
``PartsPage``, of uploads an ``UploadsPage``, an initiate an ``InitiatedUpload``, a Complete
request a ``CompleteRequest``, a Complete response a ``CompletedUpload``, an error body a
``ServiceErrorModel``."""

__all__ = [
    "CompletePart",
    "CompleteRequest",
    "CompletedUpload",
    "InitiatedUpload",
    "NormalizedModel",
    "Part",
    "PartsPage",
    "ServiceErrorModel",
    "Upload",
    "UploadUrl",
    "UploadsPage",
    "Vendor",
]
