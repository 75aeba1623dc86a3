"""Stance classes widened for issue #12 (fourth session), each on sentences written for readout in
several house styles, with near misses that must not code."""
import pytest

from conftest import CANADA, IRAN, KREMLIN, MEA, MFA, PAK, TURKEY, UK, WH, stance_keys as _keys


# a copula that claims its issue subject as one's own cause: "is an inalienable part of",
# "is a red line", "is at the core of", "remains the foundation of"
CLAIMS = [
    ("Spokesperson Lin Jian said Taiwan is an inalienable part of China's territory.", MFA,
     ("CHN", "support", "taiwan", None)),
    ("Ambassador Xie Feng stressed that the Taiwan issue is the core of the core interests of China.", MFA,
     ("CHN", "support", "taiwan", None)),
    ("The Chinese side said the one-China principle remains the political foundation of China-Japan relations.",
     MFA, ("CHN", "support", "taiwan", None)),
    ("Premier Li Qiang told the Australian prime minister that the Taiwan issue is the first red line in "
     "bilateral ties.", MFA,
     ("CHN", "support", "taiwan", None)),
    ("Lavrov said that the security of Crimea is a red line for Moscow.", KREMLIN,
     ("RUS", "support", "ukraine", None)),
    ("The Prime Minister said that climate change remains the cornerstone of the partnership.", UK,
     ("GBR", "support", "climate", None)),
]
NOT_CLAIMS = [
    # a copula whose predicate claims nothing
    ("Wang Yi said the Taiwan question is a matter of history.", MFA, ("CHN", "support", "taiwan", None)),
    ("President Biden said Ukraine is a strong partner.", WH, ("USA", "support", "ukraine", None)),
    # negated
    ("The spokesperson said Taiwan is not an inalienable part of China's territory.", MFA,
     ("CHN", "support", "taiwan", None)),
    # a line that is no limit one draws
    ("The ministers visited the front line in Donetsk.", KREMLIN, ("RUS", "support", "ukraine", None)),
]


@pytest.mark.parametrize("text,publisher,key", CLAIMS)
def test_a_copula_claiming_its_issue_subject_backs_it(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_CLAIMS)
def test_a_copula_that_claims_nothing_is_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


# in a story about one conflict, "peace talks", "peaceful negotiations", "a lasting ceasefire",
# "a long-term settlement" with no place of their own back its settlement
UKR_KREMLIN = ("Vladimir Putin had a telephone conversation with President Erdogan. They discussed the "
               "situation around Ukraine. Putin informed Erdogan of the attacks on Ukraine's cities. ")
UKR_MFA = "Wang Yi met Foreign Minister Vieira. They discussed the Ukraine crisis. China's position on Ukraine is clear. "
GAZA_TR = ("President Erdogan spoke with Prime Minister Sharif. They discussed the attacks on Gaza. Erdogan said the "
           "Gaza crisis is deepening. ")
UKR_MEA = ("Prime Minister Modi spoke with President Zelenskyy. They discussed the conflict in Ukraine. Modi "
           "reiterated India's position on Ukraine. ")
PEACE = [
    (UKR_KREMLIN + "Putin noted that a durable settlement can only be achieved through political dialogue.", KREMLIN,
     ("RUS", "support", "ukraine", None)),
    (UKR_MFA + "China welcomes Indonesia's efforts to facilitate peace negotiations.", MFA,
     ("CHN", "support", "ukraine", "IDN")),
    (GAZA_TR + "Erdogan said a lasting ceasefire must be established.", TURKEY,
     ("TUR", "support", "israel_palestine", None)),
    (UKR_MEA + "He urged both sides to return to the path of peaceful negotiations.", MEA,
     ("IND", "support", "ukraine", None)),
    # "peace" itself, qualified as a settlement is ("a just and durable peace", "a sustainable peace")
    (UKR_MEA + "Modi called for a just and durable peace.", MEA, ("IND", "support", "ukraine", None)),
    (UKR_KREMLIN + "Erdogan reaffirmed Turkey's commitment to the search for a sustainable peace.", KREMLIN,
     ("TUR", "support", "ukraine", None)),
    (GAZA_TR + "Erdogan said that a comprehensive and lasting peace requires the involvement of both sides.", TURKEY,
     ("TUR", "support", "israel_palestine", None)),
]
NOT_PEACE = [
    # talks of another kind, or talks in general
    (UKR_KREMLIN + "Putin said the trade talks with Ankara were progressing.", KREMLIN,
     ("RUS", "support", "ukraine", None)),
    (UKR_MEA + "Modi said that talks on the free trade agreement would resume.", MEA, ("IND", "support", "ukraine", None)),
    # no one conflict: "peace talks" name no issue
    ("Prime Minister Modi spoke with President Macron. Modi welcomed peace talks.", MEA,
     ("IND", "support", "ukraine", None)),
    # plain "peace" is a general good ("peace and prosperity"), no settlement of the story's conflict
    (UKR_MEA + "Modi said India is committed to peace and prosperity for all.", MEA, ("IND", "support", "ukraine", None)),
    (UKR_KREMLIN + "Putin said Russia wants peace and good relations with Ankara.", KREMLIN,
     ("RUS", "support", "ukraine", None)),
]


@pytest.mark.parametrize("text,publisher,key", PEACE)
def test_peace_talks_in_a_story_about_one_conflict_back_its_settlement(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_PEACE)
def test_other_talks_back_no_settlement(text, publisher, key):
    assert key not in _keys(text, publisher)


# an issue phrase that names the wrongful act itself ("interfered in China's internal affairs",
# "human rights violations") is opposed toward its doer or the one asked to stop, with no other word
SELF_NAMED = [
    ("The spokesperson said the Philippines grossly interfered in China's internal affairs.", MFA,
     ("CHN", "oppose", "interference", "PHL")),
    ("Qin Gang told the Australian side to stop interfering in China's internal affairs.", MFA,
     ("CHN", "oppose", "interference", "AUS")),
    ("China urges Japan to stop meddling in China's internal affairs.", MFA, ("CHN", "oppose", "interference", "JPN")),
    ("Lavrov called on Washington to stop meddling in the internal affairs of Georgia.", KREMLIN,
     ("RUS", "oppose", "interference", "USA")),
    ("India asked Canada not to interfere in India's internal affairs.", MEA, ("IND", "oppose", "interference", "CAN")),
    ("The resolution of the European Parliament constitutes a gross interference in China's internal affairs.", MFA,
     ("CHN", "oppose", "interference", "EU")),
    ("The remarks by the Japanese leader grossly interfere in China's internal affairs.", MFA,
     ("CHN", "oppose", "interference", "JPN")),
    ("Canada is deeply concerned by the gross and systematic human rights violations in Iran.", CANADA,
     ("CAN", "oppose", "human_rights", "IRN")),
]
NOT_SELF_NAMED = [
    # a thing whose topic the act is
    ("The Secretary met with victims of human rights abuses.", WH, ("USA", "support", "human_rights", None)),
    ("The two sides discussed allegations of foreign interference.", MFA, ("CHN", "oppose", "interference", None)),
    # one's own restraint aims at no one
    ("The spokesperson said China has never interfered in the internal affairs of other countries.", MFA,
     ("CHN", "oppose", "interference", "CHN")),
]


@pytest.mark.parametrize("text,publisher,key", SELF_NAMED)
def test_an_issue_naming_the_wrongful_act_is_opposed_toward_its_doer(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_SELF_NAMED)
def test_an_act_named_as_a_topic_is_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


# verbs and nouns of harming, ending and restarting, by family (the
# harming verbs judge their subject as "violate" does: the one who says so holds the stance)
RUSMFA = "Ministry of Foreign Affairs of the Russian Federation"
HARM_AND_RESTART = [
    ("Lavrov said Washington has for years been eroding the architecture of arms control.", RUSMFA,
     ("RUS", "oppose", "arms_control", "USA")),
    ("The Prime Minister said Iran's actions jeopardise the future of the nuclear deal.", UK,
     ("GBR", "oppose", "iran_nuclear_deal", "IRN")),
    ("The two leaders agreed to accelerate the delivery of vaccines.", WH, ("USA", "support", "covid19", None)),
    ("The three foreign ministers stressed the need to end all illegal unilateral sanctions.", MFA,
     ("CHN", "oppose", "sanctions", None)),
    ("The leaders agreed to relaunch negotiations on a free trade agreement.", UK, ("GBR", "support", "trade", None)),
    ("The leaders welcomed the resumption of the JCPOA talks.", WH, ("USA", "support", "iran_nuclear_deal", None)),
]
NOT_HARM_AND_RESTART = [
    ("The President removed the items from the agenda on climate change.", WH, ("USA", "support", "climate", None)),
    ("The ministers discussed the resumption of trade talks.", WH, ("USA", "support", "trade", None)),
    # the one who harms holds no stance of his own harm
    ("Lavrov said Washington has for years been eroding the architecture of arms control.", RUSMFA,
     ("USA", "oppose", "arms_control", None)),
    ("The new sanctions target networks that facilitate the evasion of sanctions.", WH,
     ("USA", "support", "sanctions", None)),
]


@pytest.mark.parametrize("text,publisher,key", HARM_AND_RESTART)
def test_harming_ending_and_restarting_words_take_sides(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_HARM_AND_RESTART)
def test_no_side_taken_without_the_word_governing_the_issue(text, publisher, key):
    assert key not in _keys(text, publisher)


# a counter word that stops an act ("stop playing with fire on the Taiwan question") opposes the
# act of the one asked to stop it, not the issue itself
STOPPED = [
    ("Wang Yi urged the US to stop playing with fire on the Taiwan question.", MFA, ("CHN", "oppose", "taiwan", "USA")),
    ("The spokesperson urged Japan to stop hyping up the South China Sea issue.", MFA,
     ("CHN", "oppose", "south_china_sea", "JPN")),
    ("India asked Pakistan to stop sponsoring cross-border terrorism.", MEA, ("IND", "oppose", "terrorism", "PAK")),
]
NOT_STOPPED = [
    ("Wang Yi urged the US to stop playing with fire on the Taiwan question.", MFA, ("CHN", "oppose", "taiwan", None)),
    # the war itself ended is the conflict's settlement, not the asked party's act
    ("President Biden urged Israel to end the war in Gaza.", WH, ("USA", "oppose", "israel_palestine", "ISR")),
]


@pytest.mark.parametrize("text,publisher,key", STOPPED)
def test_stopping_an_act_opposes_the_act_of_the_one_asked(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_STOPPED)
def test_stopping_is_no_stance_against_the_issue_or_the_war_ender(text, publisher, key):
    assert key not in _keys(text, publisher)


# interference "of" unnamed countries "in the internal affairs of" named ones: the named countries
# are the victims, never the toward; an issue invoked "under the pretext of", "in the name of",
# "using X as an excuse" (each item of a coordination) is no stance on it at all
PRETEXTS = [
    ("Wang Yi said the two countries firmly oppose the interference of some countries in the internal affairs of "
     "China and Pakistan under the pretext of human rights.", MFA, ("CHN", "oppose", "interference", None)),
    ("Vladimir Putin and Xi Jinping opposed the meddling of certain Western states in the internal affairs of "
     "Russia and China under the pretext of democracy and human rights.", KREMLIN,
     ("RUS", "oppose", "interference", None)),
    ("Iran rejects the interference of some European countries in Iran's internal affairs using human rights as "
     "an excuse.", IRAN, ("IRN", "oppose", "interference", None)),
    # near misses: a named interferer is the toward; a right backed outright keeps its stance
    ("China opposes the interference of the United States in the internal affairs of Venezuela.", MFA,
     ("CHN", "oppose", "interference", "USA")),
    ("Iran condemned the interference of the United States in Iran's internal affairs under the pretext of "
     "human rights.", IRAN, ("IRN", "oppose", "interference", "USA")),
    ("The Chinese side supports human rights and democracy.", MFA, ("CHN", "support", "human_rights", None)),
    ("Russia supports human rights.", KREMLIN, ("RUS", "support", "human_rights", None)),
]
NOT_PRETEXTS = [
    ("Wang Yi said the two countries firmly oppose the interference of some countries in the internal affairs of "
     "China and Pakistan under the pretext of human rights.", MFA, ("CHN", "oppose", "interference", "PAK")),
    ("Vladimir Putin and Xi Jinping opposed the meddling of certain Western states in the internal affairs of "
     "Russia and China under the pretext of democracy and human rights.", KREMLIN,
     ("RUS", "support", "human_rights", None)),
    ("Vladimir Putin and Xi Jinping opposed the meddling of certain Western states in the internal affairs of "
     "Russia and China under the pretext of democracy and human rights.", KREMLIN,
     ("RUS", "oppose", "interference", "CHN")),
    ("Foreign Minister Araghchi condemned the interference of certain countries in Iran's internal affairs in the "
     "name of freedom and human rights.", IRAN, ("IRN", "support", "human_rights", None)),
    ("Iran rejects the interference of some European countries in Iran's internal affairs using human rights as "
     "an excuse.", IRAN, ("IRN", "support", "human_rights", None)),
    ("Iran rejects the interference of some European countries in Iran's internal affairs using human rights as "
     "an excuse.", IRAN, ("IRN", "oppose", "human_rights", None)),
]


@pytest.mark.parametrize("text,publisher,key", PRETEXTS)
def test_interference_by_unnamed_countries_has_no_victim_toward(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_PRETEXTS)
def test_pretext_issue_is_no_stance_and_the_victim_no_toward(text, publisher, key):
    assert key not in _keys(text, publisher)


# solidarity told as standing (issue #12, fifth session): "stand with / by / behind / up for X",
# "stands on the side of X" back X; the partner one stands with in or against something is that
# stance's toward, and what a thing one stands by is about is no issue backed
SOLIDARITY = [
    ("The Foreign Secretary said Britain will always stand up for press freedom and democracy.", UK,
     ("GBR", "support", "press_freedom", None)),
    ("The Foreign Secretary said Britain will always stand up for press freedom and democracy.", UK,
     ("GBR", "support", "democracy", None)),
    ("President Erdogan said Türkiye will continue to stand by the brotherly Palestinian people.", TURKEY,
     ("TUR", "support", "israel_palestine", "PSE")),
    ("The Vice President said the United States stands with Ukraine for as long as it takes.", WH,
     ("USA", "support", "ukraine", "UKR")),
    ("Wang Yi said China always stands on the side of international law and fairness.", MFA,
     ("CHN", "support", "multilateralism", None)),
    # (afghanistan is a sideless conflict since the twenty-first session: standing behind its people is a SUPPORT
    # event and no stance on it, as the tune gold codes "supporting the people of Afghanistan"; test_stance_precision)
    ("External Affairs Minister Jaishankar said India stands firmly behind the people of Ukraine.", MEA,
     ("IND", "support", "ukraine", "UKR")),
    ("President Putin said Russia would stand with Syria against terrorism.", KREMLIN,
     ("RUS", "support", "terrorism", "SYR")),
    # a counter word above ("remain resolved to") does not turn the standing into opposition
    ("The Prime Minister said Britain remains resolved to stand with the Ukrainian people, who bravely resist "
     "the invasion.", UK, ("GBR", "support", "ukraine", "UKR")),
]
NOT_SOLIDARITY = [
    ("President Putin said Russia would stand with Syria against terrorism.", KREMLIN,
     ("RUS", "support", "syria", "SYR")),
    ("The Minister said India will stand by Afghanistan in its fight against terrorism.", MEA,
     ("IND", "support", "afghanistan", "AFG")),
    ("The Prime Minister said the government stood by its decision on the Iran nuclear deal.", UK,
     ("GBR", "support", "iran_nuclear_deal", None)),
    ("The spokesperson said the vessels sailed on the other side of the Taiwan Strait.", MFA,
     ("CHN", "support", "taiwan", None)),
    ("The Foreign Secretary said Britain will never stand with the sanctions on Cuba.", UK,
     ("GBR", "support", "sanctions", None)),
]


@pytest.mark.parametrize("text,publisher,key", SOLIDARITY)
def test_standing_with_by_or_up_for_an_issue_backs_it(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_SOLIDARITY)
def test_standing_with_a_partner_against_something_or_by_a_decision_backs_no_issue(text, publisher, key):
    assert key not in _keys(text, publisher)


# a breach with no doer found backs neither the law nor the victim (the gold codes every breach as
# opposition toward the violator); with the violator named it stays that opposition
BREACHES = [
    ("The spokesperson said the drone flights by the United States violate China's sovereignty.", MFA,
     ("CHN", "oppose", "sovereignty", "USA")),
    ("The Ministry strongly condemned the violation of Indian territorial waters by Pakistani vessels.", MEA,
     ("IND", "oppose", "sovereignty", "PAK")),
    ("The Prime Minister said Russia had breached international law in Odesa.", UK,
     ("GBR", "oppose", "multilateralism", "RUS")),
]
NOT_BREACHES = [
    ("The leaders condemned all violations of international law.", WH, ("USA", "support", "multilateralism", None)),
    ("The spokesman said such attacks are a flagrant violation of Iraq's sovereignty.", IRAN,
     ("IRN", "support", "sovereignty", "IRQ")),
    ("The Foreign Secretary said any breach of international humanitarian law is unacceptable.", UK,
     ("GBR", "support", "humanitarian", None)),
]


@pytest.mark.parametrize("text,publisher,key", BREACHES)
def test_a_breach_opposes_its_violator(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_BREACHES)
def test_a_breach_without_a_violator_backs_neither_the_law_nor_the_victim(text, publisher, key):
    assert key not in _keys(text, publisher)


# a norm kept to ("in accordance with", "in line with", "consistent with", "on the basis of", "based on") is
# backed by whoever keeps to it, toward no one; not negated, not a law's name, not other senses of the words
KEPT_TO = [
    ("Foreign Minister Lavrov said the dispute must be settled in line with international law.", KREMLIN,
     ("RUS", "support", "multilateralism", None)),
    ("Spokesperson Mao Ning said China stands for a new order based on the UN Charter.", MFA,
     ("CHN", "support", "multilateralism", None)),
    ("The Prime Minister said the United Kingdom will always act consistent with international law.", UK,
     ("GBR", "support", "multilateralism", None)),
    ("President Erdogan said that Türkiye will keep working for peace in keeping with the territorial integrity "
     "of states.", TURKEY, ("TUR", "support", "sovereignty", None)),
    ("Canada and Mexico will handle the matter on the basis of respect for human rights.", CANADA,
     ("CAN", "support", "human_rights", None)),
    # no one keeps to it in its own clause ("all countries" is no actor): the word above takes the issue
    ("The Prime Minister stressed the importance of all countries seeking a peaceful resolution of border disputes "
     "in accordance with international law.", UK, ("GBR", "support", "multilateralism", None)),
]
NOT_KEPT_TO = [
    ("The spokesperson said the measures are not in line with international law.", MFA,
     ("CHN", "support", "multilateralism", None)),
    ("China took countermeasures in accordance with the Anti-Foreign Sanctions Law.", MFA,
     ("CHN", "support", "sanctions", None)),
    ("The minister visited troops on the front line with the UN Charter in hand.", UK,
     ("GBR", "support", "multilateralism", None)),
]


@pytest.mark.parametrize("text,publisher,key", KEPT_TO)
def test_a_norm_kept_to_is_backed_toward_no_one(text, publisher, key):
    assert key in _keys(text, publisher)


def test_a_red_line_on_an_issue_is_no_standard_cited_and_still_backs_it():
    keys = _keys("Wang urged the Australian side not to suppress China's development and not to step on China's red lines "
                 "on sovereignty, security and development interests.", MFA)
    assert ("CHN", "support", "sovereignty") in {k[:3] for k in keys}


@pytest.mark.parametrize("text,publisher,key", NOT_KEPT_TO)
def test_a_norm_not_kept_to_or_no_norm_is_no_such_backing(text, publisher, key):
    assert key not in _keys(text, publisher)


# "allow" asked or expected of another backs what it lets happen, held by the asker; negated it opposes it
# (as "tolerate"); letting something happen oneself is an act, no stance
ALLOWED = [
    ("The Secretary called on the Myanmar junta to allow humanitarian access to the besieged towns.", WH,
     ("USA", "support", "humanitarian", None)),
    ("Ankara expects the parties to allow the unhindered delivery of humanitarian aid.", TURKEY,
     ("TUR", "support", "humanitarian", None)),
    ("Beijing will never allow external interference in its internal affairs.", MFA,
     ("CHN", "oppose", "interference", None)),
    ("Ankara expects the Israeli government to lift the blockade and to allow humanitarian aid to reach Gaza.", TURKEY,
     ("TUR", "support", "humanitarian", None)),
]
NOT_ALLOWED = [
    ("The Secretary called on the Myanmar junta to allow humanitarian access to the besieged towns.", WH,
     ("MMR", "support", "humanitarian", None)),
    ("The new licence will allow more trade with Mexico.", WH, ("USA", "support", "trade", None)),
    ("Paraguay allowed the Taiwan authorities to open an office in Asuncion.", WH, ("PRY", "support", "taiwan", None)),
    ("Israel allowed humanitarian aid into Gaza on Sunday.", WH, ("ISR", "support", "humanitarian", None)),
    ("Ankara expects the Israeli government to lift the blockade and to allow humanitarian aid to reach Gaza.", TURKEY,
     ("ISR", "support", "humanitarian", None)),
]


@pytest.mark.parametrize("text,publisher,key", ALLOWED)
def test_allowing_backs_and_not_allowing_opposes(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_ALLOWED)
def test_the_one_asked_to_allow_holds_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)



# talks or working groups the parties pledge to start or go on with, on an issue, back it (a stated
# intent, GUIDE.md "agreed to do X"); talks only held or discussed do not
PLEDGED_TALKS = [
    ("Prime Minister Modi met President Muizzu. The two leaders agreed to commence negotiations on a bilateral "
     "free trade agreement.", MEA, ("IND", "support", "trade", None)),
    ("Xi Jinping met President Lula. The two sides decided to launch talks on a free trade zone.", MFA,
     ("BRA", "support", "trade", None)),
    ("The Prime Minister spoke to Prime Minister Albanese. They agreed to set up a working group on climate change.",
     UK, ("AUS", "support", "climate", None)),
    ("Vladimir Putin met President Pezeshkian. The presidents agreed to continue discussions toward accelerating "
     "negotiations on the free trade agreement.", KREMLIN, ("IRN", "support", "trade", None)),
    ("President Erdogan received Prime Minister Kishida. Both leaders pledged to resume consultations on lifting "
     "export control measures.", TURKEY, ("JPN", "support", "trade", None)),
]
NOT_PLEDGED_TALKS = [
    ("Prime Minister Modi met President Muizzu. The two leaders held negotiations on a bilateral free trade "
     "agreement.", MEA, ("IND", "support", "trade", None)),
    ("Xi Jinping met President Lula. The two sides discussed a free trade zone.", MFA, ("BRA", "support", "trade", None)),
    ("The Prime Minister spoke to Prime Minister Albanese. They did not agree to set up a working group on climate "
     "change.", UK, ("AUS", "support", "climate", None)),
    ("Vladimir Putin met President Pezeshkian. The presidents hoped to continue discussions on the free trade "
     "agreement.", KREMLIN, ("IRN", "support", "trade", None)),
]


@pytest.mark.parametrize("text,publisher,key", PLEDGED_TALKS)
def test_talks_pledged_on_an_issue_back_it(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_PLEDGED_TALKS)
def test_talks_held_or_hoped_for_are_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


# a verb that grows trade itself backs it ("agreed to continue developing trade and economic ties")
GROWN_TRADE = [
    ("Vladimir Putin met Kim Jong Un. The sides agreed to continue developing trade and economic ties.", KREMLIN,
     ("PRK", "support", "trade", None)),
    ("The Prime Minister met Prime Minister Luxon. We agreed to keep growing two-way trade.", UK,
     ("GBR", "support", "trade", None)),
    ("President Erdogan received President Tokayev. The presidents agreed to diversify bilateral trade.", TURKEY,
     ("KAZ", "support", "trade", None)),
]
NOT_GROWN_TRADE = [
    ("Vladimir Putin met Kim Jong Un. The sides agreed to continue developing trade barriers.", KREMLIN,
     ("PRK", "support", "trade", None)),
]


@pytest.mark.parametrize("text,publisher,key", GROWN_TRADE)
def test_a_verb_growing_trade_backs_it(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_GROWN_TRADE)
def test_growing_trade_barriers_backs_no_trade(text, publisher, key):
    assert key not in _keys(text, publisher)


# "non-interference in each other's internal affairs": a principle both keep, toward null, opposing interference
MUTUAL_PRINCIPLES = [
    ("Prime Minister Modi met President Muizzu. The two leaders reaffirmed their commitment to non-interference "
     "in each other's internal affairs.", MEA, ("IND", "oppose", "interference", None)),
    ("Xi Jinping met President Lula. Both sides reiterated respect for the principle of non-interference in "
     "one another's internal affairs.", MFA, ("BRA", "oppose", "interference", None)),
]
NOT_MUTUAL_BACKING = [
    ("Prime Minister Modi met President Muizzu. The two leaders reaffirmed their commitment to non-interference "
     "in each other's internal affairs.", MEA, ("IND", "support", "interference", "MDV")),
]


@pytest.mark.parametrize("text,publisher,key", MUTUAL_PRINCIPLES)
def test_mutual_non_interference_opposes_interference(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NOT_MUTUAL_BACKING)
def test_mutual_non_interference_backs_no_interference_of_the_other(text, publisher, key):
    assert key not in _keys(text, publisher)
