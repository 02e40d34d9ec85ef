#!/usr/bin/env bash
# Seeds each target's corpus (fuzz/corpus/<target>/, not checked in) from the fixtures:
# the documented examples, the published bodies and the hostile table.
set -euo pipefail
cd "$(dirname "$0")"
seed() {
  local target=$1; shift
  mkdir -p "corpus/$target"
  for folder in "$@"; do
    cp ../"$folder"/* "corpus/$target/"
  done
}
seed cos_list_parts_response codec-cos/fixtures/ok/list-parts codec-cos/fixtures/err/list-parts codec-cos/fixtures/ok/error
seed cos_list_parts_request codec-cos/fixtures/ok/list-parts-request codec-cos/fixtures/err/list-parts-request
seed cos_error codec-cos/fixtures/ok/error codec-cos/fixtures/err/error
# JSON seeds: every JSON file the repository tracks (fixtures and schemas).
mkdir -p corpus/core_json_reader
git -C .. ls-files '*.json' | while read -r file; do
  cp "../$file" "corpus/core_json_reader/$(echo "$file" | tr / _)"
done
