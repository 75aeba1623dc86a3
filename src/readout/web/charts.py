"""Plotly figures as plain dicts (data + layout); static/app.js draws them with plotly.js."""
from __future__ import annotations

import json

from readout.palette import SIDE_COLOURS, TYPE_COLOURS, UNKNOWN_COLOUR
from readout.query import month_range

# Months are categories labelled "Aug 2021": as dates, plotly would tick them by week and centre
# bars between labels. automargin grows the bottom margin to fit the labels (tilted when they
# crowd), and the legend sits above the plot, where it cannot cover them (it cut "2021-08" to
# "2021-0" below the plot).
_LAYOUT = {"margin": {"l": 60, "r": 60, "t": 30, "b": 30}, "height": 380,
           "xaxis": {"type": "category", "automargin": True, "tickangle": "auto"},
           "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom"},
           "paper_bgcolor": "#fff", "plot_bgcolor": "#fafafa"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_label(month: str) -> str:
    """'2021-08' -> 'Aug 2021' (anything else as it is)."""
    if len(month) == 7 and month[4] == "-" and month[5:].isdigit() and 1 <= int(month[5:]) <= 12:
        return f"{_MONTHS[int(month[5:]) - 1]} {month[:4]}"
    return month


def to_json(figure: dict) -> str:
    """A figure as JSON for a data-figure attribute (the template escapes it)."""
    return json.dumps(figure, separators=(",", ":"))


def types_over_time(rows: list[dict]) -> dict:
    """Stacked bars: event reports per month, one trace per PLOVER type."""
    seen = sorted({r["month"] for r in rows})
    months = month_range(seen[0], seen[-1]) if seen else []
    index = {m: i for i, m in enumerate(months)}
    traces: dict[str, list[int]] = {}
    for r in rows:
        traces.setdefault(r["type"], [0] * len(months))[index[r["month"]]] = r["reports"]
    labels = [month_label(m) for m in months]
    data = [{"type": "bar", "name": t, "x": labels, "y": ys,
             "marker": {"color": TYPE_COLOURS.get(t, UNKNOWN_COLOUR)}}
            for t, ys in sorted(traces.items())]
    return {"data": data, "layout": {**_LAYOUT, "barmode": "stack",
                                     "yaxis": {"title": {"text": "event reports"}}}}


def dyad_months(months: list[dict], a: str, b: str) -> dict:
    """Cooperation up, conflict down per month, and the mean Goldstein score as a line.

    Both y-axes are symmetric about zero (counts to +-the largest, Goldstein -10 to 10), so
    their zero lines are one line: a bar's base and a Goldstein of 0 sit at the same height.
    """
    x = [month_label(m["month"]) for m in months]
    top = max([m["cooperation"] for m in months] + [m["conflict"] for m in months] + [1])
    data = [
        {"type": "bar", "name": "cooperation", "x": x, "y": [m["cooperation"] for m in months],
         "marker": {"color": SIDE_COLOURS["cooperation"]}},
        {"type": "bar", "name": "conflict", "x": x, "y": [-m["conflict"] for m in months],
         "marker": {"color": SIDE_COLOURS["conflict"]}, "customdata": [m["conflict"] for m in months],
         "hovertemplate": "%{customdata} conflict events<extra></extra>"},
        {"type": "scatter", "mode": "lines+markers", "name": "mean Goldstein", "x": x,
         "y": [m["goldstein_mean"] for m in months], "yaxis": "y2",
         "line": {"color": "#333"}},
    ]
    layout = {**_LAYOUT, "barmode": "relative",
              "yaxis": {"title": {"text": "events (conflict below zero)"},
                        "range": [-top * 1.1, top * 1.1], "zeroline": True,
                        "zerolinecolor": "#555"},
              "yaxis2": {"title": {"text": "mean Goldstein"}, "overlaying": "y", "side": "right",
                         "range": [-10.5, 10.5], "dtick": 5, "showgrid": False,
                         "zeroline": False}}
    return {"data": data, "layout": layout}
