"""Character spans sorted once and looked up by position, so that per-sentence and per-token
questions ("which mentions start in this sentence", "does this token touch a hit") cost a
binary search instead of a scan of the whole report: work per report stays linear.

>>> index = SpanIndex([(10, 15, "b"), (0, 4, "a"), (30, 41, "c")])
>>> index.starting_in(0, 20)
[(0, 4, 'a'), (10, 15, 'b')]
>>> index.overlaps(3, 5), index.overlaps(5, 10), index.ending_in(12, 16)
(True, False, [(10, 15, 'b')])
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import Any


class SpanIndex:
    """Tuples whose first two items are ``start`` and ``end`` offsets."""

    def __init__(self, spans: Iterable[tuple[Any, ...]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s[0] for s in self.spans]
        self.longest = max((s[1] - s[0] for s in self.spans), default=0)
        self.by_end = sorted(self.spans, key=lambda s: s[1])
        self.ends = [s[1] for s in self.by_end]

    def starting_in(self, a: int, b: int) -> list[tuple[Any, ...]]:
        """Spans that start at or after ``a`` and before ``b``, by start."""
        return self.spans[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def ending_in(self, a: int, b: int) -> list[tuple[Any, ...]]:
        """Spans that end at or after ``a`` and before ``b``, by end."""
        return self.by_end[bisect_left(self.ends, a) : bisect_left(self.ends, b)]

    def overlaps(self, a: int, b: int) -> bool:
        """Whether any span shares a character with ``[a, b)``."""
        return any(span[1] > a for span in self.starting_in(a - self.longest, b))
