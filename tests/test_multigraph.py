"""kg.multigraph.MultiDiGraph against networkx.MultiDiGraph: the same calls leave the same tables, in the
same orders, and a build's graph reaches its callers as a networkx graph."""
import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.multigraph import MultiDiGraph

NODES = st.sampled_from(["a", "b", "c", "d", "e"])
KEYS = st.one_of(st.none(), st.sampled_from(["partOf", "holdsPost", 0, 1, 3]))
OPS = st.lists(st.one_of(
    st.tuples(st.just("node"), NODES, st.integers(0, 3)),
    st.tuples(st.just("edge"), NODES, NODES, KEYS, st.integers(0, 3)),
    st.tuples(st.just("remove"), NODES),
), max_size=40)


def _apply(G, ops) -> list:
    """Run the operations on G; what each returned (None where nothing, "missing" for a node not there)."""
    out = []
    for op in ops:
        if op[0] == "node":
            out.append(G.add_node(op[1], w=op[2]))
        elif op[0] == "edge":
            _, u, v, k, w = op
            out.append(G.add_edge(u, v, key=k, w=w) if k is not None else G.add_edge(u, v, w=w))
        elif op[1] in G:
            out.append(G.remove_node(op[1]))
        else:
            out.append("missing")
    return out


def _seen(G) -> dict:
    """Everything kg's merge and exporters read from a graph, in the order they read it."""
    nodes = list(G)
    return {
        "nodes": list(G.nodes(data=True)), "plain": list(G.nodes), "w": list(G.nodes(data="w", default=-1)),
        "edges": list(G.edges(keys=True, data=True)), "triples": list(G.edges), "pairs": list(G.edges(data=True)),
        "edge_w": list(G.edges(data="w", keys=True)),
        "out": [list(G.out_edges(n, keys=True, data=True)) for n in nodes],
        "in": [list(G.in_edges(n, keys=True, data=True)) for n in nodes],
        "out_bunch": list(G.out_edges(nodes[::-1], keys=True)),
        "degree": [G.out_degree(n) for n in nodes],
        "has": [(u, v, k, G.has_edge(u, v), G.has_edge(u, v, key=k)) for u in "abcde" for v in "abcde" for k in (0, 1, "partOf")],
        "contains": [n in G for n in "abcdef"] + [["x"] in G],
        "counts": (G.number_of_nodes(), G.number_of_edges(), len(G), len(G.edges)),
        "attrs": [G.nodes[n] for n in nodes], "edge_attrs": [G.edges[e] for e in G.edges],
    }


@settings(max_examples=300, deadline=None)
@given(OPS)
def test_the_same_calls_leave_what_networkx_leaves(ops):
    ours, theirs = MultiDiGraph(documents={}), nx.MultiDiGraph(documents={})
    assert _apply(ours, ops) == _apply(theirs, ops)
    assert _seen(ours) == _seen(theirs)
    handed = ours.to_networkx()
    assert isinstance(handed, nx.MultiDiGraph)
    assert _seen(handed) == _seen(theirs)
    assert handed.graph == theirs.graph == {"documents": {}}
    # networkx's own tables, orders included: what any networkx function reads
    for table in ("_node", "_succ", "_pred"):
        assert list(getattr(handed, table).items()) == list(getattr(theirs, table).items())
        assert [list(v) for v in getattr(handed, table).values()] == [list(v) for v in getattr(theirs, table).values()]


def test_edges_share_one_attribute_dict_and_removing_a_node_drops_its_edges():
    G = MultiDiGraph()
    G.add_edge("a", "b", key="partOf", evidence=[1])
    G.edges["a", "b", "partOf"]["evidence"].append(2)
    assert list(G.in_edges("b", keys=True, data=True)) == [("a", "b", "partOf", {"evidence": [1, 2]})]
    G.add_edge("c", "a", key="x")
    G.remove_node("a")
    assert list(G) == ["b", "c"] and list(G.edges) == []
    with pytest.raises(KeyError):
        G.remove_node("a")


def test_a_build_writes_its_exports_without_networkx_and_its_report_gives_a_networkx_graph(tmp_path):
    import subprocess
    import sys
    import textwrap

    (tmp_path / "a.txt").write_text("开平市委书记陈小曼出席会议。水口镇属于开平市。", encoding="utf-8")
    code = textwrap.dedent(f"""
        import json, sys
        from kg.builder import build
        report = build([{str(tmp_path / 'a.txt')!r}], {str(tmp_path / 'out')!r}, formats=("json",), cache=False)
        before = "networkx" in sys.modules
        G = report.graph
        print(json.dumps({{"before": before, "type": type(G).__module__.split(".")[0], "nodes": G.number_of_nodes()}}))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    got = __import__("json").loads(out.stdout.strip().splitlines()[-1])
    assert got["before"] is False
    assert got["type"] == "networkx" and got["nodes"] >= 2


PAIRS = st.lists(st.tuples(NODES, NODES), max_size=20)


@settings(max_examples=200, deadline=None)
@given(st.lists(NODES, max_size=5), PAIRS)
def test_the_undirected_graph_is_read_as_networkx_reads_its_own(nodes, pairs):
    from kg.multigraph import Graph

    ours, theirs = Graph(), nx.Graph()
    for H in (ours, theirs):
        H.add_nodes_from(nodes)
        H.add_edges_from(pairs)
    assert list(ours) == list(theirs) and list(ours.nodes) == list(theirs.nodes) and len(ours) == len(theirs)
    assert list(ours.edges(data=True)) == list(theirs.edges(data=True))
    assert list(ours.edges()) == list(theirs.edges())
    assert {n: list(ours.adj[n]) for n in ours} == {n: list(theirs.adj[n]) for n in theirs}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=60))
def test_the_page_layout_is_the_same_on_either_graph(pairs):
    from kg.exporters.layout import force_layout
    from kg.multigraph import Graph

    ours, theirs = Graph(), nx.Graph()
    for H in (ours, theirs):
        H.add_nodes_from(range(31))
        H.add_edges_from(sorted((u, v) for u, v in pairs if u != v))
    a, b = force_layout(ours, seed=1), force_layout(theirs, seed=1)
    assert list(a) == list(b)
    assert all((a[n] == b[n]).all() if hasattr(a[n], "all") else a[n] == b[n] for n in a)
