"""Plain frozen dataclasses that cross stage boundaries.

Every record a stage hands to another (a source, an article, an event, a comparison) is one of
these, so a newcomer can read a stage's signature and know what flows through it. Small answers
stay plain: the storage contract returns pairs and counts as tuples (`known_article`,
`count_pending`) and look-ups as dicts keyed by id (`get_embeddings`, `story_of_events`).
What a run did and how the runs stand (counts, run records, `aggregator status`) is in `runs.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

# The content types read as pages: by fetching (a response without one is read too) and by the
# WARC import (an archived record must say so: archives hold images, scripts, styles).
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Feed:
    """One feed of a source, as configured."""

    url: str
    title: str = ""


@dataclass(frozen=True)
class Source:
    """An outlet: who publishes, from where, with which editorial affiliation."""

    name: str
    domain: str
    country: str
    languages: tuple[str, ...]
    affiliation: str
    feeds: tuple[Feed, ...]
    allow_private_hosts: bool = False
    respect_robots: bool = True
    sitemaps: tuple[str, ...] = ()
    short_name: str = ""  # optional: the name a narrow column shows (the event page's grid)


@dataclass(frozen=True)
class Response:
    """What came back from one HTTP request, body already size-capped."""

    url: str  # final URL after redirects
    requested_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    permanent_redirect: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def is_html(self) -> bool:
        """An HTML page, or a server that did not say (the extractor then decides)."""
        return self.content_type in HTML_TYPES or not self.content_type


@dataclass(frozen=True)
class FeedEntry:
    """One item listed by a feed: a pointer to a page, with what the feed says about it."""

    source: str
    feed_url: str
    url: str
    title: str
    summary: str
    published: datetime | None
    guid: str = ""
    updated: datetime | None = None  # when the feed says the item last changed


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one page: main text plus metadata, and how it got it."""

    text: str
    title: str
    author: str
    published: datetime | None
    sitename: str
    language: str
    method: str  # "trafilatura", "feed-summary", "import"
    canonical: str = ""  # the URL the page declares as canonical, if any
    credits: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()  # "paywall", "truncated", "feed-summary"
    charset: str = ""  # how the page's bytes were decoded


@dataclass(frozen=True)
class PageExtraction:
    """`aggregator extract`: one page as fetched (or read from a file) and extracted."""

    url: str
    status: int
    content_type: str
    extraction: Extraction


@dataclass(frozen=True)
class ArticleVersion:
    """One stored text of an article; the last of a history is the current one."""

    content_hash: str
    title: str
    text: str
    fetched_at: str
    replaced_at: str | None = None


@dataclass(frozen=True)
class Article:
    """One stored report. `id` is derived from the canonical URL, so it is stable."""

    id: str
    url: str
    canonical_url: str
    source: str
    title: str
    text: str
    published: datetime | None
    fetched_at: datetime
    language: str
    content_hash: str
    author: str = ""
    extraction_method: str = "trafilatura"
    copy_of: str | None = None
    credits: tuple[str, ...] = ()  # agencies credited outside the body ("According to AFP")
    flags: tuple[str, ...] = ()  # "paywall", "truncated", "feed-summary"
    copy_similarity: float | None = None  # 1.0 for an exact copy, less for a near-verbatim one
    sitename: str = ""  # the site's own name for itself (og:site_name, JSON-LD publisher)

    @property
    def when(self) -> datetime:
        """Publication time, or fetch time when the page gave none."""
        return self.published or self.fetched_at


@dataclass(frozen=True)
class Event:
    """A real-world event: the articles grouped as reporting it."""

    id: str
    label: str
    first_seen: datetime
    last_seen: datetime
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # class-based TF-IDF terms, most distinctive first
    updated_at: datetime | None = None  # when clustering last changed it: reports older than this are stale


@dataclass(frozen=True)
class EventArticle:
    """One article as a member of an event: `aggregator show`."""

    id: str
    outlet: str
    title: str
    url: str
    published: datetime | None
    language: str
    similarity: float | None  # average linkage at which it joined the event
    copy_of: str | None = None


@dataclass(frozen=True)
class EventView:
    """An event with its members and the ids merged into it."""

    event: Event
    articles: tuple[EventArticle, ...]
    merged_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence of one article, the unit of evidence in a comparison."""

    article_id: str
    source: str
    index: int
    text: str
    language: str = ""


@dataclass(frozen=True)
class Fact:
    """Sentences of different outlets that state the same thing (at most one per outlet)."""

    id: str
    sentences: tuple[Sentence, ...]
    # 0…1: how sure the grouping is that every sentence states one claim (compare.pairs); 0 for a
    # fact of one sentence (nothing grouped)
    confidence: float = 0.0
    # sentences of other outlets near the claim but not the same claim: listed, not merged
    related: tuple[Sentence, ...] = ()
    # for each outlet that writes nothing near the fact (compare.params OMISSION_NEAR), its closest sentence
    closest: tuple[Sentence, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s.source for s in self.sentences)

    @property
    def example(self) -> Sentence:
        """The sentence that stands for the fact where one is shown alone (an omission): the one
        sharing the most words with the others, so an outlier's figure is not what a reader takes
        the others to carry (a probe merger's "$39 a share" stood for two outlets' "$41 a share"
        by the order of the outlets' names); the first on a tie."""
        words = [frozenset(w for w in re.findall(r"\w+", s.text.lower()) if len(w) > 2 or w.isdigit())
                 for s in self.sentences]
        shared = [sum(len(a & b) for j, b in enumerate(words) if j != i) for i, a in enumerate(words)]
        return self.sentences[max(range(len(words)), key=lambda i: (shared[i], -i))]

    def sentence_of(self, source: str) -> Sentence | None:
        return next((s for s in self.sentences if s.source == source), None)

    def related_of(self, source: str) -> Sentence | None:
        """The sentence of `source` that is only near this fact (listed, not merged), if any."""
        return next((s for s in self.related if s.source == source), None)

    def closest_of(self, source: str) -> Sentence | None:
        """The sentence `source` wrote that comes closest to this fact (for an omission)."""
        return next((s for s in self.closest if s.source == source), None)


@dataclass(frozen=True)
class OutletReport:
    """One outlet's article within an event comparison."""

    source: str
    article_id: str
    title: str
    url: str
    published: datetime | None
    country: str = ""
    affiliation: str = ""
    n_sentences: int = 0
    untranslated: tuple[str, ...] = ()  # words left in another script (machine translation): compare.clean


@dataclass(frozen=True)
class WordingChange:
    """One difference inside two aligned sentences: `before` in outlet a, `after` in outlet b."""

    fact_id: str
    source_a: str
    source_b: str
    before: str
    after: str
    kind: str  # see compare.wording.KINDS
    sentence_a: str
    sentence_b: str
    confidence: float = 0.0  # how often rows like it were right on benchmarks/wording.py


@dataclass(frozen=True)
class Label:
    """How one outlet names a referent (a person, group, act, place or object) that another outlet
    names differently; the rows of one referent share `entity`."""

    entity: str
    source: str
    label: str
    sentence: str
    voice: str = "own"  # "own" (the outlet's narration), "quoted", "attributed" (reported speech)
    speaker: str = ""  # whose words when quoted or attributed, when known
    method: str = ""  # how it was found ("title before a name", "aligned sentences", …)
    confidence: float = 0.0  # how often that method was right on the labels benchmark


@dataclass(frozen=True)
class ConflictValue:
    source: str
    value: str
    sentence: str


@dataclass(frozen=True)
class Conflict:
    """The same slot (a role's holder, a quantity, a date) filled differently by outlets."""

    kind: str  # "person", "number", "date", "time", "place", "contradiction", "sources" (compare/contested.py)
    slot: str
    values: tuple[ConflictValue, ...]
    fact_id: str = ""
    disagreeing: int = 0  # outlets whose value differs from the most common one (ranks conflicts)
    # "contradict": reports close in time state incompatible values; "differ": the values differ
    # but a report's time is unknown (or they are too far apart to say), so no contradiction is claimed
    status: str = "contradict"
    confidence: float = 0.0  # 0…1, see compare.timeline; Main differences shows it above a threshold
    evidence: tuple[str, ...] = ()  # the sentences the claim rests on


@dataclass(frozen=True)
class UpdatePoint:
    """One report's figure in a slot's timeline."""

    source: str
    value: str
    time: datetime | None
    sentence: str
    time_basis: str = ""  # "publication", "dateline", "in-text date, at the earliest" (a lower bound)
    stale: bool = False  # still carried an older figure after a newer one was out


@dataclass(frozen=True)
class Update:
    """A figure that changed between reports published at different times: not a conflict."""

    slot: str
    points: tuple[UpdatePoint, ...]  # in time order
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()

    @property
    def stale(self) -> tuple[str, ...]:
        return tuple(p.source for p in self.points if p.stale)


@dataclass(frozen=True)
class DisputeSide:
    """One outlet's position on a disputed claim."""

    source: str
    stance: str  # "asserts" (own voice), "attributes" (X said / according to X), "denies"
    holder: str  # who holds it: the outlet itself ("own voice") or the speaker
    sentence: str


@dataclass(frozen=True)
class Dispute:
    """One claim asserted by some and denied, rejected or only attributed by others."""

    claim: str
    sides: tuple[DisputeSide, ...]
    kind: str = "denied"  # "denied": someone rejects it; "own voice vs attributed"; "opposite words"
    confidence: float = 0.0
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Citation:
    """Someone an outlet quotes or cites, with the sentences where it does."""

    source: str  # the outlet
    cited: str
    kind: str  # "person", "organisation", "unnamed", "agency"
    sentences: tuple[str, ...]
    verbs: tuple[str, ...] = ()  # the verbs of saying the outlet uses for this source
    confidence: float = 0.0  # how often rows of its kind were right on benchmarks/citations.py

    @property
    def count(self) -> int:
        return len(self.sentences)


@dataclass(frozen=True)
class LoadedTerm:
    source: str
    term: str
    category: str
    sentence: str
    voice: str = "own"  # "own", "quoted", "attributed": see compare.voice
    speaker: str = ""
    score: float = 1.0  # 0…1, how surely the wording evaluates (compare.evaluative); reports show
    # terms at params.EVALUATIVE_SHOW or above
    method: str = "domain-list"  # how it was found: "lexicon:vader", "rule:doubt-verb", "domain-list", …


@dataclass(frozen=True)
class Derivation:
    """Text reuse: the share of `derived`'s sentences that match `original`'s near-verbatim."""

    derived: str
    original: str
    share: float
    matched: int
    total: int
    basis: str  # why this direction: "publication time", "dateline", "agency credit", "wire affiliation", …
    # "copy", "shared source" (both carry one agency's text), "shared text" (direction unknown), or
    # "shared quotations" (what they share is words both quote: two reports of one statement)
    # or "shared passages" (a few long sentences in common, below the share of a copy; no direction)
    relation: str = "copy"
    dropped: tuple[str, ...] = ()  # the original's sentences the derived report leaves out
    added: tuple[str, ...] = ()  # the derived report's sentences not in the original
    source_agency: str = ""  # the agency both credit, for a shared source
    confidence: float = 0.0  # 0…1: of the reuse and, for a copy, of its direction
    evidence: tuple[str, ...] = ()  # reused sentences (derived report's wording)


@dataclass(frozen=True)
class Comparison:
    """How the outlets of one event told it, with the sentences as evidence."""

    event: Event
    outlets: tuple[OutletReport, ...]
    facts: tuple[Fact, ...]
    # facts only that outlet carries and no other outlet writes near (no related sentence)
    additions: dict[str, tuple[Fact, ...]] = field(default_factory=dict)
    omissions: dict[str, tuple[Fact, ...]] = field(default_factory=dict)
    wording_changes: tuple[WordingChange, ...] = ()
    labels: tuple[Label, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    citations: tuple[Citation, ...] = ()
    loaded_terms: tuple[LoadedTerm, ...] = ()
    derivations: tuple[Derivation, ...] = ()
    generated_at: datetime | None = None
    updates: tuple[Update, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    uncompared: tuple[str, ...] = ()  # what could not be compared, and why (a report without a date …)
    # facts only that outlet carries, but near a sentence of another outlet (`Fact.related`): not
    # called its own, since about half of them are a claim the others carry in other words
    near_additions: dict[str, tuple[Fact, ...]] = field(default_factory=dict)

    @property
    def shared_facts(self) -> tuple[Fact, ...]:
        """Facts carried by at least two outlets, most widely carried first."""
        shared = [f for f in self.facts if len(f.sentences) > 1]
        return tuple(sorted(shared, key=lambda f: -len(f.sentences)))


@dataclass(frozen=True)
class ParsedFeed:
    """Entries read from one feed, plus why feedparser found it ill-formed, if it did."""

    entries: tuple[FeedEntry, ...]
    problem: str = ""
    dropped_dates: int = 0  # entries whose every date lay outside 1990 to tomorrow (dropped, entry kept)


@dataclass(frozen=True)
class Sitemap:
    """What one sitemap lists: pages (a urlset) or further sitemaps (a sitemap index)."""

    entries: tuple[FeedEntry, ...]
    children: tuple[str, ...]  # child sitemap URLs of a sitemap index, newest first
    problem: str = ""  # why the XML was ill-formed, when it was read anyway
    dropped_dates: int = 0  # <lastmod>/<publication_date> values outside 1990 to tomorrow (dropped, entry kept)


@dataclass(frozen=True)
class OpmlImport:
    """What `import_opml` changed in the sources file (outlet names, feed URLs)."""

    outlets_added: tuple[str, ...] = ()
    feeds_added: tuple[str, ...] = ()
    outlets_updated: tuple[str, ...] = ()  # existing outlets that received new feeds
    feeds_known: tuple[str, ...] = ()  # feed URLs already in the file, left alone

    @property
    def changed(self) -> bool:
        return bool(self.outlets_added or self.feeds_added)


@dataclass(frozen=True)
class Story:
    """Related events linked under one stable id (events/stories.py), oldest event first.

    `aggregator compare --story` compares the union of their reports."""

    id: str
    label: str  # headline of its most widely covered event
    first_seen: datetime
    last_seen: datetime
    event_ids: tuple[str, ...]


# --- storage contract (store/contract.py): typed rows where the SQLite store once returned dicts ---
@dataclass(frozen=True)
class StoredSource:
    """An outlet as the database knows it (from sources.yaml or met through an import)."""

    name: str
    domain: str
    country: str
    languages: tuple[str, ...]
    affiliation: str
    allow_private_hosts: bool = False
    short_name: str = ""  # sources.yaml's short_name; "" = generated where needed


@dataclass(frozen=True)
class SearchHit:
    """An article found by full-text search, with the event it belongs to and a snippet whose
    hits are wrapped in U+E000/U+E001 (private-use marks a renderer turns into markup)."""

    id: str
    outlet: str
    title: str
    url: str
    published: str | None
    event_id: str | None
    snippet: str


@dataclass(frozen=True)
class CachedComparisonRow:
    """A comparison kept for the site (render/cached.py), as JSON text, with the event version
    (`event_updated`, ISO-8601) and the comparison code's fingerprint it was computed under."""

    event_id: str
    event_updated: str | None
    fingerprint: str
    comparison: str
    digest: str


@dataclass(frozen=True)
class FeedState:
    """What we remember of a feed between runs: its current URL and HTTP validators."""

    url: str
    source: str = ""
    etag: str | None = None
    last_modified: str | None = None  # the server's own HTTP date, sent back as it came
    last_fetched: datetime | None = None
    last_status: int | None = None
    moved_from: str | None = None


@dataclass(frozen=True)
class LogEntry:
    """One `fetch_log` row: a feed, page, sitemap or import record and its outcome."""

    at: datetime | None
    kind: str
    source: str
    url: str
    status: int
    ok: bool
    reason: str


@dataclass(frozen=True)
class EventMerge:
    """An event id folded into another; the old id keeps resolving to `into_id`."""

    old_id: str
    into_id: str
    merged_at: datetime | None
    reason: str = ""
