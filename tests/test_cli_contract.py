"""The extract/geoparse JSON Lines contract: one line out per line in, in order, errors in band."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIVEDESK = [sys.executable, "-m", "livedesk.cli"]


def run(args, stdin: str) -> list[dict]:
    out = subprocess.run(LIVEDESK + args, input=stdin, capture_output=True, text=True, cwd=ROOT,
                         timeout=300, check=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_extract_one_line_per_input_line_with_errors_in_band():
    lines = [
        json.dumps({"id": "ok", "text": "Nothing happened in the town today.", "published": "2016-05-11"}),
        "this is not json",
        json.dumps({"id": "notext"}),
        json.dumps({"id": "baddate", "text": "Some text.", "published": "the day after"}),
    ]
    out = run(["extract"], "\n".join(lines) + "\n")
    assert [o["id"] for o in out] == ["ok", None, "notext", "baddate"]
    assert out[0]["error"] is None and isinstance(out[0]["events"], list)
    assert out[1]["error"]["code"] == "bad_json"
    assert out[2]["error"]["code"] == "no_text"
    assert out[3]["error"]["code"] == "bad_json" and "baddate" in out[3]["error"]["message"]
    assert all(set(o) >= {"id", "error", "events", "claims"} for o in out)


def test_geoparse_given_spans_resolves_exactly_those_spans():
    text = "Shelling hit Homs and Palmyra."
    obj = {"id": "g1", "text": text, "mentions": [[13, 17], [22, 29]]}
    out = run(["geoparse", "--given-spans"], json.dumps(obj) + "\n")
    assert len(out) == 1 and out[0]["error"] is None
    places = out[0]["places"]
    assert [(p["start"], p["end"]) for p in places] == [(13, 17), (22, 29)]
    assert all(p["lat"] is not None and p["country"] == "SY" for p in places)
