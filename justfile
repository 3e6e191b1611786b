# reviewpipe task runner: `just` lists the recipes, `just ci` runs what CI runs (.ci/run).

set shell := ["bash", "-euo", "pipefail", "-c"]

# Where `just readers` writes the job's output and keeps its Python venv.
ci_out := "target/ci-out"
readers_venv := "target/readers-venv"

# List the recipes
default:
    @{{ just_executable() }} --justfile "{{ justfile() }}" --list

# Check formatting (no changes made)
fmt-check:
    cargo fmt --all --check

# Clippy on every target; any warning fails
lint:
    cargo clippy --all-targets --locked -- -D warnings

# Unit and integration tests (dev profile; builds target/debug/reviewpipe)
test:
    cargo test --locked

# Docs, private items included; any rustdoc warning fails
doc:
    RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --document-private-items --locked

# Run target/debug/reviewpipe (built by `just test`) on the bundled samples; load every table with 4 readers
readers:
    #!/usr/bin/env bash
    set -euo pipefail
    bin=target/debug/reviewpipe
    if [ ! -x "$bin" ]; then
        echo "readers: $bin is missing: run 'just test' (cargo test --locked) first" >&2
        exit 1
    fi
    rm -rf "{{ ci_out }}"
    echo "+ $bin run --out {{ ci_out }}" >&2
    rc=0
    "$bin" run --out "{{ ci_out }}" || rc=$?
    case "$rc" in
        0) echo "readers: reviewpipe finished (exit 0)" >&2 ;;
        1) echo "readers: reviewpipe finished with rejects over threshold (exit 1), accepted" >&2 ;;
        *) echo "readers: reviewpipe failed with exit code $rc (2 = run failed, 101 = panic, >128 = killed by a signal)" >&2
           exit 1 ;;
    esac
    if [ ! -x "{{ readers_venv }}/bin/python" ]; then
        python3 -m venv "{{ readers_venv }}"
    fi
    "{{ readers_venv }}/bin/python" -m pip install --disable-pip-version-check -q -r tests/readers/requirements.txt
    "{{ readers_venv }}/bin/python" tests/readers/check_tables.py "{{ ci_out }}"

# Everything CI runs, in order (test builds the binary that readers runs)
ci: fmt-check lint test doc readers
    @echo "ci: all steps passed"

# Release build, then ../shared/bench/bench.sh CORPUS (after ../shared/bench/setup.sh and gen_corpus.py)
bench CORPUS:
    cargo build --release --locked
    corpus=$(cd "{{ invocation_directory() }}" && realpath -e -- "{{ CORPUS }}") && \
      PIPELINES_EXTRA="reviewpipe=$PWD/target/release/reviewpipe run {in} --out {out};reviewpipe_nocast=$PWD/target/release/reviewpipe run {in} --out {out} --no-cast" \
      ../shared/bench/bench.sh "$corpus"

# Run the job from a release build: `just run [INPUT...] --out DIR`
[positional-arguments]
run *ARGS:
    cargo run --release --locked -- run "$@"
