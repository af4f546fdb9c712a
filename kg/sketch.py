"""Near-duplicate articles: bottom-k sketches of an article's character shingles and their similarity.

The same story printed in two papers counts once for co-occurrence (:mod:`kg.graph`).
"""
from __future__ import annotations

import heapq
import re
import zlib

__all__ = ["sketch", "similarity", "SKETCH_SIZE", "NEAR_DUPLICATE"]


SKETCH_SIZE = 32
_SHINGLE = 5
#: estimated Jaccard similarity above which two articles are one story printed twice
NEAR_DUPLICATE = 0.7
#: what a sketch leaves out of the text
_SKIPPED = re.compile(r"[\W\d_]+")


def sketch(text: str, k: int = SKETCH_SIZE) -> tuple[int, ...]:
    """Bottom-k CRC32 hashes of the text's character 5-grams (punctuation, digits, spaces removed).

    >>> sketch("开平市召开推进会。") == sketch("开平市 召开推进会!")
    True
    """
    t = _SKIPPED.sub("", text)
    if len(t) < _SHINGLE:
        return (zlib.crc32(t.encode("utf-8")),) if t else ()
    data = t.encode("utf-8")
    n = len(t) - _SHINGLE + 1
    if len(data) == 3 * len(t):  # every character three bytes in UTF-8 (Chinese): shingles cut from the bytes
        hashes = set(map(zlib.crc32, [data[j : j + 3 * _SHINGLE] for j in range(0, 3 * n, 3)]))
    else:
        hashes = {zlib.crc32(t[i : i + _SHINGLE].encode("utf-8")) for i in range(n)}
    return tuple(sorted(hashes)[:k])  # the k smallest, in order


def similarity(a: tuple[int, ...], b: tuple[int, ...], k: int = SKETCH_SIZE) -> float:
    """Jaccard similarity estimated from two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(k, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)
