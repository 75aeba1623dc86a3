"""The public Python API: readout.code_text, readout.code_stories, readout.open_store, and the
spaCy entry point that makes nlp.add_pipe("readout_coder") work without importing readout."""
import json
import subprocess
import sys
from importlib.metadata import entry_points

import pytest

import readout
from readout.stories import Story

CALL = "Chinese President Xi Jinping held a phone call with Iranian President Ebrahim Raisi."


def test_the_api_is_exported():
    assert {"code_text", "code_stories", "open_store"} <= set(readout.__all__)


def test_importing_readout_loads_no_spacy():
    code = "import sys, readout; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "False\n"


def test_code_text_keeps_date_publisher_and_url():
    record = readout.code_text(CALL, date="2021-08-18", publisher="Xinhua",
                               url="https://example.org/call")
    assert (record["date"], record["publisher"], record["url"]) == (
        "2021-08-18", "Xinhua", "https://example.org/call")
    assert [(e["source"], e["type"], e["target"], e["mode"]) for e in record["events"]] == [
        ("CHN", "CONSULT", "IRN", "phone")]


def test_code_stories_takes_texts_dicts_and_stories_in_order():
    story = Story(id="s3", text="Iran rejected the plan.", title=None, date=None, publisher=None,
                  url=None, path="x", line=None, body_start=0, collected=None, number=None,
                  dateline=None)
    records = list(readout.code_stories(["China criticized Japan.",
                                         {"id": "s2", "text": CALL, "date": "2021-08-18"}, story]))
    assert [r["id"] for r in records] == ["text-1", "s2", "s3"]
    assert [e["type"] for e in records[0]["events"]] == ["ACCUSE"]


@pytest.mark.parametrize("bad", [42, {"title": "no text"}, None])
def test_code_stories_refuses_what_is_no_story(bad):
    with pytest.raises(readout.BadInput, match="a story is a text, a dict with a 'text', or a Story"):
        list(readout.code_stories([bad]))


def test_open_store(tmp_path):
    with readout.open_store(tmp_path / "api.db") as store:
        assert store.counts()["stories"] == 0
    with pytest.raises(readout.ReadoutError, match="no database"):
        readout.open_store(tmp_path / "missing.db", readonly=True)


def test_spacy_finds_the_coder_through_its_entry_point():
    assert any(ep.name == "readout_coder" for ep in entry_points(group="spacy_factories"))
    # A fresh interpreter that never imports readout itself.
    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('readout_coder'); "
            "print(nlp.pipe_names)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "['readout_coder']\n"


@pytest.mark.parametrize("story", ["China \ud800 criticized Japan.", {"id": "s", "text": "China \udfff criticized Japan."}])
def test_lone_surrogate_through_the_api_is_repaired_not_a_tokenizer_crash(story):
    # UnicodeEncodeError in spaCy's tokenizer before
    (record,) = readout.code_stories([story])
    assert [(e["source"], e["type"], e["target"]) for e in record["events"]] == [("CHN", "ACCUSE", "JPN")]
    json.dumps(record, ensure_ascii=False).encode("utf-8")
