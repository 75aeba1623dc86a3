"""Which issue key and which `toward` a stance takes from the construction that carries it (issue #12,
class 7; GUIDE.md: "with `toward` set, polarity is toward that actor's position or acts on the issue";
style probes' decision 7: a violation is opposed toward the violator). Sentences written for readout in
several house styles, each with near misses that must not code."""
import pytest

from conftest import JAPAN, KREMLIN, MEA, MFA, PAKISTAN, TURKEY, UK, WH, stance_keys as _keys


# the owner of a good named once after a coordination of issue nouns owns each of them, and is no
# issue of its own: "the unity and territorial integrity of Syria" is toward SYR, no `syria` stance
SHARED_OWNER = [
    ("Vladimir Putin and Recep Tayyip Erdogan reaffirmed their commitment to the unity and territorial "
     "integrity of Syria.", KREMLIN,
     [("RUS", "support", "sovereignty", "SYR"), ("TUR", "support", "sovereignty", "SYR")],
     [("RUS", "support", "syria", None), ("RUS", "support", "sovereignty", None)]),
    ("Wang Yi said China respects the independence, sovereignty and territorial integrity of Kazakhstan.", MFA,
     [("CHN", "support", "sovereignty", "KAZ")], [("CHN", "support", "sovereignty", None)]),
    ("Vladimir Putin and Recep Tayyip Erdogan stressed the need for calm, with the sovereignty and "
     "territorial integrity of the Syrian Arab Republic fully respected.", KREMLIN,
     [("RUS", "support", "sovereignty", "SYR"), ("TUR", "support", "sovereignty", "SYR")],
     [("SYR", "support", "sovereignty", None), ("RUS", "support", "syria", "SYR")]),
    ("President Biden and Chancellor Scholz called for a settlement that respects the sovereignty of Ukraine.", WH,
     [("USA", "support", "sovereignty", "UKR"), ("DEU", "support", "sovereignty", "UKR")], []),
]
# a phrase of one conjunct only is not shared
NOT_SHARED = [
    ("The Prime Minister stressed respect for the sovereignty of Ukraine and regional security.", UK,
     ("GBR", "support", "sovereignty", None)),
]


@pytest.mark.parametrize("text,publisher,wanted,unwanted", SHARED_OWNER)
def test_the_owner_after_a_coordination_owns_each_issue_noun(text, publisher, wanted, unwanted):
    keys = _keys(text, publisher)
    assert set(wanted) <= keys
    assert not set(unwanted) & keys


@pytest.mark.parametrize("text,publisher,key", NOT_SHARED)
def test_an_owner_of_one_conjunct_is_not_shared(text, publisher, key):
    assert ("GBR", "support", "sovereignty", "UKR") in _keys(text, publisher)


# the owner of a good a wrongful act harms is its victim: never the toward of a supporting stance; the
# act's doer, where named, is opposed (decision 7)
VICTIM = [
    ("President Biden condemned the attack on the territorial integrity of Georgia by Russia.", WH,
     ("USA", "oppose", "sovereignty", "RUS"), ("USA", "support", "sovereignty", "GEO")),
    ("Türkiye condemned the attacks on Iraq's territorial integrity.", TURKEY,
     None, ("TUR", "support", "sovereignty", "IRQ")),
    ("Spokesperson Mao Ning said China condemns threats to the sovereignty of Venezuela.", MFA,
     None, ("CHN", "support", "sovereignty", "VEN")),
]


@pytest.mark.parametrize("text,publisher,wanted,unwanted", VICTIM)
def test_the_owner_of_a_harmed_good_is_its_victim(text, publisher, wanted, unwanted):
    keys = _keys(text, publisher)
    assert wanted is None or wanted in keys
    assert unwanted not in keys


# breaches told in other words than "violate": a second complement of "described ... as", "in violation
# of" hung on an act noun, "contrary to" / "illegal under", "non-adherence", "non-performance of its
# commitments"; each is opposition toward the one who breaches (decision 7), held by the speaker
BREACHES = [
    ("The Foreign Ministry said a fence was built by India on the border. Islamabad described the fence as a "
     "provocation and a violation of international law.", PAKISTAN, ("PAK", "oppose", "multilateralism", "IND")),
    ("Türkiye condemned the shelling of Kirkuk by Iran, describing it as a grave crime and a dangerous "
     "escalation in flagrant violation of international law.", TURKEY,
     ("TUR", "oppose", "multilateralism", "IRN")),
    ("The countermeasures respond to the hostile steps, contrary to international law, of the European Union.",
     KREMLIN, ("RUS", "oppose", "multilateralism", "EU")),
    ("The measures were adopted in response to the hostile steps, contrary to international law, of the "
     "European Union.", KREMLIN, ("RUS", "oppose", "multilateralism", "EU")),
    ("Moscow said the restrictions imposed by Japan were illegal under international law.", KREMLIN,
     ("RUS", "oppose", "multilateralism", "JPN")),
    ("The Committee will keep the measures in place until India desists from its non-compliance with "
     "international law.",
     PAKISTAN, ("PAK", "oppose", "multilateralism", "IND")),
    ("The Foreign Secretary said that Russia is in serious non-performance of its obligations under the "
     "New START Treaty.", UK, ("GBR", "oppose", "arms_control", "RUS")),
]
NOT_BREACHES = [
    # no breacher named: no stance either way
    ("The Foreign Secretary said the detention of the journalists is contrary to international law.", UK,
     {("GBR", "oppose", "multilateralism", None), ("GBR", "support", "multilateralism", None)}),
    # a commitment reaffirmed is the holder's own backing, not a breach
    ("Iran reaffirmed its commitments under the JCPOA.", "Ministry of Foreign Affairs of the Islamic Republic of Iran",
     {("IRN", "oppose", "iran_nuclear_deal", None)}),
    # "contrary" with no law named is no breach
    ("Minister Wang said that, contrary to some reports, the talks were constructive.", MFA,
     {("CHN", "oppose", "multilateralism", None)}),
]


@pytest.mark.parametrize("text,publisher,key", BREACHES)
def test_a_breach_in_other_words_is_opposed_toward_the_breacher(text, publisher, key):
    assert key in _keys(text, publisher)


def test_such_acts_refer_to_the_deed_told_before_with_its_agent():
    text = ("The arson at the shopping centre was ordered by the Russian special services. Such acts "
            "constitute a gross violation of the sovereignty of the Republic of Poland.")
    assert ("POL", "oppose", "sovereignty", "RUS") in _keys(text, "Ministry of Foreign Affairs of the Republic of Poland")


@pytest.mark.parametrize("text,publisher,unwanted", NOT_BREACHES)
def test_no_breacher_no_breach_stance(text, publisher, unwanted):
    assert not unwanted & _keys(text, publisher)


def test_a_reaffirmed_commitment_still_backs_what_it_binds_to():
    keys = _keys("President Pezeshkian reaffirmed Iran's commitment to the JCPOA.",
                 "Ministry of Foreign Affairs of the Islamic Republic of Iran")
    assert ("IRN", "support", "iran_nuclear_deal", None) in keys


# who holds a stance whose clause names no actor of its own: what must be done by no one named, an
# absolute "with X respected", a sought thing's relative clause, a world "based on" X; the owner found
# inside the issue phrase holds nothing
SPEAKER = [
    ("Minister Balakrishnan said Singapore condemns the invasion. The sovereignty and territorial integrity of "
     "Ukraine must be respected.", "Ministry of Foreign Affairs, Singapore", ("SGP", "support", "sovereignty", "UKR")),
    ("The flow of fentanyl into our communities must be stopped.", WH, ("USA", "support", "counternarcotics", None)),
    ("Foreign Secretary Misri said the sovereignty and territorial integrity of all states must be respected.", MEA,
     ("IND", "support", "sovereignty", None)),
    ("Prime Minister Modi met President Lula. The two leaders backed an order in which the sovereignty of all "
     "states is respected.", MEA, ("IND", "support", "sovereignty", None)),
    ("President Maduro said Venezuela defends a world based on respect for international law.", KREMLIN,
     ("VEN", "support", "multilateralism", None)),
]


@pytest.mark.parametrize("text,publisher,key", SPEAKER)
def test_a_stance_with_no_actor_in_its_clause_is_the_speakers(text, publisher, key):
    assert key in _keys(text, publisher)


def test_an_issue_owner_in_the_subject_holds_nothing():
    keys = _keys("Putin and Erdogan agreed on steps, with the territorial integrity of Syria preserved.", KREMLIN)
    assert not {k for k in keys if k[0] == "SYR"}


# joint commitments: what the parties agree or work together on is each party's stance toward no one
JOINT = [
    ("President Biden met Prime Minister Trudeau. The leaders agreed to work together on climate action.", WH,
     [("USA", "support", "climate", None), ("CAN", "support", "climate", None)]),
    ("Prime Minister Modi met President Macron. The two leaders agreed to work closely on counter-terrorism.", MEA,
     [("IND", "oppose", "terrorism", None), ("FRA", "oppose", "terrorism", None)]),
    ("Vladimir Putin had a telephone conversation with Xi Jinping. Agreement was reached to expand cooperation "
     "in energy and finance.", KREMLIN, [("RUS", "support", "energy", None), ("CHN", "support", "energy", None)]),
    ("Vladimir Putin met To Lam. The two presidents also intend to increase mutual trade.", KREMLIN,
     [("RUS", "support", "trade", None), ("VNM", "support", "trade", None)]),
    ("Vladimir Putin met Nicolas Maduro. Russia intends to go on working with Venezuela in the energy sector.",
     KREMLIN, [("RUS", "support", "energy", None)]),
    # the joint adverb parsed on the preposition; "coordinate" is work done jointly
    ("Prime Minister Kishida met President Yoon. The two leaders agreed to work together toward the complete "
     "denuclearization of North Korea.", JAPAN,
     [("JPN", "oppose", "nonproliferation", "PRK"), ("KOR", "oppose", "nonproliferation", "PRK")]),
    ("Prime Minister Kishida met Prime Minister Albanese. The two leaders agreed to coordinate closely on "
     "climate change.", JAPAN, [("JPN", "support", "climate", None), ("AUS", "support", "climate", None)]),
]
NOT_JOINT = [
    # "mutual" on the issue is trade between them, no mutual backing toward each other
    ("Vladimir Putin met To Lam. The two presidents also intend to increase mutual trade.", KREMLIN,
     {("RUS", "support", "trade", "VNM"), ("VNM", "support", "trade", "RUS")}),
    # a purpose worked toward is no field of joint work
    ("The Prime Minister met President Xi. They have a shared responsibility to work together in pursuit of "
     "economic co-operation and the energy transition.", UK,
     {("GBR", "support", "climate", None), ("CHN", "support", "climate", None)}),
    # working on something alone is no cooperation
    ("The President said his team will work on climate action.", WH, {("USA", "support", "climate", None)}),
    # a country the joint work is on is its topic, not a field backed
    ("President Biden spoke with President Yoon. The two leaders agreed to coordinate closely on North Korea.", WH,
     {("USA", "support", "korean_peninsula", None), ("KOR", "support", "korean_peninsula", None)}),
]


@pytest.mark.parametrize("text,publisher,wanted", JOINT)
def test_a_joint_commitment_is_each_partys_stance(text, publisher, wanted):
    assert set(wanted) <= _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,unwanted", NOT_JOINT)
def test_no_joint_stance_without_joint_work_on_the_field(text, publisher, unwanted):
    assert not unwanted & _keys(text, publisher)


def test_mutual_support_stays_toward_the_other_side():
    keys = _keys("Vladimir Putin and Xi Jinping expressed mutual support in protecting sovereignty.", KREMLIN)
    assert ("RUS", "support", "sovereignty", "CHN") in keys


# an issue word inside a phrase that names something else is no stance of its own: a breach with no
# violator named neither backs nor opposes what is breached; an obligation given up or breached is no
# backing by its possessor
OVERCODED = [
    ("The Treasury will designate any tanker found to violate existing sanctions.", WH,
     {("USA", "oppose", "sanctions", None), ("USA", "support", "sanctions", None)}),
    ("Since 2021, Iran has deliberately ceased to perform its JCPOA commitments.", UK,
     {("IRN", "support", "iran_nuclear_deal", None)}),
    ("The ministers said Russia had abandoned its obligations under the New START Treaty.", UK,
     {("RUS", "support", "arms_control", None)}),
]


@pytest.mark.parametrize("text,publisher,unwanted", OVERCODED)
def test_an_issue_word_naming_something_else_gives_no_stance(text, publisher, unwanted):
    assert not unwanted & _keys(text, publisher)


# one actor's backing of another whose wrongful acts stand for an issue, judged by an oppose word: the
# issue opposed toward the backer; the label of the backed war stays the speaker's opposition
BACKING = [
    ("Mr. Sullivan raised concerns about the PRC's support for Russia's defense industrial base.", WH,
     [("USA", "oppose", "ukraine", "CHN")], [("USA", "support", "ukraine", "CHN")]),
    ("The Foreign Secretary condemned Iran's support for Russia's war against Ukraine.", UK,
     [("GBR", "oppose", "ukraine", "IRN"), ("GBR", "oppose", "ukraine", "RUS")], [("GBR", "support", "ukraine", "RUS")]),
    ("Japan expressed serious concern over North Korea's assistance to Russia.", "Ministry of Foreign Affairs of Japan",
     [("JPN", "oppose", "ukraine", "PRK")], []),
]
NOT_BACKING = [
    # backing welcomed is backing, not opposition
    ("President Biden welcomed Japan's support for Ukraine.", WH, {("USA", "oppose", "ukraine", "JPN")}),
    # backing of one whose acts stand for no issue
    ("The Foreign Secretary criticised China's support for Serbia.", UK, {("GBR", "oppose", "ukraine", "CHN")}),
]


@pytest.mark.parametrize("text,publisher,wanted,unwanted", BACKING)
def test_backing_a_wrongdoer_is_opposed_toward_the_backer(text, publisher, wanted, unwanted):
    keys = _keys(text, publisher)
    assert set(wanted) <= keys
    assert not set(unwanted) & keys


@pytest.mark.parametrize("text,publisher,unwanted", NOT_BACKING)
def test_backing_welcomed_or_of_no_wrongdoer_is_no_opposition(text, publisher, unwanted):
    assert not unwanted & _keys(text, publisher)


# regressions found on unscored White House statements while widening these classes
def test_a_relative_clause_misattached_to_the_agent_still_names_the_breacher():
    keys = _keys("We share serious concerns about steps taken by Iran, which are inconsistent with the JCPOA.")
    assert ("USA", "oppose", "iran_nuclear_deal", "IRN") in keys


def test_a_place_worked_in_is_no_field_of_joint_work():
    keys = _keys("The President met Chancellor Scholz. Their staff are working closely together in Kabul on the "
                 "evacuation of nationals.")
    assert not {k for k in keys if k[2] == "afghanistan"}


def test_a_thing_supported_by_an_agent_is_no_holders_backing():
    keys = _keys("We will promote secure infrastructure supported by a supply chain of trusted suppliers.")
    assert ("USA", "support", "trade", None) not in keys


def test_its_is_not_a_subject_that_holds_the_stance():
    keys = _keys("The United States, with the G7, will impose costs on the Putin regime for its atrocities in Ukraine.")
    assert ("USA", "oppose", "ukraine", "G7") not in keys
