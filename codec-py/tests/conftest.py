"""Session fixtures: the `codec` binary the values are compared with."""

from __future__ import annotations

import pytest

from _support import Codec, find_codec


@pytest.fixture(scope="session")
def codec() -> Codec:
    """The `codec` binary: $CODEC_BIN, else `cargo build -p codec-cli` in the repository."""
    return Codec(find_codec())
