"""From a Story to its coded record: normalize, parse and code, then map offsets back.

`code_story(story)` returns the record `readout code` writes (docs/INTERFACES.md); every
`start`/`end` points into `story.text`, and `evidence == story.text[start:end]`.
`code_stories(stories, workers=N)` streams records in input order from N processes; the
prefilter (prefilter.py) spares the parser stories that cannot carry an event. docs/scale.md.
"""
from __future__ import annotations

import atexit
import dataclasses
import gc
import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import cache
from typing import Callable, Iterable, Iterator

from spacy.tokens import Doc

from readout.coder import StoryContext
from readout.coder.dating import statement_date
from readout.coder.keyfilter import shipped_filter
from readout.coder.resolve import is_statement
from readout.dates import resolve_date
from readout.errors import BadInput, ReadoutError
from readout.lexicons.publishers import publisher_of
from readout.limits import StoryTooLong, StoryTooSlow, check_text, time_budget
from readout.nlp import load_nlp
from readout.normalize import normalize
from readout.prefilter import Prefilter
from readout.speakers import deepen, speakers
from readout.stories import Story, agency_line_end

__all__ = ["code_story", "code_stories", "code_text", "publisher_country", "CoderFailed"]


def publisher_country(story: Story) -> str | None:
    """The country whose government speaks through the story's publisher, URL or agency."""
    found = publisher_of(story.publisher, story.url, story.dateline.agency if story.dateline else None)
    return found.code if found else None


def _context(story: Story) -> StoryContext:
    date = resolve_date(story) or story.date
    publisher = story.publisher or (story.dateline.agency if story.dateline else None)
    return StoryContext(date=date, publisher=publisher, publisher_country=publisher_country(story),
                        title=story.title, url=story.url)


def _record(story: Story, doc, norm, ctx: StoryContext) -> dict:
    base = coded_start(story)

    def span(start, end):
        s, e = norm.span_to_original(start, end)
        s, e = s + base, e + base
        return s, e, story.text[s:e]

    events = []
    mentions = list(doc._.actors or ())
    for ev in doc._.events:
        d = ev.as_dict()
        # speakers.py: CAMEO depth and who acted for each side, from what the coder returned
        deepen(d, ev, doc)
        at = doc[ev.trigger].idx if 0 <= ev.trigger < len(doc) else ev.start
        d.update(speakers(ev, mentions, at))
        if ev.trigger < 0:
            # told only by the title's own clause (coder.resolve.title_event): no place in the body
            d["start"], d["end"], d["evidence"] = None, None, story.title
        else:
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
    date = ctx.date
    if story.dateline is None and story.date:
        # a statement's own act is dated when it spoke, not by the act it answers (told first)
        date = statement_date(doc, head, ctx.publisher_country, ctx.date, story.date[:10], is_statement(story.title))
    return {"id": story.id, "date": date, "title": story.title, "publisher": story.publisher,
            "url": story.url, "headline": headline, "events": events, "stances": stances, "actors": actors}


def coded_start(story: Story) -> int:
    """Where the coded text begins: the body, after a wire dateline opening it."""
    start = story.body_start or 0
    line = story.dateline
    # "BEIJING, April 26 (Xinhua) -- Xi held ...": the parser takes the dateline's place for the
    # subject of the first sentence, which is the story's main interaction.
    if line is not None and line.start >= start and not story.text[start:line.start].strip():
        start = line.end
    elif line is None:
        start = agency_line_end(story.text, start) or start     # "Tehran, IRNA -- Raisi held ..."
    return start


def prepare(story: Story) -> tuple:
    """The story's coded body, normalized, and its context: what the coder parses (used by the
    training and checking scripts too, so they see exactly what coding sees)."""
    # Only the body is coded: a digest's collection line and title are not part of the report.
    norm = normalize(story.text[coded_start(story):])
    return norm, _context(story)


def code_stories(stories: Iterable[Story], actor_files=(), pattern_files=(), issue_files=(),
                 batch_size: int = 16, domestic: bool = False, *, workers: int = 1,
                 prefilter: bool = True, on_error: Callable[[BadInput], None] | None = None,
                 key_filter: bool | None = None) -> Iterator[dict | None]:
    """Code stories in a stream, yielding one record per story in input order.

    key_filter drops the event keys the trained key filter (coder/keyfilter.py) is sure are wrong,
    in the text it learned from (government and state-media publishers: keyfilter.in_domain); None
    reads READOUT_KEY_FILTER (1 turns it on), else KEY_FILTER_DEFAULT (off: docs/coder.md, "A
    trained key filter", says which condition for the default failed).

    domestic=True keeps events of a country on itself (a crackdown on its own protesters), which
    GUIDE.md leaves out; PLOVER's gold sentences code them.

    workers=N codes batches of `batch_size` stories in N processes, each loading the pipeline
    once (0: one per core); the stream stays in order and memory stays flat, since at most two
    batches per worker are in flight. Workers start only once there is a second batch.
    prefilter=False sends every story through the parser (prefilter.py; the output is the same).
    A story the coder fails on is reported to on_error as a BadInput and yields None in its
    place; without on_error the failure is raised (CoderFailed from a worker process).
    """
    files = (tuple(map(str, actor_files)), tuple(map(str, pattern_files)), tuple(map(str, issue_files)))
    key_filter = key_filter_default() if key_filter is None else key_filter
    options = {"domestic": domestic, "prefilter": prefilter, "batch_size": batch_size, "key_filter": key_filter}
    workers = resolve_workers(workers)
    batches = _batches(stories, batch_size)
    if workers <= 1:
        for batch in batches:
            yield from _deliver(code_batch(files, batch, options, keep_errors=on_error is not None),
                                batch, on_error)
        return
    first = next(batches, None)
    second = next(batches, None)
    if second is None:
        # One batch: not worth starting processes for.
        for batch in [first] if first else []:
            yield from _deliver(code_batch(files, batch, options, keep_errors=on_error is not None),
                                batch, on_error)
        return
    yield from _code_parallel(itertools.chain([first, second], batches), files, options, workers, on_error)


# off: with it on, four hand-built statements of tests/coder lose an event the guide codes (docs/coder.md)
KEY_FILTER_DEFAULT = False


def key_filter_default() -> bool:
    """Whether the key filter is on when a caller does not say: READOUT_KEY_FILTER if set, else KEY_FILTER_DEFAULT."""
    env = os.environ.get("READOUT_KEY_FILTER", "").strip().lower()
    return KEY_FILTER_DEFAULT if not env else env not in ("0", "false", "no", "off")


def resolve_workers(workers: int | None) -> int:
    """The number of worker processes: N as given, or one per core for 0 or None."""
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


# A batch also ends at this many characters: the parser's working memory grows with the tokens
# of a batch, and some statements are 250,000 characters long (bulk: median 1,900).
BATCH_CHARS = 100_000


def _batches(stories: Iterable[Story], size: int, max_chars: int = BATCH_CHARS) -> Iterator[list[Story]]:
    batch, chars = [], 0
    for story in stories:
        n = len(story.text) if isinstance(story.text, str) else 0
        if batch and (len(batch) >= max(1, size) or chars + n > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(story)
        chars += n
    if batch:
        yield batch


def code_batch(files: tuple, batch: list[Story], options: dict, keep_errors: bool = True) -> list:
    """Records for one batch, in order; a story the coder fails on becomes a CoderFailure.

    The batch is parsed in one nlp.pipe call; if that fails it is redone story by story so that
    only the story at fault is lost. With keep_errors=False the first failure is raised as is.
    """
    nlp = load_nlp(*files)
    try:
        # The batch gets one story's time budget (limits.py); past it, each story gets its own.
        with time_budget():
            return _code_batch(nlp, batch, options)
    except (StoryTooLong, StoryTooSlow) as e:
        if len(batch) == 1:
            return [_over_limit(batch[0], e, keep_errors)]
    except Exception:  # noqa: BLE001 - redone one by one below, each failure reported there
        if not keep_errors and len(batch) == 1:
            raise
    out = []
    for story in batch:
        try:
            with time_budget():
                records = _code_batch(nlp, [story], options)
            out.extend(records)
        except (StoryTooLong, StoryTooSlow) as e:
            out.append(_over_limit(story, e, keep_errors))
        except Exception as e:  # noqa: BLE001 - any coder failure, reported with where it was
            if not keep_errors:
                raise
            out.append(CoderFailure(story.path, story.line, story.id, f"{type(e).__name__}: {e}"))
    return out


def _over_limit(story: Story, e: ReadoutError, keep_errors: bool) -> "CoderFailure":
    # A story past a limit of limits.py: a failure naming where the story is, raised or kept.
    failure = CoderFailure(story.path, story.line, story.id, str(e))
    if not keep_errors:
        raise failure.error() from e
    return failure


def _code_batch(nlp, batch: list[Story], options: dict) -> list[dict]:
    pf = _prefilter(nlp) if options.get("prefilter", True) else None
    comp = nlp.get_pipe("readout_coder")
    # the pipeline is shared by every caller in the process: the batch sets the filter it codes with
    comp.key_filter = shipped_filter() if options.get("key_filter") else None
    items = []
    for story in batch:
        check_text(story.text)  # limits.py: no story the parser would choke on
        norm, ctx = prepare(story)
        ctx = dataclasses.replace(ctx, domestic=bool(options.get("domestic")))
        doc = nlp.make_doc(norm.text)
        doc._.context = ctx
        decision = pf.decide(doc, ctx) if pf is not None else None
        items.append((story, norm, ctx, doc, decision))
    to_parse = [doc for _, _, _, doc, d in items if d is None or d.parse]
    parsed = parse_docs(nlp, to_parse, batch_size=max(1, options.get("batch_size", 16)))
    out = []
    for story, norm, ctx, doc, d in items:
        doc = next(parsed) if d is None or d.parse else pf.skipped(doc, ctx, d)
        out.append(_record(story, doc, norm, ctx))
    return out


# A story longer than this is parsed in pieces of about this size, cut at paragraph breaks: the
# parser's working memory grows with the length of a doc (a 250,000-character statement took
# 850 MB more), and a paragraph break already ends a sentence (nlp.paragraph_breaks), so the
# parse barely changes (docs/scale.md). Only a paragraph over twice this size is cut elsewhere.
PIECE_CHARS = 20_000


def parse_docs(nlp, docs: list, batch_size: int = 16) -> Iterator:
    """Run the pipeline on tokenized docs, in order; a long doc is parsed in paragraph pieces that
    are joined again before the coder sees the whole story."""
    coder = nlp.get_pipe("readout_coder")
    plans = [_pieces(doc) for doc in docs]
    parsed = _parse_grouped(nlp, [p for plan in plans for p in plan], batch_size)
    for doc, plan in zip(docs, plans):
        done = [next(parsed) for _ in plan]
        if len(done) == 1:
            whole = done[0]
        else:
            whole = Doc.from_docs(done, ensure_whitespace=False)
            whole._.context = doc._.context
        yield coder(whole)


def _parse_grouped(nlp, docs: list, batch_size: int) -> Iterator:
    # nlp.pipe parses a batch's docs together: batches also end at 2 * PIECE_CHARS characters,
    # or the pieces of one long story would be parsed at once after all.
    group, chars = [], 0
    for doc in [*docs, None]:
        n = _chars(doc) if doc is not None else 0
        if group and (doc is None or len(group) >= batch_size or chars + n > 2 * PIECE_CHARS):
            yield from nlp.pipe(group, batch_size=len(group), disable=["readout_coder"])
            group, chars = [], 0
        if doc is not None:
            group.append(doc)
            chars += n


def _chars(doc) -> int:
    # len(doc.text) without building the text (spaCy joins it from every token on each call)
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _pieces(doc) -> list:
    if _chars(doc) <= PIECE_CHARS:
        return [doc]
    cuts, start, start_char = [], 0, 0
    for tok in doc[:-1]:
        size = tok.idx + len(tok.text) - start_char
        paragraph = tok.is_space and "\n" in tok.text
        # A paragraph past twice the size is cut after a full stop; a run with no full stop past
        # three times the size is no prose (a list of 1,500 names) and is cut between any words.
        sentence = tok.text in (".", "?", "!") and tok.whitespace_ and doc[tok.i + 1].is_title
        if (paragraph and size >= PIECE_CHARS) or (sentence and size >= 2 * PIECE_CHARS) \
                or (tok.whitespace_ and size >= 3 * PIECE_CHARS):
            cuts.append((start, tok.i + 1))
            start, start_char = tok.i + 1, tok.idx + len(tok.text_with_ws)
    if start < len(doc):
        cuts.append((start, len(doc)))
    if len(cuts) == 1:
        return [doc]
    return [doc[a:b].as_doc() for a, b in cuts]


_PREFILTERS: dict[int, Prefilter] = {}


def _prefilter(nlp) -> Prefilter:
    if id(nlp) not in _PREFILTERS:
        _PREFILTERS[id(nlp)] = Prefilter(nlp)
    return _PREFILTERS[id(nlp)]


@dataclass
class CoderFailure:
    """A story the coder raised on, as a worker reports it back."""

    path: str
    line: int | None
    story_id: str
    message: str

    def error(self) -> BadInput:
        return BadInput(self.path, f"could not code story {self.story_id!r}: {self.message}", self.line)


class CoderFailed(ReadoutError):
    """The coder raised on a story in a worker process (give on_error to go on instead)."""


def _deliver(results: list, batch: list[Story], on_error) -> Iterator[dict | None]:
    for result in results:
        if isinstance(result, CoderFailure):
            if on_error is None:
                raise CoderFailed(str(result.error()))
            on_error(result.error())
            yield None
        else:
            yield result


def _code_parallel(batches, files, options, workers, on_error) -> Iterator[dict | None]:
    pending: deque = deque()

    def submit(batch):
        try:
            return _pool(workers, files).submit(code_batch, files, batch, options)
        except BrokenProcessPool:
            _drop_pool(workers, files)
            return _pool(workers, files).submit(code_batch, files, batch, options)

    def results(future, batch):
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (a crash in native code, the OOM killer): every batch in flight is
            # lost with it. Redo this one story by story to find the story that kills.
            _drop_pool(workers, files)
            return _isolate(batch, files, options)

    for batch in batches:
        pending.append((submit(batch), batch))
        while len(pending) >= 2 * workers:
            future, done = pending.popleft()
            yield from _deliver(results(future, done), done, on_error)
    while pending:
        future, done = pending.popleft()
        yield from _deliver(results(future, done), done, on_error)


def _isolate(batch: list[Story], files: tuple, options: dict) -> list:
    """Code each story of a batch in a worker of its own pool, so one that kills it is found."""
    out = []
    for story in batch:
        pool = _pool(1, files)
        try:
            out += pool.submit(code_batch, files, [story], options).result()
        except BrokenProcessPool:
            _drop_pool(1, files)
            out.append(CoderFailure(story.path, story.line, story.id, "the worker process died coding it"))
    return out


_POOLS: dict[tuple, ProcessPoolExecutor] = {}


def _pool(workers: int, files: tuple) -> ProcessPoolExecutor:
    # One pool per process and setting, kept for later calls (ingest codes chunk by chunk).
    key = (workers, files)
    pool = _POOLS.get(key)
    if pool is None:
        pool = ProcessPoolExecutor(workers, mp_context=_mp_context(),
                                   initializer=_init_worker, initargs=(files,))
        _POOLS[key] = pool
    return pool


def _drop_pool(workers: int, files: tuple) -> None:
    pool = _POOLS.pop((workers, files), None)
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)


@cache
def _mp_context():
    # fork starts fastest and needs no `if __name__ == "__main__"` guard in a user's script, but
    # is unsafe in a process that holds threads (a Dask worker, a web server): spawn there.
    # Decided once, before our own pools' threads exist; later pools fork as the first did.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _init_worker(files: tuple) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the run and exits 130; a worker
    # that took it too would print a KeyboardInterrupt traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    load_nlp(*files)
    # The model and lexicons live as long as the worker: the collector need not walk them again at
    # each full collection (0.6 -> 0.3 CPU s per 300 bulk statements). Only a worker does this:
    # in a caller's own process it would also keep the caller's objects for good.
    gc.freeze()


def _exit_with_parent() -> None:
    # A worker whose parent was SIGKILLed would wait for work forever, holding its model in
    # memory: it leaves once it is orphaned (found by test_reliability's killed ingests).
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="readout-parent-watch", daemon=True).start()


@atexit.register
def _shutdown_pools() -> None:
    for pool in _POOLS.values():
        pool.shutdown(wait=False, cancel_futures=True)
    _POOLS.clear()


def code_story(story: Story, actor_files=(), pattern_files=(), issue_files=(), domestic: bool = False) -> dict:
    """Code one story."""
    return next(code_stories([story], actor_files, pattern_files, issue_files, domestic=domestic))


def code_text(text: str, date: str | None = None, publisher: str | None = None, story_id: str = "text",
              domestic: bool = False) -> dict:
    """Code a bare text (a sentence or a paragraph) with an optional date and publisher."""
    story = Story(id=story_id, text=text, title=None, date=date, publisher=publisher, url=None, path="<text>",
                  line=None, body_start=0, collected=None, number=None, dateline=None)
    return code_story(story, domestic=domestic)
