"""Errors readout raises; the CLI turns each into one `Error: ...` line on stderr."""
import os
import re

# Characters that would break an `Error:` line or cannot be printed: line breaks, control
# characters, lone surrogates (a file name that is not UTF-8, a bad JSON escape).
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def shown(name) -> str:
    """A path, name or id as one printable line: bytes that are not UTF-8 as \\xNN, breaks escaped."""
    if isinstance(name, os.PathLike):
        name = os.fspath(name)
    if isinstance(name, bytes):
        name = name.decode("utf-8", "backslashreplace")
    elif _UNPRINTABLE.search(name):
        try:  # a file name the OS handed over with its undecodable bytes as surrogates
            name = os.fsencode(name).decode("utf-8", "backslashreplace")
        except UnicodeError:
            pass
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


class ReadoutError(Exception):
    """Base of every error readout reports to a user."""


class BadInput(ReadoutError):
    """An input file or line that cannot be read as a story."""

    def __init__(self, path, message, line=None):
        self.path = shown(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class LexiconError(ReadoutError):
    """A lexicon file with a broken line, a duplicate or ambiguous key, or a bad code."""

    def __init__(self, path, message, line=None):
        self.path = shown(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class UnknownLexiconKey(ReadoutError):
    """A code or key that no lexicon defines."""
