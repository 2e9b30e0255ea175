"""Rows to objects and JSON: the converters the store's queries share."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any, Iterator

from livedesk.model import Claim, Event, Report


def _utc(dt: datetime | None) -> datetime | None:
    if dt is None:
        return None
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _iso(dt: datetime | None) -> str | None:
    dt = _utc(dt)
    return dt.isoformat() if dt else None


def _place_key(loc) -> str:
    if loc.geonames_id:
        return f"gn:{loc.geonames_id}"
    lat = "" if loc.lat is None else f"{loc.lat:.4f}"
    lon = "" if loc.lon is None else f"{loc.lon:.4f}"
    return f"{loc.name.strip().lower()}|{lat}|{lon}"


def _event_dict(ev: Event) -> dict[str, Any]:
    """Event.to_dict() without dataclasses.asdict's deep recursion: the same keys, built
    directly (re-fusion serialises every event in its window, so this is a hot path)."""
    d = dict(vars(ev))
    d["frame"] = _frame_dict(ev.frame)
    return d


def _frame_dict(f) -> dict[str, Any]:
    """EventFrame.to_dict(), the same keys in the same order, without asdict's deep copy: every
    stored frame goes through it (a backfill stores thousands a minute)."""
    frame = {"event_type": f.event_type, **vars(f)}
    frame["location"] = dict(vars(f.location)) if f.location else None
    frame["fatalities"] = dict(vars(f.fatalities)) if f.fatalities is not None else None
    return frame


def _jsonable(o: Any) -> Any:
    if isinstance(o, (datetime, date)):
        return o.isoformat()
    if isinstance(o, (set, tuple)):
        return list(o)
    return str(o)


def _sha(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def _chunks(xs: list, n: int) -> Iterator[list]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


def _change(r) -> dict[str, Any]:
    return {"seq": r["seq"], "at": _iso(r["at"]), "who": r["who"], "action": r["action"],
            "target": r["target"], "payload": r["payload"]}


def _report(r) -> Report:
    return Report(text=r["text"], id=r["id"], title=r["title"], published=_utc(r["published"]),
                  outlet=r["outlet"], url=r["url"], origin=r["origin"], parent=r["parent"],
                  fmt=r["fmt"], author=r["author"], lang=r["lang"], relay=r["relay"],
                  links=tuple(r["links"] or ()))


def _report_dict(r, with_text: bool = False) -> dict[str, Any]:
    d = {"id": r["id"], "fingerprint": r["fingerprint"], "title": r["title"],
         "published": _iso(r["published"]), "outlet": r["outlet"], "url": r["url"],
         "origin": r["origin"], "parent": r["parent"], "fmt": r["fmt"], "author": r["author"],
         "lang": r["lang"], "relay": r["relay"], "links": list(r["links"] or []),
         "ingested_at": _iso(r["ingested_at"]), "read_at": _iso(r["read_at"]),
         "read_error": r["read_error"]}
    if with_text:
        d["text"] = r["text"]
    else:
        d["excerpt"] = r["text"][:280]
    return d


def _claim(r) -> Claim:
    return Claim(claimant=r["claimant"], stance=r["stance"], start=r["start"] or 0,
                 end=r["end"] or 0, text=r["text"] or "", via=list(r["via"] or []),
                 claimant_kind=r["claimant_kind"], alignment=r["alignment"],
                 canonical=r["canonical"])


def _claim_dict(r) -> dict[str, Any]:
    return dict(_claim(r).to_dict(), report_id=r["report_id"], idx=r["idx"])


def _brief(data: dict[str, Any]) -> dict[str, Any]:
    f = data.get("frame") or {}
    return {"sub_event_type": f.get("sub_event_type"), "summary": f.get("summary"),
            "status": data.get("status"), "mentions": len(data.get("mention_ids") or [])}


def _diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Which top-level and frame fields changed, old -> new (what the history shows)."""
    out: dict[str, Any] = {}
    for k in sorted(set(old) | set(new)):
        if k in ("frame", "reports", "claims"):
            continue
        if old.get(k) != new.get(k):
            out[k] = [old.get(k), new.get(k)]
    of, nf = old.get("frame") or {}, new.get("frame") or {}
    for k in sorted(set(of) | set(nf)):
        if of.get(k) != nf.get(k):
            out["frame." + k] = [of.get(k), nf.get(k)]
    if len(old.get("reports") or []) != len(new.get("reports") or []):
        out["reports"] = [len(old.get("reports") or []), len(new.get("reports") or [])]
    return out
