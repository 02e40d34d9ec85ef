"""The typing example runs, and `mypy --strict` accepts it against the package's stubs
(skipped where mypy is not installed; codec-py/ci.sh installs it)."""

from __future__ import annotations

from pathlib import Path

import pytest

import typing_example

EXAMPLE = Path(typing_example.__file__)


def test_the_typing_example_runs() -> None:
    typing_example.main()


def test_mypy_strict_accepts_the_typing_example(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run(["--strict", "--cache-dir", str(tmp_path), str(EXAMPLE)])
    assert status == 0, stdout + stderr


def test_mypy_strict_catches_a_wrong_use(tmp_path: Path) -> None:
    """The stubs are what mypy reads: the overloads tell the two forms of decode apart."""
    api = pytest.importorskip("mypy.api")
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "import multipart_codecs as mc\n"
        "page: mc.PartsPage = mc.decode('cos', 'list-parts', b'')\n"
        "wire: bytes = mc.complete('cos', [b''], normalized=True)\n"
    )
    stdout, _, status = api.run(["--strict", "--cache-dir", str(tmp_path / "cache"), str(wrong)])
    assert status == 1
    assert 'expression has type "dict[str, Any]", variable has type "PartsPage"' in stdout
    assert 'expression has type "CompleteRequest", variable has type "bytes"' in stdout
