"""coder/roles.py and trainer.fit_roles on hand-built parses: the trained actor model's
candidates and features, and the source or target it gives a trigger the rules left without one."""
import json

import pytest

from readout.coder.events import EventCoder
from readout.coder.roles import NONE, SOURCE, TARGET, candidates, read_roles
from readout.coder.triggers import find_triggers
from readout.trainer import Example, fit_roles

PATTERNS = [{"verb": "condemn", "cameo": "111"}]
ACTORS = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}
CONDEMNED = ("Chile condemned Peru.", """
    Chile      Chile    PROPN NNP  nsubj  1
    condemned  condemn  VERB  VBD  ROOT   1
    Peru       Peru     PROPN NNP  dobj   1
    .          .        PUNCT .    punct  1
""")
# no agent: the rules find no one who condemned
PASSIVE = ("Peru was condemned.", """
    Peru       Peru     PROPN NNP  nsubjpass  2
    was        be       AUX   VBD  auxpass    2
    condemned  condemn  VERB  VBN  ROOT       2
    .          .        PUNCT .    punct      2
""")
# the story's own side acts; the passive subject is aimed at
MODEL = {"classes": [NONE, SOURCE, TARGET], "threshold": 0.6,
         "weights": {"b": [1.0, 0.0, 0.0], "own_only": [0.0, 3.0, 0.0], "mdep:nsubjpass": [0.0, 0.0, 3.0]}}


def test_candidates_are_the_named_actors_and_the_own_side(parse, analyse, patterns_of):
    doc = parse(*CONDEMNED)
    an = analyse(doc, ACTORS, speaker="BOL")
    trig = find_triggers(doc[:], patterns_of(PATTERNS))[0]
    cands = candidates(an, trig, doc[:], "ACCUSE", "both")
    assert set(cands) == {"CHL", "PER", "BOL"}
    assert {"p:vnsubj", "pos:before", "mdep:nsubj"} <= set(cands["CHL"])
    assert {"p:vdobj", "pos:after", "ty:ACCUSE/mdep:dobj"} <= set(cands["PER"])
    assert {"own", "own_only"} <= set(cands["BOL"]) and "where:in" not in cands["BOL"]
    # where the rules found no source, each feature also has a weight of its own
    assert "nosrc|p:vnsubj" in candidates(an, trig, doc[:], "ACCUSE", "nosrc")["CHL"]


def test_the_model_gives_a_source_where_the_rules_found_none(parse, analyse, patterns_of):
    doc = parse(*PASSIVE)
    pats = patterns_of(PATTERNS)
    assert EventCoder(pats).code_sentence(analyse(doc, ACTORS, speaker="BOL"), doc[:], 0, 2021) == []
    coder = EventCoder(pats, roles=read_roles(json.dumps(MODEL)))
    found = coder.code_sentence(analyse(doc, ACTORS, speaker="BOL"), doc[:], 0, 2021)
    assert [(e.source, e.type, e.target) for e in found] == [("BOL", "ACCUSE", "PER")]


def test_below_the_threshold_the_rules_stand(parse, analyse, patterns_of):
    weak = dict(MODEL, threshold=0.99)
    coder = EventCoder(patterns_of(PATTERNS), roles=read_roles(json.dumps(weak)))
    doc = parse(*PASSIVE)
    assert coder.code_sentence(analyse(doc, ACTORS, speaker="BOL"), doc[:], 0, 2021) == []


def test_the_rules_choice_is_kept_where_they_found_both(parse, analyse, patterns_of):
    coder = EventCoder(patterns_of(PATTERNS), roles=read_roles(json.dumps(MODEL)))
    doc = parse(*CONDEMNED)
    found = coder.code_sentence(analyse(doc, ACTORS, speaker="BOL"), doc[:], 0, 2021)
    assert [(e.source, e.type, e.target) for e in found] == [("CHL", "ACCUSE", "PER")]


def test_fit_roles_writes_a_model_read_roles_reads():
    pytest.importorskip("sklearn")
    train = [Example("a", ["b", "p:vnsubj"], SOURCE), Example("a", ["b", "p:vdobj"], TARGET),
             Example("b", ["b", "p:vnsubj"], SOURCE), Example("b", ["b", "p:vprep/vpobj"], NONE)] * 5
    model = read_roles(json.dumps(fit_roles(train, c=10.0)))
    assert model.classes == [NONE, SOURCE, TARGET]
    assert model.best({"CHL": ["b", "p:vnsubj"], "PER": ["b", "p:vdobj"]}, SOURCE)[0] == "CHL"
    assert model.best({"CHL": ["b", "p:vnsubj"], "PER": ["b", "p:vdobj"]}, TARGET)[0] == "PER"
