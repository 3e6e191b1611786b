//! The one integration-test binary.
#![allow(clippy::unwrap_used, missing_docs)]

mod cast; // cast and credits fixtures against their truth, finder proptest
mod cli; // the README's command on data/samples, exit codes, inspect, schema
mod extract; // fixture snapshots and the samples' expected fields
mod hostile; // FIFOs, huge and binary files, link loops, deep folders
mod load; // killed runs leave the previous output intact
mod util; // running the binary, reading Parquet back
