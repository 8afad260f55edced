"""Resolution: names to actors. The dictionary of built-in and imported actor lists
(:mod:`~actorgraph.resolve.dictionary`, :mod:`~actorgraph.resolve.lists`), the gazetteer,
identity keys (transliteration skeletons), publisher grading, and, against what the graph
already holds, merge judgements and cross-report event identity
(:mod:`~actorgraph.resolve.judgements`, :mod:`~actorgraph.resolve.resolver`).
"""
