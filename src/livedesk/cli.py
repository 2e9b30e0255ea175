"""The `livedesk` command: thin commands, each calling one plain function.

extract / geoparse speak JSON Lines exactly as docs/contract.md says: one output line per input
line, in order, nothing else on standard output (logs go to standard error).

Exit status (docs/contract.md): 0 when everything asked for was done, 1 when something could
not be (the summary on standard error names what), 2 for a usage error. A user's mistake is
one line naming what was wrong and what to do, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import IO, Callable, Iterator

from livedesk.settings import get_settings

log = logging.getLogger("livedesk")

OK, FAILED, USAGE = 0, 1, 2


class UsageError(Exception):
    """The command was given something it cannot use: one line, exit status 2."""

# A JSON Lines input line larger than this is refused with an error line, not read.
MAX_LINE_BYTES = 5 * 1024 * 1024


def _input_lines(files: list[str], unreadable: list[str] | None = None) -> Iterator[tuple[str, str]]:
    """(where, line) for every line of the files, or of standard input when none is given;
    files that cannot be opened are named on stderr and added to `unreadable`."""
    if not files:
        for i, line in enumerate(sys.stdin, 1):
            yield f"<stdin>:{i}", line
        return
    for name in files:
        try:
            with open(name, encoding="utf-8", errors="replace") as fh:
                for i, line in enumerate(fh, 1):
                    yield f"{name}:{i}", line
        except OSError as exc:
            # The file itself is unreadable: say so on stderr and go on with the others.
            print(f"livedesk: {name}: {exc.strerror or exc}", file=sys.stderr)
            if unreadable is not None:
                unreadable.append(name)


def _error_line(id_, code: str, message: str, empty: dict) -> dict:
    return {"id": id_, "error": {"code": code, "message": message}, **empty}


def _read_chunk(pending: list[tuple[str, dict]], handle: Callable[[dict], dict], empty: dict,
                batch: Callable[[list[dict]], list[dict]] | None) -> list[dict]:
    """The results of a chunk of (where, object), in order: the chunk through `batch` when given,
    and object by object when that fails, so one bad report costs only its own line."""
    def one(where: str, obj: dict) -> dict:
        try:
            return handle(obj)
        except Exception as exc:  # one bad report must never stop the run
            log.exception("%s: failed", where)
            return _error_line(obj.get("id"), "read_failed", f"{where}: {exc}", empty)

    try:
        results = batch([o for _, o in pending]) if batch is not None and len(pending) > 1 else None
    except Exception:
        log.exception("a batch failed; reading its reports one by one")
        results = None
    return [res if res is not None else one(where, obj)
            for (where, obj), res in zip(pending, results or [None] * len(pending))]


def _jsonl_command(files: list[str], handle: Callable[[dict], dict], empty: dict,
                   out: IO[str], batch: Callable[[list[dict]], list[dict]] | None = None,
                   batch_size: int = 16, jobs: int = 1, warm: Callable[[], None] | None = None,
                   after_fork: Callable[[], None] | None = None) -> int:
    """Run `handle` over each input object; a bad line gets an error line and the run goes on.
    Exit status 1 when a named file could not be read at all (its lines have no output).

    With `batch`, objects are handled up to `batch_size` at a time (the reader parses a batch of
    reports far faster than one by one); output keeps the input's order, and a batch that fails
    is handled again object by object so one bad report costs only its own line.

    With `jobs` > 1, the chunks are read by that many worker processes (read/parallel.py), forked
    after `warm()` has loaded the models in this one; the output is the same, line for line, in
    the same order. A report whose worker died twice gets a read_failed line naming it."""
    unreadable: list[str] = []

    def chunks() -> Iterator[tuple[str, list]]:
        """("work", [(where, object), ...]) to read, ("done", [result]) for a line refused here."""
        pending: list[tuple[str, dict]] = []
        for where, line in _input_lines(files, unreadable):
            if not line.strip():
                continue
            obj = None
            try:
                if len(line.encode("utf-8", "replace")) > MAX_LINE_BYTES:
                    raise ValueError("too_large")
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("bad_json")
            except ValueError as exc:
                if pending:
                    yield "work", pending
                    pending = []
                code = "too_large" if str(exc) == "too_large" else "bad_json"
                yield "done", [_error_line(None, code, f"{where}: {code}", empty)]
                continue
            pending.append((where, obj))
            if batch is None or len(pending) >= batch_size:
                yield "work", pending
                pending = []
        if pending:
            yield "work", pending

    def work(pending: list[tuple[str, dict]]) -> list[dict]:
        return _read_chunk(pending, handle, empty, batch)

    if jobs > 1:
        from livedesk.read.parallel import run_ordered
        if warm is not None:
            try:
                warm()
            except Exception:   # the workers meet it again, per line, as one process would
                log.exception("loading the reading before starting the workers failed")

        def lost(item: tuple[str, dict], why: str) -> dict:
            where, obj = item
            return _error_line(obj.get("id"), "read_failed", f"{where}: {why}", empty)

        results = run_ordered(chunks(), work, jobs, lost, after_fork=after_fork)
    else:
        results = (work(payload) if kind == "work" else payload for kind, payload in chunks())
    for done in results:
        for result in done:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return FAILED if unreadable else OK


def _parse_published(value, where: str):
    """A date or ISO 8601 time -> aware UTC datetime (a bare date is taken as midday UTC)."""
    from datetime import datetime, time, timezone

    from livedesk.errors import InputError
    if value in (None, ""):
        return None
    try:
        if len(str(value)) == 10:
            return datetime.combine(datetime.fromisoformat(str(value)).date(), time(12), timezone.utc)
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise InputError("bad_json", where, f"'published' is not an ISO date: {value!r}") from None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _report_from_obj(obj: dict):
    """The contract's input object -> Report. Only id and text are required.

    Not ingest.jsonl.report_from_obj: that one cleans and re-paragraphs the text for storage,
    while extract's claim offsets must index the caller's text exactly as given."""
    from livedesk.errors import InputError
    from livedesk.model import Report
    where = f"report {obj.get('id')!r}"
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no_text", where)
    return Report(text=text, id=str(obj.get("id") or ""), title=obj.get("title"),
                  published=_parse_published(obj.get("published"), where),
                  outlet=obj.get("source") or obj.get("outlet"), url=obj.get("url"),
                  fmt="jsonl").with_id()


def cmd_extract(args) -> int:
    from livedesk.errors import InputError
    from livedesk.read import read_many, read_report
    empty = {"events": [], "claims": []}

    def shaped(obj: dict, reading) -> dict:
        out = reading.to_dict()
        out["id"] = obj.get("id")
        return out

    def handle(obj: dict) -> dict:
        try:
            report = _report_from_obj(obj)
        except InputError as exc:
            return _error_line(obj.get("id"), exc.code, str(exc), empty)
        return shaped(obj, read_report(report))

    def batch(objs: list[dict]) -> list[dict]:
        results: list[dict | None] = [None] * len(objs)
        reports = []
        for i, obj in enumerate(objs):
            try:
                reports.append((i, _report_from_obj(obj)))
            except InputError as exc:
                results[i] = _error_line(obj.get("id"), exc.code, str(exc), empty)
        for (i, _), reading in zip(reports, read_many([r for _, r in reports])):
            results[i] = shaped(objs[i], reading)
        return results

    from livedesk.read.parallel import default_jobs, reopen_after_fork, warm_reading
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        raise UsageError(f"--jobs {jobs}: give at least 1 (the number of reading processes)")
    return _jsonl_command(args.files, handle, empty, sys.stdout, batch=batch, jobs=jobs,
                          warm=warm_reading, after_fork=reopen_after_fork)


def cmd_geoparse(args) -> int:
    from livedesk.geo import geoparse_line
    return _jsonl_command(args.files, lambda obj: geoparse_line(obj, args.given_spans),
                          {"places": []}, sys.stdout)


def _given(args):
    """What `ingest --source --published --url` says about plain-text inputs."""
    from livedesk.ingest.dates import parse_when
    from livedesk.ingest.text import Given
    published = None
    if args.published is not None:
        published = parse_when(args.published)
        if published is None:
            raise UsageError(f"--published {args.published!r} is not a date "
                             "(write e.g. 2016-05-11 or 2016-05-11T08:30+03:00)")
    if args.url is not None and not args.url.startswith(("http://", "https://")):
        raise UsageError(f"--url {args.url!r} is not an http(s) URL")
    return Given(outlet=(args.source or "").strip() or None, published=published, url=args.url)


def _progress(args) -> bool:
    """Progress bars only for a person watching a terminal, never into a log file."""
    return not getattr(args, "quiet", False) and sys.stderr.isatty()


def cmd_ingest(args) -> int:
    from livedesk.service import Desk
    given = _given(args)
    summary = Desk(get_settings()).ingest(args.sources, progress=_progress(args), given=given)
    print(summary.text(), file=sys.stderr)
    return OK if summary.ok else FAILED


def cmd_watch(args) -> int:
    from livedesk.ingest.watch import Watcher
    from livedesk.service import Desk
    settings = get_settings()
    if args.interval is not None:
        from dataclasses import replace
        settings = replace(settings, poll_interval=args.interval)
    desk = Desk(settings)

    summaries = []

    def on_reports(reports):
        summary = desk.ingest_reports(reports)
        summaries.append(summary)
        print(summary.text(), file=sys.stderr)

    watcher = Watcher(args.feeds, on_reports, settings)
    if args.once:
        # One poll: its errors and skips are printed once, below, rather than also logged.
        logging.getLogger("livedesk.ingest.watch").setLevel(logging.ERROR)
        new = watcher.poll_once()  # hands what is new to on_reports itself
        return _poll_report(watcher, new, summaries)
    try:
        watcher.run()
    except KeyboardInterrupt:
        pass
    return OK


def _poll_report(watcher, new, summaries) -> int:
    """After `watch --once`: each feed not polled says why and when it is tried again; each
    feed that failed says what went wrong. Exit 1 unless every feed was polled and read."""
    from livedesk.ingest.watch import skip_message
    for feed, failures, next_try in watcher.skipped:
        _say(skip_message(feed, failures, next_try))
    for e in watcher.errors:
        print(f"livedesk: {e}", file=sys.stderr)
    if not new and not watcher.errors and not watcher.skipped:
        print(f"livedesk: nothing new in {len(watcher.feeds)} feed"
              f"{'s' if len(watcher.feeds) != 1 else ''}", file=sys.stderr)
    failed = watcher.errors or watcher.skipped or any(not s.ok for s in summaries)
    return FAILED if failed else OK


def cmd_serve(args) -> int:
    from dataclasses import replace

    from livedesk.web.app import serve
    settings = get_settings()
    settings = replace(settings, host=args.host or settings.host, port=args.port or settings.port,
                       workers=args.workers or settings.workers)
    _check_port(settings.host, settings.port)
    serve(settings)
    return OK


def _check_port(host: str, port: int) -> None:
    """Say in one line that the address is taken, before the server's own log does in five."""
    import socket
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}: {exc} (check --host or LIVEDESK_HOST)") from None
    family, _, _, _, addr = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as exc:
            raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc} "
                             "(pass --port or set LIVEDESK_PORT)") from None


class ServeError(Exception):
    """The server could not start: one line, exit status 1."""


def cmd_export(args) -> int:
    from livedesk.export import export
    from livedesk.store import Store
    store = Store(get_settings().database_url)
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        export(store, args.format, out)
    finally:
        if args.output:
            out.close()
    return 0


def cmd_user(args) -> int:
    from livedesk.store import Store
    from livedesk.web.auth import add_user
    store = Store(get_settings().database_url)
    if args.if_new and store.get_user(args.name.strip()):
        print(f"user {args.name} exists; left as it is", file=sys.stderr)
        return OK
    password = args.password
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError(f"no terminal to ask for {args.name}'s password: "
                             "pass --password PASSWORD, or run the command in a terminal")
        import getpass
        try:
            password = getpass.getpass(f"password for {args.name}: ")
        except EOFError:
            raise UsageError("no password given: pass --password PASSWORD") from None
    try:
        add_user(store, args.name, password, args.role)
    except ValueError as exc:        # the rules a name, a role and a password must follow
        raise UsageError(f"user {args.name}: {exc}") from None
    print(f"user {args.name} ({args.role}) saved", file=sys.stderr)
    return OK


def cmd_reread(args) -> int:
    from livedesk.service import Desk
    summary = Desk(get_settings()).reread()
    print(summary, file=sys.stderr)
    return OK if summary.ok else FAILED


def cmd_backfill(args) -> int:
    from livedesk.backfill import backfill
    summary = backfill(args.sources, settings=get_settings(), workers=args.workers,
                       scheduler=args.scheduler, batch_size=args.batch_size,
                       progress=_progress(args))
    print(summary, file=sys.stderr)
    return FAILED if summary.failed else OK


def cmd_gazetteer(args) -> int:
    from livedesk.geo.gazetteer import build
    path = build()
    print(f"gazetteer ready: {path}", file=sys.stderr)
    return 0


def cmd_train(args) -> int:
    # `livedesk train events [--data DIR] [--out DIR]`: the trainer parses its own options.
    from livedesk.read.typing_model import train
    return train.main(args.options)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="livedesk", description=__doc__.splitlines()[0])
    p.add_argument("-v", "--verbose", action="store_true", help="log more to standard error")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="read files, folders, pages or feeds into the store",
                       description="Exit status: 0 all read, 1 something could not be, 2 usage error.")
    s.add_argument("sources", nargs="+", help="files, folders, http(s) URLs, Telegram channels "
                   "(t.me/NAME) or exports (result.json), or - for JSON Lines on stdin")
    s.add_argument("--source", metavar="NAME", default=None,
                   help="the outlet of the plain-text files given (wins over an 'Outlet:' line)")
    s.add_argument("--published", metavar="DATE", default=None,
                   help="their publication date or time, e.g. 2016-05-11 or 2016-05-11T08:30+03:00")
    s.add_argument("--url", default=None, help="their URL")
    s.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bar (there is none anyway when standard error is not a terminal)")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("watch", help="poll feeds and ingest what is new")
    s.add_argument("feeds", nargs="+", help="feed files or URLs; a Telegram channel as t.me/NAME")
    s.add_argument("--interval", type=float, default=None, help="seconds between polls")
    s.add_argument("--once", action="store_true", help="poll once and stop")
    s.set_defaults(func=cmd_watch)

    s = sub.add_parser("serve", help="serve the desk (page, API, live stream)")
    s.add_argument("--host", default=None)
    s.add_argument("--port", type=int, default=None)
    s.add_argument("--workers", type=int, default=None,
                   help="processes answering on the port (default LIVEDESK_WORKERS, 1)")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("extract", help="JSON Lines reports in, events and claims out (contract.md)")
    s.add_argument("files", nargs="*")
    s.add_argument("-j", "--jobs", type=int, default=None,
                   help="reading processes (default: one per core this process may use); "
                        "the output is the same whatever the number")
    s.set_defaults(func=cmd_extract)

    s = sub.add_parser("geoparse", help="JSON Lines reports in, resolved places out (contract.md)")
    s.add_argument("files", nargs="*")
    s.add_argument("--given-spans", action="store_true", help="resolve exactly the 'mentions' spans")
    s.set_defaults(func=cmd_geoparse)

    s = sub.add_parser("export", help="export events as GeoJSON or ACLED-style CSV")
    s.add_argument("--format", choices=["geojson", "csv"], default="geojson")
    s.add_argument("-o", "--output", default=None, help="file to write (default: stdout)")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("user", help="add or update an account")
    s.add_argument("name")
    s.add_argument("--role", choices=["viewer", "analyst", "admin"], default="viewer")
    s.add_argument("--password", default=None,
                   help="at least 8 characters; asked for when not given (needs a terminal)")
    s.add_argument("--if-new", action="store_true",
                   help="only create the account: leave an existing one (and its password) as it is")
    s.set_defaults(func=cmd_user)

    s = sub.add_parser("reread", help="re-read every stored report and re-fuse")
    s.set_defaults(func=cmd_reread)

    s = sub.add_parser("backfill", help="read a large set of reports in parallel on Dask")
    s.add_argument("sources", nargs="+")
    s.add_argument("--workers", type=int, default=2, help="local workers (ignored with --scheduler)")
    s.add_argument("--scheduler", default=None, help="address of a running dask scheduler")
    s.add_argument("--batch-size", type=int, default=200)
    s.add_argument("-q", "--quiet", action="store_true")
    s.set_defaults(func=cmd_backfill)

    s = sub.add_parser("gazetteer", help="build the place index ahead of first use")
    s.set_defaults(func=cmd_gazetteer)

    s = sub.add_parser("train", help="rebuild a learned model from the repository's training data")
    s.add_argument("model", choices=["events"], help="events: the event typer (training/events)")
    s.add_argument("options", nargs=argparse.REMAINDER, help="--data DIR, --out DIR")
    s.set_defaults(func=cmd_train)
    return p


def _check_settings() -> None:
    """A setting that is not a number where one is needed is a usage error naming the variable."""
    import os
    from dataclasses import fields

    from livedesk.settings import Settings
    try:
        get_settings()
    except ValueError:
        kinds = {f.name: f.type for f in fields(Settings)}
        for name, env in Settings.env_names().items():
            value = os.environ.get(env, "").strip()
            if value and kinds[name] in ("int", "float", int, float):
                try:
                    (int if kinds[name] in ("int", int) else float)(value)
                except ValueError:
                    raise UsageError(f"{env}={value!r} is not a number") from None
        raise


def _say(message: str) -> None:
    print(f"livedesk: {message}", file=sys.stderr)


def _hide_password(url: str) -> str:
    import re
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)      # a usage error exits 2 here, with the usage
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=sys.stderr,
                        format="livedesk: %(levelname)s %(message)s")
    if not args.verbose:
        # trafilatura complains loudly about hostile pages we already report as InputError.
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        _check_settings()
        return args.func(args)
    except BrokenPipeError:
        return OK
    except UsageError as exc:
        _say(str(exc))
        return USAGE
    except ServeError as exc:
        _say(str(exc))
        return FAILED
    except SystemExit as exc:       # uvicorn's own exit when it cannot serve
        return OK if exc.code in (None, 0) else FAILED
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except Exception as exc:  # noqa: BLE001 - whatever it is, one line; -v shows where
        from sqlalchemy.exc import SQLAlchemyError

        from livedesk.errors import InputError
        if args.verbose:
            log.exception("%s failed", args.command)
        if isinstance(exc, InputError):
            _say(str(exc))
        elif isinstance(exc, SQLAlchemyError):
            url = _hide_password(get_settings().database_url)
            detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            _say(f"the store at {url} cannot be used: {detail} (check LIVEDESK_DATABASE_URL)")
        elif isinstance(exc, OSError):
            name = f"{exc.filename}: " if exc.filename else ""
            _say(f"{name}{exc.strerror or exc}")
        else:
            _say(f"{args.command} failed: {type(exc).__name__}: {exc}"
                 + ("" if args.verbose else " (run with -v to see where)"))
        return FAILED


if __name__ == "__main__":
    sys.exit(main())
