#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| graph_model_fuzz::run("edm_guid", data));
