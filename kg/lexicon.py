"""Load and validate lexicons in spaCy's pattern format.

Each line of a ``.jsonl`` lexicon is ``{"label": ..., "pattern": ..., "id": ...}`` (``id`` is
the canonical name and may be left out). Phrase patterns only: ``pattern`` is a string.
A malformed line raises :class:`~kg.errors.LexiconError` naming ``file:line``.

>>> lex = Lexicon.from_rows([{"label": "Agency", "pattern": "党中央", "id": "中国共产党中央委员会"}])
>>> lex.canonical("Agency", "党中央")
'中国共产党中央委员会'
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .errors import LexiconError
from .jsonlines import iter_jsonl
from .resources import lexicon_dir

__all__ = ["Entry", "Lexicon", "read_jsonl", "load_lexicon", "default_lexicon"]


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    pattern: str
    id: str


def read_jsonl(path: Path) -> list[Entry]:
    """Read one lexicon file, validating every line."""
    out: list[Entry] = []
    hint = 'each line needs {"label","pattern"}'
    for n, row in iter_jsonl(path, "lexicon", hint, LexiconError):
        for key in ("label", "pattern"):
            if key not in row:
                raise LexiconError(f"{path}:{n}: missing \"{key}\"; each line needs {{\"label\",\"pattern\"}}")
        label, pattern = row["label"], row["pattern"]
        if not isinstance(label, str) or not label:
            raise LexiconError(f"{path}:{n}: \"label\" must be a non-empty string")
        if not isinstance(pattern, str) or not pattern.strip():
            raise LexiconError(f"{path}:{n}: \"pattern\" must be a non-empty string (token patterns are not supported)")
        cid = row.get("id", pattern)
        if not isinstance(cid, str) or not cid:
            raise LexiconError(f"{path}:{n}: \"id\" must be a non-empty string")
        out.append(Entry(label, pattern.strip(), cid))
    return out


@dataclass
class Lexicon:
    """Phrase entries grouped by label, with a longest-match finder."""

    entries: list[Entry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_label: dict[str, dict[str, str]] = defaultdict(dict)
        for e in self.entries:
            self._by_label[e.label].setdefault(e.pattern, e.id)

    @classmethod
    def from_rows(cls, rows: Iterable[dict]) -> "Lexicon":
        return cls([Entry(r["label"], r["pattern"], r.get("id", r["pattern"])) for r in rows])

    def labels(self) -> list[str]:
        return sorted(self._by_label)

    def patterns(self, label: str) -> dict[str, str]:
        """pattern -> canonical id for one label."""
        return self._by_label.get(label, {})

    def canonical(self, label: str, pattern: str) -> str | None:
        return self._by_label.get(label, {}).get(pattern)


def load_lexicon(paths: Iterable[Path] = ()) -> Lexicon:
    """The bundled lexicons plus any extra files or folders of ``.jsonl`` files."""
    files = sorted(lexicon_dir().glob("*.jsonl"))
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += sorted(p.glob("*.jsonl"))
        elif p.exists():
            files.append(p)
        else:
            raise LexiconError(f"{p}: no such lexicon file or folder")
    entries: list[Entry] = []
    for f in files:
        entries += read_jsonl(f)
    return Lexicon(entries)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
