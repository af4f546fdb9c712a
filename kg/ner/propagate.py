"""Repeated names: every other occurrence of a name found once in a document is a mention too."""
from __future__ import annotations

import dataclasses

from ..identity.normalise import programme_stem
from ..lexicon import common_words, lexicon, lexicon_cache
from .base import NO_TITLES, Candidate, PhraseIndex, Titles
from .resolve import PROPAGATED_DROP, Priority

__all__ = ["propagate"]


_PROPAGATE = {"Programme": 3, "Agency": 4, "Person": 3, "Official": 3}
#: an official's two-character name (赵明) is repeated only where a person's name is read at exactly its span
#: (赵明指出): elsewhere two characters are too often part of other words
_SHORT_NAME = 2
_PEOPLE = ("Person", "Official")
#: the dot between a transliterated given name and the father's name (艾尔肯·吐尔逊)
_DOT = "·"


@lexicon_cache
def _stem_count_after() -> frozenset[str]:
    """The characters that, right after a programme's name printed without its ending (高标准农田 of 高标准农田建设),
    make it a thing counted (新建高标准农田5万亩), no mention of the programme."""
    return frozenset(lexicon().chars("StemCountAfter"))


@lexicon_cache
def _word_after_name() -> frozenset[str]:
    """The one-character words that may follow a name and end it (AfterName: 向, 对, 给): 李清向采访团讲述 is 李清, then 向."""
    return frozenset(w for w in lexicon().words("AfterName") if len(w) == 1)


@lexicon_cache
def _short_transliterated() -> tuple[frozenset[str], frozenset[str]]:
    """(the transliteration characters, the marks that open a clause where such a short name is repeated)."""
    lex = lexicon()
    return frozenset(lex.chars("TransliteratedNameChar")), frozenset(lex.chars("RepeatedNameOpen"))


def _repeated_short_transliterated(text: str, found: list[Candidate], names: set[str]) -> list[tuple[int, int, str, Candidate]]:
    """A two-character name of transliteration characters (次仁, 扎西) read once as a person's, repeated at a
    clause's start before a character that is none of them (次仁带着…, 扎西把…), where the model may read no name:
    a Tibetan name is often printed so without a surname. Inside a longer name (扎西多吉) or a word it is none."""
    translit, opens = _short_transliterated()
    forms: dict[str, Candidate] = {}
    for c in found:
        surface = text[c.start : c.end]
        if c.type in _PEOPLE and len(surface) == _SHORT_NAME and all(ch in translit for ch in surface) \
                and surface not in common_words() and surface not in names:
            forms.setdefault(surface, c)
    if not forms:
        return []
    hits = []
    for s, e, surface, c in PhraseIndex(forms).finditer(text):
        before, after = text[s - 1 : s] if s else "\n", text[e : e + 1]
        if before in opens and after and "\u4e00" <= after <= "\u9fff" and after not in translit \
                and surface + after not in common_words():
            hits.append((s, e, surface, c))
    return hits


def propagate(text: str, found: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a name found once in the document is a mention too
    (“八镇联动” named with a cue once, then again without one; 关华俊 after 沙塘镇党委书记关华俊)."""
    forms: dict[str, Candidate] = {}
    short: dict[str, Candidate] = {}  # two-character officials' names (赵明): only where a name is read
    for c in found:
        minimum = _PROPAGATE.get(c.type)
        if minimum is None or c.body.abbr_anchor or c.method.startswith("grammar-shared-"):  # 甲市、 of 甲市、乙市财政局
            continue
        surface = text[c.start : c.end]
        variants = [surface]
        if c.type == "Programme":
            variants.append(programme_stem(surface))  # 八镇联动发展 → 八镇联动
        elif c.type in _PEOPLE and _DOT in surface:
            variants.append(surface.split(_DOT)[0])  # 艾尔肯·吐尔逊 → 艾尔肯: the given name alone names him again
        for v in variants:  # a name read as an official's anywhere is repeated as that official (彭志军同志简历：彭志军，…现任局长)
            if len(v) >= minimum and (v not in forms or c.type == "Official" and forms[v].type == "Person"):
                forms[v] = c
        if c.type == "Official" and len(surface) == _SHORT_NAME and surface not in short:
            short[surface] = c
    # a span already taken by a candidate that outranks the repetition stays as it is; one the model
    # alone named (赵玉影 after 主任赵玉影) becomes a mention of the entity it repeats
    taken = {(c.start, c.end): c.priority for c in found}
    names = {(c.start, c.end) for c in found if c.type == "Person"}
    # an official's two-character name the model read with the word after it (区委书记李清… then 李清向采访团讲述): the
    # official again, the word no part of the name
    after = _word_after_name()
    names |= {(c.start, c.end - 1) for c in found
              if c.type == "Person" and c.end - c.start == _SHORT_NAME + 1 and text[c.end - 1] in after}
    hits = list(PhraseIndex(forms).finditer(text)) if forms else []
    hits += [h for h in (PhraseIndex(short).finditer(text) if short else ()) if (h[0], h[1]) in names]
    # a short transliterated name the model alone read (扎西介绍) is repeated at the model's own rank, not below it
    repeated = _repeated_short_transliterated(text, found, set(forms) | set(short))
    bare = {(h[0], h[1]) for h in repeated}
    hits += repeated
    out = []
    for s, e, surface, c in hits:
        priority = max(c.priority - PROPAGATED_DROP, Priority.MODEL) if (s, e) in bare else c.priority - PROPAGATED_DROP
        if taken.get((s, e), -1) >= priority:
            continue
        if _DOT in text[max(s - 1, 0) : s] + text[e : e + 1]:
            continue  # 艾尔肯 inside another's 艾尔肯·买买提: a part of a longer name
        if c.type == "Programme" and surface != text[c.start : c.end] and text[e : e + 1] in _stem_count_after():
            continue  # 新建高标准农田5万亩: the land counted, not the scheme 高标准农田建设
        # a repetition is printed short: the long name and the other names stay with the first
        programme = dataclasses.replace(c.programme, long="") if c.programme.long else c.programme
        # a repetition names the entity, not its posts: only where the titles stood goes with it
        titles = Titles(title_spans=c.titles.title_spans) if c.titles.title_spans else NO_TITLES
        out.append(Candidate(s, e, c.type, c.name, "propagated", round(c.confidence * 0.9, 3),
                             priority=priority, role=c.role, label=c.label, national=c.national,
                             ner_only=c.ner_only, unresolved=c.unresolved, division=c.division, body=c.body,
                             programme=programme,
                             same_as=c, titles=titles))  # the entity of the mention it repeats
    return out
