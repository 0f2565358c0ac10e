"""Headless Chromium over the DevTools protocol, standard library only: a tiny WebSocket
client, a page handle that collects console errors, uncaught exceptions and failed loads,
and `launch()`, which starts Chromium on a throwaway profile and stops it by PID."""
import base64, contextlib, json, os, shutil, socket, struct, subprocess, tempfile, time, urllib.parse, urllib.request

CHROME = os.environ.get("CHROMIUM", shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium")


class WebSocket:
    """Just enough RFC 6455 for a loopback DevTools connection."""

    def __init__(self, url):
        u = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        req = (f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(req.encode())
        buf = b""
        while b"\r\n\r\n" not in buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("websocket handshake failed")
            buf += chunk
        head, self.buf = buf.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"websocket handshake refused: {head[:200]!r}")

    def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        n = len(data)
        hdr = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack(">H", n) if n < 65536 else bytes([0x80 | 127]) + struct.pack(">Q", n))
        self.sock.sendall(hdr + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise RuntimeError("websocket closed")
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def recv(self):
        parts = []
        while True:
            b0, b1 = self._read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            payload = self._read(n)
            op = b0 & 0x0F
            if op == 9:  # ping
                continue
            parts.append(payload)
            if b0 & 0x80:
                return b"".join(parts).decode()


class Page:
    def __init__(self, ws, out="."):
        self.ws = ws
        self.out = out
        self.next_id = 0
        self.problems = []

    def call(self, method, **params):
        self.next_id += 1
        mid = self.next_id
        self.ws.send(json.dumps({"id": mid, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.on_event(msg)

    def on_event(self, msg):
        m, p = msg.get("method"), msg.get("params", {})
        if m == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            self.problems.append("uncaught exception: " + (d.get("exception", {}).get("description") or d.get("text", "")))
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            self.problems.append("console error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif m == "Log.entryAdded":
            e = p["entry"]
            if e.get("level") == "error":
                # An API 404 is an expected answer (e.g. investigate finding nothing); anything else is not.
                expected = e.get("source") == "network" and "/api/" in e.get("url", "") and ("404" in e.get("text", "") or "Not Found" in e.get("text", ""))
                if not expected:
                    self.problems.append(f"log {e.get('source')}: {e.get('text')} {e.get('url', '')}")

    def eval(self, expr):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"evaluating {expr[:80]}: {r['exceptionDetails'].get('text')}")
        return r["result"].get("value")

    def wait(self, expr, what, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            v = self.eval(f"(() => {{ try {{ return !!({expr}); }} catch (e) {{ return false; }} }})()")
            if v:
                return v
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}: {expr}")

    def goto(self, url, timeout=20):
        """Navigates and returns once the new document has loaded: `Page.navigate` answers
        when the navigation starts, and a script run then may meet the old document or a
        new one whose `<head>` is not parsed yet. The old window is marked first, so the
        wait cannot be satisfied by it."""
        self.eval("window.__glassboxLeaving = true, 1")
        r = self.call("Page.navigate", url=url)
        if r.get("errorText"):
            raise RuntimeError(f"navigating to {url}: {r['errorText']}")
        self.wait("!window.__glassboxLeaving && document.readyState === 'complete'",
                  f"{url} to load", timeout=timeout)

    def screenshot(self, name):
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path = os.path.join(self.out, name + ".png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return path


@contextlib.contextmanager
def launch(out=".", width=1440, height=900):
    """Starts headless Chromium and yields a `Page` on its first tab; stops it on exit."""
    profile = tempfile.mkdtemp(prefix="glassbox-cdp-")
    chrome = subprocess.Popen([CHROME, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                               "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                               f"--user-data-dir={profile}", "--remote-debugging-port=0", f"--window-size={width},{height}",
                               "about:blank"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = os.path.join(profile, "DevToolsActivePort")
        for _ in range(200):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.05)
        port = int(open(port_file).read().split()[0])
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page_target = next(t for t in targets if t["type"] == "page")
        page = Page(WebSocket(page_target["webSocketDebuggerUrl"]), out)
        for domain in ("Runtime", "Log", "Page"):
            page.call(f"{domain}.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        yield page
    finally:
        chrome.terminate()
        try:
            chrome.wait(5)
        except subprocess.TimeoutExpired:
            chrome.kill()
        shutil.rmtree(profile, ignore_errors=True)
