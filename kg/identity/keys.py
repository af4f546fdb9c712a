"""Entity keys: the identity of an entity, the same in every document and every build.

A key is a type, a name and, where the name alone is not enough, a jurisdiction: two
王建国 holding posts in two counties are two officials. Its string form is what graphs,
caches and exports use (node ids, IRIs, ``merges.jsonl``) and never changes for the same key:

- ``Official/陈小曼@440783``: an official, by name and the jurisdiction of the post;
- ``Place/440783102``: a listed division, by its code (the code is the key's name);
- ``Place/440783102-明月村``: a village the gazetteer does not list, within its town;
- ``Agency/开平市医疗保障局``, ``Person/严建广``, ``Programme/八镇联动``: by canonical name.

>>> k = EntityKey("Official", "陈小曼", "440783")
>>> str(k), EntityKey.parse(str(k)) == k
('Official/陈小曼@440783', True)
>>> str(place_key("440783102")), EntityKey.parse("Place/440783102-明月村").jurisdiction
('Place/440783102', '440783102')
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import quick_init

__all__ = ["EntityKey", "place_key", "TYPES"]

#: the entity types a key may have
TYPES = ("Official", "Person", "Agency", "Place", "Programme")


@quick_init
@dataclass(frozen=True, slots=True, eq=False)
class EntityKey:
    """The identity of an entity. ``jurisdiction`` is a division code (or, when the text names
    a place the gazetteer does not know, that place's name); it is empty for entities whose
    name is enough. Keys are equal, hash and sort as their string forms do."""

    type: str
    name: str
    jurisdiction: str = ""

    def __str__(self) -> str:
        if not self.jurisdiction:
            return f"{self.type}/{self.name}"
        if self.type == "Place":
            return f"Place/{self.jurisdiction}-{self.name}"
        return f"{self.type}/{self.name}@{self.jurisdiction}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EntityKey) and str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))

    def __lt__(self, other: EntityKey) -> bool:
        return str(self) < str(other)

    @property
    def local(self) -> str:
        """The string form without its type: ``陈小曼@440783``."""
        return str(self).partition("/")[2]

    @classmethod
    def parse(cls, key: str) -> EntityKey:
        """The key of a string form; ``str(EntityKey.parse(s)) == s`` for every ``Type/…`` string ``s``.

        >>> EntityKey.parse("Agency/开平市医疗保障局")
        EntityKey(type='Agency', name='开平市医疗保障局', jurisdiction='')
        >>> EntityKey.parse("Official/习近平").jurisdiction
        ''
        """
        typ, _, local = key.partition("/")
        name, at, juris = local.rpartition("@")
        if typ == "Official" and at and juris:
            return cls(typ, name, juris)
        if typ == "Place":
            code, sep, name = local.partition("-")
            if sep and code.isdigit() and code.isascii() and name:
                return cls(typ, name, code)
        return cls(typ, local)


def place_key(code: str) -> EntityKey:
    """The key of the listed division ``code``."""
    return EntityKey("Place", code)
