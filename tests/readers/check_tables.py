#!/usr/bin/env python3
"""Check that reviewpipe's Parquet output loads in four independent readers.

    python tests/readers/check_tables.py OUT_DIR

OUT_DIR is what `reviewpipe run ... --out OUT_DIR` left: OUT_DIR/_SUCCESS (a JSON
object with "tables": {"<table>": {"rows": <int>, "parts": ["part-00000.parquet", ...]}})
and one folder OUT_DIR/<table>/ of part files per table listed there.

For every table listed in _SUCCESS, the folder is loaded with duckdb (a count(*) and a
full fetch of every row, so every column is decoded), polars, pandas and pyarrow, and one
line per table x reader is printed. The check fails (exit 1) if _SUCCESS is missing or
malformed, a listed table folder or part file is missing, the folder holds any file not
listed in _SUCCESS, the parts' schemas differ (column names and types), any reader raises,
any reader's row count differs from _SUCCESS's "rows", or the readers disagree on the
table's column list. Every problem found is reported, not just the first; the last line is
"readers: N passed, M failed".

Needs only the standard library plus the packages of requirements.txt beside this file.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path
from typing import Callable

READERS = ("duckdb", "polars", "pandas", "pyarrow")


def _sql_str(s: str) -> str:
    """A SQL string literal for s."""
    return "'" + s.replace("'", "''") + "'"


def read_duckdb(folder: Path) -> tuple[int, list[str]]:
    import duckdb

    glob = _sql_str(str(folder / "*.parquet"))
    con = duckdb.connect()  # in-memory, private to this call
    try:
        ((count,),) = con.sql(f"SELECT count(*) FROM read_parquet({glob})").fetchall()
        rel = con.sql(f"FROM {glob}")
        columns = list(rel.columns)
        rows = rel.fetchall()  # converts every value of every column to Python
        if len(rows) != count:
            raise AssertionError(
                f"count(*) says {count} rows but fetching all rows gave {len(rows)}"
            )
        return int(count), columns
    finally:
        con.close()


def read_polars(folder: Path) -> tuple[int, list[str]]:
    import polars as pl

    df = pl.read_parquet(str(folder) + "/")
    return df.height, list(df.columns)


def read_pandas(folder: Path) -> tuple[int, list[str]]:
    import pandas as pd

    df = pd.read_parquet(str(folder))
    return len(df.index), [str(c) for c in df.columns]


def read_pyarrow(folder: Path) -> tuple[int, list[str]]:
    import pyarrow.parquet as pq

    table = pq.read_table(str(folder))
    return table.num_rows, list(table.column_names)


READ: dict[str, Callable[[Path], tuple[int, list[str]]]] = {
    "duckdb": read_duckdb,
    "polars": read_polars,
    "pandas": read_pandas,
    "pyarrow": read_pyarrow,
}


def load_success(out_dir: Path, errors: list[str]) -> dict[str, dict] | None:
    path = out_dir / "_SUCCESS"
    if not path.is_file():
        errors.append(f"_SUCCESS: {path} is missing (the run did not finish)")
        return None
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        errors.append(f"_SUCCESS: cannot read {path} as JSON: {e}")
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("tables"), dict):
        errors.append(f'_SUCCESS: {path} is not a JSON object with a "tables" object')
        return None
    tables = doc["tables"]
    if not tables:
        errors.append(f"_SUCCESS: {path} lists no tables")
        return None
    ok = True
    for name, entry in tables.items():
        if not isinstance(entry, dict):
            errors.append(f"_SUCCESS: table {name!r}: entry is not an object")
            ok = False
            continue
        rows = entry.get("rows")
        parts = entry.get("parts")
        if isinstance(rows, bool) or not isinstance(rows, int) or rows < 0:
            errors.append(f'_SUCCESS: table {name!r}: "rows" is not a non-negative integer: {rows!r}')
            ok = False
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            errors.append(f'_SUCCESS: table {name!r}: "parts" is not a list of file names: {parts!r}')
            ok = False
    return tables if ok else None


def check_part_schemas(folder: Path, name: str, parts: list[str], errors: list[str]) -> bool:
    """All parts of a table must have the same columns with the same types (readers differ in
    what drift they tolerate: polars refuses int32 vs int64, pyarrow silently casts)."""
    import pyarrow.parquet as pq

    def key(schema):  # names and types; nullability and key-value metadata may differ
        return [(f.name, str(f.type)) for f in schema]

    first = None
    for p in parts:
        try:
            schema = key(pq.read_schema(folder / p))
        except Exception as e:
            errors.append(f"table {name}: cannot read the schema of {p}: {type(e).__name__}: {e}")
            return False
        if first is None:
            first = (p, schema)
        elif schema != first[1]:
            errors.append(
                f"table {name}: {p} has columns {schema}, but {first[0]} has {first[1]}"
            )
            return False
    return True


def check_folder(out_dir: Path, name: str, entry: dict, errors: list[str]) -> bool:
    """Checks the folder against _SUCCESS's part list; True if the readers can be run."""
    folder = out_dir / name
    if not folder.is_dir():
        errors.append(f"table {name}: folder {folder} is missing")
        return False
    parts = entry["parts"]
    if not parts:
        errors.append(
            f"table {name}: _SUCCESS lists no part files (a table needs at least one, "
            "possibly empty, part file so readers learn its schema)"
        )
        return False
    ok = True
    for p in parts:
        if Path(p).name != p:
            errors.append(f"table {name}: part {p!r} is not a plain file name")
            ok = False
        elif not (folder / p).is_file():
            errors.append(f"table {name}: part {p} listed in _SUCCESS is missing from {folder}")
            ok = False
    if ok:
        ok = check_part_schemas(folder, name, parts, errors)
    on_disk = sorted(f.name for f in folder.iterdir())
    extra = [f for f in on_disk if f not in set(parts)]
    if extra:
        errors.append(
            f"table {name}: {folder} holds files not listed in _SUCCESS "
            f"(readers would load or choke on them): {', '.join(extra)}"
        )
        ok = False
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Load every table of a reviewpipe output folder with duckdb, polars, "
        "pandas and pyarrow, and check row counts against _SUCCESS and column lists "
        "across readers."
    )
    ap.add_argument("out_dir", metavar="OUT_DIR", type=Path, help="the folder given to --out")
    ap.add_argument("-v", "--verbose", action="store_true", help="print tracebacks of reader errors")
    args = ap.parse_args(argv)
    out_dir: Path = args.out_dir

    errors: list[str] = []
    passed = 0  # table x reader loads with the right count, plus per-table column agreements
    if not out_dir.is_dir():
        errors.append(f"OUT_DIR {out_dir} is not a folder")
        tables = None
    else:
        tables = load_success(out_dir, errors)

    if tables is not None:
        unlisted = sorted(
            d.name
            for d in out_dir.iterdir()
            if d.is_dir() and d.name not in tables and not d.name.startswith((".", "_"))
        )
        if unlisted:
            print(f"warning: folders in {out_dir} not listed in _SUCCESS (not checked): {', '.join(unlisted)}")
        width = max(len(n) for n in tables)
        for name in sorted(tables):
            entry = tables[name]
            expected = entry["rows"]
            if not check_folder(out_dir, name, entry, errors):
                continue
            columns_by_reader: dict[str, list[str]] = {}
            for reader in READERS:
                try:
                    count, columns = READ[reader](out_dir / name)
                except Exception as e:  # any reader failure is a finding
                    msg = f"{type(e).__name__}: {e}".strip().replace("\n", " | ")
                    print(f"{name:<{width}}  {reader:<8} ERROR {msg}")
                    errors.append(f"table {name}: reader {reader} failed: {msg}")
                    if args.verbose:
                        traceback.print_exc()
                    continue
                columns_by_reader[reader] = columns
                mark = "ok" if count == expected else f"MISMATCH (_SUCCESS says {expected})"
                print(f"{name:<{width}}  {reader:<8} rows={count} cols={len(columns)} {mark}")
                if count != expected:
                    errors.append(
                        f"table {name}: reader {reader} sees {count} rows, _SUCCESS says {expected}"
                    )
                else:
                    passed += 1
            distinct = {tuple(c) for c in columns_by_reader.values()}
            if len(distinct) > 1:
                detail = "; ".join(f"{r}: {c}" for r, c in columns_by_reader.items())
                errors.append(f"table {name}: readers disagree on the column list: {detail}")
            elif len(columns_by_reader) == len(READERS):
                passed += 1

    if errors:
        print(f"\ncheck_tables: FAILED ({len(errors)} problem(s)) in {out_dir}:", file=sys.stderr)
        for e in errors:
            print(f"  - {e}", file=sys.stderr)
        sys.stderr.flush()
        print(f"readers: {passed} passed, {len(errors)} failed")
        return 1
    n = len(tables or {})
    print(f"check_tables: ok: {n} table(s) x {len(READERS)} readers agree with _SUCCESS in {out_dir}")
    print(f"readers: {passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
