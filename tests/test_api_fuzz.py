"""schemathesis generates requests from the desk's own OpenAPI spec and sends them to a running
server holding the sample reports: no request may produce a server error (5xx)."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

from serverproc import ROOT, desk_env, livedesk, serving

SAMPLES = ROOT / "src" / "livedesk" / "samples"


def test_openapi_spec_fuzzed_without_server_errors(tmp_path):
    env = desk_env(tmp_path)
    ingest = livedesk("ingest", "-q", str(SAMPLES), env=env)
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    st = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    assert st, "schemathesis is installed by the set-up"
    with serving(env) as base:
        run = subprocess.run(
            [st, "run", base + "/api/openapi.json", "--checks", "not_a_server_error",
             "--phases", "examples,coverage,fuzzing", "--max-examples", "30",
             "--workers", "1", "--no-color", "--seed", "1"],
            capture_output=True, text=True, timeout=900, cwd=tmp_path)
    out = run.stdout + run.stderr
    assert run.returncode == 0, out[-4000:]
    generated = re.search(r"(\d+) generated", out)
    assert generated and int(generated.group(1)) >= 100, out[-2000:]  # it really exercised the API
