// relgraph report: hover and selection on the inline SVG, filtering and sorting of the tables.
// Data comes from the JSON block #relgraph-data; every text reaches the page through
// textContent (never innerHTML), so article text cannot become markup.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('relgraph-data').textContent);
  var nodes = new Map();
  data.nodes.forEach(function (n) { nodes.set(n.id, n); });
  var neighbours = new Map();
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
  function ar(text) { return el('span', { dir: 'rtl', lang: 'ar' }, text); }
  function nodeName(id) { var n = nodes.get(id); return n ? n.name : id; }
  function names(n) {
    return el('div', { class: 'names' }, el('strong', null, n.name), el('strong', { dir: 'rtl', lang: 'ar' }, n.label));
  }
  function fill() {
    if (!details) return;
    while (details.firstChild) details.removeChild(details.firstChild);
    for (var i = 0; i < arguments.length; i++) if (arguments[i]) details.appendChild(arguments[i]);
  }
  function evidenceList(items, more) {
    var ul = el('ul');
    items.forEach(function (ev) {
      // The article: its title (or id) linking to its url (http/https only, checked when written), its outlet.
      var name = ev.title || ev.article;
      ul.appendChild(el('li', null,
        el('div', { class: 'meta' }, ev.date + (ev.assumed ? ' (assumed)' : '') + ' · ' + ev.type + (ev.direction ? ' · ' + ev.direction : '') + ' · ',
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
    var evs = [], total = 0;
    data.edges.forEach(function (e) {
      if (e.kind !== 'interaction' || (e.source !== id && e.target !== id)) return;
      total += e.count;
      e.evidence.forEach(function (ev) {
        evs.push({ date: ev.date, type: ev.type + ' – ' + nodeName(e.source === id ? e.target : e.source),
                   direction: ev.direction, article: ev.article, text: ev.text,
                   title: ev.title, url: ev.url, outlet: ev.outlet, assumed: ev.assumed });
      });
    });
    evs.sort(function (a, b) { return a.date < b.date ? 1 : a.date > b.date ? -1 : 0; });
    var shown = evs.slice(0, 12);
    var peers = Array.from(neighbours.get(id) || []).map(nodeName).sort();
    fill(el('h3', null, 'Node'), names(n), el('div', { class: 'meta' }, meta),
      peers.length ? el('p', null, 'Linked to: ' + peers.join(', ')) : null,
      shown.length ? evidenceList(shown, evs.length - shown.length) : el('p', { class: 'hint' }, 'No interaction evidence.'));
  }
  function showEdge(i) {
    var e = data.edges[i];
    var a = nodes.get(e.source), b = nodes.get(e.target);
    var head = el('div', { class: 'names' }, el('strong', null, a.name + ' – ' + b.name),
      el('strong', { dir: 'rtl', lang: 'ar' }, a.label + ' – ' + b.label));
    var meta = e.kind + ' · weight ' + e.weight + (e.types.length ? ' · ' + e.types.join(', ') : '') + ' · ' + e.polarity;
    fill(el('h3', null, 'Relation'), head, el('div', { class: 'meta' }, meta),
      e.evidence.length ? evidenceList(e.evidence, e.evidenceTotal - e.evidence.length)
                        : el('p', { class: 'hint' }, e.kind === 'affiliation' ? 'Member of the country (knowledge base).' : 'Named together in a sentence.'));
  }
  function showChange(i) {
    var c = data.changes[i];
    fill(el('h3', null, 'Change'),
      el('div', { class: 'names' }, el('strong', null, nodeName(c.source) + ' – ' + nodeName(c.target))),
      el('p', null, el('span', { class: 'status ' + c.status }, c.status), ' · ' + c.kind + ' · weight ' + c.before + ' → ' + c.after));
  }
  function showCurrent() { if (selected) showNode(selected); else showHint(); }

  function select(id) {
    selected = id;
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
      selectionLabel.textContent = 'Focus: ' + nodeName(id) + ' (' + (ego.size - 1) + ' neighbours)';
      clearButton.hidden = false;
    } else {
      selectionLabel.textContent = '';
      clearButton.hidden = true;
    }
    showCurrent();
  }

  svgTargets.forEach(function (t, svgId) {
    var g = document.getElementById(svgId);
    if (!g) return;
    g.addEventListener('mouseenter', function () {
      g.classList.add('hover');
      if (t.node) showNode(t.node); else if (t.edge !== undefined) showEdge(t.edge); else showChange(t.change);
    });
    g.addEventListener('mouseleave', function () { g.classList.remove('hover'); showCurrent(); });
    if (t.node) g.addEventListener('click', function (ev) { ev.preventDefault(); ev.stopPropagation(); select(selected === t.node ? null : t.node); });
  });
  document.querySelectorAll('figure.graph svg').forEach(function (svg) {
    svg.addEventListener('click', function (ev) {
      if (dragged) { dragged = false; return; }
      if (!ev.target.closest('g.node')) select(null);
    });
  });
  document.querySelectorAll('tbody tr[data-node]').forEach(function (tr) {
    tr.addEventListener('click', function () { var id = tr.getAttribute('data-node'); select(selected === id ? null : id); });
  });
  clearButton.addEventListener('click', function () { select(null); });

  // Sortable tables: numbers by data-value, text by locale order; a second click reverses.
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

  // Find: an entity by English or Arabic name (case and Arabic letter variants ignored).
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
    var g = document.getElementById(n.svg[0]);
    if (g) g.scrollIntoView({ block: 'center', inline: 'center' });
  }
  find.addEventListener('change', goTo);
  find.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { ev.preventDefault(); goTo(); } });

  // Zoom and pan of the main drawing, through its viewBox.
  var figure = document.getElementById('graph-figure');
  var svg = figure && figure.querySelector('svg');
  var dragged = false;
  if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0) {
    var base = svg.viewBox.baseVal;
    var home = [base.x, base.y, base.width, base.height];
    var view = home.slice();
    function apply() {
      svg.setAttribute('viewBox', view.map(function (v) { return v.toFixed(2); }).join(' '));
      figure.classList.toggle('zoomed', view[2] < home[2] - 0.01);
    }
    function zoom(factor) {
      var cx = view[0] + view[2] / 2, cy = view[1] + view[3] / 2;
      var w = Math.min(home[2], view[2] * factor), h = Math.min(home[3], view[3] * factor);
      view = [cx - w / 2, cy - h / 2, w, h];
      if (w >= home[2]) view = home.slice();
      apply();
    }
    document.querySelectorAll('div.zoom button').forEach(function (b) {
      b.addEventListener('click', function () {
        var z = b.getAttribute('data-zoom');
        if (z === 'in') zoom(0.7); else if (z === 'out') zoom(1 / 0.7); else { view = home.slice(); apply(); }
      });
    });
    var start = null;
    svg.addEventListener('mousedown', function (ev) {
      if (view[2] >= home[2] || ev.button !== 0) return;
      start = { x: ev.clientX, y: ev.clientY, view: view.slice() };
      dragged = false;
      ev.preventDefault();
    });
    window.addEventListener('mousemove', function (ev) {
      if (!start) return;
      var scale = view[2] / svg.getBoundingClientRect().width;
      var dx = (ev.clientX - start.x) * scale, dy = (ev.clientY - start.y) * scale;
      if (Math.abs(ev.clientX - start.x) + Math.abs(ev.clientY - start.y) > 3) dragged = true;
      view = [start.view[0] - dx, start.view[1] - dy, view[2], view[3]];
      apply();
    });
    window.addEventListener('mouseup', function () { start = null; });
  }

  showHint();
  document.documentElement.setAttribute('data-ready', 'true');
})();
