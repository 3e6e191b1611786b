//! reviewpipe: a batch ETL job that turns folders of film reviews written in every shape into
//! clean Parquet tables.
//!
//! ```text
//! inputs ─► discover ─► extract (rayon, per file) ─► transform (polars) ─► load (arrow-rs → Parquet)
//!                           │                                                   │
//!                           └──────────── rejects (with reason) ────────────────┘
//! ```
//!
//! - [`discover`] walks the inputs in sorted order, one entry at a time.
//! - [`extract`] turns a file's bytes into [`model::RawReview`]s or a [`model::Reject`]: decoding,
//!   family detection from the content, one parser per family, then the shared
//!   [`analyze`] functions on every body.
//! - [`transform`] builds polars frames per batch and normalizes ratings; no I/O.
//! - [`load`] crosses to arrow-rs through the C Data Interface and writes Parquet into a staging
//!   folder that is published by rename at the end.
//! - [`pipeline`] drives the batches and keeps the ledger: every file found ends in `reviews` or
//!   `rejects`.
#![deny(missing_docs)]

pub mod analyze;
pub mod cli;
pub mod config;
pub mod discover;
pub mod error;
pub mod extract;
pub mod inspect;
pub mod load;
pub mod model;
pub mod pipeline;
pub mod transform;
pub mod yaml;

pub use error::Error;
pub use pipeline::{Report, RunOptions, run};
