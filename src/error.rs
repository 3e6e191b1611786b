//! Fatal errors: the ones that stop a run. A bad input file is never one of these; it becomes
//! a [`crate::model::Reject`] row instead.

use std::path::PathBuf;

/// Everything that can stop a run before it publishes its output.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The configuration file could not be read or is invalid.
    #[error("invalid configuration in `{path}`: {message}")]
    Config {
        /// The configuration file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// An input root given on the command line cannot be read.
    #[error("cannot read input `{path}`")]
    Input {
        /// The input root.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A table schema in `schemas/` is invalid (a build defect, caught by tests).
    #[error("invalid table schema `{table}`: {message}")]
    Schema {
        /// The table name.
        table: String,
        /// What is wrong.
        message: String,
    },
    /// A polars transform failed.
    #[error("transform of table `{table}` failed")]
    Transform {
        /// The table being built.
        table: &'static str,
        /// The polars error.
        #[source]
        source: polars::error::PolarsError,
    },
    /// Writing the output failed.
    #[error("cannot write output `{path}`")]
    Output {
        /// The file or folder being written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// The run lost track of a file (files found != reviews + rejects); nothing is published.
    #[error("accounting check failed: {0}")]
    Accounting(String),
}

impl Error {
    /// Wraps any error raised while writing `path`.
    pub fn output(
        path: impl Into<PathBuf>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Self::Output {
            path: path.into(),
            source: source.into(),
        }
    }
}
