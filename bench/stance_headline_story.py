"""Story context for cue-less opposites in headline stance: a bench experiment, not part of the reader.

    PYTHONPATH=src .venv/bin/python bench/stance_headline_story.py [--part train|validation] [--show]

The headlines of one story (batches 13-17 group them in sets news-<topic>-<NN>) share a rumour. Where
the rules read a headline as plain "for", but it reports a COMMITMENT act (signs, renews, extends,
commits, invests, launches, opens, "until 2030") and the story's other headlines that the rules read
as observing or against speak of an EXIT or an ending (quit, leave, close, shut, scrap, split, sell,
ban, withdraw ...), the headline is taken as the opposite of the rumour ("Chain signs 15-year lease
renewal" in a story of branch closures): against. Prints, per part, how many headlines the tie-breaker
moves and of those how many it makes right and how many it makes wrong (--show lists the train
part's). The reader has no grouping of headlines by story yet, so the mechanism lives here only.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# words of an exit or an ending, said of the rumour's subject
EXIT = re.compile(r"\b(?:quit\w*|leav\w*|exit\w*|clos\w*|shut\w*|axe\w*|scrap\w*|split\w*|relocat\w*|move\w*|sell\w*|"
                  r"sale|end\w*|cancel\w*|ban\w*|retir\w*|defect\w*|bust|insolven\w*|collapse\w*|pull\w* out|"
                  r"withdraw\w*)\b", re.I)
# acts that bind the subject to a future: what an exit rumour's subject does when the rumour is wrong
COMMIT = re.compile(r"\b(?:signs?|signed|renews?|renewed|renewal|extends?|extended|commits?|committed|invests?|"
                    r"invested|launch(?:es|ed)?|expands?|expanded|appointed|hires?|upgrade|until 20\d\d|to 20\d\d|"
                    r"new contract|begins?|opens?|opened)\b", re.I)
STORY_BATCHES = ("head13", "head14", "head15", "head16", "head17")


def tiebreak(story: list[tuple[str, str]]) -> list[str]:
    """(text, rules' label) for each headline of one story -> labels after the tie-breaker."""
    out = []
    for i, (text, lab) in enumerate(story):
        exit_told = any(EXIT.search(t) for j, (t, l) in enumerate(story) if j != i and l in ("observing", "against"))
        out.append("against" if lab == "for" and COMMIT.search(text) and exit_told else lab)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["train", "validation"], default="train")
    ap.add_argument("--show", action="store_true", help="list the train part's moved headlines")
    args = ap.parse_args()
    from bench.stance_headlines import label_of, load
    from livedesk.model import Report
    from livedesk.read.claims import attribute
    from livedesk.read.nlp import get_nlp
    nlp = get_nlp()
    rows = [r for r in load(args.part) if r["id"].startswith(STORY_BATCHES)]
    labs = [label_of(attribute(d, r["text"], Report(text=r["text"])), r["text"])[0]
            for r, d in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64))]
    stories = defaultdict(list)
    for r, lab in zip(rows, labs):
        stories[r["set"]].append((r, lab))
    before = after = moved = right = wrong = 0
    for xs in stories.values():
        new = tiebreak([(r["text"], lab) for r, lab in xs])
        for (r, lab), nl in zip(xs, new):
            before += lab == r["label"]
            after += nl == r["label"]
            if nl != lab:
                moved += 1
                right += nl == r["label"]
                wrong += lab == r["label"]
                if args.show and args.part == "train":
                    print(f"  [{r['label']}: {lab} -> {nl}] {r['text']}")
    n = len(rows)
    print(f"{args.part} (batches 13-17, {len(stories)} stories, {n} headlines): accuracy {before / n:.3f} -> "
          f"{after / n:.3f}; moved {moved}, made right {right}, made wrong {wrong}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
