"""Errors readout raises; the CLI turns each into one `Error: ...` line on stderr."""


class ReadoutError(Exception):
    """Base of every error readout reports to a user."""


class BadInput(ReadoutError):
    """An input file or line that cannot be read as a story."""

    def __init__(self, path, message, line=None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class LexiconError(ReadoutError):
    """A lexicon file with a broken line, a duplicate or ambiguous key, or a bad code."""

    def __init__(self, path, message, line=None):
        self.path = str(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class UnknownLexiconKey(ReadoutError):
    """A code or key that no lexicon defines."""
