"""Coding in worker processes and on a local Dask cluster stores what one process stores."""
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from readout.errors import BadInput
from readout.pipeline import CoderFailed, code_stories
from readout.stories import Story, iter_stories
from readout.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted(p for p in (ROOT / "src/readout/samples").iterdir()
                 if p.is_file() and not p.name.startswith((".", "_")))


def broken(story_id="broken"):
    # text=None makes the coder raise on this one story.
    return Story(id=story_id, text=None, title=None, date=None, publisher=None, url=None,
                 path="bad.jsonl", line=7, body_start=0, collected=None, number=None, dateline=None)


@pytest.fixture(scope="module")
def samples():
    return list(iter_stories(SAMPLES))


@pytest.fixture(scope="module")
def serial(samples):
    return list(code_stories(samples))


def test_workers_give_the_same_records_in_order(samples, serial):
    assert list(code_stories(samples, batch_size=2, workers=2)) == serial


def test_one_batch_is_coded_without_workers(samples, serial):
    assert list(code_stories(samples[:2], batch_size=16, workers=2)) == serial[:2]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_story_that_crashes_the_coder_is_reported_and_the_batch_kept(samples, serial, workers):
    errors = []
    stories = samples[:2] + [broken()] + samples[2:]
    out = list(code_stories(stories, batch_size=3, workers=workers, on_error=errors.append))
    assert out == serial[:2] + [None] + serial[2:]
    assert len(errors) == 1 and isinstance(errors[0], BadInput)
    assert str(errors[0]).startswith("bad.jsonl:7: could not code story 'broken': TypeError")


def test_a_crash_in_a_worker_without_on_error_raises(samples):
    with pytest.raises(CoderFailed, match="could not code story 'broken'"):
        list(code_stories(samples[:2] + [broken()] + samples[2:], batch_size=2, workers=2))


def dump(db):
    """Every stored row but the ingest time and the keys, sorted."""
    con = sqlite3.connect(db)
    out = {}
    for table, cols in (
            ("stories", "id, title, date, publisher, url, text, content_hash, event_date, headline, path,"
                        " line, body_start, collected, number, dateline"),
            ("events", 'story_id, source, target, type, mode, cameo, goldstein, date, sentence, start,'
                       ' "end", evidence, is_headline'),
            ("stances", 'story_id, holder, polarity, issue, toward, evidence, sentence, start, "end"'),
            ("actors", "story_id, code, name, role")):
        out[table] = sorted(con.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
    con.close()
    return out


def test_dask_on_two_local_workers_stores_what_one_machine_stores(tmp_path, main):
    inputs = [str(p) for p in SAMPLES]
    with Store(tmp_path / "one.db") as store:
        store.ingest_stories(iter_stories(inputs), code_many=lambda todo: code_stories(todo))
    runner = CliRunner()
    shards = tmp_path / "shards"
    result = runner.invoke(main, ["shard", *inputs, "--out", str(shards), "--workers", "2",
                                  "--partition-size", "2"], env={"READOUT_PROGRESS_SECONDS": "0"})
    assert result.exit_code == 0, result.output
    # the summary counts what one machine's ingest stores (regression: it gave stories only)
    with Store(tmp_path / "one.db") as store:
        n = store.counts()
    assert re.search(rf"^{n['stories']} stories, {n['events']} events, {n['stances']} stances, "
                     r"0 errors in [\d.]+ s, [\d.]+ stories/s; 2 workers, \d+ shard files in ",
                     result.stdout, re.M), result.output
    # progress on stderr although it is no terminal, a partition at a time
    assert re.search(r"^shard: \d+ stories, \d+ events?, \d+ stances?, 0 errors, ", result.stderr, re.M)
    assert sorted(p.name for p in shards.iterdir()) == ["actors", "events", "stances", "stories"]
    assert all(p.name.startswith("month=") for p in (shards / "events").iterdir())

    db = str(tmp_path / "dask.db")
    result = runner.invoke(main, ["load", str(shards), "--db", db])
    assert result.exit_code == 0, result.output
    assert dump(db) == dump(tmp_path / "one.db")
    again = runner.invoke(main, ["load", str(shards), "--db", db])
    assert again.output.startswith("stored 0, replaced 0, skipped ")
    assert dump(db) == dump(tmp_path / "one.db")

    # DuckDB straight on the shards finds the reports the store holds.
    from readout.scale import events_from_parquet
    rows = events_from_parquet(shards, type="CONSULT")
    con = sqlite3.connect(db)
    stored = con.execute("SELECT story_id, source, target FROM events WHERE type = 'CONSULT'").fetchall()
    assert sorted((r["story_id"], r["source"], r["target"]) for r in rows) == sorted(stored)
    result = runner.invoke(main, ["events-parquet", str(shards), "--type", "CONSULT"])
    assert result.exit_code == 0 and "CONSULT" in result.output


def test_load_without_shards_is_an_error(tmp_path, main):
    result = CliRunner().invoke(main, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path}: no stories/ shards here")


def test_events_parquet_bad_dyad(tmp_path, main):
    result = CliRunner().invoke(main, ["events-parquet", str(tmp_path), "--dyad", "CHN"])
    assert result.exit_code == 1
    assert result.output == "Error: CHN: a dyad is two codes joined by '-', e.g. CHN-IRN\n"


def test_events_parquet_without_shards_finds_none(tmp_path, main):
    result = CliRunner().invoke(main, ["events-parquet", str(tmp_path)])
    assert result.exit_code == 0 and result.output == "(none)\n"


def test_a_story_that_kills_its_worker_is_reported_and_the_rest_coded(samples, serial, monkeypatch):
    import os

    import readout.pipeline as pipeline
    real = pipeline.prepare

    def deadly(story):
        if story.id == "deadly":
            os._exit(3)         # as a segfault in native code would
        return real(story)

    # Workers are forked from this process, so they inherit the patch; 3 workers: a fresh pool.
    if pipeline._mp_context().get_start_method() != "fork":
        pytest.skip("worker processes are spawned here; they would not see the patch")
    monkeypatch.setattr(pipeline, "prepare", deadly)
    errors = []
    deadly_story = Story(id="deadly", text="x", title=None, date=None, publisher=None, url=None,
                         path="bad.jsonl", line=9, body_start=0, collected=None, number=None, dateline=None)
    out = list(code_stories(samples[:3] + [deadly_story] + samples[3:], batch_size=2, workers=3,
                            on_error=errors.append))
    assert out == serial[:3] + [None] + serial[3:]
    assert [str(e) for e in errors] == [
        "bad.jsonl:9: could not code story 'deadly': the worker process died coding it"]


def test_ingest_through_dask_skips_what_is_stored(tmp_path):
    from readout.scale import ingest_dask

    inputs = [str(p) for p in SAMPLES]
    with Store(tmp_path / "one.db") as store:
        store.ingest_stories(iter_stories(inputs), code_many=lambda todo: code_stories(todo))
    with Store(tmp_path / "dask.db") as store:
        first = list(iter_stories(inputs))[:3]
        assert ingest_dask(store, first, workers=2).stored == 3
        counts = ingest_dask(store, iter_stories(inputs), workers=2)
        assert (counts.stored, counts.skipped) == (len(list(iter_stories(inputs))) - 3, 3)
    assert dump(tmp_path / "dask.db") == dump(tmp_path / "one.db")
    assert not [p for p in tmp_path.iterdir() if p.is_dir()]      # the temporary shards are gone


def test_truncated_parquet_shard_is_one_error_in_load_and_events_parquet(tmp_path, main):
    # a pyarrow / DuckDB traceback before
    from readout.scale import code_partition

    story = Story(id="s1", text="China criticized Japan over the visit.", title=None, date="2021-08-18",
                  publisher=None, url=None, path="t.jsonl", line=1, body_start=0)
    shards = tmp_path / "shards"
    assert code_partition(0, "run1", 0, [story], str(shards), (), {})["errors"] == []
    for part in shards.glob("*/*/*.parquet"):
        data = part.read_bytes()
        part.write_bytes(data[: len(data) // 2])
    load = CliRunner().invoke(main, ["load", str(shards), "--db", str(tmp_path / "x.db")])
    assert load.exit_code == 1
    broken = next((shards / "stories").glob("*/*.parquet"))
    assert load.output.startswith(f"Error: {broken}: not a readable Parquet shard (")
    assert load.output.endswith("; run `readout shard` again for its stories, or remove it\n")
    query = CliRunner().invoke(main, ["events-parquet", str(shards)])
    assert query.exit_code == 1
    assert query.output.startswith(f"Error: {shards}: cannot read the event shards (")
    assert "Traceback" not in load.output + query.output


@pytest.mark.parametrize("args, option", [
    (["load", "SHARDS", "--batch-size", "0"], "--batch-size"),
    (["shard", "in.jsonl", "--out", "SHARDS", "--partition-size", "0"], "--partition-size"),
    (["shard", "in.jsonl", "--out", "SHARDS", "--workers", "-1"], "--workers"),
])
def test_sizes_below_their_range_are_usage_errors(tmp_path, main, args, option):
    result = CliRunner().invoke(main, [a.replace("SHARDS", str(tmp_path / "s")) for a in args])
    assert result.exit_code == 2 and f"Invalid value for '{option}'" in result.output
