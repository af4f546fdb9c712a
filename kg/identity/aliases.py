"""The user's decisions about merges: the alias file (JSON lines of same / different / alias)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LexiconError
from ..jsonlines import iter_jsonl
from .normalise import normalise_name

__all__ = ["AliasRules", "load_alias_rules"]


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
