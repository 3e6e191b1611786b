//! Hostile inputs: every file found ends in `rejects` with a reason, nothing hangs or panics.

use std::collections::HashMap;

use crate::util::{read_table, reviewpipe, strings};

#[test]
fn hostile_tree_is_fully_accounted_for() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs_err::create_dir_all(&input).unwrap();
    // A FIFO: opening it for reading would block forever.
    assert!(
        std::process::Command::new("mkfifo")
            .arg(input.join("pipe.txt"))
            .status()
            .unwrap()
            .success()
    );
    // Bigger than the configured limit.
    fs_err::write(input.join("huge.txt"), "word ".repeat(10_000)).unwrap();
    // Truncated UTF-16 (odd length) and binary.
    fs_err::write(input.join("utf16.txt"), b"\xff\xfeA\0b\0c").unwrap();
    fs_err::write(
        input.join("blob.bin"),
        (0..=255u8).cycle().take(4096).collect::<Vec<u8>>(),
    )
    .unwrap();
    // A deep folder with one review at the bottom.
    let mut deep = input.join("deep");
    for i in 0..60 {
        deep = deep.join(format!("d{i}"));
    }
    fs_err::create_dir_all(&deep).unwrap();
    fs_err::write(deep.join("r.txt"), "A star rating of 4 out of 5.\n\nSalt Acre is slow and kind.\n\nSalt Acre is released in UK cinemas on Friday 26th January 2024.\n").unwrap();
    // Links: one looping back to the root, one broken.
    std::os::unix::fs::symlink(&input, input.join("loop")).unwrap();
    std::os::unix::fs::symlink(input.join("missing"), input.join("broken.txt")).unwrap();
    let config = dir.path().join("c.yaml");
    fs_err::write(&config, "max_file_bytes: 20000\nmax_reject_share: 1\n").unwrap();

    let out = dir.path().join("out");
    reviewpipe()
        .arg("run")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .arg("--config")
        .arg(&config)
        .timeout(std::time::Duration::from_mins(1))
        .assert()
        .code(0);
    let (rejects, _) = read_table(&out, "rejects");
    let got: HashMap<String, String> = strings(&rejects, "source_path")
        .into_iter()
        .zip(strings(&rejects, "reason"))
        .map(|(p, r)| (p.unwrap(), r.unwrap()))
        .collect();
    let want = [
        ("pipe.txt", "not_regular"),
        ("huge.txt", "too_large"),
        ("blob.bin", "not_text"),
        ("loop", "not_regular"),
        ("broken.txt", "unreadable"),
    ];
    for (path, reason) in want {
        assert_eq!(
            got.get(path).map(String::as_str),
            Some(reason),
            "{path}: {got:?}"
        );
    }
    let (reviews, _) = read_table(&out, "reviews");
    let paths = strings(&reviews, "source_path");
    assert!(
        paths
            .iter()
            .any(|p| p.as_deref().is_some_and(|p| p.ends_with("d59/r.txt"))),
        "{paths:?}"
    );
    let success: serde_json::Value =
        serde_json::from_str(&fs_err::read_to_string(out.join("_SUCCESS")).unwrap()).unwrap();
    assert_eq!(success["files_found"], (got.len() + paths.len()) as u64);
}
