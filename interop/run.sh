#!/usr/bin/env bash
# The schemas from Python and TypeScript: generates Pydantic models
# (datamodel-code-generator) and TypeScript types (json-schema-to-typescript) from
# schemas/, fails if any generated type is `Any`/`any`/`unknown`, validates every ok
# fixture's typed and normalized JSON (as the `codec` binary prints it) with the
# Pydantic models, and type-checks usage.ts and the generated types with
# `tsc --strict`.
#
#     interop/run.sh path/to/codec        (or CODEC_BIN=path/to/codec interop/run.sh)
#
# Needs python3 (with venv) and node with npm; reaches PyPI and the npm registry. Works
# in a temporary folder (a fresh virtual environment, `npm ci` in a copy of this
# folder), removed at the end; PYTHON names another interpreter than python3.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
codec=${1:-${CODEC_BIN:-}}
if [[ -z "$codec" || ! -x "$codec" ]]; then
  echo "usage: $0 CODEC_BIN (or CODEC_BIN=… $0): the path of a built codec binary" >&2
  exit 2
fi
codec=$(cd "$(dirname "$codec")" && pwd)/$(basename "$codec")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
step() {
  printf '\n==> interop: %s (at %ss)\n' "$*" "$(( $(date +%s) - started ))"
}

step "the schema files (the folder without its README, which no generator reads)"
(cd "$repo/schemas" && find . -mindepth 2 -maxdepth 2 -name '*.json' -print0 \
  | xargs -0 -I{} sh -c 'mkdir -p "$(dirname "$1/$2")" && cp "$2" "$1/$2"' _ "$work/schemas" {})
echo "$(find "$work/schemas" -name '*.json' | wc -l) schema files"

step "python: a fresh virtual environment with interop/requirements.txt"
"${PYTHON:-python3}" -m venv "$work/venv"
python="$work/venv/bin/python"
"$python" -m pip install --quiet --disable-pip-version-check --no-input -r "$here/requirements.txt"
"$python" -m pip list --disable-pip-version-check 2>/dev/null | grep -Ei '^(datamodel-code-generator|pydantic) '

step "python: Pydantic models, one module per schema file"
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
"$work/venv/bin/datamodel-codegen" \
  --input "$work/schemas" --input-file-type jsonschema \
  --output-model-type pydantic_v2.BaseModel --output "$work/py/models" \
  --target-python-version "$version" --formatters builtin \
  --disable-timestamp

step "typescript: npm ci in a copy of interop/"
mkdir "$work/ts"
cp "$here/package.json" "$here/package-lock.json" "$here/tsconfig.json" \
  "$here/usage.ts" "$here/precise.ts" "$here/gen_ts.mjs" "$work/ts/"
(cd "$work/ts" && npm ci --no-audit --no-fund --loglevel=error)
(cd "$work/ts" && node_modules/.bin/tsc --version)

step "typescript: types, one file per schema file"
node "$work/ts/gen_ts.mjs" "$work/schemas" "$work/ts/generated"

step "no Any in the Pydantic models, no any or unknown in the TypeScript types"
"$python" "$here/no_any.py" --python "$work/py/models" --typescript "$work/ts/generated"

step "python: every fixture's typed and normalized JSON validated by the Pydantic models"
"$python" "$here/validate_pydantic.py" \
  --codec "$codec" --schemas "$work/schemas" --models "$work/py" --repo "$repo"

step "typescript: tsc --strict (usage.ts, every generated type checked for precision)"
(cd "$work/ts" && node_modules/.bin/tsc -p . --strict)
echo "tsc: $(find "$work/ts/generated" -name '*.ts' | wc -l) generated files and usage.ts compiled"

step "done"
