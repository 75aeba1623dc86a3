"""Round trip: ingest -> export in every format -> read back with pandas and DuckDB -> the same
events, with typed columns."""
import json

import pytest
from click.testing import CliRunner

pd = pytest.importorskip("pandas")
duckdb = pytest.importorskip("duckdb")

from readout.export import FLAT_COLUMNS, STANCE_COLUMNS  # noqa: E402
from readout.gdelt import GDELT_COLUMNS  # noqa: E402
from readout.query import events  # noqa: E402
from readout.store import Store  # noqa: E402

STORIES = [
    {"id": "rt-1", "date": "2021-08-18", "title": "Xi speaks with Raisi", "publisher": "Xinhua",
     "url": "https://example.org/rt-1",
     "text": "Chinese President Xi Jinping held a phone call with Iranian President Ebrahim "
             "Raisi on Wednesday. Xi said China firmly supports Iran in safeguarding its "
             "sovereignty and opposes external interference."},
    {"id": "rt-2", "date": "2021-08-19", "title": "Raisi and Xi talk", "publisher": "IRNA",
     "url": "https://example.org/rt-2",
     "text": "Iranian President Ebrahim Raisi held a telephone conversation with Chinese "
             "President Xi Jinping on Wednesday. Raisi thanked China for its support."},
    {"id": "rt-3", "date": "2021-08-20", "title": "Statement", "publisher": "Wire",
     "url": "https://example.org/rt-3",
     "text": "The United States condemned the missile test by North Korea on Friday."},
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from readout.cli import main

    tmp = tmp_path_factory.mktemp("rt")
    src, db = tmp / "s.jsonl", tmp / "rt.db"
    src.write_text("".join(json.dumps(s) + "\n" for s in STORIES))
    r = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db), "--workers", "1"])
    assert r.exit_code == 0, r.output
    paths = {}
    for what, fmt in [("events", f) for f in ("csv", "jsonl", "parquet", "gdelt", "plover")] + \
            [("stances", f) for f in ("csv", "jsonl", "parquet")]:
        path = tmp / f"{what}.{fmt}"
        r = CliRunner().invoke(main, ["export", "--db", str(db), "--what", what, "--format", fmt,
                                      "--output", str(path)])
        assert r.exit_code == 0, r.output
        paths[what, fmt] = path
    with Store(db, readonly=True) as store:
        reports = events(store, reports=True)
        interactions = events(store)
    assert len(reports) >= 3
    return paths, reports, interactions


def _key(df):
    targets = [None if pd.isna(t) else t for t in df["target"]]
    return sorted(zip(df["event_id"], df["source"], df["type"], targets,
                      df["date"].astype(str).str[:10]))


def test_flat_formats_read_back_with_pandas_as_the_same_typed_events(exported):
    paths, reports, _ = exported
    want = sorted((r["id"], r["source"], r["type"], r["target"], r["date"]) for r in reports)
    frames = {"csv": pd.read_csv(paths["events", "csv"], parse_dates=["date"]),
              "jsonl": pd.read_json(paths["events", "jsonl"], lines=True, dtype=False),
              "parquet": pd.read_parquet(paths["events", "parquet"])}
    for fmt, df in frames.items():
        assert list(df.columns) == FLAT_COLUMNS, fmt
        assert _key(df) == want, fmt
        assert str(df["event_id"].dtype) == "int64" and str(df["goldstein"].dtype) == "float64", fmt
        assert str(df["start"].dtype) == "int64", fmt
    assert str(frames["csv"]["date"].dtype).startswith("datetime64")
    assert pd.to_datetime(frames["jsonl"]["date"]).notna().all()
    parquet_date = frames["parquet"]["date"]
    assert str(parquet_date.dtype).startswith("datetime64") or parquet_date.map(type).eq(
        __import__("datetime").date).all()


def test_parquet_and_csv_read_back_with_duckdb_typed(exported):
    paths, reports, _ = exported
    con = duckdb.connect()
    rel = con.sql(f"SELECT * FROM read_parquet('{paths['events', 'parquet']}')")
    types = dict(zip(rel.columns, map(str, rel.types)))
    assert (types["date"], types["event_id"], types["goldstein"], types["start"]) == (
        "DATE", "BIGINT", "DOUBLE", "BIGINT")
    got = sorted(con.sql(f"SELECT event_id, source, type, CAST(date AS VARCHAR) FROM "
                         f"read_parquet('{paths['events', 'parquet']}')").fetchall())
    assert got == sorted((r["id"], r["source"], r["type"], r["date"]) for r in reports)
    csv_rows = con.sql(f"SELECT event_id, type FROM read_csv_auto('{paths['events', 'csv']}')")
    assert sorted(csv_rows.fetchall()) == sorted((r["id"], r["type"]) for r in reports)
    stance_types = con.sql(f"SELECT * FROM read_parquet('{paths['stances', 'parquet']}')")
    assert dict(zip(stance_types.columns, map(str, stance_types.types)))["date"] == "DATE"


def test_gdelt_and_plover_read_back_as_the_same_interactions(exported):
    paths, _, interactions = exported
    gdelt = pd.read_csv(paths["events", "gdelt"], sep="\t", header=None, names=GDELT_COLUMNS,
                        dtype=str, keep_default_na=False)
    assert sorted(gdelt["GLOBALEVENTID"].astype(int)) == sorted(e["event_id"] for e in interactions)
    assert sorted(gdelt["SQLDATE"]) == sorted(e["date"].replace("-", "") for e in interactions)
    plover = pd.read_json(paths["events", "plover"], lines=True, dtype=False)
    assert sorted(plover["id"]) == sorted(f"readout-{e['event_id']}" for e in interactions)
    assert sorted(plover["event"].map(tuple)) == sorted((e["type"],) for e in interactions)
    assert sorted(plover["source"].map(lambda s: s[0]["readout_code"])) == sorted(
        e["source"] for e in interactions)


def test_stances_read_back(exported):
    paths, _, _ = exported
    df = pd.read_csv(paths["stances", "csv"])
    assert list(df.columns) == STANCE_COLUMNS and len(df) >= 1
    assert set(pd.read_json(paths["stances", "jsonl"], lines=True)["stance_id"]) == set(df["stance_id"])
