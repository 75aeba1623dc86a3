"""`readout ingest` and `readout recode` end to end: real reader, real coder, small stories."""
import json
import re
import os
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

pytest.importorskip("readout.stories", reason="needs readout.stories (the story reader)")
pytest.importorskip("readout.pipeline", reason="needs readout.pipeline (the coder)")


STORIES = [
    {"id": "t-1", "date": "2021-08-18", "title": "Xi Jinping speaks with Iranian President",
     "publisher": "Test Agency", "url": "https://example.org/1",
     "text": "Chinese President Xi Jinping had a phone conversation with Iranian President "
             "Ebrahim Raisi on August 18. Xi said China firmly supports Iran in safeguarding its "
             "sovereignty and opposes external interference."},
    {"id": "t-2", "date": "2021-08-19", "title": "Raisi and Xi hold talks",
     "publisher": "Other Agency", "url": "https://example.org/2",
     "text": "Iranian President Ebrahim Raisi held a telephone call with Chinese President "
             "Xi Jinping. Raisi thanked China for its support."},
    {"id": "t-3", "date": "2021-08-20", "title": "Statement",
     "publisher": "Test Agency", "url": "https://example.org/3",
     "text": "The United States condemned the missile test by North Korea."},
]


def write_jsonl(path, stories, bad_line=None):
    lines = [json.dumps(s) for s in stories]
    if bad_line is not None:
        lines.insert(1, bad_line)
    path.write_text("\n".join(lines) + "\n")


def summary(result):
    """The last line of stdout without its time and rate (which vary)."""
    line = result.stdout.splitlines()[-1]
    found = re.fullmatch(r"(.*) in \d+\.\d s, \d+\.\d stories/s", line)
    assert found, line
    return found.group(1)


def counts(db):
    conn = sqlite3.connect(db)
    out = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
           for t in ("stories", "events", "stances")}
    conn.close()
    return out


def test_ingest_then_rerun_is_idempotent(tmp_path, main):
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, STORIES)
    first = CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    assert first.exit_code == 0, first.output
    assert re.fullmatch(r"stored 3, replaced 0, skipped 0; 3 stories, [1-9]\d* events, "
                        r"[1-9]\d* stances, 0 errors", summary(first))
    before = counts(db)
    assert before["stories"] == 3 and before["events"] > 0
    again = CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    assert summary(again) == "stored 0, replaced 0, skipped 3; 3 stories, 0 events, 0 stances, 0 errors"
    assert counts(db) == before


def test_changed_story_is_replaced(tmp_path, main):
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, STORIES)
    CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    changed = [dict(STORIES[0], text=STORIES[0]["text"] + " Xi also thanked Iran.")] + STORIES[1:]
    write_jsonl(src, changed)
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    assert summary(result).startswith("stored 0, replaced 1, skipped 2; 3 stories, ")
    assert counts(db)["stories"] == 3


def test_bad_line_is_reported_and_the_rest_stored(tmp_path, main):
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, STORIES, bad_line="{not json")
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"Error: {src}:2: ")
    assert summary(result).startswith("stored 3, replaced 0, skipped 0; 3 stories, ")
    assert summary(result).endswith(" stances, 1 error")
    assert counts(db)["stories"] == 3


def test_missing_input_file(tmp_path, main):
    db = str(tmp_path / "r.db")
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope.jsonl"), "--db", db])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path / 'nope.jsonl'}")


def test_recode_keeps_stories(tmp_path, main):
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, STORIES)
    CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    before = counts(db)
    result = CliRunner().invoke(main, ["recode", "--db", db])
    assert result.exit_code == 0, result.output
    assert re.fullmatch(r"recoded 3 stories, \d+ events, \d+ stances, 0 errors in \d+\.\d s, "
                        r"\d+\.\d stories/s\n", result.stdout)
    assert counts(db) == before  # the same coder gives the same coding


def test_recode_skips_a_story_over_the_size_limit_and_goes_on(tmp_path, main):
    # Regression: recode stopped at the first story over the limit, where ingest skips it.
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, STORIES)
    CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    before = counts(db)
    result = CliRunner(env={"READOUT_MAX_STORY_CHARS": "100"}).invoke(main, ["recode", "--db", db])
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    n = len(STORIES[0]["text"])
    assert errors[0] == (f"Error: {src}:1: could not code story 't-1': story longer than 100 "
                         f"characters ({n}); split it")
    assert len(errors) == 2 and "'t-2'" in errors[1]
    assert re.match(r"recoded 3 stories, \d+ events?, \d+ stances?, 2 errors in ", result.stdout)
    assert counts(db) == before


def test_recode_uses_the_ingest_lexicon_files_and_names_a_missing_one(tmp_path, main):
    actors = tmp_path / "my-actors.tsv"
    actors.write_text("name\taliases\tcountry\trole\tstart\tend\tsource\n"
                      "Jane Roe\tRoe\tNZL\tPrime Minister\t2020-01-01\t\tmy notes\n")
    story = {"id": "u-1", "date": "2021-08-18", "title": "Call",
             "text": "Jane Roe held a phone call with Chinese President Xi Jinping."}
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, [story])
    assert CliRunner().invoke(main, ["ingest", str(src), "--db", db, "--actors", str(actors),
                                     "--workers", "1"]).exit_code == 0
    query = "SELECT source, type, target FROM events ORDER BY id"
    conn = sqlite3.connect(db)
    coded = conn.execute(query).fetchall()
    assert ("NZL", "CONSULT", "CHN") in coded or ("CHN", "CONSULT", "NZL") in coded
    result = CliRunner().invoke(main, ["recode", "--db", db])
    assert result.exit_code == 0, result.output
    assert conn.execute(query).fetchall() == coded  # the user's actor is still known
    actors.unlink()
    result = CliRunner().invoke(main, ["recode", "--db", db])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {actors}: the actors file 1 stored stories were ingested "
                             "with (e.g. 'u-1') is missing; put it back, or ingest those stories "
                             "again without it\n")
    assert conn.execute(query).fetchall() == coded
    conn.close()


def test_ingest_engine_dask_codes_with_the_actors_patterns_and_issues_files(tmp_path, main):
    # regression: --engine dask dropped --actors/--patterns/--issues, coding with the shipped
    # lexicons alone and storing no files for `recode`
    pytest.importorskip("dask.distributed")
    actors = tmp_path / "my-actors.tsv"
    actors.write_text("name\taliases\tcountry\trole\tstart\tend\tsource\n"
                      "Jane Roe\tRoe\tNZL\tPrime Minister\t2020-01-01\t\tmy notes\n")
    patterns = tmp_path / "my-verbs.jsonl"
    patterns.write_text('{"verb": "acclaim", "cameo": "051", "target": "counterpart"}\n')
    issues = tmp_path / "my-issues.jsonl"
    issues.write_text('{"issue": "kiwifruit", "phrases": ["kiwifruit exports"]}\n')
    story = {"id": "u-1", "date": "2021-08-18", "title": "Call",
             "text": "Jane Roe held a phone call with Chinese President Xi Jinping. Xi acclaimed New Zealand and supported kiwifruit exports."}
    src = tmp_path / "s.jsonl"
    write_jsonl(src, [story])
    stored = {}
    for engine in ("local", "dask"):
        db = str(tmp_path / f"{engine}.db")
        result = CliRunner().invoke(main, ["ingest", str(src), "--db", db, "--engine", engine, "--workers", "1",
                                           "--actors", str(actors), "--patterns", str(patterns),
                                           "--issues", str(issues), "--quiet"])
        assert result.exit_code == 0, result.output
        conn = sqlite3.connect(db)
        stored[engine] = (sorted(conn.execute("SELECT source, type, target FROM events").fetchall(), key=repr),
                          conn.execute("SELECT holder, issue FROM stances").fetchall(),
                          conn.execute("SELECT lexicons FROM stories").fetchall())
        conn.close()
    events, stances, lexicons = stored["dask"]
    assert ("CHN", "SUPPORT", "NZL") in events
    assert ("CHN", "kiwifruit") in stances
    assert ("NZL", "CONSULT", "CHN") in events or ("CHN", "CONSULT", "NZL") in events
    assert sorted(json.loads(lexicons[0][0])) == ["actors", "issues", "patterns"]
    assert stored["dask"] == stored["local"]


# -- hostile input (issue 15) ---------------------------------------------------------------------------
def stored_ids(db):
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT id, text FROM stories ORDER BY id").fetchall()
    conn.close()
    return rows


def test_same_name_in_two_folders_stores_two_stories_and_reruns_skip_both(tmp_path, main):
    # "stored 1, replaced 2", exit 0 before; each rerun swapped them back
    coll, db = tmp_path / "coll", str(tmp_path / "r.db")
    for year, text in (("2021", STORIES[0]["text"]), ("2022", STORIES[2]["text"])):
        (coll / year).mkdir(parents=True)
        (coll / year / "readout.txt").write_text(text)
    first = CliRunner().invoke(main, ["ingest", str(coll), "--db", db])
    assert first.exit_code == 0, first.output
    assert summary(first).startswith("stored 2, replaced 0, skipped 0; 2 stories, ")
    assert [i for i, _ in stored_ids(db)] == ["2021/readout", "2022/readout"]
    again = CliRunner().invoke(main, ["ingest", str(coll), "--db", db])
    assert summary(again).startswith("stored 0, replaced 0, skipped 2; ")


def test_two_lines_with_one_id_store_the_first_and_name_both_places(tmp_path, main):
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, [STORIES[0], dict(STORIES[2], id="t-1")])
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {src}:2: story id 't-1' was already read from {src}:1 with other text; "
                             "give each story its own id (the first one is kept, this one is not read)\n")
    assert summary(result).startswith("stored 1, replaced 0, skipped 0; ") and summary(result).endswith(" 1 error")
    assert stored_ids(db) == [("t-1", STORIES[0]["text"])]
    rerun = CliRunner().invoke(main, ["ingest", str(src), "--db", db])  # nothing swapped on a rerun
    assert summary(rerun).startswith("stored 0, replaced 0, skipped 1; ") and summary(rerun).endswith(" 1 error")
    assert stored_ids(db) == [("t-1", STORIES[0]["text"])]


def test_lone_surrogate_does_not_abort_the_ingest(tmp_path, main):
    # a UnicodeEncodeError traceback stored none of the good stories around it before
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    lines = [json.dumps(STORIES[0]), '{"id": "bad", "text": "China \\ud800 criticized Japan."}',
             json.dumps(STORIES[2])]
    src.write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    assert result.exit_code == 0, result.output
    assert summary(result).startswith("stored 3, replaced 0, skipped 0; ") and summary(result).endswith(" 0 errors")
    assert ("bad", "China \ufffd criticized Japan.") in stored_ids(db)


@pytest.mark.parametrize("command", ["ingest", "recode"])
@pytest.mark.parametrize("size", ["0", "-1"])
def test_batch_size_below_one_is_refused(tmp_path, main, command, size):
    # recode --batch-size 0 was a traceback and -1 silently did nothing
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, STORIES)
    args = [command, "--db", db, "--batch-size", size] + ([str(src)] if command == "ingest" else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert f"Invalid value for '--batch-size': {size} is not in the range x>=1." in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_in_the_input_folder_does_not_hang_ingest(tmp_path):
    folder, db = tmp_path / "in", str(tmp_path / "r.db")
    folder.mkdir()
    os.mkfifo(folder / "pipe.jsonl")
    write_jsonl(folder / "s.jsonl", STORIES[:1])
    run = subprocess.run([sys.executable, "-m", "readout", "ingest", str(folder), "--db", db, "--workers", "1", "--quiet"],
                         capture_output=True, text=True, timeout=240)  # hung forever before
    assert run.returncode == 1
    assert run.stderr == f"Error: {folder}/pipe.jsonl: a FIFO (named pipe), not a story file; skipped\n"
    assert run.stdout.splitlines()[-1].startswith("stored 1, replaced 0, skipped 0; 1 story, ")


def test_ingest_domestic_is_kept_by_recode_and_a_rerun_without_it_replaces(tmp_path, main):
    story = {"id": "d-1", "date": "2022-03-01", "title": "Arrests",
             "text": "Egyptian authorities detained three Egyptian journalists on Monday."}
    src, db = tmp_path / "s.jsonl", str(tmp_path / "r.db")
    write_jsonl(src, [story])
    query = "SELECT source, type, target FROM events"
    first = CliRunner().invoke(main, ["ingest", str(src), "--db", db, "--domestic", "--workers", "1"])
    assert first.exit_code == 0, first.output
    conn = sqlite3.connect(db)
    assert conn.execute(query).fetchall() == [("EGY", "COERCE", "EGY")]
    assert CliRunner().invoke(main, ["recode", "--db", db]).exit_code == 0
    assert conn.execute(query).fetchall() == [("EGY", "COERCE", "EGY")]
    again = CliRunner().invoke(main, ["ingest", str(src), "--db", db, "--workers", "1"])
    assert again.exit_code == 0, again.output
    assert summary(again).startswith("stored 0, replaced 1, skipped 0;")
    assert conn.execute(query).fetchall() == []
    conn.close()
