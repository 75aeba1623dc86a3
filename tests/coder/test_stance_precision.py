"""Twenty-first session (issue #12, stance precision): causes of false stances that recur across publishers.
Sentences written for readout in several house styles, each with the stance that must not code and,
where one should, the stance that must (docs/coder.md, "Stances")."""
import pytest

from conftest import CANADA, IRAN, JAPAN, KREMLIN, MFA, PAKISTAN, TURKEY, UK, WH, stance_keys as _keys


# syria and afghanistan are conflicts whose country is the scene, not a side: naming the country, its people
# or a city in it aims no stance on the conflict at that country, nor opposes a deed done there (backing the people
# is a SUPPORT event); backing a third party's efforts for peace there keeps its aim (test_stance_backed_while)
SIDELESS = [
    ("Foreign Minister Fidan said Turkey would keep standing by the Syrian people in this new period.", TURKEY,
     ("TUR", "support", "syria", "SYR")),
    ("Canada will continue to support the people of Afghanistan with food and medicine.", CANADA,
     ("CAN", "support", "afghanistan", "AFG")),
    ("The spokesman condemned the Israeli air strike on an Iranian residential building in Damascus.", IRAN,
     ("IRN", "oppose", "syria", "ISR")),
]
SIDELESS_SETTLEMENT = [
    # backing a settlement of the conflict stays a stance, toward no one
    ("The two ministers stressed the need for a political settlement of the Syrian crisis.", MFA,
     ("CHN", "support", "syria", None)),
]


@pytest.mark.parametrize("text,publisher,key", SIDELESS)
def test_a_sideless_conflict_aims_no_stance_at_an_actor(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", SIDELESS_SETTLEMENT)
def test_a_settlement_of_a_sideless_conflict_is_backed(text, publisher, key):
    assert key in _keys(text, publisher)


# thanks state a stance of the thanker only where what is thanked for is a position or backing the thanked one
# holds; thanks for a thing given, a deed or a welcome is SUPPORT only (README decision 10: thanks for aid)
THANKS_FOR_NO_STAND = [
    ("The President thanked Prime Minister Modi for the COVID-19 vaccines India shared with Caribbean nations.", WH,
     ("USA", "support", "covid19", "IND")),
    ("The Prime Minister thanked King Abdullah for hosting hundreds of thousands of refugees.", UK,
     ("GBR", "support", "humanitarian", None)),
    ("I want to thank the nurses who cared for patients through the pandemic.", WH, ("USA", "support", "covid19", None)),
    ("The President thanked Chancellor Scholz for the warm welcome and for the productive discussion on trade.", WH,
     ("USA", "support", "trade", "DEU")),
]
THANKS_FOR_A_STAND = [
    ("Foreign Minister Araghchi thanked China for its principled position on the JCPOA.", IRAN,
     ("IRN", "support", "iran_nuclear_deal", "CHN")),
    ("The Vice President thanked Prime Minister Kishida for Japan's support for Ukraine's sovereignty and territorial "
     "integrity.", WH, ("USA", "support", "sovereignty", "JPN")),
]


@pytest.mark.parametrize("text,publisher,key", THANKS_FOR_NO_STAND)
def test_thanks_for_a_thing_or_deed_state_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", THANKS_FOR_A_STAND)
def test_thanks_for_a_position_keep_its_stance(text, publisher, key):
    assert key in _keys(text, publisher)


# "genocide" is no human_rights phrase: the gold codes a genocide under the key of the war or people it is told of
# ("stop the genocide in Gaza": israel_palestine), and human_rights where other words name it ("crimes against
# humanity ... in Xinjiang")
GENOCIDE = [
    ("The spokesman called on the Security Council to act at once to stop the genocide in Gaza.", IRAN,
     ("IRN", "support", "human_rights", None)),
    ("Today we honor the memory of the Armenians who perished in the genocide that began in 1915.", WH,
     ("USA", "support", "human_rights", None)),
]
GENOCIDE_KEPT = [
    ("The spokesman called on the Security Council to act at once to stop the genocide in Gaza.", IRAN,
     ("IRN", "support", "israel_palestine", None)),
    ("The Foreign Secretary raised concerns about crimes against humanity and genocide in Xinjiang.", UK,
     ("GBR", "oppose", "human_rights", "CHN")),
]


@pytest.mark.parametrize("text,publisher,key", GENOCIDE)
def test_genocide_is_no_human_rights_phrase(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", GENOCIDE_KEPT)
def test_a_genocide_keeps_its_conflict_and_other_words(text, publisher, key):
    assert key in _keys(text, publisher)


# Twenty-seventh session: when a stance is made at all. A welcome whose objects are all people (a visitor named or
# titled, people taken in) is hospitality, an act, and states no position on an issue its object's words name;
# a welcome of an outcome or of a country stays a stance
WELCOMED_PEOPLE = [
    ("President Biden welcomed President Zelenskyy of Ukraine to the White House today.", WH,
     ("USA", "support", "ukraine", "UKR")),
    ("The Prime Minister welcomed the Ukrainian President to Downing Street this afternoon.", UK,
     ("GBR", "support", "ukraine", "UKR")),
    ("Poland has welcomed millions of refugees from Ukraine, the President said.", WH,
     ("POL", "support", "ukraine", None)),
    ("Erdogan welcomed thousands of Syrian refugees over the past decade.", TURKEY, ("TUR", "support", "syria", None)),
    ("The President welcomed the Afghan evacuees to Dulles airport.", WH, ("USA", "support", "afghanistan", None)),
]
WELCOMED_OUTCOMES = [
    ("The President welcomed Ukraine's accession talks with the European Union.", WH,
     ("USA", "support", "ukraine", "UKR")),
    ("The President welcomed the ceasefire in Gaza and the release of hostages.", WH,
     ("USA", "support", "israel_palestine", None)),
    ("The Foreign Secretary welcomed Ukrainian President Zelenskyy to London, and reaffirmed the UK's support for "
     "Ukraine.", UK, ("GBR", "support", "ukraine", "UKR")),
]


@pytest.mark.parametrize("text,publisher,key", WELCOMED_PEOPLE)
def test_a_welcome_of_people_is_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", WELCOMED_OUTCOMES)
def test_a_welcome_of_an_outcome_stays_a_stance(text, publisher, key):
    assert key in _keys(text, publisher)


# a sideless conflict (syria, afghanistan) matched only by its demonym on a word for the country's people names
# them, not the conflict: no stance on it; its settlement, issue or "-led" process still is one
SCENE_PEOPLE = [
    ("President Erdogan said Türkiye would always stand by its Syrian brothers and sisters.", TURKEY,
     ("TUR", "support", "syria", None)),
    ("The Foreign Minister expressed solidarity with the Afghan nation after the earthquake.", PAKISTAN,
     ("PAK", "support", "afghanistan", None)),
    ("The President thanked Jordan for hosting Syrian refugees and pledged help for Syrian citizens in need.", WH,
     ("USA", "support", "syria", None)),
    ("Russia is ready to continue cooperation in the interests of the Afghan population.", KREMLIN,
     ("RUS", "support", "afghanistan", None)),
]
SCENE_CONFLICT = [
    ("The presidents agreed to continue close coordination on a Syrian settlement.", KREMLIN,
     ("RUS", "support", "syria", None)),
    ("Wang Yi said China supports a political solution to the Syrian issue.", MFA, ("CHN", "support", "syria", None)),
    ("The UK supports an inclusive, Syrian-led political transition.", UK, ("GBR", "support", "syria", None)),
]


@pytest.mark.parametrize("text,publisher,key", SCENE_PEOPLE)
def test_a_sideless_conflicts_people_are_no_stance_on_it(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", SCENE_CONFLICT)
def test_a_sideless_conflicts_settlement_stays_a_stance(text, publisher, key):
    assert key in _keys(text, publisher)


# thirty-first session (stancep31): a conflict's place that is where aid goes is the aid's setting; the
# humanitarian stance is kept, the conflict's is not (the gold codes the first only); a country named by its own
# name that aid goes to is a side backed ("assistance to Ukraine") and keeps its stance
AID_SETTING = [
    ("The two leaders stressed the need to increase the flow of humanitarian aid into Gaza.", WH,
     ("USA", "support", "israel_palestine", None)),
    ("The Prime Minister underlined the importance of ensuring that aid reaches all areas in Syria.", UK,
     ("GBR", "support", "syria", None)),
    ("Foreign Minister Fidan called for sustained humanitarian access to the Gaza Strip.", TURKEY,
     ("TUR", "support", "israel_palestine", None)),
    ("Prime Minister Trudeau welcomed the increase in humanitarian assistance to civilians in Gaza.", CANADA,
     ("CAN", "support", "israel_palestine", None)),
    # the people aid goes to, named with their place by "of"
    ("Erdogan stressed the need to deliver humanitarian aid to the people of the Gaza Strip.", TURKEY,
     ("TUR", "support", "israel_palestine", "PSE")),
    # where aid goes is no one whose position is judged: the humanitarian stance stays, toward null
    ("Russia will help deliver humanitarian relief to the civilian population of Gaza.", KREMLIN,
     ("RUS", "support", "humanitarian", "PSE")),
]
AID_SETTING_KEPT = [
    ("The two leaders stressed the need to increase the flow of humanitarian aid into Gaza.", WH,
     ("USA", "support", "humanitarian", None)),
    ("Australia continues to call for a humanitarian ceasefire in Gaza.", WH, ("AUS", "support", "israel_palestine", None)),
    ("The President reaffirmed his support for a ceasefire in Gaza and for the delivery of aid.", WH,
     ("USA", "support", "israel_palestine", None)),
    ("Russia will help deliver humanitarian relief to the civilian population of Gaza.", KREMLIN,
     ("RUS", "support", "humanitarian", None)),
]


@pytest.mark.parametrize("text,publisher,key", AID_SETTING)
def test_a_conflicts_place_where_aid_goes_is_no_stance_on_it(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", AID_SETTING_KEPT)
def test_aid_and_the_conflict_keep_their_own_stances(text, publisher, key):
    assert key in _keys(text, publisher)


# aid a verb acts by ("with humanitarian assistance") or a kind of support listed with others ("humanitarian and
# military support") names what is given (AID, SUPPORT), no humanitarian stance (GUIDE.md: providing aid is an act)
AID_KINDS = [
    ("The United States will continue to support the Afghan people with humanitarian assistance.", WH,
     ("USA", "support", "humanitarian", "AFG")),
    ("Germany is supporting Ukraine financially, with humanitarian aid and with weapons.", CANADA,
     ("DEU", "support", "humanitarian", "UKR")),
    ("The Prime Minister confirmed the UK's humanitarian and longer-term recovery support for Syria.", UK,
     ("GBR", "support", "humanitarian", None)),
    ("The President reaffirmed that the United States will keep up its humanitarian and economic support.", WH,
     ("USA", "support", "humanitarian", None)),
]
AID_KINDS_KEPT = [
    # aid called for, not given, stays a stance
    ("The two leaders stressed the need to increase humanitarian assistance to civilians.", WH,
     ("USA", "support", "humanitarian", None)),
]


@pytest.mark.parametrize("text,publisher,key", AID_KINDS)
def test_a_kind_of_aid_given_is_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", AID_KINDS_KEPT)
def test_aid_called_for_stays_a_stance(text, publisher, key):
    assert key in _keys(text, publisher)


# the sides a backed outcome's description names ("a two-state solution, with Israel and Palestine living side by
# side") are what the outcome is about: the stance on the solution is toward no one, and the names give none
DESCRIBED_OUTCOME = [
    ("Chile maintains its support for a two-state solution, with Israel and Palestine living side by side in peace.",
     WH, ("CHL", "support", "israel_palestine", "PSE")),
    ("The President reaffirmed his commitment to a two-state solution, with Palestine and Israel living side by side.",
     WH, ("USA", "support", "israel_palestine", "ISR")),
    ("Belize is committed to a two-state solution, with Palestine and Israel as equal neighbours.", WH,
     ("BLZ", "support", "israel_palestine", "PSE")),
]
DESCRIBED_OUTCOME_KEPT = [
    ("Belize is committed to a two-state solution, with Palestine and Israel as equal neighbours.", WH,
     ("BLZ", "support", "israel_palestine", None)),
    ("Canada supports Ukraine, with Poland and Romania as partners.", CANADA, ("CAN", "support", "ukraine", "UKR")),
    # another issue in the description keeps its stance
    ("The two presidents called for a settlement in Syria, with respect for Syria's sovereignty and territorial "
     "integrity.", KREMLIN, ("RUS", "support", "sovereignty", "SYR")),
    # a people, not an outcome, before the comma: the backing told before it keeps its side
    ("The Vice President spoke with the Crown Prince of Bahrain. She thanked the Crown Prince for Bahrain's vital "
     "support to save many lives, including Americans and vulnerable Afghans, as part of the evacuation from "
     "Afghanistan.", WH, ("USA", "support", "afghanistan", "BHR")),
]


@pytest.mark.parametrize("text,publisher,key", DESCRIBED_OUTCOME)
def test_the_sides_an_outcome_describes_are_no_toward(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", DESCRIBED_OUTCOME_KEPT)
def test_the_described_outcome_keeps_its_stance(text, publisher, key):
    assert key in _keys(text, publisher)


# thirty-second session (false stances): a war the victim resists ("defending their homeland against Russia's war") is labelled in the story's own words:
# the label is the speaker's stance (the gold), not the resisting victim's
RESISTED_WAR = [
    ("Ukrainians mark the day while defending their country against Russia's unprovoked war.", WH,
     ("UKR", "oppose", "ukraine", "RUS")),
    ("The Prime Minister said Ukraine was protecting its people from the Russian aggression.", UK,
     ("UKR", "oppose", "ukraine", "RUS")),
]
RESISTED_WAR_VOICED = [
    ("Ukrainians mark the day while defending their country against Russia's unprovoked war.", WH,
     ("USA", "oppose", "ukraine", "RUS")),
    ("The Prime Minister said Ukraine was protecting its people from the Russian aggression.", UK,
     ("GBR", "oppose", "ukraine", "RUS")),
    ("President Zelenskyy condemned the Russian aggression.", WH, ("UKR", "oppose", "ukraine", "RUS")),
    # resisting pledged is the pledgers' own stance
    ("President Biden met with President Duda of Poland. The two leaders committed to defend NATO territory against "
     "Russian aggression.", WH, ("POL", "oppose", "ukraine", "RUS")),
]


@pytest.mark.parametrize("text,publisher,key", RESISTED_WAR)
def test_the_victim_resisting_a_war_holds_no_label(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", RESISTED_WAR_VOICED)
def test_a_resisted_war_is_labelled_by_the_speaker(text, publisher, key):
    assert key in _keys(text, publisher)


# "non-" before a measure names a measure of another kind, no fight against
# the measure ("non-tariff barriers" are no backing of tariffs, so removing them backs trade, as the gold codes)
NON_MEASURE = [
    ("The two leaders agreed to address non-tariff barriers that hold back their trade.", WH,
     ("USA", "oppose", "trade", None)),
    ("Japan and Canada committed to eliminate non-tariff measures on farm goods.", JAPAN,
     ("JPN", "oppose", "trade", None)),
]
NON_MEASURE_KEPT = [
    ("The two leaders agreed to address non-tariff barriers that hold back their trade.", WH,
     ("USA", "support", "trade", None)),
    ("The two sides reaffirmed the principle of non-interference in internal affairs.", MFA,
     ("CHN", "oppose", "interference", None)),
]


@pytest.mark.parametrize("text,publisher,key", NON_MEASURE)
def test_non_before_a_measure_is_no_counter(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", NON_MEASURE_KEPT)
def test_removing_other_barriers_backs_trade(text, publisher, key):
    assert key in _keys(text, publisher)


# a restrictive measure the clause imposes, keeps or acts with is its keeper's act, no backing of the measure's issue
# ("is restoring the full steel tariffs", "respond with tariffs" back no open trade); cutting a tariff still backs trade
KEPT_MEASURE = [
    ("Today the President is restoring the full tariffs on imported steel.", WH, ("USA", "support", "trade", None)),
    ("Canada will maintain the tariff on electric vehicles made abroad.", CANADA, ("CAN", "support", "trade", None)),
    ("The export controls on chips will be maintained by Japan.", JAPAN, ("JPN", "support", "trade", None)),
    ("The Secretary is directed to respond with tariffs to unfair foreign taxes.", WH, ("USA", "support", "trade", None)),
]
KEPT_MEASURE_KEPT = [
    ("The two leaders agreed to reduce tariffs on farm goods.", WH, ("USA", "support", "trade", None)),
]


@pytest.mark.parametrize("text,publisher,key", KEPT_MEASURE)
def test_a_measure_imposed_or_kept_is_no_stance(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", KEPT_MEASURE_KEPT)
def test_cutting_a_measure_still_backs_its_issue(text, publisher, key):
    assert key in _keys(text, publisher)


# thirty-fifth session: a conflict named in a phrase of time or circumstance under a backing word dates the
# backing ("since the start of the war", "during the evacuation"); it is no object of it (stance_clues.timed_conflict)
TIMED_CONFLICT = [
    ("The President thanked the Amir for Qatar's support during the evacuation of Afghans.", WH,
     ("USA", "support", "afghanistan", None)),
    ("The Prime Minister thanked the King for Jordan's help after the earthquake in Syria.", UK,
     ("GBR", "support", "syria", None)),
    ("The Prime Minister thanked the European Union for its solidarity and support since the start of the war in "
     "Afghanistan.", CANADA, ("CAN", "support", "afghanistan", "EU")),
]
# thirty-sixth session (st36): a pandemic is an episode in time as a war is (word class dated_issue)
TIMED_CONFLICT += [
    ("The Prime Minister thanked China for its support during the pandemic.", JAPAN,
     ("JPN", "support", "covid19", "CHN")),
    ("The Prime Minister thanked India for its assistance to Papua New Guinea during the Covid-19 pandemic.", UK,
     ("GBR", "support", "covid19", "IND")),
    ("Minister Wang Yi praised Pakistan's help amid the COVID-19 outbreak.", MFA, ("CHN", "support", "covid19", "PAK")),
]
TIMED_BUT_BACKED = [
    # the conflict as the object of the backing stays a stance, whatever dates it
    ("The President reaffirmed his support for a ceasefire in Gaza during the call.", WH,
     ("USA", "support", "israel_palestine", None)),
    ("During the meeting, the two leaders expressed support for ending the war in Ukraine.", UK,
     ("GBR", "support", "ukraine", None)),
    ("During the call, the two leaders pledged to work together to end the COVID-19 pandemic.", JAPAN,
     ("JPN", "support", "covid19", None)),
    # the issue's own polarity word inside the phrase of time keeps it that word's object
    ("The ministers recalled the assistance Japan and India gave each other during the hard months of fighting the "
     "COVID-19 pandemic.", JAPAN, ("JPN", "support", "covid19", "IND")),
]


@pytest.mark.parametrize("text,publisher,key", TIMED_CONFLICT)
def test_a_conflict_that_dates_a_backing_is_no_object_of_it(text, publisher, key):
    assert key not in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,key", TIMED_BUT_BACKED)
def test_a_conflict_backed_under_a_date_stays_a_stance(text, publisher, key):
    assert key in _keys(text, publisher)
