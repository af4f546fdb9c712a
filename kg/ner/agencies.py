"""Government and Party bodies, found by a grammar of [jurisdiction][body][head].

The jurisdiction is a place (开平市, 台城街道), 中共 + a place, a national prefix (国家,
全国) or an abbreviation resolved by the article's home jurisdiction (市委 → 中共开平市委员会,
省公安厅 → 广东省公安厅). The body is a field of government work from the lexicon
(医疗保障, 生态环境) or, with a stricter set of heads, free text without verbs or function
words. Bodies directly after a body are its sub-units (开平市公安局出入境管理大队).
Canonical names expand abbreviations (医保局 → 医疗保障局, 市政协 → 中国人民政治协商会议X市委员会).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable, Iterator

from ..clean import is_cjk, title_record_at
from ..gazetteer import Division, Gazetteer, Level, town_short_form
from ..lexicon import Lexicon, holds_any, lexicon, lexicon_cache
from ..names import name_end
from .base import BodyRef, Candidate, DivisionRef, PhraseIndex
from .jurisdiction import (KIND_HOME, Home, delegation_led_back, home_kinds, jurisdiction_name, led_delegation_place, with_city,
                           without_enclosing)
from .resolve import Priority

#: the first and last of the common Chinese characters (a character between them is Chinese)
_HAN_FIRST, _HAN_LAST = "\u4e00", "\u9fff"

__all__ = ["AgencyFinder", "agency_finder", "department_name", "model_subunits", "regiment_key"]


def _in_word(body: str, k: int, words: tuple[str, ...]) -> bool:
    """Whether ``body[k]`` lies inside one of ``words`` printed wholly within ``body``."""
    return any(body.startswith(w, j) for w in words for j in range(max(0, k - len(w) + 1), k + 1))


def _zero_table(lex: Lexicon) -> dict[int, str]:
    zeros = lex.charstr("RegimentZero")
    return str.maketrans(zeros[1:], zeros[0] * (len(zeros) - 1))


def regiment_key(name: str, lex: Lexicon | None = None) -> str:
    """A Corps regiment's number written with the one zero of ``RegimentZero`` (its first character), as the
    lexicon lists regiments and kg names them: the forms printed for it (零, 0) are read as that one.

    >>> regiment_key("一零四团"), regiment_key("一0四团"), regiment_key("一二三团")
    ('一〇四团', '一〇四团', '一二三团')
    """
    return name.translate(_zero_table(lex or lexicon()))


def regiment_numerals(digits: str, numerals: str) -> str:
    """A regiment's number printed in Arabic digits (half or full width) written as the lexicon writes regiments:
    ``numerals`` the numerals of 0 to 9 in order, then ten's (RegimentDigit); three digits one numeral each, fewer as
    a number is read (47 → 四十七, 16 → 十六, 8 → 八).

    >>> [regiment_numerals(d, "〇一二三四五六七八九十") for d in ("104", "148", "47", "16", "20", "8", "１０４")]
    ['一〇四', '一四八', '四十七', '十六', '二十', '八', '一〇四']
    """
    n = [int(ch) for ch in digits]
    if len(n) != 2:
        return "".join(numerals[d] for d in n)
    tens = numerals[10] if n[0] == 1 else numerals[n[0]] + numerals[10]
    return tens + (numerals[n[1]] if n[1] else "")


#: the fixed patterns of _body_at and _field_body, compiled once (not looked up in re's cache each call)
_PAREN_FIELD = re.compile(r"（[\u4e00-\u9fff]{2,8}）")
_QUOTED_NAME = re.compile(r"“[^“”\n]{2,20}”")


#: the most characters of a bureau's section printed bare before its head's title (法规科, 行政审批科: 2 to 4)
_BARE_SECTION_LONGEST = 4
_SENDER_MAX = 16  # the longest name of a team's sender read back from 驻 (湖南出版投资控股集团有限公司)


class _Vocabulary:
    """The agency grammar's words (seeds/lexicons/agency_grammar.jsonl), read once per lexicon."""

    def __init__(self, lex: Lexicon):
        self.free_heads = lex.words("BodyHead", "free", longest_first=True)  # may follow any body
        self.place_body_link = lex.chars("PlaceBodyLink")  # 某区的教委: the link between a place and its body
        self.field_heads = lex.words("BodyHead", longest_first=True)  # need a body from the lexicon of fields
        self.head_full = lex.patterns("BodyHead")  # 委 → 委员会 in a full name
        self.any_body_heads = lex.words("BodyHead", "any_body")  # after a body that may hold a stop word
        self.quoted_heads = lex.words("BodyHead", "quoted")  # after a quoted programme's name
        self.stationed_heads = tuple(lex.words("BodyHead", "stationed"))  # 市驻某镇工作队: a team of the town
        self.stationed_words = tuple(lex.words("StationedAt"))  # 驻
        self.stationed_sender_heads = tuple(sorted(lex.words("StationedSenderHead"), key=len, reverse=True))  # 日报社驻…
        self.stationed_sender_bound = lex.chars("StationedSenderBound")  # 记者从某报社驻…: 从 bounds the sender's name
        self.firm_short_names = tuple(lex.words("FirmShortName"))  # 湖南移动: a firm's branch, no body of the province
        self.stationed_team = lex.regex(r"(?:{StationedSenderOrgans})?({StationedAt:longest})([\u4e00-\u9fff]{0,12}?)({BodyHead.stationed:longest})")
        # 区人民检察院驻甲、乙检察室: offices in several places listed after 驻, sharing one head printed once
        self.stationed_list = lex.regex(r"({StationedAt:longest})([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){1,5})"
                                        r"({StationedListHead:longest})")
        # the head of a programme's name between its quote and a body's head (“某某”行动工作专班)
        self.quoted_tail = lex.regex(r"[\u4e00-\u9fff]{0,8}?(?:{TailHead})(?:{QuotedBodyWork})?(?=(?:{BodyHead.quoted:longest}))")
        self.home_quoted = lex.regex(r"“[^“”\n]{2,20}”(?:[\u4e00-\u9fff]{0,8}?(?:{TailHead})(?:{QuotedBodyWork})?)?({BodyHead.home:longest})")
        #: 成立了防汛救灾工作专班: a task group's unquoted name after a verb that sets one up
        #: 成立由某某任组长的…领导小组: the leader's clause between the verb and the name
        self.bare_tasks = frozenset(lex.words("TaskGroupBareTask"))
        # (成立一个工作专班: a count before the head names no group's task; the task after a count is the name's start)
        self.home_unquoted = lex.regex(r"(?:{TaskGroupLead:longest})(?:由[^，。；：\n]{2,20}?任(?:{TaskGroupLeader:longest})的)?"
                                       r"(?:{TaskGroupCount:longest})?(?!{TaskGroupCount:longest})"
                                       r"([\u4e00-\u9fff]{2,16}?)({BodyHead.set_up:longest})")
        self.short_forms = lex.patterns("BodyShortForm")  # 专班 → 工作专班
        self.short_form = lex.regex(r"({ShortFormLead})?({BodyShortForm:longest})")
        self.short_form_cues = lex.cues("BodyShortForm")
        self.short_form_led_verbs = tuple(lex.words("ShortFormLedVerb"))  # 督查组组长…某某率国务院第五督查组
        self.titled_short_forms = frozenset(lex.words("BodyShortForm", "titled"))  # 办公室 + 副主任 only
        self.short_form_units = frozenset(lex.words("ShortFormUnit"))  # 领导小组办公室: the office of the group before
        self.unit_short_forms = frozenset(lex.words("BodyShortForm", "units"))  # the short forms such a unit may follow
        self.own_unit_not_end = tuple(lex.words("OwnUnitNotEnd"))
        self.venue_names = frozenset(lex.words("VenueName"))
        self.short_form_leads = frozenset(lex.words("ShortFormLead"))  # 该局办公室: the body of that head named last
        self.centre_body_end = lex.regex(r"{CentreBody}$")
        self.centre_after_field = lex.regex(r"(?:{CentreBody})(?=中心)")  # 乡村振兴 + 服务 + 中心
        self.enforcement_after_field = lex.regex(r"(?:{EnforcementAfterField:longest})(?=执法)")  # 城市管理 + 综合 + 执法大队
        # a centre named by a product and its industry: 花椒产业发展中心, 茶业服务中心, 蜂产业发展服务中心
        self.industry_centre = lex.regex(r"(?P<stem>[\u4e00-\u9fff]{1,3}?)(?:{IndustryWord})(?:{CentreBody}){1,2}中心")
        self.museum_bodies = lex.words("MuseumBody")
        self.station_bodies = lex.words("StationBody")
        self.stop_chars = lex.chars("AgencyStopChar")
        self.inner_words = tuple(lex.words("AgencyInnerWord"))  # 专项 inside a free name despite 项
        # 全国 inside a task group's name that opens with its verb (某市创建全国文明城市指挥部) despite 全
        self.task_inner_words = tuple(lex.words("AgencyInnerWord", "task"))
        self.task_verbs = tuple(lex.words("CommitteeTaskVerb"))
        self.task_group_stop_chars = lex.chars("TaskGroupStopChar")  # in a task group's unquoted name after 成立
        self.lower_home_before = lex.regex(r"(?:{LowerHome})$")  # 镇里成立了…领导小组: a town's group, not the county's
        self.conjunction_chars = lex.chars("AgencyConjunctionChar")  # never the first character of a free body's name
        self.level_chars = lex.chars("AgencyLevelChar")  # 市级文旅局: a level, no body
        self.task_joiners = lex.chars("TaskNameJoiner")  # 保护与发展工作专班: two fields joined inside a task group's name
        self.body_start_words = tuple(lex.words("BodyStartWord"))  # 和美乡村建设工作专班: not the conjunction 和
        self.stop_words = lex.words("AgencyStopWord")
        self.before_head = frozenset(lex.words("AgencyStopWord", "before_head"))  # 推进 + 指挥部
        self.task_words = frozenset(lex.words("AgencyStopWord", "task"))  # 项目 of 项目建设指挥部
        self.unit_words = frozenset(lex.words("AgencyStopWord", "unit"))  # 干部 of 组织部综合干部处
        self.task_heads = tuple(lex.words("BodyHead", "task", longest_first=True))  # 工作专班, 指挥部
        self.not_body_end = lex.words("NotBodyEnd")
        self.body_end_anyway: dict[str, str] = lex.field("BodyEndAnyway", "heads")  # 监督 + 局: a bureau
        self.abbr_before = lex.chars("BeforeAbbreviation")
        self.each_before_abbr = lex.chars("EachBeforeAbbreviation")  # 各镇、乡人民政府: no one body
        self.several_count = lex.chars("SeveralPlacesCount")  # 两省政协主席甲、乙: the bodies of several places
        self.abbr_before_class = re.escape("".join(sorted(self.abbr_before)))
        self.bad_after: dict[str, str] = lex.field("HeadBadAfter", "next")
        self.town_suffixes = tuple(sorted(lex.words("TownSuffix"), key=len, reverse=True))  # 街道 before 街
        # 健康江苏建设领导小组办公室: a group named after a place's scheme (SchemeBodyPrefix + the place's short name)
        self.scheme_group = lex.regex(r"(?<![\u4e00-\u9fff])(?:{SchemeBodyPrefix})(?P<place>[\u4e00-\u9fff]{2,3}?)"
                                      r"(?:{SchemeBodyWork})(?:{SchemeBodyHead:longest})")
        self.word_after: dict[str, tuple[str, ...]] = {h: tuple(ws) for h, ws in lex.field("HeadWordAfter", "words").items()}
        self.bad_after_unless_known: dict[str, str] = lex.field("HeadBadAfter", "known_body")  # 民政局部署: a body, then a verb
        # 原市政协副主席某某: a post's former mark (FormerQualifier) after a boundary opens a body's abbreviation as the
        # boundary would (平原县委, 太原市委: after another character it is the end of a place's name)
        self.former_before_abbr = frozenset(w for w in lex.words("FormerQualifier") if len(w) == 1)
        self.abbr_after_words = frozenset(lex.words("BeforeAbbreviationWord"))  # 落实省委“1310”, 开平市委市政府; 主持人省委宣传部…
        self.abbr_after_word_forms = tuple(self.abbr_after_words)  # for str.endswith
        self.party_depts = lex.patterns("PartyDepartment")  # as printed → its full name (统战部 → 统一战线工作部)
        self.level_departments = lex.words("PartyDepartment", "after_level")  # 县 + 直机关工委
        # 区委办 → 中共…区委办公室, also named 中共…区委员会办公室
        self.dept_full_name_alias = frozenset(self.party_depts.get(d, d) for d in lex.words("PartyDepartment", "full_name_alias"))
        self.abbrevs = lex.regex("{JurisdictionAbbrev.body_start}")
        self.home_of_abbr: dict[str, str] = lex.field("JurisdictionAbbrev", "home")
        self.committee_abbrs = lex.words("JurisdictionAbbrev", "committee")
        self.repeated_levels = frozenset(lex.words("JurisdictionAbbrev", "repeated"))  # 澧县 + 县委
        self.prefecture_level_chars = lex.patterns("PrefectureLevelChar")  # 喀什 + 地委: 中共喀什地区委员会
        self.department_levels = lex.words("JurisdictionAbbrev", "department_committee")  # 县委 + 组织部
        self.national = lex.regex(r"({NationalPrefix})")
        self.foreign_before = lex.regex(r"(?:{ForeignJurisdiction:longest})$")  # 美国 + 国务院: not China's
        # 高中 + 中办学, 集中 + 中办结: a word that ends on a national body's first character holds it
        self.word_over_body = tuple(lex.words("WordOverBody"))
        self.grassroots = lex.regex(r"({GrassrootsParty})")
        #: a town's Party committee printed as 镇委 (陈店镇委书记, 融入某镇委和各村委), not 镇委员 nor 镇委会
        self.town_committee_short = lex.regex(r"(?:{TownCommitteeShort})(?![{TownCommitteeShortNotBefore}])")
        self.town_committee_short_full = lex.of("TownCommitteeShort")[0].id
        self.town_league = lex.regex(r"({TownLeague})(?!员)")  # 某镇团委, 某街道团工委: the Youth League's committee
        self.town_league_suffix = lex.patterns("TownLeague")
        league = lex.of("YouthLeague")[0]
        self.league, self.league_abbrev = league.pattern, league.get("abbrev")  # 共青团, 团 (团县委)
        #: a school's name after a place, then its Youth League committee (某县第一中学团委)
        self.institution_league = lex.regex(r"([\u4e00-\u9fff]{0,10}?(?:{LeagueInstitution:longest}))({LeagueCommittee:longest})(?!员)")
        self.institution_league_suffix = lex.patterns("LeagueCommittee")
        self.institution_league_cues = tuple(self.institution_league_suffix)  # what a text must hold for one (holds_any)
        self.ordinal = lex.regex(r"第[{TermOrdinal}]+")  # 第一中学: an ordinal, no verb of a body's name
        #: the count and suffix a list of places shares, before their bodies (云峰、东青、白桥三镇党委)
        self.shared_count = lex.regex(r"(?:[{Numeral}]+个?|{SharedCountLead})(?:{SharedSuffix:longest})")
        self.grassroots_suffix = lex.patterns("GrassrootsParty")
        self.grassroots_full = frozenset(lex.words("GrassrootsParty", "cpc"))  # 中共某镇委员会: only after 中共
        self.grassroots_village = frozenset(lex.words("GrassrootsParty", "village"))  # 某村党组织: a village's alone
        self.village_committee = lex.regex(r"({VillageCommittee})")
        self.village_body = lex.patterns("VillageCommittee")
        self.village_body_after: dict[str, str] = lex.field("VillageCommittee", "after")  # 田心村 + 委会
        #: a gacha's committee, named by the gacha's own name alone (某某嘎查委员会), as the village tables name it
        self.village_own_body = frozenset(lex.field("VillageCommittee", "own"))
        self.bare_residents = lex.regex(r"([\u4e00-\u9fff]{2,6}?)({BareResidentsCommittee:longest})")
        self.bare_residents_full = lex.patterns("BareResidentsCommittee")
        self.bare_residents_community: dict[str, str] = lex.field("BareResidentsCommittee", "community")
        self.work_group = lex.regex(r"([\u4e00-\u9fff]{2,8}?工作)({WorkGroupHead})")
        #: 省委实施乡村振兴战略领导小组(办公室): a committee's group named by the task it carries out, a verb first
        #: (its verb is one a free name may not hold: the words after it may hold none)
        self.task_group = lex.regex(r"((?:{CommitteeTaskVerb:longest})([\u4e00-\u9fff]{2,10}?))({CommitteeTaskHead:longest})")
        self.committee_group = lex.regex(r"(?:{UnitOrdinal})?(?:{CommitteeGroup})")  # 第一巡察组
        #: the kinds of such groups (巡视组, 督查组): a group has no units, and the words after its name are none
        #: (省委第一巡视组巡视省人大常委会机关: the group, then the verb of its work and the body it inspects)
        self.group_kinds = tuple(lex.words("CommitteeGroup")) + tuple(lex.words("NationalGroup"))
        self.group_campaigns = tuple(sorted(lex.words("NationalGroupCampaign"), key=len, reverse=True))  # 党史学习教育中央第八指导组
        #: 国务院第三督查组, 中央第五环境保护督察组: a numbered group the centre sends, its field before or after its number
        self.national_group = lex.regex(r"(?:{NationalGroupField:longest})?(?:{UnitOrdinal})(?:{NationalGroupField:longest})?"
                                        r"(?:{NationalGroup})")
        #: a committee's group by its full name, with its number (中共某省委第四巡视组) and without (中共某省委巡视组)
        self.numbered_group = lex.regex(r"(中共.+委)({UnitOrdinal})({CommitteeGroup})$")
        self.unnumbered_group = lex.regex(r"(中共.+委)({CommitteeGroup})$")
        self.district_subunit = lex.regex(r"([\u4e00-\u9fff]{2,3})({DistrictSubunit})")
        #: the suffixes of a county-level division's name (区, 县, 市): a branch named by a district's short form that the
        #: gazetteer does not index alone, as a common word (高明分局 → 高明区), is that district's where the text prints
        #: the district's full name
        self.county_suffixes = tuple(e.pattern for e in lex.of("DivisionSuffix") if "county" in e.get("levels", ()))
        #: the heads of a county body's units that serve one township, and stand in the one they are named after
        self.town_unit_heads = tuple(lex.words("TownUnitHead")) or ("\0",)
        #: a street's office (StreetOfficeLead + StreetOffice: 街道办事处), the government of the street it is named after
        self.street_office_heads = tuple(lead + office for lead in lex.words("StreetOfficeLead")
                                         for office in lex.words("StreetOffice")) or ("\0",)
        #: a title right after a body, then 、 (县公安局副局长、…): what a unit of that body may follow
        self.title_then_list = lex.regex(r"(?:{PostTitleAfterBody:longest})、")
        self.branch_heads = tuple(h for h in lex.words("DistrictSubunit") if h.startswith("分"))  # 分局: a bureau's branch
        self.inner_bodies = lex.words("InnerBody")
        self.inner_with_body = tuple(lex.words("InnerBody", "with_body")) or ("\0",)  # 县政协党组: the CPPCC too
        #: posts of a committee inside a body of one kind (审判委员会委员 → 法院): printed right after such a body they are
        #: its post, title kept (as 党组 posts are), and the committee's name is no unit of it
        self.held_in_posts = tuple(sorted(((t, tuple(k.split("|"))) for t, k in lex.field("Post", "held_in").items()),
                                          key=lambda x: -len(x[0])))
        self.held_in_titles = tuple(t for t, _ in self.held_in_posts)  # one test before the pairs
        self.paired: dict[str, str] = lex.field("PairedBody", "after")  # 监委 printed after 纪委
        self.inner_body = lex.regex(r"({InnerBody})(?![\u4e00-\u9fff]{0,2}({InnerBodyTitle}))")
        #: 指挥部办公室主任: an inner body that is a unit of these bodies even before its head's title
        self.titled_inner_units = tuple((w, tuple(str(k).split("|")))
                                        for w, k in lex.field("InnerBody", "titled_unit_of").items())
        #: after a town's name of two or three characters; each field takes its own head (所 unless "head" says 站)
        self.as_printed_fields = frozenset(lex.words("AgencyField", "as_printed"))  # 边境管理: 呼伦贝尔边境管理支队
        self.office_head: dict[str, str] = lex.field("FieldOffice", "head")  # 水文 → 站
        heads = sorted({"所"} | {str(h) for h in self.office_head.values()}, key=len, reverse=True)
        self.field_office = lex.regex(r"({FieldOffice:longest})(" + "|".join(map(re.escape, heads)) + ")")
        self.office_bureau = lex.patterns("FieldOffice")
        #: the offices that serve a district of towns (a court's 人民法庭): where the county of their bureau is
        self.office_district = frozenset(lex.words("FieldOffice", "district"))
        self.office_full: dict[str, str] = lex.field("FieldOffice", "full")  # 市场监管 → 市场监督管理
        self.office_again = frozenset(lex.words("FieldOffice", "again"))  # 法 (某某法庭): only after its full name
        #: a town's office or station printed short (派出所, 农技站) → (its full name, the county bureau it is a branch of)
        self.town_offices = PhraseIndex({e.pattern: (e.id or e.pattern, e.get("bureau")) for e in lex.of("AgencyAbbrev")
                                         if e.get("bureau")})
        self.town_office_bureau = {full: bureau for full, bureau in self.town_offices.table.values()}  # 派出所 → 公安局
        self.town_office_heads = tuple(self.town_office_bureau)
        #: a unit only a bureau of one kind has (刑侦大队 → 公安局|公安分局), printed bare after such a bureau was named
        self.bureau_units = PhraseIndex({e.pattern: e.get("of") for e in lex.of("BureauUnit")})
        self.bureau_unit_words = lex.cues("BureauUnit")  # (a text without one is not scanned)
        #: each bureau of a field office with the forms it is printed in (市场监督管理局, 市场监管局), the longest first
        #: (a bureau's other name it may be printed under: 林业局 for 林业和草原局)
        names: dict[str, set[str]] = {}
        for p, b in self.office_bureau.items():
            names.setdefault(b, {b}).update(str(lex.field("FieldOffice", "also").get(p, "")).split("|") if
                                            lex.field("FieldOffice", "also").get(p) else ())
        self.bureau_forms: dict[str, tuple[str, ...]] = {
            b: tuple(sorted(ns | {p for p, full in lex.patterns("AgencyAbbrev").items() if full in ns}, key=len, reverse=True))
            for b, ns in names.items()}
        #: the bureau a printed form names in full (林草局 → 林业和草原局, 林业局 → 林业局)
        self.bureau_form_full: dict[str, str] = {f: (lex.patterns("AgencyAbbrev").get(f) or f)
                                                 for forms in self.bureau_forms.values() for f in forms}
        self.listed_bodies_end = lex.regex(r"{ListedBodiesEnd:longest}")
        #: the Party departments by the name they are listed under without their head (宣传 → 宣传部), longest first
        self.listed_dept_stems = {d[:-1]: d for d in sorted(self.party_depts, key=len, reverse=True)
                                  if d.endswith("部") and len(d) >= 3}
        #: (the ending of a jurisdiction's name, the head its listed fields take), the longest ending first
        self.listed_field_head = sorted(((e.pattern, e.get("head") or "") for e in lex.of("ListedFieldHead")),
                                        key=lambda x: -len(x[0]))
        self.local_abbrev = lex.regex(r"(?:(?<=[{BeforeAbbreviation}])|(?<={BeforeLocalPost}))({LocalBodyAbbrev})")
        self.local_abbrev_cues = lex.cues("LocalBodyAbbrev")
        #: a town's body printed without its level at the start of a record or after 、 in its chain (党委书记：某某)
        self.record_body = lex.regex(r"(?:^|(?<=[\n、；;]))(?:{RecordTownBody})")
        self.record_body_cues = lex.cues("RecordTownBody")
        #: a village's body printed without 村 at the start of a record on the village's page (党支部, 监委会), and the
        #: abbreviation it stands for (村党支部, 村务监督委员会)
        self.record_village_body = lex.regex(r"(?:^|(?<=[\n、；;]))(?:{RecordVillageBody:longest})")
        self.record_village_body_cues = lex.cues("RecordVillageBody")
        self.record_village_forms = lex.patterns("RecordVillageBody")
        #: the abbreviation such a body is read after: the first that points at the article's town (镇)
        self.record_body_level = next(k for k, h in lex.field("JurisdictionAbbrev", "home").items() if h == "town")
        self.town_party = lex.regex(r"(?<![\u4e00-\u9fff])({TownPartyAbbrev})|(?<=[{TownPartyLeadChar}])({TownPartyAbbrev})")
        self.town_party_cues = lex.cues("TownPartyAbbrev")
        self.street_office_bare = lex.regex(r"(?<![\u4e00-\u9fff])({StreetOfficeAbbrev:longest})|"
                                            r"(?<=[，。、；“\n在由])({StreetOfficeAbbrev:longest})")
        self.street_office_bare_cues = lex.cues("StreetOfficeAbbrev")
        self.bare_department = lex.regex(r"(?<=[、，。（“\n])({PartyDepartment.bare})(?=部长|副部长)")
        self.zone_kind = lex.regex(r"({ZoneKind})$")
        self.default_zone = lex.words("ZoneKind")[0]
        self.zone_level_abbrs = tuple(lex.words("JurisdictionAbbrev", "repeated"))  # 区某某管委会: the district's zone
        self.zone_own_heads = tuple(lex.words("ZoneOwnHead"))  # 农业产业园管委会: a park that needs no zone kind after it
        self.zone_full = lex.patterns("ZoneKind")  # 经开区 → 经济技术开发区
        self.zone_any = lex.regex(r"{ZoneKind:longest}")
        self.zone_name_open = lex.chars("ZoneNameOpenChar")  # 小 of 小蓝经开区: stops other names, may open a zone's
        self.zone_name_words = tuple(lex.words("ZoneNameWord", longest_first=True))  # 自由贸易试验区 inside a zone's name
        # 中国（福建）自由贸易试验区: a scope, then the zone's province or city in brackets, opening its name
        self.zone_bracket_scope = lex.regex(r"(?:{ZoneBracketScope})[（(]([\u4e00-\u9fff]{2,4})[）)]")
        self.zone_body = lex.regex(r"{ZoneBody:longest}")  # 党工委 → 工作委员会, 管委会 → 管理委员会
        self.zone_body_full = lex.patterns("ZoneBody")
        self.zone_party = frozenset(lex.words("ZoneBody", "party"))
        #: the administrative committee's short form, which names a zone without its kind (翠山湖管委会; not 管理委员会:
        #: 国有资产监督管理委员会 is no zone)
        self.zone_admin_alone = lex.regex(r"([\u4e00-\u9fff]{2,14})({ZoneBody.alone})")
        self.zone_admin_alone_cues = lex.cues("ZoneBody", "alone")
        self.zone_name_bar = lex.words("ZoneNameBar")  # 副市长某某任管委会主任: a post, no zone's name
        self.zone_admin = next(full for form, full in self.zone_body_full.items() if form not in self.zone_party)
        self.cpc_prefix = lex.words("CpcPrefix")
        self.cpc_full = lex.words("CpcFullPrefix")  # 中国共产党某县第十四届委员会
        #: 中国共产党某省第十届纪律检查委员会: a Party body of the place printed in full with its term between the place
        #: and its name; the body itself, named without the term
        self.cpc_termed_body = lex.regex(r"第[{TermOrdinal}]+届(?=(?:{CpcTermedBody:longest}))")
        self.subunit_stop_chars = lex.chars("SubunitStopChar")
        self.subunit_end = lex.regex(r"({SubunitHead})$")
        self.unit_name_start = lex.words("UnitNameStart")
        self.unit_inner_chars = lex.chars("UnitInnerChar")
        self.coordinated_bodies = lex.words("CoordinatedBody")  # …决策部署和区委: a second body after the joiner
        self.unit_heads = PhraseIndex(lex.patterns("UnitHead"))  # the heads of a body's units (处, 科, 委 → 委员会)
        # 干部科科长, 干部科副科长: a unit's head, then that head's own title (UnitOwnTitleLead, the head, UnitOwnTitleEnd)
        self.unit_own_title_leads = tuple(lex.words("UnitOwnTitleLead"))
        self.unit_own_title_ends = tuple(lex.words("UnitOwnTitleEnd"))
        self.national_unit_heads = frozenset(lex.words("UnitHead", "national"))  # 司: a ministry's units only
        # 中央编办一司, 某部三局: a national body's unit named by its number alone, right before the head
        self.numbered_national_unit = lex.regex(r"[{TermOrdinal}]{1,2}(?=(?:{UnitHead.national})(?!(?:{UnitHead.national})))")
        self.unit_head_of: dict[str, str] = lex.field("UnitHead", "of")  # 庭: a court's divisions only
        self.abbr_locatives = tuple(lex.words("AbbreviationLocative"))  # 县里, 镇上: the place, no body's abbreviation
        self.abbr_in_words = tuple(lex.words("AbbreviationInWord"))  # 乡村振兴工作队: 乡 is no township's abbreviation
        self.abbr_away = lex.regex(r"(?:{AbbreviationAwayVerb:longest})")  # 前往, 赴: the body travels to a place
        self.committee_own_units = frozenset(lex.words("CommitteeOwnUnit"))  # 办公厅 of 人大常委会副秘书长、办公厅主任
        self.item_close = lex.chars("ListItemClose")  # ，: the end of one person's item in a list of officials
        self.unit_bare_of: dict[str, str] = lex.field("UnitHead", "bare_of")  # 科: a bureau's section printed bare
        #: 分院: a unit of its kind of body only right after that body, never printed bare (成铁检察分院 is an
        #: abbreviation of a branch's whole name, not a second branch of the procuratorate named last)
        self.unit_not_bare = frozenset(lex.words("UnitHead", "not_bare"))
        #: (head, the kinds of body it is a unit of, printed bare) for each head of a unit that one kind of body has
        self.bare_unit_kinds = [(head, (of,), False) for head, of in self.unit_head_of.items()
                                if head not in self.unit_not_bare] + \
            [(head, tuple(of.split("|")), True) for head, of in self.unit_bare_of.items()]  # 处: a 厅's or a 部's
        self.bare_unit_patterns: dict[str, tuple] = {}  # head -> (the unit, where one may start): compiled when first used
        #: 部: a democratic party's committee's department printed bare too (民进某省委会主委某、议政调研部副部长某)
        self.unit_bare_party = tuple(lex.words("UnitHead", "bare_party"))
        self.unit_bare_after: dict[str, str] = lex.field("UnitHead", "bare_after")  # 、科普部部长: a chain's next title only
        #: 部: right after an association or a political-legal commission only (the names it may follow, "|" between)
        self.unit_head_after = {h: tuple(str(a).split("|")) for h, a in lex.field("UnitHead", "after").items()}
        self.unit_name_max: dict[str, int] = lex.field("UnitHead", "longest")  # 部: 权益部, not a clause that ends in 部
        self.unit_full = lex.patterns("UnitAbbrev")  # 残工委 → 残疾人工作委员会
        self.unit_ordinal = lex.regex(r"({UnitOrdinal})$")  # 民事审判第一庭, 第二支队: numbered units
        # 纪委第一监督检查室, 干部二科, 一大队: a unit's number opening its name, or a bare numeral right before its head
        self.unit_number = lex.regex(r"^(?:{UnitOrdinal})|(?:{UnitOrdinal})$|[{UnitNumeral}]$")
        self.unit_numerals = lex.chars("UnitNumeral")
        self.sentence_end = lex.chars("SentenceEnd")
        self.sentence_end_char = lex.regex(r"[{SentenceEnd}]")  # where a sentence ends: one search, not a loop a character
        self.own_head_abbrev = lex.chars("OwnHeadAbbrev")
        self.unit_list_joint = lex.chars("UnitListJoint")
        self.listed_unit_not_start = lex.chars("ListedUnitNotStart")
        self.own_unit = lex.regex(r"(?:([\u4e00-\u9fff]{2,10}?)({SubunitHead:longest})|(){OwnUnitAlone:longest})")
        # 局属, 厅直属单位: what makes the bodies printed after it (and listed after them) units of the one body of
        # that head named before
        self.subordinate_lead = lex.regex(r"([{OwnHeadAbbrev}])(?:{SubordinateLead:longest})")
        # 内设机构, 派出机构, 所属事业单位: a body's page lists its units after such a label (and a count, a colon or a line
        # break); the numbering of an item listed one a line
        self.unit_list_label = lex.regex(r"(?:{UnitListLabel:longest})")
        self.unit_list_label_cues = lex.cues("UnitListLabel")
        self.unit_list_label_tail = re.compile(r"(?:[（(][0-9一二三四五六七八九十]{1,3}个[）)])?[：:]?\n?")
        self.unit_item_number = re.compile(r"[（(][0-9一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[．.、]")
        self.post_titles = lex.words("Post", longest_first=True)  # titles (titles.jsonl): 开平市副市长
        self.post_title_set = frozenset(self.post_titles)
        self.title_modifiers = lex.words("TitleModifier", longest_first=True)  # 副 before a unit head's title
        #: the titles of posts in chains, not of members, of two characters or more (院长, 主任): no unit's name starts
        #: with one
        self.head_post_titles = tuple(sorted(e.pattern for e in lex.of("Post")
                                             if len(e.pattern) >= 2 and e.get("chain", True) and not e.get("member")))
        self.list_joint = lex.regex(r"{BodyListJoint:longest}")
        self.listed_street_office = lex.regex(r"{ListedStreetOffice:longest}")
        #: an item of a bare list that no rule reads (区委办、农业经济委、人社局): a few characters ending in a head,
        #: none of them a jurisdiction's, then the list's joint; skipped so the items after it are still read
        self.listed_unread = lex.regex(r"[^\W\d_{ListedItemBar}]{1,5}?(?:{ListedUnreadHead:longest})(?=(?:{BodyListJoint:longest}))")
        self.town_set_up = lex.regex(r"{TownSetUpVerb:longest}")  # 镇设 + the units it lists
        self.government_full = lex.words("GovernmentBody", "full")  # 人民政府, before a unit: a body of its own
        self.government_own = frozenset(lex.words("GovernmentBody", "own"))  # 行政公署: no 人民政府
        self.service_line = lex.regex(r"(?:{ServiceLine})(?!\d)")  # 某市 + 12315 + 投诉举报中心
        # 广东省 + 第九批 + 援藏工作队: a batch between the jurisdiction and a body sent in batches
        self.body_batch = lex.regex(r"(?:{BodyBatchOrdinal})[{BodyBatchNumeral}]{1,4}(?:{BodyBatch})")
        self.parties = lex.patterns("DemocraticParty")
        self.party_names = tuple(self.parties.values())  # the democratic parties' full names, which open their committees' names
        self.democratic_party = lex.regex(r"({DemocraticParty:longest})")
        self.democratic_party_before = lex.regex(r"(?:{DemocraticParty:longest})$")
        self.party_central = lex.regex(r"{PartyCentral:longest}")
        self.party_committee = lex.regex(r"(?:{PartyCommittee:longest})(?!员)")
        #: 九三学社中央常委、某市委主委: a title chain's next place and the short ending of its party committee
        self.party_chain_next = lex.regex(r"[^{PartyChainJoint}。；\n]{1,8}?[{PartyChainJoint}]")
        self.party_chain_committee = lex.regex(r"({PartyChainCommittee:longest})(?:{PartyOnlyTitle:longest})")
        self.party_chain_full = lex.patterns("PartyChainCommittee")
        #: what makes 区委会 the start of 区委会议, a Communist Party committee's meeting, not a democratic party's committee
        self.party_committee_meeting = tuple(lex.patterns("CommitteeMeetingTail"))
        #: how a place's committee of a democratic party ends its full name (总支部 → 总支部委员会; 委会, 委 → 委员会)
        self.party_committee_ends = lex.patterns("PartyCommittee")  # every one's "id" (or its pattern) the full ending
        self.cppcc_before = lex.patterns("CppccBefore")  # 政协 → 中国人民政治协商会议
        self.termed_committee = lex.regex(r"第[{TermOrdinal}]+届({PartyCommittee:longest})(?!员)")
        #: after 政协 and a place, its committee with or without a term (政协某县第十届委员会, 政协某县委员会)
        self.cppcc_committee = lex.regex(r"(?:第[{TermOrdinal}]+届)?(?:{CppccCommittee:longest})(?!员)")
        #: before a place, 政协 and the term it may print there (政协第十二届某省委员会): the mark of a CPPCC committee
        self.cppcc_mark = lex.regex(r"({CppccBefore:longest})(?:第[{TermOrdinal}]+届)?$")
        #: a body's term printed right before its abbreviation (十一届省政协副主席, 第九届县人大代表), the term opening its
        #: phrase or following a word an abbreviation follows too (主持召开七届省政府第三次全体会议)
        self.term_before_abbr = lex.regex(r"(?:^|[^\u4e00-\u9fff]|[{BeforeAbbreviation}]|(?:{BeforeAbbreviationWord:longest}))"
                                          r"第?[{TermOrdinal}]+届$")
        self.termed_heads = tuple(lex.words("TermedBodyHead"))  # 联合会: a federation whose congress elects a committee
        self.body_term = lex.regex(r"第[{TermOrdinal}]+届(?:{TermedCommittee:longest})(?![员会])")
        #: after an abbreviated CPPCC, its committee in one of its terms (州政协第十四届委员会): the same committee
        self.cppcc_term = lex.regex(r"第[{TermOrdinal}]+届(?:{CppccCommittee:longest})(?!员)")
        self.corps_province = lex.words("CorpsProvince")[0]
        self.corps_name = lex.words("CorpsName")[0]  # 新疆生产建设兵团
        self.corps_names = tuple(lex.words("CorpsName") + lex.words("CorpsShortName"))  # … and 兵团 (兵团第七师)
        #: a regiment of the Corps: its number, then its head (一二三团, 一0四团); not a word the head begins (团结, 团委)
        #: group 1 its number in numerals, group 2 in Arabic digits (104团: read as 一〇四团, RegimentDigit)
        self.regiment = lex.regex(r"(?:(?<![{RegimentNumeral}{RegimentZero}第])([{RegimentNumeral}][{RegimentNumeral}"
                                  r"{RegimentZero}]{0,3})|(?<![0-9０-９.．第])([0-9０-９]{1,3}))(?:{RegimentHead})"
                                  r"(?![{RegimentBadAfter}])")
        self.regiment_digits = lex.charstr("RegimentDigit")
        #: 一二三团 → its division (CorpsRegiment: the curated lines, a user's, those derived from open data; the first
        #: line of a regiment wins), the number written with the one zero (一零四团, 一0四团 → 一〇四团)
        self.regiment_cues = lex.cues("RegimentHead")
        self.regiment_division: dict[str, str] = {}
        for pattern, division in lex.field("CorpsRegiment", "division").items():
            self.regiment_division.setdefault(regiment_key(pattern, lex), str(division))
        self.regiment_zero = _zero_table(lex)
        self.corps_abbrev = lex.regex(r"(?:{CorpsUnitAbbrev})(?=(?:{CorpsAbbrevNext}))")  # 师 + 党委
        #: a state farm named by three numerals or three digits (八五六农场, 二九〇农场, 856农场)
        self.numbered_farm = lex.regex(r"(?:(?<![{RegimentNumeral}{RegimentZero}第])([{RegimentNumeral}{RegimentZero}]{3})"
                                       r"|(?<![0-9０-９.．第])([0-9０-９]{3}))(?:{NumberedFarmHead})")
        self.numbered_farm_cues = lex.cues("NumberedFarmHead")
        self.corps_abbrev_cues = lex.cues("CorpsAbbrevNext")
        #: the top-tier bodies printed right after a jurisdiction: its government (and that government's general office),
        #: its people's congress (in a term: 第十届人大, or printed without 第 as county news print it: 县十六届人大常委会),
        #: its CPPCC committee, a street's office
        # 柳州市十五届人民政府第46次常务会议: the government in one of its terms, the government itself
        self.government = lex.regex(rf"(?:{_TERM_PRINTED})?({{GovernmentBody}})({{GovernmentOffice}})?")
        self.congress = lex.regex(rf"({_TERM_PRINTED})?({{CongressBody:longest}})")
        self.congress_full = lex.patterns("CongressBody")
        #: a title of the standing committee (副主任, 党组成员) right after a congress printed 人大: the committee's own post
        self.standing_titles = tuple(lex.words("CongressStandingTitle", longest_first=True))
        self.standing_body = lex.patterns("CongressStandingBody")  # the congress's full name → its standing committee's
        self.cppcc = lex.regex(r"{CppccBody}({GovernmentOffice})?")  # 政协办, 政协办公厅: its general office
        #: 政协 before its member's title (政协委员某某): the committee where a name follows, as 政协 is elsewhere
        self.cppcc_member = lex.regex(r"(?:{CppccMemberBody})()(?=(?:{CppccMemberTitle}))")
        self.cppcc_member_title = lex.regex(r"(?:{CppccMemberTitle})")
        self.national_committee_owners = frozenset(lex.words("NationalCommitteeOwner"))  # 全国政协: committees of its own
        self.government_offices = tuple(w for w in lex.words("GovernmentOffice") if len(w) > 1)  # 办公室, 办公厅
        self.street_office = lex.regex(r"({StreetOfficeLead})?({StreetOffice})")
        self.stationed = lex.regex(r"({StationedAt:longest})")
        self.stationed_groups = lex.patterns("StationedGroup")
        self.group_sender: dict[str, str] = lex.field("StationedGroup", "sender")


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


_COMMITTEE_LEVELS = (Level.PROVINCE, Level.CITY, Level.COUNTY)
_MAX_LISTED = 12  # bodies in one bare list
_ONE_VILLAGE = 300  # how far back the one village named may be the home of 村党支部
_MAX_ANY_BODY = 14  # the longest body before a head that takes any body (指挥部)
_CORPS = "corps"  # the level of a division of the Production and Construction Corps (七师)


#: the bodies whose name, printed only as the start of one of their units' names (省委宣传部, 市政府国资委,
#: 市人大法制委), is no mention of them
_TOP_TIER = ("committee", "government", "congress", "cppcc")
#: a body's term printed between its place and its name, with 第 or without it as county news print it (县十六届人大常委会)
_TERM_PRINTED = r"第?[{TermOrdinal}]+届"
_COMMITTEE_OWNERS = ("grammar-cppcc", "grammar-congress")  # bodies with committees of their own (提案委员会, 法制委员会)
#: the levels of the homes, to tell 珠海市、区… (the city and every district) from 铁山区、市… (the city's)
_HOME_RANK = {"province": 4, "prefecture": 3, "city": 3, "district": 2, "county": 2, "town": 1, "street": 1}
#: the levels of the places whose offices a town's office printed alone after them may be (在甲镇、乙乡的司法所)
_LOCAL_LEVELS = (Level.TOWN, Level.STREET, Level.VILLAGE, Level.COMMUNITY)
#: the most characters a field of government work (AgencyField) is looked for before a body's head
_LONGEST_FIELD = 10
#: how far back the zone a body's short form stands for (…开发区党工委书记A出席。管委会主任B) may be named
_ZONE_SHORT_FORM = 200
#: how far before a zone's kind a bracketed scope may open its name (中国（福建）自由贸易试验区福州片区)
_ZONE_BRACKET_REACH = 20
#: how far back a body may name the place of an abbreviation (市政协 after 三亚市人大常委会主任刘耿、)
_SAME_SENTENCE = 80


class _Placed:
    """The bodies with the codes of their places and the places printed with a title (:meth:`AgencyFinder._placed_before`):
    ``pairs`` as listed; ``kept``, those with a code and no anchor of an abbreviation, by where they end (in list order
    where they end at one place), and ``ends``, where they end."""

    __slots__ = ("pairs", "kept", "ends")

    def __init__(self, pairs: list[tuple[Candidate, str]]) -> None:
        self.pairs = pairs
        self.kept = sorted(((b, code) for b, code in pairs if code and not b.body.abbr_anchor), key=lambda bc: bc[0].end)
        self.ends = [b.end for b, _ in self.kept]


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


#: what :meth:`AgencyFinder._stopped` has not been asked about, and the most bodies it keeps
_UNASKED = object()
_STOPS_KEPT = 1 << 16


class AgencyFinder:
    def __init__(self, gaz: Gazetteer, lex: Lexicon):
        self.gaz = gaz
        self.fields = PhraseIndex(lex.patterns("AgencyField"))  # as printed → in a full name (住建 → 住房和城乡建设)
        self.abbrevs = PhraseIndex(lex.patterns("AgencyAbbrev"))
        #: the full name an abbreviation's body has in a prefecture-level city (市法院 → 韶关市中级人民法院)
        self.prefecture_forms = lex.patterns("PrefectureForm")
        #: the full name an abbreviation's body has in a province (省法院 → 甘肃省高级人民法院)
        self.province_forms = lex.patterns("ProvinceForm")
        self.national = PhraseIndex(lex.patterns("Agency"))
        self.corps = PhraseIndex(lex.patterns("CorpsDivision"))
        self.v = _vocabulary() if lex is lexicon() else _Vocabulary(lex)
        self.depts = PhraseIndex(self.v.party_depts)
        self.league_depts = PhraseIndex(lex.patterns("LeagueDepartment"))
        self._stops: dict[str | tuple[str, bool], bool | None] = {}  # _stopped's answer for each body asked about (as a task's)

    # --- public ---------------------------------------------------------------------

    def find(self, text: str, places: list[Candidate], home_of: Callable[[int], Home]) -> list[Candidate]:
        out: list[Candidate] = []
        for s, e, surface, cid in self.national.finditer(text):
            if self._bad_after(text, e) or self._foreign(text, s) \
                    or text.endswith(self.v.word_over_body, max(0, s - 3), s + 1):
                continue  # 科技部门 is not 科技部; 美国国务院 is not the State Council; 县中办学 is no 中办
            body = Candidate(s, e, "Agency", cid, "lexicon", 0.95, priority=Priority.AGENCY,
                             body=BodyRef(surface), national=True)
            out.append(body)
            out += self._units_of_national(text, body)
        bodies: list[Candidate] = []
        anchors = list(self._place_anchors(text, places)) + self._corps_anchors(text, places, out)
        listed = self._listed_anchor_ends(anchors)
        for anchor in anchors:
            parsed = self._parse_from(text, anchor, home_of)
            bodies += parsed + self._shared_by_places_before(text, anchor, listed, parsed)
        out += bodies + self._party_committees(text, anchors, home_of) + self._institution_leagues(text, places)
        for anchor in self._abbreviation_anchors(text, places, home_of, bodies):
            out += self._parse_from(text, anchor, home_of)
        for anchor in self._record_anchors(text, home_of):
            out += self._parse_from(text, anchor, home_of)
        out += self._stationed_groups(text, anchors, out, home_of)
        out += self._stationed_teams(text, out, places)
        out += self._field_offices(text, home_of, places, out)
        out += self._town_offices(text, home_of, out, places)
        out += self._listed_fields(text, places, home_of, out)
        out += self._listed_departments(text, out)
        out += self._bare_departments(text, home_of, out)
        out += self._bare_units(text, out)
        out += self._units_of_own_head(text, out)
        self._subordinates(text, out)
        out += self._set_up_units(text, out)
        out += self._grassroots_abbreviations(text, home_of, places)
        out += self._zone_committees(text, home_of)
        zones = self._zone_bodies(text, home_of, places, out)
        # …自由贸易试验区福州片区管理委员会: a zone's body printed with its kind is that body, not a free body of the place
        # its last words name (福州片区管理委员会 → no 福州市片区管理委员会)
        spans = [(z.start, z.end) for z in zones if z.method == "grammar-zone"]
        out = [c for c in out if not (c.method == "grammar-free" and any(s < c.start and c.end == e for s, e in spans))]
        out += zones
        out += self._home_task_groups(text, home_of, out)
        out += self._scheme_named_groups(text)
        out += self._short_form_references(text, out)
        out += self._bureau_units_alone(text, out)
        self._units_named_again(out)
        self._bodies_under_another_again(out)
        out += self._township_units_after_title(text, out)
        out += self._units_printed_alone(text, out)
        out += self._sibling_units_alone(text, out)
        self._groups_named_again(out)
        again = [(c.start, c.end) for c in out if c.method == "grammar-party-again"]
        if again:  # 区委会主委某某 after 民建某区委会: no Communist Party 区委 inside the democratic party's committee named again
            out = [c for c in out if c.method == "grammar-party-again"
                   or not any(s <= c.start and c.end <= e and c.end - c.start < e - s for s, e in again)]
        for c in out:  # one name for a district's body however the text prints it, and for a county's
            code = c.body.place_code or c.body.within_code
            if code:
                c.name = self._one_name(c.name, code)
                if c.body.parent:
                    c.body = dataclasses.replace(c.body, parent=self._one_name(c.body.parent, code))
            alias = committee_office_alias(c)
            if alias and alias not in c.aliases:
                c.aliases += (alias,)
            alias = self._town_printed_alias(text, c)
            if alias and alias not in c.aliases:
                c.aliases += (alias,)
        return out

    def _town_printed_alias(self, text: str, c: Candidate) -> str:
        """曲水县才纳乡党委 where the gazetteer lists 才纳镇 (a township since become a town, or a street): the body of
        the township, named by the gazetteer's name, is named as printed too (中共曲水县才纳乡委员会), as the place
        keeps its printed name beside the gazetteer's; "" where the township is printed under its own name."""
        d = self.gaz.get(c.body.place_code) if c.type == "Agency" and c.body.place_code else None
        if d is None or d.level not in (Level.TOWN, Level.STREET) or d.name not in c.name:
            return ""
        surface = text[c.start : c.end]
        stem = town_short_form(d.name)
        if not stem or d.name in surface or stem not in surface:
            return ""
        at = surface.index(stem) + len(stem)
        printed = next((stem + x for x in self.v.town_suffixes if surface.startswith(x, at)), "")
        return c.name.replace(d.name, printed, 1) if printed and printed != d.name else ""

    def _one_name(self, name: str, code: str) -> str:
        """The one name of a body of the place ``code``, however printed: a district's with its city, a county's
        without the city or prefecture printed before it."""
        return without_enclosing(with_city(name, code, self.gaz), code, self.gaz)

    def body_in(self, text: str, pos: int, before: Candidate) -> Candidate | None:
        """A body printed at ``pos`` without its jurisdiction, in a list or title chain right after the body
        ``before`` (县纪委书记、监委主任: the county's 监察委员会; 街道党工委副书记、办事处主任), read in the
        jurisdiction of ``before``; None where none is printed there or ``before`` has no listed place."""
        code = before.body.place_code
        div = self.gaz.get(code) if code else None
        if div is None and pos < len(text) and before.name in self.v.national_committee_owners:
            return self._national_committee_in(text, pos, before)
        if div is None or pos >= len(text):
            return None
        found = self._body_at(text, pos, _Anchor(pos, pos, div.name, div))
        if found is None or not found[1]:
            return None
        end, canonical, kind = found
        if kind == "free" and before.method in _COMMITTEE_OWNERS and (text[pos:end].endswith(self.v.head_full["委"])
                                                                      or text[pos:end] in self.v.committee_own_units):
            # 县政协副主席、提案委员会主任, 省人大常委会副秘书长、办公厅主任: a committee or an office named bare after a
            # post in a CPPCC or congress is one of its own
            return Candidate(pos, end, "Agency", f"{before.name}{text[pos:end]}", "grammar-unit-in-chain", 0.8,
                             priority=Priority.AGENCY, body=BodyRef(text[pos:end], div.name, div.code, before.name))
        return Candidate(pos, end, "Agency", with_city(canonical, div.code, self.gaz), f"grammar-{kind}-in-chain", 0.8,
                         priority=Priority.AGENCY, body=BodyRef(text[pos:end], div.name, div.code))

    def _national_committee_in(self, text: str, pos: int, before: Candidate) -> Candidate | None:
        """全国政协常委、经济委员会副主任: a committee named bare (…委员会) after a post in a national body that has
        committees of its own (NationalCommitteeOwner) is one of its own, as a local CPPCC's or congress's is."""
        found = self._body_at(text, pos, _Anchor(pos, pos, "", None))
        if found is None or found[2] != "free" or not text[pos : found[0]].endswith(self.v.head_full["委"]):
            return None
        end = found[0]
        return Candidate(pos, end, "Agency", f"{before.name}{text[pos:end]}", "grammar-unit-in-chain", 0.8,
                         priority=Priority.AGENCY, body=BodyRef(text[pos:end], "", "", before.name))

    # --- anchors ------------------------------------------------------------------------

    def _place_anchors(self, text: str, places: list[Candidate]):
        """Places printed before a body (开平市, 中共开平市, 江门市蓬江区), and the national prefixes."""
        by_start = sorted(places, key=lambda c: c.start)
        i = 0
        while i < len(by_start):
            p = by_start[i]
            start, end = p.start, p.end
            printed = p.division.printed or (p.name if p.division.level in _COMMITTEE_LEVELS
                                                  else text[p.start : p.end])
            j = i
            while j + 1 < len(by_start) and by_start[j + 1].start == end:  # a chain: 江门市蓬江区
                j += 1
                end = by_start[j].end
                printed += text[by_start[j].start : by_start[j].end]
            last = by_start[j]
            div = self.gaz.get(last.division.code) if last.division.code else None
            if j > i and last.division.level in _COMMITTEE_LEVELS and text[last.start : last.end] != last.name:
                # the last place of a chain as printed → its full name (江门开平 → 江门开平市); a single
                # place is already its full name above (开平 → 开平市, never 开开平市)
                printed = printed[: len(printed) - (last.end - last.start)] + (last.division.printed or last.name)
            if j > i and p.division.level == Level.PROVINCE and printed.startswith(p.name):
                # 浙江省湖州市委 is 中共湖州市委员会: a city's or county's bodies never carry the province
                printed = printed[len(p.name) :]
            extra = {}
            if div is None and last.division.parent and last.division.level in (Level.VILLAGE, Level.COMMUNITY, Level.TOWN):
                extra = dict(level=last.division.level, within=self.gaz.get(last.division.parent),
                             local=last.name)
            elif div is None and last.division.level in (Level.VILLAGE, Level.COMMUNITY) and j == i:
                extra = dict(level=last.division.level, local=last.name)  # 某某嘎查党支部, its township not printed
            elif div is None and last.division.level in (Level.TOWN, Level.STREET) and j == i:
                extra = dict(level=last.division.level, local=last.name)  # 城关镇党委: a township of many counties, none printed
            cpc = text[max(0, start - 2) : start] == "中共"
            full = text[max(0, start - len(self.v.league)) : start] == self.v.league
            league = not cpc and text[start - 1 : start] == self.v.league_abbrev and (
                text.startswith("委", end) or (full and self.v.termed_committee.match(text, end) is not None)
            )  # 团开平市委; 共青团开平市第十届委员会, the committee in one of its terms
            if league:  # its name printed in full (共青团开平市委员会) begins with 共青团
                yield _Anchor(start - (len(self.v.league) if full else 1), end, printed, div, league=True, **extra)
            else:
                yield _Anchor(start - 2 if cpc else start, end, printed, div, cpc=cpc, **extra)
            i = j + 1
        for m in self.v.national.finditer(text):
            if not self._foreign(text, m.start()):
                yield _Anchor(m.start(), m.end(), m.group(), None, national=True)

    def _foreign(self, text: str, pos: int) -> bool:
        """A country or region printed right before ``pos`` (美国, 俄, 香港): what follows is its body."""
        return self.v.foreign_before.search(text, max(0, pos - 6), pos) is not None

    def _corps_anchors(self, text: str, places: list[Candidate], out: list[Candidate]) -> list[_Anchor]:
        """The divisions of the Production and Construction Corps (七师, 第七师) on a page about their
        province: each is a body (added to ``out``) and the jurisdiction of the bodies printed after it."""
        anchors = []
        divisions = []
        found = [(s, e, surface, full) for s, e, surface, full in self.corps.finditer(text) if not self._bad_after(text, e)]
        # a page names the Corps where it prints a place of its province, the Corps, or a division with the Corps'
        # name before it (兵团第七师): then 第七师 printed alone is the Corps' division too
        about = bool(found) and (self.v.corps_name in text
                                 or any(surface.startswith(self.v.corps_names) for _, _, surface, _ in found)
                                 or any(self._within_province(p, self.v.corps_province) for p in places))
        for s, e, surface, full in found:
            divisions.append((s, e, full))
            if not about:
                continue
            out.append(Candidate(s, e, "Agency", full, "lexicon-corps", 0.85, priority=Priority.AGENCY,
                                 body=BodyRef(surface)))
            anchors.append(_Anchor(s, e, full, None, level=_CORPS))
        anchors += self._regiments(text, divisions, places, out)
        anchors += self._numbered_farms(text, out)
        return anchors + self._corps_abbreviations(text, anchors)

    def _numbered_farms(self, text: str, out: list[Candidate]) -> list[_Anchor]:
        """State farms named by a number (八五六农场, 856农场 → 八五六农场): each is a body (added to ``out``) and the
        jurisdiction of the bodies printed after it (八五六农场党委 → 中共八五六农场委员会), as a Corps regiment is."""
        v, anchors = self.v, []
        if not holds_any(text, v.numbered_farm_cues):
            return anchors
        for m in v.numbered_farm.finditer(text):
            s, e = m.span()
            number = m.group(1) or regiment_numerals(m.group(2), v.regiment_digits)
            full = number.translate(v.regiment_zero) + text[m.end(1 if m.group(1) else 2) : e]
            out.append(Candidate(s, e, "Agency", full, "grammar-numbered-farm", 0.8, priority=Priority.AGENCY,
                                 body=BodyRef(text[s:e])))
            anchors.append(_Anchor(s, e, full, None, level=_CORPS))
        return anchors

    def _corps_abbreviations(self, text: str, units: list[_Anchor]) -> list[_Anchor]:
        """师党委, 团党委: the level's character alone before a Party committee stands for the division (师) or regiment
        (团) the text named last before it, as 市委 does for a city (七师党委书记…，师党委常委、副政委某)."""
        out = []
        latest = sorted(units, key=lambda a: a.end, reverse=True)
        for m in self.v.corps_abbrev.finditer(text) if holds_any(text, self.v.corps_abbrev_cues) else ():
            s = m.start()
            prev = text[s - 1] if s else "\n"
            if prev not in self.v.abbr_before and text[max(0, s - 2) : s] not in self.v.abbr_after_words:
                continue  # 教师党委: the end of another word
            unit = next((a for a in latest
                         if a.end <= s and a.printed.endswith(m.group())), None)
            if unit is not None:
                out.append(_Anchor(s, m.end(), unit.printed, None, level=_CORPS))
        return out

    def _regiments(self, text: str, divisions: list[tuple[int, int, str]], places: list[Candidate],
                   out: list[Candidate]) -> list[_Anchor]:
        """The Corps' regiments (一二三团, 第八师一四三团): each is a body, a unit of its division (added to ``out``), and
        the jurisdiction of the bodies printed after it (一二三团党委 → 中共新疆生产建设兵团第七师一二三团委员会). Its
        division is the one printed right before it, else the one the lexicon gives it (CorpsRegiment), else the one
        the text named last before it; with none, the Corps printed in the text is its only jurisdiction, and with no
        Corps either a number and 团 is no regiment (共青团, 代表团 hold no number; a number of one character needs its
        division printed before it). A regiment the lexicon alone gives a division is none on a page whose places all
        lie outside the Corps' province, with no division or Corps printed (乐山市…一六五团志愿者)."""
        v, anchors = self.v, []
        corps_named = v.corps_name in text
        if not holds_any(text, v.regiment_cues):
            return anchors
        elsewhere = None
        for m in v.regiment.finditer(text):
            s, e = m.span()
            printed = next((d for d in divisions if d[1] == s), None)
            number = m.group(1) or m.group(2)
            if printed is None and len(number) < 2:
                continue
            regiment = (m.group(1) or regiment_numerals(m.group(2), v.regiment_digits)) + text[m.end(2 if m.group(2) else 1) : e]
            regiment = regiment.translate(v.regiment_zero)
            named = printed[2] if printed else next((d[2] for d in reversed(divisions) if d[1] <= s), "")
            listed = "" if printed else v.regiment_division.get(regiment, "")
            if listed and not named and not corps_named:
                if elsewhere is None:
                    elsewhere = bool(places) and not any(self._within_province(p, v.corps_province) for p in places)
                if elsewhere:
                    continue
            division = printed[2] if printed else listed or named
            if not division and not corps_named:
                continue
            start = printed[0] if printed else s
            full = f"{division or v.corps_name}{regiment}"
            out.append(Candidate(start, e, "Agency", full, "grammar-corps-regiment", 0.8, priority=Priority.AGENCY,
                                 body=BodyRef(text[start:e], parent=division or v.corps_name)))
            anchors.append(_Anchor(start, e, full, None, level=_CORPS))
        return anchors

    def _within_province(self, place: Candidate, province: str) -> bool:
        code = place.division.code
        d = self.gaz.get(code) if code else None
        return d is not None and (d.name == province or any(x.name == province for x in self.gaz.ancestors(d.code)))

    def _party_committees(self, text: str, anchors: list[_Anchor], home_of: Callable[[int], Home]) -> list[Candidate]:
        """The democratic parties' committees: 农工党长春市委会 (a place's), 农工党中央 (the central one), and a place's
        printed by its level's character alone (:meth:`_party_home_committee`)."""
        out = []
        named: list[tuple[Candidate, str]] = []  # each place's committee and its short form (区委会: _party_committees_again)
        by_start = {a.start: a for a in anchors if a.division is not None and not a.cpc}
        for m in self.v.democratic_party.finditer(text):
            full, e = self.v.parties[m.group()], m.end()
            central = self.v.party_central.match(text, e)
            if central:
                out.append(Candidate(m.start(), central.end(), "Agency", f"{full}中央委员会", "grammar-party", 0.9,
                                     priority=Priority.AGENCY, body=BodyRef(text[m.start() : central.end()]), national=True))
                out.extend(self._party_chain_committee(text, central.end(), full, by_start))
                continue
            a = by_start.get(e)
            region = self._region_short_at(text, e) if a is None else None
            committee = self.v.party_committee.match(text, region[1]) if region is not None else None
            if committee is not None:  # 民进广西区委会: a region's short name and its level, then the committee
                div = region[0]
                ending = self.v.party_committee_ends[committee.group()]
                out.append(Candidate(m.start(), committee.end(), "Agency", f"{full}{div.name}{ending}", "grammar-party", 0.9,
                                     priority=Priority.AGENCY,
                                     body=BodyRef(text[m.start() : committee.end()], div.name, div.code)))
                named.append((out[-1], div.name[-1] + committee.group()))
                continue
            if a is None:  # 民盟省委会: no place printed, a level's character alone (none after a region's short name)
                home = self._party_home_committee(text, m, full, home_of) if region is None else None
                if home is not None:
                    out.append(home[0])
                    named.append(home)
                continue
            committee = self.v.party_committee.match(text, a.end)
            termed = self.v.termed_committee.match(text, a.end) if committee is None else None
            committee = committee or termed  # 民进某市第十二届委员会: the committee in one of its terms
            if committee is None or a.division.level not in _COMMITTEE_LEVELS:
                continue
            printed_end = termed.group(1) if termed else committee.group()  # the committee after a term's number
            ending = self.v.party_committee_ends[printed_end]  # 民盟某县总支部: its 总支部委员会
            out.append(Candidate(m.start(), committee.end(), "Agency", f"{full}{a.printed}{ending}", "grammar-party", 0.9,
                                 priority=Priority.AGENCY, body=self._body(a, text[m.start() : committee.end()])))
            named.append((out[-1], a.printed[-1] + printed_end))
        out += self._party_committees_again(text, named, {a.end for a in anchors})
        return out + self._party_committee_units(text, out)

    def _party_committee_units(self, text: str, committees: list[Candidate]) -> list[Candidate]:
        """A unit printed right after a place's committee of a democratic party (as printed first or named again),
        with the head of such a party's units (UnitHead "bare_party"): one of its units."""
        # 农工党某省委会社会服务部部长某某; 省委会社会服务部, the committee named again
        out = []
        for c in committees:
            if c.national:
                continue
            nxt = self._subunit_at(text, c.end, c)
            if nxt is None:
                continue
            end, name = nxt
            if not name.endswith(self.v.unit_bare_party):
                continue  # 省委会副主委某某: a title of the committee's, no unit 副主委(员会)
            out.append(Candidate(c.start, end, "Agency", name, "grammar-subunit", 0.8, priority=Priority.SUBUNIT,
                                 body=dataclasses.replace(c.body, surface=text[c.start : end], parent=c.name)))
        return out

    def _party_home_committee(self, text: str, m: re.Match, full: str, home_of: Callable[[int], Home]
                              ) -> tuple[Candidate, str] | None:
        """A democratic party, a jurisdiction's character (JurisdictionAbbrev with a committee) and the committee's
        ending: the party's committee of the article's home of that level, as the Communist Party's is printed so, and
        the short form it may be named again by; None where the character or the home is wanting."""
        # 民盟省委会, 农工党市委会主委某某: the province's, the city's; named again as 省委会, 市委会
        e = m.end()
        ch = text[e : e + 1]
        committee = self.v.party_committee.match(text, e + 1) if ch in self.v.committee_abbrs else None
        div = home_of(m.start()).for_abbr(ch) if committee is not None else None
        if div is None or div.level not in _COMMITTEE_LEVELS:
            return None
        ending = self.v.party_committee_ends[committee.group()]
        c = Candidate(m.start(), committee.end(), "Agency", f"{full}{div.name}{ending}", "grammar-party", 0.85,
                      priority=Priority.AGENCY, body=BodyRef(text[m.start() : committee.end()], div.name, div.code, abbr_anchor=ch))
        return c, ch + committee.group()

    def _party_chain_committee(self, text: str, pos: int, full: str, by_start: dict) -> list[Candidate]:
        """九三学社中央常委、上海市委主委: after a post in the party ``full``'s central committee (ending at ``pos``), the
        chain's next place, the short ending of a committee and a title only the parties' committees have: the party's
        committee of that place (not the Communist Party's 市委)."""
        nxt = self.v.party_chain_next.match(text, pos)
        a = by_start.get(nxt.end()) if nxt is not None else None
        m = self.v.party_chain_committee.match(text, a.end) if a is not None else None
        if m is None or a.division.level not in _COMMITTEE_LEVELS:
            return []
        end = m.end(1)
        # surer than the Communist Party's committee read on the same characters, which it replaces
        return [Candidate(a.start, end, "Agency", f"{full}{a.printed}{self.v.party_chain_full[m.group(1)]}", "grammar-party",
                          0.99, priority=Priority.AGENCY, body=self._body(a, text[a.start : end]))]

    def _party_committees_again(self, text: str, named: list[tuple[Candidate, str]], place_ends: set[int]) -> list[Candidate]:
        """民建某区委会召开会议。区委会主委某某: a place's committee of a democratic party named again by the last
        character of its place's name and the ending printed with it (区委会, 市委会; 对区委会下一步的工作), its
        character not the end of a place's name (``place_ends``): the same committee, not the Communist Party's 区委.
        An ending of one character (区委) is never one: that is the Communist Party's committee."""
        out = []
        for c, short in named:
            if len(short) < 3:
                continue
            pos = c.end
            while (k := text.find(short, pos)) >= 0:
                pos = k + len(short)
                if k + 1 in place_ends or text.startswith(self.v.party_committee_meeting, pos):
                    continue  # 民建某区委会 itself, 某区委会: a place's; 区委会议: the Communist Party committee's meeting
                out.append(Candidate(k, pos, "Agency", c.name, "grammar-party-again", 0.8, priority=Priority.AGENCY,
                                     body=dataclasses.replace(c.body, surface=short)))
        return out

    def _region_short_at(self, text: str, pos: int) -> tuple[Division, int] | None:
        """A province-level division printed at ``pos`` by its short name and the last character of its level (广西区,
        宁夏区, 湖南省): the division and where the print ends; None where none is."""
        for d in self.gaz.lookup(text[pos : pos + 2]) + self.gaz.lookup(text[pos : pos + 3]):
            if d.level == Level.PROVINCE and d.short and text.startswith(d.short + d.name[-1], pos):
                return d, pos + len(d.short) + 1
        return None

    def _institution_leagues(self, text: str, places: list[Candidate]) -> list[Candidate]:
        """某县第一中学团委: the Youth League committee of a school printed after the place that begins the school's
        name (共青团某县第一中学委员会), standing in that place."""
        out = []
        v = self.v
        if not holds_any(text, v.institution_league_cues):
            return out
        by_end = {p.end: p for p in places}
        starts = {p.start for p in places}
        for p in places:
            m = v.institution_league.match(text, p.end) if p.division.code and p.end not in starts else None
            if m is None or self._stopped(v.ordinal.sub("", m.group(1))) is None:
                continue  # 某县召开会议表彰中学…: a verb; 某县城关镇中学: the last place of a chain begins the school's name
            first = p
            while first.start in by_end:  # 平江县三市镇中学: the school's name as printed from the chain's first place
                first = by_end[first.start]
            school = text[first.start : m.end(1)]
            out.append(Candidate(first.start, m.end(), "Agency", f"{v.league}{school}{v.institution_league_suffix[m.group(2)]}",
                                 "grammar-institution-league", 0.8, priority=Priority.AGENCY,
                                 body=BodyRef(text[first.start : m.end()], p.name, p.division.code)))
        return out

    def _abbreviation_anchors(self, text: str, places: list[Candidate], home_of: Callable[[int], Home],
                              bodies: list[Candidate]):
        """Abbreviated jurisdictions: 市委, 省公安厅, 区委组织部 (and 开平市委市政府: right after another
        body). Each is the place of the same kind whose body the sentence printed last (三亚市人大常委会
        主任刘耿、市政协主席林海宁: 三亚市), else the article's home."""
        v = self.v
        by_end = _by_end(places)
        placed = None
        for m in v.abbrevs.finditer(text):
            s = m.start()
            if text.startswith(v.abbr_locatives, s):
                continue  # 县里选派工作队: the county as an actor, no body's abbreviation
            if v.abbr_in_words and text.startswith(v.abbr_in_words, s):
                continue  # 、乡村振兴工作队队长: the first character of a word, no township's abbreviation
            if next(self.abbrevs.matches_at(text, s), None) is not None:
                continue  # 市场监管局: a body's short name that begins with a level's character
            prev = text[s - 1] if s else "\n"
            if prev == v.league_abbrev and text.startswith("委", m.end()) and m.group() in v.committee_abbrs \
                    and (s < 2 or text[s - 2] in v.abbr_before):  # 团市委: the Youth League committee
                div = home_of(s).for_abbr(m.group())
                yield _Anchor(s - 1, m.end(), home_of(s).name_of(div) if div else "", div, abbr=m.group(), league=True)
                continue
            counted = prev in v.several_count and text[s - 2 : s - 1] not in v.several_count
            if counted and text.startswith(m.group(), m.end()):
                continue  # 两县县委书记甲、乙: the counted level, then the level that opens the body's abbreviation
            # 两省区政协主席甲、乙, 两县区: a count before two levels' characters, the places of both kinds
            paired = s >= 2 and v.abbrevs.fullmatch(prev) is not None and text[s - 2] in v.several_count \
                and text[s - 3 : s - 2] not in v.several_count
            if counted or paired \
                    or text.endswith(m.group(), 0, s) and text[s - len(m.group()) - 1 : s - len(m.group())] in v.several_count:
                # 两省政协主席甲、乙, 湘赣两省政协主席甲、乙, 两县县委书记甲、乙: a count before the level; its body is no one
                # place's
                yield _Anchor(s, m.end(), "", None, abbr=m.group())
                continue
            if prev not in v.abbr_before and not prev.isdigit() and prev not in "月日年" \
                    and not text.endswith(v.abbr_after_word_forms, 0, s) \
                    and not (prev in v.former_before_abbr
                             and (s < 2 or not _HAN_FIRST <= text[s - 2] <= _HAN_LAST or text[s - 2] in v.abbr_before)) \
                    and not v.term_before_abbr.search(text, max(0, s - 9), s):  # 十一届省政协副主席: a term before it
                continue
            if prev == "、" and s >= 2 and v.abbrevs.fullmatch(text[s - 2]) \
                    and _HOME_RANK[v.home_of_abbr[text[s - 2]]] > _HOME_RANK[v.home_of_abbr[m.group()]]:
                continue  # 珠海市、区政务服务中心: 区 stands for every district (not so 铁山区、市交通…指挥部)
            if prev == "、" and self._after_each(text, s):
                continue  # 各镇、乡人民政府: every town's and township's government, no one body
            home = home_of(s)
            div = None
            if v.home_of_abbr[m.group()] == "town":  # 镇党委 after 差干镇: the town just named, before the article's usual one
                near = _nearest_before(by_end, s, ("town",))
                div = self.gaz.get(near.division.code) if near is not None else None
            elif (led := delegation_led_back(text, s, places)) is not None:
                # 甲县代表团来到乙县，带队的是县委书记某某: the delegation's county, not the one visited printed nearer
                d = self.gaz.get(led.division.code)
                div = d if d is not None and m.group() in home_kinds(d, led.division.printed or "") else None
            elif v.home_of_abbr[m.group()] in ("county", "district"):
                # 经验三：某市乙县实施“…”机制，县委组织部牵头: 县 after the county its sentence has just named as its
                # subject, before the article's usual one (a compilation's paragraphs are about one county each)
                near = _nearest_before(by_end, s, ("county",), _SAME_SENTENCE)
                if near is not None and not any(ch in v.sentence_end for ch in text[near.end : s]):
                    d = self.gaz.get(near.division.code)
                    div = d if d is not None and m.group() in home_kinds(d, near.division.printed or "") else None
            if placed is None:  # the same for every abbreviation of the text: made once, when first needed
                placed = self._placed_before(text, bodies, places)
            div = div or self._body_place_before(text, s, v.home_of_abbr[m.group()], placed)
            if div is not None and not home.fits(m.group(), div):
                div = None  # 宁夏回族自治区党委书记甲…来闽考察，省委书记乙: a region's body before it names no 省委
            homed = div is None  # the article's home, no place the sentence printed before
            if homed:
                div = self._led_delegation_place(text, m.end(), m.group(), places)
                div = div if div is None or home.fits(m.group(), div) else None
                homed = div is None
            div = div or home.for_printed(m.group())
            if homed and div is not None and home.tied_for(m.group()):
                # 甲区某街道…。由区住建委牵头: in an article that names 甲区 and 乙区 equally often, a bare 区 is the one of
                # them its paragraph printed last before it, not the first in the order of their codes (a headline's
                # 甲县代表团赴乙县 above 县委书记某某带队… leaves it so)
                para = text.rfind("\n", 0, s) + 1
                near = max((c for c in places if para <= c.start and c.end <= s
                            and c.division.code in home.tied_for(m.group())), key=lambda c: c.end, default=None)
                div = self.gaz.get(near.division.code) if near is not None else div
            if div is not None and v.home_of_abbr[m.group()] == "city" and self._travels_to(text, m.end(), div):
                div = None  # 市国资委…带领工作组前往汕头市南澳县: the visitors' city, not the one visited
            elif homed and div is not None and v.home_of_abbr[m.group()] == "city" \
                    and self._named_in_later_item(text, m.end(), div):
                # 市委常委、秘书长甲，乙市委书记丙: the list prints 乙市's own bodies in full, so its bare 市 is the other
                # city the article named before (the visitors', 某市委书记率队到乙市调研)
                div = self._other_city_before(by_end, s, div) or div
            yield _Anchor(s, m.end(), home.name_of(div) if div else "", div, abbr=m.group())

    def _after_each(self, text: str, s: int) -> bool:
        """Whether the abbreviation at ``s`` ends a run of levels joined by 、 that a word of each opens (各镇、乡人民政府,
        各县、区政府: EachBeforeAbbreviation): the bodies of every place of those levels, as 各镇人民政府 is."""
        v = self.v
        j = s
        while j >= 2 and text[j - 1] == "、" and v.abbrevs.fullmatch(text[j - 2]):
            j -= 2
        return j < s and j >= 1 and text[j - 1] in v.each_before_abbr

    def _item_after_each(self, text: str, s: int) -> bool:
        """Whether the bare body at ``s`` is a later item, after 、, of a run whose first item a word of each opens
        (各乡镇人民政府、街道办事处, a notice's address line: EachBeforeAbbreviation): the bodies of every place of that
        kind, no one body."""
        if not s or text[s - 1] != "、":
            return False
        head = max(text.rfind(c, 0, s) for c in "，。；：:\n")
        first = text[head + 1 : s].split("、", 1)[0]
        at = max(first.rfind(c) for c in self.v.each_before_abbr)
        return at >= 0 and len(first) - at <= 10

    def _led_delegation_place(self, text: str, pos: int, abbr: str, places: list[Candidate]) -> Division | None:
        """The place of the abbreviation's kind whose delegation its holder leads later in the sentence
        (:func:`led_delegation_place`: 市委书记甲，市长乙带领丙市党政代表团到丁市考察: 丙市)."""
        led = led_delegation_place(text, pos, places)
        d = self.gaz.get(led.division.code) if led is not None else None
        return d if d is not None and abbr in home_kinds(d, led.division.printed or "") else None

    def _named_in_later_item(self, text: str, pos: int, div: Division) -> bool:
        """Whether a later item of the list of officials that ``pos`` lies in opens with ``div``'s name in full (市委常委、
        秘书长甲，乙市委书记丙: 乙市 at an item's start, after ，)."""
        at = text.find(div.name, pos, self._sentence_end(text, pos))
        return at > 0 and text[at - 1] in self.v.item_close

    def _other_city_before(self, by_end: tuple[list[int], list[Candidate]], pos: int, div: Division) -> Division | None:
        """The city named last before ``pos`` in the text that is not ``div`` (a prefecture or a county-level city)."""
        ends, listed = by_end
        for c in reversed(listed[: bisect_right(ends, pos)]):
            d = self.gaz.get(c.division.code)
            if d is not None and d.code != div.code \
                    and "city" in (KIND_HOME[k] for k in home_kinds(d, c.division.printed or "")):
                return d
        return None

    def _travels_to(self, text: str, pos: int, div: Division) -> bool:
        """Whether the clause from ``pos`` goes on with a verb of travelling (前往, 赴) right before ``div``'s full
        name (市国资委副主任某某带领工作组前往汕头市南澳县: 汕头市 is where the body goes, not its own city). A place
        inside ``div`` after the verb says nothing (县委书记赶赴某镇: a county's leader in his own county's town)."""
        end = self._sentence_end(text, pos)
        return any(text.startswith(div.name, m.end()) for m in self.v.abbr_away.finditer(text, pos, end))

    def _sentence_end(self, text: str, pos: int) -> int:
        """Where the sentence from ``pos`` ends, looking no further than ``_SAME_SENTENCE`` characters."""
        limit = min(len(text), pos + _SAME_SENTENCE)
        m = self.v.sentence_end_char.search(text, pos, limit)
        return m.start() if m is not None else max(pos, limit)

    def _record_anchors(self, text: str, home_of: Callable[[int], Home]):
        """党委书记：某某, 人大主席　某某, 党委委员、纪委书记：某某 on the list of a town's leaders that the page's headline
        names the town of: a town's body printed without its level (党委, 人大, 纪委, 武装部) that opens a record (a line,
        title first) or follows 、 in its title chain is the body of that town, as if 镇 were printed before it."""
        v = self.v
        if not holds_any(text, v.record_body_cues):
            return
        headline = text[: _headline_end(text)]
        for m in v.record_body.finditer(text):
            s = m.start()
            if not title_record_at(text, s):
                continue
            home = home_of(s)
            div = home.town
            if div is None or not any(n in headline for n in (home.name_of(div), div.short) if n):
                continue
            yield _Anchor(s, s, home.name_of(div), div, abbr=self.v.record_body_level)

    def _placed_before(self, text: str, bodies: list[Candidate], places: list[Candidate]) -> list[tuple[Candidate, str]]:
        """What :meth:`_body_place_before` looks among: the bodies with the codes of their places, and the
        places printed with a title (开平市副市长) with theirs."""
        titled = [p for p in places if p.division.code and text.startswith(self.v.post_titles, p.end)]
        return _Placed([(b, b.body.place_code) for b in bodies] + [(p, p.division.code) for p in titled])

    def _body_place_before(self, text: str, pos: int, home_attr: str, placed: "_Placed") -> Division | None:
        """The place of the kind ``home_attr`` (city, county ...) of the body printed last before ``pos``
        in its sentence, when that body names it (三亚市人大常委会主任刘耿、市政协主席: 三亚市), or of a
        place printed with a title (开平市副市长、市总工会主席: 开平市); ``placed`` as :meth:`_placed_before`
        gives it."""
        # the one printed last before ``pos`` (the first listed of those that end there): by bisection, not a pass over
        # all. One further back has a longer gap, which holds any end of a sentence the last one's holds
        i = bisect_right(placed.ends, pos)
        if not i or pos - placed.ends[i - 1] > _SAME_SENTENCE:
            return None
        best, best_code = placed.kept[bisect_left(placed.ends, placed.ends[i - 1])]
        if any(ch in self.v.sentence_end for ch in text[best.end : pos]):
            return None
        if self._item_names_other(text, best.start, pos):
            return None  # 市委常委、寿光市委书记某某，市委秘书长: 寿光市 is not what the list's 市 stands for
        div = self.gaz.get(best_code)
        if div is not None and home_attr in (KIND_HOME[k] for k in home_kinds(div)):
            return div
        if home_attr == "province" and div is not None:
            # 福建省委常委、福州市委书记甲，省委常委乙: the body printed last is a city's, and the sentence printed the body
            # of the province that holds it before; a province that does not hold it (会见深圳市委书记…，省委常委) is no answer
            for b, code in sorted(placed.pairs, key=lambda bc: -bc[0].end):
                if b.end > best.start or best.start - b.end > _SAME_SENTENCE or not code or b.body.abbr_anchor:
                    continue
                if any(ch in self.v.sentence_end for ch in text[b.end : pos]):
                    break
                d = self.gaz.get(code)
                if d is not None and d.level == Level.PROVINCE and code[:2] == best_code[:2]:
                    return d
        return None

    def _item_names_other(self, text: str, start: int, pos: int) -> bool:
        """Whether the body at ``start`` is printed in full inside a list item that opened with the same level's
        abbreviation as the one at ``pos`` (市委常委、乙市委书记某某), and that item has closed before ``pos`` (，): the
        item's own bare abbreviation named another place than the full name, so the next items' do too."""
        close = text[start:pos]
        if not any(ch in self.v.item_close for ch in close):
            return False
        i = start
        while i > 0 and text[i - 1] not in self.v.item_close and text[i - 1] not in self.v.sentence_end:
            i -= 1
        opening, here = self.v.abbrevs.match(text, i), self.v.abbrevs.match(text, pos)
        return opening is not None and here is not None and opening.end() <= start and opening.group() == here.group()

    # --- grammar --------------------------------------------------------------------------

    def _parse_from(self, text: str, a: _Anchor, home_of) -> list[Candidate]:
        pos = a.end
        out: list[Candidate] = []
        if text.endswith(self.v.cpc_full, 0, a.start):
            termed = self.v.cpc_termed_body.match(text, pos)
            pos = termed.end() if termed is not None else pos
        first = None
        if text[pos : pos + 1] in self.v.place_body_link and a.division is not None and not a.abbr \
                and a.division.level in _COMMITTEE_LEVELS:
            # 某区的教委副主任, 某县的审计局: the place, 的, then a body of the field lexicon or a short form: the place's
            # body, named without the link (a body read free after it is none: 某县的一家公司)
            linked = self._body_at(text, pos + 1, a)
            first = linked if linked is not None and linked[2] in ("abbrev", "field") else None
        if first is None:
            first = self._body_at(text, pos, a)
        start = a.start
        if first is None:
            start, first = self._set_up_at(text, pos, a)
        if first is None:
            return out
        end, canonical, kind = first
        up = self._city_above_branch(text, end, a)
        if up is not None:  # 市生态环境局监利市分局: the bare 市 is the city above the county-level city of the branch
            a = dataclasses.replace(a, division=up, printed=up.name)
            again = self._body_at(text, pos, a)
            if again is not None:
                end, canonical, kind = again
        if kind == "cppcc":  # 政协宾川县第十届委员会: the mark before the place is part of the printed name (当选政协…主席)
            mark = self.v.cppcc_mark.search(text, max(0, start - 12), start)
            start -= len(mark.group()) if mark else 0
        term = self.v.body_term.match(text, end) if canonical.endswith(self.v.termed_heads) else None
        if term is not None:  # 某市工商联第八届执行委员会: the federation in one of its terms, no unit of it
            end = term.end()
        elif a.abbr and canonical.startswith(tuple(self.v.cppcc_before.values())):
            term = self.v.cppcc_term.match(text, end)
            end = term.end() if term is not None else end
        conf = 0.9 if not a.abbr else 0.85
        if a.abbr and a.division is None:
            conf = 0.5  # an abbreviation the article does not resolve: kept, but not as a full name
        base = Candidate(start, end, "Agency", canonical, f"grammar-{kind}", conf, priority=Priority.AGENCY,
                         body=self._body(a, text[start:end]), national=a.national,
                         unresolved=bool(a.abbr) and a.division is None)
        if kind == "free" and canonical.endswith(self.v.stationed_heads or ("\0",)):
            base.body = self._stationed_place(text, a, base.body)
            at = self._stationed_before(text, a)
            if at is not None:  # 驻某镇帮扶工作队 with no sender printed: a team stationed in the town, not the town's own
                base.start, base.name = at, text[at:end]
                base.body = dataclasses.replace(base.body, surface=text[at:end])
        if kind == "level-department":  # 县直机关工委: a department of the place's Party committee
            base.body = dataclasses.replace(base.body, parent=f"中共{a.printed}委员会")
        if a.level == _CORPS and kind in ("field", "free", "abbrev"):  # 第七师财政局: a bureau of the division
            base.body = dataclasses.replace(base.body, parent=a.printed)
        if kind == "government-office":  # the general office of a people's government is one of its units
            base.body = dataclasses.replace(base.body, parent=canonical[: canonical.rindex("人民政府") + 4])
        if kind in ("congress-office", "cppcc-office"):  # 人大办, 政协办: the standing committee's, the committee's
            base.body = dataclasses.replace(base.body, parent=canonical[: canonical.rindex("委员会") + 3])
        out.append(base)
        paired = self._paired_at(text, end, a, base)
        if paired is not None:  # 县纪委监委: the second is a body of its own; the units printed after the pair
            out.append(paired)  # (纪委监委第二监督检查室, 纪委监委党风政风监督室) are the first body's, whose offices they are
        # sub-units: 开平市公安局出入境管理大队, 市委宣传部, 江门市委人才工作领导小组
        parent, at = base, paired.end if paired is not None else base.end
        # 民盟某市基层委员会副主委: a democratic party's committee (read whole by _party_committees), whose officer's title
        # after it is no unit of a body named from the place on
        party_before = kind == "free" and bool(self.v.democratic_party_before.search(text, max(0, start - 8), start))
        for _ in range(0 if party_before else 2):
            nxt = self._subunit_at(text, at, parent)
            if nxt is None:
                break
            s_end, s_canon = nxt
            sub = Candidate(a.start, s_end, "Agency", s_canon, "grammar-subunit", conf * 0.95, priority=Priority.SUBUNIT,
                            body=self._body(a, text[a.start : s_end], parent=parent.name),
                            national=a.national, unresolved=parent.unresolved)
            branch = self._branch_place(text, at, a.division)
            if branch is None and s_canon.endswith(self.v.town_unit_heads):
                branch = self._town_unit_place(text, at, a.division)
            if branch is None and s_canon.endswith(self.v.street_office_heads):
                # 某区人民政府某街道办事处: the street's own office, standing in the street (printed elsewhere or not)
                branch = self._town_unit_place(text, at, a.division, own=True)
            if branch is not None:  # 某市生态环境局某县分局: the branch stands in the county it is named after
                sub.body = dataclasses.replace(sub.body, place=branch.name, place_code=branch.code)
            if parent is base and kind in _TOP_TIER and not (kind == "government" and not a.abbr
                                                             and text.endswith(self.v.government_full, 0, base.end)) \
                    and not (kind != "committee" and s_canon.endswith(self.v.inner_with_body)):
                out.remove(base)  # 省委宣传部, 省政府新闻办 name the unit, not the committee or government as well; a
                #                   government printed in full stays one (某省人民政府新闻办公室)
            out.append(sub)
            parent, at = sub, sub.end
        if a.division is not None or a.level == _CORPS:
            out += self._listed_after(text, max(c.end for c in out), a, out[-1])
        return out

    def _set_up_at(self, text: str, pos: int, a: _Anchor) -> tuple[int, tuple[int, str, str] | None]:
        """镇设党政办、经济发展办、社会事务办: a town or street, a verb of setting up (TownSetUpVerb), then a unit printed
        bare (a short form or a field and its head): (where the unit starts, what :meth:`_body_at` reads there), the
        town's unit; the units listed after it are read as a list after the town's body."""
        level = a.division.level if a.division is not None else a.level
        if not (level in (Level.TOWN, Level.STREET) or self.v.home_of_abbr.get(a.abbr) == "town"):
            return pos, None
        m = self.v.town_set_up.match(text, pos)
        found = self._body_at(text, m.end(), a) if m else None
        if found is None or found[2] not in ("abbrev", "field"):
            return pos, None
        return m.end(), found

    def _stationed_teams(self, text: str, found: list[Candidate], places: list[Candidate]) -> list[Candidate]:
        """县农业农村局驻某镇帮扶工作队: a team a body sends, printed right after it, is a unit of that body, standing
        in the place it is stationed in where that lies within the body's jurisdiction; 自治区某厅驻某村工作队: a village
        the places read right after 驻 is where it stands where it lies within that jurisdiction (the gazetteer's lookup by
        name stops at towns), and its name may hold characters no body's name does (乔家湾村, 下湾村)."""
        out = []
        villages = {p.start: p for p in places if p.division.level in (Level.VILLAGE, Level.COMMUNITY)}
        by_start = {p.start: p for p in places}
        for c in found:
            m = self.v.stationed_team.match(text, c.end) if c.type == "Agency" else None
            if m is None:
                continue
            div = self.gaz.get(c.body.place_code) if c.body.place_code else None
            a = _Anchor(c.start, c.end, c.body.place, div)
            body = self._stationed_place(text, a, BodyRef(text[c.start : m.end()], c.body.place, c.body.place_code,
                                                          parent=c.name))
            name = m.group(2).removeprefix(body.place) if body.place_code != c.body.place_code else m.group(2)
            village = villages.get(m.start(2))
            link = by_start.get(m.start(2))
            while village is None and link is not None and link.end < m.end(2):  # 驻某镇某村工作队: the village the
                village = villages.get(link.end)                                  # town printed before it holds
                link = by_start.get(link.end)
            # (the place read after 驻 is the sender's own, or the town the village printed after it lies in)
            if village is not None and village.end <= m.end(2) and village.division.code and div is not None \
                    and self.gaz.is_within(village.division.code, div.code) \
                    and (body.place_code == c.body.place_code or village.start > m.start(2) and bool(body.place_code)
                         and self.gaz.is_within(village.division.code, body.place_code)):
                body = dataclasses.replace(body, place=village.name, place_code=village.division.code)
                name = text[village.end : m.end(2)]
            chain_end = m.start(2)
            while chain_end in by_start and by_start[chain_end].end <= m.end(2):  # 驻桑植县上河溪乡双溪村: the places read
                chain_end = by_start[chain_end].end
            if chain_end > m.start(2) + len(m.group(2)) - len(name):
                name = text[chain_end : m.end(2)]  # … after 驻 are no part of the name checked for verbs
            if any(ch in self.v.stop_chars for ch in name) or self._stopped(name) is None:
                continue  # the team's own name holds no verb (a place's name may: 营前镇)
            out.append(Candidate(c.start, m.end(), "Agency", f"{c.name}{m.group()}", "grammar-stationed-team", 0.8,
                                 priority=Priority.SUBUNIT, body=body))
        out += self._stationed_lists(text, found)
        return out

    def _stationed_lists(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """区人民检察院驻甲、乙检察室: the places listed after 驻 share the head printed once after the last; each is an
        office of its own, a unit of the body printed right before 驻, standing in its place where the gazetteer finds
        that place within the body's jurisdiction (as a town's short name), else in that jurisdiction; the mention of
        each is its place's name as printed."""
        out = []
        for c in found:
            m = self.v.stationed_list.match(text, c.end) if c.type == "Agency" and c.body.place_code else None
            if m is None or any(ch in self.v.stop_chars for ch in m.group(2).replace("、", "")):
                continue
            pos = m.start(2)
            for item in m.group(2).split("、"):
                d = self.gaz.resolve(item, context=(c.body.place_code,), short_towns=True)
                inside = d is not None and self.gaz.is_within(d.code, c.body.place_code) and d.code != c.body.place_code
                place, code = (d.name, d.code) if inside else (c.body.place, c.body.place_code)
                out.append(Candidate(pos, pos + len(item), "Agency", f"{c.name}{m.group(1)}{item}{m.group(3)}",
                                     "grammar-stationed-list", 0.75, priority=Priority.SUBUNIT,
                                     body=BodyRef(item, place, code, parent=c.name)))
                pos += len(item) + 1
        return out

    def _home_task_groups(self, text: str, home_of, found: list[Candidate]) -> list[Candidate]:
        """成立由某某任组长的“某某年”工作专班, 成立了防汛救灾工作专班: a task group named by a quoted name alone, or by an
        unquoted one right after a verb that sets it up, is the article's own, of its lowest county-level home (else of its
        prefecture or province)."""
        out = []
        taken: dict[int, int] = {}
        for c in found:
            if c.type == "Agency":
                taken[c.end] = min(c.start, taken.get(c.end, c.start))
        spans = [m.span() for m in self.v.home_quoted.finditer(text)]
        spans += [(m.start(1), m.end()) for m in self.v.home_unquoted.finditer(text)
                  if not any(ch in self.v.task_group_stop_chars for ch in m.group(1)) and self._stopped(m.group(1)) is False
                  and m.group(1) not in self.v.bare_tasks  # 某新区建立建设工作联席会议制度: 建设 alone names no task
                  and not self.v.lower_home_before.search(text, max(0, m.start() - 4), m.start())]  # 镇里成立了…: the town's
        for s, e in spans:
            if e in taken and taken[e] <= s:
                continue  # printed with its jurisdiction (县“某某”工作专班); not a part of the name found alone
            if s and text[s - 1] == "、":
                continue  # a post in a chain (市委副书记、“某某”指挥部总指挥): the body of the jurisdiction before
            home = home_of(s)
            # a province's own notice (某省人民政府关于建立…工作联席会议制度的通知) sets up the province's group
            div = home.county or home.district or home.city or home.prefecture or home.province
            if div is None:
                continue
            juris = home.name_of(div)
            name = f"{juris}{text[s:e]}"
            if text.startswith(juris[-1] + "委", s):  # 成立市委农村工作领导小组: the group of the home's Party committee
                name = f"中共{juris}{text[s + 1 : e]}"
            # where the grammar found only the name's end (国家…县工作领导小组 of 创建国家…县工作领导小组), the longer name wins
            out.append(Candidate(s, e, "Agency", name, "grammar-home-task-group", 0.7,
                                 priority=Priority.AGENCY if e in taken else Priority.GRASSROOTS_ABBREV,
                                 body=BodyRef(text[s:e], div.name, div.code)))
        return out

    def _scheme_named_groups(self, text: str) -> list[Candidate]:
        """健康江苏建设领导小组办公室, 平安湖南建设领导小组: a leading group (or its office) named after a scheme of a province
        or a city (健康江苏: SchemeBodyPrefix and the place's short name) is a body of that place, named as printed; the
        place read inside it is no jurisdiction printed before a body (no 江苏省建设领导小组办公室)."""
        out = []
        if not holds_any(text, ("领导小组", "推进委员会")):
            return out
        gaz = Gazetteer.load()
        for m in self.v.scheme_group.finditer(text):
            short = m.group("place")
            div = gaz.resolve(short)
            if div is None or div.level not in (Level.PROVINCE, Level.CITY) or short not in (div.short, div.name):
                continue
            out.append(Candidate(m.start(), m.end(), "Agency", m.group(), "grammar-scheme-group", 0.8,
                                 priority=Priority.AGENCY, body=BodyRef(m.group(), div.name, div.code)))
        return out

    def _short_form_references(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """…成立防汛救灾工作专班。专班组长…, 该专班副组长…: a short form at the start of a clause (or after 该) names the
        body with its head printed last before it, as one mention of that body."""
        out = []
        if not holds_any(text, self.v.short_form_cues):
            return out
        bodies = sorted((c for c in found if c.type == "Agency"), key=lambda c: c.end)
        for m in self.v.short_form.finditer(text):
            s, e = m.span(2)
            prev = text[m.start() - 1] if m.start() else "\n"
            if not m.group(1) and _HAN_FIRST <= prev <= _HAN_LAST:
                continue  # 防汛专班: part of a longer name
            unit = next(self.v.unit_heads.matches_at(text, e), None)
            if unit is not None and not text.startswith(self.v.head_post_titles, e) \
                    or any(c.start <= s < c.end for c in found):
                # 领导小组办公室设在县农业农村局: the office of the group printed last before it, a unit of that group
                head = self.v.short_forms[m.group(2)]
                before = [c for c in bodies if c.end <= m.start() and c.name.endswith(head)]
                if unit is not None and unit[1] in self.v.short_form_units and m.group(2) in self.v.unit_short_forms and before \
                        and not any(c.start <= s < c.end for c in found):
                    b = before[-1]
                    out.append(Candidate(s, unit[0], "Agency", f"{b.name}{unit[1]}", "grammar-short-form-unit", 0.7,
                                         priority=Priority.SUBUNIT,
                                         body=BodyRef(text[s : unit[0]], b.body.place, b.body.place_code, parent=b.name)))
                continue  # 专班办公室: another body (派出所所长: its head's title); a body's own name
            head = self.v.short_forms[m.group(2)]
            before = [c for c in bodies if c.end <= m.start() and c.name.endswith(head)]
            if m.group(2) in self.v.titled_short_forms:  # 办公室副主任: only before a post's title, in the office's paragraph
                t = e + len(next((x for x in self.v.title_modifiers if text.startswith(x, e)), ""))
                before = [c for c in before if "\n" not in text[c.end : s]] if text.startswith(self.v.head_post_titles, t) else []
            if not before and m.group(2) not in self.v.titled_short_forms:
                before = [c for c in bodies if c.start > e and c.name.endswith(head)
                          and not any(ch in self.v.sentence_end for ch in text[e : c.start])
                          and text.endswith(self.v.short_form_led_verbs, 0, c.start)][:1]
            if before:
                b = before[-1]
                out.append(Candidate(s, e, "Agency", b.name, "grammar-short-form", 0.7,  # a form of its context only
                                     priority=Priority.GRASSROOTS_ABBREV, body=dataclasses.replace(b.body, abbr_anchor=m.group(2))))
        return out

    def _stationed_before(self, text: str, a: _Anchor) -> int | None:
        """Where 驻 opens a team's name right before the place ``a`` (，驻某镇帮扶工作队队长…) with no body or place
        before it to send the team (县农业农村局驻某镇…, 深圳驻某镇… are read as their sender's); or where the name of
        an institution or firm that sends it starts before 驻 (:meth:`_stationed_sender`)."""
        if a.abbr:
            return None
        at = next((a.start - len(w) for w in self.v.stationed_words if text.endswith(w, 0, a.start)), None)
        if at is None:
            return None
        prev = text[at - 1] if at else "\n"
        if not _HAN_FIRST <= prev <= _HAN_LAST or prev in self.v.abbr_before:
            return at if a.division is not None else None
        return self._stationed_sender(text, at)

    def _stationed_sender(self, text: str, at: int) -> int | None:
        """湖南日报社驻某县某镇某村帮扶工作队: where the name of an institution or firm no body is read in (its head a
        StationedSenderHead) starts right before the 驻 at ``at``: the team is its sender's, named from there (a
        StationedSenderBound, 接过接力棒的省出版集团驻…, or a mark bounds it); else None."""
        head = next((h for h in self.v.stationed_sender_heads if text.endswith(h, 0, at)), None)
        if head is None:
            return None
        j = at - len(head)
        while j > 0 and at - j < _SENDER_MAX and is_cjk(text[j - 1]) \
                and text[j - 1] not in self.v.stationed_sender_bound:
            j -= 1
        if at - j == len(head) or self._stopped(text[j : at - len(head)]) is None:
            return None
        return j

    def _stationed_place(self, text: str, a: _Anchor, body: BodyRef) -> BodyRef:
        """英德市驻某镇帮扶工作队: a team stands in the place printed after 驻 where that lies within the
        jurisdiction that sends it; else in that jurisdiction (县驻村工作队)."""
        m = self.v.stationed.match(text, a.end)
        if m is None or a.division is None:
            return body
        for n in range(8, 1, -1):  # the longest place name first
            inner = [d for d in self.gaz.lookup(text[m.end() : m.end() + n])
                     if d.code != a.division.code and self.gaz.is_within(d.code, a.division.code)]
            if len(inner) == 1:
                return dataclasses.replace(body, place=inner[0].name, place_code=inner[0].code)
        return body

    @staticmethod
    def _listed_anchor_ends(anchors: list[_Anchor]) -> dict[int, _Anchor]:
        """The anchors that may list a body shared with the places after them (:meth:`_shared_by_places_before`),
        by where they end (made once per text)."""
        return {x.end: x for x in anchors if x.division is not None and not (x.cpc or x.league or x.abbr)}

    def _shared_by_places_before(self, text: str, a: _Anchor, by_end: dict[int, _Anchor],
                                 parsed: list[Candidate]) -> list[Candidate]:
        """A body printed once after several places of one level (甲市、乙市农业农村局; 甲县和乙县财政局) is
        each place's own: the places listed before ``a`` get a body of the same kind, whose mention is the
        place and the joint after it; ``by_end``: the anchors as :meth:`_listed_anchor_ends` gives them."""
        first = parsed[0] if parsed else None
        if first is None or a.division is None or a.cpc or a.league or a.abbr or first.start != a.start \
                or first.method == "grammar-subunit":
            return []
        kind = first.method.removeprefix("grammar-")
        out: list[Candidate] = []
        end = a.start
        for _ in range(_MAX_LISTED):
            p = next((by_end[end - k] for k in (1, 2) if end - k in by_end
                      and self.v.list_joint.fullmatch(text, end - k, end)), None)
            if p is None or p.division.level != a.division.level:
                break
            found = self._body_at(text, a.end, p)
            if found is None or found[0] != first.end or found[2] != kind:
                break
            out.append(Candidate(p.start, end, "Agency", found[1], f"grammar-shared-{kind}", first.confidence * 0.95,
                                 priority=Priority.AGENCY, body=self._body(p, text[p.start : end])))
            end = p.start
        return out

    def _stationed_groups(self, text: str, anchors: list[_Anchor], found: list[Candidate], home_of) -> list[Candidate]:
        """驻县财政局纪检监察组: a group the commission printed before it (县纪委监委), else the commission of the host's
        jurisdiction, stations in a body. One body from 驻 to the group's name: a unit of the commission, not of the host."""
        out: list[Candidate] = []
        at_place = {a.start: a for a in anchors if a.division is not None and not (a.cpc or a.league)}
        for m in self.v.stationed.finditer(text):
            pos = m.end()
            a = at_place.get(pos)
            if a is None:
                abbr = self.v.abbrevs.match(text, pos)
                div = home_of(pos).for_abbr(abbr.group()) if abbr else None
                if div is None:
                    continue
                a = _Anchor(pos, abbr.end(), home_of(pos).name_of(div), div, abbr=abbr.group())
            host = self._body_at(text, a.end, a)
            group = next((g for g in self.v.stationed_groups if host and text.startswith(g, host[0])), None)
            if group is None or not host[1]:
                continue
            sender_full = self.v.group_sender[group]
            printed = [c for c in found if c.type == "Agency" and c.end <= m.start() and m.start() - c.end <= 8
                       and c.name.endswith(sender_full)]
            sender = max(printed, key=lambda c: c.end).name if printed else f"{a.printed}{sender_full}"
            end = host[0] + len(group)
            body = dataclasses.replace(self._body(a, text[m.start() : end], parent=sender), abbr_anchor="")
            out.append(Candidate(m.start(), end, "Agency", f"{sender}驻{host[1]}{group}", "grammar-stationed", 0.8,
                                 priority=Priority.SUBUNIT, body=body))
        return out

    def _paired_at(self, text: str, pos: int, a: _Anchor, first: Candidate) -> Candidate | None:
        """The partner body printed right after ``first`` (纪委 + 监委, 市纪委 + 市监委), in the same jurisdiction."""
        start = pos
        if self.v.abbrevs.match(text, pos) and self.v.abbrevs.match(text, pos).group() == a.printed[-1:]:
            pos = self.v.abbrevs.match(text, pos).end()  # the level printed again before the partner (市纪委市监委)
        elif a.printed and text.startswith(a.printed, pos):
            pos += len(a.printed)  # the jurisdiction printed again (中共某县纪律检查委员会某县监察委员会, a header's two names)
        partner = next((p for p, after in self.v.paired.items()
                        if text.startswith(p, pos) and text[first.start : start].endswith(after)), None)
        found = self._body_at(text, pos, a) if partner else None
        if found is None:
            return None
        end, canonical, kind = found
        return Candidate(start, end, "Agency", canonical, f"grammar-{kind}", first.confidence, priority=Priority.AGENCY,
                         body=self._body(a, text[start:end]), national=a.national, unresolved=first.unresolved)

    def _listed_after(self, text: str, pos: int, a: _Anchor, last: Candidate) -> list[Candidate]:
        """Bodies listed bare after one printed with its jurisdiction are that jurisdiction's:
        自治区住房城乡建设厅、发展改革委、农业厅; 县委宣传部、组织部; 县政府办、公安局、财政局."""
        out: list[Candidate] = []
        party = last.name.startswith("中共")
        committee = last.body.parent if last.method == "grammar-subunit" and party else last.name if party else ""
        skipped = False  # one unread item may stand between two read ones, never two in a row
        for _ in range(_MAX_LISTED):
            m = self.v.list_joint.match(text, pos)
            if m is None:
                break
            start = m.end()
            found = None
            if committee:  # 县委宣传部、组织部: departments of the same committee
                dept = next(((e, d) for e, d, _ in self.depts.matches_at(text, start) if not self._bad_after(text, e))
                            if start < len(text) else (), None)
                if dept is not None:
                    found = (dept[0], department_name(committee, dept[1]), "subunit")
            if found is None and committee and a.division is not None and a.division.level == Level.STREET \
                    and self.v.listed_street_office.match(text, start):
                office = self._body_at(text, start, a)  # 某街道党工委、办事处: the street's office, not the committee's
                found = office if office is not None and office[2] == "street-office" else None
            if found is None:
                found = self._bare_body_at(text, start, a)
            if found is None and not skipped:
                u = self.v.listed_unread.match(text, start)  # 区委办、农业经济委、人社局: 农业经济委 is unread, 人社局 still the district's
                if u is not None:
                    skipped = True
                    pos = u.end()
                    continue
            if found is None:
                break
            skipped = False
            end, canonical, kind = found
            out.append(Candidate(start, end, "Agency", canonical, f"grammar-listed-{kind}", 0.75, priority=Priority.AGENCY,
                                 body=self._body(a, text[start:end], parent=committee if kind == "subunit" else "")))
            pos = end
        return out

    def _bare_body_at(self, text: str, pos: int, a: _Anchor) -> tuple[int, str, str] | None:
        """A body without its jurisdiction, named after ``a``'s: an abbreviation or a field and a head."""
        if pos >= len(text):
            return None
        juris = a.printed
        if a.division is not None and a.division.level in (Level.TOWN, Level.STREET):
            juris = jurisdiction_name(self.gaz, a.division)  # as the body printed first with the town is named
        m = self.v.cppcc.match(text, pos) or self._cppcc_before_member(text, pos)
        if m and juris and a.division is not None and a.division.level in _COMMITTEE_LEVELS:
            return self._cppcc_body(m, juris, pos)  # 县政府办、政协办: the CPPCC committee's, named as it names itself
        for end, _, full in self.abbrevs.matches_at(text, pos):
            if not self._bad_after(text, end):
                return end, _joined(juris, full, shortest=2), "abbrev"  # 冰溪街道 + 街道办事处
        for f_end, field, full in self.fields.matches_at(text, pos):
            h = self._head_at(text, f_end, field, free=False)
            if h is not None and h[1] not in ("委", "部"):
                return h[0], f"{juris}{full}{self.v.head_full[h[1]]}", "field"
        return None

    def _cppcc_before_member(self, text: str, pos: int) -> re.Match | None:
        """政协 at ``pos`` before its member's title and a name (某市政协委员某某): the committee the member sits in, which
        CppccBody leaves unread before the title where no name follows (县政协委员和其他列席人员)."""
        m = self.v.cppcc_member.match(text, pos)
        if m is None:
            return None
        title = self.v.cppcc_member_title.match(text, m.end())
        return m if title is not None and name_end(text, title.end()) is not None else None

    def _cppcc_body(self, m: re.Match, juris: str, pos: int) -> tuple[int, str, str]:
        """(end, name, kind) of the CPPCC committee of ``juris`` printed as ``m`` (政协) at ``pos``, or of its general
        office (政协办, 政协办公厅: a province's)."""
        if m.group(1):
            office = m.group(1) if m.group(1) in self.v.government_offices else self.v.government_offices[0]
            return pos + m.end() - m.start(), f"中国人民政治协商会议{juris}委员会{office}", "cppcc-office"
        return pos + m.end() - m.start(), f"中国人民政治协商会议{juris}委员会", "cppcc"

    def _body(self, a: _Anchor, surface: str, parent: str = "") -> BodyRef:
        """Where a body read after the anchor ``a`` stands, printed as ``surface``, a unit of ``parent``."""
        if a.division is not None:
            place, place_code = a.division.name, a.division.code
        else:
            place, place_code = (a.printed if a.printed and not a.national else ""), ""
        within_code = place_key = ""
        if a.division is None and a.within is not None:
            within_code = a.within.code  # an unlisted village's town: for its district's city
            place_key = f"Place/{a.within.code}-{a.local}"  # and the village's own key (kg.identity.entities)
        elif a.division is None and a.local:
            place_key = f"Place/{a.local}"  # an unlisted village whose township is not printed: its own key
        return BodyRef(surface, place, place_code, parent, a.abbr or "", within_code, place_key)

    def _body_at(self, text: str, pos: int, a: _Anchor) -> tuple[int, str, str] | None:
        """Parse [body][head] at ``pos`` after a jurisdiction: (end, canonical, kind)."""
        juris = a.printed
        if a.division is not None and a.division.level in (Level.TOWN, Level.STREET):
            juris = jurisdiction_name(self.gaz, a.division)  # 井岸镇人民政府 → 斗门区井岸镇人民政府, as printed in full
        paren = _PAREN_FIELD.match(text[pos : pos + 10])
        if paren and a.division is not None:  # 开平（水暖卫浴）知识产权快速维权中心
            found = self._field_body(text, pos + paren.end(), juris + paren.group())
            if found is not None:
                return found
        div = a.division
        rest = text[pos : pos + 24]
        level = div.level if div else a.level
        if a.national:
            m = self.v.national_group.match(rest)
            if m:  # 国务院第三督查组, 中央第五环境保护督察组; 党史学习教育中央第八指导组: with the campaign printed before it
                campaign = next((w for w in self.v.group_campaigns if text.endswith(w, 0, a.start)), "")
                return pos + m.end(), campaign + a.printed + m.group(), "national-group"
        # Party committees
        v = self.v
        mark = v.cppcc_mark.search(text, max(0, a.start - 12), a.start)
        before = v.cppcc_before[mark.group(1)] if mark else None
        m = v.cppcc_committee.match(rest) if before and juris and level in _COMMITTEE_LEVELS else None
        if m:  # 政协宾川县第十届委员会, 政协第十二届某省委员会, 政协宾川县委员会: the CPPCC committee of the place (in a term)
            return pos + m.end(), f"{before}{juris}委员会", "cppcc"
        if level in _COMMITTEE_LEVELS + (_CORPS,) or a.abbr in v.committee_abbrs:
            dept = next((d for d in v.level_departments if rest.startswith(d)), None) if juris and not a.league else None
            if dept is not None:  # 县直机关工委: a department printed after the level's character alone
                return pos + len(dept), department_name(f"中共{juris}委员会", dept), "level-department"
            # 澧县县委, 临夏州委, 伊犁州党委: the level repeated after the place, then its committee
            level_char = juris[-1] if juris and not a.abbr and juris[-1] in v.repeated_levels else ""
            if juris and not a.abbr and div is not None and div.level == Level.CITY:
                prefecture_char, prefecture = _prefecture_level(v, text, pos, div.name, div.short)  # 喀什地委: 中共喀什地区委员会
                level_char, juris = (prefecture_char, prefecture) if prefecture else (level_char, juris)
            m = _level_committee(level_char, v.department_levels).match(rest)
            if m is None and (a.league or a.cpc or text.endswith(v.cpc_full, 0, a.start)):
                # 共青团某县第十八届委员会, 中国共产党某县第十四届委员会: the county's committee in one of its terms
                m = v.termed_committee.match(rest)
            if m and not rest.startswith("委托"):
                if a.league:
                    return pos + m.end(), f"{v.league}{juris}委员会", "league"
                return pos + m.end(), f"中共{juris}委员会" if juris else "", "committee"
        if level in (Level.TOWN, Level.STREET) and div is not None and not (a.cpc or a.league or a.abbr):
            m = v.town_league.match(rest)  # 某镇团委书记: 共青团某县某镇委员会
            if m:
                return pos + m.end(), self._grassroots_party(div, juris, "", prefix=v.league,
                                                             suffix=v.town_league_suffix[m.group(1)]), "league"
        if level in (Level.TOWN, Level.STREET, Level.VILLAGE, Level.COMMUNITY) or v.home_of_abbr.get(a.abbr) == "town":
            shared = v.shared_count.match(rest)  # 云峰、东青、白桥三镇党委: each town's committee
            m = v.grassroots.match(rest, shared.end() if shared else 0)
            if m and m.group() in v.grassroots_full and not a.cpc:
                m = None  # 某镇委员会 without 中共: no Party committee's full name
            if m and m.group() in v.grassroots_village and level not in (Level.VILLAGE, Level.COMMUNITY):
                m = None  # 某镇党组织: the township's organisations, no one body
            if m:
                if div is None and a.within is not None:
                    return pos + m.end(), self._grassroots_party(None, a.local, m.group(), within=a.within), "committee"
                return pos + m.end(), self._grassroots_party(div, juris, m.group()), "committee"
            short = v.town_committee_short.match(rest) if level == Level.TOWN and div is not None else None
            if short and not a.cpc:
                return pos + short.end(), self._grassroots_party(div, juris, "", suffix=v.town_committee_short_full), \
                    "committee"
        if level in (Level.TOWN, Level.STREET) and div is not None and not a.abbr:
            m = v.bare_residents.match(rest)  # 某街道南湖居委会: the committee of the street's 南湖社区, named as printed
            community = m.group(1) + v.bare_residents_community[m.group(2)] if m else ""
            if m and any(d.name == community for d in self.gaz.villages_of(div.code)):
                return pos + m.end(), m.group(1) + v.bare_residents_full[m.group(2)], "residents"
        if level in (Level.VILLAGE, Level.COMMUNITY):  # 五星村村委会, 金星社区居委会: the self-governing committee
            m = v.village_committee.match(rest)
            if m and not text.endswith(v.village_body_after.get(m.group(), ""), 0, pos):
                m = None  # 委会 shares the 村 of the name before it, and follows nothing else
            if m:
                body = v.village_body[m.group()]
                own = m.group() in v.village_own_body  # 某某嘎查委员会: the gacha's own name alone
                if div is None:  # a village the gazetteer does not list: named within its county, if known
                    return pos + m.end(), f"{'' if own else self._county_of(a.within)}{a.local or juris}{body}", "committee"
                return pos + m.end(), f"{'' if own else self._county_of(div)}{div.name}{body}", "committee"
        m = v.government.match(rest)
        if m and level not in (Level.VILLAGE, Level.COMMUNITY):
            if m.group(2) == "办公厅":  # a province's general office
                return pos + m.end(), f"{juris}人民政府办公厅", "government-office"
            own = m.group(1) if m.group(1) in v.government_own else "人民政府"  # 锡林郭勒盟行政公署
            if m.group(2):
                return pos + m.end(), f"{juris}{own}办公室", "government-office"
            return pos + m.end(), f"{juris}{own}", "government"
        m = v.congress.match(rest)
        if m and level in _COMMITTEE_LEVELS + (Level.TOWN,) or (m and a.abbr):
            full = v.congress_full[m.group(2)]
            if full in v.standing_body and level != Level.TOWN and rest.startswith(v.standing_titles, m.end()):
                full = v.standing_body[full]  # 三亚市人大党组成员、副主任, 县人大副主任: the standing committee's post
            office = next((o for o in v.government_offices if full.endswith(o)), "") if not m.group(1) else ""
            return pos + m.end(), f"{juris}{full}", "congress-office" if office else "congress"
        m = v.cppcc.match(rest) or self._cppcc_before_member(rest, 0)
        if m and (level in _COMMITTEE_LEVELS or a.abbr):
            return self._cppcc_body(m, juris, pos)
        if level == Level.STREET:
            m = v.street_office.match(rest)
            if m:
                county = self._county_of(div)
                if juris.startswith(county):
                    county = ""  # 黄埔区长洲街道 names its district already
                return pos + m.end(), f"{county}{juris}办事处", "street-office"
        # abbreviations from the lexicon (医保局, 工商联, 管委会)
        for end, surface, full in self.abbrevs.matches_at(text, pos) if pos < len(text) else ():
            if self._bad_after(text, end, known=True):
                continue
            if level == Level.CITY:
                full = self.prefecture_forms.get(full, full)
            elif level == Level.PROVINCE:
                full = self.province_forms.get(full, full)
            return end, _joined(juris, full, shortest=2), "abbrev"
        # field bodies and free bodies; a field named after its place as printed keeps that form (呼伦贝尔边境管理支队)
        if not a.abbr and a.end == pos and any(field in self.v.as_printed_fields for _, field, _ in self.fields.matches_at(text, pos)):
            juris = text[a.start : a.end]
        return self._field_body(text, pos, juris)

    def _field_body(self, text: str, pos: int, juris: str) -> tuple[int, str, str] | None:
        line = self.v.service_line.match(text, pos)
        if line and not juris.endswith(line.group()):  # 某市12315投诉举报中心: a body named by its service number
            return self._field_body(text, line.end(), juris + line.group())
        batch = self.v.body_batch.match(text, pos)
        if batch and not juris.endswith(batch.group()):  # 广东省第九批援藏工作队: a body sent in batches, named with its batch
            found = self._field_body(text, batch.end(), juris + batch.group())
            if found is not None:
                return found
        best = None
        for f_end, field, full in self.fields.matches_at(text, pos) if pos < len(text) else ():
            h = self._head_at(text, f_end, field, free=False)
            if h is not None:
                best = (h[0], f"{juris}{full}{self.v.head_full[h[1]]}", "field")
                break
            # a field's centre (乡村振兴服务中心, 林业保护中心), or its law-enforcement unit (城市管理综合执法大队)
            for after in (self.v.centre_after_field, self.v.enforcement_after_field):
                m = after.match(text, f_end)
                h = self._head_at(text, m.end(), m.group(), free=False) if m else None
                if h is not None:
                    best = (h[0], f"{juris}{full}{m.group()}{self.v.head_full[h[1]]}", "field")
                    break
            if best:
                break
        if best:
            return best
        task_head = next((h for h in self.v.task_heads if text.startswith(h, pos)), None)
        if task_head is not None and not self._bad_after(text, pos + len(task_head)):
            return pos + len(task_head), f"{juris}{self.v.head_full[task_head]}", "free"  # 平江县工作专班: the county's own
        # 某省推进东西部协作工作领导小组办公室: a jurisdiction's group named by its task, the task's verb first (as a Party
        # committee's is: 省委实施乡村振兴战略领导小组)
        m = self.v.task_group.match(text, pos)
        if m and not any(w in m.group(2) for w in self.v.stop_words) \
                and not any(ch in self.v.task_group_stop_chars for ch in m.group(2)) and not self._bad_after(text, m.end()):
            return m.end(), f"{juris}{m.group()}", "free"
        m = self.v.industry_centre.match(text, pos)
        if m and not any(ch in self.v.stop_chars for ch in m.group("stem")) and not self._bad_after(text, m.end()):
            return m.end(), f"{juris}{m.group()}", "field"  # 县花椒产业发展中心: a product's industry names the centre
        # a body named after a quoted programme: 韶关市“百千万工程”指挥部
        # … and the head of the programme's name between (县“某某”行动工作专班, “某某”文旅融合工程指挥部)
        quoted = _QUOTED_NAME.match(text[pos : pos + 24])
        if quoted:
            q = pos + quoted.end()
            tail = self.v.quoted_tail.match(text, q)
            for k in (0, len(tail.group()) if tail and self._stopped(tail.group()) is False else 0):
                for h in self.v.quoted_heads:
                    if text.startswith(h, q + k) and not self._bad_after(text, q + k + len(h)):
                        return q + k + len(h), f"{juris}{text[pos : q + k]}{self.v.head_full[h]}", "free"
        # a head whose body may hold verbs: 交通和港口项目推进指挥部 (not 召开防汛指挥部会议)
        for h in self.v.any_body_heads:
            i = text.find(h, pos + 2, pos + _MAX_ANY_BODY + 1)
            body = text[pos:i]
            task_words = self.v.task_inner_words if body.startswith(self.v.task_verbs) else ()
            if i > 0 and all(_HAN_FIRST <= ch <= _HAN_LAST and (ch not in self.v.subunit_stop_chars or k and ch in self.v.unit_inner_chars
                                                          or _in_word(body, k, task_words))
                             for k, ch in enumerate(body)) \
                    and not body.startswith(self.v.stop_words) and not self._bad_after(text, i + len(h)):
                return i + len(h), f"{juris}{body}{self.v.head_full[h]}", "free"
        # free body: 2-12 characters, no function words or verbs, then a head
        joined = -1  # where a joiner stands between two fields of a task group's name (保护与发展工作专班)
        for n in range(1, 13):
            if pos + n > len(text):
                break
            ch = text[pos + n - 1]
            if n == 1:  # the first character: a body never starts at a line break, a mark or a conjunction (德州及齐河县公安局)
                if not _HAN_FIRST <= ch <= _HAN_LAST or ch in self.v.conjunction_chars and not text.startswith(self.v.body_start_words, pos) \
                        or ch in self.v.level_chars:
                    break
                continue
            if ch in self.v.stop_chars and self._inner_word_at(text, pos, pos + n - 1):
                pass  # 扫黑除恶专项斗争领导小组: a word of a body's name holding a stop character
            elif not (_HAN_FIRST <= ch <= _HAN_LAST) or ch in self.v.stop_chars:
                if ch in self.v.task_joiners and joined < 0 and n >= 3:
                    joined = n - 1
                    continue
                break
            if ch in self.v.conjunction_chars and (text.startswith(tuple(self.v.home_of_abbr), pos + n)
                                                   or self._full_place_at(text, pos + n)):
                break  # 镇里正和县文化局一道, 某市产业园和某市人民法院: a conjunction before a jurisdiction joins two bodies
            body = text[pos : pos + n]
            stem = body if joined < 0 else body[:joined] + body[joined + 1 :]
            last = self._stopped(stem)
            task = last is None and self._stopped(stem, task=True) is not None  # 项目建设 + 指挥部: a task group's task
            if last is None and not task:
                break
            h = self._head_at(text, pos + n, body, free=True)
            if task:  # only a task group's head ends a name with such a word
                if h is not None and h[1] in self.v.task_heads:
                    return h[0], f"{juris}{body}{self.v.head_full[h[1]]}", "free"
                if h is not None:
                    break
                continue
            if h is not None and h[1] in self.v.stationed_heads and body.startswith(self.v.firm_short_names):
                break  # 某省移动驻村工作队: a team a firm's branch sends, no public body
            if h is not None and (joined < 0 or h[1] in self.v.quoted_heads and len(body) - joined > 2):
                # 某嘎查 + 嘎查委员会: the level the place's name ends in and the body's begins with, written once
                return h[0], _joined(juris, f"{body}{self.v.head_full[h[1]]}", shortest=2), "free"
            if last or h is not None:
                break
        return None

    def _full_place_at(self, text: str, at: int) -> bool:
        """Whether a place's full name in the gazetteer (扎兰屯市, 宁县) is printed at ``at``."""
        return any(d.name == text[at : at + k] for k in range(2, 8) for d in self.gaz.lookup(text[at : at + k]))

    def _inner_word_at(self, text: str, start: int, at: int) -> bool:
        """Whether the character at ``at`` belongs to an AgencyInnerWord (专项) wholly after ``start``."""
        return any(w[k] == text[at] and at - k > start and text.startswith(w, at - k)
                   for w in self.v.inner_words for k in range(len(w)))

    def _stopped(self, body: str, task: bool = False, unit: bool = False) -> bool | None:
        """None when a verb or function word rules ``body`` out as a body's name; True when one may
        end it right before the head and no longer body may follow (交通项目推进 + 指挥部); else False.
        ``task``: as the name of a task group, which may hold the words of its task (项目建设 + 指挥部).
        ``unit``: as the name of a unit before its head, which may hold the words of its work (综合干部 + 处).
        Kept for each body: a text's free bodies are read a character longer at a time, and the same few
        hundred recur over every document (9,000 asks, 1,300 bodies in 200 articles)."""
        key = (body, task, unit) if task or unit else body
        known = self._stops.get(key, _UNASKED)
        if known is not _UNASKED:
            return known
        hits = [w for w in self.v.stop_words if w in body and not (task and w in self.v.task_words)
                and not (unit and w in self.v.unit_words)]
        if not hits:
            stopped = False
        else:
            stopped = True if all(body.endswith(w) and w in self.v.before_head for w in hits) else None
        if len(self._stops) >= _STOPS_KEPT:
            self._stops.clear()
        self._stops[key] = stopped
        return stopped

    def _head_at(self, text: str, pos: int, body: str, free: bool) -> tuple[int, str] | None:
        v = self.v
        heads = v.free_heads if free else v.field_heads
        if not text.startswith(heads, pos):  # most positions begin no head: one test for all
            return None
        for head in heads:
            if not text.startswith(head, pos):
                continue
            if free and body.endswith(v.not_body_end) and len(head) == 1 \
                    and not any(body.endswith(e) and head in hs for e, hs in v.body_end_anyway.items()):
                continue  # a listed field (民政, 财政) is a body; 某某监督 + 局 is one too
            if head == "中心" and not v.centre_body_end.search(body):
                continue
            if head == "馆" and body not in v.museum_bodies:
                continue
            if head in ("办", "站") and not body.endswith(v.station_bodies):
                continue
            end = pos + len(head)
            if self._bad_after(text, end, known=not free):
                continue
            return end, head
        return None

    def _bad_after(self, text: str, end: int, known: bool = False) -> bool:
        """A head followed by these is part of a longer word (部门, 局面, 所有, 委托); with ``known`` (the stem before the
        head is a listed field or short form), not those the lexicon lets end such a body (某县民政局部署, 某县发改委托管)."""
        head, nxt = text[end - 1 : end], text[end : end + 1]
        if not nxt or nxt not in self.v.bad_after.get(head, ""):  # at the end of the text (a sign-off line) nothing follows
            return False
        if text.startswith(self.v.word_after.get(head, ()), end):
            return False  # 省爱卫办公布: the office, then a verb of making public (HeadWordAfter)
        return not (known and nxt in self.v.bad_after_unless_known.get(head, ""))

    def _subunit_at(self, text: str, pos: int, parent: Candidate) -> tuple[int, str] | None:
        if parent.name.endswith(self.v.group_kinds):
            return None  # 省委第一巡视组巡视省人大常委会机关: no unit of the group
        rest = text[pos : pos + 20]
        if _held_in_post(self.v, text, pos, parent.name):
            return None  # 某县人民法院审判委员会委员: the court's post, no committee of it
        if parent.method == "grammar-league":
            for end, dept, _ in self.league_depts.matches_at(text, pos) if pos < len(text) else ():
                return end, department_name(parent.name, dept)  # 团市委宣传部: the Youth League committee's department
        # a Party committee's own departments and groups; a department of one named as a commission (省委政法委, a unit of
        # the committee) has units of its own, read as any body's (政法委政治部)
        if parent.method == "grammar-committee" or parent.name.endswith("委员会") and parent.name.startswith("中共") \
                and not (parent.method == "grammar-subunit" and parent.body.parent):
            for end, dept, _ in self.depts.matches_at(text, pos) if pos < len(text) else ():
                if not self._bad_after(text, end):  # 市委办理 is no office
                    return end, department_name(parent.name, dept)
            m = self.v.work_group.match(rest)
            if not (m and not any(w in m.group(1) for w in self.v.stop_words)):
                m = self.v.task_group.match(rest)  # 省委实施乡村振兴战略领导小组
                if not (m and not any(w in m.group(2) for w in self.v.stop_words)):
                    m = self.v.committee_group.match(rest)  # 县委第一巡察组
            if m:
                root = parent.name[:-3] if parent.name.endswith("委员会") else parent.name
                return pos + m.end(), f"{root}委{m.group()}"
            return None
        for f_end, field, full in self.fields.matches_at(text, pos) if pos < len(text) else ():
            h = self._head_at(text, f_end, field, free=False)
            if h is not None and h[1] not in ("委", "部") :
                return h[0], f"{parent.name}{full}{self.v.head_full[h[1]]}"
        if parent.method in ("grammar-government", "grammar-congress", "grammar-cppcc"):
            for end, _, full in self.abbrevs.matches_at(text, pos) if pos < len(text) else ():
                if not self._bad_after(text, end):  # 市政府国资委, 省政府新闻办
                    return end, _joined(parent.name, full)
        m = self.v.district_subunit.match(rest)
        if m and self.gaz.lookup(m.group(1)):  # 长沙市生态环境局浏阳分局
            return pos + m.end(), f"{parent.name}{m.group()}"
        m = self.v.inner_body.match(rest)
        if m:
            return pos + m.end(), f"{parent.name}{m.group(1)}"
        for word, kinds in self.v.titled_inner_units:  # 县防汛抗旱指挥部办公室主任: the standing office, its head's post in it
            if rest.startswith(word) and parent.name.endswith(kinds):
                return pos + len(word), f"{parent.name}{word}"
        return self._free_subunit(text, pos, parent)

    def _units_named_again(self, found: list[Candidate]) -> None:
        """县公安局交通警察大队, then 县交通警察大队: a unit printed first with its body and named again after the
        jurisdiction alone is that unit (its name and parent), not a body of the jurisdiction's own."""
        units = sorted((c for c in found if c.method == "grammar-subunit" and c.body.parent and c.body.place_code),
                       key=lambda c: c.start)
        for c in found:
            if c.method not in ("grammar-field", "grammar-free", "grammar-abbrev") or not c.body.place \
                    or not c.name.startswith(c.body.place) or c.body.parent:
                continue
            tail = c.name[len(c.body.place):]
            unit = next((u for u in units if u.start < c.start and u.body.place_code == c.body.place_code
                         and u.name.startswith(c.body.place) and u.name.endswith(tail)
                         and len(u.name) > len(c.name) and u.body.parent.startswith(c.body.place)
                         and u.body.parent + tail == u.name), None)
            if unit is None:  # 县生态环境分局 after 某市生态环境局某县分局: the branch of the city's bureau in this county
                head = next((h for h in self.v.branch_heads if tail.endswith(h) and len(tail) > len(h)), None)
                unit = next((u for u in units if head and u.start < c.start and u.body.place_code == c.body.place_code
                             and u.name.endswith(head) and u.body.parent.endswith(tail[: -len(head)] + head[1:])), None)
            if unit is not None:
                c.name, c.body = unit.name, dataclasses.replace(c.body, parent=unit.body.parent)

    def _units_printed_alone(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """县税务局庄里税务分局…。庄里税务分局局长某: a unit printed right after its body, then later by its own name
        alone (four characters or more, at a clause's start or after what may stand before a body), is that unit again;
        so is the headline's unit printed by its own name above the body that names it in full."""
        units: dict[str, Candidate] = {}
        for c in found:
            p = c.body.parent
            if c.method == "grammar-subunit" and p and c.name.startswith(p) and len(c.name) - len(p) >= _UNIT_ALONE_MIN:
                units.setdefault(c.name[len(p):], c)
        out: list[Candidate] = []
        line = text.find("\n")  # the headline's end
        for tail, u in units.items():
            # (乌鲁木齐南山分局召开…会\n…某管理局乌鲁木齐南山分局召开…: a headline above names the unit by its own name too)
            headline = list(_occurrences(text[:line], tail, 0)) if 0 <= line < u.start else []
            for s in headline + list(_occurrences(text, tail, u.end)):
                if s and _HAN_FIRST <= text[s - 1] <= _HAN_LAST and text[s - 1] not in self.v.abbr_before:
                    continue
                over = [c for c in found if c.start <= s < c.end]
                # 某国有林管理局乌鲁木齐南山分局…。乌鲁木齐南山分局…: the unit's own name, opening with a place, read again
                # as that place's body of the same span, is the unit again
                same = [c for c in over if c.type == "Agency" and c.start == s and c.end == s + len(tail) and c.name != u.name]
                if same and all(c in same or c.type == "Agency" and c.start == s and c.body.parent == same[0].name for c in over):
                    for c in over:  # (乌鲁木齐南山分局办公室: the unit's own unit after it is the unit's)
                        if c in same:
                            found.remove(c)
                        else:
                            c.name = u.name + c.name[len(same[0].name):]
                            c.body = dataclasses.replace(c.body, parent=u.name)
                    over = []
                if not over or all(self._head_read_into(text, c, s + len(tail)) for c in over):
                    for c in over:  # 某分局局长: the unit again, then its head's title, not a body 某分局局
                        found.remove(c)
                else:
                    continue
                out.append(Candidate(s, s + len(tail), "Agency", u.name, "grammar-unit-again", 0.7,
                                     priority=Priority.SUBUNIT, body=dataclasses.replace(u.body, surface=tail)))
        return out

    def _sibling_units_alone(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """省市场监督管理局网监处制定…。广告监管处分2批次…；质量监督处围绕…: after a unit printed with its body, a unit
        of the same head printed alone at a clause's start in that paragraph (four characters or more) is another unit
        of that body. A name the model alone read there gives way to it."""
        out: list[Candidate] = []
        bodies = {c.name: c for c in found if c.type == "Agency" and not c.body.parent}
        for u in [c for c in found if c.method == "grammar-subunit" and c.body.parent in bodies]:
            parent = bodies[u.body.parent]
            head = next((h for _, h, _ in self.v.unit_heads.matches_at(u.name, len(u.name) - 1)), "")
            if not head or not u.name.endswith(head):
                continue
            end = text.find("\n", u.end)
            end = len(text) if end < 0 else end
            for s in [k + 1 for k in range(u.end, end) if text[k] in self.v.sentence_end]:
                got = self._free_subunit(text, s, parent)
                if got is None or not got[1].endswith(head) or got[0] - s < _UNIT_ALONE_MIN:
                    continue
                over = [c for c in found + out if c.start < got[0] and s < c.end]
                if any(not c.method.startswith("model") for c in over):
                    continue
                for c in over:
                    found.remove(c)
                out.append(Candidate(s, got[0], "Agency", got[1], "grammar-unit-sibling", 0.7, priority=Priority.SUBUNIT,
                                     body=BodyRef(text[s : got[0]], parent.body.place, parent.body.place_code, parent=parent.name)))
        return out

    def _groups_named_again(self, found: list[Candidate]) -> None:
        """省委第四巡视组…, then 配合省委巡视组工作: a committee's group printed without its number after a numbered group of
        that committee and kind is that group again (the one printed last before it), no group of its own."""
        numbered = [(c, m) for c in found if c.type == "Agency" and (m := self.v.numbered_group.match(c.name))]
        if not numbered:
            return
        for c in found:
            m = self.v.unnumbered_group.match(c.name) if c.type == "Agency" else None
            if m is None:
                continue
            before = [d for d, n in numbered if d.start < c.start and n.group(1) == m.group(1) and n.group(3) == m.group(2)]
            if before:
                d = max(before, key=lambda x: x.start)
                c.name, c.body = d.name, dataclasses.replace(c.body, parent=d.body.parent)

    def _head_read_into(self, text: str, c: Candidate, end: int) -> bool:
        """Whether ``c``, read by the grammar from a unit's name that ends at ``end`` (某分局局长, 某分局副局长), only took
        in the first character of the title of that unit's head (局 of 局长) as a head of its own."""
        t = end + len(next((x for x in self.v.title_modifiers if text.startswith(x, end)), ""))  # 副局长
        return c.method == "grammar-free" and end < c.end <= t + 1 and text.startswith(self.v.head_post_titles, t)

    @staticmethod
    def _bodies_under_another_again(found: list[Candidate]) -> None:
        """国家税务总局某县税务局, then 某县税务局 (or 某县税务局某分局); 某边境管理支队某边境管理大队, then 某边境管理大队: a
        body printed right after the body above it (a national body, or a unit's parent) and elsewhere alone is that one
        body, named as printed under its parent (its units named after it), where its own name places it."""
        roots = {c.name for c in found if c.national and not c.body.parent and not c.body.place}
        full = {c.name[len(c.body.parent):]: c for c in found
                if c.body.parent and c.name.startswith(c.body.parent) and len(c.name) > len(c.body.parent)
                and (c.national and c.body.parent in roots or c.method == "grammar-subunit")}
        if not full:
            return
        alone = [c for c in found if c.name in full and c.name != full[c.name].name and c.body.place_code]
        for c in alone:  # 额尔古纳边境管理大队 lies in 额尔古纳市, not where the detachment above it does
            unit = full[c.name]
            if not unit.national and unit.body.place_code != c.body.place_code:
                unit.body = dataclasses.replace(unit.body, place=c.body.place, place_code=c.body.place_code)
        units = {id(u) for u in full.values()}
        for c in found:
            if c.national or id(c) in units:
                continue
            parent = c.body.parent
            if c.name in full:
                branch = full[c.name]
                where = branch.body if branch.body.place_code else c.body
                c.name, c.body = branch.name, dataclasses.replace(c.body, parent=branch.body.parent,
                                                                  place=where.place, place_code=where.place_code)
            elif parent in full and c.name.startswith(parent):
                c.name = f"{full[parent].name}{c.name[len(parent):]}"
                c.body = dataclasses.replace(c.body, parent=full[parent].name)

    def _city_above_branch(self, text: str, pos: int, a: _Anchor) -> Division | None:
        """The prefecture city a bare 市 stands for before a branch named after the county-level city the article's 市
        was taken for (（市生态环境局监利市分局）in an article on 监利市: 荆州市's bureau), or None."""
        if a.abbr != "市" or a.division is None or a.division.level != Level.COUNTY:
            return None
        m = self.v.district_subunit.match(text, pos)
        if m is None or not any(d.code == a.division.code for d in self.gaz.lookup(m.group(1))):
            return None
        return next((d for d in self.gaz.ancestors(a.division.code) if d.level == Level.CITY), None)

    def _branch_place(self, text: str, pos: int, within: Division | None) -> Division | None:
        """The county or district a city bureau's branch printed at ``pos`` is named after (长沙市生态环境局浏阳分局 →
        浏阳市), when it lies within the bureau's jurisdiction ``within``; else None."""
        m = self.v.district_subunit.match(text, pos)
        if m is None or within is None:
            return None
        # 佛山市公安局高明分局 with 高明区 printed in the text: the short form the gazetteer does not index alone
        found = self.gaz.lookup(m.group(1)) or [d for suffix in self.v.county_suffixes
                                                for d in self.gaz.lookup(m.group(1) + suffix) if d.name in text]
        return next((d for d in found
                     if d.code != within.code and within.code in {x.code for x in self.gaz.ancestors(d.code)}), None)

    def _township_units_after_title(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """县公安局副局长、城关派出所所长某: a unit that serves one township (TownUnitHead), named after a township of the
        county and printed bare after a title of a county body and 、, is that body's unit, standing in the township (a
        reading of it as the township's own body, from ``found``, gives way)."""
        out: list[Candidate] = []
        if not holds_any(text, self.v.town_unit_heads):
            return out
        for c in found:
            county = self.gaz.get(c.body.place_code) if c.body.place_code else None
            if county is None or county.level != Level.COUNTY or c.body.parent:
                continue
            m = self.v.title_then_list.match(text, c.end)
            if m is None:
                continue
            town = self._town_unit_place(text, m.end(), county)
            if town is None:
                continue
            printed = next((p for p in (town.name, town_short_form(town.name)) if p and text.startswith(p, m.end())), "")
            pos = m.end() + len(printed)
            head = next((h for h in self.v.town_unit_heads if text.startswith(h, pos)), None)
            if not printed or head is None:
                continue
            end = pos + len(head)
            if any(x.start <= m.end() < x.end and x.end > end for x in found):
                continue  # read already as a longer body
            for x in [x for x in found if x.type == "Agency" and x.start == m.end() and x.end == end]:
                found.remove(x)  # 杉城派出所 read as the township's own body: the county bureau's unit instead
            unit = text[m.end() : end]
            out.append(Candidate(m.end(), end, "Agency", f"{c.name}{unit}", "grammar-subunit", 0.75,
                                 priority=Priority.SUBUNIT, body=BodyRef(unit, town.name, town.code, parent=c.name)))
            for x in found:  # and printed so again later (杉城派出所与…): that unit
                if x.type == "Agency" and x.start > end and text[x.start : x.end] == unit:
                    x.name, x.body = f"{c.name}{unit}", dataclasses.replace(x.body, place=town.name, place_code=town.code,
                                                                          parent=c.name)
        return out

    def _town_unit_place(self, text: str, pos: int, county: Division | None, own: bool = False) -> Division | None:
        """The township of ``county`` a county body's unit printed at ``pos`` is named after (县公安局 + 城关派出所 →
        城关镇, 县不动产登记中心 + 某某服务点), by the township's name or its stem, where the text prints the township's
        name elsewhere too; else None (eval/OWN-PEOPLE-NOTES.md, a town's police station: one convention)."""
        if county is None or county.level != Level.COUNTY:
            return None
        from .places import place_finder  # the townships of a county with their stems, made once

        best = None
        for stem, d in place_finder().towns_of(county.code):
            for printed in (d.name, stem):
                if text.startswith(printed, pos) and (best is None or len(printed) > best[0]):
                    best = (len(printed), d)
        if own:  # a street's office by the street's full name: the street's own body
            return best[1] if best is not None and best[0] == len(best[1].name) and best[1].level == Level.STREET else None
        if best is None or text.find(best[1].name, 0, pos) < 0 and text.find(best[1].name, pos + best[0]) < 0:
            return None  # the town named only inside the unit's name: the unit lies in the county (the convention)
        return best[1]

    def _place_named_at(self, text: str, pos: int) -> Division | None:
        """The one province, city or county whose name, full or short, is printed at ``pos`` (国家税务总局 + 泰宁县税务局,
        国家统计局 + 泰宁调查队), or None."""
        for n in range(min(12, len(text) - pos), 1, -1):
            printed = text[pos : pos + n]
            found = [d for d in self.gaz.lookup(printed) if printed in (d.name, d.short) and d.level in _COMMITTEE_LEVELS]
            # 长沙: the city, whose county of the same short name lies within it
            top = [d for d in found if all(x is d or self.gaz.is_within(x.code, d.code) for x in found)]
            if found:
                return top[0] if len(top) == 1 else None
        return None

    def _units_of_national(self, text: str, body: Candidate) -> list[Candidate]:
        """The units printed right after a national body's name: 农业农村部农村社会事业促进司,
        公安部经济犯罪侦查局, 国务院发展研究中心 (each a unit of the one before it)."""
        out, parent = [], body
        for _ in range(2):
            if next(self.national.matches_at(text, parent.end), None) if parent.end < len(text) else True:
                break  # 财政部证监会审计署: national bodies side by side, none a unit of the one before
            if next(self.corps.matches_at(text, parent.end), None) is not None:
                break  # 新疆生产建设兵团第八师: a division, read with its own bodies after it
            nxt = self._subunit_at(text, parent.end, parent)
            if nxt is None:
                break
            end, name = nxt
            # 国家税务总局某县税务局: a unit named after a province, city or county stands in it
            where = self._place_named_at(text, parent.end) if parent is body else None
            parent = Candidate(body.start, end, "Agency", name, "grammar-subunit", 0.9, priority=Priority.SUBUNIT,
                               body=BodyRef(text[body.start : end], where.name if where else "", where.code if where else "",
                                            parent=parent.name), national=True)
            out.append(parent)
        return out

    def _division_at(self, text: str, pos: int) -> bool:
        """Whether a province, city or county, by its name or short form, opens ``text`` at ``pos`` (吕梁交警支队)."""
        return any((d := self.gaz.resolve(text[pos : pos + k])) is not None
                   and d.level in (Level.PROVINCE, Level.CITY, Level.COUNTY) for k in (4, 3, 2))

    def _unit_title_ahead(self, text: str, pos: int, end: int) -> bool:
        """Whether a unit's head and its own head's title follow within the characters of a name from ``pos`` on
        (干部 + 教育处处长), before ``end``: the rest of the name holds no stop word."""
        for at in range(pos + 1, min(end, len(text))):
            if not (_HAN_FIRST <= text[at - 1] <= _HAN_LAST) or text[at - 1] in self.v.subunit_stop_chars:
                return False
            if any(self._own_title_after(text, e, h) for e, h, _ in self.v.unit_heads.matches_at(text, at)):
                return self._stopped(text[pos:at]) is False
        return False

    def _own_title_after(self, text: str, pos: int, head: str) -> bool:
        """Whether the title of a unit's own head follows at ``pos`` the unit's head ``head`` (科 then 科长 or 副科长)."""
        v = self.v
        pos += next((len(w) for w in v.unit_own_title_leads if text.startswith(w, pos)), 0)
        return text.startswith(head, pos) and text.startswith(v.unit_own_title_ends, pos + len(head))

    def _free_subunit(self, text: str, pos: int, parent: Candidate) -> tuple[int, str] | None:
        """[name][unit head] right after a body: 商务厅国内投资和经济合作处, 宣传部对外新闻处, 人大法制委; a national
        body's unit named by its number alone (中央编办一司副司长: 一司, not a unit 一司副司 before a title 长)."""
        v = self.v
        m = v.numbered_national_unit.match(text, pos) if parent.national else None
        if m and not self._bad_after(text, m.end() + 1):
            head = text[m.end() : m.end() + 1]
            return m.end() + 1, f"{parent.name}{m.group()}{head}"
        start = next((len(w) for w in v.unit_name_start if text.startswith(w, pos)), 0)  # 对外新闻处
        if not start and parent.name.endswith(tuple(v.unit_head_of.values())):
            # 某省人民检察院成都铁路运输分院: a place's name that opens the unit's name is read whole, though it holds a
            # stop character (都), in the units only bodies of one kind have (UnitHead "of")
            start = next((k for k in range(4, 1, -1) if any(d.name == text[pos : pos + k] or d.short == text[pos : pos + k]
                                                            for d in self.gaz.lookup(text[pos : pos + k]))), 0)
        # 组织部干部监督室: a field of government work opening the unit's name, though it begins with a stop word (干部)
        field_end = max((end - pos for end, _, _ in self.fields.matches_at(text, pos)), default=0) if pos < len(text) else 0
        for n in range(1, 15 if parent.national else 11):  # 长江流域生态环境监督管理局: a ministry's bureau of a basin
            if pos + n > len(text):
                break
            ch = text[pos + n - 1]
            if not (_HAN_FIRST <= ch <= _HAN_LAST) or (ch in v.subunit_stop_chars and n > max(start, field_end)
                                                       and not (n > 1 and ch in v.unit_inner_chars)):
                break  # (食品安全科: 全 of a field that opens the name stops nothing)
            if ch in v.unit_inner_chars and (text.startswith(v.coordinated_bodies, pos + n) or self._division_at(text, pos + n)):
                break  # 市政府决策部署和区委工作安排: 区委 is a body of its own, not the end of a unit's name; so is 吕梁交警支队
                #        after 省公安厅交管局和 (a county, city or province opens it)
            if n > 1 and text.startswith(v.coordinated_bodies, pos + n - 1):
                break  # 区人民政府紧扣市委“…”: the short body (市委) is one of its own after a verb, no unit 紧扣市委
            body = text[pos : pos + n]
            stem = v.unit_number.sub("", body)
            # 第一 stops a body's name, not a numbered unit's; a field that opens the name (社会组织 of 民政局社会组织党建处)
            # is read whole, though it holds a stop word (组织), and only the rest of the name may stop it; a field that is
            # itself a stop word (组织 of 农业农村局组织县农技中心: the verb) is no such opening
            opening = stem[:field_end] if 0 < field_end < len(stem) else ""
            last = self._stopped(stem[field_end:] if opening and opening not in v.stop_words else stem)
            numbered = pos + n + (text[pos + n : pos + n + 1] in v.unit_numerals)  # 干部二科: the head after a numeral
            if last is None and (any(self._own_title_after(text, end, h) for at in {pos + n, numbered}
                                     for end, h, _ in v.unit_heads.matches_at(text, at))
                                 or self._unit_title_ahead(text, pos + n, pos + 10)):
                # 组织部干部科科长, 组织部干部教育处处长: the words of a unit's work (干部) in its name before its head
                # and that head's own title
                last = self._stopped(stem, unit=True)
            if last is None and (n < field_end or any(end == len(stem) for end, _, _ in self.fields.matches_at(stem, 0))):
                last = False  # 组织部组织科: a field of government work names a unit, though it is also a verb
            if last is None:
                break
            if n < 2 and body not in v.unit_numerals:
                continue
            if v.national.search(body) or n == 3 and body in v.post_title_set or body.startswith(v.head_post_titles) \
                    or body in v.venue_names:
                break  # 中央纪委国家监委: a national body of its own; 侦查局巡视员和…, 法院院长李栓科: a title, no unit;
                #        镇政府会议中心: a venue, no unit
            for end, head, full in v.unit_heads.matches_at(text, pos + n) if pos + n < len(text) else ():
                if head in v.national_unit_heads and not parent.national:
                    continue  # 司 and 局 are units of a ministry, not of a county's bureau
                if head in v.unit_head_of and not parent.name.endswith(v.unit_head_of[head]):
                    continue  # 庭 is a court's division (民事审判第一庭), not the end of 家庭
                if head in v.unit_head_after and not parent.name.endswith(v.unit_head_after[head]) \
                        and not (head in v.unit_bare_party and parent.name.startswith(v.party_names)):
                    continue  # 部 is an association's, a political-legal commission's or a democratic party committee's
                    #           department (妇联权益部, 政法委政治部, 民盟某省委会社会服务部)
                if n > v.unit_name_max.get(head, n):
                    continue  # 妇联权益部, not 妇联…村党支部: an association's department has a short name
                if any(w in body + head and w not in body for w in v.stop_words):
                    continue  # 商务部三部委: the head ends a word of the text (部委), no unit
                if n < 2 and len(head) < 2 and not self._own_title_after(text, pos + n, head):
                    continue  # 一大队, 一科科长: a numeral alone names a unit before a long head or the head's own title
                if not self._bad_after(text, end) and not (body + head).endswith(v.inner_bodies):  # 机关党委书记
                    return end, f"{parent.name}{v.unit_full.get(body + head, body + full)}"
            if last:
                break
        return None

    def _grassroots_party(self, div: Division | None, juris: str, form: str, within: Division | None = None,
                          prefix: str = "中共", suffix: str | None = None) -> str:
        """中共开平市沙塘镇委员会, 中共台山市台城街道工作委员会, 中共…金星社区总支部委员会; with ``prefix`` and
        ``suffix`` another organisation's committee of the place (共青团开平市沙塘镇委员会).

        ``within`` is the town of a village the gazetteer does not list."""
        chain = ""
        if div is None and within is not None:
            anc = [within] + self.gaz.ancestors(within.code)
            names = [x.name for x in anc if x.level in (Level.COUNTY, Level.TOWN, Level.STREET)]
            chain = "".join(reversed(names)) if any(x.level == Level.COUNTY for x in anc) else ""
        if div is not None:
            anc = self.gaz.ancestors(div.code)
            names = [x.name for x in anc if x.level in (Level.COUNTY, Level.TOWN, Level.STREET)]
            chain = "".join(reversed(names))
            if not any(x.level == Level.COUNTY for x in anc):
                chain = ""
        name = div.name if div else juris
        suffix = self.v.grassroots_suffix[form] if suffix is None else suffix
        return f"{prefix}{chain}{name}{suffix}"

    def _county_of(self, div: Division | None) -> str:
        if div is None:
            return ""
        for a in self.gaz.ancestors(div.code):
            if a.level == Level.COUNTY:
                return a.name
        return ""

    # --- special forms ------------------------------------------------------------------

    def _field_offices(self, text: str, home_of, places: list[Candidate] = (),
                       found: list[Candidate] = ()) -> list[Candidate]:
        """[town][field]所: a county bureau's field office in a town (马冈市场监督管理所). It lies in its town wherever
        the text prints the town (its jurisdiction), printed after its bureau (县公安局闽宁派出所: the bureau's unit,
        named after it) or not, else in the county of the bureau it is printed after; printed short after the text
        printed it after its bureau (…闽宁派出所。闽宁派出所接到报警) it is that office again."""
        out = []
        printed_towns = {p.division.code for p in places if p.type == "Place" and p.division.code}
        for m in self.v.field_office.finditer(text):
            if self.v.office_head.get(m.group(1), "所") != m.group(2):
                continue  # 水文所, 派出站: no field office
            county = home_of(m.start()).local()
            ctx = (county.code,) if county else ()
            town, start = None, m.start()
            # 明水第一派出所: a town's numbered office, the ordinal between the town's name and the field
            ordinal = self.v.unit_ordinal.search(text, max(0, m.start() - 2), m.start())
            stem_end = ordinal.start() if ordinal else m.start()
            for k in (3, 2) if ctx else ():  # 金石桥司法所, 马冈市场监督管理所
                stem = text[max(0, stem_end - k) : stem_end]
                if len(stem) == k and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in stem):
                    town = self.gaz.resolve(stem, context=ctx, short_towns=True)
                    if town is not None and town.level in (Level.TOWN, Level.STREET) and town.name != stem:  # 大瑶镇派出所: the grammar's
                        start = stem_end - k
                        break
                    town = None
            if town is None:
                continue
            bureau_county = self._county_of(town)
            bureau = self.v.office_bureau[m.group(1)]
            parent = f"{bureau_county}{bureau}" if bureau_county else ""
            printed = f"{text[start : m.start()]}{self.v.office_full.get(m.group(1), m.group(1))}{text[m.end(1) : m.end()]}"
            if m.group(1) in self.v.office_again and printed not in text[:start]:
                continue  # 某某法庭 is the town's 人民法庭 printed short only where the text printed that in full before
            name, place, code = printed, town.name, town.code
            form = next((f for f in self.v.bureau_forms.get(bureau, (bureau,)) if text.endswith(f, 0, start)), None)
            if parent and form is not None:
                # 县公安局中都派出所: printed after its bureau, a unit named after the bureau, where the bureau is (the
                # body the text prints there, 呼伦贝尔边境管理支队额尔古纳边境管理大队黑山头边境派出所, else the county's)
                before = [c for c in found if c.type == "Agency" and c.end == start and c.name.endswith(form)]
                parent = max(before, key=lambda c: (len(c.name), -c.start)).name if before else \
                    f"{bureau_county}{self.v.bureau_form_full.get(form, bureau)}"
                county = next(a for a in self.gaz.ancestors(town.code) if a.level == Level.COUNTY)
                name = f"{parent}{text[start : m.end()]}"  # as the unit names it
                if town.code not in printed_towns:
                    place, code = county.name, county.code
            elif parent:  # 某市公安局某区分局…八一派出所: the branch the text names for the town's county is its bureau there
                branch = self._county_branch(found, town, bureau)
                parent = branch.name if branch is not None else parent
                if branch is not None and any(c.type == "Agency" and c.end == start and c.name == parent for c in found):
                    # 某市公安局某区分局某派出所: printed right after the branch, a unit named after it, as after a bureau
                    name = f"{parent}{text[start : m.end()]}"
                    if town.code not in printed_towns:
                        county = next(a for a in self.gaz.ancestors(town.code) if a.level == Level.COUNTY)
                        place, code = county.name, county.code
            listed = self._listed_field_offices(text, start, m, town, parent, printed_towns) if name == printed else []
            if listed:  # the office that ends the list is named as the others are
                name = f"{parent}{name}"
                if town.code not in printed_towns:
                    place, code = listed[0].body.place, listed[0].body.place_code
            if m.group(1) in self.v.office_district:  # 某人民法庭 serves several towns: it lies in its court's county
                county = next((a for a in self.gaz.ancestors(town.code) if a.level == Level.COUNTY), None)
                if county is not None:
                    place, code = county.name, county.code
            out.append(Candidate(start, m.end(), "Agency", name, "grammar-field-office", 0.85,
                                 priority=Priority.FIELD_OFFICE, body=BodyRef(text[start : m.end()], place, code, parent)))
            out += listed
        # 永宁县公安局闽宁派出所 … 闽宁派出所: the office printed short after its full name is that office
        full = {(c.body.parent, c.name[len(c.body.parent):]): c for c in out if c.body.parent and c.name.startswith(c.body.parent)}
        by_tail: dict[str, Candidate] = {}  # …额尔古纳边境管理大队黑山头边境派出所 … 黑山头边境派出所: under a body the text printed
        for (_, tail), c in full.items():
            by_tail.setdefault(tail, c)
        for k, c in enumerate(out):
            again = full.get((c.body.parent, c.name)) or by_tail.get(c.name) \
                if c.body.parent and not c.name.startswith(c.body.parent) else None
            if again is not None and again.start < c.start:
                out[k] = dataclasses.replace(c, name=again.name, body=dataclasses.replace(again.body, surface=c.body.surface))
        return out

    def _county_branch(self, found: list[Candidate], town: Division, bureau: str) -> Candidate | None:
        """The branch of a city's bureau of that kind (某市公安局某区分局) that the text names for the county ``town``
        lies in, if one: there the county's bureau is that branch."""
        county = next((a.code for a in self.gaz.ancestors(town.code) if a.level == Level.COUNTY), None)
        return next((c for c in found if c.type == "Agency" and c.method == "grammar-subunit" and county
                     and c.body.place_code == county and c.body.parent.endswith(bureau)
                     and c.name.endswith(self.v.branch_heads)), None)

    def _bureau_units_alone(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """…公安局某分局…。分局局长某组织刑侦大队…: a unit that only a bureau of one kind has (BureauUnit), printed bare,
        is a unit of the last body of that kind the text named before it (a branch too), named after it as printed."""
        out: list[Candidate] = []
        if not holds_any(text, self.v.bureau_unit_words):
            return out
        bodies = sorted((c for c in found if c.type == "Agency" and not c.implied), key=lambda c: c.end)
        for s, e, printed, kinds in self.v.bureau_units.finditer(text):
            if any(c.start <= s < c.end for c in found) or text.startswith(self.v.head_post_titles, e - 2):
                continue  # 县公安局刑侦大队: the grammar's; 交警大队长: a title
            before = [c for c in bodies if c.end <= s and any(k in c.name for k in kinds.split("|"))
                      and not c.name.endswith(self.v.town_office_heads)
                      and not c.name.endswith(self.v.bureau_unit_words)  # 第一检察部…第二检察部: the body's, no unit's
                      and not c.name.endswith(printed[-2:])]  # 某人民法庭…第一法庭: a unit of no body of its own kind
            if not before:
                continue
            b = before[-1]
            out.append(Candidate(s, e, "Agency", f"{b.name}{printed}", "grammar-bureau-unit", 0.7, priority=Priority.SUBUNIT,
                                 body=BodyRef(printed, b.body.place, b.body.place_code, parent=b.name)))
        return out

    def _town_offices(self, text: str, home_of, found: list[Candidate], places: list[Candidate]) -> list[Candidate]:
        """A town's office or station printed short (AgencyAbbrev with a "bureau": 派出所, 司法所, 农技站). Printed with
        its town right after the county bureau it is a branch of (县市场监管局某镇市场监管所), it is that bureau's unit;
        printed alone (、司法所所长某) in an article about one town, it is that town's office, unless the text names
        an office of that kind in full (某派出所…。派出所每天…: that one again) or its sentence names a town or village
        before it (在甲镇、乙乡的司法所: theirs). Neither is guessed elsewhere: a town's office printed with its town
        alone is no unit of a bureau the text does not print."""
        v, out = self.v, []
        agencies = [c for c in found if c.type == "Agency"]
        by_end: dict[int, list[Candidate]] = {}
        for c in agencies:
            by_end.setdefault(c.end, []).append(c)
        for k, c in enumerate(found):
            if c.type != "Agency" or c.body.parent or not c.body.place_code:
                continue
            bureau = next((b for full, b in v.town_office_bureau.items() if c.name.endswith(full)), None)
            town = self.gaz.get(c.body.place_code) if bureau is not None and c.start in by_end else None
            if town is None or town.level not in (Level.TOWN, Level.STREET):
                continue
            county = {a.code for a in self.gaz.ancestors(town.code)}
            parent = next((b for b in by_end[c.start] if b.name.endswith(bureau) and b.body.place_code in county), None)
            if parent is not None:  # 县市场监管局甘江镇市场监管所: the bureau's unit in that town
                found[k] = dataclasses.replace(c, body=dataclasses.replace(c.body, parent=parent.name))
        local = [p.start for p in places if p.division.level in _LOCAL_LEVELS]
        for s, e, printed, (full, _) in self.v.town_offices.finditer(text):
            if s and text[s - 1] not in v.abbr_before or any(c.start <= s < c.end for c in agencies):
                continue  # 城关派出所, 公安局派出所, 镇派出所: another rule's
            town = home_of(s).town
            if town is None or any(c.name.endswith(full) for c in agencies):
                continue
            sentence = max(text.rfind(ch, 0, s) for ch in v.sentence_end) + 1
            if any(sentence <= p < s for p in local):
                continue
            out.append(Candidate(s, e, "Agency", f"{jurisdiction_name(self.gaz, town)}{full}", "grammar-town-office", 0.7,
                                 priority=Priority.FIELD_OFFICE, body=BodyRef(printed, town.name, town.code)))
        return out

    def _listed_field_offices(self, text: str, start: int, m: re.Match, town: Division, parent: str,
                              printed_towns: set[str] = frozenset()) -> list[Candidate]:
        """甲、乙、丙市场监督管理所: towns of one county listed before a field office printed once, each the office
        of its own town, a unit of the same bureau, named in full after it (某县市场监督管理局甲市场监督管理所) where
        the county is: the mention of each is its town's short name."""
        out: list[Candidate] = []
        county = next((a for a in self.gaz.ancestors(town.code) if a.level == Level.COUNTY), None)
        office = f"{self.v.office_full.get(m.group(1), m.group(1))}{text[m.end(1) : m.end()]}"
        if county is None or not parent:
            return out
        end = start
        for _ in range(_MAX_LISTED):
            j = next((end - k for k in (1, 2) if end - k >= 0 and self.v.list_joint.fullmatch(text, end - k, end)), None)
            if j is None:
                break
            item = None
            for k in (3, 2):
                stem = text[max(0, j - k) : j]
                if len(stem) != k or not all(_HAN_FIRST <= ch <= _HAN_LAST for ch in stem):
                    continue
                d = self.gaz.resolve(stem, context=(county.code,), short_towns=True)
                if d is not None and d.level in (Level.TOWN, Level.STREET) and d.name != stem \
                        and county in self.gaz.ancestors(d.code):
                    item = (j - k, d)
                    break
            if item is None:
                break
            s, d = item
            where = d if d.code in printed_towns else county  # in its town where the text prints the town
            out.append(Candidate(s, j, "Agency", f"{parent}{text[s:j]}{office}", "grammar-field-office-listed", 0.8,
                                 priority=Priority.FIELD_OFFICE, body=BodyRef(text[s:j], where.name, where.code, parent)))
            end = s
        return out

    def _listed_fields(self, text: str, places: list[Candidate], home_of, found: list[Candidate]) -> list[Candidate]:
        """县教育、卫健、民政等部门; 市发改、财政部门负责同志; 开平市教育、民政等部门: two or more fields printed once
        after their jurisdiction (a place or its level's character), then words for "these bodies": each field is that
        jurisdiction's body, under the head the article prints it with, else the one its level takes."""
        starts: list[tuple[int, Division]] = []
        for c in places:
            div = self.gaz.get(c.division.code) if c.type == "Place" and c.division.code else None
            if div is not None and div.level in _COMMITTEE_LEVELS:
                starts.append((c.end, div))
        for m in self.v.abbrevs.finditer(text):
            home = home_of(m.start())
            div = home.for_abbr(m.group()) if m.start() == 0 or text[m.start() - 1] in self.v.abbr_before else None
            if div is not None and div.level in _COMMITTEE_LEVELS:
                starts.append((m.end(), div))
        out: list[Candidate] = []
        for pos, div in sorted(starts, key=lambda x: x[0]):
            items: list[tuple[int, int, str]] = []
            p = pos
            while len(items) < _MAX_LISTED:
                got = max(self.fields.matches_at(text, p), default=None, key=lambda x: x[0]) if p < len(text) else None
                if got is None:
                    break
                f_end, printed, full = got
                if any(d == printed + "部" for _, d, _ in self.depts.matches_at(text, p)):
                    items = []  # 宣传、组织部门: Party departments, not the government's bodies
                    break
                items.append((p, f_end, full))
                j = self.v.list_joint.match(text, f_end)
                if j is None:
                    p = f_end
                    break
                p = j.end()
            end = self.v.listed_bodies_end.match(text, p) if len(items) >= 2 else None
            if end is None:
                continue
            juris = jurisdiction_name(self.gaz, div)
            head = self.listed_field_head_of(juris)
            if not head:
                continue  # no head the jurisdiction's name tells: left unguessed
            for s, e, full in items:
                name = f"{juris}{full}{head}"
                printed = next((c.name for c in found if c.type == "Agency" and c.name.startswith(juris + full)
                                and c.name[len(juris + full):] in self.v.head_full.values()), None)
                out.append(Candidate(s, e, "Agency", printed or name, "grammar-listed-field", 0.7, priority=Priority.AGENCY,
                                     body=BodyRef(text[s:e], div.name, div.code)))
        return out

    def _listed_departments(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """市委宣传、组织、统战等部门: two or more Party departments printed once after their committee, without
        their head (部), then words for "these bodies": each the committee's department."""
        out: list[Candidate] = []
        stems = self.v.listed_dept_stems
        for c in found:
            if c.method != "grammar-committee" or not c.name.startswith("中共"):
                continue
            items: list[tuple[int, int, str]] = []
            p = c.end
            while len(items) < _MAX_LISTED:
                stem = next((x for x in stems if text.startswith(x, p)), None)
                if stem is None or text.startswith(stems[stem], p):
                    break  # 宣传部、组织部: printed whole, the bodies listed after their committee already
                items.append((p, p + len(stem), stems[stem]))
                j = self.v.list_joint.match(text, p + len(stem))
                p = j.end() if j else p + len(stem)
                if j is None:
                    break
            if len(items) < 2 or not self.v.listed_bodies_end.match(text, p):
                continue
            for s, e, dept in items:
                out.append(Candidate(s, e, "Agency", department_name(c.name, dept), "grammar-listed-department", 0.7,
                                     priority=Priority.AGENCY, body=BodyRef(text[s:e], c.body.place, c.body.place_code,
                                                                           c.name)))
        return out

    def listed_field_head_of(self, juris: str) -> str:
        """The head a field listed after the jurisdiction named ``juris`` takes, told by how that name ends (四川省 →
        厅, 北京市 → 局), or "" where no ending of the lexicon's fits."""
        return next((head for after, head in self.v.listed_field_head if juris.endswith(after)), "")

    def _grassroots_abbreviations(self, text: str, home_of, places: list[Candidate] = ()) -> list[Candidate]:
        """街道党工委书记, 镇党委, 村党委: the Party committee of the article's street or town, or of
        the village or community named last before it."""
        out = []
        locals_ = sorted((p for p in places if p.division.level in (Level.VILLAGE, Level.COMMUNITY)), key=lambda p: p.start)
        for m in self.v.local_abbrev.finditer(text) if holds_any(text, self.v.local_abbrev_cues) else ():
            before = [p for p in locals_ if p.end <= m.start() and m.start() - p.end < 40]
            same = [p for p in before if not any(ch in self.v.sentence_end for ch in text[p.end : m.start()])]
            if same:  # the villages of its own sentence: the one named there (在乙村，他听取了村党支部书记…)
                before = same
            if len({p.name for p in before}) > 1 and before[-1].end != m.start():
                continue  # 在甲村、乙村，村党支部书记某某: the text does not say which village's
            if not before:  # else the one village its paragraph names before it (在石村，…。…，村党支部书记)
                before = [p for p in locals_ if p.end <= m.start() and "\n" not in text[p.end : m.start()]]
                if len({p.name for p in before}) != 1:
                    before = []
            if not before:  # else the one village the text has been about (焦村…，村党支部书记)
                before = [p for p in locals_ if p.end <= m.start() and m.start() - p.end < _ONE_VILLAGE]
                if len({p.name for p in before}) != 1:
                    before = []
            if not before:  # else, in a long article, the one village it names before, named more than once
                before = [p for p in locals_ if p.end <= m.start()]
                if len({p.name for p in before}) != 1 or len(before) < 2:
                    continue
            found = self.local_body(before[-1], m.group(), m.start(), m.end())
            if found is not None:
                out.append(found)
        out += self._record_village_bodies(text, locals_)
        out += self._bare_village_branches(text, locals_)
        by_end = _by_end(places)
        for m in self.v.town_party.finditer(text) if holds_any(text, self.v.town_party_cues) else ():
            kind = m.group()[:2] if m.group().startswith("街道") else m.group()[:1]
            home = home_of(m.start())
            near = _nearest_before(by_end, m.start(), ("street",) if kind == "街道" else ("town",))
            div = self.gaz.get(near.division.code) if near is not None else None
            div = div or (home.street if kind == "街道" else home.town)
            if div is None:
                continue
            form = "党工委" if kind == "街道" else "党委"
            out.append(Candidate(m.start(), m.end(), "Agency", self._grassroots_party(div, div.name, form),
                                 "grammar-grassroots-abbrev", 0.7, priority=Priority.GRASSROOTS_ABBREV,
                                 body=BodyRef(m.group(), div.name, div.code, abbr_anchor=kind)))
        # 在甲街道，…。街道办事处主任某某介绍: the office of the street named last before it, else of the article's street
        for m in self.v.street_office_bare.finditer(text) if holds_any(text, self.v.street_office_bare_cues) else ():
            if self._item_after_each(text, m.start()):
                continue  # 请各乡镇人民政府、街道办事处认真组织实施: every street's office, no one body
            near = _nearest_before(by_end, m.start(), ("street",))
            div = self.gaz.get(near.division.code) if near is not None and near.division.code else None
            div = div or home_of(m.start()).street
            if div is None:
                continue
            out.append(Candidate(m.start(), m.end(), "Agency", f"{self._county_of(div)}{div.name}办事处",
                                 "grammar-grassroots-abbrev", 0.7, priority=Priority.GRASSROOTS_ABBREV,
                                 body=BodyRef(m.group(), div.name, div.code, abbr_anchor="街道")))
        return out

    def _bare_village_branches(self, text: str, locals_: list[Candidate]) -> list[Candidate]:
        """来到某镇东方红村…。东方红党总支书记某某: a village the text has named, printed again without 村 right before
        the form of a Party body (党总支, 党支部, 党委), is that village's Party body; its name less 村 must be two
        characters or more, and only the one village of that name before it counts."""
        out: list[Candidate] = []
        forms = [f for f in self.v.grassroots_suffix if f not in self.v.grassroots_full and f.startswith("党")]
        seen: dict[str, list[Candidate]] = {}
        for p in locals_:
            if p.division.level == Level.VILLAGE and p.name.endswith("村") and len(p.name) >= 3:
                seen.setdefault(p.name[:-1], []).append(p)
        for short, named in seen.items():
            start = text.find(short, named[0].end)
            while start >= 0:
                form = next((f for f in forms if text.startswith(f, start + len(short))), None)
                before = [p for p in named if p.end <= start]
                if form is not None and len({p.division.code or p.division.parent for p in before}) == 1:
                    found = self.local_body(before[-1], "村" + form, start, start + len(short) + len(form))
                    if found is not None:
                        out.append(found)
                start = text.find(short, start + len(short))
        return out

    def local_body(self, p: Candidate, abbr: str, start: int, end: int) -> Candidate | None:
        """The body of the village or community ``p`` that the abbreviation ``abbr`` (村党支部, 村委会, 社区党委) printed at
        ``start:end`` names, or None where it names a body of the other kind of place."""
        div = self.gaz.get(p.division.code) if p.division.code else None
        form = abbr[1:] if abbr.startswith("村") else abbr[2:]
        town = self.gaz.get(p.division.parent) if div is None and p.division.parent else None
        if div is not None:
            body_of = BodyRef(abbr, p.name, div.code, abbr_anchor=abbr[:1])
        else:  # a village the gazetteer does not list: its own key (kg.identity.entities), within its town if printed
            key = f"Place/{town.code}-{p.name}" if town is not None else f"Place/{p.name}"
            body_of = BodyRef(abbr, p.name, "", abbr_anchor=abbr[:1], within_code=town.code if town else "", place_key=key)
        if abbr in self.v.village_body:  # the self-governing committee
            body = self.v.village_body[abbr]
            if p.division.level != (Level.COMMUNITY if body == "居民委员会" else Level.VILLAGE):
                return None
            county = "" if abbr in self.v.village_own_body else self._county_of(div if div is not None else town)
            return Candidate(start, end, "Agency", f"{county}{p.name}{body}", "grammar-grassroots-abbrev",
                             0.65, priority=Priority.GRASSROOTS_ABBREV, body=body_of)
        name = self._grassroots_party(div, p.name, form, within=town)
        return Candidate(start, end, "Agency", name, "grammar-grassroots-abbrev", 0.65, priority=Priority.GRASSROOTS_ABBREV,
                         body=body_of)

    def _record_village_bodies(self, text: str, locals_: list[Candidate]) -> list[Candidate]:
        """党支部副书记：某某, 监委会主任：某某 on a village's own page (村务公开: its headline names the one village): a
        village's body printed without 村 at the start of a record (a line, title first) or after 、 is that village's."""
        if not holds_any(text, self.v.record_village_body_cues):
            return []
        first_line = _headline_end(text)
        villages = {p.name: p for p in locals_ if p.end <= first_line and p.division.level == Level.VILLAGE}
        if len(villages) != 1:
            return []
        p = next(iter(villages.values()))
        out = []
        for m in self.v.record_village_body.finditer(text):
            if not title_record_at(text, m.start()):
                continue
            found = self.local_body(p, self.v.record_village_forms[m.group()], m.start(), m.end())
            if found is not None:
                out.append(found)
        return out

    def _bare_departments(self, text: str, home_of, found: list[Candidate]) -> list[Candidate]:
        """宣传部部长陈冀: a Party department named without its committee is that of the Party committee its sentence
        named last before it (县委书记李明、组织部部长张红: the county's), else the home city's."""
        out = []
        committees = sorted((c for c in found if c.method == "grammar-committee" and c.body.place_code), key=lambda c: c.end)
        for m in self.v.bare_department.finditer(text) if "部长" in text else ():  # the pattern's 部长 after the name
            near = [c for c in committees if c.end <= m.start()
                    and not any(ch in self.v.sentence_end for ch in text[c.end : m.start()])]
            if near:
                committee, place, code = near[-1].name, near[-1].body.place, near[-1].body.place_code
            else:
                home = home_of(m.start())
                city = home.local()
                if city is None:
                    continue
                committee, place, code = f"中共{home.name_of(city)}委员会", city.name, city.code
            body = BodyRef(m.group(), place, code, committee, abbr_anchor="部")
            out.append(Candidate(m.start(), m.end(), "Agency", department_name(committee, m.group()), "grammar-department",
                                 0.7, priority=Priority.GRASSROOTS_ABBREV, body=body))
        return out

    def _bare_units(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """副院长某、民事审判第一庭庭长某: a unit whose head only one kind of body has (庭: a court's), printed in a
        title chain without its body, is a unit of that kind of body named last before it in the sentence, or, where
        the sentence names none, in the text before it (…县法院召开发布会。…，立案庭副庭长某)."""
        out, v = [], self.v
        for head, of, bare in v.bare_unit_kinds:
            if head not in text:
                continue  # the look-ahead below needs the head: a text without it has none of these units
            party = head in v.unit_bare_party
            bodies = sorted((c for c in found if c.type == "Agency" and (c.name.endswith(of) or party and not c.body.parent
                                                                         and c.name.startswith(v.party_names))),
                            key=lambda c: c.end)
            patterns = v.bare_unit_patterns.get(head)
            if patterns is None:  # made the first time a process meets the head, from the code compiled before
                from ..prebuilt import compile_pattern

                unit = compile_pattern(rf"([\u4e00-\u9fff]{{2,8}}?){re.escape(head)}")
                patterns = v.bare_unit_patterns[head] = (unit, compile_pattern(rf"(?<=[{v.abbr_before_class}])(?={unit.pattern})"))
            unit, starts = patterns
            # looked for at every boundary, not only after the last match (庭审由某法庭庭长: 某法庭 after 由)
            for look in starts.finditer(text):
                m = unit.match(text, look.start())
                if head in v.unit_bare_after and text[look.start() - 1 : look.start()] not in v.unit_bare_after[head]:
                    continue  # 妇联主席某向护理部主任某: a department after a verb is no federation's, only one in its chain
                after = m.end() + len(next((x for x in v.title_modifiers if text.startswith(x, m.end())), ""))
                if not text.startswith(v.head_post_titles, after):
                    continue  # 立案庭庭长, 立案庭副庭长: only before its head's title
                name = m.group(1)
                if self._stopped(v.unit_ordinal.sub("", name), unit=True) is None or name.startswith(v.head_post_titles):
                    continue
                if any(ch in v.abbr_before and not (k and ch in v.unit_inner_chars) for k, ch in enumerate(name)):
                    continue  # 该案由刑事审判庭: a word after which a unit's name may start is no part of it
                before = [c for c in bodies if c.end <= m.start()]
                if head in v.unit_bare_party and m.group() in v.party_depts:
                    continue  # 宣传部部长某: a Party committee's department (bare departments), no federation's unit
                if bare:  # 县司法局…。法规科科长某某: a bureau's section, the one bureau its paragraph has named before it
                    if len(name) > _BARE_SECTION_LONGEST or any(c.start < m.end() and m.start() < c.end for c in found):
                        continue  # 县人民医院内科: another body's name and its unit; a print inside a body's name
                    before = [c for c in before if "\n" not in text[c.end : m.start()]]
                same = [c for c in before if not any(ch in v.sentence_end for ch in text[c.end : m.start()])]
                if not same and len({c.name for c in before}) != 1:
                    continue  # no court in the sentence, and none or several before it
                court = (same or before)[-1]
                level = next((a for a in v.repeated_levels if name.startswith(a)), None)
                if level is not None and court.body.place.endswith(level) and len(name) > len(level):
                    # 县教育局副局长、县教研室主任某: a unit printed with its own level is the county's body, no unit of the
                    # bureau before it (英山县教研室, not 英山县教育局县教研室)
                    own = f"{court.body.place}{name[len(level):]}{head}"
                    out.append(Candidate(m.start(), m.end(), "Agency", own, "grammar-bare-unit", 0.75, priority=Priority.SUBUNIT,
                                         body=dataclasses.replace(court.body, surface=m.group(), parent="")))
                    continue
                body = dataclasses.replace(court.body, surface=m.group(), parent=court.name)
                # 曲子法庭 after 某县人民法院曲子人民法庭: the unit printed in full before, by a shorter name
                full = next((c.name for c in found if c.end <= m.start() and c.name.startswith(court.name + name[:2])
                             and c.name.endswith(head) and len(c.name) > len(court.name) + len(m.group())), None)
                out.append(Candidate(m.start(), m.end(), "Agency", full or f"{court.name}{m.group()}", "grammar-bare-unit",
                                     0.75, priority=Priority.SUBUNIT, body=body))
        return out

    def _units_of_own_head(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """某县农业农村局副局长某带领局农机服务中心、检测站和执法大队: the head of a body printed alone (局), then a unit's
        name, stands for the body of that head named last before it in the sentence; units joined to that one by 、
        or 和 are its units too."""
        out, v = [], self.v
        ends = {c.end for c in found}
        starts = {c.start for c in found}
        bodies = sorted((c for c in found if c.type == "Agency" and c.name[-1:] in v.own_head_abbrev and not c.implied),
                        key=lambda c: c.end)
        # a head stands for a body only where a body the text names ends in it: only those heads' places are read
        # (no pass over every character of the text; none at all where no such body is named)
        heads = {c.name[-1:] for c in bodies} - {""}
        at = sorted(i for h in heads for i in _places_of(text, h))
        for i in at:
            ch = text[i]
            if i + 1 in ends or i in starts or text.startswith(v.head_post_titles, i) \
                    or self._field_ends_at(text, i):
                continue  # 公安局交警大队, 、财政局和…: the end of a body's own name; 局长: a title
            before = [c for c in bodies if c.end <= i and c.name.endswith(ch)
                      and not any(x in v.sentence_end for x in text[c.end : i])]
            if not before:  # 本局食品安全股, 厅种植业管理处 in a later sentence: the one such body named so far;
                before = [c for c in bodies if c.end <= i and c.name.endswith(ch)]  # 该局办公室: the last one
                if len({c.name for c in before}) != 1 and not (before and text[i - 1 : i] in v.short_form_leads):
                    continue
            parent, pos = before[-1], i + 1
            while True:
                m = v.own_unit.match(text, pos)
                if m is None or pos in starts or self._stopped(m.group(1) or "") is not False \
                        or (m.group(1) or "")[:1] in v.subunit_stop_chars \
                        or len(m.group(2) or "") == 1 and (m.group(1) or "").endswith(v.own_unit_not_end) \
                        or text.startswith(ch, pos) or v.subordinate_lead.match(text, i) \
                        or any(pos < s < m.end() for s in starts):
                    break  # 局属某中心: no unit's name; 、局某处: a unit of its own; 局某县…: a body printed in full
                body = dataclasses.replace(parent.body, surface=m.group(), parent=parent.name)
                out.append(Candidate(pos, m.end(), "Agency", f"{parent.name}{m.group()}", "grammar-own-unit", 0.7,
                                     priority=Priority.SUBUNIT, body=body))
                if text[m.end() : m.end() + 1] not in v.unit_list_joint:
                    break
                pos = m.end() + 1
        return out

    def _field_ends_at(self, text: str, i: int) -> bool:
        """Whether a field of government work (财政, 发改) is printed right before ``i``."""
        return any(e == i for s in range(max(0, i - _LONGEST_FIELD), i) for e, _, _ in self.fields.matches_at(text, s))

    def _subordinates(self, text: str, found: list[Candidate]) -> None:
        """局属某县疾病预防控制中心, 厅直属单位某省农业技术推广总站、某省种子站: a body printed after such a lead (and those
        listed right after it) is a unit of the one body of that head the text has named before."""
        v = self.v
        agencies = sorted((c for c in found if c.type == "Agency" and not c.implied), key=lambda c: (c.start, -c.end))
        for m in v.subordinate_lead.finditer(text):
            # the body of that head the sentence named last (or a unit's body), else the one the text named
            ends = (m.group(1), v.head_full.get(m.group(1), m.group(1)))  # 委: …委员会
            sentence = max((k + 1 for k in range(m.start()) if text[k] in v.sentence_end), default=0)
            # (the head may be the body's own last character: 某县农业农村局所属…)
            near = [c.body.parent if c.body.parent.endswith(ends) else c.name for c in agencies
                    if sentence <= c.start and c.end <= m.end(1)
                    and (c.name.endswith(ends) or c.body.parent.endswith(ends))]
            owners = {c.name for c in agencies if c.end <= m.end(1) and c.name.endswith(ends)}
            if near:
                owner = near[-1]
            elif len(owners) == 1:
                owner = owners.pop()
            else:
                continue
            pos = m.end()
            while True:
                c = next((c for c in agencies if c.start == pos and c.name != owner and not c.body.parent), None)
                if c is None or v.subordinate_lead.match(text, c.end - 1):
                    break  # 、县教育体育局主管的…: a body with units of its own after it starts another such list
                c.body = dataclasses.replace(c.body, parent=owner)
                if text[c.end : c.end + 1] not in v.unit_list_joint:
                    break
                pos = c.end + 1

    def _set_up_units(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """内设机构：办公室、法规科…; 派出机构：某市场监督管理所…; 所属事业单位⏎某县某中心、…; 设下列内设机构：⏎（一）办公室。…:
        on a body's page of its set-up, the units listed after such a label (on its line or the next, or one a numbered
        line below it) are units of the body the page's headline names, else of the one it named last before the
        label; a unit without a jurisdiction is named within that body (某局法规科), and one whose jurisdiction the
        tables do not list (a field office printed with its town's name alone) stands where that body does."""
        v = self.v
        if not holds_any(text, v.unit_list_label_cues):
            return []
        out: list[Candidate] = []
        agencies = sorted((c for c in found if c.type == "Agency" and not c.implied), key=lambda c: (c.start, -c.end))
        at_start: dict[int, list[Candidate]] = {}
        for c in agencies:
            at_start.setdefault(c.start, []).append(c)
        heads = tuple(v.own_head_abbrev) + tuple(v.head_full.values())
        first_line = _headline_end(text)
        units: list[Candidate] = []  # the units listed, read here or before
        for m in v.unit_list_label.finditer(text):
            owners = [c for c in agencies if c.end <= m.start() and not c.body.parent and c.name.endswith(heads)]
            if not owners:
                continue
            headline = [c for c in owners if c.end <= first_line]
            owner = (headline or owners)[-1]  # the body the page's headline names, else the one named last
            pos = v.unit_list_label_tail.match(text, m.end()).end()
            numbered = v.unit_item_number.match(text, pos) is not None and text[pos - 1 : pos] == "\n"
            while pos < len(text):
                item = v.unit_item_number.match(text, pos)
                if numbered and item is None:
                    break
                if item is not None:
                    pos = item.end()
                c = next((c for c in at_start.get(pos, ()) if c is not owner), None)
                if c is not None:
                    if not c.body.parent:
                        c.body = dataclasses.replace(c.body, parent=owner.name)
                    if not c.body.place_code and not c.body.within_code:  # 某市场监督管理所 printed with its town alone
                        c.body = dataclasses.replace(c.body, place=owner.body.place, place_code=owner.body.place_code)
                    units.append(c)
                    end = c.end
                else:
                    u = v.own_unit.match(text, pos)
                    if u is None or self._stopped(u.group(1) or "") is not False \
                            or (owner.body.place and text.startswith(owner.body.place, pos)):
                        break  # 某县某站 not read as a body: no unit's name begins with the jurisdiction
                    body = dataclasses.replace(owner.body, surface=u.group(), parent=owner.name)
                    out.append(Candidate(pos, u.end(), "Agency", f"{owner.name}{u.group()}", "grammar-set-up-unit", 0.7,
                                         priority=Priority.SUBUNIT, body=body))
                    units.append(out[-1])
                    end = u.end()
                if numbered:  # the next numbered line
                    nl = text.find("\n", end)
                    if nl < 0:
                        break
                    pos = nl + 1
                elif text[end : end + 1] in v.unit_list_joint:
                    pos = end + 1
                else:
                    break
        return out + self._units_in_records(text, units, found)

    def _units_in_records(self, text: str, units: list[Candidate], found: list[Candidate]) -> list[Candidate]:
        """特种设备安全监察科科长：某某 on the page that listed the unit among its body's set-up units: a record (a line,
        title first) that opens with the unit's name as listed, then its head's title, names that unit again."""
        out, v = [], self.v
        taken = {c.start for c in found}
        for surface, u in {text[u.start : u.end]: u for u in reversed(units)}.items():
            pos = text.find("\n" + surface, u.end)
            while pos >= 0:
                s, e = pos + 1, pos + 1 + len(surface)
                t = e + len(next((x for x in v.title_modifiers if text.startswith(x, e)), ""))
                if s not in taken and text.startswith(v.head_post_titles, t) and title_record_at(text, s):
                    out.append(Candidate(s, e, "Agency", u.name, "grammar-set-up-unit-record", 0.7, priority=Priority.SUBUNIT,
                                         body=dataclasses.replace(u.body, surface=surface)))
                pos = text.find("\n" + surface, e)
        return out

    def units_listed_after(self, text: str, units: list[Candidate]) -> list[Candidate]:
        """省文化和旅游厅资源开发处、产业发展处: a unit printed with its body, then, after 、 or 和, a name that ends in a
        unit's head and begins no body of its own: a unit of the same body (and so on down the list)."""
        out, v = [], self.v
        starts = {c.start for c in units}
        for c in units:
            if c.type != "Agency" or not c.body.parent or c.implied or not v.subunit_end.search(c.name):
                continue
            pos = c.end
            while text[pos : pos + 1] in v.unit_list_joint and pos + 1 < len(text) and pos + 1 not in starts:
                m = v.own_unit.match(text, pos + 1)
                if m is None or not m.group(1) or self._stopped(m.group(1)) is not False \
                        or m.group(1).startswith(v.head_post_titles) or m.group(1)[0] in v.listed_unit_not_start \
                        or text.startswith(c.body.parent[:2], pos + 1):
                    break  # …股、某县自然资源执法大队: a body named as its body's name begins, one of its own
                body = dataclasses.replace(c.body, surface=m.group(), parent=c.body.parent)
                out.append(Candidate(m.start(), m.end(), "Agency", f"{c.body.parent}{m.group()}", "grammar-listed-unit", 0.7,
                                     priority=Priority.SUBUNIT, body=body))
                pos = m.end()
        return out

    def _place_ending_at(self, text: str, end: int, start: int) -> Division | None:
        """The division whose full name is printed right before ``end`` (not before ``start``), longest first."""
        for k in range(min(end - start, 8), 1, -1):
            name = text[end - k : end]
            found = self.gaz.lookup(name)
            if found and found[0].name == name:
                return found[0]
        return None

    def _province_before_place(self, name: str) -> tuple[Division, str] | None:
        """(the province, its short form as printed) when ``name`` begins with a province's short form and goes on
        (福建建宁 → 福建省, 福建), else None."""
        for k in (3, 2):
            if len(name) > k + 1:
                d = next((d for d in self.gaz.lookup(name[:k]) if d.level == Level.PROVINCE and d.name != name[:k]), None)
                if d is not None:
                    return d, name[:k]
        return None

    def _zone_at(self, text: str, zm: re.Match, home_of) -> _Zone | None:
        """The zone whose kind ``zm`` is, its name walked back from it (:meth:`_zone_walked`); a zone whose name opens
        with a scope and its province or city in brackets (中国（福建）自由贸易试验区福州片区) is read as if the bracketed
        place were printed bare (福建自由贸易试验区…), and keeps its name as printed."""
        m = self.v.zone_bracket_scope.search(text, max(0, zm.start() - _ZONE_BRACKET_REACH), zm.start())
        if m is None or not all(is_cjk(ch) for ch in text[m.end() : zm.start()]):
            return self._zone_walked(text, zm, home_of)
        inner, shift = m.group(1), m.end() - m.start() - len(m.group(1))
        plain = text[: m.start()] + inner + text[m.end() :]
        zone = self._zone_walked(plain, self.v.zone_any.match(plain, zm.start() - shift), lambda pos: home_of(pos + shift))
        if zone is None or zone.start != m.start() or not zone.name.startswith(inner):
            return None
        return dataclasses.replace(zone, name=m.group() + zone.name[len(inner) :], named=None)

    def _zone_walked(self, text: str, zm: re.Match, home_of) -> _Zone | None:
        """The zone whose kind ``zm`` is (经济开发区, 高新区), its name walked back from it: a place printed right before
        the kind names it (南充经济开发区: in 南充市; 福建建宁经济开发区: in 建宁县, of 福建省), places printed before a
        name of its own are where it lies (宜宾市临港经济技术开发区, 开平市翠山湖新区), a place alone before the kind is
        its place (巴中市经开区: 巴中市经济技术开发区); a name of its own with no place printed lies in the article's
        city or county (翠山湖新区 in an article about 开平市)."""
        v = self.v
        lo = zm.start()
        while lo > 0 and zm.start() - lo < 14 and _HAN_FIRST <= text[lo - 1] <= _HAN_LAST:
            lo -= 1
        i = zm.start()
        i = next((i - k for k in (4, 3, 2) if i - k >= lo and self.gaz.lookup(text[i - k : i])), i)
        while i > lo and not text.endswith(v.cpc_prefix, 0, i):
            word = next((w for w in v.zone_name_words if text.endswith(w, 0, i) and i - len(w) >= lo), None)
            if word is not None:  # 福建自由贸易试验区福州片区: 由 of 自由贸易 stops no name
                i -= len(word)
                continue
            if text[i - 1] in v.stop_chars and text[i - 1] in v.zone_name_open and i >= 2 and zm.start() - i >= 1:
                if text[i - 2] in v.abbr_before:
                    i -= 1  # 、小蓝经开区党工委: a name of the zone's own opening with 小 or 大 right after a boundary
                    break
                if self._short_lead(text[max(lo, i - 5) : i - 1], at_end=True) is not None:
                    i -= 1  # 南昌小蓝经开区: the same after the short name of its city or county
                    continue
            if text[i - 1] in v.abbr_before or text[i - 1] in v.stop_chars:
                break
            i -= 1
        name, zone = text[i : zm.start()], v.zone_full.get(zm.group(), zm.group())
        if any(w in text[i : zm.end()] for w in v.stop_words):
            return None
        if not name:  # 经开区管委会 alone: the zone of the article's city or county
            home = home_of(zm.start()).local()
            return _Zone(i, f"{home_of(zm.start()).name_of(home)}{zone}", home, False) if home is not None else None
        province = self._province_before_place(name)
        if province is not None:  # 福建建宁经济开发区: named by its province's and county's short names
            place = next((d for d in self.gaz.lookup(name[len(province[1]) :]) if d.code[:2] == province[0].code[:2]), None)
            if place is not None:
                return _Zone(i, f"{name}{zone}", place, named=(i + len(province[1]), zm.start()))
            lead = self._short_lead(name[len(province[1]) :])
            if lead is not None and lead[0].code[:2] == province[0].code[:2]:  # 江西南昌小蓝经济开发区
                return _Zone(i, f"{name}{zone}", lead[0], named=(i + len(province[1]), i + len(province[1]) + lead[1]))
            # 四川天府新区: the province's short name, then a name of the zone's own (in the article's city there)
            if not name.startswith(province[0].name) and not self.gaz.lookup(name[len(province[1]) :]):
                home = home_of(zm.start()).local()
                inside = home is not None and home.code[:2] == province[0].code[:2]
                return _Zone(i, f"{name}{zone}", home if inside else province[0])
        printed = self._place_ending_at(text, zm.start(), i)
        if printed is not None and printed.name == name:  # 巴中市经开区: the zone of the place printed before it
            return _Zone(i, f"{name}{zone}", printed)
        place, rest = None, name
        while True:  # 四川省宜宾市临港…: the places printed before the zone's own name, the innermost its place
            lead = next((d for k in range(len(rest) - 2, 1, -1) for d in self.gaz.lookup(rest[:k])[:1]
                         if d.name == rest[:k]), None)
            if lead is None:
                break
            place, rest = lead, rest[len(lead.name) :]
        if len(rest) < 2:
            return None
        lead = self._short_lead(rest) if place is None else None
        if lead is not None:  # 南昌小蓝经济开发区: a city's or county's short name, then the zone's own name
            return _Zone(i, f"{name}{zone}", lead[0], named=(i, i + lead[1]))
        own = [d for d in self.gaz.lookup(rest) if d.level in _COMMITTEE_LEVELS[1:]]
        if place is None and own:  # 南充经济开发区: named by the short name of its city or county
            home = home_of(zm.start()).local()
            near = [d for d in own if home is not None and (d.code == home.code or self.gaz.is_within(d.code, home.code)
                                                            or self.gaz.is_within(home.code, d.code))]
            if len(near) == 1 or len(own) == 1:
                return _Zone(i, f"{rest}{zone}", (near or own)[0], named=(i, zm.start()))
            return None
        inside = [d for d in own if place is not None and self.gaz.is_within(d.code, place.code)]
        if len(inside) == 1:  # 江苏省苏州工业园区: a province, then the short name of its city there
            return _Zone(i, f"{name}{zone}", inside[0])
        if self.gaz.lookup(rest):
            return None  # a town's or village's name before a zone's kind: no zone of the grammar's
        if place is not None:
            return _Zone(i, f"{place.name}{rest}{zone}", place)
        home = home_of(zm.start()).local()
        towns = self.gaz.lookup(rest, short_towns=True) if home is not None else []
        if towns and not any(d.code[:2] == home.code[:2] for d in towns):
            # 张江高新区 in an article of another province: named after a town there, it lies in that town's county
            # where the gazetteer has one town so named, else nowhere the text says; never in the article's city
            counties = {d.parent for d in towns}
            county = self.gaz.get(counties.pop()) if len(counties) == 1 else None
            return _Zone(i, f"{rest}{zone}", county, False)
        return _Zone(i, f"{home.name if home else ''}{rest}{zone}", home, False)

    def _short_lead(self, name: str, at_end: bool = False) -> tuple[Division, int] | None:
        """The city or county whose short name opens ``name`` (ends it, ``at_end``), with its length, where at least two
        characters of a name of the zone's own follow it that are no place (南昌小蓝: 南昌市); the city first where a
        city and a county share the short name."""
        for k in (3, 2):
            if len(name) < k + (0 if at_end else 2):
                continue
            word = name[-k:] if at_end else name[:k]
            found = [d for d in self.gaz.lookup(word) if d.level in _COMMITTEE_LEVELS[1:] and d.name != word]
            if found and (at_end or not self.gaz.lookup(name) and not self.gaz.lookup(name[k:])):
                return found[0], k
        return None

    def _zone_named_before(self, text: str, zm: re.Match, home_of) -> _Zone | None:
        """The zone a kind printed without a name (开发区管委会) stands for: the last zone of that kind printed with a
        name of its own shortly before it (平山经济开发区是…，今年开发区管委会…: 平山县's; 东侨开发区党工委书记…，开发区党工委
        副书记…: 东侨开发区's, in the article's city), None where there is none."""
        kind = self.v.zone_full.get(zm.group(), zm.group())
        last = None
        for m in self.v.zone_any.finditer(text, max(0, zm.start() - _ZONE_SHORT_FORM), zm.start()):
            zone = self._zone_at(text, m, home_of)
            # a zone with a name of its own, its place printed (平山经济开发区) or the article's (东侨开发区 in an article
            # about 宁德市)
            if zone is not None and zone.start < m.start() and zone.place is not None and zone.name.endswith((kind, zm.group())):
                last = zone
        return last

    def _zone_bodies(self, text: str, home_of, places: list[Candidate], found: list[Candidate]) -> list[Candidate]:
        """A development zone's bodies: its Party working committee (南充经济开发区党工委, 中共某某高新区工作委员会 →
        中共…工作委员会), its administrative committee (某某经开区管委会 → …管理委员会) and the administrative committee's
        bureaus (某某高新区经济发展局). Each lies in the zone's city or county. A body's short form printed on its own
        after them (党工委副书记、管委会主任; …。管委会副主任) is the body of the zone named last before it."""
        v, out = self.v, []
        taken = [(c.start, c.end) for c in found if c.type == "Agency" and c.method == "lexicon"]
        zones: list[tuple[int, _Zone]] = []
        for zm in v.zone_any.finditer(text):
            after = zm.end()
            body = v.zone_body.match(text, after)
            unit = self._field_body(text, after, "") if body is None else None
            if body is None and unit is None:
                continue  # no body of the zone's follows (科技园区企业, 城市新区)
            if any(s <= zm.start() < e for s, e in taken):
                continue  # a national lexicon's zone body (雄安新区管委会)
            if any(p.start <= zm.start() < p.end for p in places):
                continue  # a district named so (浦东新区): its bodies are the grammar's
            zone = self._zone_at(text, zm, home_of)
            begin = zone.start if zone is not None else zm.start()
            if zone is not None and zone.start == zm.start():  # 开发区管委会 with no name: the zone named before it
                before = self._zone_named_before(text, zm, home_of)
                zone = dataclasses.replace(before, named=None) if before is not None else zone
            if zone is None:
                continue
            place = (zone.place.name, zone.place.code) if zone.place is not None else ("", "")
            if zone.named is not None and zone.place is not None and not any(
                    p.start <= zone.named[0] < p.end for p in places):  # 苏州工业园区: 苏州 names 苏州市
                d = zone.place
                out.append(Candidate(*zone.named, "Place", d.name, "grammar-zone-place", 0.8, priority=Priority.PLACE,
                                     division=DivisionRef(d.level, d.code, d.parent)))
            admin = f"{zone.name}{v.zone_admin}"
            if body is not None:
                full = v.zone_body_full[body.group()]
                party = body.group() in v.zone_party
                start = begin - 2 if party and text.endswith(v.cpc_prefix, 0, begin) else begin
                name = f"中共{zone.name}{full}" if party else f"{zone.name}{full}"
                out.append(Candidate(start, body.end(), "Agency", name, "grammar-zone-party" if party else "grammar-zone",
                                     0.75, priority=Priority.ZONE, body=BodyRef(text[start : body.end()], *place)))
                zones.append((body.end(), zone))
                continue
            if not zone.placed:
                continue  # 城市新区建设指挥部: a bureau only of a zone its place names (绵阳高新区经济发展局)
            out.append(Candidate(begin, unit[0], "Agency", f"{zone.name}{unit[1]}", "grammar-zone-unit", 0.75, priority=Priority.SUBUNIT,
                                 body=BodyRef(text[begin : unit[0]], *place, parent=admin)))
            zones.append((unit[0], zone))
        for m in v.zone_body.finditer(text):  # 党工委副书记、管委会主任: the short form of the zone named last
            prev = text[m.start() - 1] if m.start() else "\n"
            if _HAN_FIRST <= prev <= _HAN_LAST:
                continue
            before = [z for e, z in zones if e <= m.start() and m.start() - e <= _ZONE_SHORT_FORM]
            if not before:
                continue
            zone = before[-1]
            full = v.zone_body_full[m.group()]
            name = f"中共{zone.name}{full}" if m.group() in v.zone_party else f"{zone.name}{full}"
            place = (zone.place.name, zone.place.code) if zone.place is not None else ("", "")
            out.append(Candidate(m.start(), m.end(), "Agency", name, "grammar-zone-short", 0.7, priority=Priority.ZONE,
                                 body=BodyRef(m.group(), *place, abbr_anchor=m.group())))
        return out

    def _zone_committees(self, text: str, home_of) -> list[Candidate]:
        """[zone]管委会 with no zone kind printed: the administrative committee of a development zone named by its own
        name alone (翠山湖管委会: of the article's place; 开平市翠山湖管委会: of the place printed before it), in the
        lexicon's first ZoneKind. A zone whose kind is printed is read by :meth:`_zone_bodies`."""
        out, v = [], self.v
        if not holds_any(text, v.zone_admin_alone_cues):
            return out
        for m in v.zone_admin_alone.finditer(text):
            j = m.end(1)
            if v.zone_kind.search(text, m.start(1), j) is not None:
                continue  # a zone's kind printed: read with its other bodies (_zone_bodies)
            i = j
            while i > m.start(1) and text[i - 1] not in v.abbr_before and text[i - 1] not in v.stop_chars:
                i -= 1
            name = text[i:j]
            home = home_of(m.start())
            county = home.local()
            lead = next((d for k in range(len(name) - 2, 1, -1) for d in self.gaz.lookup(name[:k])[:1]
                         if d.name == name[:k]), None)
            if lead is not None:  # 开平市翠山湖管委会: the place printed before the zone's name is its place
                county, name = lead, name[len(lead.name) :]
            elif len(name) > 3 and name.startswith(v.zone_level_abbrs) and home.for_abbr(name[0]) is not None:
                county, name = home.for_abbr(name[0]), name[1:]  # 区农业产业园管委会: the district's own park
            juris = county.name if county else ""
            if not name and not juris:
                continue
            if not name and text.find(v.zone_body_full[m.group(2)], 0, m.start(2)) >= 0:
                continue  # 管委会 alone after a committee printed in full before it: that one, no zone of the place
            if name and (len(name) < 2 or self.gaz.lookup(name) or any(w in text[i:j] for w in v.stop_words)
                         or any(w in name for w in v.zone_name_bar)):
                continue
            kind = "" if name.endswith(v.zone_own_heads) else v.default_zone
            canonical = f"{juris}{name}{kind}{v.zone_body_full[m.group(2)]}"
            body = BodyRef(text[i : m.end()], county.name, county.code) if county else BodyRef(text[i : m.end()])
            out.append(Candidate(i, m.end(), "Agency", canonical, "grammar-zone", 0.75, priority=Priority.ZONE, body=body))
        return out


def _prefecture_level(v: _Vocabulary, text: str, pos: int, name: str, short: str = "") -> tuple[str, str]:
    """(the level character, the prefecture's name) where ``text`` prints a prefecture's level by one character at
    ``pos``, right after its short name, the prefecture read there being named ``name``; ("", "") where it does not.
    A city printed by its short name ``short`` before that character is the prefecture it was before it became a city,
    named so then."""
    # 喀什 + 地委: 喀什地区; 毕节 + 地委: 毕节地区, since made 毕节市
    for char, end in v.prefecture_level_chars.items():
        stem = name.removesuffix(end)
        if stem != name and text.startswith(char, pos) and text.endswith(stem, 0, pos):
            return char, name
        if stem == name and short and text.startswith(char, pos) and text.endswith(short, 0, pos):
            return char, short + end
    return "", ""


@functools.lru_cache(maxsize=None)
def _level_committee(level_char: str, department_levels: tuple[str, ...]) -> re.Pattern:
    """The committee after a place whose level character is ``level_char`` ("" for none): 县委 after 澧县 (the
    level repeated), 委员会, 党委, 委; ``department_levels``: the levels whose committee may open a department's
    name after any place (县委组织部); compiled once for each of the few level characters."""
    from ..prebuilt import compile_pattern  # the code a process compiled before, where it saved it

    level = re.escape(level_char) if level_char else "$^"
    dept = "|".join(map(re.escape, department_levels))
    return compile_pattern(rf"((?:{dept})委(?=[\u4e00-\u9fff]{{2,6}}部)|{level}党?委(?!员)|委员会|党委|委)(?!员)")


@dataclass(frozen=True)
class _Zone:
    """A development zone printed before one of its bodies: where its name starts, its full name (南充经济开发区,
    开平市翠山湖新区), and the city or county it lies in (None where neither the text nor the article's home says)."""
    start: int
    name: str
    place: Division | None
    placed: bool = True  # its place printed in or before its name (not the article's home)
    #: where the short name of its city or county is printed in its name, where that name alone says the place
    #: (苏州工业园区, 福建建宁经济开发区): the place's mention, so that the zone's bodies lie in it
    named: tuple[int, int] | None = None


def _held_in_post(v: _Vocabulary, text: str, pos: int, body: str) -> bool:
    """Whether a post of a committee inside a body of ``body``'s kind starts at ``pos`` (法院 + 审判委员会委员): the
    body's post, title kept, not a committee of it."""
    if not text.startswith(v.held_in_titles, pos):
        return False
    return any(text.startswith(t, pos) and body.endswith(kinds) for t, kinds in v.held_in_posts)


def _headline_end(text: str) -> int:
    """Where the first line of ``text`` (a page's headline) ends."""
    end = text.find("\n")
    return len(text) if end < 0 else end


def _joined(parent: str, unit: str, shortest: int = 1) -> str:
    """A unit's full name after its parent's, the words they share written once (…人民政府 + 人民政府侨务办公室);
    ``shortest``: the fewest characters that count as shared (2: 冰溪街道 + 街道办事处, but 开平市 + 市场监管局)."""
    for k in range(min(len(parent), len(unit)), shortest - 1, -1):
        if parent.endswith(unit[:k]):
            return parent + unit[k:]
    return parent + unit


def department_name(committee: str, dept: str) -> str:
    """The full name of a Party committee's department printed ``dept`` (PartyDepartment in the lexicon).

    >>> department_name("中共开平市委员会", "统战部"), department_name("中共开平市委员会", "办")
    ('中共开平市委统一战线工作部', '中共开平市委办公室')
    """
    full = _vocabulary().party_depts.get(dept, dept)
    root = committee[:-3] if committee.endswith("委员会") else committee
    return f"{root}委{full}"


def committee_office_alias(c: Candidate) -> str:
    """The other full name of a Party committee's department named after the committee's full name
    (PartyDepartment "full_name_alias": 中共开平市委办公室 is also 中共开平市委员会办公室), or "".

    >>> committee_office_alias(Candidate(0, 3, "Agency", "中共开平市委办公室", "t", 1.0,
    ...                                  body=BodyRef("市委办", parent="中共开平市委员会")))
    '中共开平市委员会办公室'
    """
    parent = c.body.parent
    if not (parent.startswith("中共") and parent.endswith("委员会")):
        return ""
    full = next((d for d in _vocabulary().dept_full_name_alias if c.name == f"{parent[:-3]}委{d}"), "")
    return parent + full if full else ""


def model_subunits(text: str, agencies: list[Candidate], model: list[Candidate]) -> list[Candidate]:
    """Sub-units the grammar stops short of and the model reads whole: 成都市公安局 + 交通管理局.

    The model's government span must start where a grammar body starts and go on past its end
    by 2-10 characters of a unit name that ends in a head (局, 办公室, 支队 ...); the sub-unit is
    the body's canonical name plus those characters, and the body is its parent.
    """
    v = _vocabulary()
    out = []
    by_start: dict[int, list[Candidate]] = {}
    for a in agencies:
        if a.method.startswith("grammar") and not a.unresolved:
            by_start.setdefault(a.start, []).append(a)
    for m in model:
        bodies = [a for a in by_start.get(m.start, ()) if a.end < m.end]
        if not bodies:
            continue
        body = max(bodies, key=lambda a: a.end)
        ext = text[body.end : m.end]
        head = v.subunit_end.search(ext)
        if not (2 <= len(ext) <= 10 and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in ext)) or not head or not head.start():
            continue  # a unit has a name before its head (市政府中心工作 is no 中心)
        if any(ch in v.subunit_stop_chars for ch in ext) or any(w in ext for w in v.stop_words) \
                or ext.startswith(v.head_post_titles):
            continue  # 法院院长李栓科: a title and a name, no unit
        if any(a.end == m.end for a in by_start.get(m.start, ())):
            continue  # the grammar read it whole already
        if any(a.end <= m.end for a in by_start.get(body.end, ())):
            continue  # 某县纪律检查委员会某县监察委员会: the grammar reads a body of its own right after the first
        if _held_in_post(v, text, body.end, body.name):
            continue  # 某县人民法院审判委员会委员: the court's post, no committee of it
        unit = dataclasses.replace(body.body, surface=text[m.start : m.end], parent=body.name, within_code="", place_key="")
        out.append(Candidate(m.start, m.end, "Agency", body.name + ext, "grammar-subunit-model",
                             round(min(body.confidence, m.confidence) * 0.9, 3), priority=Priority.SUBUNIT, body=unit,
                             national=body.national))
    return out


def town_offices_named_in_full(found: list[Candidate]) -> None:
    """某分局夏庄派出所…。派出所的民警…: a town's office printed alone after an office of that kind the model read in full
    with its body (:func:`model_subunits`, after the grammar's town offices were read) is that office again, not the
    town's own (the rule :meth:`_town_offices` keeps for the offices the grammar reads in full)."""
    units = [c for c in found if c.type == "Agency" and c.method == "grammar-subunit-model"]
    if not units:
        return
    for k, c in enumerate(found):
        if c.method != "grammar-town-office":
            continue
        again = [u for u in units if u.end <= c.start and u.name.endswith(c.body.surface)]
        if again:
            found[k] = dataclasses.replace(c, name=again[-1].name,
                                           body=dataclasses.replace(again[-1].body, surface=c.body.surface))


def _by_end(places: list[Candidate]) -> tuple[list[int], list[Candidate]]:
    """The listed places sorted by where they end, for :func:`_nearest_before`."""
    listed = sorted((p for p in places if p.division.code), key=lambda p: p.end)
    return [p.end for p in listed], listed


def _nearest_before(by_end: tuple[list[int], list[Candidate]], pos: int, levels: tuple[str, ...],
                    window: int = 60) -> Candidate | None:
    """The place of one of ``levels`` named last before ``pos``, within ``window`` characters (``by_end``:
    :func:`_by_end` of the places; only the places in the window are looked at)."""
    ends, listed = by_end
    i = bisect_right(ends, pos) - 1
    while i >= 0 and pos - ends[i] <= window:
        if listed[i].division.level in levels:
            return listed[i]
        i -= 1
    return None


@lexicon_cache
def agency_finder() -> AgencyFinder:
    return AgencyFinder(Gazetteer.load(), lexicon())


_UNIT_ALONE_MIN = 4  # the fewest characters of a unit's own name read again alone (庄里税务分局, not 办公室 or 法规科)


def _occurrences(text: str, word: str, start: int):
    """The starts of ``word`` in ``text`` from ``start`` on."""
    i = text.find(word, start)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


def _places_of(text: str, ch: str) -> Iterator[int]:
    """Every position of the character ``ch`` in ``text``, in order (``str.find``'s C search, no Python loop over
    the other characters)."""
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + 1)
