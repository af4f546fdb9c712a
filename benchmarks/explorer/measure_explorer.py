"""Time graph.html in headless Chromium: page ready, a click's neighbourhood, the co-occurrence toggle.

Pages are written by the kg in this checkout, or by another checkout's interpreter (``--baseline
PYTHON``, e.g. ``../main/.venv/bin/python``) so that two versions are measured in one run on the
same machine. Each page is opened ``--repeat`` times in a fresh tab; the medians are reported.

    .venv/bin/python benchmarks/explorer/measure_explorer.py --baseline ../main/.venv/bin/python
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests")]

from chromium import Chromium  # noqa: E402

WRITE = """
import sys, time
sys.path.insert(0, {tests!r})
from kg.exporters.html import write_html
{graph}
t = time.perf_counter(); write_html(G, {out!r}); print(time.perf_counter() - t)
"""
GRAPHS = {
    "seeds": "from kg.builder import build\nG = build([{seeds!r}], '/tmp/kg-explorer-bench', formats=(), cache=False).graph",
    "synthetic 5,000 + 26,000 co-occurrence": "from synthetic import synthetic_graph\nG = synthetic_graph(5000, cooccurrence=26000)",
}
CLICK = """(() => { const ex = window.kgExplorer, t = performance.now();
  ex.select(ex.nodeView.getIds()[123], true); return performance.now() - t; })()"""
COOC = """new Promise(done => { const ex = window.kgExplorer, box = document.getElementById('cooc'), t = performance.now();
  box.click(); const finish = () => done(performance.now() - t);
  if (ex.network.once) { ex.network.once('afterDrawing', finish); ex.network.redraw(); } else { finish(); } })"""


def write(python: str, graph: str, out: Path) -> float:
    code = WRITE.format(tests=str(ROOT / "tests"), graph=GRAPHS[graph].format(seeds=str(ROOT / "seeds" / "documents")),
                        out=str(out))
    # run outside any checkout, so that the interpreter imports its own kg
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True, cwd=tempfile.gettempdir())
    return float(done.stdout.strip().splitlines()[-1])


def measure(browser: Chromium, path: Path) -> dict:
    page = browser.new_page()
    t = time.perf_counter()
    page.goto(path.as_uri(), timeout=600)
    page.wait_for("window.kgReady", timeout=600)
    wall = time.perf_counter() - t
    ready = page.eval("window.kgReady")
    click = page.eval(CLICK, timeout=600)
    page.eval("window.kgExplorer.select(null)")
    cooc = page.eval(COOC, timeout=600)
    page.send("Page.close")
    return {"ready_s": ready["ms"] / 1000, "wall_s": wall, "click_s": click / 1000, "cooc_s": cooc / 1000}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", help="Python of another checkout whose explorer is measured too")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    versions = {"this checkout": sys.executable}
    if args.baseline:
        versions["baseline"] = args.baseline
    rows = []
    with Chromium.launch() as browser:
        for graph in GRAPHS:
            for version, python in versions.items():
                path = Path(f"/tmp/kg-explorer-{version.replace(' ', '-')}-{len(rows)}.html")
                export = write(python, graph, path)
                runs = [measure(browser, path) for _ in range(args.repeat)]
                row = {"graph": graph, "version": version, "export_s": round(export, 2),
                       "size_mb": round(path.stat().st_size / 1e6, 2),
                       **{k: round(statistics.median(r[k] for r in runs), 2) for k in runs[0]}}
                rows.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
