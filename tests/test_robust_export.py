"""Hostile text in names, evidence and file names: Turtle two parsers read, valid IRIs, inert HTML.

The HTML is checked in its source (a real-browser check is another test's job): the only
place text from the input reaches the page is the JSON inside the two
``<script type="application/json">`` blocks, where no ``<`` may stand; everything around
them is the same page an empty graph gives.
"""
import json
import os
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

import networkx as nx
import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import cli
from kg.exporters import to_html, to_json
from kg.exporters.rdf import serialize_turtle, to_rdf

from test_properties import IRI_RE

HOSTILE = [
    '</script><script>alert("x")</script>', "<!--", "-->", "]]>", '"""', "'''", 'x"', "\\", '\\"', "\\u003c",
    "a\nb", "a\r\nb", "\x00\x01\x1b[31m\x7f\x85", ">", "&lt;&amp;", "{{KG_DATA}}", "/*VIS_JS*/", "\u2028\u2029",
    "\U000e0100", "\ufeff", "%00", "@440783", "开平<b>市</b>",
]

PAGE = ('开平市深入实施“<script>alert(1)</script>工程”，开平市医疗保障局推进“a\\b\'c\\"d"""e>f工程”。\n\n'
        '开平市委书记陈小曼出席会议并讲话"""<!--\x01\x1b[31m\x7f-->。\n\n'
        '市政协主席关耀东推进“<img src=x onerror=alert(1)>行动”。\n\n'
        '</script>开平市水口镇推进“]]>\\u2028行动”。')


def _hostile_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents={}, articles={})
    keys = []
    for i, s in enumerate(HOSTILE):
        typ = ("Person", "Agency", "Programme", "Place", "Official")[i % 5]
        key = f"{typ}/{s}" if typ != "Official" else f"Official/{s}@{s}"
        keys.append(key)
        G.graph["documents"][s] = {"sha256": "0" * 64, "path": s, "encoding": "utf-8", "chars": 1}
        G.graph["articles"][(s, 0)] = {"headline": s, "newspaper": s, "date": "", "reporters": [s], "start": 0,
                                       "end": 1, "place": s}
        G.add_node(key, type=typ, name=s, aliases={s + "别名", "\\" + s}, context_aliases={s + "该局"},
                   attrs={"role": s, "titles": {s}}, mentions=[{"doc": s, "start": 0, "end": 1, "text": s}],
                   docs={s})
    for a, b in zip(keys, keys[1:]):
        ev = {"doc": HOSTILE[0], "start": 0, "end": 1, "text": "".join(HOSTILE), "method": "x", "confidence": 0.5,
              "article": 0, "title": "<b>", "date": "", "headline": "</script>"}
        G.add_edge(a, b, key="holdsPost", predicate="holdsPost", evidence=[ev], cooccurrence=False)
        G.add_edge(a, b, key="coOccursWith", predicate="coOccursWith", evidence=[], cooccurrence=True, support=1,
                   pmi=0.1, dates=["2024"])
    return G


def _check_turtle(data: bytes) -> rdflib.Graph:
    g = rdflib.Graph().parse(data=data, format="turtle")
    store = pyoxigraph.Store()
    store.load(data, pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g) > 0
    for t in g:
        for term in t:
            if isinstance(term, rdflib.URIRef) and str(term).startswith("https://w3id.org/kg/id/"):
                assert IRI_RE.fullmatch(str(term)), str(term)
    return g


def _data_block(page: str, block_id: str) -> tuple[str, str]:
    """The JSON of one data block, and the page with that block emptied."""
    m = re.search(f'<script type="application/json" id="{block_id}">(.*?)</script>', page, re.S)
    assert m, block_id
    return m.group(1), page[: m.start(1)] + page[m.end(1) :]


def _check_html(page: str, G: nx.MultiDiGraph) -> None:
    data, rest = _data_block(page, "kg-data")
    assert "<" not in data and ">" not in data and "&" not in data
    assert "\u2028" not in data and "\u2029" not in data  # line terminators in old JavaScript parsers
    nodes = json.loads(data)["nodes"]
    assert {n["name"] for n in nodes} == {d["name"] for _, d in G.nodes(data=True)}
    title, rest = _data_block(rest, "kg-title")
    assert "<" not in title
    _, empty = _data_block(to_html(nx.MultiDiGraph(documents={}, articles={})), "kg-data")
    _, empty = _data_block(empty, "kg-title")
    assert rest == empty  # nothing from the input outside the two JSON blocks


def test_hostile_names_in_turtle_json_and_html():
    G = _hostile_graph()
    g = _check_turtle(serialize_turtle(to_rdf(G)))
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert '</script><script>alert("x")</script>' in labels and '"""' in labels and "a\nb" in labels
    assert "\x00\x01\x1b[31m\x7f\x85" not in labels and "" not in labels  # controls are dropped
    json.dumps(to_json(G), ensure_ascii=False).encode("utf-8")
    _check_html(to_html(G), G)


def test_hostile_names_in_graphml():
    from kg.exporters import to_graphml
    G = _hostile_graph()
    root = ElementTree.fromstring(to_graphml(G))
    texts = [d.text or "" for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")]
    assert '</script><script>alert("x")</script>' in texts and "a\nb" in texts
    assert not any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", t) for t in texts)  # XML cannot carry them


def test_a_hostile_title_is_inert():
    page = to_html(nx.MultiDiGraph(documents={}, articles={}), title='</script><script>alert(1)</script>')
    title, _ = _data_block(page, "kg-title")
    assert json.loads(title)["title"] == '</script><script>alert(1)</script>' and "<" not in title


def test_hostile_text_and_file_names_end_to_end(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    names = ['a "quoted" <b>name.txt', "back\\slash & more.txt", "开平 新闻.txt"]
    if sys.platform == "linux":
        names += ["new\nline.txt", os.fsdecode(b"bytes\xff\xfe.txt")]
    for n in names:
        (Path("in") / n).write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", "in", "--out", "out"])
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    g = _check_turtle(Path("out/graph.ttl").read_bytes())
    # evidence sentences are stored once, their text in their quote selectors
    evidence = " ".join(str(o) for o in g.objects(None, rdflib.URIRef("http://www.w3.org/ns/oa#exact")))
    assert "<img src=x onerror=alert(1)>" in evidence and "<!--" in evidence
    names_in_graph = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert "<img src=x onerror=alert(1)>行动" in names_in_graph
    data = json.loads(Path("out/graph.json").read_text(encoding="utf-8"))
    assert len(data["documents"]) == len(names)
    page = Path("out/graph.html").read_text(encoding="utf-8")
    block, _ = _data_block(page, "kg-data")
    assert "<" not in block and "<img src=x onerror=alert(1)>" in block.encode().decode("unicode_escape")


@pytest.mark.skipif(sys.platform != "linux", reason="file names of arbitrary bytes are a Linux thing")
def test_a_file_name_that_is_not_utf8_builds(tmp_path, monkeypatch):
    """Regression: the name's bytes reached the exporters as lone surrogates (UnicodeEncodeError)."""
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    (Path("in") / os.fsdecode(b"\xb0\xb2.txt")).write_text("开平市委书记陈小曼出席会议。", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", "in", "--out", "out"])
    assert r.exit_code == 0, r.output
    assert json.loads(Path("out/graph.json").read_text(encoding="utf-8"))["documents"].keys() == {"\\xb0\\xb2.txt"}


# --- formula injection in the Neo4j CSV ------------------------------------------------------------

FORMULAS = ["=cmd|' /C calc'!A0开平市委书记", '=HYPERLINK("x")\'<b>.txt', "+1+1", "-2+3", "@SUM(A1)", "'quoted",
            "＝1+1", "－2", "＋3", "＠x"]
SPREADSHEET_FORMULA = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def _formula_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(documents={}, articles={})
    keys = []
    for i, s in enumerate(FORMULAS):
        typ = ("Person", "Agency", "Programme", "Place", "Official")[i % 5]
        keys.append(f"{typ}/{i}")
        G.add_node(keys[-1], type=typ, name=s, aliases={s + "别名", s}, context_aliases={s}, attrs={"role": s,
                   "titles": {s}, "level": s}, mentions=[{"doc": s, "start": 0, "end": 1, "text": s}], docs={s, "a.txt"})
    for i, (a, b) in enumerate(zip(keys, keys[1:])):
        s = FORMULAS[i]
        ev = {"doc": s, "start": 0, "end": 1, "text": s, "method": s, "confidence": 0.5, "article": 0, "date": ""}
        G.add_edge(a, b, key="holdsPost", evidence=[ev], titles=[s], confidence=0.5)
        G.add_edge(a, b, key="coOccursWith", evidence=[ev], cooccurrence=True, support=2, pmi=-0.25)
    return G


def test_csv_cells_cannot_start_a_spreadsheet_formula(tmp_path):
    """A cell (or array element) that a spreadsheet would run as a formula gets a ' in front;
    numbers stay numbers and neo4j-admin import still takes every file."""
    import csv

    from kg.exporters import write_csv

    from test_export import check_neo4j_csv

    folder = write_csv(_formula_graph(), tmp_path / "csv")
    nodes, rels = check_neo4j_csv(folder / "nodes.csv", folder / "relationships.csv")
    values = set()
    for name in ("nodes.csv", "relationships.csv"):
        rows = list(csv.reader((folder / name).read_text(encoding="utf-8").splitlines()))
        header, rows = rows[0], rows[1:]
        for row in rows:
            for column, cell in zip(header, row):
                if column.endswith((":int", ":float")):
                    float(cell or 0)  # a number: a spreadsheet reads -0.25 as one, not as a formula
                    continue
                assert not cell.startswith(SPREADSHEET_FORMULA), f"{name} {column}: {cell!r}"
                parts = cell.split(";") if column.endswith("[]") else [cell]
                assert not any(p.startswith(SPREADSHEET_FORMULA) for p in parts), f"{name} {column}: {cell!r}"
                values.update(p[1:] if p.startswith("'") else p for p in parts)
    # removing the one ' kg added gives the text back, the leading ' of 'quoted included
    assert set(FORMULAS) <= values
    assert {r[14] for r in rels if r[2] == "coOccursWith"} == {"-0.25"}  # a number, not text: unchanged
