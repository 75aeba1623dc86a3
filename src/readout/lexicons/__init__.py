"""Load lexicon data files (TSV and JSONL) shipped in this folder or given by a user.

Every loader fails loudly, naming the file and line, on a broken line or a duplicate key.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterator

from readout.errors import LexiconError

__all__ = ["data_path", "read_tsv", "read_jsonl", "word_class", "load_word_classes", "LexiconError"]


def data_path(name: str) -> Path:
    """Return the path of a lexicon file shipped with readout."""
    return Path(str(resources.files("readout.lexicons").joinpath(name)))


def _open_lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        # utf-8-sig: a byte-order mark (Excel, Notepad) is not part of the first line
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LexiconError(path, "no such lexicon file") from None
    except UnicodeDecodeError:
        raise LexiconError(path, "not UTF-8; save the file as UTF-8") from None
    except OSError as exc:
        raise LexiconError(path, f"cannot read the lexicon file ({exc.strerror})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        yield number, line


def read_tsv(path: str | Path, columns: list[str], required: int | None = None) -> Iterator[tuple[int, dict]]:
    """Yield (line number, row dict) from a TSV file with a header line naming `columns`.

    Lines starting with '#' and blank lines are skipped. The first `required` columns must be
    non-empty (all of them when None). Missing trailing optional columns read as "".
    """
    path = Path(path)
    required = len(columns) if required is None else required
    header_seen = False
    for number, line in _open_lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if cells[: len(columns)] != columns:
                raise LexiconError(path, f"header must be {' TAB '.join(columns)}; found {' TAB '.join(cells)}", number)
            header_seen = True
            continue
        if len(cells) > len(columns):
            raise LexiconError(path, f"{len(cells)} columns, expected at most {len(columns)} (a stray tab?)", number)
        cells += [""] * (len(columns) - len(cells))
        row = dict(zip(columns, cells))
        for col in columns[:required]:
            if not row[col]:
                raise LexiconError(path, f"column '{col}' is empty", number)
        yield number, row
    if not header_seen:
        raise LexiconError(path, "empty lexicon file: it needs a header line")


def read_jsonl(path: str | Path, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) from a JSONL file; each object must carry the `required` keys."""
    path = Path(path)
    for number, line in _open_lines(path):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(path, f"not valid JSON ({exc.msg} at column {exc.colno})", number) from None
        except RecursionError:
            raise LexiconError(path, "JSON nested too deeply to read; a lexicon line is one flat object",
                               number) from None
        if not isinstance(obj, dict):
            raise LexiconError(path, "each line must be a JSON object", number)
        missing = [k for k in required if k not in obj]
        if missing:
            raise LexiconError(path, f"missing key(s): {', '.join(missing)}", number)
        yield number, obj


def load_word_classes(path: str | Path) -> dict[str, frozenset[str]]:
    """Read a word-class file (class TAB words separated by | TAB note), refusing a class given
    twice and words that are empty, repeated or not lower-case."""
    path = Path(path)
    classes: dict[str, frozenset[str]] = {}
    for number, row in read_tsv(path, ["class", "words", "note"], required=2):
        if row["class"] in classes:
            raise LexiconError(path, f"duplicate class {row['class']!r}: one line per class", number)
        words = [w.strip() for w in row["words"].split("|")]
        if any(not w or w != w.lower() for w in words) or len(set(words)) != len(words):
            raise LexiconError(path, f"class {row['class']!r}: words must be lower-case, non-empty and "
                                     f"given once", number)
        classes[row["class"]] = frozenset(words)
    return classes


@cache
def _word_classes() -> dict[str, frozenset[str]]:
    return load_word_classes(data_path("word_classes.tsv"))


def word_class(name: str) -> frozenset[str]:
    """The words of one class of word_classes.tsv (the coder's grammar words: agents, titles ...)."""
    classes = _word_classes()
    if name not in classes:
        raise LexiconError(data_path("word_classes.tsv"), f"no word class {name!r}")
    return classes[name]
