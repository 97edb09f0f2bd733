"""Event keywords by class-based TF-IDF (as in BERTopic): what sets one event's reports apart.

All reports of an event form one class. A term's weight in a class is its frequency there
times log(1 + A / f), A the average number of words per class and f the term's frequency
across all classes, so words every event uses ("said", "government") sink and the event's own
names and nouns rise. The other events of the same pass are the background.
"""

from __future__ import annotations

import numpy as np

from ..models import Article

TOP = 8
# News verbs and fillers every event uses, on top of scikit-learn's English stop words.
NEWS_STOP_WORDS = frozenset("""said says say told tells according reported reports report also would could
new year years mr ms mrs week day days time just like including added""".split())


def class_keywords(docs_by_class: dict[str, list[str]], top: int = TOP,
                   only: set[str] | None = None) -> dict[str, tuple[str, ...]]:
    """The `top` most distinctive unigrams and bigrams of each class (or of the classes in
    `only`; the others still serve as background), best first."""
    from sklearn.feature_extraction.text import CountVectorizer

    names = list(docs_by_class)
    if not names:
        return {}
    texts = ["\n".join(docs_by_class[n]) for n in names]
    try:
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        vectorizer = CountVectorizer(stop_words=list(ENGLISH_STOP_WORDS | NEWS_STOP_WORDS),
                                     ngram_range=(1, 2), min_df=1,
                                     token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b")
        counts = vectorizer.fit_transform(texts).astype(np.float64)
    except ValueError:  # nothing but stop words (or no Latin-script words: CJK-only events)
        return {n: () for n in names}
    words = np.asarray(counts.sum(axis=1)).ravel()
    tf = counts.multiply(1.0 / np.maximum(words, 1)[:, None]).tocsr()
    frequency = np.asarray(counts.sum(axis=0)).ravel()
    idf = np.log(1.0 + words.mean() / np.maximum(frequency, 1))
    weights = tf.multiply(idf[None, :]).tocsr()
    vocab = vectorizer.get_feature_names_out()
    out = {}
    for row, name in enumerate(names):
        if only is not None and name not in only:
            continue
        scores = weights.getrow(row)
        order = scores.indices[np.argsort(-scores.data, kind="stable")]
        chosen: list[str] = []
        for i in order:
            term = vocab[i]
            # a bigram and its words say the same thing: keep whichever comes first
            if any(term in c or c in term for c in chosen):
                continue
            chosen.append(term)
            if len(chosen) == top:
                break
        out[name] = tuple(chosen)
    return out


# What an article contributes to its event's keywords: the headline twice (it names the event
# most densely) and the first 2,000 characters of the body (the lead and the next paragraphs
# carry the event's names; later ones drift to background and let long reports outweigh short).
KEYWORD_BODY_CHARS = 2000


def keyword_text(article: Article) -> str:
    return f"{article.title}\n{article.title}\n{article.text[:KEYWORD_BODY_CHARS]}"
