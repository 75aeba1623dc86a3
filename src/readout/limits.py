"""Per-story limits of the coder: a hard cap on length and a time budget.

A story longer than `max_story_chars()` characters (default 400,000; env
READOUT_MAX_STORY_CHARS) is refused before it is parsed, with
`story longer than N characters; split it`. Why a cap and not chunks: spaCy's parser holds the
whole text in memory (about 1 GB for 300,000 characters with readout's model) and the coder keeps
state across sentences (speaker, reporter, headline), so splitting would change what is coded;
the longest of the 6,458 White House statements is 252,100 characters, so real reports fit.

A story with more than MAX_SYMBOL_RUN (500) punctuation marks or symbols in a row ("!!!!...",
"((((...", a line of emoji) is refused too: spaCy's tokenizer splits such a run one mark at a
time, rescanning the rest each time, so its cost grows with the square of the run (20,000 "!" take
a minute). Real text stays far below: the statements' longest run is 72 characters.

Coding one story may take at most `story_seconds()` seconds (default 60; env
READOUT_STORY_SECONDS; 0 turns the budget off). Past that the story is given up with
`coding took longer than N s; skipped` and the run goes on. In the main thread the budget is
enforced with a timer signal (SIGALRM), so a runaway loop in Python code is stopped; a single
call into compiled code (the parser) finishes first, which the length cap keeps short. A signal
that lands where an exception cannot travel (a garbage-collector callback, some compiled
callbacks) is lost, and in other threads, or where there is no SIGALRM, there is none: in every
case the time is also checked when coding returns, so the story is skipped all the same, later.
"""
from __future__ import annotations

import math
import os
import re
import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

from readout.errors import ReadoutError

__all__ = ["MAX_STORY_CHARS", "MAX_SYMBOL_RUN", "STORY_SECONDS", "StoryTooLong", "StoryTooSlow",
           "max_story_chars", "story_seconds", "check_settings", "check_length", "check_text", "time_budget"]

MAX_STORY_CHARS = 400_000
MAX_SYMBOL_RUN = 500
STORY_SECONDS = 60.0
_SYMBOL_RUN = re.compile(rf"[^\w\s]{{{MAX_SYMBOL_RUN + 1},}}")


class StoryTooLong(ReadoutError):
    """A story longer than the coder's cap."""


class StoryTooSlow(ReadoutError):
    """A story whose coding ran past its time budget."""


_MOST = 1_000_000_000


def _env_number(name: str, default: float, kind=float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = kind(value)
    except ValueError:
        raise ReadoutError(f"{name}={value!r} is not a number; give e.g. {name}={kind(default)}") from None
    if not math.isfinite(number):  # "nan", "inf": a timer cannot be set to them
        raise ReadoutError(f"{name}={value!r} is not a finite number; give e.g. {name}={kind(default)} "
                           "(0 turns the limit off)")
    if number < 0:
        raise ReadoutError(f"{name}={value!r} is negative; give 0 or more")
    if number > _MOST:  # a timer (time_t) and SQLite integers overflow past this
        raise ReadoutError(f"{name}={value!r} is too large; give at most {_MOST:,} (0 turns the limit off)")
    return number


def max_story_chars() -> int:
    """The longest story the coder takes, in characters (READOUT_MAX_STORY_CHARS; 0: no cap)."""
    return int(_env_number("READOUT_MAX_STORY_CHARS", MAX_STORY_CHARS, int))


def story_seconds() -> float:
    """The time budget for coding one story, in seconds (READOUT_STORY_SECONDS; 0: none)."""
    return _env_number("READOUT_STORY_SECONDS", STORY_SECONDS)


def check_settings() -> None:
    """Raise ReadoutError for a bad READOUT_MAX_STORY_CHARS or READOUT_STORY_SECONDS, before a run."""
    max_story_chars()
    story_seconds()


def check_length(text: str, limit: int | None = None) -> None:
    """Raise StoryTooLong when `text` is longer than the cap."""
    limit = max_story_chars() if limit is None else limit
    if limit and len(text) > limit:
        raise StoryTooLong(f"story longer than {limit} characters ({len(text)}); split it")


def check_text(text: str, limit: int | None = None) -> None:
    """Raise StoryTooLong for a text the parser cannot take: too long, or a run of symbols."""
    check_length(text, limit)
    m = _SYMBOL_RUN.search(text)
    if m:
        raise StoryTooLong(f"story has {len(m.group())} punctuation marks or symbols in a row at "
                           f"offset {m.start()} (at most {MAX_SYMBOL_RUN}); remove them or put "
                           "spaces between them")


def _seconds_text(seconds: float) -> str:
    return f"{seconds:g}"


def _can_signal() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)


@contextmanager
def time_budget(seconds: float | None = None) -> Iterator[None]:
    """Raise StoryTooSlow when the body runs longer than `seconds` (story_seconds() when None).

    Pre-emptive (a timer signal) in the main thread when no other timer is set; otherwise the
    time is checked once the body returns. Nested budgets: only the outer one is pre-emptive.
    """
    seconds = story_seconds() if seconds is None else seconds
    if not seconds:
        yield
        return
    message = f"coding took longer than {_seconds_text(seconds)} s; skipped"
    start = time.monotonic()
    if not _can_signal():
        yield
        if time.monotonic() - start > seconds:
            raise StoryTooSlow(message)
        return

    def expired(signum, frame):
        raise StoryTooSlow(message)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if time.monotonic() - start > seconds:
        raise StoryTooSlow(message)
