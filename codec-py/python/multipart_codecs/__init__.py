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
result was expected, with ``.vendor .code .message .request_id``.
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

__all__ = [
    "DecodeError",
    "ServiceError",
    "__version__",
    "complete",
    "decode",
    "encode",
    "example",
    "operations",
]
