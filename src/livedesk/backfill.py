"""Backfills on Dask: read a large set of reports in parallel, write them to the store in batches.

Why Dask (dask.distributed): it is the field's existing engine for this, runs the same code on a
local cluster of processes or on a real one given its scheduler address, and its futures let the
driver write results as they finish. The driver is the store's only writer (SQLite allows one),
workers only read text and run the pipeline.

Resumable: the work is cut into chunks with stable ids; a chunk's id goes into a checkpoint file
only after its reports are committed. A crash loses at most the chunks in flight, and since
reports are stored by fingerprint, redoing one stores nothing twice.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from livedesk.errors import InputError
from livedesk.settings import Settings, get_settings

# Lines of JSON Lines, rows of CSV or files of a folder per chunk: big enough to keep a worker
# busy for a second or more, small enough that a crash loses little.
DEFAULT_CHUNK = 200


@dataclass(frozen=True)
class Chunk:
    id: str
    kind: str               # jsonl | files | acled | ucdp | gdelt
    where: str
    payload: Any            # bytes of JSON Lines, file paths, (CSV text, first row's line), GDELT lines


@dataclass
class BackfillSummary:
    chunks: int = 0
    skipped_chunks: int = 0
    reports: int = 0
    new: int = 0
    duplicates: int = 0
    failed: int = 0
    seconds: float = 0.0            # reading and writing, after the cluster is up
    startup: float = 0.0            # starting the cluster and loading the pipeline on workers
    errors: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.reports / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        s = (f"backfill: {self.reports} reports ({self.new} new, {self.duplicates} already stored, "
             f"{self.failed} failed) from {self.chunks} chunks ({self.skipped_chunks} done before) "
             f"in {self.seconds:.1f}s (+{self.startup:.1f}s start-up), {self.rate:.1f} reports/s")
        for e in self.errors[:20]:
            s += f"\n  error: {e}"
        if len(self.errors) > 20:
            s += f"\n  ... and {len(self.errors) - 20} more errors"
        return s


def _chunk_id(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _jsonl_chunks(path: Path, size: int) -> Iterator[Chunk]:
    buf: list[bytes] = []
    first = 1
    with open(path, "rb") as fh:
        for n, line in enumerate(fh, 1):
            buf.append(line)
            if len(buf) >= size:
                data = b"".join(buf)
                yield Chunk(_chunk_id(path, first, hashlib.sha1(data).hexdigest()), "jsonl",
                            f"{path} (lines {first}-{n})", data)
                buf, first = [], n + 1
    if buf:
        data = b"".join(buf)
        yield Chunk(_chunk_id(path, first, hashlib.sha1(data).hexdigest()), "jsonl",
                    f"{path} (lines {first}-)", data)


def _csv_chunks(path: Path, kind: str, size: int) -> Iterator[Chunk]:
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        if kind == "gdelt":
            rows = [line for line in fh]
            for i in range(0, len(rows), size):
                part = "".join(rows[i:i + size])
                yield Chunk(_chunk_id(path, i, len(part)), kind, f"{path}:{i + 1}-", part)
            return
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return
        batch: list[list[str]] = []
        start = 2
        for n, row in enumerate(reader, 2):
            batch.append(row)
            if len(batch) >= size:
                yield _csv_chunk(path, kind, header, batch, start)
                batch, start = [], n + 1
        if batch:
            yield _csv_chunk(path, kind, header, batch, start)


def _csv_chunk(path: Path, kind: str, header: list[str], rows: list[list[str]], start: int) -> Chunk:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(header)
    w.writerows(rows)
    text = out.getvalue()
    return Chunk(_chunk_id(path, start, hashlib.sha1(text.encode()).hexdigest()), kind,
                 str(path), (text, start))


def plan(sources: Iterable[str], chunk_size: int = DEFAULT_CHUNK) -> Iterator[Chunk | InputError]:
    """Cut the sources into chunks. Folders: JSON Lines and data-set files each get their own
    chunks; other files (HTML, text, feeds) are grouped `chunk_size` files a chunk."""
    from livedesk.ingest.datasets import sniff

    loose: list[str] = []
    for src in sources:
        p = Path(src)
        if not p.exists():
            yield InputError("not_found", src)
            continue
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            try:
                with open(f, encoding="utf-8", errors="replace") as fh:
                    head = fh.readline()
            except OSError as exc:
                yield InputError("not_found", str(f), str(exc))
                continue
            kind = sniff(head)
            if kind:
                yield from _csv_chunks(f, kind, chunk_size)
            elif f.suffix in (".jsonl", ".ndjson"):
                yield from _jsonl_chunks(f, chunk_size)
            else:
                loose.append(str(f))
    for i in range(0, len(loose), chunk_size):
        group = loose[i:i + chunk_size]
        stamp = [(g, os.path.getsize(g), int(os.path.getmtime(g))) for g in group]
        yield Chunk(_chunk_id(*stamp), "files", f"{group[0]} (+{len(group) - 1} files)", group)


def _reports_of(chunk: Chunk, settings: Settings) -> Iterator[Any]:
    from livedesk.ingest import read_bytes, read_sources
    from livedesk.ingest.datasets import dataset_reports, gdelt_urls

    if chunk.kind == "jsonl":
        line_errors: list[InputError] = []
        try:
            yield from read_bytes(chunk.payload, chunk.where, "application/x-ndjson",
                                  errors=line_errors)
        except InputError as exc:
            # Nothing readable in the chunk: its line errors say why, when there are any.
            if not line_errors:
                yield exc
        yield from line_errors
    elif chunk.kind == "files":
        yield from read_sources(chunk.payload, settings)
    elif chunk.kind in ("acled", "ucdp"):
        text, first_row = chunk.payload
        yield from dataset_reports(text, chunk.where, first_row)
    elif chunk.kind == "gdelt":
        urls = [u for u in gdelt_urls(io.StringIO(chunk.payload), chunk.where)]
        yield from (u for u in urls if isinstance(u, InputError))
        yield from read_sources([u[0] for u in urls if not isinstance(u, InputError)], settings)


def read_chunk(chunk: Chunk, settings: Settings | None = None) -> tuple[str, list, list[str]]:
    """On a worker: the chunk's reports, each read by the pipeline. Returns
    (chunk id, [(Report, Reading)], [error messages]). Never raises for bad input."""
    from livedesk.read import read_many

    settings = settings or get_settings()
    reports, errors = [], []
    for item in _reports_of(chunk, settings):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            reports.append(item.with_id())
    # read_many batches the spaCy parse (nlp.pipe): the same path as `livedesk extract`.
    return chunk.id, list(zip(reports, read_many(reports))), errors


class Checkpoint:
    """The ids of chunks already committed, in a JSON Lines file: append-only, so a crash while
    writing it loses at most the last line (and that chunk is then redone, harmlessly)."""

    def __init__(self, path: Path):
        self.path = path
        self.done: set[str] = set()
        if path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    self.done.add(json.loads(line)["chunk"])
                except (ValueError, KeyError, TypeError):
                    continue

    def mark(self, chunk_id: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"chunk": chunk_id, "at": time.time()}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        self.done.add(chunk_id)


def _checkpoint_path(settings: Settings, sources: Iterable[str]) -> Path:
    key = _chunk_id(settings.database_url, *sorted(os.path.abspath(s) for s in sources))
    return Path(settings.home) / "backfill" / f"{key}.jsonl"


def _write(store, results: list, summary: BackfillSummary) -> None:
    # One transaction for the chunk's reports and readings: a kill leaves none half-written,
    # and the chunk is checkpointed only after it commits.
    for _, created in store.add_reports(results, who="backfill"):
        summary.reports += 1
        if created:
            summary.new += 1
        else:
            summary.duplicates += 1


def backfill(sources: list[str], settings: Settings | None = None, workers: int = 2,
             scheduler: str | None = None, batch_size: int = DEFAULT_CHUNK,
             progress: bool = True, refuse: bool = True) -> BackfillSummary:
    """Read `sources` on a Dask cluster (local with `workers` processes, or the one at
    `scheduler`), write to the store as chunks finish, then re-fuse once.
    workers=0 reads in this process: the single-process baseline the bench compares with."""
    from tqdm import tqdm

    from livedesk.service import Desk

    settings = settings or get_settings()
    desk = Desk(settings)
    store = desk.store
    summary = BackfillSummary()
    checkpoint = Checkpoint(_checkpoint_path(settings, sources))
    chunks: list[Chunk] = []
    for c in plan(sources, batch_size):
        if isinstance(c, InputError):
            summary.errors.append(str(c))
            summary.failed += 1
        elif c.id in checkpoint.done:
            summary.skipped_chunks += 1
        else:
            chunks.append(c)
    summary.chunks = len(chunks) + summary.skipped_chunks
    bar = tqdm(total=len(chunks), unit="chunk", disable=not progress, file=sys.stderr,
               desc="backfill")
    t0 = time.perf_counter()
    started = t0

    def commit(result: tuple[str, list, list[str]]) -> None:
        chunk_id, results, errors = result
        _write(store, results, summary)
        summary.errors.extend(errors)
        summary.failed += len(errors)
        checkpoint.mark(chunk_id)
        bar.update(1)

    if workers == 0 and scheduler is None:
        _warm()
        started = time.perf_counter()
        for c in chunks:
            commit(read_chunk(c, settings))
    else:
        from dask.distributed import Client, LocalCluster, as_completed
        cluster = None
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
        try:
            # Warm each worker's pipeline once, so the first chunks are not charged for loading.
            client.run(_warm)
            started = time.perf_counter()
            futures = [client.submit(read_chunk, c, settings, key=f"chunk-{c.id}", pure=False)
                       for c in chunks]
            for fut in as_completed(futures):
                try:
                    commit(fut.result())
                except Exception as exc:  # a worker died on a chunk: say which, go on
                    summary.errors.append(f"{fut.key}: {exc}")
                    summary.failed += 1
                fut.release()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    bar.close()
    summary.startup = started - t0
    summary.seconds = time.perf_counter() - started
    if refuse:
        desk.refuse()
    return summary


def _warm() -> bool:
    from livedesk.model import Report
    from livedesk.read import read_report
    read_report(Report(text="Warm-up sentence in Homs.", id="warm").with_id())
    return True
