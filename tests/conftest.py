"""Shared helpers for the tests: real readout objects built from a few fields."""
from readout.stories import Story


def story(id, text, title=None, date=None, publisher=None, url=None, path="test.jsonl", line=None, **rest):
    """A readout Story with just the fields a test cares about (the rest as a reader leaves them)."""
    rest.setdefault("body_start", 0)
    return Story(id=id, text=text, title=title, date=date, publisher=publisher, url=url, path=path,
                 line=line, **rest)
