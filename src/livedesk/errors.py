"""The error catalogue: every error the desk reports about input, with a code and how to fix it.

Errors about input never stop a batch: readers raise InputError, the caller records it (naming the
file or URL) and goes on with the rest.
"""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "not_found": "The file or URL does not exist. Check the path.",
    "too_large": "The input is larger than LIVEDESK_MAX_BYTES. Split it or raise the limit.",
    "empty": "The input holds no text.",
    "binary": "The input is not text (a binary file?).",
    "bad_date": "A date could not be read. Write it as 2016-05-11 or 2016-05-11T08:30+03:00.",
    "bad_json": "A line is not valid JSON. Each line must be one JSON object.",
    "no_text": "The object has no 'text' field.",
    "bad_feed": "The feed could not be parsed as RSS, Atom or JSON Feed.",
    "bad_html": "No readable text could be extracted from the page.",
    "fetch_failed": "The URL could not be fetched (network error, timeout or bad status).",
    "forbidden_url": "The URL is not allowed: only http(s) to public addresses (LIVEDESK_ALLOW_PRIVATE=1 allows private ones).",
    "unsupported": "The format is not recognised. Give text, HTML, RSS/Atom, JSON Feed or JSON Lines.",
    "read_failed": "A reading stage failed on this report; the report is kept and can be re-read.",
    "fuse_failed": "Fusion failed; every report is stored. Run `livedesk reread` to fuse again.",
}


class InputError(Exception):
    """Bad input, named: `where` is the file or URL, `code` a key of CATALOGUE."""

    def __init__(self, code: str, where: str, detail: str = ""):
        self.code = code
        self.where = where
        self.detail = detail
        hint = CATALOGUE.get(code, "")
        super().__init__(f"{where}: {code}: {detail or hint}".rstrip(": "))

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": str(self)}
