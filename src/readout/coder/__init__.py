"""The coder: from a parsed story to its events, stances and headline (docs/coder.md).

One module per decision, in the order the data flows:
grammar (reading the parse) -> patterns, triggers (which words carry an event) -> status (was the
act done?) -> sources (who acts) -> targets (at whom) -> events, stances (one sentence; polarity
in stance_polarity, toward in stance_toward) ->
resolve (the story: main interaction, participants, placeholders). records holds the types they
pass on.
"""
from readout.coder.events import EventCoder
from readout.coder.patterns import Pattern, PatternSet, load_pattern_files, load_patterns
from readout.coder.records import Event, Stance, StoryContext
from readout.coder.resolve import code_doc
from readout.coder.stances import StanceFinder

__all__ = ["EventCoder", "StanceFinder", "Pattern", "PatternSet", "load_patterns", "load_pattern_files",
           "Event", "Stance", "StoryContext", "code_doc"]
