"""Shared helpers for the tests: real readout objects built from a few fields, a real server."""
import socket
import threading
import time
from pathlib import Path

import pytest

from readout.stories import Story


def story(id, text, title=None, date=None, publisher=None, url=None, path="test.jsonl", line=None, **rest):
    """A readout Story with just the fields a test cares about (the rest as a reader leaves them)."""
    rest.setdefault("body_start", 0)
    return Story(id=id, text=text, title=title, date=date, publisher=publisher, url=url, path=path,
                 line=line, **rest)


def serve_in_thread(db: Path):
    """A real uvicorn server on 127.0.0.1 (a free port) in a daemon thread; returns (url, stop)."""
    import uvicorn

    from readout.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(250):
        if srv.started:
            break
        time.sleep(0.02)

    def stop():
        srv.should_exit = True
        thread.join(5)

    return f"http://127.0.0.1:{port}", stop


@pytest.fixture
def main():
    """The readout command group, as `readout` on the command line."""
    from readout.cli import main

    return main


@pytest.fixture(autouse=True)
def _no_timed_progress_lines(monkeypatch):
    """A run's plain progress line comes every few seconds of wall time; in tests (which check
    stderr exactly) only where a test asks for it (READOUT_PROGRESS_SECONDS)."""
    monkeypatch.setenv("READOUT_PROGRESS_SECONDS", "inf")


# -- the coder on hand-built parses (tests/coder/): no model is loaded ------------------------------
@pytest.fixture(scope="session")
def parse():
    """Build a parsed spaCy Doc by hand: parse(text, table), one token a line in the table as
    `word lemma POS TAG dep head` (head: the head token's index), as the model would give it."""
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from spacy.util import get_words_and_spaces

    import readout.nlp  # noqa: F401 - declares doc._.actors, doc._.events, doc._.context ...

    vocab = English().vocab     # English lexical attributes (lower_, is_punct); no model

    def build(text: str, table: str) -> Doc:
        rows = [line.split() for line in table.strip().splitlines()]
        words, spaces = get_words_and_spaces([r[0] for r in rows], text)
        assert words == [r[0] for r in rows], f"the table's words are not the text's: {words}"
        return Doc(vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
                   tags=[r[3] for r in rows], deps=[r[4] for r in rows], heads=[int(r[5]) for r in rows])
    return build


@pytest.fixture(scope="session")
def analyse():
    """analyse(doc, {"China": "CHN", "President Xi": ("CHN", "person")}, speaker=None): the coder's
    Analysis of a hand-built Doc, each named text an actor mention wherever it stands."""
    import re

    from readout.actors import Mention
    from readout.coder.sources import Analysis

    def build(doc, actors: dict, speaker: str | None = None) -> Analysis:
        mentions = []
        for text, actor in actors.items():
            code, kind = (actor, "country") if isinstance(actor, str) else actor
            for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", doc.text):
                mentions.append(Mention(m.start(), m.end(), text, code, kind, None, None,
                                        "name" if kind == "country" else None))
        return Analysis(doc, sorted(mentions, key=lambda m: m.start), speaker_default=speaker)
    return build


@pytest.fixture(scope="session")
def patterns_of(tmp_path_factory):
    """patterns_of([{"verb": "support", "cameo": "051"}, ...]): a PatternSet of patterns written
    for a test, loaded as a user's pattern file would be."""
    import json

    from readout.coder.patterns import load_pattern_files

    def build(patterns: list[dict]):
        path = tmp_path_factory.mktemp("patterns") / "patterns.jsonl"
        path.write_text("".join(json.dumps(p) + "\n" for p in patterns), encoding="utf-8")
        return load_pattern_files([path])
    return build


# publishers in several house styles, for coder tests written as (sentence, publisher, keys)
MFA = "Ministry of Foreign Affairs of the People's Republic of China"
MEA = "Ministry of External Affairs, India"
KREMLIN = "President of Russia"
WH = "The White House"
UK = "Prime Minister's Office, 10 Downing Street"
TURKEY = "Presidency of the Republic of Türkiye"
IRAN = "Ministry of Foreign Affairs of the Islamic Republic of Iran"
PAKISTAN = "Ministry of Foreign Affairs, Government of Pakistan"
PAK = "Ministry of Foreign Affairs, Pakistan"
JAPAN = "Ministry of Foreign Affairs of Japan"
CANADA = "Global Affairs Canada"


def stance_keys(text, publisher=WH, date="2024-03-01"):
    """The (holder, polarity, issue, toward) keys readout codes for a one-paragraph story."""
    from readout.pipeline import code_text

    rec = code_text(text, date=date, publisher=publisher)
    return {(s["holder"], s["polarity"], s["issue"], s["toward"]) for s in rec["stances"]}


def hand_doc(name):
    """A hand-built doc's (text, table) from tests/data/hand_docs/NAME.txt: the text on the first line,
    then the table `parse` reads."""
    text, table = (Path(__file__).parent / "data" / "hand_docs" / f"{name}.txt").read_text(encoding="utf-8").split("\n", 1)
    return text, table


def coding_cases(name):
    """The cases of one tests/data/coding/*.jsonl table, a dict per line."""
    import json

    with open(Path(__file__).parent / "data" / "coding" / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def table_case_keys(case, table):
    """The event keys readout codes for one case of a titled coding table (title, publisher, url, text)."""
    from readout.pipeline import code_stories

    s = story(table, case["text"], title=case["title"], date="2024-03-01", publisher=case["publisher"], url=case["url"])
    return {event_key(e["source"], e["type"], e["target"]) for e in next(code_stories([s]))["events"]}


def event_key(source, type_, target):
    """An event's scorer key: (source, type, target), a symmetric type's pair in sorted order."""
    from readout.cameo import types_with

    if type_ in types_with("symmetric") and source and target:
        source, target = sorted((source, target))
    return (source, type_, target)
