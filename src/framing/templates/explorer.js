/* framing explorer: hand-written, dependency-free. All corpus text is inserted with textContent
   (never parsed as HTML), so a document that contains markup shows it as text and runs nothing. */
(function () {
  "use strict";

  var D = JSON.parse(document.getElementById("explorer-data").textContent);
  var P = D.periods;                 // every group, in order
  var PAIR = D.pair || [0, P.length - 1];  // the two groups the term view compares
  var PA = P[PAIR[0]], PB = P[PAIR[1]];    // reference, target
  var SVGNS = document.getElementById("scatter").namespaceURI;  // the SVG namespace, no URL literal
  // the reference and the target have the term view's colours; any other group is plain ink
  function gcls(k) { return k === PAIR[0] ? "a" : k === PAIR[1] ? "b" : "n"; }

  // ---------------------------------------------------------------- small DOM helpers
  function el(tag, attrs, kids) {
    var n = document.createElement(tag);
    setAttrs(n, attrs);
    append(n, kids);
    return n;
  }
  function sv(tag, attrs, kids) {
    var n = document.createElementNS(SVGNS, tag);
    setAttrs(n, attrs);
    append(n, kids);
    return n;
  }
  function setAttrs(n, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") n.textContent = String(v);
      else if (k === "cls") n.setAttribute("class", v);
      else if (k.slice(0, 2) === "on") n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v === true ? "" : String(v));
    });
  }
  function append(n, kids) {
    if (kids === null || kids === undefined) return;
    if (!Array.isArray(kids)) kids = [kids];
    kids.forEach(function (k) {
      if (k === null || k === undefined || k === false) return;
      n.appendChild(typeof k === "string" || typeof k === "number" ? document.createTextNode(String(k)) : k);
    });
  }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }
  function $(id) { return document.getElementById(id); }

  function fmt(x, digits) {
    if (x === null || x === undefined || Number.isNaN(x)) return "–";
    if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
    return x.toFixed(digits === undefined ? 2 : digits).replace("-", "−");
  }
  function fmtP(p) {
    if (p === null || p === undefined) return "–";
    if (p < 0.001) return "< 0.001";
    return p.toFixed(3);
  }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  // Corpus strings (terms, sides, sector ids, doc ids) are never used as keys of plain objects:
  // "constructor", "__proto__" or "toString" would hit Object.prototype. Indexes are Maps, and
  // objects parsed from the JSON data are read through own() (own properties only).
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined; }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .toLowerCase().trim();
  }

//#if sample
  // A corpus larger than the page's budget: the texts, sentences, lines and mentions of a sample
  // of its reports are embedded (framing.report.explorer.sample_documents); counts and statistics
  // cover every report. Every view that shows lines says so.
  var SAMPLE = D.sample;
  var SAMPLE_LINES = "Lines come from the " + SAMPLE.docs.toLocaleString("en") + " of " +
    SAMPLE.of.toLocaleString("en") + " reports embedded (sampled by group, seed " + SAMPLE.seed + ")";
//#endif
  function fnv(s) {  // 32-bit FNV-1a: a fixed pseudo-random order that needs no seed
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
    return h;
  }

  // ---------------------------------------------------------------- data tables
  var S = D.sentences;
  var terms = D.terms.term.map(function (t, i) {
    var T = D.terms;
    return {
      i: i, term: t, display: T.display[i], n: [T.count_a[i], T.count_b[i]],
      rate: [T.rate_a[i], T.rate_b[i]], g2: T.g2[i], p: T.p_value[i], padj: T.p_adjusted[i],
      lr: T.log_ratio[i], z: T.log_odds_z[i], dir: T.direction[i], low: T.low_expected[i], occ: T.occ[i],
      key: fold(T.display[i]), tkey: fold(t), hash: fnv(t)
    };
  });
  // terms seen only in the other groups: found by the search, shown in the concordances, not plotted
  var others = ((D.other_terms || {}).term || []).map(function (t, i) {
    var O = D.other_terms;
    return {
      i: -1, other: true, term: t, display: O.display[i], n: [0, 0], occ: O.occ[i],
      key: fold(O.display[i]), tkey: fold(t)
    };
  });
  var byKey = new Map();  // folded display form or stem -> term
  terms.concat(others).forEach(function (t) {
    if (!byKey.has(t.key)) byKey.set(t.key, t);
    if (!byKey.has(t.tkey)) byKey.set(t.tkey, t);
  });
  // occurrences per group, from the lines themselves
  function perGroup(occ) {
    var n = P.map(function () { return 0; });
    occ.forEach(function (o) { n[D.docs[S.doc[o[0]]].pk] += 1; });
    return n;
  }
  function countsText(n, unit) {
    if (P.length === 2) return n[0] + " " + unit + " in " + P[0] + ", " + n[1] + " in " + P[1];
    var total = n.reduce(function (a, b) { return a + b; }, 0);
    return total + " " + unit + " in " + P.length + " periods (" +
      P.map(function (g, k) { return g + ": " + n[k]; }).join(", ") + ")";
  }

  var sideColor = new Map();  // side id -> colour, from the study file (framing.config)
  var sideLabel = new Map();  // side id -> label
  (function () {
    var styles = D.side_styles || {};
    Object.keys(styles).forEach(function (s) {
      sideColor.set(s, styles[s][1]);
      sideLabel.set(s, styles[s][0]);
    });
    D.sides.forEach(function (s) { if (!sideColor.has(s)) sideColor.set(s, "#7b818c"); });
  })();
  function sideBadge(side) {
    var b = el("span", { cls: "badge", text: side || "unattributed" });
    b.style.background = sideColor.get(side) || "#7b818c";
    return b;
  }

  // ---------------------------------------------------------------- header, note, footer
  $("title").textContent = D.title;
  (function () {
    var sub = $("subtitle");
    D.period_docs.forEach(function (docs, k) {
      if (k) append(sub, P.length === 2 ? " compared with " : " · ");
      append(sub, el("span", { cls: "p" + gcls(k), text: P[k] }));
//#if sample
      append(sub, ": " + SAMPLE.groups[k][0] + " of " + plural(SAMPLE.groups[k][1], "report", "reports"));
//#else
      append(sub, ": " + docs.map(function (d) { return d.title; }).join("; "));
//#endif
    });
    $("term-scope").textContent = P.length === 2
      ? "The term view compares " + PA + " (reference) with " + PB + " (target)."
      : "The term view compares two of the " + P.length + " periods: " + PA + " (reference) with " +
        PB + " (target). The sector view and the concordances show every period; a term seen only " +
        "in the other periods is found by the search but not plotted.";
    var note = $("note");
    D.note.forEach(function (para) { append(note, el("p", { text: para })); });
//#if sample
    note.firstChild.id = "sample-note";  // the sample's statement, set apart from the other notes
    note.firstChild.style.fontWeight = "600";
    $("term-scope").textContent += " Counts and statistics cover every report. " + SAMPLE_LINES + ".";
//#endif
    $("footer").textContent = D.footer;
  })();

  // ---------------------------------------------------------------- tabs
  var TAB_NAMES = ["terms", "sectors", "formulae", "statements", "report"];
  var tabs = TAB_NAMES.map(function (name) { return $("tab-" + name); });
  var currentTab = 0;
  function selectTab(k, focus) {
    currentTab = k;
    tabs.forEach(function (t, j) {
      var on = j === k;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !on;
    });
    if (focus) tabs[k].focus();
    if (TAB_NAMES[k] === "report" && reportShown === null) showReport(0);
    $("dl-svg").disabled = chartOf(TAB_NAMES[k]) === null;
    setState({ tab: TAB_NAMES[k] });
  }
  tabs.forEach(function (t, k) {
    t.addEventListener("click", function () { selectTab(k, false); });
    t.addEventListener("keydown", function (e) {
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        selectTab((k + 1) % tabs.length, true);
      }
    });
  });

  // ---------------------------------------------------------------- colours by keyness
  // log-odds z < 0: more in the earlier period (blue); > 0: more in the later (orange).
  function mix(c1, c2, t) {
    var a = [1, 3, 5].map(function (i) { return parseInt(c1.substr(i, 2), 16); });
    var b = [1, 3, 5].map(function (i) { return parseInt(c2.substr(i, 2), 16); });
    return "rgb(" + a.map(function (v, i) { return Math.round(v + (b[i] - v) * t); }).join(",") + ")";
  }
  var GREY = "#b4b9c2", CA = "#2d6cb5", CB = "#c4501b";
  // The prior shrinks z strongly on short texts, so the scale runs to the largest |z| present
  // (at least 1); the legend prints the numbers.
  var ZREF = Math.max(1, Math.max.apply(null, terms.map(function (t) { return Math.abs(t.z || 0); })));
  function zColor(z) {
    if (z === null || z === undefined) return GREY;
    return mix(GREY, z < 0 ? CA : CB, Math.min(Math.abs(z) / ZREF, 1));
  }
  function colorOf(t) { return zColor(t.z); }
  function isSig(t) { return t.padj !== null && t.padj !== undefined && t.padj < 0.05; }

  // ---------------------------------------------------------------- scatter plot
  var W = 760, H = 540, M = { l: 62, r: 18, t: 30, b: 48 };
  var svg = $("scatter"), tip = $("tooltip"), wrap = $("plot-wrap");
  var mode = "freq", selected = null, pos = [];

  // Ordinal rank in [0, 1] by a sort key: like Scattertext's rank scale, but ties are broken
  // (alphabetically across, by a fixed hash of the term up) so that the terms sharing a pair of
  // counts fill their cell instead of piling onto one point. Positions inside a band mean nothing.
  // Pure ranks squeeze the few frequent terms into one corner; blending in log(1 + count) gives
  // them room while the many rare terms keep the bands that ranks give them.
  function blend(r, countOf) {
    var mx = Math.log1p(Math.max.apply(null, terms.map(countOf).concat([1])));
    r.pos = r.pos.map(function (u, i) { return 0.55 * u + 0.45 * Math.log1p(countOf(terms[i])) / mx; });
    return r;
  }
  function rankPositions(keyfn) {
    var idx = terms.map(function (t) { return t.i; });
    idx.sort(function (a, b) {
      var ka = keyfn(terms[a]), kb = keyfn(terms[b]);
      for (var j = 0; j < ka.length; j++) {
        if (ka[j] < kb[j]) return -1;
        if (ka[j] > kb[j]) return 1;
      }
      return 0;
    });
    var out = new Array(terms.length), n = Math.max(terms.length - 1, 1);
    idx.forEach(function (ti, r) { out[ti] = r / n; });
    return { pos: out, order: idx };
  }
  function bandTicks(order, posArr, valueOf, scale, minGap) {
    var ticks = [], last = -1e9, prev = null;
    order.forEach(function (ti) {
      var v = valueOf(terms[ti]);
      if (v !== prev) {
        var px = scale(posArr[ti]);
        if (Math.abs(px - last) >= minGap) { ticks.push({ v: v, px: px }); last = px; }
        prev = v;
      }
    });
    return ticks;
  }

  function layout() {
    var iw = W - M.l - M.r, ih = H - M.t - M.b;
    // a small inset keeps the extreme points (and their labels) off the axes
    var sx = function (u) { return M.l + (0.015 + 0.97 * u) * iw; };
    var sy = function (u) { return M.t + (1 - (0.015 + 0.97 * u)) * ih; };
    if (mode === "freq") {
      var rx = blend(rankPositions(function (t) { return [t.n[0], t.key]; }), function (t) { return t.n[0]; });
      var ry = blend(rankPositions(function (t) { return [t.n[1], t.hash, t.key]; }), function (t) { return t.n[1]; });
      return {
        x: rx.pos.map(sx), y: ry.pos.map(sy),
        xticks: bandTicks(rx.order, rx.pos, function (t) { return t.n[0]; }, sx, 22),
        yticks: bandTicks(ry.order, ry.pos, function (t) { return t.n[1]; }, sy, 16),
        xtitle: "count in " + PA + " (each band is one count; wider bands hold more terms)",
        ytitle: "count in " + PB + " (banded like the x axis)", sx: sx, sy: sy, iw: iw, ih: ih
      };
    }
    var zs = terms.map(function (t) { return t.z || 0; });
    var zmax = Math.max(1, Math.ceil(2 * Math.max.apply(null, zs.map(Math.abs))) / 2);
    var step = zmax <= 3 ? 0.5 : 1;
    var szy = function (z) { return M.t + (1 - (z + zmax) / (2 * zmax)) * ih; };
    var rt = blend(rankPositions(function (t) { return [t.n[0] + t.n[1], t.hash, t.key]; }),
      function (t) { return t.n[0] + t.n[1]; });
    // terms with the same pair of counts share a z: a fixed jitter of up to ±5 px keeps them apart
    var jit = terms.map(function (t) { return ((t.hash % 1009) / 1009 - 0.5) * 10; });
    var yt = [];
    for (var z = -zmax; z <= zmax + 1e-9; z += step) yt.push({ v: fmt(z, step < 1 ? 1 : 0), px: szy(z) });
    return {
      x: rt.pos.map(sx), y: zs.map(function (z, i) { return szy(z) + jit[i]; }),
      xticks: bandTicks(rt.order, rt.pos, function (t) { return t.n[0] + t.n[1]; }, sx, 22),
      yticks: yt, zero: szy(0),
      xtitle: "count in both periods (banded)",
      ytitle: "log-odds z (" + PA + " ← 0 → " + PB + ")", sx: sx, sy: sy, iw: iw, ih: ih
    };
  }

  function drawScatter() {
    // keep <title> and <desc>, redraw the rest
    Array.prototype.slice.call(svg.childNodes).forEach(function (n) {
      if (n.nodeName !== "title" && n.nodeName !== "desc") svg.removeChild(n);
    });
    var L = layout();
    pos = terms.map(function (t) { return { x: L.x[t.i], y: L.y[t.i] }; });
    $("scatter-title").textContent = mode === "freq"
      ? "Terms placed by their count in " + PA + " (across) and " + PB + " (up)"
      : "Terms placed by total count (across) and log-odds z (up)";

    var grid = sv("g", { cls: "grid" });
    L.xticks.forEach(function (tk) {
      grid.appendChild(sv("line", { x1: tk.px, x2: tk.px, y1: M.t, y2: M.t + L.ih, cls: "band" }));
    });
    L.yticks.forEach(function (tk) {
      grid.appendChild(sv("line", { x1: M.l, x2: M.l + L.iw, y1: tk.px, y2: tk.px, cls: "band" }));
    });
    if (L.zero !== undefined) {
      grid.appendChild(sv("line", { x1: M.l, x2: M.l + L.iw, y1: L.zero, y2: L.zero, stroke: "#9aa1ad" }));
    }
    svg.appendChild(grid);

    var axis = sv("g", { cls: "axis" });
    axis.appendChild(sv("line", { x1: M.l, x2: M.l + L.iw, y1: M.t + L.ih, y2: M.t + L.ih }));
    axis.appendChild(sv("line", { x1: M.l, x2: M.l, y1: M.t, y2: M.t + L.ih }));
    L.xticks.forEach(function (tk) {
      axis.appendChild(sv("text", { x: tk.px + 2, y: M.t + L.ih + 14, text: tk.v }));
    });
    L.yticks.forEach(function (tk) {
      axis.appendChild(sv("text", { x: M.l - 6, y: tk.px + 4, "text-anchor": "end", text: tk.v }));
    });
    axis.appendChild(sv("text", { cls: "axis-title", x: M.l, y: H - 10, text: L.xtitle }));
    axis.appendChild(sv("text", {
      cls: "axis-title", "text-anchor": "middle",
      transform: "translate(14," + (M.t + L.ih / 2) + ") rotate(-90)", text: L.ytitle
    }));
    svg.appendChild(axis);

    var corners = sv("g", { cls: "corners" });
    if (mode === "freq") {
      corners.appendChild(sv("text", { cls: "corner", x: M.l, y: M.t - 10, fill: CB, text: "↑ more often in " + PB }));
      corners.appendChild(sv("text", { cls: "corner", x: M.l + L.iw, y: H - 10, "text-anchor": "end", fill: CA, text: "more often in " + PA + " →" }));
    } else {
      corners.appendChild(sv("text", { cls: "corner", x: M.l + 8, y: M.t + 12, fill: CB, text: "↑ characteristic of " + PB }));
      corners.appendChild(sv("text", { cls: "corner", x: M.l + 8, y: M.t + L.ih - 8, fill: CA, text: "↓ characteristic of " + PA }));
    }

    // points: the weakest first so that strong ones are drawn on top
    var pts = sv("g");
    var drawOrder = terms.slice().sort(function (a, b) {
      return Math.abs(a.z || 0) - Math.abs(b.z || 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    });
    drawOrder.forEach(function (t) {
      var c = sv("circle", {
        cls: "pt" + (isSig(t) ? " sig" : ""), cx: pos[t.i].x.toFixed(1), cy: pos[t.i].y.toFixed(1),
        r: 4 + Math.min(Math.sqrt(t.n[0] + t.n[1]), 4), fill: colorOf(t), "data-term": t.term
      });
      c.addEventListener("mouseenter", function (e) { showTip(t, e); });
      c.addEventListener("mousemove", function (e) { moveTip(e); });
      c.addEventListener("mouseleave", hideTip);
      c.addEventListener("click", function () { selectTerm(t, "plot"); });
      pts.appendChild(c);
    });
    svg.appendChild(pts);
    svg.appendChild(corners);
    drawLabels();
    drawSelection();
  }

  // Labels for the most distinctive and most frequent terms, greedily skipping overlaps.
  function drawLabels() {
    var g = sv("g", { id: "labels" });
    var boxes = [];
    var cand = terms.slice().sort(function (a, b) {
      var sa = Math.abs(a.z || 0) + 0.15 * (a.n[0] + a.n[1]);
      var sb = Math.abs(b.z || 0) + 0.15 * (b.n[0] + b.n[1]);
      return sb - sa || (a.key < b.key ? -1 : 1);
    });
    var placed = 0;
    for (var k = 0; k < cand.length && placed < 34; k++) {
      var t = cand[k], p = pos[t.i];
      var w = t.display.length * 6.8 + 4, h = 12;
      var right = p.x + 8 + w < W - M.r;
      var x0 = right ? p.x + 7 : p.x - 7 - w;
      var box = { x0: x0, x1: x0 + w, y0: p.y - 9, y1: p.y - 9 + h };
      if (box.y0 < M.t - 4 || box.y1 > H - M.b + 2) continue;
      var hit = boxes.some(function (b) { return overlaps(box, b); });
      if (hit) continue;
      boxes.push(box);
      box.node = sv("text", {
        cls: "lbl", x: (right ? p.x + 7 : p.x - 7).toFixed(1), y: (p.y + 3).toFixed(1),
        "text-anchor": right ? "start" : "end", text: t.display, "data-term": t.term
      });
      g.appendChild(box.node);
      placed++;
    }
    svg.appendChild(g);
    labelBoxes = boxes;
  }
  var labelBoxes = [];
  function overlaps(a, b) { return !(a.x1 < b.x0 || a.x0 > b.x1 || a.y1 < b.y0 || a.y0 > b.y1); }

  function drawSelection() {
    var old = $("selection");
    if (old) old.parentNode.removeChild(old);
    var p = selected ? pos[selected.i] : null;
    var right = p ? p.x < W - 160 : true;
    var sel = null;
    if (p) {  // the selected label's box: plain labels under it step aside
      var w = selected.display.length * 8.2 + 4;
      var x0 = right ? p.x + 14 : p.x - 14 - w;
      sel = { x0: x0, x1: x0 + w, y0: p.y - 21, y1: p.y - 4 };
    }
    labelBoxes.forEach(function (b) {
      var hide = sel && (b.node.getAttribute("data-term") === selected.term || overlaps(b, sel));
      b.node.style.display = hide ? "none" : "";
    });
    if (!selected) return;
    var g = sv("g", { id: "selection" });
    g.appendChild(sv("circle", { cls: "sel-ring", cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: 11 }));
    g.appendChild(sv("text", {
      cls: "sel-lbl", x: (right ? p.x + 14 : p.x - 14).toFixed(1), y: (p.y - 8).toFixed(1),
      "text-anchor": right ? "start" : "end", text: selected.display
    }));
    svg.appendChild(g);
  }

  function statRows(t) {
    return [
      [PA, t.n[0] + " (" + fmt(t.rate[0], 1) + " " + D.rate_unit_short + ")"],
      [PB, t.n[1] + " (" + fmt(t.rate[1], 1) + " " + D.rate_unit_short + ")"],
      ["log-odds z", fmt(t.z)],
      ["log ratio", fmt(t.lr)],
      ["G²", fmt(t.g2)],
      ["p / adjusted", t.padj === null ? "not tested (seen once)" : fmtP(t.p) + " / " + fmtP(t.padj) + (t.low ? " (rough)" : "")]
    ];
  }
  function showTip(t, e) {
    clear(tip);
    append(tip, el("b", { text: t.display }));
    var tb = el("table");
    statRows(t).forEach(function (r) {
      tb.appendChild(el("tr", null, [el("td", { text: r[0] }), el("td", { cls: "num", text: r[1] })]));
    });
    append(tip, tb);
    tip.hidden = false;
    moveTip(e);
  }
  function moveTip(e) {
    var r = wrap.getBoundingClientRect();
    var x = e.clientX - r.left + 14, y = e.clientY - r.top + 14;
    if (x + tip.offsetWidth > r.width - 4) x = e.clientX - r.left - tip.offsetWidth - 12;
    if (y + tip.offsetHeight > r.height - 4) y = e.clientY - r.top - tip.offsetHeight - 12;
    tip.style.left = Math.max(0, x) + "px";
    tip.style.top = Math.max(0, y) + "px";
  }
  function hideTip() { tip.hidden = true; }

  function legend() {
    var lg = $("legend");
    function sw(color, cls) {
      var s = el("span", { cls: "sw" + (cls ? " " + cls : "") });
      if (color) s.style.background = color;
      return s;
    }
    var zt = function (f) { return fmt(f * ZREF, 1); };
    append(lg, [
      el("span", { text: "log-odds z:" }),
      el("span", null, [sw(CA), zt(-1) + " (" + PA + ")"]),
      el("span", null, [sw(zColor(-ZREF / 2)), zt(-0.5)]),
      el("span", null, [sw(GREY), "0"]),
      el("span", null, [sw(zColor(ZREF / 2)), zt(0.5)]),
      el("span", null, [sw(CB), zt(1) + " (" + PB + ")"]),
      el("span", null, [sw(null, "ring"), "adjusted p < 0.05 (" + terms.filter(isSig).length + " terms)"]),
      el("span", { text: "Dot size: total count. Hover for numbers, click for lines; or focus the plot and use the arrow keys." })
    ]);
  }

  function details(t) {
    var d = $("term-details");
    clear(d);
    if (!t) return;
    if (t.other) {
      append(d, [el("h3", { text: t.display }), el("p", {
        cls: "verdict", text: "Not in " + PA + " or " + PB + ", the two periods the term view compares: " +
          countsText(perGroup(t.occ), "times") + "."
      })]);
      return;
    }
    var tb = el("table");
    statRows(t).forEach(function (r) {
      tb.appendChild(el("tr", null, [el("th", { text: r[0] }), el("td", { text: r[1] })]));
    });
    var verdict;
    if (isSig(t)) verdict = "Characteristic of " + (t.z > 0 ? PB : PA) + " (adjusted p < 0.05)" +
      (t.low ? "; expected counts below 5, so the p-value is rough." : ".");
    else if (t.padj === null) verdict = "Seen once: not tested.";
    else if (t.low) verdict = "Too few occurrences to call a difference (expected counts below 5).";
    else verdict = "No reliable difference between the periods.";
    append(d, [el("h3", { text: t.display }), tb, el("p", { cls: "verdict", text: verdict })]);
  }

  function topTerms() {
    var box = el("div", { cls: "toplist" });
    [[0, -1], [1, 1]].forEach(function (spec) {
      var k = spec[0], sign = spec[1];
      // only tested terms (seen at least twice) that are more frequent in that period
      var list = terms.filter(function (t) {
        return t.padj !== null && t.dir === (k ? "target" : "reference") && (t.z || 0) * sign > 0;
      })
        .sort(function (a, b) { return sign * (b.z - a.z) || (a.key < b.key ? -1 : 1); }).slice(0, 10);
      append(box, el("h3", null, ["Most characteristic of ", el("span", { cls: "p" + gcls(PAIR[k]), text: P[PAIR[k]] })]));
      var ol = el("ol");
      list.forEach(function (t) {
        ol.appendChild(el("li", null, [
          el("button", { type: "button", cls: "linkish", text: t.display, onclick: function () { selectTerm(t, "list"); } }),
          el("span", { cls: "counts", text: t.n[0] + " → " + t.n[1] })
        ]));
      });
      if (!list.length) ol.appendChild(el("li", { text: "none" }));
      append(box, ol);
    });
    append($("top-terms"), box);
  }

  function selectTerm(t, origin) {
    selected = t.other ? null : t;
    drawSelection();
    details(t);
    setActiveSector(null);
    showKwic("“" + t.display + "”", countsText(perGroup(t.occ), "times") +
      (t.display !== t.term ? " (all forms of the stem “" + t.term + "”)" : ""), t.occ);
    setState({ term: origin === "search" ? search.value.trim() : t.display, sector: "" });
    if (origin === "search") {
      $("search-status").textContent = "Found “" + t.display + "”: " + (t.other
        ? "not in " + PA + " or " + PB + " (not plotted); its lines are below."
        : t.n[0] + " → " + t.n[1] + ".");
      addEntityHint(search.value);
    }
  }

  // Keyboard: the plot is one tab stop; arrow keys move the selection to the nearest term in
  // that direction (its lines show at once), Escape clears it.
  svg.setAttribute("tabindex", "0");
  svg.addEventListener("keydown", function (e) {
    var dirs = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (e.key === "Escape") { selected = null; drawSelection(); details(null); return; }
    var d = own(dirs, e.key);
    if (!d) return;
    e.preventDefault();
    if (!selected) {
      selectTerm(terms.slice().sort(function (a, b) { return (b.n[0] + b.n[1]) - (a.n[0] + a.n[1]) || (a.key < b.key ? -1 : 1); })[0], "key");
      return;
    }
    var p0 = pos[selected.i], best = null, bestScore = Infinity;
    terms.forEach(function (t) {
      var dx = pos[t.i].x - p0.x, dy = pos[t.i].y - p0.y;
      var along = dx * d[0] + dy * d[1], across = Math.abs(dx * d[1] - dy * d[0]);
      if (along <= 0.5) return;
      var score = along + 2 * across;
      if (score < bestScore) { bestScore = score; best = t; }
    });
    if (best) selectTerm(best, "key");
  });

  // ---------------------------------------------------------------- search
  var search = $("term-search");
  (function () {
    var dl = $("term-list");
    terms.slice().sort(function (a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : 0; })
      .forEach(function (t) { dl.appendChild(el("option", { value: t.display })); });
  })();
  // the query without punctuation around it ("energy," or "__proto__"): tokens never hold it
  function trimPunct(k) { return k.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); }
  function findTerm(q) {
    var k = fold(q);
    if (!k) return null;
    if (byKey.has(k)) return byKey.get(k);
    k = trimPunct(k);
    if (!k) return null;
    if (byKey.has(k)) return byKey.get(k);
    var all = terms.concat(others);
    var pre = all.filter(function (t) { return t.key.indexOf(k) === 0 || t.tkey.indexOf(k) === 0; });
    var pool = pre.length ? pre : all.filter(function (t) { return t.key.indexOf(k) >= 0; });
    pool.sort(function (a, b) {
      return (b.n[0] + b.n[1]) - (a.n[0] + a.n[1]) || b.occ.length - a.occ.length || (a.key < b.key ? -1 : 1);
    });
    return pool[0] || null;
  }
  // ---------------------------------------------------------------- phrase search on folded keys
  // The query is cut into keys by the rules of framing.lexicons.matching.key_stream (fold, pieces,
  // match_key), and matched against each document's keys, embedded with their offsets by Python.
  var CHARMAP = new Map();
  function mapAll(chars, to) { Array.from(chars).forEach(function (c) { CHARMAP.set(c, to); }); }
  mapAll("\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb\u0060\u00b4\uff07", "'");
  mapAll("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02", "\"");
  mapAll("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-");
  mapAll("\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t", " ");
  mapAll("\u00ad\u200b\u200c\u200d\u2060\ufeff\r", "");
  [["\u0111", "d"], ["\u0110", "d"], ["\u00f8", "o"], ["\u00d8", "o"], ["\u0142", "l"], ["\u0141", "l"],
    ["\u00df", "ss"], ["\u00e6", "ae"], ["\u00c6", "ae"], ["\u0153", "oe"], ["\u0152", "oe"]]
    .forEach(function (kv) { CHARMAP.set(kv[0], kv[1]); });
  function translate(s) {
    var out = "";
    for (var c of s) { var m = CHARMAP.get(c); out += m === undefined ? c : m; }
    return out;
  }
  // framing.normalize.fold: NFC, quotes/dashes/spaces unified, diacritics removed, case folded
  function foldPy(s) {
    s = String(s);
    if (/^[\x00-\x7f]*$/.test(s)) return translate(s).toLowerCase();
    s = translate(s.normalize("NFC")).normalize("NFKD").replace(/\p{Mn}/gu, "");
    return translate(s.toLowerCase());
  }
  var STAR = "\ue000";  // stands for * while the query is cut into pieces
  var MARKS = "\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f\\u00ad\\u200b\\u200c\\u200d\\u2060\\ufeff";
  var WC = "[\\p{L}\\p{N}" + MARKS + "\\ue000]";
  var SPC = "\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var APOS = "['\\u2019\\u02bc]";
  var WORDP = WC + "+(?:[.,]\\p{Nd}+)*(?:" + APOS + "(?![sS](?!" + WC + "))" + WC + "+)*";
  var PIECES = new RegExp("[" + SPC + "]+|(?:[A-Za-z]\\.){2,}|" + APOS + "[sS](?!" + WC + ")|(?<=" + WC +
    ")(?<!['\\u2019][sS])[-\\u2010\\u2011]" + WORDP + "|" + WORDP + "|[^" + SPC + "]", "gu");
  var SPACES = new RegExp("^[" + SPC + "]+$", "u");
  function matchKey(n) {  // framing.lexicons.matching.match_key: possessive and plural endings off
    if (n.indexOf("'") >= 0 && n.length > 2) {
      var m = (n.slice(-2) === "'s" ? n.slice(0, -2) : n).replace(/^'+|'+$/g, "");
      n = m || n;
    }
    var L = n.length;
    if (L > 4 && /ies$/.test(n)) return n.slice(0, -3) + "y";
    if (L > 4 && /(sses|shes|ches|xes|zzes)$/.test(n)) return n.slice(0, -2);
    if (L > 3 && /s$/.test(n) && !/(ss|us|is|as)$/.test(n)) return n.slice(0, -1);
    return n;
  }
  function pieceKey(p) {
    if (SPACES.test(p)) return "";
    if (p.length > 1 && "-\u2010\u2011".indexOf(p[0]) >= 0) p = p.slice(1);
    var f = foldPy(p);
    if (f === "" || f === "'" || f === "'s") return "";
    return f.indexOf(STAR) >= 0 ? f : matchKey(f);
  }
  function queryKeys(q) {
    var out = [];
    (String(q).replace(/\*/g, STAR).match(PIECES) || []).forEach(function (p) {
      var k = pieceKey(p);
      if (k) out.push(k);
    });
    return out;
  }
  var K = D.keys || { vocab: [], docs: [] };
  var docSents = D.docs.map(function () { return []; });  // per document: its sentence indexes
  S.doc.forEach(function (d, j) { docSents[d].push(j); });
  docSents.forEach(function (list) { list.sort(function (a, b) { return S.start[a] - S.start[b]; }); });
  function sentenceAt(d, start) {  // the sentence holding offset `start` (as framing.kwic finds it)
    var list = docSents[d], lo = 0, hi = list.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (S.start[list[mid]] <= start) lo = mid + 1; else hi = mid; }
    return list[Math.max(lo - 1, 0)];
  }
  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function phraseSearch(q) {
    var keys = queryKeys(q);
    if (!keys.some(function (k) { return /[\p{L}\p{N}]/u.test(k); })) return { error: "no words", keys: keys, occ: [] };
    var hit = keys.map(function (k) {  // per query key: which vocabulary entries it matches
      var m = new Uint8Array(K.vocab.length);
      if (k.indexOf(STAR) >= 0) {
        var re = new RegExp("^" + k.split(STAR).map(escapeRe).join(".*") + "$", "u");
        K.vocab.forEach(function (v, i) { if (re.test(v) && /[\p{L}\p{N}]/u.test(v)) m[i] = 1; });
      } else {
        K.vocab.forEach(function (v, i) { if (v === k) m[i] = 1; });
      }
      return m;
    });
    var occ = [], n = keys.length;
    K.docs.forEach(function (dk, d) {
      var ks = dk[0], st = dk[1], en = dk[2];
      for (var i = 0; i + n <= ks.length; i++) {
        var ok = true;
        for (var j = 0; j < n && ok; j++) ok = hit[j][ks[i + j]] === 1;
        if (!ok) continue;
        var start = st[i], end = en[i + n - 1];
        occ.push([sentenceAt(d, start), start, end]);
      }
    });
    occ.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return { keys: keys, occ: occ };
  }
  function showPhrase(q, res) {
    selected = null;
    drawSelection();
    details(null);
    setActiveSector(null);
    var star = q.indexOf("*") >= 0;
    showKwic("“" + q.trim() + "”", countsText(perGroup(res.occ), "times") + " (matched on folded words: case, " +
      "accents, apostrophes and plural endings do not matter" + (star ? "; * stands for any letters" : "") + ")", res.occ);
//#if sample
    $("search-status").textContent = "Found " + plural(res.occ.length, "line", "lines") + " for “" + q.trim() +
      "” in the " + SAMPLE.docs.toLocaleString("en") + " of " + SAMPLE.of.toLocaleString("en") + " reports embedded.";
//#else
    $("search-status").textContent = "Found " + plural(res.occ.length, "line", "lines") + " for “" + q.trim() + "”.";
//#endif
    setState({ term: q.trim(), sector: "" });
  }
  // entities: multi-word names are one token; a search for one way of writing a name offers them all
  var E = D.entities || { name: [], type: [], forms: [], occ: [] };
  var entityByKeys = new Map();
  E.forms.forEach(function (fs, i) {
    fs.forEach(function (f) { var k = f.join("\u0001"); if (!entityByKeys.has(k)) entityByKeys.set(k, i); });
  });
  function entityFor(q) {
    if (q.indexOf("*") >= 0) return -1;
    var k = queryKeys(q).join("\u0001");
    return entityByKeys.has(k) ? entityByKeys.get(k) : -1;
  }
  function entityButton(i) {
    return el("button", {
      type: "button", cls: "linkish entity-btn", "data-entity": E.name[i],
      text: "all " + plural(E.occ[i].length, "line", "lines") + " of the " + (E.type[i] || "entity") + " “" +
        E.name[i] + "”, however written",
      onclick: function () { showEntity(i); }
    });
  }
  function addEntityHint(q) {
    var i = entityFor(q);
    if (i < 0 || E.forms[i].length < 2) return;
    var st = $("search-status");
    append(st, [" See ", entityButton(i), "."]);
  }
  function showEntity(i) {
    selected = null;
    drawSelection();
    details(null);
    setActiveSector(null);
    showKwic("Entity: " + E.name[i], countsText(perGroup(E.occ[i]), "times") + " (written: " +
      E.forms[i].map(function (f) { return f.join(" "); }).join(" · ") + ")", E.occ[i]);
    $("search-status").classList.remove("miss");
    $("search-status").textContent = "Entity “" + E.name[i] + "” (" + (E.type[i] || "name") + "): " +
      plural(E.occ[i].length, "line", "lines") + ".";
    setState({ entity: E.name[i] });
  }
  function runSearch(commit) {
    var st = $("search-status");
    var q = search.value;
    if (!fold(q)) { st.textContent = ""; st.classList.remove("miss"); return; }
    st.classList.remove("miss");
    var star = q.indexOf("*") >= 0;
    var exact = star ? null : (byKey.get(fold(q)) || byKey.get(trimPunct(fold(q))) || null);
    var words = queryKeys(q).filter(function (k) { return /[\p{L}\p{N}]/u.test(k); });
    if (exact && words.length <= 1) { selectTerm(exact, "search"); return; }
    var res = phraseSearch(q);
    if (res.occ.length) {
      if (commit) showPhrase(q, res);
      else st.textContent = plural(res.occ.length, "line", "lines") + " for “" + q.trim() + "”: press Enter to show them.";
      addEntityHint(q);
      return;
    }
    var ei = entityFor(q);
    if (ei >= 0) {  // no line has this form, but the entity is in the corpus written otherwise
      if (commit) showEntity(ei);
      else { st.textContent = "Press Enter for the " + (E.type[ei] || "entity") + " “" + E.name[ei] + "”."; }
      return;
    }
    var t = star ? null : findTerm(q);
    if (!t) {
      st.textContent = "No term matches “" + q + "”" + (res.error
        ? " (no words in it)."
        : " (matched on folded words; * stands for any letters).");
      st.classList.add("miss");
      return;
    }
    if (commit) selectTerm(t, "search");
    else st.textContent = "Press Enter for “" + t.display + "”.";
  }
  search.addEventListener("input", function () { runSearch(false); });
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") { e.preventDefault(); runSearch(true); }
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[name=mode]"), function (r) {
    r.addEventListener("change", function () {
      if (r.checked) { mode = r.value; hideTip(); drawScatter(); }
    });
  });

  // ---------------------------------------------------------------- sectors
  var sectorRows = new Map();  // sector id -> table row
  function setActiveSector(id) {
    sectorRows.forEach(function (row, k) { row.classList.toggle("active", k === id); });
  }
  function voiceRow(counts, label, cls, period) {
    var total = 0;
    var n = function (s) { return own(counts, s) || 0; };
    var names = D.sides.filter(function (s) { return n(s) > 0; });
    names.forEach(function (s) { total += n(s); });
    var stack = el("div", { cls: "stack", "aria-hidden": "true" });
    names.forEach(function (s) {
      var seg = el("span", { title: s + ": " + n(s) });
      seg.style.width = (100 * n(s) / total) + "%";
      seg.style.background = sideColor.get(s);
      stack.appendChild(seg);
    });
    var text = names.length ? names.map(function (s) { return (s || "unattributed") + " " + n(s); }).join(" · ") : "–";
    return el("div", { cls: "vrow", "data-period": period }, [
      el("span", { cls: "per " + cls, text: label }), stack, el("span", { cls: "vtext", text: text })
    ]);
  }
  function voices(sides) {
    var box = el("div", { cls: "voices" });
    if (P.length === 2) {
      sides.forEach(function (counts, k) { box.appendChild(voiceRow(counts, P[k], "p" + gcls(k), P[k])); });
      return box;
    }
    // more periods: all of them together, then (folded) each period that mentions the sector
    var all = new Map();
    sides.forEach(function (counts) {
      Object.keys(counts).forEach(function (s) { all.set(s, (all.get(s) || 0) + counts[s]); });
    });
    var sum = {};
    Array.from(all.keys()).forEach(function (s) { Object.defineProperty(sum, s, { value: all.get(s), enumerable: true }); });
    box.appendChild(voiceRow(sum, "all", "pn", ""));
    var more = el("details", { cls: "vmore" }, el("summary", { text: "by period" }));
    sides.forEach(function (counts, k) {
      if (Object.keys(counts).length) more.appendChild(voiceRow(counts, P[k], "p" + gcls(k), P[k]));
    });
    if (all.size) box.appendChild(more);
    return box;
  }
  function sectorTable() {
    var two = P.length === 2;
    $("sector-hint").textContent = "Mentions of each sector's terms in the lexicon, per period: count and rate " +
      D.rate_unit + " (" + P.map(function (g, k) { return g + ": " + D.words[k] + " words"; }).join(", ") +
      "). “Voiced by” is the side of the speaker of the sentence. Click a sector for its lines. " +
      "* the sector's word is in that period's text but not counted for it (hover for where it went).";
    var tb = $("sector-table");
    tb.classList.toggle("many", !two);
    var maxRate = Math.max.apply(null, [1e-9].concat(D.sectors.map(function (s) {
      return Math.max.apply(null, s.rate.map(function (v) { return v || 0; }));
    })));
    var heads = [el("th", { scope: "col", text: "Sector" })];
    P.forEach(function (g, k) {
      heads.push(el("th", { scope: "col", cls: "num", "data-period": g }, two
        ? [el("span", { cls: "p" + gcls(k), text: g }), " count (rate)"]
        : [el("span", { cls: "p" + gcls(k), text: g })]));
    });
    heads.push(el("th", { scope: "col", text: two ? "Rates compared" : "Rates over the periods" }));
    heads.push(el("th", { scope: "col", text: "Voiced by" }));
    var head = el("thead", null, el("tr", null, heads));
    var body = el("tbody");
    D.sectors.forEach(function (s) {
      var bars;
      if (two) {
        bars = el("div", { cls: "bars", "aria-hidden": "true" });
        [0, 1].forEach(function (k) {
          var b = el("div", { cls: "bar " + gcls(k) });
          b.style.width = (100 * (s.rate[k] || 0) / maxRate) + "%";
          bars.appendChild(b);
        });
      } else {  // one column per period, in order: a sparkline of the rates
        bars = el("div", { cls: "spark", "aria-hidden": "true" });
        s.rate.forEach(function (v, k) {
          var b = el("span", { cls: "sbar " + gcls(k), title: P[k] + ": " + s.count[k] });
          b.style.height = Math.max(s.count[k] ? 6 : 0, 100 * (v || 0) / maxRate) + "%";
          bars.appendChild(b);
        });
      }
      var total = s.count.reduce(function (a, b) { return a + b; }, 0);
      var cells = [el("th", { scope: "row" }, el("button", {
        type: "button", cls: "linkish sector-btn", "data-sector": s.id, text: s.label,
        onclick: function () { selectSector(s); }
      }))];
      s.count.forEach(function (c, k) {
        var hint = !c && s.hints && s.hints[k];  // the sector's word is there, counted elsewhere
        cells.push(el("td", {
          cls: "num" + (c ? "" : " none"), "data-period": P[k],
          title: hint ? hint.map(function (w) { return hintText(w, P[k]); }).join(" ") : null
        }, [String(c), el("span", { cls: "rate", text: (two ? " (" : " ") + fmt(s.rate[k], 1) + (two ? ")" : "") }),
          hint ? el("span", { cls: "hint-mark", "aria-hidden": "true", text: " *" }) : null]));
      });
      cells.push(el("td", null, bars));
      cells.push(el("td", null, voices(s.sides)));
      var tr = el("tr", { cls: total === 0 ? "zero" : null }, cells);
      sectorRows.set(s.id, tr);
      body.appendChild(tr);
    });
    append(tb, [head, body]);
  }
  function selectSector(s) {
    setActiveSector(s.id);
    showKwic("Sector: " + s.label, countsText(s.count, "mentions"), s.occ, s.hints);
    setState({ sector: s.id, term: "" });
  }

  // ---------------------------------------------------------------- KWIC
  var CTX = 70;  // characters of context on each side in the aligned view
  var lastKwic = null;
  function cutLeft(s) {
    if (s.length <= CTX) return s;
    var c = s.slice(s.length - CTX), sp = c.indexOf(" ");
    return "…" + (sp >= 0 && sp < 20 ? c.slice(sp + 1) : c);
  }
  function cutRight(s) {
    if (s.length <= CTX) return s;
    var c = s.slice(0, CTX), sp = c.lastIndexOf(" ");
    return (sp > CTX - 20 ? c.slice(0, sp) : c) + "…";
  }
  function kwicLine(o, full) {
    var si = o[0], start = o[1], end = o[2];
    var doc = D.docs[S.doc[si]], text = doc.text;
    var s0 = Math.min(S.start[si], start), s1 = Math.max(S.end[si], end);
    var left = text.slice(s0, start).replace(/\s+/g, " ");
    var right = text.slice(end, s1).replace(/\s+/g, " ");
    var speaker = o.length > 3 ? o[3] : S.speaker[si];
    var side = o.length > 4 ? o[4] : S.side[si];
    var line = el("div", { cls: "kline", "data-doc": doc.doc_id, "data-period": doc.period });
    line.title = text.slice(S.start[si], S.end[si]);  // the whole sentence, as plain text
    line.appendChild(el("div", { cls: "ktext" }, [
      el("span", { cls: "left" }, el("span", { text: full ? left : cutLeft(left) })),
      el("mark", { cls: "m", text: text.slice(start, end) }),
      el("span", { cls: "right", text: full ? right : cutRight(right) })
    ]));
    line.appendChild(el("div", { cls: "kmeta" }, [
      sideBadge(side),
      el("span", { text: speaker ? "speaker: " + speaker : "no speaker attributed" }),
      el("span", { text: doc.doc_id + " · sentence " + S.sid[si] + " · chars " + start + "–" + end })
    ]));
    return line;
  }
  var docIndex = new Map();  // doc_id -> index into D.docs
  D.docs.forEach(function (d, i) { docIndex.set(d.doc_id, i); });
  function hintText(w, g) {
    var parts = w.inside.map(function (x) {
      return "inside “" + x[0] + "”" + (w.inside.length > 1 || w.uncounted ? " (" + x[3] + ")" : "") +
        ", counted as " + x[2];
    });
    if (w.uncounted) {
      parts.push((parts.length ? w.uncounted + " " : "") + "not counted as a mention (part of a name or " +
        "phrase the lexicon leaves out)");
    }
    return "“" + w.word + "” appears " + plural(w.n, "time", "times") + " in " + g + ", " + parts.join("; ") + ".";
  }
  function showKwic(title, sub, occ, hints) {
    lastKwic = [title, sub, occ, hints];
    var full = $("kwic-full").checked;
    $("kwic").classList.toggle("full", full);
    $("kwic-title").textContent = title;
//#if sample
    $("kwic-sub").textContent = sub + ". " + SAMPLE_LINES + "; framing kwic lists them all. " +
      "Hover a line for its whole sentence.";
//#else
    $("kwic-sub").textContent = sub + ". Hover a line for its whole sentence.";
//#endif
    var cols = $("kwic-cols");
    clear(cols);
    P.forEach(function (g, k) {
      if (groupShown !== "" && g !== groupShown) return;
      var mine = occ.filter(function (o) { return D.docs[S.doc[o[0]]].pk === k; });
      var col = el("div", { cls: "kcol " + gcls(k), "data-period": P[k] });
//#if sample
      col.appendChild(el("h3", null, [
        el("span", { cls: "p" + gcls(k), text: P[k] }),
        " · " + plural(mine.length, "line", "lines") + " in " + SAMPLE.groups[k][0] + " of " +
          plural(SAMPLE.groups[k][1], "report", "reports")
      ]));
//#else
      var places = D.period_docs[k].map(function (d) { return d.place; }).join(", ");
      col.appendChild(el("h3", null, [
        el("span", { cls: "p" + gcls(k), text: P[k] }),
        (places ? " · " + places : "") + " · " + plural(mine.length, "line", "lines")
      ]));
//#endif
      if (!mine.length) col.appendChild(el("p", { cls: "empty", text: "Not found in " + P[k] + "." }));
      var hint = hints && hints[k];
      if (!mine.length && hint) {
        hint.forEach(function (w) {
          col.appendChild(el("p", { cls: "sector-hint", text: hintText(w, P[k]) }));
          w.occ.forEach(function (o) {
            var d = docIndex.get(o[0]);
            var line = kwicLine([sentenceAt(d, o[1]), o[1], o[2]], full);
            line.className = "hline";
            col.appendChild(line);
          });
        });
      }
      mine.forEach(function (o) { col.appendChild(kwicLine(o, full)); });
      cols.appendChild(col);
    });
  }
  $("kwic-full").addEventListener("change", function () {
    if (lastKwic) showKwic(lastKwic[0], lastKwic[1], lastKwic[2], lastKwic[3]);
    else $("kwic").classList.toggle("full", $("kwic-full").checked);
  });

  // ---------------------------------------------------------------- formulae
  function formulaTable() {
    var F = D.formulae || { text: [], total: 0, max: 0 };
    var n = F.text.length;
    $("formula-hint").textContent = (F.total > n
      ? "The " + n + " formulae spread over the most reports (of " + F.total + " recurring formulae; at most " + F.max + " are shown). "
      : plural(n, "recurring formula", "recurring formulae") + " (at most " + F.max + " are shown). ") +
      "Click a formula to see its occurrences.";
    var tab = $("formula-table");
    clear(tab);
    if (!n) { $("formula-hint").textContent = "No recurring formulae in this corpus."; return; }
    tab.appendChild(el("thead", null, el("tr", null, [
      el("th", { text: "Formula" }), el("th", { text: "Status" }), el("th", { text: "Reports" }),
      el("th", { text: "Periods" }), el("th", { text: "First" }), el("th", { text: "Last" })
    ].concat(P.map(function (g, k) { return el("th", { cls: "p" + gcls(k), text: g }); })))));
    var body = el("tbody");
    F.text.forEach(function (t, i) {
      var btn = el("button", { type: "button", cls: "fbtn", text: t });
      btn.addEventListener("click", function () {
        Array.prototype.forEach.call(body.children, function (r) { r.classList.remove("active"); });
        row.classList.add("active");
        showKwic("\u201c" + t + "\u201d", plural(F.n_occurrences[i], "occurrence", "occurrences") +
          " in " + plural(F.n_docs[i], "report", "reports") + " (" + F.status[i] + ")", F.occ[i]);
      });
      var row = el("tr", { "data-formula": String(i) }, [
        el("th", { scope: "row" }, btn), el("td", { text: F.status[i] }),
        el("td", { cls: "num", text: String(F.n_docs[i]) }), el("td", { cls: "num", text: String(F.n_groups[i]) }),
        el("td", { text: F.first[i] }), el("td", { text: F.last[i] })
      ].concat(F.count[i].map(function (c) { return el("td", { cls: "num", text: String(c) }); })));
      body.appendChild(row);
    });
    tab.appendChild(body);
  }

  // ---------------------------------------------------------------- statements
  var WORD = /[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*/gu;
//#if sample
  function markedText(text, words) {
    // the sentence's text (given with the alignment: its report may not be embedded), its words
    // found in `words` (a space-separated list) wrapped in <mark>
    var span = el("span");
    if (text === null || text === undefined) { span.appendChild(el("span", { cls: "none", text: "(no sentence)" })); return span; }
//#else
  function markedText(si, words) {
    // the sentence si, its words found in `words` (a space-separated list) wrapped in <mark>
    var span = el("span");
    if (si === null || si === undefined) { span.appendChild(el("span", { cls: "none", text: "(no sentence)" })); return span; }
    var text = D.docs[S.doc[si]].text.slice(S.start[si], S.end[si]);
//#endif
    var want = new Map();
    String(words || "").split(/\s+/).forEach(function (w) { if (w && w !== "\u2026") want.set(fold(w), true); });
    var last = 0, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (!want.has(fold(m[0]))) continue;
      if (m.index > last) span.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mk = document.createElement("mark");
      mk.textContent = m[0];
      span.appendChild(mk);
      last = m.index + m[0].length;
    }
    if (last < text.length) span.appendChild(document.createTextNode(text.slice(last)));
    return span;
  }
  function statementList() {
    var A = D.alignment || { label: [], groups: [PA, PB] };
    var ga = A.groups[0], gb = A.groups[1];
    $("statement-hint").textContent = "Each sentence of " + gb + " beside its closest sentence of " + ga +
      " (framing.alignment): words only in " + ga + " and words only in " + gb + " are marked.";
//#if sample
    $("statement-hint").textContent += " The statements of the " + SAMPLE.docs.toLocaleString("en") + " of " +
      SAMPLE.of.toLocaleString("en") + " reports embedded (sampled by group, seed " + SAMPLE.seed + "): " +
      plural(A.label.length, "statement", "statements") + "; the table statement-alignment.csv has them all.";
//#endif
    var list = $("statement-list");
    clear(list);
    A.label.forEach(function (lab, i) {
      var sim = A.similarity[i];
      var box = el("div", { cls: "stmt", "data-label": lab }, [
        el("div", { cls: "shead" }, [
          el("span", { cls: "slabel", text: lab }),
          el("span", { text: (sim === null ? "" : "similarity " + fmt(sim, 2)) +
            (A.changed[i] === null ? "" : " · words changed " + Math.round(100 * A.changed[i]) + "%") +
            (A.paired[i] || lab === "dropped" ? "" : " · closest, not paired") })
        ]),
//#if sample
        el("div", { cls: "sref" }, [el("span", { cls: "pa", text: ga + ": " }), markedText(A.reference_text[i], A.removed[i])]),
        el("div", { cls: "stgt" }, [el("span", { cls: "pb", text: gb + ": " }), markedText(A.target_text[i], A.added[i])])
//#else
        el("div", { cls: "sref" }, [el("span", { cls: "pa", text: ga + ": " }), markedText(A.reference[i], A.removed[i])]),
        el("div", { cls: "stgt" }, [el("span", { cls: "pb", text: gb + ": " }), markedText(A.target[i], A.added[i])])
//#endif
      ]);
      list.appendChild(box);
    });
    if (!A.label.length) list.appendChild(el("p", { cls: "empty", text: "No statements to align." }));
  }

  // ---------------------------------------------------------------- group shown
  var groupShown = "";  // "" = every group
  (function () {
    var sel = $("group-select");
    sel.appendChild(el("option", { value: "", text: "every group (" + P.length + ")" }));
    P.forEach(function (g) { sel.appendChild(el("option", { value: g, text: g })); });
    sel.addEventListener("change", function () { setGroup(sel.value); });
  })();
  function setGroup(g) {
    groupShown = P.indexOf(g) >= 0 ? g : "";
    $("group-select").value = groupShown;
    if (lastKwic) showKwic(lastKwic[0], lastKwic[1], lastKwic[2], lastKwic[3]);
    setState({ group: groupShown });
  }

  // ---------------------------------------------------------------- sector chart (SVG)
  function sectorChart() {
    var svgc = $("sector-chart");
    Array.prototype.slice.call(svgc.childNodes).forEach(function (n) {
      if (n.nodeName !== "title") svgc.removeChild(n);
    });
    var longest = Math.max.apply(null, [8].concat(D.sectors.map(function (s) { return s.label.length; })));
    var bh = P.length > 4 ? 5 : 9, gap = 10, left = Math.min(300, 16 + 6.6 * longest), right = 70, top = 34, width = 760;
    var maxRate = Math.max.apply(null, [1e-9].concat(D.sectors.map(function (s) {
      return Math.max.apply(null, s.rate.map(function (v) { return v || 0; }));
    })));
    var rowH = P.length * bh + gap, height = top + D.sectors.length * rowH + 12;
    svgc.setAttribute("viewBox", "0 0 " + width + " " + height);
    svgc.appendChild(sv("rect", { x: 0, y: 0, width: width, height: height, fill: "#ffffff" }));
    svgc.appendChild(sv("text", { x: 10, y: 16, "font-weight": "600", text: "Sector mentions " + D.rate_unit + ", per group (count at the bar)" }));
    var lx = left;
    P.forEach(function (g, k) {
      var c = k === PAIR[0] ? CA : k === PAIR[1] ? CB : mix("#8a93a3", "#3b4250", k / Math.max(P.length - 1, 1));
      svgc.appendChild(sv("rect", { x: lx, y: 22, width: 10, height: 8, fill: c }));
      svgc.appendChild(sv("text", { x: lx + 13, y: 30, cls: "muted", text: g }));
      lx += 20 + g.length * 6.5;
    });
    D.sectors.forEach(function (s, i) {
      var y0 = top + i * rowH;
      svgc.appendChild(sv("text", { x: left - 8, y: y0 + (P.length * bh) / 2 + 4, "text-anchor": "end", text: s.label }));
      s.rate.forEach(function (v, k) {
        var c = k === PAIR[0] ? CA : k === PAIR[1] ? CB : mix("#8a93a3", "#3b4250", k / Math.max(P.length - 1, 1));
        var w = (width - left - right) * (v || 0) / maxRate;
        svgc.appendChild(sv("rect", { x: left, y: y0 + k * bh, width: w.toFixed(1), height: bh - 1, fill: c }));
        svgc.appendChild(sv("text", { x: (left + w + 4).toFixed(1), y: y0 + k * bh + bh - 1, cls: "muted",
          "font-size": Math.min(bh + 2, 10), text: String(s.count[k]) }));
      });
    });
  }

  // ---------------------------------------------------------------- report view
  var MN = D.mentions || { doc: [], start: [], end: [], sector: [], rule: [], sent: [], speaker: [], side: [], context: [] };
  var reportShown = null;
  (function () {
    var sel = $("doc-select");
    P.forEach(function (g, k) {
      var og = el("optgroup", { label: g });
      D.docs.forEach(function (d, i) {
        if (d.pk === k) og.appendChild(el("option", { value: String(i), text: d.doc_id + " · " + d.title }));
      });
      sel.appendChild(og);
    });
    sel.addEventListener("change", function () { showReport(Number(sel.value)); });
  })();
  function tint(hex) { return hex + "55"; }  // #RRGGBB with alpha, for the background of a mark
  function showMention(mi, mark) {
    Array.prototype.forEach.call(document.querySelectorAll("#report-text mark.rm.active"), function (m) {
      m.classList.remove("active");
    });
    if (mark) mark.classList.add("active");
    var s = D.sectors[MN.sector[mi]], d = D.docs[MN.doc[mi]];
    var box = $("report-detail");
    clear(box);
    var sw = el("span", { cls: "sw" });
    var tb = el("table");
    [["sector", s.label + " (" + s.id + ")"], ["rule", MN.rule[mi] || "–"],
      ["offsets", "chars " + MN.start[mi] + "–" + MN.end[mi]], ["text", d.text.slice(MN.start[mi], MN.end[mi])],
      ["speaker", MN.speaker[mi] || "none attributed"], ["side", sideLabel.get(MN.side[mi]) || MN.side[mi] || "–"],
      ["context", MN.context[mi] || "–"]].forEach(function (r) {
      tb.appendChild(el("tr", null, [el("th", { text: r[0] }), el("td", { text: r[1] })]));
    });
    sw.style.background = s.colour;
    append(box, [el("h3", { cls: "report-legend" }, [sw, s.label]), tb]);
  }
  function showReport(i) {
    if (!(i >= 0 && i < D.docs.length)) i = 0;
    reportShown = i;
    $("doc-select").value = String(i);
    var d = D.docs[i], text = d.text, box = $("report-text"), leg = $("report-legend");
    clear(box);
    clear(leg);
    clear($("report-detail"));
    var mine = [];
    MN.doc.forEach(function (dd, mi) { if (dd === i) mine.push(mi); });
    mine.sort(function (a, b) { return MN.start[a] - MN.start[b] || MN.end[b] - MN.end[a]; });
    var mp = 0, cursor = 0;
    function place(container, a, b) {  // text [a, b) with the mentions that start in it
      var at = a;
      while (mp < mine.length && MN.start[mine[mp]] < b) {
        var mi = mine[mp++];
        var ms = Math.max(MN.start[mi], at), me = MN.end[mi];
        if (ms > at) container.appendChild(document.createTextNode(text.slice(at, ms)));
        var s = D.sectors[MN.sector[mi]];
        var mk = el("mark", {
          cls: "rm", tabindex: "0", role: "button", "data-sector": s.id, "data-start": MN.start[mi],
          "data-end": me, title: s.label + " · " + (MN.rule[mi] || "") + " · chars " + MN.start[mi] + "–" + me,
          text: text.slice(ms, Math.max(me, ms))
        });
        mk.style.background = tint(s.colour);
        mk.style.borderBottomColor = s.colour;
        (function (mi, mk) {
          mk.addEventListener("click", function () { showMention(mi, mk); });
          mk.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); showMention(mi, mk); } });
        })(mi, mk);
        container.appendChild(mk);
        at = Math.max(at, me);
      }
      if (b > at) container.appendChild(document.createTextNode(text.slice(at, b)));
      return Math.max(at, b);
    }
    var lastSpeaker = null, sidesSeen = new Map();
    docSents[i].forEach(function (j) {
      if (S.start[j] > cursor) cursor = place(box, cursor, S.start[j]);
      var side = S.side[j], colour = sideColor.get(side) || "#7b818c";
      sidesSeen.set(side, (sidesSeen.get(side) || 0) + 1);
      if (S.speaker[j] !== lastSpeaker) {
        var lab = el("span", { cls: "rspk", "data-side": side, text: S.speaker[j] || "no speaker" });
        lab.style.background = colour;
        box.appendChild(lab);
        lastSpeaker = S.speaker[j];
      }
      var span = el("span", { cls: "rsent", "data-side": side, "data-sentence": S.sid[j],
        title: "sentence " + S.sid[j] + " · " + (S.speaker[j] || "no speaker") + " · " + (sideLabel.get(side) || side) });
      span.style.borderBottomColor = colour;
      cursor = place(span, Math.max(cursor, S.start[j]), S.end[j]);
      box.appendChild(span);
    });
    place(box, cursor, text.length);
    // legend: the sectors marked here, then the sides of the sentences
    var bySector = new Map();
    mine.forEach(function (mi) { bySector.set(MN.sector[mi], (bySector.get(MN.sector[mi]) || 0) + 1); });
    append(leg, el("span", { text: "Sectors:" }));
    Array.from(bySector.keys()).sort(function (a, b) { return a - b; }).forEach(function (k) {
      var s = D.sectors[k], sw = el("span", { cls: "sw" });
      sw.style.background = s.colour;
      append(leg, el("span", { "data-sector": s.id }, [sw, s.label + " " + bySector.get(k)]));
    });
    append(leg, el("span", { text: "· Sentences underlined by side:" }));
    Array.from(sidesSeen.keys()).forEach(function (side) {
      var ul = el("span", { cls: "ul" });
      ul.style.borderBottomColor = sideColor.get(side) || "#7b818c";
      append(leg, el("span", { "data-side": side }, [ul, (sideLabel.get(side) || side || "unattributed") + " " + sidesSeen.get(side)]));
    });
    $("report-hint").textContent = d.doc_id + " (" + d.period + (d.date ? ", " + d.date : "") + "): " +
      plural(mine.length, "sector mention", "sector mentions") + " marked in the colour of their sector, " +
      plural(docSents[i].length, "sentence", "sentences") + " underlined in the colour of the side of their " +
      "speaker (the label names the speaker where it changes). Click a mention for its sector, rule and offsets.";
//#if sample
    $("report-hint").textContent += " The list holds the " + SAMPLE.docs.toLocaleString("en") + " of " +
      SAMPLE.of.toLocaleString("en") + " reports embedded (sampled by group, seed " + SAMPLE.seed + ").";
//#endif
    setState({ doc: d.doc_id });
  }

  // ---------------------------------------------------------------- downloads (made in the page)
  function csvCell(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
    if (typeof v === "boolean") return v ? "True" : "False";
    var s = String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // as framing.io.neutralise_cells: no formula in a spreadsheet
    if (/[",\r\n]/.test(s)) s = "\"" + s.replace(/"/g, "\"\"") + "\"";
    return s;
  }
  function toCsv(header, rows) {
    return [header].concat(rows).map(function (r) { return r.map(csvCell).join(","); }).join("\n") + "\n";
  }
  function download(name, type, body) {
    var url = URL.createObjectURL(new Blob([body], { type: type }));
    var a = el("a", { href: url, download: name });
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  }
  function safeName(s) { return String(s).replace(/[^A-Za-z0-9._-]+/g, "_"); }
  function currentTable() {
    var tab = TAB_NAMES[currentTab];
    if (tab === "terms") {
      return ["terms-" + safeName(PA) + "-" + safeName(PB), ["term", "display", "count_" + PA, "count_" + PB,
        "rate_" + PA, "rate_" + PB, "g2", "p_value", "p_adjusted", "log_ratio", "log_odds_z", "direction"],
      terms.map(function (t) {
        return [t.term, t.display, t.n[0], t.n[1], t.rate[0], t.rate[1], t.g2, t.p, t.padj, t.lr, t.z, t.dir];
      })];
    }
    if (tab === "sectors") {
      var head = ["sector", "label"];
      P.forEach(function (g) { head.push("count_" + g, "rate_" + g); });
      return ["sectors", head, D.sectors.map(function (s) {
        var r = [s.id, s.label];
        P.forEach(function (g, k) { r.push(s.count[k], s.rate[k]); });
        return r;
      })];
    }
    if (tab === "formulae") {
      var F = D.formulae || { text: [] };
      return ["formulae", ["formula", "status", "n_docs", "n_groups", "first", "last"].concat(P),
        F.text.map(function (t, i) {
          return [t, F.status[i], F.n_docs[i], F.n_groups[i], F.first[i], F.last[i]].concat(F.count[i]);
        })];
    }
    if (tab === "statements") {
      var A = D.alignment || { label: [] };
//#if sample
      var sent = function (doc, sid, text) {  // a partner's report may not be embedded: given with the row
        return text === null || text === undefined ? ["", "", ""] : [doc, sid, text];
      };
      return ["statements", ["label", "similarity", "changed", "reference_doc_id", "reference_sentence_id",
        "reference", "target_doc_id", "target_sentence_id", "target", "removed", "added"],
      A.label.map(function (lab, i) {
        return [lab, A.similarity[i], A.changed[i]].concat(
          sent(A.reference_doc_id[i], A.reference_sentence_id[i], A.reference_text[i]),
          sent(A.target_doc_id[i], A.target_sentence_id[i], A.target_text[i]), [A.removed[i], A.added[i]]);
      })];
//#else
      var sent = function (j) {
        return j === null || j === undefined ? ["", "", ""]
          : [D.docs[S.doc[j]].doc_id, S.sid[j], D.docs[S.doc[j]].text.slice(S.start[j], S.end[j])];
      };
      return ["statements", ["label", "similarity", "changed", "reference_doc_id", "reference_sentence_id",
        "reference", "target_doc_id", "target_sentence_id", "target", "removed", "added"],
      A.label.map(function (lab, i) {
        return [lab, A.similarity[i], A.changed[i]].concat(sent(A.reference[i]), sent(A.target[i]),
          [A.removed[i], A.added[i]]);
      })];
//#endif
    }
    var i = reportShown === null ? 0 : reportShown, d = D.docs[i];
    var rows = [];
    MN.doc.forEach(function (dd, mi) {
      if (dd !== i) return;
      var s = D.sectors[MN.sector[mi]];
      rows.push([d.doc_id, d.period, s.id, s.label, MN.start[mi], MN.end[mi], d.text.slice(MN.start[mi], MN.end[mi]),
        MN.rule[mi], MN.speaker[mi], MN.side[mi], MN.context[mi]]);
    });
    return ["mentions-" + safeName(d.doc_id), ["doc_id", "group", "sector", "label", "start", "end", "text",
      "rule", "speaker", "side", "context"], rows];
  }
  function kwicTable() {
    var rows = [];
    var occ = lastKwic ? lastKwic[2] : [];
    occ.forEach(function (o) {
      var si = o[0], doc = D.docs[S.doc[si]], text = doc.text;
      if (groupShown !== "" && doc.period !== groupShown) return;
      var s0 = Math.min(S.start[si], o[1]), s1 = Math.max(S.end[si], o[2]);
      rows.push([doc.doc_id, doc.period, S.sid[si], o[1], o[2], text.slice(s0, o[1]).replace(/\s+/g, " ").trim(),
        text.slice(o[1], o[2]), text.slice(o[2], s1).replace(/\s+/g, " ").trim(),
        o.length > 3 ? o[3] : S.speaker[si], o.length > 4 ? o[4] : S.side[si]]);
    });
    return [["doc_id", "group", "sentence_id", "start", "end", "left", "match", "right", "speaker", "side"], rows];
  }
  var SVG_PROPS = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-linejoin",
    "stroke-dasharray", "paint-order", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
    "opacity", "display"];
  function svgText(node) {
    var clone = node.cloneNode(true);
    var orig = [node].concat(Array.prototype.slice.call(node.querySelectorAll("*")));
    var dst = [clone].concat(Array.prototype.slice.call(clone.querySelectorAll("*")));
    var computed = new Map();
    orig.forEach(function (n, i) {
      // a property is written where it differs from the parent's (what the file would inherit)
      var cs = getComputedStyle(n), up = i ? computed.get(n.parentNode) : null, out = [];
      computed.set(n, cs);
      SVG_PROPS.forEach(function (p) {
        var v = cs.getPropertyValue(p);
        if (v && (!up || up.getPropertyValue(p) !== v)) out.push(p + ":" + v);
      });
      if (out.length) dst[i].setAttribute("style", out.join(";"));
      else dst[i].removeAttribute("style");
      dst[i].removeAttribute("class");
      dst[i].removeAttribute("tabindex");
    });
    var vb = (node.getAttribute("viewBox") || "0 0 760 540").split(/\s+/);
    clone.setAttribute("width", vb[2]);
    clone.setAttribute("height", vb[3]);
    if (!clone.querySelector("rect")) {  // a white ground, so the chart reads on any viewer
      var bg = document.createElementNS(SVGNS, "rect");
      setAttrs(bg, { x: 0, y: 0, width: vb[2], height: vb[3], fill: "#ffffff" });
      clone.insertBefore(bg, clone.firstChild);
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + new XMLSerializer().serializeToString(clone) + "\n";
  }
  function chartOf(tab) { return tab === "terms" ? $("scatter") : tab === "sectors" ? $("sector-chart") : null; }
  $("dl-csv").addEventListener("click", function () {
    var t = currentTable();
    download("framing-" + t[0] + ".csv", "text/csv;charset=utf-8", toCsv(t[1], t[2]));
  });
  $("dl-svg").addEventListener("click", function () {
    var tab = TAB_NAMES[currentTab], node = chartOf(tab);
    if (node) download("framing-" + tab + ".svg", "image/svg+xml", svgText(node));
  });
  $("dl-kwic").addEventListener("click", function () {
    var t = kwicTable();
    download("framing-lines.csv", "text/csv;charset=utf-8", toCsv(t[0], t[1]));
  });

  // ---------------------------------------------------------------- the view in the URL fragment
  var STATE_KEYS = ["tab", "group", "term", "sector", "entity", "doc"];
  var state = new Map();
  var applying = false;
  function setState(change) {
    // the concordance shows one thing: a term, a sector or an entity
    if (change.term || change.sector || change.entity) {
      ["term", "sector", "entity"].forEach(function (k) { state.set(k, ""); });
    }
    Object.keys(change).forEach(function (k) { state.set(k, change[k] || ""); });
    if (applying) return;
    var parts = [];
    STATE_KEYS.forEach(function (k) {
      var v = state.get(k);
      if (v && !(k === "tab" && v === "terms")) parts.push(k + "=" + encodeURIComponent(v));
    });
    var h = parts.length ? "#" + parts.join("&") : "";
    if ((location.hash || "") !== h) history.replaceState(null, "", h || location.pathname + location.search);
  }
  function readHash() {
    var out = new Map();
    String(location.hash || "").replace(/^#/, "").split("&").forEach(function (part) {
      var i = part.indexOf("=");
      if (i <= 0) return;
      try { out.set(part.slice(0, i), decodeURIComponent(part.slice(i + 1).replace(/\+/g, " "))); } catch (e) { /* bad escape */ }
    });
    return out;
  }
  function applyHash() {
    var h = readHash();
    applying = true;
    try {
      setGroup(h.get("group") || "");
      var di = docIndex.has(h.get("doc") || "") ? docIndex.get(h.get("doc")) : null;
      if (di !== null) showReport(di);
      var term = h.get("term") || "", sid = h.get("sector") || "", ei = E.name.indexOf(h.get("entity") || "");
      var sec = D.sectors.filter(function (s) { return s.id === sid; })[0];
      if (term) { search.value = term; runSearch(true); }
      else if (sec) selectSector(sec);
      else if (ei >= 0) showEntity(ei);
      var k = TAB_NAMES.indexOf(h.get("tab") || "terms");
      selectTab(k >= 0 ? k : 0, false);
    } finally {
      applying = false;
    }
    setState({});
  }
  window.addEventListener("hashchange", function () { if (!applying) applyHash(); });

  // for tests and for anyone checking the folding against Python's
  window.framingExplorer = {
    fold: foldPy, queryKeys: queryKeys,
    search: function (q) { return phraseSearch(q).occ.map(function (o) { return [D.docs[S.doc[o[0]]].doc_id, o[1], o[2]]; }); },
    csv: toCsv
  };

  // ---------------------------------------------------------------- start
  formulaTable();
  statementList();
  legend();
  topTerms();
  drawScatter();
  sectorTable();
  sectorChart();
  applyHash();
  document.documentElement.setAttribute("data-ready", "1");
})();
