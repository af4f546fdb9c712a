"""kg query stays offline, stops on time and on Ctrl-C.

SERVICE (Oxigraph's federation) would send the query to any endpoint it names: kg refuses it,
wherever it stands in the query, unless --allow-service says otherwise; it is found by
parsing, so comments, strings and escapes can neither hide it nor fake it. A query runs in a
worker process that is killed at --timeout or on Ctrl-C (pyoxigraph evaluates in native code,
where neither a timer nor KeyboardInterrupt reaches in this process), and that dies with kg.
"""
import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.query import query_graph, resolve, uses_service

from conftest import ROOT

RESULTS = b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "remote"}}]}}'


@pytest.fixture
def endpoint():
    """A SPARQL endpoint on this machine that counts the requests it gets."""
    requests = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(RESULTS)))
            self.end_headers()
            self.wfile.write(RESULTS)

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", requests
    server.shutdown()
    server.server_close()


@pytest.fixture
def graph(tmp_path):
    """A Turtle file of 3,000 triples: a cross join of three patterns never ends."""
    lines = [f"<http://x/s{i}> <http://x/p{i % 7}> \"{i}\" ." for i in range(3000)]
    path = tmp_path / "graph.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"

REMOTE = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?x } }",
    "select * where { service <{url}> { ?s ?p ?x } }",
    "SELECT * WHERE { SERVICE SILENT <{url}> { ?s ?p ?x } }",
    "SELECT * WHERE { \\u0053ERVICE <{url}> { ?s ?p ?x } }",
    "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <{url}> { ?s ?p ?x } } }",
    "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <{url}> { ?s ?p ?x } } }",
    "SELECT * WHERE { { SELECT ?x WHERE { SERVICE <{url}> { ?s ?p ?x } } } }",
    "SELECT * WHERE { SERVICE # a comment\n <{url}> { ?s ?p ?x } }",
    "PREFIX e: <{url}#>\nASK { SERVICE e:x { ?s ?p ?x } }",
]
LOCAL = [
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <{url}> { ?s ?p ?o }",
    'SELECT * WHERE { ?s ?p "SERVICE <{url}> {{ }}" }',
    "SELECT * WHERE { <{url}/service> ?p ?o }",
    "SELECT ?service WHERE { ?service ?p ?o }",
    "PREFIX service: <http://x/>\nSELECT * WHERE { ?s service:p ?o }",
]


@pytest.mark.parametrize("query", REMOTE)
def test_service_is_refused_wherever_it_stands(query, endpoint, graph, tmp_path, monkeypatch):
    url, requests = endpoint
    text = query.replace("{url}", url)
    assert uses_service(text)
    monkeypatch.chdir(tmp_path)
    Path("remote.rq").write_text("# remote: a query that calls out\n" + text + "\n", encoding="utf-8")
    for given in (text, "remote.rq"):
        r = CliRunner().invoke(cli, ["query", given, "--graph", str(graph)])
        assert r.exit_code == 1, r.output
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: the query calls another SPARQL endpoint (SERVICE"), lines
        assert lines[0].endswith("kg query runs offline; pass --allow-service to let it")
    assert requests == []


@pytest.mark.parametrize("query", LOCAL)
def test_service_in_comments_strings_and_names_is_no_service(query, endpoint, graph):
    url, requests = endpoint
    text = query.replace("{url}", url)
    assert not uses_service(text)
    r = CliRunner().invoke(cli, ["query", text, "--graph", str(graph)])
    assert r.exit_code == 0, r.output
    assert requests == []


def test_allow_service_lets_it_through(endpoint, graph):
    url, requests = endpoint
    r = CliRunner().invoke(cli, ["query", f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}", "--graph",
                                 str(graph), "--allow-service", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["x", "remote"] and len(requests) == 1


def test_a_query_rdflib_cannot_parse_is_checked_by_its_words():
    # where rdflib's parser gives up (syntax it does not know, or an error Oxigraph will report):
    # without the word SERVICE there can be no SERVICE; with it kg cannot tell, and refuses
    assert not uses_service("SELECT * WHERE { ?s ?p ?o")
    assert uses_service("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o }")
    assert uses_service("SELECT * WHERE { \\U00000053ERVICE <http://x/> { ?s ?p ?o }")


def test_a_query_that_runs_too_long_is_stopped(graph):
    t = time.monotonic()
    with pytest.raises(QueryError, match=r"^the query ran longer than 1 s and was stopped; give it more time with "
                                         r"--timeout SECONDS \(0 for no limit\)$"):
        query_graph(graph, resolve(CROSS_JOIN), timeout=1)
    assert time.monotonic() - t < 30
    assert query_graph(graph, resolve("ASK { ?s ?p ?o }"), timeout=1).boolean is True


def _query_process(graph: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "kg", "query", CROSS_JOIN, "--graph", str(graph), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)


def _running_query(proc: subprocess.Popen, timeout: float = 60) -> list[psutil.Process]:
    """Wait until kg query (or its worker) has been busy for a second of CPU; its worker processes."""
    main = psutil.Process(proc.pid)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        children = main.children()
        if sum(p.cpu_times().user for p in [main, *children]) > main.cpu_times().user + 1.0 or (
                not children and main.cpu_times().user > 4.0):  # kg imported, graph loaded, query running
            return children
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    raise AssertionError("the query never started")


def test_ctrl_c_stops_a_running_query(graph):
    """Regression: a cross join ran on for 15 minutes after SIGINT."""
    proc = _query_process(graph)
    try:
        workers = _running_query(proc)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: the whole foreground process group
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
    assert proc.returncode == 130
    assert err.decode().strip().splitlines() == ["Error: interrupted"]
    assert all(not w.is_running() or w.status() == psutil.STATUS_ZOMBIE for w in workers)


def test_the_worker_dies_with_kg(graph):
    proc = _query_process(graph, "--timeout", "0")
    try:
        workers = _running_query(proc)
        assert workers
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=20)
        for w in workers:
            w.wait(timeout=20)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


@pytest.mark.parametrize("text", ["SELECT * { \\U00110000 ?s ?p ?o }", "SELECT * { \\U0011FFFFERVICE <x> { } }",
                                  "\\ud800SERVICE", "SERVICE" * 10_000, "{" * 5_000 + "SERVICE"])
def test_the_check_itself_never_crashes(text):
    assert uses_service(text) in (True, False)
