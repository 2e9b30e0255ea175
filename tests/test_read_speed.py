"""Work the reading skips for speed must not change what it reads (no timing here: bench/ does that).

classify_all parses a sentence and types its coordinated clauses only when the sentence reads as
one foreground event (the only case where a clause's event can be added). Here it is compared with
the reference that parses and types the clauses of every sentence, on sentences written for this
test: two-event sentences, one-event ones with "and", background, no event.
"""
from __future__ import annotations

from livedesk.read import classify
from livedesk.read.typing_model import encoder

SENTENCES = [
    "Rebels overran the army post near the river and shot down a helicopter on Sunday.",
    "Police fired tear gas at students in the capital and arrested twelve of them, witnesses said.",
    "Militants stormed a village in the north and burned dozens of homes, a local official said.",
    "An air strike hit a market in the town and killed nine people, the health ministry said.",
    "The minister met his counterpart on Tuesday and they discussed trade and fishing rights.",
    "Prices of bread and fuel rose again in the city, and shops closed early.",
    "Ten years ago the militia seized the oil field and held it until government troops returned.",
    "Gunmen abducted two engineers on the highway and then released them after a ransom was paid.",
    "Protesters blocked the main road and then marched peacefully to the governor's office.",
    "The army said it would retaliate and warned residents to leave the border villages.",
    "Troops shelled the rebel-held suburbs overnight, and fighters ambushed a supply convoy.",
    "Farmers and herders met elders at the market to settle a dispute over grazing land.",
    "Hundreds of nurses marched through the port city on Monday and handed a petition to the health minister.",
    "Rioters smashed shop windows in the old quarter and set two police cars alight, the mayor said.",
    "Villagers armed with sticks chased a suspected thief through the market and beat him to death.",
    "Riot police charged the crowd outside parliament and detained several organisers of the sit-in.",
]


def _reference(sentences, contexts):
    """classify_all as it was before the skip: every "and/then" sentence parsed, every clause typed."""
    head = classify.load()
    maybe = [i for i, s in enumerate(sentences)
             if len(s.split()) >= 2 * classify.MIN_CLAUSE_WORDS + 1 and classify._MAYBE_TWO.search(s)]
    docs = dict(zip(maybe, classify._parse([sentences[i] for i in maybe]))) if maybe else {}
    clauses = []
    for i, parts in sorted({i: classify._split(d) for i, d in docs.items()}.items()):
        for o, t in parts:
            subj = classify._subject_for(docs[i], o) if o > 0 else ""
            clauses.append((i, o, f"{subj} {t}" if subj else t, len(subj) + 1 if subj else 0))
    probs = head.proba(list(sentences) + [t for _, _, t, _ in clauses])
    out = [classify._decide(head, s, c or s, p) for s, c, p in zip(sentences, contexts, probs)]
    for (i, o, t, shift), p in zip(clauses, probs[len(sentences):]):
        if not out[i] or out[i][0].background or len(out[i]) > 1:
            continue
        extra = classify._clause_extra(head, out[i], o, t, p, shift)
        if extra:
            out[i].append(extra)
    return out


def test_skipping_clauses_of_sentences_that_cannot_gain_one_changes_nothing(monkeypatch):
    contexts = [None] * len(SENTENCES)
    want = _reference(SENTENCES, contexts)
    parsed: list[str] = []
    real = classify._parse
    monkeypatch.setattr(classify, "_parse", lambda ss: (parsed.extend(ss), real(ss))[1])
    encoder._cache.clear()
    got = classify.classify_all(SENTENCES, contexts)
    assert got == want
    # the skip happened: a sentence read as no event or as background is never parsed
    skipped = [s for s, c in zip(SENTENCES, got) if not c or c[0].background]
    assert skipped, "the sentences should include some with no foreground event"
    assert not set(skipped) & set(parsed)
    assert any(len(c) > 1 for c in got), "the clause step should still add an event somewhere"
    # nor is a sentence read as a protest or a riot: no clause of it can add an event
    crowd = [s for s, c in zip(SENTENCES, got) if c and classify._protest_or_riot(c[0].type)]
    assert len(crowd) >= 3, "the sentences should include protests and riots told with 'and'"
    assert not set(crowd) & set(parsed)
    assert parsed, "sentences read as one other event with 'and' are still parsed"


def test_a_document_typed_in_one_call_reads_as_each_sentence_alone():
    """The reading types all of a report's sentences in one classify_all call (one encoder call,
    one batched parse of the clause candidates); each sentence must get what it gets alone."""
    encoder._cache.clear()
    together = classify.classify_all(SENTENCES)
    for s, got in zip(SENTENCES, together):
        encoder._cache.clear()
        assert classify.classify(s) == got, s
