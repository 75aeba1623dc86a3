"""readout: news stories and diplomatic readouts in, auditable PLOVER/CAMEO event data out."""
from readout.errors import BadInput, LexiconError, ReadoutError, UnknownLexiconKey

__all__ = ["ReadoutError", "BadInput", "LexiconError", "UnknownLexiconKey"]
__version__ = "0.1.0"
