"""Reading: a report in, claims and event frames out (see pipeline.py).

Public API: read_report, read_many; livedesk.read.nlp.get_nlp for the shared spaCy pipeline.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator

from livedesk.model import Reading, Report

log = logging.getLogger(__name__)


def _failed(report: Report, stage: str, exc: Exception) -> Reading:
    where = report.origin or report.url or report.id
    return Reading(report_id=report.id, error={
        "code": "read_failed", "message": f"{where}: stage '{stage}' failed: {type(exc).__name__}: {exc}"})


def read_report(report: Report) -> Reading:
    """Read one report: its event frames (most salient first) and every attributed claim."""
    return next(read_many([report]))


def _chunks(items: Iterable[Report], size: int) -> Iterator[list[Report]]:
    chunk: list[Report] = []
    for r in items:
        chunk.append(r)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_many(reports: Iterable[Report], n_process: int = 1, batch_size: int = 32) -> Iterator[Reading]:
    """Read reports in order, one Reading each; spaCy parses them in batches (nlp.pipe).

    A report that fails to parse or read still yields a Reading, with error naming the stage.
    """
    from livedesk.read.nlp import get_nlp
    from livedesk.read.pipeline import read_doc
    from livedesk.read.provenance import add_relay, readable, unread

    nlp = get_nlp()
    # Worker processes cost a start-up each: hand them large chunks.
    size = batch_size * (8 * n_process if n_process > 1 else 1)
    for chunk in _chunks(reports, size):
        texts = [(r.text or "") if readable(r) else "" for r in chunk]
        try:
            docs = list(nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
        except Exception:      # one bad text must not sink its batch: parse them one by one
            docs = []
            for t in texts:
                try:
                    docs.append(nlp(t))
                except Exception as exc:
                    docs.append(exc)
        for report, text, doc in zip(chunk, texts, docs):
            if isinstance(doc, Exception):
                yield _failed(report, "parse", doc)
                continue
            if not readable(report):
                yield unread(report)
                continue
            if report.text is text:
                doc.user_data["livedesk_text"] = text     # parsed from this very string
            try:
                yield add_relay(report, read_doc(doc, report))
            except Exception as exc:
                log.exception("reading %s failed", report.id)
                yield _failed(report, "read", exc)


__all__ = ["read_report", "read_many"]
