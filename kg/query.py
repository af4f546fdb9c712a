"""SPARQL over an exported graph with an embedded store (pyoxigraph), and the named queries kg ships.

A named query is a ``.rq`` file in ``queries/`` whose first comment lines say what it is
and which parameters it takes::

    # who-holds-posts: officials, their titles and the agencies they hold posts in
    # param agency: part of the agency's name; all agencies without it

A query reads a parameter with the function ``param:NAME()``: it returns the value given on
the command line as an RDF literal (an ``xsd:date`` for ``param NAME (date)``), or leaves
the variable unbound when none was given. Values are never pasted into the query text, so
quotes or braces in them cannot change the query.

kg runs offline: a query that calls another endpoint (``SERVICE``) is refused unless allowed
(:func:`uses_service`). :func:`query_graph` runs a query in a worker process that it kills
after a timeout or on Ctrl-C, for pyoxigraph evaluates queries in native code, where neither
can stop it in this process.

>>> sorted(named_queries())[:2]
['changes', 'counts']
"""
from __future__ import annotations

import functools
import json
import logging
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError, KGError, QueryError
from .resources import queries_dir
from .vocab import ID, KG_NS

__all__ = ["NamedQuery", "Result", "named_queries", "resolve", "load_store", "run", "query_graph", "uses_service", "service_endpoint",
           "format_result", "PREFIXES", "PARAM_NS", "DEFAULT_TIMEOUT"]

log = logging.getLogger(__name__)

#: Seconds a query may run (after the graph is loaded) before it is stopped.
DEFAULT_TIMEOUT = 60.0
#: the namespace of parameter functions: ``param:agency()``
PARAM_NS = "https://w3id.org/kg/param#"
#: prefixes every query may use without declaring them
PREFIXES = {
    "kg": KG_NS, "id": str(ID), "param": PARAM_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/", "org": "http://www.w3.org/ns/org#", "schema": "https://schema.org/",
    "oa": "http://www.w3.org/ns/oa#", "time": "http://www.w3.org/2006/time#",
}
_HEADER = re.compile(r"#\s*([\w-]+)\s*:\s*(.+)")
_PARAM_LINE = re.compile(r"#\s*param\s+([A-Za-z_][\w]*)\s*(?:\((\w+)\))?\s*:\s*(.+)")
_PARAM_USE = re.compile(r"(?:param:|<" + re.escape(PARAM_NS) + r")([A-Za-z_]\w*)>?\s*\(")
#: SPARQL's codepoint escapes, which may stand anywhere in a query (\\u0053ERVICE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SPARQL_START = re.compile(r"^\s*(?:#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # "string" or "date"
    help: str


@dataclass(frozen=True)
class NamedQuery:
    """A query with its name, one-line description and declared parameters."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()
    source: str = ""

    @classmethod
    def parse(cls, text: str, name: str = "", source: str = "") -> "NamedQuery":
        description, params = "", []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            m = _PARAM_LINE.match(line)
            if m:
                params.append(Param(m.group(1), (m.group(2) or "string").lower(), m.group(3).strip()))
                continue
            m = _HEADER.match(line)
            if m and not description:
                name = name or m.group(1)
                description = m.group(2).strip()
        declared = {p.name for p in params}
        for used in sorted(set(_PARAM_USE.findall(text)) - declared):  # an undeclared param:x() still works
            params.append(Param(used, "string", ""))
        return cls(name, description, text, tuple(params), source)


@dataclass
class Result:
    """What a query returned: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The queries kg ships, by name."""
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        out[path.stem] = NamedQuery.parse(path.read_text(encoding="utf-8"), path.stem, f"queries/{path.name}")
    return out


def resolve(query: str) -> NamedQuery:
    """A named query, a ``.rq`` file, or SPARQL text given as it is."""
    shipped = named_queries()
    if query in shipped:
        return shipped[query]
    if _SPARQL_START.match(query) or "{" in query:
        return NamedQuery.parse(query, "(query)", "command line")
    path = Path(query)
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read the query ({getattr(exc, 'strerror', None) or exc})") from None
        return NamedQuery.parse(text, path.stem, str(path))
    raise InputError(f"{query!r} is no named query, no file and no SPARQL; `kg query --list` shows the named queries")


def load_store(path: str | Path):
    """An in-memory Oxigraph store holding the Turtle file ``path``."""
    import pyoxigraph as ox

    path = _graph_file(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"{path}: not valid Turtle ({_one_line(exc)})") from None
    return store


def _graph_file(path: str | Path) -> Path:
    """``path`` as a Path, where it is a file; an InputError saying how to make one where it is not."""
    path = Path(path)
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "no such file"
        raise InputError(f"{path}: {what}; run `kg build` first or pass --graph path/to/graph.ttl")
    return path


def _one_line(exc: BaseException, limit: int = 200) -> str:
    s = " ".join(str(exc).split()) or type(exc).__name__
    if "Prefix not found" in s:
        s = re.sub(r"^(error at [\d:]+?):? .*", r"\1", s) + ": an undeclared prefix (kg: id: rdf: rdfs: xsd: skos: prov: dct: org: schema: param: are predeclared)"
    # the parser lists the character classes it could take: keep only the named tokens
    s = re.sub(r"\[[^\[\]]*\]", "", s)
    s = re.sub(r"(\s*,\s*)+", ", ", s).rstrip(", .")
    s = re.sub(r"(expected one of),\s*", r"\1 ", s)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _bind(q: NamedQuery, params: dict[str, str]) -> dict:
    import pyoxigraph as ox

    declared = {p.name: p for p in q.params}
    functions = {}
    for name, value in params.items():
        if name not in declared:
            takes = ", ".join(declared) or "none"
            raise QueryError(f"{q.name} takes no parameter {name!r}; it takes: {takes}")
        if declared[name].type == "date":
            try:
                date.fromisoformat(value)
            except ValueError:
                raise QueryError(f"parameter {name}: {value!r} is not a date like 2024-03-21") from None
            term = ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        else:
            term = ox.Literal(value)
        functions[name] = term
    # every declared parameter gets a function: the given value, or None (unbound) when not given
    return {ox.NamedNode(PARAM_NS + name): (lambda t=functions.get(name): t) for name in declared}


def run(store, query: NamedQuery | str, params: dict[str, str] | None = None, *,
        allow_service: bool = False) -> Result:
    """Run a query on a store, in this process; :class:`QueryError` with a one-line reason when it
    is not valid SPARQL, or calls another endpoint (SERVICE) without ``allow_service``."""
    import pyoxigraph as ox

    q = query if isinstance(query, NamedQuery) else NamedQuery.parse(query, "(query)")
    functions = _bind(q, dict(params or {}))
    if not allow_service:
        _refuse_service(q)
    try:
        answer = store.query(q.text, prefixes=PREFIXES, custom_functions=functions)
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            rows = [[s[n] for n in names] for s in answer]
            return Result("select", names, rows)
        return Result("graph", triples=list(answer))
    except SyntaxError as exc:
        raise QueryError(f"bad SPARQL in {q.source or q.name}: {_one_line(exc)}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"the query failed: {_one_line(exc)}") from None


# --- no network: SERVICE ------------------------------------------------------------------------

def uses_service(text: str) -> bool:
    """Whether a SPARQL query calls another endpoint: a ``SERVICE`` (or ``SERVICE SILENT``)
    pattern anywhere in it, found in the tree rdflib's SPARQL parser builds, so that a comment,
    a string, an IRI or a name that says "service" is none and ``\\u0053ERVICE`` is one.

    A query without the word (after ``\\u`` escapes, in any case) cannot hold one and is not
    parsed. One that has the word but that rdflib cannot parse (syntax only Oxigraph knows, or
    an error) counts as calling out: kg cannot tell.

    >>> uses_service("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * WHERE { ?s ?p "SERVICE <x> {}" } # SERVICE <y> {}')
    False
    """
    return service_endpoint(text) is not None


def service_endpoint(text: str, update: bool = False) -> str | None:
    """The endpoint of the first SERVICE in a query (or, with ``update``, a SPARQL Update): its
    IRI or prefixed name, "" when kg cannot tell, None when it calls none.

    >>> service_endpoint("DELETE { ?s ?p ?o } WHERE { SERVICE <http://10.0.0.1/> { ?s ?p ?o } }", update=True)
    '<http://10.0.0.1/>'
    """
    if "service" not in _ESCAPE.sub(_unescape, text).casefold():
        return None  # here without importing rdflib's SPARQL parser, which takes half a second
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        tree = (parseUpdate if update else parseQuery)(text)
    except (ParseException, ValueError, TypeError, RecursionError):
        return ""
    stack = [tree]
    while stack:
        x = stack.pop()
        if isinstance(x, CompValue):
            if x.name == "ServiceGraphPattern":
                term = x.get("term")
                if isinstance(term, CompValue):  # a prefixed name
                    return f"{term.get('prefix') or ''}:{term.get('localname') or ''}"
                return term.n3() if term is not None else ""
            stack.extend(x.values())
        elif isinstance(x, (list, tuple)) or hasattr(x, "asList"):
            stack.extend(x)
    return None


def _unescape(m: re.Match) -> str:
    code = int(m.group(1) or m.group(2), 16)
    return chr(code) if code < 0x110000 else "\ufffd"


def _refuse_service(q: NamedQuery) -> None:
    endpoint = service_endpoint(q.text)
    if endpoint is not None:
        what = f"SERVICE {endpoint}" if endpoint else "SERVICE, as far as kg can tell without parsing it"
        raise QueryError(f"the query calls another SPARQL endpoint ({what}); kg query runs offline; "
                         "pass --allow-service to let it")


# --- a query in a worker process: a timeout, Ctrl-C -----------------------------------------------

def query_graph(graph: str | Path, query: NamedQuery | str, params: dict[str, str] | None = None, *,
                timeout: float | None = DEFAULT_TIMEOUT, allow_service: bool = False) -> Result:
    """Load the Turtle file ``graph`` and run ``query`` on it in a worker process.

    The worker is killed when the query runs longer than ``timeout`` seconds once the graph is
    loaded (None or 0: no limit), when this process is interrupted (KeyboardInterrupt is raised
    again here), and when this process dies. Errors are raised as by :func:`load_store` and
    :func:`run`.
    """
    q = query if isinstance(query, NamedQuery) else NamedQuery.parse(query, "(query)")
    _bind(q, dict(params or {}))  # a bad parameter is found here, before any process starts
    if not allow_service:
        _refuse_service(q)
    path = _graph_file(graph)
    ctx = _mp_context()
    receive, send = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=_worker, args=(send, str(path), q, dict(params or {}), timeout, os.getpid()),
                         daemon=True)
    worker.start()
    send.close()
    try:
        deadline = None
        while True:
            if receive.poll(0.05):
                try:
                    kind, value = receive.recv()
                except EOFError:  # the worker died: no answer will come
                    break
                if kind == "loaded":
                    deadline = time.monotonic() + timeout if timeout else None
                    continue
                if kind == "error":
                    raise value
                return value
            if not worker.is_alive() and not receive.poll():
                break
            if deadline is not None and time.monotonic() > deadline:
                raise QueryError(f"the query ran longer than {timeout:g} s and was stopped; give it more time "
                                 "with --timeout SECONDS (0 for no limit)")
        worker.join(1)
        code = worker.exitcode
        how = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        raise QueryError(f"the query process ended without an answer ({how}; out of memory?)")
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join()
        receive.close()


def _mp_context():
    """fork where it is safe and cheap (Linux, one thread: nothing to re-import, the worker starts
    in milliseconds), else a fresh interpreter."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _worker(send, graph: str, q: NamedQuery, params: dict[str, str], timeout: float | None, parent: int) -> None:
    """In the worker process: load, say so, run, send the result (or the error) back."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it even in native code
    _die_with(parent)
    try:
        store = load_store(graph)
        send.send(("loaded", None))
        if timeout:
            _cpu_limit(timeout)
        send.send(("result", run(store, q, params, allow_service=True)))  # checked before it started
    except KGError as exc:
        send.send(("error", exc))
    except Exception as exc:  # noqa: BLE001 - reported in the parent as one line
        send.send(("error", QueryError(f"the query failed: {_one_line(exc)}")))
    finally:
        send.close()


def _die_with(parent: int) -> None:
    """Ask Linux to kill this process when its parent dies (a killed kg leaves no query running)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no libc
            pass
    if os.getppid() != parent:  # the parent died before the request
        os._exit(1)


def _cpu_limit(timeout: float) -> None:
    """A backstop the kernel enforces: a worker that lost its parent still stops, once it has used
    twice the timeout in CPU time beyond what loading took."""
    try:
        import resource

        used = resource.getrusage(resource.RUSAGE_SELF)
        soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        limit = int(used.ru_utime + used.ru_stime + 2 * timeout + 10)
        if hard == resource.RLIM_INFINITY or limit < hard:
            resource.setrlimit(resource.RLIMIT_CPU, (limit, hard))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not POSIX
        pass


# --- output -------------------------------------------------------------------------------------

def _short(iri: str) -> str:
    for prefix, ns in (("id", str(ID)), ("kg", KG_NS)):
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _cell(term, *, compact: bool) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _short(term.value) if compact else term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _json_value(term):
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        dt = term.datatype.value.rsplit("#", 1)[-1]
        if dt == "integer":
            return int(term.value)
        if dt == "boolean":
            return term.value == "true"
    return _cell(term, compact=False) if term is not None else None


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _clip(s: str, limit: int) -> str:
    s = " ".join(s.split())
    if _width(s) <= limit:
        return s
    out, w = [], 0
    for c in s:
        w += _width(c)
        if w > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def format_result(result: Result, fmt: str = "table", *, max_width: int = 60) -> str:
    """The result as an aligned ``table`` (cells clipped to ``max_width`` columns), ``csv`` or ``json``.

    CSV cells that start like a spreadsheet formula get a ``'`` in front, as in the CSV export
    (:func:`kg.exporters.csvexport.safe_cell`); JSON gives every value as it is."""
    import csv
    import io

    import pyoxigraph as ox

    if result.kind == "ask":
        return json.dumps(result.boolean) if fmt == "json" else str(result.boolean).lower()
    if result.kind == "graph":
        fmt_ = ox.RdfFormat.N_TRIPLES if fmt in ("csv", "json") else ox.RdfFormat.TURTLE
        text = " ".join(str(t) for t in result.triples)
        used = {k: v for k, v in PREFIXES.items() if v in text and k != "id"}  # id: would escape every /
        data = ox.serialize(sorted(result.triples, key=str), format=fmt_,
                            prefixes=None if fmt_ == ox.RdfFormat.N_TRIPLES else used)
        return data.decode("utf-8").rstrip("\n")
    if fmt == "json":
        rows = [{v: _json_value(t) for v, t in zip(result.variables, row)} for row in result.rows]
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "csv":
        from .exporters.csvexport import safe_cell  # a spreadsheet must not run a value as a formula

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.variables)
        for row in result.rows:
            w.writerow([safe_cell(_cell(t, compact=False)) for t in row])
        return buf.getvalue().rstrip("\n")
    cells = [[_clip(_cell(t, compact=True), max_width) for t in row] for row in result.rows]
    widths = [max([_width(v)] + [_width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]

    def line(values):
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(result.variables), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' * (len(cells) != 1)})")
    return "\n".join(out)
