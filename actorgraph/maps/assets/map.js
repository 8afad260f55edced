/* actorgraph map page: reads #ag-data, draws it with vis-network, offline.
 * Text from the data reaches the page only through textContent / innerText / canvas.
 * For tests: window.agNetwork (the vis Network), window.agReady (true once drawn and
 * still), window.agReadyAt (performance.now() at that moment), window.agDrawn(). */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ag-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("ag-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.agNetwork = network;
  window.agReady = false;

  function drawn() {
    return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
  }
  window.agDrawn = drawn;

  function showCount() {
    var d = drawn();
    document.getElementById("ag-count").textContent =
      d.nodes.toLocaleString() + " nodes, " + d.edges.toLocaleString() + " edges shown";
  }

  function ready() {
    window.agReadyAt = performance.now();
    window.agReady = true;
    document.body.setAttribute("data-ag-ready", "1");
    showCount();
  }

  /* ------------------------------------------------ labels apart, whole graph in view */
  var LABEL_PAD = 3, DECLUTTER_MAX_NODES = 3000, DECLUTTER_ROUNDS = 60;

  function labelBoxes() {  // canvas coordinates, measured at the last draw
    var out = [];
    network.body.nodeIndices.forEach(function (id) {
      var n = network.body.nodes[id], s = n.labelModule.size;
      if (!n.labelModule.elementOptions.label || !s || !s.width) return;
      out.push({ id: id, node: n, dx: s.left - n.x, dy: s.top - n.y, w: s.width, h: s.height,
                 fixed: n.options.fixed.x && n.options.fixed.y });
    });
    return out;
  }
  function shapeBoxes() {  // the nodes' own marks (dots, squares, ...), which labels avoid too
    var out = [];
    network.body.nodeIndices.forEach(function (id) {
      var n = network.body.nodes[id], r = n.options.size;
      if (INSIDE_LABEL[n.options.shape]) return;  // the label box is the shape
      out.push({ id: id, node: n, dx: -r, dy: -r, w: 2 * r, h: 2 * r, shape: true,
                 fixed: n.options.fixed.x && n.options.fixed.y });
    });
    return out;
  }
  function overlapping(boxes) {  // pairs of overlapping boxes (sweep along x), not two marks
    var sorted = boxes.slice().sort(function (a, b) { return left(a) - left(b); });
    var sorted = boxes.slice().sort(function (a, b) { return left(a) - left(b); });
    var pairs = [], i, j, a, b;
    for (i = 0; i < sorted.length; i++) {
      a = sorted[i];
      for (j = i + 1; j < sorted.length && left(sorted[j]) < left(a) + a.w + LABEL_PAD; j++) {
        b = sorted[j];
        if (a.id !== b.id && !(a.shape && b.shape) && intersect(a, b)) pairs.push([a, b]);
      }
    }
    return pairs;
  }
  function intersect(a, b) {
    return left(b) < left(a) + a.w + LABEL_PAD && left(a) < left(b) + b.w + LABEL_PAD &&
      top(b) < top(a) + a.h + LABEL_PAD && top(a) < top(b) + b.h + LABEL_PAD;
  }
  function left(b) { return b.node.x + b.dx; }
  function top(b) { return b.node.y + b.dy; }
  function separate(a, b) {  // push apart along the axis that needs less movement
    var ox = Math.min(left(a) + a.w, left(b) + b.w) - Math.max(left(a), left(b)) + LABEL_PAD;
    var oy = Math.min(top(a) + a.h, top(b) + b.h) - Math.max(top(a), top(b)) + LABEL_PAD;
    var share = a.fixed ? [0, 1] : b.fixed ? [1, 0] : [0.5, 0.5];
    if (a.fixed && b.fixed) return;
    var horizontal = ox / (a.w + b.w) < oy / (a.h + b.h);
    var sign = horizontal ? (left(a) + a.w / 2 <= left(b) + b.w / 2 ? -1 : 1)
                          : (top(a) + a.h / 2 <= top(b) + b.h / 2 ? -1 : 1);
    var d = (horizontal ? ox : oy) + 0.5;
    var key = horizontal ? "x" : "y";
    a.node[key] += sign * d * share[0];
    b.node[key] -= sign * d * share[1];
  }
  function labelOverlaps() { return overlapping(labelBoxes()).length; }
  window.agLabelOverlaps = labelOverlaps;

  var INSIDE_LABEL = { box: 1, ellipse: 1, circle: 1, database: 1, text: 1 };
  function cellsOf(b, size) {  // grid cells a label box touches
    var out = [], x, y;
    for (x = Math.floor(left(b) / size); x <= Math.floor((left(b) + b.w) / size); x++)
      for (y = Math.floor(top(b) / size); y <= Math.floor((top(b) + b.h) / size); y++)
        out.push(x + "," + y);
    return out;
  }
  function hideCollisions(boxes) {  // the less influential of two colliding labels goes
    var grid = new Map(), hidden = [], size = 200;
    boxes.slice().sort(function (a, b) {
      return (b.node.options.size - a.node.options.size) || (a.id < b.id ? -1 : 1);
    }).forEach(function (b) {
      var cells = cellsOf(b, size);
      var clash = cells.some(function (c) {
        return (grid.get(c) || []).some(function (k) { return intersect(k, b); });
      });
      if (clash && !INSIDE_LABEL[b.node.options.shape]) { hidden.push(b.id); return; }
      cells.forEach(function (c) {
        if (!grid.has(c)) grid.set(c, []);
        grid.get(c).push(b);
      });
    });
    nodes.update(hidden.map(function (id) { return { id: id, label: "" }; }));
    hidden.forEach(function (id) { unlabelled.add(id); });
    return hidden.length;
  }

  var unlabelled = new Set(), original = new Map();
  data.nodes.forEach(function (n) { original.set(n.id, n.label); });
  function nameChosen(ids) {  // a chosen node shows its name, even if its label gave way
    var chosen = new Set(ids);
    if (!unlabelled.size) return;
    nodes.update(Array.from(unlabelled).map(function (id) {
      return { id: id, label: chosen.has(id) ? original.get(id) : "" };
    }));
  }
  network.on("select", function (params) { nameChosen(params.nodes); });

  function declutter() {  // push labelled nodes apart; where they still collide, drop labels
    var started = performance.now();
    var boxes = labelBoxes(), before = overlapping(boxes).length, round = 0;
    var all = boxes.concat(shapeBoxes()), pairs = overlapping(all).length;
    if (boxes.length > DECLUTTER_MAX_NODES) return { before: before, after: before, rounds: 0 };
    for (; pairs > 0 && round < DECLUTTER_ROUNDS; round++) {
      var found = overlapping(all);
      var stuck = boxes.length > 300 && round >= (boxes.length > 1000 ? 2 : 5) &&
        found.length > pairs * 0.97;
      if (stuck) { pairs = found.length; break; }  // dense: pushing no longer helps
      pairs = found.length;
      found.forEach(function (p) { separate(p[0], p[1]); });
    }
    var pushed = performance.now();
    var hidden = overlapping(boxes).length ? hideCollisions(boxes) : 0;
    network.redraw();
    return { before: before, after: labelOverlaps(), rounds: round, hidden: hidden,
             pushMs: Math.round(pushed - started), ms: Math.round(performance.now() - started) };
  }

  function fitAll() {  // zoom so every node and its label lies inside the canvas
    var box = null;
    network.body.nodeIndices.forEach(function (id) {
      var n = network.body.nodes[id], b = n.shape.boundingBox, s = n.labelModule.size;
      var edges = [b.left, b.top, b.right, b.bottom];
      if (s && s.width) edges = [Math.min(b.left, s.left), Math.min(b.top, s.top),
        Math.max(b.right, s.left + s.width), Math.max(b.bottom, s.top + s.height)];
      box = box ? [Math.min(box[0], edges[0]), Math.min(box[1], edges[1]),
                   Math.max(box[2], edges[2]), Math.max(box[3], edges[3])] : edges;
    });
    if (!box) return;
    var w = container.clientWidth, h = container.clientHeight, margin = 12;
    var scale = Math.min((w - 2 * margin) / Math.max(box[2] - box[0], 1),
                         (h - 2 * margin) / Math.max(box[3] - box[1], 1));
    if (!(scale > 0)) return;  // a container not laid out yet (or hidden) has no size
    network.moveTo({ position: { x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 },
                     scale: Math.min(scale, 2), animation: false });
  }
  window.agFitAll = fitAll;

  function settle() {  // after layout: measure labels, push them apart, fit, then ready
    network.redraw();
    window.agLabels = declutter();
    fitAll();
    network.once("afterDrawing", ready);
    network.redraw();
  }

  if (data.meta.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      settle();
    });
  } else {
    network.fit();
    settle();
  }
  window.addEventListener("resize", function () { if (window.agReady) fitAll(); });

  var BASEMAP = { water: "#e4eef5", land: "#f6f3ec", border: "#c4bcad", label: "#a39b8c" };
  window.agBasemap = BASEMAP;
  if (data.basemap) {
    network.on("beforeDrawing", function (ctx) { drawBasemap(ctx, data.basemap); });
  }
  if (data.grid) {
    network.on("beforeDrawing", function (ctx) { drawGrid(ctx, data.grid); });
  }

  /* ---------------------------------------------------------------- details panel */
  var details = document.getElementById("ag-details");
  var detailsBody = document.getElementById("ag-details-body");
  function showDetails(text) {
    detailsBody.textContent = text;
    details.hidden = false;
  }
  document.getElementById("ag-details-close").addEventListener("click", function () {
    details.hidden = true;
  });
  network.on("click", function (params) {
    if (params.nodes.length) showDetails(nodes.get(params.nodes[0]).title);
    else if (params.edges.length) showDetails(edges.get(params.edges[0]).title);
    else details.hidden = true;
  });

  /* ------------------------------------------ type filters, date range and place of edges */
  var boxes = document.querySelectorAll("#ag-filters input[data-type]");
  function value(id) {
    var el = document.getElementById(id);
    return el ? el.value : "";
  }
  function edgeShown(e, f) {
    if (f.place && e.place !== f.place) return false;
    if (!f.since && !f.until) return true;
    if (!e.days) return false;  // an undated edge is in no date range
    return !(f.since && e.days[1] < f.since) && !(f.until && e.days[0] > f.until);
  }
  function applyFilters() {
    var f = { place: value("ag-place"), since: value("ag-since"), until: value("ag-until") };
    var narrowed = Boolean(f.place || f.since || f.until), types = {}, linked = {};
    Array.prototype.forEach.call(boxes, function (box) {
      types[box.getAttribute("data-type")] = box.checked;
    });
    edges.update(data.edges.map(function (e) {
      var shown = edgeShown(e, f);
      if (shown) linked[e.from] = linked[e.to] = true;
      return { id: e.id, hidden: !shown };
    }));
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, hidden: types[n.type] === false || (narrowed && !linked[n.id]) };
    }));
    showCount();
  }
  window.agApplyFilters = applyFilters;
  Array.prototype.forEach.call(boxes, function (box) {
    box.addEventListener("change", applyFilters);
  });
  ["ag-place", "ag-since", "ag-until"].forEach(function (id) {
    var el = document.getElementById(id);
    if (el) ["change", "input"].forEach(function (t) { el.addEventListener(t, applyFilters); });
  });

  /* ---------------------------------------------------------------- search */
  var byName = new Map();
  data.nodes.forEach(function (n) {
    [n.name].concat(n.aliases || []).forEach(function (name) {
      var key = String(name).toLowerCase();
      if (!byName.has(key)) byName.set(key, []);
      byName.get(key).push(n.id);
    });
  });
  var list = document.getElementById("ag-names");
  var frag = document.createDocumentFragment();
  Array.from(byName.keys()).slice(0, 20000).forEach(function (key) {
    var ids = byName.get(key);
    var node = nodes.get(ids[0]);
    var names = [node.name].concat(node.aliases || []);
    var shown = names.find(function (s) { return String(s).toLowerCase() === key; });
    var option = document.createElement("option");
    option.value = shown;
    frag.appendChild(option);
  });
  list.appendChild(frag);

  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    if (byName.has(q)) return byName.get(q)[0];
    var hit = data.nodes.find(function (n) {
      return [n.name].concat(n.aliases || []).some(function (s) {
        return String(s).toLowerCase().indexOf(q) >= 0;
      });
    });
    return hit ? hit.id : null;
  }

  function focusNode(id) {
    var node = nodes.get(id);
    if (node.hidden) {
      Array.prototype.forEach.call(boxes, function (box) {
        if (box.getAttribute("data-type") === node.type) box.checked = true;
      });
      applyFilters();
    }
    network.selectNodes([id]);
    nameChosen([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 300 } });
    showDetails(node.title);
  }
  window.agFind = function (query) {
    var id = find(query);
    document.getElementById("ag-search-status").textContent = id === null ? "no match" : "";
    if (id !== null) focusNode(id);
    return id;
  };
  var search = document.getElementById("ag-search");
  search.addEventListener("change", function () { window.agFind(search.value); });
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") window.agFind(search.value);
  });

  /* ------------------------------------------------------ country outlines, offline */
  function drawBasemap(ctx, countries) {
    var scale = Math.max(network.getScale(), 0.05);
    var lo = network.DOMtoCanvas({ x: 0, y: 0 });
    var hi = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    ctx.save();
    ctx.fillStyle = BASEMAP.water;
    ctx.fillRect(lo.x, lo.y, hi.x - lo.x, hi.y - lo.y);
    ctx.fillStyle = BASEMAP.land;
    ctx.strokeStyle = BASEMAP.border;
    ctx.lineWidth = 1 / scale;
    countries.forEach(function (c) {
      ctx.beginPath();
      c.rings.forEach(function (r) {
        ctx.moveTo(r[0], r[1]);
        for (var i = 2; i < r.length; i += 2) ctx.lineTo(r[i], r[i + 1]);
        ctx.closePath();
      });
      ctx.fill("evenodd");
      ctx.stroke();
    });
    ctx.fillStyle = BASEMAP.label;
    ctx.font = "italic " + Math.round(12 / scale) + "px sans-serif";
    ctx.textAlign = "center";
    countries.forEach(function (c) { ctx.fillText(c.name, c.label[0], c.label[1]); });
    ctx.restore();
  }

  /* ---------------------------------------------------------------- lon/lat grid */
  function drawGrid(ctx, g) {
    ctx.save();
    ctx.strokeStyle = "#e3e3e3";
    ctx.fillStyle = "#9a9a9a";
    ctx.lineWidth = 1 / Math.max(network.getScale(), 0.05);
    ctx.font = Math.round(11 / Math.max(network.getScale(), 0.05)) + "px sans-serif";
    var x0 = (g.lonMin - g.lon0) * g.kx, x1 = (g.lonMax - g.lon0) * g.kx;
    var y0 = -(g.latMax - g.lat0) * g.ky, y1 = -(g.latMin - g.lat0) * g.ky;
    var scale = Math.max(network.getScale(), 0.05);
    var view = network.DOMtoCanvas({ x: 0, y: 0 });  // labels stay at the visible edges
    var labelY = Math.max(y0, view.y) + 14 / scale, labelX = Math.max(x0, view.x) + 4 / scale;
    var lon, lat, x, y;
    for (lon = g.lonMin; lon <= g.lonMax + 1e-9; lon += g.step) {
      x = (lon - g.lon0) * g.kx;
      ctx.beginPath(); ctx.moveTo(x, y0); ctx.lineTo(x, y1); ctx.stroke();
      ctx.fillText(degrees(lon, "E", "W"), x + 3 / scale, labelY);
    }
    for (lat = g.latMin; lat <= g.latMax + 1e-9; lat += g.step) {
      y = -(lat - g.lat0) * g.ky;
      ctx.beginPath(); ctx.moveTo(x0, y); ctx.lineTo(x1, y); ctx.stroke();
      ctx.fillText(degrees(lat, "N", "S"), labelX, y - 3 / scale);
    }
    ctx.restore();
  }
  function degrees(v, pos, neg) {
    var r = Math.round(v * 100) / 100;
    return Math.abs(r) + "\u00b0" + (r >= 0 ? pos : neg);
  }
})();
