"""A fast first pass that spares the parser the stories that cannot carry an event or a stance.

Runs on the tokenized (unparsed) story with the coder's own lexicons. A story goes through the
parser and the coder unless one of these is certain:

- no token could be an event trigger: no word form whose lemma, under any part of speech the
  tagger might give it, is a verb or noun pattern's lemma (nor "must"/"should"/"ought" or "hope",
  which make demands), and no issue phrase of the issue lexicon occurs in the text;
- no one could act: the coder finds no actor mention in the body and the publisher speaks for
  no country (every source and holder the coder emits is a mention's code or that country).

The test is a superset of what the coder can code, so skipping changes no output: a skipped
story's record is what the coder makes of it (its actors, no events, no stances, no headline).

Why whole stories and not sentences: sentence boundaries are the parser's own (7% of the bulk
statements' sentences run across a blank line), events carry their sentence's index, and the
coder keeps state across sentences (speaker, reporter, last person), so parsing only some
sentences would change the output. docs/scale.md has the numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from readout.coder.demands import DEMAND_WORDS     # "X said Y must ...", "hopes that Y will" (demands.py)
from readout.coder.records import StoryContext
from readout.issues import fold

__all__ = ["Prefilter", "Decision"]

_BOUNDS = ("(?<!\\w)", "(?!\\w)")               # issues.phrase_pattern's word bounds


@dataclass
class Decision:
    """Whether a story goes to the parser, and the actor mentions found on the way (or None)."""

    parse: bool
    mentions: list | None = None
    reason: str = ""


class Prefilter:
    """Decides per tokenized story whether the parser and coder could find anything in it."""

    def __init__(self, nlp: Language):
        comp = nlp.get_pipe("readout_coder")
        self.resolver = comp.resolver
        self.triggers = {lemma for (_, lemma) in comp.coder.patterns.by_lemma} | DEMAND_WORDS
        self.issue_patterns = [(_unbounded(p), needle) for issue in comp.stances.issues.issues.values()
                               for p, needle in zip(issue.patterns, issue.needles)]
        self._rules, self._exc, self._forced, wild = _lemma_tables(nlp)
        # A trigger lemma the attribute ruler may set on forms it does not list: parse everything.
        self.always = bool(wild & self.triggers) or not self._rules
        self._memo: dict[str, bool] = {}

    # -- triggers -------------------------------------------------------------------------------
    def could_trigger(self, form: str) -> bool:
        """True when some part of speech could give this word form a trigger lemma."""
        low = form.lower()
        hit = self._memo.get(low)
        if hit is None:
            hit = bool(self.possible_lemmas(low) & self.triggers)
            self._memo[low] = hit
        return hit

    def possible_lemmas(self, low: str) -> set[str]:
        """Every lemma spaCy's rule lemmatizer or attribute ruler could give a lower-cased form."""
        out = {low} | self._forced.get(low, set())
        for pos, rules in self._rules.items():
            out.update(x.lower() for x in self._exc.get(pos, {}).get(low, ()))
            for old, new in rules:
                if low.endswith(old) and len(low) > len(old):
                    out.add(low[:len(low) - len(old)] + new)
        return out

    def has_issue(self, text: str) -> bool:
        """True when an issue phrase (without its word bounds: a superset) occurs in the text."""
        low = fold(text)
        return any(m.end() > m.start() for p, needle in self.issue_patterns if needle is None or needle in low
                   for m in p.finditer(text))

    # -- the decision ---------------------------------------------------------------------------
    def decide(self, doc: Doc, ctx: StoryContext) -> Decision:
        """Parse or skip a tokenized story whose context is the pipeline's (date, publisher ...)."""
        if self.always:
            return Decision(True)
        if not (any(self.could_trigger(t.text) for t in doc) or self.has_issue(doc.text)):
            return Decision(False, None, "no trigger")
        if ctx.publisher_country:
            return Decision(True)
        mentions = self.resolver.mentions(doc.text, ctx.date, ctx.publisher, ctx.url, ctx.domestic)
        if mentions:
            return Decision(True, mentions)
        return Decision(False, mentions, "no actor")

    def skipped(self, doc: Doc, ctx: StoryContext, decision: Decision) -> Doc:
        """Fill a skipped doc as the coder would: its actors, no events, stances or headline."""
        mentions = decision.mentions
        if mentions is None:
            mentions = self.resolver.mentions(doc.text, ctx.date, ctx.publisher, ctx.url, ctx.domestic)
        doc._.actors = mentions
        doc._.events = []
        doc._.stances = []
        doc._.headline = None
        return doc


def _unbounded(pattern: re.Pattern) -> re.Pattern:
    # A sentence's text can start or end inside what the whole text sees as a word run.
    body = pattern.pattern
    if body.startswith(_BOUNDS[0]) and body.endswith(_BOUNDS[1]):
        body = body[len(_BOUNDS[0]):-len(_BOUNDS[1])]
    return re.compile(body, pattern.flags)


UNIVERSAL_POS = ("adj", "adp", "adv", "aux", "cconj", "det", "intj", "noun", "num", "part", "pron",
                 "propn", "punct", "sconj", "sym", "verb", "x")


def _lemma_tables(nlp: Language):
    """The lemmatizer's rules and exceptions per part of speech, the attribute ruler's lemmas per
    form, and the lemmas it sets on forms it does not name."""
    rules, exc = {}, {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        rule_table = lookups.get_table("lemma_rules") if lookups.has_table("lemma_rules") else {}
        exc_table = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
        for pos in UNIVERSAL_POS:
            if pos in rule_table:
                rules[pos] = [tuple(r) for r in rule_table[pos]]
            if pos in exc_table:
                exc[pos] = dict(exc_table[pos])
    forced: dict[str, set[str]] = {}
    wild: set[str] = set()
    if "attribute_ruler" in nlp.pipe_names:
        for p in nlp.get_pipe("attribute_ruler").patterns:
            lemma = p["attrs"].get("LEMMA")
            if not lemma:
                continue
            for seq in p["patterns"]:
                for spec in seq:
                    form = spec.get("LOWER") or spec.get("ORTH") or spec.get("TEXT")
                    if isinstance(form, str):
                        forced.setdefault(form.lower(), set()).add(lemma.lower())
                    else:
                        wild.add(lemma.lower())
    return rules, exc, forced, wild
