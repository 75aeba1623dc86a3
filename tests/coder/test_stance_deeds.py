"""Stances that are no one's position (issue #12, seventeenth session), on sentences written for readout in several
house styles: a kind of aid named among others, a deed aimed at a conflict's victim, and a deed of harm told as its
doer's act (docs/coder.md, "Stances")."""
import pytest

from conftest import CANADA, JAPAN, KREMLIN, MFA, UK, WH, stance_keys as _keys

# kinds of aid named together say what is given (AID), no stance on the issue one of them names
LISTED_AID = [
    ("Assad thanked Iran for its military and humanitarian help to the Syrian people.", KREMLIN,
     ("SYR", "support", "humanitarian", "IRN")),
    ("We will keep working with partners to provide the humanitarian and economic assistance that Ukrainians need.",
     WH, ("USA", "support", "humanitarian", None)),
    ("The two leaders committed to continue providing Moldova with the security, economic, and humanitarian "
     "assistance it needs.", WH, ("USA", "support", "humanitarian", "MDA")),
]
# one kind of aid alone, or its delivery, stays a stance
ONE_AID = [
    ("The leaders called for the unimpeded delivery of humanitarian aid to civilians in Sudan.", UK,
     ("GBR", "support", "humanitarian", None)),
    ("China stands ready to step up development assistance and humanitarian aid to Palestine.", MFA,
     ("CHN", "support", "humanitarian", None)),
]




# "against" naming the place or people a deed is aimed at: its victim, no fight against the conflict
VICTIMS = [
    ("Overnight, Russian forces fired dozens of drones against Kharkiv.", WH, ("RUS", "support", "ukraine", None)),
    ("Moscow launched a massive missile barrage against Kyiv this morning.", UK, ("RUS", "support", "ukraine", None)),
    ("Iran condemned the war crimes of the Zionist regime against the defenceless people of Gaza.", MFA,
     ("IRN", "support", "israel_palestine", None)),
]
# a doer to oppose stays: "Russia's actions against Ukraine"
AGAINST_KEPT = [
    ("Trudeau announced new sanctions in response to Russia's actions against Ukraine.", CANADA,
     ("CAN", "oppose", "ukraine", "RUS")),
    ("Canada condemns Russia's aggression against Ukraine.", CANADA, ("CAN", "oppose", "ukraine", "RUS")),
]




# a deed of harm told as done, with no word above that judges it: its doer holds no stance on what it harms
TOLD_DEEDS = [
    ("Yesterday, the Houthis attacked a merchant vessel in the Red Sea, killing three civilians.", WH,
     ("YEM", "support", "humanitarian", None)),
    ("The Burmese military responded with a brutal crackdown on peaceful demonstrators.", UK,
     ("MMR", "support", "human_rights", None)),
    ("Belarusian security forces answered the protests with a violent crackdown on peaceful protesters.", CANADA,
     ("BLR", "support", "human_rights", None)),
    ("Today, the Armed Forces of Ukraine carried out an indiscriminate strike on the centre of Belgorod, killing and "
     "wounding dozens of civilians.", KREMLIN, ("UKR", "support", "humanitarian", None)),
]
# judged deeds stay stances
JUDGED_DEEDS = [
    ("The regime's killing of civilians must stop.", JAPAN, ("JPN", "support", "humanitarian", None)),
    ("We reiterate our condemnation of Hamas for its terrorist attacks on Israel.", CANADA,
     ("CAN", "oppose", "terrorism", "PSE")),
]


# each table's cases are named by what they show (pytest ids)
NO_STANCE = ([pytest.param(*c, id=f"aid-listed-{i}") for i, c in enumerate(LISTED_AID)]
             + [pytest.param(*c, id=f"against-victim-{i}") for i, c in enumerate(VICTIMS)]
             + [pytest.param(*c, id=f"deed-told-{i}") for i, c in enumerate(TOLD_DEEDS)])
STANCE_KEPT = ([pytest.param(*c, id=f"one-aid-{i}") for i, c in enumerate(ONE_AID)]
               + [pytest.param(*c, id=f"against-doer-{i}") for i, c in enumerate(AGAINST_KEPT)]
               + [pytest.param(*c, id=f"deed-judged-{i}") for i, c in enumerate(JUDGED_DEEDS)])


@pytest.mark.parametrize("text,publisher,absent", NO_STANCE)
def test_listed_aid_a_victim_or_a_told_deed_is_no_stance(text, publisher, absent):
    assert absent not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,kept", STANCE_KEPT)
def test_one_aid_a_doer_opposed_or_a_judged_deed_stays_a_stance(text, publisher, kept):
    assert kept in _keys(text, publisher)
