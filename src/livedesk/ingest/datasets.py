"""Readers for the field's event data sets, for backfills: ACLED and UCDP GED exports (CSV), and
GDELT 2.0 event files (tab-separated, no header), whose rows point at articles by URL.

ACLED's `notes` and UCDP's `source_headline`/`source_original` are the text we read; the
data set's own coding (type, place, deaths) is not trusted blindly: the desk re-reads the text,
so a backfill can be compared with the hand coding afterwards.
"""
from __future__ import annotations

import csv
import io
from datetime import datetime, time, timezone
from typing import Iterable, Iterator

from livedesk.errors import InputError
from livedesk.model import Report

# GDELT 2.0 event table: column positions (the files carry no header).
GDELT_ID, GDELT_DATE, GDELT_URL, GDELT_COLUMNS = 0, 1, 60, 61

csv.field_size_limit(10 * 1024 * 1024)


def _date(value: str | None) -> datetime | None:
    """ACLED writes '2016-05-10' or '10 May 2016'; UCDP writes '2016-05-10 00:00:00.000'."""
    if not value:
        return None
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S", "%Y%m%d"):
        try:
            d = datetime.strptime(value, fmt)
            return datetime.combine(d.date(), time(12), timezone.utc)
        except ValueError:
            continue
    return None


def sniff(header_line: str) -> str | None:
    """Which data set a CSV header (or first row) belongs to: 'acled', 'ucdp', 'gdelt' or None."""
    cols = {c.strip().lower() for c in header_line.replace("\t", ",").split(",")}
    if {"event_id_cnty", "notes"} <= cols:
        return "acled"
    if {"source_headline", "date_start"} <= cols or {"source_article", "date_start"} <= cols:
        return "ucdp"
    fields = header_line.rstrip("\r\n").split("\t")
    if len(fields) == GDELT_COLUMNS and fields[GDELT_DATE].isdigit():
        return "gdelt"
    return None


def acled_reports(lines: Iterable[str], where: str, first_row: int = 2) -> Iterator[Report | InputError]:
    """`first_row` is the file line of the first data row, so errors name the real line."""
    reader = csv.DictReader(lines)
    for i, row in enumerate(reader, first_row):
        text = (row.get("notes") or "").strip()
        if not text:
            yield InputError("no_text", f"{where}:{i}", "ACLED row without notes")
            continue
        yield Report(text=text, id=f"acled-{row.get('event_id_cnty') or i}",
                     title=None, published=_date(row.get("event_date")),
                     outlet=(row.get("source") or "ACLED").strip(), origin=f"{where}:{i}",
                     fmt="acled")


def ucdp_reports(lines: Iterable[str], where: str, first_row: int = 2) -> Iterator[Report | InputError]:
    reader = csv.DictReader(lines)
    for i, row in enumerate(reader, first_row):
        parts = [row.get("source_headline") or "", row.get("source_original") or ""]
        text = ". ".join(p.strip() for p in parts if p and p.strip())
        if not text:
            yield InputError("no_text", f"{where}:{i}", "UCDP row without source text")
            continue
        yield Report(text=text, id=f"ucdp-{row.get('id') or i}",
                     title=(row.get("source_headline") or None),
                     published=_date(row.get("source_date") or row.get("date_start")),
                     outlet=(row.get("source_office") or "UCDP").strip() or "UCDP",
                     origin=f"{where}:{i}", fmt="ucdp")


def gdelt_urls(lines: Iterable[str], where: str) -> Iterator[tuple[str, datetime | None] | InputError]:
    """(article URL, event date) per GDELT row; the article itself must be fetched to be read."""
    seen: set[str] = set()
    for i, line in enumerate(lines, 1):
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) != GDELT_COLUMNS:
            yield InputError("unsupported", f"{where}:{i}", f"expected {GDELT_COLUMNS} columns")
            continue
        url = fields[GDELT_URL].strip()
        if url in seen:  # GDELT repeats one article for every event coded from it
            continue
        seen.add(url)
        yield url, _date(fields[GDELT_DATE])


def dataset_reports(data: str, where: str, first_row: int = 2) -> Iterator[Report | InputError]:
    """Reports from an ACLED or UCDP export held in `data` (text, header line first)."""
    first = data.split("\n", 1)[0]
    kind = sniff(first)
    if kind == "acled":
        yield from acled_reports(io.StringIO(data), where, first_row)
    elif kind == "ucdp":
        yield from ucdp_reports(io.StringIO(data), where, first_row)
    else:
        yield InputError("unsupported", where, "not an ACLED or UCDP export")
