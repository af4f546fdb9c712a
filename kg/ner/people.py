"""Officials with their posts, and other named people.

Officials come from title constructions: [organisation][modifier][title][name] with title
chains (市委副书记、代理市长梁光挺), name lists (市领导梁毅渝、耿洪波、石岩) and
name-then-title (习近平总书记). People come from roles (研究员郭耕, 董事长蔡金华) and
bylines. Anonymised people (李女士, 郭先生) are never names.
"""
from __future__ import annotations

import functools
import re
from typing import Callable

from ..articles import is_person_name
from ..gazetteer import Gazetteer
from ..lexicon import Lexicon, default_lexicon
from ..resources import common_words, surnames
from .agencies import _PARTY_DEPTS, jurisdiction_name, with_city
from .base import Candidate, PhraseIndex

__all__ = ["PeopleFinder", "people_finder", "name_end"]

_MODIFIERS = ("常务副", "代理", "原任", "时任", "第一", "副", "代", "原", "前", "党组")
_STRONG_TITLES = {"总书记", "书记", "副书记", "厅长", "局长", "署长", "处长", "检察官", "法官", "市长", "区长", "县长", "镇长", "乡长", "省长", "州长", "总理", "市领导", "区领导",
                  "县领导", "镇领导", "省领导", "主席", "常委", "委员长", "国务委员", "检察长", "党委书记", "党工委书记",
                  "党总支书记", "党支部书记", "党组书记", "市长候选人", "主任候选人", "区长候选人", "县长候选人", "镇长候选人"}
_AFTER_NAME = (
    "等", "同志", "出席", "主持", "讲话", "表示", "介绍", "指出", "强调", "说", "在", "带队", "率队", "调研", "参加", "一行",
    "到", "来", "先后", "会见", "慰问", "视察", "宣布", "致辞", "作", "对", "为", "和", "与", "及", "就", "向", "也", "还",
    "认为", "告诉", "透露", "坦言", "提出", "要求", "希望", "称", "以", "是", "的", "则", "分别", "共同", "现场", "主讲",
    "一同", "陪同", "正在", "正", "笑", "头戴", "带领", "牵头", "感慨", "回忆", "解释", "补充", "建议", "呼吁", "给", "从",
    "深入", "走进", "前往", "来到", "接受", "获", "荣获", "入选", "被", "将", "已", "曾", "又", "再", "便", "就是", "今年",
    "汇报", "通报", "宣读", "传达", "部署", "发言", "答复", "回应", "督导", "检查", "看望", "会见", "签署", "签约",
)
#: last characters that make a "name" an institution (镇党委书记 is not a person 镇党委)
_INSTITUTION_ENDS = set("委局党厅部府院办会处科所站队组区县市镇乡村副代")
#: surnames rarer than this need the statistical model's support to start a name
MIN_SURNAME_TF = 10
_STRONG_AFTER = ("说", "表示", "介绍", "告诉", "指出", "认为", "坦言", "透露", "回忆", "感慨", "正在", "头戴", "带领", "牵头",
                 "笑着", "解释", "补充", "建议", "一行", "等")
_BOUNDARY = set("，。、；：！？“”‘’（）《》—…·, .;:!?()\n ")
_ANON = re.compile(r"^(女士|先生|小姐|婆婆|阿姨|大爷|大妈|奶奶|爷爷|师傅|老师傅|某|姓)")
_LEADER_LIST = re.compile(r"[、和及]")


#: titles whose body is the people's government of the jurisdiction they name
_GOVERNMENT_HEADS = {"市长": "市", "区长": "区", "县长": "县", "镇长": "镇", "乡长": "乡", "省长": "省", "州长": "州"}


def _place_near(places: list[Candidate], pos: int, kind: str, text: str, window: int = 40) -> Candidate | None:
    """The place of kind ``kind`` (市, 区, 镇 ...) named last before ``pos`` in the same sentence
    (大江镇党委书记李强、镇长刘芳芳: 大江镇)."""
    best = None
    for p in places:
        if p.attrs.get("code") and p.end <= pos and pos - p.end <= window and p.name.endswith(kind) \
                and not any(ch in text[p.end : pos] for ch in "。！？\n"):
            if best is None or p.end > best.end:
                best = p
    return best


def _implied_government(post: dict, home, chain_orgs=(), place_before: Candidate | None = None) -> Candidate | None:
    """开平市的代理市长 → 开平市人民政府, as a body the text implies but does not print.

    The place is that of another body in the same title chain (东坡区委副书记、区长 → 东坡区)
    when it is of the right kind, else the article's home jurisdiction."""
    title = post["title"]
    kind = _GOVERNMENT_HEADS[post["head"]]
    if not title.startswith(("市", "区", "县", "镇", "乡", "省", "州", "副", "代", "常务")) and title != post["head"]:
        return None
    gaz = Gazetteer.load()
    div = None
    if place_before is not None and place_before.name.endswith(kind):  # 浦东新区区长: the place just named
        div = gaz.get(place_before.attrs["code"])
    for org in chain_orgs if div is None else ():
        place = org.attrs.get("place", "")
        if org.attrs.get("place_code") and place.endswith(kind):
            div = gaz.get(org.attrs["place_code"])
            break
    if div is None:
        div = home.for_abbr(kind) if home is not None else None
    if div is None:
        return None
    name = with_city(f"{jurisdiction_name(gaz, div)}人民政府", div.code, gaz)
    return Candidate(post["start"], post["start"], "Agency", name, "implied-by-title", 0.6, priority=0,
                     attrs={"place": div.name, "place_code": div.code, "implied": "1"})


def name_end(text: str, pos: int, hint_ends: set[int] | None = None, strict: bool = False) -> int | None:
    """End of a personal name starting at ``pos``, or None.

    A name is a surname (one or two characters) and one or two given-name characters. The
    length is chosen by what follows: punctuation or a verb such as 出席 / 介绍 / 说 ends it.
    ``hint_ends`` are name ends proposed by the statistical model.

    >>> name_end("陈小曼出席会议", 0), name_end("石岩等出席", 0), name_end("李女士说", 0)
    (3, 2, None)
    """
    sn = surnames()
    if pos >= len(text) or text[pos] not in sn and text[pos : pos + 2] not in sn:
        return None
    if max(sn.get(text[pos], 0), sn.get(text[pos : pos + 2], 0)) < MIN_SURNAME_TF and not (
            hint_ends and any(pos + n in hint_ends for n in (2, 3, 4))):
        return None  # a rare surname (多, 同, 如) is more often an ordinary word
    lengths = (4, 3) if text[pos : pos + 2] in sn and len(text[pos : pos + 2]) == 2 else (3, 2)
    lengths = tuple(sorted(set(lengths) | {2, 3}, reverse=True))
    if _ANON.match(text[pos + 1 : pos + 4]):
        return None
    if hint_ends:
        for n in lengths:
            if pos + n in hint_ends and is_person_name(text[pos : pos + n]):
                return pos + n
    common = common_words()
    for n in sorted(lengths):  # prefer the shortest name that ends at a boundary
        if n == 4 and text[pos : pos + 2] not in sn:
            continue
        cand = text[pos : pos + n]
        if len(cand) < n or not is_person_name(cand) or cand in common:
            continue
        if n >= 3 and cand[-1] in "在的和与是说等到了将对向从被把":
            continue  # 文献在调研: a function word is not the end of a name
        nxt = text[pos + n : pos + n + 4]
        if _ANON.match(nxt):
            return None
        if not nxt or nxt[0] in _BOUNDARY or nxt.startswith(_AFTER_NAME):
            # a two-character name whose next char also continues a name: prefer three
            if n == 2 and pos + 3 <= len(text) and is_person_name(text[pos : pos + 3]):
                nxt3 = text[pos + 3 : pos + 7]
                if (not nxt3 or nxt3[0] in _BOUNDARY or nxt3.startswith(_AFTER_NAME)) and not nxt.startswith(("等", "在", "和", "与", "及", "说", "是", "的", "到", "来", "为", "对", "向", "就", "也", "还", "给", "从", "将", "已", "曾", "又", "再", "便", "则", "正", "获", "被", "以", "称", "笑", "作")):
                    return pos + 3
            return pos + n
    if strict:
        return None
    # no boundary found: a three-character name is the most common, unless a word starts at
    # its third character (邓勇汇报了: 邓勇, then 汇报)
    if is_person_name(text[pos : pos + 3]) and text[pos + 2] not in "在的和与是说等到了":
        if text[pos + 2 : pos + 4] in common or text[pos + 2 : pos + 4] in _AFTER_NAME:
            two = text[pos : pos + 2]
            return pos + 2 if is_person_name(two) and two not in common else None
        return pos + 3
    return None


#: what the name of an institution that is no agency ends in (a university, an academy, a company)
_INSTITUTION_HEADS = ("科学院", "研究院", "研究所", "大学", "学院", "医院", "学校", "中学", "小学", "公司", "集团", "银行",
                      "协会", "学会", "商会", "基金会")


_DEPTS_LONGEST_FIRST = sorted(_PARTY_DEPTS, key=len, reverse=True)


def _longest_by_start(agencies: list[Candidate]) -> dict[int, Candidate]:
    """The longest organisation starting at each position."""
    out: dict[int, Candidate] = {}
    for a in agencies:
        cur = out.get(a.start)
        if cur is None or a.end > cur.end:
            out[a.start] = a
    return out


def _heads_body(title: str, body: str) -> bool:
    """Whether a bare title is the head of ``body`` (局长 of a 局, 主任 of a 委员会 or 办公室).

    >>> _heads_body("局长", "开平市医疗保障局"), _heads_body("主任", "开平市人民政府办公室"), _heads_body("市长", "中共开平市委员会")
    (True, True, False)
    """
    title = title.removeprefix("副")
    if len(title) == 2 and title[1] == "长" and body.endswith(title[0]) and title[0] in "局厅部处科所院站队":
        return True
    return title == "主任" and body.endswith(("委员会", "办公室", "中心")) and not body.startswith("中共")


class PeopleFinder:
    def __init__(self, lex: Lexicon):
        titles = set(lex.patterns("Post"))
        self.titles = PhraseIndex({t: t for t in titles})
        self.roles = PhraseIndex({r: r for r in lex.patterns("Role")})

    def find(self, text: str, agencies: list[Candidate], hint_ends: set[int],
             home_of: Callable[[int], object] | None = None, role_hints: set[int] = frozenset(),
             places: list[Candidate] = ()) -> list[Candidate]:
        """``hint_ends``: where the model's checked names end; ``role_hints`` adds the ends of its names
        after a title or a role, which only a role may use (校长高松)."""
        out: list[Candidate] = []
        out += self._officials(text, agencies, hint_ends, home_of, places)
        out += self._roles(text, hint_ends | role_hints)
        out += self._name_then_title(text, hint_ends, home_of, places)
        out += self._appointments(text, agencies)
        out += self._leaders_after_names(text)
        out += self._titles_in_brackets(text, agencies)
        return out

    _LEADERS_AFTER = re.compile(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})等((?:省|市|区|县|镇)?(?:委)?领导)")

    def _leaders_after_names(self, text: str) -> list[Candidate]:
        """梁毅渝、耿洪波、石岩等市领导出席: a list of names, then the leaders they are."""
        out = []
        for m in self._LEADERS_AFTER.finditer(text):
            names = m.group(1).split("、")
            if not all(is_person_name(n) and n not in common_words() for n in names):
                continue
            prev = text[m.start() - 1] if m.start() else "\n"
            if "\u4e00" <= prev <= "\u9fff" and prev not in "由和与及请在是":
                continue
            pos = m.start()
            for n in names:
                out.append(Candidate(pos, pos + len(n), "Official", n, "pattern-names-then-leaders", 0.8, priority=58,
                                     attrs={"posts": [(m.group(2), "", "")]}))
                pos += len(n) + 1
        return out

    def _titles_in_brackets(self, text: str, agencies: list[Candidate]) -> list[Candidate]:
        """吴国杰（市委常委、宣传部部长）: a name, then its titles in brackets."""
        org_at = _longest_by_start(agencies)
        out = []
        for m in re.finditer(r"([\u4e00-\u9fff]{2,4})[（(]", text):
            name = m.group(1)
            s = m.start(1)
            prev = text[s - 1] if s else "\n"
            if not is_person_name(name) or name in common_words() or ("\u4e00" <= prev <= "\u9fff" and prev not in "由和与及请在是、"):
                continue
            t = self._title_at(text, m.end(), org_at)
            if t is None:
                continue
            chain = [t[1]]
            p = self._extend_chain(text, t[0], org_at, chain, out)
            if text[p : p + 1] not in "）)":
                continue
            governmental = any(c["org"] is not None or c["head"] in _STRONG_TITLES for c in chain)
            posts = [(c["title"], c["org"].name if c["org"] is not None else "", c["modifier"]) for c in chain]
            out.append(Candidate(s, s + len(name), "Official" if governmental else "Person", name, "pattern-name-bracket",
                                 0.85, priority=60, attrs={"posts": posts, "post_span": (m.end(), p),
                                                           "title_spans": [c["span"] for c in chain],
                                                           "orgs": [c["org"] for c in chain if c["org"] is not None]}))
        return out

    _APPOINT = re.compile(r"(任命|免去|选举|提名|聘任|推选)")

    def _appointments(self, text: str, agencies: list[Candidate]) -> list[Candidate]:
        """Appointments and removals: 任命陈建华为黄埔区人民政府副区长, 免去刘洋的黄埔区财政局局长职务
        (a removed post keeps the qualifier 原)."""
        org_at = _longest_by_start(agencies)
        out = []
        for m in self._APPOINT.finditer(text):
            pos = m.end()
            removal = m.group() == "免去"
            link = ("同志的", "的") if removal else ("同志为", "为")
            name_e = link_e = None
            for n in (2, 3, 4):
                if is_person_name(text[pos : pos + n]) and text[pos : pos + n] not in common_words():
                    for w in link:
                        if text.startswith(w, pos + n):
                            name_e, link_e = pos + n, pos + n + len(w)
                            break
                if name_e:
                    break
            if name_e is None:
                continue
            t = self._title_at(text, link_e, org_at)
            if t is None:
                continue
            chain = [t[1]]
            p = self._extend_chain(text, t[0], org_at, chain, out)
            if removal and not text.startswith("职务", p):
                continue
            governmental = any(c["org"] is not None or c["head"] in _STRONG_TITLES for c in chain)
            mod = "原" if removal else ""
            posts = [(c["title"], c["org"].name if c["org"] is not None else "", c["modifier"] or mod) for c in chain]
            out.append(Candidate(pos, name_e, "Official" if governmental else "Person", text[pos:name_e],
                                 "pattern-appointment", 0.85 if governmental else 0.65, priority=60,
                                 attrs={"posts": posts, "post_span": (link_e, p),
                                        "title_spans": [c["span"] for c in chain],
                                        "orgs": [c["org"] for c in chain if c["org"] is not None]}))
        return out

    # [org][mod][title] (、[org][mod][title])* [name] (、[name])*
    def _title_at(self, text: str, pos: int, org_at: dict[int, Candidate]) -> tuple[int, dict] | None:
        """A title starting at ``pos`` (with its organisation if one starts there)."""
        org = None
        start = pos
        # the longest organisation starting here
        orgs = org_at.get(pos)
        if orgs is not None:
            org = orgs
            pos = orgs.end
        mod = ""
        for m in _MODIFIERS:
            if text.startswith(m, pos):
                mod = m
                break
        p2 = pos + len(mod)
        for end, title, _ in self.titles.matches_at(text, p2) if p2 < len(text) else ():
            printed = text[start:end]
            at = org.attrs.get("surface", "").find(org.attrs["place"]) if org is not None and org.attrs.get("place") else -1
            if at >= 0:  # the place begins the organisation's name, or ends a chain of places (浙江省湖州市委, 江门市蓬江区棠下镇党委)
                place = org.attrs["place"]
                after = start + at + len(place)
                cut = at + len(place) - (1 if place.endswith(("市", "区", "县", "省")) and text.startswith("委", after) else 0)
                printed = printed[cut:]  # 开平市委书记 → 市委书记; 沙塘镇党委书记 → 党委书记
            elif org is not None:
                surf = org.attrs.get("surface", "")
                place = org.attrs.get("place", "")
                short = place[:-1] if place.endswith(("市", "省", "区", "县")) else ""
                if short and surf.startswith(short) and not surf.startswith(place):
                    printed = printed[len(short):]
            printed = re.sub(r"^(人民政府|政府)(?=.)", "", printed)  # 黄埔区人民政府副区长: the title is 副区长
            return end, {"title": printed, "head": title, "modifier": mod, "org": org, "start": start,
                         "span": (pos, end)}
        return None

    def _officials(self, text: str, agencies: list[Candidate], hint_ends: set[int], home_of=None,
                   places: list[Candidate] = ()) -> list[Candidate]:
        place_end = {p.end: p for p in places if p.attrs.get("code")}
        org_at = _longest_by_start(agencies)
        out: list[Candidate] = []
        n = len(text)
        # a title chain can only start at an organisation or at a title (after a modifier)
        starts = set(org_at)
        for s, _e, _t, _v in self.titles.finditer(text, overlapping=True):
            starts.add(s)
            for m in _MODIFIERS:
                if text.startswith(m, s - len(m)):
                    starts.add(s - len(m))
        order = sorted(starts)
        k = 0
        i = 0
        while k < len(order):
            if order[k] < i:
                k += 1
                continue
            i = order[k]
            k += 1
            t = self._title_at(text, i, org_at)
            if t is None or (t[1]["org"] is None and not self._title_start_ok(text, i)):
                i += 1
                continue
            chain = [t[1]]
            pos = self._extend_chain(text, t[0], org_at, chain, out)
            names = []
            p = pos
            lead = re.match(r"有?[：:]|有(?=[\u4e00-\u9fff]{2,4}[、，])", text[p : p + 2])
            if lead and chain[-1]["head"].endswith("领导"):  # 出席会议的市领导有：梁毅渝、耿洪波
                p += lead.end()
            while True:
                e = name_end(text, p, hint_ends)
                if e is None:
                    break
                names.append((p, e))
                # a list goes on only with names that end at a boundary (市领导梁毅渝、耿洪波、石岩等);
                # 副厅长吴海峰、阿里巴巴集团副总裁李明 is not a list
                if e < n and text[e] in "、" and name_end(text, e + 1, hint_ends, strict=True):
                    p = e + 1
                    continue
                break
            if not names:
                i = pos if pos > i else i + 1
                continue
            for prev, c in zip(chain, chain[1:]):  # 党组书记、局长: the bureau's head too
                if c["org"] is None and prev["org"] is not None and _heads_body(c["head"], prev["org"].name):
                    c["org"] = prev["org"]
            governmental = any(c["org"] is not None or c["head"] in _STRONG_TITLES for c in chain)
            for c in chain:  # 市长 without its body: the people's government of the chain's or the article's place
                if c["org"] is None and home_of is not None and c["head"] in _GOVERNMENT_HEADS:
                    near = place_end.get(c["start"]) or _place_near(places, c["start"], _GOVERNMENT_HEADS[c["head"]], text)
                    c["org"] = _implied_government(c, home_of(c["start"]), [x["org"] for x in chain if x["org"]], near)
            for s, e in names:
                posts = [(c["title"], c["org"].name if c["org"] is not None else "", c["modifier"]) for c in chain]
                typ = "Official" if governmental else "Person"
                conf = 0.9 if governmental else 0.7
                out.append(Candidate(s, e, typ, text[s:e], "pattern-title-name", conf, priority=60,
                                     attrs={"posts": posts, "post_span": (chain[0]["start"], pos),
                                            "title_spans": [c["span"] for c in chain],
                                            "orgs": [c["org"] for c in chain if c["org"] is not None]}))
            i = names[-1][1]
        return out

    def _extend_chain(self, text: str, pos: int, org_at: dict[int, Candidate], chain: list[dict],
                      out: list[Candidate]) -> int:
        """Add the titles that follow ``pos`` after 、 to ``chain`` (a department of the Party committee just
        named, 市委常委、政法委书记, is added to ``out`` as a body); where the chain ends."""
        while text.startswith("、", pos):
            t = self._title_at(text, pos + 1, org_at)
            if t is None and chain[-1]["org"] is not None:
                t = self._department_title_at(text, pos + 1, chain[-1]["org"])
                if t is not None:
                    out.append(t[1]["org"])
            if t is None:
                break
            chain.append(t[1])
            pos = t[0]
        return pos

    def _department_title_at(self, text: str, pos: int, committee: Candidate) -> tuple[int, dict] | None:
        """市委常委、政法委书记: a department of the Party committee just named, then its title."""
        if not (committee.name.startswith("中共") and committee.name.endswith("委员会")):
            return None
        dept = next((d for d in _DEPTS_LONGEST_FIRST if text.startswith(d, pos)), None)
        if dept is None:
            return None
        end = pos + len(dept)
        name = f"{committee.name[:-3]}委{dept}"
        attrs = {k: v for k, v in committee.attrs.items() if k in ("place", "place_code")}
        org = Candidate(pos, end, "Agency", name, "grammar-chain-department", 0.8, priority=40,
                        attrs={**attrs, "surface": dept, "parent": committee.name, "abbr_anchor": dept})
        mod = next((m for m in _MODIFIERS if text.startswith(m, end)), "")
        for t_end, title, _ in self.titles.matches_at(text, end + len(mod)) if end + len(mod) < len(text) else ():
            return t_end, {"title": text[pos:t_end], "head": title, "modifier": mod, "org": org, "start": pos,
                           "span": (end, t_end)}
        return None

    def _title_start_ok(self, text: str, i: int) -> bool:
        """A title without an organisation must not be the tail of another word."""
        prev = text[i - 1] if i else "\n"
        if prev in "省市区县镇乡" and text.startswith(prev, i):
            return True  # 浦东新区区长, 井岸镇镇长: the head of the place just named
        if text[max(0, i - 3) : i].endswith(_INSTITUTION_HEADS):
            return True  # 湖南省农业科学院院长黄飞: the head of an institution that is no agency
        return not ("\u4e00" <= prev <= "\u9fff") or prev in "和及与、的是由请在对向"

    def _roles(self, text: str, hint_ends: set[int]) -> list[Candidate]:
        out = []
        for s, e, role, _ in self.roles.finditer(text):
            ne = name_end(text, e, hint_ends, strict=True)
            if ne is None:
                continue
            after = text[ne : ne + 2]
            tf = surnames().get(text[e], 0)
            if ne not in hint_ends and ne - e == 2 and tf < 100:
                continue  # 专家智库: a two-character "name" with a rare surname needs the model's support
            common = ne - e == 3 and tf >= 100 and after.startswith(_AFTER_NAME)
            if ne not in hint_ends and not (after[:1] in _BOUNDARY and after[:1] not in "的") \
                    and not after.startswith(_STRONG_AFTER) and not common:
                continue  # 居民关注的 is not a name: without the model, want punctuation or a speech verb
            out.append(Candidate(e, ne, "Person", text[e:ne], "pattern-role-name", 0.75, priority=55,
                                 attrs={"role": role, "title_spans": [(s, e)]}))
        # 田华等8位电影艺术家
        for m in re.finditer(r"等\d+[位名]", text):
            for n in (3, 2):
                s = m.start() - n
                name = text[max(s, 0) : m.start()]
                prev = text[s - 1] if s > 0 else "\n"
                if s >= 0 and is_person_name(name) and not ("\u4e00" <= prev <= "\u9fff" and prev not in "给向和与及对为把让请由"):
                    out.append(Candidate(s, m.start(), "Person", name, "pattern-name-list", 0.6, priority=50))
                    break
        # 周华东摄: a photo credit closing a caption
        for m in re.finditer(r"(?<=[。，\s])([\u4e00-\u9fff]{2,3})摄(?=\n|$)", text):
            if is_person_name(m.group(1)):
                out.append(Candidate(m.start(1), m.end(1), "Person", m.group(1), "pattern-photo-credit", 0.7, priority=56,
                                     attrs={"role": "摄影"}))
        return out

    def _name_then_title(self, text: str, hint_ends: set[int], home_of=None, places: list[Candidate] = ()) -> list[Candidate]:
        """习近平总书记, 陈小曼书记: a name directly followed by a strong title (陈伟市长: the head of
        the people's government of the place named nearest before, or of the article's)."""
        out = []
        for m in re.finditer(r"(总书记|书记|市长|区长|县长|镇长|省长|总理|主席)(?![\u4e00-\u9fff]{0,1}(处|长))", text):
            for n in (3, 2):
                s = m.start() - n
                if s < 0:
                    continue
                cand = text[s : m.start()]
                prev = text[s - 1] if s else "\n"
                if is_person_name(cand) and (not ("\u4e00" <= prev <= "\u9fff") or prev in "是由和与及向对给请在") \
                        and cand not in common_words() and cand[-1] not in _INSTITUTION_ENDS \
                        and not any(cand.startswith(m) or cand.endswith(m) for m in _MODIFIERS) \
                        and surnames().get(cand[0], 0) >= MIN_SURNAME_TF:
                    if s in hint_ends or n == 3 or (m.start() in hint_ends):
                        head = m.group(1)
                        org = None
                        if head in _GOVERNMENT_HEADS and home_of is not None:
                            post = {"title": head, "head": head, "start": s}
                            org = _implied_government(post, home_of(s), (), _place_near(places, s, _GOVERNMENT_HEADS[head], text))
                        attrs = {"posts": [(head, org.name if org is not None else "", "")]}
                        if org is not None:
                            attrs["orgs"] = [org]
                        out.append(Candidate(s, m.start(), "Official", cand, "pattern-name-title", 0.8, priority=58,
                                             attrs=attrs))
                        break
        return out


@functools.lru_cache(maxsize=1)
def people_finder() -> PeopleFinder:
    return PeopleFinder(default_lexicon())
