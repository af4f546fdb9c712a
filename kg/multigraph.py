"""The graph a build merges into, without networkx: a directed multigraph laid out as
``networkx.MultiDiGraph`` lays out its own, with the part of its interface kg's merge and exporters use.

Importing networkx takes a tenth of a CPU second or more (its algorithms, generators, readers and
drawing modules, and a look-up of its backends among the installed packages): more than the whole
merge and JSON export of a small build. A build merges into this class and writes its exports from
it; :meth:`MultiDiGraph.to_networkx` hands the same tables to a ``networkx.MultiDiGraph`` when one is
asked for (:attr:`kg.builder.BuildReport.graph`, :meth:`kg.graph.GraphMerger.graph`).

The tables are networkx's: ``_node`` (node -> its attributes), ``_succ`` (node -> successor -> key ->
the edge's attributes) and ``_pred`` (node -> predecessor -> the same key dicts), changed by each
method exactly as networkx changes them, so every iteration order, and the graph handed over, are
the ones a ``networkx.MultiDiGraph`` would have after the same calls.

>>> G = MultiDiGraph(documents={})
>>> G.add_node("a", name="A")
>>> G.add_edge("a", "b", key="partOf", confidence=0.9)
'partOf'
>>> G.add_edge("a", "b")
1
>>> list(G.edges(keys=True)), G.out_degree("a"), G.nodes["a"]["name"], "b" in G
([('a', 'b', 'partOf'), ('a', 'b', 1)], 2, 'A', True)
>>> type(G.to_networkx()).__name__, G.to_networkx().number_of_edges()
('MultiDiGraph', 2)
"""
from __future__ import annotations

from typing import Any, Hashable, Iterator

__all__ = ["MultiDiGraph", "Graph"]


class _NodeTable:
    """What a graph and its ``nodes`` view share: iteration, length and membership over the node table ``_node``
    (an unhashable value is no node, as in networkx)."""

    __slots__ = ()
    _node: dict

    def __iter__(self) -> Iterator:
        return iter(self._node)

    def __len__(self) -> int:
        return len(self._node)

    def __contains__(self, n: object) -> bool:
        try:
            return n in self._node
        except TypeError:
            return False


class MultiDiGraph(_NodeTable):
    """A directed multigraph with networkx's tables (see the module's notes)."""

    def __init__(self, **attr: Any) -> None:
        self.graph: dict = dict(attr)
        self._node: dict = {}
        self._succ: dict = {}
        self._pred: dict = {}
        self.nodes = _Nodes(self._node)  # views made once: G.nodes[n] runs in every exporter's loops
        self.edges = _Edges(self, self._succ)

    # nodes
    def add_node(self, n: Hashable, **attr: Any) -> None:
        if n not in self._succ:
            self._succ[n] = {}
            self._pred[n] = {}
            self._node[n] = attr
        else:
            self._node[n].update(attr)

    def remove_node(self, n: Hashable) -> None:
        try:
            nbrs = self._succ[n]
            del self._node[n]
        except KeyError:
            raise KeyError(f"the node {n!r} is not in the graph") from None
        for u in nbrs:
            del self._pred[u][n]
        del self._succ[n]
        for u in self._pred[n]:
            del self._succ[u][n]
        del self._pred[n]

    def number_of_nodes(self) -> int:
        return len(self._node)

    # edges
    def add_edge(self, u: Hashable, v: Hashable, key: Hashable = None, **attr: Any) -> Hashable:
        """Add (or update) the edge ``u -> v`` under ``key`` (the least unused integer when None); its key."""
        for n in (u, v):
            if n not in self._succ:
                self._succ[n] = {}
                self._pred[n] = {}
                self._node[n] = {}
        if key is None:
            keys = self._succ[u].get(v, {})
            key = len(keys)
            while key in keys:
                key += 1
        if v in self._succ[u]:
            keydict = self._succ[u][v]
            data = keydict.get(key, {})
            data.update(attr)
            keydict[key] = data
        else:
            keydict = {key: dict(attr)}
            self._succ[u][v] = keydict
            self._pred[v][u] = keydict
        return key

    def has_edge(self, u: Hashable, v: Hashable, key: Hashable = None) -> bool:
        try:
            return v in self._succ[u] if key is None else key in self._succ[u][v]
        except KeyError:
            return False

    def out_edges(self, nbunch: Hashable = None, data: bool | str = False, keys: bool = False,
                  default: Any = None) -> _EdgeData | list[tuple]:
        if keys and data is True and nbunch is not None:  # one node's edges, as the Turtle export reads them
            try:
                nbrs = self._succ[nbunch]
            except (KeyError, TypeError):
                pass
            else:
                return [(nbunch, nbr, k, dd) for nbr, kd in nbrs.items() for k, dd in kd.items()]
        return _EdgeData(self, self._succ, nbunch, data, keys, default)

    def in_edges(self, nbunch: Hashable = None, data: bool | str = False, keys: bool = False,
                 default: Any = None) -> _EdgeData:
        return _EdgeData(self, self._pred, nbunch, data, keys, default, reverse=True)

    def out_degree(self, n: Hashable) -> int:
        """Edges out of ``n``, each key counted."""
        return sum(len(keys) for keys in self._succ[n].values())

    def number_of_edges(self) -> int:
        return sum(len(keys) for nbrs in self._succ.values() for keys in nbrs.values())

    def to_networkx(self):
        """A ``networkx.MultiDiGraph`` holding this graph's tables (not copies: change one, change both)."""
        import networkx as nx

        H = nx.MultiDiGraph()
        H.graph = self.graph
        H._node = self._node
        H._adj = H._succ = self._succ
        H._pred = self._pred
        return H


class Graph(_NodeTable):
    """An undirected graph with ``networkx.Graph``'s tables (``_node``, ``_adj``: node -> neighbour -> the
    edge's attributes, one dict shared by both ends), for the layout of the HTML page: nodes and edges
    added in bulk, then read in networkx's order.

    >>> H = Graph()
    >>> H.add_nodes_from(["a", "b", "c"])
    >>> H.add_edges_from([("a", "b"), ("c", "a"), ("b", "a")])
    >>> list(H.edges(data=True)), len(H), list(H.adj["a"])
    ([('a', 'b', {}), ('a', 'c', {})], 3, ['b', 'c'])
    """

    def __init__(self) -> None:
        self._node: dict = {}
        self._adj: dict = {}

    def add_nodes_from(self, nodes) -> None:
        for n in nodes:
            if n not in self._node:
                self._adj[n] = {}
                self._node[n] = {}

    def add_edges_from(self, pairs) -> None:
        for u, v in pairs:
            for n in (u, v):
                if n not in self._node:
                    self._adj[n] = {}
                    self._node[n] = {}
            data = self._adj[u].get(v, {})
            self._adj[u][v] = data
            self._adj[v][u] = data

    @property
    def adj(self) -> dict:
        return self._adj

    @property
    def nodes(self) -> _Nodes:
        return _Nodes(self._node)

    def edges(self, data: bool = False) -> Iterator[tuple]:
        """Each edge once, from the end added first (networkx's order)."""
        seen = set()
        for n, nbrs in self._adj.items():
            for nbr, d in nbrs.items():
                if nbr not in seen:
                    yield (n, nbr, d) if data else (n, nbr)
            seen.add(n)


class _Nodes(_NodeTable):
    """``G.nodes``: the nodes, ``G.nodes[n]`` a node's attributes, ``G.nodes(data=True)`` (node, attributes)."""

    __slots__ = ("_node",)

    def __init__(self, node: dict) -> None:
        self._node = node

    def __call__(self, data: bool | str = False, default: Any = None):
        if data is False:
            return self
        if data is True:
            return _Items(self._node)
        return _Items(self._node, data, default)

    def __getitem__(self, n: Hashable) -> dict:
        return self._node[n]


class _Items:
    """(node, attributes) or (node, one attribute) pairs, as often as iterated."""

    __slots__ = ("_node", "_attr", "_default")

    def __init__(self, node: dict, attr: str | None = None, default: Any = None) -> None:
        self._node, self._attr, self._default = node, attr, default

    def __iter__(self) -> Iterator[tuple]:
        if self._attr is None:
            return iter(self._node.items())
        return ((n, d.get(self._attr, self._default)) for n, d in self._node.items())

    def __len__(self) -> int:
        return len(self._node)


class _Edges:
    """``G.edges``: the (u, v, key) triples, ``G.edges[u, v, key]`` an edge's attributes, and
    ``G.edges(nbunch, data=, keys=)`` as networkx's ``OutMultiEdgeView``."""

    __slots__ = ("_G", "_succ")

    def __init__(self, G: MultiDiGraph, succ: dict) -> None:
        self._G, self._succ = G, succ

    def __call__(self, nbunch: Hashable = None, data: bool | str = False, keys: bool = False,
                 default: Any = None) -> _EdgeData:
        return _EdgeData(self._G, self._succ, nbunch, data, keys, default)

    def __getitem__(self, e: tuple) -> dict:
        u, v, k = e
        return self._succ[u][v][k]

    def __iter__(self) -> Iterator[tuple]:
        return iter(_EdgeData(self._G, self._succ, None, False, True, None))

    def __len__(self) -> int:
        return self._G.number_of_edges()

    def __contains__(self, e: object) -> bool:
        try:
            u, v, k = e  # type: ignore[misc]
            return k in self._succ[u][v]
        except (KeyError, TypeError, ValueError):
            return False


class _EdgeData:
    """The edges out of (``reverse``: into) the nodes of ``nbunch`` (one node, several, or None: all),
    as (u, v[, key][, data]), as often as iterated."""

    __slots__ = ("_G", "_adj", "_nodes", "_data", "_keys", "_default", "_reverse")

    def __init__(self, G: MultiDiGraph, adj: dict, nbunch, data, keys: bool, default, reverse: bool = False) -> None:
        if nbunch is None:
            nodes = None
        elif nbunch in G:
            nodes = [nbunch]
        else:
            nodes = [n for n in nbunch if n in G]
        self._G, self._adj, self._nodes = G, adj, nodes
        self._data, self._keys, self._default, self._reverse = data, keys, default, reverse

    def __iter__(self) -> Iterator[tuple]:
        adj, data, keys, default, reverse = self._adj, self._data, self._keys, self._default, self._reverse
        pairs = adj.items() if self._nodes is None else ((n, adj[n]) for n in self._nodes)
        if not reverse and data is True:  # the exporters' and the merge's reading: one loop each, no tests inside
            if keys:
                return ((n, nbr, k, dd) for n, nbrs in pairs for nbr, kd in nbrs.items() for k, dd in kd.items())
            return ((n, nbr, dd) for n, nbrs in pairs for nbr, kd in nbrs.items() for dd in kd.values())
        if not reverse and data is False and keys:
            return ((n, nbr, k) for n, nbrs in pairs for nbr, kd in nbrs.items() for k in kd)
        return self._general(pairs)

    def _general(self, pairs) -> Iterator[tuple]:
        data, keys, default, reverse = self._data, self._keys, self._default, self._reverse
        for n, nbrs in pairs:
            for nbr, kd in nbrs.items():
                u, v = (nbr, n) if reverse else (n, nbr)
                for k, dd in kd.items():
                    d = dd if data is True else dd.get(data, default) if data is not False else None
                    if keys:
                        yield (u, v, k, d) if data is not False else (u, v, k)
                    else:
                        yield (u, v, d) if data is not False else (u, v)

    def __len__(self) -> int:
        return sum(1 for _ in self)
