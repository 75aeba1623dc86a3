"""A backed actor's own doing told in a clause on the word that backs it (docs/coder.md, "Stances"):
"will keep supporting Moldova as it defends its sovereignty" is the backer's stance toward Moldova, as
"supports Iran in safeguarding national sovereignty" is (GUIDE.md); sentences written for readout in
several house styles, with near misses whose clause has a voice of its own."""
import pytest

from conftest import CANADA, KREMLIN, MEA, MFA, UK, WH, stance_keys as _keys

BACKED_WHILE = [
    ("President Biden reaffirmed that the United States will keep supporting Moldova as it defends its sovereignty.",
     WH, ("USA", "support", "sovereignty", "MDA")),
    ("President Biden reaffirmed that the United States will keep supporting the people of Moldova as they defend "
     "their sovereignty.", WH, ("USA", "support", "sovereignty", "MDA")),
    ("President Biden said America would keep supporting the people of Moldova in defending their sovereignty.",
     WH, ("USA", "support", "sovereignty", "MDA")),
    ("Wang Yi said China will continue to firmly support Venezuela as it safeguards its sovereignty and independence.",
     MFA, ("CHN", "support", "sovereignty", "VEN")),
    ("The Prime Minister said the UK would stand with the people of Georgia as they defend their sovereignty.",
     UK, ("GBR", "support", "sovereignty", "GEO")),
    ("Prime Minister Modi said India stands with the people of Sri Lanka as they work to restore their democracy.",
     MEA, ("IND", "support", "democracy", "LKA")),
    ("Wang Yi said China supports Pakistan as it fights terrorism.", MFA, ("CHN", "support", "terrorism", "PAK")),
    # "its" owning the first of coordinated issue nouns ("its sovereignty and territorial integrity")
    ("The Prime Minister reaffirmed the UK's strong support for Georgia as it defends its sovereignty and territorial "
     "integrity.", UK, ("GBR", "support", "sovereignty", "GEO")),
    ("The Prime Minister said the UK will keep supporting the people of Moldova as they protect their independence "
     "and sovereignty.", UK, ("GBR", "support", "sovereignty", "MDA")),
    # "shoulder to shoulder with": the parser makes the second "shoulder" the head of "with"
    ("The Prime Minister said that Canada stands shoulder to shoulder with Moldova in defence of its sovereignty and "
     "independence.", CANADA, ("CAN", "support", "sovereignty", "MDA")),
    ("The United States will stand with the Government of Iraq as it combats terrorism, Secretary Blinken said.",
     WH, ("USA", "support", "terrorism", "IRQ")),
]


@pytest.mark.parametrize("text,publisher,key", BACKED_WHILE)
def test_the_backed_actors_own_doing_is_the_backers_stance_toward_it(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    # the backed actor is no holder of its own, nor is the stance toward no one
    assert not any(k[0] == key[3] and k[2] == key[2] for k in keys)
    assert (key[0], key[1], key[2], None) not in keys


NOT_BACKED = [
    # the clause's subject is the speaker's own side, or no backing word governs it
    ("We will support Ukraine as we defend democracy at home.", WH, ("USA", "support", "democracy", "UKR")),
    ("President Sandu said Moldova will defend its sovereignty as it has for thirty years.", WH,
     ("USA", "support", "sovereignty", "MDA")),
    ("Vladimir Putin said Russia will respond as it sees fit to defend its sovereignty.", KREMLIN,
     ("RUS", "support", "sovereignty", "UKR")),
    # opposing an actor while it does a wrong stays opposition toward it
    ("Wang Yi said China opposes the United States as it interferes in the internal affairs of other countries.",
     MFA, ("CHN", "support", "interference", "USA")),
    # aid given to "the people of X" is an act (AID), no stance on what is given toward X
    ("The United States has also recently provided the people of Afghanistan with 1 million additional COVID-19 "
     "vaccine doses.", WH, ("USA", "support", "covid19", "AFG")),
    # a backing owned by another actor named is a judged position, its clause told in the speaker's words
    ("President Biden met Prime Minister Kishida. The President praised the Prime Minister's firm support to "
     "Ukraine as it defends itself from Russia's brutal aggression.", WH, ("JPN", "oppose", "ukraine", "RUS")),
    # thanking a list of nations that names the issue's own country is no stance toward the others
    ("The President thanked the nations of Jordan, Egypt and Syria for their help.", WH,
     ("USA", "support", "syria", "JOR")),
]


# the backing noun the parse hangs the clause beside ("reaffirmed their support for X as it ..."): the
# noun's holders (each party for "their"), not the speaker alone nor the backed actor
BACKED_BY_NOUN = [
    ("President Biden met Prime Minister Kishida of Japan. The leaders reaffirmed their support for Moldova as it "
     "defends its sovereignty.", WH, [("USA", "support", "sovereignty", "MDA"), ("JPN", "support", "sovereignty", "MDA")]),
    ("The Prime Minister met Chancellor Scholz. They reiterated their firm backing for Georgia while it protects its "
     "independence and sovereignty.", UK, [("GBR", "support", "sovereignty", "GEO"), ("DEU", "support", "sovereignty", "GEO")]),
    # a war label inside the backed actor's clause is held by the backers, each of them
    ("President Biden welcomed Prime Minister Rutte of the Netherlands. The two leaders restated their strong support "
     "for Ukraine as it resists Russia's brutal war of aggression.", WH,
     [("USA", "oppose", "ukraine", "RUS"), ("NLD", "oppose", "ukraine", "RUS")]),
    # the backed actor named again as the clause's subject
    ("Prime Minister Trudeau met President Macron. Both leaders affirmed their resolve to keep supporting Ukraine as "
     "Ukraine defends itself from Russia's unlawful aggression.", CANADA,
     [("CAN", "oppose", "ukraine", "RUS"), ("FRA", "oppose", "ukraine", "RUS")]),
]


@pytest.mark.parametrize("text,publisher,wanted", BACKED_BY_NOUN)
def test_the_backing_noun_beside_the_clause_holds_its_stances(text, publisher, wanted):
    keys = _keys(text, publisher)
    for key in wanted:
        assert key in keys
    assert not any(k[0] == "UKR" for k in keys)


@pytest.mark.parametrize("text,publisher,absent", NOT_BACKED)
def test_a_clause_with_its_own_voice_is_no_backing(text, publisher, absent):
    assert absent not in _keys(text, publisher)


# what an owned plan or attempt sets out to do is its owner's conduct, judged by the word above it, not
# the speaker's backing of its aim
OWNED_AIMS = [
    ("The sides voiced serious concern over the plans of the United States to build a global missile defence "
     "system.", KREMLIN, ("RUS", "oppose", "arms_control", "USA"), ("RUS", "support", "arms_control", None)),
    ("China firmly opposes the attempts of the Philippines to build structures on Ren'ai Jiao in the South China "
     "Sea.", MFA, ("CHN", "oppose", "south_china_sea", "PHL"), ("CHN", "support", "south_china_sea", None)),
    ("India expressed concern over the plans of Pakistan to expand the China-Pakistan Economic Corridor into "
     "Kashmir.", MEA, ("IND", "oppose", "belt_and_road", "PAK"), ("IND", "support", "belt_and_road", None)),
    ("The Foreign Secretary raised concerns about China's attempts to expand its military presence in the South "
     "China Sea.", UK, ("GBR", "oppose", "south_china_sea", "CHN"), ("GBR", "support", "south_china_sea", None)),
]


@pytest.mark.parametrize("text,publisher,key,absent", OWNED_AIMS)
def test_an_owned_plans_aim_is_judged_toward_its_owner(text, publisher, key, absent):
    keys = _keys(text, publisher)
    assert key in keys
    assert absent not in keys


OWN_OR_BACKED_AIMS = [
    # backed from above, or the holders' own effort: the aim keeps its support
    ("China supports Pakistan's efforts to build peace in Afghanistan.", MFA, ("CHN", "support", "afghanistan", "PAK")),
    ("President Biden and Prime Minister Albanese reviewed their efforts to strengthen the rules-based international "
     "order.", WH, ("USA", "support", "multilateralism", None)),
    # an owner's aim told, judged by no one: still the aim's own stance
    ("President Biden spoke with King Abdullah II of Jordan. They discussed the situation in the West Bank and the "
     "President's efforts to enhance the viability of the Palestinian Authority.", WH,
     ("USA", "support", "israel_palestine", None)),
]


@pytest.mark.parametrize("text,publisher,key", OWN_OR_BACKED_AIMS)
def test_an_aim_backed_or_held_keeps_its_support(text, publisher, key):
    assert key in _keys(text, publisher)


# "discussed the importance of X" names a discussion topic, no position (GUIDE.md: "discussed X" gives CONSULT
# only); a stated intent discussed, or importance agreed or stressed, is a stance
DISCUSSED_IMPORTANCE = [
    ("President Biden spoke with Prime Minister Kishida of Japan. The two leaders discussed the importance of "
     "cooperation on climate change.", WH, "climate"),
    ("The Prime Minister met President Lula. They discussed the importance of tackling climate change and of free "
     "trade.", UK, "climate"),
    ("Vladimir Putin had a telephone conversation with Narendra Modi. The leaders discussed the importance of "
     "ensuring global food security.", KREMLIN, "food_security"),
]
IMPORTANCE_HELD = [
    ("President Biden spoke with Prime Minister Kishida of Japan. The two leaders agreed on the importance of "
     "cooperation on climate change.", WH, ("JPN", "support", "climate", None)),
    ("Xi Jinping met President Macron. The two heads of state stressed the importance of cooperation on climate "
     "change.", MFA, ("FRA", "support", "climate", None)),
    ("Vladimir Putin had a telephone conversation with Joe Biden. They discussed both countries' willingness to "
     "extend New START for five years.", KREMLIN, ("USA", "support", "arms_control", None)),
]


@pytest.mark.parametrize("text,publisher,issue", DISCUSSED_IMPORTANCE)
def test_the_importance_discussed_is_a_topic(text, publisher, issue):
    assert not any(k[2] == issue for k in _keys(text, publisher))


@pytest.mark.parametrize("text,publisher,key", IMPORTANCE_HELD)
def test_importance_agreed_or_intent_discussed_is_a_stance(text, publisher, key):
    assert key in _keys(text, publisher)


# one more aim in a discussed list of non-finite aims is discussed too, and so is a problem the parties share
# (GUIDE.md: "discussed X" gives CONSULT only); a finite predicate beside the discussion, or a shared concern, is
# a stance
DISCUSSED_AIMS = [
    ("President Biden spoke with King Salman. The two leaders discussed efforts to bring stability to the region, "
     "to bolster maritime security, and to combat terrorism.", WH, "terrorism"),
    ("The Prime Minister met President Lula. They discussed the coming summit, including plans to expand trade "
     "and to cooperate on tackling climate change.", UK, "climate"),
    ("Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. The leaders will discuss ways to "
     "promote investment, expand trade and combat terrorism.", KREMLIN, "terrorism"),
    ("Wang Yi met Foreign Minister Penny Wong. The two sides exchanged views on the shared challenges of "
     "countering terrorism and cyber attacks.", MFA, "terrorism"),
]
DISCUSSED_BESIDE_A_STANCE = [
    ("President Biden spoke with King Salman. They discussed the situation in Yemen and stressed the need to "
     "combat terrorism.", WH, ("SAU", "oppose", "terrorism", None)),
    ("The Prime Minister met President Lula. The two leaders agreed to discuss investment and to cooperate on "
     "tackling climate change.", UK, ("BRA", "support", "climate", None)),
    ("President Biden spoke with Prime Minister Kishida. The leaders discussed their shared concerns about "
     "the climate crisis.", WH, ("JPN", "support", "climate", None)),
    ("Vladimir Putin met Kassym-Jomart Tokayev. The two presidents agreed to refrain from the use of force, and to "
     "discuss and settle all disputes on the basis of respect for sovereignty.", KREMLIN,
     ("KAZ", "support", "sovereignty", None)),
    ("President Biden met President Ramaphosa. The Leaders discussed the shared commitment of the U.S. and South "
     "Africa to advance global health security and end the COVID-19 pandemic everywhere.", WH,
     ("ZAF", "support", "covid19", None)),
]


@pytest.mark.parametrize("text,publisher,issue", DISCUSSED_AIMS)
def test_an_aim_listed_under_a_discussion_is_a_topic(text, publisher, issue):
    assert not any(k[2] == issue for k in _keys(text, publisher))


@pytest.mark.parametrize("text,publisher,key", DISCUSSED_BESIDE_A_STANCE)
def test_a_predicate_beside_the_discussion_keeps_its_stance(text, publisher, key):
    assert key in _keys(text, publisher)


# "its" on the way up from the issue, inside a phrase of grounds or setting, is the actor named last before it
POSSESSIVE_PRONOUN_ON_THE_WAY = [
    ("The President thanked the King for Jordan's leadership in promoting peace and for its long-standing "
     "partnership in the fight against ISIS.", WH, ("USA", "support", "terrorism", "JOR")),
    ("Vladimir Putin thanked the President of Iraq for the country's hospitality and for its steadfast role in the "
     "fight against terrorism.", KREMLIN, ("RUS", "support", "terrorism", "IRQ")),
]
NOT_ANOTHERS = [
    # the holder's own, or the parties' own: no other actor named before it is the toward
    ("After talks with Iraq, the United States will continue its fight against ISIS.", WH,
     ("USA", "oppose", "terrorism", "IRQ")),
    ("The leaders of the United States, Japan and the Philippines restated their commitment to the complete "
     "denuclearization of the Korean Peninsula.", WH, ("USA", "support", "korean_peninsula", "PHL")),
]


@pytest.mark.parametrize("text,publisher,key", POSSESSIVE_PRONOUN_ON_THE_WAY)
def test_its_on_the_way_up_is_the_actor_named_before(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,absent", NOT_ANOTHERS)
def test_the_holders_own_pronoun_names_no_other(text, publisher, absent):
    assert absent not in _keys(text, publisher)
