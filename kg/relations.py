"""Typed relations between resolved mentions of one document.

Each function takes the cleaned text and the accepted candidates (with their entity keys
set) and yields :class:`Fact` records in cleaned coordinates; :mod:`kg.extraction` maps them
back to the original file.

- holdsPost: from the title constructions the people rules found.
- locatedIn: an agency's jurisdiction.
- subOrganizationOf: sub-units and field offices.
- partOf: places written side by side (开平市水口镇) or a place and its parent on one page.
- implements: a body or place followed by its programme (开平市委“六大行动”) or governing it
  with a verb (开平市深入实施“百千万工程”, 开平入选第四批“四好农村路”全国示范县).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .clean import is_cjk, split_sentences
from .gazetteer import Gazetteer, Level
from .ner.base import Candidate
from .ner.programmes import COUNTED_ROLL_CLOSE, COUNTED_UMBRELLA_EVENT, COUNTED_WORKS_LEAD
from .ner.resolve import Priority
from .lexicon import Lexicon, holds_any, lexicon, lexicon_cache
from .spans import SortedSpans, inside_any, outermost

__all__ = ["Fact", "PostDetail", "extract_relations"]


@dataclass(frozen=True, slots=True)
class PostDetail:
    """What a holdsPost fact says of the post beside its two ends: the title as printed, its
    qualifier (常务, 挂职), the tenure event (appointed, left) with the cue word that says it,
    and a qualifier of the tenure (拟任, 原)."""
    title: str = ""
    qualifier: str = ""
    event: str = ""
    cue: str = ""
    tenure_qualifier: str = ""

    def details(self) -> dict[str, str]:
        """The fields that say something, as the relation record's text attributes."""
        return {k: v for k in self.__slots__ if (v := getattr(self, k))}


@dataclass
class Fact:
    subject: str  # entity key
    predicate: str
    object: str
    start: int  # evidence span, cleaned coordinates
    end: int
    method: str
    confidence: float
    post: PostDetail | None = None  # holdsPost only


class _Vocabulary:
    """The cues of the relations (seeds/lexicons/relation_cues.jsonl, programme_cues.jsonl)."""

    def __init__(self, lex: Lexicon):
        self.pronouns = {e.pattern: (e.get("type"), e.get("head")) for e in lex.of("Pronoun")}
        self.pronoun = re.compile("|".join(sorted(self.pronouns, key=len, reverse=True)))
        self.self_pronouns = frozenset(e.pattern for e in lex.of("Pronoun") if e.get("self"))
        self.own_pronouns = frozenset(e.pattern for e in lex.of("Pronoun") if e.get("own"))  # 我市: the article's place
        self.peer_list_marks = frozenset(lex.charstr("PeerListMark"))
        self.whole_pronouns = frozenset(e.pattern for e in lex.of("Pronoun") if e.get("whole"))  # 全省, 全市
        self.pronoun_not_before = {e.pattern: e.get("not_before") for e in lex.of("Pronoun") if e.get("not_before")}
        self.bare_pronouns = frozenset(e.pattern for e in lex.of("Pronoun") if e.get("opens_clause"))  # 苏木正推进…
        # a unit's parent stated in words (某所由县自然资源局垂直管理, 这个站是县农业农村局的派出机构)
        self.parent_is = lex.regex(r"(?:{StatedParentIs})$")
        self.parent_mark = lex.regex(r"(?:{StatedParentMark:longest})")
        self.parent_verb = lex.regex(r"(?:{StatedParentVerb:longest})")
        self.unit_joint = lex.chars("StatedUnitJoint")
        self.unit_pronouns = {e.pattern: e.get("head") for e in lex.of("UnitPronoun")}
        self.unit_pronoun = re.compile("(?:" + "|".join(sorted(self.unit_pronouns, key=len, reverse=True)) + ")$")
        # what may open a clause before 全省/全市 as its subject: punctuation, then perhaps a time
        self.whole_lead = lex.regex(r"(^|[，。；：！？\n])({TimeLead}|\d{4}年(以来)?|)$|({WholeLeadVerb})$")
        # 省纪委监委组织全省纪检监察机关开展…: the verb by which a body sets the whole place's bodies to work
        self.whole_organiser = lex.regex(r"(?:{WholeOrganiserVerb})$")
        # 甲村则与某局合作实施; 甲局牵头，会同乙局实施 (the body that leads and the one it acts with)
        self.body_alias_open = lex.chars("BodyAliasOpen")  # 省委依法治省办（省司法厅）: one office under two names
        self.body_alias_close = lex.chars("BodyAliasClose")
        self.visit_guide_verb = lex.regex(r"{VisitGuideVerb}")  # 调研指导, 督导: a visit that guides the site's own work
        self.coordination = lex.regex(r"{Coordination}|(?:{CoordinationAdverb})?(?:{JointVerb})"
                                      r"|(?:{CoordinationAdverb})(?:{PartnerLink})|(?:{LeadVerb})[，,]?(?:{TogetherWith})")
        self.whole_not_before = lex.regex(r"(?:{WholeNotBefore}|(?:{WholeCountLead:longest})?[{Numeral}０-９]+(?:{WholeCountUnit}))")
        # …，甲镇、乙镇各设一名链长: each place given a post for the work is a doer, as one that 具体实施 is
        co_each = r"(?:{CoDoerEach})[{NumeralChar}两\d]名[\u4e00-\u9fff]{0,3}?(?:{CoDoerEachPost})"
        self.co_doer = lex.regex(r"(?:{CoDoerVerb:longest})(?![{CoDoerStop}])|" + co_each)
        # 推行“某制”以来，…: a frame of time after the programme's clause, before the clauses that name its co-doers
        self.co_doer_frame = lex.regex(r"(?:{CoDoerFrame})")
        # 某村是工程首批示范点: a place called a site of the scheme a short word names
        self.scheme_site = lex.regex(r"(?:{SchemeSiteLead})(?:该)?({SchemeRef})(?:{RoleBatch})?(?:{SchemeSiteRole:longest})")
        self.scheme_site_cues = lex.cues("SchemeSiteRole")
        # 甲镇、乙镇等8个乡镇具体实施: the count that closes a run before its verb; 甲镇、乙镇为首批实施乡镇: a role given
        # (甲镇、乙镇四个产茶重镇各设…: a count and a short word before the unit, without 等)
        self.run_tail = lex.regex(r"(?:、[\u4e00-\u9fff]{1,12}?(?:{RunTailPartner:longest}))*"
                                  r"(?:等(?:[{NumeralChar}\d]+个)?(?:{RunTailUnit:longest})?"
                                  r"|[{NumeralChar}两\d]+个[\u4e00-\u9fff]{0,3}?(?:{RunTailUnit:longest}))?")
        # 某乡两个村获授…: a count of places of one level (the unit's "level") right after a place
        self.counted_places = lex.regex(r"[{NumeralChar}两\d]+个?(?:{RunTailUnit:longest})")
        self.counted_level = {e.pattern: e.get("level") for e in lex.of("RunTailUnit") if e.get("level")}
        # 四好农村路等33项工作获得省级以上通报表扬: a scheme named as one of the works praised, its doer before it
        self.praised_work = lex.regex(r"等[{NumeralChar}\d]+(?:{PraisedWorkUnit:longest})(?:{PraiseVerb:longest})"
                                      r"[^，。；！？\n]{0,12}?(?:{PraiseWord:longest})")
        # 另有3个村获评…: a clause opened by a count of places has that count as its subject
        # … and so is a clause opened by the others of a kind (…5个试点县要…，其他县市各选择1个乡镇开展…试点)
        others = r"(?:{OthersSubjectLead:longest})(?:{OthersSubjectUnit:longest})"
        self.others_subject = lex.regex(others)
        self.counted_subject = lex.regex(r"(?:{CountedSubjectLead:longest})?[{NumeralChar}两\d]+个?(?:{RunTailUnit:longest})|" + others)
        self.same_subject = lex.regex(r"(?:{SameSubjectLead:longest})")
        # 某区首个城市更新项目——某村项目: the dash that sets a programme's name off after a description of it
        self.apposition_dash = lex.charstr("ProjectAppositionDash")
        self.launch_gap = lex.regex(r"(?:{ScopeLead})?[\u4e00-\u9fff]{0,4}")  # 某县在全省率先推行…，由…
        self.role_as = lex.regex(r"(?:为|作为)(?:{RoleBatch})?(?:{RoleNoun:longest})")
        self.verb_rest = lex.regex(r"(?:{ByVerbRest:longest})")
        # …，2026年在甲镇、乙镇建设…; …，其中甲镇改造6000亩; …，年内完成甲镇、乙镇管网改造: a later clause's places where the
        # work is done
        self.site_clause = lex.regex(r"[，,](?:(?:{TimeLead}|{SiteTime}|\d{4}年(?:{SiteYearEnd})?)?(?:{SiteAdverb})?(?:{SitePreposition}|{SiteDoneVerb})|(?:{SiteShare}))")
        # …，今年甲镇、乙镇、丙镇新建…: a later clause opened by the places themselves (perhaps after 沿线的), then a verb
        # of building work
        self.site_run_clause = lex.regex(r"[，,：:](?:{TimeLead}|{SiteTime}|\d{4}年(?:{SiteYearEnd})?)?(?:{SiteAlong:longest})?")
        self.site_run_verb = lex.regex(r"(?:{SiteAdverb})?(?:{SiteRunVerb})")
        self.site_support = lex.regex(r"[，,](?:{SiteSupportVerb})")  # …，支持甲镇、乙镇建设…
        # 某某帮扶项目开始在甲县推广: a lead of spreading right after a programme, then the places it spreads to and the verb
        self.spread_lead = lex.regex(r"(?:{SpreadLead:longest})")
        self.spread_verb = lex.regex(r"(?:{SpreadVerb:longest})")
        # 该工程由…; 提升工程由… (the end of a name printed before); 该项目今年完成…，由…负责实施 (由 in a later clause)
        # 示范园去年列入…重点项目，由…组织建设: the head alone, opening a sentence, with 由 in a later clause;
        # 试点工作由…: the head and the word for its work (ReferenceWork)
        self.programme_ref = lex.regex(r"(?:(?<=[，。；：\n])|^)(?:(?:{ReferenceLead})?([\u4e00-\u9fff]{0,8}?(?:{ReferenceHead:longest}))(?:{ReferenceWork})?(?:{ByAgent})"
                                       r"|(?:{ReferenceLead})((?:{ReferenceHead:longest}))[^。！？；\n]{2,40}?[，,](?:{ByAgent}))"
                                       r"|(?:(?<=[。！？\n])|^)(?:(?:{HearsayLead})[，,])?((?:{ReferenceHead:longest}))[^。！？；，,\n]{2,40}?[，,](?:{ByAgent})"
                                       # 会议审议认为，规划把甲镇纳入首期实施范围，由某局负责推进: the head alone after what a
                                       # meeting holds, opening the sentence's next clause
                                       r"|(?:(?<=[。！？\n])|^)[\u4e00-\u9fff]{0,6}?(?:{OpinionVerb})[，,]((?:{ReferenceHead:longest}))[^。！？；，,\n]{2,40}?[，,](?:{ByAgent})")
        self.programme_ref_cues = lex.cues("ByAgent")  # what every reading of programme_ref holds
        # 甲镇、乙镇承担了创建任务; 县委、县政府把创建工作纳入…: a programme referred to by the word for its kind of work,
        # and what the bodies or places right before do to it
        self.kind_reference = lex.regex(r"(?:{KindReferenceAdverb})?(?:{KindReferenceVerb:longest})了?(?P<ref>{KindReference.work:longest})")
        self.kind_of_reference = {str(k): str(x) for k, x in lex.field("KindReference", "kind").items()}
        self.kind_word = {str(k): str(x) for k, x in lex.field("KindReference", "word").items()}  # 试点范围: 试点
        self.kind_reference_cues = lex.cues("KindReference")
        self.kind_plan = lex.regex(r"(?:{KindPlanVerb:longest})了?(?:{KindPlan})")  # 联合制定实施方案
        # …“某某”示范工程，今年新增甲乡、乙乡两个示范乡: places added as the members of the programme the sentence names
        self.member_add = lex.regex(r"[，,](?:{TimeLead}|{SiteTime}|\d{4}年)?(?:{MemberAddVerb:longest})")
        self.member_add_cues = lex.cues("MemberAddVerb")
        # 甲县安排20万元，为首批“某某”试点提供启动资金: funds set aside, then the scheme they go to in the next clause
        self.funding = lex.regex(r"(?:{FundingVerb})[近约超逾]?[\d.]*[多余]?[十百千万亿]*元[\u4e00-\u9fff]{0,6}?[，,]"
                                 r"(?:{FundingTargetLead})")
        self.funding_cues = lex.cues("FundingVerb")
        self.funding_give = lex.regex(r"(?:{FundingGive})")
        self.member_add_role = lex.regex(r"等?[{NumeralChar}两\d]{1,3}个(?:{MemberAddRole:longest})")
        # 问：补贴活动由谁组织？答：由县某局会同县某局组织实施: a question naming a scheme by its kind, its answer opening with 由
        # (the question may open a line or follow a headline that cleaning joined to it)
        self.asked_who = lex.regex(r"(?:{QuestionLead})[：:](?:{ReferenceLead})?(?P<ref>[\u4e00-\u9fff]{1,10}?)"
                                   r"(?:{QuestionKindTail})?(?:{AskWho:longest})[^？?\n]{0,8}[？?][ \t\u3000\n]*(?:{AnswerLead})[：:](?:{ByAgent})")
        self.asked_who_cues = lex.cues("AskWho")
        # 县某局会同县某局建立部门信息比对机制: bodies building a part of the kind of a programme named before
        self.part_build = lex.regex(r"(?:{PartBuildVerb:longest})[\u4e00-\u9fff]{1,12}?(?P<kind>{PartKind})(?=[{ClauseMark}、])")
        self.part_build_cues = lex.cues("PartKind")
        # 甲镇、乙镇被纳入全县监测帮扶示范乡镇: places taken in under a role named after a stem of a programme named before
        self.member_taken = lex.regex(r"(?:{PassiveMark})?(?:{MemberTakenVerb:longest})(?:{MemberScope})?(?P<stem>[\u4e00-\u9fff]{2,8}?)"
                                      r"(?:{MemberAddRole:longest})")
        self.member_taken_cues = lex.cues("MemberTakenVerb")
        # 试点覆盖甲镇、乙镇等8个乡镇，在丙镇建成…: a reference by kind opening a sentence, before the places it covers
        self.kind_site = lex.regex(r"(?:(?<=[。！？\n])|^)(?:(?:{TimeLead}|{SiteTime}|\d{4}年)[，,]?)?(?P<ref>{KindReference.site:longest})"
                                   r"(?:{KindSiteVerb:longest})")
        # 试点开展以来，全县先后在甲镇、乙镇…; 县里围绕示范创建出台…，在甲镇…: a reference by kind framing a clause
        self.kind_since = lex.regex(r"(?:(?<=[。！？\n，,：:])|^)(?:(?:{TimeLead}|{SiteTime}|\d{4}年)[，,]?)?(?:{KindFrameSubject})?"
                                    r"(?P<lead>{KindSinceLead})?"
                                    r"(?P<ref>{KindReference.since:longest})(?P<tail>{KindSinceTail:longest})?[^。！？；，,\n]{0,20}?[，,]"
                                    r"(?:{KindFrameSubject})?(?:{SiteAdverb}|{KindFrameAdverb}){0,2}(?:{SitePreposition})")
        # 示范片区涵盖甲镇、乙镇的15个村，由…: the places a referred programme covers, in the clause before 由
        self.cover_verb = lex.regex(r"(?:{CoverVerb})")
        self.combined_ref = lex.regex(r"(?:{CombineLead})(?P<head>{ReferenceHead:longest})(?:{CombineWith})[^。！？；，,\n]{1,30}?"
                                      r"(?:{CombineVerb})(?:起来)?[，,](?:{ByAgent})")  # 把行动与…结合起来，由…
        # 县某局负责组织实施，…; 县某局作为牵头单位，…; 县某局是该行动的牵头单位: a sentence that a body opens with its duty
        self.duty_after_body = lex.regex(r"(?:{LaterDoerVerb:longest})(?=[，。；,;])"
                                         r"|(?:{LaterDoerAs})(?:(?:{ReferenceLead})(?P<head>{ReferenceHead:longest})的)?(?:{LaterDoerRole:longest})")
        # 一、会议同意“…”行动年度计划。由某局牵头，某局配合，在甲镇…: a decision on a programme, then a sentence that opens with 由
        self.decision_opening = lex.regex(r"[ \t\u3000]*(?:(?:[{HeadingNumeral}]{1,3}[、.．]|[(（][{HeadingNumeral}]{1,3}[)）])[ \t\u3000]*)?"
                                          r"(?:{MeetingDecides:longest})")
        self.by_opening = lex.regex(r"(?:(?<=[。！？\n])|^)[ \t\u3000]*(?:{ByAgent})")
        self.meeting_decides = lex.regex(r"(?:(?<=[。！？\n])|^)[ \t\u3000]*(?:{MeetingDecides:longest})(?:{ByAgent})")  # 会议同意由…
        # 市长某某主持召开某市政府（党组会议和）第N次常务会议: a government's executive meeting, printed right after the body
        self.exec_meeting = lex.regex(r"(?:{ExecMeetingPre:longest})?(?:(?:{ExecOrdinalOpen})[^，。；、\n]{0,12}?(?:{ExecOrdinalClose}))?"
                                      r"(?:{ExecMeeting})")
        self.exec_meeting_cues = lex.cues("ExecMeeting")
        self.exec_take = lex.regex(r"(?:{ExecMeetingTake})")  # 研究, 讨论, 审议: what the meeting takes up itself
        self.exec_cite = lex.regex(r"(?:{ExecMeetingCite})")  # 传达学习, 听取: what it hears or is told
        # 会议讨论了…, 会议还强调…: a sentence in the meeting's voice; 要…, 三要…: one that goes on in it
        self.exec_voice = lex.regex(r"(?:{ExecVoice})(?:{ExecVoiceAdverb})?(?:{ExecMeetingSays})")
        self.exec_goes_on = lex.regex(r"(?:{ExecDutyOpen:longest})")
        # 该项目 for a works named …工程 (and the reverse): the head a reference may use for a name that ends in another
        self.reference_kin = {str(k): str(x) for k, x in lex.field("ReferenceHead", "kin").items()}
        self.version_words = sorted(lex.words("VersionWord"), key=len, reverse=True)
        self.reference_site = lex.regex(
            r"(?:(?<=[，。；\n])|^)(?:{ReferenceLead})(?P<after>{ReferenceHead:longest})(?:[^，。；！？\n]{0,16}?[，,]){0,2}(?:{ReferenceSite})"
            r"|(?:(?<=[。；\n])|^)(?:{SitePreposition})(?P<sites>[^，。；！？\n]{2,40}?)[，,](?:{ReferenceLead})(?P<before>{ReferenceHead:longest})"
            r"|(?:{SitePreposition})(?P<asites>[^，。；！？\n]{2,40}?)[，,](?:{ReferenceAs})(?:{ReferenceLead})(?P<ashead>{ReferenceHead:longest})"
            r"|(?P<duty>(?:{ByVerb})(?:{ReferenceLead})?(?P<owned>{ReferenceHead:longest})的)"
            # 这批工程以甲县、乙县等16个县为先期开展对象: the places a reference makes its objects
            r"|(?:(?<=[，。；\n])|^)(?:{ReferenceLead})(?P<objhead>{ReferenceHead:longest})(?:{ObjectLead})"
            r"(?P<objects>[^，。；！？\n]{2,80}?)为[^，。；！？\n]{0,8}?(?:{ProgrammeObject:longest})(?=[，。；,;]|$)")
        # 在甲镇，投资2亿元的某某工程正在加紧施工: places fronted before a works named after its investment
        self.fronted_site = lex.regex(
            r"(?:(?<=[。；！？，,\n])|^)(?:{SitePreposition})(?P<sites>[^，。；！？\n]{2,30}?)[，,]"
            r"(?:{InvestmentLead:longest})[0-9.０-９．]+(?:{InvestmentUnit:longest})的")
        # 按照提升行动的安排，今年在甲镇、乙镇开展…: a reference to a programme as what the sentence follows, then 在
        self.arrangement_site = lex.regex(
            r"(?:{ArrangementLead})(?P<ref>[^，。；！？\n的]{0,12}?)(?P<head>{ReferenceHead:longest})的?(?:{ArrangementWord:longest})"
            r"[，,][^，。；！？\n]{0,16}?(?:{SitePreposition})")
        self.task_body_head = lex.regex(r"(?:{TaskBodyHead:longest})$")  # a body named after its task, unquoted
        self.account_title = lex.regex(r"(?:{AccountTitle})$")  # 某局2025年工作总结: the body's own account
        self.interview_lead = lex.regex(r"[ \t\u3000]*(?:{InterviewLead})")  # ——访某局局长某某
        # the rest of a numbered item's line: 全年在甲镇建成…; 联合县商务局在甲镇新建…
        self.item_site = lex.regex(r"(?:^|(?<=[。，；]))(?:{TimeLead}|{SiteTime}|全年)?(?:{SiteAdverb})?"
                                   r"(?:(?:{SitePreposition})|(?P<joint>{JointVerb}))")
        self.co_doer_mark = lex.charstr("CoDoerMark")
        self.co_doer_alone = lex.regex(r"(?:{CoDoerVerb:longest})(?:{ByVerbRest:longest})?(?=[{ClauseMark}]|$)|" + co_each
                                       + r"(?=[{ClauseMark}]|$)")
        self.in_frame_open = lex.regex(r"(?:{InFrameModal})*(?:{InFrameOpen})$")
        self.in_frame_close = lex.regex(r"(?:{InFrameClose:longest})(?![\u4e00-\u9fff]{0,1}[的])")
        # 在“…”试点工作中，县某局…: a frame that opens its sentence (the words of its work perhaps before the close) and the
        # comma that ends it; 在 and a governing verb before the programme (在推进“…”中)
        self.frame_opening = lex.regex(r"(?:{InFrameOpen})[\u4e00-\u9fff]{0,4}[“\"]?$")
        self.frame_closing = lex.regex(r"[\u4e00-\u9fff]{0,4}?(?:{InFrameClose:longest})[{ClauseComma}]")
        self.topic_frame_opening = lex.regex(r"(?:{TopicFrameOpen})[“\"]?$")  # 围绕“…”，某市…
        self.topic_frame_closing = lex.regex(r"(?:{TopicFrameTail:longest})?[{ClauseComma}]")
        # 通过实施“…”工程，某县…: a means frame that opens its sentence, the programme after its verb or before 的 and the
        # verb's noun (通过“…”工程的实施，), then the comma that ends it
        self.means_frame_opening = lex.regex(r"(?:{MeansFrameOpen:longest})(?:{MeansFrameVerb:longest})?[“\"]?$")
        self.means_frame_closing = lex.regex(r"(?:的(?:{MeansFrameVerb:longest}))?[{ClauseComma}]")
        self.done_work = lex.regex(r"(?:{SiteAdverb})?(?:{SiteDoneVerb})了?[\u4e00-\u9fff]{0,4}?({WorkNoun})")
        self.help_frame = lex.regex(r"的(?:{HelpWord:longest})下[，,]")
        # 推进甲镇、乙镇、丙镇三个重点镇的…建设: the places a verb names as the owners of the programme after 的
        self.owners_count = re.compile(r"(?:[\d一二两三四五六七八九十]{1,3}个[\u4e00-\u9fff]{0,6}?)?的$")
        self.role_next = lex.regex(r"作为(?:{RoleBatch})?(?:{RoleNoun:longest})[，,]")
        self.standing = lex.regex(r"(?:{StandingCue:longest})")  # 甲镇、乙镇位列前三名: a town's rank under a campaign
        self.standing_goes_on = lex.charstr("StandingGoesOn")  # …位列前三名；丙镇进度滞后
        # 甲镇、乙镇累计引进项目40个; 甲镇、乙镇各建设30个; 甲镇、乙镇实现…全覆盖; 甲镇、乙镇改厕完成率均超过90%: a result the
        # towns report with a figure, under the campaign named before them
        self.result_report = lex.regex(
            r"(?:(?:{ResultLead:longest})*(?:{ResultVerb:longest})了?[^{ClauseMark}“”]{0,14}?"
            r"|[\u4e00-\u9fff]{0,4}?(?:{ResultRate})(?:{ResultLead:longest})*(?:{ResultRateVerb:longest})[^{ClauseMark}]{0,3}?)"
            r"(?:\d|[{NumeralChar}两百千万]+[个座家所支条处户名亩]|{ResultFigure})")
        # 目前，全县在甲镇、乙镇建成…: the whole jurisdiction (Pronoun "whole") as the subject of works at the towns after 在
        whole = "|".join(re.escape(e.pattern) for e in lex.of("Pronoun") if e.get("whole"))
        self.whole_site = lex.regex(r"[ \t\u3000]*(?:(?:{TimeLead})[，,])?(?:" + whole + r")(?:{SitePreposition})")
        self.whole_site_cues = tuple(e.pattern for e in lex.of("Pronoun") if e.get("whole"))
        self.among = lex.regex(r"(?:{AmongLead})(?=[，,])")  # 其中，甲市在丙镇…: parts of what the sentence before set going
        self.among_cues = lex.cues("AmongLead")
        # …入选，分别是甲村和乙村，其中甲村曾获评“…”: a clause opened by 其中 after a comma singles out one member for something
        # of its own; the list before it ends there
        self.among_clause = lex.regex(r"[，,](?:{AmongLead})")
        self.among_task = lex.regex(r"(?:{AmongTaskVerb:longest})")
        self.strong_verbs = frozenset(lex.words("ProgrammeVerb", "strong"))  # 实施, 推进, 启动: a campaign carried out
        self.result_count = lex.regex(r"[\d{NumeralChar}两百千万]")  # 引进项目126个: the head of a count, no named work
        self.relative_marks = lex.charstr("RelativeClauseMark")  # 的
        self.owner_year = re.compile(r"\d{4}年度?$")  # 该县2024年度“…”: a place's scheme of one year
        # 某县2023年度第一期“…”活动: a place's round of a campaign, its year and its round printed before the quote
        self.owner_round = lex.regex(r"\d{4}年度?(?:{OwnerRound})$")
        # 该局把“A”建设与“B”建设结合起来: two programmes joined by the subject, the second carried out as the first
        self.combined_pair = lex.regex(r"(?:{CombineLead})(?P<a>[^，。；！？,;\n]{2,30}?)(?:{CombineWith})(?P<b>[^，。；！？,;\n]{2,30}?)"
                                       r"(?:{CombineVerb})(?:起来)?(?=[，。；！？,;\n]|$)")
        self.relative_lead = lex.regex(r"(?:{RelativeDoerLead})$")  # 对县某局实施的…: the body a preposition leads to
        # 由企业和某乡共同建设的“…”产业园项目: the doers of a relative clause opened by 由 before a programme's name
        self.built_by = lex.regex(r"(?:{ByAgent})(?P<doers>[^，。；！？\n“”]{2,30}?)(?:{RelativeBuildVerb:longest})的$")
        self.standing_titled = frozenset(e.pattern for e in lex.of("StandingCue") if e.get("titled"))  # 被评为
        self.any_reference_head = lex.regex(r"(?:{ReferenceHead})")  # 甲镇完成了…保护利用项目: a work of its own
        # …启动“某某”进万家活动。活动覆盖甲镇的乙村、丙村: a programme's kind alone opening the next sentence, then its sites
        self.bare_reference = lex.regex(r"(?:(?<=[。！？\n，,])|^)[ \t\u3000]*(?P<head>{BareReferenceHead:longest})"
                                        r"(?:{BareReferenceSite:longest})")
        self.reference_opening = lex.regex(r"[ \t\u3000]*(?:{ReferenceLead})(?P<head>{ReferenceHead:longest})")  # 该项目…
        self.kind_after_quote = re.compile(r"[\u4e00-\u9fff]{0,6}$")  # “某某”进万家活动: the words between a quote and the kind
        self.item_marks = lex.charstr("ItemEnd")  # where a numbered item of a list ends (一是…；二是…)
        self.measure_lead = lex.regex(r"(?<=[{MeasureOpen}])[{MeasureNumeral}](?:{MeasureLead})")  # ：一是…；二是…: a numbered measure
        self.measure_open = lex.charstr("MeasureOpen")
        self.measure_list_end = lex.charstr("MeasureListEnd")
        self.also_leads = lex.regex(r"(?:{AlsoLeads})")  # 县某局还牵头…: one more measure after a framed list
        self.mechanism_colon = lex.regex(r"(?:{MechanismColon})[：:]")  # …的工作机制：县某局负责…；…
        self.mechanism_colon_cues = lex.cues("MechanismColon")
        self.short_form_opening = lex.regex(r"[\u4e00-\u9fff]{1,6}?(?:{ReferenceHead:longest})")  # 培育工程启动于…
        self.practice_lead = lex.regex(r"的(?:{PracticeLead:longest})[：:]")  # 某县的做法是：…；…: a place's list of measures
        self.practice_lead_cues = lex.cues("PracticeLead")
        # 具体来说，县某局负责…；县某局会同县某局…: a frame opening a sentence of measures split by ；, naming no scheme
        self.measure_frame = lex.regex(r"(?:(?<=[。！？\n])|^)[ \t\u3000]*(?:{MeasureFrame:longest})[，,：:]")
        self.measure_frame_cues = lex.cues("MeasureFrame")
        # ，丙镇则把…; ，县某局负责…: bodies or places that open a clause of a list's item as its subject (not 甲镇的…,
        # 甲镇等…, 县某局负责人…)
        # 具体来看，甲镇A村、B村；乙镇C村: a clause of places alone (an unknown village: a short name and its unit)
        self.list_only_village = lex.regex(r"[\u4e00-\u9fff]{1,3}?(?:{ListOnlyVillage})")
        self.list_only_join = lex.charstr("ListOnlyJoin")
        self.clause_subject = lex.regex(r"(?:{ParallelDoerMark})|(?!{ClauseSubjectNot})[\u4e00-\u9fff]")
        self.joint_mechanism = tuple(lex.words("JointMechanismHead"))  # “某长+某长”协作机制: a mechanism of joint work
        self.modifier = re.compile(r"[\u4e00-\u9fff]+")  # 古树名木: a modifier, no mark inside
        self.item_opening_site = lex.regex(r"(?:{SiteAdverb})?(?:{SitePreposition})")  # 三是在甲镇…: an item opened by its sites
        self.list_colon = lex.charstr("ListColon")  # 推进三项工作：一是…: the mark before a list's first numbered item
        # 某县以芒果产业成功入选; 甲镇乙村等30个村入选首批创建名单
        selected_count, list_tail = "|".join(lex.words("SelectedCount")), "|".join(lex.words("SelectedListTail"))
        self.selected_with = lex.regex(r"(?:(?:{SelectedManner:longest})[\u4e00-\u9fff]{1,12}?(?:{SelectedAdverb:longest})?"
                                       r"|(?:" + selected_count + r"))(?:{TrailingLead:longest})(?:" + list_tail + r")?"
                                       r"(?=[{ClauseMark}]|$)")
        self.selected_with_cues = lex.cues("TrailingLead")
        self.meeting_headline = lex.regex(r"(?:{HoldVerb})[^。！？\n]*?(?:{Meeting})")  # 某县召开“某某行动”暨…推进会
        self.meeting_duty = lex.regex(r"(?:{MeetingDuty:longest})(?![{MeetingDutyNot}])")
        # “某某行动”暨河湖长制工作推进会: a second scheme joined to the headline's first one, quote marks aside
        self.meeting_join = lex.regex(r"[”’」』]?(?:{MeetingJoin})[“‘「『]?$")
        self.clause_comma_at = lex.regex(r"[{ClauseComma}]")
        self.duty_holder_lead = re.compile(r"[\u4e00-\u9fff]{1,4}?的")  # 沿河的甲镇、乙镇要…
        self.joint_verb = lex.regex(r"(?:{JointVerb})")
        # …会同乙局、丙局倒排工期: the run of bodies ends before a task's verb, not a noun (负责人, 等部门)
        self.joint_task = lex.regex(r"(?![{JointTaskNot}])[\u4e00-\u9fff]")
        self.clause_comma = lex.charstr("ClauseComma")  # between the clauses of a task list (甲局负责…，乙局负责…)
        # 该工程纳入了国家…重点工程，由…负责: a scheme said of a programme named before (a list it entered, a kind it is)
        self.said_of_reference = lex.regex(r"(?:{ReferenceLead})(?:{ReferenceHead:longest})")
        self.head_alone = lex.regex(r"(?:{ReferenceHead:longest})(?![\u4e00-\u9fff]{0,2}(?:{ByAgent}))")
        # 蜀河镇、仙河镇已全面推进该工程; 该工程今年在甲镇、乙镇率先实施: a programme named before, by 该 and its head
        self.reference = lex.regex(r"(?:{ReferenceLead})({ReferenceHead:longest})")
        self.reference_site_lead = lex.regex(r"(?:{TimeLead}|{SiteTime})?(?:{SiteAdverb})?(?:{SiteOrderAdverb})?(?:{SitePreposition})")
        # …工程于2022年11月在甲村开工: the day it starts, after a preposition of time, before the 在 of its site
        day_then_site = r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:{SitePreposition})"
        self.dated_site_lead = lex.regex(r"(?:{ProjectStartDateLead})" + day_then_site)
        # “某某”行动在甲镇落地, “某某”项目在甲村开工: a known scheme's site, where a verb of landing or starting follows the place
        self.known_site_lead = lex.regex(r"(?:{ProjectHead})(?:{ProjectStartDateLead})?" + day_then_site)
        self.known_site_verb = lex.regex(r"(?:{ProjectStartAdverb})*(?:{KnownSchemeSiteAdverb})?(?:{KnownSchemeSiteVerb})")
        self.preposition_before = lex.regex(r"[{PrepositionBefore}]$")
        self.preposition_word = lex.regex(r"(?:{PrepositionWord})$")
        self.deployment_peer = lex.regex(r"(?:{DeploymentPeer})$")  # 按中央和省委部署: 中央和 between 按 and the body
        self.gone_to = lex.regex(r"(?:{GoneTo})$")  # 带队赴某区互访对接: the place gone to
        # 贯彻落实习近平总书记给某乡乡亲们的回信精神及省委部署: the leader, body or place named inside what is followed
        # (围绕省委“3815”战略发展目标和市委、市政府及县委工作要求: a quoted scheme may stand inside what is followed)
        self.followed_object = lex.regex(r"(?:{FollowVerb})[^，。；：！？\n]{0,60}(?:{FollowedEnd})")
        self.disposal_mark = lex.chars("DisposalMark")  # 将: 甲省将乙市的项目纳入…
        self.copula_mark = lex.chars("CopulaMark")  # 是: 甲区是乙市的中心城区，…
        self.possessive_mark = lex.chars("PossessiveMark")
        self.by_agent = lex.regex(r"(?:{ByAgent})")
        self.by_adverbs = lex.regex(r"(?:{DocumentByAdverb:longest})+$")  # 《…》已由…印发, 日前由…
        self.task_by = lex.regex(r"(?:{TaskBeforeBy:longest})(?:{ByAgent})")  # 主要建设任务由…
        self.by_verb = lex.regex(r"[\u4e00-\u9fff]{0,3}?(?:{ByVerb})")
        self.by_verb_at_end = lex.regex(r"[\u4e00-\u9fff]{0,2}?(?:{ByVerbAtClauseEnd})(?=[{ClauseMark}])")  # 由某局组织，在…
        self.explainer = lex.regex(r"(?:{ExplainerTitle})")  # 《…》政策解读: a headline that explains one document
        self.piloted_at = lex.regex(r"(?:{SitePreposition})")
        self.pilot_do = lex.regex(r"(?:{PilotDo})")  # 在甲镇、乙乡开展试点
        self.by_partner = lex.regex(r"(?:{PartnerWith})[^，。；,;：:\n]{2,24}?(?=(?:{JointAfter})(?:{ByVerb}))(?:{JointAfter})")
        self.trailing_lead = lex.regex(r"(?:{TrailingLead})(?=[{ClauseMark}]|$)")
        # 甲村、乙村列入首批精品村名单; 入选第二批创建名单: a list entered, named by its batch (a level and a kind perhaps), at
        # the clause's end
        self.batch_list_lead = lex.regex(r"(?:{BatchListLead:longest})(?:" + "|".join(lex.words("BatchListTail"))
                                         + r")(?=[{ClauseMark}]|$)")
        # 前三批入选的甲镇、乙村，…: the lead, then 的 and the members after it; 入选的有甲县A镇…、乙县B镇…等, 入选的是…:
        # a copula between them
        self.trailing_lead_of = lex.regex(r"(?:{TrailingLead})的(?:{TrailingLeadCopula})?")
        # 入选2023年某某强镇创建名单的有甲县A乡、…: the lead, the list's name, 的 and a copula, then the members
        self.lead_named_list = lex.regex(r"(?:{TrailingLead})(?P<list>[^，。；,;：:\n]{2,40}?)(?:{LeadListWord})的(?:{TrailingLeadCopula})")
        # 入选地区中，北方有甲市、乙市，南方有丙市: the lead and the members' kind before 中, then groups each opened by
        # a word and 有 (AmongGroupEnd): the places of every group are members of the designation named last before
        self.trailing_lead_among = lex.regex(r"(?:{TrailingLead})(?:{AmongKind:longest})中(?=[，,])")
        self.among_group = lex.regex(r"[\u4e00-\u9fff]{0,4}?(?:{AmongGroupEnd})")
        # 入选的9地为甲区、乙县…: a count of the members and the word that opens their list, between 的 and the members
        self.item_tail_leads = tuple(lex.words("ItemTailLead"))  # 甲县、乙县等9地: what may follow a member in its item
        # 甲市、乙市两市农商行分别与丙镇等4家…重点镇签约: the members are those after the mark, not the other party
        self.member_counterpart = tuple(lex.words("MemberCounterpartMark"))
        self.item_tail_counts = lex.chars("ItemTailCount")  # …龙泉社区两镇两村榜上有名: a count of the members
        self.item_number = lex.regex(r"[{HeadingNumeral}]{1,3}[、.．]")  # 6、… / 12.…: a numbered item of a list
        self.scope_ordinal = lex.regex(r"(?:{ScopeOrdinal})")  # 湖北省首个…: the scope of a first, no subject
        self.counted_opener = lex.regex(r"[{HeadingNumeral}百]+(?:{MemberCountUnit})[^，。；,;：:、\n]{0,4}?(?:{ListOpenerEnd})[：:]?")
        self.list_inside = lex.regex(r"(?:{ListInside}|{ListAnnounced})?")  # 名单中 / 名单公布: what follows is in the list
        self.list_commas = lex.charstr("ListComma")  # the marks after which a list grouped by county may run on
        self.designation_pair_marks = lex.charstr("DesignationPairMark")  # …为甲示范乡镇、乙村等…为乙示范村
        self.group_head_marks = lex.charstr("GroupHeadMark")  # 东源县：仙湖村、金史村: a line's county before its villages
        self.group_line_stops = lex.charstr("GroupLineStop")  # …；⏎: the end of such a group
        self.tier_close = tuple(lex.words("ListTierClose", longest_first=True))  # 甲镇、乙镇等乡镇，以及…村
        self.tier_join = tuple(lex.words("ListTierJoin"))
        self.designation_after = lex.regex(r"(?:{DesignationAfter})?")
        self.designation_unit_join = lex.regex(r"(?:{Coordination})(?:{DesignationJoinedUnit:longest})(?=[{ClauseMark}])")
        self.passive = lex.regex(r"(?:{PassiveMark})")
        self.together_with = lex.words("TogetherWith")
        self.joint_after = lex.regex(r"({JointAfter})")
        self.designation_verbs = frozenset(lex.words("DesignationDoerVerb"))  # 建成16个省级美丽乡村: designations only
        self.govern = re.compile("|".join(sorted([*lex.words("ProgrammeVerb", "govern", default=True), *self.designation_verbs],
                                                 key=len, reverse=True)))
        self.adjacent_verbs = frozenset(lex.words("ProgrammeVerb", "adjacent"))
        self.works_only_verbs = frozenset(lex.words("ProgrammeVerb", "works_only"))  # 建设 governs works only
        self.built_schemes = frozenset(lex.words("BuiltScheme"))  # …and schemes built as works are (“四好农村路”)
        self.built_zone = lex.regex(r"(?:{ZoneListHead})$")  # …and zones to build (建设某某示范区)
        # 建成“四好农村路”120公里: an amount built right after the programme, so the verb governs its works
        self.built_amount = lex.regex(r"[0-9０-９.．]+(?:{BuiltAmountScale})?(?:{BuiltAmountUnit:longest})")
        self.site = lex.regex(r"({SiteVerb})")
        self.pilot = lex.regex(r"以([^，。；]{2,24}?)({PilotSite})")  # 以湄江街道、兴隆镇为试点
        self.institution_after = lex.regex(r"(?:(?![{InstitutionStopChar}])[\u4e00-\u9fff]){0,8}?({InstitutionHead.subject})")
        self.clause_lead = lex.regex(r"^(?:{ClauseLead}|(为(?:{PurposeDegree})?(?:{PurposeVerb})))")
        # 为深入贯彻…精神，落实“…”活动安排部署，近日，某镇…: a later clause of a frame of purpose that opens with its verb
        self.purpose_more = lex.regex(r"(?:{PurposeDegree})?(?:{PurposeVerb})")
        # “…”推进会, 某某建设暨某某工作会议 (a second topic after 暨): the meeting held on the scheme named before it
        # …推进会; “…”行动暨…推进会; …行动助学金发放仪式 (the funds a ceremony hands out); 暨“某某——某某”奖学金发放仪式
        # (quotes and a dash in the topic after 暨, no longer than before: a longer one read a designation of a mobilisation
        # meeting as the meeting's topic in own-programmes-43)
        self.meeting_after = lex.regex(r"(工作)?(?:暨[\u4e00-\u9fff“”—]{1,12}?)?(?:{MeetingFund})?({Meeting})")
        self.hold = lex.regex(r"({HoldVerb})")
        self.start_ceremony = lex.regex(r"(?:{HoldVerb})(?:{StartCeremony})")  # 举行开工仪式: held at the works' site
        self.works_batch_event = lex.regex(r"(?:{WorksBatchEvent:longest})")  # 某区…重点项目集中开工仪式
        self.host_verbs = frozenset(lex.words("HostVerb"))
        # 全力申办2023年湖南省…启动仪式, 召开某市…大会: a verb of hosting an event right before a name (a year perhaps between)
        self.event_host_before = lex.regex(r"(?:{EventHostVerb})了?(?:\d\d\d\d年度?)?$")
        self.hosted_event = lex.regex(r"[\u4e00-\u9fff]{0,8}?(?:{HostedEvent})")  # 承办了全县“…”建设现场观摩会
        # 某县“…”行动启动仪式在某镇举行, 某市某某行动推进会召开: the event held, the place printed before the name its convener
        self.hosted_event_held = lex.regex(r"[\u4e00-\u9fff]{0,8}?(?:{HostedEvent})(?:在[^，。；\n]{1,12}?)?(?:{HoldVerb})")
        # 为推进这项行动，省某厅会同…; 按照创建要求，县某局帮助…: a frame of purpose or accordance that opens a sentence, up to
        # its comma; then the bodies that open the sentence or a later clause of it, with a verb of leading or joint work
        self.next_duty_frame = lex.regex(r"(?:{TimeLead}[，,]?)?(?:(?:{NextDutyFrame})[^，,。！？；\n]{1,12}[，,])?")
        self.next_duty_verb = lex.regex(r"(?:{NextDutyModal})?(?:{NextDutyAdverb})?(?:{NextDutyVerb:longest})(?![{NextDutyVerbNot}])")
        self.duty_part_verb = lex.regex(r"(?:{NextDutyVerb:longest}|{NextDutyPartVerb:longest})(?![{NextDutyVerbNot}])")
        self.duty_joint = lex.charstr("NextDutyJoint")
        self.praise = lex.regex(r"(?:{PraiseOpen})([^。！？；\n]{2,120}?)"
                                r"(?:(?:{PraiseGiveVerb:longest})(?:{PraiseWord.conferred:longest})|{PraiseWord.alone:longest})")
        self.praise_cues = lex.cues("PraiseWord")
        self.praise_members = lex.regex(r"[，,](?:{PraiseMemberLead:longest})[：:]?")
        self.next_reference = lex.regex(r"(?:{ReferenceLead})({ReferenceHead:longest})")
        self.next_project_words = tuple(lex.words("NextDutyProjectWord"))
        self.site_preposition_at = lex.regex(r"(?:{SitePreposition})")  # 县某局会同县某局在甲镇、乙镇新建…
        self.next_duty_after = lex.charstr("NextDutySentenceEnd")
        self.decided_lead = lex.regex(r"(?:{DecidedByLead})")  # …工程是甲委、乙政府作出的重大决策部署
        self.decided_close = lex.regex(r"(?:{DecidedByClose:longest})")
        self.sentence_end = lex.charstr("SentenceEnd")  # 该局开展…，为甲局梳理…。: the sentence a pronoun opens
        # the holder of a counted umbrella's works' start ceremony; the rolls of works closed by their count and kind, and
        # the clause that opens them with the programme they are parts of (这十大民生工程中，…); the count that opens a
        # roll of works named one by one (the patterns the programme finder reads them with)
        self.counted_umbrella_event = lex.regex(COUNTED_UMBRELLA_EVENT)
        self.counted_roll_close = lex.regex(COUNTED_ROLL_CLOSE)
        self.parts_within = lex.regex(r"(?:{PartsWithinEnd:longest})[，,]")
        self.parts_sentence_end = lex.charstr("PartsSentenceEnd")
        self.counted_works_lead = lex.regex(COUNTED_WORKS_LEAD)
        # 甲镇、乙镇、丙镇3个镇整建制推进…: places that open such a sentence, perhaps closed by their count, then a verb of work
        self.next_site_verb = lex.regex(r"(?:{NextSiteManner})?(?:{SiteRunVerb}|{NextSiteVerb})")
        self.doer_gap = lex.regex(r"({DoerAdverb})?")
        self.site_gap = lex.regex(r"(?:{DoerAdverb})")  # 在甲镇、乙镇牵头实施…: an adverb between the sites and the verb
        # (推动三产扩体增量，某县将…: a short clause of the goal fronted before the topic, TopicGoalLead)
        self.topic_lead = lex.regex(r"(\d{1,2}月\d{1,2}日(上午|下午)?|{TopicLead:longest}|\d{4}年(以来)?"
                                    r"|在[\u4e00-\u9fff]{2,10}?(?:{TopicFrameEnd})"
                                    r"|[\u4e00-\u9fff]{2,6}?(?:{SectorFrameEnd})"  # 社会事业方面，某区将…
                                    r"|(?:{TopicGoalLead:longest})[\u4e00-\u9fff]{2,10})?[，]?")  # 在立德树人上，某厅…
        self.project = lex.regex(r"({ProjectHead})$")
        self.dated_scheme_project = lex.regex(r"[\u4e00-\u9fff]{0,4}?(?:{ProjectHead})")  # 某省2025年…重点项目
        self.blended_partner_levels = tuple(lex.words("BlendedPartnerLevel"))
        # 某市某某试验区建设领导小组: the work and the head after a zone a body is named after (programme_cues.jsonl)
        self.zone_group_after = lex.regex(r"(?:{QuotedBodyWork})(?:工作)?(?:{GroupSchemeBody:longest})")
        self.campaign_group_heads = tuple(lex.words("CampaignGroupHead"))
        self.campaign_group = lex.regex(r"(?:{GroupSchemeBody:longest})$")
        self.route_through = lex.regex(r"(?:{RouteThrough:longest})")  # …，途经甲镇、乙镇: the places along a works' route
        # 长株潭一体化发展, 成德眉资同城化: a scheme of making cities one, named by their first characters
        self.blended_joint = lex.regex(r"([\u4e00-\u9fff]{2,5}?)(?:{BlendedJointHead:longest})$")
        self.works_word = lex.regex(r"{WorksWord}")  # 公路, 国道, 灌区: a word only works' names hold
        self.firm_in_name = lex.regex(r"{FirmProjectMark.firm}")  # 南阳市某某科技有限公司…项目: the place names the firm
        # 农业银行某县支行, 某县农商银行: a place that opens a bank's or an insurer's branch names the firm, and acts for none
        self.firm_branch_after = lex.regex(r"(?:{FirmBranchAfter:longest})")
        # 某市水利项目建设…, 某县3.5亿元建设六大水利工程: a place's works
        # (东城区上半年重大项目…: the period of the year the article reviews may stand before the field)
        self.works_headline = lex.regex(r"(?:\d{4}年)?(?:{WorksHeadlinePeriod:longest})?(?:(?:{WorksHeadlineAmountLead})?[\d.]+[万亿]+元(?:{WorksHeadlineVerb})"
                                        r"[\d{NumeralChar}]+[{WorksHeadlineCountUnit}])?(?:{WorksHeadlineField:longest})")
        # 某公司的“某某”新品种展示项目落户甲镇: a project named in the clause of a site's cue (a quote or three characters
        # before its head; not 该项目, 这个项目 or the bare 项目 that refer back)
        self.own_project = lex.regex(r"(?:[”\"」』]|[\u4e00-\u9fff]{3})(?:{ProjectHead})")
        batch = "|".join(lex.words("DesignationBatch"))
        self.clause_marks = lex.charstr("ClauseMark")
        self.duty_clause_stop = lex.charstr("DutyClauseStop")  # …行动，市某局要…；市某局要…: the duties end at the semicolon
        self.respective = lex.regex(r"(?:{RespectiveAdverb})")  # 甲镇、乙镇要分别落实A和B: each its own, in order
        self.site_preposition = lex.regex(r"(?:{SitePreposition})$")
        # 考察团对甲县实施…、推进…等方面取得的成绩给予高度评价: the place after 对 did the work the subject appraises
        self.appraised_doer = lex.regex(r"(?:{AppraisedDoerPreposition})$")
        self.appraised_work = lex.regex(r"(?:{AppraisedWork})")
        self.time_before_site = lex.regex(r"(?:{TimeLead})?")  # 某市今年在甲镇…: a time between a clause's place and 在
        self.site_frame = lex.regex(r"的[\u4e00-\u9fff]{1,3}?(?:{SiteFrameClose})")  # 在甲镇的带动下，
        # 按照《某方案》，| 根据某市某某三年行动计划，|: a frame of compliance that opens its clause and closes on a programme
        self.compliance_lead = lex.regex(r"(?:(?<=[{ClauseMark}])|^)(?:{ArrangementLead})$")
        self.compliance_after = lex.charstr("ComplianceFrameAfter")
        self.compliance_word = lex.regex(r"(?:{ArrangementLead})$")  # 甲县根据|《某方案》，
        # 《某市某某三年行动方案（2025—2027年）》: a plan or scheme, not a method, rule or law, closes such a frame
        self.compliance_plan = lex.regex(r"(?:{CompliancePlanHead})(?:[（(][^（）()]*[）)])?》?$")
        # 围绕三年行动计划，| 按照提升工程，|: a frame that refers back to a programme by part of its name and its head
        self.reference_frame = lex.regex(r"(?:(?<=[{ClauseMark}])|^)(?:{ReferenceFrameLead})"
                                         r"(?P<ref>[^，。；！？\n的“”《》]{0,12}?)(?P<head>{ReferenceHead:longest})[，,]")
        self.compliance_not_after = lex.charstr("ComplianceNotAfter")
        # 甲局随即在城区和甲镇、乙镇…: the adverb of follow-up after a sentence's opening names, and the places after 在
        self.follow_up = lex.regex(r"(?:{FollowUpAdverb:longest})")
        self.follow_up_site = lex.regex(r"(?:{SitePreposition})(?:(?:{FollowUpArea:longest})(?:{Coordination}))?")
        self.division_lead = lex.regex(r"(?:(?<=[。；\n])|^)(?:{DivisionLead:longest})[，,]")  # 按照分工，…
        self.plaque_after = lex.regex(r"(?:{PlaqueAfter:longest})")  # “…示范村”授牌: the title handed over
        # 在甲村、乙村举行“…特色村寨”授牌仪式: the ceremony after the plaque, and the verb of holding it right before the title
        self.plaque_ceremony = lex.regex(r"(?:{PlaqueCeremony:longest})")
        self.ceremony_hold = lex.regex(r"(?:{CeremonyHold:longest})[“\"]?$")
        self.named_before = lex.regex(r"(?:{NamedBefore:longest})[\u4e00-\u9fff\d]{0,8}$")  # 为新命名的3个“…”
        self.propose = lex.regex(r"(?:{ProposeVerb})$")
        self.report_on = lex.regex(r"(?:{ReportOn})$")
        self.about = lex.regex(r"(?:{ReportOn})")  # 《某市某局关于…的通知》: the issuer before it
        self.joint_issuers = re.compile(r"(?:" + "|".join(lex.words("JointIssuers")) + r")$")
        self.report_on_opening = lex.regex(r"[ \u3000\t]*(?:{ReportOn})")  # 关于公布…的通知, a title on its own line
        self.coordinated_end = lex.regex(r"(?:{Coordination})$")  # 某某项目和|某某工程: a name coordinated with the one before
        self.inspected = lex.regex(r"(?:{InspectionWord})")  # 关于“…”推进情况的督查通报: a report on an inspection
        self.assessed_after = lex.regex(r"(?:工作)?(?:{AssessmentAfter})")  # 某厅某某建设督查激励考评: the body rates it
        self.assessing_clause = lex.regex(r"(?:{AssessmentLead})[\u4e00-\u9fff]{0,4}?(?:{AssessmentNoun})")  # 进行全面评价
        self.assessed_lead = lex.regex(r"(?:{RelativeDoerLead})")  # 督查组对某市…开展督查: the one checked
        # 甲镇、乙镇(等N个乡镇)的某某项目: the run of places before the possessive mark owns the works
        self.owners_possessive = lex.regex(r"(?:等[{HeadingNumeral}]*个?(?:{RunTailUnit:longest}))?(?:{PossessiveMark})$")
        self.site_check = lex.regex(r"(?:{SiteCheckVerb})了?(?:{SiteOrderAdverb})?$")  # 先后察看了|甲镇、乙镇的…项目
        # 条例明确，…: a document the text has named, and what it says of the body after the comma
        self.document_says = lex.regex(r"({DocumentHead:longest})(?:{DocumentSays})[，,]")
        # 在粮食生产方面，意见要求…，大力实施某某工程: a sentence whose subject is a document named before, by its head word
        self.document_opens = lex.regex(r"(?:在[^，。；\n]{2,40}?(?:{TopicFrameEnd})[，,])?({DocumentHead:longest})(?:{DocumentSays})")
        self.listed_into = lex.regex(r"(?:{ListedInto:longest})[\u4e00-\u9fff]{0,8}$")  # 甲村、乙村被列入(上海市第五批)…
        # X是/均为(某省)…: a place one of a designation's members, and the kind of place its name or the words after
        # its quote end in; 某县成为全省首批…试点县: a scope and a batch between the verb and the designation
        self.is_member = lex.regex(r"(?:{MemberVerb:longest})(?:\d{4}年度?)?(?:[\u4e00-\u9fff]{2,6}?(?:省|自治区|市))?"
                                   r"(?:(?:{DesignationLevel:longest}|{DesignationScope:longest})(?:{MemberBatch}|" + batch + r")*)?")
        self.member_unit_run = lex.chars("MemberUnitRunChar")  # 试点县市: a unit continued by another, the name cut
        self.subordinates = tuple(lex.words("SubordinatesLead"))  # 某州所辖三县一市都是…: the members are its counties
        # 某县是国家东西部协作的受援县之一: the verb and scope before the scheme, its role after it
        self.role_before = lex.regex(r"(?:{MemberVerb:longest})(?:{SchemeRoleScope})?$")
        self.role_after = lex.regex(r"的?(?:{SchemeRole:longest})(?:{SchemeRoleOne})?(?=[{ClauseMark}]|$)")
        self.member_unit = lex.regex(r"[\u4e00-\u9fff]{0,6}?(?:{DesignationUnit:longest}|{MemberUnit:longest})")
        self.speech = lex.regex(r"(?:{AfterName.speech:longest})[，,:：]")
        self.own_proposal = lex.regex(r"(?:{OwnProposal:longest})")  # 拟推荐甲镇…为…: a notice's own proposal
        self.issue = lex.regex(r"(?:{IssueVerb:longest})(?![{VerbInMeeting}])")  # 发布公示，拟命名…: the notice that names a designation
        self.conferring_title_leads = tuple(lex.words("ConferringTitleLead"))  # 《关于命名…》: a title that confers
        self.verb_in_meeting = lex.regex(r"[{VerbInMeeting}]")
        # 举办《…》(某发〔2024〕1号)新闻发布会: the host of a briefing on a document, its number perhaps between
        # 某市政协围绕“…”开展专题视察: a frame verb, then an oversight of the scheme (OversightFrameVerb, OversightWork)
        self.oversight_frame = frozenset(lex.words("OversightFrameVerb"))
        # 围绕“…推进乡村振兴和兴边富民”两个主题: a quoted theme's close, a count of themes perhaps, the word for a theme
        self.theme_close = lex.regex(r"”(?:[{Numeral}]{1,2}(?:{ThemeCounter}))?(?:{ThemeNoun})")
        self.oversight_work = lex.regex(r"(?:{OversightWorkVerb:longest})?(?:{OversightWorkKind})?(?:{OversightWork})")
        self.briefing_after = lex.regex(r"(?:[（(][^）)\n]{1,20}[）)])?(?:{BriefingTopicTail})?(?:{BriefingAfter})")
        self.counted_any = frozenset(lex.words("CountedPlace", "any"))
        self.counted = lex.regex(r"(?<![第\d])([两三四五六七八九])({CountedPlace:longest})(?=[{CountedPlaceNext}])")
        # 推动甲、乙、丙三市国家级“…”建设: the count of the places listed before a name they own, and a scope word
        self.owners_gap = lex.regex(r"(?:[两三四五六七八九十]|\d{1,2})(?:{CountedPlace:longest})(?:{DesignationScope:longest})?"
                                    r"|(?:{DesignationScope:longest})")
        self.lead_verb = lex.regex(r"(?:{LeadVerb})[，,]")  # 由…牵头，: the body that leads the clause after
        # …制定《…》，明确…，由某局牵头推进，各镇分头落实: a doer's clause later in the sentence, its verb ending the clause
        self.later_by = lex.regex(r"(?:{ReferenceHead:longest}|{LaterByLead:longest})?(?:{ByAgent})")  # ，明确由…牵头
        # 由县某局牵头推进，…; 由县某局牵头、县某局配合: the verb ends the clause, or co-doers follow it;
        # ，由县某局负责项目实施，: a verb, its object and a verb again
        self.by_verb_alone = lex.regex(r"(?:[\u4e00-\u9fff]{0,2}?(?:{ByVerb}){1,2}|(?:{ByVerb})(?:{ByVerbObject})(?:{ByVerb}))"
                                       r"(?=[{ClauseMark}{CoDoerMark}]|$)")
        # 以“…”为引领, 以…示范县创建为抓手: what the subject takes up, perhaps with the word of the work done on it
        self.means_before = lex.regex(r"(?:{MeansLead})(?:{MeansQuality:longest})?$")  # 以优质“…”
        # 结合“两学一做”学习教育，在分局迅速掀起…: a scheme combined with the work of the clause after it, whose site opens it
        self.combined_before = lex.regex(r"(?:{CombineVerb})$")
        self.combined_site = lex.regex(r"[，,](?:{CombinedSiteLead})")
        self.means_help = lex.regex(r"(?:{MeansHelpVerb:longest})")  # “…”助力企业发展
        self.taken_as = lex.regex(r"(?:{TakenWork:longest})?(?:{TakenAs})")
        # 学习借鉴浙江“千万工程”经验, 按照全省“三个年”活动部署, 在…指引下, 作为…的重要组成部分, 统一到…上来, 比…早了: a frame that only
        # names what it holds (no doer inside it, and what it holds carried out by nobody through it)
        clause = r"[^，。；,;：:\n]"
        self.cite_frame = lex.regex("|".join(f"(?:{{CiteOpen.{k}}}){clause}{{0,{n}}}?(?:{{CiteClose.{k}:longest}})"
                                             for k, n in (("learn", 40), ("follow", 40), ("guide", 30), ("part", 40),
                                                          ("align", 40), ("compare", 60))))
        # a practice learnt from elsewhere (学习运用浙江“千万工程”经验): the place it names is no referent of 全省 or 我省
        self.learn_frame = lex.regex(f"(?:{{CiteOpen.learn}}){clause}{{0,40}}?(?:{{CiteClose.learn:longest}})")
        self.object_of = lex.regex(r"为[^，。；：\n]{0,12}?(?:{ProgrammeObject})(?=[，。；,;]|$)")
        self.honour_list = lex.regex(r"(?:{HonourListWork:longest})?(?:{HonourPlaceAfter:longest})(?:[（(][^）)\n]{1,8}[）)])?"
                                     r"(?:{HonourListOpen:longest})?[：:]")
        self.law = lex.regex(r"(?:{DocumentHead.law})》?$")
        self.own_plan = lex.regex(r"(?:{DocumentHead.own_plan})》?$")  # 《某村…工作方案》: the village's own plan of work
        self.coordinated = lex.regex(r"(?:{Coordination})(?:" + batch + r")*")
        # 建设了甲镇、乙村等一批某某示范村镇和124个某某示范村: a designation coordinated after its own count holds members of
        # its own, counted, none of those listed before the first
        self.own_count_before = lex.regex(r"(?:{Coordination})(?:" + "|".join(lex.words("DesignationBatch", "count")) + r")$")
        # 开展“甲”招聘活动、2022年“乙”线上招聘活动: after a quoted name the rest of its name (a head after the quote), a
        # coordinator and a year or batch stand before the next quote
        self.coordinated_after_quote = lex.regex(r"[\u4e00-\u9fff]{0,10}?(?:{AfterQuoteHead:longest}|{TailHead:longest})"
                                                 r"(?:{Coordination:longest})(?:" + batch + r"|\d{4}年度?)*")
        self.numbered_heading = lex.regex(r"[{HeadingNumeral}]{1,3}[、.．]|[(（][{HeadingNumeral}]{1,3}[)）]")
        # 茶山社区前山中心村: a unit below a village printed after it in a list's item, no place of its own
        self.sub_village = lex.regex(r"[\u4e00-\u9fff]{1,4}?(?:{SubVillageUnit})(?=[、，,；;。\s]|$)")
        # 《甲市乙市…合作协议》: an agreement's title, perhaps with its years in brackets
        self.report_says = lex.regex(r"(?:{ReportSays:longest})[，,：:]")
        self.report_by = lex.regex(r"(?:{ReportBy})")
        self.report_made = lex.regex(r"作[^，。；\n]{0,12}?(?:{ReportMade})")
        self.report_to = lex.regex(r"[，,]?(?:{ReportTo})")
        self.report_we = lex.regex(r"(?:{ReportWe})")
        self.report_title = lex.regex(r"(?:{ReportTitle})")  # a headline that makes its article a work report
        # 某县2026年政府工作报告（摘要）: the rest of a headline that a place opens, making the article that place's report
        self.place_report_title = lex.regex(r"^(?:\d{4}年度?)?(?:{ReportTitle})(?:{ReportTitleTail})?$")
        self.item_lead = re.compile("(?:" + "|".join(lex.words("ItemLead")) + ")$")  # 一是, 其二: a numbered item's lead
        self.item_start = re.compile(r"\s*(?:" + "|".join(lex.words("ItemLead")) + ")")  # a sentence that opens an item
        self.item_gap = lex.charstr("ItemGap")  # what may stand between two items of a list, or after its heading
        self.plan_say = lex.regex(r"(?:{PlanSay})[，,](?:{PlanModal:longest})")  # 某厅表示，将…: a body's plans, items below
        # 由甲局、乙会组成的某镇驻镇帮镇扶村工作队: a team named after a scheme, and the units that make it up
        self.scheme_team = lex.regex(r"(?:{SchemeTeamHead})")
        self.support_units = lex.regex(r"(?:{SupportUnitClose:longest})")
        self.composed_mark = lex.regex(r"(?:{ComposedMark:longest})")
        self.composed_lead = lex.regex(r"(?:{ComposedLead})")
        self.trailing_list = lex.regex(r"[，,](?:{TrailingList})[：:]?")
        self.group_heading = lex.regex(r"(?:{DesignationUnit:longest})(?:[（(][^（）()\n]{0,8}[）)])*[：:]$")
        # 示范县(10个)：… : a heading of the member kind alone, a count after it, before a list of a scheme named before
        self.bare_head_heading = lex.regex(r"^(?:{DesignationHead:longest})(?:[（(][^（）()\n]{0,8}[）)])*[：:]$")
        # 示范乡中，甲市有：… : the member kind alone, then the first group of its list (a place and 有 before a colon)
        self.bare_head_group = lex.regex(r"^(?:{DesignationHead:longest}|{ListKindHeading:longest})(?:{ListKindIn})[，,]"
                                         r"[^，。；,;：:\n]{1,10}?(?:{ListOpenerEnd})[：:]$")
        self.bare_head_line = lex.regex(r"(?:^|\n)(?:{DesignationHead:longest})(?:[（(][^（）()\n]{0,8}[）)])*[：:]|"
                                        r"(?:{DesignationHead:longest}|{ListKindHeading:longest})(?:{ListKindIn})[，,]")
        self.group_opener = lex.regex(r"(?:{ListOpenerEnd})[：:]")  # 乙市有：… , a later group of such a list
        self.group_word = lex.regex(r"(?:{ListOpenerEnd:longest})")  # 浙江省有甲县、乙县…: the province's group, no colon
        self.list_opener = lex.regex(r"(?:{TrailingLead})[^，。；,;：:\n]{0,8}?(?:{ListOpenerEnd})[：:]$")
        # 某市的示范村有：, 十个示范乡镇（街道）是：: a short line that ends a designation's head (its unit in brackets after
        # it) in a list opener's word opens a list of that designation's members, named in full before
        self.head_opener = lex.regex(r"((?:{DesignationHead:longest}))(?:[（(][^（）()\n]{0,8}[）)])?(?:{ListOpenerEnd})[：:]$")
        # 入选的10个村中，: a sentence that opens with the members of a designation named before, then parts them by kind
        self.subset_lead = lex.regex(r"(?:{SubsetLead:longest})[^，,。；]{0,12}中[，,]")
        self.title_word = lex.regex(r"(?:{TitleWord:longest})")  # “…”称号: a title conferred
        # “…”“…”等称号 after a quoted title: the titles a verb of gaining (GainVerb) names, perhaps after an adverb of
        # succession (GainAdverb: 先后获得)
        self.title_gained = lex.regex(r"(?:“[^”\n]{1,24}”)*(?:{TitleListEnd})?(?:{TitleWord:longest})")
        self.gain_verb = lex.regex(r"(?:{GainVerb:longest})")
        # 甲市连续第五次获得…, 再次获得…: adverbs of succession and a count of times, one after another
        self.gain_adverb = lex.regex(r"(?:(?:{GainAdverb:longest})|第[{NumeralChar}\d]+(?:{GainCount}))+")
        self.confer = lex.regex(r"(?:{ConferLead})?(?:{ConferVerb})")  # (决定)授予 甲村、乙村 “…”称号
        self.member_lead_before = lex.regex(r"(?:{DesignationLead.member:longest})[\u4e00-\u9fff]{0,8}$")
        # 入选试点的城市（区）有甲市、乙省丙市…: a designation's head printed bare after a lead that makes members, then the
        # kind of its members and a word that opens their list
        # 某县“某某”建设总投资…。项目分布在甲乡、乙镇、丙镇等乡镇: a sentence that opens with the project's spread over places
        # refers to the programme the sentence before it names last; its places carry that programme out
        self.next_sentence_site = lex.regex(r"(?:(?<=[。！？!?\n])|^)[ \t\u3000]*(?:{NextSentenceSite:longest})")
        # 某市3个村入选某某示范村名单，分别是甲县A村、乙县B村…: the list after the designation's clause and a word that
        # opens its members
        self.members_after_clause = lex.regex(r"(?:{DesignationAfter:longest})?[，,](?:{MembersAfterClause:longest})[：:]?")
        self.members_listed_after = lex.regex(r"(?:{DesignationLead.member:longest})(?P<head>{DesignationHead:longest})的"
                                              r"[^，,。；：:\n]{0,8}?(?:{MemberListLead:longest})[：:]?")
        # 以“马路办公”方式, 实行“四不两直”工作方式: a way of working or a measure of effort, no scheme carried out
        self.manner_after = lex.regex(r"的?(?:{MannerAfter:longest})")
        self.manner_tail = lex.regex(r"(?:{MannerTail})$")  # “马路办公”: a way of working by its own name
        # 到甲镇、乙镇调研: the places a visitor goes to, and the visit's verb after them
        self.visit_going = lex.regex(r"(?:{VisitGoing:longest})$")
        self.visit_dest_verb = lex.regex(r"(?:{VisitDestVerb:longest})")
        self.site_look_verb = lex.regex(r"(?:{SiteLookVerb:longest})")  # 在甲村，某某了解了“…”建设情况
        self.visit_object_end = lex.regex(r"[^，。；：\n]{0,12}?(?:{VisitObjectEnd:longest})(?=[，。；,;\n]|$)")
        # 到甲镇调研某某工程。: the programme the whole object, closing the clause (not for a delegation's study tour)
        self.visit_object_alone = re.compile(r"(?=[，。；,;\n]|$)")
        self.visiting_party_word = lex.regex(r"(?:{VisitingParty:longest})")
        self.visit_demand = lex.regex(r"(?:{VisitDemand}|{VisitTheme})")
        # 到甲市、乙市等地的农村、企业考察: the kind of places gone to, after the places' run and before the visit's verb
        self.visit_dest_tail = lex.regex(r"(?:{VisitDestTail:longest})(?:[\u4e00-\u9fff、]{1,16}?)?(?={VisitDestVerb:longest})")
        self.visiting_party = lex.regex(r"(?:{VisitingParty:longest})(?:一行[\d一二三四五六七八九十]{1,3}人)?(?:{VisitTo:longest})")
        self.cooperation_end = lex.regex(r"(?:{CooperationEnd})$")
        self.coordinated_mark = lex.regex(r"(?:{Coordination:longest})")  # 甲市、乙市和丙州: the mark between two names
        self.staff_after = lex.regex(r"(?:{StaffWord:longest})")
        self.agreement = lex.regex(r"(?:{AgreementHead})(?:[（(][^（）()]{0,16}[）)])?》?$")
        self.joint_work = lex.regex(r"(?:{JointWork})")
        # “村治民动”桃花模式, 岩门经验: a way of work named after a place of the article by its stem (桃花 of 桃花村)
        self.place_level_word = frozenset(lex.words("PlaceModelLevel"))  # 村, 镇, 乡, 县 after the stem
        self.place_model = lex.regex(r"([\u4e00-\u9fff]{2,4}?)(?:{PlaceModelHead})$")
        self.partner_unit = lex.regex(r"(?:{PartnerUnit:longest})$")  # 龙岗区 → 龙岗: a partner's name in a joint work's
        # a notice's field lines after its project's (项目名称：…): the body that procures or builds it (采购人：, 建设单位：)
        # and the places it is built in (建设地点：)
        # 林西镇：任务520户，完工486户; 第一名：都兰县，96.5分; 思南县860万元，用于…: a line that opens with a place (after its
        # rank perhaps) and gives its figures (a line after 如下： may be joined to it in cleaning)
        # (●甲镇：…, 【县某局】会同…: an item's bullet or bracket, after which a body may open the line as a place does)
        # (a bullet or a bracket opens an item where cleaning joined its line to the one before: 2025年9月30日●甲镇：…)
        self.tally_line = lex.regex(r"(?:(?:^|(?<=[\n：:]))[ \t\u3000]*(?P<mark>[{TallyBullet}][ \t\u3000]*|[{TallyOpen}])?"
                                    r"|(?P<joined>[{TallyBullet}][ \t\u3000]*|[{TallyOpen}]))"
                                    r"(?:第[{HeadingNumeral}]{1,3}(?:{RankWord})[：:，,]?)?")
        self.tally_close = lex.chars("TallyClose")
        self.tally_after = lex.regex(r"(?:[{TallyClose}][^\n]*?|[，,]?)\d")
        # 一、复审合格，继续保留称号 / 二、复审不合格，撤销称号: a review's numbered sections, the places each lists keeping a
        # designation or losing it; the unit a designation's name ends in says which level of place it takes
        self.section_head = lex.regex(r"(?:^|(?<=\n))[ \t\u3000]*[{HeadingNumeral}]{1,3}[、.．]")
        self.review_keep = lex.regex(r"(?:{ReviewKeep})")
        self.review_lose = lex.regex(r"(?:{ReviewLose})")
        self.unit_level = {str(k): str(x) for k, x in lex.field("MemberUnitLevel", "level").items()}
        self.unit_levels = sorted(self.unit_level, key=len, reverse=True)
        self.about = lex.regex(r"(?:{DocumentAbout})")  # 某局关于…的通报: the body that issues a notice, before its subject
        self.title_open = "《〈"  # the marks a document's title opens with
        self.works_after = lex.regex(r"(?:{WorksAfter})")  # “…”提升工程现场: a works visited where it is built
        # 根据《…考核办法》，州农牧局会同州财政局…进行了考核: the bodies that apply a method or standard to assess or review
        self.apply_lead = lex.regex(r"(?:{ApplyLead})$")
        self.apply_verb = lex.regex(r"(?:{ApplyVerb})")
        # 《…》，经县政府第8次常务会议审议通过，由县人民政府办公室印发实施: the body whose meeting passes a document printed
        # before, and the body that issues it
        self.pass_lead = lex.regex(r"(?:{PassLead})")
        self.pass_meeting = lex.regex(r"[^，。；,;\n]{0,10}?(?:{PassMeeting:longest})(?:{PassVerb:longest})")
        # 各乡镇是行动的责任主体，甲镇、乙镇要…: the places made responsible for the campaign named by its head
        self.responsible = lex.regex(r"是(?:本次|这次|此次)?({ResponsibleHead})的(?:{ResponsibleSubject})")
        # 某县召开“…行动”动员会…甲镇、乙镇、县住建局先后作表态发言: those who pledge or report at a campaign's meeting
        # (only where the article made the towns the campaign's subjects: 各乡镇作为实施主体, 各乡镇是行动的责任主体)
        self.pledge = lex.regex(r"(?:{PledgeAdverb})?(?:作了|作|做了|做|进行了|进行)?(?:{PledgeSpeech})")
        self.subjects_made = lex.regex(r"各(?:{EachTownLevel})[^。；，\n]{0,8}?(?:作为|是|为)[^。；，\n]{0,8}?(?:{ResponsibleSubject})")
        # 以和美农家、和睦邻里、和谐农村为主要内容的: a content frame between a verb and the name it governs
        self.content_frame = lex.regex(r"以[^，。；：“”\n]{1,40}?为(?:{ContentFrameNoun})的$")
        # “…行动”开展以来，某县把它当作…: a scheme since whose launch the place opening the next clause has worked
        # “某某”行动开展以来，; 某县“某某”行动自2022年启动以来，: a known scheme's head after its quote, the year it began
        self.since_launch = lex.regex(r"(?:{SinceLaunchHead})?(?:[{SinceLaunchFrom}]\d{4}年(?:\d{1,2}月)?)?(?:{SinceLaunch})以来[，,]")
        # 推行河长制以来，某市…: the verb of launch before the scheme that opens its sentence, the time's tail right after it
        self.launch_verb_opening = lex.regex(r"^[自从]{0,2}(?:{SinceLaunch})[“《]?$")
        self.since_tail = lex.regex(r"(?:{SinceLaunchHead:longest})?以来[，,]")
        # 随后，某某来到甲镇，察看了…工程: the place a visitor arrives at, then the project looked at in the next clause
        self.arrive = lex.regex(r"(?:{ArriveVerb})$")
        self.looked_year = re.compile(r"\d{4}年度?")  # 检查2025年度…: the year of what is looked at
        self.arrive_look = lex.regex(r"[，,](?:{ArriveAdverb})?(?:{VisitLead})(?:{SchemeLeadSkip})?(?:由[^，。；]{2,30}?的)?")
        self.route_mark = lex.charstr("RouteMark")  # 甲镇至乙镇…公路: a route between the places, neither its owner
        self.issue_after_by = lex.regex(r"(?:{JointAfter})?(?:{IssueAfterBy})")
        # 按照省政府办公厅日前印发的《…》: the issuer of a document named in the relative clause before its title
        self.issued_relative = lex.regex(r"(?:{DocumentByAdverb:longest})*(?:{JointAfter})?(?:{IssueAfterBy})"
                                         r"[{RelativeClauseMark}]$")
        # a field may be numbered (2.1建设地点：…)
        self.field_line = lex.regex(r"(?:^|(?<=[\n、.．]))[ \t\u3000]*(?:[0-9]{1,2}(?:[.．][0-9]{1,2})*[.．、]?[ \t\u3000]*)?"
                                    r"(?:(?P<doer>{DoerField})|(?P<site>{SiteField}))[ \t\u3000]*[：:][ \t\u3000]*")
        # 3.某工程。建设内容：…。责任单位：县某局，甲镇配合。: a numbered item of a list of projects and its field of duty
        self.duty_field = lex.regex(r"(?<=[。；;，,\s])(?:{DutyField})[ \t\u3000]*[：:][ \t\u3000]*")
        self.item_number = re.compile(r"[ \t\u3000]*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})[.．、]")
        self.field_end = re.compile(r"[。；;\n]")


_NAME_YEAR = re.compile(r"\d{4}年度?")  # a year printed inside a name


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


_COUNTS = {c: i for i, c in enumerate("一两三四五六七八九", 1)}
#: the most characters a numbered item of a list runs on after its programme (二是某某工程，在甲镇建设…；)
_ITEM_WIDTH = 120
_MODIFIER_WIDTH = 4  # 开展古树名木“…”试点: the most characters of a modifier between a verb and a quoted name
#: how many clauses may stand between a programme's clause and a later clause that names its doer after 由
_LATER_BY_CLAUSES = 2


#: how far before a designation's name the lead that confers it is looked for (入选第二批, 被认定为; its $-anchored
#: pattern allows a batch of up to eight characters between)
_MEMBER_LEAD_BACK = 14
#: how far before a designation's name its own count may stand after a coordinator (和124个某某示范村)
_OWN_COUNT_BACK = 12
#: the levels of towns, streets, villages and communities: the members of a designation for them
_LOCAL_LEVELS = (Level.TOWN, Level.STREET, Level.VILLAGE, Level.COMMUNITY)


def _batch_event_holder(text: str, sentences: list[tuple[int, int]], by_start, p: Candidate,
                        article_of) -> tuple[Candidate, int] | None:
    """The holder of the batch of works started or signed together (某区第二季度重点项目集中开工仪式…) that lists the works
    ``p`` (此次开工的项目包括…): the place or body nearest before the event's name, in ``p``'s sentence before it or else in
    one of the two sentences before (who opened the ceremony may be told between), with no clause mark between it and
    the event; and where that sentence starts."""
    v = _vocabulary()
    s_start = _sentence_of(sentences, p.start)[0]
    spans = [(s_start, p.start)]
    while len(spans) <= _BATCH_SENTENCES_BACK and spans[-1][0] > 0:
        before = spans[-1][0] - 1
        while before > 0 and text[before].isspace():
            before -= 1
        prev = _sentence_of(sentences, before)[0]
        if prev >= spans[-1][0] or article_of(prev) != article_of(p.start):
            break
        spans.append((prev, spans[-1][0]))
    for lo, hi in spans:
        events = list(v.works_batch_event.finditer(text, lo, hi))
        if not events:
            continue
        m = events[-1]
        actors = [a for a in by_start.starting_in(lo, m.start()) if a.type in ("Place", "Agency") and a.end <= m.start()]
        if not actors:
            return None
        a = max(actors, key=lambda c: (c.end, -c.start))
        # (…等4个项目在某市主会场集中签约: the place after 在 is where, not who)
        if m.start() - a.end <= _BATCH_HOLDER_GAP and not any(c in v.clause_marks for c in text[a.end : m.start()]) \
                and not v.site_preposition.search(text, max(0, a.start - 1), a.start):
            return a, lo
        return None
    return None


#: The most characters between a batch event's holder and the event's name (第二季度重点建设项目).
_BATCH_HOLDER_GAP = 16
#: How many sentences before the works a batch event may be named in.
_BATCH_SENTENCES_BACK = 2
#: The ways works are read that such a batch holds (a works' name, a listed one, a firm's project).
_BATCH_WORKS_METHODS = ("cue-works", "cue-listed-works", "cue-firm-project")


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = sentences[mid]
        if pos < s:
            hi = mid - 1
        elif pos >= e:
            lo = mid + 1
        else:
            return s, e
    return pos, pos


def extract_relations(text: str, mentions: list[Candidate], gaz: Gazetteer, article_of,
                      sentences: list[tuple[int, int]] | None = None,
                      signoff: tuple[tuple[int, int], ...] | list = ()) -> list[Fact]:
    """All typed facts of one document. ``article_of(pos)`` gives an article index; ``sentences``
    are the (start, end) spans the rules read one at a time (by default, the sentences of the
    text: kg.extraction passes them cut to a bounded length); ``signoff``: the spans of a notice's sign-off
    lines (kg.structure), whose bodies issue the notice."""
    sentences = split_sentences(text) if sentences is None else sentences
    facts: list[Fact] = []
    facts += _holds_post(text, mentions, sentences)
    facts += _located_in(mentions, sentences)
    facts += _sub_organization(mentions, sentences)
    facts += _stated_parents(text, mentions, sentences)
    facts += _part_of(text, mentions, sentences, gaz)
    facts += _implements(text, mentions, sentences, article_of, signoff)
    return facts


def _ev(sentences, c: Candidate) -> tuple[int, int]:
    return _sentence_of(sentences, c.start)


def _holds_post(text, mentions, sentences) -> list[Fact]:
    out = []
    by_span = {(c.start, c.end): c for c in mentions if c.type == "Agency"}
    for c in mentions:
        if c.type != "Official":
            continue
        for org in c.titles.orgs:
            target = org if org.implied else by_span.get((org.start, org.end)) or _same_body_within(by_span, org)
            if target is None or not target.key:
                continue
            posts = c.titles.posts
            i = next((k for k, post in enumerate(posts) if post.org == org.name), -1)
            title, mod = (posts[i].title, posts[i].qualifier) if i >= 0 else ("", "")
            s = (c.titles.post_span or (c.start, c.end))[0]
            event, cue, qualifier = _post_event(text, c, i, mod)
            out.append(Fact(c.key, "holdsPost", target.key, min(s, c.start), c.end, "pattern-title-name", c.confidence,
                            post=PostDetail(title, mod, event, cue, qualifier)))
    return out


def _same_body_within(by_span, org: Candidate) -> Candidate | None:
    """The accepted mention of the body a title names, where overlap resolution kept a shorter reading of the same
    name inside the title's span (县司法局古田司法所: the field office read from 古田司法所)."""
    return next((m for (s, e), m in by_span.items() if org.start <= s and e <= org.end and m.name == org.name), None)


@dataclass(frozen=True)
class _TenureCues:
    cues: re.Pattern
    event: dict[str, str]
    boundary: frozenset[str]
    qualifiers: dict[str, str]  # a title's or modifier's qualifier -> the qualifier recorded (代 -> 代理)


@lexicon_cache
def _tenure_cues() -> _TenureCues:
    lex = lexicon()
    words = lex.words("TenureCue", longest_first=True)
    return _TenureCues(re.compile("|".join(map(re.escape, words))), {w: str(e) for w, e in lex.field("TenureCue", "event").items()},
                       lex.chars("TenureClauseBoundary"), lex.patterns("TenureQualifier"))


#: how far before a post a cue is looked for, at most (a clause ends it sooner)
_CUE_REACH = 60


def _post_event(text: str, c: Candidate, i: int, modifier: str) -> tuple[str, str, str]:
    """What the clause of an official's ``i``-th post says happens to it: ``(event, cue, qualifier)``, the
    event "start" (任命陈晓红为…, 当选), "end" (免去…职务, 不再担任), "past" (原开平市委书记X, 时任) or "" (the post
    is reported as held), the cue word that says so, and the tenure's qualifier (代理, 提名) or "".

    The cue read is the one nearest the post: between the name and the post (X同志不再担任…), else before
    both in the same clause; a past cue only right before the post or between the name and the post."""
    v = _tenure_cues()
    spans = c.titles.title_spans
    ts = spans[i][0] if 0 <= i < len(spans) else (c.titles.post_span or (c.start, c.end))[0]
    first = min((c.titles.post_span or (ts, ts))[0], ts, c.start)
    k = first
    while k > 0 and first - k < _CUE_REACH and text[k - 1] not in v.boundary:
        k -= 1
    before = text[k:first]
    between = text[c.end : ts] if c.end <= ts else ""
    found = None
    for m in reversed(list(v.cues.finditer(between))):
        found = m.group()
        break
    if found is None:
        for m in reversed(list(v.cues.finditer(before))):
            if v.event[m.group()] == "past" and m.end() != len(before):
                continue
            found = m.group()
            break
    qualifier = v.qualifiers.get(modifier, "")
    title = c.titles.posts[i].title if i >= 0 else ""
    for q, rec in v.qualifiers.items():
        if not qualifier and len(q) > 1 and title.startswith(q):  # 代理市长 (a bare 代 is read as a modifier only)
            qualifier = rec
    if found is None:
        return "", "", qualifier
    event = v.event[found]
    if event == "qualifier":
        return "", found, qualifier or v.qualifiers.get(found, found)
    return event, found, qualifier


def _located_in(mentions, sentences) -> list[Fact]:
    out = []
    places = {c.division.code: c for c in mentions if c.type == "Place" and c.division.code}
    place_keys = {c.key for c in mentions if c.type == "Place"}
    # an agency printed in the text is its own evidence; a body a title implies but does not print
    # (市长陈小曼 → 开平市人民政府) is stated by the title and name that imply it
    stated = [(c, c.start, c.end) for c in mentions if c.type == "Agency"]
    stated += [(o, min((c.titles.post_span or (c.start, c.end))[0], c.start), c.end)
               for c in mentions if c.type == "Official" for o in c.titles.orgs if o.implied]
    for c, start, end in stated:
        code = c.body.place_code
        key = f"Place/{code}" if code else c.body.place_key  # an unlisted village's body
        if key and key in place_keys and end > start:
            out.append(Fact(c.key, "locatedIn", key, start, end, "jurisdiction", 0.9 if code in places else 0.8))
    return out


def _sub_organization(mentions, sentences) -> list[Fact]:
    out = []
    agencies = {c.name: c for c in mentions if c.type == "Agency" and c.key}
    # a body a title implies (县长某 → 某县人民政府) is the parent of a unit printed without it (县政府办公室), the unit's
    # own mention its evidence
    implied = {o.name: o for c in mentions if c.type == "Official" for o in c.titles.orgs if o.implied and o.key}
    for c in mentions:
        parent = c.body.parent if c.type == "Agency" else None
        p = agencies.get(parent) or implied.get(parent) if parent else None
        if p is not None and p.key != c.key:
            s, e = (min(c.start, p.start), max(c.end, p.end)) if parent in agencies and abs(c.start - p.start) < 80 \
                else (c.start, c.end)
            out.append(Fact(c.key, "subOrganizationOf", p.key, s, e, c.method, 0.85))
    return out


#: how far after a body a named official may start for the body to be read as his title's (县农业农村局局长某某)
_TITLE_SPAN = 12


def _titles_a_speaker(text, body, official_starts) -> bool:
    """Whether ``body`` is the organisation of a title a named official holds right after it (县农业农村局局长某某介绍，…):
    then it opens its sentence as the speaker's body, not as the subject of the clauses after it."""
    return any(body.end <= o <= body.end + _TITLE_SPAN and not any(ch in "，,。；;：:、" for ch in text[body.end:o])
               for o in official_starts)


def _stated_parents(text, mentions, sentences) -> list[Fact]:
    """A unit's parent stated in words: 某所由县自然资源局垂直管理 (the bodies before 由, a list perhaps, or the one that
    opens the sentence before ，由), 这个站是县农业农村局的派出机构 (the body before 是, or the one a pronoun stands for)."""
    v = _vocabulary()
    if "由" not in text and not v.parent_mark.search(text):
        return []
    agencies = sorted(outermost([c for c in mentions if c.type == "Agency" and c.key]), key=lambda c: (c.start, c.end))
    officials = [c.start for c in mentions if c.type == "Official"]
    by_end = {a.end: a for a in agencies}
    out = []
    for p in agencies:
        if p.end < len(text) and v.parent_verb.match(text, p.end) and text.endswith("由", 0, p.start):
            lead = p.start - 1
        elif v.parent_mark.match(text, p.end) and (m := v.parent_is.search(text, max(0, p.start - 2), p.start)):
            lead = m.start()
        else:
            continue
        s, e = _sentence_of(sentences, lead)
        units = []
        pronoun = v.unit_pronoun.search(text, max(s, lead - 4), lead)
        if pronoun is not None:  # 这个站: the body of that head named last before it
            head = v.unit_pronouns[pronoun.group()]
            ref = next((a for a in reversed(agencies) if a.end <= pronoun.start() and a.name.endswith(head)), None)
            units = [ref] if ref is not None else []
        elif lead in by_end:
            units, a = [by_end[lead]], by_end[lead]
            while a.start - 1 >= s and text[a.start - 1] in v.unit_joint and a.start - 1 in by_end:
                a = by_end[a.start - 1]
                units.append(a)
        elif text[lead - 1 : lead] in "，," and lead > s:
            # 某站是其中之一，由县医保局派驻…: the body that opens the sentence
            first = next((a for a in agencies if a.start == s), None)
            units = [first] if first is not None and not any(s < a.start < lead for a in agencies if a is not first) \
                and not _titles_a_speaker(text, first, officials) else []
        for u in units:
            if u.key != p.key:
                out.append(Fact(u.key, "subOrganizationOf", p.key, s, e, "stated-parent", 0.8))
    return out


def _county_before(gaz: Gazetteer, c, sorted_code, text: str, towns: list[int]) -> str:
    """The county printed right before a village or community whose town the page leaves out (沿河县朝阳村), or heading
    the line of a list the village is in (东源县：仙湖村、金史村、下屯村；): the text puts it in that county, and the
    gazetteer agrees through the town. "" where the text is not so."""
    d = gaz.get(c.division.code)
    if d is None or d.level not in (Level.VILLAGE, Level.COMMUNITY):
        return ""
    town = gaz.get(d.parent)
    if town is None or not town.parent or town.parent not in sorted_code:
        return ""
    p = sorted_code[town.parent].ending_by(c.start)
    if p is None:
        return ""
    if p.end == c.start:
        return town.parent if d.parent not in sorted_code else ""
    v = _vocabulary()
    head = text[p.end : p.end + 1]
    opened = text[p.start - 1] if p.start else "\n"  # a line's start (or the heading's colon joined to it)
    between = text[p.end + 1 : c.start]
    if head and head in v.group_head_marks and (opened in v.group_line_stops or opened in v.group_head_marks) \
            and not any(ch in v.group_line_stops for ch in between) \
            and bisect_left(towns, p.end) == bisect_left(towns, c.start):  # 武冈市：甲镇乙村、丙村: the towns hold them
        return town.parent  # the county heads the line, its villages listed after the colon
    return ""


def _part_of(text, mentions, sentences, gaz: Gazetteer) -> list[Fact]:
    out = []
    places = [c for c in mentions if c.type == "Place" and c.division.code]
    by_code: dict[str, list[Candidate]] = {}
    for c in places:
        by_code.setdefault(c.division.code, []).append(c)
    # the mentions of one place never overlap: sorted by start, they are sorted by end too
    sorted_code = {code: SortedSpans(cs) for code, cs in by_code.items()}
    seen = set()
    # written side by side: 开平市水口镇
    for c in places:
        parent = c.division.chained_to or c.division.listed_under
        if parent and parent in by_code:
            d = gaz.get(c.division.code)
            if d is not None and (d.parent == parent or c.division.moved):  # as the text has it (苍梧县龙圩镇)
                p = sorted_code[parent].ending_by(c.start)
                s = p.start if p is not None else c.start
                k = (c.key, f"Place/{parent}")
                if k not in seen:
                    seen.add(k)
                    out.append(Fact(c.key, "partOf", f"Place/{parent}", s, c.end, "adjacent-names", 0.95))
    # a village written right after its county, its town left out (沿河县朝阳村), or on the county's line of a list
    town_starts = sorted(c.start for c in mentions if c.type == "Place" and c.division.level in (Level.TOWN, Level.STREET))
    for c in places:
        county = _county_before(gaz, c, sorted_code, text, town_starts)
        if county and (c.key, f"Place/{county}") not in seen:
            seen.add((c.key, f"Place/{county}"))
            out.append(Fact(c.key, "partOf", f"Place/{county}", sorted_code[county].ending_by(c.start).start, c.end,
                            "adjacent-names", 0.9))
    # villages missing from the gazetteer, written after their town (白头镇五星村)
    for c in mentions:
        parent = c.division.chained_to or c.division.listed_under if c.type == "Place" and not c.division.code else ""
        if parent in by_code:
            k = (c.key, f"Place/{parent}")
            if k not in seen:
                seen.add(k)
                p = sorted_code[parent].ending_by(c.start) or c
                out.append(Fact(c.key, "partOf", k[1], p.start, c.end, "adjacent-names", 0.85))
    # villages written right after a town the gazetteer lacks, itself read from its chain (某县甲镇乙村), or one that
    # several counties have, of a county the page never prints (我县甲镇乙村): listed or not, the village lies where the
    # text prints it
    unlisted = {m.end: m for m in mentions if m.type == "Place" and not m.division.code
                and m.division.level in (Level.TOWN, Level.STREET)}
    named = {m.name: m for m in sorted(unlisted.values(), key=lambda m: -m.start)}  # the first of each name wins
    for c in mentions:
        town = unlisted.get(c.start) if c.type == "Place" and c.division.level in (Level.VILLAGE, Level.COMMUNITY) else None
        listed = (c.division.listed_under or c.division.chained_to) if c.type == "Place" and not c.division.code else ""
        if town is None and listed in named:
            town = named[listed]  # 甲镇乙村、丙村: listed after a village of the town
        if town is not None and (c.key, town.key) not in seen:
            seen.add((c.key, town.key))
            out.append(Fact(c.key, "partOf", town.key, town.start, c.end, "adjacent-names", 0.85))
    # a place and its administrative parent on the same page; or, where the page prints not today's parent but the
    # former county it succeeded (长治县 … 西火镇, of today's 上党区), that former county, as the text has it
    former = {succ: code for code in by_code if (succ := gaz.successor(code))}
    for code, cs in by_code.items():
        d = gaz.get(code)
        parent = (d.parent if d.parent in by_code else former.get(d.parent, "")) if d is not None and d.parent else ""
        if not parent or any(c.division.moved for c in cs):
            continue
        k = (cs[0].key, f"Place/{parent}")
        if k in seen:
            continue
        seen.add(k)
        # evidence: a sentence holding both, else the child's first mention
        best = None
        for c in cs:
            s, e = _sentence_of(sentences, c.start)
            if sorted_code[parent].first_in(s, e) is not None:
                best = (s, e)
                break
        if best is None:
            best = _sentence_of(sentences, cs[0].start)
        out.append(Fact(cs[0].key, "partOf", f"Place/{parent}", best[0], best[1], "gazetteer-parent",
                        0.8))
    return out


def _actors_before(text: str, actors: list[Candidate], pos: int, sent_start: int) -> list[Candidate]:
    """The actor nearest before ``pos`` in the sentence, with those coordinated with it
    (开平市委社会工作部、团开平市委、长沙街道办联合启动). Names written side by side
    (台山市台城街道) are one actor: the last. ``actors``: those that start in the sentence
    before ``pos``."""
    v = _vocabulary()
    before = sorted((a for a in actors if sent_start <= a.start and a.end <= pos), key=lambda a: (a.start, a.end))
    # the object of a preposition is not the subject (开平市医保局加强与市行政服务中心…沟通协作，…实现“一窗通办”),
    # unless the two act together (与开平市政府联合印发); a site never acts (两市在长沙联合签署…); nor do the names
    # written side by side with the object or coordinated with it (在甲镇X村、乙镇Y村新建…，并启动…: all four are sites)
    objects: list = []
    for a in before:
        if objects and a.start >= objects[-1].end and (a.start == objects[-1].end
                                                      or v.coordination.fullmatch(text, objects[-1].end, a.start)):
            objects.append(a)
        elif (v.preposition_before.search(text, max(0, a.start - 2), a.start)
              and text[max(0, a.start - 2) : a.start] not in v.together_with
              and not (v.joint_after.match(text, a.end)
                       and not v.site_preposition.search(text, max(0, a.start - 1), a.start))):
            objects.append(a)
        elif v.event_host_before.search(text[max(sent_start, a.start - 10) : a.start]):
            objects.append(a)  # 全力申办湖南省旅游发展大会，深入实施…: the place or body the hosted event is named for
        elif text[a.start - 1 : a.start] in v.disposal_mark and text[a.end : a.end + 1] in v.possessive_mark and a.start:
            objects.append(a)  # 甲省将乙市的项目纳入…: the owner of what 将 moves is no subject
        elif text[a.start - 1 : a.start] in v.copula_mark and text[a.end : a.end + 1] in v.possessive_mark and a.start:
            objects.append(a)  # 甲区是乙市的中心城区，…推进“…”: the owner of the complement is no subject, 甲区 is
        elif v.gone_to.search(text, max(0, a.start - 2), a.start) \
                and not v.visit_dest_verb.search(text, a.end, _first_mark(text, v.clause_marks, a.end, len(text))):
            objects.append(a)  # 带队赴某区互访对接，…并制定《…》: the place gone to; not 赴某县开展…调研, the visit's object
    before = [a for a in before if not any(a is o for o in objects)]
    # 按照甘肃省委部署: the body whose deployment is followed is not the subject
    # (按中央和省委部署: a source that names no body may stand between the word and the body)
    cited_end = -1  # (根据甲局、乙局印发的《…》制定: the bodies coordinated with the preposition's object are its objects too)
    kept = []
    for a in before:
        if v.preposition_word.search(text, max(0, a.start - 2), a.start) \
                or ((peer := v.deployment_peer.search(text, max(0, a.start - 4), a.start))
                    and v.preposition_word.search(text, max(0, peer.start() - 2), peer.start())) \
                or (cited_end >= 0 and a.type == "Agency" and v.coordination.fullmatch(text, cited_end, a.start)):
            cited_end = a.end
        else:
            kept.append(a)
    before = kept
    # 某县深入贯彻习近平总书记给某村村民的回信精神，开展…: the leader, body or place named inside the spirit or deployment
    # a verb of following takes (FollowVerb … FollowedEnd) is what is followed, not the subject
    followed = [m.span() for m in v.followed_object.finditer(text, sent_start, pos)]
    before = [a for a in before if not any(s <= a.start and a.end <= e for s, e in followed)]
    # 某市爱卫会：按照…: a notice's addressee, opening the line after its headline and ending in a colon (the line after it
    # may be joined to it in cleaning), is no subject of what follows
    before = [a for a in before if not _addressee(text, a)]
    # 赤壁市建成湖北省首个全域公交县，并获评…: a place before an ordinal of its own (首个, 唯一) is the scope the thing is first
    # or only in, not a subject
    before = [a for a in before if not v.scope_ordinal.match(text, a.end)]
    # 某局与农业银行某县支行合作推广“…”: the county in the bank's branch is no actor (the bureau before it is)
    before = [a for a in before if not (a.type == "Place" and v.firm_branch_after.match(text, a.end))]
    if not before:
        return []
    before.sort(key=lambda a: a.end)
    chosen = [before[-1]]
    # the places a counted word stands for (两镇) act together
    chosen += [a for a in before[:-1] if isinstance(a, _Actor) and isinstance(chosen[0], _Actor)
               and (a.start, a.end) == (chosen[0].start, chosen[0].end)]
    left = before[-1].start  # where the names written side by side with the last chosen one begin
    for a in reversed(before[:-1]):
        gap = text[a.end : left]
        if v.coordination.fullmatch(gap):  # 井岸镇人民政府联合区人社局启动, 农业农村部将会同财政部
            chosen.append(a)
            left = a.start
            continue
        if gap == "" and a.type == "Agency" and chosen[-1].type == "Agency" and a.end == chosen[-1].start:
            chosen.append(a)  # 湄潭县委县政府: two bodies written side by side act together
            left = a.start
            continue
        if gap in v.body_alias_open and a.type == "Agency" and chosen[-1].type == "Agency" and a.end + 1 == chosen[-1].start \
                and text[chosen[-1].end : chosen[-1].end + 1] in v.body_alias_close:
            chosen.append(a)  # 省委依法治省办（省司法厅）把…: the office and its other name in brackets act together
            left = a.start
            continue
        if gap == "":
            left = a.start
            continue  # 台山市台城街道: the earlier name only says where the later one is
        break
    return chosen


def _issuers_above(text: str, actors: SortedSpans, s_start: int) -> list:
    """The bodies that make up the line right above a title opened by 关于 at ``s_start`` (某省某厅　某省某局⏎关于公布…
    的通知), the line holding nothing else but blanks and 、: the title's issuers; [] where the text is not so."""
    v = _vocabulary()
    if s_start < 2 or text[s_start - 1] != "\n" or not v.report_on_opening.match(text, s_start):
        return []
    line = text.rfind("\n", 0, s_start - 1) + 1
    bodies = [a for a in actors.starting_in(line, s_start - 1) if a.type == "Agency" and a.end <= s_start - 1]
    at = line
    for a in bodies:
        if a.start < at or text[at : a.start].strip(" \u3000\t、"):
            return []
        at = a.end
    return bodies if bodies and not text[at : s_start - 1].strip(" \u3000\t") else []


def _issuers_below(text: str, actors: SortedSpans, s_start: int, signoff, article_of) -> list:
    """The bodies of the first sign-off lines after a title opened by 关于 on a line of its own at ``s_start`` (关于印发…
    的通知 at a notice's head, its issuers signing it below), in the same article: the title's issuers; [] where the
    text is not so."""
    v = _vocabulary()
    if not signoff or s_start and text[s_start - 1] != "\n" or not v.report_on_opening.match(text, s_start):
        return []
    later = [(s, e) for s, e in signoff if s > s_start and article_of(s) == article_of(s_start)]
    if not later:
        return []
    first = later[0]
    block = [first]  # the sign-off lines that follow each other (two bodies on two lines)
    for s, e in later[1:]:
        if text[block[-1][1] : s].strip():
            break
        block.append((s, e))
    return [a for s, e in block for a in actors.starting_in(s, e) if a.type == "Agency" and a.end <= e]


def _only_places(text: str, actors: SortedSpans, at: int, stop: int) -> bool:
    """Whether ``text[at:stop]`` holds only places (those of ``actors``, and unknown villages right after one or after a
    join), joined by ListOnlyJoin: a clause that lists places and has no verb (甲镇A村、B村，乙镇C村)."""
    v = _vocabulary()
    pos, seen = at, False
    while pos < stop:
        a = actors.first_in(pos, pos + 1)
        if a is not None and a.type == "Place" and a.end <= stop:
            pos, seen = a.end, True
            continue
        m = v.list_only_village.match(text, pos, stop) if seen else None
        if m is not None and (m.end() == stop or text[m.end()] in v.list_only_join):
            pos = m.end()
            continue
        if seen and text[pos] in v.list_only_join and pos + 1 < stop:
            pos += 1
            continue
        return False
    return seen


def _in_quoted_theme(text: str, at: int, anchor: int, sent_start: int, sent_end: int) -> bool:
    """Whether the programme at ``anchor``, not quoted itself, lies inside a quote that a word for a theme follows, and
    the verb at ``at`` stands before that quote's end (围绕“…推进乡村振兴和兴边富民”两个主题开展专项调研: neither 围绕 nor
    推进 governs the scheme for the sentence's subject)."""
    if text[anchor : anchor + 1] == "“":
        return False  # “不忘初心、牢记使命”主题教育: the quote is the programme's own
    opened = text.rfind("“", sent_start, anchor)
    if opened < 0 or "”" in text[opened:anchor]:
        return False
    closed = text.find("”", anchor, sent_end)
    return at < closed and _vocabulary().theme_close.match(text, closed) is not None


def _visited_before(text: str, actors: SortedSpans, place, verb: int, sent_start: int, p, progs) -> bool:
    """Whether ``place`` is one of the places a visitor goes to (到甲镇、乙镇调研; 到甲市、乙市等地的农村考察), the visit's
    verb in an earlier clause than ``verb`` and a word of the visitor's demands or of the visit's theme between them
    (…调研，要求深入实施…; …考察，围绕推进…开展调研), and the visit is not one of the scheme ``p`` itself
    (到甲镇调研“百千万工程”工作，要求…: the text puts the scheme at the place)."""
    v = _vocabulary()
    if place.type != "Place":
        return False
    run = [place]  # the places coordinated with it or written side by side, from the first to the last
    while (prev := actors.ending_by(run[0].start)) is not None and prev is not run[0] and prev.type == "Place" \
            and prev.start >= sent_start and (prev.end == run[0].start or v.coordination.fullmatch(text, prev.end, run[0].start)):
        run.insert(0, prev)
    while (nxt := actors.first_in(run[-1].end, run[-1].end + 2)) is not None and nxt.type == "Place" and nxt.end <= verb \
            and (nxt.start == run[-1].end or v.coordination.fullmatch(text, run[-1].end, nxt.start)):
        run.append(nxt)
    if not v.visit_going.search(text, max(sent_start, run[0].start - 3), run[0].start):
        return False
    tail = v.visit_dest_tail.match(text, run[-1].end)
    m = v.visit_dest_verb.match(text, tail.end() if tail else run[-1].end)
    return m is not None and any(c in v.clause_marks for c in text[m.end() : verb]) \
        and v.visit_demand.search(text, m.end(), verb) is not None \
        and not any(q.name == p.name and m.end() <= _quote_start(text, q) <= m.end() + 1 for q in progs)


#: the most characters of a verb of gaining before the first quoted title it names (先后获得“…”)
_GAIN_VERB_GAP = 4


def _visited_for(text: str, actors: SortedSpans, ps: int, pe: int, sent_start: int) -> list:
    """到甲县调研“某某工程”推进情况, 到甲镇、乙镇督导“…”工作: the places a visitor goes to (VisitGoing, the places, a
    VisitDestVerb) where the visit's verb has the programme quoted at ``ps``–``pe`` for its object, closed by a word of its
    progress or work (VisitObjectEnd): of places written side by side, the last."""
    v = _vocabulary()
    alone = v.visit_object_end.match(text, pe) is None  # 到甲镇调研某某工程。: the programme the verb's whole object
    if alone and not (v.visit_object_alone.match(text, pe) and v.visiting_party_word.search(text, sent_start, ps) is None):
        return []
    clause = _last_mark(text, v.clause_marks, sent_start, ps)
    verbs = [m for m in v.visit_dest_verb.finditer(text, clause, ps) if ps - m.end() <= _VISIT_OBJECT_GAP]
    if not verbs or alone and ps - verbs[-1].end() > _VISIT_OBJECT_ALONE_GAP:
        return []  # (调研后决定实施“…”: the programme of another verb)
    if any(a.type == "Place" for a in actors.starting_in(verbs[-1].end(), ps)):
        return []  # 到甲镇调研了乙市“…”工作: the scheme of the place printed before it, looked at where it is carried out
    verb = verbs[-1].start()
    named = [a for a in actors.starting_in(clause, verb) if a.end <= verb and a.type != "Official"]
    site_end, opened, kinds = verb, clause, ("Place",)
    if not named and verb == clause and clause > sent_start and text[clause - 1] in v.clause_comma \
            and v.visit_guide_verb.search(text, clause, ps):
        # 调研组来到某县人民法院某人民法庭，调研指导“…”创建工作: a visit's verb of guiding opens the clause after the one that
        # names the site gone to, a place or a body (来到甲县、乙村，考察…: looking only, no doer)
        opened = _last_mark(text, v.clause_marks, sent_start, clause - 1)
        site_end, kinds = clause - 1, ("Place", "Agency")
        named = [a for a in actors.starting_in(opened, site_end) if a.end <= site_end and a.type != "Official"]
    if not named or named[-1].end != site_end or named[-1].type not in kinds:
        return []
    run = [named[-1]]
    for a in reversed(named[:-1]):
        if a.type != run[-1].type or a.end != run[0].start and not v.coordination.fullmatch(text, a.end, run[0].start):
            break
        run.insert(0, a)
    if not v.visit_going.search(text, max(opened, run[0].start - 3), run[0].start):
        return []
    return [a for k, a in enumerate(run) if k + 1 == len(run) or run[k + 1].start != a.end]


#: the most characters between a visit's verb and the programme it looks at (调研督导定点联系县、镇、村“…”工作)
_VISIT_OBJECT_GAP = 12
#: the same where the programme is the verb's whole object: its quote mark at most (调研“…”。, 调研某某工程。)
_VISIT_OBJECT_ALONE_GAP = 1


def _site_looked_at(text: str, actors: SortedSpans, ps: int, pe: int, sent_start: int) -> list:
    """在甲乡乙村，某某详细了解了“某某”建设情况: the places of a clause that opens a sentence with a SitePreposition and
    holds nothing else, where the next clause's verb of looking (SiteLookVerb) has the programme quoted at ``ps``–``pe``
    for its object, closed by a word of its progress or work (VisitObjectEnd): of places written side by side, the last."""
    v = _vocabulary()
    if v.visit_object_end.match(text, pe) is None:
        return []
    clause = _last_mark(text, v.clause_marks, sent_start, ps)
    if clause <= sent_start or text[clause - 1] not in v.clause_comma:
        return []
    look = [m for m in v.site_look_verb.finditer(text, clause, ps) if ps - m.end() <= _SITE_LOOK_GAP]
    if not look or look[-1].start() - clause > _SITE_LOOKER_LEN or any(a.type == "Place" for a in actors.starting_in(clause, ps)):
        return []
    frame = _last_mark(text, v.clause_marks, sent_start, clause - 1)
    at = v.site_preposition_at.match(text, frame)
    if at is None:
        return []
    run = [a for a in _run_at(text, actors, at.end(), clause - 1) if a.type == "Place"]
    if not run or run[-1].end != clause - 1:
        return []
    return [a for k, a in enumerate(run) if k + 1 == len(run) or run[k + 1].start != a.end]


#: the most characters between a verb of looking and the programme (了解了“…”) and between a site's clause and the verb
#: (刘明详细了解: the visitor's name and an adverb)
_SITE_LOOK_GAP = 2
_SITE_LOOKER_LEN = 8


def _last_adjoining_place(actors: SortedSpans, place, limit: int):
    """The last of the places written side by side from ``place`` on, each ending by ``limit`` (董塘镇红星村)."""
    while (nxt := actors.first_in(place.end, place.end + 1)) is not None and nxt.type == "Place" and nxt.end <= limit:
        place = nxt
    return place


def _partners_by_short_form(stem: str, named: list, gaz: Gazetteer) -> list:
    """The counties and cities of the article that open ``stem`` side by side, each by its name or by its name without
    the unit that ends it (龙岗 for 龙岗区, 普定 for 普定县): the partners of 龙岗海丰产业共建园. None unless two."""
    forms: dict[str, Candidate] = {}
    unit = _vocabulary().partner_unit
    for a in named:
        if a.division.level in (Level.CITY, Level.COUNTY):
            forms.setdefault(a.name, a)
            short = unit.sub("", a.name)
            if len(short) >= 2:
                forms.setdefault(short, a)
    side, at = [], 0
    while True:
        n = max((k for k in range(2, min(len(stem) - at, 8) + 1) if stem[at : at + k] in forms), default=0)
        if not n:
            break
        side.append(forms[stem[at : at + n]])
        at += n
    return side if len(side) > 1 and len({a.division.code for a in side}) == len(side) else []


def _run_at(text: str, actors: SortedSpans, pos: int, end: int, side_by_side: bool = True) -> list:
    """The bodies and places written side by side or coordinated from ``pos`` on (甲镇、乙镇和丙镇), or none when no
    name starts at ``pos``; with ``side_by_side`` false, coordinated only."""
    v = _vocabulary()
    found = [a for a in actors.starting_in(pos, end) if a.type != "Official"]
    if not found or found[0].start != pos:
        return []
    run = [found[0]]
    for a in found[1:]:
        if not v.coordination.fullmatch(text, run[-1].end, a.start) and not (side_by_side and a.start == run[-1].end):
            break
        run.append(a)
    return run


def _nfkc_name(name: str) -> str:
    """A programme's name without its quotation marks, to compare a short form with the full name."""
    return re.sub(r"[“”\"‘’]", "", name)


def _duty_partners(text: str, actors: SortedSpans, run: list, end: int) -> list:
    """After ``run``, bodies with a verb of duty (县卫健局牵头), the bodies 、 joins to them that each take a part of the
    work with a verb of their own (、县农业农村局配合, 、县财政局负责资金保障): those bodies."""
    v = _vocabulary()
    out = []
    verb = v.next_duty_verb.match(text, run[-1].end)
    while verb is not None and text[verb.end() : verb.end() + 1] in v.duty_joint and verb.end() < end:
        more = [a for a in _run_at(text, actors, verb.end() + 1, end) if isinstance(a, Candidate)]
        if not more or any(a.type != "Agency" for a in more):
            break
        verb = v.duty_part_verb.match(text, more[-1].end)
        if verb is None:
            break
        out += more
    return out


def _duty_partners_before(text: str, actors: SortedSpans, first, start: int) -> list:
    """Before ``first``, a body that opens a clause (…、县农业农村局配合，推进…), the bodies 、 joins before it, each with
    a verb of duty of its own (县卫健局牵头、): those bodies, in order."""
    v = _vocabulary()
    out: list = []
    pos = first.start
    while pos > start and text[pos - 1] in v.duty_joint:
        verb = next((m for m in v.duty_part_verb.finditer(text, max(start, pos - 1 - _DUTY_VERB_LONGEST), pos - 1)
                     if m.end() == pos - 1), None)
        body = actors.ending_by(verb.start()) if verb is not None else None
        if body is None or body.end != verb.start() or body.start < start or body.type != "Agency":
            break
        out.insert(0, body)
        pos = body.start
    return out


#: the longest verb of duty looked for before 、 (牵头, 负责, 配合)
_DUTY_VERB_LONGEST = 4


def _on_duty(text: str, run: list) -> bool:
    """Whether a run of bodies acts with a verb of leading or joint work: one right after it (市某局牵头制定…, 县某局、
    县某局要分别牵头…), or a verb of joint work inside it (省某厅会同省某委、省某厅建立了…)."""
    v = _vocabulary()
    return bool(v.next_duty_verb.match(text, run[-1].end)) \
        or any(v.joint_verb.search(text, a.end, b.start) for a, b in zip(run, run[1:]))


def _co_doers(text: str, actors: SortedSpans, pos: int, end: int) -> list:
    """After 由…牵头 (``pos`` its end), the bodies or places the next clause names as doers (、某街道配合实施;
    ，长安区、蓝田县分别负责…)."""
    v = _vocabulary()
    rest = v.verb_rest.match(text, pos, end) or v.co_doer_frame.match(text, pos, end)  # 由县文旅局负责实施，甲镇配合: past
    pos = rest.end() if rest else pos  # the rest of the verb (or a frame of time: 推行“某制”以来，…)
    out: list = []
    while text[pos : pos + 1] in v.co_doer_mark:
        run = _run_at(text, actors, pos + 1, end)
        if not out and pos < end and text[pos] != "、":
            # 推行“某制”以来，县委常委、副县长某某任副总链长，县某中心具体承办: a clause about an official (his post in the
            # work) stands between the programme's clause and those of its doers
            stop = _first_mark(text, v.clause_comma, pos + 1, end)
            if any(a.type == "Official" for a in actors.starting_in(pos + 1, stop)) \
                    and not any(a.type != "Official" and v.co_doer.match(text, v.run_tail.match(text, a.end).end())
                                for a in actors.starting_in(pos + 1, stop)):
                pos = stop
                continue
        tail = v.run_tail.match(text, run[-1].end).end() if run else pos
        if not run or not (v.co_doer.match(text, tail) or v.role_as.match(text, tail)):
            break
        out += _actors_before(text, run, run[-1].end, pos + 1)
        # a task list goes on clause by clause (由甲局牵头，乙局负责…，丙局负责…): the next clause after this one's task
        pos = _first_mark(text, v.clause_comma, run[-1].end, end)
    return out


def _measure_doers(text: str, actors: SortedSpans, pos: int, end: int, others) -> list:
    """The doers of the numbered measures (一是…；二是…) after ``pos`` (a programme's end) in its sentence: the bodies or
    places that open each measure, after 由 or not (一是由县某局牵头，…; 二是县某局联合县某中心推行…), and the places after
    在 in its clauses; two measures or more, the first after a colon, no other programme named before the last."""
    v = _vocabulary()
    end = _first_mark(text, v.measure_list_end, pos, min(len(text), max(end, pos + 3 * _ITEM_WIDTH)))  # past the ；
    leads = list(v.measure_lead.finditer(text, pos, end))
    if len(leads) < 2 or text[leads[0].start() - 1] not in v.measure_open:
        return []
    opened = max(text.rfind(c, 0, pos) for c in v.measure_list_end)
    if v.measure_lead.search(text, opened + 1, pos):
        return []  # 一是在甲镇开展“某某”试点；二是…: a programme inside a numbered item is no owner of the items after it
    if any(pos <= q.start < leads[-1].end() for q in others):
        return []
    out: list = []
    for m, nxt in zip(leads, leads[1:] + [None]):
        close = _first_mark(text, v.item_marks, m.end(), end)
        stop = min(close, nxt.start()) if nxt is not None else close
        at = m.end()
        by = v.by_agent.match(text, at)
        run = _run_at(text, actors, by.end() if by else at, stop, side_by_side=False)
        out += [a for a in run if a.type in ("Agency", "Place")]
        out += _sites_after(text, actors, at, stop)
    return out


def _joint_bodies_after(text: str, actors: SortedSpans, pos: int, end: int, progs, mechanism: bool = False) -> list:
    """The bodies that open the clause right after ``pos`` (a programme's end) joined by a verb of joint work
    (，县某局要会同县某局、县某局倒排工期): two bodies or more, all of them bodies, no programme before the clause ends;
    where the programme is a mechanism of joint work (``mechanism``: “某长+某长”协作机制，县某院、县某局与县某局联合开展
    某某专项行动), the verb of joint work may follow the run, and those who act together carry it out whatever they launch."""
    v = _vocabulary()
    mark = _first_mark(text, v.clause_comma, pos, end)
    if mark >= end or any(pos <= q.start < mark for q in progs):
        return []
    run = _run_at(text, actors, mark + 1, end, side_by_side=False)
    if len(run) < 2 or any(a.type != "Agency" for a in run):
        return []
    if not any(v.joint_verb.search(text, a.end, b.start) for a, b in zip(run, run[1:])) \
            and not (mechanism and v.joint_verb.match(text, run[-1].end)):
        return []
    close = _first_mark(text, v.clause_marks, run[-1].end, end)
    if any(run[-1].end <= q.start < close for q in progs) and not mechanism or not v.joint_task.match(text, run[-1].end):
        return []
    return run


def _sites_after(text: str, actors: SortedSpans, pos: int, end: int) -> list:
    """The places after 在 that open a later clause of the sentence (…，今年已在甲镇、乙镇改造…), the last of those
    written side by side."""
    v = _vocabulary()
    out = []
    for m in v.site_clause.finditer(text, pos, end):
        run = [a for a in _run_at(text, actors, m.end(), end) if a.type == "Place"]
        if run and v.hold.match(text, run[-1].end):
            continue  # …，在甲镇召开现场会: where a meeting is held, not where the work is done
        if run and text[run[-1].end : run[-1].end + 1] in v.route_mark:
            continue  # …，年内完成甲镇至乙镇公路改造: a route between the places
        if run and v.site_frame.match(text, run[-1].end):
            continue  # …，在甲镇的带动下…: the place leads, it is no site
        out += [a for k, a in enumerate(run) if k + 1 == len(run) or run[k + 1].start != a.end]
    for m in v.site_run_clause.finditer(text, pos, end):
        run = [a for a in _run_at(text, actors, m.end(), end) if a.type == "Place"]
        run = [a for k, a in enumerate(run) if k + 1 == len(run) or run[k + 1].start != a.end]
        # 甲镇、乙镇新建…: two places or more, perhaps closed by their count (甲镇、乙镇、丙镇11个村完成…)
        if len(run) >= 2 and v.site_run_verb.match(text, v.run_tail.match(text, run[-1].end).end()):
            out += [a for a in run if a not in out]
        elif run and v.role_next.match(text, run[-1].end):  # …，甲镇作为新增试点，…: a place given a role in the work
            out += [a for a in run if a not in out]
    for m in v.site_support.finditer(text, pos, end):  # …，支持甲镇、乙镇建设…: the places supported in building work
        run = [a for a in _run_at(text, actors, m.end(), end) if a.type == "Place"]
        run = [a for k, a in enumerate(run) if k + 1 == len(run) or run[k + 1].start != a.end]
        if run and run[0].start == m.end() and v.site_run_verb.match(text, run[-1].end):
            out += [a for a in run if a not in out]
    return out


def _members_before(text: str, actors: SortedSpans, pos: int, sent_start: int, *, two_tiers: bool = False) -> list:
    """The places and bodies a clause lists before ``pos`` (the lead of a designation): the last
    of each coordinated item (吴中区临湖镇牛桥村、吴江区盛泽镇黄家溪村入选…; 江苏省南京市等14个城市为…),
    skipping items that name none."""
    v = _vocabulary()
    clause = max(sent_start, max((text.rfind(c, sent_start, pos) + 1 for c in v.clause_marks), default=sent_start))
    for w in v.member_counterpart:  # 甲市、乙市两市农商行分别与丙镇等…: the other party of 与 is no member
        at = text.rfind(w, clause, pos)
        if at >= 0:
            clause = at + len(w)
    found = [a for a in actors.starting_in(clause, pos) if a.end <= pos and a.type in ("Place", "Agency")]
    if not found and clause - 1 > sent_start and text[clause - 1] in v.list_commas:
        # 甲镇、乙镇2个镇以及丙村等29个村榜上有名，入选…: the members listed in the clause before, closed by a trailing
        # lead right before the comma
        trail = next((m for m in v.trailing_lead.finditer(text, max(sent_start, clause - 1 - _TRAIL_BEFORE_COMMA), clause)
                      if m.end() == clause - 1), None)
        if trail is not None and trail.start() > sent_start:
            return _members_before(text, actors, trail.start(), sent_start)
    if not found:
        return []
    # a list grouped by county with commas (拟命名甲县A镇X村、B镇Y村，乙县C镇Z村等46个村为…): an earlier clause
    # that ends in a run of places of the members' level belongs to the list
    commas = []
    while clause - 1 > sent_start and text[clause - 1] == "，":
        mark = clause - 1
        start = max(sent_start, max((text.rfind(c, sent_start, mark) + 1 for c in v.clause_marks), default=sent_start))
        run = [a for a in actors.starting_in(start, mark) if a.end <= mark and isinstance(a, Candidate) and a.type == "Place"]
        # 甲镇、乙镇等乡镇，以及丙村等村: the list of another tier, closed by its tier's word and joined to the next
        close = next((w for w in v.tier_close if text.startswith(w, mark - len(w))), None) \
            if v.tier_close and text.startswith(v.tier_join, clause) else None
        end = mark - len(close) if close else mark
        k, last = len(run), end
        while k and (run[k - 1].end == last or v.coordination.fullmatch(text, run[k - 1].end, last)):
            k -= 1
            last = run[k].start
        # 甲县A镇，乙县B镇X村、丙县C镇Y村拟被认定为…示范村镇: a designation of towns and villages alike takes either tier
        mixed = two_tiers and bool(run) and isinstance(found[-1], Candidate) \
            and {_tier(str(run[-1].division.level)), _tier(str(found[-1].division.level))} == _BOTH_TIERS
        if k == len(run) or run[-1].end != end or not isinstance(found[-1], Candidate) \
                or not close and not mixed and run[-1].division.level != found[-1].division.level \
                and not _count_covers(text, run[k:] + found, found[-1].end, pos, len(commas) + 2, v):
            break
        found = run[k:] + found
        clause = start
        commas.append(mark)
    inside = [(a.start, a.end) for a in found]
    cuts = sorted([m.start() for m in v.coordination.finditer(text, clause, pos)
                   if not any(s <= m.start() < e for s, e in inside)]
                  + [m.start() for m in v.passive.finditer(text, clause, pos)] + commas)  # 江山市被农业农村部列为…
    last: dict[int, object] = {}
    for a in sorted(found, key=lambda a: (a.end, a.start)):
        last[bisect_right(cuts, a.start)] = a
    # 太原市西山生态文化旅游示范区: an item whose place is followed by a name of its own (a zone, a scenic area) names
    # that, not the place; a count (等9地) or a note in brackets may follow a member
    out = []
    for k, a in last.items():
        tail = text[a.end : cuts[k] if k < len(cuts) else pos]
        if a.type == "Place" and len(tail) >= _ITEM_OWN_NAME_MIN and is_cjk(tail[0]) \
                and not any(tail.startswith(w) for w in v.item_tail_leads) and tail[0] not in v.item_tail_counts \
                and not _sub_village_tail(tail, a, v):
            continue
        if _counted_below(text, a, pos):
            continue  # 甘肃4地入选…: the province holds the counted members, it is none
        out.append(a)
    return out


def _confers(doc: Candidate, d: Candidate) -> bool:
    """Whether ``doc`` is a document whose title names the designation ``d`` (《关于命名第五批…示范单位的决定》 after
    …获命名第五批…示范单位): the decision that confers it, no other programme."""
    forms = [n for n in (d.programme.surface, d.name, *d.aliases) if len(n) >= _CONFERRED_NAME_MIN]
    return doc.name.startswith("《") and any(n in doc.name for n in forms)


#: places in brackets after an item (…小镇（甲乡、乙镇）)
_BRACKETED = re.compile(r"[（(][^（）()\n]{2,60}[）)]")

#: the fewest characters of a designation's name that a document's title must hold to be the one conferring it
_CONFERRED_NAME_MIN = 4


def _count_covers(text: str, items: list, last_end: int, pos: int, groups: int, v) -> bool:
    """Whether the count printed after a list's last item (…，乙市、丙县共11个城市被授予…) is the number of items in
    ``items``, the places of the groups a comma joins (``groups`` of them): prefecture cities, then county-level
    ones, are one list when the count says so."""
    m = _PRINTED_COUNT.search(text, last_end, pos)
    if not m or m.start() - last_end > _PRINTED_COUNT_GAP:
        return False
    inside = [(a.start, a.end) for a in items]
    joints = sum(1 for j in v.coordination.finditer(text, items[0].start, last_end)
                 if text[j.start()] != "，" and not any(s <= j.start() < e for s, e in inside))
    return int(m.group(1)) == joints + groups


#: the longest trailing lead (榜上有名, 列入其中) before the comma after a list's members, looked back over
_TRAIL_BEFORE_COMMA = 8

#: a count after a list's last item (共11个, 等14个); how far after the item it may stand (共, 等, a unit's word)
_PRINTED_COUNT = re.compile(r"(\d+)个")
_PRINTED_COUNT_GAP = 3


def _sub_village_tail(tail: str, a, v) -> bool:
    """Whether ``tail``, after a village's place in a list's item, is a unit below the village (某镇新刘行政村刘集中心村、,
    …白腊园行政村张马吴庄中心村等): part of the item, as in a designation's list, not a name of its own."""
    division = getattr(a, "division", None)  # a pronoun (该村) stands for a place and has none of its own
    if division is None or division.level not in _VILLAGE_LEVELS:
        return False
    for w in v.item_tail_leads:  # the list's closing word after the last item (…中心村等)
        if tail.endswith(w):
            tail = tail[: -len(w)]
            break
    return v.sub_village.fullmatch(tail) is not None


#: the fewest characters after an item's last place that make the item a name of its own (…市西山生态文化旅游示范区)
_ITEM_OWN_NAME_MIN = 4




class _Actor:
    """A pronoun (该局, 该镇) standing for the entity it refers to."""

    def __init__(self, ref: Candidate, start: int, end: int):
        self.ref, self.start, self.end, self.key, self.type = ref, start, end, ref.key, ref.type


#: the most characters between the word that closes a team's makers (组成的) and the scheme in the team's name
#: (组成的深圳驻某镇帮镇扶村工作队: the team's place and sender)
_TEAM_NAME_WIDTH = 16


def _implements(text, mentions, sentences, article_of, signoff=()) -> list[Fact]:
    v = _vocabulary()
    gaz = Gazetteer.load()
    out = []
    # by start, so that the programmes of a span are found by bisection (_starting_in), not by a pass over all of them
    progs = sorted((c for c in mentions if c.type == "Programme" and c.key), key=_start_of)
    if not progs:
        return out  # every fact below relates an actor to a programme of the text
    agencies = [c for c in mentions if c.type == "Agency" and c.key]
    places = [c for c in mentions if c.type == "Place" and c.key]
    named = agencies + places
    # actors: the outermost agencies and places (开平市医保局, not the 开平市 inside it), and pronouns;
    # every containment test is a sorted sweep (kg.spans), never each mention against all others
    actors = outermost(named)
    actors = [a for a, inside in zip(actors, inside_any(actors, progs)) if not inside]
    # a place that begins an institution's name (湖南省农业科学院, 开平市第一中学) is not the subject
    actors = [a for a in actors if a.type != "Place" or not v.institution_after.match(text, a.end)]
    # the body in an official's title (省委常委、副省长张志远…强调) is not the sentence's subject
    titles = [c.titles.post_span for c in mentions if c.type == "Official" and c.titles.post_span]
    actors = [a for a, inside in zip(actors, inside_any(actors, titles)) if not inside]
    learnt = [m.span() for m in v.learn_frame.finditer(text)]
    referents = _Referents([a for a, inside in zip(named, inside_any(named, learnt)) if not inside or a.type != "Place"]
                           if learnt else named, text)
    for m in v.pronoun.finditer(text):
        if m.group() in v.whole_pronouns and (not v.whole_lead.search(text, max(0, m.start() - 8), m.start())
                                          or v.whole_not_before.match(text, m.end())):
            continue  # 全市 is the subject only where it opens its clause (近年来，全省深入推进…), not 在全市开展, nor 全区各地
            # nor a count's scope (全省共有40个乡镇入选)
        if m.group() in v.pronoun_not_before and text[m.end() : m.end() + 1] in v.pronoun_not_before[m.group()]:
            continue  # 全州县: a name the word opens
        if m.group() in v.bare_pronouns and not (m.start() == 0 or text[m.start() - 1] in v.clause_marks or text[m.start() - 1] == "\n"):
            continue  # 白音套海苏木, 镇上 after a name: a bare unit is the subject only where it opens its clause
        ref = referents.resolve(m.group(), m.start(), article_of)
        if ref is not None:
            actors.append(_Actor(ref, m.start(), m.end()))
    # 两镇, 三县 (蓝塘镇、龙窝镇入选…。两镇将…): the last places of that kind the article names, as many as counted
    for m in v.counted.finditer(text):
        for ref in referents.resolve_many(m.group(2), _COUNTS[m.group(1)], m.start(), article_of):
            actors.append(_Actor(ref, m.start(), m.end()))
    # 我们全面完成…: in an article that is a body's work report, the speaker's we is that body
    if v.report_we.search(text):
        spans = SortedSpans(sorted(named + [c for c in mentions if c.type == "Official" and c.key], key=lambda c: c.start))
        for m in v.report_we.finditer(text):
            body = _report_of_article(text, spans, m.start(), article_of)
            if body is not None:
                actors.append(_Actor(body, m.start(), m.end()))
    # officials, for participatesIn: “我们将推进‘百千万工程’。”关华俊说 has no body as its subject
    actors += [c for c in mentions if c.type == "Official" and c.key]
    # what a citing frame holds (学习借鉴内蒙古锡林郭勒盟的经验, 按照党中央关于…的部署要求) is named, not at work
    cited = [m.span() for m in v.cite_frame.finditer(text)]
    if cited:
        # … but a body printed right before its own programme (对标省委“2410”具体部署) owns it and carries it out
        owners_at = {_quote_start(text, p) for p in progs}
        # … and so do the bodies listed before one glued to a title (根据省委办公厅、省政府办公厅《…》要求): they issued it
        starts = {a.start: a for a in actors if a.type == "Agency"}
        for a in sorted((a for a in actors if a.type == "Agency"), key=lambda c: -c.start):
            b = starts.get(a.end + 1)
            if text[a.end : a.end + 1] == "、" and b is not None and b.end in owners_at \
                    and (text.startswith("《", b.end) or text[b.end : b.end + 1] == "、"):
                owners_at.add(a.end)
        actors = [a for a, inside in zip(actors, inside_any(actors, cited)) if not inside or a.end in owners_at]
        named_only = {id(p) for p, inside in zip(progs, inside_any(progs, cited)) if inside}
    else:
        named_only = set()
    actors.sort(key=lambda c: c.start)
    by_start = SortedSpans(actors)  # stable: the same order as actors
    sentence_ends = [e for _, e in sentences]
    by_end: dict[int, list] = {}
    rank = {}
    for i, a in enumerate(actors):
        by_end.setdefault(a.end, []).append(a)
        rank[id(a)] = i
    seen = set()
    listed_parks = {p.key for p in progs if p.method == "cue-listed-parks"}

    def add(actor, prog: Candidate, s: int, e: int, method: str, conf: float, explicit: bool = False) -> None:
        k = (actor.key, prog.key)
        if k in seen or actor.key == prog.key or id(prog) in named_only and method != "actor-then-programme":
            return
        if prog.key in listed_parks and method not in ("place-of-listed-works", "owner-in-name"):
            return  # 芜湖市有甲县某某现代农业产业园、…: a park listed by name is its county's alone, wherever it is named
        if actor.type == "Official" and not explicit:
            return  # an official takes part only where the text says he does (关华俊带头推进“百千万工程”)
        seen.add(k)
        # an official who carries a programme out takes part in it; bodies and places implement it
        predicate = "participatesIn" if actor.type == "Official" else "implements"
        out.append(Fact(actor.key, predicate, prog.key, s, e, method, conf))

    def credit_report_maker(prog: Candidate, ps: int, s_start: int, s_end: int, item_only: bool = False) -> bool:
        """Credit ``prog`` to the body a work report speaks for, where ``ps`` lies in the report's plans (and, with
        ``item_only``, right after a numbered item's lead: 一是, 其二); True where there is such a body."""
        at = ps  # 二是启动某某项目: a verb may stand between the item's lead and the name
        for m in v.govern.finditer(text, max(s_start, ps - 4), ps) if item_only else ():
            if m.end() == ps:
                at = m.start()
        if item_only and not v.item_lead.search(text, max(s_start, at - 4), at):
            return False
        maker = _report_maker(text, by_start, ps, article_of)
        if maker is None:
            return False
        add(maker, prog, s_start, min(s_end, prog.end + 1), "report-maker", 0.6)
        item_tail(prog, s_start, s_end)
        # 实施某某工程，在甲镇、乙镇处置…: the places after 在 in the clauses after the programme are its sites, as after a
        # subject that carries it out
        if not any(prog.end <= q.start < s_end for q in progs if q is not prog):
            for a in _sites_after(text, by_start, prog.end, s_end):
                add(a, prog, s_start, s_end, "site-after-report", 0.6)
        return True

    def item_opened(ps: int, s_start: int) -> bool:
        """Whether the programme starting at ``ps`` opens a numbered item (一是某某工程, 二是启动某某项目)."""
        at = ps
        for m in v.govern.finditer(text, max(s_start, ps - 4), ps):
            if m.end() == ps:
                at = m.start()
        return bool(v.item_lead.search(text, max(s_start, at - 4), at)) and at - 2 >= s_start

    def pe_of(p) -> int:
        """The end of a programme's name with its quote and the head after it (“某某”产业振兴工程)."""
        pe = _quote_end(text, p)
        return pe + p.programme.tail if isinstance(p.programme.tail, int) else pe

    def governed_at(at: int, s_start: int) -> bool:
        """Whether a verb that governs a programme ends right before ``at`` in its clause (已制定《…》, 实施了…)."""
        for m in v.govern.finditer(text, max(s_start, at - 6), at):
            if m.end() == at or m.end() + 1 == at and text[m.end()] == "了":
                return True
        return False

    def item_tail(prog: Candidate, s_start: int, s_end: int) -> None:
        """一是抓实某某建设。全年在甲镇、乙镇建成…: after an item's heading sentence, its sites and co-doers on its line."""
        pe = _quote_end(text, prog) + (prog.programme.tail if isinstance(prog.programme.tail, int) else 0)
        # the item opens its line or follows a colon (主要做了以下工作：一是…, the lines joined in cleaning)
        opening = max(s_start, text.rfind("\n", 0, prog.start) + 1, max(text.rfind(c, s_start, prog.start) for c in "：:") + 1)
        if v.item_start.match(text, opening) and text[pe:s_end].strip() in v.clause_marks:
            for a in _item_body(text, by_start, s_end):
                add(a, prog, s_start, s_end, "item-body", 0.6)

    # officials who speak (…局长某某介绍，): the body of the last post printed with the name
    keyed = {a.key: a for a in agencies}
    speakers = [(c, keyed[c.titles.orgs[-1].key]) for c in mentions
                if c.type == "Official" and c.titles.orgs and c.titles.orgs[-1].key in keyed and v.speech.match(text, c.end)]
    # cities and counties by name, each with its first place in ``named``
    owners: dict[str, tuple[int, Candidate]] = {}
    for i, a in enumerate(named):
        if a.division.level in (Level.CITY, Level.COUNTY):
            owners.setdefault(a.name, (i, a))
    for i, a in enumerate(named):  # … and as printed, where that differs but ends in the same level (城步县 for 城步苗族自治县)
        printed = text[a.start : a.end]
        if a.division.level in (Level.CITY, Level.COUNTY) and printed != a.name and printed[-1:] == a.name[-1:]:
            owners.setdefault(printed, (i, a))
    # towns and villages by name: the owner of a project named after them (某镇熏鸡产业园项目), not of a scheme's
    local_owners: dict[str, tuple[int, Candidate]] = {}
    for i, a in enumerate(named):
        if a.type == "Place" and a.division.level in (Level.TOWN, Level.STREET, Level.VILLAGE, Level.COMMUNITY):
            local_owners.setdefault(a.name, (i, a))
    longest_owner = max((len(n) for n in [*owners, *local_owners]), default=0)
    provinces = sorted({a.name for a in named if a.division.level == Level.PROVINCE}, key=len, reverse=True)
    # the start of each programme's coordination: 公布了第四批…重点村和第二批…重点镇(乡)名单 governs both
    anchors: dict[int, int] = {}
    ordered = sorted(progs, key=lambda c: (c.start, c.end))
    for prev, p in zip(ordered, ordered[1:]):
        ps = _quote_start(text, p)
        pe = _quote_end(text, prev)
        # (“甲”“乙”“丙”等行动: quotes printed one after another with no mark between them are a list too, and so
        # are titles: 出台《甲方案(2018-2020)》《乙措施》等文件, where a title's span keeps its marks)
        if prev.end <= p.start and (v.coordinated.fullmatch(text, pe, ps)
                                    or text[pe - 1 : pe] == "”" and text[ps : ps + 1] == "“"
                                    and (pe == ps or v.coordinated_after_quote.fullmatch(text, pe, ps))
                                    or pe == ps and text[pe - 1 : pe] == "》" and text[ps : ps + 1] == "《"):
            anchors[id(p)] = anchors.get(id(prev), _quote_start(text, prev))
    # “主题——甲节暨乙季启动仪式”: the events a ceremony's quoted name launches are governed from its opening quote
    for p in progs:
        if p.method == "cue-ceremony":
            anchors[id(p)] = text.rfind("“", 0, p.start)
    # 实施甲、乙等6项水利工程，分别是丙工程、丁项目: works named one by one after their count are governed from the count
    for m in v.counted_works_lead.finditer(text):
        stop = min((i for i in (text.find(c, m.end()) for c in v.sentence_end) if i >= 0), default=len(text))
        for p in _starting_in(progs, m.end(), stop):
            anchors[id(p)] = m.start()
    place_code: dict[str, list] = {}
    for a in places:
        if a.division.code:
            place_code.setdefault(a.division.code, []).append(a)
    owned = {_quote_start(text, p) for p in progs}
    quote_ending = {_quote_end(text, p): p for p in progs if _quote_end(text, p) > p.end}  # “甲”“乙”: 甲 ends where 乙 starts
    by_quote = {_quote_start(text, p): p for p in ordered}
    inside_name: set[int] = set()  # positions in a programme's name, with the head after its quote (“1310”具体部署)
    for p in progs:
        tail = p.programme.tail
        end = p.end + 1 + tail if isinstance(tail, int) else p.end
        inside_name.update(range(p.start, end))
    inside_actor = bytearray(len(text))  # characters in a place's name (南昌市新建区: no verb 新建 there)
    for a in actors:
        if a.type == "Place":
            inside_actor[a.start : a.end] = b"\x01" * (a.end - a.start)
    # 入选试点的城市（区）有甲市、乙省丙市等: the places listed are members of the designation the article named last
    # before with that head, the last place of each chain
    # 某市3个村入选某某示范村名单，分别是甲县A村、乙县B村和丙县C村: the places listed right after the designation's clause
    # are its members, each the last of its chain (甲县A村: A村); where villages or towns are listed, a county left at a
    # chain's end stands for a village the gazetteer lacks, no member
    for p in progs:
        if not p.programme.designation:
            continue
        m = v.members_after_clause.match(text, pe_of(p))
        if m is None:
            continue
        s_start, s_end = _sentence_of(sentences, p.start)
        if not v.member_lead_before.search(text, max(s_start, p.start - _MEMBER_LEAD_BACK), p.start):
            continue  # 全县建设了3个某某示范村，分别是…: villages built, no designation conferred on them
        stop = _first_mark(text, "；;。", m.end(), s_end)
        run = [a for a in _run_at(text, by_start, m.end(), stop) if isinstance(a, Candidate) and a.type == "Place"]
        members = [a for k, a in enumerate(run) if k + 1 == len(run) or run[k + 1].start != a.end]
        if any(a.division.level in _LOCAL_LEVELS for a in members):
            members = [a for a in members if a.division.level in _LOCAL_LEVELS]
        for a in members:
            add(a, p, s_start, max(s_end, a.end + 1), "member-listed-after-clause", 0.65)
    for m in v.members_listed_after.finditer(text):
        named_before = [p for p in progs if p.end <= m.start() and article_of(p.start) == article_of(m.start())
                        and p.name.endswith(m.group("head"))]
        if not named_before:
            continue
        p = max(named_before, key=lambda c: c.end)
        s_start, s_end = _sentence_of(sentences, m.start())
        stop = _first_mark(text, "；;", m.end(), s_end)
        listed = [a for a in by_start.starting_in(m.end(), stop) if a.type == "Place" and a.end <= stop]
        ends = {a.start for a in listed}
        for a in listed:
            if a.end not in ends:  # 河北省唐山市: the city is listed, the province is its chain
                add(a, p, s_start, max(s_end, a.end + 1), "member-listed-after", 0.65)
    # 某乡举行2024年十大民生工程项目集中开工仪式: the place or body that holds its works' start ceremony carries the
    # counted umbrella out
    for m in v.counted_umbrella_event.finditer(text):
        p = next((q for q in _starting_in(progs, m.start(1), m.end(1)) if q.end == m.end(1)), None)
        if p is None:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        for a in _actors_before(text, by_start.starting_in(s_start, m.start()), m.start(), s_start):
            if a.type in ("Place", "Agency"):
                add(a, p, s_start, min(s_end, m.end() + 1), "counted-works-ceremony", 0.65)
    for m in v.next_sentence_site.finditer(text):
        named_before = [p for p in progs if p.end <= m.start() and article_of(p.start) == article_of(m.start())]
        if not named_before:
            continue
        p = max(named_before, key=lambda c: c.end)
        if _sentence_of(sentences, p.start)[1] < _sentence_of(sentences, m.start())[0] - 1 \
                or sum(text.count(c, p.end, m.start()) for c in "。！？!?\n") != 1:
            continue  # only the sentence right before names the programme it refers to
        s_start, s_end = _sentence_of(sentences, m.end())
        stop = _first_mark(text, "，,；;", m.end(), s_end)
        run = [a for a in _run_at(text, by_start, m.end(), stop) if a.type == "Place"]
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:  # 甲县乙镇: the last place of a chain
                add(a, p, s_start, max(s_end, a.end + 1), "site-next-sentence", 0.6)
    for p in progs:
        ps = _quote_start(text, p)
        s_start, s_end = _sentence_of(sentences, p.start)
        if ps < p.start and (v.manner_after.match(text, _quote_end(text, p))
                             or text[ps] == "“" and v.manner_tail.search(text, p.start, p.end)):
            continue  # 以“马路办公”方式开展…, 实行“四不两直”工作方式, 开展“马路办公”: the way a thing is done, no scheme carried out
        # a designation's members: 昆山市玉山镇入选…示范乡镇, 江苏省南京市等14个城市为…示范城市
        lead = p.programme.member_lead
        first = by_quote.get(anchors.get(id(p), -1))
        if not isinstance(lead, int) and first is not None and isinstance(first.programme.member_lead, int) \
                and not v.own_count_before.search(text, max(0, ps - _OWN_COUNT_BACK), ps):
            # 某镇是国家级历史文化名镇、全国特色小镇: the lead before the first of coordinated designations leads them all
            lead = p.start - (first.start - first.programme.member_lead)
        if isinstance(lead, int) and s_start <= p.start - lead:
            # …分别是甲村和乙村，其中甲村曾获评“…”: the members of an honour in 其中's clause follow 其中, none before it
            opened = [m.end() for m in v.among_clause.finditer(text, s_start, p.start - lead)]
            # 拟认定甲镇等100个乡（镇）为…示范乡镇、乙村等1003个村为…示范村: the members of the second designation
            # follow the first one's name
            opened += [q.end for q in progs if q.programme.designation and s_start <= q.start and q.end <= p.start - lead
                       and q.key != p.key and text[q.end : q.end + 1] in v.designation_pair_marks]
            members = _members_before(text, by_start, p.start - lead, max(opened) if opened else s_start,
                                      two_tiers=p.programme.designation and _two_tiers(p.name, v))
            for a in members:
                add(a, p, s_start, min(s_end, p.end + 1), "designation-member", 0.75)
            # 刚被评为三星级示范村的某区某镇某村，…: no member before the lead, the place a relative clause of the
            # designation describes (right after its 的) is the member, the last of its chain
            after = _quote_end(text, p)
            if not members and text[after : after + 1] and text[after] in v.relative_marks:
                chain, k = [], after + 1
                while (x := by_start.first_in(k, k + 1)) is not None and x.type == "Place" and x.start == k:
                    chain.append(x)
                    k = x.end
                if chain:
                    add(chain[-1], p, s_start, min(s_end, k + 1), "designation-relative-member", 0.7)
            # 拟推荐甲市乙镇等10个乡镇为全省…示范乡镇 (the notice's own proposal, its clause opened by the verb with no
            # subject): the body that signs the notice proposes them
            if members and p.programme.designation:
                first = min(a.start for a in members)
                opened = max(s_start, max((text.rfind(c, s_start, first) + 1 for c in v.clause_marks), default=s_start))
                own = v.own_proposal.match(text, opened)
                if own is not None and own.end() <= first \
                        and (x := by_start.first_in(own.end(), own.end() + 1)) is not None and x.type == "Place":
                    for a, _, _ in _sign_off(text, by_start, p.end):
                        add(a, p, s_start, min(s_end, p.end + 1), "signer-of-proposal", 0.6)
        # the body that issues the notice naming a designation's members, in the sentence's first clause
        # (财政部、农业农村部近日联合下发通知，将X镇、Y镇列入…名单; 某厅发布公示，拟命名…为…)
        if p.programme.designation:
            first_end = _first_mark(text, v.clause_marks, s_start, ps)
            issue = v.issue.search(text, s_start, first_end) if first_end < ps else None
            if issue is not None:
                for a in _actors_before(text, by_start.starting_in(s_start, issue.start()), issue.start(), s_start):
                    if a.type == "Agency":
                        add(a, p, s_start, min(s_end, p.end + 1), "issuer-of-designation", 0.65)
        anchor = anchors.get(id(p), ps)
        # 重点推进甲镇、乙镇、丙镇三个重点镇的“…”建设: the places between a governing verb and 的 own the programme
        if ps > s_start and text[ps - 1] == "的":
            for a in _owners_before(text, by_start, ps, s_start):
                add(a, p, s_start, min(s_end, pe_of(p) + 1), "owner-after-verb", 0.6)
        # 黄埔区下半年首个城市更新项目——某村项目正式动工: a programme named in apposition after a dash, after a
        # description of the works that opens its clause with a place: that place carries it out
        if ps > s_start and text[ps - 1] in v.apposition_dash:
            for a in _described_owner(text, by_start, ps, s_start):
                add(a, p, s_start, min(s_end, pe_of(p) + 1), "owner-of-description", 0.6)
        # 甲镇、乙镇要在“…”行动中走在前列: the bodies or places that open the clause act in the programme framed by 在…中
        if v.in_frame_close.match(text, pe_of(p)):
            for a in _framed_subjects(text, by_start, ps, s_start):
                add(a, p, s_start, min(s_end, pe_of(p) + 1), "subject-in-frame", 0.6)
        # 在“…”试点工作中，县某局发挥牵头作用; 围绕“…”，某市…; 通过实施“…”工程，某县…: a programme framed by 在…中, as the
        # topic or as the means, the frame opening its sentence; the bodies or places that open the clause after it carry
        # it out
        for a in _subjects_after_frame(text, by_start, ps, pe_of(p), s_start, s_end):
            add(a, p, s_start, s_end, "subject-after-frame", 0.6)
        # 二是某某工程，在甲镇建设…；三是某某工程，年内完成甲镇、乙镇管网改造: a numbered item that opens with a programme
        # (perhaps after its verb); the places after 在 or 完成 in the item's later clauses are its sites
        if item_opened(ps, s_start):  # the item may run past a sentence cut to the rules' width: to its own mark
            limit = min(len(text), pe_of(p) + _ITEM_WIDTH)
            item_end = _first_mark(text, v.item_marks, pe_of(p), limit)
            if item_end < limit and not any(pe_of(p) <= q.start < item_end for q in progs if q is not p):
                for a in _sites_after(text, by_start, pe_of(p), item_end):
                    add(a, p, s_start, min(s_end, item_end + 1), "site-of-item", 0.6)
                # 三是某某工程，甲镇、乙镇具体实施: the item's next clause names its doers
                for a in _co_doers(text, by_start, pe_of(p), item_end):
                    add(a, p, s_start, min(s_end, item_end + 1), "doer-of-item", 0.6)
        # 某某行动实施以来，…：一是由县某局牵头，在甲乡、乙镇改造…；二是县某局联合县某中心推行…: the measures numbered after
        # a programme in its sentence, each opened by its doers, and the places after 在 in each
        for a in _measure_doers(text, by_start, pe_of(p), s_end, [q for q in progs if q is not p]):
            add(a, p, s_start, max(s_end, a.end + 1), "doer-of-measure", 0.6)
        # the place a brand names (平安武义, 法治浏阳) carries it out, where the article names it
        code = p.programme.brand_place
        for a in place_code.get(code, ()) if code else ():
            if article_of(a.start) == article_of(p.start):
                add(a, p, s_start, s_end, "place-of-brand", 0.7)
                break
        # 甲市乙县…产业园、…等10家…产业园名列其中: a park listed by name is its place's, the innermost place its name opens
        # with, or the place in brackets right after it (…集群产业园(某市))
        if p.method in ("cue-listed-works", "cue-listed-zone", "cue-listed-parks"):
            inner = [a for a in places if p.start <= a.start and a.end <= p.end]
            after = [a for a in places if a.start == p.end + 1 and text[p.end : p.end + 1] in "(（"
                     and text[a.end : a.end + 1] in ")）"]
            for a in (after or inner)[-1:]:
                add(a, p, s_start, min(s_end, max(p.end, a.end) + 1), "place-of-listed-works", 0.65)
                # 在15个县创建乡村振兴示范区。创建单位为：甲县某某示范区、…: the zone's place is a unit of the scheme the
                # article names last before the list, too
                if p.method == "cue-listed-zone":
                    before = [q for q in progs if q.end <= p.start and q.method != "cue-listed-zone"
                              and article_of(q.start) == article_of(p.start)]
                    if before:
                        umbrella = max(before, key=lambda q: q.end)
                        add(a, umbrella, s_start, min(s_end, max(p.end, a.end) + 1), "unit-of-listed-zones", 0.6)
        # 某区第二季度重点项目集中开工仪式在…举行。此次开工的项目包括甲工程、乙项目…: works of a batch started together are
        # the batch's holder's
        if p.method in _BATCH_WORKS_METHODS:
            held = _batch_event_holder(text, sentences, by_start, p, article_of)
            if held:
                add(held[0], p, held[1], min(s_end, p.end + 1), "holder-of-works-batch", 0.6)
        # 某县年产…项目（甲镇）: a firm's project with the town it is built in printed in brackets right after it
        if p.method == "cue-firm-project" and text[p.end : p.end + 1] in "(（":
            for a in places:
                if a.start == p.end + 1 and text[a.end : a.end + 1] in ")）":
                    add(a, p, s_start, min(s_end, a.end + 1), "place-of-listed-works", 0.65)
        # 某镇驻镇帮镇扶村工作队, 驻某镇帮镇扶村工作队: the place a scheme's team is named for (printed right before the
        # scheme's name or in its slot) is where the scheme is carried out; 由甲局、乙会组成的…工作队: the units that make
        # the team up carry it out
        if v.scheme_team.match(text, p.end):
            slot = [a for a in places if p.start <= a.start and a.end <= p.end]
            before = [a for a in places if a.end == p.start]
            for a in (slot or before)[-1:]:
                add(a, p, s_start, min(s_end, p.end + 1), "place-of-team", 0.7)
            marks = list(v.composed_mark.finditer(text, s_start, p.start))
            if marks and p.start - marks[-1].end() <= _TEAM_NAME_WIDTH \
                    and not any(c in v.clause_marks for c in text[marks[-1].end() : p.start]):
                leads = list(v.composed_lead.finditer(text, s_start, marks[-1].start()))
                if leads:
                    units = outermost([a for a in agencies if leads[-1].end() <= a.start and a.end <= marks[-1].start()])
                    for a in units:
                        add(a, p, s_start, min(s_end, p.end + 1), "unit-of-team", 0.65)
        # 甲局、乙局、某公司等帮扶单位…到某镇了解驻镇帮镇扶村工作: the bodies listed before the words that make them the
        # support units carry out the scheme the sentence names after them
        for m in v.support_units.finditer(text, s_start, p.start):
            clause = max(text.rfind(c, s_start, m.start()) for c in v.clause_marks) + 1
            listed = [a for a in outermost(agencies) if max(clause, s_start) <= a.start and a.end <= m.start()
                      and (a.end == m.start() or text[a.end : a.end + 1] in v.peer_list_marks)]
            for a in listed:
                add(a, p, s_start, min(s_end, p.end + 1), "support-unit", 0.6)
        # a works project visited where the sentence says: 在平江县，调研组来到…大桥工程施工现场
        # … and a scheme looked at there: 在董塘镇红星村，调研组察看了…示范带建设 (the last of places written side by side)
        if p.programme.works or p.method in ("cue-scheme-head", "cue-visit-phrase") or v.works_after.match(text, p.end):
            lead = by_start.first_in(s_start, p.start)
            if lead is not None and lead.type == "Place" and v.site_preposition.fullmatch(text, s_start, lead.start):
                last = _last_adjoining_place(by_start, lead, p.start)
                sites = [last]
                # 在甲镇乙村和丙镇丁村、戊村，某某逐村了解…: each group coordinated after 在 is a site too
                while (nxt := by_start.first_in(last.end + 1, min(p.start, last.end + 3))) is not None \
                        and nxt.type == "Place" and v.coordination.fullmatch(text, last.end, nxt.start):
                    last = _last_adjoining_place(by_start, nxt, p.start)
                    sites.append(last)
                if text[last.end : last.end + 1] in v.clause_marks:
                    for site in sites:
                        add(site, p, s_start, min(s_end, p.end + 1), "site-of-works", 0.65)
        # 随后，某某来到甲镇，察看了…工程 (…由某局负责实施的…工程): the place arrived at is the site of what is looked at next
        arrived = [a for a in by_start.starting_in(s_start, p.start) if isinstance(a, Candidate) and a.type == "Place"
                   and v.arrive.search(text, max(s_start, a.start - 3), a.start)]
        if arrived:
            last = _last_adjoining_place(by_start, arrived[-1], p.start)
            look = v.arrive_look.match(text, last.end)
            at = look.end() if look is not None else -1
            # 来到甲县，检查2025年度某某整治和某某建设情况: a year before the names, and the names coordinated before this one
            year = v.looked_year.match(text, at) if at >= 0 else None
            at = year.end() if year else at
            while 0 <= at < ps:
                before = next((q for q in _starting_in(progs, at, at + 1)), None)
                joint = v.coordination.match(text, before.end) if before is not None else None
                at = joint.end() if joint is not None and joint.end() <= ps else -1
            if at == ps:
                add(last, p, s_start, min(s_end, p.end + 1), "site-arrived-at", 0.6)
        # where it is carried out: 在平阳县开展的“…”计划, 在该镇推行的“…”
        if anchor > 0 and text[anchor - 1] == "的":
            vm = None
            for m in v.govern.finditer(text, max(s_start, anchor - 8), anchor - 1):
                if m.end() == anchor - 1:
                    vm = m
            for a in by_end.get(vm.start(), []) if vm else []:
                if a.type != "Official" and v.site_preposition.search(text, max(0, a.start - 2), a.start):
                    add(a, p, a.start, min(s_end, p.end + 1), "site-of-programme", 0.7)
            # who set it out: 漠河市委提出的“1368”工作思路
            pm = v.propose.search(text, max(s_start, anchor - 5), anchor - 1)
            for a in by_end.get(pm.start(), []) if pm else []:
                if a.type != "Official":
                    add(a, p, a.start, min(s_end, p.end + 1), "proposer-of-programme", 0.7)
        # the owner named in the programme's name: 开平市森林GEP转化…项目, 《珠海市推进健康珠海行动实施意见》
        # of places written side by side (海东市互助土族自治县…公路改建工程), the last owns it
        stem, at, owner, side = p.name.lstrip("《"), 0, None, []
        printed = text[p.start : p.end]
        if printed != p.name and printed.endswith(p.name):
            stem = printed  # 望远镇新镇区…工程, named without its town: the town printed before it still owns it
        # (a town's or a village's own plan of work, its title opening with the place's name: 《某村2023年至2025年的乡村
        # 振兴工作方案》; its rules, 《某镇…管理办法》, govern it and are carried out by no one named in the title; a
        # county's title that names its towns after it stays the county's)
        own_title = p.name.startswith("《") and bool(v.own_plan.search(p.name)) and any(stem.startswith(n) for n in local_owners)
        these = {**local_owners, **owners} if local_owners and (own_title or not p.name.startswith("《")
                                                                 and v.project.search(p.name)) else owners
        while True:
            found = [(these[stem[at : at + n]], n) for n in range(1, min(len(stem) - at, longest_owner) + 1)
                     if stem[at : at + n] in these]
            year = None if found else _NAME_YEAR.match(stem, at)
            if year is not None:  # 2023年某县某镇…项目, 某县2023年某镇…项目: a year before or between its places
                at = year.end()
                continue
            if not found:
                # 《北京市顺义区通辽市奈曼旗…协议》: a province printed before a party's place is no party of its own
                province = next((q for q in provinces if stem.startswith(q, at)), None)
                if province is None:
                    break
                at += len(province)
                continue
            (_, first), width = min(found, key=lambda x: (x[0][0], -x[1]))
            after = stem[at + width : at + width + 1]
            if first.name in local_owners and after and after in v.route_mark:
                break  # 甲镇至乙镇公路改建工程: a route between towns, no town's own
            owner = first
            side.append(owner)
            at += width
        # 贵州省2019年第一批县乡公路改造工程: a province's own works, no city or county in its name
        if owner is None and not side and v.project.search(p.name):
            province = next((q for q in provinces if stem.startswith(q)), None)
            owner = next((a for a in named if a.name == province), None) if province else None
        # of places side by side that chain (深圳市龙岗区汕尾市海丰县), each chain's last is the party
        chained = []
        for a in side:
            if chained and gaz.is_within(a.division.code, chained[-1].division.code):
                chained[-1] = a
            else:
                chained.append(a)
        # 甲乙共建…产业园 (甲区乙县 printed by their short forms): the partners of a jointly built work
        if len(side) < 2 and v.joint_work.search(p.name):
            side = _partners_by_short_form(stem, named, gaz) or side
        # 《深圳市汕尾市…框架协议》: places side by side, neither within the other, are an agreement's parties
        if len(side) > 1 and len(chained) > 1:
            side = chained
        if len(side) > 1 and (v.agreement.search(p.name) or v.joint_work.search(p.name)) and not any(
                gaz.is_within(x.division.code, y.division.code) or gaz.is_within(y.division.code, x.division.code)
                for x, y in zip(side, side[1:])):
            for a in side:
                add(a, p, s_start, s_end, "party-in-name", 0.7)
        # 《荆门市…条例》: the city is governed by it; 《某市人大常委会关于修改〈某市…条例〉的决定》: a decision on a cited law,
        # the city only the start of its issuer's name
        elif owner is not None and not v.law.search(p.name) and "〈" not in p.name \
                and not _issuer_opens_title(p, named) and not v.firm_in_name.search(p.name):
            add(owner, p, s_start, s_end, "owner-in-name", 0.7)
            # 某县某镇…项目 (a county's project in one of its towns): the county carries it out too
            county = side[-2] if len(side) > 1 and side[-1] is owner else None
            if county is not None and owner.division.level in (Level.TOWN, Level.STREET) \
                    and county.division.level == Level.COUNTY and gaz.is_within(owner.division.code, county.division.code):
                add(county, p, s_start, s_end, "owner-in-name", 0.7)
        # “村治民动”桃花模式 (桃花村 named in the article): the village, town or county whose stem names the model carries
        # it out; the stem must be the place's whole name but its level word (桃花 of 桃花村, not 花 of 花村)
        if owner is None and not side and (pm := v.place_model.search(p.name.rstrip("》”"))) is not None:
            for k in range(pm.start(1), pm.end(1) - 1):
                stem_of = pm.string[k : pm.end(1)]
                model_place = next((a for a in places if a.division.level in (Level.COUNTY, Level.TOWN, Level.VILLAGE)
                                    and a.name.startswith(stem_of) and a.name[len(stem_of) :] in v.place_level_word), None)
                if model_place is not None:
                    add(model_place, p, s_start, s_end, "named-after-place", 0.65)
                    break
        # 甲市党政代表团到乙市丙县考察东西部协作工作: the delegation's place and the last place it goes to
        if not p.programme.partners and v.cooperation_end.search(p.name):
            dm = None
            for m in v.visiting_party.finditer(text, s_start, ps):
                dm = m
            guest = by_start.ending_by(dm.start()) if dm else None
            if guest is not None and guest.end == dm.start() and guest.type == "Place" and guest.start >= s_start:
                host = by_start.first_in(dm.end(), dm.end() + 1)
                if host is not None and host.type == "Place":
                    host = _last_adjoining_place(by_start, host, ps)
                    if host.end <= ps:
                        add(guest, p, s_start, s_end, "delegation-of-cooperation", 0.65)
                        add(host, p, s_start, s_end, "delegation-of-cooperation", 0.65)
                    # 赴某省甲市、乙市和丙州推进东西部协作: each place coordinated after the first is gone to as well
                    while host.end <= ps and (cm := v.coordinated_mark.match(text, host.end)) is not None:
                        nxt = by_start.first_in(cm.end(), cm.end() + 1)
                        if nxt is None or nxt.type != "Place":
                            break
                        host = _last_adjoining_place(by_start, nxt, ps)
                        if host.end <= ps:
                            add(host, p, s_start, s_end, "delegation-of-cooperation", 0.65)
        # 固原市党政代表团赴福建省福州市…，深化闽宁协作: each partner's innermost place in the sentence
        # (a town or village visited in the sentence is a site, not a partner: partners are counties and above)
        partners = [[a for a in places if s_start <= a.start < s_end and a.division.code
                     and a.division.level in (Level.PROVINCE, Level.CITY, Level.COUNTY)
                     and gaz.is_within(a.division.code, code)] for code in p.programme.partners]
        if partners and all(partners):  # both partners named in the sentence (参观了福州市…闽宁协作产品展销中心 names one)
            for inside in partners:
                for a in inside:
                    if not any(b.division.code != a.division.code and gaz.is_within(b.division.code, a.division.code)
                               for b in inside):
                        add(a, p, s_start, s_end, "partner-of-cooperation", 0.65)
        # possessive: 开平市委“六大行动”, 江门市公安局“优才专区”
        # … and a body's report on it: 市人民政府关于《…规划》实施情况的报告
        gap = v.report_on.search(text, max(0, ps - 4), ps)
        qe = _quote_end(text, p)
        if gap and v.inspected.search(text, qe, next((i for i in range(qe, len(text)) if text[i] in v.clause_marks), len(text))):
            gap = None  # 某督查室关于“…”推进情况的督查通报: the body that inspects a scheme's progress does not carry it out
        # 全县某某项目和某某工程: a name coordinated with the programme right before it has that one's owner
        cm = v.coordinated_end.search(text, max(s_start, ps - 3), ps) if not by_end.get(ps) else None
        prev = next((q for q in progs if q is not p and pe_of(q) == cm.start()), None) if cm else None
        shared = by_end.get(_quote_start(text, prev), []) if prev is not None else []
        if shared and text.startswith("《", ps):
            # 依据某办公厅《关于…的意见》和《某省…条例》: a title that opens with a place is that place's own; the issuer of
            # the title before it, named for no such place, did not issue it
            opener = next((c for c in mentions if c.type == "Place" and c.start == ps + 1), None)
            if opener is not None:
                shared = [x for x in shared if text[opener.start : opener.end] in x.name]
        # … and the quoted scheme of one year of a place that 对 leads to (审计局对该县2024年度“…工程”专项资金开展审计)
        year = v.owner_year.search(text, max(0, ps - 7), ps) if ps < p.start else None
        audited = [x for x in by_end.get(year.start(), []) if x.type == "Place"
                   and v.relative_lead.search(text, max(0, x.start - 4), x.start)] if year else []
        # … and a place's year of a known scheme printed bare (某县2025年度防返贫保险签约仪式): the place before the year
        # (甘肃省2025年黄河流域…重点项目: the scheme only says of what kind a project is, and the province does nothing)
        dated = v.owner_year.search(text, max(0, ps - 7), ps) if ps == p.start and p.method == "lexicon" \
            and not v.dated_scheme_project.match(text, p.end) else None
        audited += [x for x in by_end.get(dated.start(), []) if x.type == "Place"] if dated else []
        # … and a place's round of a campaign (和顺县2023年度第一期“三个一批”活动): the place before the year and the round
        rnd = v.owner_round.search(text, max(0, ps - 12), ps) if ps < p.start and year is None else None
        audited += [x for x in by_end.get(rnd.start(), []) if x.type == "Place"] if rnd else []
        # 某省商务厅、某省财政厅等17部门《关于…的意见》: the bodies listed before the joint issuers' words issued the title,
        # and so did those listed before a body glued to the title
        joint = v.joint_issuers.search(text, max(s_start, ps - 8), ps) if text.startswith("《", ps) else None
        issuers = []
        at = joint.start() if joint else -1
        # 省委办公厅、省政府办公厅《…》: the bodies listed before the one glued to a title issued it with that one
        glued = next((x for x in by_end.get(ps, []) if x.type == "Agency"), None) \
            if joint is None and text.startswith("《", ps) else None
        if glued is not None and glued.start - 1 > s_start and text[glued.start - 1] == "、":
            at = glued.start - 1
        while at > s_start:
            body = next((x for x in by_end.get(at, []) if x.type == "Agency"), None)
            if body is None:
                break
            issuers.append(body)
            at = body.start - 1 if text[body.start - 1 : body.start] == "、" else -1
        # 推动甲、乙、丙三市国家级“无废城市”建设, 推动甲市、乙市、丙市“…”建设: each place of the run listed side by side
        # before the quoted name (its count and a scope word perhaps between) owns it, not the last alone (an unquoted
        # name after a run, 甲乡、乙镇高标准农田改造提升项目, is a project the run opens)
        listed_owners = []
        if ps < p.start and not p.programme.partners and not v.hosted_event.match(text, qe):
            gm = next((m for g in range(max(s_start, ps - 8), ps) if (m := v.owners_gap.fullmatch(text, g, ps))), None)
            at = gm.start() if gm else ps
            last = next((x for x in by_end.get(at, []) if x.type == "Place"), None)
            if last is not None and (gm is not None or last.end == ps):
                run = [last] if gm is not None else []
                while (cm := next((m for w in range(1, 3) if (m := v.coordinated_mark.fullmatch(text, last.start - w, last.start))),
                                  None)) is not None:
                    prev_place = next((x for x in by_end.get(cm.start(), []) if x.type == "Place" and x.start >= s_start), None)
                    if prev_place is None or prev_place.division.level != last.division.level:
                        break
                    run.append(prev_place)
                    last = prev_place
                listed_owners = run if len(run) > (1 if gm is not None else 0) else []
        for a in listed_owners:
            add(a, p, a.start, p.end + 1, "listed-owners-then-programme", 0.7)
        for a in sorted(by_end.get(ps, []) + [x for x in by_end.get(ps - 1, []) if text[x.end] == " "]
                        + (by_end.get(gap.start(), []) if gap else []) + shared + audited + issuers, key=lambda x: rank[id(x)]):
            if p.programme.partners:
                break  # 福州市仓山区闽宁协作产品展销中心: a cooperation belongs to its two partners, not to one place
            if v.hosted_event.match(text, qe) and not v.hosted_event_held.match(text, qe):
                break  # 参加了某市“…”建设观摩会: the place before the name owns the meeting, which says nothing of its doing
            if a.type == "Agency" and a.end == ps and v.assessed_after.match(text, qe):
                continue  # 按照某省某厅某某建设督查激励考评要求: the body before the scheme rates its doers
            add(a, p, a.start, p.end + 1, "actor-then-programme", 0.8)
            # 在某县某镇千亩茶园提升项目现场 (a project printed after a county and its town): the county carries it out
            # too, as it does where the chain is part of the project's name
            county = next((x for x in by_end.get(a.start, []) if x.type == "Place"), None)
            if county is not None and a.type == "Place" and a.division.level in (Level.TOWN, Level.STREET) \
                    and county.division.level == Level.COUNTY and v.project.search(p.name) \
                    and gaz.is_within(a.division.code, county.division.code):
                add(county, p, county.start, p.end + 1, "county-of-town-then-project", 0.7)
        # 督查组对某市甲改革、乙工程等7项工作的落实情况开展督查, 评价组对某市2021年某某建设情况进行全面评价: the place or
        # body right after 对 in a clause that ends in checking, rating or accepting carries out the schemes named
        # between (and those coordinated with it); the checker before 对 does not
        if not p.programme.partners:
            chk_start = max([s_start] + [text.rfind(c, s_start, ps) + 1 for c in v.clause_marks])
            chk_lead = v.assessed_lead.search(text, chk_start, ps)
            if chk_lead is not None and not v.assessing_clause.search(text, qe, _first_mark(text, v.clause_marks, qe, s_end)):
                chk_lead = None
            checked = [x for x in by_start.starting_in(chk_lead.end(), chk_lead.end() + 1)
                       if x.type in ("Place", "Agency") and x.end <= ps] if chk_lead else []
            while checked and (chk_cm := v.coordinated_mark.match(text, checked[-1].end)) is not None:
                chk_next = by_start.first_in(chk_cm.end(), chk_cm.end() + 1)
                if chk_next is None or chk_next.type != checked[-1].type or chk_next.end > ps:
                    break
                checked.append(chk_next)
            for chk_x in checked:
                add(chk_x, p, chk_x.start, p.end + 1, "checked-after-lead", 0.7)
        # 验收甲镇、乙镇的某某项目, 来到甲乡、乙乡等乡镇的某某建设项目现场: the towns, villages and counties listed
        # before the possessive mark own the works (a province or city before it, 浙江的“千万工程”, is only its home)
        poss = v.owners_possessive.search(text, max(s_start, ps - 8), ps) if not p.programme.partners else None
        poss_owner = next((x for x in by_end.get(poss.start(), []) if x.type == "Place" and isinstance(x, Candidate)), None) if poss else None
        poss_run = []
        while poss_owner is not None and poss_owner.start >= s_start and poss_owner.division.level in (Level.COUNTY, Level.TOWN, Level.STREET, Level.VILLAGE):
            poss_run.append(poss_owner)
            poss_cm = next((poss_m for w in range(1, 3)
                            if (poss_m := v.coordinated_mark.fullmatch(text, poss_owner.start - w, poss_owner.start))), None)
            poss_owner = next((x for x in by_end.get(poss_cm.start(), []) if x.type == "Place" and isinstance(x, Candidate)), None) \
                if poss_cm else None
        if poss_run and v.site_check.search(text, max(s_start, poss_run[-1].start - 8), poss_run[-1].start):
            for poss_x in poss_run:
                add(poss_x, p, poss_x.start, p.end + 1, "checked-places-possessive", 0.7)
        sentence = text[s_start:s_end]
        # 作为…的地区，开平市…; 除了“医保视频办”服务，开平市医保局还…: the subject follows the comma
        lead = v.clause_lead.match(sentence) if "，" in sentence else None
        if lead is not None:
            comma = s_start + sentence.index("，")
            if lead.group(1):  # the frame goes on over the clauses that open with a verb of its own (，落实…，)
                while (more := text.find("，", comma + 1, s_end)) != -1 and v.purpose_more.match(text, comma + 1):
                    comma = more
            if p.start < comma:
                after = by_start.starting_in(comma + 1, s_end)
                if lead.group(1):  # 为贯彻落实…，进一步做大我区…，区某局牵头…: the first clause a body or place opens
                    after = next(([x] for c in range(comma, s_end) if text[c] == "，"
                                  for x in by_start.starting_in(c + 1, c + 2)[:1] if x.type != "Official"), [])
                if after:
                    # 郴州市汝城县组织…: of the names written side by side, the last acts; those coordinated with it too
                    run = _run_at(text, by_start, after[0].start, s_end)
                    for a in (_actors_before(text, run, run[-1].end, after[0].start) if run else []) or after[:1]:
                        add(a, p, s_start, s_end, "subject-after-clause", 0.7)
                    continue
        # a pilot or a site: 以长沙街道为试点, 项目选址在赤水镇、金鸡镇
        pilots: set[int] = set()  # the sites are not the subject of the sentence's verb
        for m in v.pilot.finditer(sentence):
            for a in by_start.starting_in(s_start + m.start(1), s_start + m.end(1)):
                if a.end <= s_start + m.end(1):
                    add(a, p, s_start, s_end, "pilot-site", 0.75)
                    pilots.add(id(a))
        # a meeting held for it: 韶关市召开全市“百千万工程”推进会
        pe = _quote_end(text, p)
        if isinstance(p.programme.tail, int):
            pe += p.programme.tail  # “强科技”行动推进会
        if v.meeting_after.match(text, pe):
            hold = None
            for m in v.hold.finditer(text, max(s_start, ps - 12), ps):
                hold = m
            if hold is None:
                # 宝鸡市2024年苏陕协作工作推进会在陇县召开: a meeting named for a place (and a year) and held after its name;
                # the place that opens the name holds it
                title_year = v.owner_year.search(text, max(s_start, ps - 7), ps)
                hosts = [x for x in by_end.get(title_year.start() if title_year else ps, []) if x.type == "Place" and x.start >= s_start]
                if hosts and v.hold.search(text, v.meeting_after.match(text, pe).end(), s_end):
                    for a in hosts:
                        add(a, p, s_start, min(s_end, pe + 4), "meeting-named-for-place", 0.7)
                    continue
            subj = _actors_before(text, by_start.starting_in(s_start, hold.start()), hold.start(), s_start) if hold else []
            if hold and not subj and text.startswith("的", hold.end()):
                # 在某县财政局召开的“…”推进会上: the body right before the verb of a relative clause holds the meeting, though
                # 在 stands before it
                subj = [a for a in by_start.starting_in(s_start, hold.start()) if isinstance(a, Candidate)
                        and a.end == hold.start() and a.type == "Agency"]
            for a in subj:
                if a.type != "Official":
                    add(a, p, s_start, min(s_end, pe + 4), "meeting-for-programme", 0.7)
            if subj:
                continue
        # 二是结合“两学一做”学习教育，在分局迅速掀起…热潮: a scheme combined with the work of the next clause, which a body
        # or place after 在 opens, is carried out there
        rest = p.name[p.end - p.start :] if p.name.startswith(text[p.start : p.end]) else ""
        rest_end = pe + len(rest) if rest and text.startswith(rest, pe) else pe  # “两学一做”学习教育: the head after the quote
        site = v.combined_site.match(text, rest_end) if v.combined_before.search(text, max(s_start, ps - 4), ps) else None
        there = next((a for a in by_start.starting_in(site.end(), site.end() + 1) if a.type in ("Agency", "Place")), None) \
            if site is not None else None
        if there is not None:
            add(there, p, s_start, min(s_end, there.end + 1), "combined-site-after", 0.6)
            continue
        # taken up as the lead of the subject's work: 全县要以“…”示范区创建为引领, 某县以“…”为抓手
        lead = ps - 1 if ps > s_start and text[ps - 1] == "以" else None
        means = v.means_before.search(text, max(s_start, ps - 5), ps) if ps > s_start and v.means_help.match(text, pe) else None
        if means is not None:
            lead = means.start()  # 某区以优质“某某服务”助力企业发展: the brand taken as the means of a verb of help
        if lead is None and ps > s_start:
            # 全市以碧水保卫战“幸福河湖共同缔造”行动为抓手: the campaign the action belongs to, printed right before its quote
            lead = next((q.start - 1 for q in progs if q.end == ps and q.start - 1 > s_start and text[q.start - 1] == "以"), None)
        if lead is not None and (v.taken_as.match(text, pe) or means is not None):
            subj = [a for a in _actors_before(text, by_start.starting_in(s_start, lead), lead, s_start) if a.type != "Official"]
            for a in subj:
                add(a, p, s_start, min(s_end, pe + 4), "taken-as-lead", 0.7)
            if subj:
                continue
        # a place that is one of a designation's members (湄潭县是全国农村改革试验区; 两县均为青海省“四好农村路”示范创建县)
        ism = v.is_member.search(text, max(s_start, ps - 10), ps)
        if ism is not None and ism.end() == ps and v.member_unit.match(text[pe : pe + 8] if text[p.start - 1 : p.start] == "“" else p.name[-4:]) \
                and text[pe : pe + 1] not in v.member_unit_run:  # 某市是…试点县市之一: a name cut inside its unit is none
            members_end = ism.start()
            # 甲县、乙县通过审核，经省某厅、省某厅联合发文，被命名为…: the bodies of the clause 经 opens confer it; the places
            # before that clause are the members
            mark = max(text.rfind(c, s_start, members_end) for c in v.clause_marks)
            if mark > s_start and members_end - mark <= 6:  # ，被命名为…: the member's verb opens its clause
                prev = max(text.rfind(c, s_start, mark) for c in v.clause_marks)
                if prev > s_start and v.pass_lead.match(text, prev + 1):
                    members_end = prev
            subj = [a for a in _actors_before(text, by_start.starting_in(s_start, members_end), members_end, s_start) if a.type == "Place"
                    and not any(w in text[a.end : members_end] for w in v.subordinates)]  # 某州…所辖三县一市都是: not the 州
            for a in subj:
                add(a, p, s_start, min(s_end, pe + 8), "member-is", 0.65)
            if subj:
                continue
        # a place one of whose roles in a scheme is named after it (某县是国家东西部协作的受援县之一)
        rb = v.role_before.search(text, max(s_start, ps - 6), ps)
        role = v.role_after.match(text, _quote_end(text, p)) or v.role_after.match(text, pe) if rb is not None else None
        if role is not None:
            subj = [a for a in _actors_before(text, by_start.starting_in(s_start, rb.start()), rb.start(), s_start) if a.type == "Place"]
            for a in subj:
                add(a, p, s_start, min(s_end, role.end() + 1), "role-in-scheme", 0.65)
            if subj:
                continue
        # a scheme said to be the decision of bodies named right after 是 (实施某某惠民工程是自治区党委、自治区人民政府
        #作出的重大决策部署): those bodies carry it out
        decided = v.decided_lead.match(text, pe)
        if decided is not None:
            run = _decided_run(text, by_start, decided.end(), _first_mark(text, v.clause_marks, pe, s_end))
            for a in run:
                add(a, p, s_start, min(s_end, run[-1].end + 8), "decided-by", 0.65)
        # carried out by a body named after it: …工程由沂南县交通运输局负责实施
        clause_end = _first_mark(text, v.clause_marks, pe, s_end)
        # …工程日前开工，由县交通运输局负责实施; …工程被列为民生实事，主要建设任务由甲镇、乙镇承担
        if text.startswith("，", clause_end) and (v.by_agent.match(text, clause_end + 1) or v.task_by.match(text, clause_end + 1)):
            clause_end = _first_mark(text, v.clause_marks, clause_end + 1, s_end)
        by = v.by_agent.search(text, pe, clause_end)
        # …由某局负责实施 after 该项目是…重点项目: the doer is the referent's (carried-out-by-reference), not the list's
        opened = max((text.rfind(c, s_start, ps) for c in v.clause_marks), default=-1)
        alone = v.head_alone.match(text, s_start) if by is not None and opened < s_start else None
        if by is not None and (v.said_of_reference.match(text, max(s_start, opened + 1)) or alone is not None and any(
                q.end <= s_start and article_of(q.start) == article_of(s_start) and q.name.rstrip("》").endswith(alone.group())
                for q in progs)):
            by = None  # … and after a head alone that opens the sentence and stands for a name before (项目去年列入…重点项目，由…)
        if by is None and governed_at(anchor, s_start) and "的" not in text[pe:clause_end]:
            # 县委、县政府已制定《…计划》，明确…，由县某局牵头，各镇分头落实: a doer named after 由 in a later clause (not
            # where the verb's object is what the programme describes: 把条例规定的…纳入…)
            for a in _later_doers(text, by_start, progs, pe, clause_end, s_end):
                add(a, p, s_start, s_end, "carried-out-by-later-clause", 0.6)
        if by is not None and not any(q.start > pe and q.start < by.start() for q in progs):
            agents = [a for a in by_start.starting_in(by.end(), clause_end) if a.type != "Official"]
            if agents and agents[0].start == by.end():
                last = agents[0]
                for a in agents[1:]:
                    if not v.coordination.fullmatch(text, last.end, a.start) and a.start != last.end:
                        break
                    last = a
                bv = v.by_verb.match(text, last.end) or v.by_verb_at_end.match(text, last.end)
                partner = v.by_partner.match(text, last.end) if bv is None else None
                if partner is not None:  # 由市卫生健康局与某医院合作实施: a partner that is no body, the body still the doer
                    bv = v.by_verb.match(text, partner.end())
                if bv and any(q.name != p.name and bv.end() <= q.start <= bv.end() + 1 for q in progs):
                    bv = None  # …“某某”战略，由县某局组织实施某某项目: the verb after 由 governs a programme of its own
                if bv:
                    for a in _actors_before(text, agents, last.end, by.end()):
                        add(a, p, s_start, min(s_end, clause_end + 1), "carried-out-by", 0.7)
                    # 由县文旅局牵头、某街道配合实施 / 由…牵头，某镇具体实施: those the next clause names as doers too
                    for a in _co_doers(text, by_start, bv.end(), s_end):
                        add(a, p, s_start, s_end, "co-doer", 0.65)
                    # …工程由县农业农村局组织实施，在甲镇、乙镇建设…: the places after 在 in the clauses that follow
                    for a in _sites_after(text, by_start, last.end, s_end):
                        add(a, p, s_start, s_end, "site-of-reference", 0.6)
                    # 甲村、乙村被列入某批…改造项目，由区某中心实施: the places listed carry it out beside the body
                    li = v.listed_into.search(text, max(s_start, ps - 14), ps)
                    if li is not None:
                        for a in _actors_before(text, by_start.starting_in(s_start, li.start()), li.start(), s_start):
                            if a.type == "Place":
                                add(a, p, s_start, min(s_end, clause_end + 1), "listed-then-carried-out-by", 0.65)
                    # 某市今年在甲镇、乙镇实施“…”工程，由市某局组织: the places after 在 right before the verb are its sites,
                    # the place opening the clause before them its doer
                    for a in _sites_before_verb(text, by_start, ps, s_start):
                        add(a, p, s_start, min(s_end, p.end + 1), "site-before-verb-then-by", 0.65)
                    # 一是某某工程，由…牵头: a work report's item is the reporting body's as well
                    credit_report_maker(p, ps, s_start, s_end, item_only=True)
                    # 县政府已启动某某项目，由某镇负责实施: the body that launches it, in its clause, carries it out too
                    for a in _launcher(text, by_start, p, ps, s_start):
                        add(a, p, s_start, min(s_end, clause_end + 1), "launched-then-carried-out-by", 0.6)
                    continue
        # the places that enter a designation after it is named: …名录，X村、Y村入选 (a quoted scheme's list too:
        # “…”示范点名单，X村、Y村入选)
        # … and after a designation of two kinds of unit (确定…为首批…试点城市和园区，某市名列其中): the second unit joined
        joined = v.designation_unit_join.match(text, pe) if p.programme.designation else None
        after = v.designation_after.match(text, joined.end() if joined else pe).end()
        listed = p.programme.designation or after > pe
        if after > pe:  # 在…名单中，X村、Y村榜上有名: the list's inside
            after = v.list_inside.match(text, after).end()
        if listed and after < len(text) and text[after] in v.clause_marks and text[after] != "\n":
            nxt = _first_mark(text, v.clause_marks, after + 1, s_end)
            trail = v.trailing_lead.search(text, after + 1, nxt + 1)
            if trail is None and text[after] in v.list_commas:
                # a list grouped by county across commas before its verb (…名单中，甲县A镇X村，乙县B镇Y村入选)
                trail = v.trailing_lead.search(text, after + 1, s_end)
                nxt = trail.end() if trail is not None else nxt
            if trail is not None:
                for a in _members_before(text, by_start, trail.start(), after + 1):
                    add(a, p, s_start, min(s_end, nxt + 1), "designation-member-after", 0.7)
        # 到甲县调研“某某工程”推进情况: the places visited for the programme carry it out
        for a in _visited_for(text, by_start, ps, pe, s_start):
            add(a, p, s_start, s_end, "visited-for-programme", 0.65)
        # 在甲乡乙村，某某详细了解了“某某”建设情况: the site a visit's clause opens with, where it looks at the programme
        for a in _site_looked_at(text, by_start, ps, pe, s_start):
            add(a, p, s_start, s_end, "site-looked-at", 0.65)
        # …“某某”建设先进县（市、区）的有：甲县、乙县: the places the honour's list names after the colon carried it out
        if (honour := v.honour_list.match(text, pe)) is not None:
            end = s_end - 1 if text[s_end - 1 : s_end] in v.clause_marks else s_end
            for a in _members_before(text, by_start, end, honour.end()):
                if a.type == "Place":
                    add(a, p, s_start, s_end, "honour-list-member", 0.65)
        # 甲县先后获得“某某示范县”“…”等称号: the places right before a verb of gaining a title, its members
        if (gained := v.title_gained.match(text, pe)) is not None:
            first = ps
            while (q := quote_ending.get(first)) is not None:  # back over the quoted titles before this one
                first = _quote_start(text, q)
            gain = v.gain_verb.search(text, max(s_start, first - _GAIN_VERB_GAP), first)
            if gain is not None and gain.end() == first:
                run = [a for a in by_start.starting_in(s_start, gain.start()) if a.end <= gain.start()]
                adverb = v.gain_adverb.search(text, run[-1].end, gain.start()) if run else None
                if run and run[-1].type == "Place" and (run[-1].end == gain.start() or adverb and adverb.span() == (run[-1].end, gain.start())):
                    for a in _members_before(text, by_start, run[-1].end, s_start):
                        if a.type == "Place":
                            add(a, p, s_start, min(s_end, gained.end() + 1), "title-gained", 0.7)
        # 县委、县政府决定授予甲村、乙村“某某示范村”称号: the places between the verb and the title are its members, the
        # bodies before the verb its conferrers
        if v.title_word.match(text, pe):
            confers = list(v.confer.finditer(text, s_start, ps))
            # 甲村、乙村被授予“…”牌匾: in the passive, the places right before the mark are the members
            passive = [m for m in v.passive.finditer(text, s_start, ps) if confers and m.end() == confers[-1].start()]
            if passive and confers[-1].end() == ps:
                for a in _actors_before(text, by_start.starting_in(s_start, passive[-1].start()), passive[-1].start(), s_start):
                    if a.type == "Place":
                        add(a, p, s_start, min(s_end, pe + 2), "title-conferred-passive", 0.7)
                confers = []
            if confers:
                cm = confers[-1]
                for a in _members_before(text, by_start, ps, cm.end()):
                    if a.type == "Place":
                        add(a, p, s_start, min(s_end, pe + 2), "title-conferred", 0.7)
                # the conferrers open the chain (决定授予甲镇“…”称号，授予乙局“…”称号，…): before its first verb
                first = confers[0]
                for a in _actors_before(text, by_start.starting_in(s_start, first.start()), first.start(), s_start):
                    if a.type == "Agency":
                        add(a, p, s_start, min(s_end, pe + 2), "title-conferrer", 0.65)
        # 有4个村获评…示范村，分别是A村、B村: a designation conferred in the sentence, its members listed after it
        if p.programme.designation or isinstance(p.programme.tail, int):
            plaque = v.plaque_after.match(text, pe)  # 为新命名的3个“…示范村”授牌，分别是…
            listed = v.trailing_list.match(text, plaque.end() if plaque else pe)
            if listed and (v.member_lead_before.search(text, max(s_start, ps - 12), ps)
                           or plaque and v.named_before.search(text, max(s_start, ps - 12), ps)):
                end = s_end - 1 if text[s_end - 1 : s_end] in v.clause_marks else s_end
                for a in _members_before(text, by_start, end, listed.end()):
                    # a town before a village's name kg does not know (某镇某某村) is no member: the village is
                    if a.type == "Place" and not (a.division.level == Level.TOWN and _UNKNOWN_VILLAGE.match(text, a.end)):
                        add(a, p, s_start, s_end, "designation-members-listed", 0.65)
        # 在甲村、乙村举行“某某特色村寨”授牌仪式: the places where a designation's plaque is handed over are its members
        if p.programme.designation and (plaque := v.plaque_after.match(text, pe)) \
                and v.plaque_ceremony.match(text, plaque.end()):
            for a in _plaque_sites(text, by_start, ps, s_start):
                add(a, p, s_start, min(s_end, plaque.end() + 2), "plaque-ceremony-site", 0.65)
        # the places a programme names as its objects later in the sentence: 印发《…培育工作方案》，明确X市、Y县为
        # 首批培育对象; 启动“…”创建工作，确定X镇、Y镇等10个乡镇为创建对象
        for m in v.object_of.finditer(text, pe, s_end):
            if any(pe <= q.start < m.start() for q in progs):
                break  # a programme named in between owns what follows
            for a in _members_before(text, by_start, m.start(), max(s_start, pe)):
                if a.type == "Place":
                    add(a, p, s_start, min(s_end, m.end() + 1), "object-of-programme", 0.65)
        # 甲县拿下…荣誉，某某工程等33项工作获得省级以上通报表扬: the place or body the sentence is about did the praised work
        if (praised := v.praised_work.match(text, pe)) is not None:
            for a in _actors_before(text, [a for a in by_start.starting_in(s_start, ps) if a.end <= ps], ps, s_start):
                if a.type in ("Place", "Agency"):
                    add(a, p, s_start, min(s_end, praised.end() + 1), "praised-work", 0.6)
            # 甲县“某某”改革、“乙”工作、丙建设等4项工作获得…表扬: every work listed in the one run before the count was
            # done by the doer before the run's first item, not the last item alone
            for q in _starting_in(progs, s_start, ps):
                if q.end <= ps and q is not p and not any(c in v.clause_marks for c in text[q.end : ps]):
                    for a in _actors_before(text, [a for a in by_start.starting_in(s_start, q.start) if a.end <= q.start],
                                            q.start, s_start):
                        if a.type in ("Place", "Agency"):
                            add(a, q, s_start, min(s_end, praised.end() + 1), "praised-work", 0.6)
        # a governing verb between the subject and the programme (推开以甲、乙、丙为主要内容的“…”工程: the verb stands
        # before the content frame, however long its list)
        window_start = max(s_start, anchor - 20)
        if (frame := v.content_frame.search(text, max(s_start, anchor - 48), anchor)) is not None:
            window_start = max(s_start, min(window_start, frame.start() - 6))
        vm = None
        built = v.built_amount.match(text, pe)  # 建成“四好农村路”120公里: the programme's works, counted
        for m in v.govern.finditer(text, window_start, anchor):
            if m.group() in v.adjacent_verbs and m.end() != anchor:
                continue  # 把 governs the name right after it (把“百千万工程”与…结合), not 把握…, 把…作为
            if m.group() in v.works_only_verbs and not v.project.search(_name_core(p.name)) and not built \
                    and _name_core(p.name) not in v.built_schemes and not v.built_zone.search(_name_core(p.name)):
                continue  # 建设“…”示范工程 governs the works; 建设“星级所”评定工作 governs no scheme
            if m.group() in v.designation_verbs and not p.programme.designation and not built:
                continue  # 建成…医共体，某县“…”的做法: 建成 governs a designation built or striven for, no other scheme
            if v.verb_in_meeting.match(text, m.end()):
                continue  # 举行新闻发布会，介绍…: a verb in a meeting's name governs nothing
            if _in_quoted_theme(text, m.start(), anchor, s_start, s_end):
                continue  # 围绕“…推进某某”两个主题开展调研: a verb of a quoted theme governs nothing outside it
            if (om := v.oversight_work.match(text, m.start())) is not None and om.end() > m.end():
                continue  # 开展专题视察，察看了…项目: the verb governs the inspection, not the scheme looked at
            if m.start() not in inside_name and not inside_actor[m.start()]:
                # “1310”具体部署, 某市新建区: a verb in a programme's or a place's name governs nothing
                vm = m
        if vm is None:
            # 报告提出，…：一是某某工程，…: a numbered item of a work report's plans is the body's the report was made for
            credit_report_maker(p, ps, s_start, s_end, item_only=True)
            continue
        if vm.group() in v.host_verbs and v.hosted_event.match(text, pe):
            continue  # 某镇承办了全县“…”建设现场观摩会: the host of a meeting about it, not its doer
        if v.briefing_after.match(text, pe):
            continue  # 某省政府新闻办举办《…实施意见》新闻发布会: the host of a briefing on it, not its doer
        if vm.group() in v.oversight_frame and v.oversight_work.match(text, pe):
            continue  # 某市政协围绕“…”开展专题视察: the body that oversees the scheme, not its doer
        # 在秦安县、甘谷县开展…: the places after 在, right before the verb, are where it is carried out
        run = [a for a in by_start.starting_in(s_start, vm.start()) if a.end <= vm.start()]
        gap = v.run_tail.match(text, run[-1].end).end() if run else 0  # 在甲村、乙村、丙村3个村推行…: the count closing them
        if run and run[-1].type == "Place" and (gap == vm.start() or v.site_gap.fullmatch(text, gap, vm.start())) \
                and not _starting_in(progs, vm.end(), p.start):  # the verb's object is the first of them
            sites, left = _coordinated_places_before(text, run)
            if v.site_preposition.search(text, max(s_start, left - 1), left):
                for a in sites:
                    add(a, p, s_start, min(s_end, p.end + 1), "site-before-verb", 0.65)
        # 考察团对甲县实施“…”行动、推进…等方面取得的成绩给予高度评价: the places after 对, right before the verb, did the
        # work whose results the sentence's subject appraises; the subject appraises it and carries nothing out
        if run and run[-1].type == "Place" and run[-1].end == vm.start() \
                and not _starting_in(progs, vm.end(), p.start):
            sites, left = _coordinated_places_before(text, run)
            if v.appraised_doer.search(text, max(s_start, left - 1), left) and v.appraised_work.search(text, pe, s_end):
                for a in sites:
                    add(a, p, s_start, min(s_end, p.end + 1), "appraised-doer", 0.65)
                continue
        # …打造“…”示范区，县某局要会同县某局、县某局倒排工期: bodies that open the next clause joined by a verb of joint work
        # (会同, 联合) take the programme on together
        for a in _joint_bodies_after(text, by_start, pe, s_end, progs, text[ps:pe].endswith(v.joint_mechanism)):
            add(a, p, s_start, s_end, "joint-bodies-after", 0.6)
        # a body printed before its own programme (对标省委“1310”具体部署，实施…) owns that one, it is not the subject
        subj = _actors_before(text, [a for a in by_start.starting_in(s_start, vm.start()) if a.end not in owned and id(a) not in pilots],
                              vm.start(), s_start)
        # 由县农业农村局牵头，甲镇、乙镇共同实施“…”: the body that leads, in a clause before, carries it out too
        for m in v.by_agent.finditer(text, s_start, vm.start()):
            if m.start() > s_start and text[m.start() - 1] not in v.clause_marks:
                continue
            agents = [a for a in by_start.starting_in(m.end(), vm.start()) if a.type == "Agency"]
            if agents and agents[0].start == m.end() and v.lead_verb.match(text, agents[0].end):
                add(agents[0], p, s_start, min(s_end, p.end + 1), "led-by", 0.65)
        # no subject but a speaker's words (市农业农村委副主任周松介绍，今年已启动…): the body of the post he speaks in
        spoken = [o for c, o in speakers if s_start <= c.start and c.end < vm.start() and any(a is c for a in subj)]
        if spoken and all(a.type == "Official" and not v.doer_gap.fullmatch(text[a.end : vm.start()]) for a in subj):
            add(spoken[-1], p, s_start, min(s_end, p.end + 1), "speaker-body", 0.6)
            continue
        if subj and not any(a.type == "Official" for a in subj):
            # 县政府以此为契机，由县某局组织实施…: the body or place that opens the clause before a clause opened by 由 has
            # the programme carried out
            for a in _subject_before_by(text, by_start, vm, anchor, s_start):
                add(a, p, s_start, min(s_end, p.end + 1), "subject-before-by", 0.6)
        # 该局还对县某局实施的“…计划”进行了审计: a body right before the verb of a relative clause (…实施的) that ends right
        # before the programme is its doer, not the sentence's subject, which only looks at it
        if text[vm.end() : anchor] and all(c in v.relative_marks for c in text[vm.end() : anchor]):
            own = by_start.ending_by(vm.start())
            if own is not None and own.end == vm.start() and own.start >= s_start and own.type in ("Agency", "Place") \
                    and v.relative_lead.search(text, max(s_start, own.start - 4), own.start):
                subj = [own]
            elif own is not None and own.end == vm.start() and own.start >= s_start and own.type == "Agency":
                # 根据财政部、水利部印发的《…》: the bodies coordinated after the preposition issued it together, the
                # first too (it is dropped as the object of 根据 where it stands alone)
                run, left = [own], own.start
                while (prev := by_start.ending_by(left - 1)) is not None and prev.start >= s_start \
                        and prev.type == "Agency" and v.coordination.fullmatch(text, prev.end, left):
                    run.append(prev)
                    left = prev.start
                if len(run) > 1 and v.preposition_word.search(text, max(s_start, left - 2), left):
                    subj = run[::-1]
        # 某区领导到甲街道、乙街道调研，要求深入实施…: the places visited are no subject of the demands' verb
        subj = [a for a in subj if not _visited_before(text, by_start, a, vm.start(), s_start, p, progs)]
        # 蒙山县长坪瑶族乡两个村获授“…”: a place before a count of the places below it is where they lie, no subject
        subj = [a for a in subj if not _counted_below(text, a, vm.start())]
        # 甲乡获评…，另有3个村获评“…”: a later clause whose subject is a count of places has none of the earlier clause's
        subj = [a for a in subj if not _counted_clause_between(text, a.end, vm.start())]
        # 甲镇、乙镇、丙镇要分别落实A、B和C: each subject carries out its own programme of the list, in order
        subj = _respective_share(text, subj, vm, p, progs, s_end)
        if not subj:  # 某省某厅 某省某局⏎关于公布…名单的通知: the bodies on the line above a title opened by 关于 issue it
            subj = _issuers_above(text, by_start, s_start)
        if not subj:  # 关于印发《…》的通知 … 中共某街道工作委员会⏎某街道办事处⏎2021年1月8日: the bodies that sign it
            subj = _issuers_below(text, by_start, s_start, signoff, article_of)
        # 省纪委监委组织全省纪检监察机关开展…: the whole place at work is the subject, and the bodies that organise it,
        # printed right before the verb of organising (a pair of bodies adjoining), carry the scheme out with it
        for a in [a for a in subj if isinstance(a, _Actor)]:
            om = v.whole_organiser.search(text, max(s_start, a.start - 4), a.start)
            at = om.start() if om is not None and om.end() == a.start else -1
            while at > s_start and (body := next((x for x in by_end.get(at, []) if x.type == "Agency"), None)) is not None:
                add(body, p, s_start, min(s_end, p.end + 1), "organiser-of-whole", 0.65)
                at = body.start
        if subj and all(a.type == "Agency" for a in subj):  # 县卫健局牵头、县农业农村局配合，推进…: both
            subj = _duty_partners_before(text, by_start, subj[0], s_start) + subj
        if subj:
            for a in subj:
                # an official is the doer only when the verb follows the name (带头推进, 亲自部署)
                explicit = a.type == "Official" and bool(v.doer_gap.fullmatch(text[a.end : vm.start()]))
                add(a, p, s_start, min(s_end, p.end + 1), "subject-verb-programme", 0.7, explicit)
            # 在甲局、乙局的配合下，丙局实施了…: the bodies whose help frames the subject's clause carry it out with it
            if any(a.type != "Official" for a in subj):
                for a in _helpers(text, by_start, s_start, min(a.start for a in subj)):
                    add(a, p, s_start, min(s_end, p.end + 1), "helper-of-subject", 0.6)
            # 某局牵头实施…工程，甲局、乙局配合: the bodies or places the next clause names as co-doers, their verb ending
            # the clause (not 乙局负责农产品抽检: a task of its own in a list of tasks)
            if any(a.type != "Official" for a in subj):
                for a in _co_doers(text, by_start, pe, s_end):
                    verb = v.co_doer.search(text, a.end, _first_mark(text, v.clause_marks, a.end, s_end))
                    if verb is not None and v.co_doer_alone.match(text, verb.start()):
                        add(a, p, s_start, s_end, "co-doer-after-subject", 0.6)
            if any(a.type != "Official" for a in subj):
                item_tail(p, s_start, s_end)
            # 区民政局部署…工程，年内在甲镇、乙镇改造…: the places after 在 in the clauses after the programme are its sites
            if any(a.type != "Official" for a in subj) and not any(p.end <= q.start < s_end for q in progs if q is not p):
                for a in _sites_after(text, by_start, p.end, s_end):
                    add(a, p, s_start, s_end, "site-after-doer", 0.6)
            continue
        # no subject, in a work report's plans: the body on whose behalf the report was made
        if credit_report_maker(p, ps, s_start, s_end):
            continue
        # 某省出台《…意见》。⏎在…方面，意见要求…，大力实施某某工程: a sentence whose subject is a document the article named
        # before (by its head word) asks for the programme; those who issued the document (the doers before it in the clause
        # that names it) carry it out
        said = v.document_opens.match(text, s_start)
        if said is not None and said.end() <= vm.start():
            issued = [q for q in progs if q.name.startswith("《") and q.end <= s_start
                      and article_of(q.start) == article_of(p.start) and _name_core(q.name).endswith(said.group(1))]
            if issued:
                d = max(issued, key=lambda q: q.end)
                d_start, _ = _sentence_of(sentences, d.start)
                clause = max(d_start, max((text.rfind(c, d_start, d.start) + 1 for c in v.clause_marks), default=d_start))
                doers = [a for a in _actors_before(text, list(by_start.starting_in(clause, d.start)), d.start, clause)
                         if a.type in ("Place", "Agency")]
                for a in doers:
                    add(a, p, s_start, min(s_end, p.end + 1), "issuer-of-asking-document", 0.55)
                if doers:
                    continue
        # no subject in the sentence: the topic of the sentence before, in the same paragraph (not where the programme
        # is a fronted frame of compliance whose clause opens with its own doer: 依托“某某计划”，某部与某公司…)
        prev = _previous_topic(text, by_start, sentences, sentence_ends, s_start)
        if prev is not None and text[pe : pe + 1] in v.compliance_after \
                and v.compliance_lead.search(text, max(0, ps - 4), ps) and v.compliance_plan.search(p.name) \
                and by_start.first_in(pe + 1, pe + 2) is not None:
            prev = None
        # … nor where the programme's clause opens with the others of a kind as its subject (其他县市各选择…开展…试点;
        # not a count of the places a list names, 8个村获评…: the body of the sentence before may have conferred it)
        if prev is not None and _others_open_clause(text, s_start, ps):
            prev = None
        if prev is not None:
            add(prev, p, prev.start, min(s_end, p.end + 1), "topic-verb-programme", 0.55)
    # 条例明确，雷山县人民政府负责…: the body a document names at the head of the next clause carries it out
    docs = sorted((p for p in progs if p.name.startswith("《")), key=lambda p: p.start)
    doc_starts = [d.start for d in docs]
    for m in v.document_says.finditer(text) if docs else ():
        if m.start() and text[m.start() - 1] not in "。；\n":
            continue
        k = bisect_right(doc_starts, m.start()) - 1
        while k >= 0 and not _name_core(docs[k].name).endswith(m.group(1)):
            k -= 1
        if k < 0 or article_of(docs[k].start) != article_of(m.start()):
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        agents = [a for a in by_start.starting_in(m.end(), s_end) if a.type == "Agency"]
        if not agents or agents[0].start != m.end():
            continue
        chosen = [agents[0]]
        for a in agents[1:]:
            if not v.coordination.fullmatch(text, chosen[-1].end, a.start):
                break
            chosen.append(a)
        for a in chosen:
            add(a, docs[k], s_start, s_end, "named-by-document", 0.65)

    def list_owner(s_start: int, pos: int):
        """The programme a list of measures in a sentence naming none (from ``s_start``, the list at ``pos``) serves: the
        one programme of the sentence before it, or else the one of the article's headline."""
        article = article_of(pos)
        back = len(text[:s_start].rstrip())  # the sentence before may close the paragraph before
        prev_start = _sentence_of(sentences, back - 1)[0] if back > 0 else s_start
        target = _sole_programme(progs, prev_start, s_start, article, article_of)
        if target is None and text.find("\n") > 0 and article_of(0) == article:
            target = _sole_programme(progs, 0, text.find("\n"), article, article_of)
        return target

    def item_doers(at: int, stop: int) -> list:
        """The bodies or places that open an item of a list (after 由 or not, or after 在: 三是在甲镇、乙镇设立…), the bodies
        after 由 that open a later clause of it (一是推行“某某”，由县某局…), those that open a later clause of it as its
        subject (，丙镇则把…), and the places after 在 in its later clauses."""
        by = v.by_agent.match(text, at)
        out = [a for a in _run_at(text, by_start, by.end() if by else at, stop, side_by_side=False)
               if a.type in ("Agency", "Place")]
        if by is None and _only_places(text, by_start, at, _first_mark(text, v.clause_marks, at, stop)):
            out = []  # 具体来看，甲镇A村、B村；乙镇C村: an item that only lists places has no doer
        site = v.item_opening_site.match(text, at, stop)  # 三是在甲镇、乙镇卫生院设立…: the places after 在 opening the item
        run = [a for a in _run_at(text, by_start, site.end(), stop) if a.type == "Place"] if site else []
        out += [a for k, a in enumerate(run) if k + 1 == len(run) or run[k + 1].start != a.end]
        for c in v.clause_comma_at.finditer(text, at, stop):  # 一是推行“某某”，由县某局统一…: the doer after 由 in a later clause
            by = v.by_agent.match(text, c.end())
            out += [a for a in _run_at(text, by_start, by.end(), stop, side_by_side=False) if a.type == "Agency"] if by else []
        return out + clause_subjects(at, stop) + _sites_after(text, by_start, at, stop)

    def frame_doers(target: Candidate, pos: int, s_start: int, s_end: int, method: str) -> None:
        """After a fronted frame that ends at ``pos`` (its closing mark), the bodies or places that open the next clause,
        and the bodies that open a later one with a verb of doing (由县某局负责…), carry ``target`` out."""
        first = True
        while pos < s_end:
            run = _run_at(text, by_start, pos + 1, s_end)
            if first:  # 按照某方案，甲县的做法是…: a place that only owns what follows is none
                run = run if run and text[run[-1].end : run[-1].end + 1] not in v.compliance_not_after else []
            else:
                run = [a for a in run if a.type == "Agency"]
                run = run if run and v.by_verb.match(text, run[-1].end) else []
            for a in _actors_before(text, run, run[-1].end, pos + 1) if run else ():
                add(a, target, s_start, s_end, method, 0.6)
            pos, first = _first_mark(text, v.clause_comma, pos + 1, s_end), False

    def items_of(at: int, end: int) -> list:
        """The items of a list from ``at`` to ``end``, split at its item marks (；)."""
        items = []
        while at < end:
            close = _first_mark(text, v.item_marks, at, end)
            items.append((at, close))
            at = close + 1
        return items

    def serve_items(target: Candidate, items: list, s_start: int, s_end: int, method: str) -> None:
        """The doers of a list's items carry out ``target``: every item's, or, where two items or more name programmes
        of their own (separate tasks), those of the items that name none."""
        own = sum(any(at <= q.start < stop for q in progs) for at, stop in items)
        for at, stop in items:
            if own < 2 or not any(at <= q.start < stop for q in progs):
                for a in item_doers(at, stop):
                    add(a, target, s_start, min(len(text), s_end + 1), method, 0.55)

    def clause_subjects(at: int, stop: int) -> list:
        """The bodies or places that open a later clause between ``at`` and ``stop`` as its subject (，丙镇则把…;
        ，县某局负责…; ；乡镇层面，甲镇、乙镇利用…)."""
        out = []
        for c in v.clause_comma_at.finditer(text, at, stop):
            run = _run_at(text, by_start, c.end(), stop, side_by_side=False)
            if run and all(a.type in ("Agency", "Place") for a in run) and v.clause_subject.match(text, run[-1].end) \
                    and not _only_places(text, by_start, c.end(), _first_mark(text, v.clause_marks, c.end(), stop)):
                out += run  # (not a clause that only lists places: ，乙镇C村；)
        return out

    # 该工程由县农业农村局组织实施; 示范区由某区投入资金，某局负责实施: a programme named before, by 该 and the head of its
    # name or by the head alone opening a clause, is carried out by the bodies the clause names after 由
    for m in v.programme_ref.finditer(text) if progs and holds_any(text, v.programme_ref_cues) else ():
        head = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        target = _referred_programme(progs, head, m.start(), article_of)
        if target is None:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        if (m.group(3) or m.group(4)) and any(m.end() <= q.start < s_end for q in progs):
            continue  # 规划明确，由某局牵头，甲镇共同实施“…”工程: the head alone stands for nothing the clause carries out
        by = m.end()
        doers = []
        agents = [a for a in by_start.starting_in(by, s_end) if a.type != "Official"]
        if agents and agents[0].start == by:
            run = [agents[0]]
            for a in agents[1:]:
                if not v.coordination.fullmatch(text, run[-1].end, a.start) and a.start != run[-1].end:
                    break
                run.append(a)
            tail = v.run_tail.match(text, run[-1].end).end()  # …、某广播电视台承办: partners that are no bodies passed over
            if v.by_verb.match(text, tail):
                doers = _actors_before(text, run, run[-1].end, by)
            if doers:
                doers += _co_doers(text, by_start, v.by_verb.match(text, tail).end(), s_end)
        if not doers:  # the clause names a funder first: the doer opens a later clause of the sentence (，某局负责实施;
            # ，由某管委会负责运营)
            for a in agents:
                if (text[a.start - 1 : a.start] in v.co_doer_mark and v.co_doer.match(text, a.end)) or (
                        a.start > by and text[a.start - 2 : a.start - 1] in v.co_doer_mark and v.by_agent.match(text, a.start - 1)
                        and v.by_verb.match(text, a.end)):
                    doers = [a]
                    break
        for a in doers:
            add(a, target, s_start, s_end, "carried-out-by-reference", 0.65)
        # 提升行动由县某局牵头，县某局按照…，县某局负责…；乡镇层面，甲镇、乙镇利用…，丙镇则…: the sentence goes on as the
        # scheme's division of work; the bodies or places that open its later clauses, past its ；, are doers too
        if doers and v.lead_verb.match(text, doers[-1].end):
            list_end = _first_mark(text, v.measure_list_end, by, len(text))
            for a in clause_subjects(doers[-1].end, list_end):
                add(a, target, s_start, min(len(text), list_end + 1), "doer-in-division-of-work", 0.55)
        # 示范片区涵盖甲镇、乙镇、丙镇的15个村，由…: the places the head alone covers, right after the verb, are its sites
        cover = v.cover_verb.match(text, m.start(3) + len(m.group(3))) if m.group(3) and doers else None
        if cover is not None:
            run = [a for a in _run_at(text, by_start, cover.end(), by) if isinstance(a, Candidate)]
            if run and all(a.type == "Place" for a in run) and run[0].start == cover.end():
                for k, a in enumerate(run):
                    if k + 1 == len(run) or run[k + 1].start != a.end:  # of names side by side, the last
                        add(a, target, s_start, s_end, "site-covered-by-reference", 0.6)
        # …由县农业农村局组织实施，今年已在甲镇、乙镇改造…: the places after 在 in the clauses that follow are its sites
        for a in _sites_after(text, by_start, doers[-1].end, s_end) if doers else ():
            add(a, target, s_start, s_end, "site-of-reference", 0.6)
    # 2024年以来，某县委、县政府把创建工作纳入…; 甲镇、乙镇承担了创建任务: a programme referred to by the word for its
    # kind of work (KindReference), the article's one programme of that kind before it; the bodies or places that open
    # the clause right before the verb on it carry it out
    for m in v.kind_reference.finditer(text) if progs and holds_any(text, v.kind_reference_cues) else ():
        target = _kind_referred(progs, v.kind_of_reference[m.group("ref")], m.start(), article_of)
        if target is None or any(q.start < m.end() + 1 and q.end > m.start() for q in progs):
            continue  # 承担创建国家某某县的任务: the clause names the programme itself
        s_start, s_end = _sentence_of(sentences, m.start())
        opened = max(s_start, max((text.rfind(c, s_start, m.start()) for c in v.clause_marks), default=-1) + 1)
        before = sorted((a for a in by_start.starting_in(opened, m.start()) if a.end <= m.start() and a.type != "Official"),
                        key=lambda a: a.end)
        if not before or before[-1].end != m.start():
            continue
        for a in _actors_before(text, before, m.start(), opened):
            add(a, target, s_start, s_end, "by-kind-reference", 0.55)
        # …，县某局和县某局联合制定实施方案: the bodies that open the next clause and draw up its plan
        comma = _first_mark(text, v.clause_comma, m.end(), s_end)
        run = _run_at(text, by_start, comma + 1, s_end, side_by_side=False) if comma < s_end else []
        if run and all(isinstance(a, Candidate) and a.type == "Agency" for a in run) \
                and v.kind_plan.match(text, run[-1].end) and not any(comma < q.start < s_end for q in progs):
            for a in run:
                add(a, target, s_start, s_end, "plan-of-kind-reference", 0.55)
    # 某县被列为国家某某试点地区。…试点覆盖甲镇、乙镇等8个乡镇，在丙镇建成…: a pilot referred to by its kind alone
    # (KindReference, the article's one programme whose name holds the word) opening a sentence before the places it
    # covers: those places, and the places after 在 in the clauses that follow, are its sites
    def kind_references(pattern):
        """The matches of ``pattern`` (a programme referred to by its kind, KindReference) with the article's one
        programme whose name holds the word, and their sentence, where that sentence names no programme of its own."""
        for m in pattern.finditer(text) if progs and holds_any(text, v.kind_reference_cues) else ():
            ref = m.group("ref")
            target = _kind_referred(progs, v.kind_of_reference[ref], m.start(), article_of, v.kind_word.get(ref, ref), text)
            if target is None:
                continue
            s_start, s_end = _sentence_of(sentences, m.start())
            if not any(s_start <= q.start < s_end for q in progs):
                yield m, target, s_start, s_end

    def add_sites(run: list, target: Candidate, s_start: int, s_end: int, method: str) -> None:
        """A run of places (the last of places side by side) and the places after 在 in the clauses that follow it
        are ``target``'s sites."""
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:
                add(a, target, s_start, s_end, method, 0.55)
        for a in _sites_after(text, by_start, run[-1].end, s_end):
            add(a, target, s_start, s_end, method, 0.55)

    for m, target, s_start, s_end in kind_references(v.kind_site):
        clause_end = _first_mark(text, v.clause_marks, m.end(), s_end)
        run = [a for a in _run_at(text, by_start, m.end(), clause_end) if isinstance(a, Candidate)]
        if not run or any(a.type != "Place" for a in run):
            continue
        add_sites(run, target, s_start, s_end, "site-of-kind-reference")
    # 试点开展以来，全县先后在甲镇、乙镇实施…; 围绕示范创建，县里在甲镇、乙镇规划建设…: a reference by kind (KindReference
    # since) after a word of topic or before words of time, framing a sentence that names no programme of its own: the
    # places after 在 in its clauses are the sites of the article's one programme whose name holds the word
    for m, target, s_start, s_end in kind_references(v.kind_since):
        if m.group("lead") is None and m.group("tail") is None:
            continue
        run = [a for a in _run_at(text, by_start, m.end(), s_end) if isinstance(a, Candidate)]
        if not run or any(a.type != "Place" for a in run) or v.hold.match(text, run[-1].end):
            continue  # …，在甲镇召开现场会: where a meeting is held
        add_sites(run, target, s_start, s_end, "site-of-kind-frame")
    # 某县实行“某某制”。…某县的做法是：县某中心负责…；县某局统筹…；甲镇、乙镇…: a place's list of measures in a sentence
    # that names no programme, the items split by ；: the bodies or places that open each item, and the places after 在 in
    # it, carry out the one programme of the sentence before it, or else the one of the article's headline
    for m in v.practice_lead.finditer(text) if progs and holds_any(text, v.practice_lead_cues) else ():
        s_start = _sentence_of(sentences, m.start())[0]
        s_end = _first_mark(text, v.measure_list_end, m.end(), len(text))  # the sentence runs past its ；
        subject = by_start.first_in(s_start, m.start())
        if subject is None or subject.type != "Place" or subject.end != m.start() \
                or any(s_start <= q.start < s_end for q in progs):
            continue
        article = article_of(m.start())
        prev_start = _sentence_of(sentences, s_start - 1)[0] if s_start > 0 else s_start
        target = _sole_programme(progs, prev_start, s_start, article, article_of)
        if target is None and text.find("\n") > 0 and article_of(0) == article:
            target = _sole_programme(progs, 0, text.find("\n"), article, article_of)
        if target is None:
            continue
        items, at = [], m.end()
        while at < s_end:
            close = _first_mark(text, v.item_marks, at, s_end)
            items.append((at, close))
            at = close + 1
        if len(items) < 2:
            continue
        for at, stop in items:
            by = v.by_agent.match(text, at)
            run = _run_at(text, by_start, by.end() if by else at, stop, side_by_side=False)
            for a in [a for a in run if a.type in ("Agency", "Place")] + _sites_after(text, by_start, at, stop):
                add(a, target, s_start, min(len(text), s_end + 1), "doer-of-practice", 0.55)
    # 某县推进“某某”行动。具体来说，县某局负责…，在甲镇、乙镇建设…；县某局会同县某局开展…；甲镇、乙镇…，丙镇则…: a
    # sentence of measures split by ；, opened by a frame that names no scheme (MeasureFrame): the doers of each item
    # carry out the one programme of the sentence before, or else the headline's; an item naming a project of its own
    # (县某局则牵头推进某某项目) is one of its measures and still serves it, unless two items or more name their own (a
    # list of separate tasks: each serves only its own); the frame must open the sentence
    for m in v.measure_frame.finditer(text) if progs and holds_any(text, v.measure_frame_cues) else ():
        s_start = _sentence_of(sentences, m.end() - 1)[0]
        if text[s_start : m.start()].strip() or (target := list_owner(s_start, m.start())) is None:
            continue
        s_end = _first_mark(text, v.measure_list_end, m.end(), len(text))  # the sentence runs past its ；
        items = items_of(m.end(), s_end)
        if len(items) < 2:
            continue
        serve_items(target, items, s_start, s_end, "doer-of-framed-measure")
        # …；丙镇则把…。县某局还牵头在…打造…: the body that opens the next sentence (naming no programme) with one more
        # measure in the same work
        n_start, n_end = _sentence_of(sentences, min(len(text) - 1, s_end + 1))
        if n_start > s_end and text[s_end : s_end + 1] not in "\n" and not any(n_start <= q.start < n_end for q in progs):
            run = _run_at(text, by_start, n_start, n_end, side_by_side=False)
            if run and run[0].start == n_start and all(a.type == "Agency" for a in run) and v.also_leads.match(text, run[-1].end):
                for a in run:
                    add(a, target, n_start, n_end, "doer-of-framed-measure", 0.5)
    # 培育工程启动于…。…，县里建立了“…”的工作机制：县某局负责…；县某局联合县某局…；县某局则对…: a working mechanism's
    # list of measures serves the scheme the sentence before opens with by a short form of its name (or else the one
    # programme of that sentence); items naming programmes of their own as in the lists above
    for m in v.mechanism_colon.finditer(text) if progs and holds_any(text, v.mechanism_colon_cues) else ():
        s_start = _sentence_of(sentences, m.start())[0]
        back = len(text[:s_start].rstrip())
        prev_start = _sentence_of(sentences, back - 1)[0] if back > 0 else s_start
        opening = v.short_form_opening.match(text, prev_start, s_start) if prev_start < s_start else None
        named = [q for q in progs if opening is not None and q.end <= prev_start and article_of(q.start) == article_of(m.start())
                 and (_name_core(q.name).endswith(opening.group()) or q.programme.long.endswith(opening.group()))]
        target = max(named, key=lambda q: q.end) if named else list_owner(s_start, m.start())
        if target is None:
            continue
        s_end = _first_mark(text, v.measure_list_end, m.end(), len(text))
        items = items_of(m.end(), s_end)
        if len(items) >= 2:
            serve_items(target, items, s_start, s_end, "doer-of-mechanism-measure")
    # 林长制要从“有名”走向“有实”。按照部署，今年全县将推进三项工作：一是…；二是县某局会同县某局…，在甲镇新建…: numbered
    # measures after a colon in a sentence that names no programme before them serve the one programme of the sentence
    # before (or the headline's); an item that names a programme of its own still serves it where it is the only one to
    # (一是推行“某某”，由县某局…), not where two items or more do (一是推进“某某”行动；二是启动某某项目…: separate tasks)
    for lm in v.measure_lead.finditer(text) if progs else ():
        if text[lm.start() - 1] not in v.list_colon:
            continue
        s_start = _sentence_of(sentences, lm.start())[0]
        if any(s_start <= q.start < lm.start() for q in progs) or (target := list_owner(s_start, lm.start())) is None:
            continue
        s_end = _first_mark(text, v.measure_list_end, lm.start(), len(text))
        leads = list(v.measure_lead.finditer(text, lm.start(), s_end))
        if len(leads) < 2:
            continue
        spans = [(lead.end(), min(_first_mark(text, v.item_marks, lead.end(), s_end),
                                  leads[k + 1].start() if k + 1 < len(leads) else s_end)) for k, lead in enumerate(leads)]
        serve_items(target, spans, s_start, s_end, "doer-of-listed-measure")
    # 某省开展“某某”示范创建，甲县以蔬菜产业成功入选: a place that opens a later clause and enters, with what it brings,
    # the one programme the sentence names before that clause (the clause naming none) carries it out
    for m in v.selected_with.finditer(text) if progs and holds_any(text, v.selected_with_cues) else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        opened = max((text.rfind(c, s_start, m.start()) for c in v.clause_comma), default=-1)
        if opened <= s_start or any(opened < q.start < m.end() for q in progs):
            continue
        target = _sole_programme(progs, s_start, opened, article_of(m.start()), article_of)
        run = _run_at(text, by_start, opened + 1, m.start())
        if target is None or not run or run[-1].end != m.start() or any(a.type != "Place" for a in run):
            continue
        for a in _actors_before(text, run, m.start(), opened + 1):  # 眉山市东坡区太和镇永丰村: the village
            add(a, target, s_start, min(s_end, m.end() + 1), "selected-with", 0.55)
    # 某县召开“某某行动”暨…推进会 (the headline) … 沿河的甲镇、乙镇要把…任务分解到村: the places that open a clause of the
    # body's sentences naming no programme, with a duty laid on them, carry out the first programme the meeting's headline names
    first_line = text.find("\n")
    held = v.meeting_headline.search(text, 0, first_line) if progs and first_line > 0 else None
    if held is None and progs and 0 < first_line < len(text) - 1 and article_of(first_line + 1) == article_of(0):
        # 5月12日，某县召开“某某”工作推进会暨…: the meeting held on a scheme told in the lead sentence, below a headline
        # that names none
        held = v.meeting_headline.search(text, first_line + 1, _sentence_of(sentences, first_line + 1)[1])
    head_prog = min((q for q in progs if held is not None and held.start() < q.start < held.end()),
                    key=lambda q: (q.start, -q.end), default=None)
    head_progs = [head_prog] if head_prog is not None else []
    for q in sorted(progs, key=lambda q: (q.start, -q.end)) if head_progs else ():
        if held.start() < q.start < held.end() and q.start >= head_progs[-1].end \
                and v.meeting_join.fullmatch(text, head_progs[-1].end, q.start):
            head_progs.append(q)  # 召开“某某行动”暨河湖长制工作推进会: the towns' duty serves both schemes
    for s_start, s_end in sentences if head_prog is not None else ():
        if s_start <= first_line or article_of(s_start) != article_of(0) or any(s_start <= q.start < s_end for q in progs):
            continue
        for k in [s_start] + [m.end() for m in v.clause_comma_at.finditer(text, s_start, s_end)]:
            lead = v.duty_holder_lead.match(text, k, s_end)
            run = _run_at(text, by_start, k, s_end) or (_run_at(text, by_start, lead.end(), s_end) if lead else [])
            if run and all(a.type == "Place" for a in run) and v.meeting_duty.match(text, run[-1].end):
                for a, target in [(a, q) for a in run for q in head_progs]:
                    add(a, target, s_start, min(len(text), s_end + 1), "duty-under-meeting-headline", 0.5)
    # 敦化市水利项目建设首季实现“开门红”: a headline that a place opens before a field of public works and its projects makes
    # that place the doer of every works project its article names (…工程开工, …工程等重点项目先后开复工)
    opener = next((a for a in by_start.starting_in(0, first_line) if a.type == "Place"), None) if progs and first_line > 0 else None
    if opener is not None and opener.start == 0 and v.works_headline.match(text, opener.end):
        for q in progs:
            if article_of(q.start) == article_of(0) and not q.name.startswith("《") and v.project.search(q.name):
                add(opener, q, 0, first_line, "works-headline-place", 0.55)
    # 某县将持续推进“某某”示范工程，今年新增甲乡、乙乡两个示范乡: places added, with their count and role, in a later
    # clause of a sentence that names one programme before it (and none after): they carry that programme out
    for m in v.member_add.finditer(text) if progs and holds_any(text, v.member_add_cues) else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        target = _sole_programme(progs, s_start, m.start(), article_of(m.start()), article_of)
        clause_end = _first_mark(text, v.clause_marks, m.end(), s_end)
        if target is None or any(m.start() <= q.start < clause_end for q in progs):
            continue
        run = [a for a in _run_at(text, by_start, m.end(), clause_end) if isinstance(a, Candidate)]
        if not run or any(a.type != "Place" for a in run) or not v.member_add_role.match(text, run[-1].end):
            continue
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:  # of places side by side, the last
                add(a, target, s_start, s_end, "member-added", 0.55)
    # 甲县安排20万元，为首批“某某”试点提供启动资金; 某市安排近亿元财政资金，对全市…“某某”项目给予奖补: the place or body
    # that opens its clause setting funds aside carries out the scheme the next clause gives them to
    for m in v.funding.finditer(text) if holds_any(text, v.funding_cues) else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        subject = [a for a in outermost(named) if a.end == m.start()
                   and (a.start == s_start or text[a.start - 1 : a.start] in v.clause_marks)]
        clause_end = _first_mark(text, v.clause_marks, m.end(), s_end)
        target = next((q for q in progs if m.end() <= q.start < clause_end), None)
        if subject and target is not None and v.funding_give.search(text, target.end, clause_end):
            add(subject[0], target, s_start, s_end, "funder-of-scheme", 0.55)
    # 问：补贴活动由谁组织？答：由县某局会同县财政局组织实施，甲镇、乙镇配合: a Q&A's question naming a scheme by its kind
    # (what is left of its words without the kind's tail names the article's one programme whose name holds it), then an
    # answer opening with 由: the bodies after 由, with those they act with and those that 配合 in the next clause, carry
    # it out; the places after 在 in a later clause are its sites
    for m in v.asked_who.finditer(text) if progs and holds_any(text, v.asked_who_cues) else ():
        stem = m.group("ref")
        target = _kind_referred(progs, "named", m.start(), article_of, stem, text) if len(stem) >= 2 else None
        if target is None:
            continue
        s_start, s_end = _sentence_of(sentences, m.end())
        run = _run_at(text, by_start, m.end(), s_end, side_by_side=False)
        if not run or not (verb := v.by_verb.match(text, run[-1].end)):
            continue
        doers = run + _co_doers(text, by_start, verb.end(), s_end)
        for a in doers:
            add(a, target, s_start, s_end, "answer-by-kind", 0.55)
        for a in _sites_after(text, by_start, doers[-1].end, s_end):
            add(a, target, s_start, s_end, "site-of-answer-by-kind", 0.55)
    # 某县落实防止返贫监测帮扶机制。县某局会同县某局建立部门信息比对机制: bodies that open a clause right before a verb
    # building a part of a kind (PartKind), in a sentence that names no programme, carry out the article's one programme
    # of that kind (its name holding the kind's word) named before
    for m in v.part_build.finditer(text) if progs and holds_any(text, v.part_build_cues) else ():
        target = _kind_referred(progs, "named", m.start(), article_of, m.group("kind"), text)
        s_start, s_end = _sentence_of(sentences, m.start())
        if target is None or any(s_start <= q.start < s_end for q in progs):
            continue
        opened = max(s_start, max((text.rfind(c, s_start, m.start()) for c in v.clause_marks), default=-1) + 1)
        before = sorted((a for a in by_start.starting_in(opened, m.start()) if a.end <= m.start() and a.type == "Agency"),
                        key=lambda a: a.end)
        if not before or before[-1].end != m.start():
            continue
        for a in _actors_before(text, before, m.start(), opened):
            add(a, target, s_start, s_end, "builds-part-of-kind", 0.55)
    # 甲镇、乙镇被纳入全县监测帮扶示范乡镇: places right before a verb taking them in under a role named after a stem of
    # the article's one programme whose name holds it (防止返贫监测帮扶机制) carry that programme out
    for m in v.member_taken.finditer(text) if progs and holds_any(text, v.member_taken_cues) else ():
        target = _kind_referred(progs, "named", m.start(), article_of, m.group("stem"), text)
        if target is None:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        opened = max(s_start, max((text.rfind(c, s_start, m.start()) for c in v.clause_marks), default=-1) + 1)
        run = [a for a in by_start.starting_in(opened, m.start()) if a.end <= m.start() and isinstance(a, Candidate)]
        if not run or run[-1].end != m.start() or any(a.type != "Place" for a in run) \
                or _run_at(text, by_start, run[0].start, m.start())[-1:] != run[-1:]:
            continue
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:  # of places side by side, the last
                add(a, target, s_start, s_end, "member-taken-by-stem", 0.55)
    # 某县把行动与“…”结合起来，由县某局牵头，在甲镇、乙镇打造…: a programme named before by its head alone, joined with
    # another thing by the subject: the subject and the bodies after 由 carry it out, the places after 在 are its sites
    for m in v.combined_ref.finditer(text) if progs else ():
        target = _referred_programme(progs, m.group("head"), m.start(), article_of)
        if target is None:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        if any(m.end() <= q.start < s_end for q in progs):
            continue  # the clauses after name a programme of their own
        subj = _actors_before(text, [a for a in by_start.starting_in(s_start, m.start()) if a.end <= m.start()], m.start(), s_start)
        run = _run_at(text, by_start, m.end(), s_end, side_by_side=False)
        if not run or not v.by_verb.match(text, run[-1].end):
            continue
        for a in [x for x in subj if x.type != "Official"] + run:
            add(a, target, s_start, s_end, "carried-out-by-reference", 0.6)
        for a in _sites_after(text, by_start, run[-1].end, s_end):
            add(a, target, s_start, s_end, "site-of-reference", 0.6)
    # 县政府常务会议研究“…”建设工作。会议同意由县商务局牵头，在甲镇、乙镇建设…: what a meeting decides right after the
    # sentence that names the one programme it studies, with no programme of its own: the bodies after 由 carry that one
    # out, and the places after 在 in a later clause are its sites
    for m in v.meeting_decides.finditer(text) if progs else ():
        if (after := _after_one_programme(sentences, progs, m.start(), article_of)) is None:
            continue
        s_start, s_end, _, target = after
        run = _run_at(text, by_start, m.end(), s_end, side_by_side=False)
        if not run or not v.by_verb.match(text, run[-1].end):
            continue
        for a in run:
            add(a, target, s_start, s_end, "decided-by-meeting", 0.6)
        for a in _sites_after(text, by_start, run[-1].end, s_end):
            add(a, target, s_start, s_end, "site-decided-by-meeting", 0.6)
    # 市长某某主持召开某市政府第N次常务会议，研究…、讨论《…》。会议审议通过了《…》。会议强调，要加快推进某某工程…:
    # the government whose executive meeting an article reports carries out what the meeting takes up in its lead (after
    # 研究/讨论/审议, not after 传达学习/听取) and the programmes of the sentences in the meeting's voice (会议讨论/强调/
    # 指出/要求…, and those of the same paragraph going on after a semicolon or with 要 or 三要) whose clause names no
    # body or place
    held: dict[tuple[int, int], tuple[Candidate, int]] = {}  # a sentence -> the first body holding a meeting in it
    for a in agencies if progs and holds_any(text, v.exec_meeting_cues) else ():
        if (m := v.exec_meeting.match(text, a.end)) is not None:
            sentence = _sentence_of(sentences, a.start)
            if a.end < sentence[1]:
                held.setdefault(sentence, (a, m.end()))
    sentence_starts = [t for t, _ in sentences] if held else []
    for (s_start, s_end), (body, lead_end) in sorted(held.items()):
        art = article_of(s_start)
        taken = []
        for q in _starting_in(progs, lead_end, s_end):
            takes = [(t.start(), True) for t in v.exec_take.finditer(text, lead_end, q.start)]
            takes += [(t.start(), False) for t in v.exec_cite.finditer(text, lead_end, q.start)]
            if takes and max(takes)[1]:
                taken.append((q, s_start, s_end))
        voiced = False
        for t_start, t_end in sentences[bisect_left(sentence_starts, s_end) :]:
            if article_of(t_start) != art:
                break  # (an article's sentences follow each other)
            lead = _after_blanks(text, t_start, t_end)
            if v.exec_voice.match(text, lead):
                voiced = True
            elif not (voiced and "\n" not in text[t_start - 1 : lead]
                      and (text[t_start - 1 : t_start] in "\uff1b;" or v.exec_goes_on.match(text, lead))):
                voiced = False
                continue
            for q in _starting_in(progs, lead, t_end):
                opened = max(lead, max((text.rfind(c, lead, q.start) for c in v.clause_marks), default=-1) + 1)
                if not any(isinstance(a, Candidate) and a.type in ("Agency", "Place") and a.end <= q.start
                           for a in by_start.starting_in(opened, q.start)):
                    taken.append((q, t_start, t_end))
        for q, a_start, a_end in taken:
            add(body, q, a_start, a_end, "executive-meeting-body", 0.55)
    # 今年，某县启动“…”行动。县某局负责组织实施，已在甲镇、乙镇…; 县某局是该行动的牵头单位，今年又在甲镇…: a sentence
    # opened by a body (or bodies side by side) and its duty, with no programme of its own, right after the sentence that
    # names one programme (or naming it by 该 and its head): the body carries it out, the places after 在 are its sites
    for s_start, s_end in sentences if progs else ():
        lead = _after_blanks(text, s_start, s_end)
        run = [a for a in by_start.starting_in(lead, lead + 1) if a.type != "Official"][:1]
        if not run:
            continue
        for a in by_start.starting_in(run[-1].end, s_end):
            if a.type == "Official" or a.start < run[-1].end:
                continue
            if not v.coordination.fullmatch(text, run[-1].end, a.start) and a.start != run[-1].end:
                break
            run.append(a)
        m = v.duty_after_body.match(text, run[-1].end)
        if m is None or any(s_start <= q.start < s_end for q in progs):
            continue
        if m.group("head"):
            target = _referred_programme(progs, m.group("head"), m.start(), article_of)
        else:
            p_start, p_end = _sentence_of(sentences, s_start - 1) if s_start > 0 else (0, 0)
            target = _sole_programme(progs, p_start, p_end, article_of(s_start), article_of) \
                if text[p_end:s_start].strip() == "" else None
        if target is None:
            continue
        for a in run:
            add(a, target, s_start, s_end, "duty-after-programme", 0.6)
        for a in _sites_after(text, by_start, m.end(), s_end):
            add(a, target, s_start, s_end, "site-after-duty", 0.55)
    # 某县实施“…”议事机制，县某部牵头，在甲镇、乙镇推行: bodies that open the clause right after the one naming the
    # sentence's one programme, with their duty (LaterDoerVerb) and nothing more in the clause, carry that programme out
    for q in progs:
        s_start, s_end = _sentence_of(sentences, q.start)
        inner = _starting_in(progs, s_start, s_end)
        if any(not (o.start <= q.start and q.end <= o.end) and not (q.start <= o.start and o.end <= q.end) for o in inner) \
                or any(o is not q and o.start <= q.start and q.end <= o.end for o in inner):
            continue  # another programme in the sentence, or q inside a longer one
        comma = _first_mark(text, v.clause_comma, q.end, s_end)
        if comma >= s_end:
            continue
        run = _run_at(text, by_start, comma + 1, s_end, side_by_side=False)
        if not run or any(not isinstance(a, Candidate) or a.type != "Agency" for a in run):
            continue
        m = v.duty_after_body.match(text, run[-1].end)
        if m is None or m.group("head"):
            continue
        for a in run:
            add(a, q, s_start, s_end, "duty-in-next-clause", 0.55)
    # 该行动由市某局牵头，甲市、乙市被列为重点推进地区。其中，甲市在丙镇、丁镇建设…；某中心承担…任务: a sentence opened by
    # 其中 (AmongLead), naming no programme, right after one that names one programme, singles out parts of what that sentence
    # set going: the places after 在 in its clauses are the programme's sites, the bodies that open one of its parts with a
    # task they take on (AmongTaskVerb) its doers
    for s_start, s_end in sentences if progs and holds_any(text, v.among_cues) else ():
        m = v.among.match(text, _after_blanks(text, s_start, s_end))
        if m is None:
            continue
        parts = [(s_start, s_end)]  # the sentence goes on after a semicolon (…建设标准化果园；某中心承担…)
        while text[parts[-1][1] - 1] in v.standing_goes_on and parts[-1][1] < len(text):
            following = _sentence_of(sentences, parts[-1][1])
            if following[0] < parts[-1][1] or following[1] <= parts[-1][1]:
                break  # no sentence after it (the text ends, or blanks)
            parts.append(following)
        s_end = parts[-1][1]
        if any(s_start <= q.start < s_end for q in progs):
            continue
        p_start, p_end = _sentence_of(sentences, s_start - 1) if s_start > 0 else (0, 0)
        if p_end <= p_start or text[p_end:s_start].strip() != "":
            continue
        target = _sole_programme(progs, p_start, p_end, article_of(s_start), article_of)
        if target is None and not any(p_start <= q.start < p_end for q in progs):
            # 该行动由…牵头，…: a sentence that refers to one programme, which the links made in it name
            held = {f.object for f in out if f.predicate == "implements" and p_start <= f.start < p_end}
            before = [q for q in progs if q.key in held and q.end <= p_start and article_of(q.start) == article_of(s_start)]
            target = max(before, key=lambda q: q.end) if len(held) == 1 and before else None
        if target is None:
            continue
        sites = _sites_after(text, by_start, m.end(), s_end)
        for k in [m.end() + 1] + [_after_blanks(text, a, b) for a, b in parts[1:]]:
            run = _run_at(text, by_start, k, s_end)
            site = v.reference_site_lead.match(text, run[-1].end) if run and run[-1].type == "Place" else None
            here = [a for a in _run_at(text, by_start, site.end(), s_end) if a.type == "Place"] if site else []
            if here and not (v.hold.match(text, here[-1].end) or text[here[-1].end : here[-1].end + 1] in v.route_mark
                             or v.site_frame.match(text, here[-1].end)):  # 其中，甲县在丙镇、丁镇新建…
                sites += [a for j, a in enumerate(here) if j + 1 == len(here) or here[j + 1].start != a.end]
            if run and all(isinstance(a, Candidate) and a.type == "Agency" for a in run) \
                    and v.among_task.match(text, run[-1].end):
                for a in run:
                    add(a, target, s_start, s_end, "doer-among", 0.55)
        for a in sites:
            add(a, target, s_start, s_end, "site-among", 0.55)
    # 某县推行“…”制度。全县在甲镇、乙镇划分网格…，由县某委统筹，县某局、县某局配合: a sentence opened by a place (or 全县
    # standing for it) and 在, with no programme of its own, right after the sentence that names one programme: the
    # place goes on carrying that programme out, the places after 在 are its sites, and the bodies after 由 in a later
    # clause, with those that 配合, its doers
    for s_start, s_end in sentences if progs else ():
        lead = _after_blanks(text, s_start, s_end)
        opener = [a for a in by_start.starting_in(lead, lead + 1) if a.type == "Place"][:1]
        site = v.reference_site_lead.match(text, opener[0].end) if opener else None
        if site is None or any(s_start <= q.start < s_end for q in progs):
            continue
        p_start, p_end = _sentence_of(sentences, s_start - 1) if s_start > 0 else (0, 0)
        target = _sole_programme(progs, p_start, p_end, article_of(s_start), article_of) \
            if text[p_end:s_start].strip() == "" else None
        if target is None:
            continue
        run = [a for a in _run_at(text, by_start, site.end(), s_end) if a.type == "Place"]
        if not run or v.hold.match(text, run[-1].end) or text[run[-1].end : run[-1].end + 1] in v.route_mark \
                or v.site_frame.match(text, run[-1].end):
            continue
        add(opener[0], target, s_start, s_end, "place-goes-on", 0.55)
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:
                add(a, target, s_start, s_end, "site-place-goes-on", 0.55)
        clause_end = _first_mark(text, v.clause_comma, run[-1].end, s_end)
        for a in _later_doers(text, by_start, progs, s_start, clause_end, s_end):
            add(a, target, s_start, s_end, "by-after-place-goes-on", 0.55)
    # 一、会议同意“…”行动2026年度实施计划。由市某局牵头，市某局配合，在甲镇、乙镇实施…: a sentence that opens with 由 right
    # after the sentence in which a meeting decides on one programme: the bodies after 由 (and those that 配合 in the next
    # clause) carry that programme out, the places after 在 in a later clause are its sites
    for m in v.by_opening.finditer(text) if progs else ():
        after = _after_one_programme(sentences, progs, m.start(), article_of)
        if after is None or not v.decision_opening.match(text, after[2]):
            continue
        s_start, s_end, _, target = after
        run = _run_at(text, by_start, m.end(), s_end, side_by_side=False)
        if not run or not v.by_verb.match(text, run[-1].end):
            continue
        doers = run + _co_doers(text, by_start, v.by_verb.match(text, run[-1].end).end(), s_end)
        for a in doers:
            add(a, target, s_start, s_end, "decided-then-by", 0.6)
        for a in _sites_after(text, by_start, doers[-1].end, s_end):
            add(a, target, s_start, s_end, "site-decided-then-by", 0.6)
    # 该工程在甲镇新建…; 该项目总投资2亿元，涉及甲镇、乙镇; 在甲镇、乙镇，该计划依托…: the places a reference to a
    # programme named before puts it in, after it (in its clause or the next) or opening the sentence before it
    for m in v.reference_site.finditer(text) if progs else ():
        head = m.group("after") or m.group("before") or m.group("ashead") or m.group("owned") or m.group("objhead")
        target = _referred_programme(progs, head, m.start(), article_of)
        if target is None:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        if m.group("duty"):  # 旗农牧和科技局负责示范园的规划: the body given the named work's duty
            a = by_start.ending_by(m.start())
            if a is not None and a.end == m.start() and a.type == "Agency" and a.start >= s_start:
                add(a, target, s_start, s_end, "duty-of-reference", 0.6)
            continue
        if m.group("objhead"):
            for a in _members_before(text, by_start, m.end("objects"), m.start("objects")):
                if a.type == "Place":
                    add(a, target, s_start, s_end, "objects-of-reference", 0.6)
            continue
        if m.group("after"):
            run = [a for a in _run_at(text, by_start, m.end(), s_end) if a.type == "Place"]
            if run and v.hold.match(text, run[-1].end):
                continue  # 该项目在甲镇召开现场会: where a meeting is held
        else:  # 在甲镇、乙镇，该计划…; 在甲镇新建…，作为该工程的二期内容
            group = "sites" if m.group("before") else "asites"
            run = [a for a in _run_at(text, by_start, m.start(group), m.end(group)) if a.type == "Place"]
            if not run or group == "sites" and run[-1].end != m.end(group):
                continue
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:  # 甲县乙镇: the last of names written side by side
                add(a, target, s_start, s_end, "site-of-reference", 0.6)
    # 由某公司和甲乡共同建设的“…产业园”项目: the bodies and places named in a relative clause opened by 由 right before a
    # programme's name, with a verb of building together (RelativeBuildVerb), carry it out (a firm beside them is none)
    for p in progs:
        qs = _quote_start(text, p)
        m = v.built_by.search(text, max(0, qs - 40), qs)
        if m is None:
            continue
        s_start, s_end = _sentence_of(sentences, p.start)
        run = [a for a in by_start.starting_in(m.start("doers"), m.end("doers"))
               if isinstance(a, Candidate) and a.type in ("Agency", "Place") and a.end <= m.end("doers")]
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:
                add(a, p, s_start, s_end, "built-by-relative", 0.6)
    # 今年，某县启动“某某”进万家活动，…。活动覆盖甲镇的乙村、丙村; 项目落地在甲镇、乙镇; 试点在甲镇、乙镇先行开展: a
    # programme's kind alone (no 该) opening the sentence right after the one that names one programme of that kind: the
    # places it is put in are that programme's sites (the villages after 甲镇的, where a town owns them)
    # … and in a later clause of a sentence that opens with 该 and the same kind (该项目总投资…，由…，项目覆盖甲村、乙村)
    for m in v.bare_reference.finditer(text) if progs else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        if any(s_start <= q.start < s_end for q in progs):
            continue
        if text[m.start() - 1 : m.start()] in v.clause_comma:
            opening = v.reference_opening.match(text, s_start)
            target = _referred_programme(progs, m.group("head"), m.start(), article_of) \
                if opening and opening.group("head") == m.group("head") else None
            if target is None:
                continue
        else:
            back = s_start
            while back > 0 and text[back - 1] in " \t\u3000\n":
                back -= 1
            p_start, p_end = _sentence_of(sentences, back - 1)
            target = _sole_programme(progs, p_start, p_end, article_of(s_start), article_of) if p_end > p_start else None
            if target is None:
                continue
        head, after = m.group("head"), _quote_end(text, target)
        kind_end = text.find(head, after, _first_mark(text, v.clause_marks, after, min(len(text), after + 6 + len(head))))
        if not (_name_core(target.name).endswith(head) or target.programme.long.endswith(head)
                or kind_end >= 0 and v.kind_after_quote.match(text[after:kind_end])
                and text[kind_end + len(head) : kind_end + len(head) + 1] in v.clause_marks):
            continue  # …实施“某某”提质项目。活动覆盖…: another kind of scheme
        run = [a for a in _run_at(text, by_start, m.end(), s_end) if isinstance(a, Candidate) and a.type == "Place"]
        if run and text.startswith("的", run[-1].end):  # 甲镇的乙村、丙村: the villages of the town
            run = [a for a in _run_at(text, by_start, run[-1].end + 1, s_end) if isinstance(a, Candidate) and a.type == "Place"]
        if not run or v.hold.match(text, run[-1].end) or text[run[-1].end : run[-1].end + 1] in v.route_mark:
            continue  # 试点在甲镇召开现场会: where a meeting is held
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:
                add(a, target, s_start, s_end, "site-of-bare-reference", 0.55)
    # 在甲镇，投资2亿元的某某工程正在加紧施工: the places fronted by 在 before a works named after its investment (the
    # whole clause before it, nothing but places) are its sites
    for m in v.fronted_site.finditer(text) if progs else ():
        target = next((q for q in progs if q.start == m.end()), None)
        run = [a for a in _run_at(text, by_start, m.start("sites"), m.end("sites")) if isinstance(a, Candidate)]
        if target is None or not run or any(a.type != "Place" for a in run) or run[-1].end != m.end("sites"):
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:  # 甲县乙镇: the last of names written side by side
                add(a, target, s_start, s_end, "site-fronted", 0.6)
    # 按照提升行动的安排，在甲镇、乙镇开展…: the places after 在 in the clause after a reference to a programme named
    # before (its head, or a part of its name and its head), as what the sentence follows, are its sites
    for m in v.arrangement_site.finditer(text) if progs else ():
        target = _referred_programme(progs, m.group("head"), m.start(), article_of)
        if target is None or m.group("ref") and m.group("ref") + m.group("head") not in target.name:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        clause_end = _first_mark(text, v.clause_marks, m.end(), s_end)
        run = [a for a in _run_at(text, by_start, m.end(), clause_end) if isinstance(a, Candidate)]
        if not run or any(a.type != "Place" for a in run) or v.hold.match(text, run[-1].end):
            continue  # 在甲镇召开现场会: where a meeting is held
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:  # of places side by side, the last
                add(a, target, s_start, s_end, "site-of-arrangement", 0.6)
    # 蜀河镇、仙河镇已全面推进该工程 / 该工程今年在蜀河镇、仙河镇率先实施: a programme named before by 该 and the head of
    # its name; the bodies or places that open the clause and govern the reference by a verb right before it, or the
    # places after 在 right after a reference that opens its clause, where a verb of doing follows them in the clause
    for m in v.reference.finditer(text) if progs else ():
        target = _referred_programme(progs, m.group(1), m.start(), article_of)
        if target is None:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        for a in _launcher(text, by_start, target, m.start(), s_start):
            add(a, target, s_start, min(s_end, m.end() + 1), "subject-of-reference", 0.6)
        opened = max(s_start, max((text.rfind(c, s_start, m.start()) for c in v.clause_marks), default=-1) + 1)
        lead = v.topic_lead.match(text, opened, m.start())
        site = v.reference_site_lead.match(text, m.end()) if (lead.end() if lead else opened) == m.start() else None
        if site is None:
            continue
        clause_end = _first_mark(text, v.clause_marks, site.end(), s_end)
        run = [a for a in _run_at(text, by_start, site.end(), clause_end) if isinstance(a, Candidate)]
        if not run or any(a.type != "Place" for a in run) or text[run[-1].end : run[-1].end + 1] == "的" \
                or v.hold.match(text, run[-1].end) or not v.govern.search(text, run[-1].end, clause_end):
            continue
        for k, a in enumerate(run):
            if k + 1 == len(run) or run[k + 1].start != a.end:  # of places side by side, the last
                add(a, target, s_start, min(s_end, clause_end + 1), "site-of-reference-clause", 0.6)
    # a body named after a programme (韶关市“百千万工程”指挥部) carries it out, and so do the officials who lead it
    task_of: dict[str, Candidate] = {}  # the name of each body named after a programme → that programme
    by_form: dict[str, Candidate] = {}
    for p in progs:
        for form in (p.name, p.programme.surface):
            by_form.setdefault(form, p)
    for a in agencies:
        named_after = re.search(r"“([^“”]{2,20})”", text[a.start : a.end])
        p = by_form.get(named_after.group(1)) if named_after else None
        if p is None and named_after:  # the quote and the head of the name after it (“某某”文旅融合工程指挥部)
            rest = named_after.group(1) + text[a.start + named_after.end() : a.end]
            longest = max((f for f in by_form if len(f) > len(named_after.group(1)) and rest.startswith(f)), key=len, default=None)
            p = by_form[longest] if longest else None
        if p is None and named_after is None and a.method == _SET_UP_GROUP and v.task_body_head.search(text, a.start, a.end):
            # 成立…创建国家卫生县城工作领导小组, 成立了某某改造工程建设指挥部: a group the text sets up for a programme named
            # in it, unquoted (not a standing body that only attends: 某州东西部协作工作领导小组办公室负责同志参加座谈)
            inner = text[a.start : a.end]
            longest = max((f for f in by_form if len(f) >= 4 and f in inner), key=len, default=None)
            p = by_form[longest] if longest else None
            if p is None:  # 马宫…改造工程建设指挥部 after 汕尾市城区马宫…改造工程: the works less the places that open its name
                for q in progs:
                    stem = q.name
                    while (lead := max((x.name for x in places if stem.startswith(x.name)), key=len, default="")):
                        stem = stem[len(lead):]
                    if stem != q.name and len(stem) >= 4 and stem in inner:
                        p = q
                        break
        if p is None and named_after is None:
            # 某市某某试验区建设领导小组 (a standing group) where the text names the zone again by itself
            inner = text[a.start : a.end]
            # … and a campaign's standing group named right after it (省大气污染治理专项行动领导小组组长某某, the campaign
            # named again in the text: 深入开展大气污染治理专项行动)
            longest = max((f for f in by_form if len(f) >= 4 and f in inner
                           and (v.zone_group_after.match(inner, inner.find(f) + len(f))
                                or f.endswith(v.campaign_group_heads) and v.campaign_group.match(inner, inner.find(f) + len(f)))),
                          key=len, default=None)
            p = by_form[longest] if longest else None
        if p is None:
            continue
        add(a, p, a.start, a.end, "body-named-after", 0.8)
        task_of.setdefault(a.name, p)
        for c in mentions:
            if c.type == "Official" and c.key and any(org.start == a.start and org.end == a.end for org in c.titles.orgs):
                add(c, p, min(a.start, c.start), max(a.end, c.end), "head-of-body-named-after", 0.7, explicit=True)
    # …改造工程在马宫街道开工: the places after 在 right after a works' name (not a known scheme's, not a designation's)
    for p in progs:
        if p.programme.designation:
            continue
        pe = pe_of(p)
        site = v.reference_site_lead.match(text, pe) or v.dated_site_lead.match(text, pe)  # …工程在马宫街道开工
        if site is None and p.priority == Priority.PROGRAMME_KNOWN:  # “母亲水窖”项目在甲村实施: the project of a known scheme
            site = v.known_site_lead.match(text, pe)
        if site is None:
            continue
        s_start, s_end = _sentence_of(sentences, p.start)
        run = [a for a in _run_at(text, by_start, site.end(), s_end) if a.type == "Place"]
        if run and p.priority == Priority.PROGRAMME_KNOWN and not v.known_site_verb.match(text, run[-1].end):
            continue  # a known scheme (母亲水窖) only where it lands or starts in the place (在甲村开工, 在甲镇落地)
        # …工程在甲镇举行开工仪式: a works' groundbreaking is held at its site, unlike another meeting held there
        held = run and v.hold.match(text, run[-1].end) and not v.start_ceremony.match(text, run[-1].end)
        if run and not held and text[run[-1].end : run[-1].end + 1] not in v.clause_marks \
                and not v.site_frame.match(text, run[-1].end):
            for k, a in enumerate(run):
                if k + 1 == len(run) or run[k + 1].start != a.end:
                    add(a, p, s_start, s_end, "site-after-name", 0.6)
    # 按照分工，县农业农村局牵头…，县市场监督管理局负责…: each clause's body carries out the programme named last before the
    # sentence (the campaign the tasks are shared out for)
    for m in v.division_lead.finditer(text) if progs else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        before = [q for q in progs if q.end <= s_start and article_of(q.start) == article_of(m.start())]
        if not before:
            continue
        target = max(before, key=lambda q: q.end)
        pos = m.end()
        while pos < s_end:
            run = [a for a in _run_at(text, by_start, pos, s_end) if a.type == "Agency"]
            if run and v.by_verb.match(text, run[-1].end):
                for a in run:
                    add(a, target, s_start, s_end, "task-shared-out", 0.6)
            nxt = _first_mark(text, v.clause_comma, pos, s_end)
            if nxt >= s_end:
                break
            pos = nxt + 1
    # 按照《某方案》，某县今年…; 按照某市某某三年行动计划，县甲局牵头…，县乙局负责…: a programme in a fronted frame of
    # compliance is carried out by the bodies or places that open the clause right after the frame, and by the bodies that
    # open the sentence's later clauses with a doer's verb (as after 按照分工)
    for p in progs:
        ps, pe = _quote_start(text, p), _quote_end(text, p)
        if text[pe : pe + 1] not in v.compliance_after or not v.compliance_lead.search(text, max(0, ps - 4), ps) \
                or not v.compliance_plan.search(p.name):
            continue
        s_start, s_end = _sentence_of(sentences, p.start)
        # the frame's reach ends where the sentence names another programme (…，乙局负责实施“某某”工程)
        s_end = min([s_end] + [q.start for q in progs if pe < q.start < s_end])
        frame_doers(p, pe, s_start, s_end, "doer-after-compliance")
    # 围绕三年行动计划，县甲局负责…，县乙局牵头…: a frame that refers back to a programme named before by part of its name
    # and its head is that programme's, as a frame of compliance that names it is
    for m in v.reference_frame.finditer(text) if progs else ():
        if any(q.start < m.end() and m.start() < q.end for q in progs):
            continue  # the frame names a programme itself (按照《某方案》，…: read above)
        target = _referred_programme(progs, m.group("head"), m.start(), article_of)
        if target is None or m.group("ref") and m.group("ref") + m.group("head") not in target.name:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        s_end = min([s_end] + [q.start for q in progs if m.end() <= q.start < s_end])
        frame_doers(target, m.end() - 1, s_start, s_end, "doer-in-reference-frame")
    # 某局副局长某某介绍，甲县根据《某方案》，制定了…: the bodies or places that open the clause right before a frame of
    # compliance closing on a programme carry it out as its subject, after a speaker's clause as well
    for p in progs:
        ps, pe = _quote_start(text, p), _quote_end(text, p)
        lead = v.compliance_word.search(text, max(0, ps - 4), ps) \
            if text[pe : pe + 1] in v.compliance_after and v.compliance_plan.search(p.name) else None
        if lead is None:
            continue
        s_start, s_end = _sentence_of(sentences, p.start)
        clause = max(s_start, _last_mark(text, v.clause_marks, s_start, lead.start()))
        run = _run_at(text, by_start, clause, lead.start())
        if run and run[-1].end == lead.start():
            for a in _actors_before(text, run, lead.start(), clause):
                add(a, p, s_start, s_end, "subject-of-compliance", 0.6)
    # 某厅印发《…》，要求…。甲局随即在城区和甲镇、乙镇布局建设…，乙局牵头…: a sentence that names no programme and opens with
    # bodies or places and an adverb of prompt follow-up acts on the one programme of the sentence right before it; those
    # names carry it out, with the places after 在 right after the adverb and the bodies that open its later clauses with a
    # doer's verb
    for m in v.follow_up.finditer(text) if progs else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        run = _run_at(text, by_start, s_start, m.start())
        if not run or run[-1].end != m.start() or any(s_start <= q.start < s_end for q in progs):
            continue
        before = [q for q in progs if q.end <= s_start and article_of(q.start) == article_of(m.start())]
        if not before:
            continue
        p_start, p_end = _sentence_of(sentences, max(before, key=lambda q: q.end).start)
        if text[p_end:s_start].strip():
            continue  # only the sentence right before
        targets = {q.key: q for q in before if q.start >= p_start}
        if len(targets) != 1:
            continue
        target = next(iter(targets.values()))
        for a in _actors_before(text, run, m.start(), s_start):
            add(a, target, s_start, s_end, "doer-following-up", 0.6)
        site = v.follow_up_site.match(text, m.end())
        sites = [a for a in _run_at(text, by_start, site.end(), s_end) if a.type == "Place"] if site else []
        for k, a in enumerate(sites):
            if k + 1 == len(sites) or sites[k + 1].start != a.end:  # of places side by side, the last
                add(a, target, s_start, s_end, "site-following-up", 0.6)
        pos = _first_mark(text, v.clause_comma, m.end(), s_end)
        while pos < s_end:
            later = [a for a in _run_at(text, by_start, pos + 1, s_end) if a.type == "Agency"]
            if later and v.by_verb.match(text, later[-1].end):
                for a in _actors_before(text, later, later[-1].end, pos + 1):
                    add(a, target, s_start, s_end, "doer-following-up", 0.6)
            pos = _first_mark(text, v.clause_comma, pos + 1, s_end)
    # …工作领导小组，领导小组办公室设在…: the office of a body named after a programme carries it out too
    for a in agencies if task_of else ():
        p = task_of.get(a.body.parent) if a.body.parent else None
        if p is not None:
            add(a, p, a.start, a.end, "unit-of-body-named-after", 0.7)
    # 生态环境部发布《关于命名第六批…示范区的公告》, …被命名为…示范区: the body that issues a title conferring a designation
    # the text names carries that designation out, as one that hands out its plaques does
    for q in progs if v.conferring_title_leads else ():
        if not q.name.startswith("《") or not q.name[1:].startswith(v.conferring_title_leads):
            continue
        conferred = [d for d in progs if d is not q and d.programme.designation and _confers(q, d)]
        if not conferred:
            continue
        s_start, _ = _sentence_of(sentences, q.start)
        issue = next((m for m in v.issue.finditer(text, max(s_start, q.start - 4), q.start) if m.end() == q.start), None)
        for a in by_end.get(issue.start(), []) if issue else []:
            if a.type == "Agency":
                for d in conferred:
                    add(a, d, a.start, q.end, "issuer-of-conferring-title", 0.65)
    # 公布…示范村名单。某县有3个村入选，分别是X村、Y村 / X村、Y村同时入选: a later sentence that names no programme
    # enters the designation named last before it
    desigs = sorted((p for p in progs if p.programme.designation), key=lambda p: p.start)
    desig_starts = [d.start for d in desigs]
    leads = sorted(list(v.trailing_lead.finditer(text)) + list(v.trailing_lead_of.finditer(text)), key=lambda m: m.start()) \
        if desigs else []
    for m in leads:
        s_start, s_end = _sentence_of(sentences, m.start())
        among = v.among_clause.search(text, m.end(), s_end)
        if among:
            s_end = among.start()  # 分别是甲村和乙村，其中甲村曾获评“…”: the honour of 其中's clause is no programme of the list
        k = bisect_right(desig_starts, m.start()) - 1
        if k < 0 or any(s_start <= q.end and q.start < s_end for q in progs):
            continue
        d = desigs[k]
        if article_of(d.start) != article_of(m.start()) \
                or any(d.end <= q.start < s_start and not _confers(q, d) for q in progs):
            continue  # another programme named in between (not the decision that confers it: 《关于命名…示范单位的决定》)
        listed = v.trailing_list.match(text, m.end())
        end = s_end - 1 if text[s_end - 1 : s_end] in v.clause_marks else s_end
        members = _members_before(text, by_start, end, listed.end()) if listed else _members_before(text, by_start, m.start(), s_start)
        if v.trailing_lead_of.fullmatch(m.group()):
            # 前三批入选的甲州乙县丙镇、丁县戊乡己村，…: the members follow the lead and 的 right away, up to the clause's
            # end (入选的村落分布在甲县、乙县: the places where the members lie are none)
            after = m.end()
            counted = v.counted_opener.match(text, after)
            if counted and _run_at(text, by_start, counted.end(), s_end):
                after = counted.end()  # 入选的9地为甲区、乙县…: the members after the count and the word that opens them
            # the clause ends at its comma, or where the sentence does (入选的9地为甲区、乙县。)
            members = _members_before(text, by_start, min(_first_mark(text, v.clause_comma, after, s_end), end), after) \
                if _run_at(text, by_start, after, s_end) else []
        # the designations of the sentence that named the last one (…公布…美丽宜居小镇、美丽宜居村庄示范名单，…确定为
        # “…小镇示范”，…为“…村庄示范”): a member enters the one of its tier where they differ in tier
        d_start, _ = _sentence_of(sentences, d.start)
        kinds = [q for q in desigs[: k + 1] if q.start >= d_start]
        for a in members:
            if a.type == "Place":
                tier = _tier(str(a.division.level)) if getattr(a, "division", None) is not None else None
                fit = [q for q in kinds if tier is not None and _tier(_unit_level_of(q.name, v)) == tier]
                for q in {q.key: q for q in fit}.values() if fit else [d]:
                    add(a, q, s_start, s_end, "designation-member-later", 0.65)
    # 入选2023年某某强镇创建名单的有甲县A乡、乙县B镇; …名单的是甲县某某产业园和乙市某某产业园: the places listed after the
    # copula, to the clause's end, are members of the programme named last in the list's name; an item named by a place
    # and the designation's unit (甲县某某产业园 under 国家某某产业园) makes its place one
    for m in v.lead_named_list.finditer(text) if progs else ():
        named = [q for q in progs if m.start("list") <= q.start and q.end <= m.end("list")]
        if not named:
            continue
        d = max(named, key=lambda q: q.end)
        s_start, s_end = _sentence_of(sentences, m.start())
        end = min(_first_mark(text, v.clause_comma, m.end(), s_end),
                  s_end - 1 if text[s_end - 1 : s_end] in v.clause_marks else s_end)
        for a in _members_before(text, by_start, end, m.end()):
            if a.type == "Place":
                add(a, d, s_start, s_end, "designation-member-named-list", 0.65)
        for q in progs:
            if not (m.end() <= q.start and q.end <= end) or q.key == d.key:
                continue
            unit = next((d.name[k:] for k in range(len(d.name) - 3) if q.name.endswith(d.name[k:])), None)
            site = next((a for a in places if a.start == q.start and a.end < q.end), None) if unit else None
            if site is not None and site.end + len(unit) <= q.end:
                add(site, d, s_start, s_end, "designation-member-named-list", 0.65)
    # 入选地区中，北方有甲市、乙市，南方有丙市: a sentence that names no programme, opened by the lead and the members'
    # kind before 中; each group after it (a word and 有) lists members of the programme named last before
    for m in v.trailing_lead_among.finditer(text) if progs else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        if any(s_start <= q.end and q.start < s_end for q in progs):
            continue
        # the lead makes the scheme named last before (a pilot or a designation) the one the groups are members of
        earlier = [q for q in progs if q.end <= s_start and article_of(q.start) == article_of(m.start())]
        if not earlier:
            continue
        d = max(earlier, key=lambda q: q.end)
        at = m.end()
        while at < s_end and text[at] in "，,":
            group = v.among_group.match(text, at + 1)
            if group is None:
                break
            close = _first_mark(text, v.clause_comma, group.end(), s_end)
            end = close - 1 if close == s_end and text[s_end - 1 : s_end] in v.clause_marks else close
            for a in _members_before(text, by_start, end, group.end()):
                if a.type == "Place":
                    add(a, d, s_start, s_end, "designation-member-among", 0.65)
            at = close
    # 某厅组织开展“某某”示范创建。甲镇A村、乙镇B村列入首批省级示范创建村名单: a sentence that names no programme, whose
    # places enter a list named by its batch alone, follows the scheme named last before it in its paragraph; the places
    # are members of that scheme
    for m in v.batch_list_lead.finditer(text) if progs else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        if any(s_start <= q.end and q.start < s_end for q in progs):
            continue
        line_start = text.rfind("\n", 0, s_start) + 1
        earlier = [q for q in progs if line_start <= q.start and q.end <= s_start and article_of(q.start) == article_of(m.start())]
        if not earlier:
            continue
        d = max(earlier, key=lambda q: q.end)
        for a in _members_before(text, by_start, m.start(), s_start):
            if a.type == "Place":
                add(a, d, s_start, s_end, "batch-list-member", 0.6)
    # 推介…首批10个特色农业小镇。这些小镇包括甲县某某小镇（乙乡）、丙市某某小镇（丙市丁镇、戊区己镇）: an item named by the
    # unit of the designation named last before (a place's brand of it), with places in brackets after it: those places
    # are its members, in a sentence that names no programme
    for m in _BRACKETED.finditer(text) if desigs else ():
        k = bisect_right(desig_starts, m.start()) - 1
        if k < 0:
            continue
        d = desigs[k]
        s_start, s_end = _sentence_of(sentences, m.start())
        unit = next((u for u in v.unit_levels if d.name.endswith(u)), None)
        if unit is None or not text.endswith(unit, 0, m.start()) or article_of(d.start) != article_of(m.start()) \
                or any(s_start <= q.end and q.start < s_end for q in progs) \
                or any(d.end <= q.start < s_start and not _confers(q, d) for q in progs):
            continue
        item = by_start.ending_by(m.start())
        if item is not None and item.end == m.start():
            continue  # 某镇（原某乡）: the place itself, with a note
        for a in _members_before(text, by_start, m.end() - 1, m.start() + 1):
            if a.type == "Place":
                add(a, d, s_start, s_end, "designation-bracketed-member", 0.6)
    for a, p, s, e in _designation_lists(text, progs, places, v, article_of):
        add(a, p, s, e, "designation-list", 0.7)
    # 某厅对2023年度“某某”建设考核优秀的甲县、乙县等10个县给予通报表扬(，其中包括丙县、丁县): the places praised for the
    # programmes named between 对 and the verb carry them out
    for m in v.praise.finditer(text) if progs and holds_any(text, v.praise_cues) else ():
        named = [q for q in progs if m.start(1) <= q.start and q.end <= m.end(1)]
        if not named:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        inside = [a for a in by_start.starting_in(m.start(1), m.end(1)) if isinstance(a, Candidate) and a.type == "Place"
                  and a.end <= m.end(1) and not any(q.start <= a.start < q.end for q in named)]
        praised = [a for k, a in enumerate(inside) if k + 1 == len(inside) or inside[k + 1].start != a.end]
        after = v.praise_members.match(text, m.end())
        if after is not None:
            end = s_end - 1 if text[s_end - 1 : s_end] in v.clause_marks else s_end
            praised += [a for a in _members_before(text, by_start, end, after.end()) if a.type == "Place"]
        for a in praised:
            for q in named:
                add(a, q, s_start, s_end, "praised-for-programme", 0.6)
    # 根据《某州…考核办法》，州农牧局会同州财政局、州自然资源局…进行了考核: a document that opens a sentence after 根据 or 按照,
    # then the bodies that open its next clause and assess or review by it, carry it out
    for p in progs:
        if not p.name.startswith("《") or text[p.end : p.end + 1] not in v.clause_comma:
            continue
        s_start, s_end = _sentence_of(sentences, p.start)
        lead = v.apply_lead.search(text, s_start, p.start)
        if lead is None or lead.start() != s_start and text[lead.start() - 1] not in v.clause_marks:
            continue
        run = [a for a in _run_at(text, by_start, p.end + 1, s_end) if a.type == "Agency"]
        if run and run[0].start == p.end + 1 and v.apply_verb.search(text, run[-1].end, s_end):
            for a in run:
                add(a, p, s_start, s_end, "applies-document", 0.6)
    # 按照省政府办公厅日前印发的《…方案》: the bodies and places that open the relative clause before a document's title,
    # right before its verb of issuing, issue it and carry it out
    for p in progs:
        if not p.name.startswith("《"):
            continue
        m = v.issued_relative.search(text, max(0, p.start - 16), p.start)
        if m is None:
            continue
        s_start, s_end = _sentence_of(sentences, p.start)
        clause = max(s_start, max(text.rfind(c, s_start, m.start()) for c in v.clause_marks) + 1)
        found = [a for a in by_start.starting_in(clause, m.start()) if isinstance(a, Candidate)
                 and a.type in ("Agency", "Place") and a.end <= m.start()]
        run = [a for a in found if a.end == m.start()][:1]
        while run:
            before = [a for a in found if a.end <= run[0].start and v.coordination.fullmatch(text, a.end, run[0].start)]
            if not before:
                break
            run.insert(0, max(before, key=lambda a: a.end))
        for a in run:
            add(a, p, s_start, s_end, "issues-document-relative", 0.6)
    # 《某县…办法》，经县政府常务会议审议通过，由县人民政府办公室印发实施: the body whose meeting passes the document printed
    # last before in the sentence, and the body after 由 that issues it, carry it out
    docs = sorted((p for p in progs if p.name.startswith("《")), key=lambda p: p.end)
    doc_ends = [p.end for p in docs]
    leads = [(m, False) for m in v.pass_lead.finditer(text)] + [(m, True) for m in v.by_agent.finditer(text)] if docs else []
    for m, by in leads:
        lead = m.start()
        if by:  # 于2025年9月由…: a date may stand before 由, and an adverb of time before both (已由, 已于5月由, 日前由)
            lead = _DATE_BEFORE.search(text, max(0, lead - 16), lead).start()
            adverbs = v.by_adverbs.search(text, max(0, lead - 6), lead)
            lead = adverbs.start() if adverbs is not None else lead
        k = bisect_right(doc_ends, m.start()) - 1
        if k < 0:
            continue
        doc = docs[k]
        if lead > 0 and text[lead - 1] not in v.clause_marks and lead != doc.end:
            continue  # the lead opens a clause, or follows the document (《…》经…审议通过)
        s_start, s_end = _sentence_of(sentences, m.start())
        if doc.start < s_start:
            continue
        run = [a for a in _run_at(text, by_start, m.end(), s_end) if isinstance(a, Candidate)]
        if not run or run[0].start != m.end() or any(a.type != "Agency" for a in run):
            continue
        if not (v.issue_after_by if by else v.pass_meeting).match(text, run[-1].end):
            continue
        for a in run:
            add(a, doc, s_start, s_end, "passes-or-issues-document", 0.6)
    # 各乡镇（街道）是行动的责任主体，甲镇、乙镇要在月底前…。丙镇、丁镇作了表态发言: the campaign named last before with
    # that head; the places after the cue in its sentence and those that open the next sentence carry it out
    for m in v.responsible.finditer(text) if progs else ():
        head = m.group(1)
        named = [q for q in progs if q.end <= m.start() and article_of(q.start) == article_of(m.start())
                 and _name_core(q.name).endswith(head)]
        if not named:
            continue
        target = max(named, key=lambda q: q.end)
        s_start, s_end = _sentence_of(sentences, m.start())
        found = [a for a in by_start.starting_in(m.end(), s_end) if isinstance(a, Candidate) and a.type == "Place"]
        nxt = s_end
        while nxt < len(text) and text[nxt] in " \t\u3000":
            nxt += 1
        if nxt < len(text) and text[nxt] != "\n" and article_of(nxt) == article_of(m.start()):
            n_start, n_end = _sentence_of(sentences, nxt)
            found += [a for a in _run_at(text, by_start, nxt, n_end) if isinstance(a, Candidate) and a.type == "Place"]
        for a in found:
            add(a, target, s_start, s_end, "responsible-subject", 0.6)
    # 某县召开“…行动”动员会，要求各乡镇作为实施主体…。会上解读了《…方案》，甲镇、乙镇先后作表态发言: where the article made
    # the towns the campaign's subjects, the places that open a clause and then pledge at the meeting carry out the
    # campaign the meeting was held for (the last programme before in the article that a meeting's name follows: 动员会,
    # 推进会, 部署会); places that only speak at a meeting, with no such duty, add nothing
    made = [m.start() for m in v.subjects_made.finditer(text)] if progs else []
    for m in v.pledge.finditer(text) if made else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        c_start = max(s_start, max(text.rfind(c, s_start, m.start()) for c in v.clause_marks) + 1)
        run = [a for a in _run_at(text, by_start, c_start, m.start()) if isinstance(a, Candidate)]
        if not run or run[-1].end != m.start() or not any(a.type == "Place" for a in run):
            continue
        if not any(k < c_start and article_of(k) == article_of(m.start()) for k in made):
            continue
        held = [q for q in progs if q.end <= c_start and article_of(q.start) == article_of(m.start())
                and v.meeting_after.match(text, pe_of(q))]
        if not held:
            continue
        target = max(held, key=lambda q: q.end)
        for a in run:
            if a.type == "Place":
                add(a, target, s_start, s_end, "pledge-at-meeting", 0.6)
    # “干部规划家乡行动”开展以来，某县把它当作…的重要载体: a scheme that opens its sentence with the time since its launch;
    # the places and bodies that open the next clause, as its subject (not 某县的…), carry it out
    for q in progs:
        # (“某某示范县”创建以来: the verb of launch may be read as the scheme's head, after its quote)
        m = v.since_launch.match(text, pe_of(q)) or v.since_launch.match(text, _quote_end(text, q))
        verb_before = m is None and (m := v.since_tail.match(text, pe_of(q))) is not None
        if m is None:
            continue
        s_start, s_end = _sentence_of(sentences, q.start)
        opened = v.launch_verb_opening.match(text[s_start:q.start].strip(" \t\u3000"))
        if verb_before or opened:  # 推行河长制以来，某市…: the verb of launch opens the sentence before the scheme
            if not opened:
                continue
        elif text[s_start:q.start].strip("自从“《 \t\u3000") or by_start.starting_in(s_start, q.start):
            # the scheme opens its sentence (after 自 or 从 at most), or its clause after a lead (据了解，), printed after
            # the place whose scheme it is (据了解，某区“某某”行动自2022年启动以来，区工商联…)
            lead = max((k for k in range(s_start, q.start) if text[k] in v.clause_marks), default=s_start - 1) + 1
            owners = [a for a in by_start.starting_in(s_start, q.start) if isinstance(a, Candidate)]
            if not owners or any(a.type != "Place" for a in owners) or owners[0].start != lead \
                    or text[owners[-1].end : q.start].strip("“《") \
                    or any(b.start != a.end for a, b in zip(owners, owners[1:])):
                continue
        run = [a for a in _run_at(text, by_start, m.end(), s_end) if isinstance(a, Candidate)]
        if not run or any(a.type not in ("Place", "Agency") for a in run) or text.startswith("的", run[-1].end):
            continue
        for a in run:
            add(a, q, s_start, s_end, "subject-since-launch", 0.6)
    # 《某县…三年行动方案》政策解读 … 答：2025年先在甲镇、乙乡开展试点: an explainer of one document, whose answers name
    # no programme, has the places it pilots in (在…开展试点) try that document out
    head_nl = text.find("\n")
    explained = [p for p in progs if p.end <= (len(text) if head_nl < 0 else head_nl) and p.name.startswith("《")]
    if len(explained) == 1 and v.explainer.search(text, explained[0].end, len(text) if head_nl < 0 else head_nl):
        for m in v.piloted_at.finditer(text, head_nl + 1) if head_nl >= 0 else ():
            s_start, s_end = _sentence_of(sentences, m.start())
            if any(s_start <= q.start < s_end for q in progs) or article_of(m.start()) != article_of(explained[0].start):
                continue
            run = [a for a in _run_at(text, by_start, m.end(), s_end) if isinstance(a, Candidate)]
            if not run or any(a.type != "Place" for a in run) or not v.pilot_do.match(text, run[-1].end):
                continue
            for k, a in enumerate(run):
                if k + 1 == len(run) or run[k + 1].start != a.end:
                    add(a, explained[0], s_start, s_end, "piloted-by-explained-document", 0.6)
    # 甘肃省某委员会关于…卫生乡镇复审结果的通报; 某县人民政府关于印发《…》的通知: the body that opens a notice's headline
    # before 关于 issues the designations and documents the headline names
    first_nl = text.find("\n")
    head_end = len(text) if first_nl < 0 else first_nl
    issued = [p for p in progs if p.end <= head_end and (p.programme.designation or p.name.startswith("《"))]
    opener = by_start.first_in(0, 1) if issued else None
    if opener is not None and isinstance(opener, Candidate) and opener.type == "Agency":
        run = _run_at(text, by_start, 0, head_end)
        # 自治区甲厅 自治区乙厅关于…: bodies a blank apart sign the headline together
        while run and (at := _after_blanks(text, run[-1].end, head_end)) > run[-1].end \
                and (more := _run_at(text, by_start, at, head_end)):
            run += more
        if run and v.about.match(text, run[-1].end):
            for a in run:
                if a.type == "Agency":
                    for p in issued:
                        if p.start >= run[-1].end:
                            add(a, p, 0, head_end, "issuer-in-headline", 0.65)
    # 《中共某省委关于实施…的决定》, 《某县委、某县人民政府关于…的实施方案》: the bodies a document's title opens with before
    # 关于 issue it and carry it out, wherever the title is printed
    titled = [p for p in progs if text[p.start : p.start + 1] in v.title_open and v.about.search(text, p.start, p.end)]
    in_titles = SortedSpans(sorted((a for a in outermost(named) if a.type == "Agency"), key=_start_of)) if titled else None
    for p in titled:
        run = _run_at(text, in_titles, p.start + 1, p.end)
        if run and v.about.match(text, run[-1].end):
            for a in run:
                add(a, p, p.start, p.end, "issuer-in-title", 0.65)
    # 一、复审合格，继续保留称号 甲县A镇、甲县B镇… / 二、复审不合格，撤销称号 … / 三、限期整改 … 暂予保留称号: a review's
    # sections; the places of a section that keeps the title carry out the designation of their level named before the
    # sections (they still hold it), those of a section that withdraws it no longer do
    desig_named = [p for p in progs if p.programme.designation]
    sections = list(v.section_head.finditer(text)) if desig_named and v.review_keep.search(text) else []
    for k, h in enumerate(sections):
        end = sections[k + 1].start() if k + 1 < len(sections) else len(text)
        if v.review_lose.search(text, h.end(), end) or not v.review_keep.search(text, h.end(), end):
            continue
        by_level: dict[str, Candidate] = {}
        for p in sorted((p for p in desig_named if p.end <= h.start()), key=lambda p: p.start):
            unit = next((u for u in v.unit_levels if p.name.endswith(u)), None)
            if unit is not None:
                by_level.setdefault(v.unit_level[unit], p)
        found = [a for a in by_start.starting_in(h.end(), end) if isinstance(a, Candidate) and a.type == "Place"]
        for i, a in enumerate(found):
            if i + 1 < len(found) and found[i + 1].start == a.end:
                continue  # 临洮县八里铺镇: the earlier name only says where the later one is
            if a.division.level == Level.TOWN and _UNKNOWN_VILLAGE.match(text, a.end):
                continue  # a town before a village kg does not know: the village is the member
            target = by_level.get(str(a.division.level))
            if target is not None:
                add(a, target, h.start(), end, "review-kept", 0.6)
    # 项目名称：…工程 / 建设单位：某县水利局 / 建设地点：某县甲镇、乙镇: a notice's field lines name who carries out the
    # project of its name line (the one named last before them, else the first) and where; of places written side by
    # side (某县甲镇) the last is the site
    fields = sorted((p for p in progs if p.method == "cue-field-project"), key=lambda p: p.start)
    field_starts = [p.start for p in fields]
    for m in v.field_line.finditer(text) if fields else ():
        k = bisect_right(field_starts, m.start()) - 1
        target = fields[max(k, 0)]  # no test of the article: a notice's short field lines read as headlines
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        run = [a for a in by_start.starting_in(m.end(), line_end) if isinstance(a, Candidate) and a.type != "Official"]
        if m.group("doer"):
            if run and run[0].start == m.end() and run[0].type == "Agency":
                add(run[0], target, m.start(), line_end, "field-doer", 0.7)
            continue
        sites = [a for a in run if a.type == "Place"]
        for i, a in enumerate(sites):
            if i + 1 == len(sites) or sites[i + 1].start != a.end:
                add(a, target, m.start(), line_end, "field-site", 0.7)
    # 1.甲镇某某提质项目。建设内容：…。责任单位：县某局、甲镇人民政府。: in a numbered item of a list of key projects, the
    # bodies and places after the item's field of duty (those that 配合 there too) carry out the item's project, the last
    # programme of the item's line before the field
    line_progs = sorted(progs, key=lambda p: p.start)
    line_starts = [p.start for p in line_progs]
    for m in v.duty_field.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        k = bisect_right(line_starts, m.start()) - 1
        if k < 0 or not v.item_number.match(text, line_start) or line_progs[k].start < line_start \
                or line_progs[k].end > m.start():
            continue
        target = line_progs[k]
        stop = v.field_end.search(text, m.end())
        end = stop.start() if stop else len(text)
        for a in by_start.starting_in(m.end(), end):
            if isinstance(a, Candidate) and a.type in ("Agency", "Place"):
                add(a, target, m.start(), end, "duty-field", 0.7)
    # a bulletin or a ranking whose headline names a programme, with a line of figures for each place (林西镇：任务520户，
    # 完工486户; 第一名：都兰县，96.5分; ●甲镇：完成…12部; 【甲镇】整合土地3200亩): every place that opens such a line carries
    # it out, and a body that opens a bulleted or bracketed one (●县某局：…); two lines at least
    headline = [p for p in progs if p.end <= first_nl and not p.programme.designation] if first_nl > 0 else []
    if headline:
        target = min(headline, key=lambda p: p.start)
        tallied, partners = [], []
        for m in v.tally_line.finditer(text, target.end):  # the headline may be joined to the lines in cleaning
            first = by_start.first_in(m.end(), m.end() + 1)
            if first is not None and isinstance(first, Candidate) \
                    and (first.type == "Place" or first.type == "Agency" and (m.group("mark") or m.group("joined"))) \
                    and v.tally_after.match(text, first.end):
                line_end = text.find("\n", m.end())
                line_end = len(text) if line_end < 0 else line_end
                tallied.append((first, m.start(), line_end))
                # 【县某局】会同县某局开展…: the bodies a bracketed body acts together with (JointVerb) carry it out too
                nxt = by_start.first_in(first.end + 1, line_end) if first.type == "Agency" \
                    and text[first.end : first.end + 1] in v.tally_close else None
                if isinstance(nxt, Candidate) and nxt.type == "Agency" and v.coordination.fullmatch(text, first.end + 1, nxt.start):
                    partners.extend((a, m.start(), line_end) for a in _run_at(text, by_start, nxt.start, line_end)
                                    if a.type == "Agency")
        for a, s, e in tallied + partners if len(tallied) > 1 else ():
            add(a, target, s, e, "tally-line", 0.6)
        # … and so do the place that opens the headline (林西县2025年…通报) and the bodies of the sign-off line after the
        # lines (…工作领导小组办公室 above the date): the county whose bulletin it is, the office that issues it
        if len(tallied) > 1:
            opener = by_start.first_in(0, 1)
            if isinstance(opener, Candidate) and opener.type == "Place" and opener.end <= target.start \
                    and opener.division.level in (Level.PROVINCE, Level.CITY, Level.COUNTY):
                add(opener, target, 0, first_nl, "tally-headline-place", 0.6)
            for a, s, e in _sign_off(text, by_start, tallied[-1][2]):
                add(a, target, s, e, "tally-sign-off", 0.6)
    # 某局组织实施农村危房改造。今年甲镇、乙镇已完成改造126户: the places that open the next sentence of the paragraph
    # (after a time perhaps) and report the work the name of the sentence's last programme holds as done carry it out
    for (a0, b0), (a1, b1) in zip(sentences, sentences[1:]) if progs else ():
        if text[b0 - 1 : b0] not in v.item_marks or "\n" in text[b0 - 1 : a1]:
            continue
        before = [q for q in progs if a0 <= q.start and q.end <= b0]
        if not before or any(a1 <= q.start < b1 for q in progs):
            continue
        lead = v.topic_lead.match(text, a1, b1)
        at = lead.end() if lead else a1
        run = [a for a in _run_at(text, by_start, at, b1) if isinstance(a, Candidate)]
        places = bool(run) and all(a.type == "Place" for a in run)
        tail = v.run_tail.match(text, run[-1].end).end() if places else 0  # 甲区、乙区、丙区3个城区新建…: their count
        done = v.done_work.match(text, tail) if places else None
        role = v.role_next.match(text, tail) if places and done is None else None  # 甲镇作为首批推进乡镇，
        if done is None and role is None:
            continue
        last = max(before, key=lambda q: q.end)
        if role is not None:
            for a in _actors_before(text, run, run[-1].end, at):
                add(a, last, a1, min(b1, role.end()), "role-in-next-sentence", 0.55)
        elif done.group(1) in last.name or done.group(1) in last.programme.surface:
            for a in _actors_before(text, run, run[-1].end, at):
                add(a, last, a1, min(b1, done.end() + 1), "done-in-next-sentence", 0.55)
    # 持续实施“某某”行动，今年在甲镇、乙镇等8个乡镇创建…: the places after 在 (or along a route, with a verb of building
    # work) in a later clause of the sentence of the last programme it names, taken up by a verb right before it, are that
    # programme's sites, whoever carries it out
    for s_start, s_end in sentences if progs else ():
        named = _starting_in(progs, s_start, s_end)
        if named:
            last = max(named, key=lambda q: q.end)
            opened = max(s_start, max((text.rfind(c, s_start, last.start) for c in v.clause_marks), default=-1) + 1)
            pilot = v.pilot.search(text, opened, _first_mark(text, v.clause_marks, last.end, s_end))
            if pilot is not None and pilot.start() < last.start:
                continue  # 以甲乡“某某”示范乡镇为样板，在乙镇、丙镇推广…: the scheme is the model, the places take up other work
            if _governed_or_modified(text, _quote_start(text, last), s_start)[1] is None:
                continue  # “某某”工程进展顺利，在甲镇建设…: a scheme no verb takes up, only reported on, has no sites here
            for a in _sites_after(text, by_start, last.end, s_end):
                add(a, last, s_start, s_end, "site-after-programme", 0.55)
    # 去年，某某帮扶菌菇项目开始在甲县推广: the places after a lead of spreading (开始在) right after a programme, before a
    # verb of taking a scheme up (推广, 试点), carry it out there
    for p in progs:
        lead = v.spread_lead.match(text, _quote_end(text, p))
        if lead is None:
            continue
        s_start, s_end = _sentence_of(sentences, p.start)
        run = [a for a in _run_at(text, by_start, lead.end(), s_end) if a.type == "Place"]
        if run and v.spread_verb.match(text, run[-1].end):
            for a in run:
                add(a, p, s_start, min(s_end, run[-1].end + 2), "spread-to-places", 0.6)
    # 二是持续实施“某某”行动，今年在甲镇…创建示范村，市某局要抓好…，市某局要推进…: the bodies that open a later clause of
    # the sentence of a scheme a verb takes up in a clause that names no doer of its own, with a verb of duty (要, 牵头,
    # 负责), carry it out; not where a body or place opens the scheme's clause (县某局要牵头实施“…”工程，县某局要…: a list
    # of tasks, each of its own), nor past a semicolon, nor from the clause that names another programme on, nor a body
    # named as an owner (市某局的…)
    for s_start, s_end in sentences if progs else ():
        named = sorted((q for q in progs if s_start <= q.start < s_end), key=lambda q: q.start)
        if not named:
            continue
        first = named[0]
        opened, vm = _governed_or_modified(text, _quote_start(text, first), s_start)
        if vm is None or any(isinstance(a, Candidate) and a.type in ("Agency", "Place")
                             for a in by_start.starting_in(opened, vm.start())):
            continue
        stop = _first_mark(text, v.duty_clause_stop, first.end, s_end)
        for q in named[1:]:
            if q.key != first.key and q.start < stop:
                stop = max((text.rfind(c, first.end, q.start) for c in v.clause_comma), default=-1)
                stop = stop if stop > first.end else first.end
                break
        for c in range(first.end, stop):
            if text[c] not in v.clause_comma:
                continue
            run = [a for a in _run_at(text, by_start, c + 1, stop) if isinstance(a, Candidate)]
            if run and all(a.type == "Agency" for a in run) and not text.startswith("的", run[-1].end) \
                    and v.next_duty_verb.match(text, run[-1].end):
                for a in run + _duty_partners(text, by_start, run, stop):
                    add(a, first, s_start, s_end, "duty-in-programme-sentence", 0.55)
    # 某市把“某某”建设作为抓手。今年，甲区、乙区3个城区新建…。市某局牵头制定了导则，各区负责…: a sentence that names no
    # programme, in the paragraph of one that names one, opened (after a time, or a frame of purpose or accordance: 为推进
    # 这项行动，按照创建要求，) by bodies with a verb of leading or joint work (牵头, 负责, 会同, 要…), or by two places or more
    # (perhaps closed by their count) with a verb of work: those bodies, the bodies they act with, the bodies that open its
    # later clauses the same way, and those places carry out the programme of the nearest sentence before it that names
    # one (one programme there), or the one its frame refers to (这项行动, 试点, 创建)
    for k1, (a1, b1) in enumerate(sentences) if progs else ():
        if a1 > 0 and text[:a1].rstrip()[-1:] not in v.next_duty_after:
            continue  # (…；县某局要会同…: a clause after a semicolon goes on with the sentence's own subject)
        # (a sentence that names a programme is left to the rules of its own, but where it names again, after the doers,
        # only the programme it follows: 某市把“口袋花园”建设作为抓手。今年，甲区、乙区新建口袋花园40个)
        again = {q.key for q in _starting_in(progs, a1, b1)}
        frame = v.next_duty_frame.match(text, a1, b1)
        at = frame.end()
        run = [a for a in _run_at(text, by_start, at, b1) if isinstance(a, Candidate)]
        if not run:
            continue
        bodies = all(a.type == "Agency" for a in run) and _on_duty(text, run)
        places = not bodies and len(run) >= 2 and all(a.type == "Place" for a in run) \
            and v.next_site_verb.match(text, v.run_tail.match(text, run[-1].end).end())
        if not (bodies or places):
            continue
        target = None
        ref = v.next_reference.search(text, a1, at)
        kind = next((w for w in v.kind_of_reference if w in text[a1:at]), None)
        if ref is not None:
            target = _referred_programme(progs, ref.group(1), a1, article_of)
        elif kind is not None:
            target = _kind_referred(progs, v.kind_of_reference[kind], a1, article_of, v.kind_word.get(kind, kind), text)
        else:
            k0 = k1 - 1  # the nearest sentence before, in the paragraph, that names a programme (for places, the one
            # right before: 某县推进“…”行动。县里召开了会议。甲镇、乙镇完成…任务 — the towns report other work)
            while k0 >= max(0, k1 - 1 if places else 0) and "\n" not in text[sentences[k0][1] - 1 : sentences[k0 + 1][0]]:
                named = {q.key: q for q in progs if sentences[k0][0] <= q.start < sentences[k0][1]}
                if named:
                    target = next(iter(named.values())) if len(named) == 1 else None
                    break
                k0 -= 1
        if target is None or again and (any(a1 <= q.start < run[-1].end for q in progs) or any(
                q.key != target.key and _nfkc_name(q.name) not in _nfkc_name(target.name)
                for q in _starting_in(progs, a1, b1))):
            continue  # (…named again by a short form of its name: 新建口袋花园40个 after “口袋花园”建设)
        if ref is None and target.programme.designation and any(h in text[at:b1] and h not in target.name
                                                                 for h in v.next_project_words):
            continue  # 某县被列为…示范县。县某局统筹资金，保障项目建设: the work of a project, not of the designation
        if places:
            for a in _actors_before(text, run, run[-1].end, at):
                add(a, target, a1, b1, "sites-in-later-sentence", 0.55)
            continue
        for a in run + _duty_partners(text, by_start, run, b1):
            add(a, target, a1, b1, "duty-in-later-sentence", 0.55)
        # …会同县某局在甲镇、乙镇新建…; …，在甲镇、乙镇建成…: the places after 在, right after the bodies or opening a later
        # clause, are its sites
        lead = v.next_duty_verb.match(text, run[-1].end)
        at_site = v.site_preposition_at.match(text, lead.end() if lead else run[-1].end)
        sites = [a for a in _run_at(text, by_start, at_site.end(), b1) if a.type == "Place"] if at_site else []
        for a in sites + _sites_after(text, by_start, run[-1].end, b1):
            add(a, target, a1, b1, "site-in-later-sentence", 0.55)
        for c in range(at, b1):  # …，县某局把…; …；县某局负责…
            if text[c] in v.clause_marks:
                later = [a for a in _run_at(text, by_start, c + 1, b1) if isinstance(a, Candidate)]
                # (a body that opens a later clause of such a sentence has its own part in the work: 县某局把村道拓宽…;
                # not one named as an owner, 县某局的…)
                if later and all(a.type == "Agency" for a in later) and not text.startswith("的", later[-1].end):
                    for a in later:
                        add(a, target, a1, b1, "duty-in-later-sentence", 0.55)
    # 湾岭镇大边村是工程首批示范点: the place that opens the clause and is called a site of the scheme a short word
    # names (工程, 该项目) carries out the last scheme of the article before it that ends in that word
    for m in v.scheme_site.finditer(text) if holds_any(text, v.scheme_site_cues) else ():
        ref = m.group(1)
        before = [p for p in progs if p.end <= m.start() and article_of(p.start) == article_of(m.start())
                  and (p.name.endswith(ref) or text.startswith(ref, p.end) or text.startswith("”" + ref, p.end))]
        if not before:
            continue
        target = max(before, key=lambda p: p.end)
        s_start, s_end = _sentence_of(sentences, m.start())
        clause = max((k + 1 for k in range(s_start, m.start()) if text[k] in v.clause_marks), default=s_start)
        run = [a for a in by_start.starting_in(clause, m.start()) if isinstance(a, Candidate) and a.type == "Place"]
        if run and run[-1].end == m.start():
            for a in _actors_before(text, run, m.start(), clause):
                add(a, target, s_start, s_end, "scheme-site", 0.6)
    # 某县开展“…”行动考评。甲镇、乙镇、丙镇位列前三名，丁镇排名靠后; …。甲镇、乙镇完成…任务，丙乡进度滞后: towns (streets,
    # villages) that open a clause and report their progress or rank (StandingCue), in the sentence that names one
    # programme or in the one right after it (naming none), carry that programme out; so do those of the next part of
    # the sentence after a semicolon (…位列前三名；丁镇进度滞后)
    standing_end, standing_of = -1, None
    for s_start, s_end in sentences if progs else ():
        target = _sole_programme(progs, s_start, s_end, article_of(s_start), article_of)
        if target is None and any(s_start <= q.start < s_end for q in progs):
            continue
        if target is None and standing_end == s_start and text[s_start - 1] in v.standing_goes_on:
            target = standing_of
        elif target is None and s_start > 0:  # the sentence before, perhaps ending the paragraph before
            back = s_start
            while back > 0 and text[back - 1] in " \t\u3000\n":
                back -= 1
            p_start, p_end = _sentence_of(sentences, back - 1)
            target = _sole_programme(progs, p_start, p_end, article_of(s_start), article_of) \
                if p_end > p_start and text[p_end:s_start].strip() == "" else None
        if target is None:
            continue
        opens = [_after_blanks(text, s_start, s_end)] + [k + 1 for k in range(s_start, s_end) if text[k] in v.clause_comma]
        for at in opens:
            run = [a for a in _run_at(text, by_start, at, s_end) if isinstance(a, Candidate)]
            lead = v.duty_holder_lead.match(text, at, s_end) if not run else None
            led = [a for a in _run_at(text, by_start, lead.end(), s_end) if isinstance(a, Candidate)] if lead else []
            # towns, streets, villages; counties (county-level cities) only two or more side by side (甲市、乙市被列为…)
            levels = (Level.TOWN, Level.STREET, Level.VILLAGE, Level.COMMUNITY) + ((Level.COUNTY,) if len(run) > 1 else ())
            if not run and led and all(a.type == "Place" and a.division.level in levels[:4] for a in led):
                run = led  # 沿线的甲镇、乙镇完成征地…: a short modifier before the towns
            if not run or any(a.type != "Place" or a.division.level not in levels for a in run):
                continue
            if target.start >= s_start and target.start > _first_mark(text, v.clause_comma, run[-1].end, s_end):
                continue  # the programme named after the clause is no campaign the towns report on
            after_run = v.run_tail.match(text, run[-1].end).end()
            cue = v.standing.match(text, after_run)
            if cue is None or run is led:  # a result with a figure, or after a modifier any report
                result = cue or v.result_report.match(text, after_run)
                if result is None or run[0].division.level not in levels[:4] or len(run) < 2 or (
                        result.group() in v.standing_titled and text[result.end() : result.end() + 1] in "“《"):
                    continue
                qs = _quote_start(text, target)
                opened, vm = _governed_in_clause(text, qs, _sentence_of(sentences, target.start)[0])
                topic = text[_after_blanks(text, opened, qs):qs]
                for a in by_start.starting_in(opened, qs):
                    if isinstance(a, Candidate) and a.type == "Place" and a.end <= qs:
                        topic = topic.replace(text[a.start:a.end], "", 1)
                if (vm is None or vm.group() not in v.strong_verbs) and topic:
                    continue  # 某局完成“…”项目46个，甲镇、乙镇实现公交全覆盖: the scheme names what was counted, not a campaign
                if s_start <= target.start < at and any(
                        isinstance(a, Candidate) and a.type == "Place" and a.division.level == run[0].division.level
                        for a in by_start.starting_in(_last_mark(text, v.clause_marks, s_start, target.start), target.start)):
                    continue  # 甲镇入选“…”示范镇，乙镇新建…: the campaign's clause is another town's
                clause_end = _first_mark(text, v.clause_marks, result.end(), s_end)
                if any(not v.result_count.match(text, h.end())
                       for h in v.any_reference_head.finditer(text, result.start(), clause_end)):
                    continue  # 甲镇新建某某产业园项目投资…: a work of its own, not the campaign (项目40个 is a count)
                for k, a in enumerate(run):
                    if k + 1 == len(run) or run[k + 1].start != a.end:
                        add(a, target, s_start, s_end, "result-under-programme", 0.55)
                standing_end, standing_of = s_end, target
                continue
            if cue is None or cue.group() in v.standing_titled and text[cue.end() : cue.end() + 1] in "“《":
                continue  # 甲村被评为“…重点村”: a title of its own
            clause_end = _first_mark(text, v.clause_marks, cue.end(), s_end)
            if not (cue.end() <= target.start < clause_end) and v.any_reference_head.search(text, cue.end(), clause_end):
                continue  # 甲镇完成了某某村落保护利用项目: a named work of its own, not the campaign
            if s_start <= target.start < at and any(
                    isinstance(a, Candidate) and a.type in ("Agency", "Place")
                    for a in by_start.starting_in(_last_mark(text, v.clause_marks, s_start, target.start), target.start)):
                continue  # 甲镇入选“…”首批典型镇，乙镇完成…: the campaign's clause is another place's
            for k, a in enumerate(run):
                if k + 1 == len(run) or run[k + 1].start != a.end:
                    add(a, target, s_start, s_end, "standing-under-programme", 0.55)
            standing_end, standing_of = s_end, target
    # 目前，全县在甲镇、乙镇、丙镇建成…基地15万亩: a sentence naming no programme that opens (after a word of time) with the
    # whole jurisdiction, then 在, two towns (streets, villages) or more and a result with a figure: the towns are the sites
    # of the one programme the facts of the sentence right before carry out (a frame's bodies included)
    for s_start, s_end in sentences if progs and holds_any(text, v.whole_site_cues) else ():
        m = v.whole_site.match(text, s_start, s_end)
        if m is None or any(s_start <= q.start < s_end for q in progs) or s_start == 0:
            continue
        p_start, p_end = _sentence_of(sentences, s_start - 1)
        if p_end > s_start or text[p_end:s_start].strip() or article_of(p_start) != article_of(s_start):
            continue
        done = {f.object for f in out if f.predicate == "implements" and p_start <= f.start < p_end}
        target = next((q for q in progs if len(done) == 1 and q.key in done), None)
        run = [a for a in _run_at(text, by_start, m.end(), s_end) if isinstance(a, Candidate)]
        if target is None or len(run) < 2 or any(
                a.type != "Place" or a.division.level not in (Level.TOWN, Level.STREET, Level.VILLAGE, Level.COMMUNITY)
                for a in run):
            continue
        if v.result_report.match(text, v.run_tail.match(text, run[-1].end).end()) is None:
            continue
        for a in run:
            add(a, target, s_start, s_end, "sites-after-whole-jurisdiction", 0.55)
    # 该委把“A”建设与“B”建设结合起来: whoever carries A out (the subject of 把) carries out B, joined with it, too
    for m in v.combined_pair.finditer(text) if len(progs) > 1 else ():
        first = [q for q in progs if m.start("a") <= q.start < m.end("a")]
        second = [q for q in progs if m.start("b") <= q.start < m.end("b")]
        if len(first) != 1 or len(second) != 1 or first[0].key == second[0].key:
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        for f in [f for f in out if f.object == first[0].key and f.predicate == "implements" and s_start <= f.start < s_end]:
            if (f.subject, second[0].key) not in seen:
                seen.add((f.subject, second[0].key))
                out.append(Fact(f.subject, "implements", second[0].key, s_start, s_end, "joined-by-combine", 0.55))
    # 项目选址在赤水镇、金鸡镇: the places take part in the project just named
    projects = sorted((p for p in progs if v.project.search(p.name)), key=lambda p: p.end)
    project_ends = [p.end for p in projects]
    for m in v.site.finditer(text):
        i = bisect_right(project_ends, m.start()) - 1
        if i < 0:
            continue
        # the project that ends last before the cue (the first of those ending there), in its article
        i = bisect_right(project_ends, project_ends[i] - 1)
        target = projects[i]
        if article_of(target.start) != article_of(m.start()):
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        if v.site.search(text, s_start, s_end).start() != m.start():
            continue  # one cue a sentence: its first
        opened = max(s_start, max((text.rfind(c, s_start, m.start()) for c in v.clause_marks), default=-1) + 1)
        if target.end <= opened and v.own_project.search(text, opened, m.start()):
            continue  # …。某公司的“某某”新品种展示项目落户甲镇: the clause's own project lands there, not the scheme before
        for a in by_start.starting_in(m.end(), s_end):
            if a.type == "Place":
                add(a, target, s_start, s_end, "project-site", 0.7)
    # 入选的10个村中，6个村被评为“保障基本示范村”，即…；甲村、乙村2个村被评为“环境整治示范村”: the kinds conferred in a
    # sentence that opens with the members of the designation named last before it; each member of a kind is its member too
    desigs = sorted((p for p in progs if p.programme.designation), key=lambda p: p.start)
    for m in v.subset_lead.finditer(text) if len(desigs) >= 2 else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        if _after_blanks(text, s_start, s_end) != m.start():
            continue
        while text[s_end - 1] in v.standing_goes_on and s_end < len(text):  # the kinds go on after a semicolon
            following = _sentence_of(sentences, s_end)
            if following[1] <= s_end:
                break
            s_end = following[1]
        kinds = {q.key for q in desigs if s_start <= q.start < s_end}
        before = [q for q in desigs if q.end <= s_start and article_of(q.start) == article_of(s_start)]
        if not kinds or not before:
            continue
        whole = max(before, key=lambda q: q.end)
        if whole.key in kinds:
            continue
        for f in [f for f in out if f.predicate == "implements" and f.object in kinds and s_start <= f.start < s_end]:
            if (f.subject, whole.key) not in seen:
                seen.add((f.subject, whole.key))
                out.append(Fact(f.subject, "implements", whole.key, f.start, f.end, "designation-kind-member", 0.6))
    # 这十大民生工程中，甲工程、乙广场等4个为某某项目；丙工程、丁工程等2个为某某项目: the works of the rolls of a sentence
    # whose opening clause ends with a programme and 中 are that programme's parts; its doers carry them out too
    for m in v.counted_roll_close.finditer(text) if progs else ():
        s_start, s_end = _sentence_of(sentences, m.start())
        # (the whole sentence, not the clauses a long one is cut into: the rolls go on after semicolons)
        opening = max(text.rfind(c, 0, m.start()) for c in v.parts_sentence_end) + 1
        within = [q for q in _starting_in(progs, opening, m.start()) if v.parts_within.match(text, q.end)]
        if not within:
            continue
        whole = within[-1]
        opened = max(text.rfind(c, whole.end, m.start()) for c in v.clause_marks) + 1
        parts = [q for q in _starting_in(progs, opened, m.start()) if q.end <= m.start() and q.key != whole.key]
        doers = {f.subject for f in out if f.predicate == "implements" and f.object == whole.key}
        for a in (c for c in mentions if c.type in ("Agency", "Place") and c.key in doers):
            for q in parts:
                add(a, q, s_start, s_end, "part-of-umbrella", 0.55)
    # 某省政府办公厅下发《关于加快推进“四好农村路”建设的实施意见》: a body that carries out a plan whose title quotes a scheme
    # the article names carries out that scheme too
    quoted_in = {}
    for p in progs:
        if p.name.startswith("《"):
            for q in progs:
                if q is not p and not q.name.startswith("《") and f"“{_nfkc_name(q.name)}”" in p.name \
                        and article_of(q.start) == article_of(p.start):
                    quoted_in.setdefault(p.key, []).append(q)
    agency_of = {a.key: a for a in agencies} if quoted_in else {}
    for f in [f for f in out if f.predicate == "implements" and f.object in quoted_in] if quoted_in else ():
        actor = agency_of.get(f.subject)
        for q in quoted_in[f.object] if actor is not None else ():
            add(actor, q, f.start, f.end, "issuer-of-plan-for-scheme", 0.55)
    # 某某公路改建工程开工。…起点在甲市，途经甲镇、乙镇、某产业园、丙镇，终点…: the places a works project's route runs
    # through are its sites, the works named last before in the article, with no other programme between
    for m in v.route_through.finditer(text):
        before = [q for q in _starting_in(progs, 0, m.start()) if q.end <= m.start() and article_of(q.start) == article_of(m.start())]
        if not before or not v.project.search(before[-1].name.rstrip("》")) or not v.works_word.search(before[-1].name):
            continue
        target = before[-1]
        close = _first_mark(text, v.clause_marks, m.end(), len(text))
        for a in _route_places(text, by_start, m.end(), close):
            add(a, target, m.start(), close, "route-through", 0.6)
    # 长株潭一体化发展…长沙市、株洲市、湘潭市: a scheme of making cities one, named by a character of each partner's name
    # (长沙, 株洲, 湘潭), is carried out by the cities or counties of its article whose names hold those characters, one
    # each, where every character finds one
    place_mentions = None  # (``places`` is reused above)
    for p in progs:
        m = v.blended_joint.match(_nfkc_name(p.name))
        if m is None:
            continue
        if place_mentions is None:
            place_mentions = [c for c in mentions if c.type == "Place" and c.key]
        partners = []
        for ch in m.group(1):
            found = next((a for a in place_mentions if ch in a.name[:-1] and a.name.endswith(v.blended_partner_levels)
                          and article_of(a.start) == article_of(p.start) and a not in partners), None)
            if found is None:
                break
            partners.append(found)
        else:  # the name itself says who its partners are, even where it is named only (…一体化发展联席会议)
            for a in partners:
                if (a.key, p.key) not in seen:
                    seen.add((a.key, p.key))
                    out.append(Fact(a.key, "implements", p.key, p.start, p.end, "blended-partners", 0.6))
    return out


def _route_places(text: str, actors: SortedSpans, pos: int, end: int) -> list:
    """The places a route runs through, listed from ``pos`` to ``end`` and joined by 、 (甲镇、乙镇、某产业园、丙镇): every
    item that is a place, the last of places written side by side; an item that names none (a park) is passed over."""
    out, at = [], pos
    while at < end:
        cut = text.find("、", at, end)
        s, e, at = at, end if cut < 0 else cut, end if cut < 0 else cut + 1
        run = [a for a in actors.starting_in(s, e) if a.type == "Place" and a.end <= e]
        if run and run[0].start == s and run[-1].end == e:
            out.append(run[-1])
    return out


def _respective_share(text: str, subj: list, vm, p: Candidate, progs: list, s_end: int) -> list:
    """The subject of ``p`` where an adverb of each its own (分别) stands between the subjects and the verb: with the
    verb's object a list of programmes in its clause (甲镇、乙镇、丙镇要分别落实A、B和C), the n-th subject carries out the
    n-th programme, and nobody does where the counts differ; one programme (甲镇、乙镇分别实施了…) is every subject's."""
    v = _vocabulary()
    doers = sorted((a for a in subj if a.type != "Official"), key=lambda a: a.start)
    if not doers or not v.respective.search(text, doers[-1].end, vm.start()):
        return subj
    clause_end = next((i for i in range(vm.end(), s_end) if text[i] in v.clause_marks), s_end)
    inside = [q for q in progs if vm.end() <= q.start and q.end <= clause_end]
    objects = sorted((q for q in inside if not any(o is not q and o.start <= q.start and q.end <= o.end
                                                   and (o.start, o.end) != (q.start, q.end) for o in inside)),
                     key=lambda q: q.start)
    spans = list(dict.fromkeys((q.start, q.end) for q in objects))
    if len(spans) < 2:
        return subj
    at = next((k for k, (qs, qe) in enumerate(spans) if qs <= p.start and p.end <= qe), None)
    if at is None or len(spans) != len(doers):
        return []
    return [doers[at]]


def _later_doers(text: str, actors: SortedSpans, progs: list, pe: int, clause_end: int, s_end: int) -> list:
    """The bodies after 由 that open a clause later in the sentence than the one after ``clause_end`` (…制定《…》，明确…，
    由县某局牵头推进，…), their verb ending that clause, with the co-doers of the clause after; none where a programme, or
    a body or place opening a clause, stands in between, or where more than a few clauses do."""
    v = _vocabulary()
    pos, seen = clause_end, 0
    while pos < s_end and text[pos] in v.clause_comma and seen <= _LATER_BY_CLAUSES:
        start = pos + 1
        if any(start > q.start >= pe for q in progs):
            return []
        by = v.later_by.match(text, start)  # 由, or the head of a name before it (，项目由…实施)
        if by is not None:
            run = [a for a in _run_at(text, actors, by.end(), s_end) if isinstance(a, Candidate)]
            if not run or any(a.type != "Agency" for a in run):
                return []
            verb = v.by_verb_alone.match(text, run[-1].end)
            if verb is None:
                return []
            return _actors_before(text, run, run[-1].end, by.end()) + _co_doers(text, actors, verb.end(), s_end)
        if _run_at(text, actors, start, s_end):
            return []  # another subject opens the clause
        pos = _first_mark(text, v.clause_marks, start, s_end)
        seen += 1
    return []


def _owners_before(text: str, actors: SortedSpans, ps: int, s_start: int) -> list:
    """The places written side by side or coordinated between a verb that governs programmes and the 的 before ``ps``
    (推进甲镇、乙镇三个重点镇的…), a count of them perhaps before 的; of places side by side, the last."""
    v = _vocabulary()
    tail = v.owners_count.search(text, max(s_start, ps - 12), ps)
    if tail is None:
        return []
    end = tail.start()
    places = [a for a in actors.starting_in(s_start, end) if isinstance(a, Candidate) and a.end <= end]
    if not places or places[-1].end != end or places[-1].type != "Place":
        return []
    run, left = [places[-1]], places[-1].start
    for a in reversed(places[:-1]):
        if a.type != "Place" or not (a.end == left or v.coordination.fullmatch(text, a.end, left)):
            break
        run.append(a)
        left = a.start
    vm = None
    for m in v.govern.finditer(text, max(s_start, left - 6), left):
        if m.end() == left:
            vm = m
    if vm is None or vm.group() in v.adjacent_verbs:
        return []
    return [a for a in run if not any(b.start == a.end for b in run)]


def _described_owner(text: str, actors: SortedSpans, ps: int, s_start: int) -> list:
    """The place that opens the clause of a description of works set off by a dash before the programme at ``ps``
    (日前，甲区下半年首个城市更新项目——乙村项目正式动工: 甲区), after a time perhaps, the description ending in a
    project's head; of places side by side, the last; nothing where no place opens the clause."""
    v = _vocabulary()
    dash = ps
    while dash > s_start and text[dash - 1] in v.apposition_dash:
        dash -= 1
    if dash <= s_start or v.project.search(text, s_start, dash) is None:
        return []
    opened = max(s_start, max((text.rfind(c, s_start, dash) for c in v.clause_marks), default=-1) + 1)
    lead = v.topic_lead.match(text, opened, dash)
    first = lead.end() if lead else opened
    run = [a for a in _run_at(text, actors, first, dash) if isinstance(a, Candidate)]
    chain = []
    for a in run:
        if a.type != "Place" or chain and a.start != chain[-1].end:
            break
        chain.append(a)
    return chain[-1:]


def _framed_subjects(text: str, actors: SortedSpans, ps: int, s_start: int) -> list:
    """The bodies or places that open the clause of a programme at ``ps`` printed in 在…中, only modal words between them
    and 在 (甲镇、乙镇要在…中; 县住建局在…工作中), after a time perhaps."""
    v = _vocabulary()
    opened = max(s_start, max((text.rfind(c, s_start, ps) for c in v.clause_marks), default=-1) + 1)
    frame = v.in_frame_open.search(text, opened, ps)
    if frame is None:
        return []
    lead = v.topic_lead.match(text, opened, frame.start())
    at = lead.end() if lead else opened
    run = [a for a in _run_at(text, actors, at, frame.start()) if isinstance(a, Candidate)]
    if not run or run[-1].end != frame.start():
        return []
    return [a for a in _actors_before(text, run, run[-1].end, at) if a.type in ("Agency", "Place")]


def _subjects_after_frame(text: str, actors: SortedSpans, ps: int, pe: int, s_start: int, s_end: int) -> list:
    """The bodies or places that open the clause after a frame 在…中 which opens the sentence (after a time perhaps) and
    holds the programme at ``ps``..``pe`` (在“…”试点工作中，县某局…; 在推进“…”中，某镇…), or after the programme as the
    sentence's topic (围绕“…”，某市…), or after a frame of the means (通过实施“…”工程，某县…; 通过“…”工程的实施，某县…):
    the openings exclude each other."""
    v = _vocabulary()
    lead = v.topic_lead.match(text, s_start, ps)
    at = lead.end() if lead else s_start
    if v.frame_opening.fullmatch(text, at, ps):
        close = v.frame_closing.match(text, pe, s_end)
    elif v.topic_frame_opening.fullmatch(text, at, ps):  # 围绕“…”，某市…: the programme the sentence opens with as its topic
        close = v.topic_frame_closing.match(text, pe, s_end)
    elif v.means_frame_opening.fullmatch(text, at, ps):  # 通过实施“…”工程，某县…
        close = v.means_frame_closing.match(text, pe, s_end)
    else:
        return []
    if close is None:
        return []
    run = [a for a in _run_at(text, actors, close.end(), s_end) if a.type in ("Agency", "Place")]
    # 某县某镇: of names side by side, the last; bodies glued as one (某市纪委监委, 县委县政府) act together
    return [a for a in run if not any(b.start == a.end and not (a.type == b.type == "Agency") for b in run)]


def _helpers(text: str, actors: SortedSpans, s_start: int, subject: int) -> list:
    """The bodies or places of 在…的配合下， that opens the sentence right before its subject at ``subject`` (after a time
    perhaps), and nothing else in the frame."""
    v = _vocabulary()
    m = v.help_frame.search(text, s_start, subject)
    if m is None or m.end() != subject:
        return []
    lead = v.topic_lead.match(text, s_start, m.start())
    at = lead.end() if lead else s_start
    if not v.site_preposition.fullmatch(text, at, at + 1):
        return []
    run = [a for a in _run_at(text, actors, at + 1, m.start()) if isinstance(a, Candidate)]
    if not run or run[-1].end != m.start():
        return []
    # of names written side by side (旬阳市蜀河镇), the last
    return [a for k, a in enumerate(run) if a.type in ("Agency", "Place") and (k + 1 == len(run) or run[k + 1].start != a.end)]


def _subject_before_by(text: str, actors: SortedSpans, vm, anchor: int, s_start: int) -> list:
    """Where the clause of the verb ``vm`` opens with 由 and its bodies and the verb governs the programme at ``anchor``
    (not a name it describes: 由…实施的…工程), the bodies or places that open the clause before it (县政府以此为契机，
    由…组织实施; 今年区政府将…，由…牵头实施), after a time perhaps, and are not followed by 的."""
    v = _vocabulary()
    if not (vm.end() == anchor or vm.end() + 1 == anchor and text[vm.end()] == "了"):
        return []
    verb = vm.start()
    opened = max((text.rfind(c, s_start, verb) for c in v.clause_marks), default=-1) + 1
    if opened <= s_start or text[opened - 1] not in v.clause_comma or not v.by_agent.match(text, opened):
        return []
    before = max((text.rfind(c, s_start, opened - 1) for c in v.clause_marks), default=-1) + 1
    before = max(before, s_start)
    lead = v.topic_lead.match(text, before, opened - 1)
    at = lead.end() if lead else before
    run = [a for a in _run_at(text, actors, at, opened - 1) if isinstance(a, Candidate)]
    if not run or text[run[-1].end : run[-1].end + 1] in ("的", "") or v.by_agent.search(text, run[-1].end, opened - 1):
        return []
    return [a for a in _actors_before(text, run, run[-1].end, at) if a.type in ("Agency", "Place")]


def _coordinated_places_before(text: str, run: list) -> tuple[list, int]:
    """From the last of ``run`` (a place right before a verb) back, the places coordinated or written side by side
    before it (甲镇、乙镇和丙镇), and where the first of them starts; of names side by side only the later one counts
    (台山市台城街道: the earlier only says where the later one is)."""
    v = _vocabulary()
    sites, left = [run[-1]], run[-1].start
    for a in reversed(run[:-1]):
        if a.type != "Place" or not (a.end == left or v.coordination.fullmatch(text, a.end, left)):
            break
        if a.end != left:
            sites.append(a)
        left = a.start
    return sites, left


def _governed_in_clause(text: str, ps: int, s_start: int) -> tuple[int, re.Match | None]:
    """Where the clause of a programme at ``ps`` opens, and the governing verb right before the name (perhaps with 了),
    or None."""
    v = _vocabulary()
    opened = max(s_start, max((text.rfind(c, s_start, ps) for c in v.clause_marks), default=-1) + 1)
    vm = None
    for m in v.govern.finditer(text, opened, ps):
        if m.end() == ps or m.end() + 1 == ps and text[m.end()] == "了":
            vm = m
    return opened, vm


def _governed_or_modified(text: str, ps: int, s_start: int) -> tuple[int, re.Match | None]:
    """As ``_governed_in_clause``, and where no verb stands right before the name, one before a short modifier of a
    quoted name (开展古树名木“一树一档”保护试点, 启动油茶“某某”基地建设)."""
    v = _vocabulary()
    opened, vm = _governed_in_clause(text, ps, s_start)
    if vm is None:
        vm = next((m for m in v.govern.finditer(text, max(opened, ps - 2 - _MODIFIER_WIDTH), ps)
                   if m.end() < ps <= m.end() + _MODIFIER_WIDTH and text[ps] in "“\"" and v.modifier.fullmatch(text, m.end(), ps)), None)
    return opened, vm


# the places' levels from the top down; a town and a street, a village and a community stand level
_PLACE_RANK = {Level.PROVINCE: 6, Level.CITY: 5, Level.COUNTY: 4, Level.TOWN: 3, Level.STREET: 3, Level.VILLAGE: 2,
               Level.COMMUNITY: 2}


def _counted_below(text: str, a, verb_start: int) -> bool:
    """Whether the place ``a`` is followed, before the verb at ``verb_start``, by a count of places of a lower level (某乡
    两个村获授…: the two villages are the subject, the township only where they lie)."""
    division = a.ref.division if isinstance(a, _Actor) else a.division  # 该乡两个村: the place the pronoun stands for
    if a.type != "Place" or division is None:
        return False
    v = _vocabulary()
    m = v.counted_places.match(text, a.end)
    if m is None or m.end() > verb_start:
        return False
    unit = next((u for u in sorted(v.counted_level, key=len, reverse=True) if m.group().endswith(u)), "")
    level = v.counted_level.get(unit)
    return level is not None and division.level in _PLACE_RANK and _PLACE_RANK[level] < _PLACE_RANK[division.level]


def _others_open_clause(text: str, s_start: int, pos: int) -> bool:
    """Whether the clause of the sentence starting at ``s_start`` that ``pos`` lies in opens with the others of a kind
    as its subject (…，其他县市各选择1个乡镇开展…试点)."""
    v = _vocabulary()
    mark = max((text.rfind(c, s_start, pos) for c in v.clause_marks), default=-1)
    return v.others_subject.match(text, mark + 1 if mark >= 0 else s_start) is not None


def _counted_clause_between(text: str, end: int, verb_start: int) -> bool:
    """Whether a clause between ``end`` (an actor's end) and the verb at ``verb_start`` opens with a count of places
    as its own subject (甲乡获评…示范乡，另有3个村获评…示范村): the verb is that clause's, not the actor's."""
    v = _vocabulary()
    mark = max((text.rfind(c, end, verb_start) for c in v.clause_marks), default=-1)
    if mark < 0:
        return False
    m = v.counted_subject.match(text, mark + 1)
    return m is not None and m.end() <= verb_start


def _plaque_sites(text: str, actors: SortedSpans, ps: int, s_start: int) -> list:
    """The places after 在 right before the verb that holds a designation's plaque ceremony at ``ps`` (某县在甲镇甲村、乙村
    举行“…”授牌仪式: 甲村, 乙村; a township chained before the first only says where it is), or none."""
    v = _vocabulary()
    hold = v.ceremony_hold.search(text, max(s_start, ps - 4), ps + 1)
    if hold is None:
        return []
    run = [a for a in actors.starting_in(s_start, hold.start()) if a.end <= hold.start() and isinstance(a, Candidate)]
    if not run or run[-1].type != "Place" or run[-1].end != hold.start():
        return []
    sites, left = _coordinated_places_before(text, run)
    # the chain's first place follows 在 (在长坪乡三妹村、六坪村): the places chained before the sites go back to it
    first = left
    for a in reversed([a for a in run if a.end <= left]):
        if a.type != "Place" or a.end != first:
            break
        first = a.start
    return sites if v.site_preposition.search(text, max(s_start, first - 1), first) else []


def _sites_before_verb(text: str, actors: SortedSpans, ps: int, s_start: int) -> list:
    """In the clause of a programme at ``ps`` with a governing verb right before it (某市今年在甲镇、乙镇实施…): the places
    after 在 right before the verb, and the place alone that opens the clause before 在, perhaps with a time between;
    nothing where no place opens the clause."""
    v = _vocabulary()
    opened, vm = _governed_or_modified(text, ps, s_start)
    if vm is None:
        return []
    run = [a for a in actors.starting_in(opened, vm.start()) if a.end <= vm.start() and isinstance(a, Candidate)]
    if not run or run[-1].type != "Place":
        return []
    gap = v.run_tail.match(text, run[-1].end).end()  # 在甲村、乙村、丙村3个村推行…: the count that closes the sites
    if not (gap == vm.start() or v.site_gap.fullmatch(text, gap, vm.start())):
        return []
    sites, left = _coordinated_places_before(text, run)
    if not v.site_preposition.search(text, max(opened, left - 1), left):
        return []
    lead = v.topic_lead.match(text, opened, left)
    first = lead.end() if lead else opened
    before = [a for a in run if a.end < left]
    if len(before) == 1 and before[0].type == "Place" and before[0].start == first \
            and v.time_before_site.fullmatch(text, before[0].end, left - 1):
        return sites + before
    if len(sites) >= 2:
        return sites  # 一是在甲镇、乙镇、丙镇开展…试点，由县某局负责: places listed after 在 are sites, not a jurisdiction
    return []  # 在某县实施…，由…: with no place opening the clause, the sites are left to the body after 由


def _launcher(text: str, actors: SortedSpans, p: Candidate, ps: int, s_start: int) -> list:
    """The bodies that open the clause of ``p`` and govern it by a verb right before it (县政府已启动…项目): no mark
    between them and the verb, the verb (perhaps with 了) right before the name."""
    v = _vocabulary()
    opened, vm = _governed_in_clause(text, ps, s_start)
    if vm is None:
        return []
    same = v.same_subject.match(text, opened, vm.start())
    if opened > s_start and (same is not None and re.fullmatch(r"[\u4e00-\u9fff]{0,4}", text[same.end() : vm.start()])
                             or vm.start() == opened and text[opened - 1] in v.clause_comma):
        # 县委、县政府坚持…，并实施“…”行动: the subject that opens the clause before goes on in this one; so too where
        # the verb opens the clause (某县以…为抓手，实施“…”行动，由…牵头)
        before = max(s_start, max((text.rfind(c, s_start, opened - 1) for c in v.clause_marks), default=-1) + 1)
        lead = v.topic_lead.match(text, before, opened)
        first = lead.end() if lead else before
        subj = _actors_before(text, [a for a in actors.starting_in(first, opened) if isinstance(a, Candidate)], opened, first)
        subj = [a for a in subj if a.type in ("Agency", "Place")]
        return subj if subj and min(a.start for a in subj) == first else []
    # a pronoun counts (苏木正推进“…”，由…共同实施: the unit printed bare stands for the place named before)
    subj = _actors_before(text, [a for a in actors.starting_in(opened, vm.start()) if isinstance(a, (Candidate, _Actor))], vm.start(), opened)
    # a place launches it where it opens the clause (某县将实施…，由…负责), after a time perhaps
    lead = v.topic_lead.match(text, opened, vm.start())
    first = lead.end() if lead else opened
    if not subj or not v.launch_gap.fullmatch(text[max(a.end for a in subj) : vm.start()]):
        return []  # the last of the coordinated subjects right before the verb
    # 晋城市沁水县实施…: the place opens the clause with the places that say where it lies written before it
    left = min(a.start for a in subj)
    while left > first:
        prev = actors.ending_by(left)
        if prev is None or prev.end != left or not isinstance(prev, Candidate) or prev.type != "Place" or prev.start < first:
            break
        left = prev.start
    opens = left == first
    return [a for a in subj if a.type == "Agency" or a.type == "Place" and opens]


#: the rest of an addressee's words after a body (某市爱卫会：, 各乡镇人民政府，县直有关部门：) up to their colon
_TRAILING_NOTE = re.compile(r"[（(][^（）()]*[）)]$")


def _name_core(name: str) -> str:
    """A programme's name as its head ends it: without a closing 》 and a bracketed note after it
    (《…条例（草案）》 → …条例), so a later 该条例 or 规划明确 finds it."""
    return _TRAILING_NOTE.sub("", name.rstrip("》"))


_ADDRESSEE = re.compile(r"[^\n。；！？：:]{0,20}?[：:]")


def _addressee(text: str, a) -> bool:
    """Whether ``a`` is among the addressees of a notice: on the line after the headline (the text's first line), before
    the colon that ends them, with no sentence's mark before it on its line."""
    m = _ADDRESSEE.match(text, a.end)
    if m is None:
        return False
    line = text.rfind("\n", 0, a.start) + 1
    return 0 < line and text.rfind("\n", 0, line - 1) < 0 and not re.search(r"[。；！？：:]", text[line : a.start])
#: a date that may stand before 由 in its clause (于2025年9月由…印发)
_DATE_BEFORE = re.compile(r"(?:于?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)$")
#: a line that gives a date alone (the last line of a notice, under its sign-off)
_DATE_LINE = re.compile(r"[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*")


def _sign_off(text: str, actors: SortedSpans, after: int) -> list[tuple]:
    """The bodies of a notice's sign-off: the last line before its date line (or the last line) after ``after``, when
    it holds bodies and nothing else but spaces (县农业农村局　县财政局). (body, line start, line end) for each."""
    lines = []
    pos = after
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            lines.append((pos, end))
        pos = end + 1
    if lines and _DATE_LINE.fullmatch(text, *lines[-1]):
        lines.pop()
    if not lines:
        return []
    s, e = lines[-1]
    bodies = [a for a in actors.starting_in(s, e) if a.end <= e]
    if not bodies or any(not isinstance(a, Candidate) or a.type != "Agency" for a in bodies):
        return []
    left = s
    for a in bodies:
        if text[left : a.start].strip(" \t\u3000"):
            return []
        left = a.end
    if text[left:e].strip(" \t\u3000"):
        return []
    return [(a, s, e) for a in bodies]


#: a note in brackets after a place in a list's item (its status, its product): （国家全域旅游示范区）, （尖椒）
_ITEM_NOTE = re.compile(r"[（(][^（）()\n，。；,;：:]{1,12}[）)]")
#: what follows the place that heads a group of a list: perhaps a count in brackets, then a colon
_UNKNOWN_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,5}?村(?=[、，,；;。\s]|$)")
_VILLAGE_LEVELS = (Level.VILLAGE, Level.COMMUNITY)
_GROUP_HEAD = re.compile(r"[ \t\u3000]*(?:[（(][^（）()\n]{0,8}[）)])?[：:]")


def _after_blanks(text: str, start: int, end: int) -> int:
    """The first position from ``start`` (before ``end``) that is no blank or line break: where a sentence's words begin."""
    while start < end and text[start] in " \t\u3000\n":
        start += 1
    return start


def _after_one_programme(sentences, progs: list, pos: int, article_of):
    """For a sentence at ``pos`` that names no programme and follows right on one naming exactly one: (its start, its end,
    the start of the sentence before, that programme); else None."""
    s_start, s_end = _sentence_of(sentences, pos)
    if s_start <= 0 or any(s_start <= q.start < s_end for q in progs):
        return None
    p_start, p_end = _sentence_of(sentences, s_start - 1)
    target = _sole_programme(progs, p_start, p_end, article_of(pos), article_of) if p_end == s_start else None
    return None if target is None else (s_start, s_end, p_start, target)


def _start_of(span) -> int:
    return span.start


def _starting_in(progs: list, lo: int, hi: int) -> list:
    """The programmes of ``progs`` (sorted by start) that start in [lo, hi), by start.

    >>> from types import SimpleNamespace as S
    >>> [q.start for q in _starting_in([S(start=1), S(start=4), S(start=9)], 2, 9)]
    [4]
    """
    return progs[bisect_left(progs, lo, key=_start_of) : bisect_left(progs, hi, key=_start_of)]


def _sole_programme(progs: list, start: int, end: int, article: int, article_of):
    """The one programme a span [start, end) of the article names, its longest reading where readings nest (“某某”行动 and
    某某), or None where it names none or more than one."""
    inside = [q for q in _starting_in(progs, start, end) if article_of(q.start) == article]
    outer = {(q.start, q.end) for q in inside
             if not any((o.start, o.end) != (q.start, q.end) and o.start <= q.start and q.end <= o.end for o in inside)}
    return max((q for q in inside if (q.start, q.end) in outer), key=lambda q: q.end) if len(outer) == 1 else None


def _kind_referred(progs: list, kind: str, pos: int, article_of, word: str = "", text: str = ""):
    """The programme a reference by its kind before ``pos`` stands for (创建工作: a designation; 试点, of kind named: one
    whose name holds ``word``, or whose words in ``text`` run on into it within a few characters: “以旧换新”补贴,
    “某某”服务机制): the article's one programme
    of that kind before it, its longest reading where readings nest; None where it names none or more than one."""
    named = [q for q in progs if q.end <= pos and article_of(q.start) == article_of(pos)
             and (q.programme.designation if kind == "designation"
                  else word in q.name or re.match(r"[”\"」』]?[\u4e00-\u9fff]{0,4}?" + re.escape(word), text[q.end : q.end + len(word) + 5]))]
    outer = [q for q in named if not any(o is not q and o.start <= q.start and q.end <= o.end
                                         and (o.start, o.end) != (q.start, q.end) for o in named)]
    return max(outer, key=lambda q: q.end - q.start) if len({q.key for q in outer}) == 1 else None


def _referred_programme(progs: list, head: str, pos: int, article_of):
    """The programme a reference before ``pos`` stands for (该工程, 提升工程, 这项工程): the last one of the article whose
    name ends in ``head``; where none does, the last whose name ends in the head's kin (该项目 for a works named
    …工程)."""
    v = _vocabulary()
    # 升级版行动, 2.0版行动: a version word before the head names the upgraded programme by its head
    head = next((head[len(w):] for w in v.version_words if head.startswith(w) and len(head) > len(w)), head)
    heads = [head] + [head[: -len(k)] + x for k, x in v.reference_kin.items() if head.endswith(k)]
    for kin, h in enumerate(heads):
        named = [q for q in progs if q.end <= pos and article_of(q.start) == article_of(pos)
                 and (_name_core(q.name).endswith(h) or q.programme.long.endswith(h))
                 and (not kin or q.priority != Priority.PROGRAMME_KNOWN)]  # by its kin, not a known scheme (百千万工程)
        if named:
            return max(named, key=lambda q: q.end)
    return None


def _unit_level_of(name: str, v) -> str | None:
    """The level of the places a designation is for, told by the unit its name ends in (卫生村: village), or None; None
    too for two units of two tiers side by side (历史文化名镇名村: towns and villages alike)."""
    unit = next((u for u in v.unit_levels if name.endswith(u)), None)
    if unit is None:
        return None
    rest = name[: -len(unit)]
    for n in (1, 2):  # the same head's word before each unit (名镇名村, 示范镇示范村)
        word, pair = rest[-n:], rest[:-n]
        before = next((u for u in v.unit_levels if pair.endswith(u) and pair[: -len(u)].endswith(word)), None)
        if before is not None and _tier(v.unit_level[before]) != _tier(v.unit_level[unit]):
            return None
    return v.unit_level[unit]


#: the tiers of levels a designation's unit names: a township's (乡镇: towns and streets), a village's (村: villages and
#: communities); a place of one tier is no member of a designation for the other
_TIERS = {Level.TOWN: "township", Level.STREET: "township", Level.VILLAGE: "village", Level.COMMUNITY: "village"}


def _two_tiers(name: str, v) -> bool:
    """Whether a designation is for towns and villages alike (…示范村镇, 历史文化名镇名村)."""
    level = _unit_level_of(name, v)
    return level == _MIXED_UNIT or level is None and any(name.endswith(u) for u in v.unit_levels)


#: the level of a designation's unit for places of two tiers (村镇), and those tiers
_MIXED_UNIT = "mixed"
_BOTH_TIERS = {"township", "village"}


def _tier(level: str | None) -> str | None:
    return _TIERS.get(level) if level is not None else None


#: the longest line that opens a list with a designation's head alone (某市的示范村有：)
_HEAD_OPENER_LEN = 16


#: the most Chinese characters outside its places that a numbered item of an open list may hold, and the longest such
#: line that keeps the list open where it names no place kg reads
_NUMBERED_ITEM_REST = 10
_NUMBERED_ITEM_LINE = 30


def _in_among_clause(text: str, pos: int, v) -> bool:
    """Whether ``pos`` lies in a clause that 其中 opens after a comma (…分别是甲村和乙村，其中甲村曾获评“…”): what it names is
    one member's own, no heading of a list."""
    opened = max(text.rfind(ch, 0, pos) for ch in v.sentence_end)
    return v.among_clause.search(text, opened + 1, pos) is not None


def _designation_lists(text: str, progs: list[Candidate], places: list[Candidate], v, article_of=lambda pos: 0) -> list[tuple]:
    """The places listed under a designation: (place, designation, line start, line end).

    A list opens with a line that names the designation (2017年度…名村名单; 本批入选…重点村的6个村为：)
    and runs over the lines that hold little but places (阳泉市郊区西南舁乡咀子上村; several a line,
    grouped by county). A numbered heading inside it (一、…旅游名村，共4个) names a part of the list:
    its places belong to the part and to the whole. Of places written side by side, the last is listed.
    A list that no heading opens (the annex of 关于公布…名单的通知, after the addressee and a sentence) is
    under the designation of its article's first heading line."""
    designations = sorted((p for p in progs if p.programme.designation), key=lambda c: c.start)
    if not designations and not v.bare_head_line.search(text):
        return []
    places = sorted(places, key=lambda c: (c.start, -c.end))
    out: list[tuple] = []
    active: list[Candidate] = []
    whole: list[Candidate] = []  # the designations of the line that opened the list (its parts belong to them too)
    title: list[Candidate] = []  # the designations of the article's first heading line
    title_article = None
    pos = 0
    pi = di = 0
    pieces = []
    for line in text.split("\n"):  # 具体名单如下：海曙区…村、…村； the intro and the first line, joined
        k = 0
        # a sentence's end closes a list's line where prose follows it to the line's end (…牌坊村。这些乡村…); one before
        # a group's colon (…入选。其中,东坡区:…) does not
        # (…上李村；某某旅游名村4个：…: a semicolon before the next group's heading closes the group, as a line's end does)
        for m in re.finditer(r"[：:]|。(?=[^：:\n]+$)|；(?=[^；：:\n]{2,40}[：:])", line):
            pieces.append((pos + k, line[k : m.end()]))
            k = m.end()
        pieces.append((pos + k, line[k:]))
        pos += len(line) + 1
    for start, line in pieces:
        end = start + len(line)
        while pi < len(places) and places[pi].start < start:
            pi += 1
        while di < len(designations) and designations[di].start < start:
            di += 1
        here = []
        j = pi
        while j < len(places) and places[j].end <= end:
            if not here or places[j].start >= here[-1].end:
                here.append(places[j])
            j += 1
        named = []
        j = di
        while j < len(designations) and designations[j].end <= end:
            if not any(d.key == designations[j].key for d in named) and not _in_among_clause(text, designations[j].start, v):
                named.append(designations[j])
            j += 1
        body = line.strip()
        if not body:
            continue
        # side by side, or apart by spaces only (斗门区 井岸镇 新青村)
        listed = [c for k, c in enumerate(here) if k + 1 == len(here) or text[c.end : here[k + 1].start].strip(" \t\u3000")]
        # a place before a colon heads a group of the list (东坡区：太和镇金光村、…; 栾川县（5个）：…), it is no member
        listed = [c for c in listed if not _GROUP_HEAD.match(text, c.end) and not (active and v.group_opener.match(text, c.end))]
        # 其中，浙江省有甲县、乙县等10个县市入选: a place whose word of having is followed right by a place heads the group
        # of those after it; it is no member
        starts = {c.start for c in here}
        listed = [c for c in listed if not ((g := v.group_word.match(text, c.end)) is not None and g.end() in starts)]
        # a town before a village's name kg does not know (瞿昙镇城台村) is no member: the village is
        listed = [c for c in listed if not (c.division.level == Level.TOWN and _UNKNOWN_VILLAGE.match(text, c.end))]
        rest, k = 0, start  # the Chinese characters of the line outside its places (``here`` is sorted, disjoint)
        for c in here + [None]:
            gap = text[k : c.start if c is not None else end]
            rest += sum(1 for ch in gap if "\u4e00" <= ch <= "\u9fff")
            k = c.end if c is not None else end
            # a village's unit printed after it (…社区前山中心村) is part of the item, not prose around the places
            sub = v.sub_village.match(text, k) if c is not None and k < end and c.division.level in _VILLAGE_LEVELS else None
            if sub and sub.end() <= end:
                k = sub.end()
            # a note in brackets right after a place (…临潼区（国家全域旅游示范区）代王街道…; …万家营子村（尖椒）) is part
            # of the item, not prose around the places
            note = _ITEM_NOTE.match(text, k) if c is not None and k < end else None
            if note and note.end() <= end:
                k = note.end()
        place_chars = sum(c.end - c.start for c in here)
        # a numbered item of a list already open (6、芦台经济开发区海北镇西董村) may hold more words outside its places: a
        # zone or a farm the chain passes through
        numbered_item = bool(active) and not named and bool(here) and bool(v.item_number.match(body)) \
            and not any(ch in v.clause_marks for ch in body)  # 二、复核不合格，撤销称号: a section's heading, no item
        if here and not named and (rest <= 4 + 2 * len(listed) and rest < place_chars
                                   or numbered_item and rest <= _NUMBERED_ITEM_REST):
            under = active or (title if title_article == article_of(start) else [])
            for d in under:
                # 卫生乡镇 with towns and villages listed under it (its 卫生村 not read as a designation of its own): where
                # the line lists places of the tier the designation's name is for, the others do not enter it
                tier = _tier(_unit_level_of(d.name, v))
                fits = [c for c in listed if tier is None or _tier(str(c.division.level)) == tier]
                if not fits and not numbered_item:
                    # no place of its tier on the line: the places enter it, but for those of the tier of another
                    # designation of the list (名镇 and 示范村 listed together: a village is no 名镇), and for a county
                    # or city alone under a designation of towns or villages (海东市（6个）: the head of a group)
                    others = {_tier(_unit_level_of(o.name, v)) for o in under if o is not d} - {None}
                    fits = [c for c in listed if _tier(str(c.division.level)) not in others
                            and (tier is None or _tier(str(c.division.level)) is not None)]
                for c in fits:
                    out.append((c, d, start, end))
            continue
        if named and len(body) <= 40 and "。" not in body:
            numbered = bool(v.numbered_heading.match(body))
            if title_article != article_of(start) and not numbered:
                title, title_article = named, article_of(start)
            if numbered:  # a part: under the whole, or under the title's designation it is a kind of
                umbrella = whole or [t for t in (title if title_article == article_of(start) else []) if _kind_of(named[0].name, t.name, v.unit_levels)]
                active = umbrella + [d for d in named if d not in umbrella]
            else:
                whole = active = named
            continue
        if body.endswith(("：", ":")):
            if not named and (v.bare_head_heading.match(body) or v.bare_head_group.match(body)):
                # 示范县(10个)：甲市，乙县…; 示范乡中，甲市有：…: the member kind alone heads the list of the scheme named
                # last before it
                earlier = [q for q in progs if q.end <= start and article_of(q.start) == article_of(start)]
                named = [max(earlier, key=lambda q: q.end)] if earlier else []
            elif not named and v.list_opener.search(body):
                # 甲市入选的村落有：…: the list of the last designation named before it in the article; 在某某示范村镇中，…
                # 入选的村镇如下：: of the one the line prints by name, though others were named after it
                earlier = [d for d in designations if d.end <= start and article_of(d.start) == article_of(start)]
                named = ([d for d in earlier if d.name in body] or earlier)[-1:]
            elif not named and len(body) <= _HEAD_OPENER_LEN and (m := v.head_opener.search(body)):
                # 某市的示范村有：…: the list of the last designation before it whose name ends in that head
                earlier = [d for d in designations if d.end <= start and article_of(d.start) == article_of(start)
                           and d.name.endswith(m.group(1))]
                named = earlier[-1:]
            elif not named and active and len(body) <= 12 and v.group_heading.search(body):
                continue  # 示范创建镇：… inside a list a line opened: a group's heading, the list goes on
            whole = active = named
            continue
        if not here and len(body) <= 12:
            continue  # (共计10个), 附件: the list goes on
        if numbered_item and len(body) <= _NUMBERED_ITEM_LINE:
            continue  # 3、滦州市 某某街道范庄村, a place kg does not read: the numbered list goes on
        whole = active = []
    return out


def _kind_of(part: str, umbrella: str, units: tuple[str, ...] | list[str] = ()) -> bool:
    """A part's designation names a kind of an umbrella one: the same name but for a unit of two or three
    characters at most that shares a character with the umbrella's (全国乡村治理示范乡镇 and 示范村 under
    全国乡村治理示范村镇; not 示范村 under 示范乡镇, its sibling), or the umbrella's name with one more unit after it
    (历史文化名镇 under 历史文化名镇名村: ``units``, the words a designation's unit may be)."""
    stem = 0
    while stem < min(len(part), len(umbrella)) and part[stem] == umbrella[stem]:
        stem += 1
    rest, whole = part[stem:], umbrella[stem:]
    if stem >= 4 and not rest and 0 < len(whole) <= 3:
        return whole.endswith(tuple(units))
    return stem >= 4 and 0 < len(rest) <= 3 and 0 < len(whole) <= 3 and rest != whole and bool(set(rest) & set(whole))


def _quote_start(text: str, c) -> int:
    """Where ``c`` begins with the quote or title mark that opens it (“百千万工程”, 《…方案》)."""
    return c.start - 1 if c.start and text[c.start - 1] in "“《" else c.start


def _quote_end(text: str, c) -> int:
    """Where ``c`` ends with the quote or title mark that closes it."""
    return c.end + 1 if c.end < len(text) and text[c.end] in "”》" else c.end


def _last_mark(text: str, marks: str, start: int, end: int) -> int:
    """Where the clause that ``end`` lies in begins: right after the last of the characters ``marks`` in
    ``text[start:end]``; ``start`` where none stands there.

    >>> _last_mark("甲乙，丙。丁", "，。", 0, 6), _last_mark("甲乙，丙", "；", 0, 4)
    (5, 0)
    """
    return max([k + 1 for k in (text.rfind(c, start, end) for c in marks) if k >= 0] + [start])


def _first_mark(text: str, marks: str, start: int, end: int) -> int:
    """Where the first of the characters ``marks`` stands in ``text[start:end]``; ``end`` where none does.

    >>> _first_mark("甲乙，丙。", "，。", 0, 5), _first_mark("甲乙，丙。", "；", 0, 5)
    (2, 5)
    """
    return min([k for k in (text.find(c, start, end) for c in marks) if k >= 0] + [end])


# how far into its article the sentence may lie that makes the whole article a body's work report
_REPORT_OPENING = 300
_SET_UP_GROUP = "grammar-home-task-group"  # the agencies' method for a task group the text sets up (成立了…指挥部)
_ACCOUNT_LINES = 3  # the opening lines of an article that may say whose account it is


def _report_of_article(text: str, actors: SortedSpans, pos: int, article_of):
    """The body a whole work report speaks for, where ``pos`` lies in an article whose opening says it is that report
    (…代表某区人民政府作政府工作报告; 我代表县人民政府，向大会报告工作): the first such body of the article."""
    v = _vocabulary()
    art = article_of(pos)
    lo, hi = 0, pos
    while lo < hi:  # the article's start: article_of never decreases along the text
        mid = (lo + hi) // 2
        if article_of(mid) == art:
            hi = mid
        else:
            lo = mid + 1
    # 代表某县人民政府作政府工作报告 makes the article the report only under a headline that says so (…政府工作报告摘要);
    # news of a session (…会议开幕。县长某某代表县人民政府作政府工作报告。会议提出，…) is not the report
    body = _account_body(text, actors, lo, pos)
    if body is not None:
        return body
    head_end = text.find("\n", lo, pos)
    headline = text[lo:head_end] if head_end > lo else ""
    titled = bool(headline) and "。" not in headline and v.report_title.search(headline) is not None
    for m in v.report_by.finditer(text, lo, min(pos, lo + _REPORT_OPENING)):
        body = actors.first_in(m.end(), m.end() + 1)
        if body is not None and body.type == "Agency" and (titled and v.report_made.match(text, body.end) or v.report_to.match(text, body.end)):
            return body
    # 政府工作报告（摘要）⏎——某日在某县人民代表大会…上⏎某县人民政府县长 某某: under such a headline, the body that opens
    # a line of the heading (the speaker's signature) is the one the report speaks for
    start = head_end + 1
    for _ in range(_ACCOUNT_LINES if titled else 0):
        end = text.find("\n", start, pos)
        if end < 0 or "。" in text[start:end]:
            break
        lead = len(text[start:end]) - len(text[start:end].lstrip()) + start
        first = actors.first_in(lead, end)
        if first is not None and first.type == "Agency" and first.start == lead:
            return first
        # the body is part of the speaker's title chain (某县人民政府县长 某某): the body of his last post
        orgs = first.titles.orgs if first is not None and first.type == "Official" and first.key else ()
        if orgs and orgs[-1].key and orgs[-1].type == "Agency" and orgs[-1].start == lead:
            return orgs[-1]
        start = end + 1
    # 某县2026年政府工作报告（摘要）, no body named as the report's maker: a government's own report headed by its place and
    # a year alone; its 我们 and its clauses without a subject are that place's
    place = actors.first_in(lo, head_end) if head_end > lo else None
    if place is not None and place.type == "Place" and not text[lo : place.start].strip() \
            and getattr(place, "division", None) is not None \
            and place.division.level in (Level.PROVINCE, Level.CITY, Level.COUNTY) \
            and v.place_report_title.match(text[place.end : head_end].strip()):
        return place
    return None


def _account_body(text: str, actors: SortedSpans, lo: int, pos: int):
    """The body an article is the own account of, where its opening lines say so: a headline that opens with the body
    and ends in a summary's title (某县农业农村局2025年工作总结), or an interview's line naming the body of the one who
    answers (——访某县农业农村局局长某某). Its 我们 and its numbered items without a subject are that body's."""
    v = _vocabulary()
    start = lo
    for _ in range(_ACCOUNT_LINES):
        end = text.find("\n", start, pos)
        if end < 0 or "。" in text[start:end]:
            return None
        line = text[start:end].strip()
        if v.account_title.search(line):
            body = actors.first_in(start, end)
            if body is not None and body.type == "Agency" and not text[start : body.start].strip():
                return body
        lead = v.interview_lead.match(text, start)
        if lead is not None:
            for a in actors.starting_in(lead.end(), end):
                if a.type == "Agency":
                    return a
                # ——访某局局长某某: the body of the post printed with the name (or with the same official's name later)
                if a.type != "Official" or not a.key:
                    continue
                for b in [a] + [b for b in actors.items if b.type == "Official" and b.key == a.key]:
                    orgs = b.titles.orgs
                    if orgs and orgs[-1].key and orgs[-1].type == "Agency":
                        return orgs[-1]
        start = end + 1
    return None


def _item_body(text: str, actors: SortedSpans, pos: int):
    """After a numbered item's heading sentence (一是抓实…建设。), the rest of its line: the places after 在 that open a
    sentence or clause (全年在甲镇、乙镇建成…) and the bodies after 联合 or 会同 that open one (联合县商务局…), its
    sites and co-doers."""
    v = _vocabulary()
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    nxt = v.item_start.search(text, pos, end)  # 二是… on the same line: the next item's
    end = nxt.start() if nxt else end
    out = []
    for m in v.item_site.finditer(text, pos, end):
        run = _run_at(text, actors, m.end(), end)
        if m.group("joint") is None:
            run = [a for a in run if a.type == "Place"]
            if run and v.hold.match(text, run[-1].end):
                continue
        else:
            run = [a for a in run if a.type == "Agency"]
        out += [a for k, a in enumerate(run) if k + 1 == len(run) or run[k + 1].start != a.end]
    return out


def _report_maker(text: str, actors: SortedSpans, pos: int, article_of=None):
    """The body a work report speaks for, where ``pos`` lies in what the report sets out (市长某某代表市人民政府作
    政府工作报告。报告提出，今年要…实施“…”行动；…): the cue opens a sentence of the paragraph, no full stop lies
    between it and ``pos``, and the body follows 代表 in the report's sentence before the cue, in the paragraph or, where
    the cue opens a paragraph, in the one before."""
    v = _vocabulary()
    para = text.rfind("\n", 0, pos) + 1
    cue = None
    for m in v.report_says.finditer(text, para, pos):
        if m.start() == para or text[m.start() - 1] in "。！？":
            cue = m
    if cue is None:
        return _report_of_article(text, actors, pos, article_of) if article_of else None
    if any(c in text[cue.end() : pos] for c in "。！？\n"):
        return None
    made = None
    # the report's sentence: in the paragraph, or closing the one before where the cue opens its own (…作政府工作报告。\n报告提出，…)
    start = text.rfind("\n", 0, para - 1) + 1 if cue.start() == para and para else para
    for m in v.report_by.finditer(text, start, cue.start()):
        made = m
    body = actors.first_in(made.end(), made.end() + 1) if made else None
    if body is None or body.type != "Agency" or not v.report_made.match(text, body.end):
        return None
    return body


def _previous_topic(text: str, actors: SortedSpans, sentences, ends: list[int], s_start: int):
    """The first actor of the previous sentence when it opens that sentence (zero anaphora);
    ``ends``: the sentences' ends."""
    v = _vocabulary()
    i = bisect_right(ends, s_start) - 1
    if i < 0:
        return None
    ps, pe = sentences[i]
    item = bool(v.item_start.match(text, s_start))
    # 甲县：一是…；二是…；三是…: an item with no subject of its own goes back over the items before it, line by line
    # too, to the sentence that opens the list; its doer is named once at the top
    while item and i > 0 and v.item_start.match(text, ps) and not text[pe:s_start].strip(v.item_gap):
        i -= 1
        s_start = ps
        ps, pe = sentences[i]
    if "\n" in text[pe:s_start]:
        # a new paragraph; a list's items may stand on lines of their own below a heading that is the doer's name
        # alone (甲县⏎一是…, 甲县：⏎一是…), the first item perhaps in the heading's sentence (甲县：⏎一是…；⏎二是…)
        if item:  # 某厅表示，将…。⏎一是…。…⏎二是…: the body that says what it will do, opening the paragraph over the items
            # (each item a paragraph of one or more sentences)
            line = text.rfind("\n", 0, s_start)
            while line > 0:
                opening = text.rfind("\n", 0, line) + 1
                if not v.item_start.match(text, opening):
                    break
                line = opening - 1
            if line > 0:
                opening = text.rfind("\n", 0, line) + 1
                while opening < line and text[opening] in " \t\u3000":
                    opening += 1
                head = actors.first_in(opening, line)
                if head is not None and head.start == opening and head.type == "Agency" and v.plan_say.match(text, head.end):
                    return head
                # 今年以来，甲旗统筹推进各项工程建设。⏎一是…。⏎二是…: the place or body that opens the paragraph over the
                # items, after a lead of time at most, and carries work out in it (a governing verb after it), is what the
                # list is about (not 某厅召开座谈会。⏎一是…: a meeting's items are nobody's)
                if head is not None and head.type in ("Agency", "Place") \
                        and v.topic_lead.fullmatch(text[opening : head.start]) and v.govern.search(text, head.end, line):
                    return head
        first = actors.first_in(ps, pe) if item else None
        if first is None or first.start != ps:
            return None
        k = first.end
        while k < pe and text[k] in v.item_gap:
            k += 1
        return first if k == pe or v.item_start.match(text, k) else None
    first = actors.first_in(ps, pe)
    # 全省将开展A，…；开展B，…；开展C，…: a clause of a run split by semicolons that opens with no one (a place inside
    # it, 渤海（辽宁段）, is none) goes on with the topic of the clause before it, back to the one that opens with it (in
    # the same paragraph)
    while (first is None or not v.topic_lead.fullmatch(text[ps : first.start])) and i > 0 \
            and text[pe - 1 : pe] in v.duty_clause_stop:
        i -= 1
        ps, pe = sentences[i]
        if text[pe - 1 : pe] not in v.duty_clause_stop or "\n" in text[pe : sentences[i + 1][0] + 1]:
            return None
        first = actors.first_in(ps, pe)
    if first is None or not v.topic_lead.fullmatch(text[ps : first.start]):
        return None
    if first.type == "Agency" and v.staff_after.match(text, first.end):
        return None  # 县水利局干部王刚被派驻…: the sentence is about one of its staff
    return first


def _issuer_opens_title(p, named: list) -> bool:
    """Whether the title of ``p`` opens with the name of a body the text names, followed by 关于 (《某市科学技术局关于
    公布…的通知》): the body issued it, and the place that opens the body's name owns nothing by it."""
    v = _vocabulary()
    title = p.name.lstrip("《")
    return any(a.type == "Agency" and title.startswith(a.name) and v.about.match(title, len(a.name)) for a in named)


def _decided_run(text: str, actors: SortedSpans, at: int, end: int) -> list:
    """The bodies printed in a run from ``at`` (甲委、乙政府) when a decision's close (DecidedByClose: 作出的重大决策部署)
    follows the run; none otherwise."""
    run = _run_at(text, actors, at, end)
    if not run or any(a.type != "Agency" for a in run):
        return []
    return run if _vocabulary().decided_close.match(text, run[-1].end) else []


class _Referents:
    """What 该局, 该镇, 全省 … can stand for: the named bodies and places of each kind by start."""

    def __init__(self, named: list, text: str) -> None:
        self.named = named
        self.text = text
        self._index: dict[tuple[str, str, bool, bool], tuple[list[int], list]] = {}
        # the county and town of a village's full address (旬阳市蜀河镇寨坡村 in a list): they say where the village
        # lies, and 我市 or 该县 after the list is not theirs
        by_end = {a.end: a for a in named if a.type == "Place"}
        self.address = set()
        for a in named:
            if a.type == "Place" and a.division.level in (Level.VILLAGE, Level.COMMUNITY) and a.division.chained_to:
                town = by_end.get(a.start)
                county = by_end.get(town.start) if town is not None and town.division.chained_to else None
                if county is not None:
                    self.address.update((id(town), id(county)))
        # the places of a list of peers (汕头、韶关…和云浮; 甲县甲镇、乙市乙镇): none of them is the article's own place,
        # which 我市 and 我县 stand for (an "own" Pronoun), though one may be the last of its kind named before it
        by_start = {a.start: a for a in named if a.type == "Place"}
        self.listed = set()
        for a in named:
            if a.type == "Place" and text[a.end : a.end + 1] in _vocabulary().peer_list_marks:
                b = by_start.get(a.end + 1)
                if b is not None:
                    self.listed.update((id(a), id(b)))

    def resolve_many(self, head: str, count: int, pos: int, article_of) -> list:
        """两镇 → the last two distinct places ending in 镇 named before ``pos`` in its article, or none when
        the article has named fewer."""
        found: list = []
        anywhere = head in _vocabulary().counted_any  # 两地: places of any kind, counties and above, none within another, peers
        gaz = Gazetteer.load() if anywhere else None
        for a in sorted((a for a in self.named if a.type == "Place" and a.end <= pos and article_of(a.start) == article_of(pos)
                         and (a.division.level in (Level.PROVINCE, Level.CITY, Level.COUNTY) and a.division.code
                              if anywhere else a.name.endswith(head))), key=lambda a: -a.start):
            if anywhere and any(gaz.is_within(a.division.code, b.division.code) or gaz.is_within(b.division.code, a.division.code)
                                for b in found):
                continue
            if anywhere and found and a.division.level != found[0].division.level:
                continue  # 天津…镇原县…两地: the places paired are peers, the last one's level (天津 and 甘肃, no county of one)
            if all(a.key != b.key for b in found):
                found.append(a)
            if len(found) == count:
                return found
        return []

    def resolve(self, word: str, pos: int, article_of) -> Candidate | None:
        """该局 → the last 局 named before it in the article (全省 → the last 省); of two named at
        one position, the first in ``named``."""
        typ, head = _vocabulary().pronouns[word]
        own = word in _vocabulary().own_pronouns
        for plain in (True, False):  # a place other than an address's first (nor a list's, for 我市); else any
            skip = (self.address | self.listed if own else self.address) if plain else set()
            if (typ, head, plain, own) not in self._index:
                order = sorted(((a.start, -i, a) for i, a in enumerate(self.named)
                                if a.type == typ and a.name.endswith(head) and id(a) not in skip),
                               key=lambda x: (x[0], x[1]))
                self._index[(typ, head, plain, own)] = ([x[0] for x in order], [x[2] for x in order])
            starts, items = self._index[(typ, head, plain, own)]
            i = bisect_right(starts, pos - 1) - 1
            if i >= 0 and article_of(items[i].start) == article_of(pos):
                earlier = self._subject_pronoun(word, items[i].start)
                if earlier is not None:  # 该局开展…，为甲局、乙局梳理…。该局修订…: the bodies it served are no referent
                    return self.resolve(word, earlier, article_of) or items[i]
                return items[i]
        if word in _vocabulary().self_pronouns:
            return self._signer(typ, head, pos, article_of)
        return None

    def _subject_pronoun(self, word: str, at: int) -> int | None:
        """Where the same pronoun stands earlier in the sentence of a body named at ``at`` (该局开展…，为甲局、乙局等9家
        单位梳理…): that sentence is about the body the pronoun stands for, and the bodies named after it are what it
        acts on, not what a later 该局 stands for. None where the pronoun is not printed before it in that sentence."""
        ends = _vocabulary().sentence_end
        start = max(self.text.rfind(c, 0, at) for c in ends) + 1
        q = self.text.find(word, start, at)
        return q if q >= 0 else None

    def _signer(self, typ: str, head: str, pos: int, article_of):
        """The body of kind ``head`` that signs off the article of ``pos`` after it: the last such body of the article
        printed on a line of its own (…感谢您的支持。⏎某县农业农村局⏎2026年6月20日)."""
        text = self.text
        art = article_of(pos)
        for a in sorted((a for a in self.named if a.type == typ and a.start > pos and a.name.endswith(head)),
                        key=lambda a: -a.start):
            if article_of(a.start) != art:
                continue
            line_start = text.rfind("\n", 0, a.start) + 1
            line_end = text.find("\n", a.end)
            line_end = len(text) if line_end < 0 else line_end
            if not text[line_start : a.start].strip() and not text[a.end : line_end].strip():
                return a
            return None  # the article's last body of the kind is no sign-off: nothing signs it
        return None
