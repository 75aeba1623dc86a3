"""coder/learned.py and trainer.py on hand-built parses: the trained trigger model's features, its
prediction, the triggers it proposes to the event coder, and how training picks a gold event's word."""
import json

import numpy
import pytest

from readout.coder.events import EventCoder
from readout.coder.learned import NONE, dense, features, read_model, type_patterns
from readout.coder.patterns import Kind
from readout.trainer import Example, _pick, fit

PATTERNS = [
    {"verb": "condemn", "cameo": "111"},
    {"verb": "urge", "cameo": "020", "target": "counterpart"},
]
ACTORS = {"Chile": "CHL", "Peru": "PER"}
SLAMMED = ("Chile slammed Peru.", """
    Chile    Chile    PROPN NNP  nsubj  1
    slammed  slam     VERB  VBD  ROOT   1
    Peru     Peru     PROPN NNP  dobj   1
    .        .        PUNCT .    punct  1
""")
NOT_SLAMMED = ("Chile did not slam Peru.", """
    Chile    Chile    PROPN NNP  nsubj  3
    did      do       AUX   VBD  aux    3
    not      not      PART  RB   neg    3
    slam     slam     VERB  VB   ROOT   3
    Peru     Peru     PROPN NNP  dobj   3
    .        .        PUNCT .    punct  3
""")
SAID_SLAMMED = ("Lima said Chile slammed Peru.", """
    Lima     Lima     PROPN NNP  nsubj  1
    said     say      VERB  VBD  ROOT   1
    Chile    Chile    PROPN NNP  nsubj  3
    slammed  slam     VERB  VBD  ccomp  1
    Peru     Peru     PROPN NNP  dobj   3
    .        .        PUNCT .    punct  1
""")
# "slam" pushes toward ACCUSE; every word starts near no event ("b", the bias)
MODEL = {"classes": [NONE, "ACCUSE", "REQUEST"], "threshold": 0.5,
         "weights": {"b": [2.0, 0.0, 0.0], "l:slam": [-1.0, 3.0, 0.0], "neg": [0.0, 0.0, 0.0]}}


def test_features_name_the_word_its_object_and_its_negation(parse):
    slam = parse(*NOT_SLAMMED)[3]
    f = features(slam)
    assert {"l:slam", "lp:slam/VERB", "lo:slam/peru", "neg", "subj:PROPN"} <= set(f)
    assert "aux:did" not in f       # only modals count


def test_a_word_governed_by_a_reporting_verb_knows_it(parse):
    slam = parse(*SAID_SLAMMED)[3]
    assert {"h:say", "hdl:say/ccomp/slam"} <= set(features(slam))


def test_prediction_is_the_likeliest_event_type(parse):
    model = read_model(json.dumps(MODEL))
    doc = parse(*SLAMMED)
    kind, p = model.predict(doc[1])
    assert kind == "ACCUSE" and p == pytest.approx(numpy.exp(3) / (numpy.exp(1) + numpy.exp(3) + 1), abs=1e-6)
    assert model.predict(doc[0])[1] < 0.5       # "Chile": no weight of its own


def test_dense_vectors_only_where_the_parser_left_them(parse):
    doc = parse(*SLAMMED)
    assert dense(doc[1]) is None
    doc.tensor = numpy.arange(8, dtype="float32").reshape(4, 2)
    assert dense(doc[2]).tolist() == [4.0, 5.0, 2.0, 3.0]      # the word's, then its head's


@pytest.fixture(scope="module")
def coders(patterns_of):
    pats = patterns_of(PATTERNS)
    return EventCoder(pats), EventCoder(pats, read_model(json.dumps(MODEL)))


@pytest.mark.parametrize("case, with_model", [
    (SLAMMED, [("CHL", "ACCUSE", "PER", "111")]),     # the type's commonest lexicon pattern
    (NOT_SLAMMED, []),                                # the same status rules: negated, not coded
])
def test_the_model_proposes_words_the_lexicon_lacks(parse, analyse, coders, case, with_model):
    rules, learned = coders
    doc = parse(*case)
    assert rules.code_sentence(analyse(doc, ACTORS), doc[:], 0, 2021) == []
    found = learned.code_sentence(analyse(doc, ACTORS), doc[:], 0, 2021)
    assert [(e.source, e.type, e.target, e.cameo) for e in found] == with_model


def test_below_the_threshold_nothing_is_proposed(parse, analyse, patterns_of):
    weak = dict(MODEL, weights={"b": [2.0, 0.0, 0.0], "l:slam": [0.0, 1.0, 0.0]})
    coder = EventCoder(patterns_of(PATTERNS), read_model(json.dumps(weak)))
    doc = parse(*SLAMMED)
    assert coder.code_sentence(analyse(doc, ACTORS), doc[:], 0, 2021) == []


def test_type_patterns_take_the_lexicons_commonest_form(patterns_of):
    by_type = type_patterns(patterns_of(PATTERNS))
    assert by_type[(Kind.VERB, "ACCUSE")].cameo == "111"
    assert by_type[(Kind.VERB, "REQUEST")].target.value == "counterpart"
    assert (Kind.NOUN, "ACCUSE") not in by_type


def test_training_picks_the_reported_act_not_the_reporting_verb(parse):
    doc = parse(*SAID_SLAMMED)
    cands = [doc[1], doc[3]]
    assert _pick(cands, []).i == 3              # "said" gives way to the word it governs
    assert _pick(cands, [doc[1]]).i == 1         # a lexicon trigger of the event's type wins


def test_fit_writes_a_model_read_model_reads():
    pytest.importorskip("sklearn")
    train = [Example("a", ["b", "l:slam"], "ACCUSE"), Example("a", ["b", "l:meet"], NONE),
             Example("b", ["b", "l:slam", "neg"], "ACCUSE"), Example("b", ["b", "l:say"], NONE)] * 5
    model = read_model(json.dumps(fit(train, c=10.0, use_dense=False)))
    assert model.classes == ["ACCUSE", NONE]
    assert model.weights["l:slam"][0] > 0 > model.weights["l:meet"][0]


SLAMMED_ALONE = ("Chile slammed loudly.", """
    Chile    Chile    PROPN NNP  nsubj   1
    slammed  slam     VERB  VBD  ROOT    1
    loudly   loudly   ADV   RB   advmod  1
    .        .        PUNCT .    punct   1
""")


@pytest.mark.parametrize("settings, case, with_model", [
    # a type's own threshold over the model's: ACCUSE at 0.84 is not sure enough for 0.9
    ({"by_type": {"ACCUSE": 0.9}}, SLAMMED, []),
    ({"by_type": {"REQUEST": 0.9}}, SLAMMED, [("CHL", "ACCUSE", "PER", "111")]),
    # strict: a proposal the rules find no target for is dropped
    ({}, SLAMMED_ALONE, [("CHL", "ACCUSE", None, "111")]),
    ({"strict": True}, SLAMMED_ALONE, []),
    ({"strict": True}, SLAMMED, [("CHL", "ACCUSE", "PER", "111")]),
    # the sentence proposer reads the sentence's words at its root ("w:peru" is no word feature)
    ({"scope": "sentence", "weights": {"b": [2.0, 0.0, 0.0], "w:peru": [-1.0, 3.0, 0.0]}}, SLAMMED,
     [("CHL", "ACCUSE", "PER", "111")]),
    ({"weights": {"b": [2.0, 0.0, 0.0], "w:peru": [-1.0, 3.0, 0.0]}}, SLAMMED, []),
])
def test_model_settings_decide_what_is_proposed(parse, analyse, patterns_of, settings, case, with_model):
    coder = EventCoder(patterns_of(PATTERNS), read_model(json.dumps(dict(MODEL, **settings))))
    doc = parse(*case)
    found = coder.code_sentence(analyse(doc, ACTORS), doc[:], 0, 2021)
    assert [(e.source, e.type, e.target, e.cameo) for e in found] == with_model


def test_the_sentence_proposer_is_silent_where_the_lexicons_find_a_trigger(parse, analyse, patterns_of):
    model = dict(MODEL, scope="sentence", weights={"b": [2.0, 0.0, 0.0], "w:peru": [-1.0, 0.0, 3.0]})
    coder = EventCoder(patterns_of(PATTERNS + [{"verb": "slam", "cameo": "111"}]), read_model(json.dumps(model)))
    doc = parse(*SAID_SLAMMED)
    found = coder.code_sentence(analyse(doc, dict(ACTORS, Lima="PER")), doc[:], 0, 2021)
    assert [e.type for e in found] == ["ACCUSE"]       # the lexicon's, no REQUEST at "said" beside it
