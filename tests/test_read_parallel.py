"""`livedesk extract --jobs N`: the same output as one process, in order, nothing lost.

The pool is tested with cheap work functions (order under uneven delays, a worker killed mid-run,
workers that must not outlive their parent); the command itself with real reports, against
`--jobs 1`. None of these time anything: speed is bench/extract_bench.py's.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from livedesk.read.parallel import OrderedPool, default_jobs, run_ordered

ROOT = Path(__file__).resolve().parents[1]


# --- the pool, with cheap work ---------------------------------------------------------------

def _slow_square(items: list[int]) -> list[int]:
    # Later chunks finish first (shorter sleeps), so order must come from the pool, not luck.
    time.sleep(0.02 * (5 - items[0] % 5))
    return [i * i for i in items]


def test_results_come_back_in_the_order_the_chunks_went_in():
    chunks = [("work", [i, i + 100]) if i % 3 else ("done", [-i]) for i in range(12)]
    got = list(run_ordered(iter(chunks), _slow_square, 2, lambda item, why: None))
    want = [[i * i, (i + 100) ** 2] if i % 3 else [-i] for i in range(12)]
    assert got == want


def _dies_on_13(items: list[int]) -> list[int]:
    if 13 in items:
        os.kill(os.getpid(), signal.SIGKILL)     # as the kernel's OOM killer would
    return [i + 1 for i in items]


def test_a_worker_that_dies_costs_only_the_item_it_died_on():
    chunks = [("work", list(range(k, k + 4))) for k in range(0, 24, 4)]
    got = list(run_ordered(iter(chunks), _dies_on_13, 2, lambda item, why: ("lost", item, why)))
    flat = [x for part in got for x in part]
    assert len(flat) == 24
    for i, x in enumerate(flat):
        if i == 13:
            assert x[0] == "lost" and x[1] == 13 and "died" in x[2]
        else:
            assert x == i + 1


def test_default_jobs_is_the_cores_this_process_may_use():
    assert default_jobs() == len(os.sched_getaffinity(0))


_ORPHAN_SCRIPT = textwrap.dedent("""
    import sys, time
    from livedesk.read.parallel import OrderedPool
    def nap(items):
        time.sleep(600)
        return items
    with OrderedPool(nap, 2, lambda item, why: None) as pool:
        for _ in pool.put([1]):
            pass
        for _ in pool.put([2]):
            pass
        print("submitted", flush=True)
        for _ in pool.results():
            pass
""")


def _workers_of(proc: subprocess.Popen, n: int) -> list[psutil.Process]:
    parent = psutil.Process(proc.pid)
    for _ in range(600):
        kids = parent.children()
        if len(kids) >= n:
            return kids
        time.sleep(0.05)
    raise AssertionError("the workers never started")


def _gone(procs: list[psutil.Process]) -> bool:
    _, alive = psutil.wait_procs(procs, timeout=30)
    return not alive


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_workers_do_not_outlive_their_parent(how):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    # Ctrl-C as a user gives it: a shell that started the suite in the background (no job control)
    # leaves SIGINT ignored, and an ignored signal is inherited, so the child gets it back
    proc = subprocess.Popen([sys.executable, "-c", _ORPHAN_SCRIPT], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert proc.stdout.readline().strip() == "submitted"
        workers = _workers_of(proc, 2)
        os.kill(proc.pid, how)
        proc.wait(timeout=60)
        assert _gone(workers), "a worker kept running after its parent was stopped"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_the_pool_is_shut_down_when_its_block_is_left():
    pool = OrderedPool(lambda items: items, 2, lambda item, why: None)
    with pool:
        assert [x for part in pool.put([1, 2]) for x in part] + \
            [x for part in pool.results() for x in part] == [1, 2]
    assert pool._pool is None


# --- the command: --jobs N against --jobs 1 ----------------------------------------------------

# Reports written for this test: wire copy, a ministry line, a headline, a monitor's update,
# a sentence with no event, a live-blog paragraph; ids and dates vary.
TEXTS = [
    "Gunmen killed four farmers near Mopti on Monday, local officials said.",
    "Police in Lagos fired tear gas at traders protesting new market fees on Tuesday.",
    "The weather in the capital was mild and markets were busy.",
    "An army convoy struck a landmine near Ghazni, wounding three soldiers, the ministry said.",
    "BREAKING: drone strike hits fuel depot in Kherson region, governor says",
    "The interior ministry said security forces arrested 12 suspected militants in Sinai on 3 May.",
    "Rebels seized the town of Kidal after two days of fighting with government troops, a "
    "spokesman for the group said.\nResidents said shops stayed shut on Friday.",
    "Artillery shelling on the outskirts of Idlib killed two children overnight, a monitor reported.",
]


def _extract(args: list[str], stdin: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-m", "livedesk.cli", "extract", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=600, env=env)


def test_extract_with_two_workers_writes_what_one_process_writes():
    lines = []
    for i in range(40):
        lines.append(json.dumps({"id": f"r{i}", "text": TEXTS[(i * 3) % len(TEXTS)],
                                 "published": f"2023-04-{1 + i % 28:02d}"}))
        if i == 5:
            lines.append("this is not json")
        if i == 21:
            lines.append(json.dumps({"id": "notext", "text": "  "}))
        if i == 30:
            lines.append(json.dumps({"id": "baddate", "text": TEXTS[0], "published": "soon"}))
    stdin = "\n".join(lines) + "\n"
    one = _extract(["--jobs", "1"], stdin)
    two = _extract(["--jobs", "2"], stdin)
    assert one.returncode == two.returncode == 0, two.stderr[-2000:]
    assert len(one.stdout.splitlines()) == len(lines)
    assert two.stdout == one.stdout             # the same bytes, line for line, in order
    out = [json.loads(x) for x in two.stdout.splitlines()]
    assert [o["id"] for o in out][5:7] == ["r5", None] and out[6]["error"]["code"] == "bad_json"
    assert "<stdin>:7" in out[6]["error"]["message"]        # the line number of the input
    assert {"notext", "baddate"} <= {o["id"] for o in out if o["error"]}
    assert sum(1 for o in out if o["events"]) >= 20


def test_extract_jobs_below_one_is_a_usage_error():
    run = _extract(["--jobs", "0"], "")
    assert run.returncode == 2 and "--jobs" in run.stderr and "Traceback" not in run.stderr


def test_extract_loses_nothing_when_a_worker_is_killed_mid_run():
    # A worker killed while reading (as by the OOM killer): its chunks are read again, so every
    # line still gets the output one process would have written, in order.
    lines = [json.dumps({"id": f"k{i}", "text": " ".join(TEXTS[(i + k) % len(TEXTS)] for k in range(4)),
                         "published": "2022-11-03"}) for i in range(96)]
    stdin = "\n".join(lines) + "\n"
    one = _extract(["--jobs", "1"], stdin)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-m", "livedesk.cli", "extract", "--jobs", "2"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env=env)
    proc.stdin.write(stdin)
    proc.stdin.close()
    first = proc.stdout.readline()           # the first chunk is out: the others are being read
    me = psutil.Process(proc.pid)
    workers = [p for p in me.children() if p.cmdline() == me.cmdline()]
    assert workers
    workers[0].kill()
    rest = proc.stdout.read()
    err = proc.stderr.read()
    assert proc.wait(timeout=600) == 0
    assert first + rest == one.stdout
    assert "died" in err
