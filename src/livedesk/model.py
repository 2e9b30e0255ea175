"""The desk's value objects: plain dataclasses that every stage passes along.

Data flows one way: Report -> (reading) -> Claims + EventFrames -> (fusion) -> Events.
A Report is immutable once read; claims and frames are facts derived from one report;
an Event is the revisable, fused view over frames from many reports.

Every object has `to_dict()` giving the JSON shape of docs/contract.md (where the
contract covers it), so the CLI, the API and the store speak the same field names.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Any

# ACLED's 25 sub-event types under their 6 event types, spelled as in the codebook.
ACLED_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(ACLED_TYPES.values()))

STANCES = ("asserts", "denies", "unconfirmed", "confirms", "uncertain")
STATUSES = ("claimed", "corroborated", "confirmed", "denied", "disputed")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def normalise_text(text: str) -> str:
    """Canonical form used for fingerprints: NFKC, no zero-width marks, folded white space."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def fingerprint(*parts: str | None) -> str:
    """A stable content hash: the same report ingested twice gets the same fingerprint."""
    h = hashlib.sha256()
    for p in parts:
        h.update(normalise_text(p or "").encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


@dataclass(frozen=True)
class Report:
    """One report as read from a source: a file, a page, a feed item or one live-blog update.

    `published` is timezone-aware UTC when known; it anchors relative dates in the text.
    `parent` names the page a live-blog update was split from.
    """
    text: str
    id: str = ""
    title: str | None = None
    published: datetime | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None          # the file path or URL it was read from
    parent: str | None = None
    fmt: str = "text"                  # text | html | feed | jsonl | liveblog | telegram
    author: str | None = None
    lang: str | None = None            # ISO 639-1 code of the text's language, None when unknown
    # Who the outlet took the report from, when it says so (a Telegram post "forwarded from"
    # another channel): a relay between the report's claimants and its outlet.
    relay: str | None = None
    links: tuple[str, ...] = ()        # links the report carries (a post's text links)

    @property
    def fingerprint(self) -> str:
        # The URL alone is not identity (live-blog updates share one page URL), nor is text
        # alone (two outlets may carry one wire story: those are two reports of it).
        return fingerprint(self.outlet, self.url, self.title, self.text)

    def with_id(self) -> "Report":
        if self.id:
            return self
        return Report(**{**self.__dict__, "id": "r-" + self.fingerprint[:16]})

    @property
    def anchor(self) -> date | None:
        return self.published.date() if self.published else None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        d["links"] = list(self.links)
        d["fingerprint"] = self.fingerprint
        return d


@dataclass
class Claim:
    """An attributed statement: `claimant` says it; `via` relays it, nearest the reader last."""
    claimant: str
    stance: str = "asserts"
    start: int = 0
    end: int = 0
    text: str = ""
    via: list[str] = field(default_factory=list)
    claimant_kind: str | None = None     # wire agency, militant media, monitor, official, ...
    alignment: str | None = None         # the side the claimant is affiliated with, if any
    canonical: str | None = None         # canonical source name from the sources lexicon
    description: str | None = None       # who the claimant is, as the text describes them
                                         # ("a council member in Raqqa"), kept apart from the name
    content_start: int | None = None     # what is said -- for a denial, what is denied --
    content_end: int | None = None       # as character offsets in the text (None: not told apart)

    @property
    def origin(self) -> str:
        return self.canonical or self.claimant

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Claim":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class Location:
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None           # ISO 3166-1 alpha-2
    admin1: str | None = None
    precision: int = 1                   # UCDP where_prec: 1 exact .. 4 admin1 .. 6 country
    geonames_id: int | None = None
    uncertainty_km: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Location | None":
        if not d:
            return None
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class Fatalities:
    best: int | None = None
    low: int | None = None
    high: int | None = None
    injured: int | None = None
    side: str | None = None              # whose dead, when the text says
    confirmed: bool = False              # "officially confirmed" kept apart from "reported"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Fatalities":
        if not d:
            return cls()
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class EventFrame:
    """What one report says happened, in one place of its text (one or a few sentences)."""
    sub_event_type: str
    summary: str = ""
    actor1: str | None = None
    actor2: str | None = None
    date_start: str | None = None        # ISO dates
    date_end: str | None = None
    date_precision: int | None = None    # UCDP date_prec 1..5
    location: Location | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    weapons: list[str] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)   # indexes into the report's claims
    confidence: float = 0.5
    start: int = 0                       # character span of the sentences it was read from
    end: int = 0
    background: bool = False             # "weeks after the government recaptured it"
    # named only to be denied: "the ministry denied that its jets struck the market". Kept so that
    # fusion can set the denial beside the reports of the event; the report itself tells no event.
    denied: bool = False

    @property
    def event_type(self) -> str:
        return ACLED_TYPES[self.sub_event_type]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["event_type"] = self.event_type
        d["location"] = self.location.to_dict() if self.location else None
        return {"event_type": d.pop("event_type"), **d}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "EventFrame":
        kw = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        kw["location"] = Location.from_dict(d.get("location"))
        kw["fatalities"] = Fatalities.from_dict(d.get("fatalities"))
        return cls(**kw)


@dataclass
class Reading:
    """The result of reading one report: its frames (most salient first) and all its claims."""
    report_id: str
    events: list[EventFrame] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    error: dict[str, str] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.report_id, "error": self.error,
                "events": [e.to_dict() for e in self.events],
                "claims": [c.to_dict() for c in self.claims]}


@dataclass
class Mention:
    """One frame together with what fusion needs of its report: the unit fusion clusters."""
    id: str                              # stable: "<report_id>#<frame index>"
    report_id: str
    frame: EventFrame
    claims: list[Claim]                  # the frame's own claims (resolved from indexes)
    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None
    text: str = ""                       # the frame's sentences, for wording similarity


@dataclass
class Event:
    """The fused view: one real-world event, every claim about it, and what the desk concludes."""
    id: str
    frame: EventFrame                    # merged fields (type, actors, place, dates)
    mention_ids: list[str] = field(default_factory=list)
    status: str = "claimed"
    status_reason: str = ""
    origins: list[str] = field(default_factory=list)          # independent origins
    first_reported: dict[str, Any] | None = None              # {report_id, outlet, published}
    casualties: list[dict[str, Any]] = field(default_factory=list)  # per claimant figures
    contradictions: list[str] = field(default_factory=list)
    stale: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["frame"] = self.frame.to_dict()
        return d
