"""fastpipes.py: the fast attribute ruler and lemmatizer give exactly what spaCy's own give."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from readout.fastpipes import CachedLemmatizer, FastAttributeRuler, use_fast_pipes
from readout.nlp import MODEL, UNUSED

ATTRS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]

# Sentences written for this test: the model's tag map, its rules for "there is", negations,
# contractions, irregular verbs and whitespace tokens, and one form lemmatized two ways.
TEXTS = [
    "The ministers discussed trade and security at length.",
    "There is no agreement yet, and there are no talks planned.",
    "We don't think they'll agree; it isn't over and he can't say.",
    "She gets what she wants, and she got a deal last week.",
    "I saw the saw.  Then   the leaders met.\n\nA new paragraph begins here.",
    "Y'all ain't seen nothin' yet, I'd say, 'cause it's early.",
    "Is it true that talks were held? Do they have plans?",
    "The President's call with his counterparts lasted an hour.\n",
    "We found the fund. They will found a new party.",      # one form, one POS, two lemmas
]


@pytest.fixture(scope="module")
def pipelines():
    spacy_own = spacy.load(MODEL, exclude=UNUSED)
    fast = spacy.load(MODEL, exclude=UNUSED)
    use_fast_pipes(fast)
    return spacy_own, fast


def test_use_fast_pipes_swaps_both_components_under_their_names(pipelines):
    _, fast = pipelines
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)
    assert fast.pipe_names == pipelines[0].pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_fast_pipes_set_the_same_attributes_as_spacy(pipelines, text):
    spacy_own, fast = pipelines
    for _ in range(2):      # the second time from the lemmatizer's and the ruler's memos
        a, b = spacy_own(text), fast(text)
        assert [t.text for t in a] == [t.text for t in b]
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all(), [
            (t.text, t.pos_, t.lemma_, u.pos_, u.lemma_) for t, u in zip(a, b)
            if (t.pos_, t.lemma_, str(t.morph)) != (u.pos_, u.lemma_, str(u.morph))]


def _doc(words, tags):
    return Doc(spacy.blank("en").vocab, words=words, tags=tags)    # a vocab that sets LOWER


RULER_CASES = [
    # (patterns in order, expected POS of each word of "x y z" tagged NN VB NN)
    ([{"patterns": [[{"LOWER": "x"}]], "attrs": {"POS": "NOUN"}},
      {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "VERB"}}], ["VERB", "", "VERB"]),
    ([{"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "VERB"}},
      {"patterns": [[{"LOWER": "x"}]], "attrs": {"POS": "NOUN"}}], ["NOUN", "", "VERB"]),
    ([{"patterns": [[{"LOWER": "x"}, {"TAG": {"IN": ["VB", "VBZ"]}}]], "attrs": {"POS": "ADJ"}, "index": -1}],
     ["", "ADJ", ""]),
    ([{"patterns": [[{"LOWER": {"REGEX": "^[yz]$"}, "TAG": {"NOT_IN": ["VB"]}}]], "attrs": {"POS": "X"}}],
     ["", "", "X"]),
    ([{"patterns": [[{"LOWER": "x", "OP": "+"}]], "attrs": {"POS": "NUM"}}], ["NUM", "", ""]),   # spaCy's matcher
]


@pytest.mark.parametrize("patterns, expected", RULER_CASES)
def test_fast_ruler_matches_spacys_ruler_with_later_patterns_winning(patterns, expected):
    results = []
    for cls in (AttributeRuler, FastAttributeRuler):
        doc = _doc(["x", "y", "z"], ["NN", "VB", "NN"])
        ruler = cls(doc.vocab)
        ruler.add_patterns(patterns)
        results.append([t.pos_ for t in ruler(doc)])
    assert results[0] == results[1] == expected
