"""The HTML explorer: data and layout in Python, and the page itself in a real headless Chromium.

The browser tests open graph.html from file:// through the DevTools protocol (tests/chromium.py),
check that the graph draws, that the page logs no error and requests nothing, and drive its
controls the way a person would: search, filters, the co-occurrence toggle, a click, a hover.
They skip when no Chromium is installed; .ci/run installs Debian's.
"""
import re
import time

import networkx as nx
import numpy as np
import pytest

from kg.exporters.html import LARGE, graph_data, to_html, write_html
from kg.exporters.layout import force_layout
from kg.iri import mint

from synthetic import edge, node, synthetic_graph

# --- layout and page data (no browser) ----------------------------------------------------------


def test_layout_is_deterministic_and_keeps_neighbours_close():
    G = nx.grid_2d_graph(30, 30)
    a, b = force_layout(G, seed=1), force_layout(G, seed=1)
    assert a == b
    nodes = list(G)
    rng = np.random.default_rng(0)
    hops, dist = [], []
    for _ in range(2000):
        u, v = (nodes[i] for i in rng.choice(len(nodes), 2, replace=False))
        hops.append(abs(u[0] - v[0]) + abs(u[1] - v[1]))
        dist.append(np.hypot(a[u][0] - a[v][0], a[u][1] - a[v][1]))
    assert np.corrcoef(hops, dist)[0, 1] > 0.8  # the grid comes out as a grid


@pytest.mark.parametrize("G", [nx.empty_graph(0), nx.empty_graph(1), nx.empty_graph(50), nx.star_graph(3000),
                               nx.path_graph(2)], ids=["empty", "one", "isolated", "star", "pair"])
def test_layout_edge_cases(G):
    t = time.perf_counter()
    pos = force_layout(G)
    assert set(pos) == set(G) and time.perf_counter() - t < 10
    assert all(np.isfinite(x) and np.isfinite(y) for x, y in pos.values())
    if len(G) > 1:
        assert len({(round(x), round(y)) for x, y in pos.values()}) > 0.9 * len(G)  # nodes do not pile up


def test_large_graphs_get_positions_and_small_ones_physics():
    small = graph_data(synthetic_graph(200, cooccurrence=50))
    assert not small["fixed"] and "x" not in small["nodes"][0]
    big = graph_data(synthetic_graph(LARGE + 200, cooccurrence=100))
    assert big["fixed"] and all("x" in n and "y" in n for n in big["nodes"])


def test_jurisdictions_follow_division_codes(seed_graph):
    data = graph_data(seed_graph)
    by_name = {n["name"]: n for n in data["nodes"]}
    codes = {c: name for c, name, level in data["jurisdictions"]}
    assert codes.get("440783") == "开平市" and codes.get("440700") == "江门市"
    assert "440783" in by_name["水口镇"]["jur"] and "440700" in by_name["水口镇"]["jur"]
    official = next(n for n in data["nodes"] if n["type"] == "Official" and "440783" in n["jur"])
    assert official


def test_page_is_self_contained(seed_graph):
    page = to_html(seed_graph)
    assert len(re.findall(r"^<script", page, re.M)) == 4  # title JSON, data JSON, vis-network, the explorer
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "{{KG_" not in page and "/*VIS_" not in page


# --- in the browser --------------------------------------------------------------------------------

CANVAS_PIXELS = """(() => { const c = document.querySelector('#graph canvas');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; })()"""


def open_page(browser, path, timeout=120):
    page = browser.new_page()
    page.goto(path.as_uri(), timeout=timeout)
    page.wait_for("window.kgReady", timeout=timeout)
    return page


def node_xy(page, iri):
    """Viewport coordinates of a node's centre."""
    return page.eval(f"""(() => {{ const n = window.kgExplorer.network, id = {iri!r};
      const p = n.canvasToDOM(n.getPosition(id)), r = document.querySelector('#graph canvas').getBoundingClientRect();
      return [p.x + r.left, p.y + r.top]; }})()""")


def count(page):
    m = re.match(r"(\d+) nodes · (\d+) edges", page.eval("document.getElementById('count').textContent"))
    return int(m.group(1)), int(m.group(2))


def assert_clean(page, path):
    assert page.console_errors() == []
    assert set(page.requests()) <= {path.as_uri()}, page.requests()


def test_seed_graph_draws_offline(browser, seed_graph, tmp_path):
    path = write_html(seed_graph, tmp_path / "graph.html")
    page = open_page(browser, path)
    assert page.eval(CANVAS_PIXELS) > 5000  # the graph is drawn, not a blank canvas
    assert count(page)[0] == seed_graph.number_of_nodes()
    assert page.eval("document.characterSet") == "UTF-8"
    shot = page.screenshot(tmp_path / "seeds.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert_clean(page, path)


def small_graph():
    G = nx.MultiDiGraph(documents={"d.txt": {"path": "d.txt", "sha256": "0" * 64, "encoding": "utf-8", "chars": 1}},
                        articles={})
    node(G, "Place/440783", "Place", "开平市", attrs={"code": "440783", "level": "county"}, mentions=6)
    node(G, "Place/440783102", "Place", "水口镇", attrs={"code": "440783102", "level": "town"}, mentions=3)
    node(G, "Place/440781", "Place", "台山市", attrs={"code": "440781", "level": "county"}, mentions=2)
    node(G, "Agency/开平市医疗保障局", "Agency", "开平市医疗保障局", aliases={"开平市医保局"},
         attrs={"place": "开平市", "place_code": "440783"}, mentions=4)
    node(G, "Official/李四@440783", "Official", "李四", attrs={"titles": {"局长"}}, mentions=2)
    node(G, "Programme/百千万工程", "Programme", "百千万工程", mentions=5)
    node(G, "Person/王五", "Person", "王五", attrs={"role": "记者"})
    edge(G, "Place/440783102", "Place/440783", "partOf", "开平市水口镇")
    edge(G, "Official/李四@440783", "Agency/开平市医疗保障局", "holdsPost", "开平市医疗保障局局长李四介绍情况。",
         title="局长", date="2024-04-02")
    edge(G, "Agency/开平市医疗保障局", "Place/440783", "locatedIn", "开平市医疗保障局")
    edge(G, "Agency/开平市医疗保障局", "Programme/百千万工程", "implements", "市医保局推进百千万工程。")
    G.add_edge("Person/王五", "Place/440781", key="coOccursWith", predicate="coOccursWith", cooccurrence=True,
               support=2, dates=["2024-04-02"], pmi=1.5, evidence=[], confidence=0.0)
    return G


def test_controls(browser, tmp_path):
    G = small_graph()
    path = write_html(G, tmp_path / "graph.html")
    page = open_page(browser, path)
    assert count(page) == (7, 4)  # co-occurrence hidden at first

    def click(selector):
        page.eval(f"document.querySelector({selector!r}).click()")

    click("#cooc")
    assert count(page) == (7, 5)
    click("#cooc")
    click("input[data-type=Place]")
    assert count(page) == (4, 2)  # no places, no partOf or locatedIn
    click("input[data-type=Place]")
    click("input[data-relation=holdsPost]")
    assert count(page) == (7, 3)
    click("input[data-relation=holdsPost]")
    page.eval("(() => { const s = document.getElementById('jurisdiction'); s.value = '440783';"
              " s.dispatchEvent(new Event('change')); })()")
    assert count(page) == (5, 4)  # 开平市, 水口镇, the bureau, its official and its programme
    page.eval("(() => { const s = document.getElementById('jurisdiction'); s.value = '';"
              " s.dispatchEvent(new Event('change')); })()")
    # search by alias, then Enter selects and shows the node
    page.eval("document.getElementById('search').focus()")
    page.type_text("医保局")
    assert count(page) == (1, 0)
    page.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Enter", "code": "Enter",
                                         "windowsVirtualKeyCode": 13})
    assert "开平市医疗保障局" in page.eval("document.getElementById('details').textContent")
    page.eval("(() => { const s = document.getElementById('search'); s.value = '';"
              " s.dispatchEvent(new Event('input')); })()")
    assert count(page) == (7, 4)
    # a click on a node shows its neighbourhood: details, neighbours, evidence; others dimmed
    bureau = mint("Agency/开平市医疗保障局")
    page.click(*node_xy(page, bureau))
    details = page.eval("document.getElementById('details').textContent")
    for text in ("开平市医疗保障局", "别名 aliases: 开平市医保局", "邻居 neighbours (3)", "李四", "开平市医疗保障局局长李四介绍情况。"):
        assert text in details
    assert page.eval(f"window.kgExplorer.nodes.get({mint('Person/王五')!r}).opacity") == 0.15
    assert page.eval(f"window.kgExplorer.nodes.get({mint('Official/李四@440783')!r}).opacity") in (None, 1)
    click("#hood")
    assert count(page) == (4, 3)
    click("#hood")
    # hovering a node shows its tooltip: posts, aliases, sources, dates
    x, y = node_xy(page, mint("Official/李四@440783"))
    page.mouse("mouseMoved", x + 40, y + 40)
    page.mouse("mouseMoved", x, y)
    page.wait_for("document.getElementById('tip').style.display === 'block'", timeout=10)
    tip = page.eval("document.getElementById('tip').textContent")
    assert "职务 posts: 开平市医疗保障局 局长" in tip and "d.txt" in tip and "2024-03-21" in tip
    # and hovering an edge shows its evidence sentence and date
    page.eval("window.kgExplorer.network.setOptions({ edges: { smooth: false } })")  # so the midpoint is on the line
    a, b = node_xy(page, mint("Official/李四@440783")), node_xy(page, bureau)
    page.mouse("mouseMoved", (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + 30)
    page.mouse("mouseMoved", (a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    page.wait_for("document.getElementById('tip').textContent.includes('局长李四介绍情况')", timeout=10)
    assert "2024-04-02" in page.eval("document.getElementById('tip').textContent")
    page.screenshot(tmp_path / "controls.png")
    assert_clean(page, path)


EVIL = '</div><script>window.pwned=1</script>"\'<img src=x onerror="window.pwned=2">&amp;'


def test_untrusted_text_stays_text(browser, tmp_path):
    G = small_graph()
    G.nodes["Official/李四@440783"]["name"] = EVIL
    G.nodes["Official/李四@440783"]["aliases"] = {EVIL + "别名"}
    G.edges["Official/李四@440783", "Agency/开平市医疗保障局", "holdsPost"]["evidence"][0]["text"] = EVIL
    path = write_html(G, tmp_path / "graph.html", title=EVIL)
    page = open_page(browser, path)
    iri = mint("Official/李四@440783")
    page.click(*node_xy(page, iri))
    details = page.eval("document.getElementById('details').textContent")
    assert EVIL in details and EVIL + "别名" in details
    assert page.eval("document.title") == EVIL
    assert page.eval("typeof window.pwned") == "undefined"
    assert page.eval("document.querySelectorAll('script').length") == 4
    assert page.eval("document.querySelectorAll('img').length") == 0
    assert_clean(page, path)


def test_5000_nodes_open_fast(browser, tmp_path):
    G = synthetic_graph(5000)
    t = time.perf_counter()
    path = write_html(G, tmp_path / "graph5k.html")
    export_s = time.perf_counter() - t
    page = open_page(browser, path, timeout=180)
    ready = page.eval("window.kgReady")
    assert ready["nodes"] == 5000
    assert page.eval(CANVAS_PIXELS) > 5000
    click_ms = page.eval("""(() => { const ex = window.kgExplorer, t = performance.now();
      ex.select(ex.nodeView.getIds()[123], true); return performance.now() - t; })()""")
    page.screenshot(tmp_path / "graph5k.png")
    assert_clean(page, path)
    print(f"5,000 nodes: export {export_s:.1f} s, page ready {ready['ms'] / 1000:.1f} s, "
          f"a click's neighbourhood {click_ms / 1000:.1f} s, {path.stat().st_size / 1e6:.1f} MB")
    assert ready["ms"] < 30_000 and export_s < 60 and click_ms < 10_000
