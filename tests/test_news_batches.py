"""evaluation/news/make.py --batch and bench/news_bench.py --items/--part: a separate batch of news
snippets, built the same way as the news set and split into parts by whole countries."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


make = _module(ROOT / "evaluation" / "news" / "make.py", "news_make")


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


BATCHES = ("real12", "real13", "real14", "real15")


@pytest.mark.parametrize("batch", BATCHES)
def test_the_batch_file_is_what_make_builds_and_the_news_set_is_untouched(batch):
    assert make.build(batch) == _lines(ROOT / "evaluation" / "news" / f"{batch}.jsonl")
    items = make.build()
    assert items == _lines(ROOT / "evaluation" / "news" / "items.jsonl")
    assert all("part" not in r for r in items)


@pytest.mark.parametrize("batch", BATCHES)
def test_the_parts_hold_whole_countries_and_both_hold_events_and_non_events(batch):
    rows = make.build(batch)
    val = {r["iso"] for r in rows if r["part"] == "validation"}
    train = {r["iso"] for r in rows if r["part"] == "train"}
    assert val and train and not val & train
    for part in ("validation", "train"):
        got = [r for r in rows if r["part"] == part]
        assert any(r["event"] for r in got) and any(not r["event"] for r in got)
    assert all(r["id"].startswith(f"{batch}-") for r in rows)


def _news_rows() -> list:
    # the news-shape rows were written held back and folded into the typer's data by the lead
    ev = ROOT / "training" / "events"
    return [f for pat in ("written_news12*.jsonl", "written_news14*.jsonl")
            for f in sorted(ev.glob(pat)) + sorted((ev / "held_back").glob(pat))]


def test_no_batch_snippet_is_also_a_held_back_training_row():
    # the batches are blind: the rows written after them tell other incidents in other sentences
    rows = {json.loads(x)["text"].lower() for f in _news_rows() + sorted((ROOT / "training" / "events" / "held_back").glob("*.jsonl"))
            for x in f.read_text(encoding="utf-8").splitlines() if x.strip()}
    assert rows
    for batch in BATCHES:
        assert not {r["text"].lower() for r in make.build(batch)} & rows


def test_held_back_rows_carry_known_labels_countries_and_their_own_scenarios():
    # training rows spell the two non-event labels "No event" and "Background" (the batches lower-case them)
    labels = {t for t in make.TYPES.values() if t not in ("no event", "background")} | {"No event", "Background"}
    files = _news_rows()
    assert files
    for f in files:
        for r in _lines(f):
            assert r["label"] in labels and r["country"] in make.BY_ISO, (f.name, r["text"])
            assert r["scenario"].startswith(("w-news12", "w-news14")) and len(r["text"]) >= 30


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
