"""coder/keyfilter.py and trainer's key filter on hand-built parses: the features of a key, the keys a
tiny hand-written filter drops and keeps, and the labels the trainer gives the rules' keys."""
import json

import pytest

from readout.coder.events import EventCoder
from readout.coder.keyfilter import key_features, key_of, read_filter
from readout.trainer import KeyExample, filter_examples, fit_filter

PATTERNS = [{"verb": "condemn", "cameo": "111"}, {"verb": "praise", "cameo": "051"}]
ACTORS = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}
# two acts of one side
TWO_ACTS = ("Chile condemned Peru. Chile praised Bolivia.", """
    Chile      Chile     PROPN NNP  nsubj  1
    condemned  condemn   VERB  VBD  ROOT   1
    Peru       Peru      PROPN NNP  dobj   1
    .          .         PUNCT .    punct  1
    Chile      Chile     PROPN NNP  nsubj  5
    praised    praise    VERB  VBD  ROOT   5
    Bolivia    Bolivia   PROPN NNP  dobj   5
    .          .         PUNCT .    punct  5
""")
# a hand-written filter: praise is likely wrong
WEIGHTS = {"weights": {"b": 2.0, "lem:praise": -4.0}, "threshold": 0.5}


def _coded(parse, analyse, patterns_of):
    doc = parse(*TWO_ACTS)
    an = analyse(doc, ACTORS, speaker="CHL")
    coder = EventCoder(patterns_of(PATTERNS))
    events = []
    for index, sent in enumerate(doc.sents):
        an.start_sentence(sent)
        events += coder.code_sentence(an, sent, index, 2021)
        an.end_sentence(sent)
    return doc, an, events


def test_a_key_is_described_by_its_type_actors_trigger_and_place(parse, analyse, patterns_of):
    doc, an, events = _coded(parse, analyse, patterns_of)
    feats = key_features(doc, events, "CHL", "Readout of the Foreign Minister's call", an.mentions)
    assert set(feats) == {("CHL", "ACCUSE", "PER"), ("CHL", "SUPPORT", "BOL")}
    accuse = set(feats[("CHL", "ACCUSE", "PER")])
    assert {"b", "ty:ACCUSE", "lem:condemn", "src_side:True", "src_at:sent", "tgt_at:sent", "place:lead",
            "modal:none", "kind:readout", "kind:call", "times:1"} <= accuse
    assert {"lem:praise", "place:early"} <= set(feats[("CHL", "SUPPORT", "BOL")])


@pytest.mark.parametrize("threshold, kept", [
    (0.5, [("CHL", "ACCUSE", "PER")]),                              # praise scores 0.12
    (0.1, [("CHL", "ACCUSE", "PER"), ("CHL", "SUPPORT", "BOL")]),    # below it: kept
    (0.99, []),                                                     # the told act too scores 0.88
])
def test_the_filter_drops_the_keys_it_is_sure_are_wrong(parse, analyse, patterns_of, threshold, kept):
    doc, an, events = _coded(parse, analyse, patterns_of)
    feats = key_features(doc, events, "CHL", "", an.mentions)
    model = read_filter(json.dumps(dict(WEIGHTS, threshold=threshold)))
    assert [key_of(e) for e in model.keep(events, feats)] == kept


def test_a_protected_key_stays(parse, analyse, patterns_of):
    doc, an, events = _coded(parse, analyse, patterns_of)
    feats = key_features(doc, events, "CHL", "", an.mentions)
    model = read_filter(json.dumps(dict(WEIGHTS, threshold=0.99)))
    assert [key_of(e) for e in model.keep(events, feats, protect={("CHL", "ACCUSE", "PER")})] == [("CHL", "ACCUSE", "PER")]


def test_a_symmetric_key_reads_as_the_scorer_reads_it(parse, analyse, patterns_of):
    doc, an, events = _coded(parse, analyse, patterns_of)
    from dataclasses import replace
    met = replace(events[0], source="PER", type="CONSULT", target="CHL")
    assert key_of(met) == ("CHL", "CONSULT", "PER")


def test_the_trainer_labels_each_key_by_the_gold():
    from conftest import story
    s = story("t1", "President Biden praised Japan. President Biden condemned North Korea.",
              date="2024-03-01", publisher="The White House")
    gold = {"t1": {"id": "t1", "events": [{"source": "USA", "type": "ACCUSE", "target": "PRK"}]}}
    exs, records = filter_examples("g", [s], gold=gold)
    labels = {ex.key: ex.label for ex in exs}
    assert labels[("USA", "ACCUSE", "PRK")] == 1
    assert all(v == 0 for k, v in labels.items() if k != ("USA", "ACCUSE", "PRK"))
    assert {ex.family for ex in exs} == {"WH"} and len(records) == 1
    judged = {("t1", "USA", "ACCUSE", "PRK"): 0}
    exs, _ = filter_examples("s", [s], judged=judged)
    assert {ex.key: ex.label for ex in exs}[("USA", "ACCUSE", "PRK")] == 0
    assert all(ex.label is None for ex in exs if ex.key != ("USA", "ACCUSE", "PRK"))


def test_fit_filter_writes_a_filter_read_filter_reads():
    pytest.importorskip("sklearn")
    train = [KeyExample("a", "s1", "WH", ("A", "ACCUSE", "B"), ["b", "modal:none"], 1),
             KeyExample("a", "s2", "WH", ("A", "APPEAL", "B"), ["b", "modal:would"], 0),
             KeyExample("a", "s3", "WH", ("A", "APPEAL", "C"), ["b", "modal:would"], None)] * 5
    model = read_filter(json.dumps(fit_filter(train, c=10.0, threshold=0.3)))
    assert model.threshold == 0.3
    assert model.probability(["b", "modal:none"]) > 0.5 > model.probability(["b", "modal:would"])
    assert fit_filter(train, c=10.0) == fit_filter(list(reversed(train)), c=10.0)     # the order of the input


def test_the_coder_drops_a_key_before_the_headline_is_chosen(monkeypatch):
    import readout.pipeline as pipeline
    from conftest import story
    tiny = read_filter(json.dumps({"weights": {"b": 5.0, "ty:ACCUSE": -10.0}, "threshold": 0.5}))
    monkeypatch.setattr(pipeline, "shipped_filter", lambda: tiny)
    s = story("t2", "Chile praised Bolivia. The Foreign Minister of Chile condemned Peru on Monday.",
              date="2024-03-01", publisher="The White House")
    off = next(pipeline.code_stories([s], key_filter=False))
    on = next(pipeline.code_stories([s], key_filter=True))
    keys = lambda rec: {(e["source"], e["type"], e["target"]) for e in rec["events"]}     # noqa: E731
    assert ("CHL", "ACCUSE", "PER") in keys(off)
    assert keys(on) == keys(off) - {("CHL", "ACCUSE", "PER")}
    assert on["headline"] is None or on["headline"]["type"] != "ACCUSE"
    assert next(pipeline.code_stories([s], key_filter=False)) == off       # the next caller codes without it again


@pytest.mark.parametrize("title, publisher, url, filtered", [
    ("Statement by the Foreign Ministry on Peru", "Ministry of Foreign Affairs of Chile", None, True),
    ("Readout of the Minister's call", None, "https://www.gov.uk/government/news/readout", True),
    ("Chile condemns Peru", "Xinhua", None, True),                  # state media: the filter's domain too
    (None, None, None, False),                                      # a bare news sentence
    ("Chile condemns Peru", "Daily Courier of Springfield", "https://courier.example.com/a", False),
], ids=["ministry", "gov.uk", "state-media", "bare", "newspaper"])
def test_the_filter_applies_only_to_government_and_state_media_text(monkeypatch, title, publisher, url, filtered):
    import readout.pipeline as pipeline
    from conftest import story
    tiny = read_filter(json.dumps({"weights": {"b": 5.0, "ty:ACCUSE": -10.0}, "threshold": 0.5}))
    monkeypatch.setattr(pipeline, "shipped_filter", lambda: tiny)
    s = story("g", "Chile praised Bolivia. Chile condemned Peru on Monday.", title=title, date="2024-03-01",
              publisher=publisher, url=url)
    on = next(pipeline.code_stories([s], key_filter=True))
    assert (("CHL", "ACCUSE", "PER") not in {(e["source"], e["type"], e["target"]) for e in on["events"]}) == filtered


@pytest.mark.parametrize("text, kept", [
    ("Chile condemned Peru on Monday. Chile praised Bolivia.", True),               # the lead's plain act
    ("Chile has strongly condemned Peru. Chile praised Bolivia.", True),
    ("Chile praised Bolivia. Chile condemned Peru on Monday.", False),              # not the lead
    ("Chile said it condemned Peru. Chile praised Bolivia.", False),                # embedded under "said"
    ("Chile will condemn Peru at the summit. Chile praised Bolivia.", False),       # a modal
    ("Peru was condemned on Monday. Chile praised Bolivia.", False),                # no source named there
], ids=["lead", "perfect", "second", "said", "modal", "unnamed"])
def test_the_filter_never_drops_the_leads_plain_act(monkeypatch, text, kept):
    import readout.pipeline as pipeline
    from conftest import story
    tiny = read_filter(json.dumps({"weights": {"b": 5.0, "ty:ACCUSE": -10.0}, "threshold": 0.5}))
    monkeypatch.setattr(pipeline, "shipped_filter", lambda: tiny)
    s = story("p", text, title="Statement on Peru", date="2024-03-01", publisher="Ministry of Foreign Affairs of Chile")
    off = {(e["source"], e["type"], e["target"]) for e in next(pipeline.code_stories([s], key_filter=False))["events"]}
    on = {(e["source"], e["type"], e["target"]) for e in next(pipeline.code_stories([s], key_filter=True))["events"]}
    accuse = {k for k in off if k[1] == "ACCUSE"}
    assert accuse, off
    assert (accuse <= on) == kept


@pytest.mark.parametrize("env, on", [(None, False), ("1", True), ("0", False), ("false", False)])
def test_the_filter_is_off_unless_turned_on(monkeypatch, env, on):
    from readout.pipeline import key_filter_default
    if env is None:
        monkeypatch.delenv("READOUT_KEY_FILTER", raising=False)
    else:
        monkeypatch.setenv("READOUT_KEY_FILTER", env)
    assert key_filter_default() is on
