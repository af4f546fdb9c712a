"""Entity resolution: stable keys, programme name variants, and merges across documents.

>>> normalise_programme("“八镇联动” ")
'八镇联动'
"""
from __future__ import annotations

import re
import unicodedata

from .ner.agencies import Home
from .ner.base import Candidate

__all__ = ["entity_key", "normalise_programme", "programme_stem", "normalise_name"]

_QUOTES = re.compile(r"[\s“”\"'‘’「」『』]")
#: endings that name the same programme in a longer way (社区合伙人模式 = 社区合伙人)
PROGRAMME_VARIANT_ENDINGS = ("治理模式", "发展", "工作", "建设", "模式", "服务", "机制", "活动", "行动")


def normalise_name(name: str) -> str:
    """NFKC, no spaces or quote marks: the form names are compared in."""
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name))


def normalise_programme(name: str) -> str:
    return _QUOTES.sub("", name).strip()


def programme_stem(name: str) -> str:
    """The shortest form a programme name reduces to by dropping a variant ending."""
    n = normalise_programme(name)
    for end in PROGRAMME_VARIANT_ENDINGS:
        if n.endswith(end) and len(n) - len(end) >= 3:
            return n[: -len(end)]
    return n


def entity_key(c: Candidate, home: Home | None = None) -> str:
    """The identity of the entity a candidate names; the same entity gets the same key everywhere."""
    if c.type == "Place":
        code = c.attrs.get("code")
        return f"Place/{code}" if code else f"Place/{c.name}"
    if c.type == "Agency":
        return f"Agency/{c.name}"
    if c.type == "Programme":
        return f"Programme/{normalise_programme(c.name)}"
    if c.type == "Person":
        return f"Person/{c.name}"
    if c.type == "Official":
        juris = ""
        for org in c.attrs.get("orgs", []):
            juris = org.attrs.get("place_code") or org.attrs.get("place") or ""
            if juris:
                break
        if not juris and home is not None and c.attrs.get("orgs"):
            local = home.local()
            juris = local.code if local else ""
        if not c.attrs.get("orgs"):
            # a title without an organisation (市领导, 总书记): the article's place, if any
            local = home.local() if home is not None else None
            juris = local.code if local and any(t.startswith(("市", "区", "县")) for t, _, _ in c.attrs.get("posts", [])) else ""
        return f"Official/{c.name}@{juris}" if juris else f"Official/{c.name}"
    return ""
