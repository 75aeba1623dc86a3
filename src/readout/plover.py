"""PLOVER JSON records (newline-delimited), one per interaction, in the field names and value forms
of the PLOVER manual's "JSON Data Fields" chapter (Event, Actor and Data Interchange
Specification, draft 0.7b1); where it is silent, POLECAT's released data."""
from __future__ import annotations

from readout import __version__
from readout.actor_codes import actor_name, is_body, sector
from readout.interchange import clusters, side
from readout.store import Store

__all__ = ["plover_records", "PLOVER_QUAD"]

# The manual's "Quad categories in PLOVER" table (1 verbal cooperation ... 4 material conflict).
# REQUEST is the manual's DEMAND under the name POLECAT's data use.
PLOVER_QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
               "COOPERATE": 2, "AID": 2, "RETREAT": 2,
               "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
               "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
CODER = f"readout {__version__}"


def _actor(code: str | None, name: str | None, role: str | None) -> dict:
    # Table "Information object for actors": code is an ISO 3166 alpha-3 code or a non-state
    # code (IGO, NGO ...); who exactly goes in identifier_text (the canonical name) and office.
    obj = {"code": ("NGO" if code == "NGO" else "IGO") if is_body(code) else code,
           "sector": sector(code, role),
           "identifier_text": name or actor_name(code),
           "office": role,
           "readout_code": code}
    return {k: v for k, v in obj.items() if v is not None}


def plover_records(store: Store, **filters) -> list[dict]:
    """PLOVER JSON records, one per interaction, with every report that supports it."""
    issues: dict[str, set[str]] = {}
    for sid, issue in store.conn.execute("SELECT story_id, issue FROM stances"):
        if issue:
            issues.setdefault(sid, set()).add(issue)
    out = []
    for event, reports in clusters(store, **filters):
        first = min(reports, key=lambda r: r["id"])
        added = min(r.get("ingested_at") or "" for r in reports)
        source = [_actor(event["source"], *side(reports, event["source"]))] if event["source"] else []
        recipient = [_actor(event["target"], *side(reports, event["target"]))] if event["target"] else []
        record = {
            "id": f"readout-{event['event_id']}",
            "has_event": True,
            "date": event["date"],
            "source": source,
            "recipient": recipient,
            "event": [event["type"]],
            "event_text": [r.get("evidence") or "" for r in reports],
            "quad_code": PLOVER_QUAD.get(event["type"]),
            "event_scale": event["goldstein"],
            "mode": [event["mode"]] if event["mode"] else [],
            "context": sorted(set().union(*(issues.get(s, set()) for s in event["stories"]))),
            "text_info": {"sequence": first.get("sentence"), "start": first.get("start"),
                          "end": first.get("end")},
            "cite_info": {k: v for k, v in (("url", first.get("url")),
                                            ("title", first.get("title")),
                                            ("publication", first.get("publisher")),
                                            ("coder", CODER)) if v},
            "coder": CODER,
            "coded_date": added[:10] or None,
            "coded_time": added[11:19] or None,
            # readout's own fields (the manual invites named fields beyond its list)
            "cameo": event["cameo"],
            "reports": [{"story_id": r["story_id"], "publisher": r.get("publisher"),
                         "url": r.get("url"), "date": r.get("date"), "source": r["source"],
                         "target": r["target"], "sentence": r.get("sentence"),
                         "start": r.get("start"), "end": r.get("end"),
                         "evidence": r.get("evidence")} for r in reports],
        }
        out.append(record)
    return out
