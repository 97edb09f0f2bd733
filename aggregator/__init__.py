"""aggregator: follow one news story across many outlets and show how each framed the same facts."""

__version__ = "0.1.0"
