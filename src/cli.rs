//! Command line (clap derive): runtime flags only; what the pipeline does lives in the
//! configuration file.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// reviewpipe: folders of film reviews in many shapes → clean Parquet tables.
#[derive(Debug, Parser)]
#[command(version, about, long_about = None)]
pub struct Cli {
    /// More logging on stderr (-v info, -vv debug, -vvv trace). `RUST_LOG` overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Only errors on stderr; no progress bar and no summary.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the job: read review files, write the tables as Parquet into --out.
    Run(RunArgs),
    /// Print the output contract of one table, or of all of them.
    Schema {
        /// A table name (reviews, rejects); all tables when omitted.
        table: Option<String>,
    },
    /// Show what would be extracted from one file, with the evidence for each field.
    Inspect {
        /// The file to examine.
        file: PathBuf,
        /// Configuration file (YAML): its size limit applies.
        #[arg(short, long)]
        config: Option<PathBuf>,
    },
}

/// Arguments of `run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// Files and folders to read (default: the bundled data/samples/).
    pub inputs: Vec<PathBuf>,
    /// Output folder: one folder per table plus `_SUCCESS`.
    #[arg(short, long, default_value = "out")]
    pub out: PathBuf,
    /// Configuration file (YAML); see schemas/pipeline.example.yaml.
    #[arg(short, long)]
    pub config: Option<PathBuf>,
    /// Extraction threads (default: one per core).
    #[arg(short, long, default_value_t = 0)]
    pub jobs: usize,
    /// Files per batch (overrides the configuration).
    #[arg(long)]
    pub batch_size: Option<usize>,
    /// Exit with 1 when rejected files exceed this share of files found (overrides the configuration).
    #[arg(long)]
    pub max_reject_share: Option<f64>,
    /// Skip the cast and crew finder: `cast_mentions` and `credits` are written empty
    /// (overrides the configuration's `find_cast`).
    #[arg(long)]
    pub no_cast: bool,
}
