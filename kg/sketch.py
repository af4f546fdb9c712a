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


def sketch(text: str, k: int = SKETCH_SIZE) -> tuple[int, ...]:
    """Bottom-k CRC32 hashes of the text's character 5-grams (punctuation, digits, spaces removed).

    >>> sketch("开平市召开推进会。") == sketch("开平市 召开推进会!")
    True
    """
    t = re.sub(r"[\W\d_]+", "", text)
    if len(t) < _SHINGLE:
        return (zlib.crc32(t.encode("utf-8")),) if t else ()
    hashes = {zlib.crc32(t[i : i + _SHINGLE].encode("utf-8")) for i in range(len(t) - _SHINGLE + 1)}
    return tuple(heapq.nsmallest(k, hashes))


def similarity(a: tuple[int, ...], b: tuple[int, ...], k: int = SKETCH_SIZE) -> float:
    """Jaccard similarity estimated from two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(k, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)
