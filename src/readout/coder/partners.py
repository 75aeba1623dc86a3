"""Who an act is done with, and who is no partner: its objects and the actors it is done with or
for; never an actor cited as a standard, the doer of a wrong, an adversary it is aimed against,
or the speaker's own lawmakers (docs/coder.md, "At whom")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.cameo import types_with
from readout.coder.doers import np_head, recipients
from readout.coder.grammar import np_tokens, paragraph_breaks, to_infinitive
from readout.coder.records import Party, Placeholder
from readout.coder.sources import Analysis
from readout.lexicons import word_class

__all__ = ["own_staff", "conflict_side", "helped_with_partners", "partners", "people_referent", "references", "companions", "aside", "taker", "wrongdoer", "no_partner", "adversary", "home_partner", "ANSWER_PREPS",
           "HOME_ADDRESSEES", "WRONG_ACTS"]

PAIR_PREPS = word_class("pair_prep")
JOINT_PREPS = word_class("joint_prep")         # "work with Iran"
BENEFICIARY_PREPS = word_class("beneficiary_prep")
AGENT_PREPS = word_class("agent_prep")         # "the assault against Israel by Hamas"
HOME_ADDRESSEES = word_class("home_addressee")
DISPUTES = word_class("dispute_noun")           # "the Israeli-Palestinian conflict"
FIGHTS = word_class("hostility_noun")           # "hostilities between Israel and Iran"
OWN_STAFF = word_class("own_staff_noun")        # "my national security team"
OWN_POSSESSIVES = word_class("own_possessive")
ANSWER_PREPS = word_class("answer_prep")       # "respond to X"
REFERENCE_WORDS = word_class("reference_word")  # "consistent with UNSC resolutions"
WRONG_ACTS = word_class("wrong_act")            # "Russia's war": its doer is no partner
VIOLENT_VERBS = word_class("violent_verb")      # "those killed by Hamas": its agent is no partner
ADVERSE_VERBS = word_class("adverse_verb")      # "prevent Russia from ...": no partner
ADVERSE_NOUNS = word_class("adverse_noun")        # "the denuclearization of North Korea"
ANSWER_NOUNS = word_class("answer_noun")        # "a response to Iran": no partner
REQUEST_VERBS = word_class("request_verb")     # "to urge the DPRK": asked, no partner
COMPANION_PREPS = word_class("companion_prep")  # "alongside France": who acts too
COMPANION_WORDS = word_class("companion_word")  # "along with Australia", "together with"
PLURAL_PRONOUNS = word_class("plural_pronoun")  # "stands with them"
PEOPLE_NOUNS = word_class("people_noun")        # "the people of Ukraine"
THIRD_PARTIES = word_class("third_party_plural")  # "work with our partners and invite them": them, the partners
ACTIVITY_NOUNS = word_class("activity_noun")    # "the U.S.-South Africa relationship": both sides of it
OWNER_PREPS = word_class("owner_prep")          # "the readiness of the United States"
FRIEND_NOUNS = word_class("counted_collective")  # "U.S. partners", "American allies": its friends abroad
HELPING_VERBS = word_class("helping_purpose_verb")   # "work with partners to support Ukraine"
SURE_WORDS = word_class("sure_word")             # "to make sure Ukraine has what it needs"


def partners(verbs: list[Token], an: Analysis) -> set[int]:
    """In what someone intends to do, the actors it is done with or to: "work with Iran",
    "support Ukraine's defense"; not the topic ("a response to Iran's attack")."""
    keep: set[int] = set()
    for v in verbs:
        for c in v.children:
            if c.dep_ in ("dobj", "dative"):
                keep.update(t.i for t in np_tokens(c))
            elif c.dep_ == "prep" and c.lower_ in JOINT_PREPS:
                # "with each other and with Japan": a repeated preposition the parser joins to the first
                for q in [c, *(x for x in c.conjuncts if x.lower_ == c.lower_)]:
                    for g in q.children:
                        if g.dep_ == "pobj":
                            keep.update(t.i for x in [g, *g.conjuncts] for t in np_tokens(x))
            elif c.dep_ == "prep" and c.lower_ in BENEFICIARY_PREPS:
                for g in c.children:
                    if g.dep_ == "pobj":
                        keep.update(t.i for t in g.subtree if t.dep_ in ("compound", "amod") or t.i == g.i)
            if c.dep_ == "dobj":
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in PAIR_PREPS:
                        keep.update(t.i for t in p.subtree)
                keep |= recipients(c)
            elif c.dep_ == "prep":
                # "coordinate more closely on security and economic support for Ukraine"
                for g in c.children:
                    if g.dep_ == "pobj":
                        keep |= recipients(g)
    return keep


def companions(clause: Token) -> set[int]:
    """Tokens of a phrase naming who does the act too ("is supporting cable connectivity along with
    Australia", "condemned the attack alongside France"): a companion, not whom the act is aimed at."""
    out: set[int] = set()
    for t in clause.subtree:
        if t.dep_ != "prep":
            continue
        low = t.lower_
        if low in COMPANION_PREPS or (low == "with" and (
                t.head.lower_ in COMPANION_WORDS or any(c.dep_ == "advmod" and c.lower_ in COMPANION_WORDS
                                                        for c in t.children))):
            out.update(g.i for g in t.subtree)
    return out


def aside(verb: Token) -> bool:
    """A verb inside what is intended that names no partner of it: a request of a third party ("to
    work with the international community to urge the DPRK to ...": the DPRK is asked, no partner),
    or a bare participle said alongside ("to revitalize transatlantic ties, underscoring the
    critical role of NATO")."""
    if verb.lemma_.lower() in REQUEST_VERBS:
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(
        c.dep_ in ("mark", "aux") or (c.dep_ == "prep" and c.i < verb.i) for c in verb.children)


def taker(x: Token) -> set[int]:
    """A named subject of a clause on the object: "the stand that Paraguay has taken", "the steps
    Israel has taken" are Paraguay's and Israel's, "the attack that Hamas terrorists launched"
    Hamas's (a noun phrase holding a name; not a pronoun)."""
    return {g.i for c in x.children if c.dep_ in ("relcl", "acl")
            for s in c.children if s.dep_ == "nsubj" and (s.pos_ == "PROPN" or s.pos_ == "NOUN" and any(
                g.pos_ == "PROPN" for g in s.subtree)) for g in s.subtree}


def references(clause: Token) -> set[int]:
    """Tokens of a phrase that only cites a standard ("consistent with UN Security Council
    resolutions", "in accordance with the UN Charter"): no partner or target."""
    out: set[int] = set()
    for t in clause.subtree:
        if t.dep_ == "prep" and t.head.lemma_.lower() in REFERENCE_WORDS:
            out.update(g.i for g in t.subtree)
    return out


def wrongdoer(an: Analysis, tok: Token) -> bool:
    """True for an actor named as the doer of a wrongful act: "Russia's war", "the Russian
    invasion", "aggression by Russia"."""
    root = an.name_root(tok)
    if root.dep_ in ("poss", "amod", "compound", "nmod"):
        return root.head.lemma_.lower() in WRONG_ACTS
    if root.dep_ != "pobj" or root.head.lower_ not in AGENT_PREPS:
        return False
    act = root.head.head
    if act.lemma_.lower() in WRONG_ACTS:
        return True
    # "those killed by Hamas", "the attack carried out by Hamas": a participle's agent did the wrong
    return act.tag_ == "VBN" and act.dep_ in ("acl", "relcl") and (
        act.lemma_.lower() in VIOLENT_VERBS or act.head.lemma_.lower() in WRONG_ACTS)


def conflict_side(an: Analysis, tok: Token) -> bool:
    """True for an actor named only as a side of a conflict the act is about: "reaffirmed their
    commitment to a just resolution of the Israeli-Palestinian conflict", "to end the
    Armenia-Azerbaijan dispute": a topic, no partner (nor is the doer of "Russia's war":
    wrongdoer)."""
    root = an.name_root(tok)
    for _ in range(4):
        # "the Armenia-Azerbaijan conflict": the first side hangs on the second
        if root.dep_ == "conj" or (root.dep_ in ("amod", "compound", "nmod") and root.head.i in an.tok_mention):
            root = root.head
    return root.dep_ in ("amod", "compound", "nmod") and root.head.lemma_.lower() in DISPUTES


def fight_sides(an: Analysis, tok: Token) -> bool:
    """True for an actor named only as one of the two sides of a fight: "the escalation of
    hostilities between Israel and Iran", "between the forces of Armenia and Azerbaijan", "the
    Armenia-Azerbaijan conflict" (no doer singled out)."""
    root = an.name_root(tok)
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj":
        root = root.head.head       # "between the armed forces of Armenia and Azerbaijan"
    if root.dep_ == "pobj" and root.head.lower_ == "between":
        return root.head.head.lemma_.lower() in FIGHTS or root.head.head.lower_ in FIGHTS
    return conflict_side(an, tok)


def no_partner(sources: tuple[Party, ...], typ: str) -> list[Party | None]:
    """The target of a cooperative act that names no partner: each other for a joint act of two
    named sides ("Jordan and the United States reiterated their commitment to defeating ISIS"),
    else no one."""
    if typ in types_with("joint") and sum(isinstance(x, str) for x in sources) >= 2:
        return [Placeholder.COUNTERPART]
    return [None]


def adversary(an: Analysis, tok: Token) -> bool:
    """True for an actor a cooperative act is aimed against, not done with: "committed to
    preventing Russia from using energy as a weapon", "coordinate a response to Iran"."""
    root = an.name_root(tok)
    while root.dep_ == "conj":
        root = root.head
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ADVERSE_VERBS:
        return True
    owned = root.head if root.dep_ == "poss" else root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if owned is not None and owned.dep_ == "dobj" and owned.head.lemma_.lower() in ADVERSE_VERBS:
        return True     # "work together to counter China's non-market practices", "to deter the attacks of Iran"
    if (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in ADVERSE_NOUNS) \
            or (root.dep_ == "poss" and root.head.lemma_.lower() in ADVERSE_NOUNS):
        return True     # "the complete denuclearization of North Korea", "North Korea's denuclearization"
    return root.dep_ == "pobj" and root.head.lower_ in ANSWER_PREPS and root.head.head.lemma_.lower() in ANSWER_NOUNS


def home_partner(tok: Token) -> bool:
    """An intended act's partner is the speaker's own lawmakers ("looks forward to working closely
    with Members of Congress"): domestic politics, no event."""
    return any(t.lemma_.lower() in HOME_ADDRESSEES and t.dep_ in ("pobj", "dobj") for t in tok.subtree)


def own_staff(region: list[Token]) -> bool:
    """A meeting's partner is the side's own people ("have been in close contact with my national
    security team", "met by video with his national security team"): no meeting abroad, whatever
    the topic names."""
    return any(t.lemma_.lower() in OWN_STAFF and t.dep_ == "pobj" and t.head.lower_ in JOINT_PREPS
               and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in t.children) for t in region)


def own_session(meeting: Token) -> bool:
    """A meeting of the side's own body ("chaired a session of the Federal Cabinet", "a meeting of his
    national security team"): no meeting abroad, whatever the topic names."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in OWN_STAFF for g in c.children) for c in meeting.children)


def home_beneficiary(an: Analysis, trig_token: Token, actors, source) -> bool:
    """A pledge whose only actors are the pledger's own people, industry or role ("committed to
    helping American families", "will work with the U.S. oil and gas industry"): a domestic act,
    aimed at itself. Not its own name as the pledge's holder ("the readiness of the United States
    to work with ...") or as one side of a named tie ("the U.S.-South Africa relationship")."""
    if not actors or any(m.code != source for _, m in actors):
        return False
    for t, _ in actors:
        root = an.name_root(t)
        head = np_head(root)
        if head.i == trig_token.i or head.lemma_.lower() in ACTIVITY_NOUNS | FRIEND_NOUNS:
            return False    # "the defense of U.S. partners": its partners abroad, not its own people
        if root.dep_ == "pobj" and root.head.lower_ in OWNER_PREPS and (
                root.head.head.i == trig_token.i or root.head.head.lemma_.lower() in ACTIVITY_NOUNS):
            return False
    return True


def people_referent(an: Analysis, trig_token: Token, region: list[Token], sources) -> str | None:
    """ "The people of Ukraine have stood unbowed. The United States stands with them, providing the
    air defense systems they need": a plural pronoun among a cooperative act's arguments (or the
    subject of a relative clause on one) is the people its paragraph last named before it, not the
    other side of the statement; not where its sentence names partners, allies or countries before
    it ("invite them")."""
    spots = {t.i for t in region}
    pronoun = next((t for t in trig_token.sent if t.lower_ in PLURAL_PRONOUNS and (
        t.i in spots or t.dep_ == "nsubj" and t.head.dep_ == "relcl" and t.head.head.i in spots)), None)
    if pronoun is None or any(t.tag_ == "NNS" and t.lemma_.lower() in THIRD_PARTIES
                              for t in trig_token.doc[trig_token.sent.start:pronoun.i]):
        return None     # "We work with our partners and invite them to ...": them, the partners
    doc = trig_token.doc
    start = max((b for b in paragraph_breaks(doc) if b <= trig_token.sent.start_char), default=0)
    for m in reversed(an.mentions):
        if not start <= m.start < trig_token.idx or m.code in sources:
            continue
        root = doc[an.mention_root.get(id(m), 0)]
        if root.head.lemma_.lower() in PEOPLE_NOUNS and root.dep_ in ("amod", "compound", "nmod") or (
                root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PEOPLE_NOUNS):
            return m.code
    return None


def helped_with_partners(an: Analysis, region: list[Token], sources) -> list[str]:
    """ "will work with our partners to support the people of Sudan", "agreed to continue working closely
    with partners to support Ukraine", "keep working with our allies to make sure Ukraine has what it
    needs": an intent done with unnamed partners is aimed at the one its purpose helps (eval/styles
    FRESH43.md BC21, FRESH48.md, FRESH31.md AN8), not at no one; the first actor a helping verb of a
    to-purpose on the verb of "with" (or on the partners) names, with those listed beside it, and none that is a
    wrongdoer, an adversary or a side of a dispute ("to confront Iran's aggression"); [] without one."""
    spots = {t.i for t in region}
    withs = [t for t in region if t.dep_ == "pobj" and t.head.lower_ in JOINT_PREPS]
    # the purpose on the verb, or (as the parser may hang it) on the partners ("with partners to support")
    verbs = [t.head.head for t in withs if t.head.head.pos_ == "VERB"]
    verbs += [v.head for v in verbs if v.dep_ == "xcomp"]     # "will keep working with ... to make sure"
    purposes = [c for v in verbs for c in v.children if c.dep_ in ("xcomp", "advcl") and to_infinitive(c)]
    purposes += [c for t in withs for c in t.children if c.dep_ in ("relcl", "acl") and to_infinitive(c)]
    for purpose in purposes:
        for v in purpose.subtree:
            if v.pos_ != "VERB" or not (v.lemma_.lower() in HELPING_VERBS or any(
                    c.lower_ in SURE_WORDS and c.dep_ in ("acomp", "oprd", "ccomp", "amod") for c in v.children)):
                continue
            found = [(t, m.code) for t, m in an.actors_in([t for t in v.subtree if t.i not in spots])
                     if m.code not in sources and _helped(an.name_root(t), v) and not wrongdoer(an, t)
                     and not adversary(an, t) and not conflict_side(an, t)]
            if found:
                first = an.name_root(found[0][0])
                chain = {first.i} | {c.i for c in first.conjuncts}
                return list(dict.fromkeys(c for t, c in found if an.name_root(t).i in chain))
    return []


HELPED_PATH = ("dobj", "pobj", "prep", "conj", "appos", "nsubj", "ccomp", "acomp", "xcomp")


def _helped(root: Token, verb: Token) -> bool:
    """The actor is the one a helping verb helps: its object ("support Moldova"), the owner of its
    object or of a people noun ("support Ukraine's defence", "the people of Sudan", "the Libyan
    people"), whom it is given to ("provide aid to Ukraine") or who is made sure of ("make sure
    Haiti has"); not a name that only modifies a thing deeper in it ("the implementation of UN
    Security Council resolutions")."""
    t = root
    if t.dep_ in ("poss", "amod", "compound", "nmod"):
        head = t.head
        if not (head.dep_ == "dobj" and head.head.i == verb.i or head.lemma_.lower() in PEOPLE_NOUNS):
            return False
        t = head
    for _ in range(8):
        if t.i == verb.i:
            return True
        if t.dep_ not in HELPED_PATH or t.head.i == t.i:
            return False
        t = t.head
    return False
