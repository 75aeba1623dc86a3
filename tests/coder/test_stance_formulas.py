"""Fourteenth session (issue #12, stance recall across publishers): the formulas in which publishers tell
positions ("their strong condemnation of", "called for a cessation of", "supports the efforts of X to",
"abides by", "should stop interfering", "Both Ministers reaffirmed"), each on sentences written for readout,
with near misses that must not code (docs/coder.md, "Stances")."""
import pytest

from conftest import JAPAN, KREMLIN, MEA, MFA, UK, WH, stance_keys as _keys

# a formula of position that names the position with a noun or a preposition of its own
FORMULAS = [
    # "condemnation" opposes as "condemn" does
    ("Prime Minister Albanese met Prime Minister Modi in Delhi. The two leaders reiterated their strong "
     "condemnation of terrorism in all its forms.", MEA, ("IND", "oppose", "terrorism", None)),
    ("The Foreign Secretary restated the UK's condemnation of terrorism and violent extremism.", UK,
     ("GBR", "oppose", "terrorism", None)),
    # "cessation" ends what it names, as "end" and "halt" do: a conflict's key stands for its settlement
    ("Prime Minister Kishida met President Lula. The two leaders called for the immediate cessation of "
     "hostilities in Gaza.", JAPAN, ("JPN", "support", "israel_palestine", None)),
    # "the efforts of X to ...", "by X": whose effort it is, as "X's efforts" says
    ("India supports the efforts of Egypt to combat terrorism in the Sinai.", MEA,
     ("IND", "support", "terrorism", "EGY")),
    ("China appreciates the efforts by Indonesia to fight climate change.", MFA,
     ("CHN", "support", "climate", "IDN")),
    # "abides by" takes its object after "by", as "adheres to" takes it after "to"
    ("President Hichilema said that Zambia firmly abides by the one-China principle.", MFA,
     ("ZMB", "support", "taiwan", "CHN")),
    # a third party that should stop a wrongful act is its doer, as one urged to stop it is
    ("The spokesperson said the Japanese side should stop interfering in China's internal affairs.", MFA,
     ("CHN", "oppose", "interference", "JPN")),
    # a verb of rating made praise by "highly", as "appreciate" is
    ("President Putin highly assessed the Kazakh leadership's efforts to contain the epidemic.", KREMLIN,
     ("RUS", "support", "covid19", "KAZ")),
    # "Both Ministers", a capitalised plural under a joint determiner, are the two parties
    ("The Foreign Secretary met Foreign Minister Jaishankar of India in London. Both Ministers reaffirmed their "
     "commitment to the UN Charter.", UK, ("IND", "support", "multilateralism", None)),
]
NOT_FORMULAS = [
    # a partner worked with is no one backed on the field of the work
    ("China will expand practical cooperation with the Marshall Islands in trade and fisheries.", MFA,
     ("CHN", "support", "trade", "MHL")),
    # the doer of the act told as stopped, not the backing of it
    ("The spokesperson said the Japanese side should stop interfering in China's internal affairs.", MFA,
     ("CHN", "oppose", "interference", None)),
    ("President Hichilema said that Zambia firmly abides by the one-China principle.", MFA,
     ("ZMB", "support", "taiwan", None)),
    # a verb of rating without "highly" rates, it does not praise
    ("Experts from Russia assessed the damage done by the epidemic.", KREMLIN, ("RUS", "support", "covid19", None)),
    # one's own side asked to stop is no one judged
    ("The President said we must stop terrorism wherever it appears.", WH, ("USA", "oppose", "terrorism", "USA")),
]
MUTUAL_NOT_ACROSS = [
    # "mutual" in one conjoined predicate is no mutual backing in the next one
    ("President Putin held talks with President Tokayev of Kazakhstan. The two presidents agreed to keep boosting "
     "mutual trade and to expand the use of national currencies in settlements between the two countries.",
     KREMLIN, ("KAZ", "support", "trade", "RUS")),
]
MUTUAL_ABOVE = [
    # "mutual" above both conjoined predicates still makes each of them mutual
    ("President Putin held talks with President Tokayev of Kazakhstan. The presidents expressed mutual support in "
     "defending sovereignty and ensuring respect for international law.", KREMLIN,
     ("KAZ", "support", "multilateralism", "RUS")),
]
PARTNER_FIELDS = [
    ("China will expand practical cooperation with the Marshall Islands in trade and fisheries.", MFA,
     ("CHN", "support", "trade", None)),
]


@pytest.mark.parametrize("text,publisher,key", FORMULAS + PARTNER_FIELDS + MUTUAL_ABOVE)
def test_a_publishers_formula_of_position_codes(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_FORMULAS + MUTUAL_NOT_ACROSS)
def test_near_misses_of_the_formulas_do_not_code(text, publisher, key):
    assert key not in _keys(text, publisher)
