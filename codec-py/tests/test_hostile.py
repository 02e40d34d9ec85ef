"""Hostile input from Python never crashes the interpreter: the shared hostile table's
cases (codec-testkit's `hostile_corpus` example writes them, generated from each codec's
first ok fixture) raise DecodeError or ServiceError, or decode, and nothing else; so do the
two cases too large for that corpus (deep nesting, a 50 MB string), made here."""

from __future__ import annotations

import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

import multipart_codecs as mc
from _support import fixture_files, find_hostile_corpus, folder, has_codec

# Cases every decoder refuses, whatever the vendor (codec-testkit/src/hostile.rs); the rest
# may be accepted by a documented exception (a byte order mark before XML, null read as
# absent, …), and must merely not crash.
ALWAYS_REFUSED = (
    "empty",
    "whitespace-only",
    "invalid-UTF-8",
    "proxy-page",
    "DOCTYPE",
    "external-DOCTYPE",
    "undefined-entity",
    "lone-ampersand",
    "trailing-garbage",
)

Codec = Tuple[str, str, bool]


def always_refused(fixture: str, case: str) -> bool:
    """Whether every decoder refuses the case: one of ALWAYS_REFUSED, and not a query
    string's bad escape applied to UFile's plain-text ETag list (where `%FF` is text)."""
    folder, _, name = fixture.partition("/")
    plain_text = folder.endswith("-body") and name.endswith(".txt")
    if plain_text and "invalid-UTF-8" in case and "escape" in case:
        return False
    return any(f"-{word}" in case for word in ALWAYS_REFUSED)


def table_format(path: Path) -> str:
    """JSON and XML fixtures get their tables; a target, or UFile's plain-text ETag list,
    the query string's (the cases that apply to any text)."""
    return {".json": "json", ".xml": "xml"}.get(path.suffix, "query")


def plan() -> List[Tuple[Codec, str, Path, bytes, bytes]]:
    """For each codec side: the hostile table's format, its fixture, and what goes before
    and after each case (a TARGET+BODY request's other half)."""
    jobs = []
    for vendor, operation in mc.operations():
        for request in (False, True):
            if not has_codec(vendor, operation, request):
                continue
            codec = (vendor, operation, request)
            targets = fixture_files(vendor, f"ok/{folder(operation, request)}")
            bodies = fixture_files(vendor, f"ok/{operation}-body") if request else []
            if not targets:
                continue
            if bodies:
                target = targets[0].read_bytes().rstrip()
                body = bodies[0].read_bytes()
                jobs.append((codec, table_format(targets[0]), targets[0], b"", b"\n" + body))
                jobs.append((codec, table_format(bodies[0]), bodies[0], target + b"\n", b""))
            else:
                jobs.append((codec, table_format(targets[0]), targets[0], b"", b""))
    return jobs


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Dict[Codec, List[Tuple[str, bytes]]]:
    """Every case of every codec, named by its file (`hostile-0012-wrong-type-…`)."""
    out = tmp_path_factory.mktemp("hostile")
    jobs = plan()
    args = []
    for index, (_, format_, fixture, _, _) in enumerate(jobs):
        args += [format_, str(fixture), str(out / str(index))]
    subprocess.run([str(find_hostile_corpus()), *args], check=True, stdout=subprocess.DEVNULL)
    cases: Dict[Codec, List[Tuple[str, bytes]]] = defaultdict(list)
    for index, (codec, _, fixture, before, after) in enumerate(jobs):
        for path in sorted((out / str(index)).iterdir()):
            source = f"{fixture.parent.name}/{fixture.name}"
            cases[codec].append((f"{source}:{path.name}", before + path.read_bytes() + after))
    return cases


CODECS = sorted({codec for codec, *_ in plan()})


def normalizes(vendor: str, operation: str, request: bool) -> bool:
    try:
        mc.decode(vendor, operation, b"", request=request, normalized=True)
    except ValueError as error:
        return "no normalized form" not in str(error)
    return True


@pytest.mark.parametrize(
    "codec", CODECS, ids=lambda c: f"{c[0]}/{c[1]}/{'request' if c[2] else 'response'}"
)
def test_hostile_table_raises_decode_or_service_errors(
    corpus: Dict[Codec, List[Tuple[str, bytes]]], codec: Codec
) -> None:
    vendor, operation, request = codec
    cases = corpus[codec]
    assert cases, "no hostile cases"  # a query string's table can be small: empty, bad escapes
    forms = [False, True] if normalizes(*codec) else [False]
    wrong = []
    for name, body in cases:
        for normalized in forms:
            try:
                mc.decode(vendor, operation, body, request=request, normalized=normalized)
            except (mc.DecodeError, mc.ServiceError) as error:
                assert "\n" not in str(error)
                offset = getattr(error, "offset", None)
                assert offset is None or 0 <= offset <= len(body), (name, offset)
                continue
            except Exception as error:  # anything else is a bug
                wrong.append(f"{name}: {type(error).__name__}: {error}")
                continue
            fixture, case = name.split(":", 1)
            if always_refused(fixture, case):
                wrong.append(f"{name}: accepted")
    assert not wrong, "\n".join(wrong)


def test_the_corpus_covers_every_codec_with_the_whole_table(
    corpus: Dict[Codec, List[Tuple[str, bytes]]],
) -> None:
    assert set(corpus) == set(CODECS)
    # A JSON or XML fixture's table: wrong roots, proxy pages, bad UTF-8, wrong types, …
    assert len(corpus[("cos", "list-parts", False)]) >= 15
    assert sum(len(cases) for cases in corpus.values()) > 500


def deep_json(depth: int) -> bytes:
    return b'{"unknown": ' + b"[" * depth + b"]" * depth + b"}"


def deep_xml(depth: int) -> bytes:
    return b"<ListPartsResult>" + b"<a>" * depth + b"</a>" * depth + b"</ListPartsResult>"


@pytest.mark.parametrize("vendor,operation", [("cos", "list-parts"), ("ufile", "get-multi-upload-part")])
def test_deep_nesting_is_refused_not_a_crash(vendor: str, operation: str) -> None:
    body = deep_xml(100_000) if vendor == "cos" else deep_json(100_000)
    with pytest.raises(mc.DecodeError) as raised:
        mc.decode(vendor, operation, body)
    assert raised.value.kind == "limit_exceeded"
    # A depth cap of the caller's: the fixture itself nests 3 deep.
    with pytest.raises(mc.DecodeError, match="limit exceeded"):
        mc.decode(vendor, operation, mc.example(vendor, operation), max_depth=1)


def test_a_50_mb_string_in_an_unknown_field_decodes_under_the_default_limits() -> None:
    huge = b"x" * (50 << 20)
    body = b"<ListPartsResult><Unknown>" + huge + b"</Unknown></ListPartsResult>"
    page = mc.decode("cos", "list-parts", body, normalized=True)
    assert page["parts"] == []
    with pytest.raises(mc.DecodeError) as raised:
        mc.decode("cos", "list-parts", body, max_bytes=1 << 20)
    assert raised.value.kind == "limit_exceeded"
    assert str(raised.value).startswith("cos list-parts: limit exceeded")
