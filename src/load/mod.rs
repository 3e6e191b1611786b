//! Load: frames to Parquet (arrow-rs), staged in a temporary folder inside the output folder
//! and published by rename at the end, `_SUCCESS` last.

pub mod arrow_bridge;
pub mod output;
pub mod parquet;
pub mod schema;
