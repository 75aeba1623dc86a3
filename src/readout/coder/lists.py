"""Lists of titled people that the parser breaks up (docs/coder.md, "Who acts" and "At whom").

"President Biden, Prime Minister Albanese of Australia, and Prime Minister Sunak of the United
Kingdom met" and "met with Chancellor Scholz of Germany, President Macron of France, and Prime
Minister Starmer of the United Kingdom" are lists of the people who met, but the parser hangs
their members anywhere (an apposition of a place, an adverbial of the verb). The list is read
from the surface instead: people named one after another, each perhaps "of [the] Country",
joined by commas and "and", and nothing else between them. Also the other lists the parser
breaks up: countries a phrase lists outside its own tokens ("officials from Australia, Japan and New
Zealand"), titled names hung on the last one, objects of a repeated preposition."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from readout.actors import COUNTRY_KINDS, PERSON_KINDS, STATE_KINDS
from readout.coder.grammar import np_tokens, sentences_back, sentences_before, to_infinitive
from readout.coder.records import Party, is_code
from readout.lexicons import word_class

if TYPE_CHECKING:       # sources.py reads lists of subjects through this module
    from readout.coder.sources import Analysis

__all__ = ["listed_people", "listed_countries", "listed_states", "flattened_list", "parallel_objects", "referred_list",
           "referred_series", "list_heads", "stray_last_member"]

LIST_JOINERS = word_class("list_joiner")      # ",", "and"
LIST_ENDS = word_class("list_end")            # "and" before a list's last member
OF_WORDS = word_class("office_of_word")       # "Prime Minister Sunak of the United Kingdom"
DELEGATES = word_class("delegate_noun")       # "officials from Japan": people of a country
LIST_REFERRERS = word_class("list_referring_word")   # "those countries", "the aforementioned states"
LIST_STATE_NOUNS = word_class("listed_state_noun")
LIST_REACH = 2      # sentences before the trigger's where the list referred back to may stand
SERIES_NOUNS = word_class("series_ruler_noun")     # "these regimes"
RULING_BODIES = word_class("ruling_body")       # "the communist regime persists in ...": one of a series
SERIES_REACH = 6    # sentences before that may each name one of the states referred back to
DELEGATE_PREPS = word_class("delegate_prep")     # "officials from Japan", "officials of the two countries"
HONORIFIC_OPENERS = word_class("honorific_possessive")     # "His Majesty King X" opens with "His"
HONORIFICS = word_class("honorific_noun")
LABEL_MARKS = word_class("speaker_label_mark")     # "Vladimir Putin: ..."
HONORIFIC_REACH = 3     # "His Royal Highness": the honorific noun within two words of its possessive


def listed_people(an: Analysis, person: Token) -> list[int]:
    """Token indices of every member of the list of titled people that `person` (a token of a
    person's mention) stands in, itself included; [] when it stands in no such list of two or
    more."""
    m = an.tok_mention.get(person.i)
    if m is None or m.kind not in PERSON_KINDS:
        return []
    sent = person.sent
    for start in range(sent.start, person.i + 1):
        if start > sent.start and an.tok_mention.get(start - 1) is an.tok_mention.get(start):
            continue        # not inside a name
        items = _chain(an, start, sent.end)
        if len(items) >= 2 and any(a <= person.i < b for a, b in items):
            return [i for a, b in items for i in range(a, b)]
    # "Vladimir Putin: President of A X, Prime Minister of B Y and President of C have signed ...":
    # a speaker's label the parser takes for the subject; the list after it is who acts
    end = person.i
    while end < sent.end and an.tok_mention.get(end) is m:
        end += 1
    if end < sent.end - 1 and an.doc[end].text in LABEL_MARKS:
        items = _chain(an, end + 1, sent.end)
        if len(items) >= 2:
            return [i for a, b in items for i in range(a, b)]
    return []


def _chain(an: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """Items (token ranges) of a list of people beginning at `start`."""
    doc = an.doc
    items = []
    i, last = start, False
    while True:
        stop = _item(an, i, end)
        if stop is None:
            return []
        items.append((i, stop))
        if last:
            return items    # "..., and C of Z": the list ends at the item after "and"
        j = stop
        while j < end and doc[j].lower_ in LIST_JOINERS:
            j += 1
        if j == stop:
            return []       # no "and": "Spokesman Peskov, Kim Jong Un invited ..." is no list
        last = any(doc[k].lower_ in LIST_ENDS for k in range(stop, j))
        i = _past_honorific(an, j, end)


def _past_honorific(an: Analysis, i: int, end: int) -> int:
    """Where a list member's name starts after an honorific that opens it outside its mention ("A,
    His Majesty King B, and C"; "Her Royal Highness"): past the honorific, else `i`."""
    doc = an.doc
    if i >= end or doc[i].lower_ not in HONORIFIC_OPENERS or an.tok_mention.get(i) is not None:
        return i
    for k in range(i + 1, min(i + HONORIFIC_REACH, end)):
        if an.tok_mention.get(k) is not None:
            return i
        if doc[k].lower_ in HONORIFICS:
            return k + 1
    return i


def _item(an: Analysis, i: int, end: int) -> int | None:
    """The end of one person's item starting at token i: the mention, then "of [the] Country"."""
    doc = an.doc
    m = an.tok_mention.get(i) if i < end else None
    if m is None or m.kind not in PERSON_KINDS:
        return None
    j = i
    while j < end and an.tok_mention.get(j) is m:
        j += 1
    k = j
    if k < end and doc[k].lower_ in OF_WORDS:
        k += 1
        while k < end and doc[k].lower_ in OF_WORDS:
            k += 1          # "of the"
        c = an.tok_mention.get(k) if k < end else None
        if c is not None and c.kind in COUNTRY_KINDS:
            while k < end and an.tok_mention.get(k) is c:
                k += 1
            j = k
    return j


def listed_countries(an: Analysis, head: Token) -> list[Party]:
    """Countries a noun phrase lists outside its own tokens: "senior officials from Australia,
    Japan and New Zealand"; "the United States, Australia, Japan and New Zealand" when the
    parser takes the second name for an apposition of the first (two countries never rename
    each other)."""
    heads = []
    if head.pos_ != "PROPN" and head.lemma_.lower() in DELEGATES:
        heads = [g for p in head.children if p.dep_ == "prep" and p.lower_ in DELEGATE_PREPS
                 for g in p.children if g.dep_ == "pobj"]
    own = an.tok_mention.get(head.i)
    if own is not None and own.kind in COUNTRY_KINDS:
        heads += [a for a in head.children if a.dep_ == "appos" and a.conjuncts
                  and (m := an.tok_mention.get(a.i)) is not None and m.kind in COUNTRY_KINDS
                  and m.code != own.code]
    found: list[Party] = []
    for y in [x for h in heads for x in [h, *h.conjuncts]]:
        # "officials from the four countries": the story's participants
        found += [m.code for _, m in an.actors_in(np_tokens(y))] or an.pronoun(y, True)
    return found


def listed_states(an: Analysis, head: Token) -> list[str]:
    """The states (and bodies) a list names on the surface from the one `head` names on: "the United
    States, the European Union, Australia, Canada, Democratic Republic of the Congo, ..., and the
    United Kingdom", where the parser cuts it into pieces; each joined by commas, "and" and
    determiners only. [] when `head` names none."""
    doc = head.doc
    m = an.tok_mention.get(head.i)
    if m is None or m.kind not in STATE_KINDS:
        return []
    i = head.i
    while i > head.sent.start and an.tok_mention.get(i - 1) is m:
        i -= 1
    codes, end = [], head.sent.end
    while i < end:
        m = an.tok_mention.get(i)
        if m is not None and m.kind in STATE_KINDS and m.form != "adjective":
            codes.append(m.code)
            while i < end and an.tok_mention.get(i) is m:
                i += 1
            continue
        if doc[i].lower_ in LIST_JOINERS or doc[i].pos_ == "DET":
            i += 1
            continue
        break
    return list(dict.fromkeys(codes))


def flattened_list(name: Token) -> set[int]:
    """"invited Prime Minister Albanese and President Marcos to Washington": the parser may hang a
    list of titled names on its last name ("Albanese and President" as a modifier of "Marcos");
    the last name is the list's next member. Only where the modifier itself opens a list (it
    has a conjunct), so "Foreign Minister Wang's visit" stays one name."""
    if name.dep_ not in ("nmod", "compound") or not any(
            c.dep_ == "conj" for m in name.head.children if m.dep_ in ("nmod", "compound") for c in m.children):
        return set()
    return {name.head.i}


def list_heads(name: Token) -> list[Token]:
    """The members a list member hangs from by list links: in "of the following countries is
    suspended: Afghanistan, Burma, Chad" the parser may make Burma an apposition of Afghanistan
    and Chad a conjunct of Burma, whatever Afghanistan itself hangs from."""
    out, x = [], name
    while x.dep_ in ("conj", "appos") and x.head is not x:
        x = x.head
        out.append(x)
    return out


def stray_last_member(first: Token) -> set[int]:
    """"the entry of nationals of Burma, Eritrea, and Nigeria": the parser may hang a list's last
    member on a noun above the list ("Nigeria" a conjunct of "entry"); the conjunct that follows
    the list's last member with only commas and "and" between is the list's next member: a name
    itself, or the names in its own phrase ("the restoration of democracy in Myanmar and the
    efforts of ASEAN"), not those in a clause on it ("and any persons contributing to X's actions
    in Y" brings no Y)."""
    members = [t for t in first.subtree if t is first or first in list_heads(t)]
    end = max(t.right_edge.i for t in members)
    doc = first.doc
    for a in first.ancestors:
        for c in a.children:
            if c.dep_ != "conj" or c.i <= end:
                continue
            gap = doc[end + 1:c.left_edge.i]
            if len(gap) and all(g.lower_ in LIST_JOINERS for g in gap) and any(g.lower_ in LIST_ENDS for g in gap):
                return {c.i} if c.pos_ == "PROPN" else _own_phrase(c) - {c.i}
    return set()


def _own_phrase(head: Token) -> set[int]:
    """A phrase's words outside the clauses hung on it."""
    out, stack = set(), [head]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack += [c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "xcomp")]
    return out


def parallel_objects(obj: Token) -> set[int]:
    """Objects of a repeated preposition: "gratitude to Iraq for ..., and to China for hosting the
    talks" (the parser joins the second "to" to the verb): China is thanked as Iraq is."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.pos_ != "ADP":
        return set()
    out = set()
    for other in prep.doc[prep.sent.start:prep.sent.end]:
        # "about X's launches, and about Y's activities": the second parsed as a prep of the verb,
        # right after "and"
        joined = other.dep_ == "conj" or (other.dep_ == "prep" and other.i > 0 and prep.doc[other.i - 1].dep_ == "cc")
        # ("diplomats of the Swedish Consulate in St. Petersburg and of the Polish and German embassies":
        # the parser may join the second "of" to a preposition inside the first one's phrase)
        if (other.i > prep.i and joined and other.lower_ == prep.lower_
                and (other.head == prep or other.head in prep.ancestors
                     or (other.dep_ == "conj" and other.head.dep_ == "prep" and prep in other.head.ancestors))):
            out |= {t.i for o in other.children if o.dep_ == "pobj" for g in [o, *o.conjuncts]
                    for t in np_tokens(g)}
    # "a 25% tariff on imports from Canada and a 10% tariff on imports from China", "sanctions on
    # Russia and export controls on Belarus": the same preposition in a phrase joined to one the
    # first hangs in
    nouns = []
    for a in prep.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            break
        nouns.append(a)
    joined = {t.i for a in nouns for c in a.conjuncts if c.i > prep.i for t in c.subtree}
    for other in prep.doc[prep.sent.start:prep.sent.end]:
        if other.i in joined and other.lower_ == prep.lower_ and other.dep_ == "prep":
            out |= {t.i for o in other.children if o.dep_ == "pobj" for g in [o, *o.conjuncts]
                    for t in np_tokens(g)}
    return out


def referred_list(an: Analysis, region, sources) -> list[str]:
    """The states a plural noun in the region refers back to ("demands that the governments of those
    countries withdraw ...", "urges these countries to ...", "the aforementioned states"): the last list
    of two or more states named before it in its sentence, else in the sentences just before; not
    those a restrictive clause picks out ("those countries that impose sanctions"); [] for none."""
    for noun in region:
        if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in LIST_STATE_NOUNS:
            continue
        # "the said countries", "the countries mentioned above"; a clause or phrase that picks out
        # some of them is no reference back ("those countries that buy ...", "these countries in
        # Africa"), but a to-clause the parser hangs on the noun is what they are asked to do
        refer = [c for c in noun.children if c.dep_ in ("det", "amod", "acl") and (
            c.lower_ in LIST_REFERRERS or c.lemma_.lower() in LIST_REFERRERS)]
        if not refer or any(c.dep_ == "prep" or (c.dep_ in ("relcl", "acl") and c not in refer
                                                 and not to_infinitive(c)) for c in noun.children):
            continue
        for span in sentences_back(noun, LIST_REACH):
            lists: list[list[str]] = []
            for t in span:
                codes = listed_states(an, t)
                if len(codes) >= 2 and not (lists and set(codes) <= set(lists[-1])):
                    lists.append(codes)     # not the tail of the list before
            lists = [kept for codes in lists if len(kept := [c for c in codes if c not in sources]) >= 2]
            if lists:
                return lists[-1]
    return []


def referred_series(an: Analysis, region, sources) -> list[str]:
    """The states a plural ruler noun refers back to when the sentences just before named one ruling
    body each as their subject ("In China, the Party continues to deny ... In Cuba, the regime persists in
    jailing ... In Venezuela, the Maduro regime has plunged ... We will hold these regimes accountable"):
    the subjects' states of the run of sentences before it, each a ruling body of one actor that is not
    the speaker's side; two or more, else [] (lists named in one sentence are `referred_list`'s)."""
    for noun in region:
        if noun.tag_ not in ("NNS", "NNPS") or noun.lemma_.lower() not in SERIES_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in LIST_REFERRERS for c in noun.children):
            continue
        if an.actors_in(np_tokens(noun)):
            continue
        codes: list[str] = []
        for span in sentences_before(noun, SERIES_REACH):
            subj = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            acting = [c for c in an.sources(span.root) if is_code(c)]
            named = [c for c in acting if c not in sources]
            if acting and not named:
                continue    # "The United States stands with the people of ...": the speaker's own side between
            if subj is None or len(named) != 1 or not (subj.lemma_.lower() in RULING_BODIES or subj.pos_ == "PRON"):
                break       # "Ukraine's forces continue to defend ...": no ruler of the series
            codes.append(named[0])      # "It has imposed ...": the ruler of the sentence before, again
        codes = list(dict.fromkeys(reversed(codes)))
        if len(codes) >= 2:
            return codes
    return []
