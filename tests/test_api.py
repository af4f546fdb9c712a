"""The public API (kg.__all__) and the README's library example."""
import importlib
import re
import subprocess
import sys
import types

import pytest

import kg
from conftest import ROOT


@pytest.mark.parametrize("name", kg.__all__)
def test_every_public_name_resolves(name):
    assert getattr(kg, name) is not None


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        kg.nothing  # noqa: B018


def test_no_public_name_is_a_submodule():
    """Importing every module of kg first must not turn a public name into a module (kg.build is the
    function, kg.builder the module)."""
    for path in sorted((ROOT / "kg").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if not name.startswith(("kg.train", "kg.data_build")) and name != "kg.__main__":
            importlib.import_module(name)
    shadowed = [n for n in kg.__all__ if isinstance(getattr(kg, n), types.ModuleType)]
    assert not shadowed
    assert kg.build.__module__ == "kg.builder" and kg.extract.__module__ == "kg.extraction"
    assert kg.validate_graph.__module__ == "kg.validate"


def test_importing_kg_loads_neither_spacy_nor_networkx():
    code = "import sys, kg; kg.Document; kg.KGError; print('spacy' in sys.modules, 'networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_readme_library_example_runs(tmp_path, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"As a library[^\n]*:\n\n```python\n(.*?)```", readme, re.S).group(1)
    assert "import kg\n" in block and "from kg." not in block  # the public API only
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    printed = []
    exec(compile(block, "README.md", "exec"), {"print": lambda *a: printed.append(a)})
    assert printed[0][0].startswith("5 documents")
    assert (tmp_path / "exports" / "graph.ttl").stat().st_size > 0
    assert {"陈小曼", "开平市", "水口镇"} <= set(printed[-1][0]) and (tmp_path / "note.ttl").stat().st_size > 0
