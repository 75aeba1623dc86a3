"""A long run's counts and progress: stories, events, stances and errors, shown on stderr as they
come (a bar in a terminal, a plain line every few seconds otherwise) and summed up at the end."""
from __future__ import annotations

import os
import sys
import threading
import time
from typing import Callable, Iterable, Iterator, TextIO

from readout.errors import shown

__all__ = ["Run", "PROGRESS_SECONDS"]

# Seconds between two plain progress lines (stderr not a terminal): often enough to see a run is
# alive, rare enough to keep a log short. READOUT_PROGRESS_SECONDS overrides it.
PROGRESS_SECONDS = 5.0
# A terminal's bar is redrawn at most this often (redrawing costs more than coding a story).
_REDRAW_SECONDS = 0.1


def _interval() -> float:
    value = os.environ.get("READOUT_PROGRESS_SECONDS", "")
    try:
        seconds = float(value)
    except ValueError:
        return PROGRESS_SECONDS
    return seconds if seconds >= 0 else PROGRESS_SECONDS  # nan compares False: the default


class Run:
    """What a long command did: the one error counter, the stories it coded, skipped or failed,
    their events and stances, shown while it runs (unless quiet) and in one summary line.

    Progress is drawn when something happens (a story coded, skipped or failed), never from a
    thread of its own: the coder's worker pools fork only from a process with one thread.
    """

    def __init__(self, label: str, *, quiet: bool = False, total: int | None = None,
                 stream: TextIO | None = None, interval: float | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.label = label
        self.quiet = quiet
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.interval = _interval() if interval is None else interval
        self.clock = clock
        self.start = clock()
        self.stories = self.events = self.stances = self.errors = 0
        self.stored = self.replaced = self.skipped = 0
        self._last = self.start
        self._lock = threading.Lock()
        self._bar = None
        if not quiet and _is_terminal(self.stream):
            self._bar = _Bar(label, total, self.stream)

    # -- counting ---------------------------------------------------------------------------------
    def error(self, err) -> None:
        """Count one error and print it as `Error: ...` (also when quiet: errors are results)."""
        with self._lock:
            self.errors += 1
            self._write(f"Error: {shown(str(err))}")  # a line break in a file name stays escaped
        self.tick()

    def coded(self, record: dict | None) -> None:
        """Count one story the coder was given: its record, or None if it failed (reported)."""
        self.stories += 1
        if record is not None:
            self.events += len(record.get("events") or ())
            self.stances += len(record.get("stances") or ())
        self.tick()

    def records(self, records: Iterable[dict | None]) -> Iterator[dict | None]:
        """Pass records through, counting each (see coded)."""
        for record in records:
            self.coded(record)
            yield record

    def stored_counts(self, counts) -> None:
        """Take a store's running IngestCounts (stored, replaced, skipped so far)."""
        new_skips = counts.skipped - self.skipped
        self.stored, self.replaced, self.skipped = counts.stored, counts.replaced, counts.skipped
        if new_skips > 0:
            self.stories += new_skips
            self.tick()

    def partition_counts(self, counts) -> None:
        """Take a Dask run's running counts (stories coded, events, stances so far): partitions
        come back whole, so progress moves a partition at a time."""
        failed = getattr(counts, "failed", 0)
        self.stories, self.events, self.stances = counts.stories + failed, counts.events, counts.stances
        self.tick()

    # -- showing ----------------------------------------------------------------------------------
    def elapsed(self) -> float:
        """Seconds since the run started."""
        return self.clock() - self.start

    def status(self, of_total: bool = False) -> str:
        """The counts so far: `N stories, E events, S stances, X errors` (`N/T stories`)."""
        of = f"/{self.total}" if of_total and self.total else ""
        stories = "story" if self.stories == 1 and not of else "stories"
        return (f"{self.stories}{of} {stories}, {_n(self.events, 'event')}, "
                f"{_n(self.stances, 'stance')}, {_n(self.errors, 'error')}")

    def summary(self, stored: bool = False) -> str:
        """The closing line: counts, elapsed time and stories per second."""
        seconds = self.elapsed()
        rate = self.stories / seconds if seconds > 0 else 0.0
        head = (f"stored {self.stored}, replaced {self.replaced}, skipped {self.skipped}; "
                if stored else "")
        return f"{head}{self.status()} in {seconds:.1f} s, {rate:.1f} stories/s"

    def tick(self) -> None:
        """Redraw the bar, or print a plain line if `interval` seconds have passed since the last."""
        if self.quiet:
            return
        now = self.clock()
        if self._bar is not None:
            if now - self._last >= _REDRAW_SECONDS:
                self._last = now
                self._bar.show(self.stories, self._short())
            return
        if now - self._last >= self.interval:
            self._last = now
            with self._lock:
                seconds = now - self.start
                rate = self.stories / seconds if seconds > 0 else 0.0
                self._write(f"{self.label}: {self.status(of_total=True)}, {seconds:.0f} s, "
                            f"{rate:.1f} stories/s")

    def close(self) -> None:
        """Take the bar off the terminal (the summary is the caller's to print)."""
        if self._bar is not None:
            self._bar.show(self.stories, self._short())
            self._bar.close()
            self._bar = None

    def _short(self) -> str:
        return (f"{_n(self.events, 'event')}, {_n(self.stances, 'stance')}, "
                f"{_n(self.errors, 'error')}")

    def __enter__(self) -> "Run":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _write(self, line: str) -> None:
        if self._bar is not None:
            self._bar.print(line)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _Bar:
    """rich's progress bar on a terminal, redrawn only when told (no refresh thread)."""

    def __init__(self, label: str, total: int | None, stream):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                   TextColumn, TimeElapsedColumn)

        console = Console(file=stream, highlight=False)
        columns = [TextColumn("[bold]{task.description}"),
                   BarColumn() if total else SpinnerColumn(),
                   MofNCompleteColumn() if total else TextColumn(""),
                   TimeElapsedColumn(), TextColumn("{task.fields[status]}")]
        self.progress = Progress(*columns, console=console, auto_refresh=False, transient=True)
        self.task = self.progress.add_task(label, total=total, status="")
        self.progress.start()

    def show(self, done: int, status: str) -> None:
        self.progress.update(self.task, completed=done, status=status)
        self.progress.refresh()

    def print(self, line: str) -> None:
        self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def close(self) -> None:
        self.progress.stop()
