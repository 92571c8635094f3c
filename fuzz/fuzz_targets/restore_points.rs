#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| graph_model_fuzz::run("restore_points", data));
