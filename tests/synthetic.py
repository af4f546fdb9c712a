"""Synthetic graphs with kg's node and edge schema, for exporter tests and the 5,000-node measurement."""
from __future__ import annotations

import random

import networkx as nx

from kg.identity.jurisdiction import add_jurisdictions

__all__ = ["synthetic_graph", "node", "edge"]


def node(G: nx.MultiDiGraph, key: str, type_: str, name: str, *, aliases=(), attrs=None, mentions: int = 1,
         docs=("d.txt",), date: str = "2024-03-21") -> str:
    """Add one entity node as kg.graph.build_graph makes them."""
    ms = [{"doc": docs[0], "start": i, "end": i + len(name), "text": name, "method": "rule", "confidence": 0.9,
           "article": 0, "date": date, "headline": "", "newspaper": ""} for i in range(mentions)]
    G.add_node(key, type=type_, name=name, aliases=set(aliases), context_aliases=set(), attrs=dict(attrs or {}),
               mentions=ms, docs=set(docs), first_seen=date if mentions else "", last_seen=date if mentions else "")
    return key


def edge(G: nx.MultiDiGraph, u: str, v: str, predicate: str, text: str, *, doc: str = "d.txt", date: str = "2024-03-21",
         start: int = 0, title: str = "", confidence: float = 0.9) -> None:
    """Add one typed relation with one evidence sentence."""
    ev = {"doc": doc, "start": start, "end": start + len(text), "text": text, "method": "rule",
          "confidence": confidence, "article": 0, "date": date, "headline": "", "newspaper": ""}
    if title:
        ev["title"] = title
    d = {"predicate": predicate, "evidence": [ev], "cooccurrence": False, "confidence": confidence}
    if title:
        d["titles"] = [title]
    G.add_edge(u, v, key=predicate, **d)


def synthetic_graph(n: int = 5000, *, seed: int = 7, cooccurrence: int | None = None) -> nx.MultiDiGraph:
    """About ``n`` entities shaped like news graphs: a place tree, agencies located in places,
    officials holding posts, programmes implemented by agencies and places, co-occurrence."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph(documents={"d.txt": {"path": "d.txt", "sha256": "0" * 64, "encoding": "utf-8", "chars": 1}},
                        articles={("d.txt", 0): {"headline": "", "newspaper": "", "date": "2024-03-21",
                                                 "reporters": [], "start": 0, "end": 1, "place": ""}})
    places, agencies, officials, programmes = [], [], [], []
    n_places, n_agencies, n_officials = int(n * 0.3), int(n * 0.25), int(n * 0.2)
    n_programmes = int(n * 0.15)
    n_people = n - n_places - n_agencies - n_officials - n_programmes
    for i in range(n_places):
        if i < 5:
            code, level = f"44{i:02d}00", "city"
        elif i < 60:
            code, level = f"{places[rnd.randrange(5)][-6:-2]}{i:02d}", "county"
        else:
            code, level = f"{440700 + i % 97:06d}{i:03d}", "town"
        key = node(G, f"Place/{code}", "Place", f"地{i}镇", attrs={"code": code, "level": level},
                   mentions=rnd.randint(1, 8))
        if i >= 5:
            parent = places[rnd.randrange(5)] if i < 60 else places[5 + rnd.randrange(min(55, i - 5))]
            edge(G, key, parent, "partOf", f"地{i}镇隶属上级。")
        places.append(key)
    for i in range(n_agencies):
        p = rnd.choice(places)
        key = node(G, f"Agency/机构{i}", "Agency", f"机构{i}局", attrs={"place": G.nodes[p]["name"],
                                                                    "place_code": G.nodes[p]["attrs"]["code"]},
                   mentions=rnd.randint(1, 12))
        edge(G, key, p, "locatedIn", f"机构{i}局位于{G.nodes[p]['name']}。")
        if agencies and rnd.random() < 0.3:
            edge(G, key, rnd.choice(agencies), "subOrganizationOf", f"机构{i}局是下属机构。")
        agencies.append(key)
    for i in range(n_officials):
        a = rnd.choice(agencies)
        key = node(G, f"Official/官员{i}@440700", "Official", f"官员{i}", attrs={"titles": {"局长"}},
                   mentions=rnd.randint(1, 20))
        edge(G, key, a, "holdsPost", f"{G.nodes[a]['name']}局长官员{i}出席会议。", title="局长")
        officials.append(key)
    for i in range(n_programmes):
        key = node(G, f"Programme/工程{i}", "Programme", f"工程{i}", mentions=rnd.randint(1, 6))
        for body in rnd.sample(agencies + places[:60], rnd.randint(1, 3)):
            edge(G, body, key, "implements", f"{G.nodes[body]['name']}实施工程{i}。")
        programmes.append(key)
    for i in range(n_people):
        node(G, f"Person/人物{i}", "Person", f"人物{i}", attrs={"role": "记者"})
    keys = sorted(G.nodes)
    for _ in range(n * 2 if cooccurrence is None else cooccurrence):
        u, v = sorted(rnd.sample(keys, 2))
        if not G.has_edge(u, v, key="coOccursWith"):
            G.add_edge(u, v, key="coOccursWith", predicate="coOccursWith", cooccurrence=True,
                       support=rnd.choice((1, 1, 1, 2, 3, 5)), dates=["2024-03-21"], pmi=round(rnd.uniform(-1, 3), 4),
                       evidence=[], confidence=0.0)
    add_jurisdictions(G)  # as a build does
    return G
