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
    assert "a.jsonl" in errors      # the broken line, named by its file
    assert count_reports(settings) == 42
    # A second run finds every chunk done: nothing read, nothing stored twice.
    s2 = backfill([str(src), str(acled)], settings, workers=0, batch_size=10, progress=False)
    assert s2.skipped_chunks == s1.chunks and s2.reports == 0
    assert count_reports(settings) == 42
    # Without the checkpoint, everything is read again and found stored already.
    _checkpoint_path(settings, [str(src), str(acled)]).unlink()
    s3 = backfill([str(src), str(acled)], settings, workers=0, batch_size=10, progress=False)
    assert s3.new == 0 and s3.duplicates == 42
    assert count_reports(settings) == 42


def test_backfill_killed_mid_run_resumes_without_loss_or_duplicates(tmp_path):
    src = write_reports(tmp_path / "big.jsonl", 120)
    env = {**os.environ, "LIVEDESK_HOME": str(tmp_path / "home"),
           "LIVEDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'kill.db'}"}
    cmd = [sys.executable, "-m", "livedesk.cli", "backfill", str(src), "--workers", "0",
           "--batch-size", "10", "-q"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ckpt = None
    deadline = time.time() + 240
    # Kill it for real once some chunks are committed but not all.
    while time.time() < deadline and proc.poll() is None:
        files = list((tmp_path / "home" / "backfill").glob("*.jsonl"))
        if files and len(files[0].read_text().splitlines()) >= 2:
            ckpt = files[0]
            break
        time.sleep(0.05)
    assert proc.poll() is None, "backfill ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = len(Checkpoint(ckpt).done)
    assert 2 <= done_before < 12
    subprocess.run(cmd, env=env, check=True, timeout=600, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    s = replace(get_settings(), database_url=env["LIVEDESK_DATABASE_URL"])
    assert count_reports(s) == 120
    assert len(Checkpoint(ckpt).done) == 12
