"""Extraction over a dependency parse: the stages that read predicate-argument structure.

``parse`` loads the English pipeline once and parses only the sentences that can hold a fact;
``meetings`` reads who met whom, and where, from the parse, with its cues declared as data in
``meetings.toml``. The token-shape stages still live in :mod:`actorgraph.ingest`.
"""
