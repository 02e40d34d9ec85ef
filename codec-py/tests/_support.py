"""What the tests share: the repository's fixtures, read as `codec-cli/tests/schemas.rs`
reads them, and the `codec` binary to compare with."""

from __future__ import annotations

import functools
import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any, List, Optional, Tuple

import multipart_codecs as mc

ROOT = Path(__file__).resolve().parents[2]
"""The repository: codec-py/tests/ is two levels below it."""

# Each vendor's wire format for responses (the hostile table's format).
RESPONSE_FORMAT = {"ufile": "json", "qingstor": "json", "pds": "json", "cos": "xml"}


def fixture_files(vendor: str, folder: str) -> List[Path]:
    """The files of `codec-<vendor>/fixtures/<folder>`, sorted; none when it is absent."""
    directory = ROOT / f"codec-{vendor}" / "fixtures" / folder
    if not directory.is_dir():
        return []
    return sorted(path for path in directory.iterdir() if path.is_file())


def folder(operation: str, request: bool) -> str:
    """The fixture folder of an operation's responses or requests."""
    return f"{operation}-request" if request else operation


@dataclass(frozen=True)
class Input:
    """One input of one codec: where it came from and its bytes."""

    vendor: str
    operation: str
    request: bool
    name: str
    body: bytes

    @property
    def id(self) -> str:
        side = "request" if self.request else "response"
        return f"{self.vendor}/{self.operation}/{side}/{self.name}"


def inputs(vendor: str, operation: str, request: bool, kind: str = "ok") -> List[Input]:
    """The fixtures of one codec as `decode` reads them (codec-cli/tests/schemas.rs,
    `inputs`): a TARGET+BODY request keeps its halves apart (`<op>-request` targets,
    `<op>-body` bodies); each target goes with the first ok body, each body with the
    first ok target."""
    paths = fixture_files(vendor, f"{kind}/{folder(operation, request)}")
    plain = [Input(vendor, operation, request, path.name, path.read_bytes()) for path in paths]
    if not request:
        return plain
    ok_bodies = fixture_files(vendor, f"ok/{operation}-body")
    if not ok_bodies:
        return plain
    ok_targets = fixture_files(vendor, f"ok/{operation}-request")
    first_body = ok_bodies[0].read_bytes()
    first_target = ok_targets[0].read_bytes().rstrip()
    joined = [
        Input(vendor, operation, True, path.name, path.read_bytes().rstrip() + b"\n" + first_body)
        for path in paths
    ]
    for path in fixture_files(vendor, f"{kind}/{operation}-body"):
        joined.append(
            Input(vendor, operation, True, f"body/{path.name}", first_target + b"\n" + path.read_bytes())
        )
    return joined


def has_codec(vendor: str, operation: str, request: bool) -> bool:
    """Whether mc has that side of the operation (QingStor's Complete has no response)."""
    try:
        mc.example(vendor, operation, request=request)
    except ValueError:
        return False
    return True


def every_input(kind: str = "ok") -> List[Input]:
    """Every fixture of every operation mc.operations() lists, both sides."""
    found = []
    for vendor, operation in mc.operations():
        for request in (False, True):
            if has_codec(vendor, operation, request):
                found.extend(inputs(vendor, operation, request, kind))
    return found


@dataclass
class Outcome:
    """What `codec` made of an input: its JSON, or its error line, or a usage error."""

    status: int
    value: Any = None
    error: Optional[str] = None


class Codec:
    """The `codec` binary."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def run(self, args: List[str], stdin: bytes = b"") -> Tuple[int, bytes, str]:
        done = subprocess.run(
            [str(self.path), *args], input=stdin, capture_output=True, timeout=120, check=False
        )
        return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace")

    def decode(self, item: Input, normalized: bool) -> Outcome:
        args = ["decode", item.vendor, item.operation, "--compact", "-"]
        if item.request:
            args.append("--request")
        if normalized:
            args.append("--normalized")
        status, stdout, stderr = self.run(args, item.body)
        if status == 0:
            return Outcome(0, value=json.loads(stdout))
        return Outcome(status, error=error_line(stderr) if status == 1 else stderr)


def error_line(stderr: str) -> str:
    """The one `error: ` line codec writes on bad input, without its prefix."""
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    return lines[0][len("error: ") :]


@functools.lru_cache(maxsize=None)
def built() -> Path:
    """The repository's debug build of the two binaries the tests run, made once (one
    cargo invocation: the crates they share are built once): its target folder."""
    subprocess.run(
        [
            "cargo",
            "build",
            "-q",
            "-p",
            "codec-cli",
            "-p",
            "codec-testkit",
            "--bin",
            "codec",
            "--example",
            "hostile_corpus",
        ],
        cwd=ROOT,
        check=True,
    )
    metadata = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return Path(json.loads(metadata.stdout)["target_directory"]) / "debug"


def executable(name: str) -> str:
    return name + ".exe" if os.name == "nt" else name


def find_codec() -> Path:
    """The `codec` binary: $CODEC_BIN, else built from the repository with cargo."""
    given = os.environ.get("CODEC_BIN")
    return Path(given) if given else built() / executable("codec")


def find_hostile_corpus() -> Path:
    """codec-testkit's `hostile_corpus` example, which writes the shared hostile table's
    cases as files: $HOSTILE_CORPUS_BIN, else built from the repository with cargo."""
    given = os.environ.get("HOSTILE_CORPUS_BIN")
    return Path(given) if given else built() / "examples" / executable("hostile_corpus")
