"""Eleventh session (issue #12, stances on text never tuned on): a wrongful act judged in a second
conjunct or by "regard/consider/view ... as", the doer of an act told by a relative clause, a general
act noun referring back within its own sentence, and concern about a governed good in a place. Sentences
written for readout in several house styles, with near misses that must not code (docs/coder.md,
"Stances")."""
import pytest

from conftest import CANADA, IRAN, JAPAN, KREMLIN, MEA, MFA, PAK, TURKEY, UK, WH, stance_keys as _keys

SAUDI = "Saudi Press Agency"


# a judgement told in the second of two coordinated nouns ("is a violation of X and a breach of Y") judges
# the same subject as the first
SECOND_CONJUNCT = [
    ("The Ministry condemned the Azerbaijani bombardment of Jermuk on Tuesday. This aggression is a blatant violation "
     "of the sovereignty of Armenia and a breach of international law.", IRAN,
     [("IRN", "oppose", "sovereignty", "AZE"), ("IRN", "oppose", "multilateralism", "AZE")]),
    ("Spokesperson Lin Jian said the Philippine vessel's intrusion was reckless. Such acts are a serious "
     "provocation and a gross violation of the UN Charter.", MFA,
     [("CHN", "oppose", "multilateralism", "PHL")]),
    ("Pakistan condemns the Indian missile strikes on Muridke last night. These attacks are a flagrant breach of "
     "international law and a violation of the sovereignty of Pakistan.", PAK,
     [("PAK", "oppose", "multilateralism", "IND"), ("PAK", "oppose", "sovereignty", "IND")]),
]




# "regards / considers / views the attack as a violation of ...": a describing verb; its subject judges,
# the act named before is the doer's
REGARDED_AS = [
    ("Riyadh condemned the Israeli air raid on Damascus on Monday. The Kingdom regards the raid as a flagrant "
     "violation of the sovereignty of Syria.", SAUDI, ("SAU", "oppose", "sovereignty", "ISR")),
    ("Moscow condemned the Ukrainian drone attack on the Zaporizhzhia plant. Russia considers the attack a "
     "gross violation of international law.", KREMLIN, ("RUS", "oppose", "multilateralism", "UKR")),
    ("The Foreign Office condemned the Iranian seizure of the tanker. The United Kingdom views the seizure as "
     "a breach of international law.", UK, ("GBR", "oppose", "multilateralism", "IRN")),
]


@pytest.mark.parametrize("text,publisher,key", REGARDED_AS)
def test_an_act_regarded_as_a_breach_is_its_doers(text, publisher, key):
    assert key in _keys(text, publisher)


# "the sanctions that the United States imposed", "the new package of measures that the EU adopted": the
# relative clause's subject did the act; "describing the move as ..." in the same sentence refers back to it
RELATIVE_DOERS = [
    ("Foreign Ministry Spokesman Esmaeil Baghaei condemned the sanctions that the United States imposed on Iranian shipping companies.",
     IRAN, [("IRN", "oppose", "sanctions", "USA")]),
    ("Foreign Ministry Spokeswoman Maria Zakharova denounced the new round of sanctions that the European Union adopted on Friday, describing the "
     "move as illegal and a clear breach of international law.", KREMLIN,
     [("RUS", "oppose", "sanctions", "EU"), ("RUS", "oppose", "multilateralism", "EU")]),
    ("Cuba rejects the embargo which Washington imposed six decades ago and has tightened since.", MFA,
     [("CUB", "oppose", "sanctions", "USA")]),
]
NOT_RELATIVE_DOERS = [
    # the relative clause's verb judges or reports the act, or the act is its subject: not its doer
    ("Iran condemned the sanctions that Canada criticised last year.", IRAN, ("IRN", "oppose", "sanctions", "CAN")),
    ("China opposes the sanctions that hurt the people of Venezuela.", MFA, ("CHN", "oppose", "sanctions", "VEN")),
]


@pytest.mark.parametrize("text,publisher,keys", RELATIVE_DOERS)
def test_a_relative_clause_names_whose_act_it_is(text, publisher, keys):
    found = _keys(text, publisher)
    for key in keys:
        assert key in found


@pytest.mark.parametrize("text,publisher,absent", NOT_RELATIVE_DOERS)
def test_a_relative_clause_that_only_judges_names_no_doer(text, publisher, absent):
    assert absent not in _keys(text, publisher)


# concern about a good a government owes its own people, in a place, opposes that place's government
GOVERNED_GOODS = [
    ("The Prime Minister voiced concern over the human rights situation in Belarus.", JAPAN,
     [("JPN", "oppose", "human_rights", "BLR")]),
    ("The Foreign Secretary set out the UK's concerns about human rights in Tibet and in Xinjiang.", UK,
     [("GBR", "oppose", "human_rights", "CHN"), ("GBR", "oppose", "xinjiang", "CHN"),
      ("GBR", "oppose", "tibet", "CHN")]),
    ("Minister Joly expressed Canada's deep concern about press freedom in Nicaragua.", CANADA,
     [("CAN", "oppose", "press_freedom", "NIC")]),
    ("The President raised concerns about democracy in Georgia.", WH, [("USA", "oppose", "democracy", "GEO")]),
]
NOT_GOVERNED = [
    # no place, a humanitarian need (others' conduct causes it), a good welcomed, or a bare situation
    ("The President raised concerns about the safety of journalists.", WH, ("USA", "oppose", "press_freedom")),
    ("The Minister expressed concern about the humanitarian situation in Sudan.", MEA,
     ("IND", "oppose", "humanitarian")),
    ("The Foreign Secretary welcomed progress on human rights in Uzbekistan.", UK, ("GBR", "oppose", "human_rights")),
    # a bare situation in a place whose issue has a doer: no one's conduct is named
    ("Foreign Minister Fidan expressed concern over the situation in Hong Kong.", TURKEY,
     ("TUR", "oppose", "hong_kong")),
]


@pytest.mark.parametrize("text,publisher,keys", GOVERNED_GOODS)
def test_concern_about_a_governed_good_in_a_place_opposes_its_government(text, publisher, keys):
    found = _keys(text, publisher)
    for key in keys:
        assert key in found
    assert not any(k[1] == "support" and k[2] == keys[0][2] for k in found)


@pytest.mark.parametrize("text,publisher,absent", NOT_GOVERNED)
def test_no_government_opposed_without_a_governed_good_in_a_place(text, publisher, absent):
    assert not any(k[:3] == absent for k in _keys(text, publisher))


def test_a_harm_done_by_someone_else_to_a_governed_good_is_no_concern_about_its_government():
    # "those who undermine democracy in X": the undermining is the unnamed doers', not X's government's
    keys = _keys("The United States will hold accountable those who undermine democracy in Guatemala.", WH)
    assert ("USA", "oppose", "democracy", "GTM") not in keys


# issue families by the guide's key definitions: intervention is interference, an economic blockade is
# sanctions, a trading system is trade and overcapacity an economic practice (its possessor's measure), hunger
# with a scale is food security; and whose conduct it is, told by "of" on a conduct noun
FAMILIES = [
    ("Spokesperson Mao Ning said China firmly opposes the interventionist policies of the United States in Latin "
     "America.", MFA, ("CHN", "oppose", "interference", "USA")),
    ("Moscow rejects the interventionist actions of the authorities of Moldova.", KREMLIN,
     ("RUS", "oppose", "interference", "MDA")),
    ("Venezuela categorically rejects the interventionist actions and declarations of the governments of "
     "Argentina, Chile and Peru.", IRAN, ("VEN", "oppose", "interference", "CHL")),
    ("China condemns the economic, commercial and financial blockade imposed by the United States on Cuba.", MFA,
     ("CHN", "oppose", "sanctions", "USA")),
    ("The Prime Minister reaffirmed the UK's support for the rules-based multilateral trading system.", UK,
     ("GBR", "support", "trade", None)),
    ("Canada is concerned about China's overcapacity in electric vehicles and steel.", CANADA,
     ("CAN", "oppose", "trade", "CHN")),
    ("India stands ready to help address global hunger.", MEA, ("IND", "support", "food_security", None)),
]
NOT_FAMILIES = [
    # hunger without a scale (a hunger strike), a trading partner, a naval blockade of ports (a war act)
    ("Prisoners in the camp went on a hunger strike.", WH, "food_security"),
    ("China's trading partners welcomed the visit.", MFA, "trade"),
    ("The President said Russia's naval blockade of Ukrainian ports must end.", WH, "sanctions"),
]


@pytest.mark.parametrize("text,publisher,key", FAMILIES)
def test_issue_families_by_key_definition(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,issue", NOT_FAMILIES)
def test_no_issue_outside_the_family(text, publisher, issue):
    assert not any(k[2] == issue for k in _keys(text, publisher))


# "each other's sovereignty and territorial integrity", parsed with "sovereignty" as a modifier of
# "integrity": each side backs the other's
RECIPROCAL = [
    ("Xi Jinping held talks with Vietnamese leader To Lam. The two sides agreed to respect each other's sovereignty "
     "and territorial integrity.", MFA, [("CHN", "support", "sovereignty", "VNM"), ("VNM", "support", "sovereignty", "CHN")]),
    ("Prime Minister Modi held talks with President Aliyev of Azerbaijan. The two sides reaffirmed their respect for "
     "each other's sovereignty and territorial integrity.", MEA,
     [("IND", "support", "sovereignty", "AZE"), ("AZE", "support", "sovereignty", "IND")]),
]


@pytest.mark.parametrize("text,publisher,keys", SECOND_CONJUNCT + RECIPROCAL)
def test_every_listed_stance_is_found(text, publisher, keys):
    """A second conjoined judgement judges the same doer (SECOND_CONJUNCT); "each other's sovereignty"
    is toward the other side (RECIPROCAL)."""
    found = _keys(text, publisher)
    for key in keys:
        assert key in found


# a war told with its doer in a relative clause ("a war that the Kremlin began") is labelled as "Russia's war"
# is; "backing" backs as "support" does; mishandling is a wrongful act of its possessor
MORE_DOERS = [
    ("President Biden met with President Zelenskyy. He condemned a war that the Kremlin began without provocation.",
     WH, ("USA", "oppose", "ukraine", "RUS")),
    ("President Biden met with President Zelenskyy. Biden said American backing for Ukraine will last as long as the "
     "fight does.", WH, ("USA", "support", "ukraine", "UKR")),
    ("The President criticised the WHO's mishandling of the COVID-19 pandemic.", WH,
     ("USA", "oppose", "covid19", "UN")),
    ("The President condemned Iran's backing of Hamas.", WH, ("USA", "oppose", "israel_palestine", "IRN")),
]


@pytest.mark.parametrize("text,publisher,key", MORE_DOERS)
def test_doers_by_relative_clause_backing_and_mishandling(text, publisher, key):
    assert key in _keys(text, publisher)


def test_a_war_begun_is_no_war_of_whoever_starts_an_initiative():
    # "started" with an object that is no act of war names no war's doer
    assert not any(k[2] == "sudan" or k[3] == "USA" for k in
                   _keys("The President started a new initiative on the war in Sudan.", WH))


# a verb of repression on a good a government owes its people ("jailing independent journalists", "shut down
# independent media outlets") is its speaker's opposition toward the doer, as a wrongdoing verb is (fifteenth
# session); with no doer, the country it happens in
REPRESSED = [
    ("Over the past year the Cuban regime has kept imprisoning independent journalists.", WH,
     ("USA", "oppose", "press_freedom", "CUB")),
    ("The Nicaraguan government shut down independent media outlets and stripped parties of their status.", WH,
     ("USA", "oppose", "press_freedom", "NIC")),
    ("The Iranian authorities continue harassing and detaining human rights defenders and their lawyers.", UK,
     ("GBR", "oppose", "human_rights", "IRN")),
    ("Several independent journalists have been jailed in Belarus since Sunday.", CANADA,
     ("CAN", "oppose", "press_freedom", "BLR")),
]
# not a good ("arrested terrorists"), a negated verb, a doer no actor names, or another polarity word above
NOT_REPRESSED = [
    ("Pakistani police arrested members of a terrorist network in Lahore.", PAK, ("PAK", "terrorism")),
    ("Mexican authorities detained several drug traffickers near the border.", WH, ("USA", "counternarcotics")),
    ("The Georgian government did not jail any journalists this year.", WH, ("USA", "press_freedom")),
    ("Masked men detained two journalists outside the courthouse.", UK, ("GBR", "press_freedom")),
]


@pytest.mark.parametrize("text,publisher,key", REPRESSED)
def test_a_good_repressed_is_opposed_toward_the_doer(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,near", NOT_REPRESSED)
def test_no_stance_from_repression_without_a_good_or_a_doer(text, publisher, near):
    assert not any(k[0] == near[0] and k[2] == near[1] for k in _keys(text, publisher))


# a subject that points back ("this", "these", "this move", "such steps") to the deed the sentence before
# tells: who acts in that sentence is the toward, where no act noun names the doer
TOLD_BEFORE = [
    ("A group of British lawmakers pushed Parliament to adopt a resolution on Tibet. This is a flagrant "
     "interference in China's internal affairs.", MFA, ("CHN", "oppose", "interference", "GBR")),
    ("Last week the Netherlands announced new restrictions on Chinese firms. This step grossly interferes in "
     "China's internal affairs.", MFA, ("CHN", "oppose", "interference", "NLD")),
    ("The German ambassador attended a rally in Tehran. That constitutes blatant interference in Iran's internal "
     "affairs, the spokesman said.", IRAN, ("IRN", "oppose", "interference", "DEU")),
    # the holders' own verb on the deed told before: that deed's doer
    ("China firmly opposes the US sanctions on Chinese officials. This is a gross interference in China's internal "
     "affairs.", MFA, ("CHN", "oppose", "interference", "USA")),
    ("The Ministry strongly condemns the Turkish shelling of a village in Duhok this morning. This aggression is a "
     "flagrant violation of international law.", IRAN, ("IRN", "oppose", "multilateralism", "TUR")),
]
NOT_TOLD_BEFORE = [
    # the sentence before tells the parties' own meeting: no doer of theirs is judged
    ("The President spoke with Prime Minister Kishida. This is a violation of international law, they said.", WH,
     ("JPN", "oppose", "multilateralism", "USA")),
    # a condemned deed with no doer named
    ("The United States condemns the attack. This is a violation of international law.", WH,
     ("USA", "oppose", "multilateralism", "USA")),
]


@pytest.mark.parametrize("text,publisher,key", TOLD_BEFORE)
def test_a_subject_pointing_back_judges_the_doer_of_the_sentence_before(text, publisher, key):
    keys = _keys(text, publisher)
    assert key in keys
    assert (key[0], key[1], key[2], None) not in keys


@pytest.mark.parametrize("text,publisher,absent", NOT_TOLD_BEFORE)
def test_no_doer_pointed_back_to_among_the_parties(text, publisher, absent):
    assert absent not in _keys(text, publisher)


# twenty-second session: a breach said of a deed told just before, with no doer in its own clause, is its doer's
BREACH_OF_A_TOLD_DEED = [
    ("Canada condemns the missile strikes on Kharkiv by Russia today. Targeting civilian infrastructure is a "
     "violation of international humanitarian law.", CANADA, ("CAN", "oppose", "multilateralism", "RUS")),
    ("The two leaders deplored the attacks on Ukraine's energy grid by Russia as flagrant violations of "
     "international law.", WH, ("USA", "oppose", "multilateralism", "RUS")),
    ("Turkey condemned the bombardment of the refugee camp by Israel, describing it as a blatant breach of "
     "international law.", TURKEY, ("TUR", "oppose", "multilateralism", "ISR")),
]
NOT_BREACH_OF_A_TOLD_DEED = [
    # a breach said of no deed in particular looks for no violator
    ("Russia launched strikes on Kyiv. China opposes any violation of international law.", MFA,
     ("CHN", "oppose", "multilateralism", "RUS")),
]


@pytest.mark.parametrize("text,publisher,key", BREACH_OF_A_TOLD_DEED)
def test_a_breach_of_a_deed_told_before_is_its_doers(text, publisher, key):
    assert key in _keys(text, publisher)


@pytest.mark.parametrize("text,publisher,absent", NOT_BREACH_OF_A_TOLD_DEED)
def test_a_breach_of_no_deed_in_particular_has_no_violator(text, publisher, absent):
    assert absent not in _keys(text, publisher)
