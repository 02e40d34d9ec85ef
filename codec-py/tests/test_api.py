"""The package's surface: operations, example, the body types decode takes, its limits,
the two exceptions and their attributes, complete, and the errors for wrong arguments."""

from __future__ import annotations

import json
from typing import List

import pytest

import multipart_codecs as mc
from _support import ROOT, Codec, has_codec

LIST_PARTS = mc.example("cos", "list-parts")

# The list-parts operation whose pages each vendor's complete collects (DESIGN.md, "The
# `codec` command").
PAGES_OF = {
    "ufile": "get-multi-upload-part",
    "qingstor": "list-multipart",
    "pds": "list-uploaded-parts",
    "cos": "list-parts",
}


def cos_pages(parts: int, per_page: int, skip: int = 0) -> List[bytes]:
    """A listing of `parts` COS parts (1..parts, less part `skip`), `per_page` a page."""
    numbers = [number for number in range(1, parts + 1) if number != skip]
    pages = []
    for start in range(0, len(numbers), per_page):
        chunk = numbers[start : start + per_page]
        last = start + per_page >= len(numbers)
        body = "".join(
            f"<Part><PartNumber>{n}</PartNumber><LastModified>2020-03-25T10:07:14.000Z"
            f"</LastModified><ETag>&quot;{n:032x}&quot;</ETag><Size>1048576</Size></Part>"
            for n in chunk
        )
        pages.append(
            (
                "<ListPartsResult><Bucket>examplebucket-1250000000</Bucket>"
                "<Key>exampleobject</Key><UploadId>1585130821cbb7df</UploadId>"
                f"<PartNumberMarker>{numbers[start] - 1}</PartNumberMarker>{body}"
                f"<MaxParts>{per_page}</MaxParts><IsTruncated>{str(not last).lower()}"
                f"</IsTruncated><NextPartNumberMarker>{chunk[-1]}</NextPartNumberMarker>"
                "</ListPartsResult>"
            ).encode()
        )
    return pages


# operations and example


def test_operations_are_unique_vendor_operation_pairs() -> None:
    pairs = mc.operations()
    assert isinstance(pairs, list) and len(pairs) == len(set(pairs))
    assert all(isinstance(pair, tuple) and len(pair) == 2 for pair in pairs)
    assert {vendor for vendor, _ in pairs} == {"ufile", "qingstor", "pds", "cos"}
    assert ("cos", "list-parts") in pairs and ("cos", "error") in pairs


@pytest.mark.parametrize("vendor,operation", mc.operations())
def test_example_is_what_codec_prints(codec: Codec, vendor: str, operation: str) -> None:
    for request in (False, True):
        args = ["example", vendor, operation] + (["--request"] if request else [])
        status, stdout, _ = codec.run(args)
        if status == 0:
            assert mc.example(vendor, operation, request=request) == stdout
        else:
            assert status == 2
            with pytest.raises(ValueError):
                mc.example(vendor, operation, request=request)


# bodies


@pytest.mark.parametrize("convert", [bytes, bytearray, memoryview, lambda b: b.decode()])
def test_bodies_are_bytes_bytearray_memoryview_or_utf8_str(convert: object) -> None:
    expected = mc.decode("cos", "list-parts", LIST_PARTS, normalized=True)
    assert callable(convert)
    assert mc.decode("cos", "list-parts", convert(LIST_PARTS), normalized=True) == expected


@pytest.mark.parametrize("body", [None, 1, ["<a/>"], {"a": 1}])
def test_other_bodies_are_a_type_error(body: object) -> None:
    with pytest.raises(TypeError, match="body must be bytes, bytearray, memoryview or str"):
        mc.decode("cos", "list-parts", body)  # type: ignore[arg-type]


def test_a_str_with_a_lone_surrogate_is_not_utf8() -> None:
    with pytest.raises(UnicodeEncodeError):
        mc.decode("cos", "list-parts", "<ListPartsResult>\udc80</ListPartsResult>")


# wrong arguments


def test_unknown_vendor_or_operation_is_a_value_error_not_a_decode_error() -> None:
    with pytest.raises(ValueError, match="unknown vendor 'aws': expected one of ufile, qingstor, pds, cos") as raised:
        mc.decode("aws", "list-parts", b"")
    assert not isinstance(raised.value, mc.DecodeError)
    with pytest.raises(ValueError, match="unknown operation 'list-part' for cos: expected one of .*list-parts"):
        mc.decode("cos", "list-part", b"")
    with pytest.raises(ValueError, match="unknown operation"):
        mc.encode("cos", "list-part", {})
    with pytest.raises(ValueError, match="unknown vendor"):
        mc.example("aws", "list-parts")
    with pytest.raises(ValueError, match="unknown vendor"):
        mc.complete("aws", [b""])


def test_a_side_an_operation_does_not_have_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="cos error has no request codec; pass request=False"):
        mc.decode("cos", "error", b"", request=True)
    missing = [
        (vendor, operation)
        for vendor, operation in mc.operations()
        if not has_codec(vendor, operation, request=False)
    ]
    for vendor, operation in missing:  # QingStor's Complete answers with an empty body
        with pytest.raises(ValueError, match="has no response body"):
            mc.decode(vendor, operation, b"")


def test_normalized_without_a_normalized_form_says_so() -> None:
    target = mc.example("cos", "list-parts", request=True)
    with pytest.raises(
        ValueError, match="cos list-parts request has no normalized form; pass normalized=False"
    ):
        mc.decode("cos", "list-parts", target, request=True, normalized=True)


def test_encode_takes_json_types_only() -> None:
    typed = mc.decode("cos", "list-parts", LIST_PARTS)
    with pytest.raises(TypeError, match="not made of JSON types"):
        mc.encode("cos", "list-parts", {**typed, "Bucket": object()})
    with pytest.raises(mc.DecodeError) as raised:
        mc.encode("cos", "list-parts", {**typed, "Part": [{"PartNumber": "one"}]})
    assert raised.value.vendor == "cos" and raised.value.operation == "list-parts"
    assert raised.value.path is not None and raised.value.path.startswith("Part")


def test_encode_of_a_request_target_has_no_line_feed_and_target_body_keeps_its_own() -> None:
    target = mc.example("cos", "list-parts", request=True)
    typed = mc.decode("cos", "list-parts", target, request=True)
    assert mc.encode("cos", "list-parts", typed, request=True) == target.rstrip(b"\n")
    joined = mc.example("cos", "complete-multipart-upload", request=True)
    typed = mc.decode("cos", "complete-multipart-upload", joined, request=True)
    assert set(typed) == {"target", "body"}
    wire = mc.encode("cos", "complete-multipart-upload", typed, request=True)
    assert wire.split(b"\n", 1)[0] == joined.split(b"\n", 1)[0]
    assert mc.decode("cos", "complete-multipart-upload", wire, request=True) == typed


# errors


def test_decode_error_names_vendor_operation_offset_and_path() -> None:
    body = LIST_PARTS.replace(b"<Size>1048576</Size>", b"<Size>12a</Size>", 1)
    with pytest.raises(mc.DecodeError) as raised:
        mc.decode("cos", "list-parts", body)
    error = raised.value
    assert isinstance(error, ValueError)
    assert (error.vendor, error.operation, error.path, error.kind) == (
        "cos",
        "list-parts",
        "Part[0].Size",
        "invalid_value",
    )
    assert error.offset is not None and body[error.offset :].startswith(b"12a")
    assert str(error).startswith(f"cos list-parts: invalid value at byte {error.offset}, field Part[0].Size: ")
    assert error.retryable is False


def test_a_body_cut_short_is_a_retryable_decode_error() -> None:
    with pytest.raises(mc.DecodeError) as raised:
        mc.decode("cos", "list-parts", LIST_PARTS[:100])
    assert raised.value.kind == "unexpected_eof" and raised.value.retryable is True


def test_an_error_body_is_a_service_error_not_a_decode_error() -> None:
    body = mc.example("cos", "error")
    with pytest.raises(mc.ServiceError) as raised:
        mc.decode("cos", "list-parts", body)
    error = raised.value
    assert not isinstance(error, mc.DecodeError) and not isinstance(error, ValueError)
    expected = mc.decode("cos", "error", body, normalized=True)
    assert {
        "vendor": error.vendor,
        "code": error.code,
        "message": error.message,
        "request_id": error.request_id,
    } == expected
    assert error.operation == "list-parts" and isinstance(error.retryable, bool)
    assert str(error).startswith("cos list-parts: the service returned an error")


@pytest.mark.parametrize("vendor", ["ufile", "qingstor", "pds", "cos"])
def test_every_vendors_error_body_raises_service_error_from_its_listing(vendor: str) -> None:
    body = mc.example(vendor, "error")
    with pytest.raises(mc.ServiceError) as raised:
        mc.decode(vendor, PAGES_OF[vendor], body)
    assert raised.value.vendor == vendor and raised.value.code


def test_exceptions_made_by_hand_have_every_attribute() -> None:
    error = mc.DecodeError("by hand")
    assert (error.vendor, error.operation, error.offset, error.path, error.retryable) == (
        None,
        None,
        None,
        None,
        False,
    )
    service = mc.ServiceError("by hand")
    assert (service.vendor, service.code, service.message, service.request_id) == (None,) * 4
    assert mc.DecodeError.__module__ == "multipart_codecs"


# limits


def test_limits_are_keyword_arguments_mapped_to_limits() -> None:
    assert mc.decode("cos", "list-parts", LIST_PARTS, max_bytes=len(LIST_PARTS), max_items=3)
    with pytest.raises(mc.DecodeError, match="exceeds the limit of 100 bytes") as raised:
        mc.decode("cos", "list-parts", LIST_PARTS, max_bytes=100)
    assert raised.value.kind == "limit_exceeded"
    with pytest.raises(mc.DecodeError, match="more than 2 items in one list"):
        mc.decode("cos", "list-parts", LIST_PARTS, max_items=2)
    with pytest.raises(mc.DecodeError, match="limit exceeded"):
        mc.decode("cos", "list-parts", LIST_PARTS, max_depth=1)
    with pytest.raises(OverflowError):
        mc.decode("cos", "list-parts", LIST_PARTS, max_bytes=-1)


def test_the_default_limits_take_a_10000_part_page() -> None:
    (page,) = cos_pages(10_000, 10_000)
    assert len(mc.decode("cos", "list-parts", page, normalized=True)["parts"]) == 10_000  # type: ignore[typeddict-item]
    with pytest.raises(mc.DecodeError, match="more than 9999 items"):
        mc.decode("cos", "list-parts", page, max_items=9_999)


# complete


def test_complete_collects_generated_pages_into_the_cos_complete_request() -> None:
    pages = cos_pages(2_500, 1_000)
    assert len(pages) == 3
    request = mc.complete("cos", list(reversed(pages)), expect=2_500, normalized=True)
    assert request["vendor"] == "cos" and request["upload_id"] == "1585130821cbb7df"
    assert [part["number"] for part in request["parts"]] == list(range(1, 2_501))
    assert request["parts"][41]["etag"] == f"{42:032x}"
    wire = mc.complete("cos", pages, expect=2_500)
    assert wire.startswith(b"/exampleobject?uploadId=1585130821cbb7df\n")
    assert mc.decode("cos", "complete-multipart-upload", wire, request=True, normalized=True) == request


def test_complete_names_the_missing_part_and_the_page() -> None:
    with pytest.raises(mc.DecodeError, match="part 7 of the expected 1 to 10 is not in the pages") as raised:
        mc.complete("cos", cos_pages(10, 4, skip=7), expect=10)
    assert raised.value.operation == "complete-multipart-upload"
    bad = LIST_PARTS.replace(b"<Size>1048576</Size>", b"<Size>x</Size>", 1)
    with pytest.raises(mc.DecodeError, match=r"in pages\[1\]: ") as raised:
        mc.complete("cos", [LIST_PARTS, bad])
    assert raised.value.path == "Part[0].Size"


def test_complete_takes_the_upload_id_and_key_from_arguments_when_pages_lack_them() -> None:
    page = cos_pages(2, 2)[0].replace(b"<Key>exampleobject</Key>", b"")
    with pytest.raises(mc.DecodeError, match="the pages name no object key: pass --key"):
        mc.complete("cos", [page])
    wire = mc.complete("cos", [page], key="other")
    assert wire.startswith(b"/other?uploadId=1585130821cbb7df\n")
    with pytest.raises(mc.DecodeError, match="differs from the upload id the pages name"):
        mc.complete("cos", [page], upload_id="another", key="other")


def test_complete_wants_a_list_of_pages() -> None:
    with pytest.raises(TypeError, match=r"pages is a list of bodies: pass one page as \[page\]"):
        mc.complete("cos", LIST_PARTS)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"pages\[0\] must be bytes"):
        mc.complete("cos", [1])  # type: ignore[list-item]


def test_complete_of_an_error_body_is_a_service_error() -> None:
    with pytest.raises(mc.ServiceError) as raised:
        mc.complete("cos", [LIST_PARTS, mc.example("cos", "error")])
    error = raised.value
    assert (error.vendor, error.operation, error.code) == ("cos", "list-parts", "NoSuchKey")
    assert str(error).startswith("cos list-parts: the service returned an error at byte 40: in pages[1]: ")


@pytest.mark.parametrize("vendor", ["ufile", "qingstor", "pds", "cos"])
def test_complete_does_what_codec_complete_does(codec: Codec, vendor: str, tmp_path: object) -> None:
    """Each vendor's first list-parts fixture, with a drive id (PDS needs one): the same
    request, or the same refusal, as `codec complete`; a vendor whose Complete request has
    no codec yet is a ValueError, as it is a usage error there."""
    operation = PAGES_OF[vendor]
    if (vendor, operation) not in mc.operations():
        pytest.skip(f"{vendor} {operation} is not in the registry yet")
    page = sorted((ROOT / f"codec-{vendor}" / "fixtures" / "ok" / operation).iterdir())[0]
    names = ["--upload-id", "u-1", "--key", "k-1", "--drive-id", "d-1"]
    status, stdout, stderr = codec.run(["complete", vendor, *names, str(page)])
    status_normalized, normalized, _ = codec.run(["complete", vendor, *names, "--normalized", str(page)])
    arguments = {"upload_id": "u-1", "key": "k-1", "drive_id": "d-1"}
    body = page.read_bytes()
    if status == 2:
        with pytest.raises(ValueError, match="complete is not available for") as raised:
            mc.complete(vendor, [body], **arguments)
        assert not isinstance(raised.value, mc.DecodeError)
    elif status == 1:
        with pytest.raises((mc.DecodeError, mc.ServiceError)) as failed:
            mc.complete(vendor, [body], **arguments)
        assert str(failed.value) == stderr.strip()[len("error: ") :].replace(str(page), "pages[0]")
    else:
        assert mc.complete(vendor, [body], **arguments) == stdout
        assert status_normalized == 0
        assert mc.complete(vendor, [body], normalized=True, **arguments) == json.loads(normalized)
