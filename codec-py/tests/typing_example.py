"""Uses every function of multipart_codecs the way a typed caller would; CI checks it with
``mypy --strict`` (codec-py/ci.sh), and test_typing.py runs it."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple, cast

import multipart_codecs as mc
from multipart_codecs.model import CompleteRequest, NormalizedModel, Part, PartsPage


def list_operations() -> List[Tuple[str, str]]:
    pairs = mc.operations()
    vendors = {vendor for vendor, _ in pairs}
    assert {"cos"} <= vendors
    return pairs


def parts_of(body: bytes) -> List[Part]:
    model: NormalizedModel = mc.decode("cos", "list-parts", body, normalized=True)
    page = cast(PartsPage, model)
    numbers: List[int] = [part["number"] for part in page["parts"]]
    assert numbers == sorted(numbers)
    size: Optional[int] = page["parts"][0]["size"]
    assert size is None or size >= 0
    return page["parts"]


def round_trip(body: bytes) -> bytes:
    typed: Dict[str, Any] = mc.decode("cos", "list-parts", body)
    wire: bytes = mc.encode("cos", "list-parts", typed)
    assert mc.decode("cos", "list-parts", wire) == typed
    return wire


def request_round_trip() -> str:
    target = mc.example("cos", "list-parts", request=True)
    typed = mc.decode("cos", "list-parts", target, request=True, max_bytes=1 << 20)
    return mc.encode("cos", "list-parts", typed, request=True).decode()


def complete_upload(pages: List[bytes]) -> Tuple[bytes, CompleteRequest]:
    wire: bytes = mc.complete("cos", pages)
    request: CompleteRequest = mc.complete("cos", pages, normalized=True, expect=None)
    assert [part["number"] for part in request["parts"]]
    return wire, request


def refused(body: bytes) -> Optional[Tuple[Optional[int], Optional[str], bool]]:
    try:
        mc.decode("cos", "list-parts", body, max_items=10, max_depth=16)
    except mc.DecodeError as error:
        vendor: Optional[str] = error.vendor
        assert vendor in (None, "cos")
        return error.offset, error.path, error.retryable
    except mc.ServiceError as error:
        code: str = error.code
        message: Optional[str] = error.message
        request_id: Optional[str] = error.request_id
        assert code and (message is None or request_id is None or error.vendor == "cos")
        return None
    return None


def main() -> None:
    list_operations()
    body = mc.example("cos", "list-parts")
    assert parts_of(body)
    round_trip(body)
    assert request_round_trip().startswith("/")
    wire, request = complete_upload([body])
    assert wire.startswith(b"/") and request["vendor"] == "cos"
    assert refused(b"<ListPartsResult><Part>") is not None
    assert refused(mc.example("cos", "error")) is None
    assert mc.__version__


if __name__ == "__main__":
    main()
