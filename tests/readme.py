"""The README's figures and example outputs, computed from a build of the bundled seeds.

Each generated part of README.md sits between ``<!-- generated: NAME -->`` and ``<!-- end -->``.
``python tests/readme.py --write`` builds the seeds, runs the commands the README shows and
rewrites those parts; ``tests/test_readme.py`` computes them again and fails when the README
differs, times excepted (they are measured, so the test masks them): counts, sizes, scores and
outputs cannot drift from what kg does.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SEEDS = ROOT / "seeds" / "documents"
BLOCK = re.compile(r"(<!-- generated: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- end -->)", re.S)
#: a measured time in a generated part: masked when the README is checked
TIME = re.compile(r"\d+(?:\.\d+)? s\b")

FORMATS = ("ttl", "jsonld", "json", "graphml", "csv", "html")
WHAT = {
    "ttl": "RDF/Turtle, the reference export; parses in rdflib and Oxigraph and round-trips to an isomorphic graph",
    "jsonld": 'the same triples as JSON-LD with a small `@context` (`"@id": "id:place/440783"`), sorted',
    "json": "node-link JSON with every attribute and all evidence",
    "graphml": "for Gephi, yEd, Cytoscape: scalar attributes only (lists joined with `; `), unique edge ids, "
               "`label` on nodes and edges, first evidence sentence on each edge",
    "csv": "a folder for Neo4j's bulk import (below)",
    "html": "the offline explorer (below)",
}
QUERIES = [
    ("query-list", ["query", "--list"]),
    ("query-who-holds-posts", ["query", "who-holds-posts", "--param", "agency=开平市"]),
    ("query-holders", ["query", "holders", "--param", "agency=开平市", "--param", "date=2026-01-06"]),
    ("query-places-in", ["query", "places-in", "--param", "place=开平市"]),
    ("query-who-implements", ["query", "who-implements", "--param", "programme=百千万工程"]),
    ("query-evidence", ["query", "evidence", "--param", "entity=梁光挺"]),
    ("query-changes", ["query", "changes", "--param", "from=2024-03-01", "--param", "to=2024-03-22"]),
]


@contextlib.contextmanager
def _cwd(path: Path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def _run(args: list[str]) -> str:
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, args, prog_name="kg", catch_exceptions=False)
    return result.output.rstrip("\n")


def _size(path: Path) -> float:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def _shell(command: str, output: str) -> str:
    return f"```\n$ {command}\n{output}\n```\n"


def generate(work: Path) -> dict[str, str]:
    """Every generated part, from a build of the seeds in ``work/exports`` (commands run in ``work``)."""
    import pyoxigraph

    from kg.builder import build
    from kg.evaluate import score_graph
    from kg.exporters import EXPORTERS, EXTENSIONS

    out = work / "exports"
    t = time.perf_counter()
    report = build([str(SEEDS)], out, formats=FORMATS, cache=False)
    whole = time.perf_counter() - t
    G = report.graph
    rows, times = [], {}
    for fmt in FORMATS:  # each export again on its own, timed
        path = work / "timing" / EXTENSIONS[fmt]
        path.parent.mkdir(exist_ok=True)
        t = time.perf_counter()
        EXPORTERS[fmt](G, path)
        times[fmt] = time.perf_counter() - t
        name = "`csv/nodes.csv`, `csv/relationships.csv`" if fmt == "csv" else f"`{EXTENSIONS[fmt]}`"
        rows.append(f"| `{fmt}` | {name} | {WHAT[fmt]} | {_size(out / EXTENSIONS[fmt]) / 1e6:.1f} MB | {times[fmt]:.1f} s |")
    typed = sum(1 for *_, d in G.edges(data=True) if not d.get("cooccurrence"))
    co = G.number_of_edges() - typed
    triples = sum(1 for _ in pyoxigraph.parse(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE))
    blocks = {"exports": (
        f"Sizes and writing times for the bundled seeds ({G.number_of_nodes():,} entities, {typed:,} typed relations, "
        f"{co:,} co-occurrence edges, {triples:,} triples; the whole `kg build` with all six formats takes {whole:.0f} s):\n\n"
        "| format | file | what it is | size | time |\n|---|---|---|---|---|\n" + "\n".join(rows) + "\n")}
    scores = score_graph(out / "graph.ttl", ROOT / "eval" / "seeds.jsonl")
    left = ["Official", "Person", "Agency", "Place", "Programme", "entities"]
    right = ["holdsPost", "partOf", "locatedIn", "subOrganizationOf", "implements", "relations"]
    lines = ["| | P | R | F1 | | P | R | F1 |", "|---|---|---|---|---|---|---|---|"]
    for a, b in zip(left, right):
        sa, sb = scores[a], scores.get(b, {"precision": 0, "recall": 0, "f1": 0})
        fa = f"**{sa['f1']:.2f}**" if a == "entities" else f"{sa['f1']:.2f}"
        fb = f"**{sb['f1']:.2f}**" if b == "relations" else f"{sb['f1']:.2f}"
        na, nb = (f"**{a}**", f"**{b}**") if a == "entities" else (a, b)
        lines.append(f"| {na} | {sa['precision']:.2f} | {sa['recall']:.2f} | {fa} | {nb} | {sb['precision']:.2f} | "
                     f"{sb['recall']:.2f} | {fb} |")
    blocks["accuracy-seeds"] = "\n".join(lines) + "\n"
    with _cwd(work):
        blocks["help"] = _shell("kg --help", _run(["--help"]))
        blocks["validate"] = _shell("kg validate", _run(["validate"]))
        for name, args in QUERIES:
            blocks[name] = _shell("kg " + " ".join(args), _run(args))
    blocks["serve"] = _serve(out / "graph.ttl", work)
    blocks["speed"] = _speed()
    blocks["layout"] = _layout()
    blocks["explorer-speed"] = _explorer_speed()
    return blocks


def _layout() -> str:
    """The layout comparison recorded in benchmarks/layout/results.json, as a table."""
    import json

    rows = json.loads((ROOT / "benchmarks" / "layout" / "results.json").read_text(encoding="utf-8"))["rows"]
    by = {}
    for r in rows:
        by.setdefault((r["graph"], r["nodes"], r["edges"]), {})[r["layout"]] = r
    out = ["| graph | nodes / edges | kg: time, crossings, stress | ForceAtlas2: time, crossings, stress |",
           "|---|---|---|---|"]
    for (graph, nodes, edges), r in by.items():
        cells = [f"{x['seconds']:.2f} s, {x['crossings']:,}, {x['stress']:.3f}"
                 for x in (r["kg force_layout"], r["networkx forceatlas2_layout"])]
        out.append(f"| {graph.split(' (')[0]} | {nodes:,} / {edges:,} | {cells[0]} | {cells[1]} |")
    return "\n".join(out) + "\n"


def _explorer_speed() -> str:
    """The explorer timings recorded in benchmarks/explorer/results.json, as a table."""
    import json

    rows = json.loads((ROOT / "benchmarks" / "explorer" / "results.json").read_text(encoding="utf-8"))
    out = ["| graph | explorer | file | written in | ready | a click's neighbourhood | co-occurrence on |",
           "|---|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        who = "this version" if r["version"] == "this checkout" else "before (in-page physics below 1,000 nodes, all co-occurrence edges)"
        out.append(f"| {r['graph']} | {who} | {r['size_mb']:.1f} MB | {r['export_s']:.1f} s | {r['ready_s']:.1f} s | "
                   f"{r['click_s']:.1f} s | {r['cooc_s']:.1f} s |")
    return "\n".join(out) + "\n"


def _serve(graph: Path, work: Path) -> str:
    """What `kg serve` says and what the README's curl query returns."""
    import socket
    import subprocess
    import urllib.parse
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", str(port)], cwd=work, text=True,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        said = [proc.stderr.readline().rstrip("\n") for _ in range(2)]
        query = ("PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                 "SELECT ?official ?title WHERE { ?p kg:postIn/rdfs:label \"开平市人民政府\"@zh ; kg:title ?title . "
                 "?o kg:post ?p ; rdfs:label ?official }")
        req = urllib.request.Request(f"http://127.0.0.1:{port}/query", headers={"Accept": "text/csv"},
                                     data=urllib.parse.urlencode({"query": query}).encode())
        with urllib.request.urlopen(req, timeout=30) as resp:
            csv = resp.read().decode("utf-8").replace("\r\n", "\n").rstrip("\n")
    finally:
        proc.terminate()
        proc.wait(30)
        proc.stderr.close()
    said = [line.replace(f":{port}/", ":7878/") for line in said]
    return ("```\n$ kg serve\n" + "\n".join(said) + "\n```\n\n```sh\n"
            "curl http://127.0.0.1:7878/query -H 'Accept: text/csv' --data-urlencode 'query=\n"
            "  PREFIX kg: <https://w3id.org/kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "  SELECT ?official ?title WHERE {\n"
            "    ?p kg:postIn/rdfs:label \"开平市人民政府\"@zh ; kg:title ?title .\n"
            "    ?o kg:post ?p ; rdfs:label ?official }'\n```\n```\n" + csv + "\n```\n")


def _speed() -> str:
    """The two tables of the recorded `kg bench` run (benchmarks/seeds-3MB.md), as recorded."""
    text = (ROOT / "benchmarks" / "seeds-3MB.md").read_text(encoding="utf-8")
    tables = re.findall(r"(?:^\|.*\n)+", text, re.M)
    heads = re.findall(r"^(Stages, .*|Builds of .*)$", text, re.M)
    return "\n".join(f"{h}\n\n{t}" for h, t in zip(heads, tables[:2]))


def parts(text: str) -> dict[str, str]:
    return {m.group("name"): m.group("body") for m in BLOCK.finditer(text)}


def masked(s: str) -> str:
    return TIME.sub("… s", s)


def write(blocks: dict[str, str]) -> None:
    text = README.read_text(encoding="utf-8")
    missing = set(parts(text)) - set(blocks)
    if missing:
        raise SystemExit(f"README parts nothing generates: {sorted(missing)}")
    text = BLOCK.sub(lambda m: m.group(1) + blocks[m.group("name")] + m.group(4), text)
    README.write_text(text, encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite the generated parts of README.md")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        blocks = generate(Path(tmp))
    if args.write:
        write(blocks)
    else:
        current = parts(README.read_text(encoding="utf-8"))
        for name, body in blocks.items():
            print(f"{name}: {'same' if masked(current.get(name, '')) == masked(body) else 'DIFFERS'}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
