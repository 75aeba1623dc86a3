"""coder/patterns.py: the verb and noun pattern lexicons, rule_codes.tsv and lemma_guesses.tsv load,
and broken files are refused with file and line."""
import json

import pytest

from readout.cameo import plover_type
from readout.errors import LexiconError
from readout.lexicons import data_path, read_jsonl
from readout.coder.patterns import (lemma_guesses, load_pattern_files, load_patterns, read_lemma_guesses,
                                    read_rule_codes, rule_codes)
from readout.pipeline import code_text
from readout.stories import Story


def test_shipped_patterns_load_and_cover_every_plover_type():
    patterns = load_patterns()
    types = {plover_type(p.cameo) for bucket in patterns.by_lemma.values() for p in bucket}
    assert types >= {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
                     "REQUEST", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_consult_modes_are_all_reachable():
    patterns = load_patterns()
    modes = {p.mode for bucket in patterns.by_lemma.values() for p in bucket if plover_type(p.cameo) == "CONSULT"}
    assert {"phone", "visit", "third-party"} <= modes   # video and multilateral come from context words


@pytest.mark.parametrize("name", ["verbs.jsonl", "nouns.jsonl"])
def test_every_future_code_is_known(name):
    for line, obj in read_jsonl(data_path(name)):
        if "future" in obj:
            assert plover_type(obj["future"]) is not None, f"{name}:{line}"


@pytest.mark.parametrize("line, message", [
    ('{"verb": "scold", "cameo": "999"}', "unknown CAMEO code '999'"),
    ('{"verb": "scold"}', "'cameo' must be a CAMEO code"),
    ('{"verb": "scold", "cameo": "111", "target": "anyone"}', "'target' must be one of"),
    ('{"verb": "scold", "cameo": "111", "colour": "red"}', "unknown key(s): colour"),
    ('{"cameo": "111"}', "exactly one of 'verb', 'noun', 'adj'"),
    ('{"verb": "scold", "cameo": "111", "mode": "carrier pigeon"}', "'mode' must be one of"),
    ('{"verb": "scold", "cameo": "111"', "not valid JSON"),
    ('{"verb": "scold", "cameo": "111", "prep_noun": true}', "'prep_noun' needs a 'prep'"),
    ('{"verb": "scold", "cameo": "111", "purpose": 3}', "'purpose' must be a string or a list of strings"),
])
def test_broken_user_pattern_is_refused_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"verb": "berate", "cameo": "111"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_pattern_files([path])
    assert f"{path}:2:" in str(err.value)
    assert message in str(err.value)


def test_duplicate_pattern_is_refused(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text('{"verb": "berate", "cameo": "111"}\n{"verb": "berate", "cameo": "112"}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"dup.jsonl:2: duplicate pattern verb 'berate'"):
        load_pattern_files([path])


def test_a_user_pattern_file_adds_a_verb(tmp_path):
    path = tmp_path / "mine.jsonl"
    # a verb the shipped lexicon lacks ("berate" joined it with the criticism family)
    path.write_text(json.dumps({"verb": "harangue", "cameo": "111", "target": "object"}) + "\n", encoding="utf-8")
    text = "Germany harangued Hungary on Monday."
    story = Story(id="t", text=text, title=None, date="2023-01-09", publisher=None, url=None, path="<t>",
                  line=None, body_start=0)
    from readout.pipeline import code_story

    assert not [e for e in code_text(text, date="2023-01-09")["events"] if e["type"] == "ACCUSE"]
    coded = code_story(story, pattern_files=(str(path),))
    assert ("DEU", "ACCUSE", "HUN") in {(e["source"], e["type"], e["target"]) for e in coded["events"]}


# -- rule_codes.tsv and lemma_guesses.tsv ----------------------------------------------------------
def test_shipped_rule_codes_and_lemma_guesses_load():
    assert rule_codes("ultimatum") == ("130",) and "057" in rule_codes("joint_act")
    assert ("ed", "") in lemma_guesses()


@pytest.mark.parametrize("body, message", [
    ("ultimatum\t130\t\nultimatum\t131\t\n", "duplicate rule 'ultimatum'"),
    ("ultimatum\t999\t\n", "unknown CAMEO code '999'"),
    ("joint_act\t057|057\t\n", "a code is given twice"),
    ("ultimatum\t\t\n", "column 'codes' is empty"),
])
def test_bad_rule_codes_file_is_refused_with_file_and_line(tmp_path, body, message):
    path = tmp_path / "rules.tsv"
    path.write_text("rule\tcodes\tnote\n" + body, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        read_rule_codes(path)
    assert f"{path}:{body.count(chr(10)) + 1}" in str(err.value)


def test_unknown_rule_is_an_error():
    with pytest.raises(LexiconError, match="no rule 'amnesty'"):
        rule_codes("amnesty")


@pytest.mark.parametrize("body, message", [
    ("ed\te\t\ned\te\t\n", "given twice"),
    ("ED\te\t\n", "lower-case letters"),
    ("ing\te1\t\n", "lower-case letters"),
])
def test_bad_lemma_guesses_file_is_refused_with_file_and_line(tmp_path, body, message):
    path = tmp_path / "guesses.tsv"
    path.write_text("suffix\treplace\tnote\n" + body, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as err:
        read_lemma_guesses(path)
    assert f"{path}:{body.count(chr(10)) + 1}" in str(err.value)


@pytest.mark.parametrize("line, message", [
    ('{"verb": "scold", "cameo": "111", "voice": "narrator"}', "'voice' must be 'actor' or 'author'"),
    ('{"verb": "scold", "cameo": "111", "reach": "far"}', "'reach' must be 'deep' or 'close'"),
])
def test_pattern_choices_are_refused_by_name(tmp_path, line, message):
    path = tmp_path / "mine.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_pattern_files([path])
