"""A backfill's unit of work: cutting the input into chunks, and what a worker does with one.

A chunk is a slice of one input (JSON Lines lines, CSV rows, GDELT lines, or a group of files)
with an id that stays the same from run to run, so the driver's checkpoint can skip it later.
The driver cuts; it never parses what a worker will parse again (JSON Lines travel as raw
bytes). A worker reads a chunk with the desk's pipeline and stores it itself, in one
transaction, and sends back only counts and error messages: results do not cross the network
twice, and the driver, which shares the cores with the workers here, does almost nothing.
"""
from __future__ import annotations

import csv
import hashlib
import io
import itertools
import os
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
    payload: Any            # (JSON Lines bytes, file, first line), file paths,
                            # (CSV text, first row's line), GDELT lines


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
                            f"{path} (lines {first}-{n})", (data, str(path), first))
                buf, first = [], n + 1
    if buf:
        data = b"".join(buf)
        yield Chunk(_chunk_id(path, first, hashlib.sha1(data).hexdigest()), "jsonl",
                    f"{path} (lines {first}-)", (data, str(path), first))


def _csv_chunks(path: Path, kind: str, size: int) -> Iterator[Chunk]:
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        if kind == "gdelt":
            # `size` lines at a time, not the whole file (ids as before: first line, length).
            for i in itertools.count(0, size):
                part = "".join(itertools.islice(fh, size))
                if not part:
                    return
                yield Chunk(_chunk_id(path, i, len(part)), kind, f"{path}:{i + 1}-", part)
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
        # Read as `livedesk ingest` reads the file (reports' origin is the file), then
        # renumber the line errors: the chunk's line n is the file's line first + n - 1.
        data, path, first = chunk.payload
        line_errors: list[InputError] = []
        try:
            yield from read_bytes(data, path, "application/x-ndjson", errors=line_errors)
        except InputError as exc:
            # Nothing readable in the chunk: its line errors say why, when there are any.
            if not line_errors:
                yield InputError(exc.code, chunk.where, exc.detail)
        for e in line_errors:
            n = e.where.rpartition(":")[2]
            yield InputError(e.code, f"{path}:{first + int(n) - 1}" if n.isdigit() else e.where,
                             e.detail)
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
    """The chunk's reports, each read by the pipeline. Returns
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


@dataclass
class ChunkResult:
    """What a worker sends back for a chunk: counts once its reports are committed, or (when
    the driver must write, see backfill.py) the reports themselves in `pending`."""
    chunk_id: str
    reports: int = 0
    new: int = 0
    errors: list[str] = field(default_factory=list)
    cpu: float = 0.0            # CPU seconds the reading process spent on the chunk
    pending: list | None = None  # [(Report, Reading)] not stored yet
    refused: int = 0            # reports stored without their reading (its error in `errors`)

    def commit(self, store, results: list) -> "ChunkResult":
        before = len(self.errors)
        stored = _store(store, results, self.errors)
        self.reports, self.new, self.pending = len(stored), sum(c for _, c in stored), None
        self.refused = len(self.errors) - before
        return self


def store_chunk(chunk: Chunk, settings: Settings, store=None, write: bool = True) -> ChunkResult:
    """Read a chunk and store its reports in one transaction (on a worker: its own store;
    one per report if the store refuses a reading), or with write=False return them for the
    driver to store. Raises only when the store itself fails; the chunk is then not
    checkpointed."""
    cpu = time.process_time()
    chunk_id, results, errors = read_chunk(chunk, settings)
    result = ChunkResult(chunk_id, errors=errors)
    if write:
        result.commit(store or worker_store(settings.database_url), results)
    else:
        result.pending = results
    result.cpu = time.process_time() - cpu
    return result


def _store(store, results: list, errors: list[str]) -> list[tuple[str, bool]]:
    try:
        return store.add_reports(results, who="backfill")
    except Exception:  # noqa: BLE001 - retried one by one below; a store failure raises again
        pass
    # One reading the store refuses (a frame of a type ACLED lacks) must not sink its chunk:
    # store the others as they are, and that report with the error and no reading, as
    # `livedesk ingest` does, so nothing a user gave is lost.
    from livedesk.service import refused_reading
    out = []
    for report, reading in results:
        try:
            out += store.add_reports([(report, reading)], who="backfill")
        except Exception as exc:  # noqa: BLE001
            refused = refused_reading(report, exc)
            errors.append(refused.error["message"])
            out += store.add_reports([(report, refused)], who="backfill")
    return out


_stores: dict[str, Any] = {}


def worker_store(url: str):
    """This process's store for `url`, opened once (a worker handles many chunks). The driver
    has created and migrated the schema already."""
    if url not in _stores:
        from livedesk.store import Store
        _stores[url] = Store(url, migrate=False)
    return _stores[url]


def warm(url: str | None = None) -> float:
    """Load the pipeline (and open the store) before the timed work starts; returns this
    process's CPU seconds so far, the start of its share of the work."""
    from livedesk.model import Report
    from livedesk.read import read_report
    read_report(Report(text="Warm-up sentence in Homs.", id="warm").with_id())
    if url:
        worker_store(url).last_seq()
    return time.process_time()
