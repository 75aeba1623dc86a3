"""Read stories from files and folders: digest text, plain text, markdown, JSONL(.gz), CSV, TSV and
saved web pages (the readers are in readout.readers, one module per kind).

Every bad file or line becomes a BadInput handed to `on_error` (or raised when there is none);
the rest of the input is still read. What every story gets here, whatever its kind:
- lone surrogates (a JSON line's "\\ud800") become U+FFFD, so hashing and storing cannot fail and
  offsets stay the same;
- the date, publisher and URL given as options where the story gives none, and the agency of a
  wire dateline ("Xinhua News Agency, Beijing, ..." or "BEIJING, Aug. 18 (Xinhua) --") as
  publisher when the story names none;
- an id that no other story of the run has: a second story with the same id and other text is an
  error naming both places, and is not read (the same id with the same text is read once).
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from typing import Iterable, Iterator, Mapping

from readout.errors import BadInput, shown
from readout.limits import check_settings
from readout.readers import ID_SUFFIXES, STORY_SUFFIXES, read_source
from readout.readers.base import (Dateline, ErrorHandler, ReadOptions, Story, agency_line_end, find_dateline,
                                  max_input_bytes)
from readout.readers.files import walk

__all__ = ["Dateline", "Story", "ReadOptions", "iter_stories", "find_dateline", "agency_line_end", "repair", "STORY_SUFFIXES"]

_WALKED = tuple(s for s in STORY_SUFFIXES if s)


def iter_stories(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    encoding: str = "utf-8",
    on_error: ErrorHandler | None = None,
    *,
    date: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    columns: Mapping[str, str] | None = None,
) -> Iterator[Story]:
    """Yield the stories in files and folders (walked recursively, sorted, hidden files skipped).

    `date`, `publisher` and `url` fill in what a story does not give; `columns` maps a story
    field to the header name a CSV/TSV file uses for it ({"text": "body"}).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]

    def report(error: BadInput) -> None:
        if on_error is None:
            raise error
        on_error(error)

    check_settings()  # a bad READOUT_* setting stops the run before the first story, not at each
    options = ReadOptions(encoding=encoding, date=date, publisher=publisher, url=url,
                          columns=dict(columns or {}), max_bytes=max_input_bytes())
    seen = _Ids()
    for source in walk(paths, _WALKED, ID_SUFFIXES, report):
        for story in read_source(source, options, report):
            story = _complete(story, options)
            problem = seen.check(story)
            if problem is False:
                continue
            if problem is not None:
                report(problem)
                continue
            yield story


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _repaired(value: str | None) -> str | None:
    # One character for one: offsets into the text stay where they were.
    return _SURROGATE.sub("\ufffd", value) if value and _SURROGATE.search(value) else value


# A dateline's leading name is a publisher only when it says so ("Xinhua News Agency, Beijing,");
# "Washington, D.C., May 3 --" names a place twice.
_AGENCY_WORDS = re.compile(r"(?i)\b(?:news|agency|press|wire|service|tass|xinhua|reuters|afp|ap|irna|"
                           r"kyodo|yonhap|bernama|anadolu|interfax|ria|sana|wafa|mena|kcna|pti|ani)\b")


def _dateline_publisher(story: Story) -> str | None:
    line = story.dateline
    if line is None or not line.agency:
        return None
    if story.text.startswith(line.agency, line.start):  # "Xinhua News Agency, Beijing, ..."
        return line.agency if _AGENCY_WORDS.search(line.agency) else None
    return line.agency if line.agency[:1].isupper() else None  # "BEIJING, Aug. 18 (Xinhua) --"


def repair(story: Story) -> Story:
    """The story with each lone surrogate in its text fields replaced by U+FFFD (offsets kept)."""
    fields = {}
    for name in ("id", "text", "title", "date", "publisher", "url"):
        value = getattr(story, name)
        fixed = _repaired(value) if isinstance(value, str) else value
        if fixed is not value:
            fields[name] = fixed
    return replace(story, **fields) if fields else story


def _complete(story: Story, options: ReadOptions) -> Story:
    story = repair(story)
    fields = {}
    if story.date is None and options.date:
        fields["date"] = options.date
    if story.url is None and options.url:
        fields["url"] = options.url
    if story.publisher is None:
        publisher = options.publisher or _dateline_publisher(story)
        if publisher:
            fields["publisher"] = publisher
    return replace(story, **fields) if fields else story


class _Ids:
    """The ids read so far in one run, with where each came from and a digest of its content."""

    def __init__(self):
        self.first: dict[str, tuple[str, bytes]] = {}

    def check(self, story: Story) -> BadInput | bool | None:
        """None for a new id, False for a repeat of the same story, a BadInput for a clash."""
        digest = hashlib.blake2b(f"{story.title or ''}\x00{story.text}".encode("utf-8"),
                                 digest_size=12).digest()
        where = f"{story.path}:{story.line}" if story.line is not None else story.path
        old = self.first.get(story.id)
        if old is None:
            self.first[story.id] = (where, digest)
            return None
        if old[1] == digest:
            return False
        return BadInput(story.path, f"story id '{shown(story.id)}' was already read from {old[0]} with "
                                    "other text; give each story its own id (the first one is kept, "
                                    "this one is not read)", story.line)
