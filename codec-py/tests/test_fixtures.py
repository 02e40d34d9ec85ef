"""Every fixture of every vendor, through mc and through the `codec` binary: the same
values (typed and normalized), the same error lines, and encode round-trips.

The operations come from mc.operations(): an operation the registry gains is tested here
as soon as its fixtures exist."""

from __future__ import annotations

import pytest

import multipart_codecs as mc
from _support import Codec, Input, every_input

OK = every_input("ok")
ERR = every_input("err")


def test_every_operation_has_ok_fixtures() -> None:
    for vendor, operation in mc.operations():
        assert any(
            item.vendor == vendor and item.operation == operation for item in OK
        ), f"{vendor} {operation}: no ok fixtures"


def decoded(item: Input, normalized: bool) -> object:
    return mc.decode(item.vendor, item.operation, item.body, request=item.request, normalized=normalized)


def check_same(codec: Codec, item: Input, normalized: bool) -> None:
    """mc gives what codec prints: the same value, or the same error line."""
    expected = codec.decode(item, normalized)
    if expected.status == 0:
        assert decoded(item, normalized) == expected.value
    elif expected.status == 1:
        with pytest.raises((mc.DecodeError, mc.ServiceError)) as raised:
            decoded(item, normalized)
        assert str(raised.value) == expected.error
    else:
        # A usage error: no normalized form for this request.
        assert normalized and "normalized" in str(expected.error)
        with pytest.raises(ValueError, match="no normalized form") as raised:
            decoded(item, normalized)
        assert not isinstance(raised.value, mc.DecodeError)


@pytest.mark.parametrize("item", OK, ids=lambda item: item.id)
def test_ok_fixture_decodes_as_codec_prints_it(codec: Codec, item: Input) -> None:
    expected = codec.decode(item, normalized=False)
    assert expected.status == 0, expected.error
    assert decoded(item, normalized=False) == expected.value
    check_same(codec, item, normalized=True)


@pytest.mark.parametrize("item", OK, ids=lambda item: item.id)
def test_ok_fixture_round_trips_through_encode(codec: Codec, item: Input) -> None:
    typed = decoded(item, normalized=False)
    assert isinstance(typed, dict)
    wire = mc.encode(item.vendor, item.operation, typed, request=item.request)
    assert isinstance(wire, bytes)
    again = mc.decode(item.vendor, item.operation, wire, request=item.request)
    assert again == typed
    # The same wire form `codec encode` writes (less the line feed it ends a line with).
    args = ["encode", item.vendor, item.operation, "-"] + (["--request"] if item.request else [])
    import json

    status, stdout, stderr = codec.run(args, json.dumps(typed).encode())
    assert status == 0, stderr
    assert stdout in (wire, wire + b"\n")


@pytest.mark.parametrize("item", ERR, ids=lambda item: item.id)
def test_err_fixture_fails_as_codec_fails(codec: Codec, item: Input) -> None:
    check_same(codec, item, normalized=False)
    check_same(codec, item, normalized=True)
