"""compare: two readouts of one call, what each reports and leaves out, and the words each used."""

import pytest

from conftest import story as S  # a real Story from a few fields

from readout.compare import StoryNotFound, compare, render_compare
from readout.store import Store




CN = ("Xi Jinping had a phone call with Raisi. China firmly supports Iran in safeguarding "
      "sovereignty and opposes hegemonism. Both sides agreed to deepen cooperation.")
IR = ("Raisi spoke with Xi Jinping by telephone. Raisi stressed the JCPOA and condemned "
      "American sanctions. Both sides agreed to deepen cooperation.")

STORIES = [
    (S("cn", CN, "Xi speaks with Raisi", "2021-08-18", "Xinhua"),
     {"events": [
         {"source": "CHN", "type": "CONSULT", "target": "IRN", "mode": "phone",
          "evidence": "had a phone call with Raisi"},
         {"source": "CHN", "type": "AGREE", "target": "IRN", "evidence": "agreed to deepen"},
         {"source": "CHN", "type": "SUPPORT", "target": "IRN", "evidence": "firmly supports Iran"}],
      "stances": [
          {"holder": "CHN", "polarity": "support", "issue": "sovereignty", "toward": "IRN",
           "evidence": "supports Iran in safeguarding sovereignty"},
          {"holder": "CHN", "polarity": "oppose", "issue": "hegemonism", "toward": None,
           "evidence": "opposes hegemonism"}]}),
    (S("ir", IR, "Raisi, Xi talk", "2021-08-19", "IRNA"),
     {"events": [
         {"source": "IRN", "type": "CONSULT", "target": "CHN", "mode": "phone",
          "evidence": "spoke with Xi Jinping by telephone"},
         {"source": "CHN", "type": "AGREE", "target": "IRN", "evidence": "Both sides agreed"},
         {"source": "IRN", "type": "ACCUSE", "target": "USA", "evidence": "condemned American"}],
      "stances": [
          {"holder": "IRN", "polarity": "support", "issue": "iran_nuclear_deal", "toward": None,
           "evidence": "stressed the JCPOA"},
          {"holder": "IRN", "polarity": "oppose", "issue": "sanctions", "toward": "USA",
           "evidence": "condemned American sanctions"}]}),
]


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "c.db")
    s.ingest(STORIES)
    yield s
    s.close()


def test_events_both_and_one_sided(store):
    result = compare(store, "cn", "ir")
    both = result["events"]["both"]
    # the call is one event whichever side is the source; AGREE matches as (CHN, AGREE, IRN)
    assert [(e["type"], e["evidence_a"], e["evidence_b"]) for e in both] == [
        ("CONSULT", "had a phone call with Raisi", "spoke with Xi Jinping by telephone"),
        ("AGREE", "agreed to deepen", "Both sides agreed")]
    assert [e["type"] for e in result["events"]["only_a"]] == ["SUPPORT"]
    assert [(e["type"], e["target"]) for e in result["events"]["only_b"]] == [("ACCUSE", "USA")]


def test_issues_one_side_left_out(store):
    issues = compare(store, "cn", "ir")["issues"]
    assert issues == {"both": [], "only_a": ["hegemonism", "sovereignty"],
                      "only_b": ["iran_nuclear_deal", "sanctions"]}


def test_words_each_used(store):
    words = compare(store, "cn", "ir")["words"]
    assert {"hegemonism", "sovereignty", "firmly"} <= set(words["only_a"])
    assert {"jcpoa", "sanctions", "telephone"} <= set(words["only_b"])
    assert "cooperation" not in words["only_a"] + words["only_b"]


def test_render_names_both_sides(store):
    text = render_compare(compare(store, "cn", "ir"))
    assert text.startswith("A: cn  2021-08-18  Xinhua  Xi speaks with Raisi\n"
                           "B: ir  2021-08-19  IRNA  Raisi, Xi talk\n")
    assert "Events both report (2):\n  CHN CONSULT IRN (phone)\n" in text
    assert 'A: "had a phone call with Raisi"' in text
    assert "Issues only B raised: iran_nuclear_deal, sanctions" in text


def test_unknown_story(store):
    with pytest.raises(StoryNotFound, match="no story 'nope'"):
        compare(store, "cn", "nope")
