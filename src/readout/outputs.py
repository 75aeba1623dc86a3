"""Write an output file whole or not at all: into a hidden file beside it, renamed at the end.

A run that fails (a full disk, Ctrl-C, a bad input that stops it) leaves the old file as it was
and no empty or half-written one; a folder walk never reads a half-written output. Every way a
file cannot be written becomes one OutputError naming the path and what to do.
"""
from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from readout.errors import ReadoutError, shown

__all__ = ["OutputError", "atomic_output", "check_output", "why_not_written"]


class OutputError(ReadoutError):
    """An output file that cannot be written."""


_WHY = {
    errno.ENOSPC: "the disk is full; free some space and run the command again",
    errno.EDQUOT: "the disk quota is used up; free some space and run the command again",
    errno.EROFS: "the file system is read-only; give a path elsewhere",
    errno.EACCES: "permission denied; make the file and its folder writable or give another path",
    errno.EPERM: "not permitted (an immutable or read-only file?); give another path",
    errno.EISDIR: "it is a folder; give a file name",
    errno.ENOENT: "its folder does not exist; create it or give another path",
    errno.ENOTDIR: "a part of the path is not a folder; check the path",
    errno.ENAMETOOLONG: "the name is too long; give a shorter path",
}


def why_not_written(path, exc: OSError) -> OutputError:
    """The OutputError for an OSError met while writing `path`."""
    why = _WHY.get(exc.errno, f"{exc.strerror or exc}; check the path and the disk")
    return OutputError(f"{shown(path)}: cannot write the output ({why})")


def check_output(path: str | os.PathLike) -> Path:
    """Refuse, before any work is done, an output path that is a folder or lies in a missing one."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{shown(target)}: cannot write the output (it is a folder; give a file name)")
    parent = target.parent
    if not parent.is_dir():
        what = "is not a folder" if parent.exists() else "does not exist"
        raise OutputError(f"{shown(target)}: cannot write the output (the folder {shown(parent)} {what}; "
                          "create it or give another path)")
    return target


@contextmanager
def atomic_output(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside `path` to write; it becomes `path` only when the body ends well."""
    target = check_output(path)
    tmp = target.with_name(f".{target.stem}.part-{os.getpid()}{target.suffix}")
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        raise why_not_written(target if exc.filename in (None, str(tmp), str(target)) else exc.filename,
                              exc) from None
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass  # renamed, or never made
