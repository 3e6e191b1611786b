//! The `reviewpipe` binary: parses the command line, sets up logging, runs, and maps the
//! outcome to an exit code (0 done, 1 rejects over the threshold, 2 fatal).

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use reviewpipe::cli::{Cli, Command};
use reviewpipe::config::{self, Config};
use reviewpipe::load::schema::{TABLES, TableSchema};
use reviewpipe::{Report, RunOptions};

/// mimalloc: batches allocate and free many file-sized buffers on several threads; glibc's
/// allocator fragments under that pattern and its resident memory creeps up with the corpus,
/// mimalloc's stays flat (measured in the issue notes).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Keeps the memory mimalloc has freed instead of handing it back to the system a second
/// later. Every batch allocates and frees the same few hundred MiB (file buffers, polars
/// columns, Parquet pages); handed back, each batch faults it in again and the kernel zeroes
/// it page by page (measured with `perf record` on the 20,000-file bench corpus: a quarter of
/// a `--no-cast` run's CPU time in `clear_page_erms`, and system time swinging from 0.2 s to
/// 0.9 s between runs). Resident memory stays at the peak of one batch, which does not grow
/// with the corpus.
#[allow(unsafe_code)]
fn keep_freed_memory() {
    // SAFETY: `mi_option_set` only stores an option value; it is called once, before any
    // thread but this one exists, and `purge_delay` is read at each purge, so setting it
    // after mimalloc has started is supported (mimalloc's `options.c`).
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
}

/// `mi_option_purge_delay`, which the bindings leave out: in mimalloc 3's `mi_option_e` it is
/// the option right before `mi_option_use_numa_nodes` (the test below checks its default).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = libmimalloc_sys::mi_option_use_numa_nodes - 1;

fn main() -> ExitCode {
    keep_freed_memory();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    init_logging(&cli);
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            let _ = writeln!(std::io::stderr(), "error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn init_logging(cli: &Cli) {
    let default = match (cli.quiet, cli.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    let mut stdout = std::io::stdout().lock();
    match &cli.command {
        Command::Schema { table } => {
            let names: Vec<&str> = match table {
                Some(t) => vec![t.as_str()],
                None => TABLES.iter().map(|(t, _)| *t).collect(),
            };
            for name in names {
                let schema = TableSchema::load(name)?;
                writeln!(stdout, "{}", yaml_serde::to_string(&schema)?)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Inspect { file, config } => {
            let config = match config {
                Some(p) => Config::from_file(p)?,
                None => Config::default(),
            };
            let text = reviewpipe::inspect::inspect(file, &config)?;
            stdout.write_all(text.as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Run(args) => {
            let mut config = match &args.config {
                Some(p) => Config::from_file(p)?,
                None => Config::default(),
            };
            if let Some(b) = args.batch_size {
                anyhow::ensure!(b > 0, "--batch-size must be above 0");
                config.batch_size = b;
            }
            if let Some(s) = args.max_reject_share {
                anyhow::ensure!(
                    (0.0..=1.0).contains(&s),
                    "--max-reject-share must be within 0..=1"
                );
                config.max_reject_share = s;
            }
            if args.no_cast {
                config.find_cast = false;
            }
            let inputs = if args.inputs.is_empty() {
                vec![config::default_input()]
            } else {
                args.inputs.clone()
            };
            let options = RunOptions {
                inputs,
                out: args.out.clone(),
                jobs: args.jobs,
                progress: !cli.quiet && cli.verbose == 0 && std::io::stderr().is_terminal(),
            };
            let report = reviewpipe::run(&config, &options)
                .with_context(|| format!("run into `{}` failed", args.out.display()))?;
            if !cli.quiet {
                let _ = std::io::stderr().write_all(summary(&report, &options).as_bytes());
            }
            Ok(if report.reject_share() > config.max_reject_share {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}

fn summary(r: &Report, options: &RunOptions) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "reviewpipe {} run {} → {}",
        r.tool_version,
        r.run_id,
        options.out.display()
    );
    let _ = writeln!(
        s,
        "  files      {:>9} found, {} with reviews, {} rejected",
        r.files_found, r.files_with_reviews, r.files_rejected
    );
    let _ = writeln!(
        s,
        "  reviews    {:>9} ({} without rating, {} scale inferred, {} over their maximum)",
        r.reviews, r.reviews_without_rating, r.ratings_scale_inferred, r.ratings_over_max
    );
    let fmts: Vec<String> = r
        .reviews_by_format
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    let _ = writeln!(s, "  families   {}", fmts.join(", "));
    let reasons: Vec<String> = r
        .rejects_by_reason
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect();
    let _ = writeln!(
        s,
        "  rejects    {}",
        if reasons.is_empty() {
            "none".to_owned()
        } else {
            reasons.join(", ")
        }
    );
    for (t, tr) in &r.tables {
        let _ = writeln!(s, "  table      {t:<9} {:>9} rows", tr.rows);
    }
    let _ = writeln!(
        s,
        "  time       {:.2} s, {:.0} files/s",
        r.seconds, r.files_per_second
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(unsafe_code)]
    fn the_purge_delay_option_is_the_one_set() {
        // SAFETY: reading an option has no preconditions.
        let get = || unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        // mimalloc 3's default purge delay, in milliseconds: a wrong index reads another
        // option's default.
        assert_eq!(get(), 1000);
        keep_freed_memory();
        assert_eq!(get(), -1);
    }
}
