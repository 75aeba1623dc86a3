"""The query and export commands over a small hand-built database: output, exit codes, errors."""
import csv
import io
import json
import re
from dataclasses import dataclass

import pytest

from conftest import story as S  # a real Story from a few fields
from click.testing import CliRunner

from readout.cli_store import COMMANDS
from readout.store import Store




def call(source, target, type_="CONSULT", goldstein=1.0):
    return {"source": source, "type": type_, "target": target, "goldstein": goldstein,
            "mode": "phone", "evidence": f"{source} called {target}"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "cli.db"
    with Store(path) as store:
        store.ingest([
            (S("cn", "Xi called Raisi about the JCPOA.", "Call", "2021-08-18", "Xinhua"),
             {"events": [call("CHN", "IRN")],
              "stances": [{"holder": "CHN", "polarity": "support", "issue": "iran_nuclear_deal"}]}),
            (S("ir", "Raisi spoke with Xi.", "Talk", "2021-08-19", "IRNA"),
             {"events": [call("IRN", "CHN"), call("IRN", "USA", "ACCUSE", -2.0)]}),
        ])
    return str(path)


def run(main, *args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_every_command_has_help(main):
    for c in COMMANDS:
        assert c.help and c.help.strip(), c.name
        assert run(main, c.name, "--help").exit_code == 0


def test_events_table_counts_interactions(db, main):
    result = run(main, "events", "--db", db, "--dyad", "CHN-IRN")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["event_id", "date", "source", "type", "target", "mode",
                                "goldstein", "reports", "stories", "evidence"]
    assert len(lines) == 2 and " 2 " in lines[1] and "cn,ir" in lines[1]


def test_events_reports_as_json(db, main):
    result = run(main, "events", "--db", db, "--reports", "--format", "json")
    assert result.exit_code == 0
    assert len(json.loads(result.output)) == 3


def test_events_csv(db, main):
    result = run(main, "events", "--db", db, "--type", "accuse", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["source"], r["target"], r["goldstein"]) for r in rows] == [("IRN", "USA", "-2.0")]


@pytest.mark.parametrize("command", ["events", "search"])
def test_query_csv_neutralizes_formula_cells(command, tmp_path, main):
    # Regression (issue 15): `--format csv` wrote =HYPERLINK(...) for a spreadsheet to run.
    path = tmp_path / "h.db"
    title = '=HYPERLINK("http://evil.example","Iran")'
    with Store(path) as store:
        store.ingest([(S("h", "Iran spoke with China.", title, "2021-08-18"),
                       {"events": [dict(call("IRN", "CHN"), evidence="@SUM(1+1)")]})])
    args = ["search", "Iran"] if command == "search" else ["events"]
    result = run(main, *args, "--db", str(path), "--format", "csv")
    row = next(csv.DictReader(io.StringIO(result.output, newline="")))
    assert row.get("title", "'" + title) == "'" + title
    assert row.get("evidence", "'@SUM(1+1)") == "'@SUM(1+1)"
    assert row.get("goldstein", "1.0") == "1.0"


def test_bad_date_is_one_error_line(db, main):
    result = CliRunner().invoke(main, ["events", "--db", db, "--since", "2021-02-30"])
    assert result.exit_code == 1
    assert result.output == ("Error: since date '2021-02-30' is not a date; use YYYY-MM-DD\n")


def test_missing_database(tmp_path, main):
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: no database ")
    assert not (tmp_path / "none.db").exists()


def test_stances_and_search(db, main):
    out = run(main, "stances", "--db", db, "--holder", "CHN").output
    assert "iran_nuclear_deal" in out
    out = run(main, "search", "--db", db, "JCPOA", "--format", "json").output
    assert [h["id"] for h in json.loads(out)] == ["cn"]
    bad = CliRunner().invoke(main, ["search", "--db", db, "--fts", '"open'])
    assert bad.exit_code == 1 and bad.output.startswith("Error: bad search '\"open'")


def test_dyad_table_has_a_column_per_type(db, main):
    out = run(main, "dyad", "IRN", "CHN", "--db", db).output.splitlines()
    assert out[0].split() == ["period", "direction", "events", "goldstein_mean", "goldstein_sum",
                              "CONSULT"]
    assert out[1].split() == ["2021-08", "IRN<>CHN", "1", "1.0", "1.0", "1"]


@pytest.mark.parametrize("args, message", [
    (["IRQ", "CHN"], "Error: actor 'IRQ' does not occur in this database; did you mean IRN?\n"),
    (["CHN", "QQQ"], "Error: actor 'QQQ' does not occur in this database; `readout events` "
                     "lists the actors it holds\n"),
])
def test_dyad_with_an_unknown_actor_exits_2_naming_close_matches(db, main, args, message):
    """Regression: an unknown code printed "(none)" with exit 0."""
    r = CliRunner().invoke(main, ["dyad", *args, "--db", db])
    assert r.exit_code == 2
    assert r.stderr == message


@pytest.mark.parametrize("args", [
    ["events", "--actor", "IRQ"],
    ["events", "--dyad", "IRQ-CHN"],
    ["stances", "--holder", "IRQ"],
    ["stances", "--toward", "IRQ"],
    ["stances", "--dyad", "CHN-IRQ"],
    ["export", "--actor", "IRQ"],
])
def test_filters_with_an_unknown_actor_exit_2_naming_close_matches(db, main, args):
    """Regression: `events --actor ZZZ` printed "(none)" with exit 0, as dyad once did."""
    r = CliRunner().invoke(main, [*args, "--db", db])
    assert r.exit_code == 2
    assert r.stderr == "Error: actor 'IRQ' does not occur in this database; did you mean IRN?\n"


def test_filters_with_a_known_actor_and_no_rows_print_none(db, main):
    out = run(main, "events", "--db", db, "--actor", "IRN", "--type", "ASSAULT").output
    assert out.strip() == "(none)"


def test_compare_text_and_json(db, main):
    out = run(main, "compare", "cn", "ir", "--db", db).output
    assert "Events both report (1):" in out
    data = json.loads(run(main, "compare", "cn", "ir", "--db", db, "--format", "json").output)
    assert data["issues"]["only_a"] == ["iran_nuclear_deal"]
    missing = CliRunner().invoke(main, ["compare", "cn", "xx", "--db", db])
    assert missing.exit_code == 1 and missing.output.startswith("Error: no story 'xx'")


@pytest.mark.parametrize("fmt, check", [
    ("csv", lambda text: text.splitlines()[0].startswith("event_id,cluster_id,story_id")),
    ("jsonl", lambda text: len(text.splitlines()) == 3),
    ("gdelt", lambda text: [len(line.split("\t")) for line in text.splitlines()] == [61, 61]),
    ("plover", lambda text: json.loads(text.splitlines()[0])["event"] == ["CONSULT"]),
])
def test_export_to_stdout(db, main, fmt, check):
    result = run(main, "export", "--db", db, "--format", fmt)
    assert result.exit_code == 0 and check(result.output)


def test_export_parquet_needs_output(db, main, tmp_path):
    bad = CliRunner().invoke(main, ["export", "--db", db, "--format", "parquet"])
    assert bad.exit_code == 1 and "--output" in bad.output
    out = tmp_path / "e.parquet"
    ok = run(main, "export", "--db", db, "--format", "parquet", "--output", str(out))
    assert ok.exit_code == 0
    import pyarrow.parquet as pq
    assert pq.read_table(out).num_rows == 3


# -- ingest's own logic, with the reader and coder replaced at the edge -----------------------------
@dataclass
class Story:
    id: str
    text: str
    title: str | None = None
    date: str | None = None
    path: str = "in.jsonl"
    line: int | None = None


@pytest.fixture
def fake_stages(monkeypatch):
    import sys
    import types

    from readout.errors import BadInput

    texts = {"a": "China and Iran talked.", "b": "Iran thanked China.", "boom": "Unparseable."}

    def iter_stories(paths, encoding="utf-8", on_error=None, **reading):
        for i, (sid, text) in enumerate(texts.items(), start=1):
            yield Story(sid, text, sid.upper(), "2021-08-18", line=i)
        on_error(BadInput("in.jsonl", "not JSON", line=4))

    def code_story(story):
        if story.id == "boom":
            raise ValueError("parser fell over")
        return {"events": [call("CHN", "IRN")]}

    monkeypatch.setitem(sys.modules, "readout.stories",
                        types.SimpleNamespace(iter_stories=iter_stories))
    def code_stories(stories, *files, domestic=False, workers=1, on_error=None):
        # As the real one: a story the coder fails on is reported to on_error, None in its place.
        for story in stories:
            try:
                yield code_story(story)
            except ValueError as e:
                on_error(BadInput(story.path, f"could not code story {story.id!r}: "
                                              f"{type(e).__name__}: {e}", story.line))
                yield None

    import readout

    fake = types.SimpleNamespace(code_story=code_story, code_stories=code_stories)
    monkeypatch.setitem(sys.modules, "readout.pipeline", fake)
    monkeypatch.setattr(readout, "pipeline", fake, raising=False)  # `from readout import pipeline`
    return texts


def test_ingest_reports_bad_lines_and_stories_the_coder_failed(tmp_path, main, fake_stages):
    db = str(tmp_path / "i.db")
    result = CliRunner().invoke(main, ["ingest", "in.jsonl", "--db", db, "--workers", "1"])
    assert result.exit_code == 1
    assert sorted(result.stderr.splitlines()) == [
        "Error: in.jsonl:3: could not code story 'boom': ValueError: parser fell over",
        "Error: in.jsonl:4: not JSON"]
    assert re.fullmatch(r"stored 2, replaced 0, skipped 0; 3 stories, 2 events, 0 stances, "
                        r"2 errors in \d+\.\d s, \d+\.\d stories/s\n", result.stdout)
    again = CliRunner().invoke(main, ["ingest", "in.jsonl", "--db", db, "--workers", "1"])
    assert again.stdout.startswith("stored 0, replaced 0, skipped 2; 3 stories, 0 events, "
                                   "0 stances, 2 errors in ")
    with Store(db) as store:
        assert store.counts()["stories"] == 2


@pytest.mark.parametrize("args, rows", [
    (["--actor", "CHN"], [("CHN", "iran_nuclear_deal", None)]),
    (["--actor", "USA"], [("IRN", "sanctions", "USA")]),
    (["--dyad", "USA-IRN"], [("IRN", "sanctions", "USA")]),
    (["--dyad", "CHN-USA"], []),
    (["--issue", "sanctions"], [("IRN", "sanctions", "USA")]),
])
def test_stances_filters_like_events(tmp_path, main, args, rows):
    path = tmp_path / "st.db"
    with Store(path) as store:
        store.ingest([
            (S("cn", "China backs the JCPOA.", "A", "2021-08-18"),
             {"stances": [{"holder": "CHN", "polarity": "support", "issue": "iran_nuclear_deal"}]}),
            (S("ir", "Iran opposes US sanctions.", "B", "2021-08-19"),
             {"stances": [{"holder": "IRN", "polarity": "oppose", "issue": "sanctions",
                           "toward": "USA"}]})])
    result = run(main, "stances", "--db", str(path), *args, "--format", "json")
    assert result.exit_code == 0
    assert [(r["holder"], r["issue"], r["toward"]) for r in json.loads(result.output)] == rows


def test_export_stances(db, main):
    result = run(main, "export", "--db", db, "--what", "stances", "--format", "jsonl")
    assert result.exit_code == 0
    (row,) = [json.loads(line) for line in result.output.splitlines()]
    assert (row["holder"], row["issue"], row["story_id"], row["date"]) == (
        "CHN", "iran_nuclear_deal", "cn", "2021-08-18")


@pytest.mark.parametrize("args, error", [
    (["--what", "stances", "--format", "gdelt"],
     "Error: stances have no gdelt format; export them as csv, jsonl or parquet\n"),
    (["--what", "stances", "--type", "ACCUSE"],
     "Error: --type filters events; for stances use --issue, --actor or --dyad\n"),
    (["--issue", "taiwan"], "Error: --issue filters stances; give --what stances\n"),
])
def test_export_stances_errors(db, main, args, error):
    result = CliRunner().invoke(main, ["export", "--db", db, *args])
    assert result.exit_code == 1 and result.stderr == error


# -- hostile values (issue 15 item 8): one `Error:` line each, never a traceback ----------------------
def hand_edit(db, sql):
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_search_limit_too_large_is_a_usage_error(db, main):
    # OverflowError from SQLite before
    result = CliRunner().invoke(main, ["search", "--db", db, "--limit", str(10**20), "Xi"])
    assert result.exit_code == 2
    assert "Invalid value for '--limit': 100000000000000000000 is not in the range 1<=x<=10000." in result.stderr


def test_gdelt_export_of_a_hand_edited_date_leaves_the_day_fields_empty(db, main):
    hand_edit(db, "UPDATE events SET date = '2021-12'")
    result = run(main, "export", "--db", db, "--format", "gdelt")
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert rows and all(row[1:5] == ["", "", "", ""] for row in rows)


@pytest.mark.parametrize("fmt", ["csv", "parquet", "gdelt"])
def test_export_to_a_folder_or_a_missing_folder_is_one_error(db, main, tmp_path, fmt):
    for out, why in ((tmp_path, "it is a folder; give a file name"),
                     (tmp_path / "nonexist" / f"x.{fmt}",
                      f"the folder {tmp_path / 'nonexist'} does not exist; create it or give another path")):
        result = CliRunner().invoke(main, ["export", "--db", db, "--format", fmt, "-o", str(out)])
        assert result.exit_code == 1
        assert result.stderr == f"Error: {out}: cannot write the output ({why})\n"


def test_export_file_is_written_whole(db, main, tmp_path):
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(main, ["export", "--db", db, "-o", str(out)])
    assert result.exit_code == 0 and out.read_text().startswith("event_id,")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("cli.db")) == ["events.csv"]
