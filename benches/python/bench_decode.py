"""multipart_codecs.decode(..., normalized=True) against the usual Python approach.

On the generated 1,000-item pages the Rust benches decode (each vendor crate's
``examples`` generators, written out by ``codec-py/examples/generated_pages.rs``), in one
process:

- JSON vendors: ``json.loads`` plus a plain Python loop that builds the same normalized
  dicts;
- COS (XML): ``xml.etree.ElementTree.fromstring`` plus a loop.

Each baseline's output is checked equal to ``mc.decode``'s before it is timed, so both
sides do the same work. Timing is ``timeit``, best of ``--repeat`` runs. Prints the
ratio (baseline time / mc time) per operation; the targets are 3x for the ``json.loads``
path and 10x for the ElementTree path.

    pip install ./codec-py
    python benches/python/bench_decode.py [--pages DIR] [--repeat 7]

Without ``--pages`` the pages are generated into a temporary folder with
``cargo run --release --example generated_pages`` (codec-py's Cargo.toml).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import timeit
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional
from urllib.parse import unquote

import multipart_codecs as mc

ROOT = Path(__file__).resolve().parents[2]

Json = Dict[str, Any]


# ---------------------------------------------------------------------------------------
# Helpers a Python client would write: RFC 3339 in UTC, ETags without quotes.


def rfc3339(text: str, cache: Dict[str, str]) -> str:
    """An ISO 8601 date as RFC 3339 in UTC, fractions only when not zero (memoized per
    page: parts uploaded in the same second share their text)."""
    done = cache.get(text)
    if done is None:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:  # COS's uploads: asctime, "Wed Jan 18 16:04:17 2017"
            parsed = datetime.strptime(text, "%a %b %d %H:%M:%S %Y")
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        parsed = parsed.astimezone(timezone.utc)
        done = parsed.strftime("%Y-%m-%dT%H:%M:%S")
        if parsed.microsecond:
            done += ("." + "%06d" % parsed.microsecond).rstrip("0")
        done += "Z"
        cache[text] = done
    return done


def unix_rfc3339(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def unquoted(etag: Optional[str]) -> Optional[str]:
    if etag is not None and len(etag) >= 2 and etag[0] == '"' and etag[-1] == '"':
        return etag[1:-1]
    return etag


def empty_is_none(text: Optional[str]) -> Optional[str]:
    return text if text else None


# ---------------------------------------------------------------------------------------
# The baselines, one per operation: parse, then build the normalized dicts.


def ufile_get_multi_upload_part(body: bytes) -> Json:
    doc = json.loads(body)
    parts = []
    for part in doc.get("Parts") or ():
        modified = part.get("LastModified")
        parts.append(
            {
                "number": part["PartNum"],
                "etag": unquoted(part.get("Etag")),
                "size": part.get("Size"),
                "last_modified": None if modified is None else unix_rfc3339(modified),
            }
        )
    truncated = doc.get("IsTruncated")
    next_marker = None
    if truncated is True:
        marker = doc.get("NextPartNumberMarker")
        if marker is None and parts:
            marker = parts[-1]["number"]
        next_marker = None if marker is None else str(marker)
    return {
        "vendor": "ufile",
        "upload_id": doc.get("UploadId"),
        "key": doc.get("Key"),
        "parts": parts,
        "next_marker": next_marker,
        "truncated": truncated,
    }


def ufile_get_multi_upload_id(body: bytes) -> Json:
    doc = json.loads(body)
    uploads = []
    for upload in doc.get("DataSet") or ():
        started = upload.get("StartTime")
        uploads.append(
            {
                "upload_id": upload["UploadId"],
                "key": upload.get("FileName"),
                "initiated": None if started is None else unix_rfc3339(started),
            }
        )
    truncated = doc.get("IsTruncated")
    next_marker = None if truncated is False else empty_is_none(doc.get("NextMarker"))
    next_upload_id = empty_is_none(doc.get("UploadIdMarker")) if next_marker else None
    return {
        "vendor": "ufile",
        "uploads": uploads,
        "next_marker": next_marker,
        "next_upload_id_marker": next_upload_id,
        "truncated": truncated,
        "prefixes": [],
    }


def qingstor_list_multipart(body: bytes) -> Json:
    doc = json.loads(body)
    cache: Dict[str, str] = {}
    parts = []
    for part in doc.get("object_parts") or ():
        created = part.get("created")
        parts.append(
            {
                "number": part["part_number"],
                "etag": unquoted(part.get("etag")),
                "size": part.get("size"),
                "last_modified": None if created is None else rfc3339(created, cache),
            }
        )
    last = parts[-1]["number"] if parts else None
    return {
        "vendor": "qingstor",
        "upload_id": None,
        "key": None,
        "parts": parts,
        "next_marker": None if last is None or last >= 10_000 else str(last),
        "truncated": None,
    }


def qingstor_list_multipart_uploads(body: bytes) -> Json:
    doc = json.loads(body)
    cache: Dict[str, str] = {}
    uploads = []
    for upload in doc.get("uploads") or ():
        created = upload.get("created")
        uploads.append(
            {
                "upload_id": upload["upload_id"],
                "key": upload.get("key"),
                "initiated": None if created is None else rfc3339(created, cache),
            }
        )
    more = doc.get("has_more")
    key = None if more is False else empty_is_none(doc.get("next_key_marker"))
    return {
        "vendor": "qingstor",
        "uploads": uploads,
        "next_marker": key,
        "next_upload_id_marker": empty_is_none(doc.get("next_upload_id_marker")) if key else None,
        "truncated": more,
        "prefixes": list(doc.get("common_prefixes") or ()),
    }


def pds_list_uploaded_parts(body: bytes) -> Json:
    doc = json.loads(body)
    parts = [
        {
            "number": part["part_number"],
            "etag": unquoted(part.get("etag")),
            "size": part.get("part_size"),
            "last_modified": None,
        }
        for part in doc.get("uploaded_parts") or ()
    ]
    marker = doc.get("next_part_number_marker")
    return {
        "vendor": "pds",
        "upload_id": doc.get("upload_id"),
        "key": doc.get("file_id"),
        "parts": parts,
        "next_marker": None if marker is None or marker == "" else str(marker),
        "truncated": None,
    }


def cos_text(element: ET.Element, tag: str) -> Optional[str]:
    found = element.find(tag)
    if found is None:
        return None
    return found.text or ""


def cos_list_parts(body: bytes) -> Json:
    root = ET.fromstring(body)
    cache: Dict[str, str] = {}
    parts = []
    for part in root.iter("Part"):
        number = size = modified = etag = None
        for child in part:
            tag = child.tag
            if tag == "PartNumber":
                number = int(child.text or "")
            elif tag == "ETag":
                etag = unquoted(child.text or "")
            elif tag == "Size":
                size = int(child.text or "")
            elif tag == "LastModified":
                modified = rfc3339(child.text or "", cache)
        parts.append({"number": number, "etag": etag, "size": size, "last_modified": modified})
    truncated_text = cos_text(root, "IsTruncated")
    truncated = None if truncated_text is None else truncated_text == "true"
    next_marker = None
    if truncated:
        marker = cos_text(root, "NextPartNumberMarker")
        next_marker = marker if marker else (str(parts[-1]["number"]) if parts else None)
    key = cos_text(root, "Key")
    if key is not None and cos_text(root, "EncodingType") == "url":
        key = unquote(key)
    return {
        "vendor": "cos",
        "upload_id": cos_text(root, "UploadId"),
        "key": key,
        "parts": parts,
        "next_marker": next_marker,
        "truncated": truncated,
    }


def cos_list_multipart_uploads(body: bytes) -> Json:
    root = ET.fromstring(body)
    url = cos_text(root, "Encoding-Type") == "url"
    cache: Dict[str, str] = {}
    uploads = []
    for upload in root.iter("Upload"):
        upload_id = key = initiated = None
        for child in upload:
            tag = child.tag
            if tag == "UploadId":
                upload_id = child.text or ""
            elif tag == "Key":
                key = unquote(child.text or "") if url else child.text or ""
            elif tag == "Initiated":
                initiated = rfc3339(child.text or "", cache)
        uploads.append({"upload_id": upload_id, "key": key, "initiated": initiated})
    truncated_text = cos_text(root, "IsTruncated")
    truncated = None if truncated_text is None else truncated_text == "true"
    next_marker = next_upload_id = None
    if truncated:
        next_marker = cos_text(root, "NextKeyMarker") or None
        next_upload_id = cos_text(root, "NextUploadIdMarker") or None
    prefixes = [
        prefix.text or ""
        for common in root.iter("CommonPrefixes")
        for prefix in common.iter("Prefix")
    ]
    return {
        "vendor": "cos",
        "uploads": uploads,
        "next_marker": next_marker,
        "next_upload_id_marker": next_upload_id,
        "truncated": truncated,
        "prefixes": [unquote(p) for p in prefixes] if url else prefixes,
    }


# vendor, operation, page file, baseline, what the baseline is, target ratio
CASES: List[tuple[str, str, str, Callable[[bytes], Json], str, float]] = [
    ("ufile", "get-multi-upload-part", "json", ufile_get_multi_upload_part, "json.loads", 3.0),
    ("ufile", "get-multi-upload-id", "json", ufile_get_multi_upload_id, "json.loads", 3.0),
    ("qingstor", "list-multipart", "json", qingstor_list_multipart, "json.loads", 3.0),
    (
        "qingstor",
        "list-multipart-uploads",
        "json",
        qingstor_list_multipart_uploads,
        "json.loads",
        3.0,
    ),
    ("pds", "list-uploaded-parts", "json", pds_list_uploaded_parts, "json.loads", 3.0),
    ("cos", "list-parts", "xml", cos_list_parts, "ElementTree", 10.0),
    ("cos", "list-multipart-uploads", "xml", cos_list_multipart_uploads, "ElementTree", 10.0),
]


def generate(folder: Path) -> None:
    subprocess.run(
        [
            "cargo",
            "run",
            "--quiet",
            "--release",
            "--manifest-path",
            str(ROOT / "codec-py" / "Cargo.toml"),
            "--example",
            "generated_pages",
            "--",
            str(folder),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def best(function: Callable[[], object], repeat: int) -> float:
    """Seconds per call, the best of `repeat` runs of about 0.2 s each."""
    timer = timeit.Timer(function)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeat, number=number)) / number


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="a folder of generated pages")
    parser.add_argument("--repeat", type=int, default=7, help="timeit runs; the best counts")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        pages = args.pages
        if pages is None:
            pages = Path(scratch)
            generate(pages)
        return run(pages, args.repeat)


def run(pages: Path, repeat: int) -> int:
    available = set(mc.operations())
    print(f"multipart_codecs {mc.__version__}, Python {sys.version.split()[0]}, best of {repeat}")
    print(f"{'operation':<34} {'bytes':>8} {'mc.decode':>10} {'baseline':>10} {'ratio':>7}  target")
    missed = 0
    for vendor, operation, extension, baseline, name, target in CASES:
        label = f"{vendor} {operation}"
        if (vendor, operation) not in available:
            print(f"{label:<34} (not in mc.operations() yet: skipped)")
            continue
        body = (pages / f"{vendor}.{operation}.{extension}").read_bytes()
        ours = mc.decode(vendor, operation, body, normalized=True)
        theirs = baseline(body)
        if ours != theirs:
            print(f"{label}: the {name} baseline differs from mc.decode", file=sys.stderr)
            return 1
        mc_time = best(lambda: mc.decode(vendor, operation, body, normalized=True), repeat)
        base_time = best(lambda: baseline(body), repeat)
        ratio = base_time / mc_time
        verdict = "ok" if ratio >= target else "MISSED"
        missed += ratio < target
        print(
            f"{label:<34} {len(body):>8} {mc_time * 1e6:>8.0f}us {base_time * 1e6:>8.0f}us "
            f"{ratio:>6.1f}x  {target:.0f}x vs {name}: {verdict}"
        )
    return 0 if missed == 0 or os.environ.get("BENCH_NO_FAIL") else 2


if __name__ == "__main__":
    sys.exit(main())
