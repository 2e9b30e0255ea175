"""Backfill on a real local Dask cluster into a real SQLite file: complete, idempotent, resumable."""
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from livedesk.backfill import Checkpoint, _checkpoint_path, backfill, plan
from livedesk.settings import get_settings

PLACES = ["Homs", "Hama", "Idlib", "Aleppo", "Raqqa", "Daraa"]


def write_reports(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            place = PLACES[i % len(PLACES)]
            fh.write(json.dumps({
                "id": f"bf-{i}", "source": "Test Wire", "published": f"2016-05-{1 + i % 28:02d}",
                "text": f"Artillery fire hit the outskirts of {place} on Tuesday, killing {i % 7 + 1} "
                        f"people, the test wire said in its bulletin number {i}."}) + "\n")
    return path


def write_acled(path: Path) -> Path:
    path.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,country,admin1,location,source,notes\n"
        "SYR1,2016-05-10,Battles,Armed clash,Syria,Homs,Tadmur,Test Monitor,"
        "\"Clashes between government forces and IS fighters near Tadmur left 4 dead.\"\n"
        "SYR2,11 May 2016,Protests,Peaceful protest,Syria,Idlib,Idlib,Test Monitor,"
        "\"Residents of Idlib marched peacefully against the price of bread.\"\n"
        "SYR3,2016-05-12,Battles,Armed clash,Syria,Hama,Hama,Test Monitor,\n",
        encoding="utf-8")
    return path


@pytest.fixture
def settings(tmp_path):
    return replace(get_settings(), home=tmp_path / "home",
                   database_url=f"sqlite:///{tmp_path / 'bf.db'}")


def count_reports(settings) -> int:
    from livedesk.store import Store
    return len(Store(settings.database_url).list_reports(limit=100000))


def test_plan_cuts_jsonl_and_acled_into_stable_chunks(tmp_path):
    src = write_reports(tmp_path / "a.jsonl", 25)
    acled = write_acled(tmp_path / "acled.csv")
    first = [c.id for c in plan([str(src), str(acled)], chunk_size=10)]
    again = [c.id for c in plan([str(src), str(acled)], chunk_size=10)]
    assert first == again and len(first) == 4  # 10 + 10 + 5 lines, one ACLED chunk
    kinds = [c.kind for c in plan([str(src), str(acled)], chunk_size=10)]
    assert kinds.count("acled") == 1


def test_backfill_on_two_workers_stores_everything_once_and_resumes(tmp_path, settings):
    src = write_reports(tmp_path / "a.jsonl", 40)
    with open(src, "a", encoding="utf-8") as fh:
        fh.write("{this line is not json\n")
    acled = write_acled(tmp_path / "acled.csv")
    s1 = backfill([str(src), str(acled)], settings, workers=2, batch_size=10, progress=False)
    assert s1.new == 42 and s1.duplicates == 0
    errors = " ".join(s1.errors)
    assert s1.failed == 2, s1.errors
    assert "acled.csv:4" in errors  # the row without notes, named by its line
    assert "a.jsonl:41: bad_json" in errors   # the broken line, named by its file and line
    assert count_reports(settings) == 42
    from livedesk.store import Store
    origins = {r["origin"] for r in Store(settings.database_url).list_reports(limit=100)}
    assert str(src) in origins                # as `livedesk ingest` stores it: the file
    # A second run finds every chunk done: nothing read, nothing stored twice.
    s2 = backfill([str(src), str(acled)], settings, workers=0, batch_size=10, progress=False)
    assert s2.skipped_chunks == s1.chunks and s2.reports == 0
    assert count_reports(settings) == 42
    # Without the checkpoint, everything is read again and found stored already.
    _checkpoint_path(settings, [str(src), str(acled)]).unlink()
    s3 = backfill([str(src), str(acled)], settings, workers=0, batch_size=10, progress=False)
    assert s3.new == 0 and s3.duplicates == 42
    assert count_reports(settings) == 42


def start_until_checkpointed(cmd: list[str], env: dict, home: Path, chunks: int = 2):
    """Start a backfill; return (process, checkpoint file) once `chunks` chunks are committed,
    so a kill then lands for real mid-run."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        files = list((home / "backfill").glob("*.jsonl"))
        if files and len(files[0].read_text().splitlines()) >= chunks:
            return proc, files[0]
        time.sleep(0.02)
    proc.kill()
    raise AssertionError("backfill ended (or never checkpointed) before it could be killed")


def test_backfill_killed_mid_run_resumes_without_loss_or_duplicates(tmp_path):
    src = write_reports(tmp_path / "big.jsonl", 120)
    env = {**os.environ, "LIVEDESK_HOME": str(tmp_path / "home"),
           "LIVEDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'kill.db'}"}
    cmd = [sys.executable, "-m", "livedesk.cli", "backfill", str(src), "--workers", "0",
           "--batch-size", "10", "-q"]
    proc, ckpt = start_until_checkpointed(cmd, env, tmp_path / "home")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = len(Checkpoint(ckpt).done)
    assert 2 <= done_before < 12
    subprocess.run(cmd, env=env, check=True, timeout=600, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    s = replace(get_settings(), database_url=env["LIVEDESK_DATABASE_URL"])
    assert count_reports(s) == 120
    assert len(Checkpoint(ckpt).done) == 12


def db_state(url: str) -> tuple[int, int, int]:
    """(reports, distinct fingerprints, reports stored without their reading)."""
    from sqlalchemy import func, select

    from livedesk.store import Store
    from livedesk.store.schema import reports
    s = Store(url)
    try:
        with s.engine.connect() as c:
            n, fps = c.execute(select(func.count(), func.count(reports.c.fingerprint.distinct()))).one()
            unread = c.execute(select(func.count()).where(reports.c.read_at.is_(None))).scalar()
        return n, fps, unread
    finally:
        s.close()


def test_workers_writing_killed_mid_run_resume_without_loss_or_duplicates(tmp_path, db_url):
    """Two Dask workers write their own chunks to SQLite or PostgreSQL; the driver is killed
    with SIGKILL once some chunks are checkpointed. Its workers must die with it (or they would
    go on writing unwatched), nothing may be half-written, and the same command then finishes
    the job: every report stored once, with its reading."""
    import psutil
    n, size = 200, 10
    src = write_reports(tmp_path / "big.jsonl", n)
    env = {**os.environ, "LIVEDESK_HOME": str(tmp_path / "home"), "LIVEDESK_DATABASE_URL": db_url}
    cmd = [sys.executable, "-m", "livedesk.cli", "backfill", str(src), "--workers", "2",
           "--batch-size", str(size), "-q"]
    proc, ckpt = start_until_checkpointed(cmd, env, tmp_path / "home")
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert len(workers) >= 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert alive == [], "workers outlived their killed driver"
    done_before = len(Checkpoint(ckpt).done)
    assert 2 <= done_before < n // size
    stored, distinct, unread = db_state(db_url)
    assert stored == distinct and unread == 0
    assert stored >= done_before * size          # every checkpointed chunk is in the store
    run = subprocess.run(cmd, env=env, timeout=600, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    assert db_state(db_url) == (n, n, 0)
    assert len(Checkpoint(ckpt).done) == n // size
    assert f"{done_before} done before" in run.stderr


def test_backfill_on_a_cluster_given_by_address_into_sqlite(tmp_path, settings):
    """A scheduler given by address may have its workers on other machines, where the SQLite
    file is not: the workers send their reports back and the driver writes them."""
    from dask.distributed import LocalCluster
    src = write_reports(tmp_path / "a.jsonl", 30)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=40) as cluster:
        s = backfill([str(src)], settings, scheduler=cluster.scheduler_address, batch_size=10,
                     progress=False)
    assert (s.new, s.duplicates, s.failed) == (30, 0, 0)
    assert db_state(settings.database_url) == (30, 30, 0)


def test_a_reading_the_store_refuses_does_not_sink_its_chunk(db_url, factory):
    """One report of a chunk with a frame of a type ACLED lacks: the others are stored with
    their readings, that one without its reading and with the error, which names it."""
    from livedesk.backfill_chunks import ChunkResult
    from livedesk.model import EventFrame, Reading
    from livedesk.store import Store
    store = Store(db_url)
    items = []
    for i in range(3):
        r = factory.report(f"Report {i} about Homs.", url=f"https://example.org/{i}").with_id()
        items.append((r, factory.reading(r)))
    bad = items[1][0]
    items[1] = (bad, Reading(report_id=bad.id, events=[EventFrame(sub_event_type="Not a type")]))
    result = ChunkResult("c1").commit(store, items)
    assert (result.reports, result.new) == (3, 3)
    assert len(result.errors) == 1 and "https://example.org/1" in result.errors[0]
    assert result.refused == 1          # stored, so not counted among the failed inputs
    from livedesk.backfill import BackfillSummary
    summary = BackfillSummary()
    summary.add(result)
    assert (summary.failed, summary.refused) == (0, 1)
    assert "1 stored without their reading" in str(summary)
    assert store.count("reports") == 3 and store.count("frames") == 2
    assert store.get_report(bad.id)["read_error"]["code"] == "read_failed"
    store.close()


def test_two_workers_writing_the_same_reports_at_once_store_them_once(tmp_path, db_url):
    """The same reports in two files, read by two workers at the same time, each writing its own
    chunks: the store's fingerprint check inside its write lock keeps one copy of each."""
    import shutil
    a = write_reports(tmp_path / "a.jsonl", 40)
    b = tmp_path / "b.jsonl"
    shutil.copy(a, b)
    settings = replace(get_settings(), home=tmp_path / "home", database_url=db_url)
    # One chunk a file: each worker reads one, and both write the same 40 reports at about
    # the same moment.
    s = backfill([str(a), str(b)], settings, workers=2, batch_size=40, progress=False,
                 refuse=False)
    assert (s.new, s.duplicates, s.failed) == (40, 40, 0), s
    assert db_state(db_url) == (40, 40, 0)
