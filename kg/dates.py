"""Dates as Chinese news prints them: pure ``str -> date`` parsers.

Every parser returns ISO 8601 strings (``2025-08-09``) and checks the calendar; none looks at
the clock. The cue words of header lines (发布时间, 来源, 作者 ...) and the endings of newspaper
names are data (``seeds/lexicons/document_fields.jsonl``, ``page.jsonl``).

>>> parse_date("2025/8/9"), parse_date("二〇二五年八月九日"), parse_date("2025-02-30")
('2025-08-09', '2025-08-09', None)
>>> header("发布时间：2025-08-09 10:23:11  来源：江门日报")
Header(date='2025-08-09', source='江门日报', author='')
>>> header("江门日报 2025年8月9日 星期六 第A02版")
Header(date='2025-08-09', source='江门日报', author='')
>>> header("8月9日上午，开平市召开会议。") is None
True
>>> [d for _, _, d in dates_in_text("1月6日上午召开会议，12月28日曾预告。", reference="2026-01-07")]
['2026-01-06', '2025-12-28']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

from .lexicon import lexicon, lexicon_cache

__all__ = ["Header", "parse_date", "find_date", "header", "document_date", "signoff_date", "dates_in_text",
           "complete_year", "record_date", "cue_words"]

#: the years a news date may have
MIN_YEAR, MAX_YEAR = 1949, 2100

_DIGITS = {**{c: i for i, c in enumerate("〇一二三四五六七八九")}, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "0": 0}
_CN_DIGIT = "〇零○ＯO一二三四五六七八九"
_CN_NUMBER = "一二三四五六七八九十"
_FULLWIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"\u3000": " ", "／": "/", "－": "-",
                                                                          "：": ":", "．": "."})

_SEP_DATE = re.compile(r"(?<!\d)((?:19|20|21)\d{2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d/.])"
                       r"|(?<!\d)((?:19|20|21)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_CN_DATE = re.compile(f"([{_CN_DIGIT}]{{4}})\\s*年\\s*([{_CN_NUMBER}]{{1,3}})\\s*月\\s*([{_CN_NUMBER}]{{1,3}})\\s*[日号]")
_DIGIT = re.compile(r"\d").search
_MONTH_DAY = re.compile(r"(?<![\d.\-/])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_TIME = re.compile(r"(?<!\d)\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?(?!\d)")
_EDITION = re.compile(r"第?\s*[A-Za-z]?\s*\d{1,3}\s*版|[A-Za-z]\d{1,3}(?![\d])")
_PUNCT = re.compile(r"[\s|｜丨/·•:：,，、;；()（）\[\]【】<>《》〈〉\-—_=]+")


@dataclass(frozen=True, slots=True)
class Header:
    """What a header line of a page says: its date, and the source and author when it names them."""

    date: str
    source: str = ""
    author: str = ""


@lexicon_cache
def cue_words() -> dict[str, tuple[str, ...]]:
    """label -> the words of the lexicons with that label, in file order (``document_fields.jsonl``:
    DateLabel, SourceLabel, RecordText ...)."""
    lex = lexicon()
    return {label: lex.words(label) for label in lex.labels() if any(not e.chars for e in lex.of(label))}


@lexicon_cache
def _patterns() -> dict[str, re.Pattern]:
    words = dict(cue_words(), PaperSuffix=lexicon().words("NewspaperSuffix", "header"))  # page.jsonl

    def alt(label: str) -> str:
        return "|".join(re.escape(w) for w in sorted(words.get(label, ()), key=lambda w: (-len(w), w)))

    from .prebuilt import compile_pattern  # the code a process compiled before, where it saved it

    label = r"\s*[:：]\s*"
    return {
        "date": compile_pattern(f"(?:{alt('DateLabel')}){label}"),
        "source": compile_pattern(f"(?:{alt('SourceLabel')}){label}"),
        "author": compile_pattern(f"(?:{alt('AuthorLabel')}){label}"),
        "other": compile_pattern(f"(?:{alt('OtherLabel')})\\s*[:：]?"),
        "any": compile_pattern(f"(?:{alt('DateLabel')}|{alt('SourceLabel')}|{alt('AuthorLabel')}|{alt('OtherLabel')})\\s*[:：]"),
        "paper": compile_pattern(f"[\u4e00-\u9fff]{{1,10}}?(?:{alt('PaperSuffix')})(?:[\u4e00-\u9fff]{{0,4}}版)?"),
        "weekday": compile_pattern(f"(?:{alt('Weekday')})[一二三四五六日天七]"),
    }


def _valid(y: int, m: int, d: int) -> str | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _cn_number(s: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31."""
    if "十" not in s:
        return _DIGITS.get(s, 0) if len(s) == 1 else -1
    tens, _, ones = s.partition("十")
    return (_DIGITS.get(tens, -99) if tens else 1) * 10 + (_DIGITS.get(ones, -99) if ones else 0)


def find_date(s: str, start: int = 0) -> tuple[int, int, str] | None:
    """The first full date (year, month, day) in ``s``: ``(start, end, iso)``.

    Takes ISO (2025-08-09), slashed (2025/08/09), dotted (2025.08.09), 2025年8月9日 and
    dates in Chinese numerals (二〇二五年八月九日); full-width digits count as digits.

    >>> find_date("来源：江门日报　２０２５年０８月０９日")
    (8, 19, '2025-08-09')
    """
    t = s.translate(_FULLWIDTH)
    best = None
    for rx in _date_patterns(t, start):
        for m in rx.finditer(t, start):
            iso = _match_iso(m)
            if iso:
                if best is None or m.start() < best[0]:
                    best = (m.start(), m.end(), iso)
                break
    return best


def _date_patterns(t: str, start: int = 0) -> tuple[re.Pattern, ...]:
    """The full-date patterns that can match in ``t`` from ``start``: a digit for the one, 年 for the other."""
    if _DIGIT(t, start) is not None:
        return (_SEP_DATE, _CN_DATE) if t.find("年", start) >= 0 else (_SEP_DATE,)
    return (_CN_DATE,) if t.find("年", start) >= 0 else ()


def _match_iso(m: re.Match) -> str | None:
    if m.re is _CN_DATE:
        y = "".join(str(_DIGITS[c]) for c in m.group(1))
        return _valid(int(y), _cn_number(m.group(2)), _cn_number(m.group(3)))
    if m.group(1):
        return _valid(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    return _valid(int(m.group(5)), int(m.group(6)), int(m.group(7)))


def parse_date(s: str) -> str | None:
    """A string that is a date (a time may follow) as ISO, else None.

    >>> parse_date("2025-08-09 10:23:11"), parse_date("2025年08月09日"), parse_date("8月9日")
    ('2025-08-09', '2025-08-09', None)
    """
    s = s.strip()
    found = find_date(s)
    if found is None or found[0] != 0:
        return None
    rest = _TIME.sub("", s.translate(_FULLWIDTH)[found[1]:])
    rest = _patterns()["weekday"].sub("", rest)
    return found[2] if not _PUNCT.sub("", rest) else None


#: the longest header line
_HEADER_MAX = 120


def header(line: str) -> Header | None:
    """The date (and source, author) of a header line, or None when the line is not one.

    A header line holds a full date and nothing but labelled fields (发布时间：…, 来源：…,
    作者：…, 浏览次数：…), a time, a weekday, an edition (第A02版) and a newspaper's name:
    ``发布时间：2025-08-09 10:23:11``, ``来源：江门日报　2025年08月09日``, ``2025/08/09 来源：…``,
    ``江门日报 2025年8月9日 星期六 第A02版``, ``羊城晚报 2025年8月9日``, ``2025年8月9日 星期六``. A
    sentence that mentions a date is no header.

    >>> header("2025/08/09 来源：开平市人民政府办公室")
    Header(date='2025-08-09', source='开平市人民政府办公室', author='')
    >>> header("来源:公益时报  作者 : 张木兰  2014-11-11")
    Header(date='2014-11-11', source='公益时报', author='张木兰')
    """
    if len(line) > _HEADER_MAX and len(line.strip()) > _HEADER_MAX:
        return None  # a paragraph: not translated (_FULLWIDTH keeps a line's length and what strip() takes)
    s = line.translate(_FULLWIDTH).strip()
    if not s or len(s) > _HEADER_MAX:
        return None
    found = find_date(s)
    if found is None:
        return None
    p = _patterns()
    rest = s[: found[0]] + " " * (found[1] - found[0]) + s[found[1]:]
    rest = _TIME.sub(lambda m: " " * len(m.group()), rest)
    fields = {"source": "", "author": ""}
    # labelled fields: a label, then its value up to the next label
    labels = sorted((m.start(), m.end(), kind) for kind in ("date", "source", "author", "other")
                    for m in p[kind].finditer(rest))
    keep = []
    for i, (ls, le, kind) in enumerate(labels):
        if keep and ls < keep[-1][1]:
            continue  # a label inside a longer one (时间 in 发布时间)
        keep.append((ls, le, kind))
    cut = list(rest)
    for i, (ls, le, kind) in enumerate(keep):
        end = keep[i + 1][0] if i + 1 < len(keep) else len(rest)
        value = rest[le:end].strip()
        value = re.split(r"\s{2,}|[|｜【】〔〕\[\]]", value)[0].strip() if value else ""
        if kind in fields and value and not fields[kind]:
            fields[kind] = value.strip(" ,，;；")
        vend = le + (rest[le:end].find(value) + len(value) if value else 0)
        if kind == "other":
            vend = end  # counters and buttons: everything up to the next label
        for i2 in range(ls, max(vend, le)):
            cut[i2] = " "
    rest = "".join(cut)
    rest = p["weekday"].sub(lambda m: " " * len(m.group()), rest)
    rest = _EDITION.sub(lambda m: " " * len(m.group()), rest)
    leftover = [w for w in _PUNCT.split(rest) if w]
    if len(leftover) > 1:
        return None
    if leftover:
        paper = p["paper"].fullmatch(leftover[0])
        if paper is None or fields["source"]:
            return None
        fields["source"] = leftover[0]
    return Header(found[2], fields["source"], fields["author"])


def signoff_date(line: str) -> str | None:
    """The date of a sign-off line under a notice: a line that is only a date.

    >>> signoff_date("二〇二五年八月九日"), signoff_date("2025年8月9日"), signoff_date("（2025年8月9日）")
    ('2025-08-09', '2025-08-09', '2025-08-09')
    """
    s = line.strip().strip("（）()")
    return parse_date(s) if len(s) <= 24 else None


def document_date(text: str, head_lines: int = 8, tail_lines: int = 6) -> Header | None:
    """The date of a document from its first lines (a header, an edition line) or, failing
    that, from a sign-off date among its last lines.

    >>> document_date("开平市召开会议\\n发布时间：2025-08-09 10:23\\n正文……")
    Header(date='2025-08-09', source='', author='')
    >>> document_date("关于做好防汛工作的通知\\n各镇人民政府：\\n请做好准备。\\n开平市人民政府办公室\\n二〇二五年八月九日")
    Header(date='2025-08-09', source='', author='')
    """
    lines = [ln for ln in text[:4000].splitlines() if ln.strip()][:head_lines]
    for ln in lines:
        h = header(ln)
        if h is not None:
            return h
    tail = [ln for ln in text[-2000:].splitlines() if ln.strip()][-tail_lines:]
    for ln in reversed(tail):
        d = signoff_date(ln)
        if d:
            return Header(d)
    return None


def complete_year(month: int, day: int, reference: str | int | None) -> str | None:
    """A month and day with the year of ``reference`` (an ISO date or a year).

    With a full reference date, a day more than about half a year after it belongs to the
    year before (a paper of 7 January 2026 writing of 12月28日 means 2025).

    >>> complete_year(12, 28, "2026-01-07"), complete_year(3, 1, "2025-02-20"), complete_year(8, 8, 2025)
    ('2025-12-28', '2025-03-01', '2025-08-08')
    """
    if reference is None or reference == "":
        return None
    if isinstance(reference, int):
        return _valid(reference, month, day)
    try:
        ref = date.fromisoformat(reference[:10]) if len(reference) >= 10 else date(int(reference[:4]), int(reference[5:7] or 1) if len(reference) >= 7 else 6, 1)
    except ValueError:
        return None
    iso = _valid(ref.year, month, day)
    if iso and (date.fromisoformat(iso) - ref).days > 183:
        return _valid(ref.year - 1, month, day)
    return iso


def dates_in_text(text: str, reference: str | int | None = None) -> list[tuple[int, int, str]]:
    """Every day date in running text, ``(start, end, iso)``: full dates as they stand, and
    month-day dates (8月8日) with the year taken from ``reference`` (the document's date or year).

    >>> dates_in_text("二〇二五年八月九日印发；8月8日起施行。", 2025)
    [(0, 9, '2025-08-09'), (12, 16, '2025-08-08')]
    """
    if "月" not in text and _DIGIT(text) is None:
        return []  # every pattern below needs a month mark or a digit (the ASCII ones the full-width become)
    t = text.translate(_FULLWIDTH)
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for rx in _date_patterns(t):
        for m in rx.finditer(t):
            iso = _match_iso(m)
            if iso:
                out.append((m.start(), m.end(), iso))
                taken.append((m.start(), m.end()))
    for m in _MONTH_DAY.finditer(t):
        if any(s <= m.start() < e for s, e in taken):
            continue
        iso = complete_year(int(m.group(1)), int(m.group(2)), reference)
        if iso:
            out.append((m.start(), m.end(), iso))
    return sorted(out)


_EPOCH = re.compile(r"\d{10}(?:\d{3})?")


def record_date(value: object) -> str | None:
    """The date of a record field: any form :func:`parse_date` reads, ISO 8601 with a time and
    zone (2025-08-09T10:23:11+08:00), a compact 20250809, or Unix seconds or milliseconds.

    >>> record_date("2025-08-09T02:23:11Z"), record_date("20250809"), record_date(1754706191)
    ('2025-08-09', '2025-08-09', '2025-08-09')
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        value = str(int(value))
    if not isinstance(value, str):
        return None
    s = value.strip().translate(_FULLWIDTH)
    if re.fullmatch(r"\d{8}", s):
        return _valid(int(s[:4]), int(s[4:6]), int(s[6:]))
    if _EPOCH.fullmatch(s):
        secs = int(s) / (1000 if len(s) == 13 else 1)
        # news is dated in China's time zone
        return datetime.fromtimestamp(secs + 8 * 3600, tz=timezone.utc).date().isoformat()
    iso = re.match(r"(\d{4}-\d{2}-\d{2})[T ]", s)
    if iso:
        return _valid(int(s[:4]), int(s[5:7]), int(s[8:10]))
    return parse_date(s) or (find_date(s)[2] if find_date(s) and len(s) <= 40 else None)
