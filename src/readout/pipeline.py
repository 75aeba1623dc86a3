"""From a Story to its coded record: normalize, parse and code, then map offsets back.

`code_story(story)` returns the record `readout code` writes (docs/INTERFACES.md); every
`start`/`end` points into `story.text`, and `evidence == story.text[start:end]`.
"""
from __future__ import annotations

from functools import cache
from typing import Iterable, Iterator

from readout.dates import resolve_date
from readout.lexicons import data_path, read_tsv
from readout.nlp import load_nlp
from readout.normalize import normalize
from readout.stories import Story

__all__ = ["code_story", "code_stories", "code_text", "publisher_country"]


@cache
def _publishers() -> list[tuple[str, str]]:
    return [(row["pattern"].lower(), row["code"])
            for _, row in read_tsv(data_path("publishers.tsv"), ["pattern", "code"])]


def publisher_country(story: Story) -> str | None:
    """The country whose government speaks through the story's publisher or agency."""
    names = [story.publisher or "", story.url or ""]
    if story.dateline is not None and story.dateline.agency:
        names.append(story.dateline.agency)
    for name in names:
        low = name.lower()
        for pattern, code in _publishers():
            if pattern in low:
                return code
    return None


def _context(story: Story, norm) -> dict:
    date = resolve_date(story) or story.date
    publisher = story.publisher or (story.dateline.agency if story.dateline else None)
    return {"date": date, "publisher": publisher, "publisher_country": publisher_country(story),
            "body_start": 0}


def _record(story: Story, doc, norm, ctx) -> dict:
    base = story.body_start or 0

    def span(start, end):
        s, e = norm.span_to_original(start, end)
        s, e = s + base, e + base
        return s, e, story.text[s:e]

    events = []
    for ev in doc._.events:
        d = ev.as_dict()
        d["start"], d["end"], d["evidence"] = span(ev.start, ev.end)
        events.append(d)
    stances = []
    for st in doc._.stances:
        d = st.as_dict()
        d["start"], d["end"], d["evidence"] = span(st.start, st.end)
        stances.append(d)
    head = doc._.headline
    headline = ({"source": head.source, "type": head.type, "target": head.target, "mode": head.mode}
                if head is not None else None)
    actors, seen = [], set()
    for m in doc._.actors:
        key = (m.code, m.name, m.role)
        if key not in seen:
            seen.add(key)
            actors.append({"code": m.code, "name": m.name, "role": m.role})
    return {"id": story.id, "date": ctx["date"], "title": story.title, "publisher": story.publisher,
            "url": story.url, "headline": headline, "events": events, "stances": stances, "actors": actors}


def _prepare(story: Story):
    # Only the body is coded: a digest's collection line and title are not part of the report.
    norm = normalize(story.text[story.body_start or 0:])
    ctx = _context(story, norm)
    return norm, ctx


def code_stories(stories: Iterable[Story], actor_files=(), pattern_files=(), issue_files=(),
                 batch_size: int = 16, domestic: bool = False) -> Iterator[dict]:
    """Code stories in a stream, yielding one record per story in input order.

    domestic=True keeps events of a country on itself (a crackdown on its own protesters), which
    GUIDE.md leaves out; PLOVER's gold sentences code them.
    """
    nlp = load_nlp(tuple(actor_files), tuple(pattern_files), tuple(issue_files))

    def tuples():
        for story in stories:
            norm, ctx = _prepare(story)
            ctx["domestic"] = domestic
            doc = nlp.make_doc(norm.text)
            doc.user_data["readout"] = ctx
            yield doc, (story, norm, ctx)

    stream = tuples()
    docs = ((doc, ctx) for doc, ctx in stream)
    for doc, (story, norm, ctx) in _pipe(nlp, docs, batch_size):
        yield _record(story, doc, norm, ctx)


def _pipe(nlp, docs_with_context, batch_size):
    # nlp.pipe keeps user_data on Doc objects passed in, so the coder sees each story's context.
    items = iter(docs_with_context)
    buffer = []
    for doc, extra in items:
        buffer.append((doc, extra))
        if len(buffer) >= batch_size:
            yield from zip(nlp.pipe([d for d, _ in buffer]), [e for _, e in buffer])
            buffer = []
    if buffer:
        yield from zip(nlp.pipe([d for d, _ in buffer]), [e for _, e in buffer])


def code_story(story: Story, actor_files=(), pattern_files=(), issue_files=(), domestic: bool = False) -> dict:
    """Code one story."""
    return next(code_stories([story], actor_files, pattern_files, issue_files, domestic=domestic))


def code_text(text: str, date: str | None = None, publisher: str | None = None, story_id: str = "text",
              domestic: bool = False) -> dict:
    """Code a bare text (a sentence or a paragraph) with an optional date and publisher."""
    story = Story(id=story_id, text=text, title=None, date=date, publisher=publisher, url=None, path="<text>",
                  line=None, body_start=0, collected=None, number=None, dateline=None)
    return code_story(story, domestic=domestic)
