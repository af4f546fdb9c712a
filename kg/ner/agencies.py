"""Government and Party bodies, found by a grammar of [jurisdiction][body][head].

The jurisdiction is a place (开平市, 台城街道), 中共 + a place, a national prefix (国家,
全国) or an abbreviation resolved by the article's home jurisdiction (市委 → 中共开平市委员会,
省公安厅 → 广东省公安厅). The body is a field of government work from the lexicon
(医疗保障, 生态环境) or, with a stricter set of heads, free text without verbs or function
words. Bodies directly after a body are its sub-units (开平市公安局出入境管理大队).
Canonical names expand abbreviations (医保局 → 医疗保障局, 市政协 → 中国人民政治协商会议X市委员会).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from ..gazetteer import Division, Gazetteer
from ..lexicon import Lexicon, default_lexicon
from .base import Candidate, PhraseIndex

__all__ = ["AgencyFinder", "agency_finder", "Home", "model_subunits", "with_city", "jurisdiction_name"]

# heads that may follow any body; heads that need a body from the lexicon of fields
_FREE_HEADS = ("管理委员会", "工作委员会", "委员会", "领导小组办公室", "领导小组", "办公室", "指挥部", "局", "厅",
               "人民法院", "人民检察院", "法院", "检察院")
_FIELD_HEADS = ("监督管理所", "管理大队", "大队", "支队", "中队", "分局", "中心", "部", "所", "署", "委", "办", "站", "馆",
                "联合会", "总工会", "工作组", "事务所") + _FREE_HEADS
_CENTRE_BODY_END = re.compile(r"(服务|管理|保护|维权|交易|实践|控制|监测|指挥|保障|救助|登记|援助|调解|治理|执法|发展)$")
_MUSEUM_BODIES = ("文化", "博物", "图书", "档案", "美术", "科技", "纪念")
_STOP_CHARS = set("的了在与及将对为是把从向等已被于以到让使并也都就而还又有这那其个们着过得很更最不没无第年月日号次项批名家"
                  "我你他她它您每各该此些某今昨明前后上下里内外中间旁边近远多少大小高低新旧好坏")
_STOP_WORDS = ("召开", "举行", "举办", "推动", "推进", "实施", "开展", "联合", "参加", "出席", "获得", "成功", "决定", "打造",
               "发布", "印发", "公布", "上线", "入选", "启动", "落实", "贯彻", "率队", "考察", "提出", "要求", "指出", "强调",
               "表示", "介绍", "组织", "带领", "围绕", "坚持", "持续", "全力", "加快", "通过", "依托", "加强", "完成", "制定",
               "成立", "设立", "推出", "引入", "牵头", "会同", "积极", "扎实", "深入", "全面", "进一步", "正式", "首批",
               "第一", "各级", "相关", "有关", "负责", "工作人员", "领导", "干部", "党员", "群众", "企业", "项目", "活动")
_NOT_BODY_END = ("格", "布", "结", "大", "全", "开", "骗", "当", "政", "内", "外", "中", "北", "南", "东", "西", "底", "顶",
                 "头", "干", "俱乐", "展", "餐", "客", "门", "办证", "接待", "服务大", "举", "主", "承", "协", "创", "督",
                 "代", "包", "帮", "场", "住", "研究", "诊", "厕", "派出")
_ABBR_BEFORE = set("由在与和及向对为经将据了是的等从到被让请同跟称获受给把于以至并或即暨、，。；：（“”‘’《 \n")
_BAD_AFTER = {"部": "门署位分件", "局": "面势部", "所": "有以在属得谓", "委": "托屈婉", "办": "理法公",
              "厅": "堂", "馆": "藏", "队": "伍员列"}
# words after which an abbreviated body starts (落实省委“1310”, 开平市委市政府)
_AFTER_WORDS = {"市委", "区委", "县委", "省委", "政府", "落实", "贯彻", "按照", "根据", "围绕", "响应", "获得", "经过", "报请",
                "会同", "联合", "配合", "协助", "支持", "带领", "组织", "召开", "举办", "主办", "承办", "指导", "印发"}
_SESSION = re.compile(r"第[一二三四五六七八九十百]+届")
_PARTY_DEPTS = ("宣传部", "组织部", "统战部", "统一战线工作部", "社会工作部", "政法委员会", "政法委", "办公室", "编办", "农办",
                "机构编制委员会办公室", "网信办", "政策研究室", "党校", "巡察办", "老干部局")
_COMMITTEE_LEVELS = ("province", "city", "county")


@dataclass
class Home:
    """The home jurisdictions of an article, by the abbreviation that points at them."""

    city: Division | None = None  # 市
    district: Division | None = None  # 区
    county: Division | None = None  # 县
    province: Division | None = None  # 省
    town: Division | None = None  # 镇 / 乡
    street: Division | None = None  # 街道

    def for_abbr(self, ch: str) -> Division | None:
        return {"市": self.city, "区": self.district, "县": self.county, "省": self.province,
                "镇": self.town, "乡": self.town, "州": self.city}.get(ch)

    def local(self) -> Division | None:
        """The lowest county-level (or city) jurisdiction: where 该市 or a bare 市 points."""
        return self.city or self.district or self.county


@dataclass
class _Anchor:
    start: int
    end: int
    printed: str  # the jurisdiction as printed, short forms expanded (开平 → 开平市)
    division: Division | None
    cpc: bool = False  # 中共 in front
    abbr: str = ""  # 市/省/区/县/镇 when the jurisdiction is an abbreviation
    national: bool = False
    league: bool = False  # 团 in front: the Communist Youth League committee
    level: str = ""  # the level of a village or community the gazetteer does not list (明月村)
    within: Division | None = None  # and the listed place it is chained to (甘溪镇)
    local: str = ""  # and its own name


class AgencyFinder:
    def __init__(self, gaz: Gazetteer, lex: Lexicon):
        self.gaz = gaz
        self.fields = PhraseIndex({p: p for p in lex.patterns("AgencyField")})
        self.abbrevs = PhraseIndex(lex.patterns("AgencyAbbrev"))
        self.national = PhraseIndex(lex.patterns("Agency"))
        self.depts = PhraseIndex({d: d for d in _PARTY_DEPTS})

    # --- public ---------------------------------------------------------------------

    def find(self, text: str, places: list[Candidate], home_of: Callable[[int], Home]) -> list[Candidate]:
        out: list[Candidate] = []
        for s, e, surface, cid in self.national.finditer(text):
            if self._bad_after(text, e):
                continue  # 科技部门 is not 科技部
            out.append(Candidate(s, e, "Agency", cid, "lexicon", 0.95, priority=40,
                                 attrs={"surface": surface, "national": "1"}))
        for anchor in self._anchors(text, places, home_of):
            out += self._parse_from(text, anchor, home_of)
        out += self._field_offices(text, home_of)
        out += self._bare_departments(text, home_of)
        out += self._grassroots_abbreviations(text, home_of, places)
        out += self._zone_committees(text, home_of)
        for c in out:  # one name for a district's body however the text prints it
            code = c.attrs.get("place_code") or c.attrs.get("within_code")
            if code:
                c.name = with_city(c.name, code, self.gaz)
                if c.attrs.get("parent"):
                    c.attrs["parent"] = with_city(c.attrs["parent"], code, self.gaz)
        return out

    # --- anchors ------------------------------------------------------------------------

    def _anchors(self, text: str, places: list[Candidate], home_of: Callable[[int], Home]):
        by_start = sorted(places, key=lambda c: c.start)
        i = 0
        while i < len(by_start):
            p = by_start[i]
            start, end = p.start, p.end
            printed = p.name if p.attrs.get("level") in _COMMITTEE_LEVELS else text[p.start : p.end]
            j = i
            while j + 1 < len(by_start) and by_start[j + 1].start == end:  # a chain: 江门市蓬江区
                j += 1
                end = by_start[j].end
                printed += text[by_start[j].start : by_start[j].end]
            last = by_start[j]
            div = self.gaz.get(last.attrs["code"]) if last.attrs.get("code") else None
            if j > i and last.attrs.get("level") in _COMMITTEE_LEVELS and text[last.start : last.end] != last.name:
                # the last place of a chain as printed → its full name (江门开平 → 江门开平市); a single
                # place is already its full name above (开平 → 开平市, never 开开平市)
                printed = printed[: len(printed) - (last.end - last.start)] + last.name
            if j > i and p.attrs.get("level") == "province" and printed.startswith(p.name):
                # 浙江省湖州市委 is 中共湖州市委员会: a city's or county's bodies never carry the province
                printed = printed[len(p.name) :]
            extra = {}
            if div is None and last.attrs.get("level") in ("village", "community"):
                extra = dict(level=last.attrs["level"], within=self.gaz.get(last.attrs.get("parent") or ""),
                             local=last.name)
            cpc = text[max(0, start - 2) : start] == "中共"
            league = not cpc and text[start - 1 : start] == "团" and text.startswith("委", end)  # 团开平市委
            if league:
                yield _Anchor(start - 1, end, printed, div, league=True, **extra)
            else:
                yield _Anchor(start - 2 if cpc else start, end, printed, div, cpc=cpc, **extra)
            i = j + 1
        # abbreviations: 市委, 省公安厅, 区委组织部 (and 开平市委市政府: right after another body)
        for m in re.finditer(r"[省市区县镇乡]", text):
            s = m.start()
            prev = text[s - 1] if s else "\n"
            if prev == "团" and text.startswith("委", s + 1) and m.group() in "省市区县" \
                    and (s < 2 or text[s - 2] in _ABBR_BEFORE):  # 团市委: the Youth League committee
                div = home_of(s).for_abbr(m.group())
                yield _Anchor(s - 1, s + 1, div.name if div else "", div, abbr=m.group(), league=True)
                continue
            if prev not in _ABBR_BEFORE and not prev.isdigit() and prev not in "月日年" \
                    and not text[max(0, s - 2) : s] in _AFTER_WORDS:
                continue
            if prev == "、" and s >= 2 and text[s - 2] in "省市区县镇乡":
                continue  # 珠海市、区政务服务中心: 区 stands for every district
            home = home_of(s)
            div = None
            if m.group() in "镇乡":  # 镇党委 after 差干镇: the town just named, before the article's usual one
                near = _nearest_before(places, s, ("town",))
                div = self.gaz.get(near.attrs["code"]) if near is not None else None
            div = div or home.for_abbr(m.group())
            yield _Anchor(s, s + 1, div.name if div else "", div, abbr=m.group())
        for m in re.finditer(r"(国家|全国|中央|国务院)", text):
            yield _Anchor(m.start(), m.end(), m.group(), None, national=True)

    # --- grammar --------------------------------------------------------------------------

    def _parse_from(self, text: str, a: _Anchor, home_of) -> list[Candidate]:
        pos = a.end
        out: list[Candidate] = []
        first = self._body_at(text, pos, a)
        if first is None:
            return out
        end, canonical, kind = first
        conf = 0.9 if not a.abbr else 0.85
        if a.abbr and a.division is None:
            conf = 0.5  # an abbreviation the article does not resolve: kept, but not as a full name
        base = Candidate(a.start, end, "Agency", canonical, f"grammar-{kind}", conf, priority=40,
                         attrs=self._attrs(a, text[a.start : end]))
        if a.abbr and a.division is None:
            base.attrs["unresolved"] = "1"
        out.append(base)
        # sub-units: 开平市公安局出入境管理大队, 市委宣传部, 江门市委人才工作领导小组
        parent = base
        for _ in range(2):
            nxt = self._subunit_at(text, parent.end, parent)
            if nxt is None:
                break
            s_end, s_canon = nxt
            sub = Candidate(a.start, s_end, "Agency", s_canon, "grammar-subunit", conf * 0.95, priority=41,
                            attrs=dict(self._attrs(a, text[a.start : s_end]), parent=parent.name))
            if parent.attrs.get("unresolved"):
                sub.attrs["unresolved"] = "1"
            out.append(sub)
            parent = sub
        return out

    def _attrs(self, a: _Anchor, surface: str) -> dict:
        attrs = {"surface": surface}
        if a.abbr:
            attrs["abbr_anchor"] = a.abbr
        if a.division is not None:
            attrs["place"] = a.division.name
            attrs["place_code"] = a.division.code
        elif a.printed and not a.national:
            attrs["place"] = a.printed
        if a.division is None and a.within is not None:
            attrs["within_code"] = a.within.code  # an unlisted village's town: for its district's city
        if a.national:
            attrs["national"] = "1"
        return attrs

    def _body_at(self, text: str, pos: int, a: _Anchor) -> tuple[int, str, str] | None:
        """Parse [body][head] at ``pos`` after a jurisdiction: (end, canonical, kind)."""
        juris = a.printed
        if a.division is not None and a.division.level in ("town", "street"):
            juris = jurisdiction_name(self.gaz, a.division)  # 井岸镇人民政府 → 斗门区井岸镇人民政府, as printed in full
        paren = re.match(r"（[\u4e00-\u9fff]{2,8}）", text[pos : pos + 10])
        if paren and a.division is not None:  # 开平（水暖卫浴）知识产权快速维权中心
            found = self._field_body(text, pos + paren.end(), juris + paren.group())
            if found is not None:
                return found
        div = a.division
        rest = text[pos : pos + 24]
        level = div.level if div else a.level
        # Party committees
        if level in _COMMITTEE_LEVELS or (a.abbr in "省市区县" and a.abbr):
            m = re.match(r"([区县市]委(?=[\u4e00-\u9fff]{2,6}部)|委员会|委)(?!员)", rest)
            if m and not rest.startswith("委托"):
                if a.league:
                    return pos + m.end(), f"共青团{juris}委员会", "league"
                return pos + m.end(), f"中共{juris}委员会" if juris else "", "committee"
        if level in ("town", "street", "village", "community") or a.abbr in ("镇", "乡"):
            m = re.match(r"(党委|党工委|党总支|党支部)", rest)
            if m:
                if div is None and a.within is not None:
                    return pos + m.end(), self._grassroots_party(None, a.local, m.group(), within=a.within), "committee"
                return pos + m.end(), self._grassroots_party(div, juris, m.group()), "committee"
        if level in ("village", "community"):  # 五星村村委会, 金星社区居委会: the self-governing committee
            m = re.match(r"(村民委员会|村委会|村委|居民委员会|居委会)", rest)
            if m:
                body = "村民委员会" if m.group().startswith("村") else "居民委员会"
                if div is None:  # a village the gazetteer does not list: named within its county, if known
                    return pos + m.end(), f"{self._county_of(a.within)}{a.local or juris}{body}", "committee"
                return pos + m.end(), f"{self._county_of(div)}{div.name}{body}", "committee"
        m = re.match(r"(人民政府|政府)(办公室|办公厅|办(?!公))?", rest)
        if m and level not in ("village", "community"):
            if m.group(2) == "办公厅":  # a province's general office
                return pos + m.end(), f"{juris}人民政府办公厅", "government"
            if m.group(2):
                return pos + m.end(), f"{juris}人民政府办公室", "government"
            return pos + m.end(), f"{juris}人民政府", "government"
        m = re.match(r"(第[一二三四五六七八九十百]+届)?(人大常委会|人民代表大会常务委员会|人民代表大会|人大)(?!代表)", rest)
        if m and level in _COMMITTEE_LEVELS + ("town",) or (m and a.abbr):
            full = "人民代表大会常务委员会" if "常" in m.group(2) else "人民代表大会"
            return pos + m.end(), f"{juris}{full}", "congress"
        m = re.match(r"政协(?!委员)", rest)
        if m and (level in _COMMITTEE_LEVELS or a.abbr):
            return pos + m.end(), f"中国人民政治协商会议{juris}委员会", "cppcc"
        if level == "street":
            m = re.match(r"(街道)?(办事处|街道办|办)", rest)
            if m:
                county = self._county_of(div)
                if juris.startswith(county):
                    county = ""  # 黄埔区长洲街道 names its district already
                return pos + m.end(), f"{county}{juris}办事处", "street-office"
        # abbreviations from the lexicon (医保局, 工商联, 管委会)
        for end, surface, full in self.abbrevs.matches_at(text, pos) if pos < len(text) else ():
            if self._bad_after(text, end):
                continue
            return end, f"{juris}{full}", "abbrev"
        # field bodies and free bodies
        return self._field_body(text, pos, juris)

    def _field_body(self, text: str, pos: int, juris: str) -> tuple[int, str, str] | None:
        best = None
        for f_end, field, _ in self.fields.matches_at(text, pos) if pos < len(text) else ():
            h = self._head_at(text, f_end, field, free=False)
            if h is not None:
                best = (h[0], f"{juris}{field}{h[1]}", "field")
                break
        if best:
            return best
        # free body: 2-12 characters, no function words or verbs, then a head
        for n in range(1, 13):
            if pos + n > len(text):
                break
            ch = text[pos + n - 1]
            if n == 1:  # the first character: a body never starts at a line break or a mark
                if not "\u4e00" <= ch <= "\u9fff":
                    break
                continue
            if not ("\u4e00" <= ch <= "\u9fff") or ch in _STOP_CHARS:
                break
            body = text[pos : pos + n]
            if any(w in body for w in _STOP_WORDS):
                break
            h = self._head_at(text, pos + n, body, free=True)
            if h is not None:
                return h[0], f"{juris}{body}{h[1]}", "free"
        return None

    def _head_at(self, text: str, pos: int, body: str, free: bool) -> tuple[int, str] | None:
        heads = _FREE_HEADS if free else _FIELD_HEADS
        for head in sorted(heads, key=len, reverse=True):
            if not text.startswith(head, pos):
                continue
            if free and body.endswith(_NOT_BODY_END) and len(head) == 1:  # a listed field (民政, 财政) is a body
                continue
            if head == "中心" and not _CENTRE_BODY_END.search(body):
                continue
            if head == "馆" and body not in _MUSEUM_BODIES:
                continue
            if head in ("办", "站") and not body.endswith(("爱国卫生运动", "气象", "水文")):
                continue
            end = pos + len(head)
            if self._bad_after(text, end):
                continue
            return end, head
        return None

    @staticmethod
    def _bad_after(text: str, end: int) -> bool:
        """A head followed by these is part of a longer word (部门, 局面, 所有, 委托)."""
        head, nxt = text[end - 1 : end], text[end : end + 1]
        return bool(nxt) and nxt in _BAD_AFTER.get(head, "")  # at the end of the text (a sign-off line) nothing follows

    def _subunit_at(self, text: str, pos: int, parent: Candidate) -> tuple[int, str] | None:
        rest = text[pos : pos + 20]
        if parent.method == "grammar-committee" or parent.name.endswith("委员会") and parent.name.startswith("中共"):
            for end, dept, _ in self.depts.matches_at(text, pos) if pos < len(text) else ():
                root = parent.name[:-3] if parent.name.endswith("委员会") else parent.name
                return end, f"{root}委{dept}"
            m = re.match(r"([\u4e00-\u9fff]{2,8}?工作)(领导小组办公室|领导小组|委员会)", rest)
            if m and not any(w in m.group(1) for w in _STOP_WORDS):
                root = parent.name[:-3] if parent.name.endswith("委员会") else parent.name
                return pos + m.end(), f"{root}委{m.group()}"
            return None
        for f_end, field, _ in self.fields.matches_at(text, pos) if pos < len(text) else ():
            h = self._head_at(text, f_end, field, free=False)
            if h is not None and h[1] not in ("委", "部") :
                return h[0], f"{parent.name}{field}{h[1]}"
        m = re.match(r"([\u4e00-\u9fff]{2,3})(分局|支队|大队)", rest)
        if m and self.gaz.lookup(m.group(1)):  # 长沙市生态环境局浏阳分局
            return pos + m.end(), f"{parent.name}{m.group()}"
        m = re.match(r"(党组|党委|机关党委|办公室)(?![\u4e00-\u9fff]{0,2}(书记|主任|成员))", rest)
        if m and m.group(1) != "办公室":
            return pos + m.end(), f"{parent.name}{m.group(1)}"
        return None

    def _grassroots_party(self, div: Division | None, juris: str, form: str, within: Division | None = None) -> str:
        """中共开平市沙塘镇委员会, 中共台山市台城街道工作委员会, 中共…金星社区总支部委员会.

        ``within`` is the town of a village the gazetteer does not list."""
        chain = ""
        if div is None and within is not None:
            anc = [within] + self.gaz.ancestors(within.code)
            names = [x.name for x in anc if x.level in ("county", "town", "street")]
            chain = "".join(reversed(names)) if any(x.level == "county" for x in anc) else ""
        if div is not None:
            anc = self.gaz.ancestors(div.code)
            names = [x.name for x in anc if x.level in ("county", "town", "street")]
            chain = "".join(reversed(names))
            if not any(x.level == "county" for x in anc):
                chain = ""
        name = div.name if div else juris
        suffix = {"党委": "委员会", "党工委": "工作委员会", "党总支": "总支部委员会", "党支部": "支部委员会"}[form]
        return f"中共{chain}{name}{suffix}"

    def _county_of(self, div: Division | None) -> str:
        if div is None:
            return ""
        for a in self.gaz.ancestors(div.code):
            if a.level == "county":
                return a.name
        return ""

    # --- special forms ------------------------------------------------------------------

    _OFFICE_FIELDS = {"市场监督管理": "市场监督管理局", "司法": "司法局", "财政": "财政局", "税务": "税务局",
                      "自然资源": "自然资源局", "国土资源": "自然资源局", "派出": "公安局"}

    def _field_offices(self, text: str, home_of) -> list[Candidate]:
        """[town][field]所: a county bureau's field office in a town (马冈市场监督管理所)."""
        out = []
        for m in re.finditer(r"([\u4e00-\u9fff]{2})(市场监督管理|司法|财政|税务|自然资源|国土资源|派出)所", text):
            home = home_of(m.start())
            county = home.local()
            ctx = (county.code,) if county else ()
            town = self.gaz.resolve(m.group(1), context=ctx, short_towns=True) if ctx else None
            if town is None or town.level not in ("town", "street"):
                continue
            attrs = {"surface": m.group(), "place": town.name, "place_code": town.code}
            bureau_county = self._county_of(town)
            if bureau_county:
                attrs["parent"] = f"{bureau_county}{self._OFFICE_FIELDS[m.group(2)]}"
            out.append(Candidate(m.start(), m.end(), "Agency", m.group(), "grammar-field-office", 0.85,
                                 priority=42, attrs=attrs))
        return out

    def _grassroots_abbreviations(self, text: str, home_of, places: list[Candidate] = ()) -> list[Candidate]:
        """街道党工委书记, 镇党委, 村党委: the Party committee of the article's street or town, or of
        the village or community named last before it."""
        out = []
        locals_ = sorted((p for p in places if p.attrs.get("level") in ("village", "community")), key=lambda p: p.start)
        for m in re.finditer(r"(?<=[，。、；“\n在由])(村党委|村党支部|村党总支|社区党委|社区党总支|社区党支部|村委会|村民委员会|居委会|居民委员会)", text):
            before = [p for p in locals_ if p.end <= m.start() and m.start() - p.end < 40]
            if not before:
                continue
            p = before[-1]
            div = self.gaz.get(p.attrs["code"]) if p.attrs.get("code") else None
            form = m.group()[1:] if m.group().startswith("村") else m.group()[2:]
            attrs = {"surface": m.group(), "place": p.name, "abbr_anchor": m.group()[:1]}
            if div is not None:
                attrs["place_code"] = div.code
            town = self.gaz.get(p.attrs.get("parent", "")) if div is None else None
            if m.group() in ("村委会", "村民委员会", "居委会", "居民委员会"):  # the self-governing committee
                body = "村民委员会" if m.group().startswith("村") else "居民委员会"
                if p.attrs.get("level") != ("village" if body == "村民委员会" else "community"):
                    continue
                county = self._county_of(div if div is not None else town)
                out.append(Candidate(m.start(), m.end(), "Agency", f"{county}{p.name}{body}", "grammar-grassroots-abbrev",
                                     0.65, priority=38, attrs=attrs))
                continue
            name = self._grassroots_party(div, p.name, form, within=town)
            out.append(Candidate(m.start(), m.end(), "Agency", name, "grammar-grassroots-abbrev", 0.65, priority=38,
                                 attrs=attrs))
        for m in re.finditer(r"(?<![\u4e00-\u9fff])(街道党工委|街道工委|镇党委|乡党委)|(?<=[，。、；“\n在由])(街道党工委|街道工委|镇党委|乡党委)", text):
            kind = m.group()[:2] if m.group().startswith("街道") else m.group()[:1]
            home = home_of(m.start())
            near = _nearest_before(places, m.start(), ("street",) if kind == "街道" else ("town",))
            div = self.gaz.get(near.attrs["code"]) if near is not None else None
            div = div or (home.street if kind == "街道" else home.town)
            if div is None:
                continue
            form = "党工委" if kind == "街道" else "党委"
            attrs = {"surface": m.group(), "place": div.name, "place_code": div.code, "abbr_anchor": kind}
            out.append(Candidate(m.start(), m.end(), "Agency", self._grassroots_party(div, div.name, form),
                                 "grammar-grassroots-abbrev", 0.7, priority=38, attrs=attrs))
        return out

    def _bare_departments(self, text: str, home_of) -> list[Candidate]:
        """宣传部部长陈冀: a Party department named without its committee is the home city's."""
        out = []
        for m in re.finditer(r"(?<=[、，。（“\n])(宣传部|组织部|统战部|社会工作部)(?=部长|副部长)", text):
            city = home_of(m.start()).local()
            if city is None:
                continue
            attrs = {"surface": m.group(), "place": city.name, "place_code": city.code, "abbr_anchor": "部",
                     "parent": f"中共{city.name}委员会"}
            out.append(Candidate(m.start(), m.end(), "Agency", f"中共{city.name}委{m.group()}", "grammar-department",
                                 0.7, priority=38, attrs=attrs))
        return out

    def _zone_committees(self, text: str, home_of) -> list[Candidate]:
        """[zone]管委会: the administrative committee of a development zone (翠山湖管委会)."""
        out = []
        for m in re.finditer(r"([\u4e00-\u9fff]{2,8})(管委会|管理委员会)", text):
            j = m.end(1)
            i = j
            while i > m.start(1) and text[i - 1] not in _ABBR_BEFORE and text[i - 1] not in _STOP_CHARS:
                i -= 1
            raw = text[i:j]
            zm = re.search(r"(新区|开发区|高新区|产业园区|园区)$", raw)
            if zm is None and m.group(2) == "管理委员会":
                continue  # 国有资产监督管理委员会 is no zone: only 管委会 stands for one without 新区
            name = raw[: zm.start()] if zm else raw
            if len(name) < 2 or self.gaz.lookup(name) or any(w in raw for w in _STOP_WORDS):
                continue
            county = home_of(m.start()).local()
            juris = county.name if county else ""
            zone = zm.group() if zm else "新区"
            canonical = f"{juris}{name}{zone}管理委员会"
            attrs = {"surface": text[i : m.end()]}
            if county:
                attrs["place"], attrs["place_code"] = county.name, county.code
            out.append(Candidate(i, m.end(), "Agency", canonical, "grammar-zone", 0.75, priority=39, attrs=attrs))
        return out


#: what a sub-unit's name ends in when the model reads it past a body the grammar found
_FUNCTION_CHARS = set("的了在与及将对为是把从向等已被于以到让使并也都就而还又有这那其个们着过得很更最不没无和或")
_SUBUNIT_END = re.compile(r"(办公室|管理局|分局|局|支队|大队|中队|中心|处|科|所|站|委员会|领导小组)$")


def model_subunits(text: str, agencies: list[Candidate], model: list[Candidate]) -> list[Candidate]:
    """Sub-units the grammar stops short of and the model reads whole: 成都市公安局 + 交通管理局.

    The model's government span must start where a grammar body starts and go on past its end
    by 2-10 characters of a unit name that ends in a head (局, 办公室, 支队 ...); the sub-unit is
    the body's canonical name plus those characters, and the body is its parent.
    """
    out = []
    by_start: dict[int, list[Candidate]] = {}
    for a in agencies:
        if a.method.startswith("grammar") and not a.attrs.get("unresolved"):
            by_start.setdefault(a.start, []).append(a)
    for m in model:
        bodies = [a for a in by_start.get(m.start, ()) if a.end < m.end]
        if not bodies:
            continue
        body = max(bodies, key=lambda a: a.end)
        ext = text[body.end : m.end]
        if not (2 <= len(ext) <= 10 and all("\u4e00" <= ch <= "\u9fff" for ch in ext)) or not _SUBUNIT_END.search(ext):
            continue
        if any(ch in _FUNCTION_CHARS for ch in ext) or any(w in ext for w in _STOP_WORDS):
            continue
        if any(a.end == m.end for a in by_start.get(m.start, ())):
            continue  # the grammar read it whole already
        attrs = {k: v for k, v in body.attrs.items() if k in ("place", "place_code", "abbr_anchor", "national")}
        attrs.update(surface=text[m.start : m.end], parent=body.name)
        out.append(Candidate(m.start, m.end, "Agency", body.name + ext, "grammar-subunit-model",
                             round(min(body.confidence, m.confidence) * 0.9, 3), priority=41, attrs=attrs))
    return out


def district_city(gaz: Gazetteer, code: str) -> tuple[str, str] | None:
    """(city, district) when the division ``code`` is a city district or lies in one.

    >>> district_city(Gazetteer.load(), "440112")
    ('广州市', '黄埔区')
    >>> district_city(Gazetteer.load(), "440783") is None  # 开平市, a county-level city
    True
    """
    d = gaz.get(code) if code else None
    chain = ([d] + gaz.ancestors(d.code)) if d is not None else []
    for x in chain:
        if x.level != "county":
            continue
        if not x.name.endswith("区") or not x.parent:
            return None
        city = gaz.get(x.parent)
        if city is not None and (city.level == "city" or city.name.endswith("市")):
            return city.name, x.name
        return None
    return None


def jurisdiction_name(gaz: Gazetteer, div: Division) -> str:
    """How a body's full name prints its place: a town or street with its county (斗门区井岸镇),
    anything else as itself (:func:`with_city` adds a district's city).

    >>> jurisdiction_name(Gazetteer.load(), Gazetteer.load().get("440783102"))
    '开平市水口镇'
    >>> [jurisdiction_name(Gazetteer.load(), d) for d in Gazetteer.load().lookup("长安镇") if d.code.startswith("4419")]
    ['东莞市长安镇']
    """
    if div.level in ("town", "street"):
        parent = gaz.get(div.parent) if div.parent else None  # a county, or a city without counties (东莞市)
        return (parent.name if parent is not None and parent.level in ("county", "city") else "") + div.name
    return div.name


def with_city(name: str, code: str, gaz: Gazetteer) -> str:
    """A district body's name with its city, as the official names print it: 黄埔区人民政府 →
    广州市黄埔区人民政府, 中共海淀区委员会 → 中共北京市海淀区委员会 (a county's bodies carry no city).

    >>> with_city("中共黄埔区九佛街道工作委员会", "440112", Gazetteer.load())
    '中共广州市黄埔区九佛街道工作委员会'
    >>> with_city("广州市黄埔区财政局", "440112", Gazetteer.load())
    '广州市黄埔区财政局'
    """
    found = district_city(gaz, code)
    if found is None:
        return name
    city, district = found
    i = name.find(district)
    if i < 0 or name[:i].endswith(city):
        return name
    return name[:i] + city + name[i:]


def _nearest_before(places: list[Candidate], pos: int, levels: tuple[str, ...], window: int = 60) -> Candidate | None:
    """The place of one of ``levels`` named last before ``pos``, within ``window`` characters."""
    best = None
    for p in places:
        if p.attrs.get("level") in levels and p.attrs.get("code") and p.end <= pos and pos - p.end <= window:
            if best is None or p.end > best.end:
                best = p
    return best


@functools.lru_cache(maxsize=1)
def agency_finder() -> AgencyFinder:
    return AgencyFinder(Gazetteer.load(), default_lexicon())
