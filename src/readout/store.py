"""The SQLite store: stories, their coded events and stances, an FTS5 index, schema migrations."""
from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import sqlite3
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from readout.dedup import CLUSTER_DAYS, SYMMETRIC_TYPES, cluster_events, cluster_key  # noqa: F401
from readout.schema import SCHEMA_VERSION  # noqa: F401
from readout.storefile import (NotAStore, StoreError, fingerprint, migrate,  # noqa: F401
                               missing_store, open_readonly, open_writable, schema_version,
                               stored_count, write_error)

DEFAULT_DB = "readout.db"


class MissingLexicon(StoreError):
    """A lexicon file stories were coded with at ingest that is no longer there."""


def content_hash(text: str, title: str | None) -> str:
    """The sha256 of a story's text and title; a story whose hash is unchanged is not re-coded."""
    h = hashlib.sha256()
    h.update((title or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(text.encode("utf-8"))
    return h.hexdigest()


@dataclass
class IngestCounts:
    """What one ingest did: stories newly stored, replaced (content changed), skipped (unchanged)."""

    stored: int = 0
    replaced: int = 0
    skipped: int = 0

    def __add__(self, other: "IngestCounts") -> "IngestCounts":
        return IngestCounts(self.stored + other.stored, self.replaced + other.replaced,
                            self.skipped + other.skipped)


@dataclass
class RecodeCounts:
    """What one recode did: stories recoded, changed by an ingest meanwhile, failed (kept as stored)."""

    recoded: int = 0
    changed: int = 0
    failed: int = 0


def lexicon_record(files: dict[str, Iterable] | None) -> str | None:
    """The user lexicon files of an ingest as stored with each story: JSON of kind -> [[path, sha256]]."""
    out = {}
    for kind, paths in (files or {}).items():
        entries = [[str(Path(p).resolve()), _file_digest(p)] for p in paths or ()]
        if entries:
            out[kind] = entries
    return json.dumps(out, sort_keys=True) if out else None


class CodingFiles(tuple):
    """The (actors, patterns, issues) user lexicon files stories were coded with, as a triple
    (`code_stories(stories, *files)`); `.domestic` says they kept events inside one country."""

    domestic: bool

    def __new__(cls, files, domestic: bool = False):
        self = super().__new__(cls, files)
        self.domestic = domestic
        return self


def _lexicon_files(lex: str | None, domestic: bool = False) -> CodingFiles:
    kinds = json.loads(lex) if lex else {}
    return CodingFiles((tuple(path for path, _ in kinds.get(k, ())) for k in ("actors", "patterns", "issues")),
                       domestic)


def _file_digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _dateline_json(dateline) -> str | None:
    if dateline is None:
        return None
    if dataclasses.is_dataclass(dateline):
        return json.dumps(dataclasses.asdict(dateline))
    return json.dumps(dateline)


class Store:
    """A readout database file: open (or create) it, upgrade its schema, ingest and read back.

    readonly=True opens an existing store for reading only (a `mode=ro` URI): a missing file, or
    a file that is no readout store, is refused and not a byte of it is written.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, check_same_thread: bool = True,
                 readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        try:
            if readonly:
                self.conn = open_readonly(self.path, check_same_thread)
            else:
                self.conn = open_writable(self.path, check_same_thread)
                migrate(self.conn, self.path)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: cannot open as a readout database ({e})") from e

    def _migrate(self) -> None:
        migrate(self.conn, self.path)

    # -- schema ---------------------------------------------------------------------------------
    def version(self) -> int:
        """The schema version of the open file (0 for a new, empty file)."""
        return schema_version(self.conn)

    def close(self) -> None:
        """Close the file."""
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------
    def needs_coding(self, story_id: str, hash_: str, domestic: bool = False) -> bool:
        """True unless a story with this id and content hash is already stored, coded with the
        same `domestic` choice."""
        row = self.conn.execute("SELECT content_hash, domestic FROM stories WHERE id = ?",
                                (story_id,)).fetchone()
        return row is None or row[0] != hash_ or bool(row[1]) != domestic

    def ingest(self, pairs: Iterable[tuple[object, dict]], batch_size: int = 200,
               progress: Callable[[IngestCounts], None] | None = None, *,
               lexicons: dict[str, Iterable] | None = None, domestic: bool = False) -> IngestCounts:
        """Store (Story, coded record) pairs, one transaction per batch; unchanged stories are skipped.

        lexicons: the user lexicon files the records were coded with ({"actors": [...],
        "patterns": [...], "issues": [...]}); their paths and digests are kept for `recode`.
        domestic: the records keep events inside one country (`--domestic`); kept for `recode`,
        and a story stored with the other choice counts as changed.
        """
        lex = lexicon_record(lexicons)
        total = IngestCounts()
        batch: list[tuple[object, dict]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= batch_size:
                total = total + self._write_batch(batch, lex, domestic)
                batch = []
                if progress:
                    progress(total)
        if batch:
            total = total + self._write_batch(batch, lex, domestic)
            if progress:
                progress(total)
        return total

    def ingest_stories(self, stories: Iterable[object],
                       code: Callable[[object], dict | None] | None = None, *,
                       code_many: Callable[[Iterable[object]], Iterable[dict | None]] | None = None,
                       batch_size: int = 200,
                       progress: Callable[[IngestCounts], None] | None = None,
                       lexicons: dict[str, Iterable] | None = None,
                       domestic: bool = False) -> IngestCounts:
        """Code and store the stories that are new or changed since last time; skip the rest.

        Give `code(story) -> record`, or `code_many(stories) -> records` (one record per story,
        in order: lets the coder batch its parsing). A record of None leaves the story unstored.
        """
        if (code is None) == (code_many is None):
            raise TypeError("give exactly one of code and code_many")
        skipped = 0
        last = IngestCounts()
        pending: deque = deque()

        def report(counts: IngestCounts) -> None:
            nonlocal last
            last = counts
            if progress:
                progress(IngestCounts(counts.stored, counts.replaced, counts.skipped + skipped))

        def todo() -> Iterator[object]:
            nonlocal skipped
            for story in stories:
                if self.needs_coding(story.id, content_hash(story.text, story.title), domestic):
                    pending.append(story)
                    yield story
                else:
                    skipped += 1
                    report(last)

        records = code_many(todo()) if code_many else (code(s) for s in todo())
        pairs = ((pending.popleft(), record) for record in records)
        counts = self.ingest(((s, r) for s, r in pairs if r is not None), batch_size=batch_size,
                             progress=report, lexicons=lexicons, domestic=domestic)
        counts.skipped += skipped
        return counts

    def _write_batch(self, batch: list[tuple[object, dict]], lexicons: str | None = None,
                     domestic: bool = False) -> IngestCounts:
        counts = IngestCounts()
        with self._transaction():
            for story, record in batch:
                hash_ = content_hash(story.text, story.title)
                row = self.conn.execute("SELECT content_hash, domestic FROM stories WHERE id = ?",
                                        (story.id,)).fetchone()
                if row is not None and row[0] == hash_ and bool(row[1]) == domestic:
                    counts.skipped += 1
                    continue
                if row is not None:
                    self._delete(story.id)
                    counts.replaced += 1
                else:
                    counts.stored += 1
                self._insert(story, record, hash_, lexicons, domestic)
        return counts

    def _delete(self, story_id: str) -> None:
        self._delete_coded(story_id)
        self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def _delete_coded(self, story_id: str) -> None:
        for table in ("events", "stances", "actors"):
            self.conn.execute(f"DELETE FROM {table} WHERE story_id = ?", (story_id,))

    @contextmanager
    def _transaction(self):
        """One write transaction, kept whole or not at all; SQLite's errors become StoreErrors.

        Ctrl-C or an error mid-batch: nothing of the batch is kept, a rerun redoes it. (A full
        disk makes SQLite roll back by itself: then there is nothing to undo.)
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise write_error(self.path, e) from e
            raise

    def _insert(self, story, record: dict, hash_: str, lexicons: str | None = None,
                domestic: bool = False) -> None:
        g = lambda name, default=None: getattr(story, name, default)  # noqa: E731
        event_date = record.get("date") or g("date")
        headline = record.get("headline")
        cur = self.conn.execute(
            "INSERT INTO stories (id, title, date, publisher, url, text, content_hash, ingested_at,"
            " event_date, headline, path, line, body_start, collected, number, dateline, lexicons,"
            " domestic) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (story.id, g("title"), g("date"), g("publisher"), g("url"), story.text, hash_, _now(),
             event_date, json.dumps(headline) if headline else None, g("path"), g("line"),
             g("body_start", 0) or 0, g("collected"), g("number"), _dateline_json(g("dateline")),
             lexicons, int(domestic)))
        self._insert_coded(story.id, cur.lastrowid, record, event_date)

    def _insert_coded(self, story_id: str, story_pk: int, record: dict,
                      event_date: str | None) -> None:
        headline = record.get("headline") or {}
        hkey = (headline.get("source"), headline.get("type"), headline.get("target"))
        self.conn.executemany(
            'INSERT INTO events (story_id, story_pk, source, target, type, mode, cameo, goldstein,'
            ' date, sentence, start, "end", evidence, is_headline, source_name, source_role,'
            ' target_name, target_role) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
            [(story_id, story_pk, e.get("source"), e.get("target"), e["type"], e.get("mode"),
              e.get("cameo"), e.get("goldstein"), e.get("date") or event_date, e.get("sentence"),
              e.get("start"), e.get("end"), e.get("evidence"),
              int((e.get("source"), e["type"], e.get("target")) == hkey),
              e.get("source_name"), e.get("source_role"), e.get("target_name"),
              e.get("target_role"))
             for e in record.get("events") or ()])
        self.conn.executemany(
            'INSERT INTO stances (story_id, story_pk, holder, polarity, issue, toward, evidence,'
            ' sentence, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?)',
            [(story_id, story_pk, s.get("holder"), s.get("polarity"), s.get("issue"),
              s.get("toward"), s.get("evidence"), s.get("sentence"), s.get("start"), s.get("end"))
             for s in record.get("stances") or ()])
        self.conn.executemany(
            "INSERT INTO actors (story_id, story_pk, code, name, role) VALUES (?,?,?,?,?)",
            [(story_id, story_pk, a.get("code"), a.get("name"), a.get("role"))
             for a in record.get("actors") or () if a.get("code")])

    # -- recoding -------------------------------------------------------------------------------
    def recode(self, code: Callable[[object], dict | None] | None = None, *,
               code_many: Callable[[list, tuple], Iterable[dict | None]] | None = None,
               batch_size: int = 200, story_factory: Callable[..., object] | None = None,
               on_note: Callable[[str], None] | None = None) -> RecodeCounts:
        """Re-run a (newer) coder over every stored story, replacing its coding.

        Give `code(story)`, or `code_many(stories, files)` (one record per story, in order; files
        is the (actors, patterns, issues) triple of user lexicon paths the stories were ingested
        with, checked to exist first: a missing one is a MissingLexicon naming it, nothing
        recoded; `files.domestic` says they were ingested with `--domestic`). A record of None (the coder failed: it reports why) keeps the stored coding.
        Each story is written only if its content hash is still the one that was coded
        (compare-and-swap in the write transaction): a story an ingest replaced meanwhile keeps
        the ingest's coding, and on_note is told.
        """
        if (code is None) == (code_many is None):
            raise TypeError("give exactly one of code and code_many")
        if batch_size < 1:
            raise StoreError(f"batch size {batch_size} must be 1 or more")
        if code_many is None:
            code_many = lambda stories, files: [code(s) for s in stories]  # noqa: E731
        if story_factory is None:
            from readout.stories import Story as story_factory  # only here: plain reads need none
        groups = self._lexicon_groups()
        counts = RecodeCounts()
        for (lex, domestic), ids in groups.items():
            files = _lexicon_files(lex, domestic)
            for i in range(0, len(ids), batch_size):
                self._recode_chunk(ids[i:i + batch_size], files, lex, code_many, story_factory,
                                   counts, on_note)
        return counts

    def _lexicon_groups(self) -> dict[tuple[str | None, bool], list[str]]:
        # Stories by the lexicon files and the domestic choice they were coded with; every file
        # must still be there.
        groups: dict[tuple[str | None, bool], list[str]] = {}
        for sid, lex, domestic in self.conn.execute("SELECT id, lexicons, domestic FROM stories ORDER BY pk"):
            groups.setdefault((lex, bool(domestic)), []).append(sid)
        for (lex, _), ids in groups.items():
            for kind, entries in (json.loads(lex) if lex else {}).items():
                for path, _ in entries:
                    if not Path(path).is_file():
                        raise MissingLexicon(
                            f"{path}: the {kind} file {len(ids)} stored stories were ingested "
                            f"with (e.g. {ids[0]!r}) is missing; put it back, or ingest those "
                            "stories again without it")
        return groups

    def _recode_chunk(self, chunk, files, lex, code_many, story_factory, counts, on_note):
        read = []  # (id, content hash as read, story): what the coder is given
        for sid in chunk:
            row = self.story_row(sid)
            if row is not None:
                read.append((sid, row["content_hash"], self._story_of(row, story_factory)))
        records = list(code_many([s for _, _, s in read], files))
        if len(records) != len(read):
            raise StoreError(f"the coder gave {len(records)} records for {len(read)} stories")
        new_lex = lexicon_record(dict(zip(("actors", "patterns", "issues"), files))) if lex else None
        with self._transaction():
            for (sid, hash_, _), record in zip(read, records):
                if record is None:
                    counts.failed += 1
                    continue
                row = self.conn.execute("SELECT pk, content_hash, date FROM stories WHERE id = ?",
                                        (sid,)).fetchone()
                if row is None or row["content_hash"] != hash_:
                    counts.changed += 1
                    if on_note:
                        on_note(f"story {sid!r} was replaced or removed by an ingest while it was "
                                "being recoded; it keeps the ingest's coding")
                    continue
                self._delete_coded(sid)
                event_date = record.get("date")
                headline = record.get("headline")
                self.conn.execute(
                    "UPDATE stories SET event_date = ?, headline = ?, lexicons = ? WHERE id = ?",
                    (event_date, json.dumps(headline) if headline else None, new_lex, sid))
                self._insert_coded(sid, row["pk"], record, event_date or row["date"])
                counts.recoded += 1

    # -- reading --------------------------------------------------------------------------------
    def story_row(self, story_id: str) -> sqlite3.Row | None:
        """The stored row of one story, or None."""
        return self.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()

    def story(self, story_id: str, story_factory: Callable[..., object]):
        """Rebuild the Story of a stored row with `story_factory` (readout.stories.Story)."""
        row = self.story_row(story_id)
        if row is None:
            raise StoreError(f"no story {story_id!r} in {self.path}")
        return self._story_of(row, story_factory)

    @staticmethod
    def _story_of(row: sqlite3.Row, story_factory: Callable[..., object]):
        dateline = json.loads(row["dateline"]) if row["dateline"] else None
        if dateline is not None:
            try:
                from readout.stories import Dateline
                dateline = Dateline(**dateline)
            except ImportError:
                pass
        return story_factory(id=row["id"], text=row["text"], title=row["title"], date=row["date"],
                             publisher=row["publisher"], url=row["url"], path=row["path"] or "",
                             line=row["line"], body_start=row["body_start"] or 0,
                             collected=row["collected"], number=row["number"], dateline=dateline)

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("stories", "events", "stances", "actors")}


def open_store(path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> Store:
    """Open a readout store: read-write (created if missing), or read-only (it must exist)."""
    return Store(path, readonly=readonly)
