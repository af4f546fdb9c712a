"""Readable, stable, valid IRIs for entities: Unicode letters stay, everything else is %-encoded.

>>> mint("Agency/开平市医疗保障局")
'https://w3id.org/kg/id/agency/开平市医疗保障局'
>>> mint("Programme/1+6+3工作安排")
'https://w3id.org/kg/id/programme/1%2B6%2B3工作安排'
"""
from __future__ import annotations

import functools
import re
import unicodedata

from .identity.keys import EntityKey

#: base of entity, post, assertion, sentence, document and article IRIs (:data:`kg.vocab.ID` is its
#: namespace; kept as text here, so exports that only mint IRIs need not import rdflib)
ID = "https://w3id.org/kg/id/"

__all__ = ["mint", "encode_segment"]

_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _ucschar(cp: int) -> bool:
    """RFC 3987 ucschar: the non-ASCII code points an IRI may hold as they are.

    Planes 1 to 14 but for each plane's last two code points, and in plane 14 only from
    U+E1000: the tags and variation selectors U+E0000-U+E0FFF must be %-encoded.
    """
    return (
        0xA0 <= cp <= 0xD7FF
        or 0xF900 <= cp <= 0xFDCF
        or 0xFDF0 <= cp <= 0xFFEF
        or (0x10000 <= cp <= 0xEFFFD and (cp & 0xFFFF) < 0xFFFE and not 0xE0000 <= cp < 0xE1000)
    )


def _kept(ch: str) -> bool:
    """A character that stands as itself: unreserved ASCII, or a visible ucschar (spaces
    and invisible format characters such as U+3000 or U+200B are valid but break tools
    that split on whitespace, rdflib's N-Triples parser among them, and hide in a copy)."""
    if ch in _UNRESERVED:
        return True
    cp = ord(ch)
    return cp > 0x7F and _ucschar(cp) and not ch.isspace() and unicodedata.category(ch) != "Cf"


#: a segment of characters that all stand as themselves: unreserved ASCII and the CJK Unified
#: Ideographs (U+4E00-U+9FFF, inside the ucschar range, none a space or format character)
_PLAIN = re.compile(r"[A-Za-z0-9\-._~\u4e00-\u9fff]*").fullmatch


def encode_segment(s: str) -> str:
    """Percent-encode what may not stand in an IRI path segment; injective on strings.

    >>> encode_segment("开平 日报\u3000/2024%")
    '开平%20日报%E3%80%80%2F2024%25'
    """
    if _PLAIN(s):
        return s  # unreserved ASCII and CJK ideographs only: nothing to encode
    out = []
    for ch in s:
        if _kept(ch):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)
def mint(key: str | EntityKey) -> str:
    """The IRI of an entity key ``Type/local``; the type becomes a lower-case path segment.

    An official's key ``Official/name@jurisdiction`` becomes ``official/jurisdiction/name``.

    >>> mint("Official/陈小曼@440783")
    'https://w3id.org/kg/id/official/440783/陈小曼'
    """
    k = EntityKey.parse(key) if isinstance(key, str) else key
    if k.type == "Official" and k.jurisdiction:
        return f"{ID}official/{encode_segment(k.jurisdiction)}/{encode_segment(k.name)}"
    return f"{ID}{encode_segment(k.type.lower())}/{encode_segment(k.local)}"
