"""``actorgraph map``: interactive HTML maps that open offline."""

from __future__ import annotations
