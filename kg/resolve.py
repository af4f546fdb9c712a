"""Entity resolution: stable keys, programme name variants, and merges across documents.

>>> normalise_programme("“八镇联动” ")
'八镇联动'
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import LexiconError
from .jsonlines import iter_jsonl
from .lexicon import lexicon

from .ner.jurisdiction import Home
from .ner.base import Candidate

__all__ = ["entity_key", "normalise_programme", "programme_stem", "normalise_name", "AliasRules", "load_alias_rules"]

_QUOTES = re.compile(r"[\s“”\"'‘’「」『』]")


def normalise_name(name: str) -> str:
    """NFKC, no spaces or quote marks: the form names are compared in."""
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name))


def normalise_programme(name: str) -> str:
    return _QUOTES.sub("", name).strip()


def programme_stem(name: str) -> str:
    """The shortest form a programme name reduces to by dropping a variant ending."""
    n = normalise_programme(name)
    # endings that name the same programme in a longer way (社区合伙人模式 = 社区合伙人), tried in order
    for end in lexicon().words("ProgrammeVariantEnding"):
        if n.endswith(end) and len(n) - len(end) >= 3:
            return n[: -len(end)]
    return n


def entity_key(c: Candidate, home: Home | None = None) -> str:
    """The identity of the entity a candidate names; the same entity gets the same key everywhere."""
    if c.type == "Place":
        code = c.attrs.get("code")
        if code:
            return f"Place/{code}"
        parent = c.attrs.get("parent")  # a village missing from the gazetteer: named within its town
        return f"Place/{parent}-{c.name}" if parent else f"Place/{c.name}"
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
            # a title without an organisation (县领导, 总书记): the article's place its level names (县领导: the
            # county; 市领导: the city), if any
            juris = ""
            for title, _, _ in c.attrs.get("posts", []):
                level = home.for_abbr(title[:1]) if home is not None and title else None
                if level is not None and level.level in ("city", "county"):
                    juris = level.code
                    break
        return f"Official/{c.name}@{juris}" if juris else f"Official/{c.name}"
    return ""


@dataclass
class AliasRules:
    """The user's decisions about merges, read from an alias file (JSON lines).

    Each line is one of::

        {"same": ["开平市医保局", "Agency/开平市医疗保障局"]}     merge these entities
        {"different": ["Programme/八镇联动", "八镇联动发展"]}      never merge these
        {"alias": "开平医保", "of": "开平市医疗保障局"}           one more surface form

    An entity is named by its key (``Type/name``, as in ``merges.jsonl``) or by a name or alias;
    ``"type": "Agency"`` narrows a name to one type.
    """

    same: list[tuple[tuple[str, str], ...]] = field(default_factory=list)
    different: list[tuple[tuple[str, str], ...]] = field(default_factory=list)
    aliases: list[tuple[tuple[str, str], str]] = field(default_factory=list)

    @staticmethod
    def resolve(G, ref: tuple[str, str]) -> list[str]:
        """The node keys a reference names."""
        name, typ = ref
        if name in G:
            return [name]
        want = normalise_name(name)
        return sorted(n for n, d in G.nodes(data=True)
                      if (not typ or d["type"] == typ)
                      and (normalise_name(d["name"]) == want or any(normalise_name(a) == want for a in d["aliases"])))

    def resolve_pairs(self, G, groups) -> list[tuple[str, str]]:
        pairs = []
        for group in groups:
            keys = [k for ref in group for k in self.resolve(G, ref)]
            pairs += [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:] if a != b]
        return pairs


def load_alias_rules(path: str | Path) -> AliasRules:
    """Read an alias file; a malformed line raises :class:`~kg.errors.LexiconError` naming file:line."""
    rules = AliasRules()
    p = Path(path)
    hint = 'each line needs "same", "different" or "alias"'
    for n, row in iter_jsonl(p, "alias", hint, LexiconError):
        typ = row.get("type", "")
        if "same" in row or "different" in row:
            kind = "same" if "same" in row else "different"
            refs = row[kind]
            if not isinstance(refs, list) or len(refs) < 2 or not all(isinstance(r, str) and r for r in refs):
                raise LexiconError(f"{p}:{n}: \"{kind}\" needs a list of two or more names or keys")
            getattr(rules, kind).append(tuple((r, typ) for r in refs))
        elif "alias" in row:
            if not isinstance(row["alias"], str) or not isinstance(row.get("of"), str) or not row["alias"] or not row["of"]:
                raise LexiconError(f"{p}:{n}: \"alias\" needs a string and \"of\" the entity it names")
            rules.aliases.append(((row["of"], typ), row["alias"]))
        else:
            raise LexiconError(f"{p}:{n}: each line needs \"same\", \"different\" or \"alias\"")
    return rules
