"""The layout of lists and notices: item lines, notice titles, sign-offs and date lines.

Cleaning (:mod:`kg.clean`) re-joins lines that OCR or a narrow column broke inside a sentence.
Lists must not be joined: a designation notice is a title (关于公布…的通知), an addressee and a
sentence, then one item a line (numbered ``1.`` ``（一）`` ``1、`` ``①``, or a run of similar
short lines under a heading), the issuing body alone on a line and a date. :func:`line_kinds`
tells such lines from wrapped prose, line by line; :func:`document_structure` reads the cleaned
paragraphs back into a :class:`Structure` (title, lists with their headings and items, sign-off
lines) that extraction, co-occurrence and the relation rules use.

The cue words (item markers, title words, list headings, the heads of a body's name) are data:
``seeds/lexicons/structure.jsonl``.

>>> line_kinds(["关于公布示范村名单的通知", "各有关单位：", "现将名单公布如下。", "1. 开平市水口镇",
...             "2. 开平市月山镇", "广东省农业农村厅", "二〇二五年三月五日"])
['title', '', '', 'item', 'item', 'signoff', 'date']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import signoff_date
from .lexicon import lexicon, lexicon_cache

__all__ = ["LINE_KINDS", "ListBlock", "Structure", "line_kinds", "item_marker", "document_structure"]

#: the kinds :func:`line_kinds` gives; '' leaves the line to the prose rules of cleaning
LINE_KINDS = ("title", "item", "numbered", "signoff", "date", "")

#: the widest a list item (after its marker) or a sign-off line may be, in character cells
ITEM_WIDTH = 40
#: the widest a line of an unnumbered list may be
RUN_WIDTH = 30
#: how many similar short lines under a heading that announces a list make an unnumbered list
RUN_LINES = 3
#: lines at the end of a document that may hold the sign-off (bodies, then dates)
SIGNOFF_LINES = 4


@lexicon_cache
def _cues() -> dict:
    from .prebuilt import compile_pattern  # the code a process compiled before, where it saved it

    lex = lexicon()

    def words(label: str) -> tuple[str, ...]:
        return lex.words(label, longest_first=True)

    chars = lex.charstr

    marks = re.escape(chars("ItemMark"))
    numerals = re.escape(chars("ItemNumeral"))
    brackets = lex.patterns("ItemBracket")
    bracketed = "|".join(f"{re.escape(o)}(?:\\d{{1,3}}|[{numerals}]{{1,4}}){re.escape(c)}" for o, c in brackets.items())
    marker = compile_pattern(
        f"^(?:\\d{{1,3}}[{marks}](?![\\d.．])|{bracketed}|[{numerals}]{{1,3}}、|[{re.escape(chars('ItemSymbol'))}])\\s*")
    title_start = "|".join(map(re.escape, words("NoticeTitleStart")))
    title_end = "|".join(map(re.escape, words("NoticeTitleEnd")))
    heads = "|".join(map(re.escape, words("SignOffHead")))
    return {
        "marker": marker,
        "bullets": frozenset(c for c in chars("ItemSymbol") if not ("\u2460" <= c <= "\u249b")),
        # 关于公布…的通知, also after the issuing body (广西壮族自治区人民政府办公厅关于公布…的通知)
        "title": compile_pattern(f"^[^，。；！？]{{0,40}}?(?:{title_start})[^。；！？]{{2,80}}(?:{title_end})$"),
        "title_start": compile_pattern(f"^[^，。；！？]{{0,40}}?(?:{title_start})"),
        # a notice's title without 关于 (某县2025年度某某创建名单公示): no clause's mark, a notice's word at its end
        "bare_title": compile_pattern(f"^[^，。；！？：:、]{{4,40}}(?:{title_end})$"),
        # 名单, 如下 …; or a count closing a heading (一、…名镇（3个）)
        "intro": compile_pattern("|".join([*map(re.escape, words("ListIntro")), *words("ListIntroPattern")])),
        "counted": compile_pattern("|".join(words("ListIntroPattern"))),
        # the line that opens a notice's annex (附件：某某名单, 附件1)
        "annex": compile_pattern(f"^(?:{'|'.join(map(re.escape, words('AnnexLead')))})(?:\\d{{1,2}})?(?:[：:]|$)"),
        "signoff": compile_pattern(f"^(?:[\u4e00-\u9fff（）()]{{2,30}}?(?:{heads})[ 　]*)+$"),
    }


_SENTENCE_PUNCT = set("，。；！？：")
_CLAUSE_PUNCT = set("，。；！？：、")


def _width(line: str) -> float:
    return len(line) - 0.5 * len(line.encode("latin-1", "ignore"))  # the characters below U+0100


def is_date_line(line: str) -> bool:
    """A line that is only a date (2025年3月5日, 二〇二五年三月五日), as notices end."""
    return signoff_date(line.replace(" ", "")) is not None


def item_marker(line: str) -> int:
    """The length of the item marker that opens ``line`` (with the spaces after it), else 0.

    >>> [item_marker(x) for x in ("1. 水口镇", "（十二）月山镇", "①金鸡镇", "1.5亿元", "一、总体要求", "水口镇")]
    [3, 4, 1, 0, 2, 0]
    """
    m = _cues()["marker"].match(line)
    return m.end() if m else 0


def _bulleted(line: str) -> bool:
    """Whether a line's marker is a bullet (●, ■), which numbers nothing."""
    return line[:1] in _cues()["bullets"]


def _short(rest: str, width: float) -> bool:
    """Short enough for a list item, with no sentence inside (a final mark is allowed)."""
    return 0 < _width(rest) <= width and not any(c in _SENTENCE_PUNCT for c in rest[:-1])


def line_kinds(lines: list[str], dated: frozenset[int] = frozenset()) -> list[str]:
    """A kind from :data:`LINE_KINDS` for each stripped, non-empty line of a document.

    ``dated``: the indices of lines that a date line (set aside by cleaning) follows.

    - ``item``: a short line of a list: numbered, or one of a run of at least
      :data:`RUN_LINES` similar short lines without sentence punctuation under a line that
      announces a list (名单, 如下, a final colon), or of any number under a numbered heading
      closed by its count (二、…名村（2个）);
    - ``numbered``: a numbered paragraph of prose (it starts a paragraph, and may wrap);
    - ``title``: a notice title (关于…的通知) among the first lines, maybe wrapped over two;
    - ``signoff``: a line holding only a body's name (or bodies' names) above a date line or
      at the end;
    - ``date``: a date alone on a line, at the end;
    - ``''``: anything else, left to the prose rules.
    """
    cues = _cues()
    n = len(lines)
    kinds = [""] * n
    for i, line in enumerate(lines):
        k = item_marker(line)
        if k:
            kinds[i] = "item" if _short(line[k:], ITEM_WIDTH) else "numbered"

    def signs(i: int) -> bool:
        return kinds[i] in ("", "item") and _width(lines[i]) <= ITEM_WIDTH and not item_marker(lines[i]) \
            and bool(cues["signoff"].match(lines[i]))

    # the end: a date line, and above it the bodies that sign; elsewhere a body above a date line
    i = n - 1
    while i > 0 and n - i <= SIGNOFF_LINES and is_date_line(lines[i]):
        kinds[i] = "date"
        i -= 1
    end = i
    while i > 0 and end - i < SIGNOFF_LINES and (i == n - 1 or kinds[i + 1] in ("date", "signoff") or i in dated) \
            and signs(i):
        kinds[i] = "signoff"
        i -= 1
    # a notice's sign-off above its annex (某县某局⏎附件：名单): the bodies that sign, as above a date line
    annexed = {i for i in range(n - 1) if cues["annex"].match(lines[i + 1])}
    for i in sorted(dated | annexed):
        k = i
        while 0 < k < n and i - k < SIGNOFF_LINES and signs(k):
            kinds[k] = "signoff"
            k -= 1
    # a run of similar short lines without numbers under a heading that announces a list
    i = 0
    while i < n:
        j = i
        while j < n and not kinds[j] and _short(lines[j], RUN_WIDTH) and _SENTENCE_PUNCT.isdisjoint(lines[j]) \
                and not is_date_line(lines[j]):
            j += 1
        if j > i:
            intro = i > 0 and (lines[i - 1].endswith(("：", ":")) or bool(cues["intro"].search(lines[i - 1])))
            # under a numbered heading closed by its count (二、某某名村（2个）), a run as short as that
            counted = i > 0 and bool(item_marker(lines[i - 1])) and bool(cues["counted"].search(lines[i - 1]))
            if intro and (j - i >= RUN_LINES or counted):
                for k in range(i, j):
                    kinds[k] = "item"
            else:
                # a heading short enough to join the run of lines above it (a sign-off, a headline: 某省人民政府⏎
                # 某某示范村名单（节选）⏎甲县某镇某村…): the lines under it are its list
                for h in range(i, j - RUN_LINES):
                    if cues["intro"].search(lines[h]) and not cues["intro"].search(lines[h + 1]):
                        for k in range(h + 1, j):
                            kinds[k] = "item"
                        break
            i = j
        else:
            i += 1
    # a numbered line alone is no list: a numbered paragraph (a section heading, say); a line
    # alone after a bullet is left to the prose rules (■本报记者 … is a byline)
    for i in range(n):
        if kinds[i] in ("item", "numbered") and (i == 0 or kinds[i - 1] != "item") \
                and (i + 1 == n or kinds[i + 1] != "item"):
            k = item_marker(lines[i])
            kinds[i] = "" if not k or _bulleted(lines[i]) else "numbered"
    # the title: among the first three lines, maybe wrapped over two
    for i in range(min(3, n)):
        if kinds[i]:
            continue
        if cues["title"].match(lines[i]):
            kinds[i] = "title"
            break
        if i + 1 < n and cues["title_start"].match(lines[i]) and not kinds[i + 1] \
                and cues["title"].match(lines[i] + lines[i + 1]) and _width(lines[i + 1]) <= RUN_WIDTH:
            kinds[i] = kinds[i + 1] = "title"
            break
    else:
        # the first line a notice's title without 关于, above its salutation (各乡镇人民政府：) or a first paragraph
        # printed as one line and wider than the title (a sentence's wrapped line is no narrower than its rest): a line
        # of its own, not the head of that paragraph
        nxt = lines[1] if n > 1 else ""
        salutation = nxt[-1:] in ("：", ":") and not any(c in nxt[:-1] for c in "，。；！？：:")
        paragraph = nxt[-1:] in ("。", "！", "？") and nxt[0] not in _CLAUSE_PUNCT and _width(lines[0]) < 0.8 * _width(nxt)
        if nxt and not kinds[0] and not kinds[1] and cues["bare_title"].match(lines[0]) and (salutation or paragraph):
            kinds[0] = "title"
    return kinds


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A list: consecutive item lines, and the line above that says what it is (its heading).

    Spans are (start, end) offsets in cleaned text; ``heading`` is empty without one."""

    start: int
    end: int
    items: tuple[tuple[int, int], ...]
    heading: tuple[int, int] | tuple[()] = ()


@dataclass(frozen=True, slots=True)
class Structure:
    """What the layout of a document says: its notice title, its lists, its sign-off lines.

    Offsets are in cleaned text. The extraction state of a document (``doc._.kg.structure``)
    holds one, and the relation rules may read it (which bodies a list names, who issued it).
    """

    title: tuple[int, int] | tuple[()] = ()
    lists: tuple[ListBlock, ...] = ()
    signoff: tuple[tuple[int, int], ...] = ()

    def shift(self, start: int, end: int) -> "Structure":
        """The structure of the cleaned text ``[start, end)`` (a window), in its coordinates."""
        def inside(span) -> bool:
            return bool(span) and start <= span[0] and span[1] <= end

        def moved(span):
            return (span[0] - start, span[1] - start) if inside(span) else ()

        lists = []
        for b in self.lists:
            items = tuple(moved(x) for x in b.items if inside(x))
            if items:
                lists.append(ListBlock(items[0][0], items[-1][1], items, moved(b.heading)))
        return Structure(moved(self.title), tuple(lists), tuple(moved(x) for x in self.signoff if inside(x)))


def document_structure(paragraphs, text: str) -> Structure:
    """The :class:`Structure` of cleaned text from its paragraphs (kinds as cleaning gave them).

    A list is a run of ``item`` paragraphs; its heading is the paragraph just above when that
    is short (a headline) or announces a list (名单, 如下, a final colon).
    """
    paras = list(paragraphs)
    lists = []
    i = 0
    while i < len(paras):
        if paras[i].kind != "item":
            i += 1
            continue
        j = i
        while j < len(paras) and paras[j].kind == "item":
            j += 1
        heading: tuple = ()
        if i > 0:
            h = paras[i - 1]
            line = text[h.start : h.end]
            if h.kind == "headline" or line.endswith(("：", ":")) or (_width(line) <= 60 and _cues()["intro"].search(line)):
                heading = (h.start, h.end)
        lists.append(ListBlock(paras[i].start, paras[j - 1].end, tuple((p.start, p.end) for p in paras[i:j]), heading))
        i = j
    title = next(((p.start, p.end) for p in paras[:3] if p.kind == "headline"
                  and _cues()["title"].match(text[p.start : p.end])), ())
    signoff = tuple((p.start, p.end) for p in paras if p.kind == "signoff")
    return Structure(title, tuple(lists), signoff)
