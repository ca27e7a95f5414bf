// relgraph report: an exploration tool over the inline SVG and the tables.
// - hover and focus (ego network) on the drawing; the tables follow the focus;
// - zoom around the pointer (wheel, pinch, buttons), pan by drag, zoom to the focused node;
//   node labels keep a constant on-screen size and are shown most central first where they fit;
// - filters (time window over a histogram of events per month, interaction type, polarity, minimum
//   weight, country, layer, known vs not-in-KB) apply to the drawing, the tables and the counts;
// - per-relation months in the relations table; two time windows compared in the Changes section;
// - colour by country (Graphviz) or by community; the view is kept in the URL fragment (#v:…).
// Data comes from the JSON block #relgraph-data; every text reaches the page through
// textContent (never innerHTML), so article text cannot become markup.
(function () {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';
  var LABEL_PX = 12;          // on-screen size of node labels
  var data = JSON.parse(document.getElementById('relgraph-data').textContent);
  var nodes = new Map();
  data.nodes.forEach(function (n) { nodes.set(n.id, n); });
  var neighbours = new Map();   // drawn (non-affiliation) neighbours, for the ego network
  function link(a, b) {
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    neighbours.get(a).add(b);
  }
  data.edges.forEach(function (e) {
    if (e.kind === 'affiliation') return;
    link(e.source, e.target); link(e.target, e.source);
  });
  (data.changes || []).forEach(function (c) { link(c.source, c.target); link(c.target, c.source); });

  // Element ids of the SVG drawings -> what they stand for.
  var svgTargets = new Map();
  data.nodes.forEach(function (n) { (n.svg || []).forEach(function (s) { svgTargets.set(s, { node: n.id }); }); });
  data.edges.forEach(function (e, i) { if (e.svg) svgTargets.set(e.svg, { edge: i }); });
  (data.changes || []).forEach(function (c, i) { if (c.svg) svgTargets.set(c.svg, { change: i }); });

  var details = document.getElementById('details');
  var selectionLabel = document.getElementById('selection');
  var clearButton = document.getElementById('clear-selection');
  var selected = null;

  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return e;
  }
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function nodeName(id) { var n = nodes.get(id); return n ? n.name : id; }
  function names(n) {
    return el('div', { class: 'names' }, el('strong', null, n.name), el('strong', { dir: 'rtl', lang: 'ar' }, n.label));
  }
  function fill() {
    if (!details) return;
    while (details.firstChild) details.removeChild(details.firstChild);
    for (var i = 0; i < arguments.length; i++) if (arguments[i]) details.appendChild(arguments[i]);
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // ---- Timeline: events by relation, day and kind (ReportTimeline) ----------------------------
  var tl = data.timeline || { relations: [], days: [], kinds: [], events: [], omittedEvents: 0 };
  var months = [];              // 'YYYY-MM', every month from the first event's to the last's
  var dayMonth = [];            // day index -> month index
  (function () {
    if (!tl.days.length) return;
    var first = tl.days[0], last = tl.days[tl.days.length - 1];
    var y = +first.slice(0, 4), m = +first.slice(5, 7);
    var end = last.slice(0, 7);
    for (var guard = 0; guard < 2400; guard++) {
      var key = y + '-' + (m < 10 ? '0' : '') + m;
      months.push(key);
      if (key >= end) break;
      m++; if (m > 12) { m = 1; y++; }
    }
    var index = new Map(months.map(function (k, i) { return [k, i]; }));
    dayMonth = tl.days.map(function (d) { return index.get(d.slice(0, 7)); });
  })();
  var types = Array.from(new Set(tl.kinds.map(function (k) { return k.type; }))).sort();
  var polarities = Array.from(new Set(tl.kinds.map(function (k) { return k.polarity; }))).sort();
  var relationOf = new Map();   // pair key -> relation index
  tl.relations.forEach(function (r, i) { relationOf.set(pairKey(r[0], r[1]), i); });
  function pairKey(a, b) { return a < b ? a + '|' + b : b + '|' + a; }
  var hasTimeline = new Set(tl.events.map(function (ev) { return ev[0]; }));

  // ---- View state, kept in the URL fragment -----------------------------------------------------
  var defaults = { from: 0, to: Math.max(0, months.length - 1), types: null, pol: null, minw: 0, country: '',
                   layer: 'all', known: 'all', color: 'country', focus: null, a: null, b: null };
  var state = Object.assign({}, defaults);
  function edgeFiltersActive() {
    return state.from > 0 || state.to < months.length - 1 || state.types !== null || state.pol !== null || state.minw > 0 || state.country !== '';
  }
  function timeFiltersActive() { return state.from > 0 || state.to < months.length - 1 || state.types !== null || state.pol !== null; }
  function encodeState() {
    var parts = [];
    function put(k, v) { parts.push(k + '=' + encodeURIComponent(v)); }
    if (state.from > 0) put('from', months[state.from]);
    if (state.to < months.length - 1) put('to', months[state.to]);
    if (state.types) put('types', state.types.join(','));
    if (state.pol) put('pol', state.pol.join(','));
    if (state.minw > 0) put('minw', String(state.minw));
    if (state.country) put('country', state.country);
    if (state.layer !== 'all') put('layer', state.layer);
    if (state.known !== 'all') put('known', state.known);
    if (state.color !== 'country') put('color', state.color);
    if (state.focus) put('focus', state.focus);
    if (state.a) put('a', months[state.a[0]] + '..' + months[state.a[1]]);
    if (state.b) put('b', months[state.b[0]] + '..' + months[state.b[1]]);
    return parts.length ? '#v:' + parts.join('&') : '';
  }
  function decodeState(hash) {
    var s = Object.assign({}, defaults);
    if (hash.indexOf('#v:') !== 0) return null;
    hash.slice(3).split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq < 0) return;
      var k = part.slice(0, eq), v;
      try { v = decodeURIComponent(part.slice(eq + 1)); } catch (err) { return; }
      var month = months.indexOf(v);
      if (k === 'from' && month >= 0) s.from = month;
      else if (k === 'to' && month >= 0) s.to = month;
      else if (k === 'types') s.types = v.split(',').filter(function (t) { return types.indexOf(t) >= 0; });
      else if (k === 'pol') s.pol = v.split(',').filter(function (t) { return polarities.indexOf(t) >= 0; });
      else if (k === 'minw' && isFinite(parseFloat(v))) s.minw = Math.max(0, parseFloat(v));
      else if (k === 'country') s.country = v;
      else if (k === 'layer' && ['people', 'countries'].indexOf(v) >= 0) s.layer = v;
      else if (k === 'known' && ['known', 'unknown'].indexOf(v) >= 0) s.known = v;
      else if (k === 'color' && v === 'community') s.color = v;
      else if (k === 'focus' && nodes.has(v)) s.focus = v;
      else if ((k === 'a' || k === 'b') && v.indexOf('..') > 0) {
        var ends = v.split('..').map(function (m) { return months.indexOf(m); });
        if (ends[0] >= 0 && ends[1] >= ends[0]) s[k] = ends;
      }
    });
    if (s.from > s.to) { var t = s.from; s.from = s.to; s.to = t; }
    return s;
  }
  function saveState() {
    var hash = encodeState();
    if (hash === location.hash || (!hash && !location.hash)) return;
    try { history.replaceState(null, '', hash || location.pathname + location.search); }
    catch (err) { location.replace(hash || '#'); }
  }

  // ---- Filtering --------------------------------------------------------------------------------
  var kindOk = [];
  var relWeight = new Float64Array(tl.relations.length);   // weight in view (time window, types, polarities)
  var relCount = new Int32Array(tl.relations.length);
  function nodeOk(id) {
    var n = nodes.get(id);
    if (!n) return true;
    if (state.layer === 'people' && n.kind === 'country') return false;
    if (state.layer === 'countries' && n.kind !== 'country') return false;
    if (state.known === 'known' && n.known === false) return false;
    if (state.known === 'unknown' && n.known !== false) return false;
    return true;
  }
  function countryOk(a, b) {
    if (!state.country) return true;
    var x = nodes.get(a), y = nodes.get(b);
    return (x && x.countryId === state.country) || (y && y.countryId === state.country);
  }
  function computeRelations() {
    kindOk = tl.kinds.map(function (k) {
      return (!state.types || state.types.indexOf(k.type) >= 0) && (!state.pol || state.pol.indexOf(k.polarity) >= 0);
    });
    relWeight.fill(0); relCount.fill(0);
    tl.events.forEach(function (ev) {
      var m = dayMonth[ev[1]];
      if (m < state.from || m > state.to || !kindOk[ev[2]]) return;
      relWeight[ev[0]] += ev[4]; relCount[ev[0]] += ev[3];
    });
  }
  // An interaction relation in view: its endpoints pass, it touches the country, and its weight in
  // the window (of the chosen types and polarities) reaches the minimum. Relations whose events
  // were left out of the page (omittedEvents) keep their full weight when no time filter is set.
  function relationShown(r, a, b, fullWeight) {
    if (!nodeOk(a) || !nodeOk(b) || !countryOk(a, b)) return false;
    var w = hasTimeline.has(r) ? relWeight[r] : (timeFiltersActive() ? 0 : fullWeight);
    return w > 0 && w >= state.minw;
  }
  var shownNodes = new Set(), shownEdges = new Set();
  function computeDrawn() {
    shownNodes = new Set(); shownEdges = new Set();
    var edgeFilters = edgeFiltersActive();
    data.edges.forEach(function (e, i) {
      if (e.kind === 'affiliation') return;
      var ok;
      if (e.kind === 'interaction' && e.relation !== undefined) ok = relationShown(e.relation, e.source, e.target, e.weight);
      // Co-mentions carry no dates or types: shown only over the whole period and all types.
      else ok = !timeFiltersActive() && nodeOk(e.source) && nodeOk(e.target) && countryOk(e.source, e.target) && e.weight >= state.minw;
      if (ok) { shownEdges.add(i); shownNodes.add(e.source); shownNodes.add(e.target); }
    });
    data.nodes.forEach(function (n) {
      if (!n.svg.length || !nodeOk(n.id)) return;
      if (!edgeFilters || (state.country && n.countryId === state.country && !timeFiltersActive() && state.minw === 0)) shownNodes.add(n.id);
    });
    data.edges.forEach(function (e, i) {
      if (e.kind === 'affiliation' && shownNodes.has(e.source) && shownNodes.has(e.target)) shownEdges.add(i);
    });
  }
  function applyFilters() {
    computeRelations();
    computeDrawn();
    svgTargets.forEach(function (t, svgId) {
      if (svgId.indexOf('diff-') === 0) return;
      var g = document.getElementById(svgId);
      if (!g) return;
      var keep = t.node ? shownNodes.has(t.node) : t.edge !== undefined ? shownEdges.has(t.edge) : true;
      g.classList.toggle('filtered', !keep);
    });
    // Tables: relations by their relation's weight in view; nodes (and diff rows) by their nodes.
    var active = new Set();
    var shownRelations = 0, shownEvents = 0;
    document.querySelectorAll('#relations-table tbody tr').forEach(function (tr) {
      var r = +tr.getAttribute('data-relation');
      var pair = tl.relations[r];
      var ok = pair ? relationShown(r, pair[0], pair[1], +tr.cells[5].getAttribute('data-value')) : true;
      tr.classList.toggle('filtered', !ok);
      if (ok) { shownRelations++; shownEvents += hasTimeline.has(r) ? relCount[r] : +tr.cells[6].getAttribute('data-value'); }
    });
    tl.relations.forEach(function (pair, r) {
      if (relationShown(r, pair[0], pair[1], 0)) { active.add(pair[0]); active.add(pair[1]); }
    });
    shownNodes.forEach(function (id) { active.add(id); });
    var edgeFilters = edgeFiltersActive();
    document.querySelectorAll('table.filterable tbody tr[data-nodes]').forEach(function (tr) {
      if (tr.closest('#relations-table')) return;
      var ids = tr.getAttribute('data-nodes').split(' ');
      var ok = ids.every(nodeOk) && (!edgeFilters || ids.some(function (x) { return active.has(x); }));
      tr.classList.toggle('filtered', !ok);
    });
    var counts = document.getElementById('view-counts');
    if (counts) {
      var drawnNodes = data.nodes.filter(function (n) { return n.svg.length && n.svg[0].indexOf('diff-') !== 0; }).length;
      var interactions = data.edges.filter(function (e, i) { return e.kind === 'interaction' && shownEdges.has(i); }).length;
      counts.textContent = 'In view: ' + shownNodes.size + ' of ' + drawnNodes + ' drawn nodes, ' + interactions + ' drawn relations; '
        + shownRelations + ' relations listed, ' + shownEvents + ' events';
    }
    drawSparklines();
    drawHistogram();
    drawWindowCompare();
    placeLabels();
    if (selected && !nodeOk(selected)) select(null); else showCurrent();
    saveState();
  }

  // ---- Evidence panel ---------------------------------------------------------------------------
  function evidenceInView(ev) {
    if (months.length) {
      var m = months.indexOf(ev.date.slice(0, 7));
      if (m >= 0 && (m < state.from || m > state.to)) return false;
    }
    return !state.types || state.types.indexOf(ev.type) >= 0;
  }
  function evidenceList(items, more) {
    var ul = el('ul');
    items.forEach(function (ev) {
      // The article: its title (or id) linking to its url (http/https only, checked when written), its outlet.
      var name = ev.title || ev.article;
      ul.appendChild(el('li', null,
        el('div', { class: 'meta' }, ev.date + (ev.assumed ? ' (assumed)' : '') + ' · ' + ev.type + (ev.peer ? ' – ' + ev.peer : '')
          + (ev.direction ? ' · ' + ev.direction : '') + ' · ',
          ev.url ? el('a', { href: ev.url, rel: 'noopener noreferrer' }, name) : name,
          ev.outlet ? ' · ' + ev.outlet : null),
        el('blockquote', { class: 'evidence', dir: 'rtl', lang: 'ar' }, ev.text)));
    });
    if (more > 0) ul.appendChild(el('li', { class: 'meta' }, '… ' + more + ' more'));
    return ul;
  }
  function showHint() {
    fill(el('h3', null, 'Evidence'),
      el('p', { class: 'hint' }, 'Hover a node or an edge to read its evidence; click a node to focus on its ego network and filter the tables.'));
  }
  function showNode(id) {
    var n = nodes.get(id);
    if (!n) return;
    var meta = n.kind + (n.country ? ' · ' + n.country : '') + ' · ' + id;
    if (n.status) meta += ' · ' + n.status;
    if (n.known === false) meta += ' · not in the knowledge base';
    if (n.community) meta += ' · community ' + n.community + ' (' + n.layer + ')';
    var evs = [], hidden = 0;
    data.edges.forEach(function (e) {
      if (e.kind !== 'interaction' || (e.source !== id && e.target !== id)) return;
      e.evidence.forEach(function (ev) {
        if (!evidenceInView(ev)) { hidden++; return; }
        evs.push(Object.assign({ peer: nodeName(e.source === id ? e.target : e.source) }, ev));
      });
    });
    evs.sort(function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : 0; });
    var shown = evs.slice(0, 12);
    var peers = Array.from(neighbours.get(id) || []).map(nodeName).sort();
    var count = n.neighbours !== undefined ? n.neighbours : peers.length;
    fill(el('h3', null, 'Node'), names(n), el('div', { class: 'meta' }, meta),
      el('p', null, count + ' neighbours in the whole graph' + (peers.length < count ? ', ' + peers.length + ' drawn' : '')
        + (peers.length ? ': ' + peers.join(', ') : '')),
      shown.length ? evidenceList(shown, evs.length - shown.length) : el('p', { class: 'hint' }, 'No interaction evidence in view.'),
      hidden ? el('p', { class: 'meta' }, hidden + ' evidence items outside the filters') : null);
  }
  function showEdge(i) {
    var e = data.edges[i];
    var a = nodes.get(e.source), b = nodes.get(e.target);
    var head = el('div', { class: 'names' }, el('strong', null, a.name + ' – ' + b.name),
      el('strong', { dir: 'rtl', lang: 'ar' }, a.label + ' – ' + b.label));
    var meta = e.kind + ' · weight ' + e.weight + (e.types.length ? ' · ' + e.types.join(', ') : '') + ' · ' + e.polarity;
    var items = e.evidence.filter(evidenceInView);
    fill(el('h3', null, 'Relation'), head, el('div', { class: 'meta' }, meta),
      items.length ? evidenceList(items, e.evidenceTotal - e.evidence.length)
                   : el('p', { class: 'hint' }, e.kind === 'affiliation' ? 'Member of the country (knowledge base).'
                        : e.kind === 'interaction' ? 'No evidence in view.' : 'Named together in a sentence.'));
  }
  function showChange(i) {
    var c = data.changes[i];
    fill(el('h3', null, 'Change'),
      el('div', { class: 'names' }, el('strong', null, nodeName(c.source) + ' – ' + nodeName(c.target))),
      el('p', null, el('span', { class: 'status ' + c.status }, c.status), ' · ' + c.kind + ' · weight ' + c.before + ' → ' + c.after));
  }
  function showCurrent() { if (selected) showNode(selected); else showHint(); }

  // ---- Focus ------------------------------------------------------------------------------------
  function select(id, noZoom) {
    selected = id;
    state.focus = id;
    var ego = new Set();
    if (id) { ego.add(id); (neighbours.get(id) || new Set()).forEach(function (x) { ego.add(x); }); }
    svgTargets.forEach(function (t, svgId) {
      var g = document.getElementById(svgId);
      if (!g) return;
      var keep = true;
      if (id) {
        if (t.node) keep = ego.has(t.node);
        else if (t.edge !== undefined) { var e = data.edges[t.edge]; keep = e.source === id || e.target === id || (ego.has(e.source) && ego.has(e.target)); }
        else { var c = data.changes[t.change]; keep = c.source === id || c.target === id; }
      }
      g.classList.toggle('dim', !keep);
      g.classList.toggle('focus', !!id && t.node === id);
    });
    document.querySelectorAll('table.filterable tbody tr').forEach(function (tr) {
      var ids = (tr.getAttribute('data-nodes') || '').split(' ');
      var byEgo = tr.closest('table').classList.contains('by-ego');
      var keep = !id || ids.some(function (x) { return byEgo ? ego.has(x) : x === id; });
      tr.classList.toggle('hidden', !keep);
      tr.classList.toggle('selected', !!id && ids.indexOf(id) >= 0 && byEgo);
    });
    if (id) {
      var n = nodes.get(id);
      var count = n && n.neighbours !== undefined ? n.neighbours : ego.size - 1;
      selectionLabel.textContent = 'Focus: ' + nodeName(id) + ' (' + count + ' neighbours' + (ego.size - 1 < count ? ', ' + (ego.size - 1) + ' drawn' : '') + ')';
      clearButton.hidden = false;
      if (!noZoom) zoomToNodes(id, ego);
    } else {
      selectionLabel.textContent = '';
      clearButton.hidden = true;
    }
    placeLabels();
    showCurrent();
    saveState();
  }

  svgTargets.forEach(function (t, svgId) {
    var g = document.getElementById(svgId);
    if (!g) return;
    g.addEventListener('mouseenter', function () {
      g.classList.add('hover');
      if (t.node) showNode(t.node); else if (t.edge !== undefined) showEdge(t.edge); else showChange(t.change);
    });
    g.addEventListener('mouseleave', function () { g.classList.remove('hover'); showCurrent(); });
    if (t.node) g.addEventListener('click', function (ev) {
      ev.preventDefault(); ev.stopPropagation();
      if (dragged) { dragged = false; return; }
      select(selected === t.node ? null : t.node);
    });
  });
  document.querySelectorAll('figure.graph svg').forEach(function (s) {
    s.addEventListener('click', function (ev) {
      if (dragged) { dragged = false; return; }
      if (!ev.target.closest('g.node')) select(null);
    });
  });
  document.querySelectorAll('tbody tr[data-node]').forEach(function (tr) {
    tr.addEventListener('click', function () { var id = tr.getAttribute('data-node'); select(selected === id ? null : id); });
  });
  clearButton.addEventListener('click', function () { select(null); });
  // Section links scroll without replacing the view kept in the fragment.
  document.querySelectorAll('nav.sections a[href^="#"]').forEach(function (a) {
    a.addEventListener('click', function (ev) {
      var target = document.getElementById(a.getAttribute('href').slice(1));
      if (!target) return;
      ev.preventDefault();
      target.scrollIntoView();
    });
  });

  // ---- Sortable tables: numbers by data-value, text by locale order; a second click reverses. ---
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      var button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', function () {
        var numeric = th.classList.contains('num');
        var dir = th.getAttribute('aria-sort') === (numeric ? 'descending' : 'ascending') ? (numeric ? 'ascending' : 'descending') : (numeric ? 'descending' : 'ascending');
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var body = table.tBodies[0];
        var rows = Array.from(body.rows);
        var order = new Map(rows.map(function (r, i) { return [r, i]; }));
        rows.sort(function (r1, r2) {
          var c1 = r1.cells[col], c2 = r2.cells[col], d;
          if (numeric) d = parseFloat(c1.getAttribute('data-value')) - parseFloat(c2.getAttribute('data-value'));
          else d = c1.textContent.localeCompare(c2.textContent);
          if (d !== 0) return dir === 'ascending' ? d : -d;
          return order.get(r1) - order.get(r2);
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // ---- Find: an entity by English or Arabic name (case and Arabic letter variants ignored). -----
  function fold(text) {
    return (text || '').toLowerCase().replace(/[\u064B-\u0652\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625]/g, '\u0627').replace(/\u0629/g, '\u0647').replace(/\u0649/g, '\u064A');
  }
  var find = document.getElementById('find');
  var nameList = document.getElementById('find-names');
  var findable = data.nodes.filter(function (n) { return n.svg && n.svg.length; });
  findable.forEach(function (n) {
    nameList.appendChild(el('option', { value: n.name }));
    if (n.label && n.label !== n.name) nameList.appendChild(el('option', { value: n.label }));
  });
  function findNode(query) {
    var q = fold(query.trim());
    if (!q) return null;
    var exact = findable.find(function (n) { return fold(n.name) === q || fold(n.label) === q || n.id === query.trim(); });
    return exact || findable.find(function (n) { return fold(n.name).indexOf(q) >= 0 || fold(n.label).indexOf(q) >= 0; }) || null;
  }
  function goTo() {
    var n = findNode(find.value);
    find.setCustomValidity(n || !find.value.trim() ? '' : 'No entity by that name in the drawing');
    if (!n) return;
    select(n.id);
    if (figure) figure.scrollIntoView({ block: 'nearest' });
  }
  find.addEventListener('change', goTo);
  find.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { ev.preventDefault(); goTo(); } });

  // ---- Zoom and pan of the main drawing, through its viewBox ------------------------------------
  var figure = document.getElementById('graph-figure');
  var svg = figure && figure.querySelector('svg');
  var dragged = false;
  var home = null, view = null, graphBox = null;
  var groupScale = 1;
  var labels = [];              // per drawn node: {id, g, texts, cx, cy, baselines, width14, priority}
  if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
    var base = svg.viewBox.baseVal;
    graphBox = [base.x, base.y, base.width, base.height];
    // The legend is drawn once, outside the zoomed drawing, at its own size.
    var legend = svg.querySelector('g.legend');
    if (legend) {
      // Its box: its marks, without the background as wide as the drawing.
      var lb = null;
      Array.from(legend.children).forEach(function (c, i) {
        if (i === 0 && c.tagName === 'rect') return;
        var b = c.getBBox();
        lb = lb ? { x: Math.min(lb.x, b.x), y: Math.min(lb.y, b.y), r: Math.max(lb.r, b.x + b.width), b: Math.max(lb.b, b.y + b.height) }
                : { x: b.x, y: b.y, r: b.x + b.width, b: b.y + b.height };
      });
      lb = lb ? { x: lb.x - 4, y: lb.y - 4, width: lb.r - lb.x + 8, height: lb.b - lb.y + 8 } : legend.getBBox();
      var shift = legend.transform.baseVal.consolidate();
      var holder = svgEl('svg', { class: 'legend', viewBox: '0 0 ' + Math.ceil(lb.width + 2) + ' ' + Math.ceil(lb.height + 2),
                                  width: String(Math.ceil(lb.width + 2)), height: String(Math.ceil(lb.height + 2)), role: 'img', 'aria-label': 'Legend' });
      var copy = legend.cloneNode(true);
      copy.removeAttribute('id');
      if (copy.firstElementChild && copy.firstElementChild.tagName === 'rect') copy.removeChild(copy.firstElementChild);
      copy.setAttribute('transform', 'translate(' + (1 - lb.x) + ',' + (1 - lb.y) + ')');
      holder.appendChild(copy);
      var box = el('div', { class: 'legend-box' });
      box.appendChild(holder);
      figure.parentNode.parentNode.insertBefore(box, figure.parentNode.nextSibling);
      legend.setAttribute('display', 'none');
      // The legend sits below the graph: the drawing's box ends where it starts.
      if (shift && shift.matrix.f > graphBox[1]) graphBox[3] = shift.matrix.f - graphBox[1];
    }
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    var strength = new Map();
    data.edges.forEach(function (e) {
      if (e.kind === 'affiliation') return;
      strength.set(e.source, (strength.get(e.source) || 0) + e.weight);
      strength.set(e.target, (strength.get(e.target) || 0) + e.weight);
    });
    // Graphviz draws in a group translated (and scaled) from the viewBox.
    var graphGroup = svg.querySelector('g.graph');
    var consolidated = graphGroup && graphGroup.transform.baseVal.consolidate();
    var toRoot = consolidated ? consolidated.matrix : { a: 1, d: 1, e: 0, f: 0 };
    groupScale = Math.abs(toRoot.d) || 1;
    data.nodes.forEach(function (n) {
      var g = n.svg.length && n.svg[0].indexOf('diff-') !== 0 ? document.getElementById(n.svg[0]) : null;
      if (!g) return;
      var texts = Array.from(g.querySelectorAll('text'));
      var shape = g.querySelector('ellipse, polygon, path, rect');
      if (!texts.length) return;
      var width = 0;
      var size0 = parseFloat(texts[0].getAttribute('font-size')) || 14;
      texts.forEach(function (t) { width = Math.max(width, t.getComputedTextLength() * 14 / size0); });
      var ys = texts.map(function (t) { return parseFloat(t.getAttribute('y')); });
      var cy = ys.reduce(function (s, y) { return s + y; }, 0) / ys.length - size0 * 0.35;
      var cx = parseFloat(texts[0].getAttribute('x'));
      // (cx, cy): the label's centre in the graph group's units; (rx, ry): in the viewBox's.
      labels.push({ id: n.id, g: g, shape: shape, texts: texts, cx: cx, cy: cy, rx: toRoot.a * cx + toRoot.e, ry: toRoot.d * cy + toRoot.f,
                    width14: width, priority: strength.get(n.id) || 0 });
    });
    labels.sort(function (a, b) { return b.priority - a.priority || (a.id < b.id ? -1 : 1); });
  }
  function pxPerUnit() { return view && svg.clientWidth ? svg.clientWidth / view[2] : 1; }
  // The graph's box widened to the figure's aspect ratio, so a unit is as wide as it is high.
  function homeView() {
    // The box is as high as the drawing at the figure's width, within 320 px and 75 % of the window.
    var fit = figure.clientWidth * graphBox[3] / graphBox[2];
    figure.style.height = Math.round(Math.max(320, Math.min(fit, window.innerHeight * 0.75, 860))) + 'px';
    var w = svg.clientWidth || 1, h = svg.clientHeight || 1;
    var g = graphBox, vw = g[2], vh = g[3];
    if (vw / vh > w / h) vh = vw * h / w; else vw = vh * w / h;
    return [g[0] + (g[2] - vw) / 2, g[1] + (g[3] - vh) / 2, vw, vh];
  }
  function apply() {
    svg.setAttribute('viewBox', view.map(function (v) { return v.toFixed(2); }).join(' '));
    figure.classList.toggle('zoomed', view[2] < home[2] - 0.01);
    placeLabels();
  }
  // Zoom by `factor` (< 1 zooms in) keeping the drawing's point (ux, uy) where it is on screen.
  function zoomAt(factor, ux, uy) {
    var w = Math.max(home[2] / 60, Math.min(home[2], view[2] * factor));
    if (w >= home[2] - 1e-6) { view = home.slice(); apply(); return; }
    var f = w / view[2];
    view = [ux - (ux - view[0]) * f, uy - (uy - view[1]) * f, w, view[3] * f];
    apply();
  }
  function toUser(clientX, clientY) {
    var r = svg.getBoundingClientRect(), s = pxPerUnit();
    return [view[0] + (clientX - r.left) / s, view[1] + (clientY - r.top) / s];
  }
  // Fits the focused node's drawn ego network (its box and a margin), zooming at most 8 times.
  function zoomToNodes(id, ego) {
    if (!view) return;
    var r = svg.getBoundingClientRect(), s = pxPerUnit();
    var box = null;
    labels.forEach(function (l) {
      if (!ego.has(l.id) || !shownNodes.has(l.id) || !l.shape) return;
      var b = l.shape.getBoundingClientRect();
      var x0 = view[0] + (b.left - r.left) / s, y0 = view[1] + (b.top - r.top) / s;
      var x1 = x0 + b.width / s, y1 = y0 + b.height / s;
      box = box ? [Math.min(box[0], x0), Math.min(box[1], y0), Math.max(box[2], x1), Math.max(box[3], y1)] : [x0, y0, x1, y1];
    });
    if (!box) return;
    var w = Math.max(box[2] - box[0], (box[3] - box[1]) * home[2] / home[3]) * 1.3;
    w = Math.max(home[2] / 8, Math.min(home[2], w));
    var h = w * home[3] / home[2];
    var cx = (box[0] + box[2]) / 2, cy = (box[1] + box[3]) / 2;
    view = w >= home[2] ? home.slice() : [cx - w / 2, cy - h / 2, w, h];
    apply();
  }
  // Labels at LABEL_PX on screen whatever the zoom; most central first, those that would
  // overlap a label already placed (or lie outside the view) are hidden.
  function placeLabels() {
    if (!view || !labels.length) return;
    var s = pxPerUnit();
    var size = LABEL_PX / s / (groupScale || 1), line = size * 1.2;
    var placed = [];
    var first = selected ? labels.filter(function (l) { return l.id === selected; }) : [];
    first.concat(labels.filter(function (l) { return l.id !== selected; })).forEach(function (l) {
      var n = l.texts.length;
      l.texts.forEach(function (t, i) {
        t.setAttribute('font-size', size.toFixed(3));
        t.setAttribute('stroke-width', (size / 4).toFixed(3));
        t.setAttribute('y', (l.cy + (i - (n - 1) / 2) * line + size * 0.35).toFixed(2));
      });
      var w = l.width14 * LABEL_PX / 14 + 4, h = n * LABEL_PX * 1.2 + 2;
      var x = (l.rx - view[0]) * s - w / 2, y = (l.ry - view[1]) * s - h / 2;
      var visible = shownNodes.has(l.id) && !l.g.classList.contains('dim') || l.id === selected;
      var inside = x + w > 0 && y + h > 0 && x < svg.clientWidth && y < svg.clientHeight;
      var free = visible && inside && placed.every(function (p) { return x + w <= p[0] || p[0] + p[2] <= x || y + h <= p[1] || p[1] + p[3] <= y; });
      if (free) placed.push([x, y, w, h]);
      l.texts.forEach(function (t) { t.classList.toggle('label-hidden', !free); });
    });
  }
  if (svg && graphBox) {
    home = homeView();
    view = home.slice();
    document.querySelectorAll('div.zoom button').forEach(function (b) {
      b.addEventListener('click', function () {
        var z = b.getAttribute('data-zoom');
        var cx = view[0] + view[2] / 2, cy = view[1] + view[3] / 2;
        if (z === 'in') zoomAt(0.7, cx, cy); else if (z === 'out') zoomAt(1 / 0.7, cx, cy); else { view = home.slice(); apply(); }
      });
    });
    svg.addEventListener('wheel', function (ev) {
      ev.preventDefault();
      // A pinch on a touchpad arrives as a wheel event with ctrlKey.
      var delta = ev.deltaY * (ev.deltaMode === 1 ? 16 : 1) * (ev.ctrlKey ? 0.01 : 0.0015);
      var p = toUser(ev.clientX, ev.clientY);
      zoomAt(Math.exp(Math.max(-1, Math.min(1, delta))), p[0], p[1]);
    }, { passive: false });
    var pointers = new Map(), start = null, pinch = null;
    svg.addEventListener('pointerdown', function (ev) {
      if (ev.pointerType === 'mouse' && ev.button !== 0) return;
      pointers.set(ev.pointerId, [ev.clientX, ev.clientY]);
      if (pointers.size === 1) { start = { x: ev.clientX, y: ev.clientY, view: view.slice() }; dragged = false; }
      else if (pointers.size === 2) { pinch = pinchState(); start = null; }
    });
    function pinchState() {
      var p = Array.from(pointers.values());
      return { d: Math.hypot(p[0][0] - p[1][0], p[0][1] - p[1][1]) || 1, x: (p[0][0] + p[1][0]) / 2, y: (p[0][1] + p[1][1]) / 2 };
    }
    window.addEventListener('pointermove', function (ev) {
      if (!pointers.has(ev.pointerId)) return;
      pointers.set(ev.pointerId, [ev.clientX, ev.clientY]);
      if (pinch && pointers.size === 2) {
        // The drawing's point under the fingers' previous midpoint is scaled about and then
        // follows the midpoint (fingers report their moves one at a time, so the midpoint
        // wobbles; zooming about each new one would drift).
        var now = pinchState(), u = toUser(pinch.x, pinch.y);
        zoomAt(pinch.d / now.d, u[0], u[1]);
        var s = pxPerUnit();
        if (view[2] < home[2] - 1e-6) {
          view = [view[0] - (now.x - pinch.x) / s, view[1] - (now.y - pinch.y) / s, view[2], view[3]];
          apply();
        }
        pinch = now; dragged = true;
        return;
      }
      if (!start) return;
      if (Math.abs(ev.clientX - start.x) + Math.abs(ev.clientY - start.y) > 3) dragged = true;
      if (!dragged) return;
      var s = pxPerUnit();
      view = [start.view[0] - (ev.clientX - start.x) / s, start.view[1] - (ev.clientY - start.y) / s, view[2], view[3]];
      apply();
    });
    function release(ev) { pointers.delete(ev.pointerId); if (pointers.size < 2) pinch = null; if (!pointers.size) start = null; }
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
    window.addEventListener('resize', function () {
      var zoomed = view[2] < home[2] - 0.01;
      home = homeView();
      if (!zoomed) view = home.slice();
      apply();
    });
    apply();
  }

  // ---- Colour by community ----------------------------------------------------------------------
  // The renderer's community colours (`render --color-by community`): [light, strong, outline]
  // by rank, the last for ranks beyond them.
  var families = data.communityColors || [];
  function family(rank) { return families[rank >= 1 && rank < families.length ? rank - 1 : families.length - 1]; }
  var original = new Map();
  function applyColour() {
    if (!families.length) return;
    labels.forEach(function (l) {
      if (!l.shape) return;
      if (!original.has(l.id)) original.set(l.id, [l.shape.getAttribute('fill'), l.shape.getAttribute('stroke')]);
      var n = nodes.get(l.id);
      var f = family(n && n.community ? n.community : 0);
      var colours = state.color === 'community' ? [n && n.kind === 'country' ? f[1] : f[0], f[2]] : original.get(l.id);
      if (colours[0]) l.shape.setAttribute('fill', colours[0]);
      if (colours[1]) l.shape.setAttribute('stroke', colours[1]);
    });
    // The legend's caption says what the colours are.
    document.querySelectorAll('.legend-box text').forEach(function (t) {
      if (t.textContent.indexOf('node colour = ') !== 0) return;
      t.textContent = t.textContent.replace(/^node colour = [a-z]+/, 'node colour = ' + (state.color === 'community' ? 'community' : 'country'));
    });
    var key = document.getElementById('community-key');
    if (!key) return;
    clear(key);
    key.hidden = state.color !== 'community';
    if (key.hidden) return;
    var sizes = new Map();
    data.nodes.forEach(function (n) {
      if (!n.community || !n.svg.length) return;
      var k = n.layer + ' ' + n.community;
      sizes.set(k, (sizes.get(k) || 0) + 1);
    });
    Array.from(sizes.keys()).sort(function (a, b) { return sizes.get(b) - sizes.get(a) || (a < b ? -1 : 1); }).slice(0, 12).forEach(function (k) {
      var sw = el('span', { class: 'swatch' });
      sw.style.background = family(+k.split(' ')[1])[k.indexOf('countries') === 0 ? 1 : 0];
      key.appendChild(el('span', { class: 'key' }, sw, k + ' (' + sizes.get(k) + ')'));
    });
  }

  // ---- Controls ---------------------------------------------------------------------------------
  var controls = document.getElementById('view-controls');
  var inputs = {};
  function checkboxes(name, values) {
    var box = el('fieldset', { class: 'choices', id: 'filter-' + name }, el('legend', null, name === 'types' ? 'Types' : 'Polarity'));
    values.forEach(function (v) {
      var input = el('input', { type: 'checkbox', value: v, 'data-filter': name });
      input.addEventListener('change', function () {
        var chosen = Array.from(box.querySelectorAll('input:checked')).map(function (i) { return i.value; });
        state[name] = chosen.length === values.length ? null : chosen;
        applyFilters();
      });
      box.appendChild(el('label', null, input, ' ' + v));
    });
    return box;
  }
  function select_(id, label, options, key, parse) {
    var s = el('select', { id: id });
    options.forEach(function (o) { s.appendChild(el('option', { value: o[0] }, o[1])); });
    s.addEventListener('change', function () { state[key] = parse ? parse(s.value) : s.value; if (key === 'color') applyColour(); applyFilters(); });
    inputs[key] = s;
    return el('label', null, label + ' ', s);
  }
  if (controls) {
    if (months.length) {
      var range = el('div', { class: 'timebar' });
      var hist = svgEl('svg', { id: 'time-histogram', class: 'histogram', preserveAspectRatio: 'none', role: 'img', 'aria-label': 'Events per month' });
      var from = el('input', { type: 'range', id: 'time-from', min: '0', max: String(months.length - 1), step: '1', 'aria-label': 'First month' });
      var to = el('input', { type: 'range', id: 'time-to', min: '0', max: String(months.length - 1), step: '1', 'aria-label': 'Last month' });
      var window_ = el('span', { id: 'time-window', class: 'meta' });
      function moved(which) {
        var a = +from.value, b = +to.value;
        if (a > b) { if (which === from) b = a; else a = b; }
        state.from = a; state.to = b;
        applyFilters();
      }
      from.addEventListener('input', function () { moved(from); });
      to.addEventListener('input', function () { moved(to); });
      inputs.from = from; inputs.to = to; inputs.window = window_;
      range.appendChild(el('div', { class: 'timebar-head' }, el('strong', null, 'Time window '), window_));
      range.appendChild(hist);
      range.appendChild(el('div', { class: 'sliders' }, from, to));
      controls.appendChild(range);
    }
    var row = el('div', { class: 'filter-row' });
    if (types.length) row.appendChild(checkboxes('types', types));
    if (polarities.length) row.appendChild(checkboxes('pol', polarities));
    var minw = el('input', { type: 'number', id: 'filter-minw', min: '0', step: 'any', value: '0' });
    minw.addEventListener('change', function () { state.minw = Math.max(0, parseFloat(minw.value) || 0); applyFilters(); });
    inputs.minw = minw;
    row.appendChild(el('label', null, 'Min. weight ', minw));
    var countries = new Map();
    data.nodes.forEach(function (n) {
      if (!n.countryId) return;
      var name = n.kind === 'country' ? n.name : (n.country || n.countryId).replace(/ \([^)]*\)$/, '');
      if (!countries.has(n.countryId) || n.kind === 'country') countries.set(n.countryId, name);
    });
    var countryOptions = [['', 'any']].concat(Array.from(countries.keys()).sort(function (a, b) {
      return countries.get(a).localeCompare(countries.get(b)) || (a < b ? -1 : 1);
    }).map(function (id) { return [id, countries.get(id) + ' (' + id + ')']; }));
    row.appendChild(select_('filter-country', 'Country', countryOptions, 'country'));
    row.appendChild(select_('filter-layer', 'Layer', [['all', 'people and countries'], ['people', 'people'], ['countries', 'countries']], 'layer'));
    row.appendChild(select_('filter-known', 'Actors', [['all', 'all'], ['known', 'in the knowledge base'], ['unknown', 'not in the knowledge base']], 'known'));
    if (families.length) row.appendChild(select_('color-by', 'Colour by', [['country', 'country'], ['community', 'community']], 'color'));
    var reset = el('button', { type: 'button', id: 'filter-reset' }, 'Reset filters');
    reset.addEventListener('click', function () {
      var keep = { color: state.color, focus: state.focus };
      state = Object.assign({}, defaults, keep);
      syncControls(); applyFilters();
    });
    row.appendChild(reset);
    controls.appendChild(row);
    controls.appendChild(el('div', { class: 'community-key', id: 'community-key', hidden: '' }));
    if (tl.omittedEvents) controls.appendChild(el('p', { class: 'hint' }, tl.omittedEvents + ' events of the lightest relations are not in the page; those relations follow only the other filters.'));
  }
  function syncControls() {
    if (inputs.from) { inputs.from.value = String(state.from); inputs.to.value = String(state.to); }
    document.querySelectorAll('input[data-filter]').forEach(function (i) {
      var chosen = state[i.getAttribute('data-filter')];
      i.checked = !chosen || chosen.indexOf(i.value) >= 0;
    });
    if (inputs.minw) inputs.minw.value = String(state.minw);
    ['country', 'layer', 'known', 'color'].forEach(function (k) { if (inputs[k]) inputs[k].value = state[k]; });
  }

  // ---- Histogram of events per month (the time slider's scale) ----------------------------------
  function monthCounts(filterKinds, relation) {
    var counts = new Array(months.length).fill(0);
    tl.events.forEach(function (ev) {
      if (relation !== undefined && ev[0] !== relation) return;
      if (filterKinds && !kindOk[ev[2]]) return;
      counts[dayMonth[ev[1]]] += ev[3];
    });
    return counts;
  }
  function bars(target, counts, height, from, to) {
    clear(target);
    var max = Math.max.apply(null, counts.concat([1]));
    var n = counts.length;
    target.setAttribute('viewBox', '0 0 ' + n + ' ' + height);
    target.appendChild(svgEl('rect', { class: 'window', x: String(from), y: '0', width: String(to - from + 1), height: String(height) }));
    counts.forEach(function (c, i) {
      if (!c) return;
      var h = Math.max(height * 0.08, height * c / max);
      var r = svgEl('rect', { x: (i + 0.1).toFixed(2), y: (height - h).toFixed(2), width: '0.8', height: h.toFixed(2),
                              class: i >= from && i <= to ? 'in' : 'out' });
      var t = svgEl('title'); t.textContent = months[i] + ': ' + c;
      r.appendChild(t);
      target.appendChild(r);
    });
  }
  function drawHistogram() {
    var hist = document.getElementById('time-histogram');
    if (!hist) return;
    bars(hist, monthCounts(true), 40, state.from, state.to);
    var n = 0;
    monthCounts(true).forEach(function (c, i) { if (i >= state.from && i <= state.to) n += c; });
    inputs.window.textContent = months[state.from] + ' – ' + months[state.to] + ' · ' + n + ' events';
  }

  // ---- Per-relation months in the relations table ----------------------------------------------
  var perRelation = new Map();
  function drawSparklines() {
    if (!months.length) return;
    perRelation = new Map();
    tl.events.forEach(function (ev) {
      if (!kindOk[ev[2]]) return;
      if (!perRelation.has(ev[0])) perRelation.set(ev[0], new Array(months.length).fill(0));
      perRelation.get(ev[0])[dayMonth[ev[1]]] += ev[3];
    });
    document.querySelectorAll('#relations-table tbody tr').forEach(function (tr) {
      var cell = tr.querySelector('td.months');
      if (!cell) return;
      var counts = perRelation.get(+tr.getAttribute('data-relation'));
      clear(cell);
      if (!counts) return;
      var spark = svgEl('svg', { class: 'spark', preserveAspectRatio: 'none', role: 'img' });
      var active = counts.map(function (c, i) { return c ? months[i] + ': ' + c : ''; }).filter(Boolean);
      spark.setAttribute('aria-label', active.join(', '));
      bars(spark, counts, 16, state.from, state.to);
      cell.appendChild(spark);
    });
  }

  // ---- Changes: two time windows compared -------------------------------------------------------
  var compare = document.getElementById('window-compare');
  function windowSelect(which, end) {
    var s = el('select', { id: 'window-' + which + '-' + (end ? 'to' : 'from') });
    months.forEach(function (m, i) { s.appendChild(el('option', { value: String(i) }, m)); });
    s.addEventListener('change', function () {
      var w = (state[which] || defaultWindow(which)).slice();
      w[end ? 1 : 0] = +s.value;
      if (w[0] > w[1]) w[end ? 0 : 1] = w[end ? 1 : 0];
      state[which] = w;
      drawWindowCompare(); saveState();
    });
    return s;
  }
  function defaultWindow(which) {
    var half = Math.floor(months.length / 2);
    return which === 'a' ? [0, Math.max(0, half - 1)] : [half, months.length - 1];
  }
  var compareBody = null;
  if (compare && months.length > 1) {
    compare.appendChild(el('h3', null, 'Two time windows'));
    compare.appendChild(el('p', { class: 'hint' }, 'Relations weighed over two windows of the events in the page (with the type, polarity, country, layer and actor filters); biggest changes first.'));
    compare.appendChild(el('div', { class: 'window-pickers' },
      el('label', null, 'Window A ', windowSelect('a', false), ' – ', windowSelect('a', true)),
      el('label', null, 'Window B ', windowSelect('b', false), ' – ', windowSelect('b', true))));
    compare.appendChild(el('p', { class: 'hint', id: 'window-summary' }));
    compareBody = el('tbody');
    compare.appendChild(el('table', { id: 'window-table' },
      el('thead', null, el('tr', null, el('th', null, 'Status'), el('th', null, 'Between'), el('th', { lang: 'ar' }, 'بين'),
        el('th', { class: 'num' }, 'Weight A'), el('th', { class: 'num' }, 'Weight B'), el('th', { class: 'num' }, 'Change'))), compareBody));
  }
  function drawWindowCompare() {
    if (!compareBody) return;
    var a = state.a || defaultWindow('a'), b = state.b || defaultWindow('b');
    ['a', 'b'].forEach(function (w) {
      var v = w === 'a' ? a : b;
      document.getElementById('window-' + w + '-from').value = String(v[0]);
      document.getElementById('window-' + w + '-to').value = String(v[1]);
    });
    var wa = new Map(), wb = new Map();
    tl.events.forEach(function (ev) {
      if (!kindOk[ev[2]]) return;
      var m = dayMonth[ev[1]];
      if (m >= a[0] && m <= a[1]) wa.set(ev[0], (wa.get(ev[0]) || 0) + ev[4]);
      if (m >= b[0] && m <= b[1]) wb.set(ev[0], (wb.get(ev[0]) || 0) + ev[4]);
    });
    var rows = [], tally = { added: 0, removed: 0, strengthened: 0, weakened: 0 };
    tl.relations.forEach(function (pair, r) {
      if (!nodeOk(pair[0]) || !nodeOk(pair[1]) || !countryOk(pair[0], pair[1])) return;
      var x = wa.get(r) || 0, y = wb.get(r) || 0;
      if (x === y) return;
      var status = !x ? 'added' : !y ? 'removed' : y > x ? 'strengthened' : 'weakened';
      tally[status]++;
      rows.push({ r: r, pair: pair, a: x, b: y, status: status });
    });
    rows.sort(function (p, q) { return Math.abs(q.b - q.a) - Math.abs(p.b - p.a) || p.r - q.r; });
    clear(compareBody);
    rows.slice(0, 100).forEach(function (row) {
      var x = nodes.get(row.pair[0]), y = nodes.get(row.pair[1]);
      var d = row.b - row.a;
      var tr = el('tr', { 'data-nodes': row.pair.join(' ') },
        el('td', { class: 'status ' + row.status }, row.status),
        el('td', null, nodeName(row.pair[0]) + ' – ' + nodeName(row.pair[1])),
        el('td', { class: 'ar', dir: 'rtl', lang: 'ar' }, (x ? x.label : row.pair[0]) + ' – ' + (y ? y.label : row.pair[1])),
        el('td', { class: 'num' }, fmt(row.a)), el('td', { class: 'num' }, fmt(row.b)), el('td', { class: 'num' }, (d > 0 ? '+' : '') + fmt(d)));
      compareBody.appendChild(tr);
    });
    document.getElementById('window-summary').textContent = 'A: ' + months[a[0]] + ' – ' + months[a[1]] + '; B: ' + months[b[0]] + ' – ' + months[b[1]] + '. '
      + tally.added + ' new in B, ' + tally.removed + ' gone, ' + tally.strengthened + ' strengthened, ' + tally.weakened + ' weakened'
      + (rows.length > 100 ? ' (the 100 biggest changes listed)' : '') + '.';
  }
  function fmt(x) { return String(Math.round(x * 1000) / 1000); }

  // ---- Start: the view in the fragment, else the defaults ---------------------------------------
  function restore() {
    var s = decodeState(location.hash);
    if (!s) return false;
    state = s;
    syncControls();
    applyColour();
    applyFilters();
    select(state.focus && nodes.has(state.focus) ? state.focus : null);
    return true;
  }
  window.addEventListener('hashchange', function () { if (location.hash.indexOf('#v:') === 0) restore(); });
  if (!restore()) { syncControls(); applyFilters(); showHint(); }
  document.documentElement.setAttribute('data-ready', 'true');
})();
