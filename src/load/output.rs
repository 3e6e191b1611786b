//! The output folder: a lock so one run writes it at a time, a staging folder inside it, and
//! publication by rename with `_SUCCESS` written last.
//!
//! A run writes every table into `OUT/.reviewpipe-staging-<run id>/<table>/`. Only when every
//! file is complete (footer written, synced) is each staged table folder swapped with the
//! published one (`renameat2(RENAME_EXCHANGE)`, atomic per table), then `_SUCCESS` replaces
//! the old one by rename. A run killed before publication leaves the previous output as it
//! was; the next run removes the dead staging folder.

use std::path::{Path, PathBuf};

use rustix::fs::{CWD, FlockOperation, RenameFlags};

use crate::error::Error;

const STAGING_PREFIX: &str = ".reviewpipe-staging-";
const LOCK_FILE: &str = ".reviewpipe.lock";

/// A run's staging folder inside the output folder, holding the output lock.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    _lock: fs_err::File,
}

impl Staging {
    /// Creates the output folder if needed, takes its lock, removes staging folders left by
    /// killed runs and creates this run's staging folder.
    ///
    /// # Errors
    /// [`Error::Output`] when the folder cannot be created or written, or another run holds it.
    pub fn create(out: &Path, run_id: &str) -> Result<Self, Error> {
        fs_err::create_dir_all(out).map_err(|e| Error::output(out, e))?;
        let lock_path = out.join(LOCK_FILE);
        let lock = fs_err::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::output(&lock_path, e))?;
        rustix::fs::flock(lock.file(), FlockOperation::NonBlockingLockExclusive).map_err(|e| {
            Error::output(
                &lock_path,
                format!("another reviewpipe run is writing this output folder ({e})"),
            )
        })?;
        for entry in fs_err::read_dir(out).map_err(|e| Error::output(out, e))? {
            let entry = entry.map_err(|e| Error::output(out, e))?;
            if entry
                .file_name()
                .to_string_lossy()
                .starts_with(STAGING_PREFIX)
            {
                tracing::info!(path = %entry.path().display(), "Removing the staging folder of an interrupted run.");
                fs_err::remove_dir_all(entry.path()).map_err(|e| Error::output(entry.path(), e))?;
            }
        }
        let dir = out.join(format!("{STAGING_PREFIX}{run_id}"));
        fs_err::create_dir(&dir).map_err(|e| Error::output(&dir, e))?;
        Ok(Self {
            out: out.to_owned(),
            dir,
            _lock: lock,
        })
    }

    /// The staged folder of `table`, created on first use.
    ///
    /// # Errors
    /// [`Error::Output`] when it cannot be created.
    pub fn table_dir(&self, table: &str) -> Result<PathBuf, Error> {
        let d = self.dir.join(table);
        fs_err::create_dir_all(&d).map_err(|e| Error::output(&d, e))?;
        Ok(d)
    }

    /// Publishes the staged tables and then `_SUCCESS` (the run summary), and removes the
    /// staging folder with the previous tables in it.
    ///
    /// # Errors
    /// [`Error::Output`] when a rename fails.
    pub fn publish(self, tables: &[&str], success_json: &str) -> Result<(), Error> {
        let staged_success = self.dir.join("_SUCCESS");
        fs_err::write(&staged_success, success_json)
            .map_err(|e| Error::output(&staged_success, e))?;
        for table in tables {
            let staged = self.dir.join(table);
            let published = self.out.join(table);
            swap_in(&staged, &published)?;
        }
        let success = self.out.join("_SUCCESS");
        fs_err::rename(&staged_success, &success).map_err(|e| Error::output(&success, e))?;
        fs_err::remove_dir_all(&self.dir).map_err(|e| Error::output(&self.dir, e))?;
        Ok(())
    }
}

/// Puts `staged` at `published`, atomically when the filesystem supports exchange; the old
/// folder ends up at `staged` (to be removed with the staging folder).
fn swap_in(staged: &Path, published: &Path) -> Result<(), Error> {
    if !published.exists() {
        return fs_err::rename(staged, published).map_err(|e| Error::output(published, e));
    }
    if rustix::fs::renameat_with(CWD, staged, CWD, published, RenameFlags::EXCHANGE).is_ok() {
        return Ok(());
    }
    // Filesystems without RENAME_EXCHANGE: move the old folder aside, then the new in.
    let aside = staged.with_extension("previous");
    fs_err::rename(published, &aside).map_err(|e| Error::output(published, e))?;
    fs_err::rename(staged, published).map_err(|e| Error::output(published, e))?;
    fs_err::rename(&aside, staged).map_err(|e| Error::output(staged, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishes_and_replaces_previous_output() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        for (run, content) in [("r1", "one"), ("r2", "two")] {
            let s = Staging::create(&out, run).unwrap();
            fs_err::write(
                s.table_dir("reviews").unwrap().join("part-00000.parquet"),
                content,
            )
            .unwrap();
            s.publish(&["reviews"], &format!("{{\"run_id\":\"{run}\"}}"))
                .unwrap();
        }
        assert_eq!(
            fs_err::read_to_string(out.join("reviews/part-00000.parquet")).unwrap(),
            "two"
        );
        assert_eq!(
            fs_err::read_to_string(out.join("_SUCCESS")).unwrap(),
            "{\"run_id\":\"r2\"}"
        );
        let leftovers: Vec<_> = fs_err::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers.len(), 3, "{leftovers:?}"); // reviews, _SUCCESS, lock
    }

    #[test]
    fn second_concurrent_run_is_refused_and_dead_staging_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        fs_err::create_dir_all(out.join(".reviewpipe-staging-dead/reviews")).unwrap();
        let first = Staging::create(&out, "a").unwrap();
        assert!(!out.join(".reviewpipe-staging-dead").exists());
        assert!(Staging::create(&out, "b").is_err());
        drop(first);
    }
}
