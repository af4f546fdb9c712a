"""Tenures: who held which post when.

A tenure is one official's hold on one post (a title in one agency) over one stretch of time.
Each of its two ends is a :class:`Bound`: known (an appointment or election starts it, a removal
or resignation ends it, on the date of the report), bounded (it started no later than the
first report of the holder; it ended no later than a successor's first report, or than a report
that names the post as a former one: 原…, 时任…) or open (the holder is still reported at the
last report, and nothing ends the tenure).

The event of each report is read by the relation rules (:mod:`kg.relations`: ``event`` and
``cue`` on a holdsPost's evidence, from the cue words of ``seeds/lexicons/tenures.jsonl``);
:func:`add_tenures` builds the tenures of a merged graph and stores them on its holdsPost
edges; :func:`holders` answers "who held posts in this agency on this day".

>>> post_title("代理市长"), post_title("市委书记"), post_title("副市长")
('市长', '书记', '副市长')
>>> single_holder("书记"), single_holder("副书记"), single_holder("常委")
(True, False, False)
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from collections import defaultdict
from dataclasses import dataclass, field

if TYPE_CHECKING:  # networkx is imported where a graph is made: not in the workers, which make none
    import networkx as nx

from ..lexicon import lexicon, lexicon_cache

__all__ = ["Bound", "Tenure", "post_title", "single_holder", "edge_tenures", "add_tenures", "tenures_of", "holders",
           "changes", "BOUND_KINDS"]

#: how a tenure's end is known: on that date; no later than it; no earlier than it (the last
#: report of the holder, after which nothing is known); not at all
BOUND_KINDS = ("exact", "not_after", "not_before", "open")


@dataclass(frozen=True, slots=True)
class Bound:
    """One end of a tenure: a date and how it is known (``kind``, one of :data:`BOUND_KINDS`) and
    by what (``by``: appointment, removal, first report, last report, succession, former post)."""

    date: str = ""
    kind: str = "open"
    by: str = ""


@dataclass(slots=True)
class Tenure:
    """One official's tenure of one post. ``reports`` are the dated reports it rests on, as
    ``(date, event, doc)``; ``predecessor`` and ``successor`` name the holders of a single-holder
    post before and after (node keys)."""

    official: str
    agency: str
    title: str
    start: Bound = Bound()
    end: Bound = Bound()
    qualifiers: tuple[str, ...] = ()
    reports: list[tuple[str, str, str]] = field(default_factory=list)
    predecessor: str = ""
    successor: str = ""
    last_current: str = ""  # the last report that names the post as held then

    def held_on(self, day: str) -> bool:
        """Whether the official held the post on ``day`` (YYYY-MM-DD), as far as the reports say:
        the tenure started on or before it and did not end on or before it."""
        if not self.start.date or self.start.date > day:
            return False
        return self.end.kind in ("open", "not_before") or day < self.end.date

    def record(self) -> dict:
        """The tenure as plain data (kept on the graph's holdsPost edge, exported as JSON)."""
        # as dataclasses.asdict writes it, field by field (asdict copies deeply, by reflection: the
        # merge's finish made a thousand of these)
        return {"official": self.official, "agency": self.agency, "title": self.title,
                "start": {"date": self.start.date, "kind": self.start.kind, "by": self.start.by},
                "end": {"date": self.end.date, "kind": self.end.kind, "by": self.end.by},
                "qualifiers": list(self.qualifiers), "reports": [list(r) for r in self.reports],
                "predecessor": self.predecessor, "successor": self.successor, "last_current": self.last_current}

    @classmethod
    def from_record(cls, d: dict) -> Tenure:
        return cls(d["official"], d["agency"], d["title"], Bound(**d["start"]), Bound(**d["end"]),
                   tuple(d.get("qualifiers", ())), [tuple(r) for r in d.get("reports", ())], d.get("predecessor", ""),
                   d.get("successor", ""), d.get("last_current", ""))


@dataclass(frozen=True)
class _Vocabulary:
    qualifiers: tuple[tuple[str, str], ...]  # title prefix -> qualifier, longest first
    suffixes: tuple[tuple[str, str], ...]  # title ending -> qualifier, longest first
    prefixes: tuple[str, ...]
    single: tuple[str, ...]
    shared: tuple[str, ...]


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    lex = lexicon()
    quals = lex.patterns("TenureQualifier")
    ends = lex.patterns("TenureQualifierSuffix")
    return _Vocabulary(tuple(sorted(quals.items(), key=lambda x: -len(x[0]))), tuple(sorted(ends.items(), key=lambda x: -len(x[0]))),
                       lex.words("TenurePostPrefix", longest_first=True), lex.words("SingleHolderTitle", longest_first=True),
                       lex.words("SharedTitleMark"))


@lexicon_cache
def _splits() -> dict[str, tuple[str, str]]:
    """:func:`_split_title`'s answers by title (a build asks for a few hundred titles thousands of times)."""
    return {}


#: the most titles :func:`_splits` keeps (then it starts again)
_SPLITS_KEPT = 20_000


def _split_title(title: str) -> tuple[str, str]:
    """A printed title as ``(post, qualifier)``: 代理市长 → (市长, 代理); 市委书记 → (书记, ""); 市人大常委会主任候选人 →
    (主任, 提名)."""
    memo = _splits()
    got = memo.get(title)
    if got is None:
        if len(memo) >= _SPLITS_KEPT:
            memo.clear()
        got = memo[title] = _split_title_uncached(title)
    return got


def _split_title_uncached(title: str) -> tuple[str, str]:
    v = _vocabulary()
    qualifier = ""
    for prefix, q in v.qualifiers:
        if title.startswith(prefix) and len(title) > len(prefix) + 1:
            title, qualifier = title[len(prefix):], q
            break
    for suffix, q in v.suffixes:
        if title.endswith(suffix) and len(title) > len(suffix) + 1:
            title, qualifier = title[: -len(suffix)], qualifier or q
            break
    for prefix in v.prefixes:
        if title.startswith(prefix) and len(title) > len(prefix) + 1:
            title = title[len(prefix):]
            break
    return title, qualifier


def post_title(title: str) -> str:
    """The post a printed title names, without a qualifier of its tenure (代理) or the part that
    repeats its body (市委书记 of a city's Party committee is its 书记); 副 stays (副市长)."""
    return _split_title(title)[0]


def single_holder(title: str) -> bool:
    """Whether one person at a time holds the post (书记, 市长, 局长; not 副市长 or 常委)."""
    v = _vocabulary()
    head = next((h for h in v.single if title.endswith(h)), None)
    return head is not None and not any(m in title[: len(title) - len(head)] for m in v.shared)


_RANK = {"start": 0, "": 1, "past": 2, "end": 3}


def edge_tenures(official: str, agency: str, evidence: list[dict]) -> list[Tenure]:
    """The tenures one holdsPost edge's evidence supports, for each post, earliest first."""
    by_post: dict[str, list[dict]] = defaultdict(list)
    for ev in evidence:
        by_post[post_title(ev.get("title", ""))].append(ev)
    out: list[Tenure] = []
    for title, evs in sorted(by_post.items()):
        out += _post_tenures(official, agency, title, evs)
    return out


def _post_tenures(official: str, agency: str, title: str, evidence: list[dict]) -> list[Tenure]:
    reports = sorted(((ev.get("date", ""), ev.get("event", ""), ev.get("doc", ""), _qualifier(ev)) for ev in evidence),
                     key=lambda r: (r[0], _RANK.get(r[1], 1), r[2]))
    dated = [r for r in reports if r[0]]
    if not dated:  # reports without a date: a tenure whose ends are both unknown
        return [Tenure(official, agency, title, qualifiers=tuple(sorted({r[3] for r in reports} - {""})),
                       reports=[r[:3] for r in reports])]
    done: list[Tenure] = []
    cur: Tenure | None = None
    quals: set[str] = set()

    def close(t: Tenure, end: Bound) -> None:
        t.end = end
        t.qualifiers = tuple(sorted(quals - {""}))
        done.append(t)

    for day, event, doc, qual in dated:
        if event == "past":
            # 原…, 时任…: held before this day; never evidence that it is held now
            if cur is not None:
                cur.reports.append((day, event, doc))
                quals.add(qual)
                close(cur, Bound(day, "not_after", "former post"))
                cur, quals = None, set()
            elif done:
                done[-1].reports.append((day, event, doc))
            else:
                t = Tenure(official, agency, title, reports=[(day, event, doc)])
                quals = {qual}
                close(t, Bound(day, "not_after", "former post"))
                quals = set()
            continue
        if cur is None:
            if event == "end":
                cur = Tenure(official, agency, title)
            else:
                cur = Tenure(official, agency, title, Bound(day, "exact", "appointment") if event == "start"
                             else Bound(day, "not_after", "first report"))
            quals = set()
        cur.reports.append((day, event, doc))
        quals.add(qual)
        if event == "end":
            close(cur, Bound(day, "exact", "removal"))
            cur = None
        else:
            cur.last_current = day
    if cur is not None:
        close(cur, Bound(cur.last_current, "not_before", "last report"))
    undated = [r[:3] for r in reports if not r[0]]
    if undated:
        done[-1].reports += undated
    return done


def _qualifier(ev: dict) -> str:
    return ev.get("tenure_qualifier", "") or _split_title(ev.get("title", ""))[1]


def _succession(tenures: list[Tenure]) -> None:
    """Close each tenure of a single-holder post no later than the next holder's first report."""
    ordered = sorted((t for t in tenures if t.start.date), key=lambda t: (t.start.date, t.official))
    for a, b in zip(ordered, ordered[1:]):
        if a.official == b.official or b.start.date <= a.start.date:
            continue
        a.successor, b.predecessor = b.official, a.official
        if a.last_current and a.last_current > b.start.date:
            continue  # both reported as holding it at once: the reports disagree, neither closes the other
        if a.end.kind in ("open", "not_before") or (a.end.kind == "not_after" and b.start.date < a.end.date):
            a.end = Bound(b.start.date, "not_after", "succession")


def add_tenures(G: nx.MultiDiGraph) -> None:
    """Give each holdsPost edge its tenures (``tenures``: plain records, see :meth:`Tenure.record`),
    succession applied across the holders of each single-holder post of an agency."""
    per_post: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
    per_edge: dict[tuple[str, str], list[Tenure]] = {}
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        if k != "holdsPost":
            continue
        ts = edge_tenures(u, v, d.get("evidence", []))
        per_edge[(u, v)] = ts
        for t in ts:
            if single_holder(t.title):
                per_post[(v, t.title)].append(t)
    for ts in per_post.values():
        _succession(ts)
    for (u, v), ts in per_edge.items():
        G.edges[u, v, "holdsPost"]["tenures"] = [t.record() for t in ts]


def tenures_of(G: nx.MultiDiGraph) -> list[Tenure]:
    """Every tenure of the graph, by agency, post, start and official."""
    out = [Tenure.from_record(r) for u, v, k, d in G.edges(keys=True, data=True) if k == "holdsPost"
           for r in d.get("tenures", ())]
    return sorted(out, key=lambda t: (t.agency, t.title, t.start.date, t.official))


def holders(G: nx.MultiDiGraph, agency: str = "", title: str = "", day: str = "") -> list[Tenure]:
    """The tenures of posts in agencies whose name contains ``agency`` (and whose post is
    ``title``, if given) that were held on ``day`` (all of them without a day)."""
    out = []
    for t in tenures_of(G):
        if agency and agency not in G.nodes[t.agency]["name"]:
            continue
        if title and post_title(title) != t.title:
            continue
        if day and not t.held_on(day):
            continue
        out.append(t)
    return out


def changes(G: nx.MultiDiGraph, since: str = "", until: str = "") -> list[tuple[str, str, Tenure]]:
    """Appointments, removals and successions dated between ``since`` and ``until`` (inclusive):
    ``(date, change, tenure)`` with change "appointed", "removed", "succeeded" (the tenure's end,
    bounded by its successor's first report) or "left" (reported as a former post)."""
    out = []
    for t in tenures_of(G):
        if t.start.kind == "exact":
            out.append((t.start.date, "appointed", t))
        if t.end.kind == "exact":
            out.append((t.end.date, "removed", t))
        elif t.end.by == "succession":
            out.append((t.end.date, "succeeded", t))
        elif t.end.by == "former post":
            out.append((t.end.date, "left", t))
    return sorted((c for c in out if (not since or c[0] >= since) and (not until or c[0] <= until)),
                  key=lambda c: (c[0], c[1], c[2].agency, c[2].official))
