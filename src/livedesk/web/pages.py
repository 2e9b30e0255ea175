"""The HTML pages: the desk (timeline + map), one event, one source, sign-in.

Pages are rendered by Jinja with autoescaping on, so report text is always shown as text.
The desk page fills itself from the API; the event page is rendered here so the provenance
view (claimant -> relays -> report, statement in context) needs no script to read.
"""
from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from livedesk.model import ACLED_TYPES, EVENT_TYPES, STATUSES
from livedesk.store.overrides import EDITABLE
from livedesk.web import aliases, auth, words

router = APIRouter()

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True, trim_blocks=True, lstrip_blocks=True,
    # A missing value is shown as nothing, never as the word "None".
    finalize=lambda v: "" if v is None else v)
_env.filters["q"] = lambda s: quote(str(s or ""), safe="")

DATE_PRECISION = {1: "exact day", 2: "within 2-6 days", 3: "within the week",
                  4: "within the month", 5: "within the year"}
WHERE_PRECISION = {1: "exact place", 2: "within about 25 km", 3: "district", 4: "province",
                   5: "region or road", 6: "country", 7: "international waters or airspace"}
CONTEXT_CHARS = 280


def render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    user = auth.current_user(request)
    settings = request.app.state.settings
    html = _env.get_template(name).render(user=user, tiles=settings.tiles,
                                          tiles_attribution=settings.tiles_attribution, **ctx)
    return HTMLResponse(html)


@router.get("/", response_class=HTMLResponse)
def desk_page(request: Request) -> HTMLResponse:
    return render(request, "desk.html", event_types=EVENT_TYPES, sub_event_types=list(ACLED_TYPES),
                  statuses=STATUSES)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.html")


def _provenance(store, ev: dict[str, Any]) -> list[dict[str, Any]]:
    """Each claim with the report it is in and the statement's place in that report's text."""
    texts: dict[str, dict[str, Any] | None] = {}
    out = []
    for c in ev.get("claims") or []:
        rid = c.get("report_id")
        if rid not in texts:
            texts[rid] = store.get_report(rid)
        rep = texts[rid] or {}
        text = rep.get("text") or ""
        start, end = c.get("start") or 0, c.get("end") or 0
        if end <= start and c.get("text"):
            start = text.find(c["text"])
            end = start + len(c["text"]) if start >= 0 else 0
            start = max(start, 0)
        out.append({**c, "report": rep,
                    "before": text[max(0, start - CONTEXT_CHARS):start],
                    "statement": text[start:end] or c.get("text") or "",
                    "after": text[end:end + CONTEXT_CHARS],
                    "cut_before": start > CONTEXT_CHARS,
                    "cut_after": end + CONTEXT_CHARS < len(text)})
    return out


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dl = math.radians(b["lon"] - a["lon"])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(min(1, math.sqrt(h)))


def merge_candidates(store, ev: dict[str, Any], days: int = 3, km: float = 100,
                     limit: int = 8) -> list[dict[str, Any]]:
    """Events that may be this one: within a few days and ~100 km, or at a place of the
    same name. What an analyst looks at before merging."""
    f = ev["frame"]
    loc = f.get("location") or {}
    if not f.get("date_start"):
        return []
    d = date.fromisoformat(f["date_start"][:10])
    near = []
    for other in store.list_events(date_from=(d - timedelta(days=days)).isoformat(),
                                   date_to=(d + timedelta(days=days)).isoformat(), limit=500):
        if other["id"] == ev["id"]:
            continue
        oloc = other["frame"].get("location") or {}
        dist = _km(loc, oloc)
        same_name = loc.get("name") and loc.get("name") == oloc.get("name")
        if same_name or (dist is not None and dist <= km):
            near.append((dist if dist is not None else 0.0, other))
    near.sort(key=lambda x: x[0])
    return [dict(o, distance_km=round(dk)) for dk, o in near[:limit]]


def _readable(store, ev: dict[str, Any]) -> dict[str, Any]:
    """What the event page writes in words: history lines, mentions and reports by name."""
    reports: dict[str, dict[str, Any] | None] = {}

    def report(rid: str) -> dict[str, Any] | None:
        if rid not in reports:
            reports[rid] = store.get_report(rid)
        return reports[rid]

    roles: dict[str, str | None] = {}

    def role_of(name: str) -> str | None:
        if name not in roles:
            user = store.get_user(name)
            roles[name] = user["role"] if user else None
        return roles[name]

    def event_name(eid: str) -> str | None:
        other = store.get_event(eid) if eid else None
        return words.headline(other) if other else None

    def mention_name(mid: str) -> str:
        return words.mention_label(mid, report)

    history = [{"at": h.get("at"), "line": words.history_line(h, role_of, event_name, mention_name)}
               for h in ev.get("history") or []]
    mentions = [{"id": m, "label": mention_name(m)} for m in ev.get("mention_ids") or []]
    titles = {r["report_id"]: words.report_title(r, (report(r["report_id"]) or {}).get("text"))
              for r in ev.get("reports") or []}
    # A report in another language is shown as it is, marked with its language.
    langs = {r["report_id"]: (lambda lang: lang if lang and lang != "en" else None)(
        (report(r["report_id"]) or {}).get("lang")) for r in ev.get("reports") or []}
    return {"history": history, "mentions": mentions, "titles": titles, "langs": langs,
            "report": report}


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(event_id: str, request: Request) -> HTMLResponse:
    store = request.app.state.desk.store
    ev = store.get_event(event_id)
    if ev is None:
        raise HTTPException(404, "no such event")
    f = ev["frame"]
    loc = f.get("location") or {}
    readable = _readable(store, ev)
    candidates = [dict(c, headline=words.headline(c)) for c in merge_candidates(store, ev)]
    first = ev.get("first_reported") or {}
    return render(request, "event.html", ev=ev, f=f, loc=loc, headline=words.headline(ev),
                  date_precision=DATE_PRECISION.get(f.get("date_precision"), "unknown"),
                  where_precision=WHERE_PRECISION.get(loc.get("precision"), "unknown"),
                  provenance=_provenance(store, ev), sub_event_types=list(ACLED_TYPES),
                  candidates=candidates, editable=EDITABLE, when=words.when,
                  history=readable["history"], mentions=readable["mentions"],
                  titles=readable["titles"], langs=readable["langs"], first=first,
                  report_title=lambda rep: words.report_title(rep))


def source_view(store, name: str) -> dict[str, Any] | None:
    """One source under whichever name it was asked by: its canonical name, every name it
    goes by, and what the store holds under any of them."""
    ident = aliases.source_identity(name)
    src = store.source(ident["aliases"])
    if src is None:
        return None
    return dict(src, name=ident["name"], kind=src["kind"] or ident.get("kind"),
                alignment=src["alignment"] or ident.get("alignment"),
                aliases=[a for a in ident["aliases"] if a != ident["name"]])


@router.get("/sources/{name:path}", response_class=HTMLResponse)
def source_page(name: str, request: Request) -> Response:
    src = source_view(request.app.state.desk.store, name)
    if src is None:
        raise HTTPException(404, "no such source")
    if src["name"] != name:         # one page per source, whatever name led here
        return RedirectResponse("/sources/" + quote(src["name"], safe=""), status_code=302)
    return render(request, "source.html", src=src, when=words.when, headline=words.headline,
                  report_title=lambda r: words.report_title(r, r.get("excerpt")))
