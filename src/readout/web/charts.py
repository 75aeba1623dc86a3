"""Plotly figures as plain dicts (data + layout); static/app.js draws them with plotly.js."""
from __future__ import annotations

import json

from readout.web.queries import month_range

# One colour per PLOVER type, cooperative types in greens and blues, conflictual in reds; the
# story page's marks use the same colours (static/style.css).
TYPE_COLOURS = {
    "AGREE": "#1b9e77", "CONSULT": "#1f78b4", "SUPPORT": "#33a02c", "COOPERATE": "#66a61e",
    "AID": "#17becf", "CONCEDE": "#a6cee3", "RETREAT": "#b2df8a", "REQUEST": "#7570b3",
    "ACCUSE": "#e7298a", "REJECT": "#fb9a99", "THREATEN": "#ff7f00", "PROTEST": "#fdbf6f",
    "SANCTION": "#e31a1c", "MOBILIZE": "#b15928", "COERCE": "#cab2d6", "ASSAULT": "#6a3d9a",
}
# Months are categories: as dates, plotly would tick them by week and centre bars between labels.
_LAYOUT = {"margin": {"l": 60, "r": 60, "t": 40, "b": 40}, "height": 360,
           "xaxis": {"type": "category"},
           "legend": {"orientation": "h", "y": -0.2}, "paper_bgcolor": "#fff",
           "plot_bgcolor": "#fafafa"}


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
    data = [{"type": "bar", "name": t, "x": months, "y": ys,
             "marker": {"color": TYPE_COLOURS.get(t, "#888")}}
            for t, ys in sorted(traces.items())]
    return {"data": data, "layout": {**_LAYOUT, "barmode": "stack",
                                     "yaxis": {"title": {"text": "event reports"}}}}


def dyad_months(months: list[dict], a: str, b: str) -> dict:
    """Cooperation up, conflict down per month, and the mean Goldstein score as a line."""
    x = [m["month"] for m in months]
    data = [
        {"type": "bar", "name": "cooperation", "x": x, "y": [m["cooperation"] for m in months],
         "marker": {"color": "#1f78b4"}},
        {"type": "bar", "name": "conflict", "x": x, "y": [-m["conflict"] for m in months],
         "marker": {"color": "#e31a1c"}, "customdata": [m["conflict"] for m in months],
         "hovertemplate": "%{customdata} conflict events<extra></extra>"},
        {"type": "scatter", "mode": "lines+markers", "name": "mean Goldstein", "x": x,
         "y": [m["goldstein_mean"] for m in months], "yaxis": "y2",
         "line": {"color": "#333"}},
    ]
    layout = {**_LAYOUT, "barmode": "relative", "title": {"text": f"{a} and {b} per month"},
              "yaxis": {"title": {"text": "events (conflict below zero)"}},
              "yaxis2": {"title": {"text": "mean Goldstein"}, "overlaying": "y", "side": "right",
                         "range": [-10.5, 10.5], "dtick": 5, "showgrid": False,
                         "zeroline": False}}
    return {"data": data, "layout": layout}
