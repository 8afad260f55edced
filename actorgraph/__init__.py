"""actorgraph: free-text intelligence reports -> a sourced knowledge graph of actors."""

from __future__ import annotations

__version__ = "0.1.0"
