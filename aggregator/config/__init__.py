"""What a run is told to do: settings (file, environment, options), the sources list and its
OPML form."""
