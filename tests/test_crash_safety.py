"""kill -9 during an ingest, for real, many times: nothing half-written, lost or duplicated."""
import random
import signal
import sqlite3
import subprocess
import sys
import time

from serverproc import ROOT, desk_env

KILLS = 20
PLACES = ["Homs", "Hama", "Aleppo", "Idlib", "Daraa", "Raqqa", "Tadmur", "Azaz"]


def write_reports(folder, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        (folder / f"r{i:03d}.txt").write_text(
            f"Title: Bulletin {i} from {place}\nOutlet: Crash Test Wire\n"
            f"Published: 2016-05-{1 + i % 28:02d}T08:00:00Z\n\n"
            f"Mortar rounds fell on a residential district of {place} on Monday, killing {i % 9 + 1} "
            f"people and wounding several more, local medics told the wire in bulletin {i}.\n",
            encoding="utf-8")


def state(db) -> tuple[int, int, int]:
    """(reports, distinct fingerprints, reports without a stored reading)."""
    if not db.exists():        # killed before the store was created
        return 0, 0, 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        n, fps = con.execute("SELECT count(*), count(DISTINCT fingerprint) FROM reports").fetchone()
        unread = con.execute("SELECT count(*) FROM reports WHERE read_at IS NULL").fetchone()[0]
        return n, fps, unread
    except sqlite3.OperationalError:  # killed before the schema existed
        return 0, 0, 0
    finally:
        con.close()


def test_kill_9_during_ingest_loses_and_duplicates_nothing(tmp_path):
    n = 400
    write_reports(tmp_path / "in", n)
    env = desk_env(tmp_path / "home")
    db = tmp_path / "home" / "desk.db"
    cmd = [sys.executable, "-m", "livedesk.cli", "ingest", "-q", str(tmp_path / "in")]
    rng = random.Random(20160511)
    mid_ingest = 0
    for _ in range(KILLS):
        before = state(db)[0]
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        # Kill it while it is writing: once it has stored something new, after a random
        # moment more (so the kill lands anywhere in a report's read-and-write cycle).
        deadline = time.time() + 120
        while proc.poll() is None and state(db)[0] == before and time.time() < deadline:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.15))
        if proc.poll() is None:
            mid_ingest += 1
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored, distinct, unread = state(db)
        assert stored == distinct, "a report was stored twice"
        assert unread == 0, "a report was stored without its reading (half-written)"
    # The kills must have landed mid-ingest, or the test proved nothing.
    assert mid_ingest >= KILLS // 2
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert state(db) == (n, n, 0)
