"""Code one parsed story: actors, then events and stances sentence by sentence, then the headline.

Called by the spaCy component in nlp.py on a story's body (pipeline.py leaves out a digest's
header and title); the story's context (date, publisher, title) comes in `doc.user_data["readout"]`.
"""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from readout.coding import choose_headline, finalize_events, main_consult, participants_of
from readout.stances import finalize_stances
from readout.syntax import Analysis

__all__ = ["code_doc"]


def code_doc(doc: Doc, comp) -> Doc:
    """Assign doc._.actors, doc._.events, doc._.stances and doc._.headline."""
    ctx = doc.user_data.get("readout", {})
    date = ctx.get("date")
    publisher = ctx.get("publisher")
    country = ctx.get("publisher_country")
    year = int(date[:4]) if date else None

    mentions = comp.resolver.mentions(doc.text, date, publisher)
    an = Analysis(doc, mentions, speaker_default=country)
    raw_events, raw_stances = [], []
    for index, sent in enumerate(doc.sents):
        an.start_sentence(sent)
        raw_events += comp.coder.code_sentence(an, sent, index, year)
        raw_stances += comp.stances.find(an, sent, index)
        an.end_sentence(sent)

    counts = Counter(m.code for m in mentions if m.code != country)
    consult = main_consult(raw_events, ctx.get("title"))
    title = ctx.get("title") or ""
    title_codes = [m.code for m in comp.resolver.mentions(title, date, publisher)] if title else []
    parties = participants_of(raw_events, consult, country, counts, title_codes)
    foreign = any(m.code != country for m in mentions) if country else True
    events = finalize_events(raw_events, parties, domestic=bool(ctx.get("domestic")), foreign=foreign,
                             statement=consult is None)
    headline = choose_headline(events, consult, parties, country)
    if headline is not None and headline.type == "CONSULT" and headline.mode is None:
        # no phone, video or third-party cue: the parties met in person
        headline.mode = "multilateral" if len(parties) >= 3 else "visit"
    doc._.actors = mentions
    doc._.events = events
    doc._.stances = finalize_stances(raw_stances, parties)
    doc._.headline = headline
    return doc
