"""``python -m actorgraph``: the command line."""

from actorgraph.cli import main

main()
