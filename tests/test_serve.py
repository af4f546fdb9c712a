"""`kg serve`: the graph as a SPARQL 1.1 Protocol endpoint (the Oxigraph server), started on a free
local port, queried over HTTP as clients do (urllib, curl-style form posts, SPARQLWrapper), updated
when the graph file changes, and stopped with Ctrl-C."""
from __future__ import annotations

import contextlib
import io
import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from rdflib import RDF

from kg.cli import cli
from kg.serve import Endpoint, prepare_store
from kg.vocab import KG

from conftest import ROOT

SMALL = """@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/kg/id/place/430181> a kg:Place ; rdfs:label "浏阳市"@zh ; kg:divisionCode "430181" .
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def select(url: str, sparql: str, post: bool = False) -> list[dict]:
    """The bindings of a SELECT, asked over the protocol (GET, or a form POST as curl --data-urlencode does)."""
    data = urllib.parse.urlencode({"query": sparql})
    req = urllib.request.Request(url if post else f"{url}?{data}", data=data.encode() if post else None,
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)["results"]["bindings"]


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


class Server:
    """`python -m kg serve …` in a child process, its stderr read line by line."""

    def __init__(self, *args: str, cwd: Path):
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)})
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.proc.poll() is not None and self.lines.empty():
                    break
                continue
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r} in {self.seen}")

    def close(self) -> None:
        """Stop kg as a service manager does (SIGTERM, which kg turns into a clean stop of its Oxigraph
        server); SIGKILL only if it does not exit, since a killed kg cannot stop the server it started."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stderr.close()


def servers_on(store: Path) -> list[int]:
    """The pids of processes whose command line names ``store`` (Oxigraph servers on it), from /proc."""
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            if str(store).encode() in cmdline.read_bytes():
                pids.append(int(cmdline.parent.name))
    return pids


@pytest.fixture
def graph(tmp_path, seed_ttl) -> Path:
    path = tmp_path / "exports" / "graph.ttl"
    path.parent.mkdir()
    shutil.copy(seed_ttl, path)
    return path


def test_the_endpoint_answers_sparql_updates_with_the_graph_and_stops_on_ctrl_c(graph, seed_rdf, tmp_path):
    port = free_port()
    server = Server("exports/graph.ttl", "--port", str(port), cwd=tmp_path)
    try:
        assert f"{len(seed_rdf):,} triples loaded into the store exports/.kgstore" in server.wait_for("triples")
        url = server.wait_for("SPARQL endpoint").split()[2]
        assert url == f"http://127.0.0.1:{port}/query"
        assert int(select(url, COUNT)[0]["n"]["value"]) == len(seed_rdf)
        rows = select(url, """PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name WHERE { ?o kg:holdsPost ?a . ?o rdfs:label ?name . ?a rdfs:label "中共开平市委员会"@zh }
            ORDER BY ?name""", post=True)
        assert [r["name"]["value"] for r in rows] == ["梁光挺", "陈小曼"]
        # SPARQLWrapper, as the README shows it
        from SPARQLWrapper import JSON, SPARQLWrapper

        sw = SPARQLWrapper(url)
        sw.setQuery("PREFIX kg: <https://w3id.org/kg/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Place }")
        sw.setReturnFormat(JSON)
        result = sw.query()
        n = int(result.convert()["results"]["bindings"][0]["n"]["value"])
        result.response.close()
        assert n == len(set(seed_rdf.subjects(RDF.type, KG.Place))) > 10
        # the README's SPARQLWrapper example, run against this endpoint
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        example = next(b for b in readme.split("```python\n")[1:] if "SPARQLWrapper(" in b).split("```")[0]
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(example.replace("http://127.0.0.1:7878/query", url), {})
        assert "陈小曼 中共开平市委员会" in printed.getvalue().splitlines()
        # read-only: an update is refused
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(urllib.request.Request(
                url.replace("/query", "/update"), data=b"update=INSERT+DATA+%7B%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E%7D",
                headers={"Content-Type": "application/x-www-form-urlencoded"}), timeout=10)
        refused.value.close()
        assert refused.value.code in (403, 405)
        # a rebuild writes a new graph.ttl (renamed into place): the endpoint serves it on the same port
        tmp = graph.with_name(".graph.ttl.tmp")
        tmp.write_text(SMALL, encoding="utf-8")
        os.replace(tmp, graph)
        assert "3 triples now served" in server.wait_for("changed")
        assert int(select(url, COUNT)[0]["n"]["value"]) == 3
        assert len(list((tmp_path / "exports" / ".kgstore").glob("graph-*"))) == 1  # the old version is gone
        # Ctrl-C: a clean stop, exit 0, the port free again
        server.proc.send_signal(signal.SIGINT)
        assert server.wait_for("stopped") == "kg serve: stopped"
        assert server.proc.wait(timeout=20) == 0
        assert port_free(port)
    finally:
        server.close()


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads processes from /proc")
def test_sigterm_stops_kg_serve_and_its_oxigraph_server(graph, tmp_path):
    """A service manager stops kg with SIGTERM: kg stops the Oxigraph server it started (in a session of its
    own, so no signal to kg reaches it) before it exits, leaving no server running on the store."""
    store = (tmp_path / "exports" / ".kgstore").resolve()
    server = Server(str(graph), "--port", str(free_port()), cwd=tmp_path)
    try:
        server.wait_for("SPARQL endpoint")
        assert servers_on(store)  # the check sees a running server
        server.proc.send_signal(signal.SIGTERM)
        assert server.wait_for("stopped") == "kg serve: stopped"
        assert server.proc.wait(timeout=20) == 0
        deadline = time.monotonic() + 10
        while servers_on(store) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not servers_on(store)
    finally:
        server.close()


def test_a_restart_on_an_unchanged_graph_loads_nothing(graph, tmp_path):
    store = tmp_path / "store"
    first, loaded = prepare_store(graph, store)
    again, reloaded = prepare_store(graph, store)
    assert loaded and not reloaded and first == again
    graph.write_text(SMALL, encoding="utf-8")
    other, loaded = prepare_store(graph, store)
    assert loaded and other != first and not first.exists()
    with Endpoint(other, port=free_port()) as endpoint:
        assert int(select(endpoint.url, COUNT)[0]["n"]["value"]) == 3


def _one_line_error(result, start: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(start), lines


def test_a_port_in_use_is_one_line(graph, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", str(graph), "--port", str(port), "--store", str(tmp_path / "s")])
    _one_line_error(result, f"Error: port {port} is in use on 127.0.0.1; stop what uses it or choose another with --port")


@pytest.mark.parametrize("content, error", [
    (None, "Error: {path}: no such file; run `kg build` first"),
    ("this is not <Turtle", "Error: {path}: the Oxigraph store could not load it ("),
])
def test_a_missing_or_broken_graph_is_one_line(tmp_path, content, error):
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", str(path), "--port", str(free_port())])
    _one_line_error(result, error.format(path=path))
    assert not list((tmp_path / ".kgstore").glob("graph-*"))  # nothing half-loaded is kept


def test_writable_accepts_sparql_updates(tmp_path):
    graph = tmp_path / "graph.ttl"
    graph.write_text(SMALL, encoding="utf-8")
    location, _ = prepare_store(graph, tmp_path / "store")
    with Endpoint(location, port=free_port(), writable=True) as endpoint:
        update = urllib.request.Request(endpoint.url.replace("/query", "/update"),
                                        data=urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode(),
                                        headers={"Content-Type": "application/x-www-form-urlencoded"})
        with urllib.request.urlopen(update, timeout=10) as resp:
            assert resp.status in (200, 204)
        assert int(select(endpoint.url, COUNT)[0]["n"]["value"]) == 4


def refused(url: str, data: bytes, content_type: str) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@contextlib.contextmanager
def trap_and_server(tmp_path, *flags: str, wait: float):
    """A listening socket that never answers (the address a SERVICE names) and `kg serve` of a small
    graph with ``flags``: yields ``(trap, port)``; both are closed afterwards."""
    trap = socket.socket()
    trap.bind(("127.0.0.1", 0))
    trap.listen(4)
    trap.settimeout(wait)
    (tmp_path / "graph.ttl").write_text(SMALL, encoding="utf-8")
    port = free_port()
    server = Server("graph.ttl", "--port", str(port), *flags, cwd=tmp_path)
    try:
        server.wait_for("SERVICE allowed" if "--allow-service" in flags else "SERVICE refused")
        yield trap, port
    finally:
        server.close()
        trap.close()


SERVICE_REQUESTS = [
    ("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:{hit}/sparql> { ?s ?p ?o } }", "form"),
    ("query", "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:{hit}/sparql> { ?s ?p ?o } }", "body"),
    ("query", "PREFIX x: <http://127.0.0.1:{hit}/> SELECT * WHERE { \\u0053ERVICE x:sparql { ?s ?p ?o } }", "form"),
    ("update", "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:{hit}/sparql> { ?s ?p ?o } }", "body"),
]


@pytest.mark.parametrize("kind, sparql, how", SERVICE_REQUESTS)
def test_the_endpoint_never_calls_another_endpoint_for_a_client(tmp_path, kind, sparql, how):
    """A client's SERVICE would make the server fetch any address it can reach: refused with a 403
    and one line, and the address is never contacted; a plain query still answers."""
    hits = []
    with trap_and_server(tmp_path, "--writable", wait=0.5) as (trap, port):
        url = f"http://127.0.0.1:{port}/{kind}"
        text = sparql.replace("{hit}", str(trap.getsockname()[1]))
        if how == "form":
            status, said = refused(url, urllib.parse.urlencode({kind: text}).encode(), "application/x-www-form-urlencoded")
        else:
            status, said = refused(url, text.encode(), f"application/sparql-{kind}")
        assert status == 403 and "SERVICE" in said and said.count("\n") == 1
        with contextlib.suppress(TimeoutError, socket.timeout):
            hits.append(trap.accept())
        assert not hits
        assert select(f"http://127.0.0.1:{port}/query", COUNT, post=True)[0]["n"]["value"] == "3"


def test_allow_service_lets_the_server_call_out(tmp_path):
    """With --allow-service the query goes through to Oxigraph, which then calls the endpoint."""
    with trap_and_server(tmp_path, "--allow-service", wait=20) as (trap, port):
        sparql = f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{trap.getsockname()[1]}/sparql> {{ ?s ?p ?o }} }}"
        form = urllib.parse.urlencode({"query": sparql}).encode()

        def ask():  # the answer does not matter (the trap never replies): only that the call was made
            with contextlib.suppress(OSError):
                refused(f"http://127.0.0.1:{port}/query", form, "application/x-www-form-urlencoded")

        threading.Thread(target=ask, daemon=True).start()
        conn, _ = trap.accept()
        conn.close()
