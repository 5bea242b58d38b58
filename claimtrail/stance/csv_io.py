"""Reading the stance data sets' CSV files strictly, and writing predictions atomically.

Every error names the file and the data row (1-based, header excluded) so a user can fix it.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimtrail.errors import InputError

# Temporary files are created owner-only (0600); the result is an ordinary readable file.
READABLE_FILE_MODE = 0o644


def read_csv_rows(path: Path, required: Sequence[str]) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a UTF-8 CSV file; refuses missing columns and ragged rows."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                raise InputError("is empty (expected a CSV header)", str(path))
            _check_columns(path, header, required)
            rows = list(_rows_as_dicts(path, header, reader))
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a CSV file", str(path)) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"is not UTF-8 text (byte {exc.start})", str(path)) from None
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", str(path)) from None
    return header, rows


def _check_columns(path: Path, header: list[str], required: Sequence[str]) -> None:
    missing = [name for name in required if name not in header]
    if missing:
        raise InputError(
            f"missing column(s) {', '.join(repr(m) for m in missing)}; "
            f"found {', '.join(repr(h) for h in header)}",
            str(path),
        )


def _rows_as_dicts(
    path: Path, header: list[str], reader: Iterator[list[str]]
) -> Iterator[dict[str, str]]:
    for number, values in enumerate(reader, start=1):
        if not values:  # a blank line between records
            continue
        if len(values) != len(header):
            raise InputError(
                f"row {number}: {len(values)} fields, the header has {len(header)} "
                "(malformed CSV: check the quoting)",
                str(path),
            )
        yield dict(zip(header, values, strict=True))


def write_csv_atomically(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half-written file."""
    directory = path.resolve().parent
    if not directory.is_dir():
        raise InputError("its folder does not exist", str(path))
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=directory, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
        os.chmod(handle.name, READABLE_FILE_MODE)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
