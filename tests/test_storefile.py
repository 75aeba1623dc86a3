"""Opening a store: read-only commands never write, foreign files are refused, new files race."""
import hashlib
import multiprocessing
import os
import sqlite3
import subprocess

import pytest
from click.testing import CliRunner

from readout.schema import MIGRATIONS, SCHEMA_VERSION, split_sql
from readout.store import Store, StoreError

# Every command that only reads, with the arguments it needs besides --db.
READ_ONLY = [
    ["events"], ["stances"], ["search", "China"], ["dyad", "CHN", "IRN"],
    ["export", "--format", "csv"], ["report", "--output", "{tmp}/brief.html"], ["serve"],
]


def _args(cmd, tmp_path, db):
    return [a.replace("{tmp}", str(tmp_path)) for a in cmd] + ["--db", str(db)]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def foreign_db(tmp_path):
    """Another application's SQLite file, in rollback-journal mode."""
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.executemany("INSERT INTO invoices (total) VALUES (?)", [(1.5,), (2.5,)])
    conn.commit()
    conn.close()
    return db


@pytest.mark.parametrize("cmd", READ_ONLY, ids=lambda c: c[0])
def test_read_only_command_refuses_a_foreign_database_without_writing_a_byte(
        cmd, tmp_path, foreign_db, main):
    before = _digest(foreign_db)
    r = CliRunner().invoke(main, _args(cmd, tmp_path, foreign_db))
    assert r.exit_code == 1
    assert r.stderr == (f"Error: {foreign_db}: not a readout database (its tables: invoices); "
                        "give the --db of a store made by `readout ingest`\n")
    assert _digest(foreign_db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no -wal, -shm, brief
    conn = sqlite3.connect(f"file:{foreign_db}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


@pytest.mark.parametrize("cmd", READ_ONLY + [["recode"], ["compare", "a", "b"]], ids=lambda c: c[0])
def test_every_command_gives_one_message_for_a_missing_store_and_creates_none(cmd, tmp_path, main):
    db = tmp_path / "gone.db"
    r = CliRunner().invoke(main, _args(cmd, tmp_path, db))
    assert r.exit_code == 1
    assert r.stderr == f"Error: no database {db}; run `readout ingest` first or give --db\n"
    assert not db.exists()


def test_ingest_refuses_a_foreign_database_unchanged(tmp_path, foreign_db, main):
    src = tmp_path / "s.txt"
    src.write_text("China criticized Japan.\n")
    before = _digest(foreign_db)
    r = CliRunner().invoke(main, ["ingest", str(src), "--db", str(foreign_db)])
    assert r.exit_code == 1
    assert r.stderr.startswith(f"Error: {foreign_db}: not a readout database")
    assert _digest(foreign_db) == before


def test_a_file_that_is_not_sqlite_is_a_clear_error_and_unchanged(tmp_path, main):
    db = tmp_path / "notes.db"
    db.write_text("shopping list: milk, eggs\n" * 100)
    before = _digest(db)
    r = CliRunner().invoke(main, ["events", "--db", str(db)])
    assert r.exit_code == 1
    assert r.stderr == (f"Error: {db}: cannot open as a readout database (file is not a "
                        "database)\n")
    assert _digest(db) == before


def test_create_app_refuses_a_missing_store_instead_of_recreating_it(tmp_path):
    from readout.web.app import create_app

    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "moved-away.db")
    assert not (tmp_path / "moved-away.db").exists()


def test_read_only_open_changes_no_byte_of_a_readout_store(tmp_path):
    db = tmp_path / "r.db"
    Store(db).close()
    before = _digest(db)
    with Store(db, readonly=True) as store:
        assert store.counts()["stories"] == 0
        with pytest.raises(sqlite3.OperationalError, match="readonly|query_only"):
            store.conn.execute("DELETE FROM stories")
    assert _digest(db) == before


# -- a read-only folder ---------------------------------------------------------------------------
@pytest.fixture
def read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "r.db"
    with Store(db) as store:
        store.conn.execute("INSERT INTO stories (id, text, content_hash, ingested_at) "
                           "VALUES ('s1', 'China met Iran.', 'h', 'now')")
    assert not (folder / "r.db-shm").exists()  # closed cleanly: SQLite removed -wal and -shm
    if os.geteuid() == 0:  # root ignores modes: make the folder immutable, where it can be
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("root, and no chattr +i here: cannot make a read-only folder")
    else:
        folder.chmod(0o555)
    yield db
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


def test_a_store_in_a_read_only_folder_can_be_read(read_only_folder, main):
    # Regression: a WAL store's reader needs a -shm file it could not create there.
    r = CliRunner().invoke(main, ["search", "Iran", "--db", str(read_only_folder),
                                  "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[1].startswith("s1,")
    assert sorted(p.name for p in read_only_folder.parent.iterdir()) == ["r.db"]


# -- four ingests starting on one new file --------------------------------------------------------
def _open_and_count(path: str) -> str | None:
    try:
        with Store(path) as store:
            store.counts()
        return None
    except StoreError as e:
        return str(e)


def test_four_processes_creating_one_new_store_never_see_database_is_locked(tmp_path):
    # Regression: switching a new file to WAL does not wait on SQLite's busy timeout; about one
    # start in four of four concurrent ingests failed with "database is locked".
    ctx = multiprocessing.get_context("fork")
    errors = []
    with ctx.Pool(4) as pool:
        for i in range(40):
            errors += [e for e in pool.map(_open_and_count, [str(tmp_path / f"{i}.db")] * 4) if e]
    assert errors == []


# -- an older store upgrades in place -------------------------------------------------------------
def _store_of_schema(path, version: int) -> None:
    """A store as readout wrote it at schema `version`, with one story, event, stance, actor."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for v in range(1, version + 1):
        for statement in split_sql(MIGRATIONS[v - 1]):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version VALUES (?, '2026-01-01T00:00:00+00:00')", (v,))
    conn.execute("INSERT INTO stories (id, title, date, text, content_hash, ingested_at) VALUES "
                 "('old', 'Old call', '2020-01-02', 'China and Iran held a phone call.', 'x', 'then')")
    conn.execute("INSERT INTO events (story_id, source, target, type, mode, cameo, date, start,"
                 " \"end\", evidence) VALUES ('old', 'CHN', 'IRN', 'CONSULT', 'phone', '040',"
                 " '2020-01-02', 0, 33, 'China and Iran held a phone call.')")
    conn.execute("INSERT INTO stances (story_id, holder, polarity, issue) VALUES "
                 "('old', 'CHN', 'support', 'trade')")
    conn.execute("INSERT INTO actors (story_id, code) VALUES ('old', 'CHN')")
    conn.close()


@pytest.mark.parametrize("readonly", [False, True])
def test_a_store_of_an_older_schema_upgrades_in_place(tmp_path, readonly):
    db = tmp_path / "v4.db"
    _store_of_schema(db, 4)     # before story_pk and lexicons (5) and domestic (6)
    with Store(db, readonly=readonly) as store:
        assert store.version() == SCHEMA_VERSION
        ev = dict(store.conn.execute("SELECT * FROM events").fetchone())
        assert (ev["source"], ev["cameo"], ev["story_pk"], ev["source_name"]) == ("CHN", "040", 1, None)
        for table in ("stances", "actors"):
            assert store.conn.execute(f"SELECT story_pk FROM {table}").fetchone()[0] == 1
        assert store.story_row("old")["lexicons"] is None
        assert store.story_row("old")["domestic"] == 0


def test_foreign_keys_from_events_stances_actors_to_stories_are_declared(tmp_path):
    # Datasette follows declared foreign keys: an event's story_pk links to its story's row.
    with Store(tmp_path / "r.db") as store:
        for table in ("events", "stances", "actors"):
            fks = [tuple(r)[2:5] for r in store.conn.execute(f"PRAGMA foreign_key_list({table})")]
            assert fks == [("stories", "story_pk", "pk")]
