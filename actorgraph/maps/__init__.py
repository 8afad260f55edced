"""Self-contained HTML maps of actor graphs, readable offline.

Three views, each one HTML file that loads nothing from outside (vis-network and all CSS/JS
are inlined; a Content-Security-Policy ``default-src 'none'`` blocks any fetch that could
slip in; :func:`actorgraph.maps.page.external_references` is asserted before writing):

* :func:`render_network` — the influence network (search, type filters, legend, tooltips);
* :func:`render_places` — meetings placed around their places by longitude/latitude;
* :func:`render_timeline` — one actor's events by date (plain HTML/CSS and inline SVG);
* :func:`render_dossier` — one actor's page: timeline, ego map, meetings and sources.

Every vis page fits the whole graph (labels included) into the window once laid out, and
keeps labels apart: nodes are pushed apart, and where labels still collide the less
influential node's label gives way (shown again when the node is found or selected). The
places view draws Natural Earth country outlines (``assets/countries-110m.json``) under it.

Input contract (the lead's query layer builds these; nothing here reads the database)
---------------------------------------------------------------------------------
``g`` is a ``networkx.MultiDiGraph`` (any networkx graph is accepted).

Node key: the entity id, e.g. ``"person:esmail-qaani"``. Node attributes:

* ``name`` (str; the id is shown if missing) and ``type``: ``Person``, ``Organization``,
  ``Place``, ``Event`` or ``Report`` (colour and shape come from ``schema.toml``; if
  missing, the id prefix decides; other types are drawn grey);
* ``score`` (float, influence 0..1, optional): node size and which nodes survive the size
  cap; where missing, degree divided by the graph's highest degree is used instead;
* ``aliases`` (list[str], optional): searchable and shown in the tooltip;
* ``lat`` / ``lon`` (float, places, optional): used by :func:`render_places`;
* ``date`` / ``kind`` (events, optional): shown in the tooltip.

Edge attributes:

* ``type``: a relation type of the schema (``LEADS``, ``MET_WITH``, ...) or a structural
  one (``PARTICIPATED_IN``, ``AT``, ...): colour, label, and an arrow unless the schema
  says the type is symmetric (``MET_WITH``, ``ALLIED_WITH``);
* ``count`` (int, optional): supporting reports (edge width), else ``len(sources)``;
* ``sources``: list of ``{"sentence", "title", "date", "url", "reliability" ("A".."F"),
  "credibility" (1..6), "report" (id)}`` (all but ``sentence`` may be ``None``): listed in
  the tooltip, with the Admiralty grade such as ``B2``. An edge whose best credibility is
  4-6, or that rests on one source of unknown reliability (``F`` or none), is drawn dashed
  and faded, and the legend says so;
* ``place`` / ``date`` (optional, a meeting's own): the edge's label and the first line of
  its tooltip ("Baghdad, 2024-02-11"); the page then offers a date-range and place filter
  (a date of any precision, ISO weeks and intervals included, covers the days it names).

Every edge is drawn: parallel edges between one pair (two relation types, or both
directions) each get their own id and a curve on alternating sides.

Graph attributes: ``title`` (str, unused when ``title=`` is passed) and ``omitted``
(optional dict such as ``{"nodes": 1234, "reason": "size cap 500 by influence"}``), which
the page states in a visible banner.

What was written: each page embeds ``<script type="application/json" id="ag-data">`` with
``meta`` (``nodes``/``edges`` written, ``omitted``, ``physics``, ...), ``nodes`` and
``edges``; vis pages set ``window.agNetwork`` and, once drawn and still, ``window.agReady``.
"""

from __future__ import annotations

from actorgraph.maps.dossier import Dossier, DossierStats, render_dossier
from actorgraph.maps.network import MapStats, render_network
from actorgraph.maps.places import render_places
from actorgraph.maps.timeline import render_timeline

__all__ = [
    "Dossier",
    "DossierStats",
    "MapStats",
    "render_dossier",
    "render_network",
    "render_places",
    "render_timeline",
]
