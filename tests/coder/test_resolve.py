"""coder/resolve.py: the main interaction, participants, headline, and placeholders resolved."""
from types import SimpleNamespace

import pytest

from readout.coder.records import Event, Named, NotParty, Placeholder, Stance, StoryContext
from readout.coder.resolve import (code_doc, finalize_events, finalize_stances, is_statement, main_consult, meeting_series,
                                   nearby_codes, participants_of)

P, CP, OTHER = Placeholder.PARTICIPANTS, Placeholder.COUNTERPART, Placeholder.OTHER


def ev(source, type_, target, sentence=0, trigger=1, cameo="040"):
    return Event(source, type_, target, None, cameo, 1.0, sentence, 0, 10, trigger)


def keys(events):
    return [(e.source, e.type, e.target) for e in events]


def test_main_consult_is_the_first_meeting_between_named_parties():
    events = [ev(P, "CONSULT", CP), ev("CHN", "SUPPORT", "IRN"), ev("CHN", "CONSULT", "IRN", sentence=1, trigger=7)]
    assert main_consult(events).trigger == 7
    assert main_consult(events, title="Statement by the President on Iran") is None   # a later call in a statement


@pytest.mark.parametrize("own, found", [
    ({"CHN"}, None),                # "Pelosi visited Taiwan" opens China's statement about the visit
    ({"USA"}, 1),                   # the side's own visit opens its statement
    ({"IND", "USA"}, 1),            # a joint statement: one of its signers met
    (set(), 1),                     # no side known
])
def test_main_consult_of_a_statement_is_a_meeting_of_its_own_parties(own, found):
    events = [ev("USA", "CONSULT", "TWN"), ev("CHN", "ACCUSE", "USA", sentence=1, trigger=9)]
    head = main_consult(events, "Statement by the Ministry on the Speaker's Visit", [], own)
    assert (head and head.trigger) == found


@pytest.mark.parametrize("title, statement", [
    ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on January 16, 2024", True),
    ("Statement by President Biden on Lebanon", True),
    ("Joint Statement of the United States and India", True),
    ("Readout of President Biden's Call with Prime Minister Modi", False),
    ("Special Briefing by the Foreign Secretary on the Prime Minister's visit", False),
    (None, False),
])
def test_is_statement_by_its_title(title, statement):
    assert is_statement(title) is statement


def test_main_consult_of_several_in_its_sentence_is_the_one_with_a_party_the_title_names():
    # "Ishiba, who was visiting Lima, Peru, held a Japan-China Summit Meeting with Xi"
    events = [ev("JPN", "CONSULT", "PER", trigger=2), ev("JPN", "CONSULT", "CHN", trigger=9),
              ev("JPN", "CONSULT", "USA", sentence=1, trigger=20)]
    assert main_consult(events, "Japan-China Summit Meeting", ["CHN"]).trigger == 9
    assert main_consult(events, "Japan-US Summit Meeting", ["USA"]).trigger == 2    # only in its sentence
    assert main_consult(events, "Summit Meeting", []).trigger == 2
    # a title that names no meeting: "attends the signing ceremony ... from Ukrainian Ports"
    assert main_consult(events, "Japan attends the ceremony of China", ["CHN"]).trigger == 2


def test_participants_of_the_main_interaction_or_the_publisher_and_whom_it_names_most():
    consult = ev("CHN", "CONSULT", "IRN", trigger=3)
    events = [consult, ev("IRN", "CONSULT", "CHN", trigger=3)]
    assert participants_of(events, consult, "USA", {"RUS": 5}) == ["CHN", "IRN"]
    assert participants_of([], None, "USA", {"RUS": 5, "IRN": 2}) == ["USA", "RUS"]
    assert participants_of([], None, "USA", {"RUS": 5}, title_codes=["IRN"]) == ["USA", "IRN"]


@pytest.mark.parametrize("raw, kw, resolved", [
    ([ev(P, "AGREE", None)], {}, [("CHN", "AGREE", "IRN"), ("IRN", "AGREE", "CHN")]),   # joint: once per side
    # regression: "they committed to consultation with allies and partners" was each leader's
    # promise to every other one
    ([ev(P, "AGREE", Placeholder.NO_ONE)], {}, [("CHN", "AGREE", None), ("IRN", "AGREE", None)]),
    ([ev("CHN", "AGREE", Placeholder.NO_ONE)], {}, [("CHN", "AGREE", None)]),
    # "... with allies and partners, including Iran": each side toward the one named, even a party
    ([ev(P, "AGREE", Named("IRN"))], {}, [("CHN", "AGREE", "IRN")]),
    ([ev(P, "ACCUSE", None)], {}, [("CHN", "ACCUSE", None), ("IRN", "ACCUSE", None)]),
    ([ev(P, "ACCUSE", CP)], {}, []),                   # "the leaders encouraged progress": not each other
    ([ev("CHN", "SUPPORT", CP)], {}, [("CHN", "SUPPORT", "IRN")]),
    ([ev(NotParty("CHN"), "SUPPORT", "RUS")], {}, [("IRN", "SUPPORT", "RUS")]),   # "you" said by China
    ([ev("CHN", "ACCUSE", OTHER)], {"statement": True}, [("CHN", "ACCUSE", "IRN")]),
    ([ev("CHN", "ACCUSE", OTHER)], {}, [("CHN", "ACCUSE", None)]),
    ([ev("CHN", "COERCE", "CHN")], {}, []),            # a country on itself
    ([ev("CHN", "COERCE", "CHN")], {"domestic": True}, [("CHN", "COERCE", "CHN")]),
    # help, sanctions, arrests and attacks done to no one named are no event outside --domestic
    ([ev("CHN", "COERCE", None), ev("CHN", "SANCTION", None), ev("CHN", "AID", None),
      ev("CHN", "ASSAULT", None)], {}, []),
    ([ev("CHN", "COERCE", None)], {"domestic": True}, [("CHN", "COERCE", None)]),
    ([ev("CHN", "SANCTION", "IRN")], {}, [("CHN", "SANCTION", "IRN")]),
    ([ev("CHN", "SUPPORT", None)], {"foreign": False}, []),   # undirected praise, no foreign actor
    ([ev("CHN", "CONSULT", "IRN"), ev("IRN", "CONSULT", "CHN", trigger=5)], {}, [("CHN", "CONSULT", "IRN")]),
])
def test_finalize_events(raw, kw, resolved):
    assert keys(finalize_events(raw, ["CHN", "IRN"], **kw)) == resolved


@pytest.mark.parametrize("raw, nearby, resolved", [
    ([ev("USA", "SUPPORT", CP, sentence=1)], [{"USA", "GEO"}, {"USA"}], []),   # thanks, no one abroad near
    ([ev("USA", "SUPPORT", CP, sentence=1)], [{"USA"}, {"USA", "GEO"}], [("USA", "SUPPORT", "GEO")]),
    ([ev("USA", "SUPPORT", None, sentence=1)], [{"USA", "GEO"}, {"USA"}], []),   # praise of a program at home
    ([ev("USA", "SUPPORT", None)], [{"USA", "GEO"}], [("USA", "SUPPORT", None)]),
    ([ev("USA", "THREATEN", CP)], [{"USA"}], []),     # "will respond to coastal hazards"
    ([ev("USA", "REJECT", None)], [{"USA"}], [("USA", "REJECT", None)]),
    ([ev(P, "AGREE", None, sentence=1)], [{"USA", "GEO"}, {"USA"}], []),   # 'they' with no one abroad near
])
def test_finalize_events_of_a_statement_resolves_to_parties_named_near(raw, nearby, resolved):
    assert keys(finalize_events(raw, ["USA", "GEO"], statement=True, nearby=nearby)) == resolved


@pytest.mark.parametrize("raw, nearby, positions, resolved", [
    # "President Biden rejects Congressional Republicans' plan to increase taxes": inside one country
    ([ev("USA", "REJECT", None)], [{"USA"}], set(), []),
    ([ev("USA", "PROTEST", None, sentence=1)], [{"USA"}, {"USA"}], set(), []),   # "they marched for the right to vote"
    # "The United States opposes unilateral sanctions": a stance in its sentence, a position kept
    ([ev("USA", "REJECT", None)], [{"USA"}], {0}, [("USA", "REJECT", None)]),
    # a foreign actor named in an earlier paragraph frames the text ("stand against arbitrary detention")
    ([ev("USA", "REJECT", None, sentence=1)], [{"USA", "CHN"}, {"USA"}], set(), [("USA", "REJECT", None)]),
    ([ev("CHN", "REJECT", None)], [{"USA", "CHN"}], set(), [("CHN", "REJECT", None)]),  # another side's
    ([ev("USA", "ACCUSE", None)], [{"USA", "CHN"}], set(), [("USA", "ACCUSE", None)]),  # not framed: needs_foreign
])
def test_the_side_s_own_rejection_of_no_one_needs_a_foreign_frame(raw, nearby, positions, resolved):
    got = finalize_events(raw, ["USA", "CHN"], statement=True, nearby=nearby, side="USA", positions=positions)
    assert keys(got) == resolved


@pytest.mark.parametrize("source, parties, statement, side, resolved", [
    ("G7", ["USA", "G7"], True, "USA", []),     # "G7 Leaders will commit": not to the US, as to itself
    ("CHN", ["USA", "G7"], True, "USA", [("CHN", "AGREE", "USA")]),  # no body of the side's
    ("G7", ["USA", "G7"], False, "USA", [("G7", "AGREE", "USA")]),  # a meeting's other side stays
    ("G7", ["USA", "G7"], True, None, [("G7", "AGREE", "USA")]),    # no side: a member may ask its body
    ("G7", ["USA", "GBR"], True, "USA", []),    # the first other party, not the next one
])
def test_a_statement_s_other_side_is_never_the_side_s_own_body(source, parties, statement, side, resolved):
    nearby = [set(parties) | {source}] if statement else None
    got = keys(finalize_events([ev(source, "AGREE", CP, cameo="036")], parties, statement=statement, nearby=nearby,
                               when="2022-06-27", side=side))
    assert got == resolved


def test_the_parties_joint_act_stays_aimed_at_each_other():
    # "President Biden and G7 leaders will announce that they will contribute ...": the guide's joint act
    got = keys(finalize_events([ev(P, "AGREE", CP, cameo="036")], ["USA", "G7"], statement=True,
                               nearby=[{"USA", "G7"}], when="2022-06-27", side="USA"))
    assert got == [("USA", "AGREE", "G7"), ("G7", "AGREE", "USA")]


@pytest.mark.parametrize("country, when, same", [
    ("FIN", "2022-06-01", False),     # Finland joined NATO in April 2023
    ("FIN", "2023-06-01", True),
    ("FIN", None, True),              # no date: any membership counts
    ("CHN", "2023-06-01", False),
])
def test_membership_is_dated(country, when, same):
    from readout.coder.membership import same_body

    assert same_body(country, "NATO", when) is same
    assert same_body("NATO", country, when) is same


def test_a_bad_membership_date_is_a_lexicon_error(tmp_path):
    from readout.coder.membership import read_members
    from readout.errors import LexiconError

    path = tmp_path / "members.tsv"
    path.write_text("body\tmember\tfrom\tto\nNATO\tFIN\t4 April 2023\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="dates must be YYYY-MM-DD"):
        read_members(path)


def test_nearby_codes_restart_at_a_blank_line_or_a_bullet():
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from spacy.util import get_words_and_spaces

    text = "China met Iran.\n\nWe thanked Japan.\n-  We thanked them."
    words, spaces = get_words_and_spaces("China met Iran . We thanked Japan . - We thanked them .".split(), text)
    firsts = {0, words.index("We"), words.index("-")}      # three sentences
    starts = [k in firsts for k in range(len(words))]
    doc = Doc(English().vocab, words=words, spaces=spaces, sent_starts=starts)
    mentions = [SimpleNamespace(start=text.index(w), code=c) for w, c in (("China", "CHN"), ("Iran", "IRN"),
                                                                          ("Japan", "JPN"))]
    assert nearby_codes(doc, mentions, ["USA"]) == [{"USA", "CHN", "IRN"}, {"USA", "JPN"}, {"USA"}]


def test_finalize_stances():
    raw = [Stance(P, "support", "sovereignty", CP, 0, 0, 5), Stance("CHN", "oppose", "ukraine", "CHN", 1, 6, 9)]
    assert [s.key() for s in finalize_stances(raw, ["CHN", "IRN"])] == [
        ("CHN", "support", "sovereignty", "IRN"), ("IRN", "support", "sovereignty", "CHN"),
        ("CHN", "oppose", "ukraine", None)]


def test_code_doc_on_a_hand_built_parse(parse, patterns_of):
    from readout.actors import ActorResolver
    from readout.coder.events import EventCoder
    from readout.coder.stances import StanceFinder
    from readout.issues import IssueLexicon

    doc = parse("Xi Jinping met Ebrahim Raisi in Beijing.", """
        Xi       Xi       PROPN NNP  compound  1
        Jinping  Jinping  PROPN NNP  nsubj     2
        met      meet     VERB  VBD  ROOT      2
        Ebrahim  Ebrahim  PROPN NNP  compound  4
        Raisi    Raisi    PROPN NNP  dobj      2
        in       in       ADP   IN   prep      2
        Beijing  Beijing  PROPN NNP  pobj      5
        .        .        PUNCT .    punct     2
    """)
    comp = SimpleNamespace(resolver=ActorResolver(), stances=StanceFinder(IssueLexicon()),
                           coder=EventCoder(patterns_of([{"verb": "meet", "cameo": "040"}])))
    code_doc(doc, comp, StoryContext(date="2022-02-05"))
    assert keys(doc._.events) == [("CHN", "CONSULT", "IRN")]
    assert (doc._.headline.source, doc._.headline.mode) == ("CHN", "visit")   # no phone cue: in person
    assert {m.code for m in doc._.actors} == {"CHN", "IRN"} and doc._.stances == []


AGREED_THEN_THANKED = ("Saudi Arabia and Iran agreed to resume relations. China thanked Iran.", """
    Saudi     Saudi     PROPN NNP  compound  1
    Arabia    Arabia    PROPN NNP  nsubj     4
    and       and       CCONJ CC   cc        1
    Iran      Iran      PROPN NNP  conj      1
    agreed    agree     VERB  VBD  ROOT      4
    to        to        PART  TO   aux       6
    resume    resume    VERB  VB   xcomp     4
    relations relation  NOUN  NNS  dobj      6
    .         .         PUNCT .    punct     4
    China     China     PROPN NNP  nsubj     10
    thanked   thank     VERB  VBD  ROOT      10
    Iran      Iran      PROPN NNP  dobj      10
    .         .         PUNCT .    punct     10
""")


AGREED_THEN_URGED = ("Saudi Arabia and Iran agreed to resume relations. China urged Iran.", """
    Saudi     Saudi     PROPN NNP  compound  1
    Arabia    Arabia    PROPN NNP  nsubj     4
    and       and       CCONJ CC   cc        1
    Iran      Iran      PROPN NNP  conj      1
    agreed    agree     VERB  VBD  ROOT      4
    to        to        PART  TO   aux       6
    resume    resume    VERB  VB   xcomp     4
    relations relation  NOUN  NNS  dobj      6
    .         .         PUNCT .    punct     4
    China     China     PROPN NNP  nsubj     10
    urged     urge      VERB  VBD  ROOT      10
    Iran      Iran      PROPN NNP  dobj      10
    .         .         PUNCT .    punct     10
""")


@pytest.mark.parametrize("publisher, text, head", [
    ("Xinhua News Agency", AGREED_THEN_THANKED, ("SAU", "AGREE", "IRN")),    # a news agency's report: about its lead
    # a government's text whose own act only thanks a party of the outcome told first is about that
    # outcome too (twenty-fourth session: gold on fresh7, fresh23, fresh32 reads so); one whose own
    # act asks something of a party is about that act
    ("Ministry of Foreign Affairs of the People's Republic of China", AGREED_THEN_THANKED, ("SAU", "AGREE", "IRN")),
    ("Ministry of Foreign Affairs of the People's Republic of China", AGREED_THEN_URGED, ("CHN", "REQUEST", "IRN")),
])
def test_a_news_report_is_about_its_lead_between_two_others(parse, patterns_of, publisher, text, head):
    from readout.actors import ActorResolver
    from readout.coder.events import EventCoder
    from readout.coder.stances import StanceFinder
    from readout.issues import IssueLexicon
    from readout.lexicons.publishers import publisher_of

    doc = parse(*text)
    comp = SimpleNamespace(resolver=ActorResolver(), stances=StanceFinder(IssueLexicon()),
                           coder=EventCoder(patterns_of([{"verb": "agree", "cameo": "030", "target": "counterpart"},
                                                         {"verb": "thank", "cameo": "051"},
                                                         {"verb": "urge", "cameo": "020"}])))
    code_doc(doc, comp, StoryContext(date="2023-03-10", publisher=publisher,
                                     publisher_country=publisher_of(publisher).code))
    assert (doc._.headline.source, doc._.headline.type, doc._.headline.target) == head


@pytest.mark.parametrize("raw, resolved", [
    # "held bilateral meetings with A, B and C": the main meeting is the side's with each in turn
    ([ev("PAK", "CONSULT", "CHN"), ev("PAK", "CONSULT", "RUS"), ev("PAK", "CONSULT", "UZB")], "PAK"),
    ([ev("PAK", "CONSULT", "CHN")], None),                                          # one partner
    ([ev("PAK", "CONSULT", "CHN"), ev("PAK", "CONSULT", "RUS"), ev("CHN", "CONSULT", "RUS")], None),  # all together
])
def test_meeting_series_is_the_sides_meetings_with_each_partner_in_turn(raw, resolved):
    assert meeting_series(raw, raw[0], "PAK") == resolved


def test_the_two_sides_of_a_series_are_the_pair_its_paragraph_names():
    raw = [ev(P, "AGREE", CP, sentence=1), ev(P, "AGREE", CP, sentence=2)]
    nearby = [{"PAK", "CHN", "RUS", "UZB"}, {"CHN"}, set()]
    got = keys(finalize_events(raw, ["PAK", "CHN", "RUS", "UZB"], series="PAK", nearby=nearby))
    # a paragraph naming one partner: that pair only; one naming none: every party, as before
    assert got[:2] == [("PAK", "AGREE", "CHN"), ("CHN", "AGREE", "PAK")]
    assert ("RUS", "AGREE", "UZB") in got[2:] and ("RUS", "AGREE", "UZB") not in got[:2]
