"""Split a cleaned newspaper page into articles and read their headline, paper, reporters and date.

>>> from kg.clean import clean
>>> page = clean("开平召开推进会 推动城市文明\\n\\n江门日报讯（记者/严建广）1月6日上午，会议召开。")
>>> [(a.headline, a.newspaper, a.reporters) for a in segment(page, year_hint=2026)]
[('开平召开推进会 推动城市文明', '江门日报', ('严建广',))]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .clean import Cleaned
from .gazetteer import Gazetteer
from .lexicon import common_words, lexicon, lexicon_cache, surnames
from .names import is_person_name, press_desk_name, transliterated_name

__all__ = ["ArticleSpan", "segment", "parse_reporters", "page_date"]

_MONTH_DAY = re.compile(r"\s*(\d{1,2})月(\d{1,2})(?:[-—至]\d{1,2})?日")
_NAME_SPLIT = re.compile(r"[\s、，,/／]+")
# a year the page reports on: not the end of a range (2024-2035年) nor a target (到2030年)
# how many times more common the surname that opens one cut's second name must be than the other cut's for a run of two
# names printed together to be cut there
_SURNAME_CUT_RATIO = 50.0
_YEAR_RE = re.compile(r"(?<![-—–~至到0-9])(20\d{2}|19\d{2})年")


class _Vocabulary:
    """The words of datelines and bylines (seeds/lexicons/page.jsonl)."""

    def __init__(self, lex) -> None:
        self.paper = lex.regex(r"([\u4e00-\u9fff]{2,8}?{NewspaperSuffix.paper})(?:讯|社)?|本报|本刊|{NewsAgency:longest}")
        self.dateline_head = lex.regex(
            r"^(?:(?P<paper>[\u4e00-\u9fff]{2,8}{NewspaperSuffix.dateline}|本报"
            r"|(?P<local>[\u4e00-\u9fff]{2,6}(?=讯[（(][^）)\n]{0,12}(?:{ReporterRole.bracket}))))讯"
            r"|(?P<agency>{NewsAgency})[\u4e00-\u9fff]{0,8}(?P<m>\d{1,2})月(?P<d>\d{1,2})日电)\s*"
            r"(?:[（(](?P<inner>[^）)]{1,60})[）)]|(?P<bare>(?:记者|通讯员)(?!{ReporterProseLead})[^：:。，]{1,40}?)(?:报道)?(?:[：:]|(?=\s*\d{1,2}月)|(?=，)|$))?"
        )
        # single-character roles (文, 图, 摄) only count with a slash or colon: 杜文俊 keeps its 文
        self.role = lex.regex(r"(?P<role>{ReporterRole})\s*[/／:：]?\s*|(?:文/图|图/文|文|图|摄)\s*[/／:：]\s*")
        # the role of a name after no role word (（黎禹君 李心草）, 文/图 张三): the paper's reporter
        self.default_role = next(e.pattern for e in lex.of("ReporterRole") if e.get("default"))
        self.byline_words = lex.regex(r"{BylineWord}|[（）()：:]")
        #: what ends a division's name (村, 镇, 县, 社区): a run that ends in one is a place, no name, in a bracket
        #: without a role word (（柳树村 黄羊村）)
        self.division_end = tuple(lex.words("LevelSuffix")) + tuple(lex.words("DivisionSuffix"))
        #: an article's closing credits after its last sentence (…活动。(某某 某某)): the names of its authors
        #: (one name alone too: …签订合作协议。（蒲利宏）)
        self.closing_credits = re.compile(r"[。！？!?][（(]([\u4e00-\u9fff]{2,4}(?:[ \u3000]+[\u4e00-\u9fff]{2,4})*)[）)]\s*$")
        #: a dateline's word after the place a report is filed from (郑江晖 长沙报道): that run is the place, no name
        self.dateline_after = tuple(lex.words("DatelinePlaceAfter"))
        #: what an outlet's short name ends in right before a role word (郑报全媒体记者 某某): that run is the outlet
        self.outlet_before_role = tuple(lex.words("NewspaperSuffix", "before_role"))
        self.credit_marks = lex.chars("CreditAfterSlash")  # 文图摄: a credit's mark after a name
        self.credit_offices = frozenset(lex.words("CreditOffice"))  # （院办）: an office signing the item, no name
        self.place_item = lex.regex(r"[ \t\u3000]*(?:{PlaceItemOpen})([\u4e00-\u9fff]{2,12})(?:{PlaceItemClose})")
        #: an item of a page of short news: a bracketed headline and the item's own dateline (【…】某县融媒3月11日讯), or
        #: an item's mark and its month and day (● 8月18日)
        self.brief_head = lex.regex(r"[ \t\u3000]*(?:{PlaceItemOpen})[^\n{PlaceItemClose}]{2,40}(?:{PlaceItemClose})"
                                    r"(?P<stem>[\u4e00-\u9fff]{2,6}?)(?:{BriefOutlet:longest})?(?:\d{1,2}月\d{1,2}日)?(?:{BriefDatelineEnd})")
        self.brief_mark = lex.regex(r"[ \t\u3000]*([{BriefItemMark}])")
        self.brief_dated = lex.regex(r"[ \t\u3000]*[{BriefItemMark}][ \t\u3000]*\d{1,2}月\d{1,2}日")


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


@dataclass(frozen=True, slots=True)
class ArticleSpan:
    """An article in cleaned-text coordinates."""

    start: int
    end: int
    headline: str
    newspaper: str
    reporters: tuple[str, ...]
    reporter_spans: tuple[tuple[str, int, int, str], ...]  # each name with its cleaned offsets and role
    date: str
    #: the place printed in the dateline of an item of a page of short news (洞口 of 【…】洞口融媒讯): the item's county,
    #: and where it starts
    dateline_place: str = ""
    dateline_at: int = -1


def parse_reporters(text: str, offset: int = 0, credited: bool = False) -> list[tuple[str, int, int, str]]:
    """Names in a byline or dateline parenthesis, with their offsets and the role printed
    before them (记者, 通讯员, 见习记者, 实习生, 摄影 …; the default role, 记者, when none is). With ``credited`` (the
    bracket right after a news agency's dateline: 中新网某地6月12日电（张三李四）) the names stand where a role's
    would, so a run of two names the cleaner joined is cut as after a role.

    >>> [(n, r) for n, _, _, r in parse_reporters("文/图 江门日报记者 张华焯 通讯员 王家驹")]
    [('张华焯', '记者'), ('王家驹', '通讯员')]
    >>> [n for n, _, _, _ in parse_reporters("（黎禹君 李心草 潘彩云 陈艺锋）")]
    ['黎禹君', '李心草', '潘彩云', '陈艺锋']
    >>> [n for n, _, _, _ in parse_reporters("（记者/朱敏 通讯员/清宣）")]  # a department's pen-name
    ['朱敏']
    >>> [(n, r) for n, _, _, r in parse_reporters("■本报记者 赵晓东 通讯员 钱文、李明")]
    [('赵晓东', '记者'), ('钱文', '通讯员'), ('李明', '通讯员')]
    >>> parse_reporters("（东方海洋研究院王海）")  # an organisation's name, no list of names
    []
    >>> [n for n, _, _, _ in parse_reporters("（记者 邱梅 实习记者 拉次丽·艾罕央）")]  # a dotted name is one
    ['邱梅', '拉次丽·艾罕央']
    """
    out: list[tuple[str, int, int, str]] = []
    # remove role words and paper names; what remains between separators are names
    masked = list(text)
    v = _vocabulary()
    roles: list[tuple[int, str]] = []  # (end, role) of each role word, in order
    for rx in (v.paper, v.role, v.byline_words):
        for m in rx.finditer("".join(masked)):
            if rx is v.role:  # 文/图 before names: the paper's own reporters
                roles.append((m.end(), m.group("role") or v.default_role))
            for i in range(m.start(), m.end()):
                masked[i] = " "
    s = "".join(masked)
    # a longer run without a role before it is no list of names but an organisation's name or prose
    # (（东方海洋研究院王海）: never 东方海洋, 院王海)
    long_runs = [r.span() for r in re.finditer(r"[\u4e00-\u9fff]{5,}", s)]
    for m in re.finditer(r"[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6})*", s):
        run = m.group()
        if run.endswith("摄") and is_person_name(run[:-1]):
            run = run[:-1]
        if len(run) == 2 and run.endswith("宣") or run.endswith(("组宣", "宣传")):
            continue  # 通讯员/清宣: the pen-name of a propaganda department, not a person
        if run in v.credit_offices:
            continue  # （院办）, （校办）: a body's office printed short signs the item (CreditOffice), not a person
        if press_desk_name(run):
            continue  # 通讯员 梅公宣: the pen name of a body's press desk (PressDeskMark), not a person
        if not roles and len(run) >= 3 and run.endswith(v.division_end):
            continue  # （柳树村 黄羊村）: a bracket of places without a role word names no one
        if text.startswith(v.dateline_after, m.end()) and Gazetteer.load().resolve(run) is not None:
            continue  # 记者 郑江晖 长沙报道: the city the report is filed from, no reporter
        if (r := v.role.match(text, m.end())) is not None and r.group("role") \
                and Gazetteer.load().resolve(run) is not None:
            continue  # （庆阳融媒记者 刘阳）: the place of the outlet right before its role word, no reporter
        if r is not None and r.group("role") and len(run) <= 3 and run.endswith(v.outlet_before_role) \
                and not text[m.end() : r.start("role")].strip():
            continue  # 郑报全媒体记者 某某: an outlet's short name, run into its role word, no reporter
        role = next((r for end, r in reversed(roles) if end <= m.start()), v.default_role)
        after_role = credited or any(end <= m.start() and not s[end : m.start()].strip() for end, _ in roles)
        found = _names_in_run(run) if after_role else []
        whole = next(((a, b) for a, b in long_runs if a <= m.start() < b), None)
        if whole and not credited and not any(end <= whole[0] and not s[end : whole[0]].strip() for end, _ in roles) \
                and not (s[whole[1] - 1] == "摄" and is_person_name(s[whole[0] : whole[1] - 1])):
            continue
        if "·" in run:  # 记者 阿依·沙尔曼: a given name and a father's name joined by the dot are one name
            found = [(0, run)] if after_role or transliterated_name(run) else []
        for i, name in found or [(c.start(), c.group()) for c in re.finditer(r"[\u4e00-\u9fff]{2,4}", run)
                                 if is_person_name(c.group()) and "·" not in run]:
            out.append((name, offset + m.start() + i, offset + m.start() + i + len(name), role))
    return out


def _names_in_run(run: str) -> list[tuple[int, str]]:
    """The names a byline prints without a separator after a role: one name, or two run together (记者张琦杨琢)
    when only one way of cutting the run gives two names, neither an ordinary word.

    >>> _names_in_run("张华焯"), _names_in_run("张琦杨琢")
    ([(0, '张华焯')], [(0, '张琦'), (2, '杨琢')])
    """
    if is_person_name(run) or transliterated_name(run):
        return [(0, run)]  # 萨仁图雅, 才让卓玛: a transliterated name is one name
    cuts = [k for k in (2, 3) if len(run) - k in (2, 3) and all(is_person_name(x) and x not in common_words()
                                                              for x in (run[:k], run[k:]))]
    if len(cuts) == 2:
        # 张添福吴黎: both cuts give names; the one whose second name opens with a surname far more common than the other
        # cut's (吴, not 福) is the reading
        tf = [surnames().get(run[k], 0.0) for k in cuts]
        if max(tf) >= _SURNAME_CUT_RATIO * max(min(tf), 1.0):
            cuts = [cuts[tf.index(max(tf))]]
    return [(0, run[: cuts[0]]), (cuts[0], run[cuts[0] :])] if len(cuts) == 1 else []


def page_date(furniture: tuple[str, ...], text: str) -> tuple[str, int | None]:
    """The page date from header lines (``2023年12月`` + ``15 星期五 | A9``), and a year hint.

    Without a dated header the year hint is the latest year the page mentions.
    """
    year = month = day = None
    for line in furniture:
        m = re.match(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?", line.strip())
        if m and not line.strip().endswith("创刊"):
            year, month = int(m.group(1)), int(m.group(2))
            if m.group(3):
                day = int(m.group(3))
        m = re.match(r"^(\d{1,2})\s*星期", line.strip())
        if m:
            day = int(m.group(1))
    if year and month:
        return (f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"), year
    years = [int(y) for y in _YEAR_RE.findall(text) if 1990 <= int(y) <= 2100]
    return "", (max(years) if years else None)


def segment(cleaned: Cleaned, year_hint: int | None = None, page: str = "") -> list[ArticleSpan]:
    """Group paragraphs into articles.

    A run of headline paragraphs starts a new article when it is long (a main headline),
    has several lines (title and subtitle), or is followed by a dateline; a short single
    headline inside an article is a section heading. A dateline also starts an article.
    """
    text = cleaned.text
    paras = cleaned.paragraphs
    groups: list[dict] = []
    cur: dict | None = None

    def start(s: int) -> dict:
        g = {"start": s, "end": s, "headline": "", "dateline": None, "bylines": [], "body": False, "place": "", "place_at": -1}
        groups.append(g)
        return g

    briefs = _brief_items(text, paras)
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.kind == "headline":
            j = i
            while j < len(paras) and paras[j].kind == "headline":
                j += 1
            run = paras[i:j]
            heads = [cleaned.as_printed(q.start, q.end) for q in run]  # as printed (traditional too)
            nxt = paras[j].kind if j < len(paras) else None
            new = cur is None or len(run) >= 2 or sum(len(h) for h in heads) >= 20 or nxt == "dateline"
            if cur is not None and cur["body"] and nxt == "signoff":
                new = False  # 公示时间：…⏎某县某局 (signing): lines above a notice's sign-off end the notice, no article opens
            if new:
                cur = start(run[0].start)
                cur["headline"] = " ".join(heads)
            cur["end"] = run[-1].end
            i = j
            continue
        if p.kind == "dateline":
            if cur is None or cur["dateline"] is not None or cur["body"]:
                cur = start(p.start)
            cur["dateline"] = p
            cur["body"] = True
        elif p.kind == "byline":
            if cur is None:
                cur = start(p.start)
            cur["bylines"].append(p)
        else:
            if cur is None or cur["body"] and (_place_item(text, p.start) or p.start in briefs):
                # 【某县】…: a brief's item under its county's head is an article of its own; so is an item of a page of
                # short news (【…】某县讯…, ● 8月18日，…)
                cur = start(p.start)
            if p.start in briefs:  # the first item opens the article under the page's headline
                m = _vocabulary().brief_head.match(text, p.start)
                cur["place"], cur["place_at"] = (m.group("stem"), m.start("stem")) if m else ("", -1)
            cur["body"] = True
        cur["end"] = p.end
        i += 1

    page_paper = ""
    out: list[ArticleSpan] = []
    for g in groups:
        paper, reporters, date = "", [], ""
        d = g["dateline"]
        if d is not None:
            line = text[d.start : d.end]
            m = _vocabulary().dateline_head.match(line)
            if m:
                paper = m.group("paper") or m.group("agency") or ""
                paper = "" if paper == "本报" or m.group("local") else paper  # 威宁讯（记者…）: a place, no paper
                inner = m.group("inner") or m.group("bare")
                if inner:
                    at = d.start + (m.start("inner") if m.group("inner") else m.start("bare"))
                    # the bracket of an agency's dateline (…日电（某某某某）) credits its reporters
                    reporters += parse_reporters(inner, at, credited=bool(m.group("agency") and m.group("inner")))
                md = _MONTH_DAY.match(line, m.end())
                month_day = (md.group(1), md.group(2)) if md else (m.group("m"), m.group("d")) if m.group("m") else None
                if month_day and year_hint:
                    date = f"{year_hint:04d}-{int(month_day[0]):02d}-{int(month_day[1]):02d}"
        for b in g["bylines"]:
            line = text[b.start : b.end]
            reporters += parse_reporters(line, b.start)
            if not paper:
                pm = _vocabulary().paper.search(line)
                paper = pm.group(1) if pm else ""
        last = text[max(text.rfind("\n", g["start"], g["end"]) + 1, g["start"]) : g["end"]]
        cm = _vocabulary().closing_credits.search(last)
        if cm and cm.group(1)[-1] in _vocabulary().credit_marks and not re.search(r"\s", cm.group(1)):
            cm = None  # 会议。（某某 摄）joined to 某某摄: a photo's credit, no author
        if cm and not reporters:  # 活动。(某某 某某): the article's authors, printed after its last sentence
            reporters += parse_reporters(cm.group(1), g["end"] - len(last) + cm.start(1))
        if paper and not page_paper:
            page_paper = paper
        seen: set[str] = set()
        uniq = [n for n, *_ in reporters if not (n in seen or seen.add(n))]
        out.append(
            ArticleSpan(
                start=g["start"],
                end=g["end"],
                headline=g["headline"],
                newspaper=paper,
                reporters=tuple(uniq),
                reporter_spans=tuple(reporters),
                date=date or page,
                dateline_place=g["place"],
                dateline_at=g["place_at"],
            )
        )
    if page_paper:
        out = [a if a.newspaper else _replace_paper(a, page_paper) for a in out]
    if not out:
        out = [ArticleSpan(0, len(text), "", "", (), (), page)]
    return out


def _brief_items(text: str, paras) -> set[int]:
    """The starts of the body paragraphs that open the items of a page of short news: two or more that open with a
    bracketed headline and the item's own dateline (【某某到某镇调研】某县融媒3月11日讯…), or with one item mark where two
    or more so marked open with their month and day (● 8月18日，某县…; ● 某县把…): each item has its own doers.
    A page with one such paragraph has no items to tell apart (a section head of one article)."""
    v = _vocabulary()
    body = [p for p in paras if p.kind not in ("headline", "dateline", "byline")]
    heads = {p.start for p in body if v.brief_head.match(text, p.start)}
    marks: dict[str, list[int]] = {}
    dated: dict[str, int] = {}
    for p in body:
        m = v.brief_mark.match(text, p.start)
        if m is not None:
            marks.setdefault(m.group(1), []).append(p.start)
            if v.brief_dated.match(text, p.start):
                dated[m.group(1)] = dated.get(m.group(1), 0) + 1
    out = heads if len(heads) >= 2 else set()
    for mark, starts in marks.items():
        if dated.get(mark, 0) >= 2:
            out.update(starts)
    return out


def _place_item(text: str, pos: int) -> bool:
    """Whether the paragraph at ``pos`` opens with a county, city or province in an item head's brackets (【新丰县】, the
    item of a page of briefs): the place whose item it is."""
    m = _vocabulary().place_item.match(text, pos)
    if m is None:
        return False
    from .gazetteer import Gazetteer, Level

    d = Gazetteer.load().resolve(m.group(1))
    return d is not None and d.name == m.group(1) and d.level in (Level.PROVINCE, Level.CITY, Level.COUNTY)


def _replace_paper(a: ArticleSpan, paper: str) -> ArticleSpan:
    return ArticleSpan(a.start, a.end, a.headline, paper, a.reporters, a.reporter_spans, a.date, a.dateline_place, a.dateline_at)
