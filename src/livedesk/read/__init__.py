"""Reading: a report in, claims and event frames out (see pipeline.py)."""
from __future__ import annotations

from typing import Iterable, Iterator

from livedesk.model import Reading, Report


def read_report(report: Report) -> Reading:
    """Read one report. Placeholder until the pipeline lands: finds nothing."""
    return Reading(report_id=report.id)


def read_many(reports: Iterable[Report], n_process: int = 1) -> Iterator[Reading]:
    for r in reports:
        yield read_report(r)


__all__ = ["read_report", "read_many"]
