#!/usr/bin/env bash
# The Python package from scratch, as a user gets it: a new virtual environment,
# `pip install ./codec-py` (maturin comes from the package registry as the build
# backend), pytest and mypy from the registry, then the README's test command and
# `mypy --strict` on the typing example. Also the crate's own format and lint checks,
# which the root workspace's `cargo fmt --all` and `cargo clippy --workspace` do not
# reach (codec-py is a workspace of its own). Run from anywhere; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
step() {
  printf '\n==> codec-py: %s (at %ss)\n' "$*" "$(( $(date +%s) - started ))"
}

step "format and lints of the crate"
cargo fmt --manifest-path codec-py/Cargo.toml -- --check
cargo clippy --manifest-path codec-py/Cargo.toml --locked --all-targets -- -D warnings

step "a new virtual environment"
venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
python="$venv/bin/python"
"$python" -m pip install --quiet --disable-pip-version-check pytest mypy

step "install: pip install ./codec-py"
"$python" -m pip install --disable-pip-version-check ./codec-py

step "test: python -m pytest codec-py/tests"
# Run from outside the source tree's python/ folder: the installed package is tested.
"$python" -m pytest codec-py/tests -q -p no:cacheprovider

step "mypy --strict on the typing example"
"$python" -m mypy --strict --cache-dir "$venv/mypy-cache" codec-py/tests/typing_example.py

step "done"
