"""The memoised attribute component gives exactly what the model's attribute_ruler + lemmatizer give."""
import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from livedesk.read import nlp as nlp_mod
from livedesk.read.nlp import MODEL, CachedAttributes, get_nlp, token_batches

TEXTS = [
    "There is a man here. They're gonna go, y'all ain't ready. I told him: 'Let's go!'\n\n  Here it is.",
    "gotta do it, c'mon, there were dozens of them and it was nothin' at all",
    "Syrian government forces retook the town of Palmyra on Sunday, the army said, after "
    "airstrikes killed at least 40 Islamic State fighters. Rebels denied the claim.",
    "He has been seen. She had had enough; we do not know whether they did it. Being there "
    "is what I'd do, though you'd say otherwise. Does it? It's been said that it's done.",
    "The Syrian Observatory for Human Rights reported that 12 civilians, including 3 children, "
    "were killed when barrel bombs hit Aleppo's eastern districts.\n\nActivists said so too.",
]
ATTRS = [TAG, DEP, POS, MORPH, LEMMA, HEAD]


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.load(MODEL, exclude=["ner"])
    nlp.add_pipe("paragraphs", before="parser")      # as in get_nlp: the same parse to start from
    return nlp


def _same(ours, ref, texts):
    for t in texts:
        a, b = ours(t), ref(t)
        assert [x.text for x in a] == [x.text for x in b]
        assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), t
        assert [x.lemma_ for x in a] == [x.lemma_ for x in b]
        assert [str(x.morph) for x in a] == [str(x.morph) for x in b]


def test_pipeline_uses_the_cached_component():
    names = get_nlp().pipe_names
    assert "livedesk_attributes" in names
    assert "lemmatizer" not in names and "attribute_ruler" not in names


def test_same_annotations_as_the_model_cold_and_warm(stock):
    nlp = get_nlp()
    comp = nlp.get_pipe("livedesk_attributes")
    assert comp.ok, "the model's ruler patterns are all keyable"
    comp.cache.clear()
    with nlp.select_pipes(disable=["entity_ruler", "ner"]):
        _same(nlp, stock, TEXTS)            # cold: every token probed
        assert comp.cache
        _same(nlp, stock, TEXTS)            # warm: every token from the cache
        # the same words in new neighbourhoods: "is" after "there" vs after a noun
        _same(nlp, stock, ["There is hope. Hope is there. The town is gonna fall, there are signs."])


def test_a_full_cache_restarts_and_stays_right(stock, monkeypatch):
    nlp = get_nlp()
    comp = nlp.get_pipe("livedesk_attributes")
    monkeypatch.setattr(CachedAttributes, "LIMIT", 25)
    comp.cache.clear()
    with nlp.select_pipes(disable=["entity_ruler", "ner"]):
        _same(nlp, stock, TEXTS + TEXTS[::-1])
    assert len(comp.cache) <= 80


def test_unkeyable_patterns_fall_back_to_the_real_components():
    ok, _, _ = CachedAttributes._analyse([{"patterns": [[{"POS": "NOUN"}]], "attrs": {"LEMMA": "x"}}])
    assert not ok
    ok, words, regexes = CachedAttributes._analyse(
        [{"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1}])
    assert ok and words == {"na"} and not regexes


def test_token_batches_keep_order_and_limit():
    nlp = get_nlp()
    docs = [nlp.make_doc(t) for t in ["one two three", "a b", "x " * 40, "c", "d e f g"]]
    batches = list(token_batches(docs, 6))
    assert [d for b in batches for d in b] == docs
    for b in batches:
        assert len(b) == 1 or sum(len(d) for d in b) <= 6      # a longer doc goes alone
    assert [len(b) for b in batches] == [2, 1, 2]


def test_tok2vec_batched_by_tokens_gives_the_stock_tensors_and_parse(stock, monkeypatch):
    # Small runs of tokens force many tok2vec batches inside one nlp.pipe batch of 32.
    monkeypatch.setattr(nlp_mod, "TOK2VEC_TOKENS", 40)
    nlp = get_nlp()
    texts = TEXTS * 3
    with nlp.select_pipes(disable=["entity_ruler", "ner"]):
        ours = list(nlp.pipe(texts, batch_size=32))
    ref = list(stock.pipe(texts, batch_size=32))
    for a, b in zip(ours, ref):
        assert numpy.array_equal(a.tensor, b.tensor)
        assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))


def test_pipeline_pickles_with_its_batched_tok2vec():
    # spaCy ships the pipeline to worker processes by pickling it when n_process > 1
    import pickle
    nlp = get_nlp()
    copy = pickle.loads(pickle.dumps(nlp))
    assert copy.get_pipe("tok2vec").pipe.tok2vec is copy.get_pipe("tok2vec")
    a, b = nlp(TEXTS[2]), copy(TEXTS[2])
    assert numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
