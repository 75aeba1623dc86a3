"""A run's progress and summary (readout.progress.Run) and the commands that show them."""
import io
import json
import re

import pytest
from click.testing import CliRunner

from readout.progress import Run


class Clock:
    """A clock the test moves by hand."""

    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


RECORD = {"events": [{"type": "CONSULT"}, {"type": "AGREE"}], "stances": [{"issue": "trade"}]}


def test_plain_lines_come_every_interval_not_every_story():
    clock, out = Clock(), io.StringIO()
    run = Run("ingest", stream=out, interval=5, clock=clock, total=4)
    run.coded(RECORD)
    clock.now += 3
    run.coded(None)
    assert out.getvalue() == ""
    clock.now += 3
    run.coded(RECORD)
    assert out.getvalue() == "ingest: 3/4 stories, 4 events, 2 stances, 0 errors, 6 s, 0.5 stories/s\n"
    clock.now += 1
    run.error("a.jsonl:3: not valid JSON")
    assert out.getvalue().splitlines()[-1] == "Error: a.jsonl:3: not valid JSON"
    clock.now += 4
    run.coded(RECORD)
    assert out.getvalue().splitlines()[-1] == ("ingest: 4/4 stories, 6 events, 3 stances, 1 error, "
                                               "11 s, 0.4 stories/s")


def test_quiet_prints_errors_only_and_the_summary_still_counts():
    clock, out = Clock(), io.StringIO()
    run = Run("code", stream=out, interval=0, clock=clock, quiet=True)
    list(run.records([RECORD, None, RECORD]))
    run.error("x: broken")
    clock.now += 2
    assert out.getvalue() == "Error: x: broken\n"
    assert run.summary() == "3 stories, 4 events, 2 stances, 1 error in 2.0 s, 1.5 stories/s"


def test_summary_with_store_counts_counts_skipped_stories():
    from readout.store import IngestCounts

    clock = Clock()
    run = Run("ingest", stream=io.StringIO(), clock=clock, quiet=True)
    run.stored_counts(IngestCounts(0, 0, 2))      # two unchanged stories, never coded
    run.coded(RECORD)
    run.stored_counts(IngestCounts(1, 0, 2))
    clock.now += 4
    assert run.summary(stored=True) == ("stored 1, replaced 0, skipped 2; 3 stories, 2 events, "
                                        "1 stance, 0 errors in 4.0 s, 0.8 stories/s")


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_gets_a_bar_that_leaves_no_trace():
    clock, out = Clock(), Terminal()
    with Run("ingest", stream=out, clock=clock, total=2) as run:
        run.coded(RECORD)
        clock.now += 1
        run.coded(RECORD)
        drawn = out.getvalue()
    assert "ingest" in drawn and "2/2" in drawn and "4 events" in drawn


@pytest.mark.parametrize("value, expected", [("2", 2.0), ("0", 0.0), ("nan", 5.0), ("-1", 5.0),
                                             ("soon", 5.0)])
def test_progress_seconds_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("READOUT_PROGRESS_SECONDS", value)
    assert Run("x", stream=io.StringIO()).interval == expected


# -- the commands ---------------------------------------------------------------------------------
STORIES = [{"id": f"s{i}", "date": "2021-08-18", "title": "Talks",
            "text": "Chinese Foreign Minister Wang Yi held a phone call with Iranian Foreign "
                    "Minister Hossein Amir-Abdollahian on Wednesday."} for i in range(3)]


@pytest.fixture
def src(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in STORIES) + "{broken\n")
    return path


SUMMARY = r"3 stories, [1-9]\d* events, \d+ stances, 1 error in \d+\.\d s, \d+\.\d stories/s"


def test_ingest_piped_shows_progress_lines_and_a_summary(tmp_path, src, main, monkeypatch):
    monkeypatch.setenv("READOUT_PROGRESS_SECONDS", "0")
    r = CliRunner().invoke(main, ["ingest", str(src), "--db", str(tmp_path / "r.db"),
                                  "--workers", "1"])
    assert r.exit_code == 1
    lines = r.stderr.splitlines()
    assert f"Error: {src}:4: " in r.stderr
    assert any(re.fullmatch(r"ingest: 3 stories, \d+ events, \d+ stances, [01] errors?, \d+ s, "
                            r"\d+\.\d stories/s", x) for x in lines), lines
    assert re.fullmatch(r"stored 3, replaced 0, skipped 0; " + SUMMARY + "\n", r.stdout)


@pytest.mark.parametrize("command", ["ingest", "code"])
def test_quiet_silences_progress_but_not_errors_or_the_summary(tmp_path, src, main, monkeypatch,
                                                               command):
    monkeypatch.setenv("READOUT_PROGRESS_SECONDS", "0")
    args = [command, str(src), "--quiet", "--workers", "1"]
    if command == "ingest":
        args += ["--db", str(tmp_path / "r.db")]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 1
    lines = r.stderr.splitlines()
    assert lines[0].startswith(f"Error: {src}:4: ")
    if command == "code":   # stdout holds the records: the summary goes to stderr
        assert len(lines) == 2 and re.fullmatch(SUMMARY, lines[1])
        assert len(r.stdout.splitlines()) == 3
    else:
        assert len(lines) == 1


def test_recode_reports_its_summary(tmp_path, src, main):
    db = str(tmp_path / "r.db")
    CliRunner().invoke(main, ["ingest", str(src), "--db", db, "--quiet"])
    r = CliRunner().invoke(main, ["recode", "--db", db, "--quiet"])
    assert r.exit_code == 0, r.output
    assert re.fullmatch(r"recoded 3 stories, [1-9]\d* events, \d+ stances, 0 errors in \d+\.\d s, "
                        r"\d+\.\d stories/s\n", r.stdout)
