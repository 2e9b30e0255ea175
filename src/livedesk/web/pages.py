"""The HTML pages: the desk (timeline + map), one event, one source, sign-in.

Pages are rendered by Jinja with autoescaping on, so report text is always shown as text.
The desk page fills itself from the API; the event page is rendered here so the provenance
view (claimant -> relays -> report, statement in context) needs no script to read.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from livedesk.model import ACLED_TYPES, EVENT_TYPES, STATUSES
from livedesk.store.overrides import EDITABLE
from livedesk.web import auth

router = APIRouter()

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True, trim_blocks=True, lstrip_blocks=True)
_env.filters["q"] = lambda s: quote(str(s or ""), safe="")

DATE_PRECISION = {1: "exact day", 2: "within 2-6 days", 3: "within the week",
                  4: "within the month", 5: "within the year"}
WHERE_PRECISION = {1: "exact place", 2: "within about 25 km", 3: "district", 4: "province",
                   5: "region or road", 6: "country", 7: "international waters or airspace"}
CONTEXT_CHARS = 280


def render(request: Request, name: str, **ctx: Any) -> HTMLResponse:
    user = auth.current_user(request)
    html = _env.get_template(name).render(user=user, **ctx)
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


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(event_id: str, request: Request) -> HTMLResponse:
    store = request.app.state.desk.store
    ev = store.get_event(event_id)
    if ev is None:
        raise HTTPException(404, "no such event")
    f = ev["frame"]
    loc = f.get("location") or {}
    return render(request, "event.html", ev=ev, f=f, loc=loc,
                  date_precision=DATE_PRECISION.get(f.get("date_precision"), "unknown"),
                  where_precision=WHERE_PRECISION.get(loc.get("precision"), "unknown"),
                  provenance=_provenance(store, ev), sub_event_types=list(ACLED_TYPES),
                  editable=EDITABLE)


@router.get("/sources/{name}", response_class=HTMLResponse)
def source_page(name: str, request: Request) -> HTMLResponse:
    src = request.app.state.desk.store.source(name)
    if src is None:
        raise HTTPException(404, "no such source")
    return render(request, "source.html", src=src)
