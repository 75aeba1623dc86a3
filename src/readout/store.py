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

from readout.errors import ReadoutError

DEFAULT_DB = "readout.db"

# Types whose two actors play the same part: A CONSULT B and B CONSULT A are one interaction.
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})
# Reports of one interaction whose dates are at most this many days apart join one cluster.
CLUSTER_DAYS = 2


class StoreError(ReadoutError):
    """A database file readout cannot open or use."""


# Each migration takes the file from version i to i + 1; never edit a released one, add a new one.
MIGRATIONS: list[str] = [
    # 1: the base tables.
    """
    CREATE TABLE stories (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT, date TEXT, publisher TEXT, url TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL,
        source TEXT, target TEXT, type TEXT NOT NULL, mode TEXT,
        cameo TEXT, goldstein REAL, date TEXT,
        sentence INTEGER, start INTEGER, "end" INTEGER, evidence TEXT
    );
    CREATE INDEX events_story ON events(story_id);
    CREATE TABLE stances (
        id INTEGER PRIMARY KEY,
        story_id TEXT NOT NULL,
        holder TEXT, polarity TEXT, issue TEXT, toward TEXT,
        evidence TEXT, sentence INTEGER, start INTEGER, "end" INTEGER
    );
    CREATE INDEX stances_story ON stances(story_id);
    CREATE TABLE actors (
        story_id TEXT NOT NULL,
        code TEXT NOT NULL, name TEXT, role TEXT
    );
    CREATE INDEX actors_story ON actors(story_id);
    """,
    # 2: what recoding needs to rebuild a Story, and the story-level coded fields.
    """
    ALTER TABLE stories ADD COLUMN event_date TEXT;
    ALTER TABLE stories ADD COLUMN headline TEXT;
    ALTER TABLE stories ADD COLUMN path TEXT;
    ALTER TABLE stories ADD COLUMN line INTEGER;
    ALTER TABLE stories ADD COLUMN body_start INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE stories ADD COLUMN collected TEXT;
    ALTER TABLE stories ADD COLUMN number INTEGER;
    ALTER TABLE stories ADD COLUMN dateline TEXT;
    ALTER TABLE events ADD COLUMN is_headline INTEGER NOT NULL DEFAULT 0;
    """,
    # 3: full-text search over titles and texts, kept in sync by triggers.
    """
    CREATE VIRTUAL TABLE stories_fts USING fts5(
        title, text, content='stories', content_rowid='pk'
    );
    CREATE TRIGGER stories_ai AFTER INSERT ON stories BEGIN
        INSERT INTO stories_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    CREATE TRIGGER stories_ad AFTER DELETE ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
    END;
    CREATE TRIGGER stories_au AFTER UPDATE OF title, text ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, title, text)
        VALUES ('delete', old.pk, old.title, old.text);
        INSERT INTO stories_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
    END;
    INSERT INTO stories_fts(stories_fts) VALUES ('rebuild');
    """,
    # 4: indexes for the queries, and a view of the actors seen.
    """
    CREATE INDEX events_dyad ON events(source, target, type, date);
    CREATE INDEX events_target ON events(target);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX stances_holder ON stances(holder, issue);
    CREATE VIEW actors_seen AS
        SELECT code, name, role, COUNT(DISTINCT story_id) AS stories
        FROM actors GROUP BY code, name, role;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


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


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _dateline_json(dateline) -> str | None:
    if dateline is None:
        return None
    if dataclasses.is_dataclass(dateline):
        return json.dumps(dataclasses.asdict(dateline))
    return json.dumps(dateline)


class Store:
    """A readout database file: open (or create) it, upgrade its schema, ingest and read back."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, check_same_thread: bool = True):
        self.path = str(path)
        try:
            # isolation_level=None: we open and close every transaction ourselves.
            self.conn = sqlite3.connect(self.path, isolation_level=None,
                                        check_same_thread=check_same_thread)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: cannot open as a readout database ({e})") from e

    # -- schema ---------------------------------------------------------------------------------
    def version(self) -> int:
        """The schema version of the open file (0 for a new, empty file)."""
        has = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
        if not has:
            return 0
        row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return row[0] or 0

    def _migrate(self) -> None:
        if self.version() == SCHEMA_VERSION:
            return  # up to date: no write lock, so opening never waits for a running ingest
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version "
                              "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
            current = self.version()
            if current > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: written by a newer readout (schema {current}, "
                                 f"this one knows {SCHEMA_VERSION}); upgrade readout")
            for version in range(current + 1, SCHEMA_VERSION + 1):
                for statement in _split_sql(MIGRATIONS[version - 1]):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, _now()))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the file."""
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------------
    def needs_coding(self, story_id: str, hash_: str) -> bool:
        """True unless a story with this id and content hash is already stored."""
        row = self.conn.execute("SELECT content_hash FROM stories WHERE id = ?",
                                (story_id,)).fetchone()
        return row is None or row[0] != hash_

    def ingest(self, pairs: Iterable[tuple[object, dict]], batch_size: int = 200,
               progress: Callable[[IngestCounts], None] | None = None) -> IngestCounts:
        """Store (Story, coded record) pairs, one transaction per batch; unchanged stories are skipped."""
        total = IngestCounts()
        batch: list[tuple[object, dict]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= batch_size:
                total = total + self._write_batch(batch)
                batch = []
                if progress:
                    progress(total)
        if batch:
            total = total + self._write_batch(batch)
            if progress:
                progress(total)
        return total

    def ingest_stories(self, stories: Iterable[object],
                       code: Callable[[object], dict | None] | None = None, *,
                       code_many: Callable[[Iterable[object]], Iterable[dict | None]] | None = None,
                       batch_size: int = 200,
                       progress: Callable[[IngestCounts], None] | None = None) -> IngestCounts:
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
                if self.needs_coding(story.id, content_hash(story.text, story.title)):
                    pending.append(story)
                    yield story
                else:
                    skipped += 1
                    report(last)

        records = code_many(todo()) if code_many else (code(s) for s in todo())
        pairs = ((pending.popleft(), record) for record in records)
        counts = self.ingest(((s, r) for s, r in pairs if r is not None), batch_size=batch_size,
                             progress=report)
        counts.skipped += skipped
        return counts

    def _write_batch(self, batch: list[tuple[object, dict]]) -> IngestCounts:
        counts = IngestCounts()
        with self._transaction():
            for story, record in batch:
                hash_ = content_hash(story.text, story.title)
                row = self.conn.execute("SELECT content_hash FROM stories WHERE id = ?",
                                        (story.id,)).fetchone()
                if row is not None and row[0] == hash_:
                    counts.skipped += 1
                    continue
                if row is not None:
                    self._delete(story.id)
                    counts.replaced += 1
                else:
                    counts.stored += 1
                self._insert(story, record, hash_)
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

    def _insert(self, story, record: dict, hash_: str) -> None:
        g = lambda name, default=None: getattr(story, name, default)  # noqa: E731
        event_date = record.get("date") or g("date")
        headline = record.get("headline")
        self.conn.execute(
            "INSERT INTO stories (id, title, date, publisher, url, text, content_hash, ingested_at,"
            " event_date, headline, path, line, body_start, collected, number, dateline)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (story.id, g("title"), g("date"), g("publisher"), g("url"), story.text, hash_, _now(),
             event_date, json.dumps(headline) if headline else None, g("path"), g("line"),
             g("body_start", 0) or 0, g("collected"), g("number"), _dateline_json(g("dateline"))))
        self._insert_coded(story.id, record, event_date)

    def _insert_coded(self, story_id: str, record: dict, event_date: str | None) -> None:
        headline = record.get("headline") or {}
        hkey = (headline.get("source"), headline.get("type"), headline.get("target"))
        self.conn.executemany(
            'INSERT INTO events (story_id, source, target, type, mode, cameo, goldstein, date,'
            ' sentence, start, "end", evidence, is_headline) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
            [(story_id, e.get("source"), e.get("target"), e["type"], e.get("mode"), e.get("cameo"),
              e.get("goldstein"), e.get("date") or event_date, e.get("sentence"), e.get("start"),
              e.get("end"), e.get("evidence"),
              int((e.get("source"), e["type"], e.get("target")) == hkey))
             for e in record.get("events") or ()])
        self.conn.executemany(
            'INSERT INTO stances (story_id, holder, polarity, issue, toward, evidence, sentence,'
            ' start, "end") VALUES (?,?,?,?,?,?,?,?,?)',
            [(story_id, s.get("holder"), s.get("polarity"), s.get("issue"), s.get("toward"),
              s.get("evidence"), s.get("sentence"), s.get("start"), s.get("end"))
             for s in record.get("stances") or ()])
        self.conn.executemany(
            "INSERT INTO actors (story_id, code, name, role) VALUES (?,?,?,?)",
            [(story_id, a.get("code"), a.get("name"), a.get("role"))
             for a in record.get("actors") or () if a.get("code")])

    def recode(self, code: Callable[[object], dict] | None = None, *,
               code_many: Callable[[list], Iterable[dict]] | None = None, batch_size: int = 200,
               story_factory: Callable[..., object] | None = None) -> int:
        """Re-run a (newer) coder over every stored story, replacing its events; returns the count.

        Give `code(story)` or `code_many(stories)` (one record per story, in order).
        """
        if (code is None) == (code_many is None):
            raise TypeError("give exactly one of code and code_many")
        if code_many is None:
            code_many = lambda stories: [code(s) for s in stories]  # noqa: E731
        if story_factory is None:
            from readout.stories import Story as story_factory  # only here: plain reads need none
        ids = [r[0] for r in self.conn.execute("SELECT id FROM stories ORDER BY pk")]
        done = 0
        for i in range(0, len(ids), batch_size):
            chunk = ids[i:i + batch_size]
            records = list(code_many([self.story(sid, story_factory) for sid in chunk]))
            if len(records) != len(chunk):
                raise StoreError(f"the coder gave {len(records)} records for {len(chunk)} stories")
            coded = list(zip(chunk, records))
            with self._transaction():
                for sid, record in coded:
                    self._delete_coded(sid)
                    event_date = record.get("date")
                    headline = record.get("headline")
                    self.conn.execute(
                        "UPDATE stories SET event_date = ?, headline = ? WHERE id = ?",
                        (event_date, json.dumps(headline) if headline else None, sid))
                    self._insert_coded(sid, record, event_date or self._story_date(sid))
            done += len(chunk)
        return done

    def _story_date(self, story_id: str) -> str | None:
        return self.conn.execute("SELECT date FROM stories WHERE id = ?", (story_id,)).fetchone()[0]

    # -- reading --------------------------------------------------------------------------------
    def story_row(self, story_id: str) -> sqlite3.Row | None:
        """The stored row of one story, or None."""
        return self.conn.execute("SELECT * FROM stories WHERE id = ?", (story_id,)).fetchone()

    def story(self, story_id: str, story_factory: Callable[..., object]):
        """Rebuild the Story of a stored row with `story_factory` (readout.stories.Story)."""
        row = self.story_row(story_id)
        if row is None:
            raise StoreError(f"no story {story_id!r} in {self.path}")
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


# Every row that coding produced, in a fixed order: two stores that give the same hash of these
# hold the same coding (ingest times and other bookkeeping left out).
_CODED_ROWS = [
    "SELECT id, title, date, content_hash, event_date, headline FROM stories ORDER BY id",
    'SELECT story_id, source, target, type, mode, cameo, goldstein, date, sentence, start, "end",'
    ' evidence, is_headline FROM events ORDER BY story_id, start, "end", type, source, target',
    'SELECT story_id, holder, polarity, issue, toward, evidence, start, "end" FROM stances'
    ' ORDER BY story_id, start, "end", issue, holder',
    "SELECT story_id, code, name, role FROM actors ORDER BY story_id, code, name, role",
]


def fingerprint(path: str | Path) -> dict:
    """Open a store read-only and return its integrity check, row counts, duplicate story ids and
    a digest of every coded row: equal fingerprints mean the same coding (the crash bench and
    reliability tests compare an interrupted store with an uninterrupted one this way)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out = {"integrity": conn.execute("PRAGMA integrity_check").fetchone()[0]}
        for table in ("stories", "events", "stances", "actors"):
            out[table] = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        out["duplicate_ids"] = conn.execute("SELECT COUNT(*) - COUNT(DISTINCT id) FROM stories").fetchone()[0]
        h = hashlib.sha256()
        for query in _CODED_ROWS:
            for row in conn.execute(query):
                h.update(repr(tuple(row)).encode())
        out["digest"] = h.hexdigest()[:16]
        return out
    finally:
        conn.close()


def stored_count(path: str | Path, timeout: float = 5) -> int:
    """Stories in a store file right now, read-only; 0 when it does not exist or cannot be read
    (a writer holds it past the timeout)."""
    if not Path(path).exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)
        try:
            return conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def write_error(path: str, e: sqlite3.Error) -> StoreError:
    """A StoreError saying why a write failed (disk full, read-only file) and what to do."""
    reason = str(e)
    if "full" in reason:
        hint = "free some disk space and run the same command again"
    elif "readonly" in reason or "read-only" in reason:
        hint = "the file or its folder is read-only; make it writable or give another --db"
    else:
        hint = "run the same command again"
    return StoreError(f"{path}: cannot write ({reason}); {hint} (the stories stored so far are kept)")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps triggers whole."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def cluster_key(source: str | None, type_: str, target: str | None) -> tuple:
    """The dedup key of an event: (type, source, target), the pair unordered for symmetric types."""
    if type_ in SYMMETRIC_TYPES and source and target and target < source:
        source, target = target, source
    return (type_, source, target)


def cluster_events(rows: Iterable[dict]) -> list[list[dict]]:
    """Group event reports into interactions: same key, each date within CLUSTER_DAYS of the last."""
    by_key: dict[tuple, list[dict]] = {}
    for row in rows:
        by_key.setdefault(cluster_key(row["source"], row["type"], row["target"]), []).append(row)
    clusters: list[list[dict]] = []
    for reports in by_key.values():
        dated = sorted((r for r in reports if r.get("date")), key=lambda r: (r["date"], r["id"]))
        # An undated report cannot be placed in time; it stays an event of its own.
        clusters.extend([r] for r in reports if not r.get("date"))
        current: list[dict] = []
        last = None
        for r in dated:
            day = _day(r["date"])
            if current and (day is None or last is None or (day - last).days > CLUSTER_DAYS):
                clusters.append(current)
                current = []
            current.append(r)
            last = day
        if current:
            clusters.append(current)
    clusters.sort(key=lambda c: (c[0].get("date") or "", c[0]["id"]))
    return clusters


def _day(value: str) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None
