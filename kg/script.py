"""Traditional characters: which lines are printed in them, and their simplified form.

kg's lexicons, gazetteer and models know simplified Chinese. Lines printed in traditional
characters (the 繁體 pages of government sites, papers from Hong Kong and Macau, converted
copies) are converted to simplified characters with OpenCC before the rules see them;
:func:`simplified_edits` says where and into what, and cleaning applies the edits while
keeping its map back to the original characters.

A line is traditional when it holds more characters found only in traditional text (這, 縣,
劍: characters the converter changes) than characters found only in simplified text (这, 县,
剑: characters OpenCC's s2t changes), so a page may mix the two scripts, and a stray
traditional character in a simplified line (乾坤湾) stays as printed. A line with neither
takes the script of the nearest line that has one. Both character classes come from OpenCC's
own dictionaries, built once per process; a simplified page costs one regular-expression
search.

OpenCC's t2s dictionaries map every phrase and character to one of the same length, so the
conversion is character for character. Should a converter change the length of a phrase, the
phrase is found by aligning its conversion with the character-by-character one, and it maps
to the original as one block: its first character to the first original one, its last to the
last, so the spans of mentions still start and end on the original characters.

>>> simplified_edits("遂溪縣委副書記劉劍")
[(0, 9, '遂溪县委副书记刘剑')]
>>> simplified_edits("开平市委书记陈小曼")
[]
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache
from pathlib import Path
from typing import Callable

__all__ = ["CONVERSION", "simplified_edits", "is_traditional", "converter", "simplified"]

#: OpenCC's traditional → simplified configuration: t2s after Hong Kong's variant forms
#: (衞生 → 卫生; plain t2s leaves 衞 as printed). Taiwan's 著 for 着 is left as printed: it
#: is also a simplified character (著名).
CONVERSION = "hk2s"

#: the CJK ideograph blocks of the Basic Multilingual Plane (Extension A, Unified, Compatibility)
_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_CJK_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

Convert = Callable[[str], str]


@cache
def converter(config: str = CONVERSION) -> Convert:
    """OpenCC's ``convert`` for a configuration (``hk2s``, ``t2s``, ``s2t``, …), loaded once.

    Without the dictionaries that output characters fonts often lack (顂 stays 顂).
    """
    from opencc import OpenCC

    return OpenCC(config, include_tofu_risk_dictionaries=False).convert


@lru_cache(maxsize=8192)
def simplified(name: str) -> str:
    """``converter()(name)``, remembered by the name: a rule asks for the few names of its texts again and again
    (OpenCC's conversion of a name costs some microseconds).

    >>> simplified("百千萬工程")
    '百千万工程'
    """
    return converter()(name)


def _changed_by(config: str) -> tuple[list[str], list[str]]:
    """The ideographs and what ``config`` turns each into on its own (no phrase context)."""
    chars = [chr(c) for lo, hi in _BLOCKS for c in range(lo, hi + 1)]
    out = converter(config)("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # a converter that joined or split lines: compare one by one
        out = [converter(config)(c) for c in chars]
    return chars, out


@cache
def _traditional_re() -> re.Pattern:
    """Characters the conversion changes: found only in traditional text."""
    from .prebuilt import compile_pattern

    return compile_pattern("[" + _class("script-traditional", _traditional_chars) + "]")


@cache
def _simplified_re() -> re.Pattern:
    """Characters OpenCC's s2t changes and the conversion keeps: found only in simplified text."""
    from .prebuilt import compile_pattern

    return compile_pattern("[" + _class("script-simplified", _simplified_chars) + "]")


def _traditional_chars() -> str:
    chars, out = _changed_by(CONVERSION)
    return "".join(c for c, o in zip(chars, out) if o != c)


def _simplified_chars() -> str:
    chars, out = _changed_by("s2t")
    trad = _traditional_re()
    return "".join(c for c, o in zip(chars, out) if o != c and not trad.match(c))


def _class(name: str, build: Callable[[], str]) -> str:
    """The characters of a class, read from the per-user cache of prebuilt tables (:mod:`kg.prebuilt`)
    once a process has built them: building runs OpenCC over every ideograph (0.02 s for the
    conversion, 0.09 s for s2t, whose dictionaries are loaded for it alone)."""
    from . import prebuilt

    def opened(entry: prebuilt.Entry) -> str:
        if not isinstance(entry.value, str) or not entry.value:
            raise ValueError(f"a character class of {type(entry.value).__name__}")
        return entry.value

    return prebuilt.cached(name, _sources(), build, lambda chars: prebuilt.Entry({}, chars), opened)


def _sources() -> list:
    """What the classes come from: this module's code and the installed OpenCC, by its version (the name of
    its distribution's metadata folder). Not by where it is installed: every installation of one version
    (each environment of a machine) shares the classes, instead of each pushing the others' out of the
    few versions the cache keeps and building its own again (0.1 s a process). Only an OpenCC without
    such metadata is told by its folder."""
    from importlib.util import find_spec

    spec = find_spec("opencc")
    where = Path(spec.origin).parent if spec and spec.origin else None
    dists = sorted(p.name for p in where.parent.glob("opencc-*info")) if where else []
    return [Path(__file__), CONVERSION, repr(_BLOCKS), *(dists or [str(where)])]


def is_traditional(line: str) -> bool | None:
    """True when ``line`` is printed in traditional characters, False in simplified ones, None
    when it holds no character that tells.

    >>> is_traditional("遂溪縣委副書記劉劍"), is_traditional("遂溪县委副书记刘剑"), is_traditional("水口")
    (True, False, None)
    """
    t = len(_traditional_re().findall(line))
    s = len(_simplified_re().findall(line))
    return None if t == s == 0 else t > s


def simplified_edits(text: str, convert: Convert | None = None) -> list[tuple[int, int, str]]:
    """Sorted, non-overlapping edits ``(start, end, replacement)`` that turn the lines of ``text``
    printed in traditional characters into simplified ones; none for a simplified text.

    ``replacement`` has the length of ``text[start:end]`` unless ``convert`` (default: OpenCC
    :data:`CONVERSION`) changed the length of a phrase; such a phrase is an edit of its own.
    """
    trad = _traditional_re()
    if not trad.search(text):
        return []
    convert = convert or converter()
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line, is_traditional(line)))
        pos += len(line) + 1
    # lines that do not tell take the script of the line before them, or after, that does
    script = next((t for _, _, t in lines if t is not None), False)
    chosen = []
    for start, line, t in lines:
        script = script if t is None else t
        if script and trad.search(line):
            chosen.append((start, line))
    if not chosen:
        return []
    try:
        converted = convert("\n".join(line for _, line in chosen)).split("\n")
    except UnicodeError:  # a lone surrogate (from a lax decoder) cannot reach OpenCC: line by line
        converted = None
    if converted is None or len(converted) != len(chosen):
        converted = [_convert_line(convert, line) for _, line in chosen]
    edits: list[tuple[int, int, str]] = []
    for (start, line), new in zip(chosen, converted):
        if new == line:
            continue
        if len(new) == len(line):
            edits.append((start, start + len(line), new))
        else:
            edits += _aligned(start, line, convert)
    return edits


def _convert_line(convert: Convert, line: str) -> str:
    try:
        return convert(line)
    except UnicodeError:
        return line


def _aligned(start: int, line: str, convert: Convert) -> list[tuple[int, int, str]]:
    """The edits of one line whose conversion changed its length: runs of ideographs (OpenCC's
    phrases never cross punctuation) are converted one by one; in a run that changed length,
    the phrase-level conversion is aligned with the character-level one and every stretch
    that differs becomes one edit."""
    edits = []
    for m in _CJK_RUN.finditer(line):
        run = m.group()
        s = start + m.start()
        new = _convert_line(convert, run)
        if new == run:
            continue
        if len(new) == len(run):
            edits.append((s, s + len(run), new))
            continue
        by_char = "".join(c if len(c) == 1 else r for c, r in zip(_convert_line(convert, "\n".join(run)).split("\n"), run))
        if len(by_char) != len(run):
            by_char = run
        blocks: list[list] = []  # [i1, i2, j1, j2, equal]: equal stretches and the stretches between
        pending = None  # output inserted before the first character: it joins that character
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, by_char, new, autojunk=False).get_opcodes():
            if tag == "equal":
                if pending is not None:
                    blocks.append([i1, i1 + 1, pending, j1 + 1, False])
                    i1, j1, pending = i1 + 1, j1 + 1, None
                if i2 > i1:
                    blocks.append([i1, i2, j1, j2, True])
            elif i1 == i2 and not blocks:
                pending = j1
            elif i1 == i2:  # inserted output joins the character before it
                last = blocks[-1]
                last[1], last[3] = last[1] - 1, last[3] - 1
                blocks.append([last[1], last[1] + 1, last[3], j2, False])
            else:
                blocks.append([i1, i2, j1, j2, False])
        for i1, i2, j1, j2, _ in blocks:
            if i2 > i1 and (j2 - j1 != i2 - i1 or new[j1:j2] != run[i1:i2]):
                edits.append((s + i1, s + i2, new[j1:j2]))
    return edits
