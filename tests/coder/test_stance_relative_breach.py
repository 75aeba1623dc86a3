"""A breach told in a relative clause (docs/coder.md, "Stances", stance_judged.relative_acts): "X's launch, which
violated ...", "the strikes on Kyiv by Russia, which violate ...", "the occupation of the islands by Y is an unlawful
act that breaches ...": the violator is the doer of the act the clause is said of, not the place it hangs on.
Sentences written for readout in several house styles."""
import pytest

from conftest import CANADA, KREMLIN, MEA, UK, WH, stance_keys as _keys

RELATIVE = [
    ("The President condemned Iran's drone attack on Erbil, which violated Iraq's sovereignty and international law.",
     WH, ("USA", "oppose", "multilateralism", "IRN")),
    ("The Foreign Secretary condemned Russia's shelling of Kharkiv, which breaches international humanitarian law.", UK,
     ("GBR", "oppose", "multilateralism", "RUS")),
    ("The Prime Minister said the occupation of the islands by Argentina was an illegal act that violates "
     "international law.", UK, ("GBR", "oppose", "multilateralism", "ARG")),
    # the act further up the clause's antecedent phrase; the doer of a deed the antecedent is the object of
    ("The Prime Minister condemned Russia's interference in the internal affairs of Moldova, which violates the "
     "sovereignty of Moldova.", UK, ("GBR", "oppose", "sovereignty", "RUS")),
    ("Having decided to withdraw from the treaty, the US side made a grave mistake, which undermines strategic "
     "stability and the arms control system.", KREMLIN, ("RUS", "oppose", "arms_control", "USA")),
    ("Pakistan has launched strikes, which violate the sovereignty of India.", MEA,
     ("IND", "oppose", "sovereignty", "PAK")),
]
# "X and Y condemned Z's act, which violates ...": the clause on what they condemn is each condemner's judgement,
# not the publisher's alone
CONDEMNERS = [
    ("President Biden and President Yoon condemned the DPRK's latest missile tests, which violate several UN Security "
     "Council resolutions.", WH, ("KOR", "oppose", "multilateralism", "PRK")),
    ("Prime Minister Carney and President Macron denounced Russia's strikes on Odesa, which breach international "
     "law.", CANADA, ("FRA", "oppose", "multilateralism", "RUS")),
    ("President Erdogan and Chancellor Merz condemned Iran's seizure of the tanker, which is a violation of "
     "international law.", UK, ("TUR", "oppose", "multilateralism", "IRN")),
    ("The Prime Minister met President Macron in London. The leaders deplored North Korea's latest launch, which "
     "violated UN Security Council resolutions.", UK, ("FRA", "oppose", "multilateralism", "PRK")),
]
NOT_RELATIVE = [
    ("The Foreign Secretary condemned Russia's shelling of Kharkiv, which breaches international humanitarian law.", UK,
     ("GBR", "oppose", "multilateralism", "UKR")),
    # the object of a judging verb is no deed of that verb's subject
    ("India condemned the strikes, which violate its sovereignty.", MEA, ("IND", "oppose", "sovereignty", "IND")),
]


@pytest.mark.parametrize("text,publisher,key", RELATIVE)
def test_a_breach_in_a_relative_clause_is_the_doer_of_its_act(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_RELATIVE)
def test_a_breach_in_a_relative_clause_is_not_the_place_it_hangs_on(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", CONDEMNERS)
def test_a_breach_said_of_what_several_condemn_is_each_condemners(text, publisher, key):
    assert key in _keys(text, publisher)
