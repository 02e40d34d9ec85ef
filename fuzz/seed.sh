#!/usr/bin/env bash
# Seeds each target's corpus (fuzz/corpus/<target>/, not checked in) from the fixtures
# (documented examples, published bodies, our edge cases and hostile bodies) and from
# the shared hostile table's cases, generated from one example body per target.
set -euo pipefail
cd "$(dirname "$0")"
hostile_jobs=()
# seed <target> <format> <crate>/fixtures/<kind>/<folder> <example> [<extra ok folder>…]
# copies ok/<folder> and err/<folder> (and the extra folders), and queues the hostile
# cases of ok/<folder>/<example>.
seed() {
  local target=$1 format=$2 folder=$3 example=$4; shift 4
  local crate=${folder%%/*} name=${folder#*/}
  mkdir -p "corpus/$target"
  for from in "$crate/fixtures/ok/$name" "$crate/fixtures/err/$name" "$@"; do
    cp ../"$from"/* "corpus/$target/"
  done
  hostile_jobs+=("$format" "../$crate/fixtures/ok/$name/$example" "corpus/$target")
}
seed cos_list_parts_response xml codec-cos/list-parts doc-example-1.xml codec-cos/fixtures/ok/error
seed cos_list_parts_request query codec-cos/list-parts-request doc-example.txt
seed cos_error xml codec-cos/error go-sdk-error-404-nosuchkey.xml
seed cos_list_multipart_uploads_response xml codec-cos/list-multipart-uploads doc-example.xml
seed cos_list_multipart_uploads_request query codec-cos/list-multipart-uploads-request doc-example.txt
seed cos_initiate_multipart_upload_response xml codec-cos/initiate-multipart-upload doc-initiate-result.xml
seed cos_complete_multipart_upload_response xml codec-cos/complete-multipart-upload doc-complete-result.xml
seed cos_complete_multipart_upload_body xml codec-cos/complete-multipart-upload-body doc-complete-request.xml
seed cos_complete_multipart_upload_request query codec-cos/complete-multipart-upload-request ours-doc-upload-id.txt
seed ufile_get_multi_upload_part_response json codec-ufile/get-multi-upload-part doc-example.json
seed ufile_get_multi_upload_part_request query codec-ufile/get-multi-upload-part-request doc-example.txt
seed ufile_get_multi_upload_id_response json codec-ufile/get-multi-upload-id doc-example.json
seed ufile_get_multi_upload_id_request query codec-ufile/get-multi-upload-id-request doc-example.txt
seed ufile_error json codec-ufile/error real-world-error-bucket-not-exist.json
seed qingstor_list_multipart_response json codec-qingstor/list-multipart doc-example.json
seed qingstor_list_multipart_request query codec-qingstor/list-multipart-request doc-example.txt
seed qingstor_error json codec-qingstor/error qingcloud-docs-bad-request.json
seed pds_list_uploaded_parts_response json codec-pds/list-uploaded-parts doc-example.json
seed pds_list_uploaded_parts_request json codec-pds/list-uploaded-parts-request doc-example.json
seed pds_error json codec-pds/error ours-not-found-upload-id.json
seed qingstor_initiate_multipart_upload_response json codec-qingstor/initiate-multipart-upload doc-example.json
seed qingstor_complete_multipart_upload_body json codec-qingstor/complete-multipart-upload-body doc-example.json
seed qingstor_complete_multipart_upload_request query codec-qingstor/complete-multipart-upload-request doc-example.txt
seed qingstor_list_multipart_uploads_response json codec-qingstor/list-multipart-uploads doc-example.json
seed qingstor_list_multipart_uploads_request query codec-qingstor/list-multipart-uploads-request doc-example.txt
seed ufile_initiate_multipart_upload_response json codec-ufile/initiate-multipart-upload real-world-doc.json
seed ufile_finish_multipart_upload_response json codec-ufile/finish-multipart-upload real-world-doc.json
seed ufile_finish_multipart_upload_request query codec-ufile/finish-multipart-upload-request doc-example.txt
seed ufile_finish_multipart_upload_body query codec-ufile/finish-multipart-upload-body real-world-doc.txt
seed pds_create_file_request json codec-pds/create-file-request ours-documented-fields.json
seed pds_create_file_response json codec-pds/create-file ours-documented-fields.json
seed pds_get_upload_url_request json codec-pds/get-upload-url-request ours-documented-fields.json
seed pds_get_upload_url_response json codec-pds/get-upload-url ours-documented-fields.json
seed pds_complete_file_request json codec-pds/complete-file-request ours-documented-fields.json
seed pds_complete_file_response json codec-pds/complete-file ours-documented-fields.json
# The JSON reader: every JSON file the repository tracks (fixtures and schemas), and the
# hostile cases of one documented JSON body.
mkdir -p corpus/core_json_reader
git -C .. ls-files '*.json' | while read -r file; do
  cp "../$file" "corpus/core_json_reader/$(echo "$file" | tr / _)"
done
hostile_jobs+=(json ../codec-pds/fixtures/ok/list-uploaded-parts/doc-example.json corpus/core_json_reader)
cargo run --quiet --locked --manifest-path ../Cargo.toml -p codec-testkit \
  --example hostile_corpus -- "${hostile_jobs[@]}"
