"""The layers of kg: imports run one way, and no module imports another's private names.

text → ner → relations → identity/graph → exporters, with the orchestration (extraction, engine,
builder, cli ...) on top; ARCHITECTURE.md explains the layers. Each kg module is given a layer
below; a module may import from its own layer and the layers beneath it, never from above.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"

#: layer of each module (the longest matching prefix wins), lowest first
LAYERS = {
    # 0 base: records, errors, data files and the lookups over them, small helpers every layer uses
    "kg.errors": 0, "kg.model": 0, "kg.jsonlines": 0, "kg.resources": 0, "kg.prebuilt": 0, "kg.lexicon": 0, "kg.vocab": 0,
    "kg.iri": 0, "kg.gazetteer": 0, "kg.villages": 0, "kg.spans": 0,
    # typed entity keys and the forms names are compared in: the part of identity every layer may use
    "kg.identity.keys": 0, "kg.identity.normalise": 0,
    # 1 text: reading files, decoding, cleaning, script conversion, dates, layout, articles, personal names,
    # near-duplicate sketches, word tokens
    "kg.ingest": 1, "kg.readers": 1, "kg.clean": 1, "kg.script": 1, "kg.dates": 1, "kg.structure": 1,
    "kg.articles": 1, "kg.names": 1, "kg.sketch": 1,
    # 2 NER: the spaCy pipeline and its components
    "kg.ner": 2, "kg.nlp": 2,
    # 3 relations between mentions
    "kg.relations": 3,
    # 4 identity (keys of mentions, aliases, merges, jurisdictions, tenures) and the graph
    "kg.identity": 4, "kg.graph": 4, "kg.multigraph": 4,
    # 5 what reads a finished graph
    "kg.exporters": 5, "kg.validate": 5, "kg.query": 5,
    # 6 orchestration and tools: one document, a build, the cache, engines, the CLI, evaluation, benchmarks
    "kg.extraction": 6, "kg.cache": 6, "kg.engine": 6, "kg.preload": 6, "kg.deferred": 6, "kg.builder": 6, "kg.lock": 6, "kg.progress": 6,
    "kg.evaluate": 6, "kg.bench": 6, "kg.corpora": 6, "kg.serve": 6, "kg.cli": 6, "kg.__main__": 6, "kg": 6,
    # offline tooling: training the models, building the data files
    "kg.train": 6, "kg.data_build": 6,
}

#: imports that still run upward, each with the reason; the list only shrinks
UPWARD: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> int:
    best = max((p for p in LAYERS if module == p or p != "kg" and module.startswith(p + ".")), key=len, default=None)
    assert best is not None, f"{module} has no layer: add it to LAYERS (and to ARCHITECTURE.md)"
    return LAYERS[best]


MODULES = {module_name(p): p for p in sorted(KG.rglob("*.py"))}


def imports(module: str) -> list[tuple[int, str, list[str]]]:
    """(line, imported module, names imported from it) for every kg import in ``module``, at its top or
    inside a function."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [a.name for a in node.names]
            if target == "kg" or target.startswith("kg."):
                # ``from . import x`` imports the submodule x when there is one
                subs = [n for n in names if f"{target}.{n}" in MODULES]
                out += [(node.lineno, f"{target}.{n}", []) for n in subs]
                rest = [n for n in names if n not in subs]
                if rest:
                    out.append((node.lineno, target, rest))
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name, []) for a in node.names if a.name == "kg" or a.name.startswith("kg.")]
    return out


def where(module: str) -> str:
    path = MODULES[module]
    return str(path.relative_to(KG.parent)) if path.is_relative_to(KG.parent) else path.name


def upward(module: str) -> list[str]:
    mine = layer(module)
    return [f"{where(module)}:{line}: imports {target} (layer {layer(target)} > {mine})"
            for line, target, _ in imports(module) if layer(target) > mine and (module, target) not in UPWARD]


def private(module: str) -> list[str]:
    return [f"{where(module)}:{line}: imports {n} from {target}"
            for line, target, names in imports(module) if target != module
            for n in names if n.startswith("_") and not n.startswith("__")]


def test_every_module_has_a_layer():
    for module in MODULES:
        layer(module)


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m != "kg"))  # kg itself is the public API: it
def test_imports_run_one_way(module):                                        # re-exports from every layer
    problems = upward(module)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_private_name_is_imported_from_another_module(module):
    problems = private(module)
    assert not problems, "\n".join(problems)


def test_the_known_upward_imports_are_still_there():
    """An entry of UPWARD that no longer happens is taken out of the list."""
    for module, target in UPWARD:
        assert any(t == target for _, t, _ in imports(module)), f"{module} no longer imports {target}: drop it from UPWARD"


@pytest.mark.parametrize(("source", "problem"), [
    ("from ..exporters import EXPORTERS\n", "imports kg.exporters (layer 5 > 2)"),
    ("def f():\n    from ..builder import build\n", "imports kg.builder (layer 6 > 2)"),
    ("from .base import _private\n", "imports _private from kg.ner.base"),
])
def test_the_checks_find_a_wrong_import(tmp_path, monkeypatch, source, problem):
    """A module of the NER layer that imports upward, or a private name, is reported with its line."""
    monkeypatch.setitem(MODULES, "kg.ner.probe", tmp_path / "probe.py")
    (tmp_path / "probe.py").write_text(source, encoding="utf-8")
    found = upward("kg.ner.probe") + private("kg.ner.probe")
    assert any(problem in f for f in found), found


def test_a_build_needs_nothing_of_the_offline_tooling(tmp_path):
    """A build runs without the train extra (spacy-pkuseg) and never imports kg.train or kg.data_build."""
    import subprocess
    import sys

    (tmp_path / "page.txt").write_text("开平市委书记陈小曼出席会议。", encoding="utf-8")
    code = ("import sys; sys.modules['spacy_pkuseg'] = None\n"  # any import of it fails
            "from kg.builder import build\n"
            f"G = build([{str(tmp_path / 'page.txt')!r}], {str(tmp_path / 'out')!r}, formats=('json',), cache=False).graph\n"
            "assert any(d.get('name') == '陈小曼' for _, d in G.nodes(data=True))\n"
            "print(sorted(m for m in sys.modules if m.startswith(('kg.train', 'kg.data_build'))))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
