"""Faster stand-ins for two of the model's spaCy components, with the same output.

spaCy's attribute ruler runs a Matcher with every one of its 179 patterns at every token and
sets the result token by token in Python; its rule lemmatizer works each token out in Python.
Together they took a fifth of the pipeline's time, more than the parser. Here

- `FastAttributeRuler` keeps the ruler's patterns and attributes (and `.patterns`, so the
  prefilter reads them as before) but finds matches through an index on each pattern's first
  token and writes every attribute in one `Doc.from_array`. A later pattern still wins over an
  earlier one, and every match is made on the attributes as the ruler found them, as spaCy does.
  Patterns it cannot read (an operator, an attribute other than LOWER, TAG, DEP, IS_SPACE) send
  every doc to spaCy's own ruler.
- `CachedLemmatizer` remembers the lemma of each (form, part of speech, morphology): the rules
  give the same lemma for the same three every time; and it looks forms up in a set where spaCy
  scans a list of 57,000 nouns.

`load_nlp` swaps them in for the model's own; tests/test_fastpipes.py checks both against spaCy's.
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["FastAttributeRuler", "CachedLemmatizer", "use_fast_pipes"]

READ = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
COLUMN = {LOWER: 0, TAG: 1, DEP: 2, IS_SPACE: 3}
WRITE = [POS, MORPH, LEMMA, TAG, DEP]         # what the ruler's patterns may set
SEEN_ROWS = 100_000     # words' values whose matches are kept (some 20 MB at most), then forgotten


class Unsupported(ValueError):
    """A pattern the index cannot read (spaCy's own matcher is used instead)."""


def _test(attr: int, spec) -> tuple:
    # One token condition as (column, kind, value): "eq" a hash, "in"/"not_in" a set of hashes,
    # "re" a compiled pattern searched in the lower-case form (the Matcher's REGEX).
    col = COLUMN[attr]
    if isinstance(spec, bool):
        return col, "eq", int(spec)
    if isinstance(spec, str):
        return col, "eq", get_string_id(spec)
    if isinstance(spec, dict) and len(spec) == 1:
        (op, value), = spec.items()
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in value):
            return col, op.lower(), frozenset(get_string_id(v) for v in value)
        if op == "REGEX" and attr == LOWER and isinstance(value, str):
            return col, "re", re.compile(value)
    raise Unsupported(spec)


class FastAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with an indexed matcher and one array write per doc."""

    _index: dict | None = None     # built from the patterns on first use (None: not yet)
    _fallback = False               # a pattern the index cannot read: spaCy's own matcher

    def _build(self) -> None:
        # (column, hash) -> [(key, target offset, token tests)]; a pattern goes under its first
        # token's LOWER, else TAG, else DEP, else IS_SPACE value, or is tried at every token.
        index: dict = {}
        anywhere: list = []
        for key, pattern in enumerate(self.patterns):
            for seq in pattern["patterns"]:
                if not seq or any(name not in READ for spec in seq for name in spec) \
                        or any(attr not in WRITE for attr in self.attrs[key]):
                    raise Unsupported(seq)
                tests = [[_test(READ[name], value) for name, value in spec.items()] for spec in seq]
                target = pattern.get("index", 0) % len(seq)
                for col, kind, value in sorted(tests[0], key=lambda t: t[0]):
                    if kind in ("eq", "in"):
                        # the index lookup makes this test (one per column): the entry keeps the others
                        rest = [t for t in tests[0] if t[0] != col]
                        entry = (key, target, [rest, *tests[1:]])
                        for v in ([value] if kind == "eq" else value):
                            index.setdefault((col, v), []).append(entry)
                        break
                else:
                    anywhere.append((key, target, tests))
        self._columns = [[(WRITE.index(attr), value) for attr, value in attrs.items()] for attrs in self.attrs]
        self._anywhere = anywhere
        self._seen = {}
        self._index = index

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes of every matching pattern, later patterns last."""
        if self._index is None:
            try:
                self._build()
            except Unsupported:
                self._index, self._fallback = {}, True
        if self._fallback or not len(doc):
            return super().__call__(doc)
        rows = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        strings, seen = doc.vocab.strings, self._seen
        if len(seen) > SEEN_ROWS:
            seen.clear()
        matches = []
        for i, row in enumerate(rows):
            # what a word's own four values decide is the same wherever they recur
            row_key = tuple(row)
            known = seen.get(row_key)
            if known is None:
                known = seen[row_key] = self._at_row(row, strings)
            ones, longer = known
            for key, target in ones:
                matches.append((key, i + target))
            for key, target, tests in longer:
                if i + len(tests) < len(rows) and all(
                        _holds(rows[i + k], tok_tests, strings) for k, tok_tests in enumerate(tests, 1)):
                    matches.append((key, i + target))
        if not matches:
            return doc
        values = doc.to_array(WRITE)
        # Sorted by pattern, so a later pattern's attribute overwrites an earlier one's.
        columns = self._columns
        for key, t in sorted(matches):
            for col, value in columns[key]:
                values[t, col] = value
        doc.from_array(WRITE, values)
        return doc

    def _at_row(self, row: list, strings) -> tuple[list, list]:
        # The one-token patterns that match a word with these values, as (key, target offset), and
        # the longer patterns whose first token does, with the tests left for the words after it.
        found = self._anywhere
        for col in (0, 1, 2, 3):
            more = self._index.get((col, row[col]))
            if more:
                found = found + more if found else more
        ones, longer = [], []
        for key, target, tests in found:
            if len(tests) == 1:     # most patterns are one token (the tag map has no test left)
                if not tests[0] or _holds(row, tests[0], strings):
                    ones.append((key, target))
            elif not tests[0] or _holds(row, tests[0], strings):
                longer.append((key, target, tests[1:]))     # its first token is this word
        return ones, longer

    # The index is rebuilt after the patterns change.
    def add(self, *args, **kwargs) -> None:
        """Add patterns as spaCy's ruler does."""
        self._index, self._fallback = None, False
        super().add(*args, **kwargs)

    def clear(self) -> None:
        """Remove every pattern as spaCy's ruler does."""
        self._index, self._fallback = None, False
        super().clear()


def _holds(row: list, tests: list, strings) -> bool:
    for col, kind, value in tests:
        have = row[col]
        if kind == "eq":
            if have != value:
                return False
        elif kind == "in":
            if have not in value:
                return False
        elif kind == "not_in":
            if have in value:
                return False
        elif not value.search(strings[have]):
            return False
    return True


class CachedLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, remembering the lemma of each (form, POS, morphology)."""

    memo: dict | None = None

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token the attribute ruler left without one."""
        if self.mode != "rule" or self.overwrite or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables()
        if self.memo is None:
            self.memo = {}
        memo, strings = self.memo, doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue            # set by the attribute ruler
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(self.lemmatize(doc[i])[0])
            rows[i, 3] = found
            todo = True
        if todo:
            doc.from_array([LEMMA], rows[:, 3:4])
        return doc

    def initialize(self, *args, lookups: Lookups | None = None, **kwargs) -> None:
        """Load the tables as spaCy does, with each part of speech's index of known lemmas a set:
        the rules look a candidate form up in it, and as a list of 57,000 nouns that took
        0.4 ms a look-up (the same membership test, so the same lemmas)."""
        self.memo = None        # new tables, new lemmas
        if lookups is not None and lookups.has_table("lemma_index"):
            copied = Lookups()
            for name in lookups.tables:
                copied.set_table(name, lookups.get_table(name))
            index = Table(name="lemma_index")
            for pos, forms in lookups.get_table("lemma_index").items():
                index[pos] = frozenset(forms)
            copied.set_table("lemma_index", index)
            lookups = copied
        super().initialize(*args, lookups=lookups, **kwargs)


@Language.factory("readout_attribute_ruler")
def make_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """An empty FastAttributeRuler (use_fast_pipes fills it with the model ruler's patterns)."""
    return FastAttributeRuler(nlp.vocab, name)


@Language.factory("readout_lemmatizer", default_config={"mode": "rule", "overwrite": False})
def make_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> CachedLemmatizer:
    """A CachedLemmatizer without tables (use_fast_pipes gives it the model lemmatizer's)."""
    return CachedLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def use_fast_pipes(nlp: Language) -> None:
    """Swap the model's attribute ruler and rule lemmatizer for the faster ones above, in place,
    under the same names and with the same patterns and tables."""
    if "attribute_ruler" in nlp.pipe_names and type(nlp.get_pipe("attribute_ruler")) is AttributeRuler:
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.replace_pipe("attribute_ruler", "readout_attribute_ruler").add_patterns(patterns)
    if "lemmatizer" in nlp.pipe_names and type(nlp.get_pipe("lemmatizer")) is EnglishLemmatizer:
        old = nlp.get_pipe("lemmatizer")
        if old.mode == "rule":
            new = nlp.replace_pipe("lemmatizer", "readout_lemmatizer", config={"overwrite": old.overwrite})
            new.initialize(lookups=old.lookups)
