"""evaluation/news/make.py --batch and bench/news_bench.py --items/--part: a separate batch of news
snippets, built the same way as the news set and split into parts by whole countries."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


make = _module(ROOT / "evaluation" / "news" / "make.py", "news_make")


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_the_batch_file_is_what_make_builds_and_the_news_set_is_untouched():
    assert make.build("real12") == _lines(ROOT / "evaluation" / "news" / "real12.jsonl")
    items = make.build()
    assert items == _lines(ROOT / "evaluation" / "news" / "items.jsonl")
    assert all("part" not in r for r in items)


def test_the_parts_hold_whole_countries_and_both_hold_events_and_non_events():
    rows = make.build("real12")
    val = {r["iso"] for r in rows if r["part"] == "validation"}
    train = {r["iso"] for r in rows if r["part"] == "train"}
    assert val and train and not val & train
    for part in ("validation", "train"):
        got = [r for r in rows if r["part"] == part]
        assert any(r["event"] for r in got) and any(not r["event"] for r in got)
    assert all(r["id"].startswith("real12-") for r in rows)


def test_news_bench_reads_a_batch_and_one_part_of_it():
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "src"))
    nb = _module(ROOT / "bench" / "news_bench.py", "news_bench_t")
    batch = ROOT / "evaluation" / "news" / "real12.jsonl"
    every = nb.load(items=batch)
    val = nb.load(items=batch, part="validation")
    assert len(every) == len(_lines(batch)) and 0 < len(val) < len(every)
    assert {r["part"] for r in val} == {"validation"}
    assert nb.load(3) == _lines(ROOT / "evaluation" / "news" / "items.jsonl")[:3]
