"""Typed library errors.

The CLI turns every `AggregatorError` into a one-line message and a non-zero exit; anything
else is a bug. Messages name the file, source or id at fault, because that is what a user
running from cron needs to fix it.
"""


class AggregatorError(Exception):
    """Base class: a problem with input or configuration that the user can fix."""


class ConfigError(AggregatorError):
    """A settings value or a sources file is missing, unreadable or invalid."""


class FetchError(AggregatorError):
    """A URL could not be fetched (network, HTTP status, size, content type, refused host)."""


class FeedError(AggregatorError):
    """A feed could be fetched but not read at all."""


class ExtractError(AggregatorError):
    """A page held no article text we could extract."""


class ImportFileError(AggregatorError):
    """A file given to `aggregator import` could not be read."""


class UnknownEventError(AggregatorError):
    """An event id that is not in the database."""


class UnknownArticleError(AggregatorError):
    """An article id or URL that is not in the database."""


class EmbedderError(AggregatorError):
    """An embedder name that is unknown, or a model that cannot be loaded."""


class BusyError(AggregatorError):
    """Another process holds the database's writer lock (a run or an import in progress)."""


class UnavailableError(ConfigError):
    """The database server cannot be reached now (down, restarting, unreachable): worth retrying."""
