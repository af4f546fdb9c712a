"""Readable, stable, valid IRIs for entities: Unicode letters stay, everything else is %-encoded.

>>> mint("Agency/开平市医疗保障局")
'https://w3id.org/kg/id/agency/开平市医疗保障局'
>>> mint("Programme/1+6+3工作安排")
'https://w3id.org/kg/id/programme/1%2B6%2B3工作安排'
"""
from __future__ import annotations

from .vocab import ID

__all__ = ["mint", "encode_segment"]

_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _ucschar(cp: int) -> bool:
    """RFC 3987 ucschar: the non-ASCII code points an IRI may hold as they are."""
    return (
        0xA0 <= cp <= 0xD7FF
        or 0xF900 <= cp <= 0xFDCF
        or 0xFDF0 <= cp <= 0xFFEF
        or (0x10000 <= cp <= 0xEFFFD and (cp & 0xFFFF) < 0xFFFE)
    )


def encode_segment(s: str) -> str:
    """Percent-encode what may not stand in an IRI path segment; injective on strings."""
    out = []
    for ch in s:
        cp = ord(ch)
        if ch in _UNRESERVED or (cp > 0x7F and _ucschar(cp)):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass"))
    return "".join(out)


def mint(key: str) -> str:
    """The IRI of an entity key ``Type/local``; the type becomes a lower-case path segment.

    An official's key ``Official/name@jurisdiction`` becomes ``official/jurisdiction/name``.

    >>> mint("Official/陈小曼@440783")
    'https://w3id.org/kg/id/official/440783/陈小曼'
    """
    typ, _, local = key.partition("/")
    if typ == "Official" and "@" in local:
        name, _, juris = local.rpartition("@")
        return f"{ID}official/{encode_segment(juris)}/{encode_segment(name)}"
    return f"{ID}{typ.lower()}/{encode_segment(local)}"
