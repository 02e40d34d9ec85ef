//! `codec complete` and TARGET+BODY requests, as the contract (DESIGN.md) describes them:
//! list-parts pages in, the vendor's Complete request out; each failure exits 1 with one
//! `error:` line naming the part numbers concerned.

use std::path::PathBuf;

struct Outcome {
    status: i32,
    stdout: String,
    stderr: String,
}

fn codec(args: &[&str], stdin: &[u8]) -> Outcome {
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let argv = [&["codec"][..], args].concat();
    let status = codec_cli::run(argv, &mut &stdin[..], &mut stdout, &mut stderr);
    Outcome {
        status,
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

/// Writes `pages` to files of their own, named for the test.
fn files(test: &str, pages: &[String]) -> Vec<PathBuf> {
    let dir = std::env::temp_dir().join(format!("codec-complete-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let path = dir.join(format!("page-{i}.xml"));
            std::fs::write(&path, page).unwrap();
            path
        })
        .collect()
}

fn complete(extra: &[&str], pages: &[PathBuf]) -> Outcome {
    let paths: Vec<&str> = pages.iter().map(|path| path.to_str().unwrap()).collect();
    codec(&[&["complete", "cos"], extra, &paths[..]].concat(), b"")
}

fn assert_one_error_line(outcome: &Outcome, status: i32) {
    assert_eq!(outcome.status, status, "{}", outcome.stderr);
    assert_eq!(outcome.stdout, "");
    assert!(outcome.stderr.starts_with("error: "), "{}", outcome.stderr);
    assert_eq!(outcome.stderr.lines().count(), 1, "{}", outcome.stderr);
}

#[test]
fn pages_in_any_order_make_the_complete_request() {
    let mut paths = files("order", &codec_cos::examples::list_parts_pages(10, 4));
    paths.reverse();
    let outcome = complete(&["--expect", "10"], &paths);
    assert_eq!((outcome.status, outcome.stderr.as_str()), (0, ""));
    let (target, body) = outcome.stdout.split_once('\n').unwrap();
    assert!(target.starts_with("/exampleobject?uploadId="), "{target}");
    assert!(body.starts_with("<?xml"), "{body}");

    // What it wrote is a request `decode --request` reads, parts ascending.
    let decoded = codec(
        &["decode", "cos", "complete-multipart-upload", "--request", "--normalized", "--compact"],
        outcome.stdout.as_bytes(),
    );
    assert_eq!(decoded.status, 0, "{}", decoded.stderr);
    let model: serde_json::Value = serde_json::from_str(&decoded.stdout).unwrap();
    let numbers: Vec<u64> =
        model["parts"].as_array().unwrap().iter().map(|p| p["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<u64>>());

    let normalized = complete(&["--normalized", "--compact"], &paths);
    assert_eq!(normalized.status, 0, "{}", normalized.stderr);
    assert_eq!(normalized.stdout, decoded.stdout, "the same CompleteRequest either way");
}

#[test]
fn a_missing_page_names_the_missing_parts() {
    let pages = codec_cos::examples::list_parts_pages(10, 4);
    let paths = files("gap", &[pages[0].clone(), pages[2].clone()]);
    let outcome = complete(&[], &paths);
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("parts 5, 6, 7 and 8 are missing"), "{}", outcome.stderr);
    assert!(outcome.stderr.contains("cos complete-multipart-upload"), "{}", outcome.stderr);
}

#[test]
fn expect_names_the_parts_not_in_the_pages_and_counts_the_rest() {
    let paths = files("expect", &codec_cos::examples::list_parts_pages(10, 4));
    let outcome = complete(&["--expect", "12"], &paths);
    assert_one_error_line(&outcome, 1);
    assert!(
        outcome.stderr.contains("parts 11 and 12 of the expected 1 to 12"),
        "{}",
        outcome.stderr
    );
    let many = complete(&["--expect", "100"], &paths);
    assert_one_error_line(&many, 1);
    assert!(
        many.stderr.contains("11, 12, 13, 14, 15, 16, 17, 18, 19, 20 and 80 more"),
        "{}",
        many.stderr
    );
}

#[test]
fn two_etags_for_one_part_name_the_part_and_both_etags() {
    let pages = codec_cos::examples::list_parts_pages(4, 4);
    let etag = pages[0].split("&quot;").nth(1).unwrap().to_owned();
    let other = pages[0].replacen(&etag, "0123456789abcdef0123456789abcdef", 1);
    let paths = files("etags", &[pages[0].clone(), other]);
    let outcome = complete(&[], &paths);
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("part 1 has two ETags"), "{}", outcome.stderr);
    assert!(outcome.stderr.contains(&etag), "{}", outcome.stderr);
    assert!(outcome.stderr.contains("0123456789abcdef0123456789abcdef"), "{}", outcome.stderr);
}

#[test]
fn the_upload_id_and_key_come_from_the_pages_or_the_flags() {
    let page = "<ListPartsResult><Part><PartNumber>1</PartNumber><ETag>\"e1\"</ETag></Part>\
                <IsTruncated>false</IsTruncated></ListPartsResult>";
    let paths = files("ids", &[page.to_owned()]);
    let outcome = complete(&[], &paths);
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("pass --upload-id"), "{}", outcome.stderr);
    let outcome = complete(&["--upload-id", "1585"], &paths);
    assert!(outcome.stderr.contains("pass --key"), "{}", outcome.stderr);
    let outcome = complete(&["--upload-id", "1585", "--key", "a b.txt"], &paths);
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    assert!(outcome.stdout.starts_with("/a%20b.txt?uploadId=1585\n"), "{}", outcome.stdout);

    let named = files("named", &codec_cos::examples::list_parts_pages(2, 4));
    let outcome = complete(&["--upload-id", "another"], &named);
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("--upload-id \"another\" differs"), "{}", outcome.stderr);
}

#[test]
fn a_page_that_does_not_decode_is_named() {
    let mut pages = codec_cos::examples::list_parts_pages(8, 4);
    pages[1] = "<Error><Code>NoSuchUpload</Code></Error>".to_owned();
    let paths = files("bad", &pages);
    let outcome = complete(&[], &paths);
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("page-1.xml"), "{}", outcome.stderr);
    assert!(outcome.stderr.contains("NoSuchUpload"), "{}", outcome.stderr);
}

fn complete_vendor(vendor: &str, extra: &[&str], pages: &[PathBuf]) -> Outcome {
    let paths: Vec<&str> = pages.iter().map(|path| path.to_str().unwrap()).collect();
    codec(&[&["complete", vendor], extra, &paths[..]].concat(), b"")
}

#[test]
fn a_page_is_required() {
    assert_eq!(codec(&["complete", "cos"], b"").status, 2);
}

#[test]
fn ufile_finishes_from_part_0_with_the_etags_in_part_order() {
    let mut paths = files("ufile", &codec_ufile::examples::get_multi_upload_part_pages(7, 3));
    paths.reverse();
    let outcome = complete_vendor("ufile", &["--expect", "7"], &paths);
    assert_eq!((outcome.status, outcome.stderr.as_str()), (0, ""));
    let (target, body) = outcome.stdout.split_once('\n').unwrap();
    assert!(target.contains("?uploadId="), "{target}");
    assert_eq!(body.split(',').count(), 7, "{body}");
    // What `codec complete` writes, `codec decode --request` reads back.
    let decoded = codec(
        &["decode", "ufile", "finish-multipart-upload", "--request", "--normalized", "-"],
        outcome.stdout.as_bytes(),
    );
    assert_eq!(decoded.status, 0, "{}", decoded.stderr);
    let normalized = complete_vendor("ufile", &["--normalized"], &paths);
    assert_eq!(normalized.stdout, decoded.stdout);

    // A gap would pair ETags with the wrong positions: refused, naming the part.
    let gap = files("ufile-gap", &codec_ufile::examples::get_multi_upload_part_pages(7, 3));
    let outcome = complete_vendor("ufile", &[], &[gap[0].clone(), gap[2].clone()]);
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("ufile finish-multipart-upload"), "{}", outcome.stderr);
    for missing in ["3", "4", "5"] {
        assert!(outcome.stderr.contains(missing), "{}", outcome.stderr);
    }
}

#[test]
fn qingstor_needs_the_upload_id_and_key_its_pages_do_not_name() {
    let paths = files("qingstor", &codec_qingstor::examples::list_multipart_pages(5, 2));
    let outcome = complete_vendor("qingstor", &[], &paths);
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("--upload-id"), "{}", outcome.stderr);

    let names = ["--upload-id", "4d26b37a", "--key", "large object"];
    // Gaps are allowed: pages 1 and 3 of 3 make a request of their parts.
    let outcome = complete_vendor("qingstor", &names, &[paths[0].clone(), paths[2].clone()]);
    assert_eq!((outcome.status, outcome.stderr.as_str()), (0, ""));
    let (target, body) = outcome.stdout.split_once('\n').unwrap();
    assert_eq!(target, "/large%20object?upload_id=4d26b37a");
    let body: serde_json::Value = serde_json::from_str(body).unwrap();
    let numbers: Vec<u64> = body["object_parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|part| part["part_number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 2, 5]);
}

#[test]
fn pds_needs_the_drive_id_its_pages_do_not_name() {
    let paths = files("pds", &codec_pds::examples::list_uploaded_parts_pages(5, 2));
    let outcome = complete_vendor("pds", &["--expect", "5"], &paths);
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("--drive-id"), "{}", outcome.stderr);

    let outcome = complete_vendor("pds", &["--expect", "5", "--drive-id", "1"], &paths);
    assert_eq!((outcome.status, outcome.stderr.as_str()), (0, ""));
    let request: serde_json::Value = serde_json::from_str(&outcome.stdout).unwrap();
    assert_eq!(request["drive_id"], "1");
    assert_eq!(request["part_info_list"].as_array().unwrap().len(), 5);
    let decoded = codec(
        &["decode", "pds", "complete-file", "--request", "--normalized", "--compact", "-"],
        outcome.stdout.as_bytes(),
    );
    assert_eq!(decoded.status, 0, "{}", decoded.stderr);
    let normalized =
        complete_vendor("pds", &["--drive-id", "1", "--normalized", "--compact"], &paths);
    assert_eq!(normalized.stdout, decoded.stdout);
}

#[test]
fn qingstor_complete_has_no_response_to_decode() {
    let outcome = codec(&["decode", "qingstor", "complete-multipart-upload", "-"], b"");
    assert_eq!(outcome.status, 2, "{}", outcome.stderr);
    assert!(outcome.stderr.contains("has no response body"), "{}", outcome.stderr);
    let request = codec(
        &["decode", "qingstor", "complete-multipart-upload", "--request", "--normalized", "-"],
        codec_qingstor::examples::COMPLETE_MULTIPART_UPLOAD_REQUEST.as_bytes(),
    );
    assert_eq!(request.status, 0, "{}", request.stderr);
}

#[test]
fn a_target_body_request_needs_its_line_feed() {
    let outcome = codec(
        &["decode", "cos", "complete-multipart-upload", "--request", "-"],
        b"/exampleobject?uploadId=1585",
    );
    assert_one_error_line(&outcome, 1);
    assert!(outcome.stderr.contains("line feed"), "{}", outcome.stderr);
    let body = codec_cos::examples::COMPLETE_MULTIPART_UPLOAD_REQUEST
        .replace("<PartNumber>2<", "<PartNumber>x<");
    let outcome =
        codec(&["decode", "cos", "complete-multipart-upload", "--request", "-"], body.as_bytes());
    assert_one_error_line(&outcome, 1);
    // The offset counts from the start of the whole input, target line included.
    let at = body.find("x<").unwrap();
    assert!(outcome.stderr.contains(&format!("at byte {at}")), "{}", outcome.stderr);
}

#[test]
fn a_huge_expect_names_a_few_parts_and_counts_the_rest() {
    // The collector walks the gaps; it does not list four billion part numbers.
    let paths = files("huge-expect", &codec_cos::examples::list_parts_pages(3, 4));
    let outcome = complete(&["--expect", "4294967295"], &paths);
    assert_one_error_line(&outcome, 1);
    assert!(
        outcome.stderr.contains("parts 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 and 4294967282 more of the expected 1 to 4294967295"),
        "{}",
        outcome.stderr
    );
}
