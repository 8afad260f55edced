"""Sub-commands of ``actorgraph``; importing this package registers them."""

from actorgraph.commands import (  # noqa: F401
    actors,
    db,
    export,
    ingest,
    judge,
    maps,
    publishers,
    push,
    query,
)
