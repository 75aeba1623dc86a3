"""Stance constructions widened in the ninth session (issue #12), each on sentences written for readout in
several house styles, with near misses that must not code: harm to the people humanitarian law protects,
breaches told in other shapes, and mutual positions among more than two parties (docs/coder.md, "Stances")."""
import pytest

from conftest import IRAN, JAPAN, KREMLIN, MFA, PAK, TURKEY, UK, WH, stance_keys as _keys


# protected people (civilians, refugees, the civilian population) harmed by a wrongful act or a deed aimed
# "against" them: opposition toward whoever harms them, held by whoever says so
HARMED = [
    ("Foreign Minister Fidan accused Israel of deliberately using starvation as a weapon of war against civilians.",
     TURKEY, ("TUR", "oppose", "humanitarian", "ISR")),
    ("Foreign Minister Araghchi condemned the United States for using cluster munitions against civilians in Yemen.",
     IRAN, ("IRN", "oppose", "humanitarian", "USA")),
    # the charge joined to another one before it
    ("President Erdogan accused Russia of shelling Ukrainian ports for months \"in front of the world\" and of using "
     "hunger as a weapon against civilians.", TURKEY, ("TUR", "oppose", "humanitarian", "RUS")),
    ("Foreign Minister Fidan said the Russian strikes on civilians in Kharkiv must stop.", TURKEY,
     ("TUR", "oppose", "humanitarian", "RUS")),
    ("Prime Minister Sharif said the massacres show that India is prepared to use any means against the civilian "
     "population of Kashmir.", PAK, ("PAK", "oppose", "humanitarian", "IND")),
    ("Putin said that the Kiev regime's shelling of civilians in Donetsk is a crime.", KREMLIN,
     ("RUS", "oppose", "humanitarian", "UKR")),
    ("Lavrov said the Ukrainian forces' shelling of residential areas and refugees in Belgorod was a war crime.",
     KREMLIN, ("RUS", "oppose", "humanitarian", "UKR")),
    # a definite act with no doer told, in a sentence about one war: that war's doer
    ("Chief Cabinet Secretary Hayashi said that the killing of civilians in Bucha, near Kyiv, is a grave violation "
     "of international law.", JAPAN, ("JPN", "oppose", "humanitarian", "RUS")),
]
NOT_HARMED = [
    # no one named as the doer: backing civilian protection, toward no one
    ("Wang Yi said the killing of civilians by any party is unacceptable.", MFA,
     ("CHN", "support", "humanitarian", None), ("CHN", "oppose", "humanitarian", None)),
    # an indefinite act is not the one whose doer was just named
    ("The President condemned the Houthis' reckless attacks on commercial shipping. He also noted the danger of "
     "attacks to civilians.", WH, ("USA", "support", "humanitarian", None), ("USA", "oppose", "humanitarian", "YEM")),
    # protecting people against harm is backing their protection, not a judgement of anyone
    ("The Prime Minister stressed the need to protect civilians against attacks by armed groups.", UK,
     ("GBR", "support", "humanitarian", None), ("GBR", "oppose", "humanitarian", None)),
]


@pytest.mark.parametrize("text,publisher,key", HARMED)
def test_harm_to_protected_people_opposes_whoever_does_it(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    assert (key[0], "support", "humanitarian", None) not in keys     # no backing read from the harm


@pytest.mark.parametrize("text,publisher,kept,absent", NOT_HARMED)
def test_harm_with_no_doer_named_stays_backing_of_protection(text, publisher, kept, absent):
    keys = _keys(text, publisher)
    assert kept in keys
    assert absent not in keys


# breaches in other shapes: a second breach adjective joined to the first, an act told in a passive
# "carried out in violation of", a negated "in accordance with"
BREACHES = [
    ("Spokesperson Zakharova said the American measures are illegal and contrary to international law.", KREMLIN,
     ("RUS", "oppose", "multilateralism", "USA")),
    ("Ankara said the Greek naval deployment was carried out in blatant violation of international law.", TURKEY,
     ("TUR", "oppose", "multilateralism", "GRC")),
    ("The spokesperson said the American sanctions are not in accordance with international law.", MFA,
     ("CHN", "oppose", "multilateralism", "USA")),
    ("The Foreign Office said the Indian measures were not in conformity with the UN Charter.", PAK,
     ("PAK", "oppose", "multilateralism", "IND")),
]
NOT_BREACHES = [
    # no violator named: no stance toward anyone, nor backing of the law
    ("The attack was carried out in violation of international law.", WH, ("USA", "support", "multilateralism", None)),
    # acting in accordance with a standard breaches nothing
    ("India will always act in accordance with international law.", PAK, ("IND", "oppose", "multilateralism", None)),
    # a negated breach of something that is no issue
    ("The talks were not held in accordance with the agenda agreed last month.", UK, None),
]


@pytest.mark.parametrize("text,publisher,key", BREACHES)
def test_a_breach_told_in_another_shape_opposes_the_violator(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    assert (key[3], "support", "multilateralism", None) not in keys  # the violator backs nothing here


@pytest.mark.parametrize("text,publisher,absent", NOT_BREACHES)
def test_no_violator_no_breach_stance(text, publisher, absent):
    keys = _keys(text, publisher)
    assert not any(k[3] is not None for k in keys)
    if absent is not None:
        assert absent not in keys


# "mutual" names the other side only where there is one
MUTUAL = [
    ("Putin, Aliyev and Pashinyan agreed to settle all issues on the basis of mutual recognition of sovereignty.",
     KREMLIN, {("RUS", "support", "sovereignty", None), ("AZE", "support", "sovereignty", None),
               ("ARM", "support", "sovereignty", None)}),
    ("Wang Yi and Lavrov reaffirmed mutual support on issues concerning each other's sovereignty.", MFA,
     {("CHN", "support", "sovereignty", "RUS"), ("RUS", "support", "sovereignty", "CHN")}),
]


@pytest.mark.parametrize("text,publisher,keys", MUTUAL)
def test_mutual_positions_among_several_parties_are_toward_no_one(text, publisher, keys):
    found = {k for k in _keys(text, publisher) if k[2] == "sovereignty"}
    assert found == keys


# a place's separation named as the issue ("Taiwan independence") is its separatists' cause: the holder's
# judgement is toward that place's actor
SEPARATIST = [
    ('Spokesperson Mao Ning said "Taiwan independence" is a dead end.', MFA, ("CHN", "oppose", "taiwan", "TWN")),
    ('Spokesperson Wu Qian said the drills are a stern warning against the separatist acts of the "Taiwan '
     'independence" forces.', MFA,
     ("CHN", "oppose", "taiwan", "TWN")),
    ("Premier Li Qiang said China firmly opposes Taiwan independence.", MFA, ("CHN", "oppose", "taiwan", "TWN")),
]
NOT_SEPARATIST = [
    # a country's own independence is a good it owns, no cause of separatists
    ("Wang Yi said Ukraine's independence and sovereignty must be respected.", MFA, ("CHN", "oppose", "sovereignty", "UKR")),
    # the Strait is a place, no separatist cause
    ("The President underscored the importance of peace and stability across the Taiwan Strait.", WH,
     ("USA", "support", "taiwan", "TWN")),
]


@pytest.mark.parametrize("text,publisher,key", SEPARATIST)
def test_a_separatist_cause_is_judged_toward_its_place(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    assert (key[0], key[1], key[2], None) not in keys


@pytest.mark.parametrize("text,publisher,key", NOT_SEPARATIST)
def test_no_separatist_cause_no_toward_the_place(text, publisher, key):
    assert key not in _keys(text, publisher)


# the agent of a participle on the way up ("operations led by France") names whose effort it is, as a
# possessor does ("France's counter-terrorism operations")
LED_BY = [
    ("The United States will step up its support for the counter-terrorism operations led by France in the Sahel.",
     WH, ("USA", "support", "terrorism", "FRA")),
    ("Russia supports the anti-terrorist operation conducted by the Syrian government.", KREMLIN,
     ("RUS", "support", "terrorism", "SYR")),
]
NOT_LED_BY = [
    ("China supports the counter-terrorism operations in the Sahel.", MFA, ("CHN", "oppose", "terrorism", None)),
    # a harm's cause and an outcome's broker are not whose effort it is
    ("We are working together to address the energy and food security challenges caused by Russia's war of choice.",
     WH, ("USA", "support", "food_security", None)),
    ("The United States welcomes the announcement of a ceasefire between Israel and Gaza-based militants brokered by "
     "the Egyptian Government.", WH, ("USA", "support", "israel_palestine", None)),
]


@pytest.mark.parametrize("text,publisher,key", LED_BY)
def test_an_effort_led_by_an_actor_is_toward_it(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_LED_BY)
def test_an_effort_led_by_no_one_named_is_toward_no_one(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    assert not any(k[2] == key[2] and k[3] is not None for k in keys)
