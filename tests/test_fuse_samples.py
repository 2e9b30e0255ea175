"""The demo, as the README runs it: `livedesk ingest src/livedesk/samples`, then the real server.
Every status the README promises shows in /api/events, and the known bad cases come out right."""
from __future__ import annotations

import httpx
import pytest
from serverproc import ROOT, desk_env, livedesk, serving

STATUSES = ("claimed", "corroborated", "confirmed", "denied", "disputed")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    home = tmp_path_factory.mktemp("demo")
    env = desk_env(home)
    done = livedesk("ingest", str(ROOT / "src" / "livedesk" / "samples"), env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    with serving(env) as base:
        yield base


def _events(base, **q):
    r = httpx.get(base + "/api/events", params={"limit": 200, **q}, timeout=30)
    assert r.status_code == 200, r.text
    body = r.json()
    return body["events"] if isinstance(body, dict) else body


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_shows_after_ingest(demo, status):
    events = _events(demo, status=status)
    assert events, f"no {status} event in the demo"
    assert all(e["status"] == status for e in events)


def test_the_ministry_denial_joins_the_market_strike_and_disputes_it(demo):
    (e,) = [e for e in _events(demo) if "Mayadin" in ((e.get("frame") or {}).get("location") or {}).get("name", "")]
    assert e["status"] == "disputed", e["status_reason"]
    assert "denied by Russian Defence Ministry" in e["status_reason"]
    # every figure stays with its own claimant: the monitor's 11, the militants' agency's 17
    rows = {r["claimant"].split(" (")[0]: r["best"] for r in e["casualties"] if r["claimant"] != "reconciled"}
    assert rows.get("Syrian Observatory for Human Rights") == 11 and rows.get("Amaq") == 17, e["casualties"]


def test_one_source_is_one_origin_at_kuweires(demo):
    (e,) = [e for e in _events(demo) if "Kuweires" in ((e.get("frame") or {}).get("location") or {}).get("name", "")]
    names = [o.split(" (")[0] for o in e["origins"]]
    assert len(names) == len(set(names)), e["origins"]
    assert e["status"] == "confirmed", e["status_reason"]       # the government side admits the loss
