"""Named programmes, campaigns, projects, pilots and policy documents, found from cues.

Cues: a programme lexicon of well-known national and provincial schemes; quoted names
(“百千万工程”) with a programme head noun inside or after the quote, or a governing verb
before it (实施/推进/落实/入选/启动 ...); policy documents in 《》 whose title ends in a
document noun (规划/方案/意见/办法 ...); and unquoted noun phrases after a governing verb
that end in a programme head (…工作方案, …试点, …学习教育).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_right
from typing import Callable, Sequence

from ..clean import is_cjk
from ..gazetteer import Division, Gazetteer, Level
from ..lexicon import Lexicon, common_words, holds_any, lexicon, lexicon_cache
from ..script import simplified
from ..structure import Structure
from .base import Candidate, PhraseIndex, ProgrammeRef
from .jurisdiction import Home, home_kinds, with_city
from .resolve import Priority

__all__ = ["ProgrammeFinder", "programme_finder"]

# a text's quoted and titled spans, compiled once (re's cache is not asked at each call)
_DOUBLE_QUOTED = re.compile(r"“([^“”\n]{2,30})”")
_SINGLE_QUOTED = re.compile(r"‘([^‘’“”\n]{2,30})’")
_TITLED = re.compile(r"《([^《》\n]{3,120})》")
_TITLED_ANGLE = re.compile(r"〈([^〈〉《》\n]{3,60})〉")
# “供电+能效服务”, “互联网+政务服务”: two names of words joined by one plus, a scheme's own name, not a slogan of
# symbols (“1+2+3+4”, “7+N”), a brand left open (“温泉+”), a mode of three parts (“公益+低偿+市场”) nor a theme built on a
# known scheme (“四好农村路+侨乡致富”)
_WORD_PLUS = re.compile(r"[\u4e00-\u9fff]{2,}[+＋][\u4e00-\u9fff]{2,}")


def _in_term(text: str, t: re.Match, lo: int, terms) -> bool:
    """Whether the token ``t`` lies inside one of ``terms`` printed around it, from ``lo`` on (整村推进 holds the lead
    推进; 一、二、三产业 holds its marks)."""
    return any(text.startswith(w, p) for w in terms for p in range(max(lo, t.end() - len(w)), t.start() + 1))


def _inside_division_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies strictly inside the name of a county or a prefecture printed in full around it
    (为 in 无为市, 无为县)."""
    gaz = Gazetteer.load()
    is_name = gaz.is_name  # most stretches name nothing: one dictionary test each, before the divisions are looked up
    for s in range(max(0, start - _COUNTY_NAME_MAX + 2), start):
        for e in range(end + 1, min(len(text), s + _COUNTY_NAME_MAX) + 1):
            word = text[s:e]
            if is_name(word) and any(d.name == word and d.level in (Level.COUNTY, Level.CITY) for d in gaz.lookup(word)):
                return True
    return False


def _without_terms(name: str, terms) -> str:
    """``name`` with the inner terms it holds (一、二、三产业) taken out: their marks are no stops of the name."""
    for w in terms:
        if w in name:
            name = name.replace(w, "")
    return name


#: the fewest characters of each scheme a pair mark joins (数据工程)
_PAIRED_SCHEME_MIN = 4


# a separator between the names of a run of works: a bracket of a few words after a name, a comma before 以及, then the
# separator itself (WorksSeparator)
#: a digit or a numeral of a count (20项, 十个, 两项), NumeralChar with 两
_COUNT_DIGITS = r"[\d{NumeralChar}两]"
_WORKS_SEPARATOR = r"(?:[（(][\u4e00-\u9fff]{1,6}[）)])?(?:，(?=以及))?(?:{WorksSeparator:longest})"
#: 实施…等6项水利工程，分别是甲工程、乙项目…: the count that opens a roll of works named one by one (read here and in
#: kg.relations, where the items are governed from it)
COUNTED_WORKS_LEAD = (r"[\d{NumeralChar}]+[{CountedWorksMeasure}][\u4e00-\u9fff]{0,4}?(?:{ProjectHead})"
                      r"[，,](?:{CountedWorksLead:longest})[：:]?")
#: 甲工程、乙场和丙项目等3个为某某设施项目: a roll of works closed by its count and the kind they are
COUNTED_ROLL_CLOSE = (r"(?:{ListedCampaignLead})[\d{NumeralChar}]+[{CountedWorksMeasure}](?:{CountedRollVerb})"
                      r"[\u4e00-\u9fff]{0,12}?(?:{ProjectHead})")
#: 某乡举行2024年十大民生工程项目集中开工仪式: a counted umbrella whose works start together at a ceremony held
COUNTED_UMBRELLA_EVENT = (r"(?:{HoldVerb:longest})(?:\d{4}(?:{CountedEventYear:longest}))?(([{CountedEventNumeral}])"
                          r"[{CountedEventMark}][\u4e00-\u9fff]{0,4}?(?:{ListedUnquotedHead}))(?:{ProjectHead})?"
                          r"(?:{CountedWorksEvent:longest})")


class _Vocabulary:
    """The programme cues of the lexicon (seeds/lexicons/programme_cues.jsonl)."""

    def __init__(self, lex: Lexicon):
        self.heads = lex.words("ProgrammeHead")  # tried in this order
        self.weak_heads = lex.words("ProgrammeHead", "weak")
        #: weak heads that end a quoted scheme's own name under a strong verb (推进“紧密型县域医共体建设”)
        self.named_weak_heads = frozenset(lex.words("ProgrammeHead", "named"))
        #: verbs of applying for a designation right before a quoted one (申报“…示范镇”, 正在创建“…示范区”)
        self.apply_verb_before = lex.regex(r"(?:{DesignationApplyVerb:longest})$")
        #: verbs conferring a designation right before a quoted one (被评为“…示范村”)
        # (被评为省级“某某乡镇”: the level of the conferrer may stand between the verb and the quote)
        self.confer_verb_before = lex.regex(r"(?:{DesignationConferVerb:longest})(?:{DesignationLevel:longest})?$")
        # 被评为“某某乡镇”: a quoted name ending in a kind of place, conferred, is a designation with no head of its own
        self.conferred_unit_end = lex.regex(r"(?:{ConferredQuoteUnit:longest})$")
        self.conferred_honour = tuple(lex.words("ConferredQuoteHonour"))
        self.after_quote = lex.regex(r"^({AfterQuoteHead})")
        self.positioning_after = lex.regex(r"^(?:{PositioningAfter:longest})")  # “两个屏障”战略定位: a role, no scheme
        # 项目 after a quote names a scheme only under a verb that governs it (实施“…”项目); alone it is as often a
        # contest's event or an estate's name (“…”项目进入决赛, “…”项目的商品房)
        self.task_start = tuple(lex.words("QuotedTaskStart"))
        self.procedural_ends = tuple(lex.words("ProceduralDocumentEnd"))
        self.document_kinds = lex.words("DocumentKind", longest_first=True)
        self.weak_after_quote = frozenset(lex.words("AfterQuoteHead", "weak"))
        self.kept_heads = frozenset(lex.words("NamingHead", "kept"))  # “某某”工程 is 某某工程
        self.designation_work = frozenset(lex.words("NamingHead", "designation"))  # “某某”改革试点村
        self.field_before = lex.regex(r"(?:{FieldBeforeQuote:longest})$")  # 农村“某某”改革试点村
        self.product_heads = frozenset(lex.words("NamingHead", "product"))  # 油茶“某某”基地建设: the crop is the base's
        # “某某办”服务, “某某办”窗口: a service mode named by the way it is done, before the service or its counter
        self.service_mode_end = tuple(lex.words("ServiceModeEnd"))
        # “全域通办”, “一件事联办”: a quoted service mode named by its own way of handling matters is a scheme under any
        # verb that governs one (实现“全域通办”), as the one ending in 办 is before 服务 (ServiceModeName)
        self.service_mode_names = tuple(lex.words("ServiceModeName"))
        self.plus_mode_after = lex.regex(r"(?:{PlusModeHead:longest})")  # “某某+某某”模式: a mode, no scheme's own name
        self.service_mode_after = tuple(lex.words("ServiceModeAfter"))
        # “新某某工程”: a mark of a new version before a known scheme's whole name, inside the quote, names a scheme of
        # its own (a province's new version), not the known one
        self.renewed_marks = tuple(lex.words("RenewedSchemeMark"))
        self.scheme_home: dict[str, str] = lex.field("Programme", "home")  # 千万工程 → 浙江省: where a scheme began
        #: known designations (“两山”实践创新基地): 争创 and 入选 before them make their places members, as for a designation
        #: the grammar reads (DesignationHead)
        self.known_designations = frozenset(lex.words("Programme", "designation"))
        self.broad_alone = frozenset(lex.words("Programme", "broad"))  # 脱贫攻坚: a drive as broad as 乡村振兴
        # (深化农村“空心房”整治: a field word between the verb and the quote; 建设24个“某某”项目: a count of the units built)
        self.any_verb_before = lex.regex(r"(?:{ProgrammeVerb})(?:{VerbGap}|" + _COUNT_DIGITS + r"+[{CountMeasure}])?"
                                         r"(?:[\u4e00-\u9fff]{1,5}?(?:{VerbOwner}))?"
                                         r"(?:\d{4}年(?:{QuotePeriod:longest}))?(?:{FieldBeforeQuote:longest})?$")
        # “…”这一理念, “…”此元素: a demonstrative may stand between the quote and the noun it names
        # “…”第三季: a series or a show, counted by its seasons or episodes
        # “…”“…”三大品牌: a count of brands (a numeral and a measure before the noun) names brands too
        self.not_programme_after = lex.regex(r"^(?:(?:{NotProgrammeAfterLead}|[{FormulaNumeral}]{1,2}[{FormulaMeasure}])?"
                                             r"({NotProgrammeAfter})|第[{NumeralChar}\d]+[{SeriesUnit}])")
        self.not_programme_before = lex.regex(r"(?:{NotProgrammeBefore})的?$")
        # “…”活动: an event head names a public scheme only under a cue of one: a governing verb, a verb that organises
        # it (举办的“…”活动) or a public body right before the quote (县妇联“…”活动); else it is as often a firm's, a
        # star's or a magazine's event (“…”活动结束后)
        self.event_heads = frozenset(lex.words("AfterQuoteHead", "event"))
        self.event_head_ends = tuple(self.event_heads)  # …活动: an event's name ends so
        self.after_quote_body = lex.regex(r"^(?:{AfterQuoteBody})(?![{AfterQuoteBodyNotBefore}])")  # “娘家人”建设部: a body, not the head 建设
        self.quote_period = lex.regex(r"\d{4}年(?:{QuotePeriod:longest})$")
        self.event_verb_before = lex.regex(r"(?:{EventVerb})[了的]?(?:\d{4}年(?:{QuotePeriod:longest}))?$")
        self.body_before = lex.regex(r"(?:{BodyHead}|{AgencyAbbrev}|{VerbOwner})的?$")  # 县文明办“…”活动, 团县委的“…”活动
        self.event_cue_after = lex.regex(r"(?:{EventCueAfter})")  # “…”活动扎实推进, “…”活动启动仪式
        # “某某——2024甲节暨乙季启动仪式”: the events a launch ceremony's quoted name launches, after its theme and dash
        self.ceremony = lex.regex(r"“(?:[^“”\n—]{1,16}?(?:{CeremonyThemeDash}))?([^“”\n]{4,60}?)(?:{CeremonyEnd:longest})”")
        self.ceremony_join = lex.regex(r"(?:{CeremonyJoin})")
        # a quote whose organiser is no public body: a firm, a club, a magazine or a work's title in 《》 right before it,
        # or before the verb that organises it (某公司今年推出的“…”计划, 《某杂志》举办的“…”活动)
        self.non_public_organiser = lex.regex(r"(?:({NonPublicOrganiser})|《([^《》\n]{1,20})》)"
                                              r"(?:的|[\u4e00-\u9fff]{0,3}?(?:{OrganiserVerb})[了的]?)?$")
        self.honour_after = lex.regex(r"(?:{HonourLink})?(?:{HonourAfter})")  # 打赢脱贫攻坚战先进个人: 战 between them
        # 2020年全省村庄清洁行动先进县: a campaign named by the honour for the places that carried it out
        self.honoured_scheme = lex.regex(r"(?:{HonourScope})(?:\d{4}年度?)?([\u4e00-\u9fff]{2,16}?(?:{UnquotedHead}))(?={HonourPlaceAfter})")
        self.honoured_scheme_cues = lex.cues("HonourPlaceAfter")
        # “…”劳动竞赛, “…”网络直播带货大赛: the quote is the theme of a contest, festival or fair that ends a short phrase
        self.contest_after = lex.regex(r"[\u4e00-\u9fff]{0,8}?(?:{ContestAfter})")
        self.outcome_after = lex.regex(r"(?:{OutcomeAfter})")  # 巩固拓展脱贫攻坚成果: what a scheme left, not the scheme at work
        self.period_after = lex.regex(r"(?:{PeriodAfter})")  # 脱贫攻坚期间: a time named after a scheme
        # 脱贫攻坚村级大比武: an event named after a known scheme, its head a few characters after the name
        self.scheme_contest_after = lex.regex(r"[\u4e00-\u9fff]{0,4}?(?:{ContestAfter})")
        self.oversight_after = lex.regex(r"(?:{OversightAfter})")  # 脱贫攻坚民主监督: others' oversight of a scheme
        self.stage_after = lex.regex(r"(?:{StageEntry})(?:{SchemeStage:longest})")  # 脱贫攻坚进入冲刺期: a stage as background
        self.past_round_before = lex.regex(r"(?:{PastRoundBefore})$")  # 经过前几轮脱贫攻坚: rounds of a scheme gone by
        # 脱贫攻坚驻村扶村机制: a mechanism named after a scheme (驻镇帮镇扶村工作机制 keeps it: a generic word before the head)
        self.mechanism_after = lex.regex(r"(?!(?:{MechanismGeneric})+(?:{MechanismHead}))[\u4e00-\u9fff]{2,6}?(?:{MechanismHead})")
        # 甲市乙县…产业园、丙市丁区…产业园等10家…产业园名列其中: named parks listed as the members of a list named before
        self.listed_works_close = lex.regex(r"(?:" + "|".join(lex.words("ListedWorksCount")) + r")[\u4e00-\u9fff]{0,12}?"
                                            r"(?:{VisitedHead})(?:{ListedWorksClose})")
        self.listed_works_item = lex.regex(r"([\u4e00-\u9fff]{4,30}?(?:{VisitedHead}))((?:[(（][\u4e00-\u9fff]{2,8}[)）])?)$")
        # 芜湖市有甲县某某现代农业产业园、乙区某某现代农业产业园，…: named parks listed in one sentence
        self.listed_park_head = lex.regex(r"(?:{ListedParkHead:longest})")
        self.sentence_end = lex.chars("SentenceEnd")
        # 创建单位为：甲市乙县某某乡村振兴示范区、…。: named zones listed as the units of a scheme named before
        self.listed_zones_lead = lex.regex(r"(?:{ListedZonesLead:longest})[：:]")
        self.listed_zone_item = lex.regex(r"[\u4e00-\u9fff]{4,30}?(?:{ListedZoneHead}|{VisitedHead})$")
        # 这批工程包括：甲渠续建配套与节水改造工程，乙堤防工程，…。: full works names listed after a colon
        self.colon_works_lead = lex.regex(r"(?:{ColonWorksLead:longest})[：:]")
        self.colon_works_item = lex.regex(r"[\u4e00-\u9fff\d（）()]{4,40}?(?:{ProjectHead})")
        self.colon_works_split = lex.regex(r"[{ColonWorksSeparator}]")
        # 此次开工的项目包括甲综合治理项目、乙配套工程和丙改造项目，…: the same run with no colon, up to the clause's end
        self.clause_works_lead = lex.regex(r"(?:{ClauseWorksLead:longest})(?![：:])")
        self.clause_works_end = lex.chars("ClauseWorksEnd")
        self.counted_roll_close = lex.regex(COUNTED_ROLL_CLOSE)
        self.counted_works_lead = lex.regex(COUNTED_WORKS_LEAD)
        self.counted_works_split = re.compile(r"[" + re.escape("".join(lex.chars("ColonWorksSeparator"))) + r"]|(?:"
                                              + "|".join("(?<=" + re.escape(w) + ")" for w in lex.words("ProjectHead"))
                                              + r")[" + re.escape("".join(lex.chars("CountedWorksJoint"))) + r"]")
        # 新建的有甲灌区续建配套与现代化改造、乙供水保障等工程: works listed by name before one head they share
        self.shared_works_close = lex.regex(r"(?:{SharedWorksClose:longest}|[\d{NumeralChar}]+(?:{SharedWorksCountedClose}))")
        self.shared_works_joint = lex.regex(r"[{SharedWorksJoint}]")
        self.shared_works_lead = lex.regex(r"(?:{SharedWorksLead:longest})")
        self.shared_works_item = lex.regex(r"(?=[\u4e00-\u9fff]*?(?:{WorksItemWord}))[\u4e00-\u9fff]{8,30}")
        # 河北将实施十大工程: a counted umbrella printed alone after its verb, and the parts named after it
        self.counted_umbrella = lex.regex(r"(?:{CountedUmbrellaVerb:longest})(([{NumeralChar}两])大({ListedUnquotedHead}))"
                                          r"(?=[，。；：、,;:\s]|$)")
        self.counted_umbrella_event = lex.regex(COUNTED_UMBRELLA_EVENT)
        # 20项民生工程, 十个方面35项民生实事, 十方面民生实事: a yearly package of livelihood matters named by its count; no
        # count run on from a longer number or made approximate (200余项 never reaches the measure)
        count = rf"(?<!{_COUNT_DIGITS}){_COUNT_DIGITS}+"
        self.livelihood_package = lex.regex(
            rf"(?:{count}(?:{{PackageGroup:longest}}))?{count}[{{PackageMeasure}}](?:{{PackageModifier}})?(?:{{PackageHead:longest}})"
            rf"|{count}(?:{{PackageGroup:longest}})(?:{{PackageModifier}})?(?:{{PackageHead:longest}})")
        self.counted_part_not_start = lex.charstr("CountedPartNotStart")
        # 十大工程: the count a numeral stands for (NumeralChar in value order; 两 is 2)
        self.numeral_values = {c: i for i, c in enumerate(lex.charstr("NumeralChar"), 1)} | {"两": 2}
        self.counted_part_joint = lex.regex(r"(?:{CountedPartJoint:longest})")
        # 驻某镇帮镇扶村: a known scheme printed with the place it is carried out in inside its name
        # (the mention starts at the place, so that it nests in the team's name that a sender may open: 深圳驻某镇…工作队)
        self.slot_schemes = [(re.compile(re.escape(before) + r"((?:(?!" + re.escape(before) + r")[\u4e00-\u9fff]){1,15}?["
                                         + re.escape(str(lex.field("SlotScheme", "unit")[after])) + r"]" + re.escape(after) + ")"),
                              str(lex.canonical("SlotScheme", after)))
                             for after in sorted(lex.words("SlotScheme"))
                             for before in [str(lex.field("SlotScheme", "before")[after])]]
        # 县河长制办公室, 某区“接诉即办”调度指挥中心: a standing office named after a scheme, its name quoted or not
        self.office_after = lex.regex(r"”?(?:{OfficeAfter:longest})")
        # 高标准农田建设提升工程，: a scheme of its own whose name extends a known one by its own head (also in a meeting's
        # name: 召开高标准农田建设百日攻坚行动动员大会)
        self.known_extended = lex.regex(r"(?:{KnownExtendingHead:longest})(?=[，。、；,;“”\s]|$|(?:{MeetingNameWork})?"
                                        r"(?:{MeetingNameHead:longest}|{Meeting:longest}))")
        # 某市川藏经济协作试验区建设领导小组: a zone a group is named after, before the work it does and the group's head
        self.group_scheme = lex.regex(r"([\u4e00-\u9fff]{2,24}?(?:{GroupSchemeHead:longest}))(?:{QuotedBodyWork})(?:工作)?"
                                      r"(?:{GroupSchemeBody:longest})(?:办公室)?$")
        # 某县召开安全生产治本攻坚三年行动推进会, 在全县…专项行动推进会上: a campaign named without quotes between the verb
        # convening a meeting (or 在 and the whole place) and the meeting's head
        self.meeting_named = lex.regex(r"(?:(?:{MeetingConvene:longest})(?:{WholeScope})?|(?:{MeetingAtLead})(?:{WholeScope}))"
                                       r"([\u4e00-\u9fffA-Za-z0-9（）()+]{3,34}?"
                                       r"(?:{MeetingSchemeHead:longest}))(?=(?:{MeetingNameWork})?(?:暨[\u4e00-\u9fff0-9]{1,16}?)?"
                                       r"(?:{MeetingNameHead:longest}|{Meeting:longest}))")
        self.meeting_named_cues = lex.cues("MeetingNameHead") + lex.cues("Meeting")  # (在 opens almost every text)
        self.means_before = lex.regex(r"(?:{MeansLead})(?:{MeansQuality:longest})?$")  # 以优质“…”: a means
        self.means_help = lex.regex(r"(?:{MeansHelpVerb:longest})")  # “…”助力企业发展: the help it gives
        self.slogan_meeting = lex.regex(r"(?:工作)?(?:{Meeting:longest})")  # “…、…”工作推进会: a meeting held on a slogan
        # 我区农村低收入群体…住房安全保障工作（即农村危房改造）: a scheme printed with its common name after 即
        self.also_known = lex.regex(r"[（(](?:{AlsoKnownMark})([\u4e00-\u9fff]{3,16}?(?:{AlsoKnownHead}))[）)]")
        self.also_known_lead = lex.regex(r"(?:{AlsoKnownLead})")
        self.cited_law = lex.regex(r"(?:{CitedLawHead})$")
        self.cited_law_lead = lex.regex(r"(?:{CitedLawLead})$")
        self.doc_heads = lex.regex(r"({DocumentHead})(（[^）]{0,20}）)?$")
        self.citing_plan = lex.regex(r"〈[^〈〉]+〉[^〈〉]*(?:{CitingPlanHead})$")  # …关于贯彻落实〈…〉的实施方案
        # a notice or bulletin is a document about something (关于…的通知); 《药理学通报》 is a journal
        self.doc_heads_about = lex.regex(r"({DocumentHead.about})(（[^）]{0,20}）)?$")
        self.doc_about = lex.regex(r"{DocumentAbout}")
        # 关于做好2025年防汛备汛工作的通知: a notice that arranges a season's work, no scheme of its own
        # 《中共某县委 某县人民政府关于表彰…先进集体和先进个人的决定》: a commendation, no programme
        self.commendation = lex.regex(r"(?:{DocumentAbout})(?:{CommendVerb})")
        self.work_notice = lex.regex(r"(?:{DocumentAbout})[\u4e00-\u9fff]{0,4}?(?:{WorkNoticeVerb})[^《》]*?(?:{WorkNoticeEnd})的"
                                     r"(?:{DocumentHead.about})(（[^）]{0,20}）)?$")
        self.doc_short_ref = lex.regex(r"《({DocumentShortRef})》|(?:{DocumentShortRefLead})({DocumentShortRef})(?={DocumentShortRefFollower}|[，。、；：])")
        self.procedural = lex.regex(r"(?:{ProceduralDocument})(?:[（(][^（）()]{0,8}[）)])?$")
        # a title printed without 《》 after the verb that issues it: 印发了关于开展…行动的通知
        self.doc_unmarked = lex.regex(r"(?:{DocumentVerb})了?((?:{DocumentAbout})[^，。；：！？“”《》〈〉\n]{4,40}?的(?:{DocumentHead.about}))"
                                      r"(?=[，。；：！？\s]|$)")
        self.bad_quote = lex.regex(r"[，。！？；：…]|^[\d.%]+$|^[{NumeralChar}]+$")
        #: 项目 before 办 is an office's name (某县某计划项目办), no project's head
        self.works_head = lex.regex(r"{ProjectHead:longest}(?![{ProjectOfficeChar}])")
        # 某县乡村道路2017年以工代赈示范工程: a word of its kind between a known scheme and a project's head
        self.known_works_head = lex.regex(r"(?:{KnownProjectHeadLead:longest})?{ProjectHead:longest}(?![{ProjectOfficeChar}])")
        # …县乡村道路2017年…, …村2026年村庄整治提升…: the project's field of work between its place and the known scheme,
        # a year right before or after it, no verb and no clause mark inside
        self.project_field_run = re.compile(r"[\u4e00-\u9fff]{2,8}")
        self.project_heads = tuple(lex.words("ProjectHead"))  # 项目, 工程: the heads a project's name ends in
        self.works_word = lex.regex(r"{WorksWord}")
        # 甲公司年产…项目, 乙科技有限公司…建设项目: a firm's investment project, named by its mark and ended by 项目
        self.firm_project_marks = tuple(lex.words("FirmProjectMark"))
        self.firm_project_mark = lex.regex(r"{FirmProjectMark:longest}")
        self.firm_project_tail = lex.regex(r"(?:[\u4e00-\u9fff\d.]|[（(][\u4e00-\u9fff]{1,4}[）)]){0,30}?(?:{FirmProjectHead})(?![{ProjectOfficeChar}])")
        self.firm_project_stem = re.compile(r"[\u4e00-\u9fff\d.]")
        self.firm_project_opener = lex.regex(r"(?:{FirmProjectOpener:longest})(?![{FirmProjectOpenerNotBefore}])")
        self.firm_project_lead = lex.regex(r"{FirmProjectLead:longest}")
        self.firm_project_joiner = lex.regex(r"{FirmProjectJoiner:longest}")
        # 年产300万只皮带轮等16个项目: a count of projects that the first one opens, no project's name
        self.firm_project_count = lex.regex(r"(?:{FirmProjectCountLead})[\d{NumeralChar}]+[{FirmProjectCountUnit}]")
        self.named_works_heads = frozenset(lex.words("ProjectHead", "named"))  # 来到某某工程施工现场: no works word needed
        self.alone_works_heads = frozenset(lex.words("ProjectHead", "alone"))  # …项目现场 alone is as often a description
        self.works_locative = lex.regex(r"^[\u4e00-\u9fff]{1,8}?(?:{ProjectPlaceEnd:longest})(?:{WorksPlaceLocative:longest})")  # 某村内
        self.works_boundary = lex.regex(r"{WorksLead:longest}|[{DesignationStopChar}]")
        # 某某示范工程（右岸），以及某某工程: a bracket of a few words after a name, and a comma before 以及, go on with the run
        self.works_separator = lex.regex(_WORKS_SEPARATOR)
        # 某某改造项目和某某整治工程已于…完工: a head, then a separator, inside a started project's name (_names_run)
        self.head_then_separator = lex.regex(r"(?:{ProjectHead:longest})" + _WORKS_SEPARATOR)
        # not …现场推进会; 等9个重点项目: a count closes the run too
        self.works_after = lex.regex(r"(?:{WorksAfter:longest}|等[\d{NumeralChar}]+个(?:{WorksAfterCounted:longest}))"
                                     r"(?!{WorksAfterNot:longest})")
        self.works_run_on = lex.chars("WorksPlaceRunOn")
        # …工程、某某文化园、某某馆等项目现场: a site of another kind in the list of sites a works name opens
        self.site_list_item = lex.regex(r"[{SiteListSeparator}][\u4e00-\u9fff]{2,12}?(?=[{SiteListSeparator}]|{ListedCampaignLead})")
        self.works_inner_joiners = lex.chars("WorksInnerJoiner")
        self.project_name_openers = lex.chars("ProjectNameOpenerChar")
        self.listed_campaign_lead = next(iter(lex.words("ListedCampaignLead")), "等")  # “甲”“乙”等行动
        # 开展甲行动、乙行动等某某行动16个专项行动: the close of a run of unquoted names of one head, with its umbrella
        self.listed_close = lex.regex(r"{ListedCampaignLead}([\u4e00-\u9fff·]{2,12}?(?:{ListedUnquotedHead}))?"
                                      r"[\d{NumeralChar}]+[{ListedCountUnit}](?:{ListedCloseModifier})?({ListedUnquotedHead})")
        self.listed_close_cues = lex.cues("ListedUnquotedHead")
        self.listed_unquoted_heads = tuple(lex.words("ListedUnquotedHead"))
        self.listed_verb = lex.regex(r"{ProgrammeVerb.strong:longest}")
        self.clause_marks = lex.charstr("ClauseMark")  # where a listed run's clause opens
        # “护苗”行动 beside “扫黄打非·护苗2016”专项行动: a yearly campaign's round named after its stem and year
        self.series_round = lex.regex(r"^(?:19|20)\d{2}年?(?:{SeriesRoundModifier})?(?:{ListedUnquotedHead})$")
        self.series_round_end = lex.regex(r"(?:19|20)\d{2}年?(?:{SeriesRoundModifier})?(?:{ListedUnquotedHead})$")
        # 开展“甲”招聘活动、2022年“乙”线上招聘活动和“丙”活动: what may stand between a governed quoted name and the
        # next quote coordinated with it (the rest of the first name, a coordinator, a year)
        self.coordinated_gap = lex.regex(r"(?:[\u4e00-\u9fff]{0,10}?(?:{AfterQuoteHead:longest}|{TailHead:longest}))?"
                                         r"(?:{Coordination:longest})(?:\d{4}年度?)?")
        self.works_joined_pronoun = next(iter(lex.words("WorksJoinedPronoun")), "其")  # 及其引道工程: 其 opens the tail
        self.joined_works_kinds = tuple(lex.words("JoinedWorksKind", longest_first=True))  # 道路及管网: two kinds, one works
        self.works_lead_particles = lex.chars("WorksLeadParticle")
        # 力争常桃高速年底开工, 推进炉慈高速建设: a road named by a character of each end
        self.route = lex.regex(r"(?:(?<=[，。；、\s])|^|(?<={RouteLead}))([\u4e00-\u9fff]{2}(?:{RouteHead:longest}))"
                               r"(?=(?:{RouteFollower:longest}))")
        self.route_cues = lex.cues("RouteHead")
        self.route_heads = tuple(lex.words("RouteHead"))
        self.zone_prefix = lex.regex(r"[\u4e00-\u9fff]{0,4}(?:{ZoneHead})·?")
        self.brand = lex.regex(r"(?<![\u4e00-\u9fff《])(?:{PlaceBrand})|(?<=[{BrandLeadChar}])(?:{PlaceBrand})")
        self.brand_cues = lex.cues("PlaceBrand")
        self.brand_stop = lex.regex(r"[{BrandStopChar}]")
        self.brand_suffix = lex.regex(r"{BrandSuffix}")
        self.scheme_head = lex.regex(r"{SchemeHead:longest}")
        self.scheme_boundary = lex.regex(r"{ProgrammeVerb:longest}|{WorksLead:longest}|[{DesignationStopChar}{SchemeStopChar}]")
        self.scheme_not_start = re.compile("|".join(lex.words("SchemeNotStart")))
        self.scheme_lead_skip = lex.regex(r"(?:{SchemeLeadSkip:longest})")
        self.scheme_lead_verb = lex.regex(r"(?:{SchemeLeadVerb:longest})")  # ，全面提升…示范带: no part of the name
        # 某县以乡村振兴示范带建设为抓手: the subject and 以 before a scheme taken up as the lead are no part of its name
        self.taken_lead = lex.regex(r"(?:{TakenAsLead})")
        # 以…经济带开放开发为纽带: up to four characters of the work done on the scheme stand before 为
        self.taken_after = lex.regex(r"[\u4e00-\u9fff]{0,4}?(?:{TakenAs})")
        # 国家战略产业带, 旅游产业带: a head after general words and fields alone names a kind of belt, not one
        self.scheme_generic = lex.regex(r"(?:{SchemeGenericWord:longest}|{AgencyField:longest})+")
        self.scheme_verb = lex.regex(r"{ProgrammeVerb:longest}")
        self.scheme_region_lead = lex.regex(r"{SchemeRegionLead:longest}")
        # a cooperation named by its two partners (闽宁协作, 湘黔边区协作): two characters, then perhaps a middle word
        self.pairing = lex.regex(r"(?=([\u4e00-\u9fff])([\u4e00-\u9fff])(?:{PairingMiddle:longest})?(?:{PairingHead}))")
        self.pairing_cues = lex.cues("PairingHead")
        self.pairing_head = lex.regex(r"(?:{PairingHead})$")
        self.pairing_tail = lex.regex(r"(?:{PairingMiddle:longest})?(?:{PairingHead})")
        self.folded_middles = frozenset(lex.words("PairingMiddle", "folded"))  # 闽宁对口协作 is 闽宁协作
        self.region_short = {k: str(c) for k, c in lex.field("RegionShort", "code").items()}
        self.region_codes = frozenset(self.region_short.values())
        self.represented = lex.regex(r"以[^，。；、]{2,12}?为(?:{RepresentedLead})的([\u4e00-\u9fff]{3,12}?(?:{RepresentedHead}))"
                                     r"(?=[，。；、]|{RepresentedFollower})")
        self.formula = lex.regex(r"(?<![{FormulaNumeral}\d])[{FormulaNumeral}](?![{FormulaMeasure}])[\u4e00-\u9fff]?[{FormulaNumeral}]"
                                 r"(?:{FormulaHead})")
        self.formula_cues = lex.cues("FormulaHead")
        # 实施三岗五溪战略, 推进八松千黄建设: two numerals each with a word under a governing verb, then a head that ends
        # the phrase
        self.formula_name = lex.regex(r"(?<![{FormulaNumeral}\d])([{FormulaNumeral}](?![{FormulaMeasure}])[\u4e00-\u9fff]"
                                      r"[{FormulaNumeral}](?![{FormulaMeasure}])[\u4e00-\u9fff])(?:{FormulaNameHead})(?=[，。、；：！？”）)\s]|$)")
        self.formula_name_cues = lex.cues("FormulaNameHead")
        self.draft = lex.regex(r"[（(](?:{DraftMark})[^（）()]{0,8}[）)]$")
        self.not_programme = frozenset(lex.words("NotProgramme"))
        self.not_programme_pattern = re.compile("|".join(lex.words("NotProgrammePattern")))
        self.numbered_head = re.compile("|".join(lex.words("NumberedHead")))
        self.naming_heads = lex.regex(r"^({NamingHead}|" + self.numbered_head.pattern + ")")
        # …行动的报告: 的 right after the head ends the name; one character between (…工程队的) makes the head a word's start
        # “十强”产业行动计划中把…: a head run on by a plan's word (TailPlanAfter) is read whole, and 中 after the plan is
        # inside its text; a head alone before 中 (在“…”专项行动中) still ends no name
        self.tail_after_quote = lex.regex(r"([\u4e00-\u9fff]{1,8}?)((?:{TailHead})(?:{TailPlanAfter:longest})"
                                          r"(?![{TailPlanNotBefore}]|[\u4e00-\u9fff][{TailHeadNotGap}])"
                                          r"|(?:{TailHead})(?![{TailHeadNotBefore}]|[\u4e00-\u9fff][{TailHeadNotBefore}{TailHeadNotGap}]))")
        # 深化“1+6+N”社会治安综合治理工作体系建设: under a verb a governed head may end a longer tail
        self.tail_after_quote_long = lex.regex(r"([\u4e00-\u9fff]{9,12}?)((?:{TailHead})"
                                               r"(?![{TailHeadNotBefore}]|[\u4e00-\u9fff][{TailHeadNotBefore}{TailHeadNotGap}]))")
        self.tail_stop = lex.words("TailStop")
        self.product_before = lex.regex(r"(?:{ProductBeforeQuote:longest})$")  # 马铃薯“一主三特”产业提升工程
        self.water_before = lex.regex(r"(?:{WaterBeforeQuote:longest})$")  # 黄河“几字弯”攻坚战: the river's campaign
        # 脐橙产业“提质增效”工程: a product and its sector word before a quote kept with its head
        self.sector_before = lex.regex(r"(?:{ProductBeforeQuote:longest})(?:{SectorAfterProduct})$")
        self.built_by_before = lex.regex(r"(?:{ByAgent})[^，。；！？\n“”]{2,30}?(?P<verb>{RelativeBuildVerb:longest})的$")  # 由企业和某乡共同建设的“…”项目
        self.tail_keep = lex.words("TailKeep")
        self.tail_work_end = tuple(lex.words("TailWorkEnd"))
        self.governed_tails = frozenset(lex.words("TailHead", "governed"))
        self.verb_tails = frozenset(lex.words("TailHead", "verb"))  # 推行“某某”基层治理模式: only under a verb
        self.verb_tail_generic = frozenset(lex.words("VerbTailGeneric"))  # “甲+乙”发展模式: a work method, no scheme
        self.doer_clause_before = lex.regex(r"(?:{RelativeDoerVerb})的$")
        # …“…”项目获…支持，由乡人民政府负责实施: a clause later in the sentence that names the body carrying it out
        self.doer_clause_after = lex.regex(r"[^。！？；\n]{0,30}?[，,](?:{ByAgent})[^，。；！？,;\n]{2,24}?(?:{ByVerb}){1,2}(?=[，。；！？,;]|$)")  # 由某局共同实施的“…”: the verb governs the quote
        # 在甲村试点“某某超市”，: a short label right after a verb that tries a scheme out or spreads it
        self.pilot_verb_before = lex.regex(r"(?:{PilotVerb})了?$")
        self.pilot_follower = lex.regex(r"[{PilotFollower}]|$")
        strong = lex.alternation("ProgrammeVerb", "strong")
        strong_longest = lex.alternation("ProgrammeVerb", "strong", longest_first=True)
        self.strong_open = lex.regex(r"(?:" + strong_longest + r")")  # 谋划推进…: a verb after the governing one
        # 镇域乡村振兴规划和帮镇扶村计划: a document's head, then a coordination, ends the first of two objects
        # … and a task's end (农村人居环境整治提升和美丽圩镇建设攻坚行动: TaskEndBeforeCoordination), the coordination no start
        # of a word (…整治提升和美乡村建设: CoordinatedWordTail)
        self.doc_then_coordination = lex.regex(r"(?:{DocumentHead}|{TaskEndBeforeCoordination:longest})(?:{Coordination:longest})"
                                               r"(?!{CoordinatedWordTail})")
        batch = r"第[{NumeralChar}\d]+批"
        # 落实河南省“万人助万企”活动: the scheme's owner may stand between the verb and the quote
        self.verb_before = lex.regex(r"(" + strong + r")(?:{VerbGap}|" + batch + r")?(?:[\u4e00-\u9fff]{1,5}?(?:{VerbOwner}))?$")
        # 出台改进工作作风的“省三十条”: a verb issuing a document, then what the document is for, closed by 的
        self.issued_for_before = lex.regex(r"(?:{DocumentVerb})了?[\u4e00-\u9fff]{2,10}[{RelativeClauseMark}]$")
        self.opens_clause = lex.words("ProgrammeVerb", "opens_clause")
        self.clause_lead_skip = tuple(lex.words("ClauseLeadSkip"))  # 其中某镇供水工程已完工: 其中 opens the clause
        self.example_marks = tuple(lex.words("ExampleMark"))  # 某公园等旅游项目: examples, then their kind
        self.urging_verbs = tuple(lex.words("UrgingVerb"))  # 督促某某项目落地, 为保证某工程如期完工: the name opens after it
        # 开展两批自治区级…创建活动: a count of batches before the name is no part of it, as a batch's ordinal is not
        self.filler = lex.regex(r"^(" + batch + r"|[{BatchCountChar}\d]+批|{Filler}|\d{4}年(度)?)")
        self.list_suffix = lex.regex(r"({ListSuffix})$")
        self.np_before = lex.regex(r"(?:{ProgrammeVerb.before_phrase})([\u4e00-\u9fff]{4,12})$")
        self.phrase_stop = lex.chars("PhraseStopChar")
        self.phrase_not_end = lex.regex(r"({PhraseNotEnd})$")
        self.phrase_not_start = tuple(lex.charstr("PhraseNotStart"))
        self.policy_stop = lex.chars("PolicyStopChar")
        self.name_stop = lex.chars("NameStopChar")
        self.name_not_start = tuple(lex.charstr("NameNotStart")) + lex.words("NameNotStartWord")
        self.formula_chars = lex.chars("FormulaChar")
        self.subtitle_mark = lex.charstr("SubtitleMark")  # “春风行动·暖心返岗”: the head ends the part before it
        self.formula_numerals = lex.chars("FormulaNumeral")
        self.weak_unquoted = lex.words("UnquotedHead", "weak")
        self.known_extending_heads = lex.words("KnownExtendingHead")  # 专项监督: a campaign over a known scheme
        # 省纪委监委把学习教育当作…: a campaign's head printed bare, standing for the one campaign printed before
        self.campaign_short_refs = lex.words("CampaignShortRef")
        self.campaign_short_ref = lex.regex(r"((?:{CampaignShortRefLead})|(?<=[，。；：\n]))({CampaignShortRef})")
        # 加快某某水库工程建设: verbs that govern only a proper works name, closed by a follower (ProgrammeVerb "proper")
        self.proper_verbs = frozenset(lex.words("ProgrammeVerb", "proper"))
        self.proper_follower = lex.regex(r"(?:{ProperFollower})")
        self.proper_stop = lex.chars("ProperNameStop")
        self.plain_verbs = lex.regex(r"(?:{ProgrammeVerb:longest})")
        # 实施某某治理项目4.25万亩: an amount closes a name only after a works head (新建高标准农田8.6万亩 names no scheme)
        amount_closed = "(?:" + "|".join(f"(?<={re.escape(h)})" for h in lex.words("AmountClosedHead")) + ")"
        # what closes an unquoted name: a mark, a follower, a coordination, such an amount, or the period it runs in, in
        # brackets (实施某某三年行动（2024—2026年）)
        closed = (r"(?=[，。、；“”\s]|$|{UnquotedFollower}|{Coordination}|" + amount_closed
                  + r"\d+(?:\.\d+)?(?:{UnquotedAmountUnit})|[（(]\d{4}[—–\-－~～至]\d{4}年?[）)])")
        self.unquoted = lex.regex(
            r"(?:{CarriedOutBy:longest}|{SubSchemeLead:longest}|(?:" + strong_longest + r")(?:{SchemeLeadSkip})?)((?:" + batch + r"|{BatchWord})?"
            # a single dash between two words joins the two ends of a region (河西走廊—塔克拉玛干沙漠边缘阻击战)
            r"(?:[\u4e00-\u9fffA-Za-z0-9（）()+]|(?<=[\u4e00-\u9fff])—(?=[\u4e00-\u9fff])){3,34}?(?:{UnquotedHead}))"
            r"(?:{UnquotedSuffix})?" + closed
        )
        # a pilot after 作为 (作为新安江流域生态补偿机制试点的上游地区): pilots only, 作为…项目 describes
        self.unquoted_led = lex.regex(
            r"(?:{UnquotedLead:longest})((?:" + batch + r"|{BatchWord})?[\u4e00-\u9fffA-Za-z0-9（）()+]{3,34}?(?:{UnquotedLeadHead}))"
            r"(?:{UnquotedSuffix})?" + closed
        )
        # 以打造乡村振兴某某样板先行区为目标: a pilot zone's name after a verb of building up
        self.zone_led = lex.regex(
            r"(?:{ZoneLead:longest})([\u4e00-\u9fff]{4,30}?(?:{ZoneLeadHead}))"
            r"(?=[，。、；“”\s]|$|{UnquotedFollower}|{Coordination})"
        )
        self.zone_led_cues = lex.cues("ZoneLeadHead")
        self.zone_list_led = lex.regex(r"(?:{ZoneListLead:longest})([\u4e00-\u9fff]{4,30}?(?:{ZoneListHead}))(?={Coordination})")
        self.zone_list_led_cues = lex.cues("ZoneListHead")
        self.zone_more = lex.regex(r"(?:{Coordination})([\u4e00-\u9fff]{4,30}?(?:{ZoneListHead}))"
                                   r"(?=[，。、；“”\s]|$|{UnquotedFollower}|{Coordination})")
        # 以国家某某示范县创建为抓手: a designation's creation or building named as the means of the subject's work
        self.means_led = lex.regex(
            r"(?:{MeansLead:longest})([\u4e00-\u9fff]{4,30}?(?:{DesignationHead:longest})(?:{MeansWork:longest}))"
            r"(?={MeansFollower:longest})"
        )
        self.means_led_cues = lex.cues("MeansFollower")
        # 落实《某方案》和某市某某提升工程: an unquoted name coordinated after a document under one strong verb
        self.document_governed = lex.regex(r"(?:" + strong_longest + r")《[^《》\n]{2,60}》")
        # a plan's name after a lead of compliance, a clause mark after it (按照某市某某三年行动计划，某县…)
        self.unquoted_complied = lex.regex(
            r"(?:{ComplianceLead:longest})([\u4e00-\u9fffA-Za-z0-9（）()+]{3,34}?(?:{ComplianceHead}))(?=[，,；;])"
        )
        self.unquoted_complied_cues = lex.cues("ComplianceHead")
        # the names coordinated with it under the one verb: 推进318国道改建工程和溪口大桥工程建设
        self.unquoted_more = lex.regex(
            r"(?:{Coordination})([\u4e00-\u9fffA-Za-z0-9（）()+]{3,34}?(?:{UnquotedHead}))"
            r"(?:{UnquotedSuffix})?" + closed
        )
        self.policy = lex.regex(r"(?:" + strong_longest + r")的([\u4e00-\u9fff]{4,20}(?:{PolicyHead}))(?=[，。、；“”\s]|$)")
        self.policy_cues = lex.cues("PolicyHead")
        # 落实好国家某某补助奖励政策: a policy after a strong verb, its owner before it, no 的
        self.owned_policy = lex.regex(r"(?:" + strong_longest + r")(?:({PolicyOwner:longest}))?([\u4e00-\u9fff]{2,20}?)(?:{PolicyHead})"
                                      r"(?=[，。、；“”\s]|$)")
        self.policy_kind = lex.regex(r"{PolicyKind}")
        self.policy_generic = lex.regex(r"{PolicyGenericWord:longest}")
        # 通报了全县某某改造项目的完成情况: a project named after the whole of a county, city or town
        self.whole_scope = lex.regex(r"^(?:{WholeScope})")
        # 加快全县重点工程建设: the whole scope and a word of a class of projects before a short head names a class, no name
        self.whole_scope_class = lex.regex(r"^(?:{WholeScope})(?:{WholeScopeNotStart})")
        # 全县某某项目和某某工程已全部完工: the first name ends before a coordinator, the next is read by unquoted_more
        self.scoped = lex.regex(r"(?:{WholeScope})((?!{WholeScopeNotStart})[\u4e00-\u9fffA-Za-z（）()]{6,30}?(?:{UnquotedHead}))"
                                r"(?=[，。；、：\s]|$|{UnquotedFollower}|{Coordination})")
        self.scoped_cues = lex.cues("WholeScope")
        # what every match of the unquoted names' patterns holds (a text without it is not scanned)
        self.unquoted_cues = lex.cues("UnquotedHead")
        self.unquoted_led_cues = lex.cues("UnquotedLeadHead")
        self.visited_cues = lex.cues("UnquotedHead") + lex.cues("VisitedHead")
        self.visited_site_cues = lex.cues("SiteFollower")
        # 百镇千村 → 百千工程: the numerals a scheme's counted units contract to, and the heads of the contracted name
        self.contracted_numerals = lex.charstr("ContractedCountNumeral")
        # “千亿园区百亿镇”, “百镇千村”: a quote made only of two or more counted units (a numeral, a magnitude it may
        # carry, a short noun) is a scheme's name under any verb that governs one (聚力打造“千亿园区百亿镇”)
        _unit = "[%s][%s]?(?:(?![%s])[\u4e00-\u9fff]){1,3}" % (re.escape(self.contracted_numerals),
                                                           re.escape(lex.charstr("CountedTargetMagnitude")),
                                                           re.escape(self.contracted_numerals))
        self.counted_targets = re.compile("(?:%s){2,3}" % _unit)
        self.contracted_heads = frozenset(lex.words("ContractedCountHead"))
        self.contracted_counted = re.compile("^(.*?)((?:[%s][\u4e00-\u9fff]){2,4})(.*)$" % re.escape(self.contracted_numerals))
        self.batch_owner = lex.regex(r"^([\u4e00-\u9fff]{2,4}?)?(首批|" + batch + r")")
        # designations (seeds/lexicons/designations.jsonl): 入选第二批全国乡村治理示范镇、村
        self.designation_head = lex.regex(r"{DesignationHead:longest}")
        self.designation_end = lex.regex(r"(?:{DesignationHead:longest})$")
        # 全国县域商业“领跑县”: a head printed in quotes after its field (QuotedFieldHead) ends the designation's name
        # (not before QuotedFieldHeadNotBefore: 推进县域商业“领跑县”建设 names a drive of building, read as a quoted scheme)
        self.quoted_field_head = lex.regex(r"(?<=[\u4e00-\u9fff])“(?:{QuotedFieldHead:longest})”(?!{QuotedFieldHeadNotBefore})")
        # “…示范村”称号, “…示范村”授牌; “…示范县”“…”等称号: other quoted titles and 等 may stand before the word
        self.title_after = lex.regex(r"(?:“[^”\n]{1,24}”)*(?:{TitleListEnd})?(?:{QuotedTitleAfter:longest})")
        self.known_designation_end = lex.regex(r"(?:[{KnownDesignationEndMark}]|{KnownDesignationEnd})")  # 入选…“千万工程”示范村。
        self.quoted_designation = lex.regex(r"(?:{DesignationHead:longest})(?![\u4e00-\u9fff]{0,1}[{TailHeadNotBefore}{TailHeadNotGap}])")
        self.listed_heads = frozenset(lex.words("DesignationHead", "listed"))
        self.leveled_heads = frozenset(lex.words("DesignationHead", "leveled"))  # 建成16个省级美丽乡村
        self.led_heads = frozenset(lex.words("DesignationHead", "led"))
        self.works_counts = lex.words("WorksCount", longest_first=True)  # 再建设一批…示范园: works, no designation
        self.worded_heads = frozenset(lex.words("DesignationHead", "worded"))  # led by a word, not a batch or 了 alone
        # a head as common as a plain noun (美丽村庄, 示范点) names a designation only where one is conferred: after a lead
        # that makes the places before it members (…为2025年度宁夏美丽村庄), or before a list word or a count
        self.conferred_heads = frozenset(lex.words("DesignationHead", "conferred"))
        # a head as common as a work word (试点) names a designation only where a lead makes the places before it its
        # members (甲市、乙县被确定为…领域试点); a pilot carried out (开展…改革试点) is left to the scheme rules
        self.membered_heads = frozenset(lex.words("DesignationHead", "membered"))
        self.designation_joiners = lex.chars("DesignationJoiner")
        self.designation_coordinators = lex.chars("DesignationCoordinator")
        self.pair_marks = tuple(lex.words("DesignationPairMark"))  # 甲工程和乙工程双试点市: a pilot of each scheme
        self.designation_list_marks = lex.chars("DesignationListMark")
        self.designation_clause_end = lex.chars("DesignationClauseEnd")
        self.designation_not_before = lex.regex(r"(?:{DesignationNotBefore})")
        self.dated = re.compile(r"\d{4}年度?")
        self.year_kept_heads = lex.words("YearKeptHead")  # 实施2025年…项目: the year names one year's project
        self.dated_bare_works = lex.regex(r"[\u4e00-\u9fff]{2,12}?\d{4}年度?(?:{DatedBareHead:longest})")  # 某县2024年项目
        self.dated_before = re.compile(r"\d{4}年度?$")
        self.place_end = lex.regex(r"(?:{ProjectPlaceEnd:longest})$")
        # 调研某乡某村重点项目建设情况, 调研指导帮扶产业项目: places and general words alone before a project's head
        self.visit_place_run = lex.regex(r"[\u4e00-\u9fff]{1,6}?(?:{ProjectPlaceEnd:longest})")
        self.visit_heads = tuple(sorted({*lex.words("UnquotedHead"), *lex.words("VisitedHead")}, key=len, reverse=True))
        self.visit_generic = lex.regex(r"(?:{SchemeGenericWord:longest}|{ProjectGenericWord:longest})+")
        self.tail_reference_open = lex.charstr("TailReferenceOpen")  # ，共富行动实施以来: a clause opens before it
        self.phrase_methods = ("cue-verb-phrase", "cue-visit-phrase", "cue-item-phrase", "cue-project-start")
        # 实施了12个土地整治项目, 已有37个项目落地: a phrase that opens with a count counts projects, it names none
        # (今年有18件项目由…推进: a time may open it)
        self.counted = lex.regex(r"^(?:{NameSubjectTime:longest})?(?:{CountedLead:longest})?" + _COUNT_DIGITS
                                 + r"+[{CountMeasure}{CountedMeasure}]")
        # 启动某某基地等项目: a run a verb governs, closed by 等 and the projects' kind, names several, none by its name
        self.closed_run = lex.regex(r"(?:{ListedCampaignLead})[\u4e00-\u9fff]{0,2}?(?:{WorksAfterCounted:longest})$")
        self.plan_heads = tuple(lex.words("PlanHead", longest_first=True))  # 实施方案, 方案, 计划
        self.plan_span = re.compile("|".join(lex.words("PlanSpan")))  # 三年, （2025—2027年）: the years a plan spans
        self.plan_span_end = re.compile("(?:" + "|".join(lex.words("PlanSpan")) + ")$")
        self.joined_field_end = lex.chars("DesignationJoinerNotAfter")
        self.designation_heads = lex.words("DesignationHead", longest_first=True)
        self.campaign_heads = tuple(lex.words("UnquotedHead", "campaign"))  # 创建活动: not after a designation's head
        self.units = lex.words("DesignationUnit", longest_first=True)
        self.unit_kind = lex.patterns("DesignationUnit")
        self.member_leads = frozenset(lex.words("DesignationLead", "member"))
        batch = "|".join(lex.words("DesignationBatch"))
        self.not_leads = frozenset(lex.words("DesignationNotLead"))  # 作为: a lead's word inside another word
        self.inner_terms = lex.words("DesignationInnerTerm")  # 整村推进: a term of a name that ends in a lead's word
        self.batch_words = frozenset(lex.words("BatchWord"))  # 首批: a batch, read as a lead before a name
        self.designation_token = lex.regex(r"(?P<lead>{DesignationLead:longest}|{DesignationTakenLead})|(?P<batch>" + batch
                                           + r")|(?P<stop>[{DesignationStopChar}])")
        # 某县以某某试点县建设为契机: 以 leads a designation only where the name is taken up as the lead of the work
        self.taken_leads = frozenset(lex.words("DesignationTakenLead"))
        self.drive_words = tuple(lex.words("DesignationDriveWord"))  # 某某示范创建: the drive for a designation
        self.designation_taken = lex.regex(r"(?:{TakenWork:longest})?(?:{TakenAs})")
        # 入选住房和城乡建设部第一批城市更新试点: the body that confers a batch, printed before it, is no part of the name
        self.body_before_batch = lex.regex(r"^[\u4e00-\u9fff]{2,12}?(?:{BatchBodyEnd})(?=首批|第[{NumeralChar}\d]+批)")
        self.designation_after = lex.regex(r"{DesignationAfter}")
        # 首批“双减”工作示范区: the word of a quoted campaign's work between the quote and a designation's head
        self.quoted_work_words = frozenset(lex.words("DesignationQuotedWork"))
        self.quoted_list_after = lex.regex(r"[”’\"](?:{DesignationQuotedList:longest})")
        self.stem_heads = tuple(lex.words("StemGovernedHead", longest_first=True))  # 工程: a head a governed stem drops
        self.stem_verbs = tuple(lex.words("StemGoverningVerb", longest_first=True))  # 推进: a verb before such a stem
        self.honour_list_next = tuple(lex.words("HonourListNext"))  # 、 or 等 after a designation in an honours list
        self.honour_clause_ends = lex.charstr("HonourClauseEnd")  # where the clause of an honours list opens
        self.quote_openers = lex.chars("QuoteOpener")
        self.quote_closers = lex.chars("QuoteCloser")
        self.designation_scope = lex.regex(r"(?:{DesignationScope})$")
        self.count_batch = re.compile("|".join(lex.words("DesignationBatch", "count")))
        self.short_scopes = lex.words("DesignationScope", "short", longest_first=True)
        self.scope_words = frozenset(lex.words("DesignationScope"))
        self.scopes = lex.words("DesignationScope", longest_first=True)  # 全国, 国家级, 省级 …
        self.wide_scopes = tuple(w for w in self.scopes if w not in self.short_scopes)  # 全国, 国家级: no jurisdiction
        # a designation printed by its level alone (省级乡村振兴示范村): the level word, the jurisdictions it names
        self.level_words = lex.words("DesignationLevel", longest_first=True)
        # 市级以上美丽乡村示范村: a level and a range after it count titles of several levels, no one jurisdiction's
        self.level_alone_heads = frozenset(lex.words("LevelAloneHead"))  # 列入首批县级示范村: no name of its own
        self.level_range = lex.regex(r"(?:{DesignationLevel:longest})(?:{DesignationLevelRange:longest})")
        self.designation_times = frozenset(lex.words("DesignationTime"))  # 确定为今年的试点县
        self.national_words = tuple(lex.words("DesignationNational"))  # 全国…, 国家…, 中国…: no province owns such a name
        self.member_unit_ends = lex.chars("CountedMemberEnd")  # 甲县、乙区2个…: the last character of a place before a count
        self.level_homes = {k: str(h) for k, h in lex.field("DesignationLevel", "home").items()}
        self.printed_batches = lex.regex(r"(?:" + "|".join(lex.words("DesignationBatch", "printed")) + r")+$")
        self.designation_count = lex.regex("|".join(lex.words("DesignationCount")))
        self.assessed_leads = frozenset(lex.words("DesignationLead", "assessed"))  # 通过 + …均衡县评估认定
        # 获得 + …模范城（县）称号: a lead that confers a title only where the word of a title follows the name (获得…提名城市资格
        # confers none)
        self.titled_leads = frozenset(lex.words("DesignationLead", "titled"))
        self.designation_assessed = lex.regex(r"(?:{AssessmentLevel:longest})?(?:{DesignationAssessment:longest})")
        self.built_leads = frozenset(lex.words("DesignationLead", "built"))  # 建成…示范村12个: places built and counted
        self.built_count = lex.regex("|".join(lex.words("DesignationBuiltCount")))
        self.designation_stop = lex.chars("DesignationStopChar")
        #: the inner terms that hold a stop (农村一、二、三产业): their marks part no name
        self.stop_terms = [w for w in self.inner_terms if any(c in self.designation_stop for c in w)]
        #: figures and a unit of area opening a name (50万亩核心示范区): a zone measured, no designation
        self.measured_area = lex.regex(r"[0-9０-９.．]+(?:{MeasuredAreaUnit:longest})")
        self.kind_stem = lex.regex(r"(?:{PlaceKindStem:longest})")  # 四个县市区试点: the kind of the places alone
        self.supervising_verbs = tuple(lex.words("SupervisingVerb", longest_first=True))  # 督导, 督查, 调研
        self.proposing_verbs = tuple(lex.words("ProposingVerb", longest_first=True))  # 研究提出, 拟定
        self.listed_close_words = frozenset(lex.words("ListedCampaignLead"))  # 等 after a run of quotes
        # …示范镇、村; …示范镇（点）: the unit in brackets names a second designation of the same kind
        # …示范村（社区）, …模范城（县）, …先进县（市、区）: the head's kind of place and, in brackets, one of the same tier that
        # may stand for it; the bracket stays inside the one designation's name (…卫生乡镇（村）, …示范镇（点）: another tier,
        # a second designation, as designation_more reads it)
        self.alternative_units = {u: tuple(a) for u, a in lex.field("DesignationAlternativeUnit", "alternatives").items()}
        self.designation_more = lex.regex(r"(?:、|（(?=(?:{DesignationUnit:longest})）))((?:{DesignationHead:longest})|(?:{DesignationUnit:longest}))）?")
        # 某某等21个项目开工: a batch counted after 等 names many projects, none by its name
        self.counted_batch = lex.regex(r"(?:{ListedCampaignLead})[{FormulaNumeral}\d]+[{FormulaMeasure}]")
        #: 全县12个重点项目全面开工: a count of works before their kind (_counted_kind)
        self.counted_works = lex.regex(r"\d+[{WorksCountMeasure}]")
        self.started = lex.regex(
            # 投资2亿元的…工程正在加紧施工 (a name never opens with the investment: 投资2亿元的… is read after it)
            # a dash opens an appositive name as a comma does (民生任务——某某改建工程全线贯通), and so does a colon
            # (重点工程加快建设：某某输变电工程竣工)
            r"(?:(?:(?<=[，。、：\s—])|(?<=^))(?!(?:{InvestmentLead})[0-9０-９])|(?:{InvestmentLead})[0-9.０-９．]+(?:{InvestmentUnit:longest})的)"
            # a bracket of a few words inside the name (…段（含某某过境）一级公路项目) is part of it
            r"([\u4e00-\u9fffA-Za-z0-9]{3,34}?(?:（[\u4e00-\u9fff]{1,8}）[\u4e00-\u9fffA-Za-z0-9]{1,12}?)?(?:{ProjectHead}))"
            # 2020年中小河流治理工程（某某防洪工程）已开工建设: the year's works of a kind, and in a bracket the one works
            # by its own name
            r"(?:（([\u4e00-\u9fff]{3,16}?(?:{ProjectHead}))）)?"
            r"(?:{ProjectListEnd:longest})?"  # …配套工程等多个重大项目顺利开工: the list's end is no part of the name
            r"(?:{ProjectPart:longest})?"  # 某某项目回迁楼全面开工: the part that starts is no part of the name
            r"(?:{ProjectBatch})?(?:(?:{ProjectStartSite})[\u4e00-\u9fff、]{2,16}?(?=(?:{ProjectStartAdverb})*(?:正式)?(?:{ProjectStart})))?"
            # 某项目于2023年5月11日开工: the day it starts, after a preposition of time; 在2024年6月前完工: the day it is due
            # 某工程已于2024年底通过完工验收: an adverb may open the day as it may open the start
            r"(?:(?:{ProjectStartAdverb})*(?:{ProjectStartDateLead})(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:{ProjectStartDateEnd:longest})?)?"
            r"(?:举行集中)?(?:{ProjectStartAdverb})*(?:正式)?(?:{ProjectStart})(?![{ProjectStartNotBefore}])"  # not 开工率
        )
        self.started_cues = lex.cues("ProjectStart")
        # 完成了某集团投资50亿元的某某项目的洽谈引进: the sum before the name, inside a run opened at a comma, closes
        # what stands before the name
        self.invested_before_name = lex.regex(r"(?:{InvestmentLead})[0-9.０-９．]+(?:{InvestmentUnit:longest})的")
        self.apposition_dash = lex.charstr("ProjectAppositionDash")
        self.project_ordinals = tuple(lex.words("ProjectOrdinal"))
        # 目前这批工程已全部开工: a batch of works named before, referred back to by its head, names no project
        self.referred_project = lex.regex(r"(?:{ReferenceLead})(?:{ProjectHead})$")
        # a notice's field line that names its project (项目名称：某县某镇…治理工程; 二、项目名称：…项目（EPC）; 某县“某某”…项目),
        # the value running to the line's end (a title without a stop may be joined to the line in cleaning)
        self.field_project = lex.regex(
            r"(?:{ProjectNameField})[ \t\u3000]*[：:][ \t\u3000]*"
            r"([\u4e00-\u9fffA-Za-z0-9·—\-“”]{4,60}?(?:{ProjectHead}))((?:[（(][\u4e00-\u9fffA-Za-z0-9]{1,12}[）)])?)[ \t\u3000]*(?=\n|$)"
        )
        self.placed_subject_next = tuple(lex.words("NameSubjectNext", "placed"))  # …试验区建设步伐加快: a place's scheme only
        self.field_project_cues = lex.cues("ProjectNameField")
        # a tender notice's title that names its project before the notice's word (某县2026年…巩固提升工程施工招标公告)
        self.tender_title = lex.regex(
            r"(?:(?<=\n)|^)[ \t\u3000]*([\u4e00-\u9fffA-Za-z0-9·—\-“”]{4,60}?(?:{ProjectHead}))(?:{TenderTitle:longest})[ \t\u3000]*(?=\n|$)"
        )
        self.tender_title_cues = lex.cues("TenderTitle")
        # a numbered item that opens with a name (三是城乡供水一体化工程，…), a clause that opens with one before 由
        self.item_name = lex.regex(
            r"(?:" + "|".join(lex.words("ItemLead")) + r")([\u4e00-\u9fffA-Za-z0-9（）()]{4,34}?(?:{UnquotedHead}))(?:{UnquotedSuffix})?(?=[，。；、,;]|$)"
            r"|(?:(?<=[，。；：,;:\n])|^)(?:{ClauseLeadSkip})?([\u4e00-\u9fffA-Za-z0-9（）()]{4,34}?(?:{UnquotedHead}))(?={NameSubjectNext:longest}"
            # 某市某某三年行动推进会召开: a clause opened by the name of the meeting held on it
            r"|(?:{MeetingNameWork})?(?:{MeetingNameHead:longest}|{Meeting:longest})(?:在[^，。；\n]{1,12}?)?(?:{HoldVerb}))"
            # 由县林业和草原局组织实施的某镇防沙治沙示范项目今年完成…: a name after its doer's relative clause, its subject
            r"|(?:{RelativeDoerVerb:longest})的([\u4e00-\u9fffA-Za-z0-9（）()]{4,34}?(?:{UnquotedHead}))(?=(?:{NameSubjectTime})?(?:{NameSubjectNext:longest}))"
        )
        # a named project or scheme looked at on a visit: 察看了屏南县生态茶园提升工程实施情况, 考察…共建…产业园
        self.name_tail_verb = lex.regex(r"(?:{NameTailVerb})(?=(?:{UnquotedHead})$)")
        # 某县2026年某乡种植业基地配套建设（少数民族发展任务）项目: a bracket of the fund's or task's kind before the head
        # stays in the name, and the verb before it is the name's end as it is right before the head
        self.note_before_head = lex.regex(r"[（(][\u4e00-\u9fff]{2,12}[）)](?=(?:{UnquotedHead})$)")
        self.visit_coordinators = lex.charstr("VisitCoordinator")  # 和: a field before a visited project
        self.visit_coordinator_not_before = lex.charstr("VisitCoordinatorNotBefore")  # 平和县: inside a place's name
        self.visited_work_ends = tuple(lex.words("VisitedWorkEnd"))  # 整治: a coordinated field that is a work of its own
        self.visited_work_min = 7  # 河道整治, 道路改造: a short field is a field of work, no scheme
        self.relative_marks = lex.charstr("RelativeClauseMark")  # 的: closes a clause before a visited name
        self.visit_not_before = lex.chars("VisitLeadNotBefore")
        self.placed_visit_leads = tuple(lex.words("VisitLead", "placed"))
        self.heard_visit_leads = tuple(lex.words("HeardLead"))  # 听取: only a name whose progress is heard
        self.visit_follower_at = lex.regex(r"(?:{VisitFollower}|[\u4e00-\u9fff]{1,6}?(?:{VisitFollower.far}))")
        self.visited = lex.regex(
            r"(?:{VisitLead:longest}|{HeardLead:longest})(?![{VisitLeadNotBefore}])(?:{SchemeLeadSkip})?"
            r"([\u4e00-\u9fffA-Za-z0-9（）()]{3,40}?(?:{UnquotedHead}|{VisitedHead}))"
            r"(?:{UnquotedSuffix})?(?=[，。、；“”\s]|$|{VisitFollower}|{Coordination}|[\u4e00-\u9fff]{1,6}?(?:{VisitFollower.far}))"
        )
        # 逐村了解示范村创建进展: a placed lead before a short end of a visited scheme's name (kept only if a name read
        # before ends so: _drop_references)
        self.visited_end = lex.regex(
            r"(?:{VisitLead.placed})([\u4e00-\u9fff]{0,2}(?:{VisitedHead}))"
            r"(?=[，。、；\s]|$|{VisitFollower}|{Coordination})"
        )
        # 在某镇某村某某提升项目施工现场，…: the site of a project the visit stands at, named with its place; a comma closes the
        # phrase (在某镇召开…建设现场会: a meeting, no site)
        self.visited_site = lex.regex(
            r"(?:{SiteLead})([\u4e00-\u9fffA-Za-z0-9（）()]{3,40}?(?:{UnquotedHead}))(?:{SiteFollower})(?=[，,])"
        )
        # 察看中山普定…产业园: a name that opens with a place's name, although its first character may follow a lead as a word
        self.visited_placed = lex.regex(
            r"(?:{VisitLead:longest})(?=[{VisitLeadNotBefore}])([\u4e00-\u9fffA-Za-z0-9（）()]{3,40}?(?:{UnquotedHead}|{VisitedHead}))"
            r"(?:{UnquotedSuffix})?(?=[，。、；“”\s]|$|{VisitFollower}|{Coordination}|[\u4e00-\u9fff]{1,6}?(?:{VisitFollower.far}))"
        )


class _Endings:
    """The names of some candidates by each of their ends at least two characters shorter than the name: which names,
    printed before a point, end in a given form. Built once, asked once a candidate: no step compares every pair."""

    def __init__(self, cands, key=lambda c: c.name):
        self.first: dict[str, dict[str, int]] = {}  # an end → name → where that name is first printed to its end
        for c in cands:
            name = key(c)
            for k in range(2, len(name) - 1):
                seen = self.first.setdefault(name[k:], {})
                seen[c.name] = min(seen.get(c.name, c.end), c.end)

    def before(self, form: str, pos: int = -1) -> set:
        """The names ending in ``form`` (printed by ``pos`` where it is given)."""
        return {n for n, end in self.first.get(form, {}).items() if pos < 0 or end <= pos}


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


#: the longest full name of a province (新疆维吾尔自治区), read before a quoted scheme
_PROVINCE_LONGEST = 8
#: the fewest characters between a known scheme's quote and a head that make a campaign of its own (“厕所革命”整村提升行动;
#: “厕所革命”三年行动, “四好农村路”提质工程 stay the known scheme)
_OWN_TAIL_MIN = 4
# the finders' methods of works projects named in full (…水源工程开工, 来到…改建工程施工现场)
_WORKS_METHODS = frozenset({"cue-project-start", "cue-works"})
# the longest tail after a joiner inside a started works' name (…大桥及其引道工程: 引道)
_JOINED_TAIL_MAX = 4
# the longest tail before its head after a joiner between two kinds of works (…道路及地下管网建设项目: 地下管网建设)
_JOINED_KINDS_TAIL_MAX = 8
_FIRM_PROJECT_STEM_MAX = 16  # the most characters of a firm's or place's name before its project's mark
#: the fewest and most characters of a conferred quote named by the kind of place it ends in (“绿美乡镇”)
_CONFERRED_QUOTE_MIN, _CONFERRED_QUOTE_MAX = 3, 12
#: the most characters of a quoted campaign inside a designation's name (首批“双减”工作示范区)
_QUOTED_WORK_LONGEST = 12
#: the shortest stem before a batch printed inside a designation (光伏扶贫首批试点县), so that no lead or count is read as one
_OWNER_NAME_MAX = 8  # the longest province or city name printed before a batch (内蒙古自治区)
_LONG_DESIGNATION = 32  # the farthest a long designation's name reaches before its head
_BATCH_INSIDE_STEM_MIN = 4
_LISTED_PARK_STEM_MAX = 8  # the most characters between a listed park's county and its head (大英耘泰, 麻埠六安瓜片)
_COUNTY_NAME_MAX = 10  # the longest county name a listed park may open with
#: the fewest characters of a known scheme's name inside a quoted name's tail that make the tail's scheme extend it
#: (“良田提质”高标准农田建设工程; not a short known name that is a common word)
_KNOWN_IN_TAIL_MIN = 4
#: the fewest characters of a quoted scheme's own name before a weak head marked "named" (紧密型县域医共体 + 建设)
_NAMED_WEAK_MIN = 6
#: the shortest rest of a quoted name's name that names it again alone (共富行动)
_TAIL_REFERENCE_MIN = 4
_EXAMPLE_KIND_LONGEST = 6  # the longest kind after examples and 等 (旅游项目, 基础设施项目)
#: the fewest characters of a project's own between a known scheme that opens its name and its head (高标准农田建设 +
#: 模式创新试点 + 项目; not 重点项目, the known scheme's)
_OWN_WORDS_AFTER_KNOWN = 4


class ProgrammeFinder:
    def __init__(self, lex: Lexicon):
        self.lexicon = PhraseIndex(lex.patterns("Programme"))
        self.v = _vocabulary() if lex is lexicon() else _Vocabulary(lex)

    def find(self, text: str, agencies: Sequence[Candidate] = (), home_of: Callable[[int], Home] | None = None,
             structure: Structure | None = None, article_starts: Sequence[int] = ()) -> list[Candidate]:
        """The programmes of ``text``. With the document's bodies (``agencies``), its articles' homes (``home_of``),
        its layout and its articles' starts, a designation printed by its level alone is its jurisdiction's."""
        out: list[Candidate] = []
        for s, e, surface, cid in self.lexicon.finditer(text):
            if self.v.honour_after.match(text, e):
                continue  # 全国脱贫攻坚先进集体: an honour named after a scheme, no mention of carrying it out
            if self.v.period_after.match(text, e):
                continue  # 脱贫攻坚期间，某村修通了…: the time of a scheme, no mention of carrying it out
            if self.v.stage_after.match(text, e) or self.v.oversight_after.match(text, e) \
                    or self.v.scheme_contest_after.match(text, e):
                continue  # 脱贫攻坚进入冲刺期, 脱贫攻坚民主监督, 脱贫攻坚村级大比武: a stage, others' oversight, an event
            if self.v.past_round_before.search(text, max(0, s - 4), s):
                continue  # 经过前几轮脱贫攻坚: rounds of a scheme gone by, no mention of carrying it out
            if self.v.mechanism_after.match(text, e):
                continue  # 脱贫攻坚驻村扶村机制: a mechanism named after a scheme, no mention of the scheme at work
            if self.v.outcome_after.match(text, e):
                continue  # 巩固拓展脱贫攻坚成果: the outcome of a scheme, no mention of carrying it out
            if self.v.office_after.match(text, e):
                continue  # 县河长制办公室: a scheme's name inside a standing office's name, no mention of the scheme at work
            if s > 0 and text[s - 1] == "“" and self._own_version(text, s - 1, surface):
                continue  # 湖南省“五水共治”: the province's own version, read with its quote (_quoted)
            ext = self.v.known_extended.match(text, e)
            if ext:  # 高标准农田建设提升工程: a scheme of its own, the known name only the start of its name
                name = text[s : ext.end()]
                out.append(Candidate(s, ext.end(), "Programme", name, "cue-known-extended", 0.8,
                                     priority=Priority.PROGRAMME_EXTENDS_KNOWN, programme=ProgrammeRef(name)))
                continue
            if surface in self.v.broad_alone:
                continue  # 推进脱贫攻坚: a nation-wide drive printed alone is a generic aim, no programme (GUIDELINES)
            out.append(Candidate(s, e, "Programme", cid, "lexicon", 0.9, priority=Priority.PROGRAMME_KNOWN,
                                 programme=ProgrammeRef(surface, designation=surface in self.v.known_designations)))
        # “山水某县·幸福家园”十件民生实事: a quote printed right before a known scheme's name is that scheme's brand, no
        # scheme of its own
        known_starts = {c.start for c in out}
        out += [c for c in self._quoted(text, agencies)
                if not (c.method == "cue-quoted" and text.startswith("”", c.end) and c.end + 1 in known_starts)]
        # 印发…“十百千”工程示范创建名单: the list is the quoted scheme's own, its places carry the scheme out
        for c in out:
            if c.method == "cue-quoted" and self.v.quoted_list_after.match(text, c.end):
                c.programme = dataclasses.replace(c.programme, designation=True)
        out += self._documents(text)
        out += self._unquoted(text)
        out += self._designations(text)
        out += self._works(text)
        out += self._firm_projects(text)
        out += self._listed_works(text)
        out += self._listed_zones(text)
        out += self._colon_works(text)
        out += self._counted_works(text)
        out += self._counted_roll(text)
        out += self._shared_head_works(text)
        parks = self._listed_parks(text)
        # a park listed by name is no designation conferred on it (公布甲县某某现代农业产业园等38个…为…)
        names = {c.name for c in parks}
        out = [c for c in out if c.method != "cue-designation" or c.name not in names] + parks
        out += self._counted_parts(text)
        out += self._livelihood_packages(text)
        listed = self._listed_unquoted(text)
        if listed:  # 开展甲行动、乙行动等某某行动16个专项行动: a verb's phrase that runs over the close is no name
            closes = [(c.start, c.end) for c in listed]
            out = [c for c in out if not (c.method in self.v.phrase_methods and self.v.listed_close.search(c.name)
                                          and any(c.start < e and s < c.end for s, e in closes))]
            out += listed
        # 驻某镇帮镇扶村工作队: the scheme printed with its place in its name
        for rx, cid in self.v.slot_schemes:
            for m in rx.finditer(text):
                out.append(Candidate(m.start(1), m.end(1), "Programme", cid, "cue-place-slot", 0.85,
                                     priority=Priority.PROGRAMME_KNOWN, programme=ProgrammeRef(m.group())))
        out += self._place_brands(text)
        out += self._ceremonies(text)
        out += self._headed(text)
        out += self._pairings(text)
        out += self._field_projects(text)
        out += self._routes(text)
        out += self._also_known(text)
        out += self._honoured_schemes(text)
        # 宁夏中部干旱带脱贫攻坚水源工程开工: a known scheme's name inside a works project's name, with words of the works'
        # own between it and the head, is part of that name, not the scheme at work
        # (the works' spans up to their heads: 水源 + 工程)
        heads = [(w.start, w.end - len(h)) for w in out if w.method in _WORKS_METHODS
                 for h in [next((h for h in self.v.project_heads if w.name.endswith(h)), "")] if h]
        if heads:
            out = [c for c in out if not (c.method == "lexicon" and any(s < c.start and c.end + 2 <= e for s, e in heads))]
        # 启动16座…工程: works counted, no name; dropped before the rules that make later names refer to earlier ones
        out = [c for c in out if not (c.method in self.v.phrase_methods and self.v.counted.match(c.name))]
        out += self._named_in_groups(text, agencies, out)
        out += self._stems_governed(text, out)
        self._short_forms(out)
        self._series_short_forms(out)
        self._contracted_counts(out)
        self._tail_references(text, out)
        self._campaign_short_references(text, out)
        self._quoted_short_heads(text, out)
        self._plans_named(out)
        if home_of is not None:
            self._by_jurisdiction(out, text, agencies, home_of, structure, article_starts)
        out = self._drop_references(out, text)
        for c in out:  # a stray traditional character in a known name (百千萬工程): the known programme
            if c.name not in self.lexicon.table and not c.name.isascii():
                known = self.lexicon.get(simplified(c.name))
                if known is not None:
                    c.aliases += (c.name,)
                    c.name = str(known)
        return out

    def _named_in_groups(self, text: str, agencies: Sequence[Candidate], found: list[Candidate]) -> list[Candidate]:
        """…川藏经济协作试验区建设领导小组…，确保川藏经济协作试验区建设各项工作…: a zone whose name a leading group's (a
        command's, a task team's, a joint meeting's) name holds before the work it does and the group's head is a scheme
        where the text prints that name again outside any body's name; the group then carries it out."""
        out: list[Candidate] = []
        names = set()
        for a in agencies:
            m = self.v.group_scheme.search(a.name)
            if m is None:
                continue
            name = m.group(1)
            if a.body is not None and a.body.place and name.startswith(a.body.place):
                name = name[len(a.body.place) :]
            if len(name) >= 4:
                names.add(name)
        if not names:
            return out
        bodies = [(a.start, a.end) for a in agencies]
        taken = [(c.start, c.end) for c in found]
        for name in sorted(names, key=len, reverse=True):
            pos = text.find(name)
            while pos >= 0:
                end = pos + len(name)
                if not any(s <= pos and end <= e for s, e in bodies) and not any(s < end and pos < e for s, e in taken):
                    out.append(Candidate(pos, end, "Programme", name, "cue-group-named", 0.7,
                                         priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(name)))
                    taken.append((pos, end))
                pos = text.find(name, end)
        return out

    def _no_scoped_name(self, name: str) -> bool:
        """Whether words after a scope (全县, 全省) name no scheme: a weak head (用工计划) or a verb's clause (开展专项行动)."""
        return name.endswith(self.v.weak_unquoted) or bool(self.v.scheme_verb.search(name))

    def _honoured_schemes(self, text: str) -> list[Candidate]:
        """A campaign named by an honour for the places that carried it out (全省村庄清洁行动先进县): the campaign, read as
        a designation's name so that the places listed under the honour carry it out."""
        v = self.v
        out = []
        for m in v.honoured_scheme.finditer(text) if holds_any(text, v.honoured_scheme_cues) else ():
            name = m.group(1)
            if self._no_scoped_name(name):
                continue
            out.append(Candidate(m.start(1), m.end(1), "Programme", name, "cue-honoured-scheme", 0.6,
                                 priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(name, designation=True)))
        return out

    def _drop_references(self, out: list[Candidate], text: str = "") -> list[Candidate]:
        """A name that opens a clause (…项目由某局实施) and is, but for a place before it, the end of a programme named
        earlier (大别山革命老区旅游公路项目 … 新县旅游公路项目由…) refers to that one: it names no new programme. A name read
        after a visit's verb or an item's lead that is a programme found otherwise and a bare head of two characters
        (考察沪吉对口协作项目) names that programme's projects, not one of its own."""
        gaz = Gazetteer.load()
        drop = set()
        for c in out:
            # 考察沪吉对口协作项目: a programme found otherwise and a bare head after it are that programme's projects;
            # with a year before it (察看某县2025年高标准农田建设项目) it is one year's project of its own, which the
            # known name inside it does not outrank
            inner = [d for d in out if d is not c and c.start <= d.start and c.end - 2 <= d.end < c.end] \
                if c.method in ("cue-item-phrase", "cue-visit-phrase") else []
            if inner:
                if any(self.v.dated.search(c.name, 0, d.start - c.start) for d in inner):
                    c.priority = max(c.priority, Priority.PROGRAMME_EXTENDS_KNOWN)
                    continue
                drop.add(id(c))
                continue
            if c.method != "cue-item-phrase":
                continue
            rest = c.name
            for n in range(min(8, len(rest) - 4), 1, -1):
                if gaz.resolve(rest[:n]) is not None:
                    rest = rest[n:]
                    break
            if any(d.end <= c.start and d.name != c.name and d.name.endswith(rest) for d in out):
                drop.add(id(c))
        kept = [c for c in out if id(c) not in drop]
        # a project named again by the end of its name (…小吃文化街区改造项目 … 街区改造项目完工): the one named before
        phrases = _Endings(c for c in kept if c.method in self.v.phrase_methods)
        spans = {(c.start, c.end) for c in kept if c.method != "cue-visit-end"}
        for c in kept:
            if c.method in self.v.phrase_methods:
                full = phrases.before(c.name, c.start)
                if len(full) == 1:
                    c.name = full.pop()
            elif c.method == "cue-visit-end" and (c.start, c.end) not in spans:
                full = phrases.before(c.name, c.start)  # 了解示范村创建进展: the one name read before that ends so
                if len(full) == 1:
                    c.name, c.method = full.pop(), "cue-visit-phrase"
        kept = [c for c in kept if c.method != "cue-visit-end"]
        # a known scheme that opens a longer project's name after a governing verb, words of its own between the two
        # (实施高标准农田建设模式创新试点项目, 实施精准扶贫农村饮水项目): one project of its own, which the known name inside it
        # does not outrank; a word or two (实施高标准农田建设重点项目) leave the known scheme
        known = {c.start: c for c in kept if c.method == "lexicon"}
        for c in kept:
            d = known.get(c.start) if c.method == "cue-verb-phrase" else None
            head = next((h for h in self.v.project_heads if c.name.endswith(h)), "") if d is not None else ""
            if head and c.end - len(head) - d.end >= _OWN_WORDS_AFTER_KNOWN:
                c.priority = max(c.priority, Priority.PROGRAMME_EXTENDS_KNOWN)
        # a known scheme and a project's head after it (把高标准农田建设项目建成…) where a project named before ends so
        # (某县2025年高标准农田建设项目): that project, printed again without its place and year
        for c in kept:
            head = self.v.known_works_head.match(text, c.end) if c.method == "lexicon" else None
            if head is None:
                continue
            full = phrases.before(text[c.start : head.end()], c.start)
            if len(full) == 1:
                c.name, c.end, c.programme = full.pop(), head.end(), ProgrammeRef(text[c.start : head.end()])
                continue
            # a place, perhaps a year, then a known scheme and a project's head (实施甲良镇高标准农田建设项目, 某区2025年
            # 高标准农田建设项目): one place's project of its own, which the known name inside it does not outrank
            start = self._place_before(text, c.start, gaz)
            if start is None:  # 某县乡村道路2017年以工代赈示范工程: a place, the project's field and a year before it
                start = self._fielded_place_before(text, c.start, gaz)
            if start is None:  # 实施2025年高标准农田建设项目: one year's project of its own, as after a place
                year = self.v.dated_before.search(text, max(0, c.start - 6), c.start)
                start = year.start() if year else None
            if start is not None:
                name = text[start : head.end()]
                c.start, c.end, c.name, c.programme = start, head.end(), name, ProgrammeRef(name)
                c.priority = max(c.priority, Priority.PROGRAMME_EXTENDS_KNOWN)
        return kept

    def _place_before(self, text: str, pos: int, gaz) -> int | None:
        """The start of a place's name printed right before ``pos``, perhaps with a year between (甲良镇, 某区2025年) or
        before it (2025年某县: one year's project of the place)."""
        year = self.v.dated_before.search(text, max(0, pos - 6), pos)
        end = year.start() if year else pos
        for n in range(min(8, end), 1, -1):
            name = text[end - n : end]
            if self.v.place_end.search(name) and gaz.lookup(name):
                start, year = self._chain_before(text, end - n, gaz, year)
                first = None if year else self.v.dated_before.search(text, max(0, start - 6), start)
                return first.start() if first else start
        return None

    def _fielded_place_before(self, text: str, pos: int, gaz) -> int | None:
        """The start of a place's name before the field of a project's work and a year, in either order, printed right
        before ``pos`` (某县乡村道路2017年…, 某镇某村2026年村庄整治提升…): the title such a project is given by the plan
        that funds it. The field holds no verb (实施乡村道路… names no place's project)."""
        v = self.v

        def fields_ending(end: int) -> list[int]:  # the starts of the fields that end at ``end``, the longest first
            return [end - n for n in range(min(8, end), 1, -1)
                    if v.project_field_run.fullmatch(text[end - n : end]) and not v.scheme_verb.search(text[end - n : end])]

        year = v.dated_before.search(text, max(0, pos - 6), pos)
        if year is not None:  # the field before the year
            for f in fields_ending(year.start()):
                start = self._place_before(text, f, gaz)
                if start is not None and not v.dated.search(text, start, f):
                    return start
            return None
        for f in fields_ending(pos):  # the year before the field
            year = v.dated_before.search(text, max(0, f - 6), f)
            if year is not None:
                start = self._place_before(text, year.start(), gaz)
                if start is not None:
                    return start
        return None

    def _chain_before(self, text: str, start: int, gaz, year) -> tuple[int, object]:
        """The start of the places chained before a place that opens a project's name, perhaps with a year between
        (2025年某县某镇…项目, 某县2025年某镇…项目: the county's project in that town), and the year met, if any."""
        while start > 1:
            y = None if year else self.v.dated_before.search(text, max(0, start - 6), start)
            end = y.start() if y else start
            n = next((n for n in range(min(8, end), 1, -1)
                      if self.v.place_end.search(text, end - n, end) and gaz.lookup(text[end - n : end])), 0)
            if not n:
                break
            start, year = end - n, year or y
        return start, year

    def _short_forms(self, out: list[Candidate]) -> None:
        """A designation written by its scope and the end of its name (省级示范村, 省级精品示范村) is the one
        programme of the text whose name ends the same way (四川省乡村振兴示范村, 和美乡村精品示范村)."""
        v = self.v
        for c in out:
            if c.method != "cue-designation":
                continue
            scope = next((w for w in v.short_scopes if c.name.startswith(w)), "")
            rest = c.name[len(scope) :]
            if not scope or len(rest) < 3:
                continue
            # (全国乡村振兴示范村 is another scope's designation, never the full form of 省级乡村振兴示范村)
            full = {d.name for d in out if d.name.endswith(rest) and len(d.name) > len(rest) + 1 and not d.name.startswith(v.scopes)}
            if len(full) == 1:
                c.aliases += (c.name,)
                c.name = full.pop()

    def _contracted_counts(self, out: list[Candidate]) -> None:
        """A scheme named by counted units (“美丽海南百镇千村”建设: 百镇 and 千村) and printed again with its counts
        contracted to their numerals and a head (美丽海南百千工程) is one programme: the contracted name, with the same
        words before the counts and a head the full name ends with or lacks, takes the full name as an alias."""
        by_name: dict[str, Candidate] = {}
        for c in out:
            if c.type == "Programme":
                by_name.setdefault(c.name, c)
        for d in out:
            m = self.v.contracted_counted.match(d.name) if d.type == "Programme" else None
            if m is None:
                continue
            prefix, units, rest = m.groups()
            short = prefix + units[::2]
            # the contracted name is the short form and one head: looked up by name, not by a pass over every candidate
            for head in sorted(self.v.contracted_heads):
                c = by_name.get(short + head)
                if c is not None and c is not d and c.name != d.name and (not rest or rest.endswith(head)):
                    d.aliases += (d.name,)
                    d.name = c.name
                    break

    def _series_short_forms(self, out: list[Candidate]) -> None:
        """A quoted campaign named by its stem and head alone (湖北启动“护苗行动”) is the one campaign of the text named
        by that stem, a year and the head (“扫黄打非·护苗2016”专项行动), the stem closing a part of its name: that
        year's round of the series the text is about."""
        v = self.v
        rounds = {d.name for d in out if v.series_round_end.search(d.name)}  # the few names a round ends like
        for c in out if rounds else ():
            head = next((h for h in v.listed_unquoted_heads if c.name.endswith(h)), "") if c.method == "cue-quoted" else ""
            stem = c.name[: len(c.name) - len(head)]
            if not head or len(stem) < 2:
                continue
            full = {r for r in rounds if r != c.name and stem in r
                    and v.series_round.match(r[r.index(stem) + len(stem) :])
                    and (r.index(stem) == 0 or not is_cjk(r[r.index(stem) - 1]))}
            if len(full) == 1:
                c.aliases += (c.name,)
                c.name = full.pop()

    def _tail_references(self, text: str, out: list[Candidate]) -> None:
        """The words after the quote of a name read as a quote and the rest of its name (“某某茶乡”共富行动), printed again
        alone where a clause opens (，共富行动实施以来), name that programme: a short form of real news."""
        v = self.v
        tails: dict[str, set] = {}
        for c in out:
            if c.method != "cue-quoted-tail":
                continue
            q = text.rfind("”", c.start, c.end)
            if q >= 0 and len(text) - q > _TAIL_REFERENCE_MIN:
                tails.setdefault(text[q + 1 : c.end], set()).add(c.name)
        taken = [(c.start, c.end) for c in out]
        for tail, names in sorted(tails.items()):
            if len(tail) < _TAIL_REFERENCE_MIN or len(names) != 1:
                continue
            name = next(iter(names))
            for m in re.finditer(re.escape(tail), text):
                if m.start() == 0 or text[m.start() - 1] not in v.tail_reference_open:
                    continue
                if any(a <= m.start() < b for a, b in taken):
                    continue
                out.append(Candidate(m.start(), m.end(), "Programme", name, "tail-reference", 0.6,
                                     priority=Priority.PROGRAMME_QUOTED, programme=ProgrammeRef(tail)))

    def _campaign_short_references(self, text: str, out: list[Candidate]) -> None:
        """A campaign's head printed bare (CampaignShortRef: 学习教育) after a lead that makes it the object of the
        clause's subject (CampaignShortRefLead: 把, 将) or where a clause opens names the one programme printed before it
        that ends so (开展深入贯彻…精神学习教育。省纪委监委把学习教育当作…): a short form of real news."""
        v = self.v
        if not v.campaign_short_refs:
            return
        taken = [(c.start, c.end) for c in out]
        for m in v.campaign_short_ref.finditer(text):
            head, s = m.group(2), m.start(2)
            if any(a <= s < b for a, b in taken):
                continue
            names = {c.name for c in out if c.end <= s and c.name.endswith(head) and len(c.name) > len(head)}
            if len(names) == 1:
                out.append(Candidate(s, m.end(2), "Programme", names.pop(), "campaign-reference", 0.6,
                                     priority=Priority.PROGRAMME_QUOTED, programme=ProgrammeRef(head)))

    def _quoted_short_heads(self, text: str, out: list[Candidate]) -> None:
        """A quoted name read with a bare head after it (“某某+”行动) is the one programme of the text read as the same
        quote with more words before the same head (“某某+”文旅融合发展行动): a short form of real news."""
        full: dict[str, set] = {}
        for d in out:
            if d.method == "cue-quoted-tail":
                q = text.find("”", d.start, d.end)
                if q > d.start:
                    full.setdefault(text[d.start : q], set()).add(d.name)
        for c in out:
            core = text[c.start : c.end]
            if c.method != "cue-quoted" or not c.name.startswith(core) or len(c.name) == len(core):
                continue
            head = c.name[len(core) :]
            names = {n for n in full.get(core, ()) if n.endswith(head) and len(n) > len(c.name)}
            if len(names) == 1:
                c.aliases += (c.name,)
                c.name = names.pop()

    def _plans_named(self, out: list[Candidate]) -> None:
        """An action named unquoted by a verb (某区启动能级提升行动) that is the title of a plan printed in 《》 in the
        text but for the plan's head, the years it spans and a place or body opening the title (《某区能级提升三年行动
        方案》) names that plan: it is the plan's mention, not a programme of its own. A plan whose years stand between
        the whole name of an action and the head (《健康某市行动五年计划》) is one period's plan of a standing scheme,
        which keeps its own name, as does a scheme whose plan is one year's (《2022年某区某某工程实施方案》)."""
        v = self.v
        plans: dict[str, set] = {}
        for d in out:
            if d.method != "cue-document":
                continue
            title = d.name[1:-1]
            bracket = v.plan_span_end.search(title)  # …行动方案（2025—2027年）
            if bracket and bracket.group()[:1] in "（(":
                title = title[: bracket.start()]
            head = next((h for h in v.plan_heads if title.endswith(h)), "")
            if not head or v.plan_span_end.search(title[: -len(head)]):
                continue
            if v.dated.match(title):
                continue  # 《2022年自治区扩大就业惠民工程实施方案》: one year's plan of a standing scheme, which keeps its name
            plans.setdefault(v.plan_span.sub("", title[: -len(head)]), set()).add(d.name)
        if not plans:
            return
        for c in out:
            if c.method not in v.phrase_methods or len(c.name) < 5:
                continue
            # 某区印发某某建设实施方案 (a headline), then 《某区某某建设实施方案》: the plan's own head printed unquoted too,
            # the place that opens the title left out
            full = set().union(*(names for core, names in plans.items() if core.endswith(c.name)))
            head = next((h for h in v.plan_heads if c.name.endswith(h) and len(c.name) - len(h) >= 5), "")
            if not full and head:
                stem = c.name[: -len(head)]
                full = set().union(*({n for n in names if v.plan_span_end.sub("", n[1:-1]).endswith(head)}
                                     for core, names in plans.items() if core.endswith(stem)))
            if len(full) == 1:
                c.aliases += (c.name,)
                c.name = full.pop()

    def _by_jurisdiction(self, out: list[Candidate], text: str, agencies: Sequence[Candidate],
                         home_of: Callable[[int], Home], structure: Structure | None, article_starts: Sequence[int]) -> None:
        """A designation printed by its level alone (省级乡村振兴示范村, 全市美丽乡村示范村) is the one of the
        jurisdiction that level names: the issuer's (甘肃省农业农村厅 → 甘肃省乡村振兴示范村), else the article's
        home (省级 → its province). The printed form, with its batch (第三批…, 2024年度…), is an alias. A shorter
        form (省级示范村) is the longer one of the same jurisdiction that ends the same way. Where no jurisdiction
        is known, or the issuer stands above the level, the name stays as printed."""
        v, gaz = self.v, Gazetteer.load()
        placed: list[tuple[Candidate, str, str]] = []  # candidate, jurisdiction code, the name after the level word
        for c in out:
            if c.method != "cue-designation":
                continue
            word = next((w for w in v.level_words if c.name.startswith(w)), "")
            rest = c.name[len(word) :]
            if not word or len(rest) < 3:
                continue
            home = home_of(c.start)
            div = self._designation_jurisdiction(c.start, v.level_homes.get(word, ""), text, agencies, home,
                                                 structure, article_starts)
            if div is None:
                continue
            batch = v.printed_batches.search(text, max(0, c.start - 12), c.start)
            aliases = (c.name,) + ((batch.group() + c.name,) if batch else ())
            c.name = with_city(home.name_of(div) + rest, div.code, gaz)
            c.aliases += tuple(a for a in aliases if a not in c.aliases)
            placed.append((c, div.code, rest))
        for c, code, rest in placed:  # 省级示范村 beside 省级乡村振兴示范村: the one designation
            longer = {d.name for d, other, r in placed if other == code and len(r) > len(rest) and r.endswith(rest)}
            if len(longer) == 1:
                c.name = longer.pop()

    def _designation_jurisdiction(self, pos: int, kinds: str, text: str, agencies: Sequence[Candidate], home: Home,
                                  structure: Structure | None, article_starts: Sequence[int]) -> Division | None:
        """The jurisdiction of one of ``kinds`` (省, 市, 县 …) a level-only designation at ``pos`` belongs to: that of
        the body that issues it (printed before it on its line, in the title, or in the sign-off of its article)
        or of a place above that body's; else the article's home of that kind. None where the issuer is national or
        stands above the level, or no home of the kind is known."""
        if not kinds:
            return None
        gaz = Gazetteer.load()
        a = max(bisect_right(article_starts, pos) - 1, 0) if article_starts else 0
        lo = article_starts[a] if article_starts else 0
        hi = article_starts[a + 1] if a + 1 < len(article_starts) else len(text)
        line = text.rfind("\n", 0, pos) + 1
        spans = [(line, pos)]
        if structure is not None:
            spans += ([structure.title] if structure.title else []) + list(structure.signoff)
        for s, e in spans:
            if s < lo or e > hi:
                continue
            bodies = sorted((c for c in agencies if s <= c.start and c.end <= e and (c.national or gaz.get(c.body.place_code))),
                            key=lambda c: (c.start, -c.end))
            if not bodies:
                continue
            if bodies[0].national:
                return None  # a ministry's list of the provinces' own designations: no one province's
            d = gaz.get(bodies[0].body.place_code)
            chain = [d] + gaz.ancestors(d.code)
            return next((x for k in kinds for x in chain if k in home_kinds(x, home.name_of(x))), None)
        return next((d for d in (home.for_abbr(k) for k in kinds) if d is not None), None)

    def _quoted(self, text: str, agencies: Sequence[Candidate] = ()) -> list[Candidate]:
        v = self.v
        out = []
        body_ends = {c.end for c in agencies}
        kept: dict[str, str] = {}  # a quoted name → its name with the head kept after the quote (“某某”工程)
        governing: tuple[int, str] | None = None  # where the last name a verb governed ends, and the text before its quote
        # double quotes, and single ones inside a speech (“我们要把‘清廉村居’建设抓在手上”)
        doubles = list(_DOUBLE_QUOTED.finditer(text))
        singles = list(_SINGLE_QUOTED.finditer(text))
        for m in sorted(doubles + singles, key=lambda m: m.start()):
            single = text[m.start()] == "‘"
            inner = m.group(1).strip()
            if inner in v.not_programme or v.not_programme_pattern.fullmatch(inner):
                continue  # “四个全面”: the national line; “头号工程”: a measure of effort
            if any(len(w) > len(inner) and w.startswith(inner) and text.startswith(w[len(inner):], m.end())
                   for w in v.not_programme):
                continue  # “一把手”工程: the measure of effort with its head printed after the quote
            if single and sum(c in v.formula_chars for c in inner) >= 2:
                continue  # ‘七个一’, ‘一核两点三片’ in a speech: a slogan of numbers
            if not single and self.lexicon.get(inner) is not None and v.office_after.match(text, m.end()) \
                    and not any(c.start <= m.start() and m.end() < c.end for c in agencies):
                continue  # 某区“接诉即办”调度指挥中心 where no body is read: the office's name, no scheme at work (韶关市“百千万
                # 工程”指挥部, a body read, carries the scheme it is named after out)
            naming = v.naming_heads.match(text[m.end() : m.end() + 6])
            # “到一线去，大干120天”“三大行动、六项竞赛”“某某”等行动: a member of a run of quotes that 等 and a head close
            # names a campaign of that kind even with a comma or 、 inside
            listed = None if single else self._listed_campaign(text, m)
            if v.bad_quote.search(inner.replace("，", "") if listed else inner) \
                    and not (naming and (re.fullmatch(r"[\d+\s]+", inner)
                                         or _digit_by_digit(v, inner) and not naming.group(1).endswith(v.event_head_ends))):
                continue  # (“125”工程, “一二五”工程: a number read digit by digit before a naming head names a scheme; not
                #          “七一”活动, a day's event)
            if v.not_programme_before.search(text, max(0, m.start() - 4), m.start()):
                continue  # 香港译为“猎狐行动”, 战役“…行动”: the title of a work or an operation of war
            after = text[m.end() : m.end() + 8]
            # chains of quotes (推出“一号联办”“五日结”专项特色服务) share the cue of the chain
            # (“科技助农”、“青年返乡”计划: the chain may be a list)
            j = m.end()
            while not single and (text.startswith("“", j) or text.startswith("、“", j)):
                j += text.startswith("、", j)
                k = text.find("”", j + 1)
                if k < 0 or k - j > 32:
                    break
                j = k + 1
            after_chain = text[j : j + 8]
            i = m.start()
            while not single and i > 0 and (text[i - 1] == "”" or text[i - 2 : i] == "”、"):
                i -= text[i - 1] == "、"
                k = text.rfind("“", 0, i - 1)
                if k < 0 or i - k > 32:
                    break
                i = k
            before_chain = text[max(0, i - 6) : i]
            period = v.quote_period.search(text, max(0, i - 16), i)
            if period is not None:  # 举行2024年第三季度“…”活动: the verb before the round's period governs the quote
                before_chain = text[max(0, period.start() - 6) : i]
            if governing is not None and v.coordinated_gap.fullmatch(text, governing[0], i):
                before_chain = governing[1]  # “甲”活动、“乙”活动: the verb before the first governs each coordinated after it
            if v.positioning_after.match(after_chain) or v.positioning_after.match(after):
                continue  # 落实“两个屏障”“一个桥头堡”战略定位: the roles a place is given, no scheme
            # a known scheme begins it (“南粤家政·万家灯火”): the index's phrases at its start, not a pass over them all
            opens_known = next(self.lexicon.matches_at(inner, 0), None) is not None
            # (a mode's head after it, “党建+茶产业”模式, leaves it a slogan, named with its head as before: PlusModeHead)
            word_plus = bool(_WORD_PLUS.fullmatch(inner)) and not v.plus_mode_after.match(after) and not opens_known
            slogan = (any(c in inner for c in "、-—+") and not word_plus or len(inner) < 3) and not listed
            head = next((h for h in v.heads if inner.endswith(h)), "")
            if not head and not slogan and v.subtitle_mark in inner:
                # “春风行动·暖心返岗”: a campaign's name with its year's or round's subtitle after the mark; the head
                # ends the part before it
                head = next((h for h in v.heads if inner.partition(v.subtitle_mark)[0].endswith(h)), "")
            head_inside = bool(head) and head not in v.weak_heads and not slogan and len(inner) - len(head) >= 2
            known = opens_known \
                or any(inner.startswith(r) and inner[len(r) :] in self.lexicon.table for r in v.renewed_marks)  # “新某某工程”
            service_mode = inner.endswith(v.service_mode_end) and text.startswith(v.service_mode_after, m.end())  # “医保视频办”服务
            service_mode = service_mode or not single and len(inner) >= 4 and inner.endswith(v.service_mode_names) \
                and bool(v.any_verb_before.search(before_chain))  # 101项实现“全域通办”
            verb_before = v.verb_before.search(before_chain) or v.issued_for_before.search(text, max(0, i - 16), i)
            aq = v.after_quote.match(after_chain) or v.after_quote.match(after) or listed
            if aq and v.after_quote_body.match(aq.string):
                aq = None  # “娘家人”建设部终于表态: the quote describes the body after it
            if aq and aq.group(1) in v.weak_after_quote and not v.any_verb_before.search(before_chain) \
                    and not v.doer_clause_after.match(text, j) \
                    and not self._built_by_public(text, i, body_ends):
                aq = None  # (某乡“…”项目获省级资金支持，由乡人民政府负责实施: a doer's clause after it makes it a public project)
            if aq and aq.group(1) in v.event_heads and not self._public_event(text, i, before_chain, body_ends) \
                    and not v.event_cue_after.match(text, (j if aq.string is after_chain else m.end()) + aq.end()):
                aq = None  # “…”活动结束后, 某杂志举办的“…”活动: no cue of a public scheme (the cue read in the text, not
                # in the few characters after the quote: “…”宣传推广活动的启动仪式)
            # “奋战100天、确保完成全年目标任务”工作推进会: a slogan that a meeting is held on names a campaign
            held_on = slogan and not single and bool(v.slogan_meeting.match(text, m.end()))
            m_after = aq and not (slogan and not (naming or held_on)) \
                or bool(v.numbered_head.match(after))  # “…、…”五大战略
            known = known and not slogan
            # a short quote is a scheme after a strong verb when it is a numbered formula (开展“三服务”)
            formula = len(inner) == 3 and inner[0] in v.formula_numerals and sum(c in v.formula_chars for c in inner) == 1  # not “一对一”
            counted_targets = not single and bool(v.counted_targets.fullmatch(inner)) and bool(v.any_verb_before.search(before_chain))
            # (a weak head ends a quoted scheme's own name under such a verb where a name of its own stands before it:
            # 推进“紧密型县域医共体建设”, not 推进“乡村建设”)
            verb_ok = verb_before and not slogan and (formula or len(inner) >= 4 and not (
                head and head in v.weak_heads and not (head in v.named_weak_heads and len(inner) - len(head) >= _NAMED_WEAK_MIN)))
            # a quoted brand then the rest of the name: 实施“温泉+”文旅融合行动, “百千万工程”九佛行动
            tail = None if (head_inside or m_after or known or service_mode) else v.tail_after_quote.match(text, m.end())
            if tail is None and not (head_inside or m_after or known or service_mode) \
                    and (v.any_verb_before.search(before_chain) or v.doer_clause_before.search(before_chain)):
                # 深化“1+6+N”社会治安综合治理工作体系建设: a governed head after a longer tail, only under a verb
                tail = v.tail_after_quote_long.match(text, m.end())
                tail = tail if tail and tail.group(2) in v.governed_tails else None
            if tail is None and known and not (naming or service_mode or slogan) and self.lexicon.get(inner) is not None:
                # 推进“厕所革命”整村提升行动, 启动“千万工程”示范村创建行动: a local campaign built on a known scheme, named by
                # the quote and a name of its own before a head, is that campaign, not the known scheme (nor a
                # designation after the quote, 示范村, where the name runs on past it to its head)
                tail = v.tail_after_quote.match(text, m.end())
                tail = tail if tail and len(tail.group(1)) >= _OWN_TAIL_MIN and not (
                    m_after and not (aq and m.end() + aq.end() < tail.end())) else None
            # (“某某”乡镇建设试点, “某某”高标准农田建设工程: the work noun 建设 right before the head belongs to the name)
            if tail and any(w in functools.reduce(lambda t, k: t.replace(k, ""), v.tail_keep, _strip_work(tail.group(1), v))
                            for w in v.tail_stop):
                tail = None
            if tail and tail.group(2) in v.governed_tails and not (slogan and (v.any_verb_before.search(before_chain) or v.doer_clause_before.search(before_chain))) \
                    and self._place_before(text, i, Gazetteer.load()) is None:
                # 实施的“某某+”产业提升项目: a symbol's brand completed by 项目 only under a governing verb, or after the place
                # whose project it is (1.某镇“某某”景区提质项目。, an item of a list of key projects)
                tail = None
            if tail and tail.group(2) in v.verb_tails and (tail.group(1) in v.verb_tail_generic or not (
                    v.any_verb_before.search(before_chain) or v.doer_clause_before.search(before_chain))):
                tail = None  # 搭建“某某+”产业服务平台, 推行“某某”基层治理模式; not 登录“某某”学习平台
            # 试点“某某超市”，推行“某某码”。: a short label with no head, the whole object of a verb of trying a scheme out
            piloted = not single and not slogan and 3 <= len(inner) <= 8 and not head_inside \
                and bool(v.pilot_verb_before.search(before_chain)) and bool(v.pilot_follower.match(text, m.end())) \
                and v.pilot_follower.match(text, j) is not None
            # “…”品牌 is a brand, “…”品牌工程 a scheme
            # (打响“某都”“某乡”三大品牌: the noun after a chain of quotes says what each of them is)
            negative = (v.not_programme_after.match(after) or v.not_programme_after.match(after_chain)) \
                and not m_after and not tail
            # “推进农村经济改革”: a quoted task that opens with the verb that governs it names no scheme unless a
            # head after the quote does (“加快建设…”三年行动)
            negative = negative or inner.startswith(v.task_start) and not (m_after or tail or naming or known)
            # 为新命名的3个“某县乡村振兴示范村”授牌, 授予…“…示范村”称号: a quoted designation conferred as a title (an
            # honour, “先进镇”称号, ends in no designation's head and stays none)
            conferred = v.confer_verb_before.search(before_chain)
            if conferred and conferred.group() in v.assessed_leads and not v.designation_assessed.match(text, m.end()):
                conferred = None  # 通过“某某平台”把诉求单派给…: a means; only a review after the quote (复审) passes a title
            titled = not slogan and (self._ends_in_designation(inner) and bool(v.title_after.match(text, m.end()) or conferred)
                                     or bool(conferred) and self._conferred_unit(inner))
            # 甲村、乙村成为“某市美丽乡村示范村”: the places before the verb that confers it are its members
            member_lead = m.start() + 1 - (max(0, i - 6) + conferred.start()) \
                if titled and conferred and not v.title_after.match(text, m.end()) else None
            # 积极申报“某市乡村振兴示范镇”, 正在创建“…示范区”: a quoted designation only applied for is a programme too
            # (no designation conferred yet: its conferrer's place carries nothing out)
            applied = not slogan and self._ends_in_designation(inner) and bool(v.apply_verb_before.search(before_chain))
            negative = negative and not titled and not applied
            # 以优质“某某服务”助力企业发展: a quoted brand taken as the means of a verb of help names the scheme
            means = not single and not slogan and len(inner) >= 3 and bool(v.means_before.search(before_chain)) \
                and bool(v.means_help.match(text, m.end()))
            if negative or not (head_inside or m_after or known or service_mode or verb_ok or tail or titled or piloted
                                or applied or counted_targets or means):
                continue
            if not (head_inside or known or tail or m_after) and v.contest_after.match(text, j):
                continue  # 开展“…”劳动竞赛, 启动“…”直播带货大赛: a contest's theme, not a scheme carried out
            if not known and self.lexicon.get(inner) is None and self._non_public(text, i, body_ends):
                continue  # 某艺术村“…计划”, 某公司推出的“…”行动: the scheme of a firm, a club or a magazine
            name = inner
            if tail and text.startswith("》", tail.end()) and text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()):
                tail = None  # 《某省推动“甲工程”实现…行动方案》: the tail closes a document's title, the title's own name
            if tail:
                name, start, aliases = inner + tail.group(), m.start() + 1, ()
                # 马铃薯“一主三特”产业提升工程: a crop or product right before the quote belongs to the name
                product = None if single or known else v.product_before.search(text, max(0, m.start() - 6), m.start())
                if product:
                    name, start, aliases = product.group() + name, product.start(), (name,)
                # (“良田提质”高标准农田建设工程: a local scheme whose tail holds a known one's name is that scheme, not the known one)
                extends = known or any(k in tail.group(1) for k in self.lexicon.table if len(k) >= _KNOWN_IN_TAIL_MIN)
                out.append(Candidate(start, tail.end(), "Programme", name, "cue-quoted-tail", 0.7,
                                     priority=Priority.PROGRAMME_EXTENDS_KNOWN if extends else Priority.PROGRAMME_QUOTED,
                                     programme=ProgrammeRef(name), aliases=aliases))
                governing = (tail.end(), before_chain) if v.verb_before.search(before_chain) else None
                continue
            surface, long, tail_length, context, aliases = inner, "", None, (), ()
            np = self._np_before(text, i)
            if np and head_inside:
                context = (inner,)
                name = np + inner
            f = v.filler.match(name)
            trimmed = name[f.end() :] if f else name
            trimmed = v.list_suffix.sub("", trimmed)
            if trimmed != name and len(trimmed) >= 4:  # “首批文化产业赋能乡村振兴省级试点单位”
                aliases = (name,)
                name = trimmed
            if re.fullmatch(r"[\d+\s]+", name):  # “1+6+ 3”: a formula keeps no space that OCR put in it
                name = re.sub(r"\s", "", name)
                surface = name
            # a quoted scheme conferred as a designation (“一村一品”示范村名单): the scheme, its members listed after
            designated = None if naming or head_inside and (self.lexicon.get(inner) is None
                                                            or text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start())) \
                else v.quoted_designation.match(text, m.end())
            designated = designated or titled
            # 农村“三变”改革试点村: a designation right after the work the quote names (改革), printed with the field of
            # that work before the quote: the designation is a name of the scheme it is a pilot of, the field kept in it
            work_designation = naming and not head_inside and naming.group(1) in v.designation_work \
                and v.quoted_designation.match(text, m.end() + len(naming.group()))
            if work_designation:
                field = v.field_before.search(text, max(0, m.start() - 6), m.start())
                designated = work_designation
                aliases += ((field.group() if field else "") + name + naming.group() + work_designation.group(),)
            if naming and not head_inside:
                long = name + naming.group()
                tail_length = len(naming.group())
            elif designated and designated is not True:
                long = name + designated.group()
                tail_length = len(designated.group())
            # a known scheme quoted without its head (“千村示范、万村整治”工程) takes the lexicon's name
            known_id = self.lexicon.get(long) or self.lexicon.get(inner)
            known_designation = False
            own = self._own_version(text, i, long, inner) if known_id else ""
            if own:  # 贵州省“千村示范、万村整治”工程: the province's own version, not the scheme of 浙江省
                known_id = None
                name = surface = own + (long if naming and naming.group(1) in v.kept_heads else inner)
                long = ""  # nor is the scheme's own name an alias of it
            if known_id and designated and designated is not True and not naming and not own \
                    and any(f in v.scheme_home for f in (long, inner)) \
                    and v.known_designation_end.match(text, designated.end()) \
                    and not any(text.endswith(w, 0, m.start()) for w in v.wide_scopes):
                # 被确定为全省第二批“千万工程”示范村: a designation named after one province's known scheme is conferred
                # by its own conferrer on its own members; it is named in full, not as the scheme of the scheme's home
                # (a national scheme's designation, 甘肃省“四好农村路”示范县, is that scheme's, as before)
                name, known_designation = long, True
            elif known_id and known_id != name:
                aliases += (name,)
                name = str(known_id)
            elif not known_id and naming and not head_inside and name == inner and not single \
                    and (water := v.water_before.search(text, max(0, m.start() - 4), m.start())):
                # 黄河“几字弯”攻坚战, 长江“十年禁渔”行动: a river or lake right before the quote belongs to the name, and
                # the name keeps its head (the quoted words alone name a stretch of the river, not the campaign)
                aliases += (long,)
                name = water.group() + long
            elif not known_id and naming and not head_inside and naming.group(1) in v.kept_heads and name == inner:
                name = long  # “某某”工程: the scheme keeps its head; the quoted form, its surface, is an alias
                # 实施脐橙病害综合防控“三年攻坚”行动, 柑橘产业“提质增效”工程: the phrase after the governing verb, or a product
                # and its sector word, before the quote belongs to the name
                modifier = None if single else v.sector_before.search(text, max(0, m.start() - 8), m.start()) or (
                    v.product_before.search(text, max(0, m.start() - 6), m.start()) if naming.group(1) in v.product_heads else None)
                np_kept = "" if single or modifier else self._np_before(text, i)
                if modifier or np_kept:
                    aliases += (name,)
                    name = (modifier.group() if modifier else np_kept) + name
                # “某某”专项行动 and “某某”行动 in one text: one campaign, named by the longer head that ends in the shorter
                prev = kept.get(inner)
                if prev is None or len(name) > len(prev) and name.endswith(prev[len(inner) :]):
                    kept[inner] = name
            # 全国“一村一品”示范村镇: a quoted scheme conferred as a designation under a scope of the whole country is
            # that designation, named with its scope, quote and head (a city's “一村一品”示范村 is another one)
            wide = next((w for w in v.wide_scopes if text.endswith(w, 0, m.start())), "") \
                if designated and designated is not True and not naming else ""
            if wide:
                aliases += tuple(a for a in (long,) if a and a not in aliases)
                name = wide + m.group() + designated.group()
            conf = 0.85 if head_inside else 0.75 if m_after else 0.65
            # a quoted name that extends a known scheme (“南粤家政·万家灯火”) is the programme, not the scheme in it
            extends_known = known and inner not in self.lexicon.table or known_designation
            out.append(Candidate(m.start() + 1, m.end() - 1, "Programme", name, "cue-quoted", conf,
                                 priority=Priority.PROGRAMME_EXTENDS_KNOWN if extends_known else Priority.PROGRAMME_QUOTED,
                                 programme=ProgrammeRef(surface, long, tail_length, context, designation=bool(designated),
                                                        member_lead=member_lead if designated else None),
                                 aliases=aliases))
            governing = (m.end(), before_chain) if v.verb_before.search(before_chain) else None
        return self._kept_heads(out, kept) if kept else out

    def _own_version(self, text: str, quote: int, *forms: str) -> str:
        """The province whose own version of a known scheme the quote at ``quote`` names: the full name of a province
        printed right before it that is not the scheme's home (贵州省“千村示范、万村整治”工程; not 浙江省“千万工程”), or ""."""
        home = next((self.v.scheme_home[f] for f in forms if f in self.v.scheme_home), "")
        if not home:
            return ""
        gaz = Gazetteer.load()
        for k in range(2, min(quote, _PROVINCE_LONGEST) + 1):
            name = text[quote - k : quote]
            if any(d.level == Level.PROVINCE and d.name == name for d in gaz.lookup(name)):
                return name if name != home else ""
        return ""

    def _kept_heads(self, out: list[Candidate], kept: dict[str, str]) -> list[Candidate]:
        """One programme for a scheme printed with its head after the quote (“某某”工程) and its quoted form alone
        (“某某”) read as a scheme too: the quoted form alone is that scheme."""
        # the shorter form (“某某”行动 beside “某某”专项行动) is the longer one's, and an alias of it
        for c in out:
            if c.method != "cue-quoted" or c.name in kept:
                continue
            inner = c.programme.surface
            if inner in kept and c.name.startswith(inner) and len(c.name) > len(inner) \
                    and kept[inner] != c.name and kept[inner].endswith(c.name[len(inner) :]):
                kept[c.name] = kept[inner]
        return [dataclasses.replace(c, name=kept[c.name], aliases=c.aliases + ((c.name,) if c.name != c.programme.surface else ()))
                if c.method == "cue-quoted" and c.name in kept else c for c in out]

    def _built_by_public(self, text: str, quote: int, body_ends: set[int]) -> bool:
        """Whether the quote at ``quote`` follows a relative clause opened by 由 whose last doer, right before its verb of
        building together, is a place or a public body (由某公司和某乡共同建设的“…”项目; not two firms)."""
        m = self.v.built_by_before.search(text, max(0, quote - 40), quote)
        if m is None:
            return False
        verb = m.start("verb")
        return verb in body_ends or self._place_before(text, verb, Gazetteer.load()) is not None

    def _public_event(self, text: str, quote: int, before: str, body_ends: set[int]) -> bool:
        """Whether a quoted name before an event head (活动) at ``quote`` has a cue of a public scheme: a verb that
        governs a programme (开展“…”活动), one that organises an event (举办的), or a public body printed right before
        it, perhaps with 的 (县妇联“…”活动, 团县委的“…”活动), found as a body or ending in a body's head."""
        v = self.v
        if v.any_verb_before.search(before) or v.event_verb_before.search(before) or v.body_before.search(before):
            return True
        return quote in body_ends or text[quote - 1 : quote] == "的" and quote - 1 in body_ends

    def _non_public(self, text: str, quote: int, body_ends: set[int]) -> bool:
        """Whether the quote at ``quote`` is named by an organiser that is no public body: a firm, club, magazine …
        (NonPublicOrganiser) or a work's title in 《》 (not a document's) right before it or before its organising
        verb. A public body found there (…集团 read as a body) keeps it."""
        v = self.v
        line = text.rfind("\n", max(0, quote - 40), quote) + 1 or max(0, quote - 40)
        m = v.non_public_organiser.search(text[line:quote])
        if not m:
            return False
        if m.group(2) is not None and v.doc_heads.search(m.group(2)):
            return False  # 按照《…实施方案》开展“…”: a document, issued by a public body
        return not any(line + m.start() < e <= line + m.end() for e in body_ends)

    def _np_before(self, text: str, quote: int) -> str:
        """The unquoted head of a programme name: 纳入推进人才高地建设“百日行动” → 推进人才高地建设."""
        v = self.v
        m = v.np_before.search(text[max(0, quote - 16) : quote])
        if not m:
            return ""
        np = m.group(1)
        if any(c in np for c in v.phrase_stop) or v.phrase_not_end.search(np) or np.startswith(v.phrase_not_start):
            return ""
        return np

    def _ceremonies(self, text: str) -> list[Candidate]:
        """The events a launch ceremony's quoted name launches (“极目某某——2024中秋国庆惠游某省暨某省金秋文旅消费季启动
        仪式”: 2024中秋国庆惠游某省, 某省金秋文旅消费季), the theme before its dash and the ceremony's word left out, the
        events joined by 暨 each one of its own."""
        out = []
        for m in self.v.ceremony.finditer(text):
            start = m.start(1)
            for part in self.v.ceremony_join.split(m.group(1)):
                end = start + len(part)
                if len(part) >= 4 and not part.isdigit():
                    out.append(Candidate(start, end, "Programme", part, "cue-ceremony", 0.7,
                                         priority=Priority.PROGRAMME_QUOTED, programme=ProgrammeRef(part)))
                join = self.v.ceremony_join.match(text, end)
                start = join.end() if join else end
        return out

    def _documents(self, text: str) -> list[Candidate]:
        """Titles in 《》 (or 〈〉 inside them) that end in a document noun. A draft (…条例（草案修改稿）) is
        the document it drafts; a title that cites another in 〈〉 (关于检查〈…条例〉实施情况报告的审议意见)
        is a report on that one, not a programme."""
        out = []
        titles = list(_TITLED.finditer(text)) + list(_TITLED_ANGLE.finditer(text))
        for m in sorted(titles, key=lambda m: m.start()):
            inner = m.group(1)
            citing_plan = "〈" in inner and self.v.citing_plan.search(inner)
            if len(inner) > (120 if citing_plan else 60) or m.group().startswith("〈") and len(inner) > 40 and not self.v.doc_about.search(inner):
                continue
            lead = self.v.cited_law_lead.search(text, max(0, m.start() - 4), m.start()) if self.v.cited_law.search(inner) else None
            # 依据《…法》，某局…: the lead opens its clause and a comma follows the title (not 依照《…法》的规定处理)
            cited_law = lead is not None and text[m.end() : m.end() + 1] in "，," and (
                lead.start() == 0 or text[lead.start() - 1] in "，。；：！？\n,;:")
            if "〈" in inner and not citing_plan or not (self.v.doc_heads.search(inner) or cited_law):
                continue  # 依据《中华人民共和国…法》: a law is a document where it is cited as the ground of an act
            if self.v.doc_heads_about.search(inner) and not self.v.doc_about.search(inner):
                continue
            if self.v.work_notice.search(inner) or self.v.commendation.search(inner):
                continue  # 《关于做好…工作的通知》: a season's work arranged; 《关于表彰…的决定》: people and units commended
            if self.v.procedural.search(inner):
                continue  # 《…人民代表大会第二次会议补选办法》: how a session votes, no programme
            aliases = ()
            draft = self.v.draft.search(inner)
            if draft and draft.start() >= 3:
                aliases = (inner,)
                inner = inner[: draft.start()]
            if inner.endswith(self.v.procedural_ends):
                continue  # 《…第二次会议补选办法（草案）》: how a session votes, no programme
            if self._document_kind(inner):
                continue  # 《某省地方标准》: a kind of document, not one
            out.append(Candidate(m.start(), m.end(), "Programme", f"《{inner}》", "cue-document", 0.85, priority=Priority.PROGRAMME_KNOWN,
                                 programme=ProgrammeRef(m.group()), aliases=aliases))
        # a title cited again by the end of its name (《…三年行动方案（2025—2027年）》 … 《三年行动方案》): the one
        # document printed before it whose name, but for a bracket at its end, ends so
        titles = _Endings(out, key=lambda d: re.sub(r"[（(][^（）()]{0,20}[）)]$", "", d.name[1:-1]))
        for c in out:
            full = titles.before(c.name[1:-1], c.start) - {c.name}
            if len(full) == 1:
                c.name = full.pop()
        # a document named by its kind alone (《条例》施行以来; 贯彻实施条例工作; 按照该方案): the one of that kind printed before
        titles = _Endings(out, key=lambda d: re.sub(r"[（(][^（）()]{0,20}[）)]$", "", d.name[1:-1]))  # as renamed
        for m in self.v.doc_short_ref.finditer(text):
            head = m.group(1) or m.group(2)
            full = titles.before(head, m.start())
            if len(full) == 1:
                s, e = m.span(1) if m.group(1) else m.span(2)
                out.append(Candidate(s, e, "Programme", full.pop(), "cue-document-reference", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                     programme=ProgrammeRef(text[s:e])))
        for m in self.v.doc_unmarked.finditer(text):  # the same document as if printed in 《》
            if self.v.work_notice.search(m.group(1)) or self.v.commendation.search(m.group(1)):
                continue
            out.append(Candidate(m.start(1), m.end(1), "Programme", f"《{m.group(1)}》", "cue-document-unmarked", 0.7,
                                 priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(m.group(1))))
        return out

    def _document_kind(self, title: str) -> bool:
        """Whether a title is a kind of document (DocumentKind), alone or after a place's name: 《某省地方标准》."""
        kind = next((k for k in self.v.document_kinds if title.endswith(k)), "")
        if not kind:
            return False
        rest = title[: -len(kind)]
        return not rest or Gazetteer.load().resolve(rest) is not None

    def _unquoted(self, text: str) -> list[Candidate]:
        v = self.v
        out = []
        for m in v.policy.finditer(text) if holds_any(text, v.policy_cues) else ():  # 试点实施的往来港澳人才签注政策
            inner = m.group(1)
            if not any(c in inner for c in v.policy_stop) and not inner.startswith(v.name_not_start):
                out.append(Candidate(m.start(1), m.end(1), "Programme", inner, "cue-verb-policy", 0.55, priority=Priority.PROGRAMME_PHRASE,
                                     programme=ProgrammeRef(inner)))
        for m in v.owned_policy.finditer(text) if holds_any(text, v.policy_cues) else ():
            owner, stem = m.group(1) or "", m.group(2)
            if any(c in stem for c in v.policy_stop) or stem.startswith(v.name_not_start) \
                    or len(v.policy_generic.sub("", stem)) < 2:
                continue  # 落实国家惠民政策, 落实各项政策: no policy of its own name
            if not (owner and len(stem) >= 4 or v.policy_kind.search(stem) and len(stem) >= 6):
                continue
            name = stem + m.group()[m.end(2) - m.start() :]
            out.append(Candidate(m.start(2), m.end(), "Programme", name, "cue-verb-policy", 0.55, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(name), aliases=(owner + name,) if owner else ()))
        named = holds_any(text, v.unquoted_cues)
        for m in v.scoped.finditer(text) if named and holds_any(text, v.scoped_cues) else ():
            inner = m.group(1)
            if self._no_scoped_name(inner):
                continue  # 全县用工计划: a weak head names no project here; 在全市范围内开展专项行动: a verb's clause, no name
            found = self._unquoted_name(inner, m.start(1))
            more = v.unquoted_more.match(text, m.end()) if found else None
            while more:  # the names coordinated with it (全县某某项目和某某工程)
                found += self._unquoted_name(more.group(1), more.start(1))
                more = v.unquoted_more.match(text, more.end())
            out += found
        for m in v.unquoted_led.finditer(text) if holds_any(text, v.unquoted_led_cues) else ():
            out += self._unquoted_name(m.group(1), m.start(1))
        for m in v.meeting_named.finditer(text) if holds_any(text, v.meeting_named_cues) else ():
            out += self._unquoted_name(m.group(1), m.start(1))
        for m in v.zone_led.finditer(text) if holds_any(text, v.zone_led_cues) else ():
            out += self._unquoted_name(m.group(1), m.start(1))
        for m in v.zone_list_led.finditer(text) if holds_any(text, v.zone_list_led_cues) else ():
            zones = [(m.group(1), m.start(1))]
            more = v.zone_more.match(text, m.end(1))
            while more:  # 建设甲示范区、乙示范区和丙示范区: the zones coordinated under the one verb, two at least
                zones.append((more.group(1), more.start(1)))
                more = v.zone_more.match(text, more.end(1))
            for inner, s in zones if len(zones) > 1 else ():
                out += self._unquoted_name(inner, s)
        for m in v.means_led.finditer(text) if holds_any(text, v.means_led_cues) else ():
            inner, s = m.group(1), m.start(1)  # a designation's scope stays in its name (以全国某某示范县创建为抓手)
            verb = v.strong_open.match(inner)
            if verb:  # 以实施某某乡村建设为抓手: the verb that governs the name, no part of it
                inner, s = inner[verb.end() :], s + verb.end()
            if len(inner) >= 5 and not any(c in inner for c in v.name_stop) and not inner.startswith(v.name_not_start):
                out.append(Candidate(s, s + len(inner), "Programme", inner, "cue-verb-phrase", 0.6,
                                     priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(inner)))
        for m in v.unquoted_complied.finditer(text) if holds_any(text, v.unquoted_complied_cues) else ():
            out += self._unquoted_name(m.group(1), m.start(1))
        for m in v.document_governed.finditer(text) if named and "《" in text else ():
            more = v.unquoted_more.match(text, m.end())
            while more:  # the names coordinated with the document (落实《某方案》和某市某某提升工程)
                out += self._unquoted_name(more.group(1), more.start(1))
                more = v.unquoted_more.match(text, more.end())
        for m in v.unquoted.finditer(text) if named else ():
            if text[m.start() : m.start(1)] in v.proper_verbs and not self._proper_works(text, m.group(1), m.end(1)):
                continue  # 加快农村公路工程建设: a kind of works, no project's name
            head = next((h for h in v.campaign_heads if m.group(1).endswith(h)), "")
            if head and m.group(1)[: -len(head)].endswith(tuple(v.designation_heads)):
                continue  # 开展文明村创建活动: the creation of a kind of place counted, not a campaign of its own name
            found = self._unquoted_name(m.group(1), m.start(1))
            more = v.unquoted_more.match(text, m.end()) if found else None
            while more:
                found += self._unquoted_name(more.group(1), more.start(1))
                more = v.unquoted_more.match(text, more.end())
            out += found
        for m in v.item_name.finditer(text) if named else ():
            k = next(i for i in (1, 2, 3) if m.group(i))
            inner = m.group(k)
            if k == 3 and not self._opens_with_named_place(inner, text, m.start(k)):
                continue  # after a doer's relative clause, only a place's named project
            if k == 2 and text.startswith(v.placed_subject_next, m.end(k)) \
                    and not self._opens_with_named_place(inner, text, m.start(k)):
                continue  # 乡村振兴示范区建设稳步推进: a kind of zone whose building goes on, no place's named scheme
            if v.scheme_verb.search(v.name_tail_verb.sub("", v.note_before_head.sub("", inner))) \
                    or inner.startswith(v.phrase_not_start):
                continue  # 二是启动…项目, 在…开展…工程: a verb's rule reads it (…建设项目 is a name's end, no verb)
            if v.counted_batch.search(inner):
                continue  # 某某电站等66个项目建成投产: a batch counted after 等 names many projects, none by its name
            if v.dated_bare_works.fullmatch(inner):
                continue  # 某县2024年项目建设加快推进: a place's works of a year, all of them, none by its name
            for c in self._unquoted_name(inner, m.start(k)):
                c.method = "cue-item-phrase"
                out.append(c)
        # a project looked at on a visit; a relative clause before it (察看了某区援建的…项目) is no part of its name
        visited = holds_any(text, v.visited_cues)  # asked once: the visits below and their ends
        visits = [*v.visited.finditer(text), *v.visited_placed.finditer(text)] if visited else []
        sites = [*v.visited_site.finditer(text)] if holds_any(text, v.visited_site_cues) else []
        for m in visits + sites:
            inner, s = m.group(1), m.start(1)
            if m.re is v.visited_site and not self._opens_with_named_place(inner, text, s, words=False):
                continue  # 在重点项目建设现场: only a place's named project stands at a site
            # 检查…示范试点村建设情况: a unit after the head that makes a designation's head with it (试点 + 村) ends the name
            unit = next((u for u in v.units if text.startswith(u, m.end(1))), "")
            if unit and any((inner + unit).endswith(h) and not inner.endswith(h) for h in v.designation_heads):
                inner += unit
            if m.group().startswith(v.placed_visit_leads) and not self._opens_with_named_place(inner, text, s):
                continue  # 了解园区企业…在建项目推进情况: only a place's named project after such a lead
            if m.group().startswith(v.heard_visit_leads) and not v.visit_follower_at.match(text, m.end()):
                continue  # 听取了镇领导就项目建设、…所作的汇报: the speakers' topics, no works whose progress is heard
            if inner[0] in v.visit_not_before and not self._opens_with_place(inner):
                continue  # 调研组, 察看中发现: no visit's object; 察看中山…产业园: one
            cut = max(inner.rfind(c) for c in v.relative_marks) + 1
            if cut and v.place_end.search(inner[: cut - 1]) \
                    and not self._opens_with_named_place(inner[cut:], text, s + cut, words=False):
                continue  # 察看了某镇的柑橘产业园: a place's park or works described after 的, no name of its own
            # 调研种业发展和某某共建项目: a field coordinated before the project is no part of its name
            joined = max(inner.rfind(c) for c in v.visit_coordinators) + 1
            if joined > cut and inner[joined:] in v.visit_heads:
                continue  # 听取项目规划和工程进度的汇报: the last of two topics is a head word alone, no works' name
            if joined >= cut + 3 and len(inner) - joined >= 4 and inner[joined] not in v.visit_coordinator_not_before:
                # 检查2025年度某某驻地环境整治和某某建设情况: a field that ends in a work of its own is a scheme too
                field = inner[cut : joined - 1]
                if field.endswith(v.visited_work_ends) and not self._generic_visited(field):
                    for c in self._unquoted_name(field, s + cut):
                        if len(c.name) >= v.visited_work_min:
                            c.method = "cue-visit-phrase"
                            out.append(c)
                cut = joined
            if self._generic_visited(inner[cut:]) or self._examples_of_kind(inner[cut:]):
                continue  # 调研某乡某村重点项目建设情况: the places' projects in general, no name of their own
            for c in self._unquoted_name(inner[cut:], s + cut):
                c.method = "cue-visit-phrase"
                out.append(c)
        for m in v.visited_end.finditer(text) if visited else ():
            if len(m.group(1)) >= 4:
                out.append(Candidate(m.start(1), m.end(1), "Programme", m.group(1), "cue-visit-end", 0.55,
                                     priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(m.group(1))))
        # a project that breaks ground or starts: 开平市首批森林GEP转化绿色生态百千万项目正式动工
        for m in v.started.finditer(text) if holds_any(text, v.started_cues) else ():
            inner, s = m.group(1), m.start(1)
            own = m.group(2)
            if own and len(own) >= 5 and not any(c in own for c in v.name_stop):
                out.append(Candidate(m.start(2), m.end(2), "Programme", own, "cue-project-start", 0.55,
                                     priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(own)))
            lead = next((w for w in v.clause_lead_skip if inner.startswith(w)), "")
            inner, s = inner[len(lead) :], s + len(lead)  # 其中某镇供水保障工程已完工: the clause's lead is no part of it
            invested = [im for im in v.invested_before_name.finditer(inner) if len(inner) - im.end() >= 6]
            if invested:  # 就完成了某集团投资50亿元的某某项目的洽谈引进: the name opens after the sum
                inner, s = inner[invested[-1].end() :], s + invested[-1].end()
            urged = max((inner.rfind(w) + len(w) for w in v.urging_verbs if w in inner), default=0)
            inner, s = inner[urged:], s + urged  # 某局到某乡督促某某项目落地: the urged project's name opens after the verb
            cut = max(inner.rfind(c) for c in v.project_name_openers) + 1
            inner, s = inner[cut:], s + cut  # 全省重大项目集中开工暨某县某某大桥工程开工仪式: the works' name opens after 暨
            owner = ""
            pm = v.batch_owner.match(inner)
            if pm:  # 开平市首批森林GEP…项目: the owner's name stays, the batch goes
                owner = pm.group(1) or ""
                inner, s = inner[pm.end() :], s + pm.end()
                place = Gazetteer.load().resolve(owner) if owner else None
                owner = place.name if place is not None and place.level in (Level.PROVINCE, Level.CITY, Level.COUNTY) else ""
            # 首个城市更新项目——某村项目正式动工: a name set off by a dash may be short (a village's name and its head);
            # the description before the dash, with its ordinal (首个, 第一个), names no project
            short_ok = len(inner) >= 5 and s > 0 and text[s - 1] in v.apposition_dash
            if len(inner) < 6 and not short_ok or any(w in inner for w in v.project_ordinals) \
                    or any(c in inner for c in v.name_stop) and not self._joined_works(inner) \
                    or inner.startswith(v.opens_clause) or v.counted_batch.search(inner) or v.referred_project.search(inner) \
                    or self._names_run(inner) or self._generic_visited(inner) or self._counted_kind(inner):
                continue
            name = owner + inner if owner else inner
            # 某州某县某某大桥工程开工: the works' own name, without the places printed before it, names it too
            bare = self._works_name(inner, text) if v.works_word.search(inner) else inner
            aliases = tuple(dict.fromkeys(a for a in ((inner,) if owner else ()) + (bare,) if a != name))
            out.append(Candidate(s, s + len(inner), "Programme", name, "cue-project-start", 0.55, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(inner), aliases=aliases))
        return out


    def _owned(self, name: str) -> bool:
        """Whether a designation's name opens with its owner: a place's name or short form, a level or a scope word."""
        v = self.v
        return self._opens_with_place(name, (Level.PROVINCE, Level.CITY, Level.COUNTY)) or any(
            name.startswith(w) for w in v.level_words + v.short_scopes) or bool(v.designation_scope.search(name[:3]))


    def _counted_kind(self, name: str) -> bool:
        """Whether ``name`` counts works of a general kind (全县12个重点项目): a count, then places and general words
        alone before the head; a count before a kind of its own (某区8项通村公路建设工程) names that batch."""
        counted = self.v.counted_works.search(name)
        return counted is not None and self._generic_visited(name[counted.end() :])

    def _examples_of_kind(self, name: str) -> bool:
        """Whether a visited name is examples, a mark (等) and the short kind they are (某漂流和某森林公园等旅游项目)."""
        v = self.v
        at = max((name.rfind(w) + len(w) for w in v.example_marks if w in name), default=-1)
        kind = name[at:] if at > 0 else ""
        return 0 < len(kind) <= _EXAMPLE_KIND_LONGEST and kind.endswith(v.visit_heads)

    def _generic_visited(self, name: str) -> bool:
        """Whether a visited name is places and general words alone before its head (某乡某村重点项目, 帮扶产业项目):
        the places are runs that end in a place's end and are no common word (乡村, 农村)."""
        v = self.v
        head = next((h for h in v.visit_heads if name.endswith(h)), "")
        stem = name[: len(name) - len(head)]
        year = v.dated.match(stem)
        if year:  # 2025年度民生实事项目: a year before general words names no project of its own
            stem = stem[year.end() :]
        while True:
            m = v.visit_place_run.match(stem)
            if not m or m.group() in common_words() or m.end() == len(stem):
                break
            stem = stem[m.end() :]
        return bool(head) and bool(v.visit_generic.fullmatch(stem))

    def _opens_with_named_place(self, name: str, text: str, pos: int, words: bool = True) -> bool:
        """Whether ``name`` (at ``pos``) opens with a place's name the text printed before it (在某镇某村，…了解某村…项目)
        or a county or city kg knows; ``words=False``: not a common word that ends like a place (乡村, 农村)."""
        if self._opens_with_place(name):
            return True
        for n in range(min(6, len(name) - 2), 1, -1):
            head = name[:n]
            if not words and head in common_words():
                continue
            if self.v.place_end.search(head) and 0 <= text.find(head) < pos:
                return True
        return False

    @staticmethod
    def _opens_with_place(name: str, levels=(Level.CITY, Level.COUNTY)) -> bool:
        """Whether ``name`` opens with a city's or county's name or its short form (中山普定…, 中山市…)."""
        gaz = Gazetteer.load()
        for n in (4, 3, 2):
            d = gaz.resolve(name[:n])
            if d is not None and d.level in levels:
                return True
        return False

    def _proper_works(self, text: str, name: str, end: int) -> bool:
        """Whether ``name`` (ending at ``end``), governed by a "proper" verb, is a proper works name: a follower right
        after it (加快某某水库工程建设), no common word or verb opening it, no word of a class in it."""
        v = self.v
        if not v.proper_follower.match(text, end) or any(c in name for c in v.proper_stop):
            return False
        return name[:2] not in common_words() and not v.plain_verbs.match(name)

    def _unquoted_name(self, inner: str, s: int) -> list[Candidate]:
        """An unquoted name after a governing verb, without a batch or year before it; a year stays before a
        project's head (实施了2025年黑土地保护利用项目: one year's project of its own, as for a known scheme's)."""
        v = self.v
        body = v.body_before_batch.match(inner)
        if body is not None:  # 入选住房和城乡建设部第一批城市更新试点: the conferring body goes, then its batch
            inner, s = inner[body.end() :], s + body.end()
        f = v.filler.match(inner)
        if f and v.dated.fullmatch(f.group()) and inner.endswith(v.year_kept_heads):
            f = None
        if f:
            inner, s = inner[f.end() :], s + f.end()
        chained = v.strong_open.match(inner)
        if chained:  # 谋划推进某某计划: the second verb of a chain governs the name, no part of it
            inner, s = inner[chained.end() :], s + chained.end()
        split = v.doc_then_coordination.search(inner)
        if split and len(inner) - split.end() >= 5:  # 推进某某规划和某某计划: two objects; the last is the name read here
            inner, s = inner[split.end() :], s + split.end()
        w = v.whole_scope.match(inner)
        if w and len(inner) - w.end() >= 5:  # 推进全县某某工程: the project of the whole county, named without 全县
            inner, s = inner[w.end() :], s + w.end()
        elif w and v.whole_scope_class.match(inner):
            return []
        if len(inner) < 5 or any(c in inner for c in v.name_stop) or inner.startswith(v.name_not_start):
            return []
        if "“" in inner or "”" in inner or v.closed_run.search(inner):
            return []
        weak = next((h for h in v.weak_unquoted if inner.endswith(h)), "")
        if weak and len(inner) - len(weak) < 4:
            return []  # 私有化计划: a weak head names a scheme only after a modifier of some length
        # 开展了某某流域生态保护和高质量发展涉水领域专项监督: a special campaign's name that opens with a known scheme's
        # is the campaign, not the scheme it serves
        extends = inner.endswith(v.known_extending_heads) and next(self.lexicon.matches_at(inner, 0), None) is not None
        return [Candidate(s, s + len(inner), "Programme", inner, "cue-verb-phrase", 0.6,
                          priority=Priority.PROGRAMME_EXTENDS_KNOWN if extends else Priority.PROGRAMME_PHRASE,
                          programme=ProgrammeRef(inner))]

    def _headed(self, text: str) -> list[Candidate]:
        """Unquoted names that end in a head only a scheme has (…经济带, …示范带, …改革试验), bounded on the left
        by punctuation, a governing verb or 的; and numbered formulas before a head (五四战略, 1368工作思路)."""
        v = self.v
        out = []
        for m in v.scheme_head.finditer(text):
            bounds = list(v.scheme_boundary.finditer(text, max(0, m.start() - 12), m.start()))
            if not bounds:  # 加快梵净山旅游环线乡村振兴示范带建设: a longer name, only after a governing verb
                bounds = [b for b in v.scheme_verb.finditer(text, max(0, m.start() - 16), m.start())
                          if not v.scheme_boundary.search(text, b.end(), m.start())]
            line_start = text.rfind("\n", 0, m.start()) + 1
            if bounds:
                start = bounds[-1].end()
                skip = v.scheme_lead_skip.match(text, start, m.start())
                start = skip.end() if skip else start  # 察看了…示范带: the verb's particle is no part of the name
                raised = v.scheme_lead_verb.match(text, start, m.start())
                start = raised.end() if raised else start
            elif m.start() - line_start <= 12:
                start = line_start  # a headline opens with the scheme: 某地普惠金融改革试验区建设推进会召开
            else:
                continue
            if v.taken_after.match(text, m.end()):  # 某县以…示范带建设为抓手: the name starts after 以
                leads = list(v.taken_lead.finditer(text, start, m.start()))
                start = leads[-1].end() if leads else start
            name = text[start : m.end()]
            if m.start() - start < 2 or v.designation_after.match(text, m.end()) or v.scheme_not_start.match(name):
                continue
            if v.scheme_head.search(text, start, m.start()):
                continue  # 环首都经济圈三大经济圈: a count of the schemes just named, not one more
            if v.scheme_generic.fullmatch(text, start, m.start()):
                continue  # 国家战略产业带, 从国家金融产业带: no place or proper word in the name
            if self._in_region_clause(text, m.start()):
                continue  # 地处湘江经济带、环湖经济圈之间: where a place lies, no scheme carried out
            out.append(Candidate(start, m.end(), "Programme", name, "cue-scheme-head", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(name)))
        for m in v.represented.finditer(text):  # 以华明镇为代表的示范小城镇建设: what the places are examples of
            name = m.group(1)
            out.append(Candidate(m.start(1), m.end(1), "Programme", name, "cue-represented", 0.55, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(name)))
        for m in v.formula.finditer(text) if holds_any(text, v.formula_cues) else ():
            out.append(Candidate(m.start(), m.end(), "Programme", m.group(), "cue-formula", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(m.group())))
        for m in v.formula_name.finditer(text) if holds_any(text, v.formula_name_cues) else ():
            if not v.any_verb_before.search(text, max(0, m.start() - 12), m.start()) or m.group(1) in common_words():
                continue  # 一心一意建设, 千方百计: no verb governs the formula, or an everyday word
            out.append(Candidate(m.start(), m.end(), "Programme", m.group(), "cue-formula", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(m.group())))
        return out

    def _in_region_clause(self, text: str, start: int) -> bool:
        """Whether the head at ``start`` follows a lead of location (地处, 位于, 处在) in its clause with no governing
        verb after the lead: the names listed after 地处 say where a place lies."""
        v = self.v
        k = max(text.rfind(c, max(0, start - 40), start) for c in "，。；！？：\n")
        clause = k + 1 if k >= 0 else max(0, start - 40)
        lead = None
        for lead in v.scheme_region_lead.finditer(text, clause, start):
            pass
        return lead is not None and not v.scheme_verb.search(text, lead.end(), start)

    def _pairings(self, text: str) -> list[Candidate]:
        """A cooperation named by its two partners' short forms (闽宁协作, 京蒙协作, 湘黔边区协作): a province's
        one-character short form, or the first character of a city the text names in full (苏铜协作 beside 铜仁市); two
        cities are partners only when they lie in two provinces (厦临协作 beside 厦门市 and 临夏州, not 深汕协作)."""
        v = self.v
        out = []
        if not holds_any(text, v.pairing_cues):
            return out
        for m in v.pairing.finditer(text):
            s = m.start()
            codes = tuple(self._partner(text[s + k], text) for k in (0, 1))
            if None in codes or codes[0] == codes[1] or not (codes[0] in v.region_codes or codes[1] in v.region_codes
                                                             or codes[0][:2] != codes[1][:2]):
                continue  # two named partners, one a province or two cities of two provinces (劳务协作, 部门协作 name none)
            e = v.pairing_tail.match(text, s + 2).end()
            name = text[s:e]
            # 粤黔东西部协作: the partners' part of a known scheme, the one cooperation as 粤黔协作
            # 闽宁对口协作: a middle word of the kind of help only (对口, 扶贫) names the one cooperation as 闽宁协作 does
            known = self.lexicon.get(name[2:]) is not None or name[2 : len(name) - len(v.pairing_head.search(name).group())] in v.folded_middles
            head = v.pairing_head.search(name).group() if known else ""
            out.append(Candidate(s, e, "Programme", name[:2] + head if known else name, "cue-pairing", 0.6,
                                 priority=Priority.PROGRAMME_EXTENDS_KNOWN if known else Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(name, partners=codes), aliases=(name,) if known else ()))
        return out

    def _partner(self, char: str, text: str) -> str | None:
        code = self.v.region_short.get(char)
        if code is not None:
            return code
        cities = _cities_by_first_char()
        return next((d.code for d in cities.get(char, ()) if d.name in text), None)

    def _place_brands(self, text: str) -> list[Candidate]:
        """A place's own scheme named by a brand word and the place (平安武义, 法治浏阳建设): the brand, then a
        province, city or county by its full or short name, not run on into a longer name."""
        v, gaz = self.v, Gazetteer.load()
        out = []
        for m in v.brand.finditer(text) if holds_any(text, v.brand_cues) else ():
            line = text.rfind("\n", max(0, m.start() - 60), m.start()) + 1 or max(0, m.start() - 60)  # a title's length
            if text.rfind("《", line, m.start()) > text.rfind("》", line, m.start()):
                continue  # inside a document's title (《珠海市推进健康珠海行动实施意见》): the document is the programme
            s = m.end()
            for n in range(min(5, len(text) - s), 1, -1):
                place = gaz.resolve(text[s : s + n])
                if place is None or place.level not in (Level.PROVINCE, Level.CITY, Level.COUNTY):
                    continue
                e = s + n
                if v.brand_stop.match(text, e) or self._runs_into_place(gaz, text, s, e):
                    break
                name = text[m.start() : e]
                build = v.brand_suffix.match(text, e)
                out.append(Candidate(m.start(), e, "Programme", name, "cue-place-brand", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                     programme=ProgrammeRef(name, brand_place=place.code),
                                     aliases=(name + build.group(),) if build else ()))
                break
        return out

    @staticmethod
    def _runs_into_place(gaz, text: str, s: int, e: int) -> bool:
        """Whether another province's, city's or county's name opens inside the place read at ``s:e`` and runs on past
        its end (美丽新宁夏: 新宁 is a county's short form, but 宁夏 runs on over it; the brand names no 新宁)."""
        for j in range(s + 1, e):
            for k in range(e + 1, min(len(text), j + 5) + 1):
                place = gaz.resolve(text[j:k])
                if place is not None and place.level in (Level.PROVINCE, Level.CITY, Level.COUNTY):
                    return True
        return False

    def _stems_governed(self, text: str, out: list[Candidate]) -> list[Candidate]:
        """A works scheme the text names in full (…除险加固工程), printed again without its head right after a governing
        verb (某县加快推进小型水库除险加固助力…): that scheme, where six characters or more of its own name stay."""
        v = self.v
        stems = {}
        for c in out:
            head = next((h for h in v.stem_heads if c.name.endswith(h)), "")
            stem = c.name[: len(c.name) - len(head)] if head else ""
            if len(stem) >= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", stem):
                stems.setdefault(stem, c.name)
        found = []
        for stem, name in stems.items():
            for m in re.finditer(re.escape(stem), text):
                s, e = m.span()
                if text.startswith(name[len(stem) :], e) or not any(
                        text.endswith(w, 0, s) for w in v.stem_verbs):
                    continue  # the full name again, or no verb governing the stem
                found.append(Candidate(s, e, "Programme", name, "cue-stem-governed", 0.55, priority=Priority.PROGRAMME_PHRASE,
                                       programme=ProgrammeRef(text[s:e]), aliases=(text[s:e],)))
        return found

    def _also_known(self, text: str) -> list[Candidate]:
        """A scheme printed with its common name in brackets after 即 (我区…住房安全保障工作（即农村危房改造）): the name
        from the clause's start (less an own place's word, 我区) to the bracket, ending in a programme's head, and the
        common name, ending in a scheme's head, its alias; the span runs to the bracket's end, so that what follows it
        (由某局组织实施) reads as said of the name."""
        v = self.v
        out = []
        for m in v.also_known.finditer(text) if "即" in text else ():
            start = max(text.rfind(c, max(0, m.start() - 30), m.start()) for c in "，。；：！？\n,;:") + 1
            lead = v.also_known_lead.match(text, start)
            start = lead.end() if lead else start
            name = text[start : m.start()]
            if len(name) < 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or not name.endswith(tuple(v.heads)):
                continue
            out.append(Candidate(start, m.end(), "Programme", name, "cue-also-known", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(name), aliases=(m.group(1),)))
        return out

    def _routes(self, text: str) -> list[Candidate]:
        """A road or railway named by one character of each of its ends (常桃高速, 炉慈高速公路) after a clause mark or
        a lead (力争, 推进), before a word of building or opening; two characters that make a common word name none."""
        out = []
        for m in self.v.route.finditer(text) if holds_any(text, self.v.route_cues) else ():
            name = m.group(1)
            if name[:2] in common_words() or any(name.startswith(h) for h in self.v.route_heads) \
                    or self.v.whole_scope.match(name) or Gazetteer.load().resolve(name[:2]) is not None:
                continue  # 推进经济高速发展: no road; 河南高速公路: a place's roads, no road's ends
            out.append(Candidate(m.start(1), m.end(1), "Programme", name, "cue-route", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(name, works=True)))
        return out

    def _field_projects(self, text: str) -> list[Candidate]:
        """The project a notice names in its field line (项目名称：…工程), the tag in brackets after it (（EPC）) kept in
        the name and left out of an alias."""
        out = []
        for m in self.v.field_project.finditer(text) if holds_any(text, self.v.field_project_cues) else ():
            inner, tag = m.group(1), m.group(2)
            out.append(Candidate(m.start(1), m.end(2), "Programme", inner + tag, "cue-field-project", 0.7,
                                 priority=Priority.PROGRAMME_KNOWN, programme=ProgrammeRef(inner + tag),
                                 aliases=(inner,) if tag else ()))
        for m in self.v.tender_title.finditer(text) if holds_any(text, self.v.tender_title_cues) else ():
            out.append(Candidate(m.start(1), m.end(1), "Programme", m.group(1), "cue-field-project", 0.7,
                                 priority=Priority.PROGRAMME_KNOWN, programme=ProgrammeRef(m.group(1))))
        return out

    def _listed_works(self, text: str) -> list[Candidate]:
        """Named parks or zones listed as the members of a list named before (甲市乙县…产业园、丙市丁区…产业园等10家…产业园
        名列其中): each item of the run of 、 before the close that ends in a VisitedHead, perhaps with a place in
        brackets after it, back to the sentence's or clause's start."""
        v, out = self.v, []
        for m in v.listed_works_close.finditer(text):
            start = max(text.rfind(c, 0, m.start()) for c in "。，,；;！？\n") + 1
            for part in _parts(text, start, m.start(), _ENUMERATION_COMMA):
                s, e = part
                item = v.listed_works_item.search(text, s, e)
                if item is None or item.start() != s:
                    continue
                name = item.group(1)
                out.append(Candidate(s, s + len(name), "Programme", name, "cue-listed-works", 0.7,
                                     priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(name, works=True)))
        return out

    def _colon_works(self, text: str) -> list[Candidate]:
        """Works projects listed by their full names after a colon that a works noun and a listing verb open
        (这批工程包括：甲渠续建配套与节水改造工程，乙河堤防工程，2024年某某重点县项目工程。): every item up to the
        sentence's end, split at the list's separators, ends in a project's head and is read whole, 与 and 及 inside it
        (they join parts of one works there); a run with an item that does not end so is left to the other rules.
        With no colon (ClauseWorksLead: 此次开工的项目包括甲项目、乙工程和丙项目，…) the run ends with its clause
        (ClauseWorksEnd) and 和 right after a project's head splits it too; every item must end in a project's head."""
        v, out = self.v, []
        for lead, ends, split in ((v.colon_works_lead, v.sentence_end, v.colon_works_split),
                                  (v.clause_works_lead, v.clause_works_end, v.counted_works_split)):
            for m in lead.finditer(text):
                end = min((i for i in (text.find(c, m.end()) for c in ends) if i >= 0), default=len(text))
                spans = _parts(text, m.end(), end, split)
                if len(spans) < 2 or not all(v.colon_works_item.fullmatch(text, s, e) for s, e in spans):
                    continue
                out += _works_items(text, spans)
        return out

    def _counted_works(self, text: str) -> list[Candidate]:
        """Works counted and then named one by one (实施…等6项水利工程，分别是甲灌区续建配套工程、乙示范区项目…和丙体系建设。):
        the items up to the sentence's end, split at the list's separators and at 和 right after a project's head
        (CountedWorksJoint); every item that ends in a project's head is a works project of its own, read whole; an
        item that does not (丙体系建设) is passed over; fewer than two such items, none is read."""
        v, out = self.v, []
        for m in v.counted_works_lead.finditer(text):
            end = min((i for i in (text.find(c, m.end()) for c in v.sentence_end) if i >= 0), default=len(text))
            spans = [(s, e) for s, e in _parts(text, m.end(), end, v.counted_works_split)
                     if v.colon_works_item.fullmatch(text, s, e)]
            if len(spans) >= 2:
                out += _works_items(text, spans)
        return out

    def _counted_roll(self, text: str) -> list[Candidate]:
        """Works listed in a clause and closed by their count and the kind of project they are (这些工程中，甲水库除险加固
        工程、乙沟渠工程和丙广场等3个为水利设施项目): the items, split at 、 and 和, that end in a project's head are works
        projects of their own, read whole; the others (丙广场) are passed over."""
        v, out = self.v, []
        for m in v.counted_roll_close.finditer(text):
            clause = max(text.rfind(c, 0, m.start()) for c in v.clause_marks) + 1
            spans = [(s, e) for s, e in _parts(text, clause, m.start(), v.shared_works_joint)
                     if v.colon_works_item.fullmatch(text, s, e)]
            out += _works_items(text, spans)
        return out

    def _shared_head_works(self, text: str) -> list[Candidate]:
        """Works listed by name before the one head they share after 等 (新建的有甲灌区续建配套与现代化改造、乙扬水灌区
        续建配套与现代化改造、丙供水保障等工程; 续建的是甲供水和乙扬水更新改造2项工程), after a listing verb that opens the run in its clause: every item of eight
        characters or more that holds a word of public works is a works project of its own, named as printed; an item
        of another kind (a hall, a centre) is passed over, and a run with fewer than two such items is left alone."""
        v, out = self.v, []
        for m in v.shared_works_close.finditer(text):
            clause = max(text.rfind(c, 0, m.start()) for c in v.clause_marks) + 1
            leads = list(v.shared_works_lead.finditer(text, clause, m.start()))
            if not leads:
                continue
            spans = [(s, e) for s, e in _parts(text, leads[-1].end(), m.start(), v.shared_works_joint)
                     if v.shared_works_item.fullmatch(text, s, e)]
            if len(spans) < 2:
                continue
            out += _works_items(text, spans)
        return out

    def _listed_parks(self, text: str) -> list[Candidate]:
        """Named parks listed in one sentence (芜湖市有甲县某某现代农业产业园、乙区某某现代农业产业园，丙市有丁县…): each
        name that opens with a county printed in full and ends in a ListedParkHead, a few characters between, is a park
        of its own, carried out by that county (the innermost one printed before the head), where the sentence names two
        or more; one name alone is left to the other rules."""
        gaz, out = Gazetteer.load(), []
        sentences: dict[int, list[tuple[int, int]]] = {}
        for m in self.v.listed_park_head.finditer(text):
            lo = max(0, m.start() - _LISTED_PARK_STEM_MAX - _COUNTY_NAME_MAX)
            start = None
            for p in range(m.start() - 1, lo - 1, -1):
                if not is_cjk(text[p]):
                    break
                if m.start() - p > _LISTED_PARK_STEM_MAX + _COUNTY_NAME_MAX:
                    break
                for n in range(2, _COUNTY_NAME_MAX + 1):
                    word = text[p : p + n]
                    if p + n <= m.start() and m.start() - (p + n) <= _LISTED_PARK_STEM_MAX \
                            and any(d.name == word and d.level == Level.COUNTY for d in gaz.lookup(word)):
                        # the longest county name that ends there (太和县, not 和县 inside it)
                        start = min((q for q in range(max(0, p + n - _COUNTY_NAME_MAX), p)
                                     if any(d.name == text[q : p + n] and d.level == Level.COUNTY
                                            for d in gaz.lookup(text[q : p + n]))), default=p)
                        break
                if start is not None:
                    break
            if start is None:
                continue
            sentence = max(text.rfind(c, 0, start) for c in self.v.sentence_end)
            sentences.setdefault(sentence, []).append((start, m.end()))
        for spans in sentences.values():
            if len(spans) < 2:
                continue
            for s, e in spans:
                out.append(Candidate(s, e, "Programme", text[s:e], "cue-listed-parks", 0.7,
                                     priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(text[s:e], works=True)))
        return out

    def _listed_zones(self, text: str) -> list[Candidate]:
        """Named zones or parks listed after the words that make them a scheme's units (创建单位为：甲市乙县某某乡村振兴
        示范区、丙市丁区某某产业园、…。): each item of the run of 、 up to the sentence's end that opens with a place and
        ends in a zone's head is a scheme of its own (read as a listed park is, so that its innermost place carries it
        out); an item that does not is passed over."""
        v, out = self.v, []
        for m in v.listed_zones_lead.finditer(text):
            end = min((i for i in (text.find(c, m.end()) for c in "。；;\n") if i >= 0), default=len(text))
            pos = m.end()
            for part in text[m.end() : end].split("、"):
                s, e = pos, pos + len(part)
                pos = e + 1
                if v.listed_zone_item.fullmatch(part) and self._opens_with_place(part, (Level.CITY, Level.COUNTY, Level.TOWN)):
                    out.append(Candidate(s, e, "Programme", part, "cue-listed-zone", 0.7,
                                         priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(part, works=True)))
        return out

    def _counted_parts(self, text: str) -> list[Candidate]:
        """A counted umbrella printed alone after its verb (河北将实施十大工程), or before its works' start ceremony held
        (某乡举行2024年十大民生工程项目集中开工仪式: CountedWorksEvent), and its parts: the names with its head that
        open a sentence or a clause after it, or go on a run of 、 and 和 that opens one (特色产业集群打造工程：…。
        甲工程、乙工程和丙工程同步推进). The parts are read only where two or more and no more than the count are found."""
        v, out = self.v, []
        for m in v.counted_umbrella_event.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "Programme", m.group(1), "cue-counted-umbrella", 0.6,
                                 priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(m.group(1))))
        for m in v.counted_umbrella.finditer(text):
            head = m.group(3)
            count = v.numeral_values.get(m.group(2), 0)
            out.append(Candidate(m.start(1), m.end(1), "Programme", m.group(1), "cue-counted-umbrella", 0.6,
                                 priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(m.group(1))))
            part = re.compile(r"[\u4e00-\u9fff]{2,10}?" + re.escape(head))
            parts: list[tuple[int, int]] = []
            for i in range(m.end(), len(text)):
                if text[i - 1] not in "。：:；;\n" or text[i] in v.counted_part_not_start:
                    continue
                k = part.match(text, i)
                while k is not None and k.group()[0] not in v.counted_part_not_start and k.group() != m.group(1):
                    parts.append(k.span())
                    j = v.counted_part_joint.match(text, k.end())
                    k = part.match(text, j.end()) if j else None
            if 2 <= len(parts) <= (count or len(parts)):
                for s, e in parts:
                    out.append(Candidate(s, e, "Programme", text[s:e], "cue-counted-part", 0.6,
                                         priority=Priority.PROGRAMME_EXTENDS_KNOWN, programme=ProgrammeRef(text[s:e])))
        return out

    def _livelihood_packages(self, text: str) -> list[Candidate]:
        """A yearly package of livelihood matters named by its count (20项民生工程, 十个方面35项民生实事,
        十方面民生实事); printed again without the count of its groups (12类45件民生实事 … 45件民生实事) it is the same
        package, whose full name the shorter one takes."""
        found = [(m.start(), m.end(), m.group()) for m in self.v.livelihood_package.finditer(text)]
        out = []
        for s, e, name in found:
            full = {n for _, _, n in found if n != name and n.endswith(name)}
            surface = name
            if len(full) == 1:
                name = full.pop()
            out.append(Candidate(s, e, "Programme", name, "cue-livelihood-package", 0.8, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(surface), aliases=(surface,) if name != surface else ()))
        return out

    def _works(self, text: str) -> list[Candidate]:
        """Works projects named in a run that ends before a site word: …315省道改建工程，…长江公路大桥工程
        以及…203省道改建工程等项目现场; 来到国道…段改移工程施工现场."""
        v = self.v
        names: list[tuple[int, int, bool]] = []  # start, end, whether a name alone before a site word is a works name
        for m in v.works_head.finditer(text):
            he = m.end()
            bounds = list(v.works_boundary.finditer(text, max(0, m.start() - 30), m.start()))
            if not bounds:
                continue
            start = bounds[-1].end()
            if text[start : start + 1] in v.works_lead_particles and bounds[-1].group() not in v.designation_stop:
                start += 1  # 察看了南街村…项目: the particle after a lead's verb opens no name
            if he - start < 6 and len(bounds) > 1 and bounds[-1].group() in v.works_inner_joiners:
                start = bounds[-2].end()  # 沙厦高速尤溪西互通及接线工程: a joiner before a short tail lies inside the name
            if he - start < 6 or text.startswith(v.name_not_start, start):
                continue  # 到该县集中采访示范工程建设情况: a name opens with no referring word (该, 各, 本)
            if not v.works_word.search(text, start, m.start()) and not (
                    m.group() in v.named_works_heads and self._named_stem(self._works_name(text[start:he]), m.group())):
                continue  # 来到城区重点工程施工现场: no works word and no name of its own
            alone = m.group() in v.alone_works_heads or bool(v.works_word.search(text, start, m.start()))
            names.append((start, he, alone))
        out = []
        run: list[tuple[int, int, bool]] = []
        for k, (s, e, alone) in enumerate(names):
            run.append((s, e, alone))
            sep = v.works_separator.match(text, e)
            if k + 1 < len(names) and sep and sep.end() == names[k + 1][0]:
                continue  # the run goes on
            wa = v.works_after.match(text, e)
            if wa is None:  # 深入某镇某某工程、某某文化园等项目现场: sites of other kinds, then the list's close
                j = e
                while (item := v.site_list_item.match(text, j)) is not None:
                    j = item.end()
                wa = v.works_after.match(text, j) if j > e and text.startswith(v.listed_campaign_lead, j) else None
            if wa is not None and text[wa.end() : wa.end() + 1] in "”\"":
                wa = None  # “某省住建系统…民生工程推进情况”新闻发布会: the quoted topic of a report, no works named
            if wa is not None and (len(run) > 1 or alone):  # 走进古村落活化利用项目现场: a description
                for rs, re_, _ in run:
                    name = self._works_name(text[rs:re_], text)
                    surface = text[rs:re_]
                    out.append(Candidate(rs, re_, "Programme", name, "cue-works", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                         programme=ProgrammeRef(surface, works=True), aliases=(surface,) if name != surface else ()))
            run = []
        return out

    def _firm_projects(self, text: str) -> list[Candidate]:
        """An investment project named by the firm or place that builds it and what it will make (精锐恒丰年产300万只
        汽车传动皮带轮项目, 某县年处理20万吨粉煤灰综合利用项目, 某某科技有限公司电子产业园研发生产建设项目): a name that
        holds a mark of a firm's project (FirmProjectMark: 年产, 有限公司) and ends in the first 项目 after it, with no
        clause mark and no lead between; it opens after the last clause mark or lead before the mark (FirmProjectLead:
        的, 在, 是), or after a joiner right after another project's name (…项目和乙公司年产…项目). A bracket of a few
        words after the product (茉莉花（花草）茶) stays in the name."""
        v, out = self.v, []
        if not holds_any(text, v.firm_project_marks):
            return out
        seen = set()
        for m in v.firm_project_mark.finditer(text):
            head = v.firm_project_tail.match(text, m.end())
            if head is None:
                continue
            he = head.end()
            if v.firm_project_lead.search(text, m.end(), he) or v.firm_project_count.search(text, m.end(), he):
                continue  # 甲有限公司承建的乙项目: the firm builds another's project
            start = m.start()
            while start > 0 and m.start() - start < _FIRM_PROJECT_STEM_MAX and v.firm_project_stem.match(text[start - 1]):
                start -= 1
            lead = None
            for ld in v.firm_project_lead.finditer(text, start, m.start()):
                lead = ld
            if lead is not None:
                start = lead.end()
            opener = v.firm_project_opener.match(text, start) if start == 0 or text[start - 1] in "，,；;：:\n。" else None
            if opener is not None and opener.end() < m.start():
                start = opener.end()  # 援建项目中，有甲集团年产…项目: the verb that opens the clause is no part of the name
            for jn in v.firm_project_joiner.finditer(text, start, m.start()):
                if text.endswith(v.project_heads, 0, jn.start()):
                    start = jn.end()
            if he - start < 8 or text.startswith(v.name_not_start, start) or (start, he) in seen \
                    or text[start : start + 1].isdigit():
                continue
            seen.add((start, he))
            name = text[start:he]
            out.append(Candidate(start, he, "Programme", name, "cue-firm-project", 0.6, priority=Priority.PROGRAMME_PHRASE,
                                 programme=ProgrammeRef(name, works=True)))
        return out

    def _listed_unquoted(self, text: str) -> list[Candidate]:
        """Unquoted names joined by 、 after a strong verb in their clause and closed by 等, an umbrella name, a count
        and the same head (全省开展甲行动、乙行动、丙行动等某某行动16个专项行动; 实施甲工程、乙工程等十大工程): each item
        is a programme, and so is the umbrella. Every item must end in the head, with two characters or more before it,
        and hold Chinese characters alone; one that does not leaves the run unread."""
        v = self.v
        out: list[Candidate] = []
        if v.listed_campaign_lead not in text or not holds_any(text, v.listed_close_cues):
            return out
        for m in v.listed_close.finditer(text):
            head = m.group(2)
            start = max(text.rfind(c, 0, m.start()) for c in v.clause_marks) + 1
            parts = text[start : m.start()].split("、")
            verbs = list(v.listed_verb.finditer(parts[0]))
            if len(parts) < 2 or not verbs:
                continue
            first = verbs[-1].end()
            spans, pos = [], start + first
            parts[0] = parts[0][first:]
            for part in parts:
                spans.append((pos, pos + len(part)))
                pos += len(part) + 1
            if not all(_listed_item(text[s:e], head) for s, e in spans):
                continue
            for s, e in spans:
                out.append(Candidate(s, e, "Programme", text[s:e], "cue-listed-unquoted", 0.6,
                                     priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(text[s:e])))
            if m.group(1) and len(m.group(1)) >= 4:
                out.append(Candidate(m.start(1), m.end(1), "Programme", m.group(1), "cue-listed-unquoted", 0.6,
                                     priority=Priority.PROGRAMME_PHRASE, programme=ProgrammeRef(m.group(1))))
        return out

    def _listed_campaign(self, text: str, m: re.Match):
        """The head after 等 that closes a run of two or more double quotes ``m`` is in (开展“甲”“乙、丙”“丁”等行动), as
        an AfterQuoteHead match; None where the run is one quote, no 等 closes it, or the head is weak or an event's."""
        v = self.v
        j, count = m.end(), 1
        while text.startswith("“", j) or text.startswith("、“", j):
            j += text.startswith("、", j)
            k = text.find("”", j + 1)
            if k < 0 or k - j > 32:
                return None
            j, count = k + 1, count + 1
        i = m.start()
        while i > 0 and (text[i - 1] == "”" or text[i - 2 : i] == "”、"):
            i -= text[i - 1] == "、"
            k = text.rfind("“", 0, i - 1)
            if k < 0 or i - k > 32:
                return None
            i, count = k, count + 1
        if count < 2 or not text.startswith(v.listed_campaign_lead, j):
            return None
        aq = v.after_quote.match(text[j + len(v.listed_campaign_lead) : j + len(v.listed_campaign_lead) + 8])
        if aq is None or aq.group(1) in v.weak_after_quote or aq.group(1) in v.event_heads:
            return None
        return aq

    def _names_run(self, name: str) -> bool:
        """Whether a started project's name is a run of names, a head and a separator inside it (某某改造项目和某某整治
        工程已于5月底全部完工): each name is read by the run's own rule, not the whole as one."""
        return self.v.head_then_separator.search(name) is not None

    def _joined_works(self, name: str) -> bool:
        """Whether the one stop character in a started project's name is a joiner inside a works name: a works word
        before it and a tail too short to be a name of its own after it (某某黄河大桥及其引道工程, 某某大桥及接线工程)."""
        v = self.v
        k = max(name.rfind(j) for j in v.works_inner_joiners)
        if k < 0 or any(c in name[:k] + name[k + 1 :] for c in v.name_stop):
            return False
        tail = name[k + 1 :]
        tail = tail[len(v.works_joined_pronoun) :] if tail.startswith(v.works_joined_pronoun) else tail
        head = next((h for h in v.project_heads if tail.endswith(h)), "")
        if not head:
            return False
        if 1 <= len(tail) - len(head) <= _JOINED_TAIL_MAX and bool(v.works_word.search(name, 0, k)):
            return True
        # 某某市政道路及地下管网建设项目: two kinds of works joined, the part before the joiner ending in one and the tail
        # opening with one within two characters
        return len(tail) - len(head) <= _JOINED_KINDS_TAIL_MAX and self._ends_in_works_kind(name[:k]) \
            and any(self._ends_in_works_kind(tail[: n]) for n in range(2, 5))

    def _ends_in_works_kind(self, part: str) -> bool:
        """Whether ``part`` ends in a works word or a kind of works a joiner may join (JoinedWorksKind)."""
        v = self.v
        return part.endswith(v.joined_works_kinds) or any(m.end() == len(part) for m in v.works_word.finditer(part))

    def _works_name(self, name: str, text: str = "") -> str:
        """A works project's name without the places and zones printed before it (开发区·铁山区315省道改建工程 →
        315省道改建工程; 阳新203省道…): a full place name, a short one before a number, or a zone. A name without a
        works word (阳新某某工程) loses a short place name too, where four characters of its own stay before the head,
        and a place with a word of location (某村内某某项目)."""
        v, gaz = self.v, Gazetteer.load()
        local = v.works_locative.match(name)
        if local and not v.works_word.search(name) and len(name) - local.end() >= 6:
            name = name[local.end() :]  # 某村内某某项目: the place the works lie in, no part of the name
        while True:
            worded = bool(v.works_word.search(name))
            zone = v.zone_prefix.match(name)
            cut = zone.end() if zone else 0
            for n in range(min(7, len(name) - 6), 1, -1):
                if cut:
                    break
                place = gaz.resolve(name[:n])
                if place is None or name[n : n + 1] in v.works_run_on:
                    continue  # 新镇区排水…工程: a place's name run on into a longer one (a zone) is no place cut off
                short = place.name != name[:n] and not name[n : n + 1].isdigit()
                if short and text and place.level != Level.COUNTY \
                        and not re.search(re.escape(name[:n]) + "(?!" + re.escape(name[n]) + ")", text):
                    continue  # 三沙源上游学校项目: a city's short form the text names nowhere else is part of the name
                if place.name == name[:n] or name[n : n + 1].isdigit() or not worded:
                    cut = n
            if not cut or len(name) - cut < 6 or (worded and not v.works_word.search(name, cut)):
                return name
            name = name[cut:].lstrip("·")

    def _named_stem(self, name: str, head: str) -> bool:
        """Whether a works name without a works word (某某工程, before a site word) has a stem of its own: four
        characters or more, not general words and fields alone (重点民生工程), no whole scope (全县重点项目), no verb
        (加快推进…工程) and no stop character."""
        v, gaz = self.v, Gazetteer.load()
        stem = name[: -len(head)] if name.endswith(head) else name
        while True:  # 浏阳市防汛工程: a place's works of a field, no name of its own
            zone = v.zone_prefix.match(stem)
            cut = zone.end() if zone else next((n for n in range(min(7, len(stem) - 1), 1, -1) if gaz.resolve(stem[:n]) is not None), 0)
            if not cut:
                break
            stem = stem[cut:].lstrip("·")
        return (len(stem) >= 4 and not v.scheme_generic.fullmatch(stem) and not v.whole_scope.match(stem)
                and not v.scheme_verb.search(stem) and not any(c in stem for c in v.name_stop))

    def _works_counted(self, text: str, tokens: list, start: int, name: str) -> bool:
        """Whether a count word (一批, 若干, 多个) stands right before a name of parks or zones, with no lead that confers
        right before the count (认定一批…示范园区 confers) and no level opening the name (建成一批省级…示范园区): the
        name is of works built, not of a designation."""
        v = self.v
        count = next((w for w in v.works_counts if name.startswith(w)), None)
        at = start if count else -1
        if count is None and tokens and tokens[-1].end() == start and tokens[-1].group() in v.works_counts:
            count, at = tokens[-1].group(), tokens[-1].start()
        if count is None:
            return False
        rest = text[at + len(count) :]
        if any(rest.startswith(w) for w in v.level_words):
            return False
        prior = [t for t in tokens if t.end() == at]
        return not any(t.lastgroup == "lead" and t.group() not in v.built_leads for t in prior)

    def _quoted_work_designation(self, text: str, tokens: list, start: int, hs: int, he: int) -> tuple[int, int] | None:
        """Where the name before the head at ``hs`` is a word of work right after a quote (“双减”工作示范区), that quote
        opened right after a lead or a batch, and a list word follows the head: the opening quote's offset and the
        member lead's (or -1)."""
        v = self.v
        listed = bool(v.designation_after.match(text, he))
        if not (start >= 2 and text[start - 1] in v.quote_closers and text[start:hs] in v.quoted_work_words
                and (listed or text.startswith(v.honour_list_next, he))):
            return None
        stops = [t for t in tokens if t.lastgroup == "stop" and t.end() <= start - 1]
        if len(stops) < 1 or stops[-1].group() not in v.quote_openers:
            return None
        qs = stops[-1].start()
        inner = text[qs + 1 : start - 1]
        if not 2 <= len(inner) <= _QUOTED_WORK_LONGEST or any(c in v.designation_stop for c in inner):
            return None
        before = [t for t in tokens if t.end() <= qs]
        if not before or before[-1].end() != qs or before[-1].lastgroup not in ("lead", "batch"):
            return None
        lead_at = next((t.start() for t in reversed(before) if t.lastgroup == "lead" and t.group() in v.member_leads), -1)
        if not listed:  # 获评甲、全国首批“乙”创建试点村、丙等荣誉: in an honours list, only after a member's lead in its clause
            clause = max(text.rfind(c, 0, qs) for c in v.honour_clause_ends) + 1
            lead_at = next((t.start() for t in reversed(list(v.designation_token.finditer(text, clause, qs)))
                            if t.lastgroup == "lead" and t.group() in v.member_leads), -1)
            if lead_at < 0:
                return None
        return qs, lead_at

    def _shared_member_lead(self, text: str, mark: int) -> int | None:
        """Where the member lead stands that opens a run of titles ending at the list mark at ``mark`` (甲村获评
        国家级某某基地、…), within the clause and no further back than a run of two designations' length; None if none,
        or if the item before the mark ends as a place's name does (a run of members, not of titles)."""
        v = self.v
        if text[mark - 1 : mark] in v.joined_field_end and not any(text.endswith(h, 0, mark) for h in v.designation_heads):
            return None  # 入选的7地为甲市乙区、…: a run of places, the members, and no titles (…名镇、: a title)
        lo = max(0, mark - 2 * _LONG_DESIGNATION)
        end = max((text.rfind(c, lo, mark) for c in v.designation_clause_end), default=-1)
        lo = max(lo, end + 1)
        leads = [t for t in v.designation_token.finditer(text, lo, mark) if t.lastgroup == "lead"]
        if not leads or leads[-1].group() not in v.member_leads:
            return None
        return leads[-1].start()

    def _outside_terms(self, text: str, tokens: list, lo: int) -> list:
        """``tokens`` but the stops inside an inner term of a name (农村一、二、三产业融合发展示范县: the marks of the
        enumerated sectors part nothing)."""
        return [t for t in tokens if t.lastgroup != "stop" or not _in_term(text, t, lo, self.v.stop_terms)]

    def _paired_schemes(self, text: str, start: int, hs: int) -> list[tuple[int, int]] | None:
        """The spans of two schemes a place is a pilot of at once (入选某省甲平台迭代工程和乙工程双试点市): a pair mark
        (DesignationPairMark) before the head and a coordinator between two names that each end in a programme's head;
        None where the words before the head are not so built."""
        v = self.v
        mark = next((p for p in v.pair_marks if text.endswith(p, start, hs)), None)
        if mark is None:
            return None
        stem_end = hs - len(mark)
        for k in range(stem_end - 2, start + 1, -1):
            if text[k] in v.designation_coordinators:
                spans = [(start, k), (k + 1, stem_end)]
                if all(b - a >= _PAIRED_SCHEME_MIN and text[a:b].endswith(tuple(v.heads)) for a, b in spans):
                    return spans
                return None
        return None

    def _designations(self, text: str) -> list[Candidate]:
        """The designations of :meth:`_designations_read`, where a head printed in quotes right after its field
        (全国县域商业“领跑县”, QuotedFieldHead) ends a name as the head unquoted does: the marks are read past, and each
        name's span and surface are the printed ones."""
        quoted = list(self.v.quoted_field_head.finditer(text))
        if not quoted:
            return self._same_designation_scoped(self._designations_read(text))
        marks = {m.start() for m in quoted} | {m.end() - 1 for m in quoted}
        kept = [i for i in range(len(text)) if i not in marks]  # plain position -> printed position
        plain = "".join(text[i] for i in kept)
        out = []
        for c in self._designations_read(plain):
            s = kept[c.start]
            e = kept[c.end - 1] + 1
            if e < len(text) and e in marks:
                e += 1  # the closing mark of a head that ends the name
            if s - 1 in marks and text[s - 1] == "“":
                s -= 1
            surface = text[s:e]
            programme = dataclasses.replace(c.programme, surface=surface) if c.programme is not None else None
            out.append(dataclasses.replace(c, start=s, end=e, programme=programme))
        return self._same_designation_scoped(out)

    def _same_designation_scoped(self, found: list[Candidate]) -> list[Candidate]:
        """A designation printed once with its national scope and once without (全国县域商业领跑县, 打造一批县域商业领跑县)
        in one text is one designation: the name without the scope is the scoped one's alias."""
        names = {c.name for c in found}
        out = []
        for c in found:
            # 全国双拥模范城（县）: named without its bracket of kinds of the same tier, the printed form its alias (one
            # designation with …“全国双拥模范城” printed in the same text or another)
            at = self._alternative_at(c.name)
            if at > 0:
                c = dataclasses.replace(c, name=c.name[:at], aliases=tuple(c.aliases) + (c.name,))
            scoped = next((w + c.name for w in self.v.national_words if w + c.name in names), None) \
                or self._province_spelled_out(c.name, names)
            out.append(dataclasses.replace(c, name=scoped, aliases=tuple(c.aliases) + (c.name,)) if scoped else c)
        return out

    @staticmethod
    def _province_spelled_out(name: str, names: set[str]) -> str | None:
        """The name of the same designation with its province printed in full, where the text names it so too
        (广东名镇名村 beside 第二批广东省名镇名村: the province's short form opens the first), or None."""
        gaz = Gazetteer.load()
        # 第二批名镇名村 beside 第二批广东省名镇名村: printed bare, the one province's name the text gives it, in full or by
        # its short form (特色名村 beside 广西特色名村)
        owned: dict[str, str] = {}  # the province's code -> the name, printed with the province in full where it is
        for n in sorted(names):
            if n.endswith(name) and n != name:
                for d in gaz.lookup(n[: -len(name)]):
                    if d.level == Level.PROVINCE and n[: -len(name)] in (d.name, d.short) \
                            and (d.code not in owned or n[: -len(name)] == d.name):
                        owned[d.code] = n
        if len(owned) == 1:
            return next(iter(owned.values()))
        for k in range(2, min(len(name) - 1, _PROVINCE_LONGEST) + 1):
            rest = name[k:]
            for d in gaz.lookup(name[:k]):
                if d.level == Level.PROVINCE and d.name != name[:k] and d.name + rest in names:
                    return d.name + rest
        return None

    def _designations_read(self, text: str) -> list[Candidate]:
        """Designations a body confers (全国乡村治理示范村, 广西特色名村): a name ending in a designation head,
        opened by a lead (入选, 认定, 第二批, 98个) or alone on its line or before a list word (…名单), and
        the names coordinated with it (…示范镇、村: …示范镇 and …示范村)."""
        v = self.v
        found: list[tuple[int, int, str, str, int]] = []  # start, end, name, surface, lead offset (or -1)
        bare: list[tuple[int, int, str, int]] = []  # a head printed alone: start, end, head, lead offset (or -1)
        inside_to = -1  # the end of a bracket of alternatives read into a name (…示范村（社区）): no head of its own
        for m in _heads_reaching_furthest(v.designation_head, text):
            hs, he = m.span()
            if hs < inside_to:
                continue
            alternative, head_end = self._alternative_bracket(text, m.group(), he), he
            if alternative:  # 全国民主法治示范村（社区）, 全国双拥模范城（县）: one designation, the bracket in its name
                he = inside_to = alternative
            if v.designation_not_before.match(text, he):
                continue  # 特色小镇建设项目, 3000多名村民: a project's name, another word; no designation, bare or whole
            # the line around the head, looked for no further than a designation's length (long lines stay linear)
            line_start = text.rfind("\n", max(0, hs - 21), hs) + 1 or max(0, hs - 21)
            line_end = text.find("\n", he, he + 40)
            line_end = min(len(text), he + 40) if line_end < 0 else line_end
            window_start = max(line_start, hs - 20)
            raw = list(v.designation_token.finditer(text, window_start, hs))
            tokens = self._outside_terms(text, raw, window_start)
            if len(tokens) < len(raw) and window_start > line_start:
                # a name longer for its inner term (农村一、二、三产业…): its lead is looked for as far back as a long name
                window_start = max(line_start, hs - _LONG_DESIGNATION)
                tokens = self._outside_terms(text, list(v.designation_token.finditer(text, window_start, hs)), window_start)
            if not tokens and window_start > line_start:
                # 公布第三批山西省省级文化产业和旅游产业融合发展示范区建设单位名单: a long name with no lead, batch or stop in
                # the usual window is looked for as far back as a long name reaches
                wider = text.rfind("\n", max(0, hs - _LONG_DESIGNATION - 1), hs) + 1 or max(0, hs - _LONG_DESIGNATION)
                tokens = self._outside_terms(text, list(v.designation_token.finditer(text, wider, hs)), wider)
                if tokens and "\u4e00" <= text[tokens[-1].end()] <= "\u9fff":
                    line_start = window_start = wider
                else:
                    tokens = []  # …(2021年度)历史文化(传统)…: a name that would open with a mark is none
            # 农村厕所革命整村推进示范村: a lead's word inside a longer term of the name (整村推进) leads nothing
            # (…示范乡(镇)创建单位和示范村: 创建 inside 创建单位, a term that spans the lead, leads nothing either)
            tokens = [t for t in tokens if t.lastgroup != "lead" or not _in_term(text, t, window_start, v.inner_terms)]
            # 以 leads only a designation taken up as the lead of the subject's work (以…试点县建设为契机), and not where the
            # text names the drive for it by the name's stem and 创建 (某某综合示范创建 … 以某某综合示范县建设为抓手: one scheme)
            tokens = [t for t in tokens if t.lastgroup != "lead" or t.group() not in v.taken_leads
                      or v.designation_taken.match(text, he)
                      and (hs - t.end() < 2 or not any(text.find(text[t.end() : he - 1] + w) >= 0 for w in v.drive_words))]
            # 公布无为市某某产业园…: a lead's word inside a county's or city's name printed in full (为 in 无为市) leads nothing
            tokens = [t for t in tokens if t.lastgroup != "lead" or not _inside_division_name(text, t.start(), t.end())]
            if tokens and tokens[-1].lastgroup == "lead" and tokens[-1].group() in v.assessed_leads \
                    and not v.designation_assessed.match(text, he):
                continue  # 通过建设…示范县: a means, no designation passed (a review after the name makes it one)
            if tokens and tokens[-1].lastgroup == "lead" and tokens[-1].group() in v.titled_leads \
                    and not v.title_after.match(text, he):
                continue  # 获得全国文明城市提名城市资格: no title conferred (获得…示范县称号 is one)
            # 认定…为2025年广东省休闲农业与乡村旅游示范镇: a joiner between two fields after a lead or a batch lies inside the
            # name, not between two names (a place before it, 甲村与乙村, is no field)
            if (len(tokens) >= 2 and tokens[-1].lastgroup == "stop" and tokens[-1].group() in v.designation_joiners
                    and (tokens[-2].lastgroup in ("lead", "batch") or tokens[-2].group() in v.designation_list_marks
                         and self._shared_member_lead(text, tokens[-2].start()) is not None)
                    and 2 <= tokens[-1].start() - tokens[-2].end() <= 8
                    and text[tokens[-1].start() - 1] not in v.joined_field_end and hs - tokens[-1].end() >= 2):
                tokens.pop()
            glued = tokens[-1] if tokens and tokens[-1].lastgroup == "lead" and tokens[-1].group() in v.quoted_work_words \
                and text[tokens[-1].start() - 1 : tokens[-1].start()] in v.quote_closers else None
            quoted = self._quoted_work_designation(text, tokens[:-1], glued.start(), hs, he) if glued else None
            if quoted is not None:  # “美丽乡村”创建试点村: a lead's word right after the quote is the word of its work
                qs, lead_at = quoted
                found.append((qs, he, text[qs + 1 : glued.start() - 1] + text[glued.start() : he], text[qs:he], lead_at))
                continue
            if tokens:
                start = tokens[-1].end()
            elif window_start == line_start:
                start = line_start
            else:
                continue
            name = text[start:he]
            if len(name) > 4 and any(name.startswith(w, 1) for w in v.national_words) \
                    and not any(name.startswith(w) for w in v.national_words):
                # 这是自全国双拥模范城开展命名以来, 力争创建全国…示范县: a national designation opens with its scope; the
                # one word before it (自, the 建 of 创建) is the clause's, not the name's
                start, name = start + 1, name[1:]
            # 公布首批“双减”工作示范区名单: a quoted campaign, then the word of its work, then the head, after a lead or a
            # batch and before a list word, is a designation of its own (named without the marks), not the campaign
            quoted = self._quoted_work_designation(text, tokens, start, hs, he)
            if quoted is not None:
                qs, lead_at = quoted
                found.append((qs, he, text[qs + 1 : start - 1] + text[start:he], text[qs:he], lead_at))
                continue
            # 入选广东省首批典型镇培育名单: a province or city printed before the batch owns the designation
            owner = None
            if len(tokens) >= 2 and tokens[-1].end() == start and tokens[-1].lastgroup in ("lead", "batch") \
                    and tokens[-2].end() < tokens[-1].start() and len(name) - len(m.group()) < 2 \
                    and not (tokens[-1].lastgroup == "lead" and tokens[-1].group() in v.member_leads):
                # (苏州市上榜村庄最多: a place before a member's lead is a member, no owner of the bare head after it)
                place = Gazetteer.load().resolve(text[tokens[-2].end() : tokens[-1].start()])
                if place is not None and place.level in (Level.PROVINCE, Level.CITY) \
                        and place.name == text[tokens[-2].end() : tokens[-1].start()]:
                    owner = place.name
            if owner:
                found.append((tokens[-2].end(), he, owner + name, text[tokens[-2].end() : he],
                              tokens[-2].start() if tokens[-2].group() in v.member_leads else -1))
                continue
            # 进入河南省第一批乡村建设示范乡(镇)创建单位名单: a province or city printed right before the batch owns a longer
            # name too, unless the name is a national one (陕西省第二批全国乡村旅游重点村 stays 全国…) or names its level
            if tokens and tokens[-1].end() == start and tokens[-1].lastgroup == "batch" and len(name) - len(m.group()) >= 2 \
                    and not v.count_batch.fullmatch(tokens[-1].group()) \
                    and not any(name.startswith(w) for w in v.national_words + v.level_words + v.short_scopes):
                at = tokens[-2].end() if len(tokens) >= 2 else window_start
                owner_at = self._owner_before(text, at, tokens[-1].start())
                if owner_at is not None:
                    lead = tokens[-2] if len(tokens) >= 2 and tokens[-2].end() == owner_at else None
                    found.append((owner_at, he, text[owner_at : tokens[-1].start()] + name, text[owner_at:he],
                                  lead.start() if lead is not None and lead.group() in v.member_leads else -1))
                    continue
            if name == m.group() and tokens and tokens[-1].end() == hs and (
                    tokens[-1].lastgroup == "batch" or tokens[-1].group() in v.batch_words):
                # 自治区光伏扶贫首批试点县: a batch between the scheme's words and the head; the name is both without it
                stem_at = tokens[-2].end() if len(tokens) >= 2 else window_start
                stem = text[stem_at : tokens[-1].start()]
                if len(stem) >= _BATCH_INSIDE_STEM_MIN and not any(c in v.designation_stop for c in stem):
                    tokens, start, name = tokens[:-1], stem_at, stem + m.group()
            if any(c in v.designation_stop and c not in v.designation_joiners for c in _without_terms(name, v.inner_terms)):
                continue
            if v.level_range.match(name):
                continue  # 建成市级以上美丽乡村示范村: titles of several levels counted, no designation named
            if v.measured_area.match(name):
                continue  # 已建成50万亩核心示范区: a zone measured by its area, no designation conferred
            if v.kind_stem.fullmatch(name[: -len(m.group())]):
                continue  # 选取甲、乙四个县市区试点: the places' kind before the head (a verb there), no designation's name
            if name.startswith(v.supervising_verbs):
                continue  # 这次来是督导某某改革试点: a visit to supervise a pilot, no place or body made its member
            if name.startswith(v.proposing_verbs):
                continue  # 评审组研究提出重点县名单: the list drafted, no designation named
            if start and text[start - 1] in "”’\"":
                continue  # “四好农村路”全国示范县, “千万工程”示范村培育名单: the quoted name is the programme
            if tokens and tokens[-1].end() == start and tokens[-1].group() in v.listed_close_words \
                    and text[tokens[-1].start() - 1 : tokens[-1].start()] in "”’\"":
                continue  # 开展“一县一策”等改革试点: the quoted schemes are the programmes, the words after 等 their kind
            if name[: len(name) - (he - head_end) - len(m.group())] in v.level_words and m.group() in v.level_alone_heads:
                # 列入首批县级示范村, 列入首批省级示范创建村名单: a batch, a level and the head alone after a member's lead name
                # no designation of their own; they stand for the one the text names in full with that head, if any
                k, at, batched = len(tokens) - 1, -1, False
                while k >= 0 and tokens[k].lastgroup in ("lead", "batch") \
                        and tokens[k].end() == (start if k == len(tokens) - 1 else tokens[k + 1].start()):
                    if tokens[k].lastgroup == "lead" and tokens[k].group() in v.member_leads:
                        at = tokens[k].start()
                        break
                    batched = batched or tokens[k].lastgroup == "batch" or tokens[k].group() in v.batch_words
                    k -= 1
                if at >= 0 and batched:  # (获评省级精品示范村, with no batch, stays the province's title)
                    bare.append((start, he, m.group(), at))
                    continue
            if len(name) - (he - head_end) - len(m.group()) < 2:
                if alternative:  # 三、示范创建村（社区）（60个）: a list's heading printed by its head alone, as without the bracket
                    he, name, alternative = head_end, name[: len(name) - (he - head_end)], 0
                # a bare head where a designation is conferred or heads a list (…等6个村为示范点; 一、示范镇（5个）): the
                # designation of the text that ends in it, or the one named just before with its head changed
                # (成都市入选首批30个试点地区: a batch between the member's lead and the head leaves the lead the member's)
                k = len(tokens) - 1
                while k >= 0 and tokens[k].end() == (start if k == len(tokens) - 1 else tokens[k + 1].start()) \
                        and (tokens[k].lastgroup == "batch"
                             or tokens[k].lastgroup == "lead" and tokens[k].group() not in v.member_leads):
                    k -= 1
                batched = name == m.group() and 0 <= k < len(tokens) - 1 and tokens[k].end() == tokens[k + 1].start() \
                    and tokens[k].group() in v.member_leads
                if name == m.group() and (v.designation_count.match(text, he) or v.designation_after.match(text, he)
                                          or (tokens and tokens[-1].end() == start and tokens[-1].group() in v.member_leads)):
                    bare.append((start, he, name, tokens[-1].start() if tokens and tokens[-1].end() == start else -1))
                elif batched:
                    bare.append((start, he, name, tokens[k].start()))
                elif name == m.group() and len(tokens) >= 2 and tokens[-1].end() == start and tokens[-1].group() == "的" \
                        and tokens[-2].group() in v.member_leads \
                        and text[tokens[-2].end() : tokens[-1].start()] in v.designation_times:
                    bare.append((start, he, name, tokens[-2].start()))  # …被确定为今年的试点县: the year's, conferred
                continue
            if start and text[start - 1] in "”’\"":
                continue  # “四好农村路”全国示范县: the quoted name is the programme
            # the run of leads and batches just before the name
            lead_at, member, i, led, worded = -1, False, len(tokens) - 1, False, False
            # (入选全国第二批…试点: a scope between the lead and the batch keeps the run whole)
            while i >= 0 and tokens[i].lastgroup in ("lead", "batch") and (
                    i == len(tokens) - 1 or tokens[i].end() == tokens[i + 1].start()
                    or tokens[i + 1].lastgroup == "batch" and text[tokens[i].end() : tokens[i + 1].start()] in v.scope_words):
                led = True
                worded = worded or tokens[i].lastgroup == "lead"
                if tokens[i].lastgroup == "lead" and tokens[i].group() in v.member_leads and not member:
                    member, lead_at = True, tokens[i].start()
                elif tokens[i].lastgroup == "batch" and not member and v.count_batch.fullmatch(tokens[i].group()) \
                        and tokens[i].start() and text[tokens[i].start() - 1] in v.member_unit_ends:
                    member, lead_at = True, tokens[i].start()  # 甲县、乙区2个国家级…示范县: a count right after the places
                i -= 1
            if not led and start and tokens and tokens[-1].end() == start and tokens[-1].group() in v.designation_list_marks:
                shared = self._shared_member_lead(text, tokens[-1].start())
                if shared is not None:  # 甲村获评某某基地、某省某某示范点: the lead of the run opens this title too
                    led = worded = member = True
                    lead_at = shared
            after = bool(v.designation_after.match(text, he))
            counted = bool(v.designation_count.match(text, he))
            alone = not text[he:line_end].strip(" 。.") and all(t.lastgroup == "stop" for t in tokens[-1:])
            if m.group() in v.listed_heads and not after and not (
                    m.group() in v.leveled_heads and worded and name.startswith(v.level_words)
                    and not is_cjk(text[he : he + 1])):
                # 推进美丽乡村: a kind of village; 建成16个省级美丽乡村: a level's designation after a lead's word (整合5个
                # 省级线上平台, a count alone, confers none)
                continue
            if not (led or after or counted or alone):
                continue
            if tokens and tokens[-1].end() == start and tokens[-1].group() in v.built_leads \
                    and v.built_count.match(text, he) and not self._owned(name):
                continue  # 建成垃圾分类示范村12个: places of a kind built and counted, no title conferred
            if tokens and v.count_batch.fullmatch(tokens[-1].group()) and not after and text.startswith("的", he):
                continue  # 三个旅游重点镇的…: places described by a count, no designation conferred
            if m.group() in v.led_heads and led and tokens and text[max(0, tokens[-1].start() - 1) : tokens[-1].end()] in v.not_leads:
                led = False  # 作为某某旅游度假区的核心: 为 in 作为 confers nothing
            if m.group() in v.led_heads and not (led or after or counted):
                continue  # 建设…城乡统筹示范区。: a zone to build, not a designation, unless a lead or a list names it
            if m.group() in v.led_heads and not after and self._works_counted(text, tokens, start, name):
                continue  # 再建设一批油茶丰产示范园, 建成多个茶叶示范园: works counted, no designation conferred
            if m.group() in v.worded_heads and not (worded or after or counted):
                continue  # 察看了…养殖示范园: a park visited, unless a lead's word (承接了, 入选) confers it
            if v.designation_not_before.match(text, he):
                continue  # 察看了某地特色小镇建设项目: a project named after a kind of place, no designation
            if m.group() in v.membered_heads and not (
                    member and not "\u4e00" <= text[he : he + 1] <= "\u9fff"
                    and text[max(0, lead_at - 1) : lead_at + 1] not in v.not_leads):
                # 开展农村宅基地制度改革试点: a pilot carried out, no places made its members; 甲街道作为新增试点: 为 in 作为
                # confers nothing (the pilot's site, which the relations read); 公布…试点名单: left to the list's own
                # name (…试点地区名单), as before
                continue
            if m.group() in v.conferred_heads and not (after or counted or (member and not "\u4e00" <= text[he : he + 1] <= "\u9fff")):
                continue  # 推进美丽村庄建设, 成为全市示范小城镇建设中的样板: a kind of place to build, no designation conferred
            if m.group() in v.conferred_heads and not self._owned(name):
                bare.append((start, he, name, lead_at))  # 被评为美丽村庄: a kind of village, unless the text names it in full
                continue
            if name[: -len(m.group())] in v.scope_words and member and any(
                    f[1] <= start and f[2].endswith(m.group()) and len(f[2]) - len(m.group()) >= 2
                    and f[2][: -len(m.group())] not in v.scope_words for f in found):
                # 创建培育200个电子商务进农村示范县，甲县、乙县被批准为国家级示范县: a scope and the head alone, conferred after
                # the designation is named in full, stand for it
                bare.append((start, he, m.group(), lead_at))
                continue
            if name[: -len(m.group())] in v.scope_words and tokens and tokens[-1].end() == start \
                    and v.count_batch.fullmatch(tokens[-1].group()):
                # 先后确定三批共150个全国试点地区: a count, a scope and the head alone count the members of the
                # designation named before; they name none of their own
                bare.append((start, he, m.group(), lead_at))
                continue
            scope = v.designation_scope.search(text, max(line_start, tokens[-1].start() - 4), tokens[-1].start()) \
                if tokens and tokens[-1].lastgroup == "batch" else None
            if scope:  # 全国第三批乡村治理示范镇 is 全国乡村治理示范镇
                name = scope.group() + name
            if len(name) - len(m.group()) >= 2 and text[hs - 1 : hs] in v.designation_coordinators \
                    and not any(name[: -len(m.group()) - 1].endswith(h) for h in v.designation_heads):
                # 被命名的先进县、先进乡镇和示范村: the head alone after 和 ends a run of kinds of honoured places, no name that
                # holds them all (the places named members elsewhere are members of the designation named in full)
                continue
            # 公布…美丽小城镇和美丽村庄名单: two designations coordinated under one lead or list word
            cut = max((k for k in range(2, len(name) - len(m.group())) if name[k] in v.designation_coordinators
                       and any(name[:k].endswith(h) for h in v.designation_heads)), default=0)
            if cut:
                found.append((start, start + cut, name[:cut], text[start : start + cut], lead_at))
                start, name = start + cut + 1, name[cut + 1 :]
                if name == m.group():  # …卫生镇和卫生村名单: the second printed by its head alone
                    bare.append((start, he, name, -1))
                    continue
            pair = self._paired_schemes(text, start, hs)
            if pair is not None:  # 入选甲工程和乙工程双试点市: the two schemes, not one designation named after both
                found += [(a, b, text[a:b], text[a:b], lead_at) for a, b in pair]
                continue
            found.append((start, he, name, text[start:he], lead_at))
            # coordinated: …示范镇、村 / …示范乡镇、示范村 / …重点村、镇(乡)
            more = v.designation_more.match(text, he) if not alternative else None
            if more:
                word = more.group(1)
                nxt = text[more.end() : more.end() + 1]
                # a unit in brackets closes itself (…卫生乡镇（村）复审结果): what follows may be any word
                if not nxt or not ("\u4e00" <= nxt <= "\u9fff") or nxt == "的" or v.designation_after.match(text, more.end()) \
                        or more.group().startswith("（"):
                    base = name[: -len(m.group())] if word in v.designation_heads else \
                        name[: -len(next((u for u in v.units if name.endswith(u)), ""))] if any(name.endswith(u) for u in v.units) else ""
                    if base and len(base) >= 2:
                        found.append((more.start(1), more.end(1), base + word, base + word, lead_at))
        found += self._bare_designations(text, found, bare)
        # one designation for each kind of place in a document: …示范镇 = …示范乡镇 where both are written
        names = {f[2] for f in found}
        out = []
        for s, e, name, surface, lead_at in found:
            aliases = ()
            unit = next((u for u in v.units if name.endswith(u)), "")
            kind = v.unit_kind.get(unit, unit) if unit else ""
            if unit and kind != unit and name[: -len(unit)] + kind in names:
                name = name[: -len(unit)] + kind
                aliases = (surface,)
            record = ProgrammeRef(surface, designation=True, member_lead=s - lead_at if lead_at >= 0 else None)
            # a designation named after a known scheme (驻镇帮镇扶村示范村, 全县农村厕所革命整村推进示范村) is the designation, not the
            # scheme in it
            extends_known = any(k in surface and surface != k for k in self.lexicon.table)  # …厕所革命整村推进示范村 too
            out.append(Candidate(s, e, "Programme", name, "cue-designation", 0.7,
                                 priority=Priority.PROGRAMME_EXTENDS_KNOWN if extends_known else Priority.PROGRAMME_QUOTED,
                                 programme=record, aliases=aliases))
        return out


    def _conferred_unit(self, inner: str) -> bool:
        """Whether a quote's text, conferred by a verb right before it, names a designation by the kind of place it ends
        in (被评为“绿美乡镇”, 被命名为“美丽村庄”: ConferredQuoteUnit), not an honour (“先进镇”, “某某之乡”:
        ConferredQuoteHonour)."""
        return _CONFERRED_QUOTE_MIN <= len(inner) <= _CONFERRED_QUOTE_MAX and bool(self.v.conferred_unit_end.search(inner)) \
            and not any(w in inner for w in self.v.conferred_honour) and not self.v.conferred_unit_end.fullmatch(inner)

    def _ends_in_designation(self, inner: str) -> bool:
        """Whether a quote's text ends in a designation's head, or in one and a bracket of the kinds of its tier
        (“全国民主法治示范村（社区）”)."""
        return self._alternative_at(inner) > 0 or bool(self.v.designation_end.search(inner))

    def _alternative_at(self, name: str) -> int:
        """Where a bracket of kinds of the head's tier that closes ``name`` opens (全国双拥模范城（县）: at （), else -1."""
        at = max(name.rfind("（"), name.rfind("("))
        head = self.v.designation_end.search(name[:at]) if at > 0 else None
        return at if head and self._alternative_bracket(name, head.group(), at) == len(name) else -1

    def _alternative_bracket(self, text: str, head: str, he: int) -> int:
        """Where a bracket right after a designation's head ends, when it names a kind of place of the head's tier that
        may stand for the head's own (示范村（社区）, 模范城（县）, 先进县（市、区）; DesignationAlternativeUnit), else 0."""
        if text[he : he + 1] not in ("（", "("):
            return 0
        close = next((k for k in range(he + 1, min(len(text), he + 8)) if text[k] in "）)"), -1)
        if close < 0:
            return 0
        inner = text[he + 1 : close].split("、")
        for unit, alternatives in self.v.alternative_units.items():
            if head.endswith(unit) and all(w in alternatives for w in inner):
                return close + 1
        return 0

    @staticmethod
    def _owner_before(text: str, start: int, end: int) -> int | None:
        """Where the province or prefecture city that ends ``text[start:end]`` begins, printed in full (河南省, 周口市), or
        None."""
        gaz = Gazetteer.load()
        for at in range(max(start, end - _OWNER_NAME_MAX), end - 1):
            place = gaz.resolve(text[at:end])
            if place is not None and place.level in (Level.PROVINCE, Level.CITY) and place.name == text[at:end]:
                return at
        return None

    def _bare_designations(self, text: str, found: list, bare: list) -> list:
        """Designations printed by their head alone, or by a short form, that stand for one the text names in full: a
        list's heading (一、示范镇（5个）; 美丽小城镇（4个）) is the one designation of the text whose name ends in it; a
        head conferred in the sentence that names another designation in full (认定…为某省休闲农业示范镇，…等6个村为
        示范点) is that name with its head changed (某省休闲农业示范点), where the two heads share their first two
        characters. The short form stays out of the aliases: it names nothing outside its article."""
        v, out = self.v, []
        full = [f for f in found]
        def ending(name: str, before: int = -1) -> set:
            """The full names ending in ``name`` (printed before ``before`` where given); where several, those
            conferred on members."""
            ends = {f[2] for f in full if f[2].endswith(name) and len(f[2]) > len(name) + 1 and (before < 0 or f[1] <= before)}
            conferred = {f[2] for f in full if f[2] in ends and f[4] >= 0}
            return conferred if len(ends) > 1 and len(conferred) == 1 else ends

        for s, e, name, lead_at in bare:
            # a heading may name a designation the body names in full after it; a head conferred in a sentence
            # (该村入选示范村) is one already named
            ends = ending(name, -1 if lead_at < 0 else s)
            if len(ends) == 1:
                out.append((s, e, ends.pop(), text[s:e], lead_at))
                continue
            if ends:
                continue
            sentence = max(text.rfind(c, 0, s) for c in "。！？\n") + 1
            before = [f for f in full if sentence <= f[0] and f[1] <= s]
            if not before:
                continue
            other = before[-1][2]
            head = next((h for h in v.designation_heads if other.endswith(h)), "")
            if head and head != name and head[:2] == name[:2] and len(other) - len(head) >= 2:
                out.append((s, e, other[: -len(head)] + name, text[s:e], lead_at))
        # a heading's short form (美丽小城镇（4个）) found as a name of its own: the one full name that ends in it
        for k, f in enumerate(found):
            if not (v.designation_count.match(text, f[1]) or v.designation_after.match(text, f[1])) \
                    or any(f[2].startswith(w) for w in v.level_words + v.short_scopes):
                continue
            ends = ending(f[2])
            if not ends:  # 二、历史文化名村（2个） under 第三批陕西省历史文化名镇名村: the scoped name of its own head
                ends = self._scoped_from_pair(f[2], [g[2] for g in full])
            if len(ends) == 1:
                found[k] = (f[0], f[1], ends.pop(), f[3], f[4])
        return out

    def _scoped_from_pair(self, name: str, full: list[str]) -> set[str]:
        """A heading's designation (历史文化名村) that a fuller name prints paired with another head (陕西省历史文化名镇名村,
        two heads after one stem): the fuller name's scope, then the heading (陕西省历史文化名村)."""
        head = next((h for h in self.v.designation_heads if name.endswith(h) and len(name) > len(h) + 1), "")
        stem = name[: -len(head)] if head else ""
        out = set()
        for other in full:
            i = other.find(stem) if stem else -1
            rest = other[i + len(stem):] if i >= 2 else ""
            if head in rest and rest != head and rest.endswith(self.v.designation_heads):
                out.add(other[:i] + name)
        return out


def _heads_reaching_furthest(head: re.Pattern, text: str):
    """The designation heads of ``text``, left to right; of two that overlap, the one that reaches further (…社区建设示范城区:
    示范城区, not 建设示范, the head of a list's designation printed bare before 名单)."""
    pos = 0
    while (m := head.search(text, pos)) is not None:
        hs, he = m.span()
        if any((n := head.match(text, k)) is not None and n.end() > he for k in range(hs + 1, he)):
            pos = hs + 1
            continue
        yield m
        pos = he


def _listed_item(item: str, head: str) -> bool:
    """Whether ``item`` is a name in a listed run of ``head`` (健康知识普及行动): Chinese characters alone, ending in the
    head with two or more before it, sixteen at most."""
    return item.endswith(head) and 2 <= len(item) - len(head) and len(item) <= 16 and all(is_cjk(c) for c in item)


def _strip_work(words: str, v) -> str:
    """The words between a quote and its tail's head without a work noun that ends them (乡镇建设 → 乡镇), where words
    stay before it."""
    work = next((w for w in v.tail_work_end if words.endswith(w) and len(words) > len(w)), "")
    return words[: len(words) - len(work)] if work else words


@lexicon_cache
def programme_finder() -> ProgrammeFinder:
    return ProgrammeFinder(lexicon())


@functools.lru_cache(maxsize=1)
def _cities_by_first_char() -> dict[str, tuple]:
    """Prefecture-level cities by the first character of their name (a cooperation's partner: 铜 for 铜仁市)."""
    found: dict[str, list] = {}
    for d in Gazetteer.load():
        if d.level == Level.CITY:
            found.setdefault(d.name[0], []).append(d)
    return {k: tuple(sorted(v, key=lambda d: d.code)) for k, v in found.items()}


_ENUMERATION_COMMA = re.compile("、")


def _parts(text: str, start: int, end: int, separator: re.Pattern) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between the one-character separators ``separator`` matches."""
    spans, pos = [], start
    for part in separator.split(text[start:end]):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def _digit_by_digit(v, inner: str) -> bool:
    """Whether a quote holds a number printed digit by digit in numerals (一二五, 三一三: three or more, each below ten), the
    way a formula's name is, not a count, a plan's period (十四五) or a day (七一, 五四)."""
    return len(inner) >= 3 and all(v.numeral_values.get(c, 10) < 10 for c in inner)


def _works_items(text: str, spans: list[tuple[int, int]]) -> list[Candidate]:
    """Each span a works project of its own, named as printed (the items of a listed run of works)."""
    return [Candidate(s, e, "Programme", text[s:e], "cue-works", 0.6, priority=Priority.PROGRAMME_PHRASE,
                      programme=ProgrammeRef(text[s:e], works=True)) for s, e in spans]
