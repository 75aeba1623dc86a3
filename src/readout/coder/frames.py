"""What a document as a whole says its measures fall on: the one actor its title names, or goods from
everywhere (issue #12, twenty-sixth session, plain26; docs/coder.md "Measures in legal prose")."""
from __future__ import annotations

from spacy.tokens import Token

from readout.coder.patterns import rule_codes
from readout.coder.records import is_code
from readout.cameo import plover_type
from readout.coder.sources import Analysis
from readout.coder.triggers import Trigger
from readout.lexicons import word_class

__all__ = ["duty_adjective", "duty_code", "goods_origins", "title_target", "universal_duty"]

DUTY_NOUNS = word_class("trade_duty_noun")      # "a 25% tariff on imports of automobiles"
DUTY_ADJECTIVES = word_class("duty_adjective")  # "shall be subject to an additional duty"
ENACTING_MODALS = word_class("enacting_modal")  # "shall be subject to": the text enacts it
REPLACED_WORDS = word_class("replaced_rate_word")   # "25 percent, rather than 50 percent"
RULE_PREPS = word_class("qualifying_prep")     # "qualify for preferential treatment under the USMCA"
DEMONSTRATIVES = word_class("laid_here_det")    # "shall not be subject to these duties"
EASED = rule_codes("duty_eased")[0]    # a duty lowered from an earlier rate (CAMEO 085)
FRAMED_TYPES = ("SANCTION", "RETREAT")     # a document's measures: imposed or eased on whom its title names


def title_target(an: Analysis, trig: Trigger, sources, typ: str) -> str | None:
    """The one actor a document's title names, for its issuer's measure that names no one ("Termination
    of Emergency With Respect to Burundi" over "I hereby terminate the national emergency declared in
    Executive Order 13712"): the title frames what the order does; none where the sentence names
    another actor, the title names several, or the doer is not the publisher's own side."""
    ctx = trig.token.doc._.context
    own = ctx.publisher_country if ctx is not None else None
    if typ not in FRAMED_TYPES or len(an.title_states) != 1 or list(sources) != [own] or own is None:
        return None
    sent = trig.token.sent
    if any(m.code != own for t, m in an.actors_in(list(sent))) or any(t.i in an.venues for t in sent):
        return None     # the sentence names its own aim, or a place abroad ("its Embassy in Pyongyang")
    return an.title_states[0]


def universal_duty(an: Analysis, tok: Token, sources) -> bool:
    """A duty laid on goods from everywhere ("signed a Proclamation imposing a 25% tariff on imports of
    automobiles", "raised the tariff on steel to 50 percent"): its object a trade duty, and neither the
    story nor its title names an actor but the side that imposes it (the gold's SANCTION null; a duty
    in a story that names a trading partner stays aimed at the other side)."""
    objects = [tok] + [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if duty_adjective(tok):
        objects += _laid(tok)
    if not any(o.lemma_.lower() in DUTY_NOUNS for o in objects) or an.title_states:
        return False
    return all(m.code in sources for m in an.mentions)


def duty_adjective(tok: Token) -> bool:
    """A predicate adjective that lays a trade duty on its subject ("imports of lumber shall be subject
    to an additional 10 percent ad valorem rate of duty")."""
    return tok.pos_ == "ADJ" and tok.lemma_.lower() in DUTY_ADJECTIVES and any(
        g.lemma_.lower() in DUTY_NOUNS for g in _laid(tok))


def _laid(tok: Token) -> list[Token]:
    """The nouns an adjective's preposition names, and what "of" names after them ("subject to an
    additional 10 percent ad valorem rate of duty")."""
    nouns = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return nouns + [x for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                    for x in c.children if x.dep_ == "pobj"]


def goods_origins(an: Analysis, tok: Token) -> list:
    """Where the goods a duty adjective is said of come from: every actor their phrase names, its
    relative clause included ("steel articles that are the product of Canada or of Mexico shall no
    longer be subject to the additional duty": CAN and MEX); [] where it names none."""
    if tok.dep_ != "acomp":
        return []
    verb = tok.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        # "articles that are the product of Canada, entered for consumption on or after ..., shall be
        # subject to ...": the parser joins the copula to the participle it takes for the main verb
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    # (not a name inside the rule the goods qualify under: "that qualify for preferential tariff
    # treatment under the United States-Mexico-Canada Agreement")
    ids = {t.i for t in subj.subtree}
    goods = [t for t in subj.subtree if not any(a.dep_ == "prep" and a.lower_ in RULE_PREPS and a.i in ids
                                                  for a in t.ancestors)]
    return list(dict.fromkeys(m.code for _, m in an.actors_in(goods) if is_code(m.code)))


def duty_code(tok: Token, code: str) -> str | None:
    """The act a duty adjective tells, in a text that enacts it ("shall be subject to"): a duty laid
    (SANCTION), one eased ("shall no longer be subject to", "shall not be subject to", or a rate
    "rather than" / "in lieu of" an earlier one: RETREAT); None where no enacting modal or "no longer"
    makes it the text's own act ("goods from the EU will be subject to a 15 percent tariff" under a
    deal, "are not subject to the new tariff": terms and exemptions told, no measure)."""
    verb = tok.head if tok.dep_ == "acomp" else tok
    if verb.lemma_.lower() != "be":
        return None     # "imports above those volumes shall remain subject to the 25 percent duty": kept, not laid
    enacted = any(c.dep_ == "aux" and c.lower_ in ENACTING_MODALS for c in verb.children)
    no_longer = any(c.dep_ == "advmod" and c.lower_ == "longer" for c in verb.children)
    if plover_type(code) == "RETREAT":
        # "shall not be subject to these duties": an exemption from the duty the text itself lays
        laid_here = any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for n in _laid(tok) for c in n.children)
        return code if no_longer or (enacted and not laid_here) else None
    if not enacted:
        return None
    if any(t.lower_ in REPLACED_WORDS for t in verb.subtree if t.i > tok.i):
        return EASED
    return code
