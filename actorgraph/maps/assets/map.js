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

  if (data.meta.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.once("afterDrawing", ready);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", ready);
    network.fit();
    network.redraw();
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

  /* ---------------------------------------------------------------- type filters */
  var boxes = document.querySelectorAll("#ag-filters input[data-type]");
  function setTypeShown(type, shown) {
    var changes = nodes.get({ filter: function (n) { return n.type === type; } })
      .map(function (n) { return { id: n.id, hidden: !shown }; });
    nodes.update(changes);
    showCount();
  }
  Array.prototype.forEach.call(boxes, function (box) {
    box.addEventListener("change", function () {
      setTypeShown(box.getAttribute("data-type"), box.checked);
    });
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
        if (box.getAttribute("data-type") === node.type && !box.checked) {
          box.checked = true;
          setTypeShown(node.type, true);
        }
      });
    }
    network.selectNodes([id]);
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
