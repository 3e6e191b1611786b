//! Publication: a run killed midway leaves the previous output complete and readable.

use std::time::{Duration, Instant};

use crate::util::{read_table, reviewpipe, root};

fn make_corpus(dir: &std::path::Path, copies: usize) {
    // Copies of the samples with a unique line each, so none is a duplicate of another.
    let samples = root().join("data/samples");
    let files: Vec<_> = walk(&samples);
    for k in 0..copies {
        for (i, f) in files.iter().enumerate() {
            let mut bytes = fs_err::read(f).unwrap();
            if std::str::from_utf8(&bytes).is_ok() && !bytes.is_empty() {
                bytes.extend_from_slice(format!("\nCopy {k} of {i}.\n").as_bytes());
            }
            let target = dir.join(format!("{k:04}")).join(format!("{i:03}.txt"));
            fs_err::create_dir_all(target.parent().unwrap()).unwrap();
            fs_err::write(target, bytes).unwrap();
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in fs_err::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if !p.file_name().unwrap().to_string_lossy().starts_with('.') {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn killed_run_leaves_previous_output_intact() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let small = dir.path().join("small");
    make_corpus(&small, 1);
    reviewpipe()
        .arg("run")
        .arg(&small)
        .arg("--out")
        .arg(&out)
        .args(["-q", "--max-reject-share", "1"])
        .assert()
        .success();
    let before = fs_err::read_to_string(out.join("_SUCCESS")).unwrap();
    let (batches, _) = read_table(&out, "reviews");
    let rows_before: usize = batches
        .iter()
        .map(arrow::array::RecordBatch::num_rows)
        .sum();

    let big = dir.path().join("big");
    make_corpus(&big, 120);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_reviewpipe"))
        .arg("run")
        .arg(&big)
        .arg("--out")
        .arg(&out)
        .args(["-q", "--batch-size", "64", "--jobs", "1"])
        .spawn()
        .unwrap();
    // Kill once the run has staged some output, well before it can finish.
    let start = Instant::now();
    loop {
        let staged = fs_err::read_dir(&out).unwrap().any(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with(".reviewpipe-staging-")
        });
        if staged || start.elapsed() > Duration::from_secs(20) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(150));
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the run was killed before it finished");

    assert_eq!(
        fs_err::read_to_string(out.join("_SUCCESS")).unwrap(),
        before,
        "previous _SUCCESS kept"
    );
    let (batches, _) = read_table(&out, "reviews");
    let rows_after: usize = batches
        .iter()
        .map(arrow::array::RecordBatch::num_rows)
        .sum();
    assert_eq!(
        rows_after, rows_before,
        "previous reviews readable and complete"
    );
    read_table(&out, "rejects");

    // The next run cleans the dead staging folder and publishes.
    reviewpipe()
        .arg("run")
        .arg(&small)
        .arg("--out")
        .arg(&out)
        .args(["-q", "--max-reject-share", "1"])
        .assert()
        .success();
    let left: Vec<String> = fs_err::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !left.iter().any(|n| n.starts_with(".reviewpipe-staging-")),
        "{left:?}"
    );
}
