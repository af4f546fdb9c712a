"""The forms names are compared in, and the variants of a programme's name.

>>> normalise_programme("“八镇联动” ")
'八镇联动'
"""
from __future__ import annotations

import re
import unicodedata

from ..lexicon import lexicon, lexicon_cache

__all__ = ["normalise_name", "normalise_programme", "programme_stem", "level_only"]

_QUOTES = re.compile(r"[\s“”\"'‘’「」『』]")


def normalise_name(name: str) -> str:
    """NFKC, no spaces or quote marks: the form names are compared in."""
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name))


def normalise_programme(name: str) -> str:
    """A programme's name without quote marks or spaces: the name in its key."""
    return _QUOTES.sub("", name).strip()


@lexicon_cache
def _designation_levels() -> tuple[re.Pattern, tuple[str, ...]]:
    """The batches a designation's name may open with (DesignationBatch, printed), and its level words."""
    lex = lexicon()
    batch = lex.regex(r"(?:" + "|".join(lex.words("DesignationBatch", "printed")) + r")*")
    return batch, lex.words("DesignationLevel")


def level_only(name: str) -> bool:
    """Whether a programme's name opens with a designation's level word (省级乡村振兴示范村, 全市…示范村): it names
    no jurisdiction, so two provinces' designations share it (DesignationLevel in the lexicon); a batch may come
    first (第三批省级…)."""
    batch, levels = _designation_levels()
    return name.startswith(levels, batch.match(name).end())


def programme_stem(name: str) -> str:
    """The shortest form a programme name reduces to by dropping a variant ending."""
    n = normalise_programme(name)
    # endings that name the same programme in a longer way (社区合伙人模式 = 社区合伙人), tried in order
    for end in lexicon().words("ProgrammeVariantEnding"):
        if n.endswith(end) and len(n) - len(end) >= 3:
            return n[: -len(end)]
    return n
