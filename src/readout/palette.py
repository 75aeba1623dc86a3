"""Colours of the web pages, their charts and the brief: one colour-blind-safe palette, with the
text colour of every badge chosen for a WCAG contrast of at least 4.5:1."""
from __future__ import annotations

__all__ = ["TYPE_COLOURS", "SIDE_COLOURS", "STANCE_COLOURS", "contrast", "text_colour", "badge_css"]

# One colour per PLOVER type, from Paul Tol's colour-blind-safe schemes (muted, vibrant, bright;
# personal.sron.nl/~pault). Types that sit side by side in a chart or are easily confused
# (AGREE, SUPPORT, COOPERATE) differ in hue and lightness, not only in shade of green.
TYPE_COLOURS = {
    "AGREE": "#44AA99",      # teal
    "CONSULT": "#332288",    # indigo
    "SUPPORT": "#117733",    # green
    "COOPERATE": "#88CCEE",  # cyan
    "AID": "#999933",        # olive
    "CONCEDE": "#DDCC77",    # sand
    "RETREAT": "#BBBBBB",    # grey
    "REQUEST": "#0077BB",    # blue
    "ACCUSE": "#CC6677",     # rose
    "REJECT": "#882255",     # wine
    "THREATEN": "#EE7733",   # orange
    "PROTEST": "#AA4499",    # purple
    "SANCTION": "#CC3311",   # red
    "MOBILIZE": "#EE3377",   # magenta
    "COERCE": "#EE99AA",     # pink
    "ASSAULT": "#000000",    # black
}
UNKNOWN_COLOUR = "#666666"
# The dyad chart's two sides and the stance polarities: blue against vermilion, which no common
# colour-vision deficiency confuses (red against green would be).
SIDE_COLOURS = {"cooperation": "#0077BB", "conflict": "#CC3311"}
STANCE_COLOURS = {"support": "#0077BB", "oppose": "#CC3311", "none": UNKNOWN_COLOUR}


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a #RRGGBB colour."""
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_colour(background: str) -> str:
    """Black or white, whichever reads better on the background (always 4.58:1 or more)."""
    return "#000000" if contrast(background, "#000000") >= contrast(background, "#FFFFFF") \
        else "#FFFFFF"


def badge_css() -> str:
    """CSS for the type and stance badges and marks: `.t-TYPE, .k-TYPE { --c; --ink }`."""
    rules = []
    for name, colour in TYPE_COLOURS.items():
        rules.append(f".t-{name}, .k-{name} {{ --c: {colour}; --ink: {text_colour(colour)}; }}")
    for polarity, colour in STANCE_COLOURS.items():
        rules.append(f".k-stance-{polarity} {{ --c: {colour}; --ink: {text_colour(colour)}; }}")
    return "/* made by readout.palette: do not edit */\n" + "\n".join(rules) + "\n"
