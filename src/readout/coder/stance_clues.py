"""What an issue phrase's own words and clause say of the act it names, for stances.py: a breach with
no violator found (unless_breach), a wrongful act told as done or judged (judged_act, done_by), the
holder's own measure or one imposed, kept or acted with (own_measure, kept_measure, wielded_measure),
a deed no one else voices (unvoiced), an issue as its clause's subject (issue_subject), an act stopped
(stopped_act), what a speaker proposes of "the two sides" (proposed), an act of anyone (generic_act) and a
clause of time that frames its sentence (framing).
Split from stances.py, whose StanceFinder asks these of each issue it finds."""
from __future__ import annotations

from spacy.tokens import Span, Token

from readout.coder.grammar import clause_of, first_of_list, is_negated, subject_token
from readout.coder.records import Placeholder, is_code
from readout.coder.sources import Analysis
from readout.coder.stance_judged import copular_judgement
from readout.coder.stance_polarity import act_lemma, issue_sides, polarity_above
from readout.coder.status import ClauseStatus, Modality
from readout.lexicons import word_class

__all__ = ["timed_conflict", "unless_breach", "breach_word", "doers_in", "judged_act", "done_by", "own_measure", "kept_measure", "wielded_measure", "unvoiced", "issue_subject",
           "absolute", "stopped_act", "proposed", "generic_act", "framing", "listed_aid_kind", "aid_setting", "aid_means", "backed_side", "aid_destination",
           "described_outcome",
           "told_deed", "welcomed_people"]

SELF_NAMED_ACTS = word_class("self_named_act")     # "interfered in China's internal affairs"
SELF_NAMED_VERBS = word_class("self_named_verb")   # "interfere", not "abuse" (the noun of "rights abuses" misread)
JOINT_INTENT = word_class("joint_intent_word")    # "the two sides had agreed to ...": both sides'
BREACH_WORDS = word_class("breach_word")          # "a violation of international law"
WITH_WORDS = word_class("absolute_prep")           # "with the sovereignty of Syria respected"
GENERIC_DETS = word_class("generic_det")          # "any unilateral attempts": anyone's act
GENERIC_BREACH_DETS = word_class("generic_breach_det")   # "any violation of ...", "all acts that violate ..."
STATE_NOUNS = word_class("state_noun")            # "the situation in the South China Sea": no act
OWNER_PRONOUNS = word_class("owner_pronoun")      # "its", "their"
KEEPING_VERBS = word_class("measure_keeping_verb")   # "is restoring the tariffs": the measure is the keeper's act
FRAMING_MARKS = word_class("framing_mark")      # "since Russia launched its invasion": the speaker's setting
AID_NOUNS = word_class("aid_noun")                # "security, economic and humanitarian assistance"
MODIFIER_DEPS = ("amod", "nmod", "compound", "conj")
AID_PLACE_PREPS = word_class("aid_place_prep")   # "aid into Gaza", "assistance to civilians in Gaza"
AID_ARG_DEPS = ("nsubj", "nsubjpass", "dobj")
AID_CHANNELS = word_class("aid_channel_noun")     # "humanitarian access to Gaza"
AID_CHANNEL_MODS = word_class("aid_channel_modifier")
AID_RECIPIENTS = word_class("aid_recipient_noun")   # "aid to the people of Gaza"
SIDELESS_SCENES = word_class("sideless_scene")        # SYR, AFG: their countries are the scenes
ELABORATING_PREPS = word_class("outcome_elaboration_prep")   # "a two-state solution, with two states ..."
OUTCOME_NOUNS = word_class("described_outcome_noun")     # "solution", "settlement": what a description follows
AID_MEANS = word_class("aid_means_noun")         # "with humanitarian assistance"
MEANS_PREPS_OF_AID = word_class("means_prep")    # "with"
LIST_JOINS = word_class("list_joiner")           # "security, economic, and humanitarian"
HARM_DEEDS = word_class("harm_deed")              # "killing and wounding dozens of civilians"
LABEL_COPULAS = word_class("claim_copula")         # "X remains the leading sponsor of terrorism"
MEANS_PREPS = word_class("means_prep")            # "responded with a crackdown": the means of the verb
# people a welcome receives: visitors, officials named by title, people taken in ("welcomed millions of refugees")
WELCOMED_PEOPLE = word_class("visitor_noun") | word_class("title_word") | word_class("party_group_noun") \
    | word_class("taken_in_noun")
QUANTITY_NOUNS = word_class("quantity_noun")
CIRCUMSTANCE_PREPS = word_class("circumstance_prep")   # "since the start of the war": a time, no object


def unless_breach(word: Token, polarity: str | None) -> str | None:
    """A breach with no doer found ("a violation of international law", "violation of Iran's
    sovereignty", "any vessel found to violate existing sanctions") backs neither the law nor the victim,
    nor opposes what is breached: the gold codes every breach as opposition toward the violator, so
    without one there is no stance."""
    return None if breach_word(word) else polarity


def breach_word(word: Token) -> bool:
    """A breach word ("a violation of human rights"): its violator is found elsewhere, or none."""
    return act_lemma(word) in BREACH_WORDS or word.lower_ in BREACH_WORDS


def generic_breach(word: Token) -> bool:
    """A breach said of no deed in particular: "opposes any violation of international law", "all acts that
    violate international law" (a generic determiner on the breach or on the act it is said of)."""
    nouns = [word] + ([word.head] if word.dep_ == "relcl" else [])
    return any(c.dep_ == "det" and c.lower_ in GENERIC_BREACH_DETS for n in nouns for c in n.children)


def doers_in(act: Token, issue_at: dict) -> list:
    """The doers (counter_polarity.tsv) of issues named as where a wrongful act happens ("violations
    in Xinjiang" are China's acts), in text order."""
    places = [p for c in act.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.subtree]
    sides = issue_sides()
    return [sides[issue_at[t.i]].doer for t in places if t.i in issue_at and issue_at[t.i] in sides
            and sides[issue_at[t.i]].doer]


def judged_act(act: Token) -> bool:
    """A wrongful act named by its issue phrase is judged by being told as done ("interfered in
    China's internal affairs"), called so ("constitutes a gross interference in ..."), or felt
    ("concerned by the human rights violations in Iran"); not as a thing's topic or one item of a
    list ("victims of human rights abuses", "threats such as foreign interference")."""
    if act.pos_ == "VERB":
        return act.lemma_.lower() in SELF_NAMED_VERBS
    return copular_judgement(act) or (act.dep_ == "pobj" and act.head.head.pos_ in ("ADJ", "VERB"))


def done_by(act: Token) -> Token | None:
    """"the grave human rights violations being committed by Indian occupation forces", "interference
    carried out by foreign agents": a wrongful act that names itself, told as done by a named agent
    (a participle with its "by"), is the speaker's label of that agent's deed (GUIDE.md), or None."""
    if act.pos_ != "NOUN" or act_lemma(act) not in SELF_NAMED_ACTS:
        return None
    done = any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and any(a.dep_ == "agent" for a in c.children)
               for c in act.children)
    return act if done else None


def own_measure(an: Analysis, root: Token, holders) -> bool:
    """The holder's own measure or programme ("its nuclear weapons program", "Japan's export controls"
    said of Japan): its possessor is "its"/"their" or names a holder."""
    poss = [c for c in root.children if c.dep_ == "poss"]
    if not poss:
        return False
    if poss[0].lower_ in OWNER_PRONOUNS:
        return True
    codes = [c for c in an.codes_of_np(poss) if is_code(c)]
    return bool(codes) and set(codes) <= set(holders)


def kept_measure(root: Token, word: Token) -> bool:
    """A measure the polarity verb imposes or keeps ("is restoring the steel tariffs", "will maintain the
    tariff", "the export controls will be maintained"): carrying out a measure is an act, not backing its issue."""
    if word.pos_ != "VERB" or word.lemma_.lower() not in KEEPING_VERBS:
        return False
    t = first_of_list(root)     # "the tariffs and export controls": each item is kept
    return t.head.i == word.i and t.dep_ in ("dobj", "nsubjpass")


def wielded_measure(root: Token, word: Token) -> bool:
    """A measure the polarity verb acts with ("respond with tariffs", "retaliate with export controls"): the
    measure is the actor's means, not what the verb counters or backs."""
    t = first_of_list(root)
    return t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.i == word.i and word.pos_ == "VERB"


def unvoiced(an: Analysis, tok: Token, doer) -> bool:
    """No one but the doer acts in the token's clause or any clause above it ("since Moscow's invasion
    of Ukraine began", "the decision was taken in light of the violation of ... by the Philippines"):
    naming the deed is then the story's own word; not "the Venezuelan president denounced the measures
    imposed by Washington as a violation of ..." (a describer above, whatever the parse hung "as" on)."""
    clause = clause_of(tok)
    for _ in range(8):
        if any(c != doer for c in an.sources(clause)):
            return False
        if clause.head.i == clause.i:
            return True
        clause = clause_of(clause.head)
    return False


def issue_subject(word: Token, root: Token) -> bool:
    """The polarity verb's subject is the issue phrase itself, as in an absolute or passive clause
    ("with the sovereignty of Syria respected", "the territorial integrity of Iraq was preserved"): the
    actor the parser finds in that subject owns the issue and holds no stance on it."""
    if word.pos_ != "VERB":
        return False
    clause = clause_of(word)
    subj = subject_token(clause)
    if subj is None or subj.head.i != clause.i or not (subj.i == root.i or subj.i in {c.i for c in root.conjuncts}):
        return False
    return subj.dep_ == "nsubjpass" or absolute(clause)


def absolute(clause: Token) -> bool:
    """"with the sovereignty of Syria unconditionally respected": a clause hung on "with"."""
    return clause.head.i != clause.i and clause.head.pos_ == "ADP" and clause.head.lower_ in WITH_WORDS


def stopped_act(root: Token, word: Token) -> bool:
    """'stop playing with fire on the Taiwan question', 'stop arming Taiwan': the issue hangs on an
    act (a gerund) that the counter word stops, not on the counter word itself ('end the war')."""
    t = root
    for _ in range(6):
        if t.head.i == word.i:
            return t.pos_ == "VERB" and t.tag_ == "VBG" and t.i != root.i
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def proposed(an: Analysis, word: Token) -> bool:
    """What a speaker says of "the two sides" is the speaker's stance ("Xi stressed that the two
    sides should ...", "Putin said the two countries are expanding trade"), unless it is what the
    parties agreed or aim to do ("Raisi said the two sides had agreed to raise trade"): the words
    from the polarity word up to the verb with a subject name a joint intent, and no "should"."""
    if ClauseStatus(word, clause_of(word)).modality is Modality.NORMATIVE:
        return True
    t = word
    for _ in range(8):
        if t.lemma_.lower() in JOINT_INTENT:
            return False
        if t.head.i == t.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and Placeholder.PARTICIPANTS in an.sources(t):
            return True     # up to the clause whose subject is the parties ("agreed that ...": on)
        t = t.head
    return True


def generic_act(root: Token, word: Token, goods=frozenset()) -> bool:
    """'opposed any unilateral attempts to change the status quo in the South China Sea': an act of
    anyone (a generic determiner on the way from the issue up to the polarity word) has no doer; nor
    has a bare situation ('concerns about the situation in the South China Sea'), unless a governed
    good qualifies it (`goods`: tokens of such issue phrases; 'the human rights situation in Hong
    Kong' is how rights are treated there)."""
    def generic(tok):
        return any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in tok.children)
    def bare_state(tok):
        return tok.lemma_.lower() in STATE_NOUNS and not any(
            c.dep_ in ("compound", "amod") and any(g.i in goods for g in c.subtree) for c in tok.children)
    if any(c.dep_ == "dobj" and generic(c) for c in word.children):
        return True     # "opposed any attempts to change the status quo ..., in the South China Sea"
    t = root
    for _ in range(12):
        if generic(t) or (t.i != word.i and bare_state(t)):
            return True     # up to what is said: "opposed any attempts to change the status quo by coercion in ..."
        if t.dep_ == "ccomp" or t.head.i == t.i:
            return False
        t = t.head
    return False


def framing(clause: Token) -> bool:
    """A clause of time that frames its sentence ("since Russia launched its full-scale invasion", "when Putin
    launched his invasion", "as Russia wages its war"): told by the speaker as the setting."""
    return clause.dep_ in ("advcl", "acl") and clause.head.i != clause.i \
        and any(c.dep_ == "mark" and c.lower_ in FRAMING_MARKS for c in clause.children)


def _names_aid(tok: Token) -> bool:
    """"aid", "an aid convoy", "the flow of humanitarian aid", "the delivery of assistance", "humanitarian access": a
    noun that is aid or carries it."""
    if tok.lemma_.lower() in AID_NOUNS or any(c.dep_ in ("compound", "nmod") and c.lemma_.lower() in AID_NOUNS
                                              for c in tok.children):
        return True
    if tok.lemma_.lower() in AID_CHANNELS and any(c.dep_ == "amod" and c.lower_ in AID_CHANNEL_MODS for c in tok.children):
        return True     # "sustained humanitarian access to Gaza"
    return any(g.dep_ == "pobj" and g.lemma_.lower() in AID_NOUNS
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def timed_conflict(root: Token, word: Token | None = None) -> bool:
    """"thanked the EU for its support since the start of the war", "support during the evacuation of Afghans": a
    conflict named inside a phrase of time or circumstance dates what its clause says; it is no object of it. With
    `word`, the polarity word must stand above that phrase: "the help they gave each other during the period of
    countering the pandemic" keeps the issue its own word's object."""
    t = root
    for _ in range(10):
        if t.head.i == t.i or t.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "acl") or (word is not None and t.i == word.i):
            return False    # up to its own clause: "the sanctions imposed since the war began" ends at "imposed"
        if t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE_PREPS:
            return True
        t = t.head
    return False


def aid_setting(root: Token) -> bool:
    """"increase the flow of humanitarian aid into Gaza", "ensure that aid reaches all areas in Syria", "assistance
    to civilians in Gaza": a place of a conflict that is where aid goes is the aid's setting, no position on the
    conflict (the gold codes the humanitarian stance only)."""
    t = root
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in AID_RECIPIENTS:
            t = t.head.head     # "to the people of Gaza": the people's place
            continue
        if t.dep_ != "pobj" or t.head.lower_ not in AID_PLACE_PREPS:
            return False
        head = t.head.head
        if _names_aid(head):
            return True
        # the verb that moves the aid ("deliver aid to Gaza", "aid reaches civilians in Gaza"), reached from the
        # place or from its object ("reaches all areas in Syria")
        verb = head if head.pos_ in ("VERB", "AUX") else head.head if head.dep_ in AID_ARG_DEPS else None
        if verb is not None:
            return any(_names_aid(c) for c in verb.children if c.dep_ in AID_ARG_DEPS)
        t = head
    return False


def aid_means(span) -> bool:
    """"will continue to support the Afghan people with humanitarian assistance", "supporting Ukraine financially, with
    humanitarian aid", "provide Ukraine with humanitarian support": aid a verb acts by names what is given (AID,
    SUPPORT), no position on the issue its kind names (the gold codes none)."""
    noun = _aid_noun(span.root)
    return noun.lemma_.lower() in AID_MEANS and noun.dep_ == "pobj" and noun.head.lower_ in MEANS_PREPS_OF_AID \
        and noun.head.head.pos_ in ("VERB", "AUX")


def _aid_noun(tok: Token) -> Token:
    """The aid noun a modifier hangs on ("humanitarian" -> "assistance"), else the last modifier's head reached."""
    noun = tok
    while noun.lemma_.lower() not in AID_MEANS and noun.dep_ in MODIFIER_DEPS and noun.head.i != noun.i:
        noun = noun.head
    return noun


def listed_aid_kind(span) -> bool:
    """"providing Ukraine with the security, economic, and humanitarian assistance it needs", "military and
    humanitarian help": an issue word that is one of several kinds of aid named together says what is given
    (AID), not a position on the issue; "urgent humanitarian assistance", "the delivery of humanitarian aid"
    name no other kind."""
    for tok in span:
        if tok.dep_ not in MODIFIER_DEPS:
            continue
        noun = _aid_noun(tok)
        if noun.lemma_.lower() not in AID_MEANS or noun.i == tok.i:
            continue
        kinds = [c for c in noun.children if c.dep_ in ("amod", "nmod", "compound")]
        kinds += [g for c in kinds for g in c.conjuncts]
        if len({k.i for k in kinds}) >= 2 and any(k.dep_ == "conj" for k in kinds):
            return True
        # "the security, economic, and humanitarian assistance" with the list parsed apart: the words before
        # name other kinds (not "development assistance and humanitarian aid", two aids)
        doc, i = tok.doc, tok.i - 1
        while i > tok.sent.start and doc[i].lower_ in LIST_JOINS:
            i -= 1
        return tok.head.i == noun.i and i < tok.i - 1 and doc[i].pos_ in ("ADJ", "NOUN") \
            and doc[i].lemma_.lower() not in AID_NOUNS
    return False


def told_deed(word: Token, inside=frozenset()) -> bool:
    """"the Armed Forces of Ukraine carried out a strike, killing dozens of civilians", "the regime has responded
    with a violent crackdown on peaceful protesters": a deed of harm told as done, with no word above that judges
    it, is its doer's act, no stance of the doer's on what it harms ("condemned the crackdown on protesters" is)."""
    if act_lemma(word) not in HARM_DEEDS and word.lower_ not in HARM_DEEDS:
        return False
    means = word.dep_ == "pobj" and word.head.lower_ in MEANS_PREPS
    if word.pos_ != "VERB" and word.dep_ != "dobj" and not means:
        return False        # "the attack on civilians is unacceptable", "condemned Hamas for its attacks", "on the
        # killing of the journalist, the President said ...": judged, or a topic
    above = polarity_above(word, inside)
    for _ in range(4):
        if above is None or (means and above[0].i == word.head.head.i):
            return True     # "responded with a violent crackdown": the means is the doer's deed, not what is countered
        if act_lemma(above[0]) not in HARM_DEEDS or above[0].pos_ != "VERB":
            return False
        # "attacked a merchant vessel, killing three civilians": one deed told in two verbs judges neither
        above = polarity_above(above[0], inside)
    return False


def label_aims_at(an: Analysis, root: Token, toward) -> bool:
    """A wrong named with no polarity word ("a typical act of unilateralism") is said of `toward`: the subject of a
    copula its phrase is the predicate of ("the tariffs are ...", "the regime remains the leading sponsor of ..."),
    or the owner or "by" agent of the noun it names ("his naked interference", "attacks by Hamas"); not in a
    negated clause ("is not a terrorist organisation"), nor whoever else acts in the clause ("the Taliban will
    make a break with terrorist organizations", "listed as a terrorist organization by the US")."""
    clause = clause_of(root)
    if is_negated(clause):
        return False
    if clause.lemma_.lower() in LABEL_COPULAS:
        return True
    head = root.head if root.dep_ in ("amod", "compound") else root
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return True     # the owner pronoun the toward was resolved from ("its", "his")
    named = [g for c in head.children if c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
             for g in c.subtree]
    return toward in {m.code for _, m in an.actors_in(named)}


def _people(obj: Token) -> bool:
    """Whether a welcomed object names people ("President Zelenskyy", "the Ukrainian President", "refugees")."""
    if obj.like_num or obj.vocab[obj.lemma_].like_num or obj.lemma_.lower() in QUANTITY_NOUNS:
        # "millions of refugees from Ukraine": the people counted
        inner = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return bool(inner) and all(_people(g) for g in inner)
    # "President Zelenskyy", "Prime Minister Scott Morrison": a name under a title
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in WELCOMED_PEOPLE or any(
        c.dep_ == "compound" and c.lemma_.lower() in WELCOMED_PEOPLE for c in obj.children)


def welcomed_people(word: Token) -> bool:
    """"welcomed President Zelenskyy to the White House", "welcomed the Ukrainian President", "has welcomed
    millions of refugees from Ukraine": a welcome whose objects are all people is hospitality (an act, as
    hosting or receiving them is), no position on an issue its object's words name (GUIDE.md: a position is
    stated); "welcomed Ukraine's commitment", "welcomed the release of the hostages" welcome an outcome."""
    if word.lemma_.lower() != "welcome" or word.pos_ != "VERB":
        return False
    objs = [c for c in word.children if c.dep_ == "dobj"]
    objs += [g for o in objs for g in o.conjuncts]
    return bool(objs) and all(_people(o) for o in objs)


def backed_side(an: Analysis, root: Token) -> bool:
    """"assistance to Ukraine": a country named by its own name is a side aid backs, not a scene (Gaza, a place
    in Palestine; Syria, a sideless conflict's country)."""
    mention = an.tok_mention.get(root.i)
    return mention is not None and mention.kind == "country" and mention.form == "name" \
        and str(mention.code).lower() not in SIDELESS_SCENES


def _mention_roots(an: Analysis, sent: Span, code) -> list[Token]:
    """The head tokens of the sentence's mentions of `code`."""
    spans = [tok.doc.char_span(m.start, m.end, alignment_mode="expand") for tok, m in an.actors_in(list(sent))
             if m.code == code]
    return [f.root for f in spans if f is not None and len(f)]


def aid_destination(an: Analysis, span: Span, code) -> bool:
    """Whether the sentence names `code` only as a place aid goes to (aid_setting), not a side backed."""
    found = _mention_roots(an, span.sent, code)
    return bool(found) and all(aid_setting(tok) and not backed_side(an, tok) for tok in found)


def described_outcome(span: Span, others: set[int]) -> bool:
    """"support for a two-state solution, with Israel and Palestine living side by side": an issue phrase inside the
    description (outcome_elaboration_prep) that follows another phrase of the same issue (`others`), the outcome it
    describes; not another issue's ("a settlement in Syria, with respect for Syria's sovereignty")."""
    doc, root = span.doc, span.root
    for opener in doc[span.sent.start:span.start]:
        if opener.lower_ not in ELABORATING_PREPS or opener.dep_ not in ("mark", "prep"):
            continue
        head = opener.head if opener.dep_ == "mark" else opener
        if root.i not in {t.i for t in head.subtree}:
            continue
        i = opener.i - 1
        while i > span.sent.start and doc[i].is_punct:
            i -= 1
        # the outcome backed, then a comma: "a two-state solution, with ..."; not a subject described on the way
        # to its verb ("CPEC, as a flagship project of the Belt and Road Initiative, would be taken forward")
        if (i in others and i < opener.i - 1 and not doc[i].dep_.startswith("nsubj")
                and doc[i].lemma_.lower() in OUTCOME_NOUNS):
            return True
    return False
