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
    if len(data) == 3 * len(t):  # every character three bytes in UTF-8 (Chinese): the CRCs by tables
        import numpy as np

        tables, empty = _tables()
        chars = np.frombuffer(t.encode("utf-16-le"), dtype=np.uint16)  # U+0800..U+FFFF: one unit each
        crcs = tables[0][chars[:n]] ^ np.uint32(empty)
        for p in range(1, _SHINGLE):
            crcs ^= tables[p][chars[p : p + n]]
        crcs.sort()
        if n > 1:  # each once: those unlike the one before them
            first = np.empty(n, dtype=bool)
            first[0] = True
            np.not_equal(crcs[1:], crcs[:-1], out=first[1:])
            crcs = crcs[first]
        return tuple(crcs[:k].tolist())  # the k smallest, in order
    hashes = {zlib.crc32(t[i : i + _SHINGLE].encode("utf-8")) for i in range(n)}
    return tuple(sorted(hashes)[:k])  # the k smallest, in order


_TABLES: list = []


def _tables():
    """``(tables, empty)``: the CRC32 of a shingle of three-byte characters, ``zlib.crc32`` of its UTF-8
    bytes, is ``empty ^ tables[0][c0] ^ ... ^ tables[4][c4]`` for its characters' code points c0..c4.

    A CRC is affine in its message's bits: for messages of one length, ``crc(a ^ b) = crc(a) ^ crc(b)
    ^ crc(zeros)``. So the CRC of a shingle is that of its length of zero bytes (``empty``) with, for
    each character, what the character's three bytes at its place change (``tables[p][c]``, made once
    a process from the 15 places' 256 byte values: 1.3 MB)."""
    if not _TABLES:
        import numpy as np

        width = 3 * _SHINGLE
        empty = zlib.crc32(bytes(width))
        by_byte = np.array([[zlib.crc32(bytes(j) + bytes([b]) + bytes(width - j - 1)) ^ empty for b in range(256)]
                            for j in range(width)], dtype=np.uint32)
        cp = np.arange(0x10000, dtype=np.uint32)  # a three-byte character's bytes: 1110xxxx 10xxxxxx 10xxxxxx
        lead, mid, last = 0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)
        tables = np.stack([by_byte[3 * p][lead] ^ by_byte[3 * p + 1][mid] ^ by_byte[3 * p + 2][last]
                           for p in range(_SHINGLE)])
        _TABLES[:] = [tables, empty]
    return _TABLES[0], _TABLES[1]


def similarity(a: tuple[int, ...], b: tuple[int, ...], k: int = SKETCH_SIZE) -> float:
    """Jaccard similarity estimated from two bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = heapq.nsmallest(k, set(a) | set(b))
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)
