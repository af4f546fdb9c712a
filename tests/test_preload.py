"""The workers' fork server (kg.preload): what it loads and what it leaves out, and the stand-ins for
spaCy's command line (kg.deferred). Each check runs in a fresh interpreter: these are about imports."""
import json
import subprocess
import sys
import textwrap

import pytest


def _run(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; the JSON it prints last."""
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_fork_server_loads_the_pipeline_without_networkx_or_spacys_command_line():
    got = _run("""
        import json, sys
        import kg.preload
        from kg.engine import extract_batch
        from kg.model import Document
        import kg.nlp
        loaded = kg.nlp.load_nlp.cache_info().currsize
        results, _ = extract_batch([(0, Document("a", "a", "开平市委书记陈小曼出席会议。", "utf-8", "0"))])
        print(json.dumps({"loaded": loaded, "names": [e.name for e in results[0][1].entities],
                          "absent": [m for m in ("networkx", "typer", "click", "weasel", "rich") if m not in sys.modules],
                          "cli": type(sys.modules["spacy.cli"]).__name__}))
    """)
    assert got["loaded"] == 1
    assert "陈小曼" in got["names"]
    assert got["absent"] == ["networkx", "typer", "click", "weasel", "rich"]
    assert got["cli"] == "Deferred"


def test_spacys_command_line_is_imported_when_first_used():
    got = _run("""
        import json, sys
        from kg.deferred import Deferred, defer_spacy_cli, attach_spacy_cli
        first = defer_spacy_cli()
        import spacy
        attach_spacy_cli()
        before = "typer" in sys.modules
        stand_in = isinstance(spacy.cli, Deferred) and spacy.info is sys.modules["spacy.cli.info"].info
        download = spacy.cli.download  # any other name: the real module
        print(json.dumps({"first": first, "again": defer_spacy_cli(), "before": before, "stand_in": stand_in,
                          "callable": callable(download), "after": "typer" in sys.modules,
                          "real": not isinstance(sys.modules["spacy.cli"], Deferred)
                                  and not isinstance(sys.modules["spacy.cli.info"], Deferred)}))
    """)
    assert got == {"first": True, "again": False, "before": False, "stand_in": True, "callable": True,
                   "after": True, "real": True}


@pytest.mark.parametrize("how", ["from spacy.cli.info import info", "import spacy.cli.info"])
def test_the_info_command_behind_its_stand_in_is_spacys(how):
    got = _run(f"""
        import json, sys
        from kg.deferred import defer_spacy_cli
        defer_spacy_cli()
        import spacy
        {how}
        from spacy.cli.info import info
        data = info(markdown=False, silent=True)
        print(json.dumps({{"version": data.get("spacy_version"), "expected": spacy.__version__}}))
    """)
    assert got["version"] == got["expected"]


def test_no_stand_ins_once_spacy_is_imported():
    got = _run("""
        import json, sys
        import spacy
        from kg.deferred import Deferred, defer_spacy_cli
        print(json.dumps({"done": defer_spacy_cli(), "real": not isinstance(sys.modules["spacy.cli"], Deferred)}))
    """)
    assert got == {"done": False, "real": True}


def test_the_workers_load_this_kg_when_the_current_folder_holds_another(tmp_path):
    # a build run from another checkout's folder: the fork server is a fresh interpreter whose path began
    # with that folder, so it imported that folder's kg (here one that leaves a mark when preloaded)
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "kg").mkdir(parents=True)
    (elsewhere / "kg" / "__init__.py").write_text("", encoding="utf-8")
    mark = tmp_path / "imported"
    (elsewhere / "kg" / "preload.py").write_text(f"open({str(mark)!r}, 'w').close()\n", encoding="utf-8")
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent("""
        import json
        from kg.engine import LocalEngine
        from kg.model import Document

        def main():
            docs = [(i, Document(f"{i}.txt", "", "开平市委书记陈小曼出席会议。", "utf-8", str(i))) for i in range(4)]
            with LocalEngine(workers=2, min_parallel_chars=0) as engine:
                got = dict(engine.map(docs))
                print(json.dumps({"parallel": engine.parallel, "names": [e.name for e in got[3].entities]}))

        if __name__ == "__main__":
            main()
    """), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], cwd=elsewhere, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["parallel"] and "陈小曼" in got["names"]
    assert not mark.exists()


@pytest.mark.parametrize("command", ["build", "ner"])
def test_kg_build_and_kg_ner_leave_spacys_command_line_out(command, tmp_path):
    line = tmp_path / "line.txt"
    line.write_text("开平市委书记陈小曼出席会议。\n", encoding="utf-8")
    args = [command, str(line)] + (["--out", str(tmp_path / "out"), "--no-cache", "-q", "--format", "json"]
                                   if command == "build" else [])
    got = _run(f"""
        import contextlib, io, json, sys
        from kg.cli import cli
        from kg.deferred import Deferred
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            try:
                cli({args!r}, prog_name="kg")
            except SystemExit as exc:
                code = exc.code
        import spacy
        print(json.dumps({{"code": code, "typer": "typer" in sys.modules, "wrote": "陈小曼" in out.getvalue(),
                          "stand_in": isinstance(sys.modules["spacy.cli"], Deferred) and spacy.cli is sys.modules["spacy.cli"],
                          "download": callable(spacy.cli.download)}}))
    """)
    assert got["code"] in (0, None)
    assert got["stand_in"] and not got["typer"]  # not imported while the command ran ...
    assert got["download"]  # ... and still there for whoever asks for it afterwards
    if command == "ner":
        assert got["wrote"]
    else:
        assert "陈小曼" in (tmp_path / "out" / "graph.json").read_text(encoding="utf-8")
