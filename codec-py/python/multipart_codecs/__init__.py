"""Decode and encode the multipart-upload bodies of UFile, QingStor, PDS and COS.

Every operation of the ``codec`` command, as Python functions whose values are the JSON
shapes ``codec`` prints (dicts, lists, str, int, bool and None)::

    import multipart_codecs as mc
    mc.operations()        # [("ufile", "get-multi-upload-part"), ...]
    page = mc.decode("cos", "list-parts", body, normalized=True)
    wire = mc.encode("cos", "list-parts", mc.decode("cos", "list-parts", body))
    request = mc.complete("cos", [page_1, page_2])
    mc.example("cos", "list-parts")

``DecodeError`` (a ``ValueError``) is raised for a body the codec refuses, with
``.vendor .operation .offset .path``; ``ServiceError`` for the vendor's error body where a
result was expected, with ``.vendor .code .message .request_id``. The vendor-neutral
model's TypedDicts are in ``multipart_codecs.model`` (and here).
"""

from ._native import (
    DecodeError,
    ServiceError,
    __version__,
    complete,
    decode,
    encode,
    example,
    operations,
)
from .model import (
    CompletePart,
    CompletedUpload,
    CompleteRequest,
    InitiatedUpload,
    NormalizedModel,
    Part,
    PartsPage,
    ServiceErrorModel,
    Upload,
    UploadsPage,
    UploadUrl,
    Vendor,
)

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
