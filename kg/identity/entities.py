"""The entities of one document: a key for each accepted mention, and one record per key.

:func:`entity_key` gives a mention the key of the entity it names (see :mod:`.keys`);
:func:`document_entities` collects one :class:`~kg.model.Entity` per key with its aliases and
attributes; :func:`merge_entities` joins the records of one entity found in two windows of a
long document.
"""
from __future__ import annotations

from typing import Callable

from ..gazetteer import Gazetteer, Level
from ..lexicon import lexicon, lexicon_cache
from ..model import Entity
from ..ner.jurisdiction import Home
from ..ner.base import Candidate
from .keys import EntityKey
from .normalise import normalise_programme

__all__ = ["entity_key", "document_entities", "merge_entities"]


@lexicon_cache
def _national_branches() -> dict[str, str]:
    """The head of a national body's local branch and the national body it belongs to (NationalBranch)."""
    return lexicon().patterns("NationalBranch")


def national_branch_name(name: str) -> str:
    """The full name of a national body's branch in a province, city or county named without that body
    (某县税务局, expanded from 县税务局 or printed so → 国家税务总局某县税务局); any other name as it is."""
    for head, parent in _national_branches().items():
        place = name[: -len(head)] if name.endswith(head) and not name.startswith(parent) else ""
        if place and any(d.level in (Level.PROVINCE, Level.CITY, Level.COUNTY) and d.name == place
                         for d in Gazetteer.load().lookup(place)):
            return parent + name
    return name


def entity_key(c: Candidate, home: Home | None = None) -> EntityKey | None:
    """The identity of the entity a candidate names; the same entity gets the same key everywhere.

    ``home`` is the article's home jurisdiction: it ties an official whose title names no
    place of its own (市领导, 市长) to the article's city. None for a type without entities.
    """
    if c.type == "Place":
        code = c.division.code
        if code:
            return EntityKey("Place", code)
        parent = c.division.parent  # a village missing from the gazetteer: named within its town
        return EntityKey("Place", c.name, parent) if parent else EntityKey("Place", c.name)
    if c.type == "Agency":
        return EntityKey("Agency", national_branch_name(c.name))
    if c.type == "Programme":
        return EntityKey("Programme", normalise_programme(c.name))
    if c.type == "Person":
        return EntityKey("Person", c.name)
    if c.type == "Official":
        juris = ""
        orgs = c.titles.orgs
        for org in orgs:
            juris = org.body.place_code or org.body.place
            if juris:
                break
        if not juris and home is not None and orgs:
            local = home.local()
            juris = local.code if local else ""
        if not orgs:
            # a title without an organisation (县领导, 总书记): the article's place its level names (县领导: the
            # county; 市领导: the city), if any
            juris = ""
            for title, _, _ in c.titles.posts:
                level = home.for_abbr(title[:1]) if home is not None and title else None
                if level is not None and level.level in (Level.CITY, Level.COUNTY):
                    juris = level.code
                    break
        return EntityKey("Official", c.name, juris)
    return None


def document_entities(final: list[Candidate], home_of: Callable[[int], Home | None], gaz: Gazetteer,
                      text: str) -> list[Entity]:
    """Give each accepted candidate its entity key (``c.key``, the key's string form) and collect
    one Entity per key, sorted by key. A repeated name (``same_as``) takes the key of the mention
    it repeats."""
    found: dict[str, dict] = {}
    for c in final:
        if c.unresolved or c.ner_only:
            continue  # 市委 on a page that names no city; a model span the rules leave to kg ner
        source = c.same_as
        key = entity_key(source, home_of(source.start)) if source is not None else entity_key(c, home_of(c.start))
        c.key = str(key) if key is not None else ""
        if not c.key:
            continue
        rec = found.get(c.key)
        if rec is None:  # (not setdefault: its record with three sets would be made for every mention)
            name = national_branch_name(c.name) if c.type == "Agency" else c.name
            rec = found[c.key] = {"type": c.type, "name": name, "aliases": {c.name} - {name}, "attrs": {},
                                  "context": set(), "titles": set(), "national": False, "implied": False}
        surface = text[c.start : c.end]
        if c.type == "Programme":
            surface = c.programme.surface or surface
        context_form = bool(c.body.abbr_anchor) or surface in c.programme.context_aliases
        if surface != rec["name"]:
            (rec["context"] if context_form else rec["aliases"]).add(surface)
        for extra in c.aliases:
            rec["context" if extra.startswith("《") else "aliases"].add(extra)
        for extra in c.programme.context_aliases:
            rec["context"].add(extra)
        if c.programme.long and c.programme.long != rec["name"]:
            rec["aliases"].add(c.programme.long)
        found_details = c.details()
        for k in ("code", "level", "parent", "place", "place_code", "role"):
            v = found_details.get(k)
            if v and k not in rec["attrs"]:
                rec["attrs"][k] = v
        rec["national"] = rec["national"] or c.national
        if c.type == "Official":
            rec["titles"].update(post.title for post in c.titles.posts)
        if c.type == "Place" and c.division.code:
            d = gaz.get(c.division.code)
            if d is not None and d.parent:
                rec["attrs"]["parent"] = d.parent
            if gaz.successor(c.division.code):
                rec["attrs"].pop("code", None)  # a former division (长治县) has no code of its own: its key names it
    # bodies a title implies but the text does not print (代理市长 → 开平市人民政府)
    for c in final:
        for org in c.titles.orgs if c.type == "Official" else ():
            if org.implied:
                key = entity_key(org)
                org.key = str(key)
                rec = found.get(org.key)
                if rec is None:  # (the key's name is the body's full name, a national branch's with its national body)
                    rec = found[org.key] = {"type": "Agency", "name": key.name, "aliases": set(), "attrs": {},
                                            "context": set(), "titles": set(), "national": False, "implied": False}
                rec["attrs"].setdefault("place", org.body.place)
                rec["attrs"].setdefault("place_code", org.body.place_code)
                rec["implied"] = True
    out = []
    for key, rec in sorted(found.items()):
        out.append(Entity(key, rec["type"], rec["name"], tuple(sorted(rec["aliases"] - {rec["name"]})),
                          tuple(sorted((k, v) for k, v in rec["attrs"].items() if v)), tuple(sorted(rec["titles"])),
                          tuple(sorted(rec["context"] - rec["aliases"] - {rec["name"]})), rec["national"],
                          rec["implied"]))
    return out


def merge_entities(a: Entity, b: Entity) -> Entity:
    """``a`` with what ``b`` adds: aliases, titles, context forms and flags; other attributes keep a's value."""
    aliases = (set(a.aliases) | set(b.aliases) | {b.name}) - {a.name}
    attrs = dict(a.attrs)
    for k, v in b.attrs:
        attrs.setdefault(k, v)
    context = (set(a.context_aliases) | set(b.context_aliases)) - aliases - {a.name}
    return Entity(a.key, a.type, a.name, tuple(sorted(aliases)), tuple(sorted((k, v) for k, v in attrs.items() if v)),
                  tuple(sorted(set(a.titles) | set(b.titles))), tuple(sorted(context)), a.national or b.national,
                  a.implied or b.implied)
