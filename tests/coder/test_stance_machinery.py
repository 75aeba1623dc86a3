"""Thirteenth session (issue #12, stances on text never tuned on): machinery every stance goes through.
An owner's conduct is its act, not a good it owns; a preposition names a doer by its own words; the
first of two conjoined predicates does not lend its polarity to the second's complements; a governed good
backed in a place is backed toward that place; elections qualified as free, fair or credible are the
democracy they stand for. Sentences written for readout in several house styles, with near misses that
must not code (docs/coder.md, "Stances")."""
import pytest

from conftest import CANADA, IRAN, JAPAN, KREMLIN, MEA, MFA, TURKEY, UK, WH, stance_keys as _keys


# "concerns about Beijing's unfair economic practices": a conduct noun (practice, policy, action) is its
# possessor's act, judged by the word above it, not a good the possessor owns (as a measure is)
OWNED_CONDUCT = [
    ("President Biden raised concerns about Beijing's coercive and unfair economic practices.", WH,
     ("USA", "oppose", "trade", "CHN")),
    ("The Prime Minister voiced concern about China's non-market economic practices.", UK,
     ("GBR", "oppose", "trade", "CHN")),
    ("Minister Joly expressed Canada's concerns over India's trade policies.", CANADA,
     ("CAN", "oppose", "trade", "IND")),
    ("Iran firmly supports China's policy on Taiwan.", IRAN, ("IRN", "support", "taiwan", "CHN")),
]
NOT_OWNED_GOOD = [
    # the conduct is opposed toward its owner, never backed
    ("President Biden raised concerns about Beijing's coercive and unfair economic practices.", WH,
     ("USA", "support", "trade", "CHN")),
    ("The Prime Minister voiced concern about China's non-market economic practices.", UK,
     ("GBR", "support", "trade", "CHN")),
]


@pytest.mark.parametrize("text,publisher,key", OWNED_CONDUCT)
def test_owned_conduct_is_judged_toward_its_owner(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_OWNED_GOOD)
def test_owned_conduct_is_no_good_of_its_owner(text, publisher, key):
    assert key not in _keys(text, publisher)


# "side by side with Israel", "by the authorities ... against Palestinian civilians": what hangs on a
# preposition's object is not the doer the preposition names
NOT_BY_DOERS = [
    ("Canada remains committed to the goal of a two-state solution, with a Palestinian state living side by side "
     "with Israel in peace and security.", CANADA, ("CAN", "support", "israel_palestine", "ISR")),
    ("India reiterated its support for a two-State solution, with a sovereign and viable State of Palestine living "
     "side by side with Israel.", MEA, ("IND", "support", "israel_palestine", "ISR")),
    ("Canada strongly condemns violence by extremist settlers against Palestinian civilians.", CANADA,
     ("CAN", "oppose", "humanitarian", "PSE")),
]
BY_DOERS = [
    ("Canada remains committed to the goal of a two-state solution, with a Palestinian state living side by side "
     "with Israel in peace and security.", CANADA, ("CAN", "support", "israel_palestine", None)),
    ("China supports the counter-terrorism operations by Syria.", MFA, ("CHN", "support", "terrorism", "SYR")),
]


@pytest.mark.parametrize("text,publisher,key", NOT_BY_DOERS)
def test_a_preposition_names_no_doer_by_what_hangs_on_it(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", BY_DOERS)
def test_a_preposition_names_its_own_doer(text, publisher, key):
    assert key in _keys(text, publisher)


# "condemned X and agreed to increase pressure ..., including through further sanctions": a second predicate
# with a subject or a clause of its own is not governed by the first one's polarity word
NOT_FIRST_CONJUNCT = [
    ("The leaders condemned Russia's continued attacks on Ukrainian civilians and agreed to increase pressure on "
     "Russia, including through further sanctions.", CANADA, ("CAN", "oppose", "sanctions", None)),
    ("The Prime Minister welcomed President Marcos to Downing Street, and they also discussed climate change.", UK,
     ("GBR", "support", "climate", None)),
    ("Foreign Minister Lavrov criticised the Western stance, and the two ministers agreed to expand trade.", KREMLIN,
     ("RUS", "oppose", "trade", None)),
]
STILL_GOVERNED = [
    # the word above both conjuncts still governs each
    ("Wang Yi stressed the need to combat terrorism and to safeguard national sovereignty.", MFA,
     ("CHN", "support", "sovereignty", None)),
    ("The two sides exchanged views on the Korean Peninsula and agreed on the importance of nuclear "
     "non-proliferation.", KREMLIN, ("RUS", "support", "nonproliferation", None)),
    # a second predicate sharing the first's subject is governed with it
    ("The Prime Minister reaffirmed the UK's commitment to Ukraine and underscored it, including on climate change.",
     UK, ("GBR", "support", "climate", None)),
]


@pytest.mark.parametrize("text,publisher,key", NOT_FIRST_CONJUNCT)
def test_a_first_conjunct_lends_no_polarity(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", STILL_GOVERNED)
def test_a_word_above_both_conjuncts_governs_each(text, publisher, key):
    assert key in _keys(text, publisher)


# backing a governed good (democracy, human rights, press freedom) in a place is toward that place, as concern
# about it there is; qualified elections are democracy
GOVERNED_BACKED = [
    ("The two Presidents expressed their shared commitment to the restoration of democracy in Venezuela.", WH,
     ("USA", "support", "democracy", "VEN")),
    ("The Prime Minister underlined the importance of free and fair elections in Zimbabwe.", UK,
     ("GBR", "support", "democracy", "ZWE")),
    ("Canada reaffirmed its support for human rights in Iran.", CANADA, ("CAN", "support", "human_rights", "IRN")),
    ("President Biden underscored the importance of free, fair, and transparent elections.", WH,
     ("USA", "support", "democracy", None)),
    ("Minister Jaishankar affirmed India's commitment to credible and inclusive elections.", MEA,
     ("IND", "support", "democracy", None)),
    # "the region" is no place a stance is aimed at
    ("The Prime Minister reaffirmed the UK's support for democracy in the region.", UK,
     ("GBR", "support", "democracy", None)),
]
NOT_GOVERNED_BACKED = [
    # plain "elections" is an event, no issue; discussing is no stance
    ("The Prime Minister congratulated President Ruto on his election.", UK, ("GBR", "support", "democracy", None)),
    ("The two presidents discussed the upcoming elections.", KREMLIN, ("RUS", "support", "democracy", None)),
]


@pytest.mark.parametrize("text,publisher,key", GOVERNED_BACKED)
def test_a_governed_good_backed_in_a_place(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_GOVERNED_BACKED)
def test_no_governed_good_backed(text, publisher, key):
    assert key not in _keys(text, publisher)


def test_governed_good_without_place_has_no_toward():
    keys = _keys("The Prime Minister reaffirmed the UK's support for democracy in the region.", UK)
    assert ("GBR", "support", "democracy", None) in keys


# no holder backs terrorism, interference, hegemonism or unilateralism as such: a backing word read over one
# with no toward is a counter the parse did not show, so the stance opposes (fifteenth session); backing
# someone's fight against it keeps its toward and its support
DISOWNED = [
    ("Wang Yi said that in the face of the rise of unilateralism, the two sides should jointly uphold the "
     "international order.", MFA, ("CHN", "oppose", "unilateralism", None), ("CHN", "support", "unilateralism", None)),
    ("The Secretary reaffirmed his commitment to removing extremism from the ranks.", WH,
     ("USA", "oppose", "terrorism", None), ("USA", "support", "terrorism", None)),
]


@pytest.mark.parametrize("text,publisher,key,slip", DISOWNED)
def test_a_disowned_issue_is_never_backed_as_such(text, publisher, key, slip):
    found = _keys(text, publisher)
    assert key in found and slip not in found


def test_backing_a_fight_against_a_disowned_issue_keeps_its_toward():
    assert ("USA", "support", "terrorism", "IND") in _keys(
        "President Biden expressed his support for India's fight against terrorism.", WH)


# "call", "appeal", "press", "push" back only what they are for ("called for the unhindered delivery of
# humanitarian aid", "in their call for a democratic future"); a call on someone, or a phone call, backs nothing
CALLED_FOR = [
    ("Foreign Minister Fidan called for the unhindered delivery of humanitarian aid to Sudan.", TURKEY,
     ("TUR", "support", "humanitarian", None)),
    ("Canada will keep standing with the people of Iran in their call for a democratic future.", CANADA,
     ("CAN", "support", "democracy", "IRN")),
    ("Japan once again appeals for unimpeded humanitarian access in Myanmar.", JAPAN,
     ("JPN", "support", "humanitarian", None)),
    # an effort made for a good backs it as a call for it does
    ("President Erdogan said Turkiye would redouble its efforts for the safe delivery of humanitarian aid to "
     "Sudan.", TURKEY, ("TUR", "support", "humanitarian", None)),
]
NOT_CALLED_FOR = [
    # the call on Israel backs nothing; what it asks for may ("to allow more aid into Gaza": test_stance_breadth)
    ("President Biden called on Israel to report on humanitarian aid into Gaza.", WH, ("USA", "support", "humanitarian")),
    ("The President called Prime Minister Netanyahu about humanitarian aid.", WH, ("USA", "support", "humanitarian")),
    # what a relative clause says of the thing called for is no part of the call
    ("The ministers called for fair rules, which underpin the UN Charter.", WH,
     ("USA", "support", "multilateralism")),
    # an effort backs only what it is for, not what it is against or whose it is
    ("The President noted the efforts of the Human Rights Council.", WH, ("USA", "support", "human_rights")),
]


@pytest.mark.parametrize("text,publisher,key", CALLED_FOR)
def test_a_call_for_a_good_backs_it(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,near", NOT_CALLED_FOR)
def test_a_call_on_someone_or_a_phone_call_backs_nothing(text, publisher, near):
    assert not any(k[:3] == near for k in _keys(text, publisher))
