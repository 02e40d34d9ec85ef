//! One operation's decode or encode of a 1,000-part body, ROUNDS times (default 20), for
//! `valgrind --tool=callgrind`: instruction counts do not move with the machine's load, so
//! two commits compare on them where criterion's times on a shared VM scatter by ±15%.
//! `ROUNDS=30 valgrind --tool=callgrind target/release/examples/instructions OP [decode|encode]`
//! with OP one of `cos`, `pds`, `qingstor`, `ufile-part`, `ufile-id`; the cost of one round
//! is (count at 30 rounds − count at 10) / 20.
use codec_core::{Decode, Encode};

fn run<'a, T: Decode<'a> + Encode>(body: &'a [u8], encode: bool, rounds: usize) -> usize {
    let mut total = 0;
    if encode {
        let value = T::decode(body).unwrap();
        for _ in 0..rounds {
            total += std::hint::black_box(&value).encode().unwrap().len();
        }
    } else {
        for _ in 0..rounds {
            let value = T::decode(std::hint::black_box(body)).unwrap();
            total += std::mem::size_of_val(&value);
            std::hint::black_box(&value);
        }
    }
    total
}

fn main() {
    let mut args = std::env::args().skip(1);
    let op = args.next().unwrap();
    let encode = args.next().as_deref() == Some("encode");
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(20);
    let n = 1_000;
    let total = match op.as_str() {
        "cos" => {
            let b = codec_cos::examples::list_parts_page(n);
            run::<codec_cos::ListPartsResult>(b.as_bytes(), encode, rounds)
        }
        "pds" => {
            let b = codec_pds::examples::list_uploaded_parts_page(n);
            run::<codec_pds::ListUploadedPartsResponse>(b.as_bytes(), encode, rounds)
        }
        "qingstor" => {
            let b = codec_qingstor::examples::list_multipart_page(n);
            run::<codec_qingstor::ListMultipartResponse>(b.as_bytes(), encode, rounds)
        }
        "ufile-part" => {
            let b = codec_ufile::examples::get_multi_upload_part_page(n);
            run::<codec_ufile::GetMultiUploadPartResponse>(b.as_bytes(), encode, rounds)
        }
        "ufile-id" => {
            let b = codec_ufile::examples::get_multi_upload_id_page(n);
            run::<codec_ufile::GetMultiUploadIdResponse>(b.as_bytes(), encode, rounds)
        }
        _ => panic!("{op}"),
    };
    println!("{total}");
}
