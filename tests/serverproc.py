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


@contextmanager
def serving(env: dict[str, str]):
    """Yield the base URL of a running desk; stop it afterwards."""
    port = free_port()
    # The server's log goes to a file: an unread pipe fills up and then blocks the server.
    log_path = Path(env.get("LIVEDESK_HOME", ".")) / f"serve-{port}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = open(log_path, "w", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "livedesk.cli", "serve", "--port", str(port)],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
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
