//! Discovery: walks the input roots in a stable sorted order, one entry at a time, so memory
//! does not grow with the corpus. Hidden and temporary files are skipped; everything else that
//! is found is handed on, including what cannot be read (it becomes a reject later).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// What discovery knows about one entry before it is opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    /// A regular file, or a link to one (its size is read when it is opened).
    File,
    /// Not a regular file; the text says what it is. Never opened.
    NotRegular(&'static str),
    /// The entry could not be examined (a folder that cannot be listed, a broken link).
    Unreadable(String),
}

/// One entry found under an input root.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Full path to open.
    pub path: PathBuf,
    /// Path relative to the input root it was found under, `/`-separated.
    pub rel: String,
    /// What it is.
    pub kind: EntryKind,
}

/// True for names discovery skips: hidden files and editor or download leftovers.
#[must_use]
pub fn is_skipped_name(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || [
            ".swp",
            ".swo",
            ".tmp",
            ".temp",
            ".part",
            ".crdownload",
            ".partial",
        ]
        .iter()
        .any(|ext| name.to_ascii_lowercase().ends_with(ext))
        || name.eq_ignore_ascii_case("Thumbs.db")
        || name.eq_ignore_ascii_case("desktop.ini")
}

/// An open folder: its path, its relative path and its remaining sorted entries.
type Frame = (
    PathBuf,
    String,
    std::vec::IntoIter<(OsString, std::fs::FileType)>,
);

/// A depth-first walk over several roots, each folder's entries in byte order of their names.
pub struct Walk {
    /// Roots still to walk, last first.
    roots: Vec<PathBuf>,
    /// One frame per open folder: its path, its relative path and its remaining sorted entries.
    stack: Vec<Frame>,
}

impl Walk {
    /// Checks every root exists and prepares the walk.
    ///
    /// # Errors
    /// [`Error::Input`] when a root does not exist or cannot be examined.
    pub fn new(roots: &[PathBuf]) -> Result<Self, Error> {
        for root in roots {
            fs_err::metadata(root).map_err(|source| Error::Input {
                path: root.clone(),
                source,
            })?;
        }
        Ok(Self {
            roots: roots.iter().rev().cloned().collect(),
            stack: Vec::new(),
        })
    }

    fn open_dir(&mut self, path: PathBuf, rel: String) -> Option<Entry> {
        match read_sorted(&path) {
            Ok(names) => {
                self.stack.push((path, rel, names.into_iter()));
                None
            }
            Err(e) => Some(Entry {
                kind: EntryKind::Unreadable(format!("cannot list folder: {e}")),
                path,
                rel,
            }),
        }
    }
}

fn read_sorted(dir: &Path) -> std::io::Result<Vec<(OsString, std::fs::FileType)>> {
    let mut names = Vec::new();
    for entry in fs_err::read_dir(dir)? {
        let entry = entry?;
        names.push((entry.file_name(), entry.file_type()?));
    }
    names.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(names)
}

/// What an entry is, from its type as listed (a link is followed once, never into a folder).
fn classify(path: &Path, listed: std::fs::FileType) -> EntryKind {
    use std::os::unix::fs::FileTypeExt;
    let ft = if listed.is_symlink() {
        match fs_err::metadata(path) {
            Ok(m) if m.is_dir() => {
                return EntryKind::NotRegular("symbolic link to a folder (not followed)");
            }
            Ok(m) => m.file_type(),
            Err(e) => return EntryKind::Unreadable(format!("broken symbolic link: {e}")),
        }
    } else {
        listed
    };
    if ft.is_file() {
        EntryKind::File
    } else if ft.is_dir() {
        // Callers handle folders before classifying; reaching here means a race.
        EntryKind::NotRegular("folder")
    } else if ft.is_fifo() {
        EntryKind::NotRegular("named pipe (FIFO)")
    } else if ft.is_socket() {
        EntryKind::NotRegular("socket")
    } else if ft.is_block_device() || ft.is_char_device() {
        EntryKind::NotRegular("device file")
    } else {
        EntryKind::NotRegular("special file")
    }
}

fn join_rel(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_owned()
    } else {
        format!("{parent}/{name}")
    }
}

impl Iterator for Walk {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            if let Some((dir, rel, names)) = self.stack.last_mut() {
                let Some((name, listed)) = names.next() else {
                    self.stack.pop();
                    continue;
                };
                let name_str = name.to_string_lossy().into_owned();
                if is_skipped_name(&name_str) {
                    continue;
                }
                let path = dir.join(&name);
                let rel = join_rel(rel, &name_str);
                if listed.is_dir() {
                    if let Some(bad) = self.open_dir(path, rel) {
                        return Some(bad);
                    }
                    continue;
                }
                let kind = classify(&path, listed);
                return Some(Entry { path, rel, kind });
            }
            let root = self.roots.pop()?;
            if root.is_dir() {
                if let Some(bad) = self.open_dir(root, String::new()) {
                    return Some(bad);
                }
                continue;
            }
            let rel = root.file_name().map_or_else(
                || root.to_string_lossy().into_owned(),
                |n| n.to_string_lossy().into_owned(),
            );
            let kind = match fs_err::symlink_metadata(&root) {
                Ok(m) => classify(&root, m.file_type()),
                Err(e) => EntryKind::Unreadable(e.to_string()),
            };
            return Some(Entry {
                path: root,
                rel,
                kind,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_and_skips_hidden_and_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for p in [
            "b/2.txt",
            "b/10.txt",
            "a.txt",
            ".hidden",
            "c/.git/x",
            "note.txt~",
            "z.swp",
        ] {
            let p = root.join(p);
            fs_err::create_dir_all(p.parent().unwrap()).unwrap();
            fs_err::write(p, "x").unwrap();
        }
        let rels: Vec<String> = Walk::new(&[root.to_path_buf()])
            .unwrap()
            .map(|e| e.rel)
            .collect();
        assert_eq!(rels, ["a.txt", "b/10.txt", "b/2.txt"]);
    }

    #[test]
    fn fifo_is_reported_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        let found: Vec<Entry> = Walk::new(&[dir.path().to_path_buf()]).unwrap().collect();
        assert_eq!(found.len(), 1);
        assert!(
            matches!(found[0].kind, EntryKind::NotRegular(_)),
            "{:?}",
            found[0].kind
        );
    }

    #[test]
    fn missing_root_is_fatal() {
        assert!(Walk::new(&[PathBuf::from("/nonexistent/reviewpipe")]).is_err());
    }
}
