"""PLOVER export: each field against the PLOVER manual's "JSON Data Fields" chapter.

The manual: openeventdata/PLOVER, PLOVER_MANUAL.tex, draft 0.7b1, chapter "JSON Data Fields",
tables "PLOVER JSON" (tab:json), "Information object for actors" (tab:actorinfo), "Information
object for text" (tab:textinfo), "Information object for citations" (tab:citeinfo); chapter
"Actor and Sector Codes" (rules 1-2, tables tab:nonstate and tab:roles); chapter "CAMEO vs.
PLOVER", table "Quad categories in PLOVER". Where it is silent, POLECAT's released data.
"""
import io
import json

import pytest

from conftest import story as S  # a real Story from a few fields

from readout.export import export
from readout.store import Store

TEXT_CN = "Xi Jinping held a phone call with Ebrahim Raisi. Xi opposed interference."
TEXT_UN = "The UN Secretary-General urged Russia to withdraw."


def ev(source, type_, target, cameo, goldstein, evidence, start, **names):
    return {"source": source, "type": type_, "target": target, "cameo": cameo,
            "goldstein": goldstein, "mode": "phone" if type_ == "CONSULT" else None,
            "sentence": 0, "start": start, "end": start + len(evidence), "evidence": evidence,
            **names}


@pytest.fixture
def records(tmp_path):
    with Store(tmp_path / "p.db") as store:
        store.ingest([
            (S("cn", TEXT_CN, "Call", "2021-08-18", "Xinhua", "https://cn/1"),
             {"date": "2021-08-18",
              "events": [ev("CHN", "CONSULT", "IRN", "041", 1.0, TEXT_CN[:47], 0,
                            source_name="Xi Jinping", source_role="President",
                            target_name="Ebrahim Raisi", target_role="President")],
              "stances": [{"holder": "CHN", "polarity": "oppose", "issue": "interference"}]}),
            (S("un", TEXT_UN, "Appeal", "2021-08-19", "UN News", "https://un/1"),
             {"date": "2021-08-19",
              "events": [ev("UN", "REQUEST", "RUS", "020", 3.0, TEXT_UN[:37], 0,
                            source_role="Secretary-General")], "stances": []}),
        ])
        buf = io.StringIO()
        assert export(store, "plover", buf) == 2
    lines = buf.getvalue().splitlines()
    return [json.loads(line) for line in lines]


# (field, where the manual defines it, the value for the call, the value for the UN appeal)
FIELDS = [
    ("id", "tab:json: unique identifier, required", "readout-1", "readout-2"),
    ("has_event", "tab:json: event has been coded (True/False)", True, True),
    ("date", "tab:json: date in YYYY-MM-DD format, required", "2021-08-18", "2021-08-19"),
    ("event", "tab:json: list of event categories, required", ["CONSULT"], ["REQUEST"]),
    ("event_text", "tab:json: list of texts of event", [TEXT_CN[:47]], [TEXT_UN[:37]]),
    ("quad_code", "tab:json: 1, 2, 3 or 4; table 'Quad categories in PLOVER'", 1, 3),
    ("event_scale", "tab:json: floating point scale value (the CAMEO code's Goldstein value)",
     1.0, 3.0),
    ("mode", "tab:json note 3: mode can have multiple entries (a JSON array)", ["phone"], []),
    ("context", "tab:json note 3: context categories, a JSON array (readout's issue keys)",
     ["interference"], []),
    ("text_info", "tab:textinfo: sequence, start, end",
     {"sequence": 0, "start": 0, "end": 47}, {"sequence": 0, "start": 0, "end": 37}),
    ("cite_info", "tab:citeinfo: url, title, publication, coder",
     {"url": "https://cn/1", "title": "Call", "publication": "Xinhua", "coder": "readout 0.1.0"},
     {"url": "https://un/1", "title": "Appeal", "publication": "UN News",
      "coder": "readout 0.1.0"}),
    ("coder", "tab:json: coder identification", "readout 0.1.0", "readout 0.1.0"),
    ("source", "tab:json: list of actor objects, required; tab:actorinfo; rule 1: ISO alpha-3 "
               "or a non-state code of tab:nonstate (IGO); tab:roles: sector GOV; office",
     [{"code": "CHN", "sector": "GOV", "identifier_text": "Xi Jinping", "office": "President",
       "readout_code": "CHN"}],
     [{"code": "IGO", "sector": "IGO", "identifier_text": "United Nations",
       "office": "Secretary-General", "readout_code": "UN"}]),
    ("recipient", "tab:json: list of actor objects; tab:actorinfo",
     [{"code": "IRN", "sector": "GOV", "identifier_text": "Ebrahim Raisi", "office": "President",
       "readout_code": "IRN"}],
     [{"code": "RUS", "identifier_text": "Russia", "readout_code": "RUS"}]),
]


@pytest.mark.parametrize("field, section, call, appeal", FIELDS, ids=[f[0] for f in FIELDS])
def test_plover_field_follows_the_manual(records, field, section, call, appeal):
    assert [records[0][field], records[1][field]] == [call, appeal], section


def test_plover_records_are_one_json_object_a_line_with_the_required_fields(records):
    # tab:json: id, date, source and event are required; the chapter suggests JSONL.
    for record in records:
        assert {"id", "date", "source", "event"} <= set(record)
        assert isinstance(record["event"], list) and isinstance(record["source"], list)


def test_plover_coded_date_and_time_are_iso_8601(records):
    import datetime as dt

    record = records[0]
    dt.datetime.fromisoformat(f"{record['coded_date']}T{record['coded_time']}")
    assert [r["story_id"] for r in record["reports"]] == ["cn"]
