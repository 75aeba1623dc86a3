"""The story readers, one module per input kind, and the dispatch from a file's suffix to its reader.

text.py: digest, plain text and markdown files; jsonl.py: JSONL(.gz); table.py: CSV and TSV;
html.py: saved web pages; files.py: finding and safely opening the files; base.py: Story itself.
"""
from __future__ import annotations

from typing import Iterator

from readout.errors import BadInput
from readout.readers.base import ErrorHandler, ReadOptions, Story
from readout.readers.files import Source, TooLong, open_source, read_capped
from readout.readers.html import HTML_SUFFIXES, html_story
from readout.readers.jsonl import read_jsonl
from readout.readers.table import read_table
from readout.readers.text import decode_text, text_story

__all__ = ["read_source", "STORY_SUFFIXES", "ID_SUFFIXES"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
GZIP_SUFFIXES = tuple(s + ".gz" for s in JSONL_SUFFIXES)
TABLE_SUFFIXES = (".csv", ".tsv")
TEXT_SUFFIXES = (".txt", ".md", ".text")
# What a folder walk picks up (and files with no suffix, read as text); a file named on its own is
# read whatever its suffix: by its reader if the suffix is known, else as text.
STORY_SUFFIXES = GZIP_SUFFIXES + JSONL_SUFFIXES + TABLE_SUFFIXES + HTML_SUFFIXES + TEXT_SUFFIXES
# Suffixes dropped from a file's name to make its stories' ids (longest first: .jsonl.gz before .gz).
ID_SUFFIXES = STORY_SUFFIXES


def read_source(source: Source, options: ReadOptions, report: ErrorHandler) -> Iterator[Story]:
    """Yield the stories of one file, reporting what cannot be read (the file, a line, a row)."""
    name = source.path.name.lower()
    try:
        if name.endswith(GZIP_SUFFIXES):
            yield from read_jsonl(source, options, report, gzipped=True)
        elif name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(source, options, report, gzipped=False)
        elif name.endswith(TABLE_SUFFIXES):
            yield from read_table(source, options, report, "\t" if name.endswith(".tsv") else ",")
        else:
            with open_source(source) as handle:
                data = read_capped(handle, options.max_bytes)
            if name.endswith(HTML_SUFFIXES):
                yield html_story(source, data, options)
            else:
                yield text_story(source, decode_text(source.shown, data, options.encoding), options)
    except BadInput as error:
        report(error)
    except TooLong as error:
        report(BadInput(source.shown, f"file larger than {options.max_bytes} bytes (read {error.size}); "
                                      "split it or raise READOUT_MAX_INPUT_BYTES"))
    except OSError as exc:
        report(BadInput(source.shown, f"cannot read the file ({exc.strerror or exc}); check it and its disk"))
