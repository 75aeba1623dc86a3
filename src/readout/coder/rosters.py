"""Who took part in a meeting told with a group (docs/coder.md, "Headline and participants"):
"met with a delegation of African leaders. The delegation was headed by A and included B and C",
"received a delegation led by A and comprising the ministers of B and C", "met Pacific Island
leaders, including A, B and C", "a meeting attended by A, B and C", "with the participation of A,
B and C". Each named member met the meeting's party and each other (GUIDE.md, several parties: one
CONSULT per pair; three or more in person are `multilateral`)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from readout.actors import PERSON_KINDS
from readout.coder.grammar import clause_of, subject_token
from readout.coder.membership import is_body
from readout.coder.records import Event, Placeholder, is_code
from readout.coder.patterns import rule_codes
from readout.lexicons import word_class

__all__ = ["expand_groups", "guest_acts", "late_joiners", "own_pledges", "planned_talks"]

TITLES = word_class("title_word") | word_class("state_title")
GROUP = word_class("party_group_noun")          # "a delegation of", "the leaders", "his guests"
ROSTER_VERBS = word_class("roster_verb")        # "the delegation included / was headed by / comprised"
ATTENDANCE = word_class("attendance_word")      # "attended by", "with the participation of"
CONVENE = word_class("convene_verb")            # "a meeting convened / chaired / hosted by X"
CHAIR_NOUNS = word_class("chair_noun")          # "held under the chairmanship of X"
OPENING = word_class("opening_verb")            # "The talks were opened by X"
HEAD_VERBS = word_class("group_head_verb")     # "a delegation led by", "was headed by"
MEMBER_PREPS = word_class("member_prep")        # "leaders of", "counterparts from", "including"
DEFINITE = word_class("definite_det")
MEETING_NOUNS = word_class("meeting_noun")      # "The meeting was attended by ..."
GUEST_NOUNS = word_class("guest_noun")         # "the guests held talks", "his visitors"
GUEST_MARKS = word_class("guest_modifier")     # "the visiting ministers"
PARTICIPANT_NOUNS = word_class("roster_word") - {"join"}     # "Among the participants were ..."
# what hangs on a group noun but tells no member: "leaders who came forward to settle the conflict in
# Ukraine", "an initiative to end the war"
CUT_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "parataxis"}
REACH = 2       # a roster sentence follows the meeting within this many sentences
REMOTE_MODES = word_class("remote_mode")      # a call by phone or video keeps its medium (GUIDE.md)
KEPT_MODES = word_class("kept_mode")          # the meeting's own pair keeps these
TALK_PARTNERS = word_class("talk_partner_prep")      # "a meeting with the leaders of ..."
FUTURE_AUX = word_class("future_aux")
INTENT = word_class("intent_word") | word_class("anticipation_word")
PLANNED_TALK = frozenset(rule_codes("planned_talk"))  # CAMEO codes of an intent to meet or negotiate
PLEDGE = word_class("pledge_word")             # "affirmed their commitment to", "pledged to"
MUTUAL = word_class("mutual_content_word")      # "to deepen cooperation", "a joint commission"
RECIPROCAL = word_class("reciprocal_phrase")    # "with each other", "one another"
JOINT_PREPS = word_class("joint_prep")          # "work with X", "between their countries"
POLITIES = word_class("polity_noun")            # "among the three countries"
JOINER_MARKS = word_class("late_joiner_mark")   # "X also took part", "Y joined them in Kyiv"


def _kept(tok: Token, heads: list):
    """The tokens of `tok`'s phrase that can name a member: its lists, appositions and "of", "from",
    "including" phrases, and what a roster or attendance word hangs on it ("comprising"); no clause,
    destination, venue or topic ("leaders who came forward to settle the conflict in Ukraine", "a
    delegation to Kenya", "a meeting on Myanmar"). Who heads the group ("led by", "headed by") is
    one member, the first actor its phrase names: each such phrase goes to `heads` ("led by the
    Chairman of the Kenya-Uganda Commission" names one leader)."""
    yield tok
    for c in tok.children:
        if c.dep_ in CUT_DEPS:
            continue
        if c.dep_ == "acl" and c.lemma_.lower() not in ROSTER_VERBS | ATTENDANCE | CONVENE:
            continue
        if c.dep_ == "prep" and c.lower_ not in MEMBER_PREPS:
            continue
        if c.dep_ == "agent" and tok.lemma_.lower() in HEAD_VERBS:
            heads.append(list(c.subtree))
            continue
        yield from _kept(c, heads)


def _members(doc: Doc, phrase: Token, mentions, skip=frozenset()) -> list[str]:
    """The actor codes a member phrase names: its heads' first, then the rest, in text order."""
    heads: list = []
    tokens = [t for t in _kept(phrase, heads) if t.i not in skip]
    out = []
    for head in heads:
        out += [c for c in _codes(doc, head, mentions)[:1] if c not in out]
    return out + [c for c in _codes(doc, tokens, mentions) if c not in out]


def _codes(doc: Doc, tokens, mentions) -> list[str]:
    """The actor codes of the people the mentions in `tokens` name, in text order: a person or an
    office, or a state that names one ("the foreign ministers of Oman and Bahrain", "Kuwaiti Foreign
    Minister X", "leaders from Ghana"); not a state named for anything else ("members of the
    Kenya-Uganda friendship group")."""
    chars = {}
    for t in tokens:
        for k in range(t.idx, t.idx + len(t)):
            chars[k] = t
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start in chars and m.code not in out and (m.kind in PERSON_KINDS or _names_person(chars[m.start])):
            out.append(m.code)
    return out


def _names_person(tok: Token) -> bool:
    """True for a state's name that says whose a person or an office is ("the leaders of Ghana",
    "Kuwaiti Foreign Minister", "his counterparts from Japan and the Republic of Korea")."""
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i and tok.head.pos_ == "PROPN" \
            and tok.head.lemma_.lower() not in GROUP | TITLES:
        tok = tok.head                          # "the Republic of Korea", "Oman and Bahrain"
    if tok.dep_ == "conj":
        tok = tok.head
        while tok.dep_ == "conj":
            tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in MEMBER_PREPS:
        owner = tok.head.head
    elif tok.dep_ in ("amod", "compound", "nmod", "poss"):
        owner = tok.head
    else:
        return False
    return owner.lemma_.lower() in GROUP | TITLES or (owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON")


def _is_group(tok: Token) -> bool:
    """True for a noun for a group of officials ("a delegation", "the leaders", "his guests")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in GROUP


def _members_phrases(trig: Token) -> list[Token]:
    """The phrases of a meeting that name its members: a group as its object ("met with a delegation
    of ...", "received the visiting ministers"), a group it is "of" ("a meeting of the leaders of
    ..."), its attendance ("attended by ...", "with the participation of ...")."""
    out = []
    if trig.dep_ in ("nsubj", "nsubjpass") and trig.head.lemma_.lower() in ATTENDANCE:
        # "The Meeting was attended by ASEAN Leaders and by Senior General X of Myanmar"
        out += [c for c in trig.head.children if c.dep_ == "agent" or (c.dep_ == "conj" and c.pos_ == "ADP")
                or (c.dep_ == "dobj" and trig.dep_ == "nsubj")]      # "..., and by X"
    holders = [trig] + ([trig.head] if trig.dep_ in ("dobj", "pobj") and trig.head.pos_ in ("VERB", "AUX") else [])
    if trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.head.pos_ in ("VERB", "AUX"):
        holders.append(trig.head.head)      # "took part in a session [, chaired by X]"
    for h in holders:
        for c in h.children:
            if c.dep_ in ("dobj", "attr") and _is_group(c) and h.i == trig.i:
                out.append(c)
            elif c.dep_ == "prep":
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    if p.lemma_.lower() in ATTENDANCE or (_is_group(p) and (
                            h.i == trig.i and (c.lower_ in TALK_PARTNERS or c.lower_ in MEMBER_PREPS))):
                        out.append(p)
            elif c.dep_ == "acl" and (c.lemma_.lower() in ATTENDANCE or (
                    h.i == trig.i and c.lemma_.lower() in CONVENE)):
                out.append(c)       # "a meeting attended by ...", "a meeting convened and chaired by X"
            elif c.dep_ == "advcl" and h.i != trig.i and c.lemma_.lower() in CONVENE and c.tag_ in ("VBN", "VBD") \
                    and any(t.dep_ == "agent" for t in c.subtree):
                out.append(c)       # the parser's "attended a meeting [convened and chaired by X]"
    # "the summit, which is being held in Johannesburg under the chairmanship of X": its chair
    places = [trig] + [c for c in trig.children if c.dep_ in ("acl", "relcl")]
    out += [p for h in places for c in h.children if c.dep_ == "prep" and c.lower_ == "under"
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in CHAIR_NOUNS]
    return out


def _roster_sentence(sent) -> Token | None:
    """ "The delegation was headed by A and included B and C", "Members of the delegation included
    ...", "The meeting was attended by A, B and C": the clause whose definite group subject is listed
    by a roster verb, or whose definite meeting is attended, else None."""
    root = sent.root
    lemma = root.lemma_.lower()
    if lemma not in ROSTER_VERBS | ATTENDANCE | CONVENE | OPENING:
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in subj.children)
    group_of = any(c.dep_ == "prep" and c.lower_ == "of" and any(_is_group(p) for p in c.children)
                   for c in subj.children)
    if lemma in ROSTER_VERBS and ((_is_group(subj) and definite) or group_of or (
            subj.lemma_.lower() in PARTICIPANT_NOUNS and subj.tag_ in ("NNS", "NNPS"))):
        return root
    if lemma in ATTENDANCE and subj.lemma_.lower() in MEETING_NOUNS and definite:
        return root
    if lemma in CONVENE | OPENING and subj.dep_ == "nsubjpass" and subj.lemma_.lower() in MEETING_NOUNS and definite:
        return root     # "The talks were opened by X": its host, a participant
    return None


def _takes_part(tok: Token) -> bool:
    """True for a verb of attending ("took part", "participated", "attended", "joined")."""
    lemma = tok.lemma_.lower()
    return lemma in ATTENDANCE or (lemma == "take" and any(c.lower_ == "part" for c in tok.children))


def _same_meeting(sent, trig: Token) -> bool:
    """True where a roster sentence names no meeting or names the one told before with a definite
    article ("in the meeting", "the summit"), not another ("a working dinner")."""
    named = [t for t in sent if t.lemma_.lower() in MEETING_NOUNS and t.pos_ == "NOUN"]
    return all(t.lemma_.lower() == trig.lemma_.lower() and any(
        c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in t.children) for t in named)


def _listed_after_copula(sent, trig: Token, doc: Doc, mentions) -> list[str] | None:
    """ "Taking part in the meeting were A, B and C", "Also taking part were A and B", "Among the
    participants were A and B": the members the copula lists, else None."""
    cop = next((t for t in sent if t.lemma_ == "be"), None)
    if cop is None or cop.i == sent.start:
        return None
    lead = doc[sent.start:cop.i]
    if not any((t.tag_ == "VBG" and _takes_part(t)) or t.lemma_.lower() in PARTICIPANT_NOUNS for t in lead):
        return None
    if not _same_meeting(lead, trig):
        return None
    return _codes(doc, doc[cop.i + 1:sent.end], mentions)


def _attendees(sent, trig: Token, doc: Doc, mentions) -> list[str] | None:
    """ "President of Iran X took part in the meeting", "A, B and C also attended the summit": the
    subjects of a verb of attending, past, of the meeting told before, else None."""
    root = sent.root
    if not _takes_part(root) or root.tag_ != "VBD" or not _same_meeting(sent, trig):
        return None     # "will attend the summit": announced, no roster of a meeting held
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return _codes(doc, list(subj.subtree), mentions) if subj is not None else None


def expand_groups(events: list[Event], doc: Doc, mentions) -> list[Event]:
    """Each CONSULT of a named party with a group whose members the story names becomes one
    CONSULT with each member and one between each two members (same trigger, so they are the
    meeting's participants); a meeting told with no party ("A meeting of the Council took place")
    is one among the members its roster names."""
    sents = list(doc.sents)
    out, done, claimed, claimed_sents, expanded = [], set(), set(), {}, set()
    for e in events:
        if e.type == "CONSULT" and (e.trigger in claimed or (
                e.sentence in claimed_sents and {e.source, e.target} <= claimed_sents[e.sentence])):
            continue        # the roster sentence's own meeting is the one it lists
        untold = e.source == Placeholder.PARTICIPANTS and not is_code(e.target)
        if e.type != "CONSULT" or not (is_code(e.source) or untold) or not 0 <= e.trigger < len(doc) \
                or e.trigger in done:
            out.append(e)
            continue
        trig = doc[e.trigger]
        phrases = _members_phrases(trig) if not untold else []
        # a summit told by itself ("chaired the BRICS summit") takes its roster from what follows
        if not phrases and trig.lemma_.lower() not in MEETING_NOUNS:
            out.append(e)
            continue
        members, hosts = [], []
        for p in phrases:
            named = _members(doc, p, mentions)
            members += [c for c in named if c not in members]
            if p.lemma_.lower() in CONVENE | CHAIR_NOUNS:
                hosts += named
        roster, listed = None, []
        for k, sent in enumerate(sents[e.sentence + 1:e.sentence + 1 + REACH], e.sentence + 1):
            roster = _roster_sentence(sent)
            if roster is not None:
                subj = {t.i for c in roster.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
                named = _members(doc, roster, mentions, subj)
                members += [c for c in named if c not in members]
                if roster.lemma_.lower() in CONVENE | OPENING:
                    hosts += named
                break
            # "Taking part in the meeting were A, B and C", "A and B also attended the summit"
            named = _listed_after_copula(sent, trig, doc, mentions) or _attendees(sent, trig, doc, mentions)
            if named:
                members += [c for c in named if c not in members]
                listed.append(k)
        # a roster of one joins a meeting that has a party of its own where it names its host ("The
        # talks were opened by X") or one who attended it too ("X also attended the summit")
        fewest = 1 if not untold and (hosts or (roster is None and listed)) else 2
        if not phrases and ((roster is None and not listed) or len(members) < fewest):
            out.append(e)
            continue
        target = [e.target] if is_code(e.target) else []
        if target and is_body(e.target) and (not phrases or (hosts and trig.lemma_.lower() in MEETING_NOUNS)):
            # the body whose summit it is: the setting, its named members (or its chair: "took part
            # in the BRICS summit, chaired by X") the parties (FRESH.md 31)
            target = []
        source = members[0] if untold else e.source
        partners = [c for c in dict.fromkeys(target + members) if c != source]
        told = {c for x in events if x.trigger == e.trigger for c in (x.source, x.target) if is_code(c)}
        # a roster of two or more joins the meeting; one names the other side where the words
        # gave none ("The Meeting was attended by ... Senior General X of Myanmar")
        if not partners or set(partners) <= told or (len(partners) < 2 and target):
            out.append(e)
            continue
        done.add(e.trigger)
        if roster is not None and not phrases:
            claimed.update(c.i for c in roster.children if c.dep_ in ("nsubj", "nsubjpass"))
        claimed_sents.update({k: {source, *partners, Placeholder.PARTICIPANTS, Placeholder.COUNTERPART}
                              for k in listed})
        mode = e.mode if e.mode in REMOTE_MODES or len(partners) < 2 else "multilateral"
        pairs = [(source, p) for p in partners] + [
            (a, b) for i, a in enumerate(partners) for b in partners[i + 1:]]
        # the meeting's own pair keeps a mode its words gave; two sides meeting at a third's
        # convening ("attended a special meeting convened and chaired by X") meet third-party
        # (GUIDE.md), and the host meets each side with the others, multilateral
        own = e.mode if e.mode in KEPT_MODES else mode
        if is_code(e.target) and mode == "multilateral" and hosts and not {e.source, e.target} & set(hosts):
            own = "third-party"
        out += [Event(a, "CONSULT", b, own if (a, b) == (e.source, e.target) else mode,
                      e.cameo, e.goldstein, e.sentence, e.start, e.end, e.trigger) for a, b in pairs]
        expanded.add((e.sentence, source))
    # "hosted the Quad Leaders Summit": the verb's meeting with no partner of its own is the
    # summit its roster names, not a second meeting with the story's other side
    out = [e for e in out if not (e.type == "CONSULT" and e.target == Placeholder.COUNTERPART
                                  and (e.sentence, e.source) in expanded and e.trigger not in done)]
    return late_joiners(out, doc, mentions, done)


def _joined(sent, doc: Doc, mentions) -> list[str]:
    """ "NATO Secretary General X also took part", "Romanian President Y joined them in Kyiv", "Z
    joined the call": the actors a past verb of attending adds to talks told just before (by "also"
    or "too", or "joined" with a pronoun for those met or the meeting told), in a sentence that
    names no other meeting; else []."""
    root = sent.root
    if not _takes_part(root) or root.tag_ != "VBD":
        return []
    marked = any(c.dep_ == "advmod" and c.lower_ in JOINER_MARKS for c in root.children) or (
        root.lemma_.lower() == "join" and any(c.dep_ == "dobj" and (c.lower_ in JOINER_MARKS or (
            c.lemma_.lower() in MEETING_NOUNS and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)))
            for c in root.children))      # "X joined the call at its conclusion"
    # "also attended the meeting" is the one told; "also attended a dinner", "the G20 summit" another
    named = [t for t in sent if t.lemma_.lower() in MEETING_NOUNS and t.pos_ == "NOUN"]
    objects = [c for c in root.children if c.dep_ == "dobj" and c.lower_ not in JOINER_MARKS | {"part"}]
    if root.lemma_.lower() != "join":       # "joined them in Kyiv": a place, not what was attended
        objects += [p for c in root.children if c.dep_ == "prep" and c.lower_ == "in"
                    for p in c.children if p.dep_ == "pobj"]
    if not marked or any(t.lemma_.lower() not in MEETING_NOUNS for t in objects) or any(
            any(c.dep_ in ("compound", "amod", "nmod") for c in t.children) or not any(
                c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children) for t in named):
        return []
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return _codes(doc, list(subj.subtree), mentions) if subj is not None else []


def late_joiners(events: list[Event], doc: Doc, mentions, done=frozenset()) -> list[Event]:
    """Talks told by a verb between named sides ("A met B in Kyiv") that the next sentence says
    another also took part in ("C joined them in Kyiv", "D also took part"): each newcomer meets
    each side and the others (GUIDE.md, several parties: one CONSULT per pair, three or more in
    person `multilateral`)."""
    met: dict[int, list[Event]] = {}
    for e in events:
        if e.type == "CONSULT" and is_code(e.source) and is_code(e.target) and 0 <= e.trigger < len(doc) \
                and e.trigger not in done and doc[e.trigger].pos_ in ("VERB", "AUX"):
            met.setdefault(e.trigger, []).append(e)
    if not met:
        return events   # most stories: no talks told by a verb, no sentence list to build
    sents = list(doc.sents)
    added = []
    for trig, told in met.items():
        index = told[0].sentence
        if index + 1 >= len(sents):
            continue
        sides = list(dict.fromkeys(c for x in told for c in (x.source, x.target)))
        new = [c for c in _joined(sents[index + 1], doc, mentions) if c not in sides]
        if not new:
            continue
        first = told[0]
        mode = first.mode if first.mode in REMOTE_MODES else "multilateral"
        # the sides' own meeting is now one of three or more, and so is the newcomer's told in the
        # joining sentence ("joined them for the talks")
        events = [replace(x, mode=mode) if x.type == "CONSULT" and x.mode not in REMOTE_MODES and (
            x.trigger == trig or (x.sentence == index + 1 and {x.source, x.target} & set(new))) else x for x in events]
        everyone = sides + new
        added += [Event(a, "CONSULT", b, mode, first.cameo, first.goldstein, first.sentence, first.start,
                        first.end, first.trigger)
                  for i, a in enumerate(everyone) for b in everyone[i + 1:] if b in new]
    return events + added if added else events


def _guest_subject(subj: Token, named: set[int]) -> bool:
    """ "the guests", "the visiting ministers", "the African leaders": the group that came to the
    meeting, not its host (a regional adjective that names no actor of its own; `named`: where the
    story's mentions start)."""
    if subj.lemma_.lower() in GUEST_NOUNS and subj.tag_ in ("NNS", "NNPS"):
        return True
    if subj.tag_ not in ("NNS", "NNPS") or not _is_group(subj):
        return False
    return any(c.dep_ == "amod" and (c.lower_ in GUEST_MARKS or (
        c.text[:1].isupper() and c.i > subj.sent.start and c.idx not in named)) for c in subj.children)


def guest_acts(events: list[Event], doc: Doc, mentions) -> set[int]:
    """The triggers of acts whose doers are the meeting's guests ("the visiting leaders held talks
    with President Macron", "the day before, the African leaders had held talks in Kiev"): their
    participants are the parties other than the story's side, the host."""
    out = set()
    named = {m.start for m in mentions}
    for e in events:
        if e.source != Placeholder.PARTICIPANTS or not 0 <= e.trigger < len(doc):
            continue
        clause = clause_of(doc[e.trigger])
        subj = subject_token(clause)
        while subj is None and clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head        # "had visited Moscow ... and held talks with Lavrov"
            subj = subject_token(clause)
        if subj is not None and _guest_subject(subj, named):
            out.add(e.trigger)
    return out


def planned_talks(events: list[Event], doc: Doc, acts: bool = True) -> set[int]:
    """The triggers of talks the parties will hold, told in the future by the text ("The Presidents
    will discuss ...", "the President and the Prime Minister will meet at the summit"), with no verb of
    agreeing or committing over them, and, where the text so announces a meeting, of any other act
    they will do there ("the leaders will reaffirm their support for Ukraine"): in an announcement,
    the telling side's, not its guest's promise (FRESH54 BN8, FRESH60 BT9: no guest-side key).
    acts=False (a joint statement's title, its signers not found) keeps to talks: "The United States
    and France will work with Israel" is each signer's promise; so is a future act of three or more
    named sources (co-announcers), and one told where no meeting is announced ("The European
    Commission and the United States will bolster their cooperation")."""
    talks = {e.trigger for e in events if e.cameo in PLANNED_TALK and 0 <= e.trigger < len(doc)
             and _told_future(doc[e.trigger])}
    if not talks or not acts:
        return talks
    doers: dict[int, set] = {}
    for e in events:
        doers.setdefault(e.trigger, set()).add(e.source)
    out = set(talks)
    for e in events:
        if e.cameo in PLANNED_TALK or not 0 <= e.trigger < len(doc) or len(doers[e.trigger]) > 2:
            continue
        # an act other than talks: the future is on its own verb or on the verb whose object it
        # is ("will underscore their commitment to NATO")
        tok = doc[e.trigger]
        if tok.dep_ == "dobj":
            tok = tok.head
        if tok.pos_ == "VERB" and _told_future(tok):
            out.add(e.trigger)
    return out


def _told_future(tok: Token) -> bool:
    """True where the act of `tok` is told in the future with no verb of intent over it."""
    # "I will be speaking soon with X to congratulate them, to discuss ...": the purpose of a
    # future act is as future; "agreed to discuss", "look forward to meeting" stay promises
    while tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i != tok.i \
            and tok.head.lemma_.lower() not in INTENT and not any(c.lower_ in FUTURE_AUX for c in tok.children):
        tok = tok.head
    return tok.lemma_.lower() not in INTENT and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children)


def _pledge_word(tok: Token) -> Token | None:
    """The pledge word of an act ("affirmed their commitment to ...", "pledged to ..."): the
    trigger itself or its object, else None."""
    if tok.lemma_.lower() in PLEDGE or tok.lower_ in PLEDGE:
        return tok
    return next((c for c in tok.children if c.dep_ in ("dobj", "acomp", "xcomp")
                 and (c.lemma_.lower() in PLEDGE or c.lower_ in PLEDGE)), None)


def _mutual(pledge: Token, mentions) -> bool:
    """True where what is pledged is done with or for one another: a word of cooperation or of a
    joint body ("deepen cooperation", "a joint commission", "work together"), "each other", or a
    partner named after "with"/"between" ("between their countries", "with Nigeria")."""
    content = [t for c in pledge.children if c.dep_ not in ("nsubj", "nsubjpass", "poss", "det")
               for t in c.subtree]
    if any(t.lemma_.lower() in MUTUAL or t.lower_ in MUTUAL for t in content):
        return True
    text = " ".join(t.lower_ for t in content)
    if any(f" {w} " in f" {text} " for w in RECIPROCAL):
        return True
    named = {m.start for m in mentions}
    return any(t.dep_ == "prep" and t.lower_ in JOINT_PREPS and any(
        p.dep_ == "pobj" and (p.idx in named or any(s.idx in named for s in p.subtree)
                              or p.lemma_.lower() in POLITIES)
        for p in t.children) for t in content)


def own_pledges(events: list[Event], doc: Doc, mentions) -> set[int]:
    """The triggers of the participants' pledges of each one's own conduct ("the leaders affirmed
    their commitment to holding credible elections", "pledged to fight corruption"): no act of the
    parties toward one another (FRESH23 AC7); a pledge of cooperation, a joint step or an
    agreement between them ("committed to deepen cooperation between their countries", "to
    establish a joint commission") is not one of these."""
    out = set()
    for e in events:
        if e.source != Placeholder.PARTICIPANTS or e.type != "AGREE" or not 0 <= e.trigger < len(doc):
            continue
        pledge = _pledge_word(doc[e.trigger])
        if pledge is not None and not _mutual(pledge, mentions):
            out.add(e.trigger)
    return out
