"""The parse as the coder reads it: clause heads, subjects, noun phrases and negation.

Pure functions of a parsed spaCy Doc (tags, lemmas and dependencies), shared by every step of the
coder; none of them knows about actors.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from readout.lexicons import word_class

__all__ = ["word_forms", "decided_noun", "finite_passive", "or_else", "alternative_to", "object_heads", "raised_objects", "participle_undergoers", "joined_passive", "on_whom", "inverted_condition", "with_conditions", "condition_clauses", "offer_condition", "sentences_before", "shared_objects", "sentences_back", "ability_modal", "clause_of", "shared_of", "head_of", "is_negated", "subject_token", "np_tokens", "unplaced", "extraposed",
           "paragraph_breaks", "doc_text", "remembered", "VENUE_PREPS"]

CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj",
               "csubjpass", "parataxis"}
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")
VENUE_PREPS = word_class("venue_prep")
SEQUENCE_PREPS = word_class("sequence_prep")     # "after being released by X"
INTENT_WORDS = word_class("intent_word")
NEGATION_WORDS = word_class("negation_word")
ABILITY = word_class("ability_modal")      # "cannot accept", "can no longer be tolerated"
RETAINED_OBJECT_VERBS = word_class("retained_object_verb")
JUDGING_VERBS = word_class("judging_verb")    # "is rejected by X and denounced in the strongest terms"
DECISION_NOUNS = word_class("decision_noun")    # "India's decision to cut ...", "the US move to designate ..."
MAKER_PREPS = word_class("maker_prep")          # "the decision of / by the European Union"
DECISION_MAKING = word_class("decision_making_verb")    # "Germany made the painful decision to free ..."
PHASE_NOUNS = word_class("meeting_phase_noun")    # "at the start of his meeting with X", "after three days of talks"
OFFER_MARKS = word_class("offer_condition_mark")      # "ready for talks as soon as / once X withdraws"
READINESS = word_class("readiness_word")
COMPULSION = word_class("compulsion_verb")    # "we will be compelled to take adequate measures"
PERSON_RELATIVES = word_class("person_relative")   # "met Prime Minister X, to whom he conveyed ..."
ALTERNATIVE = word_class("alternative_conj")     # "must withdraw or face severe costs"
OBLIGATION = word_class("obligation_modal")      # "Kiev must stop the shelling, or Russia will ..."
REQUEST_VERBS = word_class("request_verb")        # "called on Russia to withdraw or face severe costs"
INVERTED_AUX = word_class("inverted_condition_aux")     # "should Russia further invade Ukraine"
# Where a condition told by inversion hangs on its main clause ("Should Moscow escalate, ..." is a ccomp).
INVERTED_DEPS = ("advcl", "ccomp")
# A paragraph ends at a blank line or where a bulleted item starts (fact sheets list items so;
# normalize.py joins a bullet's line to the one before, so a bullet follows a sentence's end).
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|(?:\n|(?<=[.!?:;*\"\u201d\u2019)])[ \t]+)[-*\u2022][ \t]")


def _or_joined(clause: Token) -> Token | None:
    """The verb a clause is joined to by "or" ("must withdraw or face severe costs": withdraw), else None."""
    if clause.dep_ != "conj" or clause.head.i == clause.i:
        return None
    head = clause.head
    if not any(c.dep_ == "cc" and c.lower_ in ALTERNATIVE and head.i < c.i < clause.i for c in head.children):
        return None
    return head


def object_heads(verb: Token) -> list[Token]:
    """The heads of a verb's objects and of its prepositions' objects: whom a verb of asking asks
    ("called on Russia to withdraw", "urged Iran to ...": Russia, Iran), what a relative clause's verb
    is done to ("to whom he conveyed ...")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


# What a verb that shares the next one's object may have of its own ("Should X retaliate, the President
# may increase or modify the tariff"): a condition or time, but no object, complement or phrase
SHARING_DEPS = ("aux", "auxpass", "neg", "advmod", "npadvmod", "advcl", "cc", "conj", "nsubj", "nsubjpass", "punct", "mark")


def raised_objects(verb: Token) -> list[Token]:
    """The object a verb shares with a later verb it is joined to by "or", which the parser hangs on
    that one alone ("may increase or modify the tariff", "will impose or extend sanctions": the
    tariff, sanctions); none where the verb has an object or phrase of its own."""
    if any(c.dep_ not in SHARING_DEPS for c in verb.children):
        return []       # "met and discussed the tariff", "spoke by phone and raised concerns": its own complement
    if not any(c.dep_ == "cc" and c.lower_ in ALTERNATIVE for c in verb.children):
        return []       # "will stand and support ...": two acts; "increase or modify" one choice of acts on one object
    return [c for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB" and v.i - verb.i <= 3
            and not any(s.dep_.startswith("nsubj") for s in v.children)
            for c in v.children if c.dep_ == "dobj"]


def participle_undergoers(tok: Token) -> list[Token]:
    """The subject of the clause a bare passive participle after "after", "following", "upon" hangs on,
    which undergoes it ("ten Americans are coming home after being released by X"): its object."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children) \
            or any(c.dep_.startswith("nsubj") for c in tok.children):
        return []
    if joined_passive(tok):
        return [c for c in tok.head.children if c.dep_ == "nsubj"]
    # only after a preposition of sequence: "the summit being hosted by X", an advcl, is no one's undergoing
    head = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in SEQUENCE_PREPS else None
    return [c for c in head.children if c.dep_ == "nsubj"] if head is not None and head.pos_ in ("VERB", "AUX") else []


def joined_passive(verb: Token) -> bool:
    """A passive with its doer named by "by", joined to an active verb whose subject it shares and
    undergoes ("arrived in Banjul and was received by President X")."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children) \
        and not any(c.dep_.startswith("nsubj") for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.head.children)


def on_whom(clause: Token) -> bool:
    """A relative clause on a person's "whom", as its object or after its preposition ("X, whom he
    thanked", "X, to whom he conveyed ...", "X, with whom he agreed to ...")."""
    return any(t.lower_ in PERSON_RELATIVES for t in object_heads(clause))


def or_else(clause: Token) -> Token | None:
    """The act a consequence is the alternative to ("Iran must release the sailors or face serious
    consequences", "called on Russia to withdraw its forces or face severe costs": release,
    withdraw): the demanded verb the clause, sharing its subject, is joined to by "or", else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None     # "or both will face the consequences": a clause of its own, no alternative offered
    head = _or_joined(clause)
    if head is None:
        return None
    # a demand: what must be done, or what someone is asked to do ("called on Russia to withdraw");
    # not two measures offered ("phasing out or banning the import of Russian oil")
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in head.children) or (
            head.dep_ in ("xcomp", "advcl") and head.head.lemma_.lower() in REQUEST_VERBS):
        return head
    return None


def alternative_to(clause: Token) -> Token | None:
    """The demand a clause of its own is the alternative to ("Kiev must stop the shelling, or Russia
    will take retaliatory measures": stop): a verb with a modal of obligation that the clause is joined
    to by "or", else None."""
    head = _or_joined(clause)
    return head if head is not None and any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in head.children) else None


def first_of_list(tok: Token) -> Token:
    """The first of the list a word is joined to by "and"/"or" ("are absurd and groundless": "absurd"),
    the word itself where it heads none."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def occasion_prep(noun: Token) -> Token:
    """The word a meeting noun hangs from, through a phase or length of the meeting ("at the start of
    his meeting with X", "after three days of talks": "at", "after"); else its own head."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PHASE_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep


def remembered(doc, name: str, key, compute):
    """`compute()` worked out once per doc and key, kept in the doc's user_data under `name` (the
    coder never changes a parse, so what a rule finds in a clause holds for every trigger in it)."""
    known = doc.user_data.setdefault(name, {})
    if key not in known:
        known[key] = compute()
    return known[key]


def clause_of(tok: Token) -> Token:
    """The head of the clause a token belongs to (a verb, or the root)."""
    # Remembered per doc (the coder never changes a parse): rules ask it 100,000 times per 300
    # statements, for every word of a clause ("history" walks each word's way up).
    # The clause head's index is kept for every word walked through on the way: from each of them
    # the walk goes the same way. (An index, as the doc's other caches keep: a Token kept in the
    # doc's own user_data would hold the doc in a cycle, freed only by the garbage collector.)
    known = tok.doc.user_data.get("readout.clause_of")
    if known is None:
        known = tok.doc.user_data["readout.clause_of"] = {}
    found = known.get(tok.i)
    if found is not None:
        return tok.doc[found]
    t, walked = tok, []
    while True:
        found = known.get(t.i)
        if found is not None:
            t = t.doc[found]
            break
        walked.append(t.i)
        if t.dep_ == "ROOT" or t.head.i == t.i:
            break
        if t.dep_ in CLAUSE_DEPS and (t.pos_ in ("VERB", "AUX") or t.tag_ in VERB_TAGS):
            break
        t = t.head
    for i in walked:
        known[i] = t.i
    return t


def shared_of(noun: Token) -> Token | None:
    """The "of" phrase a coordination of nouns shares when it closes the coordination, whichever
    conjunct the parser hung it on: "the unity and territorial integrity of Syria", "the sovereignty,
    independence and territorial integrity of Ukraine" (the preposition), else None; not a phrase of
    one conjunct only ("the sovereignty of Ukraine and the security of Europe")."""
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    group = [first] + [c for c in first.conjuncts if c.pos_ in ("NOUN", "PROPN")]
    if len(group) < 2 or noun not in group:
        return None
    last = max(t.i for t in group)
    for t in group:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i > last:
                return c
    return None


def head_of(verb: Token) -> Token:
    """A clause's head, mending one common misparse: a past-tense verb joined to the last verb of a
    modal that-clause ("reiterated that a war can never be won and underscored ...") belongs to
    the main clause."""
    h = verb.head
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and h.tag_ in ("VBN", "VB", "VBG") \
            and any(c.dep_ in ("aux", "auxpass") for c in h.children):
        for a in h.ancestors:
            if a.tag_ == "VBD" and a.dep_ in ("ROOT", "conj", "ccomp"):
                return a
    return h


def ability_modal(verb: Token) -> bool:
    """A modal of ability on the verb ("cannot accept", "can no longer be tolerated", "could not remain
    silent"): negated, a refusal or warning said now, not what should be."""
    return any(c.dep_ == "aux" and c.lower_ in ABILITY for c in verb.children)


def is_negated(tok: Token) -> bool:
    """True when the token or its auxiliaries carry a negation ("did not agree", "never")."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATION_WORDS for c in tok.children)


def subject_token(verb: Token) -> Token | None:
    """The nominal subject of a clause head, if it has one of its own. A transcript's speaker label
    the parser hangs on the first clause as a second subject ("MR. KIRBY: On Saturday, the
    President held a call ...") is not it: the subject after the colon is."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for n, c in enumerate(subjects):
        if n + 1 < len(subjects) and _labels(c):
            continue
        return c
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c
    if verb.dep_ == "ROOT" and verb.tag_ == "NNS" and any(c.dep_ == "dobj" for c in verb.children):
        # "Pakistan thanks the brotherly countries of ...": a verb the tagger read as a plural noun,
        # the name before it made its compound
        return next((c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < verb.i), None)
    return None


def _labels(subj: Token) -> bool:
    """A subject followed by a colon, its clause going on after it: a speaker's label."""
    end = subj.right_edge.i + 1
    return end < len(subj.doc) and subj.doc[end].text == ":" and subj.doc[end].head.i == subj.head.i


def shares_passive(verb: Token) -> bool:
    """A participle joined to a passive verb with no subject or auxiliary of its own is passive too:
    "was summoned to the Ministry and handed a note of protest" (the parser often tags a verb of
    giving or telling there a past tense: `retained_object_verb`; "was indicted and resigned" is not)."""
    # "is rejected by Turkey and denounced in the strongest terms": a verb of judging with no object
    # of its own, tagged a past tense
    judged = verb.lemma_.lower() in JUDGING_VERBS and not any(c.dep_ == "dobj" for c in verb.children)
    return verb.dep_ == "conj" and (verb.tag_ == "VBN" or verb.lemma_.lower() in RETAINED_OBJECT_VERBS or judged) \
        and any(c.dep_ == "nsubjpass" for c in verb.head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def np_tokens(head: Token) -> list[Token]:
    """Tokens of a noun phrase, without relative clauses and non-'of' prepositions."""
    out = []

    def walk(t):
        out.append(t)
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "punct", "appos"):
                continue
            if c.dep_ == "prep" and c.lower_ not in ("of",):
                continue
            walk(c)
    walk(head)
    return out


def unplaced(tok: Token) -> list[Token]:
    """A phrase's tokens without its places: 'a curfew' of 'a curfew in Tunis'."""
    out = [tok]
    for c in tok.children:
        if not (c.dep_ == "prep" and c.lower_ in VENUE_PREPS):
            out += unplaced(c)
    return out


def extraposed(verb: Token) -> bool:
    """'it was counterproductive / important to ...': an 'it' that stands for the infinitive after
    a judging adjective, not for an actor ('it is ready to help' keeps its actor)."""
    if verb.lemma_.lower() != "be":
        return False
    judged = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if not judged or any(c.lemma_.lower() in INTENT_WORDS for c in judged):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
               for head in [verb, *judged] for c in head.children)


def stands_for_main_verb(participle: Token) -> bool:
    """A past participle the parser hangs on a noun that is really the sentence's finite verb: the
    sentence has no verb at its root ("Doctors from two aid groups donated ..."), or the noun is a
    second subject of the verb it hangs on ("Youths resorted to ..., officials said")."""
    noun = participle.head
    if participle.sent.root.pos_ not in ("VERB", "AUX"):
        return True
    return noun.dep_ == "nsubj" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i
                                        for c in noun.head.children)


def doc_text(doc: Doc) -> str:
    """doc.text, worked out once per doc: spaCy rebuilds it from every token on each call, and the
    coder asks for it per sentence and per event (a quadratic cost on long statements)."""
    text = doc.user_data.get("readout.text")
    if text is None:
        text = doc.user_data["readout.text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """span.text, cut from the doc's text worked out once (spaCy joins a span's from its tokens on
    each call; the stance finder asks it of every sentence, twice)."""
    return doc_text(span.doc)[span.start_char:span.end_char] if len(span) else ""


def paragraph_breaks(doc: Doc) -> list[int]:
    """Where the doc's paragraphs break (the offset where a blank line or a bulleted line begins),
    in order; worked out once per doc."""
    found = doc.user_data.get("readout.paragraph_breaks")
    if found is None:
        found = doc.user_data["readout.paragraph_breaks"] = [m.start() for m in PARAGRAPH_BREAK.finditer(doc_text(doc))]
    return found


def sentence_codes(doc: Doc, mentions) -> list[set[str]]:
    """Per sentence, the actors its own words name."""
    out, m, k = [], sorted(mentions, key=lambda x: x.start), 0
    for sent in doc.sents:
        while k < len(m) and m[k].start < sent.start_char:
            k += 1
        here = set()
        while k < len(m) and m[k].start < sent.end_char:
            here.add(m[k].code)
            k += 1
        out.append(here)
    return out


def shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the next verb of its coordination: "welcomes and commends the
    decision by Saudi Arabia"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
            for g in c.children if g.dep_ == "dobj"][:1]


def sentences_before(tok: Token, reach: int) -> Iterator[Span]:
    """The sentences just before the token's, nearest first, at most `reach` of them."""
    start = tok.sent.start
    while reach > 0 and start > 0:
        prev = tok.doc[start - 1].sent
        yield prev
        start = prev.start
        # a briefing's speaker label ("Spokesperson:") and a reporter's bare question ("What is your
        # comment?") tell nothing: they do not count against the reach of an answer that refers back
        reach -= not _tells_nothing(prev)


def _tells_nothing(sent: Span) -> bool:
    """A speaker label ("Spokesperson:", "Q:") or a short question naming no one ("What is your comment?")."""
    toks = [t for t in sent if not t.is_space]
    words = [t for t in toks if not t.is_punct]
    end = toks[-1].text if toks else ""
    if end == ":":
        return len(words) <= 3
    return end == "?" and len(words) <= 7 and not any(t.pos_ == "PROPN" for t in words)


def sentences_back(tok: Token, reach: int, own: bool = True) -> list[Span]:
    """Where a word that refers back looks for what it refers to: its own sentence up to it (unless
    not `own`), then the sentences just before, nearest first, at most `reach` of them."""
    return ([tok.doc[tok.sent.start:tok.i]] if own else []) + list(sentences_before(tok, reach))


def inverted_condition(clause: Token) -> bool:
    """A condition told by inversion, "(measures) should Russia further invade Ukraine", "Were
    China to attack ...", "had they agreed ...": the auxiliary stands before the subject in a
    sentence that asks nothing (not "Should we act?")."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    # "Were China to attack Taiwan, ...": the auxiliary is the clause's own verb; else auxiliary,
    # subject, verb in that order ("Joining the President were ..." puts its verb first)
    inverted = (clause.lower_ in INVERTED_AUX and clause.i < subj.i and clause.i == clause.sent.start) or (
        subj.i < clause.i and any(c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_AUX and c.i < subj.i
                                  for c in clause.children))
    # the question mark is looked for last: few clauses are inverted, and it reads every word of the sentence
    return inverted and not any(t.text == "?" for t in clause.sent)


def with_conditions(clause: Token) -> list[Token]:
    """The clauses that may hang a condition on a clause: its own children, and for a verb joined
    to another, the first one's ("should Canada respond, the President may increase or expand the
    duties": the condition hangs on "increase")."""
    out = list(clause.children)
    if clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        out += [c for c in clause.head.children if c.i < clause.head.i]
    return out


def condition_clauses(clause: Token, marks) -> list[Token]:
    """The conditions a clause hangs on: a clause marked by one of `marks` ("if Russia invades"),
    or told by inversion ("should Canada respond with tariffs", "Should Moscow escalate, ...")."""
    return [c for c in with_conditions(clause) if c.i != clause.i and (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        or c.dep_ in INVERTED_DEPS and inverted_condition(c))]


def readiness_clause(clause: Token) -> Token:
    """The clause whose readiness or compulsion a to-clause says ("the President is prepared to take
    further action", "India stands ready to respond", "we will be forced to respond": "is", "stands",
    "forced"), where a condition on it hangs; else the clause itself."""
    head = clause.head
    if clause.dep_ == "xcomp" and head.lemma_.lower() in READINESS and head.dep_ == "acomp":
        return head.head
    if clause.dep_ == "xcomp" and head.lemma_.lower() in COMPULSION and any(c.dep_ == "auxpass" for c in head.children):
        return head     # "if X deploys missiles, we will be compelled to take adequate measures": on the compulsion
    return clause


def offer_condition(verb: Token) -> Token | None:
    """A condition set for one's own readiness ("Russia is ready for negotiations as soon as Kiev
    withdraws its troops", "stands ready to negotiate once the West stops supplying weapons"): the
    clause of readiness it hangs on, for a present-tense clause with a subject of its own; else None."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    head = verb.head
    timed = any(c.lower_ in OFFER_MARKS and c.dep_ in ("mark", "advmod") for c in verb.children)
    if head.lower_ in OFFER_MARKS and head.dep_ == "advmod":
        timed, head = True, head.head       # "as soon as": the clause hangs on "soon"
    if not timed:
        return None
    # "is willing to resume the dialogue once ...": the condition may hang on the readiness's verb
    for clause in [head] + ([head.head] if head.dep_ in ("xcomp", "acomp") else []):
        words = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "xcomp"))]
        if any(t.lemma_.lower() in READINESS for t in words):
            return clause
    return None


def to_infinitive(verb: Token) -> bool:
    """A verb with its own "to" ("to hold Russia accountable", "for Iran to be held accountable")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def decision_makers(noun: Token) -> list[Token]:
    """Who made a decision told as a noun ("India's decision to cut", "the decision of the
    European Union to designate", "the U.S. move", "the move, announced today by the President
    of the United States, to designate"): the phrases that may name its maker; none for a word
    that is no decision noun."""
    if noun.lemma_.lower() not in DECISION_NOUNS or noun.pos_ != "NOUN":
        return []
    out = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    out += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in MAKER_PREPS
            for g in c.children if g.dep_ == "pobj"]
    out += [g for c in noun.children if c.dep_ in ("acl", "advcl") and c.tag_ == "VBN"
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in DECISION_MAKING:
        # "I made the difficult decision to grant clemency", "Russia took the decision to expel":
        # the light verb's subject made it
        out += [c for c in noun.head.children if c.dep_ == "nsubj"]
    return out


def decided_noun(clause: Token) -> Token | None:
    """The decision noun whose to-clause `clause` tells what is decided: "India's decision to cut",
    also where the parser hangs the clause on a participle of the noun ("the decision announced today
    by North Korea to sever relations") or on the verb whose object the noun is ("considers the decision
    of the United States yesterday to impose sanctions ... unfortunate"); None for any other clause."""
    if not to_infinitive(clause):
        return None
    head = clause.head
    if clause.dep_ == "acl":
        noun = head
    elif clause.dep_ == "xcomp" and head.dep_ == "acl" and head.tag_ == "VBN":
        noun = head.head
    elif clause.dep_ in ("advcl", "ccomp") and head.pos_ == "VERB":
        noun = next((c for c in head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    else:
        return None
    return noun if noun is not None and noun.lemma_.lower() in DECISION_NOUNS and noun.pos_ == "NOUN" else None


def finite_passive(tok: Token) -> bool:
    """A participle the parser hangs on a later noun though it has its own passive auxiliary and subject
    ("All property ... of the following persons are blocked ...: any person ...", a long legal
    sentence): a finite passive, not a label."""
    return tok.tag_ == "VBN" and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
        and any(c.dep_ == "auxpass" for c in tok.children) and any(c.dep_ == "nsubjpass" for c in tok.children)


def word_forms(tok: Token) -> set[str]:
    """A word's lemma and form, and the form without a plural or third-person "s" (the lemmatizer
    makes "hopes" "hop"; a proper noun's lemma keeps its "s": "Forces")."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low}


def present_perfect(verb: Token) -> bool:
    """A clause in the present perfect ("have seriously upset", "has consistently shown", "has been
    distorting"; a conjunct with no auxiliary of its own shares its first verb's): what it tells is
    said of now, whatever past it spans."""
    while verb.dep_ == "conj" and not any(c.dep_ == "aux" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
