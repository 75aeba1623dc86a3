"""Stance classes widened for issue #12 (sixth session): toward, holder and polarity across house
styles, each on sentences written for readout, with near misses that must not code."""
import pytest

from conftest import CANADA, IRAN, JAPAN, KREMLIN, MEA, MFA, PAK, UK, WH, stance_keys as _keys


def _case(table):
    return pytest.mark.parametrize("text,publisher,key", table)


# a hyphenated pair of actors names a joint thing ("the China-Pakistan Economic Corridor", "a UK-India
# free trade agreement", "Palestinian-Israeli negotiations"): neither side is the toward
PAIRED = [
    ("Prime Minister Sharif reaffirmed Pakistan's full commitment to the China-Pakistan Economic Corridor.", PAK,
     ("PAK", "support", "belt_and_road", None)),
    ("Prime Minister Starmer and Prime Minister Modi agreed to relaunch negotiations on a UK-India free trade "
     "agreement.", UK, ("IND", "support", "trade", None)),
    ("Lavrov and Shoukry stressed the need to resume direct Palestinian-Israeli negotiations.", KREMLIN,
     ("EGY", "support", "israel_palestine", None)),
    ("Prime Minister Kishida, President Yoon and Premier Li agreed to accelerate negotiations on a Japan-China-ROK "
     "free trade agreement.", JAPAN, ("JPN", "support", "trade", None)),
]
NOT_PAIRED = [
    # one country named in its own position stays the toward
    ("President Tokayev said Kazakhstan firmly adheres to the one-China principle.", MFA,
     ("KAZ", "support", "taiwan", None)),
    ("Foreign Minister Wong said Australia respects Indonesia's sovereignty.", UK, ("AUS", "support", "sovereignty", None)),
    # the pair's sides are not the toward
    ("Prime Minister Sharif reaffirmed Pakistan's full commitment to the China-Pakistan Economic Corridor.", PAK,
     ("PAK", "support", "belt_and_road", "CHN")),
    ("Prime Minister Starmer and Prime Minister Modi agreed to relaunch negotiations on a UK-India free trade "
     "agreement.", UK, ("IND", "support", "trade", "GBR")),
]


@_case(PAIRED)
def test_a_hyphenated_pair_of_actors_names_no_toward(text, publisher, key):
    assert key in _keys(text, publisher)


@_case(NOT_PAIRED)
def test_a_single_owner_stays_the_toward_and_a_pair_never_is(text, publisher, key):
    assert key not in _keys(text, publisher)


# the polarity noun's own beneficiary ("support for China on issues concerning Taiwan", "its support
# for Pakistan in upholding its sovereignty") is the toward of the issue hung beside it; "concerning"
# as a preposition of topic is no concern
BENEFICIARY = [
    ("Pakistan reiterated its firm support for China on issues concerning Taiwan, Xinjiang and Tibet.", PAK,
     ("PAK", "support", "xinjiang", "CHN")),
    ("Prime Minister Sharif reaffirmed Pakistan's support for China on issues of its core interest, including "
     "Hong Kong.", PAK, ("PAK", "support", "hong_kong", "CHN")),
    ("Wang Yi reiterated China's firm support for Pakistan in upholding its territorial integrity.", MFA,
     ("CHN", "support", "sovereignty", "PAK")),
    ("Minister Araghchi voiced Iran's support for Lebanon in safeguarding its sovereignty.", IRAN,
     ("IRN", "support", "sovereignty", "LBN")),
    ("President Putin reaffirmed Russia's support for Syria on issues of its sovereignty.", KREMLIN,
     ("RUS", "support", "sovereignty", "SYR")),
]
NOT_BENEFICIARY = [
    # "its" of the holder itself is no toward
    ("Pakistan will take all necessary measures to protect its territorial integrity.", PAK,
     ("PAK", "support", "sovereignty", "PAK")),
    # "its" of an actor the backing word is not for
    ("Foreign Minister Araghchi said Iran will not allow the US to violate its sovereignty.", IRAN,
     ("IRN", "support", "sovereignty", "USA")),
    # "concerning" as an adjective still judges
    ("Pakistan reiterated its firm support for China on issues concerning Taiwan, Xinjiang and Tibet.", PAK,
     ("PAK", "oppose", "taiwan", None)),
    # an actor the stance word is not for
    ("The ministers reviewed cooperation with Japan on counter-terrorism.", MEA, ("IND", "oppose", "terrorism", "JPN")),
]


@_case(BENEFICIARY)
def test_the_noun_s_beneficiary_is_the_toward_of_an_issue_beside_it(text, publisher, key):
    assert key in _keys(text, publisher)


@_case(NOT_BENEFICIARY)
def test_no_beneficiary_no_toward(text, publisher, key):
    assert key not in _keys(text, publisher)


def test_deeply_concerning_still_opposes():
    assert ("USA", "oppose", "hong_kong", "CHN") in _keys("Secretary Blinken said the developments in Hong Kong are "
                                                           "deeply concerning.", WH)


# "described / condemned / termed X as a violation of Y": the describer judges X's doer
DESCRIBED = [
    ("Araghchi described the US strikes as a flagrant violation of international law.", IRAN,
     ("IRN", "oppose", "multilateralism", "USA")),
    # a body of law broken by its violator is international law (tenth session: the tune gold codes every such
    # breach as multilateralism)
    ("Lavrov described the Ukrainian strike on Belgorod as a gross violation of international humanitarian law.",
     KREMLIN, ("RUS", "oppose", "multilateralism", "UKR")),
    ("Secretary Blinken described the Chinese balloon as a clear violation of US sovereignty.", WH,
     ("USA", "oppose", "sovereignty", "CHN")),
    ("Spokesman Nasser Kanaani condemned the airstrikes carried out by the Zionist regime on Beirut. Kanaani "
     "described the attacks as a violation of the sovereignty of Lebanon.", IRAN, ("IRN", "oppose", "sovereignty", "ISR")),
]
NOT_DESCRIBED = [
    # described as no wrong
    ("Jaishankar described the visit as a routine consular matter under international law.", MEA,
     ("IND", "oppose", "multilateralism", None)),
    ("Lammy described the agreement as a victory for international law.", UK, ("GBR", "oppose", "multilateralism", None)),
    # the describer is not the violator
    ("Araghchi described the US strikes as a flagrant violation of international law.", IRAN,
     ("USA", "support", "multilateralism", None)),
]


@_case(DESCRIBED)
def test_an_act_described_as_a_violation_is_judged_toward_its_doer(text, publisher, key):
    assert key in _keys(text, publisher)


@_case(NOT_DESCRIBED)
def test_an_act_described_as_no_wrong_is_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


# "opposed any unilateral attempts to change the status quo", "concerns about the situation in the South
# China Sea": an act of anyone, or no act, has no default doer; an act keeps it (GUIDE.md: "the
# crackdown in Hong Kong")
GENERIC = [
    ("The two leaders strongly opposed any unilateral attempts to change the status quo by force or coercion "
     "in the South China Sea.", JAPAN, ("JPN", "oppose", "south_china_sea", None)),
    ("Prime Minister Trudeau strongly opposed any unilateral attempts to change the status quo by coercion in the "
     "South China Sea.", CANADA, ("CAN", "oppose", "south_china_sea", None)),
    ("The President raised concerns about the situation in the South China Sea.", WH,
     ("USA", "oppose", "south_china_sea", None)),
    ("The President raised concerns about coercive activities in the South China Sea.", WH,
     ("USA", "oppose", "south_china_sea", "CHN")),
    ("The leaders opposed the dangerous and aggressive behavior that has recently been witnessed by China in the "
     "South China Sea.", WH, ("USA", "oppose", "south_china_sea", "CHN")),
]
NOT_GENERIC = [
    ("The two leaders strongly opposed any unilateral attempts to change the status quo by force or coercion "
     "in the South China Sea.", JAPAN, ("JPN", "oppose", "south_china_sea", "CHN")),
]


@_case(GENERIC)
def test_an_act_of_anyone_has_no_doer(text, publisher, key):
    assert key in _keys(text, publisher)


@_case(NOT_GENERIC)
def test_no_default_doer_for_any_act(text, publisher, key):
    assert key not in _keys(text, publisher)


# an issue claimed as one's "internal affair(s)" is backed by whoever says so; "rejection" opposes
CLAIMED = [
    ("The spokesperson said Hong Kong, Xinjiang and Tibet affairs are purely China's internal affairs.", MFA,
     ("CHN", "support", "tibet", None)),
    ("Xinhua said the Taiwan question is China's internal affair.", MFA, ("CHN", "support", "taiwan", None)),
    ("Lavrov and Choe Son Hui confirmed their principled rejection of the policy of sanctions pressure.", KREMLIN,
     ("RUS", "oppose", "sanctions", None)),
    ("India registered its firm rejection of unilateral sanctions.", MEA, ("IND", "oppose", "sanctions", None)),
]
NOT_CLAIMED = [
    ("The spokesperson said the Taiwan question is not China's internal affair.", MFA, ("CHN", "support", "taiwan", None)),
    ("The ministers discussed the rejection of the sanctions bill by the Senate.", WH, ("USA", "oppose", "sanctions", None)),
]


@_case(CLAIMED)
def test_claimed_as_an_internal_affair_or_rejected(text, publisher, key):
    assert key in _keys(text, publisher)


@_case(NOT_CLAIMED)
def test_not_claimed_nor_rejected(text, publisher, key):
    assert key not in _keys(text, publisher)


# energy named only as a field: through "including in", a field noun's own list ("the energy,
# infrastructure and ports sectors"), and plain oil, gas, coal, fuel as what is supplied
FIELDS = [
    ("Erdogan voiced the hope that Ankara and Moscow would further strengthen their cooperation, including in the "
     "energy sector.", KREMLIN, ("TUR", "support", "energy", None)),
    ("The two leaders agreed to enhance investment, particularly in the energy, infrastructure and ports sectors.",
     PAK, ("PAK", "support", "energy", None)),
    ("Putin said Russia will continue to supply oil, gas and coal to China.", KREMLIN, ("RUS", "support", "energy", None)),
    ("Tokayev said Kazakhstan remains a reliable supplier of fuel to its neighbours.", KREMLIN,
     ("KAZ", "support", "energy", None)),
    # supply chains are trade only as a field of cooperation ("cooperation in critical minerals supply chains")
    ("The two leaders agreed to expand cooperation in semiconductor supply chains.", WH, ("USA", "support", "trade", None)),
]
NOT_FIELDS = [
    ("The President thanked the nurses for their time, energy and dedication in the health sector.", WH,
     ("USA", "support", "energy", None)),
    ("The President said American families pay too much for gas.", WH, ("USA", "support", "energy", None)),
    ("Russia continues to use gas as a weapon against Europe.", UK, ("GBR", "support", "energy", None)),
    # supplies of aid are an act, no stance
    ("China has sent humanitarian supplies to Gaza.", MFA, ("CHN", "support", "humanitarian", None)),
    # supply chains strengthened at home, or their stability, are industry, no stance on trade
    ("The President signed an order to strengthen domestic supply chains for critical medicines.", WH,
     ("USA", "support", "trade", None)),
    ("The Vice President said both countries would strengthen supply chains and build more resilient economies.", WH,
     ("USA", "support", "trade", None)),
]


@_case(FIELDS)
def test_energy_as_a_field_of_work_or_a_supply(text, publisher, key):
    assert key in _keys(text, publisher)


@_case(NOT_FIELDS)
def test_energy_words_that_are_no_field(text, publisher, key):
    assert key not in _keys(text, publisher)


# a deed "committed by" someone: the doer is judged, not a holder ("committed" backs only what one
# commits to); a judging verb joined to the passive judges its agent
COMMITTED = [
    ("The Foreign Ministry said the attack was committed by the Zionist regime and constitutes a gross violation of "
     "the sovereignty of Lebanon.", IRAN, ("IRN", "oppose", "sovereignty", "ISR")),
    ("Zakharova said the strike was carried out by the Kiev regime and is a flagrant violation of international "
     "humanitarian law.", KREMLIN, ("RUS", "oppose", "multilateralism", "UKR")),     # a law broken: tenth session
    ("Wang Yi condemned the US sanctions on Chinese firms, calling them a gross violation of international law.", MFA,
     ("CHN", "oppose", "multilateralism", "USA")),
    ("The leaders remain committed to the Paris Agreement.", UK, ("GBR", "support", "climate", None)),
    ("Both sides committed to work together to combat terrorism.", MEA, ("IND", "oppose", "terrorism", None)),
]
NOT_COMMITTED = [
    ("The Foreign Ministry said the terrorist act was committed by the Zionist regime.", IRAN,
     ("ISR", "support", "terrorism", None)),
    ("The Foreign Ministry said the attack was committed by the Zionist regime and constitutes a gross violation of "
     "international law.", IRAN, ("ISR", "support", "multilateralism", None)),
    # the describer is never the doer; an unknown doer is none
    ("President Raisi met President Assad in Damascus. The two presidents condemned the repeated attacks on Syrian "
     "territory, describing them as a violation of Syria's sovereignty.", IRAN, ("SYR", "oppose", "sovereignty", "IRN")),
]


@_case(COMMITTED)
def test_a_deed_committed_by_someone_is_judged_toward_them(text, publisher, key):
    assert key in _keys(text, publisher)


@_case(NOT_COMMITTED)
def test_the_doer_of_a_deed_holds_no_stance_on_it(text, publisher, key):
    assert key not in _keys(text, publisher)


# aid one gives is an act, not a stance on it; denial and obstruction are wrongful acts of their
# possessor; a predicate that condemns its subject ("is unacceptable", "are unjustified") is the
# speaker's opposition toward the subject's doer
ACTS = [
    ("The Israeli Government's denial of essential humanitarian assistance to the civilian population is "
     "unacceptable.", UK, ("GBR", "oppose", "humanitarian", "ISR")),
    ("Spokesman Kanaani said Israel's denial of humanitarian aid to Gaza is a war crime.", IRAN,
     ("IRN", "oppose", "humanitarian", "ISR")),
    ("The President condemned Russia's obstruction of humanitarian access in Mariupol.", WH,
     ("USA", "oppose", "humanitarian", "RUS")),
    ("President Trump imposed tariffs on Canada. Prime Minister Trudeau said these tariffs are unjustified.", CANADA,
     ("CAN", "oppose", "trade", "USA")),
    ("Minister Goyal said the US tariffs on Indian steel are unjustified and unacceptable.", MEA,
     ("IND", "oppose", "trade", "USA")),
]
NOT_ACTS = [
    ("President Zelenskyy thanked Canada for its continued military, financial and humanitarian assistance.", CANADA,
     ("UKR", "support", "humanitarian", "CAN")),
    ("President Zelenskyy thanked the Prime Minister for India's humanitarian assistance.", MEA,
     ("UKR", "support", "humanitarian", "IND")),
    ("Spokesman Kanaani said Israel's denial of humanitarian aid to Gaza is a war crime.", IRAN,
     ("ISR", "support", "humanitarian", None)),
    ("President Trump imposed tariffs on Canada. Prime Minister Trudeau said these tariffs are unjustified.", CANADA,
     ("CAN", "support", "trade", None)),
    ("The President said the sanctions are not unjustified.", WH, ("USA", "oppose", "sanctions", None)),
    ("The President said illegal drugs are flowing across the border.", WH, ("USA", "oppose", "counternarcotics", None)),
]


@_case(ACTS)
def test_wrongful_acts_and_condemning_predicates(text, publisher, key):
    assert key in _keys(text, publisher)


@_case(NOT_ACTS)
def test_aid_given_is_an_act_and_no_denier_holds(text, publisher, key):
    assert key not in _keys(text, publisher)


def test_a_one_token_pair_names_no_toward():
    keys = _keys("They commend progress made by the U.S.-France Defense Trade Strategic Dialogue on market access.", WH)
    assert ("FRA", "support", "trade", "USA") not in keys


@pytest.mark.parametrize("text", [
    "The leaders discussed supply chain nodes vulnerable to climate change.",
    "We stress that international investments in unabated coal must stop now.",
])
def test_supply_chains_and_coal_are_no_energy_stance(text):
    assert not {k for k in _keys(text, WH) if k[2] in ("energy", "climate") and k[1] == "support"}
