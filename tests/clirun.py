"""Run the installed `livedesk` command as a user would, and serve files over real loopback HTTP.

The command is .venv/bin/livedesk (the console script the README tells people to run), with
this checkout's src/ first on the path, in a private home with its own SQLite file.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".venv" / "bin" / "livedesk"


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def cli(*args: str, home: Path, env: dict[str, str] | None = None, stdin: str | None = None,
        timeout: float = 600) -> Run:
    """`livedesk ARGS` in `home`; no terminal on any stream, as under cron or CI."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("LIVEDESK_")}
    full.update({"PYTHONPATH": str(ROOT / "src"), "LIVEDESK_HOME": str(home),
                 "LIVEDESK_DATABASE_URL": f"sqlite:///{home / 'desk.db'}",
                 "LIVEDESK_CACHE": os.environ.get("LIVEDESK_CACHE", str(Path.home() / ".cache" / "livedesk"))})
    full.update(env or {})
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "livedesk.cli"]
    p = subprocess.run(command + list(args), env=full, cwd=home, capture_output=True, text=True,
                       input=stdin if stdin is not None else "", timeout=timeout)
    assert "Traceback" not in p.stderr, p.stderr
    return Run(p.returncode, p.stdout, p.stderr)


def store_of(home: Path):
    from livedesk.store import Store
    return Store(f"sqlite:///{home / 'desk.db'}")


@contextmanager
def serve(routes: dict[str, tuple[int, bytes, str]]):
    """A real HTTP server on 127.0.0.1 answering path -> (status, body, content type); any
    other path is a 404. Yields the base URL."""
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            status, body, ctype = routes.get(self.path.split("?")[0], (404, b"not here", "text/plain"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()
