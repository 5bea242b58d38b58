"""Typed errors with messages a user can act on, and the CLI exit code each maps to.

Exit codes (the README's table, one test per row in tests/cli/test_exit_codes.py):
  0    success
  1    some inputs in a batch failed (the others were processed; the failures are listed)
  2    usage error (bad option, option value or argument)
  3    input error (unreadable, empty, binary or malformed input; nothing could be analysed)
  4    model or data missing (e.g. the spaCy model is not installed)
  5    store error (no store at that path, database unreachable, newer schema, disk full)
  6    not found (no story, claim, article or speaker with that id or name)
  7    cluster error (the Dask scheduler cannot be reached or has no workers)
  130  interrupted (Ctrl-C)
"""

from __future__ import annotations


class ClaimtrailError(Exception):
    """Base class; ``exit_code`` is what the CLI exits with, ``http_status`` what the API sends."""

    exit_code = 1
    http_status = 500


class InputError(ClaimtrailError):
    """The input cannot be analysed (empty, binary, malformed, not an article)."""

    exit_code = 3
    http_status = 422

    def __init__(self, message: str, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class ModelError(ClaimtrailError):
    """A model or data file the program needs is missing or corrupt."""

    exit_code = 4
    http_status = 503


class StoreError(ClaimtrailError):
    """The store is unreachable, corrupt, full or from a newer schema version."""

    exit_code = 5
    http_status = 503


class NotFoundError(ClaimtrailError):
    """No story, claim, article or speaker with that id or name."""

    exit_code = 6
    http_status = 404


class ClusterError(ClaimtrailError):
    """The Dask scheduler of a distributed run cannot be reached or has no workers."""

    exit_code = 7
    http_status = 503
