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
With --screenshot FILE, saves a PNG of the page after the click. With --no-graph (a report of
articles where nothing was linked) only the load, the script and the console are checked.

Usage: browser_check.py PAGE.html [--expect-diff] [--no-graph] [--screenshot FILE]
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


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        sys.exit(__doc__)
    page_path = os.path.abspath(args[0])
    expect_diff = "--expect-diff" in args
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

            # The best-ranked node: its SVG element, put in view, hovered with the mouse, then clicked.
            target_info = page.js("""(() => {
            const row = document.querySelector('#centrality-table tbody tr');
            const data = JSON.parse(document.getElementById('relgraph-data').textContent);
            const node = data.nodes.find(n => n.id === row.dataset.node);
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
    print(f"browser_check: {os.path.basename(page_path)}: ok ({done})")


if __name__ == "__main__":
    main()
