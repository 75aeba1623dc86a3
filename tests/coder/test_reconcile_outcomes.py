"""RECONCILE24 rulings R1, R3, R5 and R9 checked on sentences written for readout: a settlement, two
states or peace efforts backed are SUPPORT aimed at no one, whatever place or side the outcome names;
a stand against any unconstitutional change of government backs democracy; "brook no interference by
any external force" opposes interference (docs/coder.md, "Outcomes backed")."""
import pytest

from conftest import CANADA, KREMLIN, MFA, TURKEY, UK, WH, stance_keys

AU = "African Union Commission"


def _events(text, publisher):
    from readout.pipeline import code_text

    return {(e["source"], e["type"], e["target"]) for e in code_text(text, date="2024-03-01", publisher=publisher)["events"]}


# the place or side named inside the backed outcome is not the one backed (R1, R9)
OUTCOME_BACKED = [
    ("President Biden reaffirmed the United States' support for a just and durable political settlement in Sudan.",
     WH, ("USA", "SUPPORT", None), ("USA", "SUPPORT", "SDN")),
    ("Wang Yi reiterated China's support for all efforts conducive to peace in Ukraine.", MFA,
     ("CHN", "SUPPORT", None), ("CHN", "SUPPORT", "UKR")),
    ("Türkiye backs any effort for a ceasefire in Gaza.", TURKEY, ("TUR", "SUPPORT", None), ("TUR", "SUPPORT", "PSE")),
    ("The Foreign Secretary voiced the UK's support for a two-state solution, with a sovereign Palestinian State "
     "alongside a safe and secure Israel.", UK, ("GBR", "SUPPORT", None), ("GBR", "SUPPORT", "PSE")),
    ("Support for a negotiated settlement in Yemen was reaffirmed by the Russian President.", KREMLIN,
     ("RUS", "SUPPORT", None), ("RUS", "SUPPORT", "YEM")),
    ("The two leaders affirmed their continued support for a peaceful resolution of the war in Ukraine.", WH,
     ("USA", "SUPPORT", None), None),
]


@pytest.mark.parametrize("text,publisher,wanted,unwanted", OUTCOME_BACKED)
def test_an_outcome_backed_is_support_aimed_at_no_one(text, publisher, wanted, unwanted):
    keys = _events(text, publisher)
    assert wanted in keys
    assert unwanted not in keys


# near misses: efforts someone leads are theirs; a commitment to a settlement with no one named stays open
NOT_NULL = [
    ("We support the efforts led by Egypt and Qatar to secure a truce in Gaza.", UK, ("GBR", "SUPPORT", "EGY")),
    ("China supports Egypt's efforts for a ceasefire in Gaza.", MFA, ("CHN", "SUPPORT", "EGY")),
]


@pytest.mark.parametrize("text,publisher,wanted", NOT_NULL)
def test_efforts_of_a_named_actor_stay_backing_of_it(text, publisher, wanted):
    keys = _events(text, publisher)
    assert wanted in keys
    assert (wanted[0], "SUPPORT", None) not in keys


# R5: a general stand against any unconstitutional change names no actor: (holder, support, democracy, null)
UNCONSTITUTIONAL = [
    ("The Chairperson of the Commission reaffirmed the African Union's zero tolerance for any unconstitutional "
     "change of government.", AU, ("AU", "support", "democracy", None)),
    ("The Chairperson recalls the Union's firm rejection of all unconstitutional changes of government.", AU,
     ("AU", "support", "democracy", None)),
    ("The United States opposes any unconstitutional seizure of power in Africa.", WH,
     ("USA", "support", "democracy", None)),
    ("Secretary Blinken condemned the unconstitutional seizure of power in Niger.", WH,
     ("USA", "oppose", "democracy", "NER")),
]


@pytest.mark.parametrize("text,publisher,key", UNCONSTITUTIONAL)
def test_unconstitutional_change_is_the_democracy_it_breaks(text, publisher, key):
    assert key in stance_keys(text, publisher)


# R3: "brook no interference by any external force" opposes interference
def test_interference_by_external_forces_is_opposed():
    keys = stance_keys("Tibet affairs are purely China's internal affairs, which brook no interference by any "
                       "external force.", MFA)
    assert ("CHN", "oppose", "interference", None) in keys


# GUIDE.md: an outcome welcomed (an exchange, a truce, a signing, a conference's outcomes, news
# that two sides agreed) is SUPPORT aimed at no one, whatever sides or places it names (issue #12,
# twenty-ninth session); an actor's own act welcomed stays aimed at the actor
WELCOMED_OUTCOME = [
    ("The Prime Minister welcomed the conclusion of the free trade agreement between India and Australia.", UK,
     ("GBR", "SUPPORT", None), ("GBR", "SUPPORT", "IND")),
    ("We welcome the prisoner swap between the parties in Yemen.", WH, ("USA", "SUPPORT", None), ("USA", "SUPPORT", "YEM")),
    ("The Vice President hailed the truce agreed by Armenia and Azerbaijan.", WH,
     ("USA", "SUPPORT", None), ("USA", "SUPPORT", "ARM")),
    ("China applauds the signing of the peace accord by Ethiopia and the TPLF.", MFA,
     ("CHN", "SUPPORT", None), ("CHN", "SUPPORT", "ETH")),
    ("The President welcomed the outcomes of the Rome Conference on Libya.", WH,
     ("USA", "SUPPORT", None), ("USA", "SUPPORT", "ITA")),
    ("I welcome yesterday's announcement that Serbia and Kosovo have agreed to resume talks.", WH,
     ("USA", "SUPPORT", None), ("USA", "SUPPORT", "SRB")),
    ("On Sudan, the Foreign Secretary welcomed today's ceasefire in Jeddah.", UK,
     ("GBR", "SUPPORT", None), ("GBR", "SUPPORT", "SDN")),
    ("Canada welcomes the exchange of prisoners this morning in Yemen.", CANADA,
     ("CAN", "SUPPORT", None), ("CAN", "SUPPORT", "YEM")),
]


@pytest.mark.parametrize("text,publisher,wanted,unwanted", WELCOMED_OUTCOME)
def test_a_welcomed_outcome_is_aimed_at_no_one(text, publisher, wanted, unwanted):
    keys = _events(text, publisher)
    assert wanted in keys
    assert unwanted not in keys


OWNED_WELCOMED = [
    ("The leaders welcomed Israel's agreement to pause operations in Gaza.", WH, ("USA", "SUPPORT", "ISR")),
    ("The United States welcomes the decision by Ethiopia and Eritrea to restore flights.", WH, ("USA", "SUPPORT", "ETH")),
    ("The Minister welcomed Brazil's announcement that it will host the summit.", UK, ("GBR", "SUPPORT", "BRA")),
    # the owner named on what the outcome is "of"
    ("South Korea welcomes the conclusion of Japan's review of its export controls.", MFA, ("KOR", "SUPPORT", "JPN")),
    ("The Prime Minister welcomed the outcome of Canada's consultations on the trade deal.", UK, ("GBR", "SUPPORT", "CAN")),
    ("We welcome the conclusion of the United States' policy review on North Korea.", MFA, ("CHN", "SUPPORT", "USA")),
]


@pytest.mark.parametrize("text,publisher,wanted", OWNED_WELCOMED)
def test_an_owned_act_welcomed_stays_aimed_at_its_actor(text, publisher, wanted):
    assert wanted in _events(text, publisher)
