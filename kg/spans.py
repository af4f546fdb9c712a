"""Containment and range tests over many spans by sorted sweeps, never all pairs.

A window of text can hold thousands of mentions (a notice of villages, a line of place names);
these helpers answer "which spans lie inside another", "which lie in [lo, hi)" in
O(n log n), so the work per mention does not grow with the number of mentions.

Spans are any objects with ``start`` and ``end`` attributes, or ``(start, end)`` tuples.

>>> outermost([(0, 8), (0, 3), (5, 8), (10, 12)])
[(0, 8), (10, 12)]
>>> inside_any([(1, 2), (4, 6), (9, 10)], [(0, 3), (5, 9)])
[True, False, False]
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Callable, Sequence, TypeVar

__all__ = ["bounds", "outermost", "inside_any", "SortedSpans"]

T = TypeVar("T")


def bounds(x) -> tuple[int, int]:
    """(start, end) of a span object or tuple."""
    return (x[0], x[1]) if isinstance(x, tuple) else (x.start, x.end)


def outermost(spans: Sequence[T], key: Callable[[T], tuple[int, int]] = bounds) -> list[T]:
    """The spans that no strictly longer span contains, in their input order.

    A span equal to another (same start and end) does not hide it. Sorted by start, then by
    end descending, a span is contained in a longer one exactly when some span before it (other
    than its equals) reaches as far: one pass with the furthest end so far.

    >>> outermost([(3, 5), (0, 8), (3, 5)])
    [(0, 8)]
    >>> outermost([(2, 4), (2, 4)])
    [(2, 4), (2, 4)]
    """
    keys = [key(x) for x in spans]  # each span's bounds read once
    order = sorted(range(len(spans)), key=lambda i: (keys[i][0], -keys[i][1]))
    hidden = [False] * len(spans)
    furthest = -1
    i = 0
    while i < len(order):
        s, e = keys[order[i]]
        j = i
        while j < len(order) and keys[order[j]] == (s, e):  # a run of equal spans
            j += 1
        if furthest >= e:
            for k in order[i:j]:
                hidden[k] = True
        furthest = max(furthest, e)
        i = j
    return [x for x, h in zip(spans, hidden) if not h]


def inside_any(spans: Sequence, containers: Sequence, key: Callable = bounds) -> list[bool]:
    """For each span, whether one of ``containers`` holds it (start <= s and e <= end).

    Containers sorted by start with the running maximum of their ends: the containers that
    start at or before a span reach past its end exactly when that maximum does.
    """
    cs = sorted(key(c) for c in containers)
    starts = [c[0] for c in cs]
    reach = list(accumulate((c[1] for c in cs), max))
    out = []
    for x in spans:
        s, e = key(x)
        i = bisect_right(starts, s) - 1
        out.append(i >= 0 and reach[i] >= e)
    return out


class SortedSpans:
    """Spans sorted by start (stable), with range queries by bisection.

    >>> ss = SortedSpans([(5, 7), (0, 2), (3, 4)])
    >>> ss.starting_in(1, 5), ss.ending_by(4)
    ([(3, 4)], (3, 4))
    """

    def __init__(self, spans: Sequence, key: Callable = bounds) -> None:
        self.items = sorted(spans, key=lambda x: key(x)[0])
        self.key = key
        self.starts = [key(x)[0] for x in self.items]

    def __len__(self) -> int:
        return len(self.items)

    def starting_in(self, lo: int, hi: int) -> list:
        """The spans that start in [lo, hi), by start."""
        return self.items[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def first_in(self, lo: int, hi: int):
        """The first span that starts in [lo, hi), or None."""
        i = bisect_left(self.starts, lo)
        return self.items[i] if i < len(self.items) and self.starts[i] < hi else None

    def ending_by(self, pos: int):
        """Of the spans that end at or before ``pos``, the one that starts last (for spans that do
        not overlap one another, the one that ends last); None when there is none."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0:
            x = self.items[i]
            if self.key(x)[1] <= pos:
                return x
            i -= 1
        return None
