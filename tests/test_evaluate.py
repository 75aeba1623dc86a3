"""Tests of readout.evaluate: score.py's numbers on a hand-made fixture, the extras, and GSR scoring."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from readout import evaluate
from readout.errors import BadInput

DATA = Path(__file__).parent / "data" / "eval"
GOLD, PRED = DATA / "gold.jsonl", DATA / "pred.jsonl"
SCORE_PY = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"


@pytest.fixture(scope="module")
def scored():
    return evaluate.score(evaluate.load_jsonl(GOLD), evaluate.load_jsonl(PRED))


def counts(r):
    return (r["precision"], r["recall"], r["f1"], r["tp"], r["fp"], r["fn"])


@pytest.mark.parametrize("name, expected", [
    # s1 reversed CONSULT matches, extra IRN SUPPORT CHN; s3 has no prediction; s4 SUPPORT in the wrong direction
    ("events", (0.667, 0.571, 0.615, 4, 2, 3)),
    ("types", (1.0, 0.714, 0.833, 5, 0, 2)),
    # s1's stance differs only in toward: a strict miss and an extra, a relaxed hit
    ("stances", (0.5, 0.333, 0.4, 1, 1, 2)),
    ("stances_relaxed", (1.0, 0.667, 0.8, 2, 0, 1)),
])
def test_score_micro_averages(scored, name, expected):
    res, _ = scored
    assert counts(res[name]) == expected


def test_score_story_level_accuracies(scored):
    res, _ = scored
    # headline: s1 matches with the pair reversed; s2 differs in mode; s3 and s4 have none predicted.
    # date: s1 equal, s2 differs, s3 missing, s4 null in both.
    assert (res["headline_accuracy"], res["date_accuracy"], res["stories"]) == (0.25, 0.5, 4)


@pytest.mark.parametrize("typ, expected", [
    ("CONSULT", (1.0, 0.5, 0.667, 1, 0, 1)),
    ("SUPPORT", (0.333, 0.5, 0.4, 1, 2, 1)),
    ("REJECT", (1.0, 1.0, 1.0, 1, 0, 0)),
    ("ACCUSE", (1.0, 1.0, 1.0, 1, 0, 0)),
    ("THREATEN", (0.0, 0.0, 0.0, 0, 0, 1)),
])
def test_score_per_type(scored, typ, expected):
    res, _ = scored
    assert set(res["per_type"]) == {"CONSULT", "SUPPORT", "REJECT", "ACCUSE", "THREATEN"}
    assert counts(res["per_type"][typ]) == expected


def test_score_per_story_detail(scored):
    _, per = scored
    assert set(per) == {"s1", "s2", "s3", "s4"}  # s9 is not in the gold
    s1 = per["s1"]
    assert (s1["tp"], s1["fp"], s1["fn"], s1["f1"]) == (2, 1, 0, 0.8)
    assert s1["extra"] == [{"source": "IRN", "type": "SUPPORT", "target": "CHN", "evidence": "Raisi thanked Xi"}]
    assert s1["missed_stances"] == [{"holder": "IRN", "polarity": "support", "issue": "taiwan", "toward": "CHN",
                                     "evidence": "Iran backs China on Taiwan"}]
    assert [s["toward"] for s in s1["extra_stances"]] == [None]
    assert per["s2"]["headline"]["pred"]["mode"] == "phone"
    assert per["s2"]["date"] == {"gold": "2021-09-10", "pred": "2021-09-09"}
    assert per["s3"]["predicted"] is False
    assert [e["type"] for e in per["s3"]["missed"]] == ["CONSULT", "THREATEN"]
    assert per["s4"]["date"] is None


def test_worst_stories_leaves_out_perfect_ones(scored):
    _, per = scored
    assert [sid for sid, _ in evaluate.worst_stories(per)] == ["s3", "s4", "s1"]
    assert [sid for sid, _ in evaluate.worst_stories(per, 1)] == ["s3"]


def test_story_with_nothing_to_score_has_no_f1():
    res, per = evaluate.score({"a": {"id": "a", "events": [], "stances": []}}, {})
    assert per["a"]["f1"] is None
    assert evaluate.worst_stories(per) == []
    assert (res["headline_accuracy"], res["date_accuracy"]) == (1.0, 1.0)


def test_empty_gold_scores_zero():
    res, per = evaluate.score({}, {"x": {"events": [{"source": "USA", "type": "AID", "target": "UKR"}]}})
    assert (res["stories"], res["headline_accuracy"], res["events"]["fp"], per) == (0, 0.0, 0, {})


@pytest.mark.parametrize("a, b, same", [
    ({"source": "CHN", "type": "CONSULT", "target": "IRN"}, {"source": "IRN", "type": "CONSULT", "target": "CHN"}, True),
    ({"source": "CHN", "type": "COOPERATE", "target": "IRN"}, {"source": "IRN", "type": "cooperate", "target": "CHN"}, True),
    ({"source": "CHN", "type": "SUPPORT", "target": "IRN"}, {"source": "IRN", "type": "SUPPORT", "target": "CHN"}, False),
    ({"source": "CHN", "type": "REJECT", "target": None}, {"source": " chn", "type": "REJECT"}, True),
    ({"source": "CHN", "type": "REJECT", "target": ""}, {"source": "CHN", "type": "REJECT", "target": None}, True),
])
def test_event_key(a, b, same):
    assert (evaluate.event_key(a) == evaluate.event_key(b)) is same


def test_score_matches_shared_score_py():
    assert SCORE_PY.is_file(), (
        f"the project's scorer is not at {SCORE_PY}; check out the shared folder beside the repo")
    out = subprocess.run([sys.executable, str(SCORE_PY), str(GOLD), str(PRED), "--json"],
                         capture_output=True, text=True, check=True).stdout
    theirs = json.loads(out)
    ours, _ = evaluate.score(evaluate.load_jsonl(GOLD), evaluate.load_jsonl(PRED))
    assert set(theirs) <= set(ours)
    assert {k: ours[k] for k in theirs} == theirs


@pytest.mark.parametrize("content, line, message", [
    ('{"id": "a"}\n\n{"id": "b", "events": [}\n', 3, "not valid JSON"),
    ('[1, 2]\n', 1, "not a JSON object"),
    ('{"events": []}\n', 1, "no `id` field"),
    ('{"id": 1}\n{"id": "1"}\n', 2, "duplicate id '1'"),
])
def test_load_jsonl_broken_line(tmp_path, content, line, message):
    p = tmp_path / "gold.jsonl"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(BadInput) as e:
        evaluate.load_jsonl(p)
    assert (e.value.path, e.value.line) == (str(p), line)
    assert str(e.value).startswith(f"{p}:{line}: {message}")


def test_load_jsonl_missing_file(tmp_path):
    with pytest.raises(BadInput, match="cannot open"):
        evaluate.load_jsonl(tmp_path / "nope.jsonl")


def test_load_jsonl_keys_by_string_id(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": 7, "events": []}\n', encoding="utf-8")
    assert list(evaluate.load_jsonl(p)) == ["7"]


# --- GSR -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("gold, coded, ok", [
    ("USA", "USA", True),
    ("usa", " USA ", True),
    ("USA", "GBR", False),
    ("IGO", "UN", True),
    ("IGO", "ARAB_LEAGUE", True),
    ("IGO", "ANDEAN_PACT", True),  # any non-ISO code
    ("IGO", "IGO", True),
    ("IGO", "USA", False),
    ("UN", "IGO", False),  # only the gold side is generic
    ("IGO", None, False),
    ("NGO", "NGO", True),
])
def test_source_matches(gold, coded, ok):
    assert evaluate.source_matches(gold, coded) is ok


@pytest.fixture(scope="module")
def gsr_result():
    return evaluate.score_gsr(evaluate.load_gsr(DATA / "gsr.jsonl"), evaluate.load_jsonl(DATA / "gsr-coded.jsonl"))


def test_score_gsr_overall(gsr_result):
    # g1 right (ROU is a gold source), g2 right (EU for IGO), g3 type found but USA for IGO, g4 not coded,
    # g5 right (a non-ISO code for IGO)
    assert (gsr_result["sentences"], gsr_result["type_found"], gsr_result["right_source"]) == (5, 0.8, 0.6)


def test_score_gsr_per_type(gsr_result):
    assert gsr_result["per_type"] == {
        "AGREE": {"sentences": 2, "type_found": 1.0, "right_source": 1.0},
        "PROTEST": {"sentences": 1, "type_found": 0.0, "right_source": 0.0},
        "REJECT": {"sentences": 1, "type_found": 1.0, "right_source": 1.0},
        "REQUEST": {"sentences": 1, "type_found": 1.0, "right_source": 0.0},
    }


def test_score_gsr_misses(gsr_result):
    misses = {m["id"]: m for m in gsr_result["misses"]}
    assert set(misses) == {"g3", "g4"}
    assert misses["g3"]["type_found"] is True
    assert [e["source"] for e in misses["g3"]["coded"]] == ["USA", "UN"]
    assert (misses["g4"]["type_found"], misses["g4"]["coded"], misses["g4"]["sources"]) == (False, [], ["PSE"])


def test_score_gsr_sentence_without_gold_source_is_never_right():
    rec = {"id": "x", "text": "They agreed.", "type": "AGREE", "source": [], "target": []}
    res = evaluate.score_gsr([rec], {"x": {"events": [{"source": "USA", "type": "AGREE"}]}})
    assert (res["type_found"], res["right_source"]) == (1.0, 0.0)


def test_score_gsr_empty():
    assert evaluate.score_gsr([], {}) == {"sentences": 0, "type_found": 0.0, "right_source": 0.0,
                                          "per_type": {}, "misses": []}


def test_load_gsr_needs_text_and_type(tmp_path):
    p = tmp_path / "gsr.jsonl"
    p.write_text('{"id": "a", "text": "x", "type": "AGREE"}\n{"id": "b", "type": "AGREE"}\n', encoding="utf-8")
    with pytest.raises(BadInput, match=r"gsr.jsonl:2: GSR record 'b' has no text or type"):
        evaluate.load_gsr(p)


def test_load_jsonl_not_utf8_names_the_line(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_bytes(b'{"id": "a"}\n{"id": "caf\xe9"}\n')
    with pytest.raises(BadInput, match=r"gold.jsonl:2: not UTF-8"):
        evaluate.load_jsonl(p)


def test_load_gsr_numbers_repeated_ids(tmp_path):
    # regression: the real GSR has two different sentences under PLOVER-GSR01-COERCE-0004
    p = tmp_path / "gsr.jsonl"
    p.write_text("".join(json.dumps({"id": i, "text": t, "type": "COERCE"}) + "\n"
                         for i, t in [("c4", "one"), ("c5", "two"), ("c4", "three"), ("c4", "four")]), encoding="utf-8")
    assert [(r["id"], r["text"]) for r in evaluate.load_gsr(p)] == [
        ("c4", "one"), ("c5", "two"), ("c4#2", "three"), ("c4#3", "four")]
