"""Start a real `livedesk serve` process on a free loopback port, for tests where the wire matters."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def desk_env(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "LIVEDESK_HOME": str(home),
           "LIVEDESK_DATABASE_URL": f"sqlite:///{home / 'desk.db'}"}
    env.update(extra)
    return env


def livedesk(*args: str, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "livedesk.cli", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


class Served(str):
    """The base URL of a running desk (a str), with the pid of its `livedesk serve` process."""
    pid: int


@contextmanager
def serving(env: dict[str, str], workers: int = 1):
    """Yield the base URL of a running desk (a Served); stop it afterwards."""
    port = free_port()
    # The server's log goes to a file: an unread pipe fills up and then blocks the server.
    log_path = Path(env.get("LIVEDESK_HOME", ".")) / f"serve-{port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "w", encoding="utf-8")
    more = ["--workers", str(workers)] if workers != 1 else []
    proc = subprocess.Popen([sys.executable, "-m", "livedesk.cli", "serve", "--port", str(port),
                             *more], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
    base = Served(f"http://127.0.0.1:{port}")
    base.pid = proc.pid
    try:
        deadline = time.time() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"livedesk serve exited: {log_path.read_text()[-2000:]}")
            try:
                if httpx.get(base + "/api/events", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline:
                raise RuntimeError("livedesk serve did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def sse_events(url: str, timeout: float = 30):
    """Yield (event name, data dict) for each message of a desk's /api/stream at `url`."""
    import json
    with httpx.stream("GET", url + "/api/stream", timeout=timeout) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        event = None
        for line in r.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                yield event, json.loads(line[6:])
