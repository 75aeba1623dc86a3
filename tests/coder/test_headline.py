"""coder/headline.py: which event a story is mainly about."""
import pytest

from readout.actors import Mention
from readout.coder.headline import (TitleActs, choose_headline, news_lead, response_measure, story_headline,
                                    ties_established, title_act, title_words, welcomed_lead)
from readout.coder.patterns import load_patterns
from readout.coder.records import Event


def ev(source, type_, target, sentence=0, trigger=1, cameo="040"):
    return Event(source, type_, target, None, cameo, 1.0, sentence, 0, 10, trigger)


def keys(events):
    return [(e.source, e.type, e.target) for e in events]


def test_the_headline_of_several_parties_pairs_the_publisher_with_the_first_other_named():
    consult = ev("IND", "CONSULT", "BRA", trigger=3)
    events = [consult, ev("IND", "CONSULT", "USA", trigger=3), ev("BRA", "CONSULT", "USA", trigger=3)]
    head = choose_headline(events, consult, ["IND", "BRA", "USA"], "USA")
    assert {head.source, head.target} == {"USA", "IND"} and head.trigger == 3


def test_the_headline_pair_may_be_kept_from_an_earlier_mention():
    # "Lavrov, on a visit, took part in a trilateral meeting with Kuleba and Cavusoglu": the visit
    # kept RUS-UKR first; the headline is still that pair, held as the main meeting was
    consult = Event("RUS", "CONSULT", "UKR", "multilateral", "040", 1.0, 0, 0, 10, 23)
    events = [ev("RUS", "CONSULT", "UKR", trigger=16), ev("UKR", "CONSULT", "TUR", trigger=23)]
    head = choose_headline(events, consult, ["RUS", "UKR", "TUR"], "RUS")
    assert (head.source, head.target, head.mode) == ("RUS", "UKR", "multilateral")


def test_a_statement_headline_is_its_sides_first_act_toward_someone():
    acts = [ev("USA", "SUPPORT", None), ev("USA", "ACCUSE", "IRN"), ev("USA", "SUPPORT", "ISR")]
    assert keys([choose_headline(acts, None, ["USA", "ISR"], "USA")]) == [("USA", "ACCUSE", "IRN")]


@pytest.mark.parametrize("acts, head", [
    # "strongly condemns the terrorist attack" opens it; condolences to Pakistan come after
    ([ev("USA", "ACCUSE", None), ev("USA", "SUPPORT", "PAK", sentence=1)], ("USA", "ACCUSE", None)),
    # "express concern over the situation and condemn Iran's attack": the one aimed at someone
    ([ev("G7", "ACCUSE", None), ev("G7", "SUPPORT", "ISR"), ev("G7", "ACCUSE", "IRN")], ("G7", "ACCUSE", "IRN")),
    # a later condemnation is another act
    ([ev("USA", "ACCUSE", None), ev("USA", "ACCUSE", "IRN", sentence=1)], ("USA", "ACCUSE", None)),
    # an opening promise aimed at no one ("will strengthen dialogues with development banks")
    # yields to the first act toward someone, as before
    ([ev("USA", "AGREE", None), ev("USA", "AGREE", "EU", sentence=3)], ("USA", "AGREE", "EU")),
])
def test_a_statement_opening_with_a_condemnation_is_about_it(acts, head):
    assert keys([choose_headline([ev("RUS", "ASSAULT", "UKR")] + acts, None, ["USA"], acts[0].source)]) == [head]


@pytest.mark.parametrize("acts, head", [
    # "China firmly opposes this move and strongly condemns it": the condemnation
    ([ev("CHN", "REJECT", "JPN"), ev("CHN", "ACCUSE", "JPN"), ev("CHN", "REQUEST", "JPN", sentence=1)],
     ("CHN", "ACCUSE", "JPN")),
    # "opposes and condemns this ... and condemns Japan's move": the one aimed at someone
    ([ev("CHN", "REJECT", None), ev("CHN", "ACCUSE", None), ev("CHN", "ACCUSE", "JPN")], ("CHN", "ACCUSE", "JPN")),
    # a condemnation in a later sentence is another act: the rejection opens the statement
    ([ev("CHN", "REJECT", "JPN"), ev("CHN", "ACCUSE", "JPN", sentence=1)], ("CHN", "REJECT", "JPN")),
])
def test_a_rejection_told_with_a_condemnation_yields_to_it(acts, head):
    assert keys([choose_headline(acts, None, ["CHN", "JPN"], "CHN")]) == [head]


def test_a_statements_late_meeting_is_not_its_headline():
    # a press conference's last answer: "Premier Li Qiang is on an official visit to Switzerland"
    acts = [ev("CHN", "SUPPORT", "NRU", sentence=3), ev("CHN", "CONSULT", "CHE", sentence=26)]
    assert keys([choose_headline(acts, None, ["CHN", "NRU"], "CHN", statement=True)]) == [("CHN", "SUPPORT", "NRU")]
    # a readout whose partner was named only later ("The leaders discussed ...") keeps its meeting
    assert keys([choose_headline(acts, None, ["CHN", "NRU"], "CHN")]) == [("CHN", "CONSULT", "CHE")]


@pytest.mark.parametrize("events, lead", [
    # "Saudi Arabia and Iran have agreed to resume relations" opens a Xinhua report
    ([ev("SAU", "AGREE", "IRN"), ev("IRN", "AGREE", "SAU"), ev("CHN", "SUPPORT", "SAU", sentence=1)],
     ("SAU", "AGREE", "IRN")),
    ([ev("CHN", "CONSULT", "RUS"), ev("SAU", "AGREE", "IRN")], None),       # the side's own meeting opens it
    ([ev("SAU", "CONSULT", "IRN"), ev("SAU", "AGREE", "IRN")], None),       # a meeting opens it: its readout
    ([ev("SAU", "AGREE", None), ev("CHN", "SUPPORT", "SAU", sentence=1)], None),   # aimed at no one
    # "China and Honduras on Sunday established diplomatic relations": that act between the two,
    # as the story goes on to tell it ("signed a joint communique"), not the talks told later
    ([ev("CHN", "SUPPORT", None), ev("HND", "SUPPORT", None), ev("CHN", "SUPPORT", "HND", sentence=1),
      ev("CHN", "CONSULT", "HND", sentence=4)], ("CHN", "SUPPORT", "HND")),
    ([ev("CHN", "SUPPORT", None), ev("HND", "SUPPORT", None), ev("CHN", "AGREE", "HND", sentence=1)], None),
    ([], None),
])
def test_news_lead_is_an_opening_act_between_two_others(events, lead):
    found = news_lead(events, "CHN")
    assert (found and (found.source, found.type, found.target)) == lead


def test_a_statements_first_act_is_first_as_the_text_tells_it():
    # "The treaty will be held in abeyance until Pakistan abjures ...": the condition's request was
    # found first, but the measure comes first in the sentence
    request = Event("IND", "REQUEST", "PAK", None, "020", 1.0, 2, 40, 60, 12)
    measure = Event("IND", "SANCTION", "PAK", None, "161", 1.0, 2, 0, 30, 5)
    assert keys([choose_headline([request, measure], None, ["IND", "PAK"], "IND")]) == [("IND", "SANCTION", "PAK")]


def test_choose_headline():
    consult = ev("CHN", "CONSULT", "IRN", trigger=3)
    assert choose_headline([ev("CHN", "SUPPORT", "IRN"), consult], consult, ["CHN", "IRN"], None) == consult
    acts = [ev("RUS", "ACCUSE", "UKR"), ev("USA", "SUPPORT", None), ev("USA", "SUPPORT", "UKR")]
    assert keys([choose_headline(acts, None, ["USA", "UKR"], "USA")]) == [("USA", "SUPPORT", "UKR")]


CONDEMNED_THEN_RECALLED = ("Pakistan condemned the strike. Pakistan recalled its ambassador from Iran.", """
    Pakistan   Pakistan   PROPN NNP  nsubj     1
    condemned  condemn    VERB  VBD  ROOT      1
    the        the        DET   DT   det       3
    strike     strike     NOUN  NN   dobj      1
    .          .          PUNCT .    punct     1
    Pakistan   Pakistan   PROPN NNP  nsubj     6
    recalled   recall     VERB  VBD  ROOT      6
    its        its        PRON  PRP$ poss      8
    ambassador ambassador NOUN  NN   dobj      6
    from       from       ADP   IN   prep      8
    Iran       Iran       PROPN NNP  pobj      9
    .          .          PUNCT .    punct     6
""")
ACTS = [ev("PAK", "ACCUSE", "IRN", trigger=1), ev("PAK", "THREATEN", "IRN", sentence=1, trigger=6)]


@pytest.mark.parametrize("title, codes, head", [
    ("Pakistan recalls its Ambassador from Iran", ["IRN"], ("PAK", "THREATEN", "IRN")),   # the title's act
    ("Pakistan condemns Iran's strike", ["IRN"], ("PAK", "ACCUSE", "IRN")),
    # a title that names no actor: the act it names, toward whomever the story tells it
    ("Pakistan recalls its Ambassador", [], ("PAK", "THREATEN", "IRN")),
    ("Statement by the Spokesperson", ["IRN"], None),       # the title names no act
    # the title names the act by the verb's noun ("Condemnation of ...", "Congratulations to ...")
    ("Condemnation of the strike on Iran", ["IRN"], ("PAK", "ACCUSE", "IRN")),
])
def test_title_act_is_the_sides_act_its_title_names(parse, title, codes, head):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    found = title_act(doc, ACTS, title, "PAK", codes)
    assert (found and (found.source, found.type, found.target)) == head


@pytest.mark.parametrize("acts, head", [
    # the title's measure read as a warning; the sanction on the same actor is what was taken
    ([ev("PAK", "SANCTION", "IRN", trigger=3), ev("PAK", "THREATEN", "IRN", sentence=1, trigger=6)],
     ("PAK", "SANCTION", "IRN")),
    # a deed toward someone else, or a cooperative one, leaves the warning the title names
    ([ev("PAK", "SANCTION", "AFG", trigger=3), ev("PAK", "THREATEN", "IRN", sentence=1, trigger=6)],
     ("PAK", "THREATEN", "IRN")),
    ([ev("PAK", "AID", "IRN", trigger=3), ev("PAK", "THREATEN", "IRN", sentence=1, trigger=6)],
     ("PAK", "THREATEN", "IRN")),
])
def test_a_title_warning_yields_to_the_measure_taken_on_the_same_actor(parse, acts, head):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    found = title_act(doc, acts, "Pakistan recalls its Ambassador from Iran", "PAK", ["IRN"])
    assert (found.source, found.type, found.target) == head


ARRESTED_THEN_EXPELLED = ("Pakistan arrested two officials. Pakistan expelled the officials.", """
    Pakistan   Pakistan   PROPN NNP  nsubj     1
    arrested   arrest     VERB  VBD  ROOT      1
    two        two        NUM   CD   nummod    3
    officials  official   NOUN  NNS  dobj      1
    .          .          PUNCT .    punct     1
    Pakistan   Pakistan   PROPN NNP  nsubj     6
    expelled   expel      VERB  VBD  ROOT      6
    the        the        DET   DT   det       8
    officials  official   NOUN  NNS  dobj      6
    .          .          PUNCT .    punct     6
""")


@pytest.mark.parametrize("words, head", [
    # the title's own word tells the second deed; its other deed type ("declared" persona non grata,
    # or a state of emergency) also fits the arrest told first: the deed its word tells
    ({"officials", "expelled"}, ("PAK", "SANCTION", "IND")),
    # no deed told by the title's word: the first deed of a type it names, as before
    ({"officials", "action"}, ("PAK", "COERCE", "IND")),
])
def test_a_deed_told_by_the_titles_own_word_comes_before_one_of_its_types(parse, words, head):
    doc = parse(*ARRESTED_THEN_EXPELLED)
    acts = [ev("PAK", "COERCE", "IND", trigger=1), ev("PAK", "SANCTION", "IND", sentence=1, trigger=6)]
    found = title_act(doc, acts, "t", "PAK", ["IND"], TitleActs(frozenset(words), ("SANCTION", "COERCE")))
    assert (found.source, found.type, found.target) == head


def test_story_headline_prefers_the_title_act_to_what_a_statement_opens_with(parse):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    assert keys([story_headline(doc, ACTS, None, ["PAK", "IRN"], "PAK")]) == [("PAK", "ACCUSE", "IRN")]
    head = story_headline(doc, ACTS, None, ["PAK", "IRN"], "PAK", title="Pakistan recalls its Ambassador from Iran",
                          title_codes=["IRN"])
    assert keys([head]) == [("PAK", "THREATEN", "IRN")]


RESPONSE = ("Russia rejects the claims. In response, Russia expels the diplomats of Prague.", """
    Russia     Russia     PROPN NNP  nsubj     1
    rejects    reject     VERB  VBZ  ROOT      1
    the        the        DET   DT   det       3
    claims     claim      NOUN  NNS  dobj      1
    .          .          PUNCT .    punct     1
    In         in         ADP   IN   prep      9
    response   response   NOUN  NN   pobj      5
    ,          ,          PUNCT ,    punct     9
    Russia     Russia     PROPN NNP  nsubj     9
    expels     expel      VERB  VBZ  ROOT      9
    the        the        DET   DT   det       11
    diplomats  diplomat   NOUN  NNS  dobj      9
    of         of         ADP   IN   prep      11
    Prague     Prague     PROPN NNP  pobj      12
    .          .          PUNCT .    punct     9
""")


@pytest.mark.parametrize("acts, head", [
    # "In response, Russia expels the diplomats": the measure, not the rejection told before it
    ([ev("RUS", "REJECT", "CZE", trigger=1), ev("RUS", "SANCTION", "CZE", sentence=1, trigger=9)],
     ("RUS", "SANCTION", "CZE")),
    # a response in words is no measure ("In response, Russia urges Prague ...")
    ([ev("RUS", "REJECT", "CZE", trigger=1), ev("RUS", "REQUEST", "CZE", sentence=1, trigger=9)], None),
    # another side's measure
    ([ev("CZE", "SANCTION", "RUS", sentence=1, trigger=9)], None),
    # a measure told without "in response"
    ([ev("RUS", "SANCTION", "CZE", trigger=1)], None),
])
def test_response_measure_is_the_sides_deed_told_as_its_response(parse, acts, head):
    found = response_measure(parse(*RESPONSE), acts, "RUS")
    assert (found and (found.source, found.type, found.target)) == head


def mention(title, text, code):
    start = title.index(text)
    return Mention(start, start + len(text), text, code, "country", None, None)


def acts_of(title, named, side):
    return title_words(title, [mention(title, t, c) for t, c in named], side, load_patterns())


@pytest.mark.parametrize("title, named, side, types, response", [
    # the side's deed named by the title's verb or noun, in several house styles
    ("UK sanctions extremist ministers of Israel", [("UK", "GBR"), ("Israel", "ISR")], "GBR", ("SANCTION",), False),
    ("Canada imposes sanctions on Belarusian officials", [("Canada", "CAN"), ("Belarusian", "BLR")], "CAN",
     ("SANCTION",), False),
    ("Foreign Minister on the closure of the Russian consulates general", [("Russian", "RUS")], "DEU",
     ("SANCTION",), False),
    ("Türkiye closes its ports to Israeli ships", [("Türkiye", "TUR"), ("Israeli", "ISR")], "TUR",
     ("SANCTION",), False),
    ("Canada's response to U.S. tariffs", [("Canada", "CAN"), ("U.S.", "USA")], "CAN", (), True),
    ("Australia's response to Iranian-directed attacks", [("Australia", "AUS"), ("Iranian", "IRN")], "AUS", (),
     True),
    # a noun for aid given, which no trigger word names ("India's assistance to Myanmar")
    ("Operation Lotus: Nepal's assistance to Bhutan after the floods", [("Nepal", "NPL"), ("Bhutan", "BTN")], "NPL",
     ("AID",), False),
    ("Humanitarian relief for Fiji", [("Fiji", "FJI")], "NZL", ("AID",), False),
    # near misses: another's act ("US designation", "Russia's attacks", "Japan's aid"), and words that are no deed
    ("Statement on Japan's aid to the region", [("Japan", "JPN")], "KOR", (), False),
    ("Statement on the US designation of the Revolutionary Guards", [("US", "USA")], "IRN", (), False),
    ("Statement on Russia's attacks on Ukraine's energy grid", [("Russia", "RUS"), ("Ukraine", "UKR")], "USA",
     (), False),
    ("Statement on China's response to the visit", [("China", "CHN")], "USA", (), False),
    ("Statement on special economic measures in response to the price cap", [], "RUS", (), True),
    ("Press Briefing by Press Secretary and COVID-19 Response Coordinator", [], "USA", (), False),
    ("Press Briefing by Press Secretary Karine Jean-Pierre", [], "USA", (), False),
    ("Foreign Ministry Spokesperson's Regular Press Conference on May 22, 2023", [], "CHN", (), False),
])
def test_title_words_are_the_sides_acts_with_their_deed_types(title, named, side, types, response):
    acts = acts_of(title, named, side)
    assert set(types) <= set(acts.types) and (not types or acts.types[0] == types[0]) and bool(acts.types) == bool(types)
    assert acts.response == response


@pytest.mark.parametrize("title, name, side, words, absent", [
    # a person's name the resolver guessed from a title's capitals ends at the first act word
    ("Foreign Ministry Spokesperson Lin Jian Announces Sanctions on US Firms",
     "Spokesperson Lin Jian Announces Sanctions", "CHN", {"announces", "sanctions"}, {"lin", "jian"}),
    ("Spokesperson Mao Ning Condemns Attack on Embassy", "Spokesperson Mao Ning Condemns", "CHN", {"condemns"},
     {"mao", "ning"}),
    # near miss: a name the lexicon knows is one whole, whatever its words
    ("Wang Yi Meets with Iranian Foreign Minister", "Wang Yi", "CHN", {"meets"}, {"wang", "yi"}),
])
def test_a_guessed_name_in_a_title_case_title_leaves_its_act_words(title, name, side, words, absent):
    start = title.index(name)
    guessed = "Wang Yi" if name == "Wang Yi" else None
    person = Mention(start, start + len(name), name, side, "person", guessed, "Spokesperson")
    acts = title_words(title, [person], side, load_patterns())
    assert words <= acts.words and not absent & acts.words


@pytest.mark.parametrize("title, meeting, medium", [
    ("PM call with President Ruto of Kenya", True, "phone"),
    ("Statement by Foreign Secretary on phone call between Prime Minister and President of USA", True, "phone"),
    ("Telephone conversation with President of Kazakhstan", True, "phone"),
    ("President Xi Jinping Holds a Video Call with President Biden", True, "video"),
    ("Readout of the Secretary's Meeting with Foreign Minister Wang", True, None),
    ("Condolences to the family of Shinzo Abe", False, None),
    ("Operation Brahma: India's assistance to Myanmar", False, None),
])
def test_title_words_tell_whether_the_title_names_a_meeting_and_its_medium(title, meeting, medium):
    acts = acts_of(title, [], "USA")
    assert (acts.meeting, acts.medium) == (meeting, medium)


@pytest.mark.parametrize("title, named, medium, with_whom", [
    ("Statement on phone call between Prime Minister and President of USA", [("USA", "USA")], "phone", {"USA"}),
    ("PM video call with Chancellor of Germany", [("Germany", "DEU")], "video", {"DEU"}),
    # the call is with someone other than the summit the title names first
    ("Statement on the NATO Summit and Call with President of Ukraine", [("NATO", "NATO"), ("Ukraine", "UKR")],
     "phone", {"UKR"}),
    # a title whose actors all come before the call word names no call with them
    ("Japan-China Summit Meeting and press call", [("Japan", "JPN"), ("China", "CHN")], None, set()),
])
def test_the_titles_medium_is_of_the_call_with_whom_it_names(title, named, medium, with_whom):
    acts = acts_of(title, named, "GBR")
    assert (acts.medium, set(acts.with_whom)) == (medium, with_whom)


@pytest.mark.parametrize("acts, events, head", [
    # "Canada's response to U.S. tariffs": the side's measure toward that actor, not the words before it
    (TitleActs(frozenset({"response"}), (), response=True),
     [ev("PAK", "ACCUSE", "IRN", trigger=1), ev("PAK", "SANCTION", "IRN", sentence=1, trigger=6)],
     ("PAK", "SANCTION", "IRN")),
    # a response in words only: the title names no act the story tells
    (TitleActs(frozenset({"response"}), (), response=True), [ev("PAK", "ACCUSE", "IRN", trigger=1)], None),
    # the title's deed by its type, whatever word the story tells it with
    (TitleActs(frozenset({"sanctions"}), ("SANCTION",)),
     [ev("PAK", "ACCUSE", "IRN", trigger=1), ev("PAK", "SANCTION", "IRN", sentence=1, trigger=6)],
     ("PAK", "SANCTION", "IRN")),
    # another's deed of that type is not the side's act
    (TitleActs(frozenset({"sanctions"}), ("SANCTION",)),
     [ev("PAK", "ACCUSE", "IRN", trigger=1), ev("IRN", "SANCTION", "PAK", sentence=1, trigger=6)], None),
])
def test_title_act_reads_the_titles_response_and_deed_types(parse, acts, events, head):
    found = title_act(parse(*CONDEMNED_THEN_RECALLED), events, "title", "PAK", ["IRN"], acts)
    assert (found and (found.source, found.type, found.target)) == head


@pytest.mark.parametrize("words, meeting, act_sentence, meeting_sentence, head", [
    # the title names the side's act ("Pakistan condemns ...") told before a meeting it does not name,
    # which the story tells only after its lead
    ({"condemns"}, False, 0, 3, ("PAK", "ACCUSE", "IRN")),
    # the title names a meeting too: the meeting
    ({"condemns", "call"}, True, 0, 3, ("PAK", "CONSULT", "IRN")),
    # the story tells the meeting first, or in its lead: the meeting
    ({"condemns"}, False, 4, 3, ("PAK", "CONSULT", "IRN")),
    ({"condemns"}, False, 0, 1, ("PAK", "CONSULT", "IRN")),
    # the opening sentence tells the title's act and then a call ("has condemned ..., and has spoken
    # to ..."): the act; the call told first in that sentence, or the title naming a meeting: the call
    ({"condemns"}, False, 0, 0, ("PAK", "ACCUSE", "IRN")),
    ({"condemns"}, False, (0, 20), 0, ("PAK", "CONSULT", "IRN")),
    ({"condemns", "call"}, True, 0, 0, ("PAK", "CONSULT", "IRN")),
    # the title names no act of the side
    ({"statement"}, False, 0, 3, ("PAK", "CONSULT", "IRN")),
])
def test_a_title_act_told_before_a_meeting_the_title_does_not_name_is_the_headline(parse, words, meeting,
                                                                                   act_sentence, meeting_sentence,
                                                                                   head):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    act_sentence, act_start = act_sentence if isinstance(act_sentence, tuple) else (act_sentence, 0)
    act = Event("PAK", "ACCUSE", "IRN", None, "112", -2.0, act_sentence, act_start, act_start + 10, 1)
    consult = Event("PAK", "CONSULT", "IRN", None, "040", 1.0, meeting_sentence, 5, 15, 6)
    found = story_headline(doc, [act, consult], consult, ["PAK", "IRN"], "PAK", title="t", title_codes=["IRN"],
                           acts=TitleActs(frozenset(words), (), meeting=meeting))
    assert (found.source, found.type, found.target) == head


@pytest.mark.parametrize("meeting, meeting_sentence, head", [
    # the title names the side's measure and no meeting; the story tells the measure first and a
    # meeting in its lead after it: the measure ("The Czech Republic has decided to expel two
    # employees of the Embassy ..." before a trip told in the next sentence)
    (False, 1, ("PAK", "SANCTION", "IRN")),
    (False, 3, ("PAK", "SANCTION", "IRN")),
    # the title names a meeting too: the meeting
    (True, 1, ("PAK", "CONSULT", "IRN")),
])
def test_a_title_measure_told_before_a_meeting_in_the_lead_is_the_headline(parse, meeting, meeting_sentence, head):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    measure = Event("PAK", "SANCTION", "IRN", None, "161", -4.0, 0, 0, 10, 6)
    consult = Event("PAK", "CONSULT", "IRN", None, "040", 1.0, meeting_sentence, 5, 15, 1)
    words = {"recalls", "talks"} if meeting else {"recalls"}
    found = story_headline(doc, [measure, consult], consult, ["PAK", "IRN"], "PAK", title="t", title_codes=["IRN"],
                           acts=TitleActs(frozenset(words), ("SANCTION",), meeting=meeting))
    assert (found.source, found.type, found.target) == head


@pytest.mark.parametrize("meeting, meeting_sentence, act_sentence, statement, head", [
    # thirty-sixth session: no main meeting found (its partner placed late: "X and Egyptian President
    # Y held talks"), the title names a meeting and the story opens with the side's meeting with a
    # state the title names: that meeting, not the title's act told after it
    (True, 0, 1, False, ("PAK", "CONSULT", "IRN")),
    # near misses: the title names no meeting; the meeting told after the act; a statement
    (False, 0, 1, False, ("PAK", "SANCTION", "IRN")),
    (True, 1, 0, False, ("PAK", "SANCTION", "IRN")),
    (True, 0, 1, True, ("PAK", "SANCTION", "IRN")),
])
def test_an_opening_meeting_the_title_names_is_the_main_one_where_none_was_found(parse, meeting, meeting_sentence,
                                                                                 act_sentence, statement, head):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    measure = Event("PAK", "SANCTION", "IRN", None, "161", -4.0, act_sentence, 0, 10, 6)
    talks = Event("PAK", "CONSULT", "IRN", None, "040", 1.0, meeting_sentence, 5, 15, 3)
    words = {"recalls", "talks"} if meeting else {"recalls"}
    found = story_headline(doc, sorted([measure, talks], key=lambda e: e.sentence), None, ["PAK", "IRN"], "PAK",
                           title="t", title_codes=["IRN"], statement=statement,
                           acts=TitleActs(frozenset(words), ("SANCTION",), meeting=meeting))
    assert (found.source, found.type, found.target) == head


@pytest.mark.parametrize("main_sentence, mode", [
    # the main meeting found is a later mention of the pair (a call word further on): the opening
    # meeting is the main one, held as it was ("President Bukele received ... Rubio")
    (1, "visit"),
    # near miss: the main meeting found is the opening one's own sentence: as found
    (0, "phone"),
])
def test_an_opening_meeting_the_title_names_comes_before_a_later_main_one(parse, main_sentence, mode):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    talks = Event("PAK", "CONSULT", "IRN", "visit", "040", 1.0, 0, 0, 10, 3)
    later = Event("IRN", "CONSULT", "PAK", "phone", "040", 1.0, main_sentence, 20, 30, 6)
    found = story_headline(doc, [talks], later, ["PAK", "IRN"], "PAK", title="t", title_codes=["IRN"],
                           acts=TitleActs(frozenset({"talks"}), (), meeting=True))
    assert (found.type, found.mode) == ("CONSULT", mode)


@pytest.mark.parametrize("medium, with_whom, mode", [
    ("phone", {"IRN"}, "phone"), ("video", {"IRN"}, "video"), (None, set(), "visit"),
    ("phone", {"UKR"}, "visit"),       # the title's call is with someone else
])
def test_the_title_gives_a_meetings_medium_the_story_did_not(parse, medium, with_whom, mode):
    consult = Event("PAK", "CONSULT", "IRN", None, "040", 1.0, 0, 0, 10, 1)
    acts = TitleActs(frozenset({"call"}), (), meeting=True, medium=medium, with_whom=frozenset(with_whom))
    head = story_headline(parse(*CONDEMNED_THEN_RECALLED), [consult], consult, ["PAK", "IRN"], "PAK", title="t",
                          title_codes=["IRN"], acts=acts)
    assert head.mode == mode


@pytest.mark.parametrize("title, named, side, present, absent", [
    # the side listed with another actor before the word: the act of both, the side's too
    ("Chile and Peru sign a fisheries accord", [("Chile", "CHL"), ("Peru", "PER")], "CHL", {"sign"}, set()),
    ("Chile, Peru restore ties", [("Chile", "CHL"), ("Peru", "PER")], "CHL", {"restore"}, set()),
    ("Chile-Peru Sign Accord", [("Chile", "CHL"), ("Peru", "PER")], "CHL", {"sign"}, set()),
    # near misses: the other actor alone, or listed with a third party, acts
    ("Chile notes Peru signs accord", [("Chile", "CHL"), ("Peru", "PER")], "CHL", {"notes"}, {"signs"}),
    ("Bolivia and Peru sign accord", [("Bolivia", "BOL"), ("Peru", "PER")], "CHL", set(), {"sign"}),
])
def test_a_title_word_whose_agents_include_the_side_is_its_act(title, named, side, present, absent):
    acts = acts_of(title, named, side)
    assert present <= acts.words and not absent & acts.words


CONDOLENCES = ("Chile sent a message of condolences. Chile celebrated a partnership with Peru.", """
    Chile        Chile       PROPN NNP  nsubj  1
    sent         send        VERB  VBD  ROOT   1
    a            a           DET   DT   det    3
    message      message     NOUN  NN   dobj   1
    of           of          ADP   IN   prep   3
    condolences  condolence  NOUN  NNS  pobj   4
    .            .           PUNCT .    punct  1
    Chile        Chile       PROPN NNP  nsubj  8
    celebrated   celebrate   VERB  VBD  ROOT   8
    a            a           DET   DT   det    10
    partnership  partnership NOUN  NN   dobj   8
    with         with        ADP   IN   prep   10
    Peru         Peru        PROPN NNP  pobj   11
    .            .           PUNCT .    punct  8
""")


@pytest.mark.parametrize("title, trigger, head", [
    # "Condolences to ...": the act told as a message of condolences
    ("Condolences to the people of Peru", 3, ("CHL", "SUPPORT", "PER")),
    # near miss: a verb's object is no act the title names ("Deepening the Partnership")
    ("Deepening the partnership with Peru", 8, None),
])
def test_a_title_names_the_act_by_what_its_trigger_noun_is_a_message_of(parse, title, trigger, head):
    doc = parse(*CONDOLENCES)
    act = Event("CHL", "SUPPORT", "PER", None, "018", 3.4, 0 if trigger < 7 else 1, 0, 10, trigger)
    found = title_act(doc, [act], title, "CHL", ["PER"], TitleActs(frozenset(title.lower().split())))
    assert (found and (found.source, found.type, found.target)) == head


@pytest.mark.parametrize("aimless_type, head", [
    # "Pakistan condemned strike on Iran": the body's condemnation names no one; its type toward
    # the actor the title names is the act (here told with another word)
    ("ACCUSE", ("PAK", "ACCUSE", "IRN")),
    # near miss: a welcome of an outcome names no actor, and stays no act toward one
    ("SUPPORT", None),
])
def test_a_title_word_for_an_act_aimed_at_no_one_names_its_type_toward_the_titles_actor(parse, aimless_type, head):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    events = [Event("PAK", aimless_type, None, None, "111", -2.0, 0, 0, 10, 1),
              Event("PAK", aimless_type, "IRN", None, "111", -2.0, 1, 0, 10, 6)]
    found = title_act(doc, events, "Pakistan condemned strike on Iran", "PAK", ["IRN"],
                      TitleActs(frozenset({"condemned", "strike"})))
    assert (found and (found.source, found.type, found.target)) == head


SIGNED_AFTER_TALKS = ("Chile signed a treaty following talks. Chile met Peru.", """
    Chile      Chile      PROPN NNP  nsubj  1
    signed     sign       VERB  VBD  ROOT   1
    a          a          DET   DT   det    3
    treaty     treaty     NOUN  NN   dobj   1
    following  follow     VERB  VBG  prep   1
    talks      talk       NOUN  NNS  pobj   4
    .          .          PUNCT .    punct  1
    Chile      Chile      PROPN NNP  nsubj  8
    met        meet       VERB  VBD  ROOT   8
    Peru       Peru       PROPN NNP  dobj   8
    .          .          PUNCT .    punct  8
""")


@pytest.mark.parametrize("text, table, head", [
    # the title's act told as the outcome of talks its sentence tells: the story leads with the talks
    (*SIGNED_AFTER_TALKS, ("CHL", "CONSULT", "PER")),
    # near miss: the act told alone, the meeting after the lead: the act
    ("Chile signed a treaty with Peru. Chile met Peru.", """
    Chile   Chile   PROPN NNP  nsubj  1
    signed  sign    VERB  VBD  ROOT   1
    a       a       DET   DT   det    3
    treaty  treaty  NOUN  NN   dobj   1
    with    with    ADP   IN   prep   1
    Peru    Peru    PROPN NNP  pobj   4
    .       .       PUNCT .    punct  1
    Chile   Chile   PROPN NNP  nsubj  8
    met     meet    VERB  VBD  ROOT   8
    Peru    Peru    PROPN NNP  dobj   8
    .       .       PUNCT .    punct  8
""", ("CHL", "SUPPORT", "PER")),
])
def test_a_title_act_told_as_following_talks_leaves_the_meeting_the_headline(parse, text, table, head):
    doc = parse(text, table)
    act = Event("CHL", "SUPPORT", "PER", None, "057", 8.0, 0, 0, 10, 1)
    consult = Event("CHL", "CONSULT", "PER", None, "040", 1.0, 3, 0, 10, 8)
    found = story_headline(doc, [act, consult], consult, ["CHL", "PER"], "CHL", title="Chile, Peru sign treaty",
                           title_codes=["PER"], acts=TitleActs(frozenset({"sign", "treaty"})))
    assert (found.source, found.type, found.target) == head


HOSTED_LEADERS = ("Chile hosted leaders of ASEAN.", """
    Chile    Chile   PROPN NNP  nsubj  1
    hosted   host    VERB  VBD  ROOT   1
    leaders  leader  NOUN  NNS  dobj   1
    of       of      ADP   IN   prep   2
    ASEAN    ASEAN   PROPN NNP  pobj   3
    .        .       PUNCT .    punct  1
""")
HOSTED_HEAD = ("Chile hosted the head of ASEAN.", """
    Chile    Chile   PROPN NNP  nsubj  1
    hosted   host    VERB  VBD  ROOT   1
    the      the     DET   DT   det    3
    head     head    NOUN  NN   dobj   1
    of       of      ADP   IN   prep   3
    ASEAN    ASEAN   PROPN NNP  pobj   4
    .        .       PUNCT .    punct  1
""")
CHAIRED_COUNTRIES = ("Chile chaired the Pacific Countries Ministers' Meeting.", """
    Chile      Chile      PROPN NNP  nsubj    1
    chaired    chair      VERB  VBD  ROOT     1
    the        the        DET   DT   det      7
    Pacific    Pacific    PROPN NNP  compound 4
    Countries  Countries  PROPN NNPS compound 5
    Ministers  Ministers  PROPN NNPS poss     7
    '          '          PART  POS  case     5
    Meeting    meeting    NOUN  NN   dobj     1
    .          .          PUNCT .    punct    1
""")
CHAIRED_PAIR = ("Chile chaired the Chile-Peru Ministers' Meeting.", """
    Chile      Chile      PROPN NNP  nsubj    1
    chaired    chair      VERB  VBD  ROOT     1
    the        the        DET   DT   det      8
    Chile      Chile      PROPN NNP  compound 5
    -          -          PUNCT HYPH punct    5
    Peru       Peru       PROPN NNP  compound 6
    Ministers  Ministers  PROPN NNPS poss     8
    '          '          PART  POS  case     6
    Meeting    meeting    NOUN  NN   dobj     1
    .          .          PUNCT .    punct    1
""")

FROM_STATES = ("Delegations from 90 states came. Chile chaired the summit.", """
    Delegations  delegation  NOUN  NNS  nsubj  4
    from         from        ADP   IN   prep   0
    90           90          NUM   CD   nummod 3
    states       state       NOUN  NNS  pobj   1
    came         come        VERB  VBD  ROOT   4
    .            .           PUNCT .    punct  4
    Chile        Chile       PROPN NNP  nsubj  7
    chaired      chair       VERB  VBD  ROOT   7
    the          the         DET   DT   det    9
    summit       summit      NOUN  NN   dobj   7
    .            .           PUNCT .    punct  7
""")
# near miss: a bilateral meeting held at such a gathering
MET_AT_GATHERING = ("Delegations from 90 states came. Chile met Peru.", """
    Delegations  delegation  NOUN  NNS  nsubj  4
    from         from        ADP   IN   prep   0
    90           90          NUM   CD   nummod 3
    states       state       NOUN  NNS  pobj   1
    came         come        VERB  VBD  ROOT   4
    .            .           PUNCT .    punct  4
    Chile        Chile       PROPN NNP  nsubj  7
    met          meet        VERB  VBD  ROOT   7
    Peru         Peru        PROPN NNP  dobj   7
    .            .           PUNCT .    punct  7
""")
FROM_PAIR = ("Delegations from the two states came. Chile chaired the summit.", """
    Delegations  delegation  NOUN  NNS  nsubj  5
    from         from        ADP   IN   prep   0
    the          the         DET   DT   det    4
    two          two         NUM   CD   nummod 4
    states       state       NOUN  NNS  pobj   1
    came         come        VERB  VBD  ROOT   5
    .            .           PUNCT .    punct  5
    Chile        Chile       PROPN NNP  nsubj  8
    chaired      chair       VERB  VBD  ROOT   8
    the          the         DET   DT   det    10
    summit       summit      NOUN  NN   dobj   8
    .            .           PUNCT .    punct  8
""")


# twenty-eighth session: who came told in the sentence after the gathering's
STATES_AFTER = ("Chile chaired the summit. Delegations from 40 states came.", """
    Chile        Chile       PROPN NNP  nsubj  1
    chaired      chair       VERB  VBD  ROOT   1
    the          the         DET   DT   det    3
    summit       summit      NOUN  NN   dobj   1
    .            .           PUNCT .    punct  1
    Delegations  delegation  NOUN  NNS  nsubj  9
    from         from        ADP   IN   prep   5
    40           40          NUM   CD   nummod 8
    states       state       NOUN  NNS  pobj   6
    came         come        VERB  VBD  ROOT   9
    .            .           PUNCT .    punct  9
""")
# the "from" phrase on the verb whose object the delegations are
BROUGHT_FROM = ("The summit brought together delegations from 40 states. Chile chaired the summit.", """
    The          the         DET   DT   det    1
    summit       summit      NOUN  NN   nsubj  2
    brought      bring       VERB  VBD  ROOT   2
    together     together    ADV   RB   advmod 2
    delegations  delegation  NOUN  NNS  dobj   2
    from         from        ADP   IN   prep   2
    40           40          NUM   CD   nummod 7
    states       state       NOUN  NNS  pobj   5
    .            .           PUNCT .    punct  2
    Chile        Chile       PROPN NNP  nsubj  10
    chaired      chair       VERB  VBD  ROOT   10
    the          the         DET   DT   det    12
    summit       summit      NOUN  NN   dobj   10
    .            .           PUNCT .    punct  10
""")
# near miss: things from many states, no people
BROUGHT_GOODS = ("The summit brought together exhibits from 40 states. Chile chaired the summit.", """
    The          the         DET   DT   det    1
    summit       summit      NOUN  NN   nsubj  2
    brought      bring       VERB  VBD  ROOT   2
    together     together    ADV   RB   advmod 2
    exhibits     exhibit     NOUN  NNS  dobj   2
    from         from        ADP   IN   prep   2
    40           40          NUM   CD   nummod 7
    states       state       NOUN  NNS  pobj   5
    .            .           PUNCT .    punct  2
    Chile        Chile       PROPN NNP  nsubj  10
    chaired      chair       VERB  VBD  ROOT   10
    the          the         DET   DT   det    12
    summit       summit      NOUN  NN   dobj   10
    .            .           PUNCT .    punct  10
""")
# a part of the gathering: "the plenary session of the summit"
SESSION_OF_SUMMIT = ("Delegations from 40 states came. Chile opened the session of the summit.", """
    Delegations  delegation  NOUN  NNS  nsubj  4
    from         from        ADP   IN   prep   0
    40           40          NUM   CD   nummod 3
    states       state       NOUN  NNS  pobj   1
    came         come        VERB  VBD  ROOT   4
    .            .           PUNCT .    punct  4
    Chile        Chile       PROPN NNP  nsubj  7
    opened       open        VERB  VBD  ROOT   7
    the          the         DET   DT   det    9
    session      session     NOUN  NN   dobj   7
    of           of          ADP   IN   prep   9
    the          the         DET   DT   det    12
    summit       summit      NOUN  NN   pobj   10
    .            .           PUNCT .    punct  7
""")
# near misses: the office of a committee (no gathering named); a bilateral meeting before the gathering
OFFICE_OF_COMMITTEE = ("Delegations from 40 states came. Chile opened the office of the committee.", """
    Delegations  delegation  NOUN  NNS  nsubj  4
    from         from        ADP   IN   prep   0
    40           40          NUM   CD   nummod 3
    states       state       NOUN  NNS  pobj   1
    came         come        VERB  VBD  ROOT   4
    .            .           PUNCT .    punct  4
    Chile        Chile       PROPN NNP  nsubj  7
    opened       open        VERB  VBD  ROOT   7
    the          the         DET   DT   det    9
    office       office      NOUN  NN   dobj   7
    of           of          ADP   IN   prep   9
    the          the         DET   DT   det    12
    committee    committee   NOUN  NN   pobj   10
    .            .           PUNCT .    punct  7
""")
MET_BEFORE_GATHERING = ("Chile met Peru. Delegations from 40 states came.", """
    Chile        Chile       PROPN NNP  nsubj  1
    met          meet        VERB  VBD  ROOT   1
    Peru         Peru        PROPN NNP  dobj   1
    .            .           PUNCT .    punct  1
    Delegations  delegation  NOUN  NNS  nsubj  8
    from         from        ADP   IN   prep   4
    40           40          NUM   CD   nummod 7
    states       state       NOUN  NNS  pobj   5
    came         come        VERB  VBD  ROOT   8
    .            .           PUNCT .    punct  8
""")

# a gathering that is no meeting noun ("took part in a session ..."), its people from many states
SESSION_THEN_STATES = ("Chile chaired the session. Delegations of the member states met.", """
    Chile        Chile       PROPN NNP  nsubj  1
    chaired      chair       VERB  VBD  ROOT   1
    the          the         DET   DT   det    3
    session      session     NOUN  NN   dobj   1
    .            .           PUNCT .    punct  1
    Delegations  delegation  NOUN  NNS  nsubj  10
    of           of          ADP   IN   prep   5
    the          the         DET   DT   det    9
    member       member      NOUN  NN   compound 9
    states       state       NOUN  NNS  pobj   6
    met          meet        VERB  VBD  ROOT   10
    .            .           PUNCT .    punct  10
""")
# near miss: people told after at another gathering ("later attended a summit that brought together ...")
TALKS_THEN_OTHER_SUMMIT = ("Chile held talks. Chile attended a summit that brought delegations from 40 states.", """
    Chile        Chile       PROPN NNP  nsubj  1
    held         hold        VERB  VBD  ROOT   1
    talks        talk        NOUN  NNS  dobj   1
    .            .           PUNCT .    punct  1
    Chile        Chile       PROPN NNP  nsubj  5
    attended     attend      VERB  VBD  ROOT   5
    a            a           DET   DT   det    7
    summit       summit      NOUN  NN   dobj   5
    that         that        PRON  WDT  nsubj  9
    brought      bring       VERB  VBD  relcl  7
    delegations  delegation  NOUN  NNS  dobj   9
    from         from        ADP   IN   prep   9
    40           40          NUM   CD   nummod 13
    states       state       NOUN  NNS  pobj   11
    .            .           PUNCT .    punct  5
""")
# near miss: a committee chaired, no gathering
COMMITTEE_THEN_STATES = ("Chile chaired the committee. Delegations of the member states met.", """
    Chile        Chile       PROPN NNP  nsubj  1
    chaired      chair       VERB  VBD  ROOT   1
    the          the         DET   DT   det    3
    committee    committee   NOUN  NN   dobj   1
    .            .           PUNCT .    punct  1
    Delegations  delegation  NOUN  NNS  nsubj  10
    of           of          ADP   IN   prep   5
    the          the         DET   DT   det    9
    member       member      NOUN  NN   compound 9
    states       state       NOUN  NNS  pobj   6
    met          meet        VERB  VBD  ROOT   10
    .            .           PUNCT .    punct  10
""")
# the partner phrase on the meeting the verb's object names: "convened a roundtable with the leaders of ASEAN"
CONVENED_WITH_LEADERS = ("Chile convened a roundtable with the leaders of ASEAN.", """
    Chile      Chile      PROPN NNP  nsubj  1
    convened   convene    VERB  VBD  ROOT   1
    a          a          DET   DT   det    3
    roundtable roundtable NOUN  NN   dobj   1
    with       with       ADP   IN   prep   3
    the        the        DET   DT   det    6
    leaders    leader     NOUN  NNS  pobj   4
    of         of         ADP   IN   prep   6
    ASEAN      ASEAN      PROPN NNP  pobj   7
    .          .          PUNCT .    punct  1
""")
# near miss: one leader of the body
CONVENED_WITH_LEADER = ("Chile convened a roundtable with the leader of ASEAN.", """
    Chile      Chile      PROPN NNP  nsubj  1
    convened   convene    VERB  VBD  ROOT   1
    a          a          DET   DT   det    3
    roundtable roundtable NOUN  NN   dobj   1
    with       with       ADP   IN   prep   3
    the        the        DET   DT   det    6
    leader     leader     NOUN  NN   pobj   4
    of         of         ADP   IN   prep   6
    ASEAN      ASEAN      PROPN NNP  pobj   7
    .          .          PUNCT .    punct  1
""")

# thirty-sixth session: a gathering told in a relative clause on a visitor is why he is there; his
# meeting in the main clause is bilateral (the meeting's word may be the gathering's own)
ASIDE_GATHERING = ("Chile, who attended the meeting of delegations from 40 states, met Peru.", """
    Chile        Chile       PROPN NNP  nsubj  12
    ,            ,           PUNCT ,    punct  0
    who          who         PRON  WP   nsubj  3
    attended     attend      VERB  VBD  relcl  0
    the          the         DET   DT   det    5
    meeting      meeting     NOUN  NN   dobj   3
    of           of          ADP   IN   prep   5
    delegations  delegation  NOUN  NNS  pobj   6
    from         from        ADP   IN   prep   7
    40           40          NUM   CD   nummod 10
    states       state       NOUN  NNS  pobj   8
    ,            ,           PUNCT ,    punct  0
    met          meet        VERB  VBD  ROOT   12
    Peru         Peru        PROPN NNP  dobj   12
    .            .           PUNCT .    punct  12
""")
# near miss: the same gathering in the main clause, the side's own act
MAIN_GATHERING = ("Chile attended the meeting of delegations from 40 states.", """
    Chile        Chile       PROPN NNP  nsubj  1
    attended     attend      VERB  VBD  ROOT   1
    the          the         DET   DT   det    3
    meeting      meeting     NOUN  NN   dobj   1
    of           of          ADP   IN   prep   3
    delegations  delegation  NOUN  NNS  pobj   4
    from         from        ADP   IN   prep   5
    40           40          NUM   CD   nummod 8
    states       state       NOUN  NNS  pobj   6
    .            .           PUNCT .    punct  1
""")

@pytest.mark.parametrize("text, table, trigger, partner, group", [
    # "is hosting leaders of ASEAN": the leaders of a body's member states, met together
    (*HOSTED_LEADERS, 1, "ASEAN", True),
    # near misses: one official of the body; leaders of one state
    (*HOSTED_HEAD, 1, "ASEAN", False),
    (*HOSTED_LEADERS, 1, "PER", False),
    # a meeting named for countries in the plural
    (*CHAIRED_COUNTRIES, 7, "FJI", True),
    # near miss: a pair's ministers' meeting
    (*CHAIRED_PAIR, 8, "PER", False),
    # its people told as from many states, the sentence before
    (*FROM_STATES, 7, "PER", True),
    # near miss: from two states, a pair
    (*FROM_PAIR, 8, "PER", False),
    # near miss: a bilateral meeting at such a gathering
    (*MET_AT_GATHERING, 7, "PER", False),
    # twenty-eighth session: who came told in the sentence after; the "from" phrase on the verb
    # ("brought together delegations from 40 states"); a session of the gathering
    (*STATES_AFTER, 1, "PER", True),
    (*BROUGHT_FROM, 10, "PER", True),
    (*SESSION_OF_SUMMIT, 9, "PER", True),
    # near misses: things, not people, from many states; a committee's office; a meeting before the gathering
    (*BROUGHT_GOODS, 10, "PER", False),
    (*OFFICE_OF_COMMITTEE, 9, "PER", False),
    (*MET_BEFORE_GATHERING, 1, "PER", False),
    # a session (a gathering, no meeting noun) whose people are from many states; a roundtable with a body's leaders
    (*SESSION_THEN_STATES, 3, "PER", True),
    (*CONVENED_WITH_LEADERS, 1, "ASEAN", True),
    # near misses: a committee chaired; one leader of the body
    (*COMMITTEE_THEN_STATES, 3, "PER", False),
    (*TALKS_THEN_OTHER_SUMMIT, 2, "PER", False),
    (*CONVENED_WITH_LEADER, 1, "ASEAN", False),
    # thirty-sixth session: the gathering told in a relative clause on the visitor (its word or the
    # visitor's verb the trigger) leaves his meeting bilateral; near miss: told in the main clause
    (*ASIDE_GATHERING, 5, "PER", False),
    (*ASIDE_GATHERING, 3, "PER", False),
    (*MAIN_GATHERING, 3, "PER", True),
])
def test_a_meeting_with_a_group_of_states_is_multilateral(parse, text, table, trigger, partner, group):
    from readout.coder.headline import _group_met
    doc = parse(text, table)
    meeting = Event("CHL", "CONSULT", partner, "visit", "040", 1.0, 0, 0, 10, trigger)
    assert _group_met(doc[trigger], meeting) is group


@pytest.mark.parametrize("text, table, partner, mode", [
    (*HOSTED_LEADERS, "ASEAN", "multilateral"),
    (*HOSTED_HEAD, "ASEAN", "visit"),
])
def test_the_headline_meeting_with_a_group_of_states_is_multilateral(parse, text, table, partner, mode):
    doc = parse(text, table)
    consult = Event("CHL", "CONSULT", partner, "visit", "040", 1.0, 0, 0, 10, 1)
    found = story_headline(doc, [consult], consult, ["CHL", partner], "CHL")
    assert found.mode == mode


@pytest.mark.parametrize("events, news, head", [
    # "Prime Minister Natano and I signed the treaty when we met here": the signing, told first in
    # its sentence, is what a release with no main meeting is about
    ([Event("AUS", "SUPPORT", "TUV", None, "057", 1.0, 2, 0, 10, 5), Event("AUS", "CONSULT", "TUV", None, "040", 1.0, 2, 20, 30, 9)],
     False, ("AUS", "SUPPORT", "TUV")),
    # "The UK has committed to open its market ... The two leaders met later": the other's promise
    ([ev("GBR", "AGREE", "USA", sentence=1), ev("USA", "CONSULT", "GBR", sentence=6)], False, ("GBR", "AGREE", "USA")),
    # near misses: the meeting told first; an act aimed at another party; no outcome (a criticism);
    # a news agency's report that leads with a quote ("is ready to host talks") reports the meeting
    ([ev("PHL", "CONSULT", "CHN"), ev("PHL", "SUPPORT", "CHN", sentence=2)], False, ("PHL", "CONSULT", "CHN")),
    ([ev("USA", "AGREE", "FRA"), ev("USA", "CONSULT", "GBR", sentence=2)], False, ("USA", "CONSULT", "GBR")),
    ([ev("USA", "ACCUSE", "GBR"), ev("USA", "CONSULT", "GBR", sentence=2)], False, ("USA", "CONSULT", "GBR")),
    ([ev("TUR", "AGREE", "UKR", sentence=3), ev("TUR", "CONSULT", "UKR", sentence=6)], True, ("TUR", "CONSULT", "UKR")),
])
def test_an_outcome_told_before_the_sides_meeting_is_the_headline(events, news, head):
    assert keys([choose_headline(events, None, ["USA"], events[-1].source, news=news)]) == [head]


@pytest.mark.parametrize("events, head", [
    # "Israel and Lebanon agreed to end their dispute ... I welcome this agreement": the welcomed outcome
    ([ev("ISR", "AGREE", "LBN"), ev("USA", "SUPPORT", None, sentence=1)], ("ISR", "AGREE", "LBN")),
    # "Norway became the thirty-third member of NATO ... I welcome Norway as a full Ally": praise of
    # the party is the side's reaction too
    ([ev("NOR", "SUPPORT", "NATO", sentence=1), ev("USA", "SUPPORT", "NOR", sentence=4)], ("NOR", "SUPPORT", "NATO")),
    # "Armenia will release the detainees ... I thank Georgia for its partnership in reaching this deal"
    ([ev("ARM", "AGREE", "AZE", sentence=2), ev("USA", "SUPPORT", "GEO", sentence=5)], ("ARM", "AGREE", "AZE")),
    # near misses: the side's first act condemns or promises; the side acts in the opening sentence
    ([ev("RUS", "ASSAULT", "UKR"), ev("USA", "ACCUSE", "RUS", sentence=1)], None),
    ([ev("ISR", "AGREE", "LBN"), ev("USA", "AGREE", "ISR", sentence=2)], None),
    ([ev("ISR", "AGREE", "LBN"), ev("USA", "SUPPORT", "ISR")], None),
])
def test_a_statement_whose_side_only_praises_an_outcome_told_first_is_about_it(events, head):
    found = welcomed_lead(events, "USA")
    assert (found and (found.source, found.type, found.target)) == head


@pytest.mark.parametrize("events, head", [
    # "The United States welcomes the release of U.S. citizens A and B ... Today the Houthis let A and
    # B go": the welcome aimed at no one opens, the release granted the side is the first act aimed
    ([ev("USA", "SUPPORT", None), ev("YEM", "RETREAT", "USA", sentence=2, cameo="0841")], ("YEM", "RETREAT", "USA")),
    # "Canada welcomes the release of ... Ann Lee, a Canadian teacher, was freed by Iran on Friday"
    ([ev("USA", "SUPPORT", None), ev("USA", "SUPPORT", None, sentence=1), ev("IRN", "RETREAT", "USA", sentence=3)],
     ("IRN", "RETREAT", "USA")),
    # near misses: an act of the side toward someone comes first ("We thank Oman ... Iran released
    # three Americans"); the first act aimed is between others; the outcome is the side's own
    ([ev("USA", "SUPPORT", None), ev("USA", "SUPPORT", "OMN", sentence=1), ev("IRN", "RETREAT", "USA", sentence=2)], None),
    ([ev("USA", "SUPPORT", None), ev("RUS", "RETREAT", "UKR", sentence=1), ev("IRN", "RETREAT", "USA", sentence=2)], None),
    ([ev("USA", "SUPPORT", None), ev("USA", "RETREAT", "IRN", sentence=1)], None),
])
def test_a_welcome_of_an_outcome_then_the_outcome_granted_the_side_is_about_that_outcome(events, head):
    found = welcomed_lead(events, "USA")
    assert (found and (found.source, found.type, found.target)) == head


@pytest.mark.parametrize("statement, meeting, head", [
    # "Release of Dr X": "Dr X has been released from detention in Iran ... The Government welcomes
    # his release. We call on Iran to free all those detained": not only a titled statement
    (False, False, ("IRN", "RETREAT", "NZL")),
    (True, False, ("IRN", "RETREAT", "NZL")),
    # a readout of a meeting: its meeting
    (False, True, ("NZL", "CONSULT", "IRN")),
])
def test_a_text_with_no_meeting_opening_with_an_outcome_it_welcomes_is_about_it(parse, statement, meeting, head):
    doc = parse(*CONDEMNED_THEN_RECALLED)
    consult = Event("NZL", "CONSULT", "IRN", None, "040", 1.0, 3, 0, 10, 1)
    events = [ev("IRN", "RETREAT", "NZL"), ev("NZL", "SUPPORT", None, sentence=1), ev("NZL", "REQUEST", "IRN", sentence=2)]
    found = story_headline(doc, events + [consult] * meeting, consult if meeting else None, ["NZL", "IRN"], "NZL",
                           statement=statement)
    assert (found.source, found.type, found.target) == head


TIES = ["FJI", "KEN"]


@pytest.mark.parametrize("acts, signed, head", [
    # "Kenya, Fiji restore diplomatic ties": the communique signed in the lead, the talks after it
    (TitleActs(frozenset({"restore", "diplomatic", "ties"})), "057", ("KEN", "SUPPORT", "FJI")),
    # "Kenya establishes relations with Fiji as minister visits Suva": the ties told before the visit
    (TitleActs(frozenset({"establishes", "relations", "minister", "visits"}), meeting=True,
               before_meeting=frozenset({"establishes", "relations"})), "054", ("KEN", "SUPPORT", "FJI")),
    # the title names the talks first ("Minister visits Suva, establishes relations"): the meeting
    (TitleActs(frozenset({"establishes", "relations", "minister", "visits"}), meeting=True), "054", None),
    # "Kenya, Fiji upgrade ties": no relations set up
    (TitleActs(frozenset({"upgrade", "ties"})), "054", None),
    # the lead tells only a promise ("agreed to restore ties"): no recognition or signing done
    (TitleActs(frozenset({"restore", "ties"})), "030", None),
])
def test_ties_established_in_the_lead_are_the_headline_over_the_talks(acts, signed, head):
    consult = ev("KEN", "CONSULT", "FJI", sentence=1, trigger=20)
    events = [ev("KEN", "SUPPORT", None, trigger=4, cameo=signed), consult,
              ev("KEN", "SUPPORT", "FJI", sentence=1, trigger=30, cameo="051")]
    got = ties_established(events, consult, "KEN", TIES, acts)
    assert (keys([got]) if got else [None]) == [head]


VISITOR_ANSWERED = ("The minister, who is on a visit to Peru, answered questions on Chile.", """
    The       the       DET   DT   det    1
    minister  minister  NOUN  NN   nsubj  11
    ,         ,         PUNCT ,    punct  1
    who       who       PRON  WP   nsubj  4
    is        be        AUX   VBZ  relcl  1
    on        on        ADP   IN   prep   4
    a         a         DET   DT   det    7
    visit     visit     NOUN  NN   pobj   5
    to        to        ADP   IN   prep   7
    Peru      Peru      PROPN NNP  pobj   8
    ,         ,         PUNCT ,    punct  1
    answered  answer    VERB  VBD  ROOT   11
    questions question  NOUN  NNS  dobj   11
    on        on        ADP   IN   prep   12
    Chile     Chile     PROPN NNP  pobj   13
    .         .         PUNCT .    punct  11
""")
VISITOR_IS = ("The minister is on a visit to Peru.", """
    The       the       DET   DT   det    1
    minister  minister  NOUN  NN   nsubj  2
    is        be        AUX   VBZ  ROOT   2
    on        on        ADP   IN   prep   2
    a         a         DET   DT   det    5
    visit     visit     NOUN  NN   pobj   3
    to        to        ADP   IN   prep   5
    Peru      Peru      PROPN NNP  pobj   6
    .         .         PUNCT .    punct  2
""")


@pytest.mark.parametrize("text, table, trigger, title_codes, passing", [
    # "X, who is on a visit to Peru, answered questions on Chile" under a title naming Chile: where
    # the visitor is, not the story's meeting (head33, thirty-third session)
    (*VISITOR_ANSWERED, 7, ["CHL"], True),
    # near misses: a title naming the visit's partner; a title naming no one; the visit told in the main clause
    (*VISITOR_ANSWERED, 7, ["PER"], False),
    (*VISITOR_ANSWERED, 7, [], False),
    (*VISITOR_IS, 5, ["CHL"], False),
])
def test_a_visit_told_in_a_relative_clause_to_a_state_the_title_leaves_out_is_in_passing(
        parse, text, table, trigger, title_codes, passing):
    from readout.coder.headline import passing_visit
    doc = parse(text, table)
    assert passing_visit(doc[trigger], {"ARG", "PER"}, {"ARG"}, title_codes) is passing
