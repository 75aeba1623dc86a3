"""What kind of text a story is, from its title and its form (docs/coder.md, "Headline and
participants"): a report of talks (a readout), or a text of another kind (a transcript, a fact
sheet, a proclamation, a letter, remarks) whose meetings told after its opening are not what it is
about; and, in a transcript, the reporters' questions, which are no acts of anyone's."""
from __future__ import annotations

import re

from readout.lexicons import word_class

__all__ = ["is_transcript", "lone_speaker", "not_readout", "question_spans", "speaker_labels"]

READOUT_TITLE = word_class("readout_title_word")      # "Readout of President Biden's Call with ..."
RECORD_TITLE = word_class("record_title_word")        # "Press Gaggle by ...", "FACT SHEET: ...", "Remarks by ..."
TITLE_WORD = re.compile(r"[^\W\d_]+")
# A transcript's turn: a line opening with a speaker's label in capitals ("MS. PSAKI:", "THE
# PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:") or a reporter's "Q".
SPEAKER_LABEL = re.compile(r"^[^\S\n]*(?:[A-Z][A-Z.'\-]*[^\S\n]+){0,4}[A-Z][A-Z.'\-]+:(?=\s)", re.M)
QUESTION_LABEL = re.compile(r"^[^\S\n]*Q(?:[^\S\n]|[:.][^\S\n])", re.M)


def is_transcript(text: str) -> bool:
    """A text told in speakers' turns: two speaker labels, or one and a reporter's question."""
    labels = len(SPEAKER_LABEL.findall(text))
    return labels >= 2 or (labels >= 1 and QUESTION_LABEL.search(text) is not None)


def lone_speaker(text: str) -> bool:
    """Remarks one speaker's label opens and no other turn follows ("THE PRESIDENT: Good evening.
    ... Thank you."): one voice speaking to an audience."""
    return len(SPEAKER_LABEL.findall(text)) == 1 and QUESTION_LABEL.search(text) is None


def not_readout(title: str | None, text: str) -> bool:
    """A story that is not a report of talks: its title names another kind of text ("Press Gaggle
    by ...", "FACT SHEET: ...", "A Proclamation on ...", "Letter to the Speaker ...", "Remarks by
    ...") or it is a transcript; a title opening "Readout" is a report of talks whatever follows."""
    words = [w.lower() for w in TITLE_WORD.findall(title or "")]
    if words and words[0] in READOUT_TITLE:
        return False
    return bool(set(words) & RECORD_TITLE) or is_transcript(text)


def question_spans(text: str) -> list[tuple[int, int]]:
    """In a transcript, where the reporters' questions are: from a line opening "Q" to the next
    speaker's label (character offsets); none in a text that is no transcript."""
    if not is_transcript(text):
        return []
    labels = [m.start() for m in SPEAKER_LABEL.finditer(text)]
    out = []
    for m in QUESTION_LABEL.finditer(text):
        end = next((b for b in labels if b > m.start()), len(text))
        out.append((m.start(), end))
    return out


def speaker_labels(text: str) -> list[tuple[int, str]]:
    """In a transcript, each speaker's label in capitals: where its line's first word starts, and
    the label in title case as a name would be written ("PRIME MINISTER LAPID:" -> "Prime Minister
    Lapid"); none in a text that is no transcript."""
    if not is_transcript(text):
        return []
    out = []
    for m in SPEAKER_LABEL.finditer(text):
        label = m.group().rstrip(":")
        start = m.start() + len(label) - len(label.lstrip())
        out.append((start, " ".join(w.capitalize() for w in label.split())))
    return out
