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


def call(sid, source, target, date, publisher, mode="phone"):
    text = f"{source} had a phone call with {target}."
    return (S(sid, text, f"{source}-{target} call", date, publisher),
            {"date": date, "headline": {"source": source, "type": "CONSULT", "target": target},
             "events": [{"source": source, "type": "CONSULT", "target": target, "mode": mode,
                         "date": date, "evidence": text}]})


@pytest.fixture
def calls(tmp_path):
    s = Store(tmp_path / "calls.db")
    s.ingest([call("cn-2021", "CHN", "IRN", "2021-03-05", "Xinhua"),
              call("ir-2021", "IRN", "CHN", "2021-03-05", "IRNA"),
              call("wire-2021", "CHN", "IRN", "2021-03-06", "Wire"),
              call("cn-2021b", "CHN", "IRN", "2021-03-05", "Xinhua"),
              call("cn-2020", "CHN", "IRN", "2020-11-23", "Xinhua"),
              call("us-2021", "CHN", "USA", "2021-03-05", "Xinhua")])
    yield s
    s.close()


@pytest.mark.parametrize("a, b, warnings", [
    ("cn-2021", "ir-2021", []),
    ("cn-2021", "cn-2020", ["A reports events of 2021-03-05 and B of 2020-11-23, 102 days apart: "
                            "they may be accounts of different interactions"]),
    ("cn-2021", "us-2021", ["A and B report different participants (A: CHN-IRN; B: CHN-USA)"]),
])
def test_compare_warns_when_dates_or_participants_differ(calls, a, b, warnings):
    result = compare(calls, a, b)
    assert result["warnings"] == warnings
    text = render_compare(result)
    assert text.startswith("".join(f"Warning: {w}\n" for w in warnings) + f"A: {a}  ")


def test_find_lists_other_accounts_ranked_by_overlap(calls):
    from readout.compare import find_accounts

    found = find_accounts(calls, "cn-2021")
    # the same call from other publishers first, then the same publisher; never the 2020 call
    assert [r["id"] for r in found] == ["ir-2021", "wire-2021", "cn-2021b"]
    assert (found[0]["shared"], found[0]["of"], found[0]["overlap"]) == (1, 1, 1.0)
    assert find_accounts(calls, "us-2021") == []
    with pytest.raises(StoryNotFound):
        find_accounts(calls, "nope")


def test_cli_compare_find_and_its_usage_errors(calls, main):
    from click.testing import CliRunner

    db = calls.path
    out = CliRunner().invoke(main, ["compare", "--find", "cn-2021", "--db", db])
    assert out.exit_code == 0
    assert out.stdout.splitlines()[0] == "Other accounts of the interactions of cn-2021, best first:"
    assert out.stdout.splitlines()[1].startswith("  ir-2021  2021-03-05  IRNA  shares 1 of 1")
    bad = CliRunner().invoke(main, ["compare", "cn-2021", "--db", db])
    assert bad.exit_code == 2 and "give two stories to compare (A B), or --find STORY" in bad.stderr
