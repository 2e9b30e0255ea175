"""Times as timezone-aware UTC datetimes, from whatever a source writes."""
from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from dateutil import parser as _du

# Abbreviations live blogs print after a time; dateutil needs them spelled out.
TZ_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "AST": 3, "IST": 2, "TRT": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
    "MDT": -6, "PST": -8, "PDT": -7,
}
_TZINFOS = {k: v * 3600 for k, v in TZ_OFFSETS.items()}
_MIN_YEAR, _MAX_YEAR = 1970, 2100


def to_utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        return dt.replace(tzinfo=timezone.utc)   # a naive time is taken as UTC: say so, never guess local
    return dt.astimezone(timezone.utc)


def _sane(dt: datetime | None) -> datetime | None:
    if dt is None or not (_MIN_YEAR <= dt.year <= _MAX_YEAR):
        return None
    return to_utc(dt)


def parse_when(value: object) -> datetime | None:
    """A datetime, date, struct_time, epoch number or date string -> aware UTC datetime, or None."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, datetime):
            return _sane(value)
        if isinstance(value, date):
            return _sane(datetime(value.year, value.month, value.day))
        if isinstance(value, time.struct_time):
            return _sane(datetime(*value[:6], tzinfo=timezone.utc))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return _sane(datetime.fromtimestamp(value, timezone.utc))
        if not isinstance(value, str):
            return None
        s = value.strip()
        if not s or len(s) > 80:          # longer is prose, not a date field
            return None
        try:
            return _sane(datetime.fromisoformat(s.replace("Z", "+00:00")))
        except ValueError:
            pass
        if re.match(r"^[A-Z][a-z]{2}, \d", s):
            try:
                return _sane(parsedate_to_datetime(s))
            except (TypeError, ValueError, IndexError):
                pass
        return _sane(_du.parse(s, tzinfos=_TZINFOS, fuzzy=False))
    except (ValueError, OverflowError, TypeError, OSError):
        return None


def at_time_of_day(anchor: datetime, hour: int, minute: int, offset_hours: float = 0) -> datetime:
    """The given wall-clock time on the anchor's day, in the zone `offset_hours` east of UTC."""
    tz = timezone(timedelta(hours=offset_hours))
    local_day = anchor.astimezone(tz).date()
    return datetime(local_day.year, local_day.month, local_day.day, hour, minute, tzinfo=tz).astimezone(timezone.utc)
