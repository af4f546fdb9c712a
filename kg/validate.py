"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl`` (pySHACL, offline).

Each result becomes one :class:`Problem` whose :meth:`Problem.line` names the focus node by
its label, the property path and the shape's message:

    violation: 陈小曼 <id:official/440783/陈小曼> kg:holdsPost: the object of kg:holdsPost must be a kg:Agency

As SHACL defines it, a graph conforms when validation gives no result at all, whatever its
severity: :attr:`Report.conforms` is pySHACL's verdict. ``allow_warnings=True`` (``kg validate
--allow-warnings``) accepts results of severity ``sh:Warning`` and ``sh:Info``, as pySHACL's
option of the same name does; violations always fail.

>>> from rdflib import Graph
>>> validate(Graph()).conforms
True
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from .errors import InputError
from .resources import ontology_dir
from .vocab import ID, KG_NS

__all__ = ["Problem", "Report", "validate", "load_graph", "shapes_graph", "SHAPES"]

log = logging.getLogger(__name__)

#: the shapes file shipped with kg
SHAPES = "shapes.ttl"

_PREFIXES = [
    (str(ID), "id:"), (KG_NS, "kg:"), (str(RDFS), "rdfs:"), (str(RDF), "rdf:"),
    ("http://www.w3.org/2004/02/skos/core#", "skos:"), ("http://www.w3.org/ns/prov#", "prov:"),
    ("http://purl.org/dc/terms/", "dct:"), ("http://www.w3.org/2001/XMLSchema#", "xsd:"),
    ("http://www.w3.org/ns/oa#", "oa:"),
]


def short(term) -> str:
    """A compact, readable form of an IRI (``kg:holdsPost``, ``id:place/440783``)."""
    s = str(term)
    for ns, prefix in _PREFIXES:
        if s.startswith(ns):
            return prefix + s[len(ns):]
    return s


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation result."""

    severity: str  # "violation", "warning" or "info"
    focus: str  # the IRI of the node that fails
    label: str  # its rdfs:label, or "" when it has none
    path: str  # the property path, compact ("kg:divisionCode", "^kg:post"); "" for node shapes
    message: str
    value: str = ""  # the offending value, when the shape names one

    def line(self) -> str:
        """``severity: label <id:...> path: message (value: ...)`` on one line."""
        who = f"{self.label} <{short(self.focus)}>" if self.label else f"<{short(self.focus)}>"
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value and self.value != self.focus else ""
        return " ".join(f"{self.severity}: {who}{where}: {self.message}{value}".split())


@dataclass
class Report:
    triples: int = 0
    problems: list[Problem] = field(default_factory=list)
    allow_warnings: bool = False  # results of severity sh:Warning or sh:Info do not fail the graph
    shacl_conforms: bool | None = None  # pySHACL's Conforms, when pySHACL made the report

    @property
    def violations(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "violation"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "violation"]

    @property
    def conforms(self) -> bool:
        """pySHACL's verdict: no result at all (with ``allow_warnings``, no violation)."""
        if self.shacl_conforms is not None:
            return self.shacl_conforms
        return not (self.violations if self.allow_warnings else self.problems)

    def summary(self) -> str:
        v, w = len(self.violations), len(self.warnings)
        verdict = "conforms to the kg shapes" if self.conforms else "does not conform to the kg shapes"
        accepted = " (warnings accepted)" if self.allow_warnings and w else ""
        return (f"{self.triples} triples; {verdict}: {v} violation{'s' * (v != 1)}, "
                f"{w} warning{'s' * (w != 1)}{accepted}")


@functools.lru_cache(maxsize=1)
def _shipped_shapes() -> str:
    return (ontology_dir() / SHAPES).read_text(encoding="utf-8")


def shapes_graph(path: str | Path | None = None) -> Graph:
    """The shapes kg ships, or those of ``path``."""
    g = Graph()
    if path is None:
        return g.parse(data=_shipped_shapes(), format="turtle")
    return load_graph(path)


def load_graph(path: str | Path) -> Graph:
    """Parse a Turtle file; :class:`InputError` with a one-line reason when it cannot."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file; run `kg build` first or name the graph to check")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; name a Turtle file such as {path / 'graph.ttl'}")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser exception types
        msg = " ".join(str(exc).split()) or type(exc).__name__
        raise InputError(f"{path}: not valid Turtle ({msg[:300]})") from None


def _path(g: Graph, node) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        return short(node)
    inverse = g.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + _path(g, inverse)
    return "(complex path)"


def validate(data: Graph | str | Path, shapes: Graph | str | Path | None = None, *,
             allow_warnings: bool = False) -> Report:
    """Validate ``data`` (a Graph or a Turtle file) against ``shapes`` (kg's shapes by default).

    ``report.conforms`` is pySHACL's ``Conforms`` for the same ``allow_warnings``.
    """
    import pyshacl

    g = data if isinstance(data, Graph) else load_graph(data)
    sg = shapes if isinstance(shapes, Graph) else shapes_graph(shapes)
    conforms, results, _text = pyshacl.validate(g, shacl_graph=sg, inference="none", allow_warnings=allow_warnings,
                                                advanced=False, meta_shacl=False, js=False, debug=False)
    report = Report(triples=len(g), allow_warnings=allow_warnings)
    for r in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        severity = results.value(r, SH.resultSeverity)
        sev = {SH.Violation: "violation", SH.Warning: "warning"}.get(severity, "info")
        messages = sorted(str(m) for m in results.objects(r, SH.resultMessage))
        value = results.value(r, SH.value)
        label = g.value(focus, RDFS.label) if not isinstance(focus, Literal) else None
        report.problems.append(Problem(
            severity=sev,
            focus=str(focus) if not isinstance(focus, BNode) else f"_:{focus}",
            label=str(label) if label is not None else "",
            path=_path(results, results.value(r, SH.resultPath)),
            message="; ".join(messages) or "fails " + short(results.value(r, SH.sourceShape) or ""),
            value=short(value) if isinstance(value, URIRef) else str(value) if value is not None else "",
        ))
    order = {"violation": 0, "warning": 1, "info": 2}
    report.problems.sort(key=lambda p: (order[p.severity], p.focus, p.path, p.message, p.value))
    report.shacl_conforms = bool(conforms)
    return report
