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


def test_extract_reads_in_batches_exactly_as_report_by_report():
    # extract parses reports in batches for speed; each line's reading must not depend on it
    from livedesk.cli import _report_from_obj
    from livedesk.read import read_report
    texts = ["Gunmen killed four farmers near Mopti on Monday, officials said.",
             "Police in Lagos fired tear gas at traders protesting new market fees.",
             "The weather in the capital was mild and markets were busy.",
             "An army convoy struck a landmine near Ghazni, wounding three soldiers, the ministry said."] * 5
    objs = [{"id": f"r{i}", "text": t, "published": "2023-04-11"} for i, t in enumerate(texts)]
    objs.insert(7, {"id": "broken"})        # an error line in the middle of a batch
    out = run(["extract"], "\n".join(json.dumps(o) for o in objs) + "\n")
    assert [o["id"] for o in out] == [o["id"] for o in objs]
    assert out[7]["error"]["code"] == "no_text"
    for obj, got in zip(objs, out):
        if obj["id"] == "broken":
            continue
        want = read_report(_report_from_obj(obj)).to_dict()
        want["id"] = obj["id"]
        assert json.loads(json.dumps(want, ensure_ascii=False)) == got


def test_geoparse_given_spans_resolves_exactly_those_spans():
    text = "Shelling hit Homs and Palmyra."
    obj = {"id": "g1", "text": text, "mentions": [[13, 17], [22, 29]]}
    out = run(["geoparse", "--given-spans"], json.dumps(obj) + "\n")
    assert len(out) == 1 and out[0]["error"] is None
    places = out[0]["places"]
    assert [(p["start"], p["end"]) for p in places] == [(13, 17), (22, 29)]
    assert all(p["lat"] is not None and p["country"] == "SY" for p in places)


# --- a CLI that never shrugs: one line for a user's mistake, exit 0 / 1 / 2 --------------------
# Each runs the installed command (.venv/bin/livedesk) with no terminal, as cron or CI would;
# clirun.cli fails any run whose standard error holds a traceback.

import pytest  # noqa: E402

from clirun import cli, serve, store_of  # noqa: E402

STORY = ("Title: Market shelled\nOutlet: Valley Courier\nPublished: 2016-05-11T09:00:00+03:00\n\n"
         "Artillery fire hit the central market of Idlib on Tuesday morning, killing four people, "
         "the civil defence said.\n")


def test_user_without_a_terminal_says_to_pass_a_password(tmp_path):
    run = cli("user", "alice", "--role", "analyst", home=tmp_path)
    assert run.code == 2
    assert len(run.err_lines) == 1 and "--password" in run.err and "terminal" in run.err


def test_user_with_a_short_password_gets_the_rule(tmp_path):
    run = cli("user", "alice", "--role", "analyst", "--password", "short", home=tmp_path)
    assert run.code == 2
    assert run.err_lines == ["livedesk: user alice: a password has at least 8 characters"]


def test_user_if_new_leaves_an_existing_password(tmp_path):
    from argon2 import PasswordHasher
    assert cli("user", "analyst", "--role", "analyst", "--password", "first-secret", home=tmp_path).code == 0
    run = cli("user", "analyst", "--role", "analyst", "--password", "second-secret", "--if-new",
              home=tmp_path)
    assert run.code == 0 and "left as it is" in run.err
    store = store_of(tmp_path)
    try:
        assert PasswordHasher().verify(store.get_user("analyst")["password_hash"], "first-secret")
    finally:
        store.close()


@pytest.mark.parametrize("args", [["ingest"], ["ingest", "--published", "2016-13-45", "x.txt"],
                                  ["ingest", "--url", "not a url", "x.txt"], ["no-such-command"],
                                  ["watch", "--interval", "soon", "feed.xml"]])
def test_usage_errors_exit_2_without_a_traceback(tmp_path, args):
    run = cli(*args, home=tmp_path)
    assert run.code == 2
    assert run.err_lines and run.err_lines[-1].startswith(("livedesk: ", "usage:", "livedesk ")), run.err


def test_ingest_exits_1_and_names_every_input_that_failed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STORY, "utf-8")
    bad_date = tmp_path / "bad-date.txt"
    bad_date.write_text("Title: A raid\nPublished: 2016-13-45\n\nTroops raided a village at dawn.\n", "utf-8")
    header_only = tmp_path / "header-only.txt"
    header_only.write_text("Title: A raid\nOutlet: Valley Courier\nPublished: 2016-05-11\n", "utf-8")
    broken_feed = tmp_path / "broken.xml"
    broken_feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>"
                           "<item><title>Strike on a depot</titl></item></channel></rss>", "utf-8")
    with serve({}) as base:
        closed = f"http://127.0.0.1:{_closed_port()}/feed.xml"
        run = cli("ingest", str(good), str(tmp_path / "missing.txt"), str(bad_date), str(header_only),
                  str(broken_feed), f"{base}/gone.xml", closed, home=tmp_path,
                  env={"LIVEDESK_ALLOW_PRIVATE": "1", "LIVEDESK_FETCH_TIMEOUT": "5"})
    assert run.code == 1
    assert run.err_lines[0].startswith("1 new, 0 duplicate, 6 failed")
    errors = [line for line in run.err_lines if line.strip().startswith("error:")]
    assert len(errors) == 6
    text = "\n".join(errors)
    assert f"{tmp_path / 'missing.txt'}: not_found" in text
    assert f"{bad_date}:2: bad_date: '2016-13-45' is not a date" in text      # the file and the line
    assert f"{header_only}: no_text" in text                                  # not stored as a report
    assert f"{broken_feed}:1: bad_feed: malformed XML" in text                # malformed, not "empty"
    assert "gone.xml: fetch_failed: HTTP 404" in text
    assert "Connection refused" in text or "ConnectError" in text
    store = store_of(tmp_path)
    try:
        assert [r["title"] for r in store.list_reports()] == ["Market shelled"]
    finally:
        store.close()


def _closed_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_private_address_refusal_names_the_setting(tmp_path):
    with serve({"/feed.xml": (200, b"<rss/>", "application/rss+xml")}) as base:
        run = cli("ingest", f"{base}/feed.xml", home=tmp_path)
    assert run.code == 1
    assert "forbidden_url" in run.err and "LIVEDESK_ALLOW_PRIVATE=1" in run.err


def test_plain_text_given_its_outlet_date_and_url_on_the_command_line(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Gunmen abducted two aid workers on the road north of Goma on Monday, a local "
                    "official said.\n", "utf-8")
    run = cli("ingest", "--source", "Kivu Security Tracker", "--published", "2023-06-13",
              "--url", "https://tracker.example/2023/06/13/goma", str(note), home=tmp_path)
    assert run.code == 0, run.err
    assert "warning" not in run.err
    store = store_of(tmp_path)
    try:
        [r] = store.list_reports()
        assert r["outlet"] == "Kivu Security Tracker"
        assert r["published"].startswith("2023-06-13")
        assert r["url"] == "https://tracker.example/2023/06/13/goma"
    finally:
        store.close()


def test_text_without_a_date_is_stored_with_a_warning(tmp_path):
    note = tmp_path / "undated.txt"
    note.write_text("Gunmen abducted two aid workers on the road north of Goma, a local official said.\n",
                    "utf-8")
    run = cli("ingest", str(note), home=tmp_path)
    assert run.code == 0
    warning = [line for line in run.err_lines if "warning:" in line]
    assert len(warning) == 1 and str(note) in warning[0] and "no publication date" in warning[0]


def test_first_ingest_is_quiet_when_not_on_a_terminal_and_deletes_nothing(tmp_path):
    folder = ROOT / "src" / "livedesk" / "samples"
    run = cli("ingest", str(folder), home=tmp_path)
    assert run.code == 0, run.err
    # one summary line and nothing else: no progress bar redrawn into a log file
    assert len(run.err_lines) == 1 and "\r" not in run.err and "report/s" not in run.err
    assert " deleted" not in run.err and "created" in run.err
    again = cli("ingest", str(folder), home=tmp_path)
    assert again.code == 0 and "0 new" in again.err and " deleted" not in again.err


def test_watch_once_says_why_it_skips_a_feed(tmp_path):
    with serve({}) as base:
        feed = f"{base}/gone.xml"
        env = {"LIVEDESK_ALLOW_PRIVATE": "1"}
        first = cli("watch", "--once", feed, home=tmp_path, env=env)
        assert first.code == 1 and "HTTP 404" in first.err
        second = cli("-v", "watch", "--once", feed, home=tmp_path, env=env)
    assert second.code == 1
    [line] = [line for line in second.err_lines if "skipped" in line]
    assert feed in line and "backing off after 1 failed poll" in line and "next try at" in line


def test_an_unreachable_store_is_one_line(tmp_path):
    run = cli("export", home=tmp_path,
              env={"LIVEDESK_DATABASE_URL": f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/none"})
    assert run.code == 1
    assert len(run.err_lines) == 1 and "cannot be used" in run.err and "LIVEDESK_DATABASE_URL" in run.err


def test_an_unwritable_output_is_one_line(tmp_path):
    run = cli("export", "-o", str(tmp_path / "no" / "such" / "dir" / "events.csv"), home=tmp_path)
    assert run.code == 1
    assert len(run.err_lines) == 1 and "No such file or directory" in run.err


def test_demo_keeps_an_analyst_password_changed_since_it_ran(tmp_path):
    import re
    import shlex
    demo = (ROOT / "scripts" / "demo").read_text("utf-8")
    [line] = [ln for ln in demo.splitlines() if re.match(r"\s*\.venv/bin/livedesk user ", ln)]
    words = shlex.split(re.sub(r"\$\{LIVEDESK_DEMO_PASSWORD:-([^}]*)\}", r"\1", line))[1:]
    assert cli(*words, home=tmp_path).code == 0                       # the first demo run
    assert cli("user", "analyst", "--role", "analyst", "--password", "changed-by-alice",
               home=tmp_path).code == 0
    assert cli(*words, home=tmp_path).code == 0                       # the demo run again
    from argon2 import PasswordHasher
    store = store_of(tmp_path)
    try:
        assert PasswordHasher().verify(store.get_user("analyst")["password_hash"], "changed-by-alice")
    finally:
        store.close()


def test_readme_links_the_contract_in_this_repository_and_it_lists_every_error_code():
    from livedesk.errors import CATALOGUE
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "](docs/contract.md)" in readme and "](../shared" not in readme
    contract = (ROOT / "docs" / "contract.md").read_text("utf-8")
    missing = [code for code in CATALOGUE if f"`{code}`" not in contract]
    assert not missing, f"docs/contract.md does not explain {missing}"


def test_serve_on_a_taken_port_is_one_line(tmp_path):
    import socket
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        run = cli("serve", "--port", str(port), home=tmp_path, timeout=120)
    assert run.code == 1
    assert run.err_lines == [f"livedesk: cannot listen on 127.0.0.1:{port}: Address already in use "
                             "(pass --port or set LIVEDESK_PORT)"]


def test_extract_names_a_file_it_cannot_open_and_exits_1(tmp_path):
    run = cli("extract", str(tmp_path / "nope.jsonl"), home=tmp_path)
    assert run.code == 1 and run.out == ""
    assert run.err_lines == [f"livedesk: {tmp_path / 'nope.jsonl'}: No such file or directory"]


def test_a_setting_that_is_no_number_is_a_usage_error_naming_it(tmp_path):
    run = cli("export", home=tmp_path, env={"LIVEDESK_PORT": "eighty"})
    assert run.code == 2 and run.err_lines == ["livedesk: LIVEDESK_PORT='eighty' is not a number"]


def test_nothing_on_standard_input_is_not_a_silent_success(tmp_path):
    run = cli("ingest", "-", home=tmp_path, stdin="")
    assert run.code == 1 and "-: empty: nothing on standard input" in run.err
