//! Any bytes: the JSON pull reader, reading the whole document with `skip_value`, never
//! panics, and accepts exactly what serde_json's `Value` parser accepts; every string
//! it accepts unescapes to what serde_json reads.
#![no_main]

use codec_core::Limits;
use codec_core::json::JsonReader;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ours = JsonReader::new(data, &Limits::default())
        .and_then(|mut reader| reader.skip_value().and_then(|()| reader.finish()));
    let theirs = serde_json::from_slice::<serde_json::Value>(data);
    assert_eq!(ours.is_ok(), theirs.is_ok(), "ours: {ours:?}, serde_json: {theirs:?}");
    if let Ok(serde_json::Value::String(text)) = theirs {
        let mut reader = JsonReader::new(data, &Limits::default()).expect("accepted above");
        assert_eq!(reader.str().expect("a string").value(), text);
    }
});
