#!/usr/bin/env bash
# Seeds each target's corpus (fuzz/corpus/<target>/, not checked in) from the fixtures:
# the documented examples, the published bodies, our edge cases, and the hostile table's
# cases generated from the documented examples.
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
seed ufile_get_multi_upload_part_response codec-ufile/fixtures/ok/get-multi-upload-part codec-ufile/fixtures/err/get-multi-upload-part
seed ufile_get_multi_upload_part_request codec-ufile/fixtures/ok/get-multi-upload-part-request codec-ufile/fixtures/err/get-multi-upload-part-request
seed ufile_get_multi_upload_id_response codec-ufile/fixtures/ok/get-multi-upload-id codec-ufile/fixtures/err/get-multi-upload-id
seed ufile_get_multi_upload_id_request codec-ufile/fixtures/ok/get-multi-upload-id-request codec-ufile/fixtures/err/get-multi-upload-id-request
seed ufile_error codec-ufile/fixtures/ok/error codec-ufile/fixtures/err/error
seed qingstor_list_multipart_response codec-qingstor/fixtures/ok/list-multipart codec-qingstor/fixtures/err/list-multipart
seed qingstor_list_multipart_request codec-qingstor/fixtures/ok/list-multipart-request codec-qingstor/fixtures/err/list-multipart-request
seed qingstor_error codec-qingstor/fixtures/ok/error codec-qingstor/fixtures/err/error
seed pds_list_uploaded_parts_response codec-pds/fixtures/ok/list-uploaded-parts codec-pds/fixtures/err/list-uploaded-parts
seed pds_list_uploaded_parts_request codec-pds/fixtures/ok/list-uploaded-parts-request codec-pds/fixtures/err/list-uploaded-parts-request
seed pds_error codec-pds/fixtures/ok/error codec-pds/fixtures/err/error
# The hostile table's cases (codec-testkit), generated from each target's documented
# example (or, for error bodies, a published one).
hostile() {
  cargo run --quiet --locked --manifest-path ../Cargo.toml -p codec-testkit \
    --example hostile_corpus -- "$2" "../$3" "corpus/$1"
}
hostile cos_list_parts_response xml codec-cos/fixtures/ok/list-parts/doc-example-1.xml
hostile cos_list_parts_request query codec-cos/fixtures/ok/list-parts-request/doc-example.txt
hostile cos_error xml codec-cos/fixtures/ok/error/go-sdk-error-404-nosuchkey.xml
hostile ufile_get_multi_upload_part_response json codec-ufile/fixtures/ok/get-multi-upload-part/doc-example.json
hostile ufile_get_multi_upload_part_request query codec-ufile/fixtures/ok/get-multi-upload-part-request/doc-example.txt
hostile ufile_get_multi_upload_id_response json codec-ufile/fixtures/ok/get-multi-upload-id/doc-example.json
hostile ufile_get_multi_upload_id_request query codec-ufile/fixtures/ok/get-multi-upload-id-request/doc-example.txt
hostile ufile_error json codec-ufile/fixtures/ok/error/real-world-error-bucket-not-exist.json
hostile qingstor_list_multipart_response json codec-qingstor/fixtures/ok/list-multipart/doc-example.json
hostile qingstor_list_multipart_request query codec-qingstor/fixtures/ok/list-multipart-request/doc-example.txt
hostile qingstor_error json codec-qingstor/fixtures/ok/error/qingcloud-docs-bad-request.json
hostile pds_list_uploaded_parts_response json codec-pds/fixtures/ok/list-uploaded-parts/doc-example.json
hostile pds_list_uploaded_parts_request json codec-pds/fixtures/ok/list-uploaded-parts-request/doc-example.json
hostile pds_error json codec-pds/fixtures/ok/error/ours-not-found-upload-id.json
hostile core_json_reader json codec-pds/fixtures/ok/list-uploaded-parts/doc-example.json
# JSON seeds: every JSON file the repository tracks (fixtures and schemas).
mkdir -p corpus/core_json_reader
git -C .. ls-files '*.json' | while read -r file; do
  cp "../$file" "corpus/core_json_reader/$(echo "$file" | tr / _)"
done
