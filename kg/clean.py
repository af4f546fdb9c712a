"""Clean OCR'd newspaper text while keeping a map back to the original characters.

Every cleaning step is a function ``(text, offsets) -> (text, offsets)`` where ``offsets[i]``
is the position in the *original* file of character ``i`` of ``text``. The public
:func:`clean` composes them; :func:`normalize_chars`, :func:`remove_cjk_spaces` and
:func:`join_lines` are ``str -> str`` conveniences over the same steps.

What the offsets of :func:`clean` promise (tests/test_properties.py checks it): there is one
more offset than characters, the last is ``len(original)``, and they strictly increase.
Every ``\n`` of the cleaned text is a paragraph separator that cleaning put there. Every
other character ``c = text[i]`` comes from ``o = original[offsets[i]]``: ``c ==
normalize_chars(o)``, or ``normalize_chars(o)`` is an ASCII mark that its Chinese context
turned into the Chinese form (``, ; : ! ? ( )`` into ``，；：！？（）``, ``"`` into ``“`` or
``”``, ``'`` into ``‘`` or ``’``), or ``o`` is printed in traditional characters and ``c``
is its simplified form (:attr:`Cleaned.printed` keeps ``o``; kg/script.py). A run of spaces
kept as one space maps to its first space. Pinyin and zhuyin glosses are left out. (Only a
converter that lengthens a phrase, which OpenCC's traditional → simplified dictionaries never
do, would give two characters one offset.)

>>> clean("开平市委书记陈小曼到月 山镇调研。").text
'开平市委书记陈小曼到月山镇调研。'
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import numpy as np

from .lexicon import lexicon, lexicon_cache, surnames
from .script import simplified_edits
from .structure import is_date_line, line_kinds

__all__ = [
    "Cleaned",
    "Paragraph",
    "clean",
    "normalize_chars",
    "remove_cjk_spaces",
    "join_lines",
    "split_sentences",
    "split_units",
    "is_cjk",
    "windows",
]

# --- character classes ------------------------------------------------------------------

_CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = f"[{_CJK_RANGES}]"
# punctuation that belongs to Chinese text: a space next to it is an OCR artefact
_CJK_PUNCT = "，。、；：！？“”‘’《》〈〉（）【】「」『』…—·"
_CJKISH = f"[{_CJK_RANGES}{_CJK_PUNCT}]"
_CJKISH_RE = re.compile(_CJKISH)
_TERMINAL = "。！？；…"
_CLOSERS = "”’」』）)》】"


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph, rare ones of the supplementary planes included (𬊤, which OpenCC
    gives for 燀; the extensions B-H hold many characters of people's and places' names)."""
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
                         or "\U00020000" <= ch <= "\U0003134f")


# one-to-one character normalisation: full-width ASCII letters and digits, odd spaces,
# punctuation variants.
_CHAR_MAP = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_CHAR_MAP.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_CHAR_MAP.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_CHAR_MAP.update(
    {
        0x3000: " ", 0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x202F: " ", 0x0009: " ",
        0xFF0B: "+", 0xFF0D: "-", 0xFF0E: ".", 0xFF0F: "/", 0xFF05: "%", 0xFF06: "&", 0xFF1D: "=",
        0xFF5E: "~", 0xFF3F: "_", 0xFF20: "@", 0xFF03: "#", 0xFF0A: "*",
        0xFE50: "，", 0xFE51: "、", 0xFE52: ".", 0xFE54: "；", 0xFE55: "：", 0xFE56: "？", 0xFE57: "！",
        0xFF61: "。", 0xFF64: "、", 0x2027: "·", 0x00B7: "·", 0x30FB: "·", 0x2022: "·",
        0x2014: "—", 0x2015: "—", 0x2500: "—", 0xFF5F: "（", 0xFF60: "）",
        0x300C: "“", 0x300D: "”", 0x301D: "“", 0x301E: "”", 0xFF02: "\"", 0xFF07: "'",
        0x2018: "‘", 0x2019: "’", 0x201C: "“", 0x201D: "”",
        0x2028: "\n", 0x2029: "\n", 0x000B: "\n", 0x000C: "\n", 0x0085: "\n",
    }
)
# characters deleted outright: zero-width marks, BOM, C0/C1 controls other than \n
_DELETE_RE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
# ASCII punctuation written between Chinese characters becomes its Chinese form
_ASCII_TO_CJK = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_ASCII_PUNCT_RE = re.compile(f"(?<={_CJKISH})[,;:!?]|[,;:!?](?=[ ]*{_CJKISH})")
_ASCII_MARK = re.compile(r"[,;:!?]")  # what _ASCII_PUNCT_RE replaces, one character a match
_match_start = re.Match.start
_LINE_END_MARK = re.compile(r"[,;:!?](?=[ ]*$)")
_SPACE_RUN = re.compile(r"[ \t]+")
_CJK_RE = re.compile(_CJK)
_ASCII_PARENS = re.compile(r"\(([^()\n]{0,80})\)")
_INNER_SPACE = re.compile(f"{_CJK}[ ]+{_CJK}")
_CJK_SPACE_RE = re.compile(
    f"(?<=[{_CJK_RANGES}{_CJK_PUNCT}0-9])[ ]+(?=[{_CJK_RANGES}{_CJK_PUNCT}])"
    f"|(?<=[{_CJK_RANGES}{_CJK_PUNCT}])[ ]+(?=[0-9])"
)


# --- offset-keeping edits ---------------------------------------------------------------

def _apply(text: str, idx: np.ndarray, edits: Iterable[tuple[int, int, str]]) -> tuple[str, np.ndarray]:
    """Replace ``text[s:e]`` by ``r`` for each sorted, non-overlapping edit.

    A replacement character maps to the original position of the character it replaces,
    or to the first replaced character when the replacement is longer. ``edits`` may be a
    generator; the pieces are joined every few thousand edits, so a text with millions of
    edits (OCR spaces between all characters) needs no more than a few copies of itself.
    """
    chunks: list[str] = []
    chunk_maps: list[np.ndarray] = []
    parts: list[str] = []
    maps: list[np.ndarray] = []
    pos = 0
    edited = False

    def flush() -> None:
        if parts:
            chunks.append("".join(parts))
            chunk_maps.append(np.concatenate(maps) if maps else np.zeros(0, dtype=np.int64))
            parts.clear()
            maps.clear()

    for s, e, r in edits:
        edited = True
        if s > pos:
            parts.append(text[pos:s])
            maps.append(idx[pos:s])
        if r:
            parts.append(r)
            n = len(r)
            if n <= e - s:
                maps.append(idx[s : s + n])
            else:
                anchor = idx[s] if s < len(idx) else (idx[-1] + 1 if len(idx) else 0)
                maps.append(np.full(n, anchor, dtype=np.int64))
        pos = e
        if len(parts) >= _FLUSH_EVERY:
            flush()
    if not edited:
        return text, idx
    if pos < len(text):
        parts.append(text[pos:])
        maps.append(idx[pos:])
    flush()
    new = "".join(chunks)
    return new, (np.concatenate(chunk_maps) if chunk_maps else np.zeros(0, dtype=np.int64))


_FLUSH_EVERY = 8192


def _identity(text: str) -> np.ndarray:
    return np.arange(len(text), dtype=np.int64)


_CR_RE = re.compile(r"\r\n?")


def _step_chars(text: str, idx: np.ndarray) -> tuple[str, np.ndarray]:
    """Normalise newlines, delete invisible characters, map full-width forms."""
    if "\r" in text:
        text, idx = _apply(text, idx, ((m.start(), m.end(), "\n") for m in _CR_RE.finditer(text)))
    if _DELETE_RE.search(text):
        text, idx = _apply(text, idx, ((m.start(), m.end(), "") for m in _DELETE_RE.finditer(text)))
    text = text.translate(_CHAR_MAP)  # all one-to-one: offsets unchanged
    return text, idx


# a pinyin or zhuyin gloss in brackets after a character: 百縣千鎮（zhèn）萬村, 鎮(zhen4), 鎮（ㄓㄣˋ）
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = f"(?:[a-zA-Zü{_TONED}]{{1,6}}|[a-zü]{{1,6}}[1-5])"
_GLOSS_RE = re.compile(
    f"(?<={_CJK})[（(]\\s*(?:(?=[^）)]*[{_TONED}1-5]){_SYLLABLE}(?:[ '’-]?{_SYLLABLE}){{0,5}}"
    f"|[\u3105-\u312f\u31a0-\u31bf\u02ca\u02c7\u02cb\u02d9 ]{{1,24}})\\s*[）)]"
)


def _step_glosses(text: str, idx: np.ndarray) -> tuple[str, np.ndarray]:
    """Drop pinyin (toned or numbered) and zhuyin glosses written in brackets after a character."""
    if "（" not in text and "(" not in text:  # a gloss is bracketed
        return text, idx
    return _apply(text, idx, ((m.start(), m.end(), "") for m in _GLOSS_RE.finditer(text)
                              if re.search("[a-zü\u3105-\u312f\u31a0-\u31bf]", m.group())))


def _codes(text: str) -> np.ndarray:
    """The code points of ``text`` as an array (lone surrogates included)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _stretch(k: int, n: int) -> np.ndarray:
    """Where each of ``n`` characters that replace ``k`` comes from: one to one when ``n == k``,
    else the first from the first and the last from the last, the rest spread between."""
    if n == k or n == 1:
        return np.arange(n, dtype=np.int64)
    out = (np.arange(n, dtype=np.int64) * k) // n
    out[-1] = k - 1
    return out


Converted = tuple[np.ndarray, np.ndarray, np.ndarray]


def _step_script(text: str, idx: np.ndarray) -> tuple[str, np.ndarray, Converted | None]:
    """Lines printed in traditional characters to simplified ones (kg/script.py).

    Also returns the characters the conversion changed: their original positions, their
    simplified and their printed code points (None when nothing changed).
    """
    edits = simplified_edits(text)
    if not edits:
        return text, idx, None
    parts: list[str] = []
    src: list[np.ndarray] = []  # where each character of the new text is in ``text``
    pos = 0
    same_length = all(e - s == len(r) for s, e, r in edits)
    for s, e, r in edits:
        parts.append(text[pos:s])
        parts.append(r)
        if not same_length:
            src += [np.arange(pos, s, dtype=np.int64), s + _stretch(e - s, len(r))]
        pos = e
    parts.append(text[pos:])
    new = "".join(parts)
    if same_length:
        old, new_idx = _codes(text), idx
    else:
        where = np.concatenate(src + [np.arange(pos, len(text), dtype=np.int64)])
        old, new_idx = _codes(text)[where], idx[where]
    now = _codes(new)
    changed = now != old
    return new, new_idx, (new_idx[changed], now[changed], old[changed])


def _printed(text: str, offsets: np.ndarray, converted: Converted | None) -> str | None:
    """``text`` with each character that the script conversion changed as printed."""
    if converted is None or not len(converted[0]) or not text:
        return None
    positions, now, old = converted
    codes = _codes(text)
    k = np.minimum(np.searchsorted(positions, offsets[: len(text)]), len(positions) - 1)
    hit = (positions[k] == offsets[: len(text)]) & (now[k] == codes)
    if not hit.any():
        return None
    codes = codes.copy()
    codes[hit] = old[k[hit]]
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def _step_punct(text: str, idx: np.ndarray) -> tuple[str, np.ndarray]:
    """Chinese punctuation for ASCII marks written inside Chinese text, quotes paired per line."""
    chars: dict[int, str] = {}  # position -> its one-character replacement
    # ASCII double and single quotes in a line with Chinese: alternate opening / closing
    line_start = 0
    for line in text.split("\n"):
        if _CJK_RE.search(line):
            end = _LINE_END_MARK.search(line)  # 完成率100%! at the end of a Chinese line
            if end:
                chars[line_start + end.start()] = _ASCII_TO_CJK[end.group()]
            for q, (op, cl) in (('"', ("“", "”")), ("'", ("‘", "’"))):
                if q not in line:
                    continue
                n = 0
                for m in re.finditer(re.escape(q), line):
                    i = line_start + m.start()
                    prev = text[i - 1] if i > line_start else ""
                    nxt = text[i + 1] if i + 1 < len(text) else ""
                    if q == "'" and not (is_cjk(prev) or is_cjk(nxt) or prev in _CJK_PUNCT or nxt in _CJK_PUNCT):
                        continue  # an apostrophe in Latin text
                    chars[i] = op if n % 2 == 0 else cl
                    n += 1
            # parentheses around or next to Chinese become full-width
            for m in (_ASCII_PARENS.finditer(line) if "(" in line else ()):
                s = line_start + m.start()
                e = line_start + m.end() - 1
                inner = m.group(1)
                before = text[s - 1] if s > line_start else ""
                after = text[e + 1] if e + 1 < len(text) else ""
                if _CJK_RE.search(inner) or is_cjk(before) or is_cjk(after):
                    chars[s] = "（"
                    chars[e] = "）"
        line_start += len(line) + 1
    if chars:
        text = _apply(text, idx, ((i, i + 1, chars[i]) for i in sorted(chars)))[0]
    # then , ; : ! ? next to Chinese text (a closing quote or bracket included), spaces after them too
    # (each match is one of the marks: the pattern tried only where one stands, not at every character)
    marks = [(i, i + 1, _ASCII_TO_CJK[text[i]]) for i in map(_match_start, _ASCII_MARK.finditer(text))
             if _ASCII_PUNCT_RE.match(text, i)]
    return (_apply(text, idx, marks)[0] if marks else text), idx


def _step_spaces(text: str, idx: np.ndarray) -> tuple[str, np.ndarray]:
    """Collapse space runs; drop the spaces OCR put between Chinese characters.

    In headline-like lines a space between Chinese characters separates phrases
    (``开平民营企业家赴东莞深圳考察 推动交流合作``) and is kept as one space.
    """
    if " " not in text and "\t" not in text:  # no run of spaces to edit
        return text, idx
    lines = text.split("\n")
    # on pages where OCR spaced most lines, spaces never separate phrases
    long_lines = [l for l in lines if len(l) > 20]
    # a byline's blanks part names (（记者 刘洋）4月3日，…): they are no sign of OCR's spacing
    spaced = sum(1 for l in long_lines
                 if _INNER_SPACE.search(l) and _INNER_SPACE.search(_vocabulary().byline_zone.sub("", l)))
    noisy = spaced > 0.3 * len(long_lines)
    del long_lines

    def edits() -> Iterator[tuple[int, int, str]]:
        line_start = 0
        for line in lines:
            if " " not in line and "\t" not in line:  # no run of spaces (_SPACE_RUN): nothing to edit in it
                line_start += len(line) + 1
                continue
            keep_separators = not noisy and _is_headline_like(line.strip(), width=80)
            # in bylines the spaces between reporters' names separate names: （记者 刘洋 张敏）
            zones = sorted({(b.start(), b.end()) for zone in (_vocabulary().byline_zone, _vocabulary().credit_zone,
                                                                 _vocabulary().photo_credit_zone, _vocabulary().name_record,
                                                                 _vocabulary().closing_credits)
                            for b in zone.finditer(line)}
                           # a record's blanks from its title on (某村　党支部书记　张明: the village's blank goes)
                           | ({b.span("rec") for b in _vocabulary().title_record.finditer(line)}
                              if len(line) <= _RECORD_LINE_MAX else set()))
            zone_starts = [a for a, _ in zones]
            # 本报济南讯 省农业农村厅…: the blank after a dateline ends it; dropped, the dateline's place would open the
            # body's name that follows (济南讯省农业农村厅)
            dated = _vocabulary().dateline.match(line.lstrip(" \u3000"))
            dated_end = dated.end() + len(line) - len(line.lstrip(" \u3000")) if dated else -1
            spaced_name = _vocabulary().spaced_name_record.match(line)
            if spaced_name is not None and line.lstrip(" \u3000\t")[0] not in surnames():
                spaced_name = None
            for m in _SPACE_RUN.finditer(line):
                s, e = line_start + m.start(), line_start + m.end()
                if spaced_name is not None and m.start() in (spaced_name.start("inner"), spaced_name.start("gap")):
                    if m.start() == spaced_name.start("inner") or e - s > 1:  # 马 健 某委主任 → 马健 某委主任
                        yield s, e, "" if m.start() == spaced_name.start("inner") else " "
                    continue
                if m.start() == dated_end:
                    if e - s > 1:
                        yield s, e, " "
                    continue
                z = bisect_right(zone_starts, m.start()) - 1  # the byline zone it may be in: a line can hold many
                if z >= 0 and m.start() < zones[z][1] and 0 < m.start() and m.end() < len(line) \
                        and (_phrase_gap(line, m.start(), m.end()) or _vocabulary().credit_slash.match(line, m.end())
                             or _vocabulary().name_slash_credit.match(line, m.end())
                             # （记者 某某 文 某某 图）: the blanks on either side of a credit's lone mark
                             or _vocabulary().blank_credit_mark.match(line, m.end())
                             or m.start() >= 2 and line[m.start() - 1] in _vocabulary().blank_credit_marks
                             and line[m.start() - 2] in " \u3000\t"
                             # 韩丽（女） 某县某村党总支书记: the blank after a record's bracketed note
                             or line[m.start() - 1] in "）)" and _vocabulary().name_record.match(line)):
                    if e - s > 1:
                        yield s, e, " "
                    continue
                if m.start() == 0 or m.end() == len(line):
                    yield s, e, ""  # leading / trailing spaces
                    continue
                prev, nxt = line[m.start() - 1], line[m.end()]
                cjk_pair = bool(_CJKISH_RE.match(prev) or prev.isdigit()) and bool(_CJKISH_RE.match(nxt))
                cjk_pair = cjk_pair or (bool(_CJKISH_RE.match(prev)) and nxt.isdigit())
                if cjk_pair and not (keep_separators and is_cjk(prev) and is_cjk(nxt) and _phrase_gap(line, m.start(), m.end())):
                    yield s, e, ""
                elif e - s > 1:
                    yield s, e, " "
            line_start += len(line) + 1

    return _apply(text, idx, edits())


_PHRASE_STOP = re.compile(f"[ /{re.escape(_CJK_PUNCT)}，。、；：！？]")


def _phrase_gap(line: str, s: int, e: int) -> bool:
    """A space separates two phrases when at least two characters stand on each side of it
    before the next space or punctuation (月 山镇 is one word broken by OCR)."""
    left = line[_after_last_stop(line, s) : s]
    stop = _PHRASE_STOP.search(line, e)
    right = line[e : stop.start() if stop else len(line)]
    if _vocabulary().title_end.search(left[:-1]) and left[-1:] in surnames():
        return False  # 局长吴 志明介绍: a name after its title, broken by OCR
    return len(left) >= 2 and len(right) >= 2


def _after_last_stop(line: str, s: int) -> int:
    """Where the phrase that ends at ``s`` starts: after the last space or punctuation before it.

    It looks back in growing steps, so the cost is the length of that phrase, not of the line
    before it (a page without line breaks can be one line of millions of characters)."""
    step = 64
    while True:
        lo = max(0, s - step)
        last = None
        for last in _PHRASE_STOP.finditer(line, lo, s):
            pass
        if last is not None:
            return last.end()
        if lo == 0:
            return 0
        step *= 4


class _Vocabulary:
    """The words of pages (seeds/lexicons/page.jsonl) and of titles (titles.jsonl) cleaning reads."""

    def __init__(self, lex) -> None:
        # (made on a process's first page: its patterns from the code a process compiled before, where it saved it)
        from .prebuilt import compile_pattern

        #: what ends a title or a role right before a name
        self.title_end = lex.regex(r"({TitleEnd})$")
        self.furniture = [
            compile_pattern(r"^\d{1,2}\s*星期[一二三四五六日天]\s*[|｜]\s*[A-Z]?\d{1,3}$"),  # 15 星期五 | A9
            compile_pattern(r"^\d{4}年\d{1,2}月(\d{1,2}日)?(\s*星期[一二三四五六日天])?$"),  # 2023年12月
            compile_pattern(r"^[<〈（(][^>〉）)]*(年|月|初|廿)[^>〉）)]*[>〉）)]$"),  # <癸卯年十一月初三>
            compile_pattern(r"^\d{4}年\d{1,2}月\d{1,2}日创刊$"),
            lex.regex(r"^({PageJump})[A-Z]?\d{1,3}版"),
            compile_pattern(r"^[\u4e00-\u9fff]{2,4}\s*[（(]?0\d{2,3}[）)]?[-－]?\d{6,12}$"),  # 江门 0750-3524738
            lex.regex(r"^({HotlineKind})热线"),
            # two credits or more (责编 某某 / 校对 某某); a credit word a sentence's mark follows is that sentence's noun
            # (某局负责补助的审核，某局负责奖励的审核。: duties, not credits), one a colon follows the article's own
            # credits (编辑：某某　校对：某某, whose names are read as a footer's on lines of their own are)
            lex.regex(r"^(?=.{0,80}$)(.*({EditorCredit})(?![，。；！？、：:])){2,}"),
            lex.regex(r"^[□■★☆◆◇●○▲△]?\s*({SectionMark})$"),
            compile_pattern(r"^[A-Z]?\d{1,2}\s*$"),  # a bare page number
            # a weather box: 天气 晴 12-22℃, 今天 多云 18-25℃ 东北风2级
            lex.regex(r"^({WeatherLead})[\s：:]*[^。，]{0,30}(-?\d{1,2}\s*[-~～至]\s*-?\d{1,2}\s*(℃|°C|度)|[东南西北]+风\d)"),
        ]
        #: a bracket of credits marked with slashes (（文/某报 张三 图/李四）): its blanks separate names, as a byline's do
        self.credit_slash = lex.regex(r"(?:{CreditSlash})")
        #: a byline: a bracket with a reporter's role in it (（记者 刘洋 张敏）), or a line that opens with a byline's lead
        #: (记者, 首席记者, 文/图; the paper's and its outlet's name may stand before 记者: □楚天都市报极目新闻记者 某某
        #: 通讯员 某某 某某), after a mark or none
        self.byline_zone = lex.regex(r"[（(][^）)\n]{0,12}({ReporterRole.bracket})[^）)\n]{0,50}[）)]"
                                     r"|^\s*[{BylineMark}]?\s*({BylineLineLead.plain}|[\u4e00-\u9fff]{0,9}(?:{BylineLineLead.titled}))"
                                     r"[^。！？\n]{0,60}$")
        self.credit_zone = lex.regex(r"[（(][^）)\n]{0,12}(?:{CreditSlash})[^）)\n]{0,50}[）)]"
                                     r"|[（(][^）)\n]{0,30}/[{CreditAfterSlash}](?=[\s）)])[^）)\n]{0,50}[）)]")
        #: a credit printed name first (乌日娜/文): the blank before it in a bracket of credits separates it
        self.name_slash_credit = lex.regex(r"[\u4e00-\u9fff·]{2,10}?/[{CreditAfterSlash}](?=[\s）)])")
        #: a credit printed name first with a blank and no slash (（记者 某某 文 某某 图）): the mark alone between blanks
        self.blank_credit_mark = lex.regex(r"[{CreditAfterBlank}](?=[ \u3000\t）)]|$)")
        self.blank_credit_marks = lex.chars("CreditAfterBlank")
        #: a bracket of credits closed by a photo credit's mark after a blank (（某县融媒体中心 王冬 摄）): a byline's blanks
        marks = "".join(sorted(lex.chars("CreditMark")))
        self.photo_credit_zone = compile_pattern(rf"[（(][^）)\n]{{2,40}}\s[{re.escape(marks)}][）)]")
        #: a caption's last words, the photographer's name and the credit's mark after its sentence (…为村民义诊。某某某摄⏎,
        #: 新华社记者 某某摄⏎): the caption ends there, and the next line is the next caption, not its sentence going on
        self.caption_credit_end = compile_pattern(rf"[。！？\s][\u4e00-\u9fff]{{2,4}}\s?[{re.escape(marks)}]$")
        #: a line that opens a header's list of people (主持人：…, 【发布人】): it starts a paragraph of its own
        self.header_line = lex.regex(r"^[【\[]?({HeaderLabel})[】\]：:]")
        #: a header's record, a title then a colon and the name that ends the line (…局长：王强): it continues no sentence
        self.header_record = compile_pattern(r"[：:]\s*[\u4e00-\u9fff·]{2,7}$")
        #: an article's closing credits, a bracket of names parted by blanks after its last sentence (…活动。(某某 某某)),
        #: the newsroom's name first or none (…合作。（某县融媒体中心 某某）): its blanks separate names, as a byline's do
        self.closing_credits = lex.regex(r"(?<=[。！？!?])[（(](?:[\u4e00-\u9fff]{1,12}?(?:{CreditOutlet:longest})|[\u4e00-\u9fff]{2,4})"
                                         r"(?:[ \u3000]+[\u4e00-\u9fff]{2,4})+[）)]"
                                         r"(?=[ \u3000\t]*$)")
        #: a header's record in the other order, a name, a blank, then its title chain (王强　某县人民政府副县长): one a
        #: line, its blank kept; the name may carry a bracketed note before its blank, as lists of people honoured print
        #: it (韩丽（女，朝鲜族） 某县某镇某村党总支书记)
        self.name_record = compile_pattern(r"^[ \u3000\t]*[\u4e00-\u9fff·]{2,7}(?:[（(][\u4e00-\u9fff，,、]{1,10}[）)])?"
                                           r"[ \u3000\t]+[\u4e00-\u9fff、，,（）()·]{4,40}[ \u3000\t]*$")
        #: the same record with a name of two characters spaced to align the column (马　健　某省某委主任, 张 锐 某厅厅长): the
        #: blank inside the name goes, the one after it is kept
        self.spaced_name_record = compile_pattern(r"^[ \u3000\t]*[\u4e00-\u9fff](?P<inner>[ \u3000]+)[\u4e00-\u9fff]"
                                                  r"(?P<gap>[ \u3000\t]+)[\u4e00-\u9fff、，,（）()·]{4,40}[ \u3000\t]*$")
        #: a record in the name-first order with a colon, one a line (张某：某区某街道党工委书记。, 李某：某街道党工委副书记
        #: （挂职，…）。: a report's authors, a page of leaders): it opens its own line after a lead that ends in a colon
        self.name_colon_record = lex.regex(r"^[ \u3000\t]*[\u4e00-\u9fff·]{2,4}[{NameLineColon}][\u4e00-\u9fff、]{2,40}?"
                                           r"(?:{TitleEnd})(?:[（(][^）)\n]{1,40}[）)])?[{NameLineClose}]?[ \u3000\t]*$")
        #: a table's column bar: a line of three or more is a row (王强｜男｜汉族｜某县某局局长)
        self.column_bar = lex.regex(r"[{ColumnBar}]")
        #: a record of a list page in the title-first order: a title chain (after a unit's or place's name and a blank, or
        #: none), a blank or a colon, then a name that ends the line or is followed by a blank, a colon, a comma, a
        #: bracket or the 、 of a list of names (副县长 王强⏎; 委员：李红、张明⏎; 党委书记：李红　联系电话：…; 某村　党支部书记、村委会主任　张明　139…; 局长：刘军，负责…):
        #: one a line, its blanks kept
        self.title_record = lex.regex(r"^[ \u3000\t]*(?:[\u4e00-\u9fff]{2,12}[ \u3000\t]+)?(?P<rec>[\u4e00-\u9fff、“”]{0,30}?"
                                      r"(?:{TitleEnd})(?:[（(][\u4e00-\u9fff]{1,6}[）)])?"
                                      r"(?:[ \u3000\t]+|[ \u3000\t]*[：:][ \u3000\t]*)[\u4e00-\u9fff·]{2,7}"
                                      r"(?=$|[ \u3000\t：:，,（(；;、])[^\n]*)")
        self.dateline = lex.regex(r"^([\u4e00-\u9fff]{2,8}({NewspaperSuffix.dateline})讯|本报讯|本报[\u4e00-\u9fff]{2,6}?讯(?=[ \u3000])"
                                  r"|[\u4e00-\u9fff]{2,6}讯(?=[（(][^）)\n]{0,12}(?:{ReporterRole.bracket}))"
                                  r"|({NewsAgency})[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电)")


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


# --- page furniture ---------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+")
_MD_QUOTE = re.compile(r"^\s*(>\s*)+")


def is_title_record(line: str) -> bool:
    """Whether ``line`` is a record of a list page in the title-first order (副县长 王强; 党委书记：李红　电话…).

    >>> is_title_record("党委副书记、镇长：岑玉兰　联系电话：0859-4212002"), is_title_record("镇长岑玉兰主持会议。")
    (True, False)
    """
    return len(line) <= _RECORD_LINE_MAX and _vocabulary().title_record.match(line) is not None


def title_record_at(text: str, pos: int) -> bool:
    """Whether the line of ``text`` that holds ``pos`` is a record of a list page, title first (:func:`is_title_record`);
    the line is looked for only as far as a record's longest line, so that the cost stays bounded on a page of one line."""
    start = text.rfind("\n", max(0, pos - _RECORD_LINE_MAX), pos) + 1
    if start == 0 and pos > _RECORD_LINE_MAX:
        return False
    end = text.find("\n", pos, start + _RECORD_LINE_MAX + 1)
    if end < 0:
        if len(text) > start + _RECORD_LINE_MAX:
            return False
        end = len(text)
    return is_title_record(text[start:end])


def is_table_row(line: str) -> bool:
    """Whether ``line`` is a table's row: three column bars or more (王强｜男｜汉族｜某县某局局长)."""
    bars = 0
    for _ in _vocabulary().column_bar.finditer(line):
        bars += 1
        if bars >= 3:
            return True
    return False


#: the longest line a list page's record is read in (a title chain, a name, a phone number, a short duty)
_RECORD_LINE_MAX = 120


def is_furniture(line: str) -> bool:
    """True for page headers, dates, phone lines, editor credits and section marks."""
    s = line.strip()
    return any(r.search(s) for r in _vocabulary().furniture)


# --- paragraphs -------------------------------------------------------------------------

_SENT_PUNCT = "，。；！？、："
# a list line that opens with its group's head (海东市（3个）：…; 吴忠市：…): the next line that opens the same way is the
# next group, however the line before ends
_GROUP_LINE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:[（(][^（）()]{0,8}[）)])?[：:](?=\S)")
# a group's head alone on its line, its members on the lines below (西安市（2村）：⏎甲县某镇某村、…⏎宝鸡市（1镇）：⏎…): the
# next such head closes the group above it, however its last line ends
_GROUP_HEAD_LINE = re.compile(r"[\u4e00-\u9fff]{2,12}(?:[（(][^（）()]{0,8}[）)])?[：:]$")


def display_width(line: str) -> float:
    """Width of a line in Chinese character cells: ASCII counts half."""
    return len(line) - 0.5 * len(line.encode("latin-1", "ignore"))  # the characters below U+0100


def _is_headline_like(line: str, width: float) -> bool:
    """A short line that is not a fragment of running text."""
    if not line or len(line) > 60:
        return False
    if line.startswith(("——", "—— ")) and not any(c in line for c in "，。；！？"):
        return True  # a subtitle
    if line[-1] in _TERMINAL or (line[-1] in _CLOSERS and len(line) > 1 and line[-2] in _TERMINAL):
        return False
    if line[-1] in "，、：；—《“‘（(":
        return False
    if any(c in line[:-1] for c in "。！？"):
        return False  # a sentence ends inside it: running text, however OCR spaced it
    has_punct = any(c in line for c in "，。；！？")
    spaced = bool(_INNER_SPACE.search(_vocabulary().byline_zone.sub("", line)))  # a byline's spaces part names
    if has_punct and not spaced:
        return False
    return display_width(line) < 0.8 * width or spaced


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the cleaned text: ``kind`` is headline, dateline, byline, body, or for lists
    and notices (:mod:`kg.structure`) item, signoff or date."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text with its map back to the original and its paragraphs."""

    text: str
    offsets: np.ndarray = field(repr=False)  # len(text) + 1 entries; the last is len(original)
    paragraphs: tuple[Paragraph, ...] = ()
    furniture: tuple[str, ...] = ()  # page furniture lines set aside (page dates live here)
    #: the text with the characters that cleaning turned from traditional into simplified ones
    #: as printed (same length as ``text``); None when it converted none
    printed: str | None = field(default=None, repr=False)

    def as_printed(self, start: int, end: int) -> str:
        """The cleaned text ``[start, end)`` in the script it was printed in.

        >>> c = clean("遂溪縣委副書記劉劍到界炮鎮")
        >>> c.text, c.as_printed(7, 9)
        ('遂溪县委副书记刘剑到界炮镇', '劉劍')
        """
        return (self.text if self.printed is None else self.printed)[start:end]

    @functools.cached_property
    def _offset_list(self) -> list[int]:
        """``offsets`` as a list of ints, made on the first :meth:`span`: a build asks for the spans of every
        mention, sentence and fact, and a list is read several times faster than an array, item by item."""
        return self.offsets.tolist()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the cleaned span [start, end)."""
        offsets = self._offset_list
        if end <= start:
            o = offsets[start]
            return o, o
        return offsets[start], offsets[end - 1] + 1

    def slice(self, start: int, end: int) -> "Cleaned":
        """The cleaned text ``[start, end)`` as a Cleaned of its own: its offsets still point
        into the original (the last one at the original position of ``text[end]``), its
        paragraphs are clipped to the slice.

        >>> c = clean("开平召开推进会\\n\\n开平市委书记陈小曼出席会议。")
        >>> part = c.slice(8, 12)
        >>> part.text, part.span(0, 4), [p.kind for p in part.paragraphs]
        ('开平市委', (9, 13), ['body'])
        """
        start, end = max(0, start), min(len(self.text), end)
        paragraphs = tuple(Paragraph(max(p.start, start) - start, min(p.end, end) - start, p.kind)
                           for p in self.paragraphs if p.start < end and p.end > start)
        printed = None if self.printed is None else self.printed[start:end]
        return Cleaned(self.text[start:end], self.offsets[start : end + 1], paragraphs, self.furniture, printed)


# a byline's line: a mark or none, the paper's name (up to ten characters: 楚天都市报极目新闻记者) and a reporter's role;
# a role of one character (文, 图, 摄) opens the line, follows a paper's name (某某日报文：) or makes a credit's word
# (撰文, 供图, 制图), never the end of another word (修文：小县办大教育, a headline opened by a county's short name)
_BYLINE_RE = re.compile(
    r"^[■□●○◆◇▲△★☆▪]?\s*(（[\u4e00-\u9fff ]{2,30}）|\(?(?:[\u4e00-\u9fff]{0,10}(?:记者|通讯员|统筹|摄影)"
    r"|(?:[\u4e00-\u9fff]{0,9}[报网台社刊]|撰|供|制|配|编)?(?:文/图|图/文|文|图|摄))[/：:\s]"
    r".{0,60}$|.{0,40}(摄影?报道|摄)$)"
)


# a bracket of one word before a headline's text (（海南）某县政府工作报告（节选）): the region a reprint files the
# report under, no byline; a bracket of names stands alone on its line, and one with a reporter's role is a byline
_TAGGED_HEADLINE = re.compile(r"^（[\u4e00-\u9fff]{2,8}）(?=[^\s（）]{4})")


def _classify(line: str, width: int, nxt: str | None) -> str:
    if _vocabulary().dateline.match(line):
        return "dateline"
    if len(line) <= 60 and _BYLINE_RE.match(line) and not any(c in line for c in "。！？") \
            and not (_TAGGED_HEADLINE.match(line) and not _vocabulary().byline_zone.match(line)):
        return "byline"
    if is_title_record(line) or is_table_row(line):
        return "body"  # 副县长 王强, 王强｜男｜汉族: a list page's record or a table's row is no headline
    if _is_headline_like(line, width):
        return "headline"
    return "body"


def _byline_bracket_broken(line: str, nxt: str) -> bool:
    """Whether ``line`` ends inside a bracket of credits that ``nxt`` closes (（通讯员 于⏎文博）, （记者 周红⏎梅 通讯员 李强）):
    the bracket left open at the line's end, closed early on the next line before any sentence's end, holds a
    reporter's role as a byline's bracket does."""
    k = line.rfind("（")
    if k < 0 or line.rfind("）") > k:
        return False
    j = nxt.find("）")
    return 0 < j and not any(c in _TERMINAL or c == "（" for c in nxt[:j]) \
        and bool(_vocabulary().byline_zone.fullmatch(line[k:] + nxt[: j + 1]))


def _continues(line: str, width: int, nxt: str) -> bool:
    """Whether a line break after ``line`` falls inside a sentence or word."""
    if not line or not nxt:
        return False
    last = line[-1]
    if last in _TERMINAL:
        return False
    if last in _CLOSERS and len(line) > 1 and line[-2] in _TERMINAL:
        return False
    if line.startswith("（") and last == "）":
        return False
    v = _vocabulary()
    if v.dateline.match(nxt) or is_furniture(nxt) or v.header_line.match(nxt):
        return False
    if v.header_record.search(line) and not any(c in line for c in "，。；！？"):
        return False
    if v.name_record.match(line) or v.name_record.match(nxt):
        return False  # 王强　某县人民政府副县长⏎: a header's record, name first; one opens its own line after a list's lead
    if v.name_colon_record.match(nxt):
        return False  # 作者：⏎张某：某街道党工委书记。: a record, name first, then a colon and its posts, opens its own line
    if is_title_record(line) or is_title_record(nxt):
        return False  # 副县长 王强⏎, 党委书记：李红　电话…⏎: a list page's records, title first, one a line
    if is_table_row(line) or is_table_row(nxt):
        return False  # 王强｜男｜汉族｜…⏎: a table's rows, one a line
    if v.header_line.match(line) and not any(c in line for c in "，。；！？"):
        return False  # 发布人：某县人民政府副县长  王刚⏎  某县某局局长  李红: a header's records, one a line
    if last in "，、：；—《“‘（(":
        return True
    if v.caption_credit_end.search(line):
        return False  # …为村民义诊。某某摄⏎某省某市某村，…: one caption a line, each closed by its credit
    if _byline_bracket_broken(line, nxt):
        return True  # 本报讯（通讯员 于⏎文博）: a bracket of credits broken inside a name
    if _GROUP_LINE.match(line) and _GROUP_LINE.match(nxt):
        return False
    if _is_headline_like(line, width):
        return False
    if _BYLINE_RE.match(line):
        return False
    return display_width(line) >= 0.8 * width or any(c in line for c in _SENT_PUNCT)


#: how many times the width of the lines around it a line is at least that the page did not wrap, and how many lines
#: of some width must stand around it to tell that width
_UNWRAPPED = 1.5
_UNWRAPPED_LINES = 5


def _unwrapped(line: str, width: float, window: list) -> bool:
    """Whether ``line`` is far longer than the lines around it (at least five of them), so that the page did not wrap
    it and it ends its paragraph though no stop ends it (a scraped list's items run together on one line:
    …某村（蜜瓜）某区某镇（花菇）⏎据介绍，…). Only a line with no mark of a sentence in it (no ，、：。): a wrapped line of
    prose beside short lines holds one."""
    return len(window) >= _UNWRAPPED_LINES and display_width(line) > _UNWRAPPED * width \
        and not any(c in line for c in _SENT_PUNCT)


def _step_lines(text: str, idx: np.ndarray) -> tuple[str, np.ndarray, list[tuple[int, int, str]], list[str]]:
    """Join broken lines into paragraphs; set aside page furniture and markup.

    Returns the text with one paragraph per line, its offsets, the paragraph spans with
    their kind, and the furniture lines.
    """
    raw_lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        raw_lines.append((pos, line))
        pos += len(line) + 1
    # strip markdown markers and surrounding spaces; drop blank and furniture lines
    lines: list[tuple[int, int, str, bool]] = []  # (start, end) in text, stripped, is_md_heading
    furniture: list[str] = []
    dated: set[int] = set()  # lines that a date line follows
    for start, line in raw_lines:
        s, e = 0, len(line)
        md = False
        m = _MD_HEADING.match(line)
        if m:
            s, md = m.end(), True
        else:
            m = _MD_QUOTE.match(line)
            if m:
                s = m.end()
        while s < e and line[s] == " ":
            s += 1
        while e > s and line[e - 1] == " ":
            e -= 1
        body = line[s:e]
        if not body:
            continue
        if is_furniture(body):
            furniture.append(body)
            if lines and is_date_line(body):
                dated.add(len(lines) - 1)  # a sign-off may stand above it
            continue
        lines.append((start + s, start + e, body, md))
    pieces: list[tuple[int, int]] = []  # spans of text kept, in order
    paragraphs: list[tuple[int, int, str]] = []
    out_len = 0
    cur_start = None
    cur_lines: list[str] = []
    cur_kind = ""
    n = len(lines)
    lengths = [display_width(l[2]) for l in lines]
    # list items, notice titles, sign-offs and date lines are paragraphs of their own (kg.structure)
    kinds = line_kinds([l[2] for l in lines], frozenset(dated))
    for i, (s, e, body, md) in enumerate(lines):
        window = sorted(w for w in lengths[max(0, i - 8) : i + 9] if w >= 8) or [lengths[i]]
        width = window[len(window) // 2]
        if cur_start is None:
            cur_start = out_len
            cur_lines = []
            cur_kind = kinds[i]
        pieces.append((s, e))
        out_len += e - s
        cur_lines.append(body)
        nxt = lines[i + 1][2] if i + 1 < n else None
        nxt_md = lines[i + 1][3] if i + 1 < n else False
        kind, nxt_kind = kinds[i], kinds[i + 1] if i + 1 < n else ""
        if kind == "title" and nxt_kind == "title":
            continue  # a notice title wrapped over two lines
        if md or nxt is None or nxt_md or kind in _OWN_LINE or nxt_kind in _OWN_LINE + ("numbered",) \
                or _last_group(lines, lengths, i) or _next_group_head(cur_lines, nxt) or _group_ends(cur_lines, nxt) \
                or _unwrapped(body, width, window) or not _continues(body, width, nxt):
            para = "".join(cur_lines)
            kind = "headline" if md or cur_kind == "title" else _LINE_PARAGRAPH.get(cur_kind) \
                or _classify(para, width if len(cur_lines) == 1 else 10**6, nxt)
            if kind == "headline" and len(cur_lines) == 1 and _in_group_list(lines, i):
                kind = "body"  # 吉林省：某市某县某乡⏎浙江省：…: a list's group, one a line, is no headline of an article
            paragraphs.append((cur_start, out_len, kind))
            if i + 1 < n:
                pieces.append((-1, -1))  # paragraph separator
                out_len += 1
            cur_start = None
    if len(pieces) == 1:  # one line kept (a text of one line): its slice
        s, e = pieces[0]
        return text[s:e], idx[s:e], paragraphs, furniture
    chunks: list[str] = []
    chunk_maps: list[np.ndarray] = []
    parts: list[str] = []
    maps: list[np.ndarray] = []
    prev_end = 0  # original position after the last character kept
    for s, e in pieces:
        if s < 0:
            parts.append("\n")
            maps.append(np.array([prev_end], dtype=np.int64))
        else:
            parts.append(text[s:e])
            maps.append(idx[s:e])
            if e > s:
                prev_end = int(idx[e - 1]) + 1
        if len(parts) >= _FLUSH_EVERY:  # bounded temporary lists for files of many lines
            chunks.append("".join(parts))
            chunk_maps.append(np.concatenate(maps))
            parts.clear()
            maps.clear()
    if parts:
        chunks.append("".join(parts))
        chunk_maps.append(np.concatenate(maps))
    new = "".join(chunks)
    new_idx = np.concatenate(chunk_maps) if chunk_maps else np.zeros(0, dtype=np.int64)
    return new, new_idx, paragraphs, furniture


def _next_group_head(cur_lines: list[str], nxt: str | None) -> bool:
    """Whether ``nxt`` heads the next group of a list whose groups head their members from a line of their own
    (西安市（2村）：⏎甲县某镇某村、乙县某镇某村⏎宝鸡市（2村）：): the paragraph being built opens with such a head, and
    ``nxt`` is one too."""
    return nxt is not None and len(cur_lines) > 1 and bool(_GROUP_HEAD_LINE.match(cur_lines[0])) \
        and bool(_GROUP_HEAD_LINE.match(nxt))


def _group_ends(cur_lines: list[str], nxt: str | None) -> bool:
    """Whether the group a head alone on its line opened ends with the line just added (西安市（2村）：⏎甲县某镇某村、
    乙县某镇某村⏎2023年…名单): that line ends in a place's unit, not in a list mark, so the next line is no wrapped part of
    it."""
    return nxt is not None and len(cur_lines) > 1 and bool(_GROUP_HEAD_LINE.match(cur_lines[0])) \
        and cur_lines[-1][-1] in _PLACE_UNIT_ENDS and not nxt.startswith(("、", "，", ","))


#: the last characters of places' names (村, 镇, 街道, 社区, 嘎查, 苏木…): a list's item may end a line with them
_PLACE_UNIT_ENDS = "村镇乡县区市旗盟道查木"


def _in_group_list(lines: list, i: int) -> bool:
    """Whether line ``i`` is a group of a list printed one group a line (河北省：甲市乙县丙镇⏎吉林省：…⏎): a group line
    (a head, a colon, its members) beside another group line."""
    if not _GROUP_LINE.match(lines[i][2]):
        return False
    return any(0 <= j < len(lines) and _GROUP_LINE.match(lines[j][2]) for j in (i - 1, i + 1))


def _last_group(lines: list, lengths: list[float], i: int) -> bool:
    """Whether line ``i`` is the last group of a list printed one group a line (海东市（3个）：…⏎吴忠市（2个）：…⏎),
    complete as the groups before it are: it ends in no list mark and is no longer than the longest of them, so the
    text after it (各地要…) starts a paragraph of its own."""
    body = lines[i][2]
    if i == 0 or body[-1] in _SENT_PUNCT or not _GROUP_LINE.match(body):
        return False
    j = i
    while j > 0 and _GROUP_LINE.match(lines[j - 1][2]):
        j -= 1
    return j < i and lengths[i] <= max(lengths[j:i])


#: line kinds that make a paragraph of one line, and the paragraph kind each gives
_LINE_PARAGRAPH = {"item": "item", "signoff": "signoff", "date": "date", "numbered": "body"}
_OWN_LINE = ("title", "item", "signoff", "date")


def clean(original: str) -> Cleaned:
    """Clean a decoded document; offsets of the result point into ``original``."""
    text, idx = original, _identity(original)
    text, idx = _step_chars(text, idx)
    text, idx = _step_glosses(text, idx)
    text, idx, converted = _step_script(text, idx)
    text, idx = _step_punct(text, idx)
    text, idx = _step_spaces(text, idx)
    text, idx, paras, furniture = _step_lines(text, idx)
    # the paragraph separators map to the character after the previous piece; clamp
    offsets = np.empty(len(text) + 1, dtype=np.int64)
    offsets[: len(text)] = np.minimum(idx, max(len(original) - 1, 0)) if len(text) else idx
    offsets[len(text)] = len(original)
    paragraphs = tuple(Paragraph(s, e, k) for s, e, k in paras)
    return Cleaned(text=text, offsets=offsets, paragraphs=paragraphs, furniture=tuple(furniture),
                   printed=_printed(text, offsets, converted))


# --- str -> str conveniences --------------------------------------------------------------

def normalize_chars(text: str) -> str:
    """Full-width letters and digits to ASCII, Chinese punctuation inside Chinese text.

    >>> normalize_chars("２０２４年,开平(水暖卫浴)")
    '2024年，开平（水暖卫浴）'
    """
    t, i = _step_chars(text, _identity(text))
    return _step_punct(t, i)[0]


def remove_cjk_spaces(text: str) -> str:
    """Remove the spaces OCR put between Chinese characters; keep them between Latin words.

    >>> remove_cjk_spaces("开平市水口镇、月 山镇举办 OPPO 活动")
    '开平市水口镇、月山镇举办 OPPO 活动'
    """
    return _step_spaces(text, _identity(text))[0]


def join_lines(text: str) -> str:
    """Re-join lines broken inside sentences; one paragraph per output line."""
    return _step_lines(text, _identity(text))[0].rstrip("\n")


# --- sentences --------------------------------------------------------------------------

# an ellipsis (……) ends a sentence only before a closing mark or the end of a paragraph
_SENT_END = re.compile(r"[。！？；]+[”’」』）)]*|…+[”’」』）)]*(?=\n|$)|\n")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text[start:end]``, without the newlines.

    >>> split_sentences("会议召开。陈小曼讲话！\\n晴")
    [(0, 5), (5, 11), (12, 13)]
    """
    end = len(text) if end is None else end
    spans = []
    s = start
    for m in _SENT_END.finditer(text, start, end):
        e = m.end() if m.group() != "\n" else m.start()
        if e > s:
            spans.append((s, e))
        s = m.end()
    if s < end:
        spans.append((s, end))
    return spans


#: where a long sentence is cut into clauses: after a comma, semicolon, colon or enumeration mark
_CLAUSE_CUT = re.compile(f"[，；：、][{re.escape(_CLOSERS)}]*")


def split_units(text: str, limit: int, protected: bytes | bytearray | None = None,
                sentences: list[tuple[int, int]] | None = None) -> list[tuple[int, int, bool]]:
    """The sentences of ``text`` (as :func:`split_sentences`), each at most ``limit`` characters:
    a longer one is cut after its last clause mark within the limit (but in its first quarter),
    and where a stretch has none, at the limit. ``protected[i]`` true forbids a cut before
    ``text[i]`` (inside a name); a cut at the limit moves back to the nearest allowed place.

    Returns ``(start, end, runon)``: ``runon`` marks a piece cut at a fixed width, whose text has
    no clause mark to tell how its words go together. ``sentences``: the text's
    :func:`split_sentences`, when the caller has them already (a text cut at two widths).

    >>> split_units("甲乙丙，丁戊己，庚辛。壬", 5)
    [(0, 4, False), (4, 8, False), (8, 11, False), (11, 12, False)]
    >>> split_units("甲乙丙丁戊己庚辛", 3, protected=bytes([0, 0, 0, 1, 0, 0, 0, 0]))
    [(0, 2, True), (2, 5, True), (5, 8, True)]
    """
    if limit < 2:
        raise ValueError("a unit holds at least 2 characters")
    out: list[tuple[int, int, bool]] = []
    for s, e in split_sentences(text) if sentences is None else sentences:
        fixed_before = False
        while e - s > limit:
            hi = s + limit
            cut = None
            for m in _CLAUSE_CUT.finditer(text, s + limit // 4, hi):
                if protected is None or m.end() >= len(protected) or not protected[m.end()]:
                    cut = m.end()
            fixed = cut is None
            if fixed:
                cut = hi
                while protected is not None and cut > s + 1 and cut < len(protected) and protected[cut]:
                    cut -= 1
                if cut <= s + 1:
                    cut = hi  # a name longer than a unit: cut through it
            out.append((s, cut, fixed or fixed_before))
            s, fixed_before = cut, fixed
        out.append((s, e, fixed_before))
    return out


# --- windows ------------------------------------------------------------------------------

_WINDOW_CUT = re.compile(f"[{_TERMINAL}][{re.escape(_CLOSERS)}]*")


def windows(text: str, size: int, cuts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Consecutive (start, end) spans of at most ``size`` characters that cover ``text``.

    Each window ends, in order of preference, at one of ``cuts`` (article starts, say), at
    a paragraph start, after a sentence or anywhere, and is at least half full: a page of
    any length, even on one line, goes through in bounded pieces.

    >>> windows("甲乙。丙丁。\\n戊己庚辛", 5)
    [(0, 3), (3, 7), (7, 11)]
    """
    if size < 2:
        raise ValueError("window size must be at least 2")
    cuts = sorted(set(cuts))
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        lo, hi = start + size // 2, start + size
        end = None
        i = bisect_right(cuts, hi) - 1
        if i >= 0 and cuts[i] > lo:
            end = cuts[i]
        if end is None:
            nl = text.rfind("\n", lo, hi)
            end = nl + 1 if nl >= 0 else None
        if end is None:
            last = None
            for m in _WINDOW_CUT.finditer(text, lo, hi):
                last = m
            end = last.end() if last is not None else hi
        out.append((start, end))
        start = end
    out.append((start, n))
    return out
