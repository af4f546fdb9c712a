"""The chain of divisions a node lies in, carried by the node so that exporters read only the graph.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("Official/陈小曼@440783", type="Official", attrs={})
>>> add_jurisdictions(G)
>>> [name for code, name, level in G.nodes["Official/陈小曼@440783"]["jurisdiction"]]
['开平市', '江门市', '广东省']
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # networkx is imported where a graph is made: not in the workers, which make none
    import networkx as nx

from ..gazetteer import Gazetteer
from .keys import EntityKey

__all__ = ["add_jurisdictions", "jurisdiction_code"]


def jurisdiction_code(key: str, d: dict) -> str:
    """The division a node lies in: a place's own code, an agency's jurisdiction (``place_code``),
    an official's key's jurisdiction; "" for others."""
    attrs = d.get("attrs", {})
    typ = d.get("type")
    if typ == "Place":
        return attrs.get("code", "")
    if typ == "Agency":
        return attrs.get("place_code", "")
    if typ == "Official":
        return EntityKey.parse(key).jurisdiction
    return ""


def add_jurisdictions(G: nx.MultiDiGraph, gaz: Gazetteer | None = None) -> None:
    """Give each node the chain of divisions it lies in, from its own up to the province, as
    ``G.nodes[n]["jurisdiction"]``: ``[[code, name, level], ...]`` (``[]`` where none is known)."""
    gaz = gaz or Gazetteer.load()
    for n, d in G.nodes(data=True):
        code = jurisdiction_code(n, d)
        div = gaz.get(code) if code else None
        d["jurisdiction"] = [[x.code, x.name, x.level] for x in [div, *gaz.ancestors(div.code)]] if div else []
