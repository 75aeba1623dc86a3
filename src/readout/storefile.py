"""Opening a store file: read-write in WAL mode or read-only, refusing foreign files, migrating."""
from __future__ import annotations

import datetime as _dt
import hashlib
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from readout.errors import ReadoutError
from readout.schema import MIGRATIONS, SCHEMA_VERSION, STORE_TABLES, split_sql


class StoreError(ReadoutError):
    """A database file readout cannot open or use."""


class NotAStore(StoreError):
    """A file that exists but is no readout store (another application's database)."""


def missing_store(path: str | Path) -> StoreError:
    """The one message every command gives for a store file that does not exist."""
    return StoreError(f"no database {path}; run `readout ingest` first or give --db")




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


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def migrate(conn: sqlite3.Connection, path: str) -> None:
    """Apply the missing migrations in one transaction; refuse a file of a newer readout."""
    if schema_version(conn) == SCHEMA_VERSION:
        return  # up to date: no write lock, so opening never waits for a running ingest
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version "
                     "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        current = schema_version(conn)
        if current > SCHEMA_VERSION:
            raise _newer(path, current)
        for version in range(current + 1, SCHEMA_VERSION + 1):
            for statement in split_sql(MIGRATIONS[version - 1]):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?)", (version, _now()))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


# ------------------------------------------------------------------------------------------
def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version of an open file (0 for a new, empty file)."""
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    if not has:
        return 0
    return conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0


def _newer(path: str, version: int) -> StoreError:
    return StoreError(f"{path}: written by a newer readout (schema {version}, this one knows "
                      f"{SCHEMA_VERSION}); upgrade readout")


def _check_is_store(conn: sqlite3.Connection, path: str, allow_empty: bool) -> None:
    # Read before anything is written: another application's database stays as it was.
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    if not names and allow_empty:
        return
    if not STORE_TABLES <= names:
        other = ", ".join(sorted(n for n in names if not n.startswith("sqlite_"))[:5]) or "none"
        raise NotAStore(f"{path}: not a readout database (its tables: {other}); give the --db "
                        "of a store made by `readout ingest`")


def open_writable(path: str, check_same_thread: bool) -> sqlite3.Connection:
    """A read-write connection in WAL mode; refuses another application's database unchanged."""
    # isolation_level=None: we open and close every transaction ourselves.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=check_same_thread,
                           timeout=10)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout=10000")
        if path != ":memory:":
            _check_is_store(conn, path, allow_empty=True)
        _wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn
    except BaseException:
        conn.close()
        raise


def _wal(conn: sqlite3.Connection, seconds: float = 10) -> None:
    # Switching a new file to WAL needs it alone and SQLite does not wait for that (the busy
    # timeout is not used): four ingests starting on one new file got "database is locked".
    deadline = time.monotonic() + seconds
    pause = 0.005
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


def open_readonly(path: str, check_same_thread: bool) -> sqlite3.Connection:
    """A read-only (`mode=ro`) connection to an existing readout store; never writes a byte of
    a foreign file (an older readout store is upgraded in place first)."""
    if path == ":memory:" or not Path(path).is_file():
        raise missing_store(path)
    conn = _connect_ro(path, check_same_thread)
    try:
        _check_is_store(conn, path, allow_empty=False)
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            raise _newer(path, version)
    except BaseException:
        conn.close()
        raise
    if version < SCHEMA_VERSION:
        # A readout store from an older readout: upgraded in place (as any command would), then
        # read. Only a readout store gets here; a foreign file was refused above.
        conn.close()
        try:
            upgrade = open_writable(path, True)
            try:
                migrate(upgrade, path)
            finally:
                upgrade.close()
        except sqlite3.Error as e:
            raise StoreError(f"{path}: made by an older readout (schema {version}) and cannot be "
                             f"upgraded to schema {SCHEMA_VERSION} ({e}); make it writable once, "
                             "or copy it to a writable folder") from e
        conn = _connect_ro(path, check_same_thread)
    conn.execute("PRAGMA query_only = ON")
    return conn


def _connect_ro(path: str, check_same_thread: bool) -> sqlite3.Connection:
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                           check_same_thread=check_same_thread, timeout=10)
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.OperationalError as e:
        conn.close()
        wal = Path(path + "-wal")
        if "unable to open" not in str(e) or (wal.exists() and wal.stat().st_size):
            raise
    # A WAL-mode store in a folder readout cannot write to: SQLite cannot create the -shm file
    # a reader needs. With no -wal file holding unsaved pages, no writer is at work there (none
    # could create one either), so the file is read as immutable.
    conn = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None,
                           check_same_thread=check_same_thread)
    conn.row_factory = sqlite3.Row
    return conn


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
