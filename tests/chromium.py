"""A tiny Chrome DevTools Protocol client over ``--remote-debugging-pipe``: no dependency.

Chromium reads commands from file descriptor 3 and writes replies and events to
descriptor 4, each message a JSON object ending in a NUL byte. That is all the browser
tests need (open a file, evaluate JavaScript, send mouse and key events, watch the
console and the network, take a screenshot) without a driver binary, a websocket
library or a browser download.

>>> # b = Chromium.launch(); page = b.new_page(); page.goto("file:///tmp/x.html"); b.close()
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

__all__ = ["find_chromium", "Chromium", "Page", "CDPError"]

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-pipe",
)


class CDPError(RuntimeError):
    """The browser answered a command with an error, or did not answer in time."""


def find_chromium() -> str | None:
    """The path of a Chromium or Chrome executable, or None (``KG_CHROMIUM`` overrides)."""
    env = os.environ.get("KG_CHROMIUM")
    if env:
        return env if Path(env).exists() else None
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


def _above_9(fd: int) -> int:
    new = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return new


class Chromium:
    """One headless browser process driven through the DevTools pipe."""

    def __init__(self, proc: subprocess.Popen, to_browser: int, from_browser: int, profile: str):
        self.proc = proc
        self._out = os.fdopen(to_browser, "wb", buffering=0)
        self._in = os.fdopen(from_browser, "rb", buffering=0)
        self._profile = profile
        self._lock = threading.Lock()
        self._next = 0
        self._replies: dict[int, dict] = {}
        self._events: list[dict] = []
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @classmethod
    def launch(cls, executable: str | None = None, *, width: int = 1400, height: int = 900) -> "Chromium":
        executable = executable or find_chromium()
        if not executable:
            raise FileNotFoundError("no chromium executable")
        profile = tempfile.mkdtemp(prefix="kg-chromium-")
        cmd_r, cmd_w = os.pipe()  # we write commands, the browser reads them on fd 3
        ev_r, ev_w = os.pipe()  # the browser writes on fd 4, we read
        # the child's ends above 9, so that moving them onto 3 and 4 cannot clobber one another
        cmd_r, ev_w = (_above_9(fd) for fd in (cmd_r, ev_w))
        args = [executable, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}", "about:blank"]
        # bash (dash takes single-digit descriptors only) moves the two pipe ends onto the
        # descriptors Chromium expects, then execs it
        script = f'exec "$@" 3<&{cmd_r} 4>&{ev_w} {cmd_r}<&- {ev_w}>&-'
        proc = subprocess.Popen([shutil.which("bash") or "/bin/bash", "-c", script, "chromium", *args], pass_fds=(cmd_r, ev_w),
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(cmd_r)
        os.close(ev_w)
        return cls(proc, cmd_w, ev_r, profile)

    # -- transport --------------------------------------------------------------------

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = self._in.read(65536)
            except (OSError, ValueError):
                chunk = b""
            if not chunk:
                with self._cond:
                    self._events.append({"method": "kg.closed"})
                    self._cond.notify_all()
                return
            buf += chunk
            *msgs, buf = buf.split(b"\0")
            with self._cond:
                for raw in msgs:
                    msg = json.loads(raw)
                    if "id" in msg:
                        self._replies[msg["id"]] = msg
                    else:
                        self._events.append(msg)
                self._cond.notify_all()

    def send(self, method: str, params: dict | None = None, *, session: str | None = None, timeout: float = 60) -> dict:
        with self._lock:
            self._next += 1
            mid = self._next
        msg = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self._out.write(json.dumps(msg).encode("utf-8") + b"\0")
        deadline = time.monotonic() + timeout
        with self._cond:
            while mid not in self._replies:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise CDPError(f"{method}: no answer from the browser")
                self._cond.wait(min(left, 0.5))
            reply = self._replies.pop(mid)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def events(self, session: str | None = None) -> list[dict]:
        with self._cond:
            return [e for e in self._events if session is None or e.get("sessionId") == session]

    def wait_event(self, method: str, session: str | None = None, timeout: float = 60, after: int = 0) -> dict:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for e in self._events[after:]:
                    if e.get("method") == method and (session is None or e.get("sessionId") == session):
                        return e
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"no {method} event in {timeout} s")
                self._cond.wait(min(left, 0.5))

    def new_page(self) -> "Page":
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.send(f"{domain}.enable")
        return page

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5)
        except (CDPError, OSError, ValueError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for f in (self._out, self._in):
            try:
                f.close()
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Page:
    """One tab: navigate, evaluate, input events, and what it logged and requested."""

    def __init__(self, browser: Chromium, session: str):
        self.browser = browser
        self.session = session

    def send(self, method: str, params: dict | None = None, timeout: float = 60) -> dict:
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def goto(self, url: str, timeout: float = 60) -> None:
        mark = len(self.browser.events())
        self.send("Page.navigate", {"url": url})
        self.browser.wait_event("Page.loadEventFired", self.session, timeout=timeout, after=mark)

    def eval(self, expression: str, timeout: float = 60):
        """The value of a JavaScript expression (promises are awaited)."""
        r = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                      timeout=timeout)
        if "exceptionDetails" in r:
            d = r["exceptionDetails"]
            raise CDPError(f"{expression[:60]}: {d.get('exception', {}).get('description') or d.get('text')}")
        return r["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 60, interval: float = 0.1):
        deadline = time.monotonic() + timeout
        while True:
            value = self.eval(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise CDPError(f"timed out waiting for {expression}")
            time.sleep(interval)

    def mouse(self, kind: str, x: float, y: float, **kw) -> None:
        self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, **kw})

    def click(self, x: float, y: float) -> None:
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, button="left", clickCount=1)
        self.mouse("mouseReleased", x, y, button="left", clickCount=1)

    def type_text(self, text: str) -> None:
        self.send("Input.insertText", {"text": text})

    def screenshot(self, path: str | Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path

    def console_errors(self) -> list[str]:
        """Console errors, uncaught exceptions and browser log errors (CSP violations included)."""
        out = []
        for e in self.browser.events(self.session):
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append(d.get("exception", {}).get("description") or d.get("text", "exception"))
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append(p["entry"].get("text", ""))
        return out

    def requests(self) -> list[str]:
        """URLs of every request the page made."""
        return [e["params"]["request"]["url"] for e in self.browser.events(self.session)
                if e.get("method") == "Network.requestWillBeSent"]
