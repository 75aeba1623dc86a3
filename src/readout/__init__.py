"""readout: news stories and diplomatic readouts in, auditable PLOVER/CAMEO event data out.

The Python API (docs in the README): `code_text` and `code_stories` code text, `open_store`
opens a SQLite store for queries (readout.query) and exports (readout.export). The coder and
spaCy load only when first used.
"""
from __future__ import annotations

from typing import Callable, Iterable, Iterator

from readout.errors import BadInput, LexiconError, ReadoutError, UnknownLexiconKey

__all__ = ["code_text", "code_stories", "open_store", "ReadoutError", "BadInput", "LexiconError",
           "UnknownLexiconKey"]
__version__ = "0.1.0"


def code_text(text: str, *, date: str | None = None, publisher: str | None = None,
              url: str | None = None) -> dict:
    """Code one text (a sentence to a whole story) into a record of events, stances and actors."""
    from readout.pipeline import code_story

    return code_story(_story({"text": text, "date": date, "publisher": publisher, "url": url}, 0))


def code_stories(stories: Iterable, *, workers: int = 1, actor_files: Iterable = (),
                 pattern_files: Iterable = (), issue_files: Iterable = (),
                 on_error: Callable[[BadInput], None] | None = None) -> Iterator[dict | None]:
    """Code many stories in order, yielding one record each: texts, dicts with a "text" (and
    optional id, title, date, publisher, url), or readout.stories.Story objects. workers=N codes
    in N processes; on_error(BadInput) turns a story the coder fails on into a None record."""
    from readout.pipeline import code_stories as _code_stories

    return _code_stories((_story(s, i) for i, s in enumerate(stories)), tuple(actor_files),
                         tuple(pattern_files), tuple(issue_files), workers=workers,
                         on_error=on_error)


def open_store(path: str = "readout.db", *, readonly: bool = False):
    """Open a readout store (readout.store.Store); readonly=True for a store that must exist and
    is never written. Use it as a context manager, or close() it."""
    from readout.store import Store

    return Store(path, readonly=readonly)


def _story(item, number: int):
    from readout.stories import Story, repair

    if isinstance(item, Story):
        return repair(item)  # a lone surrogate ("\ud800") would crash spaCy's tokenizer
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise BadInput("<python>", "a story is a text, a dict with a 'text', or a Story",
                       number + 1)
    return repair(Story(id=str(item.get("id") or f"text-{number + 1}"), text=item["text"],
                        title=item.get("title"), date=item.get("date"), publisher=item.get("publisher"),
                        url=item.get("url"), path="<python>", line=number + 1, body_start=0,
                        collected=None, number=None, dateline=None))
