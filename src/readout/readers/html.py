"""Read a saved web page (HTML) with trafilatura: the article's text, title, date, site name and URL.

The story's text is the text trafilatura extracts (without menus, footers and ads), so every
offset the coder gives points into that text, which is what the store keeps. When the text opens
with the page's headline, the body starts after it, as for a text file's title line.
"""
from __future__ import annotations

import logging

from readout.errors import BadInput
from readout.readers.base import ReadOptions, Story, find_dateline
from readout.readers.files import Source

__all__ = ["html_story", "HTML_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _extract(data: bytes, options: ReadOptions):
    import trafilatura  # lazily: only pages need it

    # trafilatura logs each page it cannot use as a warning; the reader reports it once itself.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    page: bytes | str = data
    if options.encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        page = data.decode(options.encoding, errors="replace")  # the user said what it is
    return trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                       include_tables=False, favor_precision=False)


def html_story(source: Source, data: bytes, options: ReadOptions) -> Story:
    """The Story of one saved web page; BadInput when it holds no article text."""
    if not data.strip():
        raise BadInput(source.shown, "empty file; give a saved web page with an article")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BadInput(source.shown, f"binary file (NUL byte at offset {nul}); give a web page saved as "
                                     "HTML (UTF-16 pages must be saved as UTF-8)")
    try:
        doc = _extract(data, options)
    except LookupError:
        raise BadInput(source.shown, f"unknown encoding '{options.encoding}'; try --encoding utf-8") from None
    except (ValueError, TypeError, RecursionError) as exc:  # lxml on pages it cannot parse
        raise BadInput(source.shown, f"cannot read the page ({type(exc).__name__}); save it again as HTML") from None
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise BadInput(source.shown, "no article text found in the page; save the article itself, "
                                     "or copy its text into a .txt file")
    title = (doc.title or "").strip() or None
    body_start = 0
    if title and text.startswith(title) and text[len(title):len(title) + 1] == "\n":
        body_start = len(title) + 1
        while body_start < len(text) and text[body_start].isspace():
            body_start += 1
        if body_start >= len(text):
            body_start = 0  # the headline is all there is: code it
    published = doc.date if doc.date and len(doc.date) >= 10 else None
    return Story(
        id=source.id_base, text=text, title=title, date=published[:10] if published else None,
        publisher=(doc.sitename or "").strip() or None, url=(doc.url or "").strip() or None,
        path=source.shown, line=None, body_start=body_start,
        dateline=find_dateline(text, body_start),
    )
