"""Stage 2, events: embed reports, group them into events with stable ids (incrementally),
name each event's keywords and link events into stories."""
