"""What a run is told to do: settings (defaults in code, `AGGREGATOR_*` environment variables,
command-line options; settings.py), the sources list (sources.yaml; sources.py) and its OPML form."""
