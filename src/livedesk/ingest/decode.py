"""Bytes to clean text: encodings guessed from the bytes, binary refused, invisible noise removed."""
from __future__ import annotations

import codecs
import re

from livedesk.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0/C1 controls other than tab and newline: they break tokenisers and mean nothing in prose.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Invisible formatting that splits words for NER ("Pal\u200bmyra") without changing meaning.
# ZWNJ/ZWJ (U+200C/D) stay: Persian and Indic spelling depends on them.
# Lone surrogates (from "\\ud800" in JSON or &#xD800;) cannot be encoded: hashing would crash.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the head mean a binary file (UTF-16 is caught by its BOM)."""
    head = data[:4096]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / len(head) > 0.05


def _decode_mixed(data: bytes) -> str:
    """Mostly UTF-8 with some lines in a legacy code page (pasted text): decode line by line."""
    out = []
    for line in data.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
    return "\n".join(out)


def decode(data: bytes, where: str, declared: str | None = None) -> str:
    """Decode bytes to text, or raise InputError('binary'|'empty')."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            break
    else:
        if looks_binary(data):
            raise InputError("binary", where, "NUL or control bytes in the first 4 KB")
        text = _guess(data, declared)
    text = clean(text)
    if not text.strip():
        raise InputError("empty", where)
    return text


def _guess(data: bytes, declared: str | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    lines = data.split(b"\n")
    good = 0
    for line in lines:
        try:
            line.decode("utf-8")
            good += any(b > 127 for b in line)   # only lines that prove UTF-8 count
        except UnicodeDecodeError:
            pass
    if good:
        return _decode_mixed(data)
    if _western(data):
        return data.decode("cp1252", errors="replace")
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # the guesser is a nicety; cp1252 below always decodes
        pass
    return data.decode("cp1252", errors="replace")


def _western(data: bytes) -> bool:
    """Latin text with a few accented letters: cp1252, the commonest legacy encoding on the web.
    Cyrillic or Greek in a single-byte code page makes most letters non-ASCII, so it fails here."""
    sample = data[:100_000]
    high = sum(1 for b in sample if b > 127)
    ascii_letters = sum(1 for b in sample if 65 <= b <= 90 or 97 <= b <= 122)
    if high > 0.15 * (ascii_letters + high):
        return False
    text = sample.decode("cp1252", errors="replace")
    return all(c.isalpha() or c in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a0\u00b0\u00ab\u00bb\u00b7"
               for c in text if ord(c) > 127)


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    text = _SURROGATE.sub("\ufffd", text)
    return _INVISIBLE.sub("", text)


def paragraphs(text: str) -> str:
    """Paragraphs joined by one "\\n", each with folded inner white space, empty ones dropped."""
    out = [" ".join(p.split()) for p in text.split("\n")]
    return "\n".join(p for p in out if p)
