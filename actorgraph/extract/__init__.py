"""Extraction: one report's text to a plain :class:`~actorgraph.model.Extraction`.

:func:`actorgraph.extract.report.extract` runs the stages in order: sentences and tokens
(``tokens``, ``spans``, ``template``), names (``mentions``, ``lexicon``, ``cues``, ``truecase``,
``ner``), coreference and speakers (``coref``, ``speakers``), meetings and events
(``meeting_clauses``, ``events``), relations (``relations``, ``patterns``, ``frames``) and
dates (:mod:`actorgraph.dates`), then resolves the report's mentions to entities (``resolve``);
cues and verb frames are data beside them (``cues.toml``, ``frames.toml``). ``eval_json`` writes
an extraction in the evaluation's JSON. Over a dependency parse (opt-in): ``parse`` loads the
English pipeline once and parses only the sentences that can hold a fact, and ``meetings`` reads
who met whom, and where, from the parse, with its cues declared in ``meetings.toml``.
"""
