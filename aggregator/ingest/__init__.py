"""Stage 1, ingestion: fetch feeds, sitemaps and pages (or import archives), extract the text,
recognise copies and syndicated stories, and store each page through one write path."""
