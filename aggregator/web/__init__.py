"""`aggregator serve`: the site's pages live from the database, full-text search, a JSON API."""

from .app import create_app

__all__ = ["create_app"]
