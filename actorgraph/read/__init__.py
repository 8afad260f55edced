"""Reading reports as they come: files, folders, feeds, HTML, PDF and Word to
:class:`~actorgraph.model.Report` values (:mod:`~actorgraph.read.inputs`), bytes decoded
(:mod:`~actorgraph.read.decode`), and the layout's reading view of the same length as the text:
mail quoting, banners, running heads (:mod:`~actorgraph.read.layout`).
"""
