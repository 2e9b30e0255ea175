"""The JSON API: events, reports, sources, export; sign-in; the analyst's review actions."""
from __future__ import annotations

import io
import json
from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from livedesk.model import ACLED_TYPES, EVENT_TYPES, STATUSES
from livedesk.service import Desk
from livedesk.store.overrides import EDITABLE
from livedesk.web import aliases, auth, words

router = APIRouter(prefix="/api")

DATE = r"^\d{4}-\d{2}-\d{2}$"


class FastJSON(Response):
    """JSON straight from the store's plain dicts. FastAPI's jsonable_encoder walks every value
    of a returned dict and cost ~5 ms for eight events, most of a list request's time; the
    store already hands out JSON-ready data, so returning this Response skips that walk."""
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def desk(request: Request) -> Desk:
    return request.app.state.desk


class EventFilters(BaseModel):
    date_from: str | None = Field(None, pattern=DATE)
    date_to: str | None = Field(None, pattern=DATE)
    event_type: str | None = Field(None, max_length=80)
    actor: str | None = Field(None, max_length=200)
    place: str | None = Field(None, max_length=200)
    status: str | None = Field(None, max_length=20)
    source: str | None = Field(None, max_length=300)
    review: str | None = Field(None, max_length=20)

    def clean(self) -> dict[str, Any]:
        """The filters as the store takes them, actor, place and source widened to every name
        the lexicons and the gazetteer give what was typed (actor=ISIS, place=Tadmur,
        source=SOHR match the canonical names the store holds)."""
        out: dict[str, Any] = {k: v for k, v in self.model_dump().items() if v not in (None, "")}
        for key, widen in (("actor", aliases.actor_names), ("place", aliases.place_names),
                           ("source", aliases.source_names)):
            if key in out and out[key].strip():
                out[key] = widen(out[key])
        return out


# Databases store offsets in 64 bits; a larger one is a 422, not a 500 (found by schemathesis).
MAX_OFFSET = 10**9


@router.get("/events", response_class=FastJSON)
def list_events(f: EventFilters = Depends(), limit: int = Query(500, ge=1, le=5000),
                offset: int = Query(0, ge=0, le=MAX_OFFSET), d: Desk = Depends(desk)) -> FastJSON:
    seq = d.store.last_seq()           # read first: a change after it is sent again, not lost
    evs = d.store.list_events(**f.clean(), limit=limit, offset=offset)
    for ev in evs:
        ev["headline"] = words.headline(ev)
    return FastJSON({"events": evs, "count": len(evs), "seq": seq})


@router.get("/events/{event_id}", response_class=FastJSON)
def get_event(event_id: str, d: Desk = Depends(desk)) -> FastJSON:
    ev = d.store.get_event(event_id)
    if ev is None:
        raise HTTPException(404, "no such event")
    return FastJSON(dict(ev, headline=words.headline(ev)))


@router.get("/reports", response_class=FastJSON)
def list_reports(source: str | None = Query(None, max_length=300),
                 q: str | None = Query(None, max_length=200),
                 limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
                 d: Desk = Depends(desk)) -> FastJSON:
    return FastJSON({"reports": d.store.list_reports(source=source, q=q, limit=limit,
                                                     offset=offset)})


@router.get("/reports/{report_id}", response_class=FastJSON)
def get_report(report_id: str, d: Desk = Depends(desk)) -> FastJSON:
    r = d.store.get_report(report_id)
    if r is None:
        raise HTTPException(404, "no such report")
    return FastJSON(r)


@router.get("/sources/{name:path}", response_class=FastJSON)
def get_source(name: str, d: Desk = Depends(desk)) -> FastJSON:
    from livedesk.web.pages import source_view
    s = source_view(d.store, name)
    if s is None:
        raise HTTPException(404, "no such source")
    return FastJSON(s)


@router.get("/vocabulary")
def vocabulary() -> dict[str, Any]:
    return {"event_types": list(EVENT_TYPES), "sub_event_types": ACLED_TYPES,
            "statuses": list(STATUSES), "reviews": ["unreviewed", "confirmed", "rejected"],
            "editable": list(EDITABLE)}


@router.get("/export.{fmt}")
def export_events(fmt: Literal["csv", "geojson"], f: EventFilters = Depends(),
                  d: Desk = Depends(desk)) -> Response:
    from livedesk.export import export
    buf = io.StringIO()
    export(d.store, fmt, buf, **f.clean())
    media = "text/csv" if fmt == "csv" else "application/geo+json"
    return Response(buf.getvalue(), media_type=media + "; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="livedesk-events.{fmt}"'})


# -- sign-in ----------------------------------------------------------------------------------
class SignIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=120)
    password: str = Field(..., min_length=1, max_length=1000)


@router.post("/session")
def sign_in(body: SignIn, request: Request, response: Response,
            d: Desk = Depends(desk)) -> dict[str, Any]:
    # A JSON body cannot be sent cross-site without a CORS preflight we never grant.
    if not request.headers.get("content-type", "").startswith("application/json"):
        raise HTTPException(415, "send JSON")
    auth._same_origin(request)
    client = request.client.host if request.client else "unknown"
    token, user = auth.sign_in(d.store, body.name, body.password, client,
                               d.settings.session_minutes)
    response.set_cookie(auth.COOKIE, token, max_age=d.settings.session_minutes * 60,
                        httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https")
    d.store.log(user["name"], "user.signed_in", f"user:{user['name']}", {})
    return {"name": user["name"], "role": user["role"], "csrf": user["csrf"]}


@router.get("/session")
def whoami(request: Request) -> dict[str, Any]:
    user = auth.current_user(request)
    if user is None:
        return {"name": None, "role": None, "csrf": None}
    return {"name": user["name"], "role": user["role"], "csrf": user["csrf"]}


@router.delete("/session")
def sign_out(request: Request, response: Response, d: Desk = Depends(desk)) -> dict[str, Any]:
    auth.require_write(request, role="viewer")
    d.store.end_session(request.cookies.get(auth.COOKIE, ""))
    response.delete_cookie(auth.COOKIE, path="/")
    return {"ok": True}


class NewUser(BaseModel):
    name: str = Field(..., min_length=1, max_length=120)
    password: str = Field(..., min_length=8, max_length=1000)
    role: Literal["viewer", "analyst", "admin"] = "viewer"


@router.post("/users")
def create_user(body: NewUser, request: Request, d: Desk = Depends(desk)) -> dict[str, Any]:
    auth.require_write(request, role="admin")
    uid = auth.add_user(d.store, body.name, body.password, body.role)
    return {"id": uid, "name": body.name, "role": body.role}


# -- review -----------------------------------------------------------------------------------
class Review(BaseModel):
    status: Literal["confirmed", "rejected", "unreviewed"]
    reason: str = Field("", max_length=2000)


class Edit(BaseModel):
    field: Literal[EDITABLE]  # type: ignore[valid-type]
    value: str | int | float | None = None


class Note(BaseModel):
    text: str = Field(..., min_length=1, max_length=5000)


class Merge(BaseModel):
    other: str = Field(..., max_length=220)


class Split(BaseModel):
    mention_id: str = Field(..., max_length=220)


def _event_or_404(d: Desk, event_id: str) -> dict[str, Any]:
    ev = d.store.get_event(event_id)
    if ev is None:
        raise HTTPException(404, "no such event")
    return ev


def _anchor(ev: dict[str, Any]) -> str | None:
    """The mention an edit is anchored on: the event's first, which fusion keeps it by."""
    return min(ev["mention_ids"]) if ev.get("mention_ids") else None


def _after(d: Desk, event_id: str, ev: dict[str, Any]) -> dict[str, Any] | None:
    """The event as it is after re-fusion (its id may have moved with its first mention)."""
    anchor = _anchor(ev)
    return d.store.get_event((d.store.event_of_mention(anchor) if anchor else None) or event_id)


@router.post("/events/{event_id}/review")
def review(event_id: str, body: Review, request: Request, d: Desk = Depends(desk)):
    user = auth.require_write(request)
    ev = _event_or_404(d, event_id)
    d.store.add_override("review", user["name"], event_id=event_id, a=_anchor(ev),
                         value={"status": body.status, "reason": body.reason})
    d.refuse_event(event_id)
    return _after(d, event_id, ev)


@router.post("/events/{event_id}/edit")
def edit(event_id: str, body: Edit, request: Request, d: Desk = Depends(desk)):
    user = auth.require_write(request)
    ev = _event_or_404(d, event_id)
    if body.field == "sub_event_type" and body.value not in ACLED_TYPES:
        raise HTTPException(422, "not an ACLED sub-event type")
    d.store.add_override("field", user["name"], event_id=event_id, a=_anchor(ev), field=body.field,
                         value=body.value)
    d.refuse_event(event_id)
    return _after(d, event_id, ev)


@router.post("/events/{event_id}/notes")
def note(event_id: str, body: Note, request: Request, d: Desk = Depends(desk)):
    user = auth.require_write(request)
    ev = _event_or_404(d, event_id)
    d.store.add_override("note", user["name"], event_id=event_id, a=_anchor(ev), value=body.text)
    d.refuse_event(event_id)
    return _after(d, event_id, ev)


@router.post("/events/{event_id}/merge")
def merge(event_id: str, body: Merge, request: Request, d: Desk = Depends(desk)):
    user = auth.require_write(request)
    a, b = _event_or_404(d, event_id), _event_or_404(d, body.other)
    if a["id"] == b["id"] or not a["mention_ids"] or not b["mention_ids"]:
        raise HTTPException(422, "pick two different events with mentions")
    d.store.add_override("must_link", user["name"], event_id=event_id,
                         a=a["mention_ids"][0], b=b["mention_ids"][0],
                         # its name too: once merged, the other event's id names nothing
                         value={"other": b["id"], "headline": words.headline(b)})
    d.refuse_around(a["mention_ids"] + b["mention_ids"])
    return {"merged": [a["id"], b["id"]],
            "event": d.store.event_of_mention(a["mention_ids"][0])}


@router.post("/events/{event_id}/split")
def split(event_id: str, body: Split, request: Request, d: Desk = Depends(desk)):
    user = auth.require_write(request)
    ev = _event_or_404(d, event_id)
    if body.mention_id not in ev["mention_ids"] or len(ev["mention_ids"]) < 2:
        raise HTTPException(422, "pick one of this event's mentions, and keep one")
    for other in ev["mention_ids"]:
        if other != body.mention_id:
            d.store.add_override("cannot_link", user["name"], event_id=event_id,
                                 a=other, b=body.mention_id)
    d.refuse_around(ev["mention_ids"])
    return {"split": body.mention_id,
            "event": d.store.event_of_mention(body.mention_id)}
