"""Sub-commands of ``actorgraph``; importing this package registers them."""

from actorgraph.commands import actors, db, export, ingest, judge, maps, push, query  # noqa: F401
