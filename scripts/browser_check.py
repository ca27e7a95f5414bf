#!/usr/bin/env python3
"""Loads a relgraph report in headless Chromium and checks it the way a reader would use it.

Drives Chromium through the DevTools protocol (a minimal WebSocket client, standard library
only) and fails (exit 1, one line per problem) unless:
  - the page loads with no console error, no uncaught exception and no CSP violation;
  - nothing is fetched from the network (only file: and data: URLs);
  - the script ran (html[data-ready]) and the SVG and the tables are present;
  - hovering a node (real mouse events) fills the evidence panel with that node's name;
  - clicking it dims the rest of the graph and filters the tables; a column click sorts;
  - typing another entity's Arabic name in the search box and pressing Enter focuses it;
  - the zoom buttons change the drawing's viewBox;
  - with --expect-diff, the changes section and its drawing are present;
  - no injected code ran (window.pwned stays undefined).
With --explore, also (on a fresh load of the page):
  - the median on-screen height of the shown node labels is >= 11 px at 1400x1000 and >= 10 px
    at 1024x768, and at least one label is shown;
  - a wheel turn over a node zooms in and keeps that node's centre under the pointer (1.5 px);
  - a two-finger touch pinch around a node zooms in about the fingers' midpoint (2 px);
  - each filter (time window, type, polarity, minimum weight, country, layer, known/not-in-KB)
    changes both what is drawn and what the tables list;
  - colouring by community recolours the nodes;
  - the URL fragment written by the page restores the same view when the URL is loaded again;
  - printed (print media), the page shows no controls, the drawing is not clipped to its box and
    table rows avoid page breaks;
  - the time slider hides events outside the window: the relations listed all have events in
    it, those hidden have none, and the focus panel's evidence lies in it.
With --screenshot FILE, saves a PNG of the page after the click. With --no-graph (a report of
articles where nothing was linked) only the load, the script and the console are checked.

Usage: browser_check.py PAGE.html [--expect-diff] [--no-graph] [--explore] [--screenshot FILE]
"""
import base64, json, os, shutil, socket, struct, subprocess, sys, tempfile, time, urllib.request


class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: text frames, client masking."""

    def __init__(self, url):
        assert url.startswith("ws://")
        hostport, path = url[5:].split("/", 1)
        host, port = hostport.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise OSError("DevTools closed the connection during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise OSError("WebSocket handshake refused: " + head.split(b"\r\n", 1)[0].decode())
        self.buffer = head.split(b"\r\n\r\n", 1)[1]

    def send(self, text):
        data = text.encode()
        header = bytes([0x81])
        n = len(data)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise OSError("DevTools closed the connection")
            self.buffer += chunk
        out, self.buffer = self.buffer[:n], self.buffer[n:]
        return out

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            opcode = b0 & 0x0F
            if opcode == 8:
                raise OSError("DevTools closed the connection")
            if opcode in (0, 1, 2):
                message += payload
                if b0 & 0x80:
                    return message.decode()


class Page:
    def __init__(self, ws):
        self.ws, self.next_id, self.events = ws, 0, []

    def call(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == my_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self.events.append(msg)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for e in self.events:
                if e["method"] == method:
                    return e
            self.ws.sock.settimeout(max(0.1, deadline - time.time()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except socket.timeout:
                break
        raise RuntimeError(f"timed out waiting for {method}")

    def js(self, expression):
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"script failed: {expression[:80]}…: {r['exceptionDetails'].get('text')}")
        return r["result"].get("value")

    def mouse(self, kind, x, y, **extra):
        self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, **extra)

    def settle(self, seconds=0.3):
        """Let the page run and collect the events it sends meanwhile."""
        self.js(f"new Promise(r => setTimeout(r, {int(seconds * 1000)}))")


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("browser_check: chromium is not installed (apt-get install chromium)")


# The state of the view as the checks compare it: shown nodes and edges of the drawing, listed
# rows of the relations and centrality tables.
VIEW_JS = """(() => {
  const ids = sel => Array.from(document.querySelectorAll(sel)).map(e => e.id || e.dataset.relation || e.dataset.node).join(' ');
  return {nodes: ids('#graph-figure g.node:not(.filtered)'), edges: ids('#graph-figure g.edge:not(.filtered)'),
          relations: ids('#relations-table tbody tr:not(.filtered)'), centrality: ids('#centrality-table tbody tr:not(.filtered)')};
})()"""

# Median height (px) and number of the node labels shown in the main drawing.
LABELS_JS = """(() => {
  const hs = Array.from(document.querySelectorAll('#graph-figure g.node:not(.filtered) text'))
    .filter(t => getComputedStyle(t).display !== 'none').map(t => t.getBoundingClientRect().height).sort((a, b) => a - b);
  return {count: hs.length, median: hs.length ? hs[Math.floor(hs.length / 2)] : 0};
})()"""


def set_control(page, js_element, value):
    """Sets a control's value (select, number, range) and fires the events a user's change fires."""
    page.js(f"(() => {{ const e = {js_element}; e.value = {json.dumps(value)}; e.dispatchEvent(new Event('input', {{bubbles: true}}));"
            f" e.dispatchEvent(new Event('change', {{bubbles: true}})); }})()")


def explore_checks(page, url, check, sizes):
    """The --explore checks; the label sizes measured are appended to `sizes` (printed when all pass)."""
    def load(fragment=""):
        page.call("Page.navigate", url="about:blank")
        page.settle(0.2)
        page.events = [e for e in page.events if e["method"] != "Page.loadEventFired"]
        page.call("Page.navigate", url=url + fragment)
        page.wait_for("Page.loadEventFired")
        page.settle(0.5)

    def reset():
        page.js("document.getElementById('filter-reset').click()")
        page.settle(0.1)

    # Labels at both window sizes.
    for (w, h, least) in ((1400, 1000, 11), (1024, 768, 10)):
        page.call("Emulation.setDeviceMetricsOverride", width=w, height=h, deviceScaleFactor=1, mobile=False)
        load()
        labels = page.js(LABELS_JS)
        check(labels["count"] > 0 and labels["median"] >= least,
              f"at {w}x{h} the median label height is {labels['median']:.1f} px over {labels['count']} labels (want >= {least})")
        sizes.append(f"median label {labels['median']:.1f} px at {w}x{h} over {labels['count']} labels")
    page.call("Emulation.setDeviceMetricsOverride", width=1400, height=1000, deviceScaleFactor=1, mobile=False)
    load()

    # Wheel zoom at a node: the node stays under the pointer and grows.
    centre = """(() => { const r = document.querySelector('#graph-figure g.node:not(.filtered) ellipse, #graph-figure g.node:not(.filtered) polygon,'
                 + ' #graph-figure g.node:not(.filtered) path').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2, r.width]; })()"""
    page.js("document.getElementById('graph-figure').scrollIntoView({block: 'center'})")
    page.settle(0.1)
    before = page.js(centre.replace("document.querySelector(", "document.querySelectorAll(").replace(").getBoundingClientRect()", ")[0].getBoundingClientRect()"))
    page.call("Input.dispatchMouseEvent", type="mouseMoved", x=before[0], y=before[1])
    page.call("Input.dispatchMouseEvent", type="mouseWheel", x=before[0], y=before[1], deltaX=0, deltaY=-400)
    page.settle(0.2)
    after = page.js(centre.replace("document.querySelector(", "document.querySelectorAll(").replace(").getBoundingClientRect()", ")[0].getBoundingClientRect()"))
    check(after[2] > before[2] * 1.2, f"a wheel turn did not zoom in (node width {before[2]:.1f} -> {after[2]:.1f} px)")
    check(abs(after[0] - before[0]) <= 1.5 and abs(after[1] - before[1]) <= 1.5,
          f"wheel zoom moved the point under the pointer: ({before[0]:.1f}, {before[1]:.1f}) -> ({after[0]:.1f}, {after[1]:.1f})")
    labels = page.js(LABELS_JS)
    check(labels["count"] == 0 or labels["median"] >= 11, f"zoomed in, the median label height is {labels['median']:.1f} px")
    page.js("document.querySelector('div.zoom button[data-zoom=reset]').click()")
    page.settle(0.1)

    # Touch pinch (two fingers spreading apart around a node): zooms in about their midpoint.
    first = centre.replace("document.querySelector(", "document.querySelectorAll(").replace(").getBoundingClientRect()", ")[0].getBoundingClientRect()")
    page.call("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=2)
    before = page.js(first)
    x, y = before[0], before[1]
    page.call("Input.dispatchTouchEvent", type="touchStart",
              touchPoints=[{"x": x - 20, "y": y, "id": 1}, {"x": x + 20, "y": y, "id": 2}])
    for step in range(1, 6):
        spread = 20 + 12 * step
        page.call("Input.dispatchTouchEvent", type="touchMove",
                  touchPoints=[{"x": x - spread, "y": y, "id": 1}, {"x": x + spread, "y": y, "id": 2}])
    page.call("Input.dispatchTouchEvent", type="touchEnd", touchPoints=[])
    page.settle(0.2)
    after = page.js(first)
    page.call("Emulation.setTouchEmulationEnabled", enabled=False)
    check(after[2] > before[2] * 1.5, f"a touch pinch did not zoom in (node width {before[2]:.1f} -> {after[2]:.1f} px)")
    check(abs(after[0] - before[0]) <= 2 and abs(after[1] - before[1]) <= 2,
          f"touch pinch moved the point between the fingers: ({before[0]:.1f}, {before[1]:.1f}) -> ({after[0]:.1f}, {after[1]:.1f})")
    page.js("document.querySelector('div.zoom button[data-zoom=reset]').click()")

    # Each filter changes what is drawn and what is listed.
    base = page.js(VIEW_JS)
    info = page.js("""(() => {
      const d = JSON.parse(document.getElementById('relgraph-data').textContent), t = d.timeline;
      const perType = {}, perPol = {};
      t.events.forEach(e => { const k = t.kinds[e[2]]; perType[k.type] = (perType[k.type] || 0) + e[3]; perPol[k.polarity] = (perPol[k.polarity] || 0) + e[3]; });
      const weights = d.edges.filter(e => e.kind === 'interaction').map(e => e.weight).sort((a, b) => a - b);
      return {types: Object.keys(perType).sort((a, b) => perType[b] - perType[a]), pols: Object.keys(perPol).sort((a, b) => perPol[b] - perPol[a]),
              minw: weights.length ? weights[Math.floor(weights.length / 2)] + 0.001 : 1,
              countries: Array.from(document.querySelectorAll('#filter-country option')).map(o => o.value).filter(Boolean),
              months: document.getElementById('time-from') ? +document.getElementById('time-from').max + 1 : 0}; })()""")

    def changed(view):
        return view["nodes"] + view["edges"] != base["nodes"] + base["edges"] and view["relations"] + view["centrality"] != base["relations"] + base["centrality"]

    attempts = {
        "time window": [lambda: set_control(page, "document.getElementById('time-from')", str(info["months"] - 1))] if info["months"] > 1 else [],
        "type": [lambda t=t: page.js(f"document.querySelector('#filter-types input[value={json.dumps(t)}]').click()") for t in info["types"]],
        "polarity": [lambda p=p: page.js(f"document.querySelector('#filter-pol input[value={json.dumps(p)}]').click()") for p in info["pols"]],
        "minimum weight": [lambda: set_control(page, "document.getElementById('filter-minw')", str(info["minw"]))],
        "country": [lambda c=c: set_control(page, "document.getElementById('filter-country')", c) for c in info["countries"][:12]],
        "layer": [lambda v=v: set_control(page, "document.getElementById('filter-layer')", v) for v in ("people", "countries")],
        "known": [lambda v=v: set_control(page, "document.getElementById('filter-known')", v) for v in ("unknown", "known")],
    }
    for name, tries in attempts.items():
        ok = False
        for attempt in tries:
            reset()
            attempt()
            page.settle(0.1)
            if changed(page.js(VIEW_JS)):
                ok = True
                break
        check(ok, f"the {name} filter did not change both the drawing and the tables")
        if ok and name == "country":
            stray = page.js("""(() => {
              const d = JSON.parse(document.getElementById('relgraph-data').textContent), c = document.getElementById('filter-country').value;
              const home = new Map(d.nodes.map(n => [n.id, n.countryId]));
              return Array.from(document.querySelectorAll('#relations-table tbody tr:not(.filtered)'))
                .filter(tr => !tr.dataset.nodes.split(' ').some(id => home.get(id) === c)).length; })()""")
            check(stray == 0, f"with a country chosen, {stray} listed relations do not involve it")
    reset()
    check(page.js(VIEW_JS) == base, "resetting the filters did not restore the view")

    # The URL fragment restores a view: filters and focus, loaded again from the URL.
    focus = page.js("document.querySelector('#centrality-table tbody tr') && document.querySelector('#centrality-table tbody tr').dataset.node")
    if info["months"] > 2:
        set_control(page, "document.getElementById('time-from')", "1")
    if len(info["types"]) > 1:
        page.js(f"document.querySelector('#filter-types input[value={json.dumps(info['types'][-1])}]').click()")
    fills = "Array.from(document.querySelectorAll('#graph-figure g.node')).map(g => g.querySelector('ellipse, polygon, path').getAttribute('fill')).join(' ')"
    before_fills = page.js(fills)
    set_control(page, "document.getElementById('color-by')", "community")
    check(page.js(fills) != before_fills, "colouring by community changed no node's colour")
    if focus:
        page.js(f"document.querySelector('#centrality-table tbody tr[data-node={json.dumps(focus)}]').click()")
    page.settle(0.1)
    view = page.js(VIEW_JS)
    state = page.js("""({hash: location.hash, from: document.getElementById('time-from') && document.getElementById('time-from').value,
                        colour: document.getElementById('color-by').value, focus: document.getElementById('selection').textContent,
                        box: document.querySelector('#graph-figure svg').getAttribute('viewBox')})""")
    check(state["hash"].startswith("#v:"), f"the view is not kept in the URL fragment (hash {state['hash']!r})")
    load(state["hash"])
    again = page.js("""({hash: location.hash, from: document.getElementById('time-from') && document.getElementById('time-from').value,
                        colour: document.getElementById('color-by').value, focus: document.getElementById('selection').textContent,
                        box: document.querySelector('#graph-figure svg').getAttribute('viewBox')})""")
    check(page.js(VIEW_JS) == view and again == state, f"loading the URL {state['hash'][:80]!r} did not restore the view ({again} vs {state})")

    # Print: no controls, the drawing not cut to its screen box, table rows kept whole.
    page.call("Emulation.setEmulatedMedia", media="print")
    printed = page.js("""(() => {
      const shown = sel => Array.from(document.querySelectorAll(sel)).filter(e => getComputedStyle(e).display !== 'none').length;
      const fig = document.getElementById('graph-figure');
      return {controls: shown('nav.sections, #view-controls, div.zoom, aside.details'), overflow: getComputedStyle(fig).overflow,
              rows: getComputedStyle(document.querySelector('#relations-table tbody tr')).breakInside}; })()""")
    page.call("Emulation.setEmulatedMedia", media="")
    check(printed["controls"] == 0 and printed["overflow"] == "visible" and printed["rows"] == "avoid",
          f"the print stylesheet leaves controls or cuts the drawing or rows: {printed}")

    # The time slider hides events outside the window.
    load()
    if info["months"] > 1:
        window = page.js("""(() => { const f = document.getElementById('time-from'); const n = +f.max + 1;
                           return [Math.floor(n / 3), Math.floor(2 * n / 3)]; })()""")
        set_control(page, "document.getElementById('time-to')", str(window[1]))
        set_control(page, "document.getElementById('time-from')", str(window[0]))
        page.settle(0.1)
        bad = page.js("""(() => {
          const d = JSON.parse(document.getElementById('relgraph-data').textContent), t = d.timeline;
          const from = +document.getElementById('time-from').value, to = +document.getElementById('time-to').value;
          const first = t.days[0].slice(0, 7);
          const month = day => { const y = +day.slice(0, 4) - +first.slice(0, 4), m = +day.slice(5, 7) - +first.slice(5, 7); return y * 12 + m; };
          const inWindow = new Set(t.events.filter(e => month(t.days[e[1]]) >= from && month(t.days[e[1]]) <= to).map(e => e[0]));
          const withEvents = new Set(t.events.map(e => e[0]));
          const problems = [];
          document.querySelectorAll('#relations-table tbody tr').forEach(tr => {
            const r = +tr.dataset.relation, shown = !tr.classList.contains('filtered');
            if (!withEvents.has(r)) return;
            if (shown !== inWindow.has(r)) problems.push('relation ' + r + (shown ? ' listed without events in the window' : ' hidden with events in the window'));
          });
          const row = document.querySelector('#centrality-table tbody tr:not(.filtered)');
          if (row) {
            row.click();
            document.querySelectorAll('#details li .meta').forEach(m => {
              const day = m.textContent.slice(0, 10);
              if (/^\\d{4}-\\d{2}-\\d{2}$/.test(day) && (month(day) < from || month(day) > to)) problems.push('evidence of ' + day + ' shown outside the window');
            });
          }
          return problems.slice(0, 5);
        })()""")
        check(not bad, "the time window: " + "; ".join(bad or []))
        shown = page.js("document.querySelectorAll('#relations-table tbody tr:not(.filtered)').length")
        total = page.js("document.querySelectorAll('#relations-table tbody tr').length")
        check(shown < total, f"a third of the period shows every relation ({shown} of {total})")


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    page_path = os.path.abspath(args[0])
    expect_diff = "--expect-diff" in args
    explore = "--explore" in args
    no_graph = "--no-graph" in args
    screenshot = args[args.index("--screenshot") + 1] if "--screenshot" in args else None
    if not os.path.isfile(page_path):
        sys.exit(f"browser_check: {page_path}: no such file")

    profile = tempfile.mkdtemp(prefix="relgraph-chromium-")
    proc = subprocess.Popen([chromium_binary(), "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--no-default-browser-check", "--disable-extensions", "--remote-debugging-port=0",
                             f"--user-data-dir={profile}", "--window-size=1400,1000", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    problems = []
    sizes = []
    try:
        port_file = os.path.join(profile, "DevToolsActivePort")
        deadline = time.time() + 60
        while not (os.path.exists(port_file) and open(port_file).read().count("\n") >= 1):
            if proc.poll() is not None or time.time() > deadline:
                sys.exit("browser_check: chromium did not start")
            time.sleep(0.1)
        port = open(port_file).read().split("\n")[0].strip()
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30))
        target = next(t for t in targets if t.get("type") == "page")
        page = Page(WebSocket(target["webSocketDebuggerUrl"]))
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.call(f"{domain}.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1400, height=1000, deviceScaleFactor=1, mobile=False)
        page.call("Page.navigate", url="file://" + page_path)
        page.wait_for("Page.loadEventFired")
        page.settle(0.5)

        def check(ok, message):
            if not ok:
                problems.append(message)

        check(page.js("document.documentElement.getAttribute('data-ready')") == "true",
              "the page's script did not run (html[data-ready] missing): blocked by the CSP or an error")
        if not no_graph:
            check(page.js("document.querySelectorAll('#graph-figure svg g.node').length") > 0, "no SVG graph with nodes")
            check(page.js("document.querySelectorAll('#centrality-table tbody tr').length") > 0, "no centrality table rows")
            check(page.js("document.querySelectorAll('#relations-table tbody tr').length") > 0, "no relations table rows")
            if expect_diff:
                check(page.js("!!document.querySelector('#diff-figure svg') && document.querySelectorAll('#diff table tbody tr').length > 0"),
                      "no changes section with a drawing and a table")

            # A well-ranked node: its SVG element, put in view, hovered with the mouse, then clicked.
            target_info = page.js("""(() => {
            // The best-ranked drawn node of the table, else the first drawn node (a narrowed drawing
            // may hold none of the people layer).
            const data = JSON.parse(document.getElementById('relgraph-data').textContent);
            const drawn = new Map(data.nodes.filter(n => n.svg.length).map(n => [n.id, n]));
            const row = Array.from(document.querySelectorAll('#centrality-table tbody tr')).find(r => drawn.has(r.dataset.node));
            const node = row ? drawn.get(row.dataset.node) : drawn.values().next().value;
            document.getElementById(node.svg[0]).scrollIntoView({block: 'center', inline: 'center'});
            return {id: node.id, name: node.name, hint: document.getElementById('details').textContent};
            })()""")
            page.settle(0.2)
            # The centre of the node once scrolled into view.
            pos = page.js(f"""(() => {{ const r = document.getElementById(JSON.parse(document.getElementById('relgraph-data').textContent)
                    .nodes.find(n => n.id === {json.dumps(target_info['id'])}).svg[0]).getBoundingClientRect();
                    return [r.x + r.width / 2, r.y + r.height / 2]; }})()""")
            page.mouse("mouseMoved", 5, 5)
            page.mouse("mouseMoved", pos[0], pos[1])
            page.settle()
            details = page.js("document.getElementById('details').textContent")
            check(details != target_info["hint"] and target_info["name"] in details,
                  f"hovering {target_info['id']} did not show it in the evidence panel (panel: {details[:80]!r})")
            rows_before = page.js("document.querySelectorAll('#relations-table tbody tr:not(.hidden)').length")
            page.mouse("mousePressed", pos[0], pos[1], button="left", clickCount=1)
            page.mouse("mouseReleased", pos[0], pos[1], button="left", clickCount=1)
            page.settle()
            dimmed = page.js("document.querySelectorAll('#graph-figure .dim').length")
            focus = page.js("document.getElementById('selection').textContent")
            rows_after = page.js("document.querySelectorAll('#relations-table tbody tr:not(.hidden)').length")
            check(dimmed > 0, "clicking a node dimmed nothing in the graph")
            check(target_info["name"] in focus, f"clicking a node did not show the focus (got {focus!r})")
            check(rows_after <= rows_before and page.js(
                f"Array.from(document.querySelectorAll('#relations-table tbody tr:not(.hidden)')).every(tr => tr.dataset.nodes.split(' ').includes({json.dumps(target_info['id'])}))"),
                "clicking a node did not filter the relations table to its relations")
            if screenshot:
                shot = page.call("Page.captureScreenshot", format="png")
                with open(screenshot, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
            # Find: type another entity's Arabic name into the search box and press Enter.
            other = page.js("""(() => {
                const data = JSON.parse(document.getElementById('relgraph-data').textContent);
                const n = data.nodes.filter(n => n.svg.length && n.label && n.id !== %s).pop();
                return n ? {name: n.name, label: n.label} : null; })()""" % json.dumps(target_info["id"]))
            if other:
                page.js("document.getElementById('find').focus()")
                page.call("Input.insertText", text=other["label"])
                for kind in ("keyDown", "keyUp"):
                    page.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)
                page.settle()
                focus = page.js("document.getElementById('selection').textContent")
                check(other["name"] in focus, f"finding {other['label']!r} did not focus {other['name']!r} (got {focus!r})")
            # Zoom: the + button narrows the drawing's viewBox; Fit restores it.
            box = page.js("document.querySelector('#graph-figure svg').getAttribute('viewBox')")
            page.js("document.querySelector('div.zoom button[data-zoom=in]').click()")
            zoomed = page.js("document.querySelector('#graph-figure svg').getAttribute('viewBox')")
            page.js("document.querySelector('div.zoom button[data-zoom=reset]').click()")
            check(zoomed != box and page.js("document.querySelector('#graph-figure svg').getAttribute('viewBox')") != zoomed,
                  "the zoom buttons did not change the drawing's viewBox")
            # Sorting: numbers sort descending on the first click, so the rank column comes out reversed.
            first = page.js("document.querySelector('#centrality-table tbody tr').dataset.node")
            page.js("document.querySelector('#centrality-table thead th button').click()")
            last_sorted = page.js("document.querySelector('#centrality-table tbody tr').dataset.node")
            rows = page.js("document.querySelectorAll('#centrality-table tbody tr').length")
            check(rows < 2 or last_sorted != first, "clicking the rank column head did not sort the table")
        if explore and not no_graph:
            explore_checks(page, "file://" + page_path, check, sizes)
        check(page.js("typeof window.pwned") == "undefined", "injected code ran (window.pwned is set)")
        page.settle(0.2)

        for e in page.events:
            m, p = e["method"], e.get("params", {})
            if m == "Runtime.exceptionThrown":
                problems.append("uncaught exception: " + p["exceptionDetails"].get("exception", {}).get("description", p["exceptionDetails"].get("text", "")))
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                problems.append("console error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                problems.append(f"console error ({p['entry'].get('source')}): {p['entry'].get('text')}")
            elif m == "Network.requestWillBeSent":
                url = p["request"]["url"]
                if not (url.startswith("file:") or url.startswith("data:") or url == "about:blank"):
                    problems.append("network fetch: " + url)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    for p in problems:
        print("browser_check: " + p, file=sys.stderr)
    if problems:
        sys.exit(1)
    done = "no console errors, no fetches" if no_graph else "hover, click focus, find, zoom, sort, no console errors, no fetches"
    if explore and not no_graph:
        done += "; labels, wheel zoom, touch pinch, filters, URL fragment, time window; " + ", ".join(sizes)
    print(f"browser_check: {os.path.basename(page_path)}: ok ({done})")


if __name__ == "__main__":
    main()
