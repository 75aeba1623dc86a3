"""Store: schema, idempotent ingest, replace on change, crash recovery, migrations, recode."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import story as S  # a real Story from a few fields

from readout.store import SCHEMA_VERSION, Store, StoreError, content_hash, fingerprint, stored_count

TEXT = "China and Iran held a phone call. China opposes external interference."


def record(sid, date="2021-08-18", events=None, stances=None):
    ev = events if events is not None else [
        {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "phone", "cameo": "042",
         "goldstein": 1.9, "sentence": 0, "start": 0, "end": 32, "evidence": TEXT[0:32]}]
    st = stances if stances is not None else [
        {"holder": "CHN", "polarity": "oppose", "issue": "interference", "toward": None,
         "sentence": 1, "start": 34, "end": 72, "evidence": TEXT[34:72]}]
    return {"id": sid, "date": date, "headline": {"source": "CHN", "type": "CONSULT",
                                                    "target": "IRN", "mode": "phone"},
            "events": ev, "stances": st, "actors": [{"code": "CHN", "name": None, "role": None}]}


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.db")
    yield s
    s.close()


def test_new_file_has_current_schema_in_wal_mode(store):
    assert store.version() == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert {"stories", "events", "stances", "actors", "stories_fts", "schema_version"} <= tables


def test_fingerprint_is_equal_for_the_same_coding_and_differs_after_a_change(tmp_path):
    a, b = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    for s in (a, b):
        s.ingest([(S("s1", TEXT), record("s1"))])
    assert fingerprint(a.path) == fingerprint(b.path)
    assert fingerprint(a.path)["stories"] == 1 and stored_count(a.path) == 1
    b.ingest([(S("s1", TEXT + " More."), record("s1", events=[]))])
    assert fingerprint(a.path)["digest"] != fingerprint(b.path)["digest"]
    assert stored_count(tmp_path / "missing.db") == 0
    a.close()
    b.close()


def test_ingest_stores_story_events_stances_actors(store):
    counts = store.ingest([(S("a", TEXT, "Call", "2021-08-18"), record("a"))])
    assert (counts.stored, counts.replaced, counts.skipped) == (1, 0, 0)
    assert store.counts() == {"stories": 1, "events": 1, "stances": 1, "actors": 1}
    ev = store.conn.execute('SELECT source, target, type, evidence, "end", is_headline FROM events'
                            ).fetchone()
    assert tuple(ev) == ("CHN", "IRN", "CONSULT", TEXT[0:32], 32, 1)
    row = store.story_row("a")
    assert row["content_hash"] == content_hash(TEXT, "Call")
    assert json.loads(row["headline"])["mode"] == "phone"


def test_reingest_of_unchanged_story_is_skipped(store):
    pair = (S("a", TEXT, "Call"), record("a"))
    store.ingest([pair])
    counts = store.ingest([pair])
    assert (counts.stored, counts.replaced, counts.skipped) == (0, 0, 1)
    assert store.counts()["events"] == 1
    assert not store.needs_coding("a", content_hash(TEXT, "Call"))
    assert store.needs_coding("a", content_hash(TEXT + "!", "Call"))
    assert store.needs_coding("b", content_hash(TEXT, "Call"))


def test_changed_story_replaces_its_events(store):
    store.ingest([(S("a", TEXT, "Call"), record("a"))])
    new = record("a", events=[{"source": "IRN", "type": "SUPPORT", "target": "CHN"},
                              {"source": "CHN", "type": "AGREE", "target": "IRN"}], stances=[])
    counts = store.ingest([(S("a", TEXT + " More.", "Call"), new)])
    assert (counts.stored, counts.replaced, counts.skipped) == (0, 1, 0)
    assert store.counts() == {"stories": 1, "events": 2, "stances": 0, "actors": 1}
    types = sorted(r[0] for r in store.conn.execute("SELECT type FROM events"))
    assert types == ["AGREE", "SUPPORT"]


def test_ingest_stories_codes_only_new_or_changed(store):
    coded = []

    def code(story):
        coded.append(story.id)
        return record(story.id)

    stories = [S("a", TEXT), S("b", TEXT + " B")]
    assert store.ingest_stories(stories, code).stored == 2
    stories[1] = S("b", TEXT + " B changed")
    counts = store.ingest_stories(stories + [S("c", "C.")], code)
    assert (counts.stored, counts.replaced, counts.skipped) == (1, 1, 1)
    assert coded == ["a", "b", "b", "c"]


def test_ingest_stories_with_a_streaming_coder_and_unstored_failures(store):
    def code_many(stories):
        for story in stories:
            yield None if story.id == "bad" else record(story.id)

    stories = [S("a", TEXT), S("bad", "?"), S("b", TEXT + " B")]
    counts = store.ingest_stories(stories, code_many=code_many, batch_size=2)
    assert (counts.stored, counts.replaced, counts.skipped) == (2, 0, 0)
    assert [r[0] for r in store.conn.execute("SELECT id FROM stories ORDER BY id")] == ["a", "b"]
    counts = store.ingest_stories(stories, code_many=code_many)
    assert (counts.stored, counts.skipped) == (0, 2)  # "bad" is tried again: it was never stored


def test_error_mid_batch_keeps_no_part_of_the_batch(store):
    def pairs():
        yield S("a", TEXT), record("a")
        yield S("b", TEXT), {"events": [{"source": "CHN"}]}  # no type: the insert fails

    with pytest.raises(KeyError):
        store.ingest(pairs(), batch_size=10)
    assert store.counts() == {"stories": 0, "events": 0, "stances": 0, "actors": 0}


def test_ctrl_c_mid_batch_keeps_whole_batches_only(store):
    def pairs():
        for i in range(10):
            if i == 7:
                raise KeyboardInterrupt
            yield S(f"s{i}", f"{TEXT} {i}"), record(f"s{i}")

    with pytest.raises(KeyboardInterrupt):
        store.ingest(pairs(), batch_size=3)
    assert store.counts()["stories"] == 6
    assert store.counts()["events"] == 6
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_fts_index_follows_replace(store):
    store.ingest([(S("a", "The JCPOA talks resumed.", "Vienna"), record("a", events=[]))])
    hits = lambda q: [r[0] for r in store.conn.execute(  # noqa: E731
        "SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?", (q,))]
    assert len(hits("JCPOA")) == 1
    store.ingest([(S("a", "Talks on trade.", "Vienna"), record("a", events=[]))])
    assert hits("JCPOA") == [] and len(hits("trade")) == 1
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


V1_SQL = """
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, '2026-01-01T00:00:00+00:00');
CREATE TABLE stories (pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, date TEXT,
    publisher TEXT, url TEXT, text TEXT NOT NULL, content_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL);
CREATE TABLE events (id INTEGER PRIMARY KEY, story_id TEXT NOT NULL, source TEXT, target TEXT,
    type TEXT NOT NULL, mode TEXT, cameo TEXT, goldstein REAL, date TEXT, sentence INTEGER,
    start INTEGER, "end" INTEGER, evidence TEXT);
CREATE TABLE stances (id INTEGER PRIMARY KEY, story_id TEXT NOT NULL, holder TEXT, polarity TEXT,
    issue TEXT, toward TEXT, evidence TEXT, sentence INTEGER, start INTEGER, "end" INTEGER);
CREATE TABLE actors (story_id TEXT NOT NULL, code TEXT NOT NULL, name TEXT, role TEXT);
INSERT INTO stories VALUES (1, 'old', 'Old call', '2020-01-02', NULL, NULL,
    'An old story about Tehran.', 'x', '2026-01-01');
INSERT INTO events (story_id, source, target, type, date) VALUES ('old', 'CHN', 'IRN', 'CONSULT',
    '2020-01-02');
"""


def test_v1_file_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL)
    conn.close()
    with Store(path) as store:
        assert store.version() == SCHEMA_VERSION
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_version")]
        assert versions == list(range(1, SCHEMA_VERSION + 1))
        row = store.story_row("old")
        assert row["title"] == "Old call" and row["body_start"] == 0 and row["path"] is None
        # the FTS index was built over rows that predate it
        hit = store.conn.execute("SELECT rowid FROM stories_fts WHERE stories_fts MATCH 'Tehran'"
                                 ).fetchall()
        assert [h[0] for h in hit] == [1]
        assert store.counts()["events"] == 1
    with Store(path) as again:  # opening a current file changes nothing
        assert again.version() == SCHEMA_VERSION


def test_file_from_a_newer_readout_is_refused(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (?, 'later')", (SCHEMA_VERSION + 1,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer readout"):
        Store(path)


def test_not_a_database_is_a_store_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)


def test_recode_replaces_coding_and_keeps_stories(store):
    store.ingest([(S("a", TEXT, "Call", "2021-08-18", line=3), record("a"))])

    def newer(story):
        assert story.line == 3 and story.text == TEXT
        return record(story.id, events=[{"source": "CHN", "type": "SUPPORT", "target": "IRN"}])

    assert store.recode(newer, story_factory=S).recoded == 1
    assert [r[0] for r in store.conn.execute("SELECT type FROM events")] == ["SUPPORT"]
    assert store.counts()["stories"] == 1


def test_recode_racing_an_ingest_never_writes_codings_of_the_old_text(tmp_path):
    # Regression (issue 15): an ingest that replaced a story while recode was coding it got
    # the old text's events written over its own, offsets past the new text, for good.
    db = tmp_path / "race.db"
    old_text = "China and Iran held a phone call on Monday to discuss trade and energy. " * 3
    new_text = "Iran rejected the plan."
    with Store(db) as store:
        store.ingest([(S("a", old_text), record("a")), (S("b", TEXT), record("b"))])

    def coder_racing_an_ingest(stories, files):
        # While recode holds the old text, an ingest in another connection replaces story a.
        with Store(db) as other:
            counts = other.ingest([(S("a", new_text), record("a", events=[
                {"source": "IRN", "type": "REJECT", "target": None, "start": 0, "end": 22,
                 "evidence": new_text[:22]}], stances=[]))])
            assert counts.replaced == 1
        return [record(s.id, events=[{"source": "CHN", "type": "CONSULT", "target": "IRN",
                                      "start": 0, "end": 70, "evidence": s.text[:70]}])
                for s in stories]

    notes = []
    with Store(db) as store:
        counts = store.recode(code_many=coder_racing_an_ingest, story_factory=S,
                              on_note=notes.append)
        assert (counts.recoded, counts.changed, counts.failed) == (1, 1, 0)
        text = store.story_row("a")["text"]
        rows = store.conn.execute('SELECT type, start, "end", evidence FROM events'
                                  " WHERE story_id = 'a'").fetchall()
    assert text == new_text
    assert [tuple(r) for r in rows] == [("REJECT", 0, 22, new_text[:22])]
    assert all(text[r["start"]:r["end"]] == r["evidence"] for r in rows)
    assert notes == ["story 'a' was replaced or removed by an ingest while it was being recoded; "
                     "it keeps the ingest's coding"]


def test_recode_keeps_the_stored_coding_of_a_story_the_coder_fails_on(store):
    store.ingest([(S("a", TEXT), record("a")), (S("b", TEXT + " More."), record("b"))])
    counts = store.recode(code_many=lambda stories, files: [
        None if s.id == "a" else record(s.id, events=[]) for s in stories], story_factory=S)
    assert (counts.recoded, counts.failed) == (1, 1)
    by_story = dict(store.conn.execute("SELECT story_id, COUNT(*) FROM events GROUP BY story_id"))
    assert by_story == {"a": 1}


def test_recode_uses_the_lexicon_files_of_the_ingest_or_names_the_missing_one(tmp_path, store):
    mine = tmp_path / "my-actors.tsv"
    mine.write_text("name\taliases\tcountry\trole\tstart\tend\tsource\n")
    store.ingest([(S("a", TEXT), record("a"))], lexicons={"actors": [mine]})
    store.ingest([(S("b", TEXT + " More."), record("b"))])
    seen = {}

    def code_many(stories, files):
        for s in stories:
            seen[s.id] = files
        return [record(s.id) for s in stories]

    assert store.recode(code_many=code_many, story_factory=S).recoded == 2
    assert seen == {"a": ((str(mine.resolve()),), (), ()), "b": ((), (), ())}
    before = store.conn.execute("SELECT id, lexicons FROM stories ORDER BY id").fetchall()
    mine.unlink()
    with pytest.raises(StoreError) as err:
        store.recode(code_many=code_many, story_factory=S)
    assert str(err.value) == (f"{mine.resolve()}: the actors file 1 stored stories were ingested "
                              "with (e.g. 'a') is missing; put it back, or ingest those stories "
                              "again without it")
    assert store.conn.execute("SELECT id, lexicons FROM stories ORDER BY id").fetchall() == before


# -- crash recovery -------------------------------------------------------------------------------
INGEST_SCRIPT = textwrap.dedent("""
    import sys, time
    from dataclasses import dataclass
    from readout.store import Store

    @dataclass
    class S:
        id: str
        text: str
        title: str = None
        date: str = "2021-08-18"

    def pairs(n, slow):
        for i in range(n):
            if slow:
                time.sleep(0.002)
            text = f"Story {i}: China and Iran held talks number {i}."
            yield S(f"s{i:05d}", text, f"T{i}"), {
                "date": "2021-08-18",
                "events": [{"source": "CHN", "type": "CONSULT", "target": "IRN",
                            "evidence": text, "start": 0, "end": len(text)},
                           {"source": "IRN", "type": "SUPPORT", "target": "CHN"}],
                "stances": [{"holder": "CHN", "polarity": "oppose", "issue": "interference"}],
                "actors": [{"code": "CHN"}, {"code": "IRN"}]}

    path, n, slow = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "slow"
    c = Store(path).ingest(pairs(n, slow), batch_size=7)
    print(c.stored, c.replaced, c.skipped)
""")


def _dump(path):
    conn = sqlite3.connect(path)
    out = {
        "stories": conn.execute("SELECT id, title, text, content_hash FROM stories ORDER BY id"
                                ).fetchall(),
        "events": conn.execute("SELECT story_id, source, target, type, evidence FROM events"
                               " ORDER BY story_id, type").fetchall(),
        "stances": conn.execute("SELECT story_id, holder, issue FROM stances ORDER BY story_id"
                                ).fetchall(),
        "fts": conn.execute("SELECT COUNT(*) FROM stories_fts WHERE stories_fts MATCH 'Iran'"
                            ).fetchone(),
        "check": conn.execute("PRAGMA integrity_check").fetchone()[0],
    }
    conn.close()
    return out


def test_ingest_killed_mid_run_then_rerun_matches_uninterrupted(tmp_path):
    n = 600
    script = tmp_path / "ingest.py"
    script.write_text(INGEST_SCRIPT)
    env = dict(os.environ)
    crashed, clean = tmp_path / "crashed.db", tmp_path / "clean.db"

    proc = subprocess.Popen([sys.executable, str(script), str(crashed), str(n), "slow"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Wait until some batches are committed, then kill without warning.
    deadline = time.time() + 30
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            conn = sqlite3.connect(crashed, timeout=1)
            stored = conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0]
            conn.close()
        except sqlite3.OperationalError:
            continue
        if stored >= 50:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"

    partial = _dump(crashed)
    assert partial["check"] == "ok"
    done = len(partial["stories"])
    assert 0 < done < n and done % 7 == 0  # whole batches only: no half-stored story
    assert len(partial["events"]) == 2 * done and len(partial["stances"]) == done

    rerun = subprocess.run([sys.executable, str(script), str(crashed), str(n), "fast"], env=env,
                           capture_output=True, text=True, check=True)
    assert rerun.stdout.split() == [str(n - done), "0", str(done)]
    subprocess.run([sys.executable, str(script), str(clean), str(n), "fast"], env=env, check=True,
                   capture_output=True)
    assert _dump(crashed) == _dump(clean)


def test_recode_tells_the_coder_which_stories_were_ingested_domestic(store):
    store.ingest([(S("a", TEXT), record("a"))], domestic=True)
    store.ingest([(S("b", TEXT + " More."), record("b"))])
    seen = {}

    def code_many(stories, files):
        for s in stories:
            seen[s.id] = (tuple(files), files.domestic)
        return [record(s.id) for s in stories]

    assert store.recode(code_many=code_many, story_factory=S).recoded == 2
    assert seen == {"a": (((), (), ()), True), "b": (((), (), ()), False)}
    assert dict(store.conn.execute("SELECT id, domestic FROM stories")) == {"a": 1, "b": 0}


@pytest.mark.parametrize("first, again, needs", [(False, False, False), (True, True, False),
                                                 (False, True, True), (True, False, True)])
def test_a_story_stored_with_the_other_domestic_choice_needs_coding(store, first, again, needs):
    store.ingest([(S("a", TEXT), record("a"))], domestic=first)
    assert store.needs_coding("a", content_hash(TEXT, S("a", TEXT).title), domestic=again) is needs
    counts = store.ingest([(S("a", TEXT), record("a"))], domestic=again)
    assert (counts.replaced, counts.skipped) == ((1, 0) if needs else (0, 1))
