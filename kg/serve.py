"""A SPARQL 1.1 Protocol endpoint over a graph: the Oxigraph server on a persistent store.

kg runs offline, and so does its endpoint: the Oxigraph server would follow a client's ``SERVICE``
to any address it can reach (another endpoint, or a host inside the network the server sits in),
so it listens on a private local port behind :class:`Guard`, a small HTTP front that refuses a
query or update calling another endpoint (403, one line) unless ``allow_service``, and passes
everything else through unchanged. Queries are stopped after ``timeout`` seconds (Oxigraph's
own request timeout).

:func:`prepare_store` loads ``graph.ttl`` into an Oxigraph store folder once per version of the
file (keyed by its SHA-256), so a restart on an unchanged graph loads nothing; :class:`Endpoint`
runs ``oxigraph serve-read-only`` (or ``serve``) on it, bound to one local port, and stops it
cleanly; :func:`serve` keeps one running and, when the graph file changes (``kg build`` again),
loads the new version and restarts the server on the same port.

The store folder holds one sub-folder per loaded version (``graph-<sha256 prefix>``), of which
only the newest is kept, and ``server.log``, what the Oxigraph server printed.

>>> oxigraph_binary().endswith("oxigraph")
True
"""
from __future__ import annotations

import errno
import hashlib
import http.client
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .errors import InputError, KGError

__all__ = ["Endpoint", "Guard", "prepare_store", "prune_store", "serve", "query", "oxigraph_binary", "count_triples",
           "DEFAULT_PORT"]

log = logging.getLogger(__name__)

#: the Oxigraph server's own default port
DEFAULT_PORT = 7878
#: seconds a query may run on the endpoint, as for ``kg query``
DEFAULT_TIMEOUT = 60
_LOADED = "kg-source.json"  # written into a version folder once its load has finished
_LOG = "server.log"


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable of the ``oxigraph`` package (next to this Python, or on PATH)."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.is_file():
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise KGError("the oxigraph server is not installed; `pip install oxigraph` (kg's install brings it)")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check_graph(graph: Path) -> None:
    if not graph.exists():
        raise InputError(f"{graph}: no such file; run `kg build` first or name the graph to serve")
    if graph.is_dir():
        raise InputError(f"{graph}: is a folder; name a Turtle file such as {graph / 'graph.ttl'}")


def _last_line(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


def prepare_store(graph: str | Path, store: str | Path, *, prune: bool = True) -> tuple[Path, bool]:
    """The store folder holding this version of ``graph``, loading it first when needed.

    Returns ``(folder, loaded)``: ``loaded`` is False when the version was already there. A load
    goes to a temporary folder that is renamed when complete, so an interrupted load leaves no
    half-filled store behind; with ``prune``, other versions are removed afterwards.
    """
    graph, store = Path(graph), Path(store)
    _check_graph(graph)
    digest = _sha256(graph)
    target = store / f"graph-{digest[:16]}"
    if (target / _LOADED).is_file():
        return target, False
    store.mkdir(parents=True, exist_ok=True)
    tmp = store / f".loading-{digest[:16]}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)  # a version folder without its marker: a load cut short
    cmd = [oxigraph_binary(), "load", "--location", str(tmp), "--file", str(graph), "--format", "ttl"]
    done = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    if done.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise InputError(f"{graph}: the Oxigraph store could not load it ({_last_line(done.stderr) or done.returncode})")
    (tmp / _LOADED).write_text(json.dumps({"graph": str(graph), "sha256": digest}) + "\n", encoding="utf-8")
    tmp.rename(target)
    if prune:
        prune_store(store, target)
    return target, True


def prune_store(store: Path, keep: Path) -> None:
    """Remove every version folder of ``store`` but ``keep``."""
    for old in Path(store).glob("graph-*"):
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as s:
        if os.name != "nt":  # as servers bind: a port is taken by a listener, not by closed connections
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                return False
            raise KGError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    return True


def query(url: str, sparql: str, timeout: float = 10.0) -> dict:
    """Run a SELECT or ASK query over the SPARQL 1.1 Protocol; the JSON results."""
    req = urllib.request.Request(f"{url}?{urllib.parse.urlencode({'query': sparql})}",
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.load(resp)


def count_triples(url: str) -> int:
    """How many triples the endpoint at ``url`` serves."""
    res = query(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(res["results"]["bindings"][0]["n"]["value"])


def query_url(host: str, port: int) -> str:
    """The SPARQL 1.1 Protocol query URL of a server on ``host:port``."""
    return f"http://{f'[{host}]' if ':' in host else host}:{port}/query"


@dataclass
class Endpoint:
    """One Oxigraph server process on a store folder, bound to ``host:port``."""

    location: Path
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    writable: bool = False
    timeout: float | None = None
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        """The query URL (the SPARQL 1.1 Protocol's query operation)."""
        return query_url(self.host, self.port)

    def start(self, timeout: float = 30.0) -> Endpoint:
        """Start the server and wait until it answers a query; one-line errors otherwise."""
        if not _port_free(self.host, self.port):
            raise KGError(f"port {self.port} is in use on {self.host}; stop what uses it or choose another with --port")
        mode = "serve" if self.writable else "serve-read-only"
        cmd = [oxigraph_binary(), mode, "--location", str(self.location), "--bind", f"{self.host}:{self.port}"]
        if self.timeout:
            cmd += ["--timeout-s", str(max(1, round(self.timeout)))]
        logfile = (self.location.parent / _LOG).open("ab")
        try:
            self.process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=logfile, stderr=logfile,
                                            start_new_session=True)  # Ctrl-C reaches kg, which stops it
        finally:
            logfile.close()
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                tail = _last_line((self.location.parent / _LOG).read_text(encoding="utf-8", errors="replace"))
                self.process = None
                raise KGError(f"the Oxigraph server stopped at once ({tail or 'no message'})")
            try:
                query(self.url, "ASK {}", timeout=2)
                return self
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise KGError(f"the Oxigraph server did not answer on {self.url} within {timeout:.0f} s") from None
                time.sleep(0.05)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout`` seconds) and wait for it."""
        p, self.process = self.process, None
        if p is None or p.poll() is not None:
            return
        p.terminate()
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()

    def __enter__(self) -> Endpoint:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


# --- the guard: no SERVICE -------------------------------------------------------------------------

_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "content-length", "host"}


def sparql_texts(method: str, path: str, content_type: str, body: bytes) -> list[tuple[str, str]]:
    """The SPARQL texts of one protocol request, as ``(kind, text)`` with kind ``query`` or
    ``update``: the ``query``/``update`` parameters of the URL and of a form body, or the body of
    a ``application/sparql-query`` / ``application/sparql-update`` POST.

    >>> sparql_texts("GET", "/query?query=ASK%20%7B%7D", "", b"")
    [('query', 'ASK {}')]
    >>> sparql_texts("POST", "/update", "application/sparql-update; charset=utf-8", b"CLEAR ALL")
    [('update', 'CLEAR ALL')]
    """
    found = []
    params = urllib.parse.parse_qs(urllib.parse.urlsplit(path).query, keep_blank_values=True)
    ctype = content_type.split(";")[0].strip().lower()
    if method == "POST" and ctype == "application/x-www-form-urlencoded":
        for key, values in urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
            params.setdefault(key, []).extend(values)
    elif method == "POST" and ctype in ("application/sparql-query", "application/sparql-update"):
        found.append((ctype.rsplit("-", 1)[1], body.decode("utf-8", "replace")))
    for kind in ("query", "update"):
        found += [(kind, text) for text in params.get(kind, ())]
    return found


def calls_out(kind: str, text: str) -> str | None:
    """The endpoint a query or update calls (``SERVICE``; "" when kg cannot tell), or None."""
    from .query import service_endpoint

    return service_endpoint(text, update=kind == "update")


class Guard(ThreadingHTTPServer):
    """The public face of the endpoint: an HTTP server on ``host:port`` that forwards each
    request to the Oxigraph server at ``upstream`` (``(host, port)``, switched when a new
    version is served), after refusing those that call another endpoint."""

    daemon_threads = True
    allow_reuse_address = os.name != "nt"

    def __init__(self, host: str, port: int, upstream: tuple[str, int], *, allow_service: bool = False,
                 timeout: float | None = DEFAULT_TIMEOUT):
        if not _port_free(host, port):
            raise KGError(f"port {port} is in use on {host}; stop what uses it or choose another with --port")
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), _GuardHandler)
        self.upstream = upstream
        self.allow_service = allow_service
        self.timeout_s = timeout
        self._thread: threading.Thread | None = None

    def start(self) -> Guard:
        self._thread = threading.Thread(target=self.serve_forever, name="kg-serve-guard", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()


class _GuardHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Guard

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        log.debug("%s %s", self.address_string(), format % args)

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _reply(self, status: int, body: bytes, headers: list[tuple[str, str]]) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _forward(self) -> None:
        try:
            body = self._body()
        except ValueError:
            self._reply(400, b"kg serve: a malformed request body\n", [("Content-Type", "text/plain; charset=utf-8")])
            return
        if not self.server.allow_service:
            for kind, text in sparql_texts(self.command, self.path, self.headers.get("Content-Type", ""), body):
                endpoint = calls_out(kind, text)
                if endpoint is not None:
                    what = f"SERVICE {endpoint}" if endpoint else "SERVICE, as far as kg can tell without parsing it"
                    msg = (f"kg serve: the {kind} calls another SPARQL endpoint ({what}); this endpoint runs offline "
                           "(start it with --allow-service to let it)\n")
                    self._reply(403, msg.encode("utf-8"), [("Content-Type", "text/plain; charset=utf-8")])
                    return
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
        host, port = self.server.upstream
        wait = self.server.timeout_s + 30 if self.server.timeout_s else None
        conn = http.client.HTTPConnection(host, port, timeout=wait)
        try:
            conn.request(self.command, self.path, body=body if body or self.command in ("POST", "PUT") else None,
                         headers=headers)
            resp = conn.getresponse()
            data = resp.read()
        except (OSError, http.client.HTTPException) as exc:
            self._reply(502, f"kg serve: the Oxigraph server did not answer ({exc})\n".encode(),
                        [("Content-Type", "text/plain; charset=utf-8")])
            return
        finally:
            conn.close()
        self._reply(resp.status, data, [(k, v) for k, v in resp.getheaders() if k.lower() not in _HOP])

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = _forward


def _local_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(graph: str | Path, store: str | Path, *, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
          writable: bool = False, allow_service: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
          poll: float = 1.0, say: Callable[[str], None] = log.info, stop: Callable[[], bool] = lambda: False) -> None:
    """Serve ``graph`` at ``http://host:port/query`` until ``stop()`` is true or the process is
    interrupted (the server is stopped either way). A new version of the graph file is loaded and
    served on the same port; queries that call another endpoint are refused unless ``allow_service``."""
    graph = Path(graph)
    location, loaded = prepare_store(graph, store)

    def oxigraph(folder: Path) -> Endpoint:
        return Endpoint(folder, "127.0.0.1", _local_port(), writable, timeout).start()

    guard = Guard(host, port, ("127.0.0.1", 0), allow_service=allow_service, timeout=timeout)
    endpoint = None
    try:
        endpoint = oxigraph(location)
        guard.upstream = ("127.0.0.1", endpoint.port)
        guard.start()
        url = query_url(host, port)
        say(f"{graph}: {count_triples(url):,} triples {'loaded into' if loaded else 'already in'} "
            f"the store {Path(store)}")
        mode = "read-write, updates at /update" if writable else "read-only"
        calls = "SERVICE allowed" if allow_service else "SERVICE refused"
        say(f"SPARQL endpoint: {url} ({mode}; {calls}); Ctrl-C stops it")
        stamp = _stamp(graph)
        while not stop():
            time.sleep(poll)
            now = _stamp(graph)
            if now is None or now == stamp:
                continue
            time.sleep(poll)  # let a writer finish (kg build renames a complete file into place)
            if _stamp(graph) != now:
                continue
            stamp = now
            try:
                new, _ = prepare_store(graph, store, prune=False)
            except KGError as exc:
                say(f"warning: {exc}; still serving the previous version")
                continue
            if new == endpoint.location:
                continue
            old, endpoint = endpoint, oxigraph(new)
            guard.upstream = ("127.0.0.1", endpoint.port)  # requests from now on go to the new version
            old.stop()
            prune_store(Path(store), new)
            say(f"{graph} changed: {count_triples(url):,} triples now served at {url}")
    finally:
        guard.stop()
        if endpoint is not None:
            endpoint.stop()
