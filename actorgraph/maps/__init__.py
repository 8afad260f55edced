"""Self-contained HTML maps of actor graphs, readable offline.

Three views, each one HTML file that loads nothing from outside (vis-network and all CSS/JS
are inlined; a Content-Security-Policy ``default-src 'none'`` blocks any fetch that could
slip in; :func:`actorgraph.maps.page.external_references` is asserted before writing):

* :func:`render_network` — the influence network (search, type filters, legend, tooltips);
* :func:`render_places` — meetings placed around their places by longitude/latitude;
* :func:`render_timeline` — one actor's events by date (plain HTML/CSS and inline SVG).

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
  "credibility" (1..6)}`` (all but ``sentence`` may be ``None``): listed in the tooltip,
  with the Admiralty grade such as ``B2``.

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

from actorgraph.maps.network import MapStats, render_network
from actorgraph.maps.places import render_places
from actorgraph.maps.timeline import render_timeline

__all__ = ["MapStats", "render_network", "render_places", "render_timeline"]
