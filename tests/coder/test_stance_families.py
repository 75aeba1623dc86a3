"""Stance families widened in the tenth session (issue #12, other governments' texts), each on sentences
written for readout in several house styles, with near misses that must not code: breaches of a body of
law, the interference family, harm done to a good, a people's rights backed, and requests that back nothing
(docs/coder.md, "Stances")."""
import pytest

from conftest import IRAN, JAPAN, KREMLIN, MFA, PAK, TURKEY, UK, WH, stance_keys as _keys

IRELAND = "Department of Foreign Affairs, Ireland"
COLOMBIA = "Ministry of Foreign Affairs of Colombia"
INDIA = "Ministry of External Affairs, Government of India"


# support for a people's right or aspiration is support for that people
PEOPLES_RIGHTS = [
    ("Iran reiterated its support for the Palestinian nation's right to resist occupation.", IRAN,
     ("IRN", "support", "israel_palestine", "PSE")),
    ("Pakistan reaffirmed its support for the rights of the Palestinian people.", PAK,
     ("PAK", "support", "israel_palestine", "PSE")),
    # (moved off Syria in the twenty-first session: a syria stance aimed at Syria itself is no one's side,
    # stfp21 and FRESH34; the mechanism is the people's right)
    ("Wang Yi said China supports the right of the Ukrainian people to determine their own future.", MFA,
     ("CHN", "support", "ukraine", "UKR")),
]


@pytest.mark.parametrize("text,publisher,key", PEOPLES_RIGHTS)
def test_a_peoples_right_backed_is_backing_of_that_people(text, publisher, key):
    assert key in _keys(text, publisher)


# a body of law broken by a named violator is international law broken (GUIDE.md: multilateralism covers
# international law); respecting it keeps the law's own key
LAW_BROKEN = [
    ("Foreign Minister Fidan said the Israeli strikes on Rafah are a grave violation of international humanitarian "
     "law.", TURKEY, ("TUR", "oppose", "multilateralism", "ISR")),
    ("The Ministry said Myanmar's security forces fired on villages in Rakhine, in blatant violation of international "
     "humanitarian law.", INDIA, ("IND", "oppose", "multilateralism", "MMR")),
    ("Zakharova said Kiev's strikes on Donetsk are a gross violation of international humanitarian law.", KREMLIN,
     ("RUS", "oppose", "multilateralism", "UKR")),
    ("The Ministry noted that Ecuador's raid on the embassy was a flagrant violation of the Vienna Convention on "
     "Diplomatic Relations.", COLOMBIA, ("COL", "oppose", "multilateralism", "ECU")),
    # a breach told by an adverb of a verb: "runs counter to", "run contrary to"
    ("Israel's settlement expansion runs counter to international law.", IRELAND,
     ("IRL", "oppose", "multilateralism", "ISR")),
    ("Spokesperson Mao Ning said Japan's export controls run contrary to international law.", MFA,
     ("CHN", "oppose", "multilateralism", "JPN")),
]
LAW_KEPT = [
    # respecting the law, or a breach with no violator, is no breach stance toward anyone
    ("The Prime Minister said all parties must respect international humanitarian law.", UK,
     ("GBR", "support", "humanitarian", None), ("GBR", "oppose", "multilateralism", None)),
    ("Iran remains committed to the Vienna Convention on Diplomatic Relations.", IRAN,
     ("IRN", "support", "multilateralism", None), ("IRN", "oppose", "multilateralism", None)),
]


@pytest.mark.parametrize("text,publisher,key", LAW_BROKEN)
def test_a_body_of_law_broken_by_its_violator_is_international_law(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    assert (key[0], "oppose", "humanitarian", key[3]) not in keys


@pytest.mark.parametrize("text,publisher,kept,absent", LAW_KEPT)
def test_a_body_of_law_respected_keeps_its_key(text, publisher, kept, absent):
    keys = _keys(text, publisher)
    assert kept in keys
    assert absent not in keys


# the interference family: an adverb inside the verb phrase, "non-intervention", a legal process
# interfered in, accepting none of it
INTERFERENCE = [
    ("For years, Canberra has been meddling grossly in China's internal affairs.", MFA,
     ("CHN", "oppose", "interference")),
    ("The Government of India rejects the remarks, which interfere blatantly in India's internal affairs.", INDIA,
     ("IND", "oppose", "interference")),
    ("Colombia reaffirms its adherence to the principle of non-intervention in the internal affairs of States.",
     COLOMBIA, ("COL", "oppose", "interference")),
    ("Türkiye upholds the principle of non-interference.", TURKEY, ("TUR", "oppose", "interference")),
    ("Pakistan will not allow any country to interfere in its judicial processes.", PAK,
     ("PAK", "oppose", "interference")),
    ("The Taiwan question is China's internal affair, which brooks no interference from outside.", MFA,
     ("CHN", "oppose", "interference")),
    ("Iran tolerates no interference in its internal affairs.", IRAN, ("IRN", "oppose", "interference")),
    ("Moscow will not brook any foreign interference in Russia's domestic affairs.", KREMLIN,
     ("RUS", "oppose", "interference")),
]
NOT_INTERFERENCE = [
    # intervening with no affairs named is no interference ("intervene to stop the fighting")
    ("The Prime Minister urged the Security Council to intervene to stop the fighting in Sudan.", UK),
    # "counter" and "call" that are no stance words here
    ("Counter to expectations, trade between the two countries grew last year.", MFA),
]


@pytest.mark.parametrize("text,publisher,key", INTERFERENCE)
def test_the_interference_family_is_opposed(text, publisher, key):
    keys = _keys(text, publisher)
    assert any(k[:3] == key for k in keys)
    assert not any(k[:3] == (key[0], "support", "interference") for k in keys)


@pytest.mark.parametrize("text,publisher", NOT_INTERFERENCE)
def test_no_interference_or_breach_where_none_is_named(text, publisher):
    keys = _keys(text, publisher)
    assert not any(k[2] in ("interference", "multilateralism") for k in keys)


# near misses of requests: no backing of what a call is about or what is demanded of someone
NOT_ASKED_FOR = [
    # a call held on a topic is a conversation, not a request for it
    ("The two leaders held a call on climate change.", UK, ("GBR", "support", "climate", None)),
    # a nearer word of its own decides: calling for an end to interference opposes it
    ("Pakistan called for an end to foreign interference in Afghanistan.", PAK, ("PAK", "support", "interference", None)),
    # demanding of someone, or insisting on an act, is no backing of what the act is about
    ("The G7 leaders demand North Korea abandon its nuclear weapons.", UK, ("G7", "support", "korean_peninsula", "PRK")),
    ("Beijing insisted on wielding its power to suppress independent media in Hong Kong.", WH,
     ("CHN", "support", "press_freedom", None)),
    # calling on someone names the one asked, not a thing asked for
    ("The Prime Ministers called on North Korea to abandon its nuclear weapons programmes, as required by UN Security "
     "Council resolutions.", JAPAN, ("JPN", "support", "korean_peninsula", None)),
    ("The Prime Ministers called on North Korea to abandon its nuclear weapons programmes, as required by UN Security "
     "Council resolutions.", JAPAN, ("JPN", "support", "nonproliferation", None)),
]


@pytest.mark.parametrize("text,publisher,absent", NOT_ASKED_FOR)
def test_a_call_on_a_topic_or_against_a_thing_is_no_backing(text, publisher, absent):
    assert absent not in _keys(text, publisher)


# harm done to a good by a named doer (harm, damage, encroach, trample, undermine): opposition toward the doer
HARMED_GOODS = [
    ("Azerbaijan's aggression is a blatant encroachment on the sovereignty and territorial integrity of Armenia.",
     IRAN, ("IRN", "oppose", "sovereignty", "AZE")),
    ("The Ministry said that the visit by the US Speaker seriously harms China's sovereignty and territorial "
     "integrity.", MFA, ("CHN", "oppose", "sovereignty", "USA")),
    ("Lavrov said Washington's sanctions damage the sovereignty of Venezuela.", KREMLIN,
     ("RUS", "oppose", "sovereignty", "USA")),
]


NO_HARM_JUDGED = [
    # the noun of harm tells a loss, not a judgement of anyone
    ("Russia's overnight strike caused damage and casualties in Kyiv.", UK),
    ("Officials assessed the damage to Ukraine's energy grid.", UK),
]


@pytest.mark.parametrize("text,publisher", NO_HARM_JUDGED)
def test_a_noun_of_harm_is_no_stance(text, publisher):
    assert not any(k[1] == "oppose" and k[2] in ("ukraine", "energy") for k in _keys(text, publisher))


@pytest.mark.parametrize("text,publisher,key", HARMED_GOODS)
def test_harm_to_a_good_opposes_its_doer(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    assert (key[0], "support", "sovereignty", None) not in keys
