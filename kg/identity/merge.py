"""Merges across documents: nodes of the graph that name one entity under different keys.

:func:`merge_nodes` finds the pairs that name one entity (each rule in :data:`MERGE_RULES`
proposes pairs with a reason), joins them with a union-find that the user's alias file may
veto (:class:`Merges`), and merges each group into one node. Every merge, and every merge
refused, is recorded in ``G.graph["merges"]`` (written to ``merges.jsonl`` by a build).
"""
from __future__ import annotations

import functools
from collections import defaultdict
from typing import TYPE_CHECKING, Callable, Iterator

if TYPE_CHECKING:  # networkx is imported where a graph is made: not in the workers, which make none
    import networkx as nx

from ..gazetteer import Gazetteer
from ..lexicon import lexicon
from .aliases import AliasRules
from .keys import EntityKey, place_key
from .normalise import level_only, normalise_name, programme_stem
from .tenures import post_title, single_holder

__all__ = ["merge_nodes", "Merges", "MERGE_RULES"]


class Merges:
    """A union-find over node keys that records why each pair was joined, or kept apart.

    >>> m = Merges(["a", "b", "c"], blocked=[("a", "c")])
    >>> m.union("a", "b", "same name"); m.union("b", "c", "alias")
    >>> m.groups(), [r["reason"] for r in m.records]
    ([['a', 'b'], ['c']], ['same name', 'alias (refused by the alias file)'])
    """

    def __init__(self, nodes, blocked=()) -> None:
        self.parent = {n: n for n in nodes}
        self.members = {n: {n} for n in nodes}
        self.blocked = {frozenset(p) for p in blocked}
        self.records: list[dict] = []

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if any(frozenset((x, y)) in self.blocked for x in self.members[ra] for y in self.members[rb]):
            self.records.append({"kept_apart": sorted((a, b)), "reason": reason + " (refused by the alias file)"})
            return
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.records.append({"merged": sorted((a, b)), "reason": reason})

    def groups(self) -> list[list[str]]:
        """The groups, each in the order of the nodes given, in the order of their first node."""
        out: dict[str, list[str]] = defaultdict(list)
        for n in self.parent:
            out[self.find(n)].append(n)
        return list(out.values())


def _programme_variants(G: nx.MultiDiGraph, nodes: list[str]) -> Iterator[tuple[str, str, str]]:
    """Programmes whose names reduce to one stem (八镇联动发展 → 八镇联动)."""
    stems: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        d = G.nodes[n]
        if d["type"] == "Programme":
            stems[programme_stem(d["name"])].append(n)
    for stem, group in sorted(stems.items()):
        for other in group[1:]:
            yield group[0], other, f"programme variants of {stem}"


def _aliases(G: nx.MultiDiGraph, nodes: list[str]) -> Iterator[tuple[str, str, str]]:
    """Two nodes of one type where one's alias is the other's name (开平市医保局 → 开平市医疗保障局). A designation's
    alias printed by its level alone (省级乡村振兴示范村 of 甘肃省乡村振兴示范村) joins nothing: every province has one."""
    names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for n in nodes:
        d = G.nodes[n]
        names[(d["type"], normalise_name(d["name"]))].append(n)
    for n in nodes:
        d = G.nodes[n]
        for alias in sorted(d["aliases"]):
            if d["type"] == "Programme" and level_only(alias):
                continue
            for other in names.get((d["type"], normalise_name(alias)), ()):
                if other != n:
                    yield n, other, f"alias {alias}"


@functools.lru_cache(maxsize=1)
def _province_forms() -> tuple[str, ...]:
    """Each province's name and its short form (四川省, 四川), the longer first."""
    gaz = Gazetteer.load()
    forms = {f for d in gaz if d.level == "province" for f in (d.name, d.short) if f}
    return tuple(sorted(forms, key=len, reverse=True))


def _province_printed_bodies(G: nx.MultiDiGraph, nodes: list[str]) -> Iterator[tuple[str, str, str]]:
    """Two agencies of one article whose names differ only by a province's name printed before the rest, after a
    leading CpcPrefix or none (中共四川天府新区工作委员会 in the text, 中共天府新区工作委员会 in its headline: a new
    area no gazetteer lists, printed with and without its province): one body."""
    prefixes = tuple(lexicon().words("CpcPrefix"))
    names: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        if G.nodes[n]["type"] == "Agency":
            names[G.nodes[n]["name"]].append(n)
    for name, group in sorted(names.items()):
        lead = next((p for p in prefixes if name.startswith(p)), "")
        rest = name[len(lead):]
        form = next((f for f in _province_forms() if rest.startswith(f)), "")
        if not form:
            continue
        for n in group:
            for other in names.get(lead + rest[len(form):], ()):
                if other != n and G.nodes[other]["docs"] & G.nodes[n]["docs"]:
                    yield n, other, f"a province's name printed before: {form}"


def _jurisdiction_named(G: nx.MultiDiGraph, official: str, docs: set) -> bool:
    """Whether the place of an official's key (Official/陈小曼@440783) is named in one of ``docs``."""
    code = EntityKey.parse(official).jurisdiction
    place = str(place_key(code))
    return bool(code) and place in G and bool(G.nodes[place]["docs"] & docs)


def _people_as_officials(G: nx.MultiDiGraph, nodes: list[str]) -> Iterator[tuple[str, str, str]]:
    """A Person and an Official of the same name in the same document (the Official stays), or
    in documents that name the official's jurisdiction, when only one such official exists."""
    officials: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        if G.nodes[n]["type"] == "Official":
            officials[G.nodes[n]["name"]].append(n)
    for n in nodes:
        d = G.nodes[n]
        if d["type"] == "Person":
            for o in officials.get(d["name"], ()):
                if G.nodes[o]["docs"] & d["docs"]:
                    yield o, n, "the same name as an official in the same document"
                    break
            else:
                # in other documents: tied by the official's jurisdiction, named where the person is
                tied = [o for o in officials.get(d["name"], ()) if _jurisdiction_named(G, o, d["docs"])]
                if len(tied) == 1:
                    yield tied[0], n, "the same name as an official of a place named in the same document"


def _officials_sharing_a_post(G: nx.MultiDiGraph, nodes: list[str]) -> Iterator[tuple[str, str, str]]:
    """Officials of one name who hold the same post in the same agency: one person, whichever title a
    document printed first (江门市委常委、开平市委书记X and 开平市委书记X; 原开平市委书记X)."""
    holders: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for n in nodes:
        if G.nodes[n]["type"] != "Official":
            continue
        for agency, title in sorted(_posts(G, n)):
            if title:
                holders[(G.nodes[n]["name"], agency, title)].append(n)
    for (name, agency, title), group in sorted(holders.items()):
        for other in group[1:]:
            yield group[0], other, f"the same name and post: {G.nodes[agency]['name']} {title}"


def _posts(G: nx.MultiDiGraph, n: str) -> set[tuple[str, str]]:
    """``(agency, post)`` of each post an official's holdsPost evidence names."""
    return {(v, post_title(ev.get("title", ""))) for _, v, k, d in G.out_edges(n, keys=True, data=True)
            if k == "holdsPost" for ev in d["evidence"]}


def _rival_posts(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """Whether two officials hold one single-holder post in two agencies (党委书记 of two towns): two people."""
    return any(t == u and x != y and single_holder(t) for x, t in a for y, u in b)


def _officials_in_one_article(G: nx.MultiDiGraph, nodes: list[str]) -> Iterator[tuple[str, str, str]]:
    """Officials of one name in one article (a notice that ends one post and starts another), unless they
    hold one single-holder post in two agencies (大江镇党委书记李强 … 棠下镇党委书记李强: two people)."""
    seen: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for n in nodes:
        d = G.nodes[n]
        if d["type"] == "Official":
            for where in sorted({(m["doc"], m["article"]) for m in d["mentions"]}):
                seen[(d["name"], *where)].append(n)
    for (name, doc, article), group in sorted(seen.items()):
        for other in group[1:]:
            if not _rival_posts(_posts(G, group[0]), _posts(G, other)):
                yield group[0], other, "the same name in one article"


#: the automatic merge rules, in the order they are applied: each yields ``(a, b, reason)``
MERGE_RULES: tuple[Callable[[nx.MultiDiGraph, list[str]], Iterator[tuple[str, str, str]]], ...] = (
    _programme_variants, _aliases, _province_printed_bodies, _officials_sharing_a_post, _officials_in_one_article,
    _people_as_officials)


def _homonyms_kept_apart(G: nx.MultiDiGraph, merges: Merges) -> None:
    """Record the officials of one name left apart (no post and no article in common): one line per name, with
    one node of each group."""
    by_name: dict[str, dict[str, str]] = defaultdict(dict)
    for n in merges.parent:
        if G.nodes[n]["type"] == "Official":
            by_name[G.nodes[n]["name"]].setdefault(merges.find(n), n)
    for name, firsts in sorted(by_name.items()):
        if len(firsts) > 1:
            merges.records.append({"kept_apart": sorted(firsts.values()),
                                   "reason": "the same name, no post or article in common"})


def merge_nodes(G: nx.MultiDiGraph, rules: AliasRules | None = None) -> list[dict]:
    """Merge nodes that name the same entity under different keys; returns what was merged.

    Automatic merges come from :data:`MERGE_RULES`: programme variants, aliases, officials of one
    name who share a post or an article, and people who are officials; officials of one name
    left apart are recorded too. ``rules`` (the user's alias file) add merges (``same``), forbid them
    (``different``) and add surface forms (``alias``). The result is recorded in
    ``G.graph["merges"]``.
    """
    rules = rules or AliasRules()
    nodes = sorted(G.nodes)
    merges = Merges(nodes, blocked=rules.resolve_pairs(G, rules.different))
    for rule in MERGE_RULES:
        for a, b, reason in rule(G, nodes):
            merges.union(a, b, reason)
    for a, b in rules.resolve_pairs(G, rules.same):
        merges.union(a, b, "the alias file")
    _homonyms_kept_apart(G, merges)
    # merge each group into one node: an Official over a Person, then the shortest programme
    # name, the official keyed by the smallest division (a code with fewer trailing zeros: 开平市 440783 over 江门市 440700), then the most mentioned
    for group in merges.groups():
        if len(group) < 2:
            continue
        keep = min(group, key=lambda x: (G.nodes[x]["type"] != "Official",
                                         len(G.nodes[x]["name"]) if G.nodes[x]["type"] == "Programme" else 0,
                                         -len(EntityKey.parse(x).jurisdiction.rstrip("0")) if G.nodes[x]["type"] == "Official" else 0,
                                         -len(G.nodes[x]["mentions"]), x))
        for other in sorted(group):
            if other != keep:
                _merge_into(G, keep, other)
    for ref, alias in rules.aliases:
        for n in rules.resolve(G, ref):
            if alias != G.nodes[n]["name"]:
                G.nodes[n]["aliases"].add(alias)
    G.graph["merges"] = merges.records
    return merges.records


def _merge_into(G: nx.MultiDiGraph, keep: str, drop: str) -> None:
    if keep == drop or drop not in G or keep not in G:
        return
    a, b = G.nodes[keep], G.nodes[drop]
    a["aliases"] |= b["aliases"] | ({b["name"]} - {a["name"]})
    a["context_aliases"] |= b["context_aliases"]
    for k, v in b["attrs"].items():
        if isinstance(v, set):
            a["attrs"].setdefault(k, set()).update(v)
        else:
            a["attrs"].setdefault(k, v)
    a["mentions"] += b["mentions"]
    a["docs"] |= b["docs"]
    for u, v, k, d in list(G.in_edges(drop, keys=True, data=True)):
        _move_edge(G, u, keep, k, d)
    for u, v, k, d in list(G.out_edges(drop, keys=True, data=True)):
        _move_edge(G, keep, v, k, d)
    G.remove_node(drop)
    G.graph.setdefault("renamed", {})[drop] = keep


def _move_edge(G, u, v, k, d) -> None:
    if u == v:
        return
    if G.has_edge(u, v, key=k):
        G.edges[u, v, k]["evidence"] += d["evidence"]
    else:
        G.add_edge(u, v, key=k, **{**d, "evidence": list(d["evidence"])})
