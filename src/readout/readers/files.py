"""Find the input files (walking folders) and open them safely: never block on a FIFO, never read
more than the size cap, and report every folder or file that cannot be read.

A story's id, when its input gives none, comes from its file's path: the path below the folder
that was given (without the suffix) for files found in a walk, the bare stem for a file given by
name. So `coll/2021/readout.txt` and `coll/2022/readout.txt` read as `2021/readout` and
`2022/readout`, and the ids are the same on every run over the same folder.
"""
from __future__ import annotations

import fcntl
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from readout.errors import BadInput, shown
from readout.readers.base import ErrorHandler

__all__ = ["Source", "walk", "open_source", "read_capped", "capped_lines", "TooLong", "strip_suffix"]


@dataclass(frozen=True)
class Source:
    """One input file: where to open it, how to name it in messages, the id its stories take."""

    path: Path
    shown: str
    id_base: str
    named: bool  # given by name (a FIFO is then read) rather than found in a folder walk


class TooLong(Exception):
    """A file, line or row longer than the size cap; `size` is how many bytes were seen."""

    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


def strip_suffix(name: str, suffixes: tuple[str, ...]) -> str:
    """`name` without the first of `suffixes` it ends with (case-insensitive), or as it is."""
    low = name.lower()
    for suffix in suffixes:
        if suffix and low.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


_KINDS = [(stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket")]


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def walk(paths, wanted: tuple[str, ...], stem_suffixes: tuple[str, ...],
         report: ErrorHandler) -> Iterator[Source]:
    """Yield the files named in `paths` and those in folders (recursively, sorted, hidden ones
    skipped) whose name ends in one of `wanted` or has no suffix."""
    for given in paths:
        path = Path(given)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            report(BadInput(path, "no such file or directory; check the path"))
            continue
        except OSError as exc:
            report(BadInput(path, f"cannot read ({exc.strerror}); check the path and its permissions"))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk_folder(path, wanted, stem_suffixes, report)
        else:
            base = shown(strip_suffix(path.name, stem_suffixes)) or shown(path.name)
            yield Source(path, shown(path), base, named=True)


def _walk_folder(top: Path, wanted, stem_suffixes, report: ErrorHandler) -> Iterator[Source]:
    """Depth first, files before subfolders, each sorted by name (as os.walk goes), but with a
    stack of its own: os.walk recurses, and a folder nested 1,000 deep raised RecursionError."""
    stack: list[Path] = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                found = [(entry.name, _is_folder(entry)) for entry in entries]
        except OSError as exc:
            report(BadInput(exc.filename or folder, f"cannot read the folder ({exc.strerror}); "
                                                    "check its permissions (the rest is read)"))
            continue
        # Hidden files and folders are skipped; so are links to folders (as os.walk does: no loops).
        names = sorted(name for name, kind in found if kind == "file" and not name.startswith("."))
        for name in names:
            # Files without a suffix are read as plain text; other suffixes are not stories.
            if "." in name and not name.lower().endswith(wanted):
                continue
            path = folder / name
            relative = path.relative_to(top).parts
            base = "/".join([*relative[:-1], strip_suffix(name, stem_suffixes)])
            yield Source(path, shown(path), shown(base), named=False)
        subfolders = sorted(name for name, kind in found if kind == "folder" and not name.startswith("."))
        stack.extend(folder / name for name in reversed(subfolders))


def _is_folder(entry: os.DirEntry) -> str:
    try:
        if entry.is_dir():
            return "link" if entry.is_symlink() else "folder"
    except OSError:
        pass  # a broken or looping link: opened as a file, it is reported there
    return "file"


def open_source(source: Source) -> BinaryIO:
    """Open a file for reading without blocking: a FIFO, device or socket found in a folder is
    refused (BadInput); one given by name may be a pipe (`<(zcat ...)`) and is read."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        fd = os.open(source.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        what = "folder" if isinstance(exc, IsADirectoryError) else "file"
        raise BadInput(source.shown, f"cannot read the {what} ({exc.strerror}); check its permissions") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode) and not (source.named and stat.S_ISFIFO(mode)):
        os.close(fd)
        raise BadInput(source.shown, f"{_kind(mode)}, not a story file; skipped")
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    return os.fdopen(fd, "rb")


def read_capped(handle: BinaryIO, limit: int) -> bytes:
    """Read a whole stream, raising TooLong once it passes `limit` bytes (without reading more)."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLong(len(data))
    return data


_SKIP_CHUNK = 1 << 20


def capped_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | TooLong]:
    """Yield each line of a binary stream, or TooLong for a line past `limit` bytes; such a line is
    skipped a chunk at a time, so memory stays near `limit` however long it is."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(_SKIP_CHUNK)
            if not line:
                break
            size += len(line)
        yield TooLong(size)
