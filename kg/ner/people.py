"""Officials with their posts, and other named people.

Officials come from title constructions: [organisation or place][modifiers][title][name] with title
chains (市委副书记、代理市长梁光挺; 县纪委书记、监委主任: a body printed without its jurisdiction is
that of the body before it), name lists (市领导梁毅渝、耿洪波、石岩; 副主任A、B after an official of a
body: posts in that body), names before their titles (习近平总书记, 王海、李平副市长), appointments
(任命李红、王强等18人为…审判员), narrative posts (全票当选, 由…担任, 辞去…职务, 曾任…的) and header lines
(【发布人】). A name after a title may be written in transliteration characters (普布顿珠) or have a rare
surname. People come from roles (研究员郭耕, 董事长蔡金华) and bylines. Anonymised people (李女士,
郭先生) are never names.
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..clean import title_record_at
from ..gazetteer import Gazetteer, Level
from ..lexicon import Lexicon, common_words, holds_any, lexicon, lexicon_cache, surnames
from ..names import (MIN_CUED_SURNAME_TF, MIN_SURNAME_TF, anonymised, closes_name, given_name_ok, is_person_name, model_person,
                     name_end, never_a_name, phrase_not_name_at, reads_as_words)
from .agencies import agency_finder, department_name
from .base import BodyRef, Candidate, DivisionRef, PhraseIndex, Post, Titles
from .jurisdiction import delegation_led_back, jurisdiction_name, led_delegation_place, with_city
from .resolve import Priority

#: the first and last of the common Chinese characters (a character between them is Chinese)
_HAN_FIRST, _HAN_LAST = "\u4e00", "\u9fff"

__all__ = ["PeopleFinder", "people_finder"]

#: a title this long (村党支部书记, 工作队队长) is no other word's tail: it needs no boundary before it
_SELF_STANDING_TITLE = 5
#: the longest name of a body no rule reads, before its title (省委政研室二级巡视员)
_UNREAD_BODY_MAX = 12
#: the most characters between a verb of a post and the title that closes it (是市财政局派驻龙美村的第一书记)
_LOOSE_POST_MAX = 28
#: the longest object of an official's verb before a list of officials goes on (主持会议并讲话，副主任…)
_VERB_OBJECT_MAX = 7
#: the longest clause after an official before the same title of the same body goes on the list (院长A通报了…，副院长B)
_SAME_TITLE_CLAUSE_MAX = 16
#: the longest errand of one leader in a schedule of a body's leaders, each closed by a semicolon (副主席甲参加…；副主席乙)
_CLAUSE_LIST_MAX = 60
#: the fewest characters of a transliterated name opened by a frequent surname's character (胡日沁必力格)
_LONG_SURNAMED_TRANSLITERATED = 5
#: the farthest a role in a bracket of credits stands from the bracket (（记者 刘晓 通讯员 卞海燕）)
_CREDIT_MAX = 24
#: a surname at least this frequent opens a Chinese name even where transliteration characters run on after it
#: (白德明多次: 白 is a frequent surname); a rarer one (索, 才, 卓) opens a four-character transliterated name whole
FREQUENT_SURNAME_TF = 100
#: the longest title chain of a name in a counted list before a verb of a vote (、原某市委书记某某等7人当选…)
_LISTED_TITLE_MAX = 20
#: the longest transliterated name with a dot between a given name and a father's name (阿不都热依木·吐尔逊: 10)
_DOTTED_NAME_MAX = 12
#: the longest name of three parts joined by two dots (a Tibetan name with a religious title's part before it:
#: 嘉木样·洛桑久美·图丹却吉尼玛: 15)
_THREE_PART_NAME_MAX = 16
#: the levels of self-governing places: a post printed after one is a post there (金星社区书记)
_LOCAL_LEVELS = (Level.VILLAGE, Level.COMMUNITY)
#: the longest rest of a line that opens with a name and a blank (a list's record) read as that person's post or role
_NAME_LINE_REST_MAX = 40
#: the farthest the federation whose congress elects stands before the name a bare title follows (选举产生了县科协第七届委员会。
#: 某某当选主席)
_ELECTED_BODY_WINDOW = 60
#: the longest description of an appointee before the name, ending in a title or a role (某某有限公司董事长)
_DESCRIBED_NAME_MAX = 16
#: the longest name of an institution between 任 and the title of a post in it (丽水职业技术学院), or between an
#: official's title chain and a post in it before the names (县政协原主席、县茶文化研究会会长某某)
#: the most characters of the posts before 分别由 (武义县委书记、县长分别由甲、乙担任)
_RESPECTIVE_POSTS_MAX = 40
_INSTITUTION_NAME_MAX = 16
#: the most characters of an institution's unit's name before its end (某医院内镜中心主任: 内镜 before 中心)
_INSTITUTION_UNIT_MAX = 6
_INSTITUTION_POSTS_MAX = 3  # institutions' posts running on after an official's chain (…主席、某会会长、某集团董事长某某)
#: the longest epithet in quotes between a title chain and its name (村党支部书记、“大学生村官”某某)
_EPITHET_MAX = 10
#: the longest note of a person between a name and its title (（女，维吾尔族）)
_NAME_NOTE_MAX = 16
#: the most labelled lines of a roster between a bare title's line and the body's heading above them
_ROSTER_LINES_MAX = 6
#: a bracketed note after a name in a record (某某（兼村妇联主席）、某某)
_BRACKET_NOTE = re.compile(r"[（(][^（()）\n]{1,12}[）)]")


class _Vocabulary:
    """The lexicon's words and character sets as the people rules read them (seeds/lexicons/people.jsonl,
    titles.jsonl)."""

    def __init__(self, lex: Lexicon):
        self.modifiers = lex.words("TitleModifier")
        #: the modifiers by their last character (in the lexicon's order), and the longest one's length
        self.modifiers_by_last: dict[str, tuple[str, ...]] = {}
        for m in self.modifiers:
            self.modifiers_by_last[m[-1]] = self.modifiers_by_last.get(m[-1], ()) + (m,)
        self.modifier_longest = max(map(len, self.modifiers))
        self.strong_titles = frozenset(lex.words("Post", "strong"))
        #: titles whose body is the people's government of the jurisdiction they name (市长 → 市)
        self.government_heads: dict[str, str] = lex.field("Post", "government")
        self.named_government_heads = frozenset(lex.words("Post", "named_government"))  # 省长: of a …省 alone
        self.government_bodies: dict[str, str] = lex.field("Post", "government_body")
        #: titles that head a government only after a body of a place of a kind in their chain (自治区党委常委、副主席)
        self.chain_government_heads: dict[str, str] = lex.field("Post", "chain_government")
        #: titles of members of the Party committee of the town (乡) printed before them (镇组织委员)
        self.party_members: dict[str, str] = lex.field("Post", "party")
        #: titles of a post in the Party branch of the village printed before them (盐井村第一书记): the branch's form
        self.branch_titles: dict[str, str] = lex.field("Post", "branch")
        self.committee_titles: dict[str, str] = lex.field("Post", "committee")  # 村主任 → 村委会
        self.stationed_modifiers = lex.words("StationedModifier")  # 驻村: before a branch's title, says where it is held
        self.stationed_leads = lex.words("StationedLead")  # 某某(驻石门村第一书记): 驻 before the place of the post
        self.village_references = tuple(lex.words("VillageReference"))  # 村里的第一书记: the village the text named
        #: 村书记、主任某某, 某社区党委书记、主任某某: a bare title after a post in a village's or community's Party body, a
        #: post in that place's self-governing committee (its abbreviations, the one its level allows)
        self.branch_partner_titles: dict[str, tuple[str, ...]] = {
            t: tuple(c.split("|")) for t, c in lex.field("BranchPartnerTitle", "committee").items()}
        self.grassroots_forms = lex.patterns("GrassrootsParty")  # 党支部 → 支部委员会
        self.town_party_abbrevs = lex.words("TownPartyAbbrev")  # 镇党委, 街道党工委: a township's Party body by its level
        self.place_title_dots = lex.chars("PlaceTitleDot")  # 花石镇·党委书记: what may stand between a place and its title
        self.place_link = lex.chars("PlaceTitleLink")  # 派驻到盐井村的第一书记
        self.name_end_stop = lex.chars("NameEndStop")  # 队员合影的，: a function word never ends a three-character name
        self.place_noun_tails = lex.chars("PlaceNounTail")  # 某镇的田野上: a spot in the place, no resident
        #: titles of a post of a congress or CPPCC session (大会执行主席), and what such bodies' names end and begin with
        self.session_titles = frozenset(lex.words("Post", "session"))
        self.session_bodies = tuple((e.pattern, e.get("start", "")) for e in lex.of("SessionBody"))
        self.session_meeting = lex.regex(r"第?[{TermOrdinal}]+(?:{SessionMeeting:longest})")  # 第三次会议 after the body
        #: titles of a committee inside a body of one kind (审判委员会委员 → 法院): the ending of that kind's names
        self.held_in: dict[str, tuple[str, ...]] = {k: tuple(v.split("|")) for k, v in lex.field("Post", "held_in").items()}
        self.held_in_titles = tuple(self.held_in)  # 民警, 法官: the titles held in a kind of body, tried first at once
        #: the units of such a body a post of it is held in when printed right before it (庭: 某法院民一庭审判长某某)
        self.held_in_units: dict[str, tuple[str, ...]] = {
            k: tuple(v.split("|")) for k, v in lex.field("Post", "held_in_unit").items()}
        #: heads of a unit of one of some kinds (庭长 → 庭, 法庭, 法院): printed bare, of the one its paragraph named last
        self.unit_in: dict[str, tuple[str, ...]] = {k: tuple(v.split("|")) for k, v in lex.field("Post", "unit_in").items()}
        #: a role in one trial (审判长): held in the court of its kinds only where its chain names no post of its own
        self.trial_roles = frozenset(lex.words("Post", "trial_role"))
        self.corps_posts: dict[str, str] = lex.field("Post", "corps")  # 政委, 团长: of a Corps division's or regiment's
        self.corps_name = lex.words("CorpsName")[0]
        self.jurisdiction_abbrevs = lex.words("JurisdictionAbbrev", longest_first=True)  # 县 of 县政府办
        self.sentence_end = lex.charstr("SentenceEnd")  # what ends the sentence a task group is looked for in
        self.credit_marks = lex.chars("CreditMark")  # 摄
        #: 周华东摄, （某县融媒体中心 王冬 摄）: a name and the credit's mark closing a caption or a bracket of credits
        self.photo_credit = lex.regex(r"(?<=[。，\s])([\u4e00-\u9fff]{2,3})\s?[{CreditMark}](?=[）)]?(?:\n|$))")
        self.photo_credit_cues = lex.cues("CreditMark")
        #: …合作。（某县融媒体中心 某某）, （某某新闻网 某某 某某）: a newsroom's name (CreditOutlet closes it) in a bracket of
        #: credits that ends its line, then its reporters' names, each after a blank, with no role word between
        self.outlet_credit = lex.regex(r"[{CreditOpen}][\u4e00-\u9fff]{1,12}?(?:{CreditOutlet:longest})"
                                       r"((?:[ \u3000]+[\u4e00-\u9fff]{2,3})+)[ \u3000]*[）)](?=[ \u3000]*(?:\n|$))")
        self.outlet_credit_cues = lex.cues("CreditOutlet")
        #: 本网讯（县水务局 某某）2月9日，…: a body's name in a bracket of credits right after the dateline, then its
        #: correspondent's name, after a blank that cleaning may have taken out, closing the bracket
        self.dateline_credit = lex.regex(r"(?:{DatelineCredit})[{CreditOpen}][\u4e00-\u9fff]{1,14}?(?:{DatelineCreditBody})"
                                         r"[ \u3000]*([\u4e00-\u9fff]{2,3})[ \u3000]*[）)]")
        self.dateline_credit_cues = lex.cues("DatelineCredit")
        #: （某县融媒体中心 供图）: a credit's word (BylineWord, CreditLineRole) where the names would stand, no name
        self.credit_words = frozenset(lex.words("BylineWord")) | frozenset(lex.words("CreditLineRole"))
        #: 人民网 某某摄⏎: a photo credit whose name follows the outlet's name (NewsAgency) with no role word between
        self.photo_credit_outlet = lex.regex(r"(?:^|(?<=[。，\s]))(?:{NewsAgency:longest})\s?([\u4e00-\u9fff]{2,3})\s?[{CreditMark}]"
                                             r"(?=[）)]?(?:\n|$))")
        #: …提问。（某某 摄）: a bracket that holds the photographer's name and the mark alone, wherever its line goes on
        self.photo_credit_bracket = lex.regex(r"(?<=[{CreditOpen}])([\u4e00-\u9fff]{2,3})\s?[{CreditMark}](?=[）)】\]])")
        #: 记者某某某摄⏎: a role's name of two or three characters that a photo credit's mark closes at the end of its line
        #: 作者：记者施某某编辑：某某: a byline's name closed by the next credit's role and its colon
        self.name_before_credit = lex.regex(r"([\u4e00-\u9fff]{2,3})[ \u3000]*({CreditLineRole:longest})[：:]")
        self.credit_after_role = lex.regex(r"([\u4e00-\u9fff]{2,3})[{CreditMark}](?=[{NameClose}]|$)")
        #: 某某(左一), 甲、乙、丙(从左至右): a caption's names before the bracket that places them in the picture
        self.caption_position = lex.regex(r"[（(](?:(?P<one>[{CaptionSide}][一二三四五六七八九]?)|(?P<row>{CaptionOrder}))[)）]")
        self.caption_position_cues = tuple(o + w for o in "(（" for w in (*lex.chars("CaptionSide"), *lex.words("CaptionOrder")))
        self.credit_close = lex.chars("NameClose")  # what may close a credit after its mark
        #: 名字就叫某某。: a naming verb, then a name that punctuation or 的 closes
        self.place_ends = lex.chars("PlaceNameEnd")  # 名叫石村的: a village's name, no person's
        self.naming = lex.regex(r"(?:{NamingLead})([\u4e00-\u9fff]{2,3}?)(?=[。，；！？”]|的)")
        self.naming_leads = lex.words("NamingLead", longest_first=True)
        self.address_preps = lex.chars("AddressPreposition")  # 给记者, 向村民: a role addressed after a name
        self.quote_open, self.quote_close = lex.chars("QuoteOpen"), lex.chars("QuoteClose")
        self.quoted_posts = frozenset(lex.words("QuotedPost"))  # 村“第一书记”某某: titles papers print in quotes
        self.naming_post_links = lex.words("NamingPostLink")  # 他叫某某，是…: what stands between the name and the verb
        self.post_pronouns = tuple(lex.words("PostPronoun"))  # 他是某局处长: the one person its paragraph named before
        #: 福建队陈某某: a province's or a city's team, then its athlete's name
        self.team = lex.regex(r"(?:{TeamMark})(?=[\u4e00-\u9fff])")
        #: 被称为“侗歌百灵”的吴某某: a nickname in quotes given by a verb of naming, 的, then the name it stands for; the
        #: place or circle the nickname holds in may stand before the quote (被称为秭归“皮雕痴人”的某某, 人称村里“茶博士”的某某)
        self.nickname_lead = lex.regex(r"(?:{NicknameLead})[\u4e00-\u9fff]{0,4}[{QuoteOpen}][^{QuoteClose}\n]{1,10}[{QuoteClose}]的")
        #: 经营小酒坊的某甲，回乡开民宿的某乙: the link after a clause describing a person listed, and what closes such a name
        self.described_link = lex.words("DescribedNameLink")[0]
        self.described_close = lex.chars("DescribedListClose")
        self.described_speech = tuple(lex.words("DescribedSpeechVerb", longest_first=True))
        self.demonym_ends = lex.chars("DemonymEnd")
        self.described_count = lex.regex(r"(?:{NameCountLead})(?:\d+|[{Numeral}]+|{FewCount})[{NameCounter}{CountMeasure}]")
        #: 10岁的杨某某, 七十二岁的某某: an age and 的 right before a name
        self.age_lead = lex.regex(r"(?:\d{1,3}|[一二三四五六七八九十百]{1,4})(?:{AgeLead})")
        self.age_lead_cues = lex.cues("AgeLead")
        #: （某县融媒体中心 乌日娜/文 孟根/图）: a name, a slash and the mark of what it credits, after a blank, a bracket or
        #: the credit before it (the cleaning drops the blank between two: 乌日娜/文孟根/图)
        self.name_slash_credit = lex.regex(r"(?:(?<=[（(\s])|(?<=/[{CreditAfterSlash}]))([\u4e00-\u9fff·]{2,10}?)/[{CreditAfterSlash}]")
        self.deputy_marks = lex.words("TitleModifier", "deputy")  # 副
        self.clause_open = lex.chars("VisitedBodyTitleOpen")  # 来到县气象局，局长…: what opens the clause of such a title
        self.bare_body_kinds = lex.words("BareBodyKind")  # 某省政府驻某市办事处…，办事处主任某某: the kind printed alone
        #: 由某某任组长: a task group's post after a name, and the ends of such groups' names
        self.group_post_after = lex.regex(r"任({TaskGroupPost:longest})")
        self.task_group_heads = tuple(lex.words("TaskGroupHead"))
        self.after_name = lex.words("AfterName")
        self.not_given = frozenset(lex.words("NotGivenName"))  # 农村, 就座: never a given name (执行主席席就座)
        self.verbs_after_name = tuple(e.pattern for e in lex.of("AfterName") if e.get("verb"))
        self.short_translit_verbs = tuple(lex.words("ShortTransliteratedNameVerb"))  # 牧民次仁带着…, 村民扎西把…
        self.speech_after = lex.words("AfterName", "speech")
        self.collective_roles = frozenset(lex.words("CollectiveRole"))  # 群众种饲草: a mass, no name without the model
        self.deed_surnames = lex.chars("DeedSurname")  # 带着村民种樱花，: a verb of work, no surname, without the model
        self.deed_leads = tuple(lex.words("DeedLeadVerb"))  # 带着, 动员: the verbs that lead people to such a deed
        self.deed_after = tuple(lex.words("AfterName", "deed"))  # 村民某某跳进…: a deed closes a name after a role
        #: 医生卓玛多次…, 教师格桑始终…: an adverb after a name, where a name of transliteration characters ends (多, 次)
        self.adverb_after = tuple(lex.words("AfterName", "adverb"))
        #: 纪委书记: a chain title that begins with a body printed without its place (body_first in titles.jsonl)
        self.body_first_titles = frozenset(e.pattern for e in lex.of("Post") if e.get("body_first"))
        #: 副书记 of 市委常委、副书记、政法委书记: a Party committee's title printed bare in a chain, after which a
        #: department's title is still that committee's (CommitteeBareTitle in titles.jsonl)
        self.committee_member_heads = frozenset(lex.words("CommitteeBareTitle"))
        #: 作工作报告, 作交流发言: a speech at a meeting right after a name (ReportVerb, then its ReportNoun)
        self.report_after = lex.regex(r"(?:{ReportVerb:longest})[\u4e00-\u9fff0-9]{0,8}?(?:{ReportNoun:longest})")
        self.honorifics = lex.words("AfterName", "honorific")  # 同志: repeated after each name of a list
        self.not_name_chars = lex.chars("NotNameChar")  # 你我他: never in a given name
        self.number_units = lex.chars("NumberUnitChar")  # 1970年生: after a digit, a unit, no surname
        self.household = lex.chars("HouseholdMark")  # 家: 张三家的房子
        self.household_after = lex.chars("HouseholdAfter")  # 的, 里: what follows a household after a name
        self.household_close = lex.chars("HouseholdClose")  # 牧民多吉家。: punctuation closing a household
        self.listed_count = lex.regex(r"(?:{NameCountLead})\d+[{NameCounter}]")
        #: 甲、乙、丙3名同志: a count right after a list's last name, without 等, and the noun that follows it
        self.bare_count = lex.regex(r"\d+[{NameCounter}](?:{BareCountNoun})")
        #: 先进工作者有14人：甲中学某某、乙小学某某和丙大学某某。: a count and a colon open a list that the sentence closes
        self.count_colon = lex.regex(r"\d+[{NameCounter}][{CountListColon}]")
        self.family_words = tuple(lex.words("FamilyHonourWord"))
        self.count_list_leads = tuple(lex.words("CountedListLead", longest_first=True))  # 授予: where such a list may open
        self.institution_unit_ends = tuple(lex.words("InstitutionUnitEnd", longest_first=True))  # 中心, 科: 医院内科
        self.body_title_links = tuple(lex.words("BodyTitleLink", longest_first=True))  # 的一名: 某某是某局的一名民警
        self.name_body_copulas = tuple(lex.words("NameBodyCopula"))  # 是: right after the name, before the body
        self.listed_unit_ends = tuple(lex.words("ListedUnitEnd", longest_first=True))  # 中学: a unit's name before its person
        self.unit_list_open = lex.chars("UnitListOpen")  # ：: where a list of people after their units opens
        family = "|".join(map(re.escape, lex.words("FamilyHonourWord", longest_first=True))) or "\0"
        joints = re.escape("".join(sorted(lex.chars("FamilyListJoint")))) or "\0"
        #: 甲家庭、乙家庭和丙家庭: households honoured by the names of their heads, two or more in a list
        self.family_list = re.compile(rf"(?:[\u4e00-\u9fff]{{2,4}}?(?:{family})[{joints}])+[\u4e00-\u9fff]{{2,4}}?(?:{family})")
        self.family_split = re.compile(rf"(?:{family})[{joints}]?")
        self.boundary = lex.chars("NameBoundary")
        self.institution_ends = lex.chars("InstitutionEnd")
        self.institution_heads = lex.words("InstitutionHead", "title")
        self.party_person_heads = lex.words("InstitutionHead", "party_person")  # 医院: its Party secretary is no official
        self.any_institution_heads = lex.words("InstitutionHead")
        self.member_links = lex.chars("MemberLink")  # 某厅的某某: a person of the body before the link
        self.institution_short_forms = lex.chars("InstitutionShortForm")  # 院党委书记某某: the hospital named before
        #: ，县某某服务中心主任某某: a level printed alone after a lead, pointing at the article's own county
        self.home_level = lex.regex(r"(?<=[{HomeLevelLead}])[{HomeLevelChar}]")
        self.institution_short_of = lex.field("InstitutionHead", "short")  # 中学 → 校: a short form its name does not end in
        self.party_departments = lex.words("PartyDepartment", longest_first=True)
        self.office_departments = frozenset(lex.words("PartyDepartment", "full_name_alias"))  # 办公室, 办公厅, 办
        self.head_title_prefixes = lex.words("HeadTitlePrefix")
        self.headed_body_ends = lex.chars("HeadedBodyEnd")
        self.directed_bodies = lex.words("DirectedBody")
        self.directed_titles = frozenset(e.id for e in lex.of("DirectedBody"))  # 主任
        self.chaired_bodies = lex.words("ChairedBody")
        self.chaired_titles = frozenset(e.id for e in lex.of("ChairedBody"))  # 主席
        self.cpc_prefix = tuple(lex.words("CpcPrefix"))  # a Party committee's name opens with it: no government's head
        self.before_list = lex.chars("BeforeNameList")
        self.before_bracket = lex.chars("BeforeNameBracket")
        self.before_title = lex.chars("BeforeTitle")
        self.repeated_head = lex.chars("RepeatedBodyHead")  # 井岸镇镇长, 保护区管理局局长: the head of the place or body before
        # 我市, 我县: the article's own place (Pronoun "own" in relation_cues.jsonl), whose level may open a title (我市领导)
        self.own_places = tuple(e.pattern for e in lex.of("Pronoun") if e.get("own"))
        self.on_behalf_words = tuple(lex.words("OnBehalfWord"))  # 某某同志代市长某某作报告: the mayor's, spoken for
        self.before_name_title = lex.chars("BeforeNameTitle")
        self.before_role_name = lex.chars("BeforeRoleName")
        self.before_dotted_name = lex.chars("DottedNameBefore")  # 务工的艾萨·玉努斯说: what may stand right before such a name
        self.appoint = lex.regex(r"({AppointVerb})")
        #: 选举副省长某某为…: a verb of appointment (no removal) right before a bare title chain, the post held now
        self.appoint_before_title = tuple(e.pattern for e in lex.of("AppointVerb") if not e.get("removal"))
        self.removals = frozenset(lex.words("AppointVerb", "removal"))
        links = lex.of("AppointLink")
        self.links = tuple(e.pattern for e in links if not e.get("removal"))
        self.removal_links = tuple(e.pattern for e in links if e.get("removal"))
        #: a verb printed as a heading (任命：, then one appointment a line, which cleaning may join to it) and the end
        #: of each item (；, perhaps the line's end)
        self.appoint_heading = lex.regex(r"[{RoleColon}]\s*")
        self.appoint_item_end = lex.regex(r"[{AppointItemEnd}]\s*")
        #: 某学院张国强教授: a role that may follow a name (Role "after_name"), longest first (副教授 before 教授)
        self.name_then_role = lex.regex(r"{Role.after_name:longest}")
        self.name_then_title = lex.regex(r"({TitleModifier})?({Post.after_name})(?![\u4e00-\u9fff]{0,1}(处|长))")
        self.title_suffixes = lex.words("TitleSuffix", longest_first=True)
        #: （女）, （女，土家族）: a note of the person between a name and the title after it, ending where the title starts
        note = r"[（(](?:{NameNote:longest})(?:[，,、](?:{NameNote:longest}))*[）)]"
        self.name_note = lex.regex(note + "$")
        #: the same note read forward, right after a name of a list (选举马某(回族)、刘某为…副主任)
        self.name_note_after = lex.regex(note)
        #: 某某，女，某县县委书记: the same note set off by commas between a name and its titles, unbracketed
        self.comma_note = lex.regex(r"(?:{NameNote:longest})(?:[，,、](?:{NameNote:longest}))*[，,]")
        self.government_leads = lex.words("GovernmentLead", longest_first=True)
        self.own_party_forms = frozenset(lex.words("OwnPartyForm"))
        #: titles of a member of any body (秘书长, 委员): after a comma, of the body named just before
        self.member_titles = frozenset(lex.words("Post", "member"))
        self.member_bodies = lex.words("MemberBodyEnd")  # 委员会: a body whose members an election names (当选委员)
        self.group_titles = frozenset(lex.words("Post", "group"))
        #: titles that begin with the level of the place before them (城南社区书记)
        self.place_level_titles = tuple(lex.words("Post", "place_level"))
        self.level_suffixes = tuple(lex.words("LevelSuffix"))  # 社区, 村, 街道, 镇: a place's level before a police title
        #: titles after which a three-character name needs no boundary before it (贯彻习近平总书记)
        self.glued_titles = frozenset(lex.words("Post", "glued"))
        self.transliterated = lex.chars("TransliteratedNameChar")
        self.tibetan_heads = frozenset(lex.words("TibetanNameHead"))  # 公保, 万玛: a Tibetan name of four in everyday characters first
        self.yi_clans = frozenset(lex.words("YiClanName"))  # 阿说, 吉克: a Yi family name opening a name of four
        self.function_surnames = lex.chars("FunctionWordSurname")
        self.word_given_names = frozenset(lex.words("WordGivenName"))  # 向前进: a given name that is a word too
        self.transliterated_ends = tuple(lex.words("TransliteratedNameEnd", longest_first=True))  # 巴图孟和, 其其格
        self.modal_surnames = lex.chars("ModalSurname")  # 要, 会: a modal after a title, no surname unless the model reads one
        self.adverb_surnames = lex.chars("AdverbSurname")  # 将, 及: a name after a title only where the model reads one
        self.locatives = tuple(lex.words("LocativeWord"))  # 民警和村里的: the conjunction's object, no given name
        #: after a title and a conjunction, its object, no given name: a locative (民警和村里的), the group of bodies or
        #: cadres joined to the title (队长和各村党支部书记), a body printed bare before its title (州长和政协主席)
        self.conjunction_objects = self.locatives + tuple(lex.words("ConjoinedGroup")) + tuple(lex.words("BareBodyBeforeTitle"))
        self.date_units = frozenset(lex.words("DateUnit"))  # 居民于近日表示: a day's word, no given name
        self.news_agencies = tuple(lex.words("NewsAgency"))  # 专家向本报表示: the outlet spoken to, no given name
        #: 专家向晚报表示: a kind of paper (日报, 晚报) is an outlet spoken to as well, no given name
        self.paper_kinds = tuple(lex.words("NewspaperSuffix", "paper"))
        self.bare_unit_ends = lex.words("UnitHead", "bare")  # 该局某某科…某某科科长: a unit printed bare again
        self.bare_body_tails = lex.words("BareBodyTail")  # 常委会: a body's printed name's tail, printed bare again
        self.referred_body_tails = frozenset(lex.words("BareBodyTail", "referred"))  # 中心: the one named last before
        self.bare_body_demonstratives = lex.chars("BareBodyDemonstrative")  # 该中心主任某某
        self.list_separators = lex.chars("OfficialListSeparator")
        self.hard_boundary = self.boundary - {" ", "·"}
        self.closing_verbs = lex.chars("NameEndBeforeClose")  # 阿木拉则，: before punctuation the last character of a name
        self.event_count = lex.chars("EventCount")  # 第五届牧民那达慕: a role after an event's count is no person's
        self.name_close = lex.chars("NameClose")
        self.name_list_separators = lex.chars("NameListSeparator")
        #: the comma of a list of officials (a separator that is no name list's): what a list goes on with after a
        #: conjunction (副主任甲、乙和秘书长丙) or a clause of one official's errand (副主席甲参加…；副主席乙)
        self.list_comma = min(self.list_separators - self.name_list_separators)
        self.clause_list_separators = lex.chars("ClauseListSeparator")  # 副主席甲参加…；副主席乙…
        self.roster_line_breaks = lex.chars("RosterLineBreak")
        self.list_conjunctions = frozenset(lex.words("OfficialListConjunction"))
        self.name_list_last = lex.chars("NameListLast")
        #: 队员有某某、某某: the lead between a role and the list of names it heads (never the first name's surname)
        self.role_list_lead = lex.regex(r"(?:{GroupListLead:longest})(?=[\u4e00-\u9fff]{2,4}、)")
        self.group_list_lead = lex.regex(r"(?:{GroupListLead:longest})?[：:]|(?:{GroupListLead:longest})(?=[\u4e00-\u9fff]{2,4}[、，])")
        self.post_word = lex.words("PostWord")[0]  # 职务: what closes a post left (辞去…职务)
        #: 职务 or 的职务 (免去某某市人民政府副市长、市公安局局长的职务): where what closes a post left ends
        self.post_word_at = lex.regex(r"(?:{PostWordLink})?(?:{PostWord})")
        self.former = lex.words("FormerQualifier")[0]  # 原: the qualifier of a post left or held before
        #: 等, 等5人, or a count alone after a list (某某、某某三位同志为…): what may close a list of names
        count = r"(?:{NameCountLead})(?:[{Numeral}]+[{NameCounter}])?|[{Numeral}]+[{NameCounter}]"
        self.count_after_names = lex.regex(count)
        #: the same count right before a word of address (某某、某某两位同志辞去…, 某某等15位同志辞去…)
        self.count_before_link = lex.regex("(?:" + count + ")$")
        self.post_verb = lex.regex(r"{PostVerb:longest}")
        #: 现任十四届全国人大常委会委员: a term printed between the verb and a body whose members serve terms
        self.term_before_body = lex.regex(r"第?[{TermOrdinal}]+届(?=(?:{TermBeforeBody}))|(?:{NewTermBeforePost:longest})")
        #: 某某、某某两名同志分别以全票当选为甲和乙: names, then 分别, a verb of a post, and as many posts as names
        self.respective = lex.regex(r"(?:{RespectiveWord})(?:{RespectiveManner:longest})?({PostVerb:longest})")
        self.respective_post_separators = lex.chars("RespectivePostSeparator")
        #: 县委书记、县长分别由甲、乙担任: posts, then 分别由, as many names, then a verb of a post
        self.respective_by = lex.regex(r"(?:{RespectiveWord})(?:{RespectiveBy})")
        self.respective_by_verb = lex.regex(r"(?:{PostVerb:longest})")
        self.post_verb_words = tuple(lex.words("PostVerb"))
        self.post_verbs_longest = tuple(lex.words("PostVerb", longest_first=True))
        self.relative_holder_marks = tuple(lex.words("RelativeHolderMark"))  # 出任某职的某某: the holder after the post
        #: 责任: a word that ends in a verb of a post (项目责任领导为…, 责任人为…): no verb there, no name before it
        self.post_verb_in_word = tuple(lex.words("PostVerbInWord"))
        #: AfterName's words that open with a verb of a post (任组长): the name and the post are read by AfterName's rules
        self.verb_words_after_name = tuple(w for w in lex.words("AfterName")
                                           if any(w.startswith(v) and len(w) > len(v) for v in self.post_verb_words))
        self.leaving_verbs = frozenset(lex.words("PostVerb", "leaving"))
        self.clause_commas = lex.chars("LeftPostComma")  # 不再兼任某职，改任…: the clause of the post left ends
        self.bare_leaving_verbs = frozenset(lex.words("PostVerb", "bare"))  # 不再兼任某区委书记: no 职务 needed
        self.move_verbs = tuple(lex.words("PostVerb", "move"))  # 出任, 调任, 当选: a post taken beside or after one held
        self.past_post_verbs = frozenset(lex.words("PostVerb", "past"))  # 曾任: a post held before
        self.election_verbs = frozenset(lex.words("PostVerb", "election"))  # 当选: a congress's vote
        #: 甲、乙当选…, 甲、乙任…: verbs whose post each name of a list before them takes
        self.listed_verbs = self.election_verbs | frozenset(lex.words("PostVerb", "listed"))
        self.institution_post_verb = lex.regex(r"{InstitutionPostVerb:longest}")  # 任; 免去 (removal)
        self.institution_removals = frozenset(lex.words("InstitutionPostVerb", "removal"))
        self.termed_heads = tuple(lex.words("TermedBodyHead"))  # 联合会, 协会: a federation whose congress elects
        self.past_post_verb = lex.regex(r"{PastPostVerb:longest}")
        self.past_link = lex.words("PastPostLink")[0]
        self.role_post_verb = lex.regex(r"{RolePostVerb:longest}")  # 作为某村第一书记，李俊…
        self.role_links = tuple(lex.words("RolePostLink"))
        self.career_verb = lex.regex(r"{PastPostVerb.career:longest}")  # 历任: a list of posts held before
        self.career_item_closes = tuple(lex.words("CareerItemClose", longest_first=True))  # …副市长等。1949年起…
        #: 1990年任, 1995年3月起任, 1990年至1995年任: a year alone opening a clause, then the verb of a post taken
        self.career_year = lex.regex(r"(?:^|(?<=[{SentenceEnd}{TitleChainComma}]))\d{4}年(?:\d{1,2}月)?"
                                     r"(?:(?:{CareerYearRange})\d{4}年(?:\d{1,2}月)?)?(?:{CareerYearOpen:longest})?"
                                     r"(?:{CareerYearVerb:longest})", re.M)
        #: 1949年12月起 before a career's verb (1949年12月起先后任…): the year that opens the item, printed before the verb
        self.career_year_lead = lex.regex(r"\d{4}年(?:\d{1,2}月)?(?:(?:{CareerYearRange})\d{4}年(?:\d{1,2}月)?)?"
                                          r"(?:{CareerYearOpen:longest})?$")
        self.name_leads = lex.words("NameLead")
        #: a word for one of a body's staff or a rank (干部, 科员, 工作人员): a name right after it is a person's, though
        #: its surname be a function word (某厅干部于某某被选派…), unless the rest is a preposition's object (干部于近日)
        self.staff_words = tuple(lex.words("StaffWord", longest_first=True))
        self.preposition_objects = frozenset(lex.words("PrepositionObject"))
        self.name_verb_links = lex.words("NameVerbLink")
        #: 某某已于4月升任…: a date between the name and the verb, opened by 于 (NameVerbDateLead)
        self.name_verb_date = lex.regex(r"(?:{NameVerbDateLead:longest})(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:起)?$")
        self.name_verb_adverbs = lex.words("NameVerbAdverb", longest_first=True)  # 李明曾担任, 李明此前担任
        self.past_adverbs = frozenset(lex.words("NameVerbAdverb", "past"))  # 曾: the post is one held before
        #: 接替某某， between a name and its verb of a post (甲接替乙，出任…): the one taken over from, then a comma or none
        self.succession_link = lex.regex(r"(?:{SuccessionVerb:longest})[\u4e00-\u9fff·]{2,8}[，,]?$")
        # 选派张伟到某村任第一书记: a verb of sending a cadre, what links it to the place, the verb of the post taken there
        self.dispatch = lex.regex(r"({DispatchVerb:longest})")
        self.dispatch_link = lex.words("DispatchLink")
        self.dispatch_object = lex.words("DispatchObject", longest_first=True)  # 选派干部张伟到…: who is sent
        self.dispatch_passive = lex.words("DispatchPassive")
        # 第一书记是某局派来的干部某某: a post, the copula, the body that sent its holder, then the name
        self.title_copulas = lex.words("TitleCopula")
        self.copula_name_end = lex.chars("CopulaNameEnd")
        self.ranks = tuple(lex.words("BracketedRank"))  # 正处级: a post's rank, after a copula no name
        self.sent_by = lex.words("SentBy", longest_first=True)
        self.dispatch_post = lex.regex(r"(?:{DispatchPostVerb:longest})")
        self.went_to = lex.regex(r"(?:{DispatchLink:longest})")
        # 张伟因工作调动辞去…: the reason a post is left, between the name and the verb
        self.leaving_reason = lex.regex(r"{LeavingReasonStart}[\u4e00-\u9fff]{0,6}?(?:{LeavingReasonEnd})(?:{LeavingRequest})?$")
        #: 郭某以190票当选为…: the votes a name won, printed between the name and a verb of election
        self.vote_count = lex.regex(r"(?:{VoteLead})[{Numeral}]+(?:{VoteCounter})(?:{VoteQualifier})?$")
        self.header = lex.regex(r"[【\[]({HeaderLabel})[】\]][:：]?|(?:^|(?<=[\n{SentenceEnd}]))({HeaderLabel})[:：]")
        self.header_cues = lex.cues("HeaderLabel")
        self.header_separators = lex.chars("HeaderSeparator")
        self.title_name_gap = lex.chars("TitleNameGap")
        self.bracketed_rank = lex.regex(r"[（(](?:{BracketedRank})[）)]")  # 市纪委书记（正厅级）某某: the rank, then the name
        # 挂职副县长（省农业农村厅下派）某某, 副县长（挂职）某某: a note of how the post is held, then the name
        self.bracketed_post_note = lex.regex(r"[（(][\u4e00-\u9fff]{0,12}?(?:{BracketedPostNote})[）)]")
        self.name_line_colons = lex.chars("NameLineColon")
        self.name_line_cues = tuple(self.title_name_gap) + tuple(self.name_line_colons)  # a name line holds one (holds_any)
        #: 王某（女，朝鲜族） 某省某市某镇某村党支部书记: a list's line opening with a name, a bracketed note, blanks, then posts
        #: 组长：某某 某市副市长, 成 员：某某 某局局长: a member's line of a group's list may open with the member's role
        #: 党的二十大代表、, 十四届全国人大代表、: a status, no post, that a name line may print before its chain of posts
        self.status_before_chain = lex.regex(r"(?:第?[一二三四五六七八九十]{1,3}届)?(?:{StatusBeforeChain:longest})[、，,]")
        self.name_line = lex.regex(r"^(?:(?:{NameLineRole:longest})[{NameLineColon}][ \u3000]*)?"
                                   r"([\u4e00-\u9fff]{2,4})(?:[（(][^）)\n]{1,12}[）)])?(?:[{TitleNameGap}]+|([{NameLineColon}]))",
                                   re.M)
        #: 张某：某区某街道党工委书记。 / 李某：某街道党工委副书记（挂职，…）。: what may close the chain of a name line
        #: opened by a colon before its line's end (NameLineClose), a bracketed note (NameLineNote) before that
        self.name_line_close = lex.regex(r"(?:[（(][^）)\n]{1,40}[）)])?[{NameLineClose}]?[ \u3000\t]*(?:\r?\n|$)")
        self.header_colons = lex.chars("RoleColon")
        self.title_like_words = tuple(lex.words("TitleLikeWord"))
        #: 县政府领导班子: a word that begins inside a title's last characters and runs on past its end (TitleRunOnWord)
        self.title_run_on = tuple(lex.words("TitleRunOnWord"))
        self.credit_open = lex.chars("CreditOpen")
        self.chain_joints = lex.chars("TitleChainJoint")
        self.chain_commas = lex.chars("TitleChainComma")
        # 李建平，村党支部书记，…: a name of two or three characters set off by commas after punctuation or the text's start
        self.apposition_close = lex.chars("TitleChainComma") | lex.chars("ItemEnd")  # …书记，谈了 / …部长；某某，…
        self.comma_apposition = lex.regex(r"(?:^|(?<=[^\u4e00-\u9fff]))([\u4e00-\u9fff]{2,3})(?=[{TitleChainComma}])")
        self.credit_stop = lex.chars("CreditStop")
        self.names_then_title = lex.regex(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)"
                                          r"((?:{NameCountLead})?[{Numeral}]*[{NameCounter}]?)"
                                          r"({TitleModifier})?({Post.group:longest}|{Post.after_name:longest})")
        # 荣某、黄某、廖某等领导出席: names closed by 等 and the bare word for leaders, which is no title elsewhere; the
        # bodies they lead may stand between (甲、乙等市委、市政府领导), the title then printed with them
        body = r"[{LeadersBodyLevel}](?:{LeadersBody:longest})"
        self.names_then_leaders = lex.regex(r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?)({NameCountLead})"
                                            rf"((?:{body}[、和])*{body})?({{LeadersAfterCount:longest}})")
        self.post_closers = lex.words("PostClose")
        # a name (a dotted minority name too: 某某·某某，男，) opening a profile
        self.profile = lex.regex(r"(?:^|(?<=[{ProfileStart}]))([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2})"
                                 r"[{ProfileSeparator}](?:{ProfileMark}|\d{4}年(?:\d{1,2}月)?(?:{ProfileBirth:longest}))"
                                 r"[{ProfileSeparator}]")
        #: a table's column bar (王强｜男｜汉族), and the header of the column of the post held now (现任职务)
        self.column_bar = lex.regex(r"[{ColumnBar}]")
        self.current_post_column = lex.regex(r"(?:{CurrentPostColumn})")
        #: the titles a post in no body of government ends in, read in a profile (县人民医院副院长)
        self.profile_post_ends = tuple(lex.words("Post", "chain", default=True, longest_first=True))
        self.profile_cues = lex.cues("ProfileMark") + lex.cues("ProfileBirth")
        self.current_post = lex.regex(r"{CurrentPostVerb:longest}")
        self.role_colon = lex.regex(r"\s*[{RoleColon}]\s*")
        # a line of credits: a role, a colon or a bar, a name closed by a blank, the line's end, a slash or a bracket
        self.credit_line = lex.regex(r"(?:^|(?<=[\s{CreditOpen}/｜|]))({CreditLineRole:longest})[ \t]*[{CreditLineMark}][ \t]*"
                                     r"([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2})"
                                     r"(?=[ \t\u3000/｜|）)\]】]|$)", re.M)
        # …and the next name of the same credit, one blank after the one before (记者：甲 乙 丙), no role before a mark
        self.credit_line_more = lex.regex(r"[ \u3000]([\u4e00-\u9fff]{2,4})(?=[ \t\u3000/｜|）)\]】]|$)(?![ \t]*[{CreditLineMark}])", re.M)
        self.credit_line_cues = lex.cues("CreditLineMark")
        # 来源：某镇某某某⏎: a credit whose name follows the writer's town (CreditPlaceRole: the roles of such a line)
        self.credit_place_line = lex.regex(r"(?:^|(?<=[\s{CreditOpen}/｜|]))({CreditLineRole:longest}|{CreditPlaceRole:longest})"
                                           r"[ \t]*[{CreditLineMark}][ \t]*([\u4e00-\u9fff]{4,10})(?=[ \t\u3000/｜|）)\]】]|$)", re.M)
        self.credit_place_levels = tuple(lex.words("CreditPlaceLevel", longest_first=True))
        self.byline_roles = frozenset(lex.words("CreditLineRole"))  # 记者 张三⏎: a byline's role before a blank
        self.credit_line_stop = lex.chars("CreditLineStop")
        #: what closes a name in a list page's record (党委书记：李红　电话…, 局长：刘军，负责…), and the phrase that may lead
        #: a record before a blank (a village's or a unit's name)
        self.record_name_close = lex.chars("RecordNameClose")
        self.record_name_list = lex.chars("RecordNameList")  # 委员：某某、某某
        #: a status printed after a post and before the name (离休干部: 某县原县长、离休干部某某)
        self.status_after_post = lex.words("StatusAfterPost", longest_first=True)
        #: a body's Party group or committee as a title's modifier (局党组书记), and the heads' characters printed before it
        self.body_party_groups = frozenset(lex.words("BodyPartyGroup"))
        self.party_group_heads = lex.chars("PartyGroupHeadChar")  # 局党组书记, 院党组书记: the body named before
        self.record_lead = re.compile(r"[\u4e00-\u9fff]{2,12}")
        self.alias_bracket = lex.regex(r"[（(][^（()）{NameBoundary}]{2,8}[）)]")
        #: a figure of legend, myth or literature, no real person (guidelines: only real people are Person): a name
        #: printed right after a FictionCueBefore (传说中的, 饰演) or right before a FictionCueAfter (雕像, 人物形象), or
        #: one of the well-known figures of FictionName (孙悟空)
        self.fiction_before = tuple(lex.words("FictionCueBefore"))
        self.fiction_after = tuple(lex.words("FictionCueAfter"))
        self.fictional = frozenset(lex.words("FictionName"))
        #: 金龙鱼、周黑鸭等企业: names in a list that a kind of firm or brand closes are the firms', no person's
        self.firm_list_after = lex.regex(r"(?:、[\u4e00-\u9fff]{2,8})*等(?:{FirmListKind:longest}|{FirmListGoods:longest})"
                                         r"(?![{FirmListNotAfter}])")
        #: 饰演县委书记的某 (the actor), 饰演镇长某 and 电影里的镇长某 (the character): a post played, not held; 扮演 is no
        #: play in a sentence about a drill (DrillWord: 演练)
        self.play_verbs = lex.regex(r"{FictionPlayVerb:longest}")
        self.drill_verbs = tuple(lex.words("FictionPlayVerb", "drill"))
        self.drill_words = tuple(lex.words("DrillWord"))
        self.role_attributes = lex.chars("FictionRoleAttribute")  # 饰演女村支书某
        #: 剧中，某某由演员某某饰演: the name before the link (由) is the role, the one after it the actor
        self.played_by = lex.regex(r"(?:{FictionPlayedBy:longest})([^，。；！？、\n]{2,12}?)(?:{FictionPlayVerb:longest})")
        self.played_by_links = tuple(lex.words("FictionPlayedBy"))
        self.actor_role = lex.words("ActorRole")[0]
        #: what ends a credit's slot in a footer besides the line's end: its closing bracket, or two blanks (or a wide
        #: one) before the next credit's role and colon (编辑：某某  审核：某某), or a footer's role and colon right after
        #: the name where cleaning took out the one blank between them (视频编辑：某某 文字编辑：某某)
        self.credit_slot_end = lex.regex(r"[{CreditStop}]|(?:[ \t]{2,}|\u3000)[\u4e00-\u9fff]{1,4}[{RoleColon}]"
                                          r"|(?:{CreditLineRole.footer:longest})[{RoleColon}]")
        #: roles printed in a footer's credits only, and only before a colon (审核：某某, 摄影：某某): no role in prose
        self.credit_roles = tuple(lex.words("CreditLineRole", "footer"))
        # 周某某：本院受理…: the party a notice addresses by name at the head of its paragraph, or right after its case
        # number when cleaning joined the number's line to it (NoticeNumberEnd); NoticeSelf: how the issuing body names
        # itself right after the colon
        self.notice_self = tuple(lex.words("NoticeSelf"))
        self.notice_addressees = lex.regex(r"(?m)(?:^|(?<=[0-9０-９][{NoticeNumberEnd}]))((?:[\u4e00-\u9fff]{2,20}、){0,4}[\u4e00-\u9fff]{2,4})[：:](?={NoticeSelf})")
        self.credit_role_colon = lex.regex(r"({CreditLineRole.footer:longest})\s*[{RoleColon}]\s*")
        #: 游客高峰: a noun that, printed right after a role, makes the role its modifier, no name
        self.after_role_nouns = frozenset(lex.words("AfterRoleNoun"))
        self.posts = frozenset(lex.words("Post"))
        self.post_longest = max(map(len, self.posts))


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


def _place_near(places: list[Candidate], pos: int, kind: str, text: str, window: int = 40) -> Candidate | None:
    """The place of kind ``kind`` (市, 区, 镇 ...) named last before ``pos`` in the same sentence
    (大江镇党委书记李强、镇长刘芳芳: 大江镇)."""
    best = None
    for p in places:
        if p.division.code and p.end <= pos and pos - p.end <= window and p.name.endswith(kind) \
                and not any(ch in text[p.end : pos] for ch in "。！？\n"):
            if best is None or p.end > best.end:
                best = p
    return best


def _division_within_at(text: str, pos: int, place: Candidate) -> bool:
    """Whether a division within ``place`` is named in full at ``pos`` (东莞市长安镇: 长安镇 of 东莞市, no 市长)."""
    if not place.division.code:
        return False
    gaz = Gazetteer.load()
    for end in range(pos + 2, min(pos + 8, len(text)) + 1):
        name = text[pos:end]
        if any(d.name == name and gaz.is_within(d.code, place.division.code) for d in gaz.lookup(name)):
            return True
    return False


def _implied_government(post: "_Title", home, chain_orgs=(), place_before: Candidate | None = None,
                        kind: str = "") -> Candidate | None:
    """开平市的代理市长 → 开平市人民政府, as a body the text implies but does not print.

    The place is that of another body in the same title chain (东坡区委副书记、区长 → 东坡区)
    when it is of the right kind, else the article's home jurisdiction."""
    title = post.title
    v = _vocabulary()
    kind = kind or v.government_heads[post.head]
    if not title.startswith(v.head_title_prefixes) and title != post.head:
        return None
    gaz = Gazetteer.load()
    div = None
    if place_before is not None and place_before.name.endswith(kind):  # 浦东新区区长: the place just named
        div = gaz.get(place_before.division.code)
        if div is None and place_before.division.parent and place_before.division.level == Level.TOWN:
            return _unlisted_town_government(post, place_before.name, place_before.division.parent)  # 某县某乡乡长
    for org in chain_orgs if div is None else ():
        place = org.body.place
        if org.body.place_code and place.endswith(kind):
            div = gaz.get(org.body.place_code)
            break
        if not org.body.place_code and org.body.within_code and place.endswith(kind):  # 某乡党委副书记、乡长
            return _unlisted_town_government(post, place, org.body.within_code)
    if div is None:
        div = home.for_printed(kind) if home is not None else None
        if div is not None and post.head in v.named_government_heads and not div.name.endswith(kind):
            return None  # 某网北京3月7日讯…省长某某: a 省长 heads no government of the capital the report is filed from
    if div is None:
        return None
    juris = home.name_of(div) if home is not None and div.level not in (Level.TOWN, Level.STREET) else jurisdiction_name(gaz, div)
    name = with_city(juris + v.government_bodies.get(post.head, "人民政府"), div.code, gaz)
    return Candidate(post.start, post.start, "Agency", name, "implied-by-title", 0.6, priority=Priority.IMPLIED,
                     body=BodyRef(place=div.name, place_code=div.code), implied=True)


def _unlisted_town_government(post: "_Title", town: str, county_code: str) -> Candidate | None:
    """The people's government of a township the tables do not list, named within its county (宣汉县某乡人民政府)."""
    gaz = Gazetteer.load()
    county = gaz.get(county_code)
    if county is None or county.level != Level.COUNTY:
        return None
    juris = jurisdiction_name(gaz, county)
    town = town.rpartition(county.name)[2] or town  # its committee's place as printed: 达州市宣汉县某乡
    name = with_city(f"{juris}{town}人民政府", county.code, gaz)
    return Candidate(post.start, post.start, "Agency", name, "implied-by-title", 0.6, priority=Priority.IMPLIED,
                     body=BodyRef(place=town, within_code=county.code, place_key=f"Place/{county.code}-{town}"), implied=True)


def _implied_town_committee(pg: "_Page", post: "_Title", kinds: str) -> Candidate | None:
    """镇组织委员 → the Party committee of the town printed before the title, or named last in its sentence when
    the title is printed after the town's level alone (网岭镇召开会议，镇宣传委员…), as a body the text implies."""
    place = post.place or pg.place_end.get(post.start)
    if place is None and post.start and pg.text[post.start - 1] in kinds:
        place = _place_near(pg.places, post.start - 1, pg.text[post.start - 1], pg.text)
    gaz = Gazetteer.load()
    div = gaz.get(place.division.code) if place is not None and place.division.code else None
    if div is None or not div.name.endswith(tuple(kinds)):
        return None
    name = with_city(f"中共{jurisdiction_name(gaz, div)}委员会", div.code, gaz)
    return Candidate(post.start, post.start, "Agency", name, "implied-by-title", 0.6, priority=Priority.IMPLIED,
                     body=BodyRef(place=div.name, place_code=div.code), implied=True)


def _last_body_before(pg: "_Page", pos: int, kinds: tuple[tuple[str, str], ...], session=None) -> Candidate | None:
    """The body named last before ``pos`` whose name ends and begins as one of ``kinds`` ((end, start) pairs): the
    congress whose session the text named (大会主席团常务主席), the court a member of its committee sits in. With
    ``session`` (a pattern of what follows a body that the text names with its session: 第三次会议), the last body so
    followed comes first: 政协某市委员会第三次会议…市委、人大、政府的领导…大会执行主席某某 are the CPPCC session's chairs."""
    best = held = None
    for at, org in pg.org_at.items():
        if at < pos and any(org.name.endswith(end) and org.name.startswith(start) for end, start in kinds):
            if best is None or at > best.start:
                best = org
            if session is not None and session.match(pg.text, org.end) and (held is None or at > held.start):
                held = org
    return held or best


def _signs_its_line(text: str, s: int, e: int) -> bool:
    """Whether the title and name at ``s:e`` stand alone on their line, as a notice's signature does (审判员 某某)."""
    return (s == 0 or text[s - 1] == "\n") and not text[e : (text.find("\n", e) + 1 or len(text) + 1) - 1].strip()


def _sentence_bounds(text: str, pos: int, ends: str) -> tuple[int, int]:
    """The start and end of the sentence around ``pos`` (its ends: ``ends``)."""
    s = pos
    while s > 0 and text[s - 1] not in ends:
        s -= 1
    e = pos
    while e < len(text) and text[e] not in ends:
        e += 1
    return s, e


def _longest_by_start(agencies: list[Candidate]) -> dict[int, Candidate]:
    """The longest organisation starting at each position."""
    out: dict[int, Candidate] = {}
    for a in agencies:
        cur = out.get(a.start)
        if cur is None or a.end > cur.end:
            out[a.start] = a
    return out


def _undeputy(title: str, v: "_Vocabulary") -> str:
    """``title`` without its deputy's mark (副局长 → 局长)."""
    return next((title[len(d):] for d in v.deputy_marks if title.startswith(d)), title)


def _heads_body(title: str, body: str) -> bool:
    """Whether a bare title is the head of ``body`` (局长 of a 局, 主任 of a 委员会 or 办公室).

    >>> _heads_body("局长", "开平市医疗保障局"), _heads_body("主任", "开平市人民政府办公室"), _heads_body("市长", "中共开平市委员会")
    (True, True, False)
    """
    v = _vocabulary()
    title = _undeputy(title, v)
    if len(title) == 2 and title[1] == "长" and body.endswith(title[0]) and title[0] in v.headed_body_ends:
        return True
    if title in v.chaired_titles and not body.startswith(v.cpc_prefix):
        return any(w in body for w in v.chaired_bodies)
    return title in v.directed_titles and body.endswith(v.directed_bodies) and not body.startswith(v.cpc_prefix)


@dataclass(slots=True)
class _Title:
    """One title of a chain (市委副书记 in 市委副书记、市长梁光挺) with what it belongs to."""

    title: str  # as printed after the jurisdiction (市委副书记)
    head: str  # the title in the lexicon (书记)
    modifier: str  # 副, 常务副, 代理 ...
    org: Candidate | None  # the body printed with it, or the body it is found to belong to
    start: int  # where the title's printed form (body included) starts
    span: tuple[int, int]  # the title itself
    place: Candidate | None = None  # the place printed before it (天水市副市长)
    government: bool = False  # printed after 政府 (政府县长)
    within: Candidate | None = None  # the body whose unit no rule reads (省委 in 省委政研室二级巡视员)


#: the levels of places whose residents a text names after 的 (土基镇的王晨阳)
_RESIDENT_LEVELS = frozenset({Level.TOWN, Level.STREET, Level.VILLAGE, Level.COMMUNITY})


@dataclass
class _Page:
    """What the people rules read on one text: the bodies and places found, the article's homes and the
    statistical model's names."""

    text: str
    org_at: dict[int, Candidate]  # the longest body starting at each position
    place_at: dict[int, Candidate]  # the longest listed place starting at each position
    place_end: dict[int, Candidate]  # a listed place ending at each position
    places: list[Candidate]
    home_of: Callable[[int], object] | None
    hint_ends: set[int]  # where the model's checked names end
    model_names: set[tuple[int, int]]  # the model's confident name spans
    bodies: list[Candidate] = field(default_factory=list)  # bodies a title chain names (市委常委、政法委书记)


def _implied_local_body(place: Candidate, abbr: str, at: int) -> Candidate | None:
    """The body of the village or community ``place`` that ``abbr`` (村委会, 居委会) names, as a body a title at ``at``
    implies (AgencyFinder.local_body), or None."""
    body = agency_finder().local_body(place, abbr, at, at)
    return None if body is None else dataclasses.replace(body, method="implied-by-title", confidence=0.6,
                                                         priority=Priority.IMPLIED, implied=True)


def _division_short(given: str) -> bool:
    """Whether ``given`` is the short name of a province or a prefecture (宁夏, 广西, 遵义): after a title and a
    conjunction, 检察长和宁夏某学院院长 names the next body's place, not a person surnamed 和."""
    return len(given) >= 2 and any(d.short == given and d.level in (Level.PROVINCE, Level.CITY)
                                   for d in Gazetteer.load().lookup(given))


class PeopleFinder:
    def __init__(self, lex: Lexicon):
        self.v = _vocabulary() if lex is lexicon() else _Vocabulary(lex)
        self.titles = PhraseIndex({e.pattern: e.pattern for e in lex.of("Post") if e.get("chain", True)})
        # titles read only right after a body (广东省第九批援藏工作队领队: a bare 领队 is a role)
        self.body_titles = PhraseIndex({e.pattern: e.pattern for e in lex.of("Post") if e.get("after_body")})
        self.roles = PhraseIndex({r: r for r in lex.patterns("Role")})
        self.modifiers = PhraseIndex({m: m for m in self.v.modifiers})  # longest first, as they are tried
        self.leads = PhraseIndex({g: g for g in self.v.government_leads})
        # the characters a title (with its government and modifiers) can begin with: most positions a rule
        # tries begin none, and are answered without a lookup
        self._title_starts = self.leads.first_chars | self.modifiers.first_chars | self.titles.first_chars

    def find(self, text: str, agencies: list[Candidate], hint_ends: set[int],
             home_of: Callable[[int], object] | None = None, role_hints: set[int] = frozenset(),
             places: list[Candidate] = (), model_names: set[tuple[int, int]] = frozenset()) -> list[Candidate]:
        """``hint_ends``: where the model's checked names end; ``role_hints`` adds the ends of its names
        after a title or a role, which only a role may use (校长高松); ``model_names``: the model's confident
        name spans, as printed (a title before one, or one before a title, is its boundary)."""
        listed = [p for p in places if p.division.code]
        local = [p for p in places if p.division.code or p.division.parent or p.division.level in _LOCAL_LEVELS]
        bare = self._bare_units(text, agencies)
        agencies = list(agencies) + bare
        pg = _Page(text, _longest_by_start(agencies), _longest_by_start(local), {p.end: p for p in listed},
                   list(places), home_of, hint_ends, model_names)
        out: list[Candidate] = []
        out += self._officials(pg)
        out += self._roles(text, hint_ends | role_hints, pg.place_at)
        out += self._name_then_title(pg)
        out += self._name_then_role(pg)
        out += self._body_members(pg, agencies)
        out = self._with_posts_held(out, self._appointments(pg))
        # 某省委秘书长某某出任…, 某镇副镇长某某当选…: the post held and the one taken, both; a name read after its title
        # is a name before the verb, though the model read none there
        narratives = self._narratives(pg, {c.end: c.start for c in out if c.type == "Official"})
        moved = [c for c in narratives if c.titles.post_span is not None
                 and text[c.end : c.titles.post_span[0]].endswith(self.v.move_verbs)] \
            if self.v.move_verbs else []
        out = self._with_posts_held(out, moved) + [c for c in narratives if not any(c is m for m in moved)]
        out += self._respective_posts(pg)
        out += self._respective_holders(pg)
        out += self._institution_posts(pg)
        out = self._with_posts_held(out, self._dispatched(pg))  # 选派办公室负责人某某到某村任第一书记: both posts
        out += self._leaders_after_names(pg)
        out += self._titles_in_brackets(pg)
        out += self._header_lists(pg)
        out += self._profiles(pg)
        out += self._name_lines(pg)
        out += self._credit_lines(text)
        out += self._caption_names(pg)
        out += self._notice_addressees(text)
        out += self._players(pg)
        out += self._place_residents(pg, out)
        out = self._group_posts_after_names(pg, out)
        out = self._institution_secretaries(pg, out)
        named = {(o.start, o.end) for c in out for o in c.titles.orgs}
        return self._printed_longer(text, out) + pg.bodies + [b for b in bare if (b.start, b.end) in named]

    def _institution_secretaries(self, pg: _Page, found: list[Candidate]) -> list[Candidate]:
        """以王林书记为班长的医院党委, 某某书记等院领导参加会议: a name then a bare Party title (a Post with a "branch":
        书记, 副书记) and no body is an institution's Party secretary, a person with that role, where the same name is read
        elsewhere in the text as a person with a role (某某任某医院党委书记), or where its sentence named before it an
        institution whose Party secretary is a person (InstitutionHead "party_person": 医院, 学校) and no body after that."""
        text = pg.text
        people = {c.name: c.role or c.titles.posts[0].title for c in found
                  if c.type == "Person" and (c.role or c.titles.posts)}  # 某医院党委书记某某: a person with a post's title
        out = []
        for c in found:
            if c.type != "Official" or c.method != "pattern-name-title" or c.titles.orgs \
                    or len(c.titles.posts) != 1 or c.titles.posts[0].title not in self.v.branch_titles:
                out.append(c)
                continue
            role = people.get(c.name)
            if not role:
                s, _ = _sentence_bounds(text, c.start, self.v.sentence_end)
                end = max((k + len(h) for h in self.v.party_person_heads for k in (text.rfind(h, s, c.start),) if k >= 0),
                          default=-1)
                if end >= 0 and not any(end <= org.start and org.end <= c.start for org in pg.org_at.values()):
                    role = c.titles.posts[0].title
            if not role:
                out.append(c)
                continue
            out.append(Candidate(c.start, c.end, "Person", c.name, "pattern-name-role", 0.7, priority=Priority.ROLE_NAME,
                                 role=role))
        return out

    def _caption_names(self, pg: _Page) -> list[Candidate]:
        """A caption's name before the bracket that places its person in the picture (某某(左一)为群众答疑), at a line's
        or a sentence's start; before a bracket of order (甲、乙、丙(从左至右)) each name of the list. A place, a word or
        a role there is no name."""
        text, out = pg.text, []
        if not holds_any(text, self.v.caption_position_cues):
            return out
        for m in self.v.caption_position.finditer(text):
            end = m.start()
            while True:
                start = None
                for n in (3, 2):
                    s = end - n
                    name = text[max(s, 0) : end]
                    prev = text[s - 1] if s > 0 else "\n"
                    if s < 0 or _HAN_FIRST <= prev <= _HAN_LAST or not is_person_name(name) or name in common_words() \
                            or name[-1] in self.v.place_ends or s in pg.place_at or next(self.roles.matches_at(text, s), None) is not None \
                            or next(self.titles.matches_at(text, s), None) is not None:
                        continue
                    start = s
                    break
                if start is None:
                    break
                out.append(Candidate(start, end, "Person", text[start:end], "pattern-caption-name", 0.7,
                                     priority=Priority.ROLE_NAME))
                if not m.group("row") or start == 0 or text[start - 1] not in self.v.name_list_separators:
                    break
                end = start - 1  # 甲、乙、丙(从左至右): the names of the list, each before its separator
        return out

    def _bare_units(self, text: str, agencies: list[Candidate]) -> list[Candidate]:
        """A bureau's 科 or 股 read with its parent, then printed bare before its head's title (该局某某科和…。某某科科长
        某某说): the bare print names that unit, so the head's post is the bureau's unit's. The unit's own words are
        what its name has after its parent's (three characters or more); a print inside another body's name is none."""
        units, referred = {}, {}
        for org in agencies:
            parent = org.body.parent
            if parent and org.name.startswith(parent) and org.name.endswith(self.v.bare_unit_ends) \
                    and len(org.name) - len(parent) >= 3:
                units.setdefault(org.name[len(parent):], org)
            surface = org.body.surface if org.body is not None else ""
            tail = next((t for t in self.v.bare_body_tails if surface.endswith(t) and len(surface) > len(t)), None)
            if tail is not None and org.method.startswith("grammar"):  # 县人大常委会主任…，常委会副主任某某: the same body
                if tail in self.v.referred_body_tails:
                    referred.setdefault(tail, []).append(org)
                else:
                    units.setdefault(tail, org)
        if not units and not referred:
            return []
        spans = [(a.start, a.end) for a in agencies]
        out = []
        for tail, orgs in referred.items():  # 到某县茶产业发展服务中心调研，中心主任某某…: the centre named last before it
            for m in re.finditer(re.escape(tail), text):
                s, e = m.span()
                prev = text[s - 1] if s else "\n"
                if any(a <= s < b for a, b in spans) or self._title_after(text, e) is None \
                        or (_HAN_FIRST <= prev <= _HAN_LAST and prev not in self.v.bare_body_demonstratives):
                    continue  # within a body's printed name, no title after it, or the tail of a word (市民中心主任)
                named = [o for o in orgs if o.end <= s]
                if named:
                    out.append(dataclasses.replace(max(named, key=lambda o: o.end), start=s, end=e))
        for own, org in units.items():
            for m in re.finditer(re.escape(own), text):
                s, e = m.span()
                if any(a <= s < b for a, b in spans) or self._title_after(text, e) is None:
                    continue  # within a body's printed name, or no title after it
                out.append(dataclasses.replace(org, start=s, end=e))
        return out

    def _players(self, pg: _Page) -> list[Candidate]:
        """饰演县委书记的王某, 在剧中扮演村支书的李某: the name after a post played (FictionPlayVerb) and 的 is the
        actor's, a real person holding no post."""
        text, out = pg.text, []
        for m in self.v.play_verbs.finditer(text):
            d = text.find("的", m.end(), m.end() + _PLAYED_POST_LONGEST + 1)
            played = text[m.end() : d]
            if d < 0 or not played.isalpha() or not any(played[-k:] in self.v.posts for k in range(2, min(len(played), self.v.post_longest) + 1)) \
                    or _in_drill(self.v, text, m.start(), m.group()):
                continue
            p = d + 1
            ne = name_end(text, p, pg.hint_ends, strict=True)
            if ne is None:  # 扮演村支书的李某表演生动: after the role played, a name the model or the surname's frequency bears
                ne = name_end(text, p, pg.hint_ends, min_tf=MIN_CUED_SURNAME_TF)
                if ne is not None and not (ne in pg.hint_ends or is_person_name(text[p:ne])):
                    ne = None
            if ne is None or any(True for _ in self.titles.matches_at(text, p)) or any(True for _ in self.roles.matches_at(text, p)):
                continue
            out.append(Candidate(p, ne, "Person", text[p:ne], "pattern-player-name", 0.75, priority=Priority.ROLE_NAME))
        return out

    def _place_residents(self, pg: _Page, found: list[Candidate]) -> list[Candidate]:
        """土基镇的王晨阳是…, 龙坪村的周桂兰说: a name right after a town's, a village's or a community's name and 的
        (PlaceTitleLink), with a frequent surname, closed by punctuation or a word that follows names, is a person."""
        text, v, out = pg.text, self.v, []
        taken = {c.start for c in found}
        for p in pg.places:
            q = p.end + 1
            if p.division.level not in _RESIDENT_LEVELS or text[p.end : q] not in v.place_link or q in taken \
                    or q in pg.org_at or q in pg.place_at or next(self.titles.matches_at(text, q), None) is not None \
                    or next(self.roles.matches_at(text, q), None) is not None:
                continue
            e = name_end(text, q, pg.hint_ends, strict=True, min_tf=MIN_SURNAME_TF)
            if e is None or not 2 <= e - q <= 3:
                continue
            name, after = text[q:e], text[e : e + 2]
            tf = max(surnames().get(name[0], 0), surnames().get(name[:2], 0))
            if name in common_words() or anonymised(name) or reads_as_words(name, text[e : e + 1]) or tf < 100:
                continue  # 镇的马铃薯, 村的王某: no name; a rare surname wants the model
            if name[-1] in v.place_noun_tails:
                continue  # 柳河镇的田野上, 石门村的地头: a noun of place in the town, no one living there
            if after[:1] in v.hard_boundary or after.startswith(v.after_name) or (q, e) in pg.model_names:
                out.append(Candidate(q, e, "Person", name, "pattern-place-resident", 0.6, priority=Priority.ROLE_NAME))
        return out

    def _group_posts_after_names(self, pg: _Page, found: list[Candidate]) -> list[Candidate]:
        """专班由县委常委、常务副县长某某任组长, 成立由某某任组长的…领导小组: a name followed by 任 and a task group's
        post holds that post in the task group its sentence names (before the name, or after it within the clause)."""
        text, v = pg.text, self.v
        groups = [o for o in pg.org_at.values() if o.name.endswith(v.task_group_heads)]
        if not groups:
            return found
        out = []
        for c in found:
            m = v.group_post_after.match(text, c.end) if c.type in ("Official", "Person") else None
            if m is not None:
                s, e = _sentence_bounds(text, c.start, v.sentence_end)
                near = [o for o in groups if s <= o.start and o.end <= e]
                if near:
                    org = min(near, key=lambda o: abs(o.start - c.start))
                    t = c.titles
                    c = dataclasses.replace(c, type="Official", titles=Titles(
                        t.posts + (Post(m.group(1), org.name, ""),), t.orgs + (org,), t.post_span or (c.start, c.end),
                        t.title_spans + (m.span(1),)))
            out.append(c)
        return out

    def _printed_longer(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """副县长赵明正带队…赵明正指出: a two-character name read before a character that may follow a name (正, 于) is
        the three-character name the text prints elsewhere before punctuation or a word that surely follows a name."""
        v = self.v
        common = common_words()
        sure = self._sure_after_name
        out = []
        for c in found:
            three = text[c.start : c.end + 1]
            if c.type in ("Official", "Person") and c.end - c.start == 2 and len(three) == 3 and c.name == text[c.start : c.end] \
                    and is_person_name(three) and three not in common and given_name_ok(three[1:]):
                at = text.find(three)
                while at >= 0:
                    after = text[at + 3 : at + 5]
                    if at != c.start and (not after or after[0] in v.hard_boundary or after.startswith(sure)):
                        c = dataclasses.replace(c, end=c.end + 1, name=three)
                        break
                    at = text.find(three, at + 1)
            out.append(c)
        return out

    @functools.cached_property
    def _sure_after_name(self) -> tuple[str, ...]:
        """The words of two characters or more that may follow a name: made once, not for each text."""
        return tuple(w for w in self.v.after_name if len(w) >= 2)

    # --- building an official ---------------------------------------------------------------

    def _chain_at(self, pg: _Page, pos: int) -> tuple[int, list[_Title]] | None:
        """A title chain starting at ``pos`` (市委常委、政法委书记): its end and its titles."""
        t = self._title_at(pg, pos)
        if t is None:
            return None
        chain = [t[1]]
        return self._extend_chain(pg, t[0], chain), chain

    def _official(self, pg: _Page, s: int, e: int, chain: list[_Title], post_span: tuple[int, int], method: str,
                  confidence: float, qualifier: str = "") -> Candidate:
        """The official named at ``s:e`` with the posts of a title chain; each title's body is the one printed,
        the one the title before it heads (党组书记、局长), or the people's government a head of government
        implies (市长 → 开平市人民政府). Without any body or strong title it is a person."""
        for prev, c in zip(chain, chain[1:]):
            if c.org is None and prev.org is not None and _heads_body(c.head, prev.org.name):
                c.org = prev.org
        for c in chain:
            if c.org is None and pg.home_of is not None and c.head in self.v.government_heads:
                kind = self.v.government_heads[c.head]
                near = c.place or pg.place_end.get(c.start)
                if near is None:  # 甲县代表团来到乙县，带队的是县长某某 (县委副书记、县长某某): 甲县's head
                    near = delegation_led_back(pg.text, chain[0].start, pg.places)
                governing = self.v.government_bodies.get(c.head, "人民政府")
                printed = next((x.org for x in chain if x is not c and x.org is not None and not x.org.implied
                                and x.org.body.place_code and x.org.body.place.endswith(kind)
                                and x.org.name.endswith(governing)), None)
                if near is None and printed is not None:
                    # 市委常委、乙市委书记某，市政府党组成员、副市长某: the government printed in the title's own chain
                    # (市政府) is the one it heads, not that of a place printed earlier in the sentence (乙市)
                    c.org = printed
                    continue
                near = near or _place_near(pg.places, c.start, kind, pg.text)
                if near is None and not any(x.org for x in chain):  # 市长乙带领丙市党政代表团…: 丙市's mayor
                    near = led_delegation_place(pg.text, c.span[1], pg.places)
                c.org = _implied_government(c, pg.home_of(c.start), [x.org for x in chain if x.org], near)
            kind = self.v.chain_government_heads.get(c.head)
            if c.org is None and kind and pg.home_of is not None and c.title == c.modifier + c.head and any(
                    x.org is not None and x.org.body.place_code and x.org.body.place.endswith(kind) for x in chain if x is not c):
                c.org = _implied_government(c, pg.home_of(c.start), [x.org for x in chain if x.org], kind=kind)
            if c.org is None and kind and pg.home_of is not None and c.title == c.modifier + c.head and (
                    (c.place is not None and c.place.name.endswith(kind)) or pg.text[: c.span[0]].endswith(kind)):
                # 某某自治区副主席某某, 自治区主席某某: the region's government, the one body such a title is printed
                # bare after its region (its congress, CPPCC, federations print their own names)
                c.org = _implied_government(c, pg.home_of(c.start), (), c.place, kind=kind)
            if c.org is None and c.head in self.v.party_members:
                c.org = _implied_town_committee(pg, c, self.v.party_members[c.head])
            branch, _ = self._branch_title(c)
            if c.org is None and branch is not None:
                c.org = self._implied_village_branch(pg, c, self.v.grassroots_forms[branch])
            if c.org is None and c.modifier + c.head in self.v.committee_titles:  # 某村村主任 → 某村村民委员会
                c.org = self._implied_village_committee(pg, c, self.v.committee_titles[c.modifier + c.head])
            if c.org is None and c.head in self.v.session_titles:
                c.org = _last_body_before(pg, c.start, self.v.session_bodies, self.v.session_meeting)
            units = self.v.corps_posts.get(c.head)
            if c.org is None and units:
                c.org = self._corps_unit(pg, chain, c, units)
            kinds = self.v.held_in.get(c.head)  # 法院; 派出所|公安局: the kinds of body the post is held in
            if c.head in self.v.trial_roles and any(x is not c and (x.org is not None or x.within is not None) for x in chain):
                kinds = None  # 审判长、刑事审判庭庭长某某: the trial's role beside the judge's post, no post of its own
            units = self.v.held_in_units.get(c.head, ())  # 民一庭审判长某某: the court's division printed right before
            if kinds is not None and (c.org is None or not c.org.name.endswith(kinds)) \
                    and not (c.org is not None and units and c.org.name.endswith(units)
                             and (c.org.body.parent or "").endswith(kinds)):  # not the unit before it in a list
                c.org = _last_body_before(pg, c.start, tuple((kind, "") for kind in kinds))
                if c.org is not None and c.org.body.parent and _signs_its_line(pg.text, chain[0].start, e):
                    # 审判员 某某 signing a notice after 本院某人民法庭: the court that issues it, not the unit it names
                    c.org = next((o for o in pg.org_at.values() if o.name == c.org.body.parent
                                  and o.name.endswith(kinds)), c.org)
        for c in chain:  # 某法院民一庭审结…。庭长某某: a unit's head printed bare, of the unit its paragraph named last
            kinds = self.v.unit_in.get(c.head)
            if c.org is None and c.place is None and c.within is None and kinds is not None:
                unit = _last_body_before(pg, c.start, tuple((kind, "") for kind in kinds))
                c.org = unit if unit is not None and "\n" not in pg.text[unit.end : c.start] else None
        for c in chain:  # 某镇镇长、党委书记某某: a Party post printed bare after the town's own post
            if c.org is None and (c.place is None or c.place is c.within):
                c.org = self._chain_town_committee(chain, c)
        for c in chain:  # 某村工作队队长、驻村第一书记某某 (or the reverse): the village of the team in the same chain
            branch, neutral = self._branch_title(c)
            if c.org is None and branch is not None:
                for team in (x.org for x in chain if x is not c and x.org is not None and not x.org.implied):
                    c.org = self._implied_village_branch(pg, c, self.v.grassroots_forms[branch], team)
                    if c.org is not None:
                        break
                if c.org is None and c.place is None and c.start < c.span[0]:
                    # 某委派驻某县某乡某村第一书记某某: a title printed after the body that sent him, the village (of a
                    # chain of places) right before it: the post is in that village's branch
                    c.place = next((p for p in pg.places if p.end == c.span[0] and p.division.level in _LOCAL_LEVELS), None)
                    c.org = self._implied_village_branch(pg, c, self.v.grassroots_forms[branch]) if c.place else None
                if c.org is None and neutral:  # 驻村第一书记某某 in a paragraph about one village
                    c.org = self._implied_village_branch(pg, c, self.v.grassroots_forms[branch], stationed=True)
                # 村里的第一书记是…, 走进村支书某某家中 (a title that begins with the village's level, and no village
                # printed right before it): the post of the branch of the one village the text has named before it
                ref_end = c.span[0] - (1 if pg.text[c.span[0] - 1 : c.span[0]] in self.v.quote_open else 0)  # 村“第一书记”
                if c.org is None and c is chain[0] and (pg.text.endswith(self.v.village_references, 0, ref_end) or (
                        c.place is None and c.head in self.v.place_level_titles and c.title == c.modifier + c.head
                        and c.span[0] not in pg.place_end)):
                    c.org = self._implied_village_branch(pg, c, self.v.grassroots_forms[branch], stationed=True,
                                                         referred=True)
        for prev, c in zip(chain, chain[1:]):  # 社区书记、主任某某: the committee of the branch's village or community
            if c.org is None and c.place is None and c.title in self.v.branch_partner_titles and prev.org is not None:
                c.org = self._branch_partner_committee(pg, prev.org, c)
        if chain[0].org is None and chain[0].place is None and chain[0].within is None:
            chain[0].org = self._body_visited(pg, chain[0])
        if chain[0].org is None and chain[0].place is None and chain[0].within is None:
            chain[0].org = self._body_of_sentence_before(pg, chain[0])
        if chain[0].org is None and chain[0].place is None and chain[0].within is None \
                and self._head_char_party_group(pg, chain[0]):
            for c in chain:  # 某县人民法院召开…，院党组书记、院长某某: the body of that head named last before it
                if c.org is None and c.place is None and c.within is None:
                    c.org = self._page_body(pg, c)
        if chain[0].org is None and chain[0].place is None and chain[0].within is None \
                and title_record_at(pg.text, chain[0].start):
            for c in chain:  # 局长：某某 on a bureau's own page: the body of that head the page named last before it
                if c.org is None and c.place is None and c.within is None:
                    c.org = self._page_body(pg, c)
        # 某医院党委书记, 院党委书记 after a hospital, 党委书记 opening a clause after a visit to one: no agency's post
        institution = pg.text.endswith(self.v.party_person_heads, 0, chain[0].start) \
            or self._short_institution_at(pg, chain[0].start) or self._institution_visited(pg, chain)
        governmental = any(c.org is not None or c.within is not None or c.head in self.v.strong_titles and not institution
                           for c in chain)
        posts = tuple(Post(c.title, c.org.name if c.org is not None else "", c.modifier or qualifier) for c in chain)
        return Candidate(s, e, "Official" if governmental else "Person", pg.text[s:e], method,
                         confidence if governmental else round(confidence - 0.2, 2), priority=Priority.OFFICIAL,
                         titles=Titles(posts, tuple(c.org for c in chain if c.org is not None), post_span,
                                       tuple(c.span for c in chain)))

    def _chain_town_committee(self, chain: list[_Title], c: _Title) -> Candidate | None:
        """某镇镇长、党委书记某某, 某街道办事处主任、党工委书记某某: a title printed with the form of a township's Party
        body (党委, 党工委), after a town printed apart from it (花石镇·党委书记) or in a chain whose other post is in a
        body of a town or street, is a post in that township's Party committee (its form after the township's level:
        TownPartyAbbrev)."""
        form = max((f for f in self.v.grassroots_forms if c.title.startswith(f) and len(c.title) > len(f)), key=len, default=None)
        if form is None:
            return None
        gaz = Gazetteer.load()
        codes = [c.place.division.code] if c.place is not None and c.place.division.code else []  # 花石镇·党委书记
        codes += [x.org.body.place_code for x in chain if x is not c and x.org is not None and x.org.body.place_code]
        for code in codes:
            div = gaz.get(code)
            if div is None or div.level not in (Level.TOWN, Level.STREET):
                continue
            if not any(a.endswith(form) and div.name.endswith(a[: -len(form)]) for a in self.v.town_party_abbrevs):
                continue
            name = with_city(f"中共{jurisdiction_name(gaz, div)}{self.v.grassroots_forms[form]}", div.code, gaz)
            return Candidate(c.start, c.start, "Agency", name, "implied-by-title", 0.6, priority=Priority.IMPLIED,
                             body=BodyRef(place=div.name, place_code=div.code), implied=True)
        return None

    def _branch_title(self, c: _Title) -> tuple[str | None, str]:
        """The Party branch form a title is a post in (第一 + 书记), and the stationed modifier before it (驻村第一书记: a
        post of the branch of the village the official is sent to), "" where none."""
        branch = self.v.branch_titles.get(c.modifier + c.head)
        neutral = next((w for w in self.v.stationed_modifiers if c.modifier.startswith(w)), "")
        if branch is None and neutral:
            branch = self.v.branch_titles.get(c.modifier[len(neutral):] + c.head)
        return branch, neutral

    def _short_institution_at(self, pg: _Page, i: int, after_verb: bool = False) -> bool:
        """到某县中医医院调研…，院党委书记某某: the short form of an institution (InstitutionShortForm 院, 校) standing alone
        right before a title at ``i`` names the institution ending in it that the text named last before it; whether
        that one's Party secretary is a person (InstitutionHead "party_person": a hospital, a school), not an agency's
        (法院, 检察院) nor one whose Party posts the golds keep as officials' (a university's). With ``after_verb`` the
        short form may follow the verb that takes the post (某某任院党委书记)."""
        text = pg.text
        if i < 1 or text[i - 1] not in self.v.institution_short_forms \
                or (not after_verb and i >= 2 and _HAN_FIRST <= text[i - 2] <= _HAN_LAST):
            return False
        short, end, person = text[i - 1], -1, False
        for head in self.v.any_institution_heads:
            k = text.rfind(head, 0, i - 1) if head.endswith(short) or self.v.institution_short_of.get(head) == short else -1
            if k >= 0 and k + len(head) > end:
                end, person = k + len(head), head in self.v.party_person_heads
        if any(org.end <= i - 1 and org.end > end and org.name.endswith(short) for org in pg.org_at.values()):
            return False  # 县人民法院…，院党组书记: a court's
        return person

    def _head_char_party_group(self, pg: _Page, c: _Title) -> bool:
        """某县人民法院召开…，院党组书记、院长某某: a title of a body's Party group (BodyPartyGroup) printed after that
        body's head character alone (PartyGroupHeadChar), opening a clause, where no hospital or school was named last."""
        text = pg.text
        return c.modifier in self.v.body_party_groups and text[c.start - 1 : c.start] in self.v.party_group_heads \
            and text[c.start - 2 : c.start - 1] in self.v.clause_open and not self._short_institution_at(pg, c.start)

    def _institution_visited(self, pg: _Page, chain: list[_Title]) -> bool:
        """到某县人民医院调研，党委书记某某陪同: a title chain of a Party committee (OwnPartyForm) with no body or place,
        opening a clause, after a sentence that named last an institution whose Party secretary is a person
        (InstitutionHead "party_person"): that institution's post, no agency's. A body the agency rules read after the
        institution takes the title instead."""
        text, start = pg.text, chain[0].start
        if any(c.org is not None or c.place is not None or c.within is not None for c in chain) \
                or text[start - 1 : start] not in self.v.clause_open \
                or not text.startswith(tuple(self.v.own_party_forms), start) \
                or any(c.head in self.v.government_heads for c in chain):
            return False  # only a Party committee's title (党委书记), never a government head's (县长)
        s, _ = _sentence_bounds(text, start, self.v.sentence_end)
        end = max((k + len(h) for h in self.v.party_person_heads for k in (text.rfind(h, s, start),) if k >= 0), default=-1)
        if end < 0:
            return False
        return not any(end <= org.start and org.end <= start for org in pg.org_at.values())

    def _body_visited(self, pg: _Page, post: _Title) -> Candidate | None:
        """走进县水务局农村供水管理站，站长何平介绍: a bare head's title (站长, 局长, 主任) opening a clause, with no body
        of its own, heads the body of that head that its sentence named last before it; a place visited that is no
        body (县人民医院，院长…) leaves the title a role. The body's kind may stand alone before the title (BareBodyKind:
        某省政府驻某市办事处联系安排，办事处主任某某带领): the body of that kind."""
        text = pg.text
        kind = next((w for w in self.v.bare_body_kinds if text.endswith(w, 0, post.start)), "")
        at = post.start - len(kind)  # 某省政府驻某市办事处…，办事处主任某某: the body's kind printed alone before the title
        if _undeputy(post.title, self.v) != _undeputy(post.head, self.v) or text[at - 1 : at] not in self.v.clause_open:
            return None
        s, _ = _sentence_bounds(text, post.start, self.v.sentence_end)
        heads = [org for at, org in pg.org_at.items() if s <= at and org.end < post.start and _heads_body(post.head, org.name)
                 and org.name.endswith(kind)]
        return max(heads, key=lambda org: (org.end, org.start)) if heads else None

    def _body_of_sentence_before(self, pg: _Page, post: _Title) -> Candidate | None:
        """某省某某厅厅长某某主持召开会议。副厅长某某、某某参加会议。: a bare head's title of a body ending in its head's
        character (副厅长, 局长; not 主任, which heads bodies of many kinds) opening a sentence heads the one body of that
        head the sentence before it named; two such bodies there, or none, leave it a role."""
        text = pg.text
        head = _undeputy(post.head, self.v)
        if _undeputy(post.title, self.v) != head or len(head) != 2 or head[1] != "长":
            return None
        s, _ = _sentence_bounds(text, post.start, self.v.sentence_end)
        if s != post.start or s == 0:
            return None
        ps, _ = _sentence_bounds(text, s - 1, self.v.sentence_end)
        heads = [org for at, org in pg.org_at.items()
                 if ps <= at and org.end < s and not org.implied and _heads_body(post.head, org.name)]
        return heads[0] if len({org.name for org in heads}) == 1 else None

    def _page_body(self, pg: _Page, post: _Title) -> Candidate | None:
        """局长：某某, 局党组书记、局长：某某 in a record of a body's own page (its set-up, its leaders): a bare head's title, or
        a title of the body's Party group printed after its head's character alone (局 + 党组书记), is a post in the body
        of that head the page named last before it."""
        text = pg.text
        if _undeputy(post.title, self.v) == _undeputy(post.head, self.v):
            def fits(org: Candidate) -> bool:
                return _heads_body(post.head, org.name)
        elif post.modifier in self.v.body_party_groups and text[post.start - 1 : post.start] in self.v.party_group_heads:
            ch = text[post.start - 1]

            def fits(org: Candidate) -> bool:
                return org.name.endswith(ch) and _heads_body(ch + "长", org.name)
        else:
            return None
        heads = [org for org in pg.org_at.values() if org.end < post.start and not org.implied and fits(org)]
        return max(heads, key=lambda org: (org.end, org.start)) if heads else None

    def _corps_unit(self, pg: _Page, chain: list[_Title], post: _Title, units: str) -> Candidate | None:
        """The Corps division or regiment (its kind's last character in ``units``) a command post printed without a
        body belongs to: the unit whose Party committee the chain named before it (七师党委书记、政委 → 新疆生产建设兵团
        第七师), else the unit of that kind named last before it in the text."""
        corps = self.v.corps_name

        def unit_of(org: Candidate) -> str:
            """The Corps unit ``org`` is, or whose Party committee it is ("" for neither)."""
            name = org.body.place if org.name == f"中共{org.body.place}委员会" and not org.body.place_code else org.name
            return name if name.startswith(corps) and name[-1:] in units else ""

        at = next(k for k, c in enumerate(chain) if c is post)
        found = next((c.org for c in reversed(chain[:at]) if c.org is not None and unit_of(c.org)), None)
        if found is None:  # the unit named last before it, or whose committee was
            found = max((o for s, o in pg.org_at.items() if s < post.start and unit_of(o)), key=lambda o: o.start,
                        default=None)
        if found is None or found.name == unit_of(found):
            return found
        return Candidate(post.start, post.start, "Agency", unit_of(found), "implied-by-title", 0.6,
                         priority=Priority.IMPLIED, body=BodyRef(), implied=True)

    def _implied_village_branch(self, pg: _Page, post: _Title, form: str,
                                team: Candidate | None = None, stationed: bool = False,
                                referred: bool = False) -> Candidate | None:
        """盐井村第一书记, 派驻到盐井村的第一书记 → the Party branch of the village printed right before the title
        (or before 的), as a body the text implies: 中共旺苍县木门镇盐井村支部委员会. After the post of a body in the
        same chain whose name holds a village (某局驻盐井村工作队队长、驻村第一书记), that village's branch; with
        ``stationed`` (驻村第一书记 with no village printed), the one village its paragraph has named before it; with
        ``referred`` too (村里的第一书记), the one village the text has named before it."""
        at = post.span[0]
        place = pg.place_end.get(at) or post.place
        if place is None and at and pg.text[at - 1] in self.v.place_link:  # 某村的第一书记: a village the gazetteer does not code
            place = pg.place_end.get(at - 1) or next((p for p in pg.places if p.end == at - 1
                                                      and p.division.level in _LOCAL_LEVELS), None)
        if place is None and at and pg.text[at - 1] in self.v.clause_open:  # 在清泉村，驻村第一书记张伟
            place = pg.place_end.get(at - 1)
        if place is None and team is not None and team.start < team.end:
            # a team named by its short form (驻村工作队队长、第一书记): the village of its full name printed before
            full = team if not team.body.abbr_anchor else max(
                (o for o in pg.org_at.values() if o.name == team.name and o.end <= team.start and not o.body.abbr_anchor),
                key=lambda o: o.start, default=team)
            inside = [p for p in pg.places if full.start <= p.start and p.end <= full.end]
            place = max(inside, key=lambda p: p.end) if inside else None
        if place is None and stationed:
            para = 0 if referred else pg.text.rfind("\n", 0, at) + 1
            # the one village of its sentence first (captions run on into one paragraph: 某村，在驻村第一书记某某协调下),
            # then of its paragraph
            sentence = max(para, max(pg.text.rfind(ch, 0, at) for ch in self.v.sentence_end) + 1)
            for start in dict.fromkeys((sentence, para)):
                before = [p for p in pg.places if start <= p.start and p.end <= at and p.division.level in _LOCAL_LEVELS]
                if before:
                    place = max(before, key=lambda p: p.end) if len({(p.name, p.division.parent) for p in before}) == 1 \
                        else None
                    break
        if place is None or place.division.level not in _LOCAL_LEVELS or not place.division.parent:
            return None
        gaz = Gazetteer.load()
        town = gaz.get(place.division.parent)
        if town is None or town.level not in (Level.TOWN, Level.STREET, Level.COUNTY, Level.CITY):
            return None  # a village under its city (a caption's 达州市某某村): the city's name before the village's
        name = with_city(f"中共{jurisdiction_name(gaz, town)}{place.name}{form}", town.code, gaz)
        # the village's own Party organisation as the text names it (村党总支: 总支部委员会; 华贸社区书记 where the text names
        # 华贸社区党委: the committee's)
        named = {o.name for o in pg.org_at.values() if not o.implied}
        name = next((n for n in (with_city(f"中共{jurisdiction_name(gaz, town)}{place.name}{f}", town.code, gaz)
                                 for f in dict.fromkeys(self.v.grassroots_forms.values())) if n in named), name)
        return Candidate(post.start, post.start, "Agency", name, "implied-by-title", 0.6, priority=Priority.IMPLIED,
                         body=BodyRef(place=place.name, place_code=place.division.code,
                                      place_key="" if place.division.code else f"Place/{place.division.parent}-{place.name}"),
                         implied=True)

    def _branch_partner_committee(self, pg: _Page, branch: Candidate, post: _Title) -> Candidate | None:
        """村书记、主任某某, 某社区党委书记、主任某某: the bare title after a post in the Party body of a village or a
        community is a post in that place's self-governing committee, as a body the text implies."""
        ref = branch.body
        if ref is None or not ref.place or not branch.name.startswith("中共"):
            return None
        # the place the branch is in: by its code, or (a village or community the gazetteer does not list) by its name
        place = next((p for p in pg.places if p.division.level in _LOCAL_LEVELS and p.name == ref.place
                      and (p.division.code == ref.place_code if ref.place_code else not p.division.code)), None)
        if place is None:
            return None
        return next((body for abbr in self.v.branch_partner_titles[post.title]
                     if (body := _implied_local_body(place, abbr, post.start)) is not None), None)

    def _implied_village_committee(self, pg: _Page, post: _Title, abbr: str) -> Candidate | None:
        """王家嘴村村主任, 在王家嘴村，村主任 → the self-governing committee (``abbr``: 村委会) of the village printed right
        before the title (or before the comma that opens its clause), as a body the text implies."""
        at = post.span[0]
        place = pg.place_end.get(at) or post.place
        if place is None and at and pg.text[at - 1] in self.v.clause_open:  # 在东山村，村主任某某
            place = pg.place_end.get(at - 1) or next((p for p in pg.places if p.end == at - 1), None)
        if place is None and post.head in self.v.place_level_titles and post.title == post.modifier + post.head \
                and at not in pg.place_end:
            # 某村…。村主任某某介绍: a title that begins with the village's level and no village printed right before
            # it: the committee of the one village the text has named before it (as 村里的第一书记 is its branch's)
            before = [p for p in pg.places if p.end <= at and p.division.level == Level.VILLAGE]
            if before and len({(p.name, p.division.parent) for p in before}) == 1:
                place = max(before, key=lambda p: p.end)
        if place is None or place.division.level != Level.VILLAGE:
            return None
        return _implied_local_body(place, abbr, post.start)

    # --- [title chain][names] ------------------------------------------------------------------

    def _officials(self, pg: _Page) -> list[Candidate]:
        text = pg.text
        out: list[Candidate] = []
        # a title chain can only start at an organisation, a place or a title (after a modifier)
        starts = set(pg.org_at) | set(pg.place_at)
        # a modifier before q ends with the character before q: only those are tried (all where q is nearer
        # the text's start than the longest modifier is long)
        modifiers, by_last, longest = self.v.modifiers, self.v.modifiers_by_last, self.v.modifier_longest
        for s, _e, _t, _v in self.titles.finditer(text, overlapping=True):
            starts.add(s)
            frontier = [s]
            reached = [s]
            for _ in range(2):  # up to two modifiers, as _title_after reads them (专职 + 副 + 主委)
                frontier = [q - len(m) for q in frontier for m in (by_last.get(text[q - 1], ()) if q >= longest else modifiers)
                            if text.startswith(m, q - len(m))]
                starts.update(frontier)
                reached += frontier
            # 镇党委书记甲，政府镇长乙: a bare 政府 before a title (and its modifiers) opens the chain too
            starts.update(q - len(g) for q in reached for g in self.v.government_leads
                          if q >= len(g) and text.startswith(g, q - len(g)) and q - len(g) not in pg.place_end)
        # ，县某某服务中心主任某某: a bare level that points at the article's home, then a body no rule reads and its head
        starts.update(q for m in self.v.home_level.finditer(text, 0, len(text) - 1)
                      if (q := m.start()) not in pg.org_at and q not in pg.place_at)
        order = sorted(starts)
        k = 0
        i = 0
        before: tuple[int, Candidate] | None = None  # where the last official's names ended, and the body of its last title
        while k < len(order):
            if order[k] < i:
                k += 1
                continue
            i = order[k]
            k += 1
            found = self._chain_at(pg, i)
            first = found[1][0] if found is not None else None
            if found is None or (first.org is None and first.place is None and first.within is None
                                 and len(first.head) < _SELF_STANDING_TITLE and not self._title_start_ok(text, i)
                                 and not self._short_institution_at(pg, i) and not self._head_char_party_group(pg, first)
                                 and self._body_visited(pg, first) is None):
                i += 1
                continue
            pos, chain = found
            p = pos
            lead = self.v.group_list_lead.match(text, p)
            if lead and chain[-1].head.endswith("领导"):  # 出席会议的市领导有：梁毅渝、耿洪波
                p = lead.end()
            names = self._names_at(pg, p) or self._spaced_name_line(pg, p, record=title_record_at(text, chain[0].start))
            if names and names[0][0] == pos and text.startswith(self.v.title_copulas, pos):
                names = self._copula_holder_names(pg, pos)  # 局长是谁, 主任是李四: the copula, not a surname
            status = next((w for w in self.v.status_after_post if text.startswith(w, pos + 1)), "") \
                if not names and text[pos : pos + 1] in self.v.name_list_separators | self.v.chain_commas else ""
            if status:  # 县人大常委会原主任、离休干部王某同志: a status after the post, then the name
                names = self._names_at(pg, pos + 1 + len(status))
            if not names and text[pos : pos + 1] in self.v.name_list_separators | self.v.chain_commas:
                names = self._quoted_epithet_names(pg, pos + 1)  # 村党支部书记、“大学生村官”某某: an epithet in quotes
            if not names and text[pos : pos + 1] in self.v.name_list_separators | self.v.chain_commas:
                names = self._institution_post_names(pg, pos + 1)  # 县政协原主席、县某某研究会会长某某
            if not names and len(chain) > 1 and text[pos : pos + 1] in self.v.name_list_separators \
                    and chain[-1].title[: len(chain[-1].title) - len(chain[-1].head)].endswith(self.v.party_person_heads):
                bare = [end for index in (self.titles, self.roles) for end, _, _ in index.matches_at(text, pos + 1)]
                if bare:  # 省工商联副主席、某集团党委书记、董事长某某: the firm's other post, then the names
                    names = self._names_at(pg, max(bare))
            if not names and text[pos : pos + 1] in self.v.name_list_separators:
                names = self._sender_cadre_names(pg, pos + 1)  # 驻村第一书记、市财政局干部某某: the body that sent the holder
            if not names and text[pos : pos + 1] in "（(":  # 党委书记（花石镇）某某: the place of the posts in brackets
                names = self._bracketed_place_names(pg, pos, chain)
            while not names and text[pos : pos + 1] in self.v.chain_commas:  # 县人大常委会党组书记、主任，县委副书记王明
                more = self._chain_at(pg, pos + 1)
                if more is None:
                    more = self._sibling_chain_at(pg, pos + 1, chain)
                if more is None:
                    break
                # 庭长某某担任审判长，人民陪审员甲、乙: the titles after a verb that takes a post are its subject's, so
                # the names after the comma hold only the titles printed there
                taken = text.endswith(self.v.post_verb_words, 0, chain[0].start)
                pos, chain = more[0], more[1] if taken else chain + more[1]
                p = pos
                names = self._names_at(pg, p) or self._spaced_name_line(pg, p, record=title_record_at(text, chain[0].start))
            if not names:  # 村里的第一书记是某局派来的干部某某: the copula and the body that sent the post's holder
                names = self._sent_holder_names(pg, pos)
            if not names:  # 现任县委书记为某某，县长为某某: the copula, then the one name that holds the post
                names = self._copula_holder_names(pg, pos)
            if not names:  # 出任省政府党组副书记的某某，: the verb of a post, the chain, 的, then its holder
                names = self._relative_holder_names(pg, chain, pos)
            if not names:
                i = pos if pos > i else i + 1
                continue
            if _fiction_cue_ends_at(self.v, text, chain[0].start):
                i = names[-1][1]  # 电影里的镇长某, 饰演县委书记某: the character's post, held by nobody
                before = None
                continue
            if before is not None:
                self._inherit_body(text, before, chain)
            if self._labelled_line_at(pg, chain[0].start, pos):  # 副主席：甲 乙 丙 under the body's heading
                self._roster_heading_body(pg, chain)
                names = names + self._blank_separated_names(pg, names[-1][1])
            for s, e in names:
                out.append(self._official(pg, s, e, chain, (chain[0].start, pos), "pattern-title-name", 0.9))
            i = names[-1][1]
            before = (i, chain) if any(c.org is not None and not c.org.implied for c in chain) else None
            sibling = self._sibling_official(pg, i, chain) \
                if before is not None or any(c.org is not None and c.place is not None for c in chain) else None
            while sibling is not None:  # 街道党工委书记李明、办事处主任张红; 副区长甲、农业农村局局长乙、水利局局长丙
                out += sibling[1]
                i, before = sibling[0], (sibling[0], sibling[2])
                sibling = self._sibling_official(pg, i, sibling[2])
        return out

    def _quoted_epithet_names(self, pg: _Page, pos: int) -> list[tuple[int, int]]:
        """村党支部书记、“大学生村官”某某: an epithet in quotes of no more than ``_EPITHET_MAX`` characters at ``pos``, between
        a title chain and its names: the names right after the closing mark, [] where the text is not so."""
        text = pg.text
        if text[pos : pos + 1] not in self.v.quote_open:
            return []
        close = next((k for k in range(pos + 2, min(len(text), pos + _EPITHET_MAX + 2)) if text[k] in self.v.quote_close), None)
        if close is None or not all(_HAN_FIRST <= ch <= _HAN_LAST for ch in text[pos + 1 : close]):
            return []
        return self._names_at(pg, close + 1)

    def _institution_post_names(self, pg: _Page, pos: int, more: int = _INSTITUTION_POSTS_MAX) -> list[tuple[int, int]]:
        """县政协原主席、县茶文化研究会会长某某, 县人大常委会副主任、县书法家协会会长某某: after a title chain and its separator,
        a post in an institution that is no agency (an association, a firm: InstitutionHead "party_person") printed
        within ``_INSTITUTION_NAME_MAX`` characters, then the names: they hold the chain's posts (the institution's post
        is none of an official's), [] where the text is not so. Such posts may run on after a list's separator, another
        institution's or a bare title of the last one (省工商联主席、某商总会会长、某集团董事长某某; 省工商联副主席、某集团
        党委书记、董事长某某), up to ``more`` of them."""
        text = pg.text
        if pos in pg.org_at:
            return []
        for k in range(pos + 2, min(len(text), pos + _INSTITUTION_NAME_MAX) + 1):
            if not _HAN_FIRST <= text[k - 1] <= _HAN_LAST or k - 1 in pg.org_at:
                return []  # punctuation, or a body the agency rules read: no institution's name
            if text.endswith(self.v.party_person_heads, 0, k):
                ends = [end for index in (self.titles, self.roles) for end, _, _ in index.matches_at(text, k)]
                if ends:
                    q = max(ends)
                    names = self._names_at(pg, q)
                    if names or more <= 1 or text[q : q + 1] not in self.v.name_list_separators:
                        return names
                    bare = [end for index in (self.titles, self.roles) for end, _, _ in index.matches_at(text, q + 1)]
                    names = self._names_at(pg, max(bare)) if bare else []
                    return names or self._institution_post_names(pg, q + 1, more - 1)
        return []

    def _sent_holder_names(self, pg: _Page, pos: int) -> list[tuple[int, int]]:
        """第一书记是县交通运输局派来的干部某某, 该村第一书记是市水利局派驻的某某: after a title chain that ends at ``pos``, the copula
        (TitleCopula), a body or place that sent the post's holder, the words of sending (SentBy) and a word for a cadre
        (DispatchObject): the names that follow, [] where the text is not so."""
        text, v = pg.text, self.v
        q = self._copula_end(text, pos)
        if q == pos:
            return []
        sender = pg.org_at.get(q) or pg.place_at.get(q)
        if sender is not None:
            q = sender.end
        sent = next((w for w in v.sent_by if text.startswith(w, q)), None)
        if sent is None:
            return []
        q += len(sent)
        q += next((len(w) for w in v.dispatch_object if text.startswith(w, q)), 0)
        return self._names_at(pg, q)

    def _relative_holder_names(self, pg: _Page, chain: list[_Title], pos: int) -> list[tuple[int, int]]:
        """出任省政府党组副书记的某某，担任县委书记的某某表示: a verb of a post taken (PostVerb, neither past nor leaving) right
        before a title chain that ends at ``pos``, the mark of a relative clause (RelativeHolderMark) after it, then one
        name that punctuation or a word that follows names closes: that name holds the chain's posts; [] where the text
        is not so (曾任县长的某某, 此前担任县长的某某: a post held before; 担任村支书的第三年: no name)."""
        text, v = pg.text, self.v
        mark = next((w for w in v.relative_holder_marks if text.startswith(w, pos)), None)
        if mark is None:
            return []
        verb = next((w for w in v.post_verbs_longest if text.endswith(w, 0, chain[0].start)), None)
        if verb is None or verb in v.past_post_verbs or verb in v.leaving_verbs \
                or any(text.endswith(a, 0, chain[0].start - len(verb)) for a in v.past_adverbs):
            return []  # 此前担任某县委副书记的某某，近日调任…: a post held before, the name read by the clause after it
        q = pos + len(mark)
        e = self._name_after_title(pg, q, strict=True)
        if e is None or not (e == len(text) or text[e] in v.name_close or text.startswith(v.after_name, e)) \
                or text[q:e] in common_words() and (q, e) not in pg.model_names \
                or not (is_person_name(text[q:e]) and max(surnames().get(text[q], 0), surnames().get(text[q : q + 2], 0))
                        >= MIN_SURNAME_TF or self._transliterated_name(text[q:e])):
            return []
        return [(q, e)]

    def _copula_end(self, text: str, pos: int) -> int:
        """Where the copula after a title chain that ends at ``pos`` ends (第一书记是…, 县长为…); ``pos`` where none."""
        return pos + next((len(w) for w in self.v.title_copulas if text.startswith(w, pos)), 0)

    def _copula_holder_names(self, pg: _Page, pos: int) -> list[tuple[int, int]]:
        """县委书记为某某，县长为某某 (现任…为…, …是…。): after a title chain that ends at ``pos``, a copula (TitleCopula)
        and one name that a clause's end closes (CopulaNameEnd): that name holds the chain's posts. A name that a verb
        follows is the copula's object, not the post's holder (县长为某某颁奖), [] where the text is not so."""
        text, v = pg.text, self.v
        q = self._copula_end(text, pos)
        if q == pos:
            return []
        if text.startswith(v.ranks, q):
            return []  # 市长为正处级: the post's rank, no name
        e = self._name_after_title(pg, q, strict=True)
        if e is None or not (e == len(text) or text[e] in v.copula_name_end) \
                or text[q:e] in common_words() and (q, e) not in pg.model_names:
            return []  # 局长为成员: a word, no name
        return [(q, e)]

    def _sender_cadre_names(self, pg: _Page, at: int) -> list[tuple[int, int]]:
        """驻村第一书记、市财政局干部某某: after a title chain and its 、 (``at`` just past it), a body and a word for a cadre
        (DispatchObject): the body sent the holder of the chain's posts, whose names follow; [] where the text is not so."""
        sender = pg.org_at.get(at)
        if sender is None:
            return []
        word = next((w for w in self.v.dispatch_object if pg.text.startswith(w, sender.end)), None)
        return self._names_at(pg, sender.end + len(word)) if word else []

    def _bracketed_place_names(self, pg: _Page, pos: int, chain: list[_Title]) -> list[tuple[int, int]]:
        """党委书记（花石镇）某某, 镇长（花石镇）某某: a place alone in brackets between a chain and its names is the place
        of its titles that print no body (as if printed before them): the names after the bracket, [] where none."""
        text = pg.text
        place = pg.place_at.get(pos + 1)
        if place is None or text[place.end : place.end + 1] not in "）)":
            return []
        names = self._names_at(pg, place.end + 1)
        for c in chain if names else ():
            if c.org is None and c.place is None and c.within is None:
                c.place = place
                c.within = place if c.head not in self.v.government_heads else None
        return names

    def _sibling_official(self, pg: _Page, end: int, chain: list[_Title]) -> tuple[int, list[Candidate], list[_Title]] | None:
        """街道党工委书记李明、办事处主任张红: after an official's names and a list separator, a body printed without its
        jurisdiction (read in the jurisdiction of the official's last body), its title and the next official's names:
        (where they end, the officials, their chain)."""
        text = pg.text
        at = end + 1
        if end >= len(text) or text[end] not in self.v.list_separators or at in pg.org_at or at in pg.place_at \
                or self._title_after(text, at) is not None or text.startswith(self.v.jurisdiction_abbrevs, at):
            return None  # a body or place read there, a title (审判委员会委员), an abbreviation (县政府办): the chain rules'
        # 某区副区长甲、农业农村局局长乙: a government implied by a head's title after its printed place is one too
        last = next((c.org for c in reversed(chain) if c.org is not None and (not c.org.implied or c.place is not None)), None)
        found = self._sibling_title_at(pg, at, last) if last is not None else None
        if found is None:
            return None
        pos, titles = found[0], [found[1]]
        pos = self._extend_chain(pg, pos, titles)
        names = self._names_at(pg, pos)
        if not names:
            return None
        pg.bodies.append(found[1].org)
        return names[-1][1], [self._official(pg, s, e, titles, (at, pos), "pattern-title-name", 0.9) for s, e in names], titles

    def _inherit_body(self, text: str, before: tuple[int, list[_Title]], chain: list[_Title]) -> None:
        """副主任程卫民 right after 区人大常委会常务副主任王岩石: a title printed without its body, in a list
        after an official of a body, is a post in that body (after 、 any title but a government's head; after a
        comma a title that heads the body or names a member of it). The body is the one of the same title in
        the official's chain (主委、政协副主席A，副主委B: the party's), else the one of its last title."""
        end, titles = before
        first = chain[0]
        head = first.head
        same = [self._body_in_chain(titles, k) for k, c in enumerate(titles) if c.head == head]
        same = [o for o in same if o is not None and not o.implied]
        sep = text[end : first.start]
        verb = next((w for w in self.v.after_name if sep.startswith(w)), "") if sep.startswith(self.v.after_name) else ""
        sep = sep[len(verb):]  # 主任刘洪波主持，副主任张红霞: the first official's verb, then the list goes on
        if text[end : first.start] in self.v.list_conjunctions:
            verb, sep = "", self.v.list_comma  # 副主任甲、乙和秘书长丙
        if sep not in self.v.list_separators and (verb or same):
            # 主任刘洪波主持会议，副主任张红霞: and the verb's object; a longer clause before the same title of the
            # same body (院长庹明辉通报了近三年涉农案件审判情况，副院长包晓蓉…)
            sep = self._after_verb_object(sep, _SAME_TITLE_CLAUSE_MAX if same else _VERB_OBJECT_MAX)
        if sep not in self.v.list_separators and same and self._clause_list(text[end : first.start]):
            sep = self.v.list_comma  # 副主席甲参加…，听取…；副主席乙
        if sep and sep in self.v.roster_line_breaks and len(chain) == 1 and head in self.v.member_titles \
                and text[chain[-1].span[1] : chain[-1].span[1] + 1] in self.v.header_colons \
                and text[titles[-1].span[1] : titles[-1].span[1] + 1] in self.v.header_colons \
                and first.org is None and first.place is None and not first.government and first.within is None:
            # 褡裢村村委会主任：甲 / 委员：乙、丙: the next labelled line of a roster, a member of the body of the line before
            org = titles[-1].org
            if org is not None and not org.implied:
                first.org = org
            return
        if first.org is not None or first.place is not None or first.government or first.within is not None \
                or sep not in self.v.list_separators:
            return
        if head in self.v.government_heads or head in self.v.group_titles:
            return
        org = same[-1] if same else titles[-1].org
        if org is None and not same:  # 某侨联党组书记、主席甲，党组成员乙: the body of the chain's last title that has one
            org = next((t.org for t in reversed(titles) if t.org is not None and not t.org.implied), None)
        if org is None or org.implied:
            return
        if sep not in self.v.name_list_separators and not (same or _heads_body(head, org.name) or head in self.v.member_titles):
            return
        first.org = org

    def _clause_list(self, between: str) -> bool:
        """市政协副主席甲参加某区政协组织的视察，听取意见；副主席乙参加…: what stands between an official's name and the
        next bare title of the same post is one clause of his own errand, closed by a semicolon, within one sentence: a
        schedule of a body's leaders, each in a clause of his own."""
        return 0 < len(between) <= _CLAUSE_LIST_MAX and between[-1] in self.v.clause_list_separators \
            and not any(ch in self.v.sentence_end or ch in self.v.clause_list_separators for ch in between[:-1])

    @staticmethod
    def _body_in_chain(titles: list[_Title], k: int) -> Candidate | None:
        """The body of the ``k``-th title of a chain: its own, else the one printed before it in the chain
        (区政协党组副书记、副主席: the CPPCC's 副主席)."""
        return next((c.org for c in reversed(titles[: k + 1]) if c.org is not None), None)

    def _after_verb_object(self, sep: str, longest: int) -> str:
        """What follows the object of an official's verb (会议， in 主持会议，; 大会并讲话， in 主持大会并讲话，):
        a run of at most ``longest`` Chinese characters up to a separator, or ``sep`` unchanged."""
        k = 0
        while k < len(sep) and k < longest and _HAN_FIRST <= sep[k] <= _HAN_LAST:
            k += 1
        return sep[k:] if k and sep[k:] in self.v.list_separators else sep

    def _names_at(self, pg: _Page, p: int) -> list[tuple[int, int]]:
        """The names after a title chain: one, or a list (市领导梁毅渝、耿洪波、石岩). A list goes on only with
        names that end at a boundary (副厅长吴海峰、阿里巴巴集团副总裁李明 is not a list)."""
        text = pg.text
        names: list[tuple[int, int]] = []
        rank = self.v.bracketed_rank.match(text, p) or self.v.bracketed_post_note.match(text, p)
        p = rank.end() if rank else p  # 市纪委书记（正厅级）某某, 挂职副县长（省某厅下派）某某
        e = self._name_after_title(pg, p, strict=False)
        while e is not None:
            names.append((p, e))
            # 副县长张三同志、李四同志: a word of address after each name of the list
            e += next((len(w) for w in self.v.honorifics if text.startswith(w, e) and e + len(w) < len(text)
                       and (text[e + len(w)] in self.v.name_list_separators or text[e + len(w)] in self.v.name_list_last)), 0)
            if e < len(text) and text[e] in self.v.name_list_separators:
                p = e + 1
                if next(self.titles.matches_at(text, p), None) is not None:
                    break  # 书记朝鲁、苏木达高娃: a title after the comma begins the next official's chain
                q = p + len(self.v.former) if text.startswith(self.v.former, p) else p
                if (q in pg.place_at or q in pg.org_at) and self._title_at(pg, q) is not None:
                    break  # 市委书记某某、原石家庄市长某某: a place's or a body's title begins the next chain, no name (原石)
                e = self._name_after_title(pg, p, strict=True)
                continue
            if len(names) >= 2 and e < len(text) and text[e] in self.v.name_list_last:  # 县领导A、B和C
                last = self._name_after_title(pg, e + 1, strict=True)
                if last is not None and not self._conjunction_not_name(pg, e + 1, last):
                    names.append((e + 1, last))
            break
        return names

    def _labelled_line_at(self, pg: _Page, start: int, end: int) -> bool:
        """Whether a title chain from ``start`` to ``end`` opens its line and a colon follows it (副主席：甲 乙): a labelled
        line of a roster."""
        text = pg.text
        line = text.rfind("\n", 0, start) + 1
        return not text[line:start].strip() and text[end : end + 1] in self.v.header_colons

    def _roster_heading_body(self, pg: _Page, chain: list[_Title]) -> None:
        """主席：甲⏎副主席：乙 丙 under 政协某市第一届委员会 printed at the end of the line above the roster: a bare title that
        opens a labelled line is a post in the body that closes the nearest line above that is no labelled line (at
        most ``_ROSTER_LINES_MAX`` labelled lines between)."""
        text = pg.text
        first = chain[0]
        if len(chain) != 1 or first.org is not None or first.place is not None or first.within is not None \
                or first.government:
            return
        k = text.rfind("\n", 0, first.start)
        for _ in range(_ROSTER_LINES_MAX):
            if k <= 0:
                return
            body = next((c for c in pg.org_at.values() if c.end == k), None)
            if body is not None:
                first.org = body
                return
            above = text.rfind("\n", 0, k) + 1
            found = self._chain_at(pg, above)
            if found is None or not self._labelled_line_at(pg, above, found[0]):
                return
            k = above - 1

    def _blank_separated_names(self, pg: _Page, e: int) -> list[tuple[int, int]]:
        """副主席：甲 乙 丙: after the first name of a labelled line, the names that single blanks separate up to the
        line's end, each ending at a blank or the line's end; none unless every one of the rest is such a name."""
        text = pg.text
        names: list[tuple[int, int]] = []
        while e < len(text) and text[e] in self.v.title_name_gap:
            p = e + 1
            end = self._name_after_title(pg, p, strict=True)
            if end is None or not (end == len(text) or text[end] in "\r\n" or text[end] in self.v.title_name_gap):
                return []
            names.append((p, end))
            e = end
        return names if e == len(text) or text[e] in "\r\n" else []

    def _spaced_name_line(self, pg: _Page, p: int, record: bool = False) -> list[tuple[int, int]]:
        """南充市人民政府副市长 张立新⏎, 南充市财政局局长：李红⏎ (the lines of a header): a name after blanks or a colon
        that ends its line; in a record that the title chain opens, a name after them that a blank, a colon, a comma or
        a bracket closes (党委书记：李红　联系电话：…, 局长：刘军，负责…)."""
        text = pg.text
        q = p
        while q < len(text) and (text[q] in self.v.title_name_gap or text[q] in self.v.header_colons):
            q += 1  # blanks, or a colon (南充市财政局局长：李红)
        if q == p or q >= len(text):
            return []
        if record:  # 苏木党委书记　巴图孟和　电话…: a transliterated name is the whole column up to the next blank or colon
            names = self._record_names(text, q)
            if names:
                return names
        e = self._name_after_title(pg, q, strict=True)
        if e is not None and (e == len(text) or text[e] in "\r\n" or (record and text[e] in self.v.record_name_close)):
            return [(q, e)]
        for n in (3, 2):  # 交通运输局局长 甘霖⏎: the whole rest of a header's line is its name, a word or not
            name = text[q : q + n]
            if len(name) == n and (q + n == len(text) or text[q + n] in "\r\n") and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in name) \
                    and not anonymised(name) and max(surnames().get(name[0], 0), surnames().get(name[:2], 0)) >= MIN_SURNAME_TF:
                return [(q, q + n)]
        for n in (3, 2):  # the next line's body or place right after the name (lines the cleaning joined)
            if (q + n in pg.org_at or q + n in pg.place_at) and is_person_name(text[q : q + n]) \
                    and text[q : q + n] not in common_words():
                return [(q, q + n)]
        return []

    def _record_names(self, text: str, q: int) -> list[tuple[int, int]]:
        """The names of a record's column that starts at ``q``: one up to the next blank, colon, comma or bracket, and
        after a 、 (RecordNameList) the next (监委会委员：某某、某某; a bracketed note after a name left out), each a
        transliterated name whole, or two or three characters after a surname, a word or not (副局长：纳国庆　分管…)."""
        names: list[tuple[int, int]] = []
        while q < len(text):
            k = q
            while k < len(text) and text[k] not in self.v.record_name_close and text[k] not in self.v.record_name_list \
                    and text[k] not in "\r\n":
                k += 1
            name = text[q:k]
            if not (3 <= len(name) <= 7 and self._transliterated_name(name) and name not in common_words()
                    or 2 <= len(name) <= 3 and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in name) and not anonymised(name)
                    and not self._title_after(text, q) and name not in self.v.after_name
                    and max(surnames().get(name[0], 0), surnames().get(name[:2], 0)) > 0):
                break
            names.append((q, k))
            note = _BRACKET_NOTE.match(text, k)  # 某某（兼村妇联主席）、某某
            nxt = note.end() if note else k
            if nxt >= len(text) or text[nxt] not in self.v.record_name_list:
                break
            q = nxt + 1
        return names

    def _name_after_title(self, pg: _Page, p: int, strict: bool) -> int | None:
        """The end of the name a title introduces at ``p``: a Tibetan, Uyghur or Mongolian name whole (普布顿珠),
        a Chinese name (:func:`name_end`), or one with a rare surname (缑建军) that ends at punctuation or that
        the model reads as a name."""
        text = pg.text
        long = self._transliterated_end(text, p, minimum=4) or self._mongolian_name_at(text, p)
        if long is not None:
            return long
        e = name_end(text, p, pg.hint_ends, strict=strict, min_tf=MIN_CUED_SURNAME_TF)
        run = self._long_transliterated_run(text, p, e)
        if run is not None:
            return run
        if e is not None:
            return None if self._conjunction_not_name(pg, p, e) else e
        if phrase_not_name_at(text, p):
            return None  # 第一书记念好“产业经”, 局长任上: the verb and its result, the post's term, whatever the model reads
        common = common_words()
        two = text[p : p + 2]
        if two in common and is_person_name(two) and surnames().get(two[0], 0) >= MIN_SURNAME_TF \
                and two not in self.v.after_name and given_name_ok(two[1:]) and not self._title_after(text, p) \
                and (text[p + 2 : p + 3] in self.v.name_close or text.startswith(self.v.verbs_after_name, p + 2)):
            return p + 2  # 副厅长高山，院长高中宣读: a name that is also a word, closed by punctuation or a verb
        compound = len(text[p : p + 2]) == 2 and text[p : p + 2] in surnames()  # 上官文华: a compound surname
        if compound and p + 4 <= len(text) and text[p + 3] not in self.v.hard_boundary \
                and text[p + 3] not in self.v.not_name_chars and text[p + 3 : p + 5] not in common \
                and not text.startswith(self.v.after_name, p + 3) and name_end(text, p, pg.hint_ends | {p + 4}, strict=True) == p + 4:
            # 令狐军茂出席, 令狐渔春十分认同: a compound surname before two given characters, whatever the model reads,
            # unless the fourth begins a word or a verb (令狐婷以及, 上官麦宣读)
            return p + 4
        for end in (p + 2, p + 3) + ((p + 4,) if compound else ()):
            name = text[p:end]
            if end < len(text) and is_person_name(name) and name not in common and name not in self.v.after_name \
                    and not anonymised(name) \
                    and not any(ch in self.v.not_name_chars for ch in name[1:]) and name[1:] not in self.v.not_given \
                    and (name[0] not in self.v.adverb_surnames or (p, end) in pg.model_names) \
                    and not (len(name) >= 3 and name[-1] in self.v.name_end_stop and (p, end) not in pg.model_names) \
                    and name[1:] not in self.v.speech_after and (  # 和他的“…”: no pronoun in a name; 常说：: no speech verb
                    (p, end) in pg.model_names or (
                    text[end] in self.v.hard_boundary and name[1:] not in common and name[:2] not in common) or (
                    len(name) == 3 and closes_name(text, end) and name[1:] not in common
                    and name[:2] not in common and given_name_ok(name[1:]))):
                return end  # 常委会会议 is no name: its given name is a word (衣晓峰主持 is a name)
        translit = self._transliterated_end(text, p, minimum=2)
        if translit is None and text[p : p + 1] in self.v.transliterated and not text.startswith(self.v.adverb_after, p):
            translit = self._transliterated_run(text, p)  # 县委书记次仁陪同: two transliteration characters a verb closes
        return translit

    def _conjunction_not_name(self, pg: _Page, p: int, e: int) -> bool:
        """队长和指挥, 村党支部书记和村委会主任: after a title, a "name" whose surname is more often a function
        word is that word when the model does not read a name there and its given name is a word or another
        title or body follows the function word; one whose surname is a modal verb (林长要带头巡林) is that word unless
        the model reads the name."""
        text = pg.text
        if text[p] not in self.v.function_surnames and text[p] not in self.v.modal_surnames or e in pg.hint_ends \
                or (p, e) in pg.model_names:
            return False
        if text[p] in self.v.adverb_surnames:
            return True  # 民警将追回…, 民警及时赶到: the adverb before a verb, unless the model reads a name
        given = text[p + 1 : e]
        closed = text[e : e + 1] in self.v.boundary or text.startswith(self.v.after_name, e)
        named = given in self.v.word_given_names and closed  # 书记向前进主持: a given name that is a word, then a verb
        return given in common_words() and not named or not given_name_ok(given) or p + 1 in pg.org_at or p + 1 in pg.place_at \
            or _division_short(given) \
            or self._title_after(text, p + 1) is not None or next(self.roles.matches_at(text, p + 1), None) is not None \
            or any(text.startswith(w, p + 1) for w in self.v.place_level_titles) or text.startswith(self.v.conjunction_objects, p + 1)

    def _transliterated_name(self, name: str) -> bool:
        """Whether ``name`` is written in transliteration characters after its first (乌兰图雅, 买买提·艾力), or is a
        given name and a father's name of two characters or more joined by the dot, whatever their characters."""
        parts = name.split("·")
        if len(parts) == 2 and all(len(x) >= 2 and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in x) for x in parts):
            return True
        return bool(name) and len(name) == len(name.strip("·")) and _HAN_FIRST <= name[0] <= _HAN_LAST \
            and all(ch in self.v.transliterated or ch == "·" for ch in name[1:])

    def _transliterated_run(self, text: str, p: int) -> int | None:
        """After a role, the end of a transliterated name that a word closes, not punctuation (老师多杰扎西结了婚,
        妻子其其格当时想不通, 牧民旦增说): the run of transliteration characters, less a last one that makes a word with
        the character after it (当时); four characters or more, three before a word, two before a verb of speech or another
        verb that follows names (带领, 介绍). Its first
        character is a transliteration character or a surname that is no function word."""
        v = self.v
        first = text[p : p + 1]
        if first and first not in v.transliterated and (first in v.function_surnames or not surnames().get(first)):
            return None  # 护林员沿额尔古纳河巡查: a word that is no surname (沿, 在) opens no transliterated name
        end = p + 1 if p < len(text) and _HAN_FIRST <= text[p] <= _HAN_LAST else p
        while end < len(text) and end - p < 7 and text[end] in v.transliterated:
            end += 1
        # 医生卓玛多次上门, 牧民贡布拉着…: an adverb or a short deed's verb that begins with transliteration characters (多次,
        # 拉着) ends the run, not the name's last characters
        end = next((j for j in range(p + 2, end) if text.startswith(v.adverb_after + v.short_translit_verbs, j)), end)
        closed = self._transliterated_name_end(text, p, end)
        if closed is not None:
            return closed  # 其其格带着: a word that ends Mongolian names ends this one
        common = common_words()
        if end - p >= 3 and text[end - 1 : end + 1] in common:
            end -= 1  # 其其格当时: 当 begins 当时
        if end - p < 2 or text[p:end] in common or any(text.startswith(v.after_name, j) for j in range(p + 1, end)) \
                or end - p < 4 and text[p] not in v.transliterated:
            return None  # 负责人近日表示: a short one wholly of transliteration characters
        nxt = text[end : end + 2]
        if end - p >= 4 or end - p == 3 and (nxt in common or text.startswith(v.after_name, end)) \
                or end - p == 2 and text.startswith(v.speech_after + v.verbs_after_name + v.short_translit_verbs
                                                    + v.adverb_after, end) \
                or end - p == 2 and text[end : end + 1] in v.household \
                and text[end + 1 : end + 2] in v.household_after | v.household_close and text[end + 1 : end + 2]:
            return end  # 牧民达娃说, 村民扎西带领, 教师格桑始终…, 牧民多吉家。: a verb, an adverb or a household closes two
        return None

    def _long_transliterated_run(self, text: str, p: int, chinese_end: int | None) -> int | None:
        """The end of a transliterated name of four characters or more at ``p`` that runs on past the Chinese name a
        rare surname would give (医生索南才让每月…, 村主任尼玛扎西翻开…, 镇长才让多杰带我们…: not 索南才, 尼玛 or none),
        where its first character is a transliteration character and no frequent surname; None otherwise."""
        first = text[p : p + 1]
        if not first:
            return None
        if first not in self.v.transliterated or surnames().get(first, 0) >= FREQUENT_SURNAME_TF:
            # 人大代表胡日沁必力格，: a Mongolian name of five characters or more whose first is a frequent surname's,
            # closed by punctuation, is read whole, not as the Chinese name its first three make
            if not all(ch in self.v.transliterated for ch in text[p + 1 : p + _LONG_SURNAMED_TRANSLITERATED]):
                return None  # most names: no run of that length can start here
            run = self._transliterated_run(text, p)
            if run is None or run - p < _LONG_SURNAMED_TRANSLITERATED or text[run : run + 1] not in self.v.hard_boundary \
                    or (chinese_end is not None and run <= chinese_end):
                return None
            return run
        run = self._transliterated_run(text, p)
        if run is None or run - p < 4 or (chinese_end is not None and run <= chinese_end):
            return None
        return run

    def _mongolian_name_at(self, text: str, p: int) -> int | None:
        """The end of a name of transliteration characters at ``p`` that a word ending Mongolian names closes (巴图孟和今年,
        毕力格和牧民), read before a Chinese name's surname could (巴, 毕); None where none."""
        v = self.v
        if not v.transliterated_ends or text[p : p + 1] not in v.transliterated:
            return None
        end = p
        while end < len(text) and end - p < 7 and text[end] in v.transliterated:
            end += 1
        return self._transliterated_name_end(text, p, end)

    def _transliterated_name_end(self, text: str, p: int, end: int) -> int | None:
        """In a run of transliteration characters ``p:end``, the end of a name of two characters or more that a word
        ending Mongolian names closes (TransliteratedNameEnd: 巴图孟和, 其其格, 毕力格): the name ends with the first
        such word that no other transliteration character follows, or that a word following names does (毕力格和牧民:
        和 is the conjunction); None where no such word ends a name in the run. A word following names inside such a
        word (和 of 孟和) is no boundary."""
        v = self.v
        if not v.transliterated_ends:
            return None
        for k in range(p + 2, end + 1):
            if not any(text.startswith(w, k - len(w)) and k - len(w) >= p for w in v.transliterated_ends):
                continue
            if k == end or text.startswith(v.after_name, k):
                inside = [j for j in range(p + 1, k) if text.startswith(v.after_name, j)
                          and not any(k - len(w) <= j for w in v.transliterated_ends if text.startswith(w, k - len(w)))]
                return None if inside or text[p:k] in common_words() else k
        return None

    def _transliterated_end(self, text: str, p: int, minimum: int) -> int | None:
        """The end of a name in transliteration characters (斯朗尼玛, 买买提·艾力) that runs from ``p`` to a
        boundary or a word that follows names, or None."""
        v = self.v
        # a name with the dot of a father's name runs longer (阿依古丽·买买提, 阿不都热依木·吐尔逊)
        longest = _THREE_PART_NAME_MAX if text[p : p + _THREE_PART_NAME_MAX].count("·") >= 2 \
            else _DOTTED_NAME_MAX if "·" in text[p : p + _DOTTED_NAME_MAX] else 7
        for n in range(longest, minimum - 1, -1):
            name = text[p : p + n]
            if len(name) < n or name[0] == "·" or name[-1] == "·":
                continue
            rest = name[1:] if n >= 4 else name
            parts = name.split("·")
            # a given name and a father's name joined by the dot, each of two characters or more, is a transliterated
            # name whatever its characters (艾克拜尔·买买提, 艾力肯·吐尔洪); so are three such parts (嘉木样·洛桑久美·图丹却吉尼玛)
            dotted = len(parts) in (2, 3) and all(len(x) >= 2 and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in x) for x in parts)
            after = text[p + n : p + n + 4]
            # 阿说拉英出席, 阿苦日哈、: a Yi name of four characters, opened and closed by transliteration characters, may hold
            # one everyday character inside (说, 日) where a boundary or a word that follows names closes it
            inner = n == 4 and name[0] in v.transliterated and name[-1] in v.transliterated \
                and sum(ch not in v.transliterated for ch in name[1:-1]) == 1 \
                and (after[:1] in v.hard_boundary or after.startswith(v.after_name))
            # 阿说拉英主持: a Yi family name, then two characters of any kind, closed the same way
            inner = inner or n == 4 and name[:2] in v.yi_clans and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in name) \
                and (after[:1] in v.hard_boundary or after.startswith(v.after_name))
            # 公保扎西，: a Tibetan name's first part in everyday characters, then two transliteration characters
            inner = inner or n == 4 and name[:2] in v.tibetan_heads and all(ch in v.transliterated for ch in name[2:]) \
                and (after[:1] in v.hard_boundary or after.startswith(v.after_name))
            if not dotted and not inner and not all(ch in v.transliterated or ch == "·" for ch in rest) \
                    or not _HAN_FIRST <= name[0] <= _HAN_LAST:
                continue
            if not dotted and not inner and name[0] not in v.transliterated and name[:2] in common_words() \
                    and (rest is not name or n >= 4):
                # 队员抵达拉萨, 徒弟参加比赛: a verb (抵达, 参加) whose object runs on in transliteration characters (a
                # place's name, or any), no name
                continue
            if after and after[0] not in v.hard_boundary and (n < 3 or not after.startswith(
                    v.after_name if n >= 4 else v.speech_after + v.verbs_after_name)):  # 拉姆措陪同: a verb closes three
                continue  # a short one (达娃) only before punctuation, one of three (额尔敦) before a verb of speech too
            # 阿木拉则，: 则 ends the name; 宝音达来带领: 来 too, in a long one, before a word that follows names and that
            # it begins none of (巴特尔来到: the verb)
            closed = text[p + n - 1] in v.closing_verbs and (after[:1] in v.hard_boundary or n >= 4 and after.startswith(
                v.after_name) and not any(len(w) > 1 and text.startswith(w, p + n - 1) for w in v.after_name))
            inside = [j for j in range(p + 2, p + n - (1 if closed else 0)) if text.startswith(v.after_name, j)]
            if dotted:  # 买合木提·艾则孜: a transliteration character of the father's name (则) is no word after a name
                inside = [j for j in inside if not (j > p + name.index("·") and text[j] in v.transliterated
                                                    and not any(len(w) > 1 and text.startswith(w, j) for w in v.after_name))]
            if inside or name in common_words():
                continue
            if dotted and any(next(self.titles.matches_at(text, j), None) is not None for j in range(p, p + n)):
                continue  # 、市政协主席买买提·艾力: a title before the name is none of its given name
            return p + n
        return None

    # --- titles ---------------------------------------------------------------------------------

    # [org or place][government][mod][title][suffix] (、...)* [name] (、[name])*
    def _quoted_post_at(self, text: str, pos: int) -> bool:
        """“第一书记” at ``pos``: an opening quote, a title papers print in quotes (QuotedPost), the closing quote."""
        return text[pos : pos + 1] in self.v.quote_open and any(
            text.startswith(w, pos + 1) and text[pos + 1 + len(w) : pos + 2 + len(w)] in self.v.quote_close
            for w in self.v.quoted_posts)

    def _title_at(self, pg: _Page, pos: int) -> tuple[int, _Title] | None:
        """A title starting at ``pos``, with its organisation if one starts there, or the place printed
        before it (天水市副市长: the title of 天水市's government)."""
        text = pg.text
        if pos not in pg.org_at and pos not in pg.place_at and self._quoted_post_at(text, pos):
            pos += 1  # 被派到某村担任“第一书记”: the post papers print in quotes, read from inside them
        start = pos
        org = pg.org_at.get(pos)
        place = None
        if org is not None and any(end > org.end and t in self.v.group_titles for end, t, _ in self.titles.matches_at(text, pos)):
            org = None  # 区政府领导: a group of leaders, whose title begins with a body's name
        if org is not None:
            pos = org.end
            alias = self.v.alias_bracket.match(text, pos)
            if alias:  # 县委党校（行政学院）副校长: the body's other name in brackets
                pos = alias.end()
            link = next((w for w in self.v.body_title_links if text.startswith(w, pos)), None)
            if link is not None and text.endswith(self.v.name_body_copulas, 0, start):
                pos += len(link)  # 某某是某县公安局的一名民警: 的 and a count word between the body and the post
        elif pos in pg.place_at:
            place = pg.place_at[pos]
            pos = place.end
            if text[pos : pos + 1] in self.v.place_title_dots and pos + 1 < len(text):
                pos += 1  # 花石镇·党委书记: a dot between the place and its title
        if (org is not None or place is not None) and self._quoted_post_at(text, pos):
            pos += 1  # 某村“第一书记”某某, 某村村党组织“第一书记”某某: the post papers print in quotes after its village
        found = self._title_after(text, pos, contracted=org is not None)
        if found is None and org is not None and pos < len(text):  # 某省第九批援藏工作队领队某某: a title only a body's
            found = self._title_after(text, pos, titles=self.body_titles)  # (某市红十字会专职副会长: with its modifiers)
        glued = False
        if found is None and place is not None and pos - 1 > start:
            # 吴川市领导李翾、李虹飞: a group of leaders whose title begins with the place's level character
            # 开平市长陈小曼, 漳浦县长某某: the head of the place's government, whose title shares the place's level
            # character; not after a name of two characters (新任县长: 任县; 赵县长 is a surname and a title) nor where
            # a division of the place is named from that character on (东莞市长安镇), and only before a name the model reads
            # (日喀则市长治久安: no name)
            group = self._title_after(text, pos - 1)
            if group is not None and not group[4] and (group[1] in self.v.group_titles
                                                       or group[1] in self.v.government_heads and not group[2]
                                                       and pos - start > 2 and not _division_within_at(text, pos, place)
                                                       and any((group[0], e) in pg.model_names for e in range(group[0] + 2, group[0] + 5))):
                found, glued = group, True
        if found is None and org is not None and pos in pg.org_at:
            return None  # 县纪委监委驻县财政局纪检监察组组长: the next body's own title follows it
        if found is None and org is not None:  # 省委政研室二级巡视员: a unit of the body that no rule reads
            unread = self._unread_body_title_at(pg, pos)
            if unread is not None:
                unread[1].start, unread[1].within = start, org
                if text[pos : unread[1].span[0]] in self.v.own_party_forms:
                    unread[1].org = org  # 某局党委副书记: a post of the bureau's own Party committee, the bureau's
            return unread
        if found is None and place is not None:  # 池河镇农技站站长: a body of the place no rule reads, then its head
            return self._unread_unit_head_at(pg, start, pos, place)
        if found is None and org is None and place is None and self.v.home_level.match(text, pos) \
                and pg.home_of is not None:
            # ，县城乡环境治理服务中心主任某某: the level alone points at the article's home; a body of it no rule
            # reads, then its head's title, is a post of that home (as after the home's printed name)
            d = pg.home_of(pos).for_abbr(text[pos])
            if d is None:
                return None
            home = Candidate(pos, pos + 1, "Place", d.name, "home-level", 0.6, priority=Priority.PLACE,
                             division=DivisionRef(d.level, d.code, d.parent))
            return self._unread_unit_head_at(pg, start, pos + 1, home)
        if found is None:
            return None
        end, title, mod, span, lead = found
        if place is not None and not lead and title not in self.v.government_heads and title not in self.v.strong_titles:
            return None  # 南京市委员: a place then a title needs a title of its government or one that only an official holds
        printed = text[start:end]
        at = org.body.surface.find(org.body.place) if org is not None and org.body.place else -1
        if at >= 0:  # the place begins the organisation's name, or ends a chain of places (浙江省湖州市委, 江门市蓬江区棠下镇党委)
            place_name = org.body.place
            after = start + at + len(place_name)
            cut = at + len(place_name) - (1 if place_name.endswith(("市", "区", "县", "省")) and text.startswith("委", after) else 0)
            printed = printed[cut:]  # 开平市委书记 → 市委书记; 沙塘镇党委书记 → 党委书记
        elif org is not None:
            surf = org.body.surface
            place_name = org.body.place
            short = place_name[:-1] if place_name.endswith(("市", "省", "区", "县")) else ""
            if short and surf.startswith(short) and not surf.startswith(place_name):
                printed = printed[len(short):]
        elif place is not None:
            printed = text[place.end - 1 if glued else place.end : end].lstrip("".join(self.v.place_title_dots))
        lead_at = next((g for g in self.v.government_leads if printed.startswith(g) and len(printed) > len(g)), "")
        printed = printed[len(lead_at):]  # 黄埔区人民政府副区长: the title is 副区长
        within = place if place is not None and not lead and title not in self.v.government_heads and not glued else None
        return end, _Title(title=printed, head=title, modifier=mod, org=org, start=start,
                     span=span, place=place, government=bool(lead), within=within)  # 网岭镇组织委员: a post of the place's

    def _unread_unit_head_at(self, pg: _Page, start: int, pos: int, place: Candidate) -> tuple[int, _Title] | None:
        """池河镇综合执法办主任, 明星村退役军人服务站站长: after a place, a body that no rule reads, then the title of
        its head (站长 of a 站, 主任 of an office); the post is the place's (``within``)."""
        text = pg.text
        starts = self._title_starts
        if pos >= len(text) or text[pos] in self.v.boundary or not _HAN_FIRST <= text[pos] <= _HAN_LAST:
            return None  # no unit's name begins with punctuation (工作专班。专班组长)
        for k in range(pos + 2, min(pos + _UNREAD_BODY_MAX, len(text))):
            if text[k - 1] in self.v.boundary or not _HAN_FIRST <= text[k - 1] <= _HAN_LAST:
                return None
            if text[k] not in starts:
                continue  # no title begins here (what _title_after would say first)
            found = self._title_after(text, k)
            if found is None or found[4] or not _heads_body(found[1], text[pos:k]):
                continue
            if text[pos:k].endswith(self.v.institution_heads):
                return None  # 湖南省农业科学院院长: the head of an institution that is no agency is no official
            end, title, mod, span, _ = found
            return end, _Title(title=text[pos:end], head=title, modifier=mod, org=None, start=start, span=span,
                               place=place, within=place)
        return None

    def _title_after(self, text: str, pos: int, contracted: bool = False,
                     titles: PhraseIndex | None = None) -> tuple[int, str, str, tuple, str] | None:
        """[government][modifier][modifier][title][suffix] at ``pos``: (end, head title, modifiers, title span, government).

        ``contracted``: the title may share its first character with the body before it (统战部长, 公安局长).
        ``titles``: the titles to read (by default those of title chains; the titles read only after a body)."""
        n = len(text)
        if pos >= n or (titles is None and not contracted and text[pos] not in self._title_starts):
            return None
        if titles is not None:
            contracted = False
        titles = self.titles if titles is None else titles
        lead = next((g for _, g, _ in self.leads.matches_at(text, pos)), "")
        p = pos + len(lead)
        mods: list[str] = []
        for _ in range(2):
            q = p + sum(map(len, mods))
            m = next((m for _, m, _ in self.modifiers.matches_at(text, q)), None) if q < n else None
            if m is None:
                break
            mods.append(m)
        for k in range(len(mods), -1, -1):  # 党组成员 is a title, not 党组 + 成员
            p2 = p + sum(map(len, mods[:k]))
            if text.startswith(self.v.title_like_words, p2):
                return None  # 主席台: a word that begins with a title
            for end, title, _ in titles.matches_at(text, p2) if p2 < n else ():
                if any(text.startswith(w, q) and q + len(w) > end for w in self.v.title_run_on
                       for q in range(max(p2 + 1, end - len(w) + 1), end)):
                    return None  # 县政府领导班子: a team of leaders, no title before a name
                end = self._with_suffix(text, end)
                if pos and text[pos - 1] in self.v.quote_open and text[end : end + 1] in self.v.quote_close \
                        and text[pos:end] in self.v.quoted_posts:
                    end += 1  # 村“第一书记”某某: a title papers print in quotes, the name after the closing mark
                return end, title, "".join(mods[:k]), (pos, end), lead
        if contracted and not lead and not mods and 0 < pos < n:
            for end, title, _ in self.titles.matches_at(text, pos - 1):
                if len(title) >= 2:
                    end = self._with_suffix(text, end)
                    return end, title, "", (pos - 1, end), ""
        return None

    def _with_suffix(self, text: str, end: int) -> int:
        if not text.startswith(self.v.title_suffixes, end):
            return end
        suffix = next((x for x in self.v.title_suffixes if text.startswith(x, end)), "")
        return end + len(suffix)

    def _extend_chain(self, pg: _Page, pos: int, chain: list[_Title]) -> int:
        """Add the titles that follow ``pos`` after 、 to ``chain``; where the chain ends. A body printed
        without its jurisdiction is that of the body before it (市委常委、政法委书记: the city committee's
        department; 县纪委书记、监委主任: the county's 监察委员会); it is added to the page's bodies."""
        text = pg.text
        while pos < len(text) and text[pos] in self.v.chain_joints:  # 、; 兼 (专职副主委兼秘书长)
            t = self._title_at(pg, pos + 1)
            # 市委常委、副书记、政法委书记: a bare title of the committee (副书记) between it and its department's title
            # leaves the department the committee's
            committee = chain[-1].org if chain[-1].org is not None else next(
                (x.org for x in reversed(chain) if x.org is not None), None) \
                if chain[-1].title in self.v.committee_member_heads else None
            if t is not None and chain[-1].org is not None and t[1].org is not None \
                    and t[1].org.method == "grammar-department":
                t = None  # 广州市委常委、宣传部部长: the department of the committee just named, not of the article's home
            if t is not None and t[1].org is None and committee is not None and t[1].head in self.v.body_first_titles:
                # 镇党委委员、纪委书记某某: a title that begins with a body (纪委书记) printed after a body of one is
                # that body, of the same jurisdiction, and its title, where they span the title's characters
                s = self._department_title_at(text, pos + 1, committee) \
                    or self._sibling_title_at(pg, pos + 1, committee)
                if s is not None and s[0] == t[0]:
                    t = s
                    pg.bodies.append(t[1].org)
            if t is None and committee is not None:
                t = self._department_title_at(text, pos + 1, committee) \
                    or self._sibling_title_at(pg, pos + 1, committee)
                if t is not None:
                    pg.bodies.append(t[1].org)
            if t is None and chain[-1].org is None and chain[-1].head in self.v.government_heads \
                    and pg.home_of is not None:
                # 某省副省长、公安厅厅长某某, 副县长、公安局局长某某: a department printed bare after a post in a people's
                # government is that government's jurisdiction's
                last = chain[-1]
                government = _implied_government(last, pg.home_of(last.start), [x.org for x in chain if x.org],
                                                 last.place or pg.place_end.get(last.start))
                t = self._sibling_title_at(pg, pos + 1, government) if government is not None else None
                if t is not None:
                    pg.bodies.append(t[1].org)
            if t is None:
                t = self._unread_body_title_at(pg, pos + 1)
            if t is None and chain[-1].org is not None and not chain[-1].org.implied:
                # 某市红十字会党组书记、专职副会长某某: a title read only after a body (会长), printed bare after a post in
                # the body printed before it, is a post in that body
                found = self._title_after(text, pos + 1, titles=self.body_titles)
                if found is not None and not found[4]:
                    end, head, mod, span, _ = found
                    t = end, _Title(title=text[pos + 1 : end], head=head, modifier=mod, org=chain[-1].org,
                                    start=pos + 1, span=span)
            if t is None:
                break
            chain.append(t[1])
            pos = t[0]
        return pos

    def _department_title_at(self, text: str, pos: int, committee: Candidate) -> tuple[int, _Title] | None:
        """市委常委、政法委书记: a department of the Party committee just named, then its title; after a department
        of one (县委常委、组织部长、统战部长), another department of that committee, an office apart (县委宣传部副部长、
        办公室主任: the department's own office, not the committee's)."""
        owner = committee.name
        sibling = not (owner.startswith("中共") and owner.endswith("委员会"))
        if sibling:
            owner = committee.body.parent or ""
            if not (owner.startswith("中共") and owner.endswith("委员会") and committee.name.startswith(owner[:-3])):
                return None
        dept = next((d for d in self.v.party_departments if text.startswith(d, pos)), None)
        if dept is None or sibling and dept in self.v.office_departments:
            return None
        end = pos + len(dept)
        name = department_name(owner, dept)
        org = Candidate(pos, end, "Agency", name, "grammar-chain-department", 0.8, priority=Priority.AGENCY,
                        body=BodyRef(dept, committee.body.place, committee.body.place_code, owner, dept))
        alias = self.v.alias_bracket.match(text, end)  # 市委副秘书长、政研室（改革办）主任: its other name in brackets
        return self._title_of(text, pos, alias.end() if alias else end, org)

    def _sibling_chain_at(self, pg: _Page, pos: int, chain: list[_Title]) -> tuple[int, list[_Title]] | None:
        """某区党工委委员、管委会副主任，社区治理和社事局党组书记、局长某某: after a comma in a chain, a body printed
        without its jurisdiction (read in the jurisdiction of the chain's last body) and its titles go on with the chain."""
        last = next((c.org for c in reversed(chain) if c.org is not None and (not c.org.implied or c.place is not None)), None)
        found = self._sibling_title_at(pg, pos, last) if last is not None else None
        if found is None:
            return None
        titles = [found[1]]
        end = self._extend_chain(pg, found[0], titles)
        if not self._names_at(pg, end):
            return None  # 现任某职，拟任某局局长: no name after the chain, no body of it either
        pg.bodies.append(found[1].org)
        return end, titles

    def _sibling_title_at(self, pg: _Page, pos: int, before: Candidate) -> tuple[int, _Title] | None:
        """县政协副主席、农业农村局局长: a body printed without its jurisdiction after a body of one, then its title."""
        org = agency_finder().body_in(pg.text, pos, before)
        return self._title_of(pg.text, pos, org.end, org) if org is not None else None

    def _unread_body_title_at(self, pg: _Page, pos: int) -> tuple[int, _Title] | None:
        """市委常委、市委对外宣传办公室主任、市委新闻发言人: in a chain, or after a body's name, a title after a
        body no rule reads (a post without its body), so that the chain goes on to its name."""
        text = pg.text
        starts = self._title_starts
        if pos >= len(text) or text[pos] in self.v.boundary or not _HAN_FIRST <= text[pos] <= _HAN_LAST:
            return None  # no unit's name begins with punctuation (工作专班。专班组长)
        for k in range(pos + 2, min(pos + _UNREAD_BODY_MAX, len(text))):
            if text[k - 1] in self.v.boundary or not _HAN_FIRST <= text[k - 1] <= _HAN_LAST or k - 1 in pg.org_at:
                return None  # 专班由县委常委…: a body a rule reads is no part of an unread one
            if text[k] not in starts:
                continue  # no title begins here (what _title_after would say first)
            found = self._title_after(text, k)
            if found is not None and found[4] == "" and text[found[0] : found[0] + 1] not in self.v.boundary - \
                    self.v.name_list_separators:
                end, title, mod, span, _ = found
                return end, _Title(title=text[pos:end], head=title, modifier=mod, org=None, start=pos,
                             span=span, place=None, government=False)
        return None

    def _title_of(self, text: str, pos: int, end: int, org: Candidate) -> tuple[int, _Title] | None:
        found = self._title_after(text, end, contracted=True)
        if found is None:
            return None
        t_end, title, mod, span, lead = found
        return t_end, _Title(title=text[pos:t_end], head=title, modifier=mod, org=org, start=pos,
                       span=span, place=None, government=bool(lead))

    def _title_start_ok(self, text: str, i: int) -> bool:
        """A title without an organisation must not be the tail of another word."""
        prev = text[i - 1] if i else "\n"
        if prev in self.v.repeated_head and text.startswith(prev, i):
            # 浦东新区区长, 井岸镇镇长: the head of the place just named; 自然保护区管理局局长, 综合文化站站长: of a body just named,
            # though no rule reads that body
            return True
        if any(prev in kinds and text.startswith(t, i) for t, kinds in self.v.party_members.items()):
            return self._title_start_ok(text, i - 1)  # 镇组织委员: the town's level alone, then a member's title
        if text.startswith(self.v.own_places, i - 1):
            return True  # 我市领导某某、某某: the group title of the article's own place
        if text.startswith(self.v.place_level_titles, i) and _HAN_FIRST <= prev <= _HAN_LAST:
            return True  # 城南社区书记: a village or community the gazetteer does not list, then its title
        if text.endswith(self.v.institution_heads, 0, i):
            return True  # 湖南省农业科学院院长黄飞: the head of an institution that is no agency
        unit = next((w for w in self.v.institution_unit_ends if text.endswith(w, 0, i)), None)
        if unit is not None:  # 某医院内镜中心主任某某, 某医院内科主任某某: the head of an institution's unit
            k = i - len(unit)
            for j in range(k, max(0, k - _INSTITUTION_UNIT_MAX) - 1, -1):
                if j < k and not _HAN_FIRST <= text[j] <= _HAN_LAST:
                    break
                if text.endswith(self.v.institution_heads, 0, j):
                    return True
        if text.endswith(self.v.village_references, 0, i) and text.startswith(tuple(self.v.branch_titles), i):
            return True  # 该村第一书记: a word that refers to the village the text named, then its branch's title
        if self.v.on_behalf_words and text.endswith(self.v.on_behalf_words, 0, i):
            return True  # 某某同志代市长某某作报告: on behalf of the mayor, who holds the title
        held = next((kinds for t, kinds in self.v.held_in.items() if text.startswith(t, i)), ()) \
            if text.startswith(self.v.held_in_titles, i) else ()
        if held and (text.endswith(held, 0, i) or text.endswith(self.v.level_suffixes, 0, i)
                     or text.startswith(self.v.level_suffixes, i)):
            # 城关派出所民警某某: the kind of body the title is held in, though no rule named that body; 金星社区民警某某,
            # 某街道民警某某: the place the officer serves
            return True
        if text.endswith(self.v.appoint_before_title, 0, i):
            return True  # 会议选举副省长某某为…主席: the post the appointee holds now, printed bare after the verb
        if prev in self.v.chain_joints and prev not in self.v.name_list_separators:
            part = text[max(0, i - 9) : i - 1]
            if any(e == len(part) for _s, e, _t, _v in self.roles.finditer(part, overlapping=True)):
                return True  # 某协会副会长兼秘书长某某: a role, then 兼 and the title the same person holds
        return not (_HAN_FIRST <= prev <= _HAN_LAST) or prev in self.v.before_title

    # --- other constructions ------------------------------------------------------------------

    def _leaders_after_names(self, pg: _Page) -> list[Candidate]:
        """梁毅渝、耿洪波、石岩等市领导出席, 王海、李平副市长: a list of names, then the one title they share;
        梁某、耿某等领导出席: the bare word for leaders after 等, a group title of no body."""
        text = pg.text
        out = []
        matches = itertools.chain(((m, False) for m in self.v.names_then_title.finditer(text)),
                                  ((m, True) for m in self.v.names_then_leaders.finditer(text)))
        for m, leaders in matches:
            names = m.group(1).split("、")
            if not all(is_person_name(n) and n not in common_words() for n in names):
                continue
            prev = text[m.start() - 1] if m.start() else "\n"
            if _HAN_FIRST <= prev <= _HAN_LAST and prev not in self.v.before_list:
                continue
            mod, head = m.group(3) or "", m.group(4)
            chain = [_Title(title=mod + head, head=head, modifier=mod, org=None, start=m.start(4) - len(mod),
                      span=(m.start(4) - len(mod), m.end()), place=None, government=False)]
            pos = m.start()
            for n in names:
                c = self._official(pg, pos, pos + len(n), [dataclasses.replace(x) for x in chain], (m.start(), m.end()),
                                   "pattern-names-then-leaders", 0.8)
                if leaders:
                    c.type = "Official"  # 领导 is no title of any body, but those it closes are officials
                c.priority = Priority.NAME_THEN_TITLE
                out.append(c)
                pos += len(n) + 1
        return out

    def _header_lists(self, pg: _Page) -> list[Candidate]:
        """【发布人】王建华，湖南省统计局副局长；李红梅，省发展改革委副主任: in a header that lists people, a name
        then its title chain (the title-then-name order is read by :meth:`_officials`)."""
        text = pg.text
        out = []
        for m in self.v.header.finditer(text) if holds_any(text, self.v.header_cues) else ():
            p = m.end()
            while p < len(text) and text[p] in "\r\n":  # 【发布人】⏎王强  南充市发展和改革委员会主任: the lines below the label
                p += 1
            out += self._header_line(pg, p, below=p > m.end())
        return out

    def _header_line(self, pg: _Page, p: int, below: bool) -> list[Candidate]:
        """The officials a header's line lists, name then title chain; below the label, the next lines too as long
        as each is read whole."""
        text = pg.text
        out: list[Candidate] = []
        while True:
            line_end = text.find("\n", p)
            line_end = len(text) if line_end < 0 else line_end
            start = p
            while p < line_end:
                while p < line_end and text[p] in self.v.header_separators:
                    p += 1
                e = self._name_after_title(pg, p, strict=True) if p < line_end else None
                q = e
                while q is not None and q < line_end and text[q] in self.v.header_separators:
                    q += 1
                found = self._chain_at(pg, q) if q is not None and q < line_end else None
                if found is None or (found[1][0].org is None and found[1][0].place is None) \
                        or (found[0] < line_end and text[found[0]] not in self.v.header_separators | self.v.hard_boundary):
                    break
                out.append(self._official(pg, p, e, found[1], (q, found[0]), "pattern-header", 0.85))
                p = found[0]
            whole = p > start and text[p:line_end].strip(" \u3000\t\r" + "".join(self.v.hard_boundary - {"\n"})) == ""
            if not below or not whole or line_end >= len(text):
                return out
            p = line_end + 1

    def _profiles(self, pg: _Page) -> list[Candidate]:
        """谭建华，男，汉族，1975年5月生，…，现任攸县财政局局长: a profile (a name opening a paragraph, then a mark
        such as the sex), then the post it holds now, in the same paragraph."""
        text = pg.text
        out = []
        if not holds_any(text, self.v.profile_cues):
            return out
        for m in self.v.profile.finditer(text):
            name = m.group(1)
            if "·" not in name and (not is_person_name(name) or name in common_words()):
                continue  # a dotted name before the sex's mark is a name whatever its characters
            end = text.find("\n", m.end())
            verb = self.v.current_post.search(text, m.end(), len(text) if end < 0 else end)
            at = verb.end() if verb else self._current_post_cell(text, m.start(1))
            found = self._chain_at(pg, at) if at is not None else None
            if found is None:
                role = self._post_in_no_body(text, at) if at is not None else ""
                if role:  # 某某｜男｜…｜县人民医院副院长: a post read in no body of government, its holder a person
                    out.append(Candidate(m.start(1), m.end(1), "Person", name, "pattern-profile-person", 0.7,
                                         priority=Priority.ROLE_NAME, role=role))
                continue
            first = found[1][0]
            if first.org is None and first.place is None and first.within is None and first.head not in self.v.strong_titles:
                continue
            out.append(self._official(pg, m.start(1), m.end(1), found[1], (at, found[0]), "pattern-profile", 0.85))
        return out

    def _name_lines(self, pg: _Page) -> list[Candidate]:
        """王某（女） 某省某市某街道某社区党委书记、居委会主任: a line of a list (of people honoured, of candidates) that opens
        with a name, perhaps a bracketed note (the sex, the nationality), then blanks and a title chain that runs to the
        line's end: the name holds those posts. A post in no body the rules read (某学校某部主任) makes no official here."""
        text = pg.text
        out: list[Candidate] = []
        if not holds_any(text, self.v.name_line_cues):
            return out
        for m in self.v.name_line.finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            if not is_person_name(name) or name in common_words():
                continue
            at = m.end()
            while (status := self.v.status_before_chain.match(text, at)) is not None:
                at = status.end()  # 某某 党的二十大代表、某村党总支书记: a deputy's or an honour's status before the posts
            found = self._chain_at(pg, at)
            colon = m.group(2) is not None
            if found is not None and (found[0] == len(text) or text[found[0]] in "\r\n"
                                      or colon and self.v.name_line_close.match(text, found[0])):
                first = found[1][0]
                if first.org is not None or first.place is not None or first.within is not None \
                        or first.head in self.v.strong_titles:  # 某某 副省长: a government's head, of the page's province
                    out.append(self._official(pg, s, e, found[1], (at, found[0]), "pattern-name-line", 0.85))
                    continue
            line_end = text.find("\n", m.end())
            rest = text[m.end() : len(text) if line_end < 0 else line_end]
            if not colon and 4 <= len(rest) <= _NAME_LINE_REST_MAX and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in rest):
                #: 尚某某 某市文物局博物馆研究员: the blank ends the name; a post in no body the rules read makes a person
                out.append(Candidate(s, e, "Person", name, "pattern-name-line", 0.75, priority=Priority.ROLE_NAME, role=rest))
        return out

    def _credit_lines(self, text: str) -> list[Candidate]:
        """撰稿：某某　摄影：某某　审核：某某, 供稿：某某, 文｜某某　图｜某某: the names of a line of credits (no sentence), each after
        its role and a colon or a bar, closed by a blank, the line's end, a slash or a bracket; a name of any listed
        surname, or a dotted minority name whatever its characters."""
        out: list[Candidate] = []
        if not holds_any(text, self.v.credit_line_cues):
            return out
        for m in self.v.credit_line.finditer(text):
            s, e = m.span(2)
            line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
            if any(ch in self.v.credit_line_stop for ch in text[line_start : line_end if line_end >= 0 else len(text)]):
                continue  # a sentence, no line of credits
            while True:
                name = text[s:e]
                if not self._credit_name(text, s, name):
                    break  # 编辑：本报 is no name
                out.append(Candidate(s, e, "Person", name, "pattern-credit-name", 0.75, priority=Priority.ROLE_NAME,
                                     role=m.group(1), titles=Titles(title_spans=((m.start(1), m.end(1)),))))
                # 记者：甲 乙 丙 编辑：丁: the names one blank apart after the first, up to the next credit's role
                more = self.v.credit_line_more.match(text, e)
                if more is None or more.group(1)[:2] in common_words() or more.group(1)[1:] in common_words() \
                        or surnames().get(more.group(1)[0], 0) < MIN_SURNAME_TF:
                    break  # 记者：某某 本报讯: a word or a rare surname after the blank, no second name
                s, e = more.span(1)
        for m in self.v.credit_place_line.finditer(text):
            got = self._credit_after_town(text, m)
            if got is not None:
                s, e = got
                out.append(Candidate(s, e, "Person", text[s:e], "pattern-credit-name", 0.75, priority=Priority.ROLE_NAME,
                                     role=m.group(1), titles=Titles(title_spans=((m.start(1), m.end(1)),))))
        return out

    def _credit_name(self, text: str, s: int, name: str) -> bool:
        """Whether ``name`` at ``s`` in a line of credits is a person's: a dotted minority name, or one of a listed surname
        that is no ordinary word, no anonymised name, no role, no title and no news outlet (本报记者)."""
        if "·" in name:
            return True
        tf = max(surnames().get(name[0], 0), surnames().get(name[:2], 0) if len(name) > 2 else 0)
        return not (not tf or len(name) == 2 and tf < MIN_SURNAME_TF or name in common_words() or anonymised(name)
                    or next(self.roles.matches_at(text, s), None) is not None
                    or next(self.titles.matches_at(text, s), None) is not None
                    or text.startswith(self.v.news_agencies, s))  # 作者：本报记者 某某: the outlet and its reporter's role

    def _credit_after_town(self, text: str, m: re.Match) -> tuple[int, int] | None:
        """来源：青山镇李晓燕, 来源：碧流台梁佳靓: the span of the name of a credit line that follows the writer's town, the
        town printed with its level (a town or street the gazetteer knows) or bare where the text names it with its
        level elsewhere; the name two or three characters of a listed surname, no ordinary word, no role or title."""
        s, e = m.span(2)
        line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        if any(ch in self.v.credit_line_stop for ch in text[line_start : line_end if line_end >= 0 else len(text)]):
            return None
        gaz = Gazetteer.load()
        for n in (3, 2):
            p = e - n
            place, name = text[s:p], text[p:e]
            if len(place) < 2:
                continue
            known = place.endswith(self.v.credit_place_levels) and any(
                d.level in (Level.TOWN, Level.STREET) for d in gaz.lookup(place))
            bare = not known and any(place + lv in text and any(d.level in (Level.TOWN, Level.STREET)
                                                                for d in gaz.lookup(place + lv))
                                     for lv in self.v.credit_place_levels)
            if not (known or bare):
                continue
            tf = max(surnames().get(name[0], 0), surnames().get(name[:2], 0) if n > 2 else 0)
            if not tf or n == 2 and tf < MIN_SURNAME_TF or name in common_words() or anonymised(name) \
                    or next(self.roles.matches_at(text, p), None) is not None \
                    or next(self.titles.matches_at(text, p), None) is not None:
                continue
            return p, e
        return None

    def _notice_addressees(self, text: str) -> list[Candidate]:
        """周某某：本院受理…, 某公司、王某某：本院…: a notice (a court's service by publication, a bureau's) addressed to
        parties by name at the head of its paragraph; each item of the list that is a person's name (a known surname,
        no ordinary word, no anonymised form, no firm) is a person."""
        out: list[Candidate] = []
        if not holds_any(text, self.v.notice_self):
            return out
        for m in self.v.notice_addressees.finditer(text):
            pos = m.start(1)
            for item in m.group(1).split("、"):
                if 2 <= len(item) <= 4 and is_person_name(item) and item not in common_words() and not anonymised(item) \
                        and not never_a_name(item) and next(self.roles.matches_at(text, pos), None) is None \
                        and next(self.titles.matches_at(text, pos), None) is None:
                    out.append(Candidate(pos, pos + len(item), "Person", item, "pattern-notice-addressee", 0.7,
                                         priority=Priority.ROLE_NAME))
                pos += len(item) + 1
        return out

    def _post_in_no_body(self, text: str, at: int) -> str:
        """The post printed at ``at`` up to the end of its cell or clause where it ends in a post's title and no title
        chain reads it (县人民医院副院长: a hospital's, no government's), else ""."""
        end = at
        while end < len(text) and end - at <= _UNREAD_BODY_MAX + 4 and _HAN_FIRST <= text[end] <= _HAN_LAST:
            end += 1
        post = text[at:end]
        if end - at > _UNREAD_BODY_MAX + 4 or end < len(text) and not self.v.column_bar.match(text, end) \
                and text[end] not in self.v.chain_commas and text[end] not in "。；;\r\n":
            return ""
        return post if any(post.endswith(t) and len(post) > len(t) for t in self.v.profile_post_ends) else ""

    def _current_post_cell(self, text: str, row: int) -> int | None:
        """王强｜男｜汉族｜…｜某县某局局长｜…: in a table's row, where the cell the header above names as the post held now
        (现任职务) starts, or None."""
        line_end = text.find("\n", row)
        cells = self.v.column_bar.split(text[row : len(text) if line_end < 0 else line_end])
        if len(cells) < 4:
            return None
        header = None
        for h in self.v.current_post_column.finditer(text, 0, row):
            header = h
        if header is None:
            return None
        h_start = text.rfind("\n", 0, header.start()) + 1
        column = len(self.v.column_bar.findall(text, h_start, header.start()))
        if column >= len(cells):
            return None
        return row + sum(len(c) + 1 for c in cells[:column])

    def _titles_in_brackets(self, pg: _Page) -> list[Candidate]:
        """吴国杰（市委常委、宣传部部长）: a name, then its titles in brackets."""
        text = pg.text
        out = []
        for s, bracket in names_before_brackets(text):
            name = text[s:bracket]
            prev = text[s - 1] if s else "\n"
            if not is_person_name(name) or name in common_words() or (_HAN_FIRST <= prev <= _HAN_LAST and prev not in self.v.before_bracket):
                continue
            first = bracket + 1
            found = self._chain_at(pg, first)
            lead = next((w for w in self.v.stationed_leads if text.startswith(w, first)), None)
            if found is None and lead is not None:  # 某某(驻石门村第一书记): the post of the place he is stationed in
                first += len(lead)
                found = self._chain_at(pg, first)
            if found is None or text[found[0] : found[0] + 1] not in "）)":
                continue
            out.append(self._official(pg, s, s + len(name), found[1], (first, found[0]), "pattern-name-bracket", 0.85))
        for m in _BRACKET_OPEN.finditer(text):  # 李明同志（县委常委、副县长）: a word of address between the name and them
            bracket = m.start()
            word = next((h for h in self.v.honorifics if text.endswith(h, 0, bracket)), None)
            found = self._chain_at(pg, bracket + 1) if word is not None else None
            if found is None or text[found[0] : found[0] + 1] not in "）)":
                continue
            end = bracket - len(word)
            for n in (3, 2):
                s = end - n
                name = text[max(s, 0) : end]
                if s < 0 or not is_person_name(name) or name in common_words() or not self._name_may_open(text, s):
                    continue
                # surer than a title before the name that names its group alone (县领导李明同志（…）), read at 0.9
                out.append(self._official(pg, s, end, found[1], (bracket + 1, found[0]), "pattern-name-bracket", 0.91))
                break
        out += self._titles_between_commas(pg)
        return out

    def _titles_between_commas(self, pg: _Page) -> list[Candidate]:
        """李建平，村党支部书记，介绍了…: a name standing alone between punctuation, then its titles set off by
        commas as in brackets. The name opens a clause (after punctuation or a word that may stand before a name
        in brackets) and is a person's name of a surname the model or the name lists support; the chain of titles
        runs from one comma to the next or to the end of a list's item (出席会议的有：某某，县委常委、宣传部部长；…), so
        李建平，村党支部书记王明说 (another name after the titles) reads none."""
        text = pg.text
        out = []
        for m in self.v.comma_apposition.finditer(text):
            s, comma = m.start(1), m.end(1)
            name = text[s:comma]
            if not is_person_name(name) or name in common_words() or reads_as_words(name, text[comma : comma + 1]) \
                    and comma not in pg.hint_ends:
                continue
            if s and _HAN_FIRST <= text[s - 1] <= _HAN_LAST and text[s - 1] not in self.v.before_bracket:
                continue
            if any(a == 0 and b == len(name) for a, b, _t, _v in self.titles.finditer(name)):
                continue  # 人大主席、镇长，某镇党委书记: a title of a list of posts, no name
            if (own := self.v.comma_note.match(text, s)) is not None and own.end() > comma:
                continue  # 某某，女，汉族，…: the note of the name before it, no name
            first = comma + 1
            note = self.v.comma_note.match(text, first)  # 某某，女，某县县委书记: the person's sex between two commas
            first = note.end() if note is not None else first
            found = self._chain_at(pg, first)
            if found is None or text[found[0] : found[0] + 1] not in self.v.apposition_close:
                continue  # the titles end at a comma, or at the end of an item of a list (出席的有：某某，县委常委；…)
            out.append(self._official(pg, s, comma, found[1], (first, found[0]), "pattern-name-comma", 0.85))
        return out

    def _name_may_open(self, text: str, s: int) -> bool:
        """Whether a name may begin at ``s`` before a bracket of its titles: after punctuation, a word that may stand
        before such a name (由, 和), or a title (县领导李明同志（…）)."""
        prev = text[s - 1] if s else "\n"
        if not _HAN_FIRST <= prev <= _HAN_LAST or prev in self.v.before_bracket:
            return True
        window = text[max(0, s - self.v.post_longest) : s]
        return any(e == len(window) for _s, e, _t, _v in self.titles.finditer(window, overlapping=True))

    def _appointments(self, pg: _Page) -> list[Candidate]:
        """Appointments and removals: 任命陈建华为黄埔区人民政府副区长, 任命李红、王强等5人为区人民法院审判员,
        免去刘洋的黄埔区财政局局长职务 (a removed post keeps the qualifier 原); a decision's list, the verb a heading
        and one appointment a line (任命：⏎陈建华为某局局长；⏎李红为某局副局长。)."""
        text = pg.text
        out = []
        for m in self.v.appoint.finditer(text):
            removal = m.group() in self.v.removals
            link = self.v.removal_links if removal else self.v.links
            heading = self.v.appoint_heading.match(text, m.end())  # 任命：, the appointments on the lines after it
            names, link_e = self._appointed(pg, heading.end() if heading else m.end(), link)
            if not names and removal and heading is None:
                names, link_e = self._removed_before_post(pg, m.end())
            if not names:
                continue
            body = None  # the body of the item before: 选举某某为某市工商联主席，某某、某某等为副主席 (a bare title: its post)
            while names:  # 任命王强为县财政局局长、刘军为县水务局局长: the verb governs each appointment of the list
                found = self._chain_at(pg, link_e)
                if found is None:
                    break
                p, chain = found
                if body is not None and all(c.org is None and c.place is None and c.within is None for c in chain):
                    for c in chain:
                        c.org = body
                body = next((c.org for c in chain if c.org is not None and not c.org.implied), None)
                closed = self.v.post_word_at.match(text, p) if removal else None
                if removal and closed is None:
                    break
                for s, e in names:
                    out.append(self._official(pg, s, e, [dataclasses.replace(c) for c in chain], (link_e, p), "pattern-appointment", 0.85,
                                              qualifier=self.v.former if removal else ""))
                if closed is not None:
                    p = closed.end()
                item = self.v.appoint_item_end.match(text, p) if heading else None
                if item is not None:  # 某某为某局局长；, then the next line's appointment under the same heading
                    names, link_e = self._appointed(pg, item.end(), link)
                    continue
                if text[p : p + 1] not in self.v.list_separators:
                    break
                names, link_e = self._appointed(pg, p + 1, link)
        return out

    @staticmethod
    def _with_posts_held(read: list[Candidate], appointed: list[Candidate]) -> list[Candidate]:
        """``read`` and the ``appointed`` after it, where an appointee printed after the title chain of the post he holds
        now (任命县委副书记某某同志为县人民政府副县长) keeps that post beside the one he is appointed to: the official read
        from the chain before the name, on the same span, gives its posts to the appointment's and is dropped (it would
        else win over the appointment, or lose to it, with the other's posts)."""
        held = {(c.start, c.end): c for c in read
                if c.type == "Official" and c.titles.post_span is not None and c.titles.post_span[1] == c.start}
        merged, out = set(), []
        for c in appointed:
            now = held.get((c.start, c.end))
            if c.type == "Official" and now is not None:
                t = c.titles
                c = dataclasses.replace(c, titles=dataclasses.replace(
                    t, posts=t.posts + now.titles.posts, orgs=t.orgs + now.titles.orgs,
                    title_spans=t.title_spans + now.titles.title_spans))
                merged.add(id(now))
            out.append(c)
        return [c for c in read if id(c) not in merged] + out

    def _removed_before_post(self, pg: _Page, pos: int) -> tuple[list[tuple[int, int]], int]:
        """免去某某某市人民政府副市长…职务: the name removed printed right before the post it leaves, with no 的 between
        (the loop of ``_appointments`` still asks for 职务 after the post). ([], pos) where no title chain follows a name."""
        text = pg.text
        for n in (2, 3):
            name = text[pos : pos + n]
            if is_person_name(name) and name not in common_words() and self._chain_at(pg, pos + n) is not None:
                return [(pos, pos + n)], pos + n
        return [], pos

    def _appointed(self, pg: _Page, pos: int, links: tuple[str, ...]) -> tuple[list[tuple[int, int]], int]:
        """The names an appointment verb governs (陈建华; 李红、王强、张伟等18人) and where the link after them
        (为, 的) ends."""
        text = pg.text
        names: list[tuple[int, int]] = []
        while True:
            end = self._appointee_end(text, pos, links)
            if end is None:  # 选举某公司董事长某某为…: the name after what it is, a description ending in a title or a role
                pos, end = next(((k, e) for k in self._described_at(text, pos)
                                 if (e := self._appointee_end(text, k, links)) is not None), (pos, None))
            if end is None:
                return [], pos
            names.append((pos, end))
            end = self._after_note(text, end)  # 马某(回族)、: the note of the person, then the list goes on
            if text[end : end + 1] in self.v.name_list_separators:
                pos = end + 1
                continue
            m = self.v.count_after_names.match(text, end)
            if m:
                end = m.end()
            link = next((w for w in links if text.startswith(w, end)), None)
            return (names, end + len(link)) if link is not None else ([], pos)

    def _named_before(self, text: str, end: int) -> tuple[int, int] | None:
        """他叫某某，是…: a name that a verb of naming (NamingLead) gives, then a link (NamingPostLink, a comma) that ends
        at ``end``: (where the name starts, where it ends), None where the text is not so."""
        link = next((w for w in self.v.naming_post_links if text.startswith(w, end - len(w))), None)
        if link is None:
            return None
        e = end - len(link)
        for n in (3, 2):
            name = text[max(e - n, 0) : e]
            if e - n > 0 and text.endswith(self.v.naming_leads, 0, e - n) and is_person_name(name) \
                    and not anonymised(name) and name not in common_words():
                return e - n, e
        return None

    def _pronoun_antecedent(self, pg: _Page, end: int, titled: dict[int, int]) -> tuple[int, int] | None:
        """在乌鲁木齐，他是某局某处处长: a pronoun (PostPronoun) that ends at ``end``, right before a verb of a post or
        before an adverb of a post held beside another (他还是…), stands for the one person its paragraph named before
        it (a name the model reads, or one read with a title): (where that name starts, where it ends), None where the
        paragraph named none before it or more than one."""
        text = pg.text
        # 他还是…, 她也是…: an adverb of a post held beside another may stand between; one of a post held before (他曾
        # 担任) may not, for the post would read as held now
        adverb = next((w for w in self.v.name_verb_adverbs if text.startswith(w, end - len(w))
                       and w not in self.v.past_adverbs), "")
        end -= len(adverb)
        pronoun = next((w for w in self.v.post_pronouns if text.startswith(w, end - len(w))), None)
        if pronoun is None:
            return None
        at = end - len(pronoun)
        opened = text.rfind("\n", 0, at) + 1
        spans = {(s, e) for s, e in pg.model_names if opened <= s and e <= at}
        spans |= {(s, e) for e, s in titled.items() if opened <= s and e <= at}
        if not spans or len({text[s:e] for s, e in spans}) != 1:
            return None
        return max(spans)

    def _appointee_end(self, text: str, pos: int, links: tuple[str, ...]) -> int | None:
        """The end of a name at ``pos`` that a separator, a count or the link (为, 的) follows."""
        for n in (2, 3, 4, 5, 6, 7):
            name = text[pos : pos + n]
            if not (is_person_name(name) or n >= 4 and self._transliterated_name(name)
                    or n == 4 and name[:2] in self.v.yi_clans) or name in common_words():
                continue  # 选举乌兰图雅为…: a name in transliteration characters may be longer; 吉克阿木: a Yi name of four
            after = text[self._after_note(text, pos + n) :]
            link = next((w for w in links if after.startswith(w)), None)
            if link is not None and after.startswith(link, len(link)):
                continue  # 任命刘书为为…: the name ends in the link's character, printed twice
            if after.startswith(tuple(self.v.name_list_separators)) or self.v.count_after_names.match(after) \
                    or after.startswith(links):
                return pos + n
        return None

    def _after_note(self, text: str, end: int) -> int:
        """Where a bracketed note of the person right after a name at ``end`` closes (某某(女、蒙古族)), else ``end``."""
        m = self.v.name_note_after.match(text, end)
        return m.end() if m else end

    def _described_at(self, text: str, pos: int):
        """Where a title or a role ends that a description of no more than ``_DESCRIBED_NAME_MAX`` characters from
        ``pos`` ends in (灵宝果业有限公司董事长, 某镇商会会长): where a name may start after it."""
        titled = set()  # where a title ends: a chain's joint after one goes on to the next title (副省长、省某委主任某某)
        for k in range(pos + 2, min(pos + _DESCRIBED_NAME_MAX, len(text))):
            if text[k - 1] in self.v.chain_joints and k - 1 in titled:
                continue
            if text[k - 1] in self.v.boundary or not _HAN_FIRST <= text[k - 1] <= _HAN_LAST:
                return
            part = text[pos:k]
            if any(e == len(part) for _s, e, _t, _v in self.titles.finditer(part, overlapping=True)):
                titled.add(k)
                yield k
            elif any(e == len(part) for _s, e, _t, _v in self.roles.finditer(part, overlapping=True)):
                yield k

    def _respective_posts(self, pg: _Page) -> list[Candidate]:
        """Names, then 分别 and a verb of a post, then as many posts as names, each to the name in its place
        (谢某、杨某两名同志分别以全票当选为某镇人民政府镇长和镇人大主席团主席): the first name the first post, and so on.
        Nothing where the counts differ."""
        text = pg.text
        out = []
        for m in self.v.respective.finditer(text):
            if m.group(1) in self.v.leaving_verbs:
                continue
            e = m.start()
            link = next((w for w in self.v.name_verb_links if text.startswith(w, e - len(w))), None)
            # 甲、乙此前分别任…: an adverb of time between the names and 分别 (a past one makes the posts former)
            adverb = None if link else next((w for w in self.v.name_verb_adverbs if text.startswith(w, e - len(w))), None)
            former = self.v.former if adverb in self.v.past_adverbs else ""
            link = link or adverb
            e -= len(link) if link else 0
            count = self.v.count_before_link.search(text, max(0, e - 6), e)  # 两名, 等3人
            e = count.start() if count is not None else e
            names: list[tuple[int, int]] = []
            while (s := self._name_before(pg, e)) is not None:
                names.insert(0, (s, e))
                if s == 0 or text[s - 1] not in self.v.name_list_separators and text[s - 1] not in self.v.name_list_last:
                    break
                e = s - 1
            if len(names) < 2:
                continue
            posts, p = [], m.end()
            while len(posts) < len(names) and (found := self._chain_at(pg, p)) is not None:
                q, chain = found
                posts.append((p, q, chain))
                if text[q : q + 1] not in self.v.respective_post_separators:
                    break
                p = q + 1
            if len(posts) < len(names) and sum(len(chain) for _p, _q, chain in posts) == len(names):
                # 镇长和主席团主席 read as one chain (甲区委书记、乙区委书记和丙县委书记 as two): one title each
                posts = [(p, q, [c]) for p, q, chain in posts for c in chain]
            if len(posts) != len(names):
                continue
            for (s, e), (p, q, chain) in zip(names, posts):
                out.append(self._official(pg, s, e, [dataclasses.replace(c) for c in chain], (p, q), "pattern-respective",
                                          0.85, qualifier=former))
        return out

    def _respective_holders(self, pg: _Page) -> list[Candidate]:
        """Posts, then 分别由, as many names and a verb of a post (武义县委书记、县长分别由甲、乙担任): the first post the
        first name's, and so on. Nothing where the counts differ."""
        text = pg.text
        out = []
        for m in self.v.respective_by.finditer(text):
            names, p = [], m.end()
            while (e := name_end(text, p)) is not None:
                names.append((p, e))
                if text[e : e + 1] in self.v.name_list_separators or text[e : e + 1] in self.v.name_list_last:
                    p = e + 1
                    continue
                break
            if len(names) < 2 or not self.v.respective_by_verb.match(text, names[-1][1]):
                continue
            opened = max((text.rfind(c, 0, m.start()) + 1 for c in self.v.sentence_end), default=0)
            chain = None
            for p in range(max(opened, m.start() - _RESPECTIVE_POSTS_MAX), m.start()):
                found = self._chain_at(pg, p)
                if found is not None and found[0] == m.start():
                    chain = found[1]
                    break
            if chain is None or len(chain) != len(names):
                continue
            for k, ((s, e), t) in enumerate(zip(names, chain)):
                t = dataclasses.replace(t)
                before = chain[k - 1].org if k else None
                if t.org is None and t.place is None and before is not None and _heads_body(t.title, before.name):
                    t.org = before  # 局长、副局长分别由甲、乙担任: the bureau the title before heads
                out.append(self._official(pg, s, e, [t], t.span, "pattern-respective", 0.85))
        return out

    def _narratives(self, pg: _Page, titled: dict[int, int]) -> list[Candidate]:
        """A name, a verb of taking or leaving a post, the post: 王强全票当选村党支部书记, 由李红担任县委书记,
        会议同意张伟辞去县人民政府县长职务 (a post left keeps the qualifier 原); and 曾任县长的王强. ``titled``: where
        the names read already with a title start, by their end."""
        text = pg.text
        out = []
        left_at: dict[int, tuple[int, int, int]] = {}  # after the comma that closes a clause of a post left: its name
        #: at the comma after a chain of posts read for a name (某某曾任甲，现任乙): that name, for a post held now after it
        held_at: dict[int, tuple[int, int, int]] = {}
        for m in self.v.post_verb.finditer(text):
            verb = m.group()
            name_end = m.start()
            if any(len(w) > len(verb) and text.endswith(w, 0, m.end()) for w in self.v.post_verb_in_word):
                continue  # 项目责任领导为…: the verb's character inside a word (责任), no name before a verb
            if text.startswith(self.v.verb_words_after_name, name_end):
                continue  # 由某某任副组长: a task group's post, read with the name by its own rule (AfterName)
            if self.v.institution_post_verb.fullmatch(verb) and self._institution_title_at(pg, m.end(), False) is not None:
                continue  # 某某任某学校党委书记: a post in an institution, a person's role (_institution_posts)
            link = next((w for w in self.v.name_verb_links if text.startswith(w, name_end - len(w))), None)
            if link is None and (dated := self.v.name_verb_date.search(text, max(0, name_end - 14), name_end)) is not None:
                link = dated.group()
            if link is None and verb not in self.v.leaving_verbs:
                succession = self.v.succession_link.search(text, max(0, name_end - 12), name_end)
                link = succession.group() if succession is not None else None  # 甲接替乙，出任…: 甲's post
            if link is None and verb in self.v.election_verbs:
                votes = self.v.vote_count.search(text, max(0, name_end - 16), name_end)
                link = votes.group() if votes is not None else None
            count = self.v.count_before_link.search(text, max(0, name_end - len(link) - 8), name_end - len(link)) \
                if link is not None else None
            if count is None and link is None and verb in self.v.election_verbs:
                #: 某某等52人当选为…常务委员: a count of the names right before the verb of a vote, with no word between
                count = self.v.count_before_link.search(text, max(0, name_end - 8), name_end)
                link = "" if count is not None else None
            #: 某某、某某两位同志辞去…, 某某等12位同志辞去…: a count of a list of names and a word of address before the
            #: verb (no name of their own, though 位同志 reads as one): each name of the list takes or leaves the post
            group = count is not None
            # 李明曾担任…, 李明此前担任…: an adverb of time before the verb closes the name (no 李明曾), where a name
            # stands before it
            adverb = None if group or link is not None else next(
                (w for w in self.v.name_verb_adverbs if text.startswith(w, name_end - len(w))
                 and self._name_before(pg, name_end - len(w)) is not None), None)
            if adverb is not None:
                link = adverb
            s = None if group or adverb is not None else self._name_before(pg, name_end)
            if s is None and not group and adverb is None and verb in self.v.move_verbs:
                s = titled.get(name_end)  # 原某市委书记某某任…: the name its title was read with
            carried = None  # 某某不再兼任某区委书记，改任…: the name of the clause before, and where its reading is
            if s is None and not group and adverb is None and verb in self.v.move_verbs and name_end in left_at:
                s, name_end, carried = left_at[name_end]
            if s is None and not group and adverb is None and name_end in held_at \
                    and self.v.current_post.fullmatch(verb.lstrip("".join(self.v.clause_commas))):
                s, name_end, carried = held_at[name_end]  # 某某曾任某省委常委，现任…: the same name's post held now
            if s is None:  # 张伟同志辞去…: a word of address between the name and the verb
                reason = self.v.leaving_reason.search(text, max(0, name_end - 12), name_end) \
                    if link is None and verb in self.v.leaving_verbs else None
                link = reason.group() if reason is not None else link
                link = text[count.start() : name_end] if group else link
                if link is None or (s := self._name_before(pg, name_end - len(link))) is None:
                    named = self._named_before(text, name_end) or self._pronoun_antecedent(pg, name_end, titled)
                    if named is None:
                        continue
                    s, name_end = named
                else:
                    name_end -= len(link)
            at = m.end()
            term = self.v.term_before_body.match(text, at)
            at = term.end() if term is not None else at  # 现任十四届全国人大常委会委员: the post after the term
            found = self._chain_at(pg, at)
            if found is None or not self._closes_post(text, found[0]):
                found = self._loose_title_at(pg, at)
            if found is None and verb not in self.v.leaving_verbs:
                found = self._post_before_lead(pg, s)  # 县长一职由何建平担任
            if found is None:
                continue  # 王强是县委书记王海的…: the post is another's
            p, chain = found
            if titled.get(name_end) == s and all(c.head in self.v.trial_roles for c in chain):
                continue  # 某庭庭长某某担任审判长: a role in one trial of one read with his post before, no post of the court
            removal = verb in self.v.leaving_verbs
            former = self.v.former if removal or adverb in self.v.past_adverbs or verb in self.v.past_post_verbs else ""
            # 辞去…; 李明曾担任…; 李明曾任…
            if removal and verb not in self.v.bare_leaving_verbs and not self.v.post_word_at.match(text, p):
                continue
            if verb in self.v.election_verbs and all(c.org is None and c.place is None and c.within is None for c in chain):
                body = self._elected_body(pg, s)  # 某某当选主席 after 选举产生了市侨联第五届委员会: the federation's post
                if body is None and all(c.head in self.v.member_titles for c in chain):
                    body = self._elected_before(pg, out, s)  # 甲当选村委会主任，乙当选委员: the same committee's member
                for c in chain:
                    c.org = body
            official = self._official(pg, s, name_end, chain, (m.end(), p), "pattern-narrative", 0.8, qualifier=former)
            if carried is not None:  # one reading of the name: the post left, then the one taken
                before = out[carried].titles
                official = dataclasses.replace(official, titles=dataclasses.replace(
                    before, posts=before.posts + official.titles.posts, orgs=before.orgs + official.titles.orgs))
                out[carried] = official
                continue
            out.append(official)
            if text[p : p + 1] in self.v.clause_commas:
                held_at[p] = (s, name_end, len(out) - 1)
            if removal:  # the comma after the post left (and its 职务): a verb of a move there takes the same name
                after = p + (len(w.group()) if (w := self.v.post_word_at.match(text, p)) else 0)
                if text[after : after + 1] in self.v.clause_commas:
                    left_at[after + 1] = (s, name_end, len(out) - 1)
            k = s
            if k > 0 and text[k - 1] in self.v.name_list_last and (verb in self.v.listed_verbs or group):
                #: 某某、某某和某某当选副县长: the list's last name joined by 和; the one before it then takes the post when a
                #: separator of the list stands before that one too (a list of three or more)
                before = self._name_before(pg, k - 1)
                if before is not None and before > 0 and text[before - 1] in self.v.name_list_separators:
                    out.append(self._official(pg, before, k - 1, [dataclasses.replace(c) for c in chain], (m.end(), p),
                                              "pattern-narrative", 0.8, qualifier=former))
                    k = before
            while k > 0 and text[k - 1] in self.v.name_list_separators and (verb in self.v.listed_verbs or group):
                before = self._name_before(pg, k - 1)  # 某某、某某当选副主席: each name of the row takes the post
                if before is None:
                    break
                out.append(self._official(pg, before, k - 1, [dataclasses.replace(c) for c in chain], (m.end(), p),
                                          "pattern-narrative", 0.8, qualifier=former))
                k = before
            while group and k > 0:  # 原某市委书记甲、原某市长乙等7人当选副省长: each name of the count's list, printed with
                # a title of its own after the list's separator, takes the post too (the name read with that title)
                before = None
                for j in range(k - 1, max(1, k - _LISTED_TITLE_MAX) - 1, -1):
                    if (c := self._chain_at(pg, j)) is None or c[0] != k:
                        continue
                    if text.startswith(self.v.former, j - len(self.v.former)):
                        j -= len(self.v.former)  # 、原某市长某某: the qualifier before the place
                    if j > 0 and text[j - 1] in self.v.name_list_separators:
                        before = titled.get(j - 1)
                        break
                if before is None:
                    break
                out.append(self._official(pg, before, j - 1, [dataclasses.replace(c) for c in chain], (m.end(), p),
                                          "pattern-narrative", 0.8, qualifier=former))
                k = before
        # 曾任县长的王强: a post held before, its link, then the name; 作为某村第一书记，李俊…: a post held now, a comma, the name
        for verbs, links, qualifier in ((self.v.past_post_verb, (self.v.past_link,), self.v.former),
                                        (self.v.role_post_verb, self.v.role_links, "")):
            for m in verbs.finditer(text):
                found = self._chain_at(pg, m.end())
                link = next((w for w in links if found is not None and text.startswith(w, found[0])), None)
                if link is None:
                    continue
                p = found[0] + len(link)
                e = self._name_after_title(pg, p, strict=True)
                if e is not None:
                    out.append(self._official(pg, p, e, found[1], (m.end(), found[0]), "pattern-narrative", 0.8,
                                              qualifier=qualifier))
        out += self._careers(pg)
        return out

    def _institution_posts(self, pg: _Page) -> list[Candidate]:
        """某某任某学院党委书记, then 某某任副院长 in the same sentence; 免去某某的某医院院长职务: a post taken or left in an
        institution that is no agency (InstitutionHead: 学院, 医院, 公司) makes a person with that title as role."""
        text, v = pg.text, self.v
        out = []
        last = None  # where the sentence's last post in an institution ends: a bare title after 任 goes on with it
        for m in v.institution_post_verb.finditer(text):
            removal = m.group() in v.institution_removals
            if removal:
                names, link_e = self._appointed(pg, m.end(), self.v.removal_links)
                if len(names) != 1:
                    continue
                (s, e), pos = names[0], link_e
            else:
                e = m.start()
                s = self._name_before(pg, e)
                if s is None:
                    continue
                verb = v.post_verb.match(text, e - 1)
                if verb is not None and verb.end() >= m.end():
                    continue  # 曾担任副院长: the "name" ends in the first half of the verb that takes the post (PostVerb)
                pos = m.end()
            bare = last is not None and not any(ch in v.sentence_end for ch in text[last:pos])
            found = self._institution_title_at(pg, pos, bare)
            if found is None:
                continue
            k, end = found
            if removal and not text.startswith(v.post_word, end) or not removal and not self._closes_post(text, end):
                continue
            last = end
            out.append(Candidate(s, e, "Person", text[s:e], "pattern-role-name", 0.75, priority=Priority.ROLE_NAME,
                                 role=text[k:end], titles=Titles(title_spans=((k, end),))))
        return out

    def _institution_title_at(self, pg: _Page, pos: int, bare: bool) -> tuple[int, int] | None:
        """An institution's name that ends in an InstitutionHead (no agency the rules read), then a title: where the title
        starts and ends; with ``bare``, the title may follow ``pos`` right away."""
        text, v = pg.text, self.v
        for k in range(pos, min(pos + _INSTITUTION_NAME_MAX, len(text))):
            if k > pos and (text[k - 1] in v.boundary or not _HAN_FIRST <= text[k - 1] <= _HAN_LAST):
                return None
            short = k == pos + 1 and self._short_institution_at(pg, k, True)  # 某某任院党委书记: the hospital named before
            if not (k == pos and bare or short or text[pos:k].endswith(v.institution_heads)):
                continue
            found = self._title_after(text, k)
            if found is None:
                continue
            if any(a.end == k and a.method.startswith("grammar") for a in pg.org_at.values() if pos <= a.start < k):
                return None  # 县科学技术协会主席: a body the rules read, whose head is an official
            return k, found[0]
        return None

    def _elected_before(self, pg: _Page, found: list[Candidate], pos: int) -> Candidate | None:
        """The body of the last post that an election gave someone earlier in the sentence of ``pos`` (甲当选村委会主任，
        乙、丙当选委员: the village's committee), where that body is a committee a member is elected to."""
        text = pg.text
        for c in reversed(found):
            if c.end > pos or any(ch in self.v.sentence_end for ch in text[c.end : pos]):
                continue
            orgs = c.titles.orgs if c.titles is not None else ()
            if orgs and orgs[-1].name.endswith(self.v.member_bodies):
                return orgs[-1]
            return None
        return None

    def _elected_body(self, pg: _Page, pos: int) -> Candidate | None:
        """The federation or association (TermedBodyHead: 联合会, 协会) named last before ``pos`` in its paragraph, within
        ``_ELECTED_BODY_WINDOW`` characters: the body whose congress elects the one a bare title follows."""
        body = _last_body_before(pg, pos, tuple((head, "") for head in self.v.termed_heads))
        if body is None or pos - body.end > _ELECTED_BODY_WINDOW or "\n" in pg.text[body.end : pos]:
            return None
        return body

    def _careers(self, pg: _Page) -> list[Candidate]:
        """某某同志1950年出生，历任某县某镇副镇长，某县水利局局长，…等职: the posts listed after a verb of a career (历任,
        曾任), one title chain after another (、 or a comma between them), held before by the one named at the start of
        its sentence or of the sentence before in the paragraph (a name, then a word of address or a comma)."""
        text = pg.text
        items = [*self.v.career_verb.finditer(text), *self.v.career_year.finditer(text)]
        last = None  # the one the item before is about, and where that item ends
        held: dict[tuple[int, int], tuple[list[_Title], int, int]] = {}  # each one's posts, and where they are printed
        for m in sorted(items, key=lambda m: m.start()):  # 历任…, or 1990年任… (an item led by its year alone)
            pos, titles = m.end(), []
            while True:
                found, at = None, pos
                while found is None and at is not None:  # 某县某镇副镇长: the chain starts at the last place
                    found = self._chain_at(pg, at)
                    at = pg.place_at[at].end if found is None and at in pg.place_at else None
                if found is None:
                    skip = self._unread_career_item(text, pos) if titles or pos == m.end() else None
                    if skip is None:
                        break
                    pos = skip  # 某县某公社党委书记，…: an item no rule reads (a body the gazetteer lacks); the list goes on
                    continue
                titles += found[1]
                pos = found[0]
                if pos + 1 >= len(text) or text[pos] not in self.v.chain_commas and text[pos] not in self.v.chain_joints:
                    break
                pos += 1
            if not titles and last is not None and last[0] is not None and not text.startswith(self.v.past_link, pos) \
                    and self._career_item_follows(text, last[1], m.start()):
                ends = [k for k in (text.find(c, pos) for c in self.v.sentence_end) if k >= 0]
                last = (last[0], min(ends) if ends else len(text))  # 1971年起先后任某市革委会…组长等。: an item no rule
                continue  # reads, between two of one career: the career goes on after it
            if not titles or text.startswith(self.v.past_link, pos) \
                    or not any(c.org is not None or c.place is not None or c.within is not None for c in titles):
                continue  # 曾任县长的王强: the name after it (the rule above); no post in a body of government
            subject = self._career_subject(pg, m.start())
            if subject is None and last is not None and self._career_item_follows(text, last[1], m.start()):
                subject = last[0]  # 1990年任…；1995年起任…: an item right after another, of the same one
            last = (subject, pos) if subject is not None else None
            if subject is not None:  # the items of one career, one official with all their posts
                had = held.setdefault(subject, ([], m.end(), pos))
                had[0].extend(titles)
                held[subject] = (had[0], had[1], pos)
        return [self._official(pg, s, e, titles, (start, end), "pattern-career", 0.75, qualifier=self.v.former)
                for (s, e), (titles, start, end) in held.items()]

    def _career_item_follows(self, text: str, end: int, start: int) -> bool:
        """Whether the career item at ``start`` comes right after the one ending at ``end``: only punctuation between,
        perhaps after a word that closes the item before (…副市长等。1949年12月起先后任…; …等职；1990年任…)."""
        gap = text[end:start]
        close = next((w for w in self.v.career_item_closes if gap.startswith(w)), "")
        gap = gap[len(close):]
        lead = self.v.career_year_lead.search(gap)  # 1949年12月起 before 先后任
        gap = gap[: lead.start()] if lead else gap
        return not gap.strip(self.v.sentence_end + "".join(self.v.chain_commas))

    def _unread_career_item(self, text: str, pos: int) -> int | None:
        """Where the next item of a career's list starts after an item at ``pos`` that no title chain reads, where that
        item ends in a title before a comma (某县某公社党委书记，): after the comma; else None."""
        k = pos
        while k < len(text) and k - pos <= _UNREAD_BODY_MAX + 4 and _HAN_FIRST <= text[k] <= _HAN_LAST:
            k += 1
        if k >= len(text) - 1 or k == pos or text[k] not in self.v.chain_commas:
            return None
        ends_in_title = any(e == k - pos for _s, e, _t, _v in self.titles.finditer(text[pos:k], overlapping=True))
        return k + 1 if ends_in_title else None

    def _career_subject(self, pg: _Page, at: int) -> tuple[int, int] | None:
        """The name that opens the sentence of ``at``, or the sentence before it in the same paragraph: a name followed
        by a word of address (同志) or a comma."""
        text = pg.text
        para = text.rfind("\n", 0, at) + 1
        starts = [para] + [k + 1 for k in range(para, at) if text[k] in self.v.sentence_end]
        starts = starts[-2:]
        if not text[para:at].strip() and para > 1:  # a career's paragraph after the profile's first one (某某，男，
            starts = [text.rfind("\n", 0, para - 1) + 1]  # 1946年生…。⏎1976年后，任…): the name opening the one before
        for q in reversed(starts):
            for n in (3, 2, 4):
                name, after = text[q : q + n], q + n
                if after < len(text) and (text.startswith(self.v.honorifics, after) or text[after] in self.v.chain_commas) \
                        and is_person_name(name) and name not in common_words() and not anonymised(name):
                    return q, after
        return None

    def _post_before_lead(self, pg: _Page, s: int) -> tuple[int, list[_Title]] | None:
        """县长一职由何建平担任, 村委会主任由罗某连任: the post printed before the word that leads the name (由), perhaps
        with a word that closes a post (一职) between, in the same clause: that chain (its end is where the closing word
        or the lead starts)."""
        text = pg.text
        lead = next((w for w in self.v.name_leads if text.endswith(w, 0, s)), None)
        if lead is None:
            return None
        at = s - len(lead)
        close = next((w for w in self.v.post_closers if text.endswith(w, 0, at)), "")  # 村委会主任由某某担任: none
        end = at - len(close)
        k = end - 1
        while k > 0 and (text[k - 1] not in self.v.hard_boundary or text[k - 1] in self.v.chain_joints) \
                and end - k < _LOOSE_POST_MAX:
            k -= 1  # the whole chain (党总支书记、村委会主任由某某担任): its joints are no boundary
        for start in range(k, end):
            found = self._chain_at(pg, start)
            if found is not None and found[0] == end:
                return found
        return None

    def _closes_post(self, text: str, p: int) -> bool:
        """Whether a post named in a sentence ends at ``p``: punctuation, 职务, a word that follows a name or
        closes a post (任县长以来, 当选书记后), not a name (县委书记王海)."""
        return p >= len(text) or text[p] in self.v.hard_boundary or text.startswith(self.v.after_name, p) \
            or text.startswith(self.v.post_closers, p)

    def _loose_title_at(self, pg: _Page, pos: int) -> tuple[int, list[_Title]] | None:
        """王强是市财政局派驻龙美村的第一书记: after a verb of a post, a strong title that closes the post, with the
        words before it read as no body (the body printed first, if any, is its unit's)."""
        text = pg.text
        for k in range(pos, min(pos + _LOOSE_POST_MAX, len(text))):
            if text[k] in self.v.boundary:
                return None
            found = self._title_after(text, k)
            if found is None or found[1] not in self.v.strong_titles or not self._closes_post(text, found[0]):
                continue
            end, title, mod, span, lead = found
            return end, [_Title(title=text[k:end], head=title, modifier=mod, org=None, start=pos,
                          span=span, place=None, government=bool(lead), within=pg.org_at.get(pos))]
        return None

    def _dispatched(self, pg: _Page) -> list[Candidate]:
        """选派张伟到某村任第一书记, 张伟被选派到某村，担任第一书记: a name sent to a place (before the verb of sending,
        or right after it), then, in the same sentence, the post taken there; a post of a village's branch is that
        of the place the name was sent to."""
        text, v = pg.text, self.v
        out = []
        sender_at = {c.end: c for c in pg.org_at.values()}
        for m in v.dispatch.finditer(text):
            after = m.end(1)
            after += next((len(w) for w in v.dispatch_object if text.startswith(w, after)), 0)  # 选派干部张伟
            name = None
            if text[after : after + 1] not in v.dispatch_link and self._name_after_title(pg, after, strict=True) is None:
                # 选派参政议政部负责人某某到…: the one sent named after a post he holds (read as his own by the chains)
                for k in range(after, min(after + _LOOSE_POST_MAX, len(text))):
                    if text[k] in v.boundary:
                        break
                    held = self._title_after(text, k)
                    if held is not None and self._name_after_title(pg, held[0], strict=True) is not None:
                        after = held[0]
                        break
            e = self._name_after_title(pg, after, strict=True) if text[after : after + 1] not in v.dispatch_link else None
            if e is not None:  # 选派某某同志到…: a word of address between the name and the link
                e += next((len(w) for w in v.honorifics if text.startswith(w, e)
                           and text.startswith(v.dispatch_link, e + len(w))), 0)
            if e is None:  # 选派万某某任…, 选派于某某到…: the verb's object, a name that the link or the post's verb closes
                e = next((after + n for n in (3, 2) if is_person_name(text[after : after + n])
                          and text[after : after + n] not in common_words() and text[after + 1 : after + n] not in common_words()
                          and text[after + 1 : after + n] not in v.preposition_objects
                          and (text.startswith(v.dispatch_link, after + n) or v.dispatch_post.match(text, after + n))), None)
            if e is not None and text.startswith(v.dispatch_link, e):
                name, to = (after, e - next((len(w) for w in v.honorifics if text.endswith(w, 0, e)), 0)), e + 1
            elif e is not None and v.dispatch_post.match(text, e):
                name, to = (after, e), e  # 选派张伟任某村第一书记: the post and its place right after the name
            else:
                k = m.start(1)
                if (sender := sender_at.get(k)) is not None and text[: sender.start].endswith(v.dispatch_passive):
                    k = sender.start  # 张伟被某省某厅选派到…: the body that sends, between the passive and the verb
                k -= 1 if text[:k].endswith(v.dispatch_passive) else 0
                s = self._name_before(pg, k)
                if s is not None and text[after : after + 1] in v.dispatch_link:
                    name, to = (s, k), after + 1
            if name is not None and (c := self._post_taken(pg, name, to)) is not None:
                out.append(c)
        # 张伟到某县某镇某村任第一书记, 某局干部张伟来到某村，担任第一书记: a name, then a verb of going (DispatchLink)
        # and a place right after it, then the post taken there in the same sentence
        named = {c.start for c in out}
        for m in v.went_to.finditer(text):
            if m.end() not in pg.place_at or v.dispatch.search(text, max(0, m.start() - 2), m.start()):
                continue  # 被派到某村: the sending verb's sentence, read above
            s = self._name_before(pg, m.start())
            if s is not None and s not in named and (c := self._post_taken(pg, (s, m.start()), m.end())) is not None:
                out.append(c)
        return out

    def _post_taken(self, pg: _Page, name: tuple[int, int], to: int) -> Candidate | None:
        """The official ``name`` (its span) sent or gone to the place at ``to``, where the post taken there follows in
        the same sentence (…到某村任第一书记, …到某村，担任第一书记); a post of a village's branch is that of the place."""
        text, v = pg.text, self.v
        found = None
        # …到某市挂职，任某市副市长: a verb of the stay with no post after it, then the post after the next verb
        for verb in v.dispatch_post.finditer(text, to, min(len(text), to + _LOOSE_POST_MAX + 8)):
            if any(ch in v.sentence_end for ch in text[to : verb.start()]):
                return None
            # …担任该村第一书记: a word that refers to the village the name was sent to, then the post
            post_at = verb.end() + next((len(w) for w in v.village_references if text.startswith(w, verb.end())), 0)
            found = self._chain_at(pg, post_at)
            if found is not None or text[verb.end() : verb.end() + 1] not in v.chain_commas:
                break
        if found is None:
            return None
        p, chain = found
        if chain[0].org is None and chain[0].place is None:
            local = [c for at, c in pg.place_at.items() if to <= at and c.end <= verb.start()
                     and c.division.level in _LOCAL_LEVELS]
            if local:
                chain[0].place = max(local, key=lambda c: c.end)
        return self._official(pg, name[0], name[1], chain, (verb.end(), p), "pattern-dispatched", 0.75)

    def _name_before(self, pg: _Page, end: int) -> int | None:
        """Where a name that ends at ``end`` starts: after a boundary, a word that leads a name (由, 同意), or
        where the model reads one."""
        text = pg.text
        dot = text.rfind("·", max(0, end - 9), end)  # 接受木仁·江丽夏辞去…: a name with a father's name runs back past its dot
        if dot > 0 and end - dot > 2 and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in text[dot + 1 : end]) \
                and not self.v.leaving_reason.search(text, dot + 1, end):  # 因工作调动 after the name is no part of it
            for s in range(dot - 2, max(-1, dot - 9), -1):
                if not all(_HAN_FIRST <= ch <= _HAN_LAST for ch in text[s:dot]):
                    break
                prev = text[s - 1] if s else "\n"
                if not _HAN_FIRST <= prev <= _HAN_LAST or text[:s].endswith(self.v.name_leads):
                    return s
        yi = text[max(end - 4, 0) : end]  # 某某、阿苦日哈当选: a Yi name of four, a family name (YiClanName) first
        if end >= 4 and (yi[:2] in self.v.yi_clans or self._transliterated_name(yi)) \
                and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in yi) and yi not in common_words() and end - 4 not in pg.place_at \
                and (end == 4 or not _HAN_FIRST <= text[end - 5] <= _HAN_LAST or text[: end - 4].endswith(self.v.name_leads)):
            return end - 4
        for n in (3, 2, 4):
            s = end - n
            name = text[max(s, 0) : end]
            if s < 0 or not is_person_name(name) or name in common_words() or name[-1] in self.v.institution_ends \
                    or name[:2] in self.v.preposition_objects:  # 日前已调任: a word of time before the verb, no name
                continue
            if any(ch in self.v.not_name_chars for ch in name[1:]):
                continue  # 2012年他被任命为…: a pronoun after a year, no given name
            if s > 0 and text[s - 1].isdigit() and name[0] in self.v.number_units:
                continue  # 1970年生，现任…: a number's unit, no surname
            if n == 3 and name[-1] in self.v.name_end_stop and (s, end) not in pg.model_names:
                continue  # 某某已调任…: a function word never ends a three-character name
            if any(name.startswith(w) and is_person_name(name[len(w):]) for w in self.v.name_leads):
                continue  # 由刘红担任: the word that leads the name, then a two-character name
            prev = text[s - 1] if s else "\n"
            if (s, end) in pg.model_names or not _HAN_FIRST <= prev <= _HAN_LAST or text[:s].endswith(self.v.name_leads):
                return s
            if text[:s].endswith(self.v.staff_words) and name[1:] not in common_words() \
                    and name[1:] not in self.v.preposition_objects:
                return s  # 某厅干部于某某被选派: a staff word before the name, though its surname be a function word
        return None

    def _line_name(self, text: str, p: int) -> int | None:
        """The end of a name of two or three characters that is the whole rest of its line after a role's colon
        (校对：纳文娟⏎), or of its credit's slot (（责任编辑：某某）, 编辑：某某  审核：某某): a known surname is enough there for three characters, though the name be a word (文博) or its
        surname rare; two want a frequent surname (编辑：本报 is no name)."""
        for n in (3, 2):
            name = text[p : p + n]
            if len(name) == n and (p + n == len(text) or text[p + n] in "\r\n" or self.v.credit_slot_end.match(text, p + n)) \
                    and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in name) and not anonymised(name) \
                    and name not in common_words() \
                    and max(surnames().get(name[0], 0), surnames().get(name[:2], 0)) > (0 if n == 3 else MIN_SURNAME_TF - 1) \
                    and next(self.roles.matches_at(text, p), None) is None and next(self.titles.matches_at(text, p), None) is None:
                return p + n
        return None

    def _roles(self, text: str, hint_ends: set[int], place_at: dict | None = None) -> list[Candidate]:
        out = []
        place_at = place_at or {}
        for s, e, role, _ in self.roles.finditer(text):
            if self._within_longer_word(text, s, e):
                continue  # 副秘书长何琦, 老师傅陈博: the role is part of a longer title or role
            if s and text[s - 1] in self.v.event_count:
                continue  # 第五届牧民那达慕, 首届农民丰收节: the role names an event's people, no name follows it
            gap = False  # blanks after a role in a credit (（通讯员 卞海燕）, 作者：记者 某某 编辑：…)
            colon = self.v.role_colon.match(text, e)
            if colon:  # 作者 : 张木兰
                e = colon.end()
                whole = self._line_name(text, e)
                if whole is not None:  # 责任编辑：石文博⏎, 编辑：纳文娟⏎: the rest of a footer's line is the name
                    out.append(Candidate(e, whole, "Person", text[e:whole], "pattern-role-name", 0.75,
                                         priority=Priority.ROLE_NAME, role=role, titles=Titles(title_spans=((s, e),))))
                    continue
            elif self.v.role_list_lead.match(text, e):  # 队员有某某、某某: 有 leads the list, it is no surname
                e = self.v.role_list_lead.match(text, e).end()
            elif text[e : e + 1] in self.v.title_name_gap and (self._in_credit(text, s) or self._byline(text, s, e)
                                                                or self._credit_before_role(text, s, e)):
                while e < len(text) and text[e] in self.v.title_name_gap:  # （通讯员 卞海燕）: a credit in brackets
                    e += 1
                gap = True
            dotted = self._dotted_name_at(text, e)
            if dotted is None and text[e : e + 2] in self.v.yi_clans and self._transliterated_end(text, e, minimum=4) == e + 4:
                dotted = e + 4  # 村民吉列尔子说: a Yi family name and two characters, not a surname's 吉列尔
            if dotted is not None:  # 村民艾萨·玉努斯说: the name and the father's name whole, not a surname's 艾萨
                out.append(Candidate(e, dotted, "Person", text[e:dotted], "pattern-role-name", 0.75,
                                     priority=Priority.ROLE_NAME, role=role, titles=Titles(title_spans=((s, e),))))
                continue
            mongolian = self._mongolian_name_at(text, e)
            if mongolian is not None:  # 牧民巴图孟和今年…: the whole name, not 巴图 and a conjunction
                out.append(Candidate(e, mongolian, "Person", text[e:mongolian], "pattern-role-name", 0.75,
                                     priority=Priority.ROLE_NAME, role=role, titles=Titles(title_spans=((s, e),))))
                out += self._listed_transliterated(text, mongolian, role)
                continue
            ne = name_end(text, e, hint_ends, strict=True, min_tf=MIN_CUED_SURNAME_TF)
            shot = self.v.credit_after_role.match(text, e)
            if not shot and text[s:e] in self.v.byline_roles:
                shot = self.v.name_before_credit.match(text, e)
                if shot and len(shot.group(2)) < 2:
                    shot = None  # 文, 图: a one-character role may be a given name's character
            shot_end = None
            if shot and (ne is None or ne == e + 2 and shot.end(1) == e + 3 or reads_as_words(shot.group(1))) \
                    and is_person_name(shot.group(1)) and shot.group(1) not in common_words():
                # 新华社记者刘某喜摄⏎: the credit's mark closes the line, so the name runs to it; 记者施某某编辑：某某: the
                # next credit's role and its colon close it, though its first characters be a word (施力)
                ne = shot_end = shot.end(1)
            if ne is not None and self._long_transliterated_run(text, e, ne) is not None:
                ne = None  # 医生索南才让每月…: a transliterated name runs on past the Chinese name its rare surname gives
            translit = None
            if ne == e + 2 and all(ch in self.v.transliterated for ch in text[e:ne]) and ne not in hint_ends \
                    and self._transliterated_run(text, e) == ne:
                ne = None  # 牧民达娃带领: two transliteration characters a verb closes, read as such a name, not by a rare surname
            if ne is None:  # 牧民巴特尔的马, 艺人次仁多吉15岁: a name in transliteration characters, read whole
                translit = self._transliterated_end(text, e, minimum=3)
                if translit is None or translit - e < 4:
                    translit = self._transliterated_run(text, e)
                if translit == e + 2 and text.startswith(self.v.short_translit_verbs, translit) \
                        and not text.startswith(self.v.speech_after + self.v.verbs_after_name, translit) \
                        and any(d.level in (Level.PROVINCE, Level.CITY, Level.COUNTY)
                                for d in Gazetteer.load().lookup(text[e:translit])):
                    continue  # 游客拉萨把…: a city's or county's short name before a deed's verb, no name
                if translit is not None and translit - e >= 2 and not any(True for _ in self.roles.matches_at(text, e)):
                    out.append(Candidate(e, translit, "Person", text[e:translit], "pattern-role-name", 0.75,
                                         priority=Priority.ROLE_NAME, role=role, titles=Titles(title_spans=((s, e),))))
                    out += self._listed_transliterated(text, translit, role)
                continue
            if ne is not None and ne - e == 3 and text[ne - 1] in self.v.household and text[ne : ne + 1] in self.v.household_after \
                    and is_person_name(text[e : ne - 1]):
                ne -= 1  # 脱贫户张三家的房子: the household of a two-character name
            credited = ne is not None and ne - e == 3 and text[ne - 1] in self.v.credit_marks \
                and text[ne : ne + 1] in self.v.credit_close
            if credited:
                ne -= 1  # （通讯员 李红摄）: the mark of a photo credit closes a two-character name
            credited = credited or ne is not None and ne == shot_end
            if ne is None or any(True for _ in self.roles.matches_at(text, e)) \
                    or any(True for _ in self.titles.matches_at(text, e)):
                continue  # 村民代表可以: a role or title after a role starts no name
            if e in place_at and place_at[e].end <= ne:
                continue  # 代表东方市委: a place's name (东方市), not a name with a compound surname
            after = text[ne : ne + 2]
            # 董事长陆海波作工作报告: a speech at a meeting after it closes the name as a verb of speech does; ordinary
            # words at its start (陆海) need no support of the model, which may cut such a name in a long sentence
            hinted = ne in hint_ends or self.v.report_after.match(text, ne) is not None
            tf = max(surnames().get(text[e], 0), surnames().get(text[e : e + 2], 0))
            deed = text.startswith(self.v.deed_after, ne)  # 村民某某跳进河中: a deed done on the spot closes the name
            # 茶农某某某家的茶园: a three-character name's household (HouseholdMark, HouseholdAfter) closes it as a deed does
            deed = deed or ne - e == 3 and text[ne : ne + 1] in self.v.household \
                and text[ne + 1 : ne + 2] in self.v.household_after
            if tf < MIN_SURNAME_TF and not colon and not hinted and after and after[0] not in self.v.name_close \
                    and not text.startswith(self.v.speech_after, ne) and not deed:
                continue  # a rare surname after a role: a name that punctuation or speech closes (胡同长郦翰源。村民渠询说)
            if text[e] in self.v.adverb_surnames and not hinted and not colon:
                continue  # 村民都说好: the adverb before a verb, unless the model reads a name
            if not hinted and ne - e == 2 and tf < 100 and not colon:
                continue  # 专家智库: a two-character "name" with a rare surname needs the model's support
            if not hinted and self._function_word_then_noun(text, e, ne):
                continue  # 设计师和业主、, 父亲和朋友，: the conjunction joins the role to another noun, no name
            followed = not hinted and self._function_surname_followed(text, e, ne, place_at)
            blank_after = gap and ne - e == 3 and text[ne : ne + 1] in self.v.title_name_gap
            listed_end = self._line_name(text, ne + 1) if blank_after else None
            blank_closed = blank_after \
                and (next(self.roles.matches_at(text, ne + 1), None) is not None or listed_end is not None)
            # 记者 施某某 编辑：: in a credit a blank and the next role close a full name whose first characters are a word;
            # so does a blank and a second name that closes the credit (（某报记者 成某某 李某）: two reporters of one role)
            if not hinted and reads_as_words(text[e:ne], text[ne : ne + 1]) and not followed and not blank_closed \
                    and ne != shot_end:
                continue  # 专家计算出, 居民于昨日: ordinary words need the model's support to be a name
            if not hinted and text[e:ne] in self.v.after_role_nouns and not text.startswith(self.v.speech_after, ne):
                continue  # 迎来游客高峰: a noun the role modifies, no name, unless the model reads one or a speech verb follows
            if not hinted and role in self.v.collective_roles and not after.startswith(self.v.speech_after):
                continue  # 引导群众种饲草、养肉牛: after a mass of people, a deed, not a name, unless the model reads one
            if not hinted and text[e] in self.v.deed_surnames and text.endswith(self.v.deed_leads, 0, s) \
                    and not text.startswith(self.v.speech_after, ne):
                continue  # 带着村民种樱花，, 动员村民修水渠、: a verb of work and its object after the role, not a name
            # a full name (三 characters, or four after a surname of two: 村民欧阳辉宇就…) and a word that follows names
            full = ne - e == 3 or ne - e == 4 and text[e : e + 2] in surnames()
            common = full and tf >= 100 and text.startswith(self.v.after_name, ne)
            if not hinted and not (after[:1] in self.v.boundary and after[:1] not in "的") \
                    and not text.startswith(self.v.speech_after, ne) and not common and not credited and not followed \
                    and not deed:
                continue  # 居民关注的 is not a name: without the model, want punctuation or a speech verb
            if colon and "\n" in text[s:e] and text[ne : ne + 1] in self.v.name_line_colons:
                continue  # 本文作者：⏎张某：某街道党工委书记。: the lines below the role's colon name people with their posts
            out.append(Candidate(e, ne, "Person", text[e:ne], "pattern-role-name", 0.75, priority=Priority.ROLE_NAME,
                                 role=role, titles=Titles(title_spans=((s, e),))))
            if listed_end is not None:  # （某报记者 成某某 李某）: the second reporter's name, closing the credit
                out.append(Candidate(ne + 1, listed_end, "Person", text[ne + 1 : listed_end], "pattern-role-name", 0.75,
                                     priority=Priority.ROLE_NAME, role=role, titles=Titles(title_spans=((s, e),))))
            if all(ch in self.v.transliterated for ch in text[e:ne]):  # 牧民巴特尔和乌云其其格
                out += self._listed_transliterated(text, ne, role)
        # 田华等8位电影艺术家
        for m in self.v.listed_count.finditer(text):  # 田华等8位, 冶小花等10人: the last name of a list before its count
            units = self._unit_list_before(text, m.start())
            if units:  # 甲中学某某、乙小学某某和丙大学某某等14人: each name after its unit
                out += units
                continue
            for n in (3, 2):
                s = m.start() - n
                name = text[max(s, 0) : m.start()]
                prev = text[s - 1] if s > 0 else "\n"
                led = s >= 0 and text.endswith(self.v.count_list_leads, 0, s)  # 授予某某等59名同志: one name after the lead
                if s >= 0 and is_person_name(name) and not anonymised(name) and name not in common_words() \
                        and not (_HAN_FIRST <= prev <= _HAN_LAST and prev not in self.v.before_role_name and not led):
                    out.append(Candidate(s, m.start(), "Person", name, "pattern-name-list", 0.6, priority=Priority.NAME_LIST))
                    out += self._counted_list_before(text, s, place_at)
                    break
        for m in self.v.count_colon.finditer(text):  # 有14人：甲中学某某、乙小学某某和丙大学某某。
            stop = next((k for k in range(m.end(), len(text)) if text[k] in self.v.sentence_end), len(text))
            out += self._unit_list(text, m.end(), stop)
        for m in self.v.bare_count.finditer(text):  # 推荐甲、乙、丙3名同志: a list's last name, a separator or a lead before it
            for n in (3, 2):
                s = m.start() - n
                name = text[max(s, 0) : m.start()]
                if s > 0 and is_person_name(name) and not anonymised(name) and name not in common_words() \
                        and (text[s - 1] in self.v.name_list_separators or text.endswith(self.v.count_list_leads, 0, s)):
                    out.append(Candidate(s, m.start(), "Person", name, "pattern-name-list", 0.6, priority=Priority.NAME_LIST))
                    out += self._counted_list_before(text, s, place_at)
                    break
        for m in self.v.naming.finditer(text):  # 名字就叫高某。: the name, though it be a word too
            p, ne = m.span(1)
            name = m.group(1)
            if max(surnames().get(name[0], 0), surnames().get(name[:2], 0)) >= MIN_SURNAME_TF and not anonymised(name) \
                    and given_name_ok(name[1:]) and p not in place_at and name[-1] not in self.v.place_ends:
                out.append(Candidate(p, ne, "Person", name, "pattern-role-name", 0.7, priority=Priority.ROLE_NAME))
        for m in self.v.credit_role_colon.finditer(text) if holds_any(text, self.v.credit_roles) else ():
            whole = self._line_name(text, m.end())  # 审核：某某⏎, （摄影：某某）: a footer's credit of a role that prose lacks
            if whole is not None:
                out.append(Candidate(m.end(), whole, "Person", text[m.end():whole], "pattern-role-name", 0.75,
                                     priority=Priority.ROLE_NAME, role=m.group(1),
                                     titles=Titles(title_spans=((m.start(), m.end()),))))
        for m in self.v.played_by.finditer(text) if holds_any(text, self.v.played_by_links) else ():  # 某角色由某某饰演: the actor after the link
            p, ne = m.span(1)
            name = m.group(1)
            if is_person_name(name) and not anonymised(name) and name not in common_words() and given_name_ok(name[1:]) \
                    and max(surnames().get(name[0], 0), surnames().get(name[:2], 0)) >= MIN_SURNAME_TF \
                    and next(self.roles.matches_at(text, p), None) is None and next(self.titles.matches_at(text, p), None) is None:
                out.append(Candidate(p, ne, "Person", name, "pattern-role-name", 0.7, priority=Priority.ROLE_NAME, role=self.v.actor_role))
        for m in self.v.team.finditer(text):  # 福建队陈某某和海南队符某某: a team's athlete
            home = [d for n in (2, 3) if m.start() >= n and (d := Gazetteer.load().resolve(text[m.start() - n : m.start()]))
                    and d.level in (Level.PROVINCE, Level.CITY) and text[m.start() - n : m.start()] in (d.name, d.short)]
            if not home:
                continue
            p = m.end()
            ne = name_end(text, p, hint_ends, min_tf=MIN_SURNAME_TF)
            if ne is not None and is_person_name(text[p:ne]) and not anonymised(text[p:ne]) and text[p:ne] not in common_words() \
                    and next(self.roles.matches_at(text, p), None) is None and next(self.titles.matches_at(text, p), None) is None:
                out.append(Candidate(p, ne, "Person", text[p:ne], "pattern-role-name", 0.7, priority=Priority.ROLE_NAME))
        for m in self.v.nickname_lead.finditer(text):  # 人称“茶博士”的林某某: the name after the nickname
            p = m.end()
            ne = name_end(text, p, hint_ends, min_tf=MIN_SURNAME_TF)
            if ne is not None and ne - p >= 3 and is_person_name(text[p:ne]) and not anonymised(text[p:ne]) \
                    and text[ne - 1] not in self.v.place_ends and p not in place_at \
                    and text[p:ne] not in common_words() and next(self.roles.matches_at(text, p), None) is None:
                out.append(Candidate(p, ne, "Person", text[p:ne], "pattern-role-name", 0.7, priority=Priority.ROLE_NAME))
        for m in self.v.age_lead.finditer(text) if holds_any(text, self.v.age_lead_cues) else ():  # 10岁的杨某某用侗语唱: a name right after an age and 的
            p = m.end()
            ne = name_end(text, p, hint_ends, min_tf=MIN_SURNAME_TF)
            if ne is None or ne - p < 3 and ne not in hint_ends:
                continue  # 20岁的小伙: a two-character "name" wants the model's support
            name = text[p:ne]
            if is_person_name(name) and not anonymised(name) and name not in common_words() and given_name_ok(name[1:]) \
                    and next(self.roles.matches_at(text, p), None) is None and next(self.titles.matches_at(text, p), None) is None \
                    and not (p in place_at and place_at[p].end >= ne):
                out.append(Candidate(p, ne, "Person", name, "pattern-role-name", 0.7, priority=Priority.ROLE_NAME))
        for m in self.v.name_slash_credit.finditer(text) if "/" in text else ():  # the pattern's slash: most texts have none
            name = m.group(1)
            if (is_person_name(name) or self._transliterated_name(name) or "·" in name.strip("·")) \
                    and name not in common_words() and next(self.roles.matches_at(text, m.start(1)), None) is None:
                out.append(Candidate(m.start(1), m.end(1), "Person", name, "pattern-photo-credit", 0.7, priority=Priority.PHOTO_CREDIT,
                                     role="摄影" if text[m.end(1) + 1] in self.v.credit_marks else "记者"))
        # 周华东摄: a photo credit closing a caption
        # （某县融媒体中心 王冬 摄）: the name and the mark at the end of a bracket of credits, after a blank
        shots = itertools.chain(self.v.photo_credit.finditer(text), self.v.photo_credit_bracket.finditer(text),
                                self.v.photo_credit_outlet.finditer(text)) \
            if holds_any(text, self.v.photo_credit_cues) else ()
        for m in shots:
            if is_person_name(m.group(1)) and m.group(1) not in common_words():
                out.append(Candidate(m.start(1), m.end(1), "Person", m.group(1), "pattern-photo-credit", 0.7, priority=Priority.PHOTO_CREDIT,
                                     role="摄影"))
        credits = [*(self.v.outlet_credit.finditer(text) if holds_any(text, self.v.outlet_credit_cues) else ()),
                   *(self.v.dateline_credit.finditer(text) if holds_any(text, self.v.dateline_credit_cues) else ())]
        for m in credits:
            for n in re.finditer(r"[\u4e00-\u9fff]+", m.group(1)):
                name, p = n.group(), m.start(1) + n.start()
                if is_person_name(name) and name not in common_words() and not anonymised(name) and name not in self.v.credit_words \
                        and next(self.roles.matches_at(text, p), None) is None and next(self.titles.matches_at(text, p), None) is None:
                    out.append(Candidate(p, p + len(name), "Person", name, "pattern-outlet-credit", 0.7,
                                         priority=Priority.PHOTO_CREDIT, role="记者"))
        out += self._described_list(text, hint_ends, place_at)
        out += self._family_list(text, place_at)
        out += self._dotted_names(text, place_at)
        return out

    def _dotted_name_at(self, text: str, p: int) -> int | None:
        """The end of a given name and a father's name joined by the dot that open at ``p`` (艾萨·玉努斯说,
        阿卜力米提·麦提库尔班说), or None: each part of two characters or more, neither a place nor a word, the
        first of transliteration characters but one at most and two in three of all of them such characters; a
        boundary or a word that follows names closes it (:meth:`_transliterated_end`)."""
        dot = text.find("·", p + 2, p + _DOTTED_NAME_MAX - 1)
        if dot < 0:
            return None
        end = self._transliterated_end(text, p, minimum=5)
        if end is None or end < dot + 3:
            return None
        parts = text[p:end].split("·")
        tr = self.v.transliterated
        if len(parts) != 2 or sum(ch not in tr for ch in parts[0]) > 1 \
                or 3 * sum(ch in tr for ch in parts[0] + parts[1]) < 2 * len(parts[0] + parts[1]):
            return None
        if any(x in common_words() or Gazetteer.load().lookup(x) for x in parts):
            return None  # 江西·南昌: two places joined by the dot
        return end

    def _dotted_names(self, text: str, place_at: dict) -> list[Candidate]:
        """A given name and a father's name joined by the dot with no role before it (艾萨·玉努斯是某村村民,
        务工的艾萨·玉努斯说): at a sentence's or a clause's start or after DottedNameBefore (的), the name
        :meth:`_dotted_name_at` reads."""
        out = []
        if "·" not in text:
            return out
        for m in re.finditer("·", text):
            for p in range(max(0, m.start() - _DOTTED_NAME_MAX + 2), m.start() - 1):
                prev = text[p - 1] if p else "\n"
                if _HAN_FIRST <= prev <= _HAN_LAST and prev not in self.v.before_dotted_name or p in place_at:
                    continue
                end = self._dotted_name_at(text, p)
                if end is not None and prev in self.v.quote_open and text[end : end + 1] in self.v.quote_close:
                    break  # “扎西·德勒”晚会: a greeting or a title quoted whole, no one's name
                if end is not None:
                    out.append(Candidate(p, end, "Person", text[p:end], "pattern-dotted-name", 0.7,
                                         priority=Priority.ROLE_NAME))
                    break
        return out

    def _family_list(self, text: str, place_at: dict) -> list[Candidate]:
        """刘某某家庭、马某某家庭入选…最美家庭: households honoured by the name of one member, listed two or more (the
        list's FamilyHonourWord after each item, FamilyListJoint between): each name a person. An item is a full name
        of a frequent surname (the first item's last three characters, after what opens the list: 是严某某家庭), no
        word, role, title or place; an item that is none ends the list there."""
        out = []
        for m in self.v.family_list.finditer(text) if holds_any(text, self.v.family_words) else ():
            pos = m.start()
            found = []
            for k, part in enumerate(self.v.family_split.split(m.group())[:-1]):
                q, e = pos, pos + len(part)
                pos = e + len(self.v.family_split.match(text, e).group())
                if k == 0 and len(part) > 3:
                    q = e - 3
                name = text[q:e]
                if not (len(name) == 3 or len(name) == 4 and name[:2] in surnames() or k > 0 and len(name) == 2) \
                        or not is_person_name(name) or anonymised(name) or never_a_name(name) or name in common_words() \
                        or not given_name_ok(name[2:] if len(name) == 4 else name[1:]) \
                        or max(surnames().get(name[0], 0), surnames().get(name[:2], 0)) < MIN_SURNAME_TF \
                        or self._other_word_at(text, q, place_at):
                    break
                found.append((q, e))
            if len(found) >= 2:
                out += [Candidate(a, b, "Person", text[a:b], "pattern-name-list", 0.6, priority=Priority.NAME_LIST)
                        for a, b in found]
        return out

    def _listed_unit_name(self, text: str, a: int, e: int) -> tuple[int, int] | None:
        """The span of the name that closes ``text[a:e]`` right after a unit's name (甲中学某某: a school, a firm, a
        hospital; ListedUnitEnd), a word of its own before the unit's end; else None."""
        for n in (3, 2):
            s = e - n
            name = text[s:e]
            unit = text[a:s]
            end = next((w for w in self.v.listed_unit_ends if unit.endswith(w)), None)
            if end is not None and len(unit) > len(end) + 1 and is_person_name(name) and not anonymised(name) \
                    and name not in common_words() and not never_a_name(name):
                return s, e
        return None

    def _unit_list_before(self, text: str, end: int) -> list[Candidate]:
        """甲中学某某、乙小学某某和丙大学某某等14人: the people of a list that a count closes (``end``: where the count's
        word starts), each item a unit's name and a person's (ListedUnitEnd), items between list separators and the
        last two maybe joined (NameListLast); the list opens after punctuation (UnitListOpen). Every item must read
        so, else nothing."""
        a = end
        while a > 0 and text[a - 1] not in self.v.unit_list_open and end - a < 600:
            a -= 1
        return self._unit_list(text, a, end)

    def _unit_list(self, text: str, a: int, end: int) -> list[Candidate]:
        """The people of the list of ``text[a:end]``, each right after its unit (see ``_unit_list_before``)."""
        if end - a < 4:
            return []
        chunks: list[tuple[int, int]] = []
        q = a
        for k in range(a, end + 1):
            if k == end or text[k] in self.v.name_list_separators:
                chunks.append((q, k))
                q = k + 1
        spans: list[tuple[int, int]] = []
        for x, y in chunks:
            joined = next(((l, r) for j in range(x + 1, y - 1) if text[j] in self.v.name_list_last
                           and (l := self._listed_unit_name(text, x, j)) and (r := self._listed_unit_name(text, j + 1, y))),
                          None)
            if joined is not None:
                spans += joined
                continue
            one = self._listed_unit_name(text, x, y)
            if one is None:
                return []
            spans.append(one)
        return [Candidate(s, e, "Person", text[s:e], "pattern-name-list", 0.6, priority=Priority.NAME_LIST)
                for s, e in spans]

    def _counted_list_before(self, text: str, end: int, place_at: dict) -> list[Candidate]:
        """授予甲、乙、丙等30名同志: the names listed before the last one of a list that its count closes (``end``:
        where that last name starts), each item between list separators, the first right after punctuation or a
        word that opens such a list (CountedListLead); an item that is no name, or a list opened otherwise, gives
        nothing. An item the name model would not take (a Tibetan name, 切阳什姐) passes when it is three or four
        characters, no word, no place and no title or role."""
        items: list[tuple[int, int]] = []
        k = end
        while k > 0 and text[k - 1] in self.v.name_list_separators:
            e = k - 1
            q = e
            while q > 0 and _HAN_FIRST <= text[q - 1] <= _HAN_LAST and e - q < 5:
                q -= 1
                if text[q - 1 : q] in self.v.name_list_separators:
                    break
            lead = next((w for w in self.v.count_list_leads if text.startswith(w, q) and e - q - len(w) in (2, 3, 4)), None)
            if lead is not None:
                q += len(lead)
            item = text[q:e]
            inner = q > 0 and text[q - 1] in self.v.name_list_separators
            opened = lead is not None or q == 0 or not inner and not _HAN_FIRST <= text[q - 1] <= _HAN_LAST
            if not opened and not inner:
                return []
            if not 2 <= len(item) <= 4 or anonymised(item) or item in common_words() or self._other_word_at(text, q, place_at):
                return []
            if not (is_person_name(item) or len(item) >= 3 and not never_a_name(item)):
                return []
            items.append((q, e))
            if opened:
                return [Candidate(a, b, "Person", text[a:b], "pattern-name-list", 0.6, priority=Priority.NAME_LIST)
                        for a, b in items]
            k = q
        return []

    def _described_name_end(self, text: str, q: int, hint_ends: set[int], place_at: dict) -> int | None:
        """End of a full name at ``q`` (three characters, or four after a surname of two) of a frequent surname, no
        word, role, title or place, and whose given name is no word but one that names are given (高质量: 质量), else
        None."""
        ne = name_end(text, q, hint_ends, strict=True, min_tf=MIN_SURNAME_TF)
        if ne is None or not (ne - q == 3 or ne - q == 4 and text[q : q + 2] in surnames()):
            return None
        name = text[q:ne]
        given = name[2:] if ne - q == 4 else name[1:]
        if not is_person_name(name) or anonymised(name) or never_a_name(name) or not given_name_ok(given) \
                or reads_as_words(name, text[ne : ne + 1]) or name[0] in self.v.function_surnames \
                or given in common_words() and given not in self.v.word_given_names \
                or max(surnames().get(name[0], 0), surnames().get(name[:2], 0)) < MIN_SURNAME_TF \
                or self._other_word_at(text, q, place_at):
            return None
        return ne

    def _other_word_at(self, text: str, q: int, place_at: dict) -> bool:
        """Whether a place, a role or a title opens at ``q``: what a listed or described name may not start with."""
        return q in place_at or next(self.roles.matches_at(text, q), None) is not None \
            or next(self.titles.matches_at(text, q), None) is not None

    def _described_list(self, text: str, hint_ends: set[int], place_at: dict) -> list[Candidate]:
        """People listed each after the clause that describes them (经营小酒坊的某甲，回乡开民宿的某乙，办起合作社的某丙、
        某丁夫妇……): a full name right after 的 and closed by a list's mark (DescribedListClose), where the same
        sentence holds two such names or more; a name a list separator closes takes the names listed after it, up to
        the one punctuation or a word following names (夫妇) closes. One such name alone stays the model's to read
        (…的王府，), unless the count of the people with it follows (村里的某某等几个年轻人, …的某某等3户) or a verb of
        speech (DescribedSpeechVerb: 同村的某某告诉记者, 负责养殖的某某介绍)."""
        if self.v.described_link not in text:
            return []
        by_sentence: dict[int, list[tuple[int, int]]] = {}
        out = []
        ends: list[int] | None = None  # where the sentences end, found once the first name needs them
        for m in re.finditer(re.escape(self.v.described_link), text):
            q = m.end()
            ne = self._described_name_end(text, q, hint_ends, place_at)
            if ne is not None and self.v.described_count.match(text, ne):
                out.append(Candidate(q, ne, "Person", text[q:ne], "pattern-name-list", 0.6, priority=Priority.NAME_LIST))
                continue  # 联系上村里的某某等几个年轻人: a name the count of its company closes
            verb = next((w for w in self.v.described_speech if text.startswith(w, ne)), "") if ne is not None else ""
            if verb and text[ne - 1] not in self.v.demonym_ends and text[ne : ne + len(verb) + 1] not in common_words():
                out.append(Candidate(q, ne, "Person", text[q:ne], "pattern-role-name", 0.7, priority=Priority.ROLE_NAME))
                continue  # 在外打工多年的某某表示: a name a verb of speech closes (本地的某地人说: a demonym, and 说明会:
                # the verb's character starting a longer word, no name)
            if ne is not None and ne - q == 3 and text[ne : ne + 1] in self.v.household and text[ne - 1] not in self.v.demonym_ends:
                out.append(Candidate(q, ne, "Person", text[q:ne], "pattern-role-name", 0.7, priority=Priority.ROLE_NAME))
                continue  # 来到曾任老支书的某某某家: a full name its household closes (HouseholdMark), as a verb of speech does
            if ne is None or text[ne : ne + 1] not in self.v.described_close:
                continue
            if ends is None:
                ends = [k for k, ch in enumerate(text) if ch in self.v.sentence_end]
            by_sentence.setdefault(bisect_left(ends, q), []).append((q, ne))
        for spans in by_sentence.values():
            if len(spans) < 2:
                continue
            for q, ne in spans:
                out.append(Candidate(q, ne, "Person", text[q:ne], "pattern-role-name", 0.7, priority=Priority.ROLE_NAME))
                while text[ne : ne + 1] in self.v.name_list_separators:  # …的某丙、某丁夫妇
                    q = ne + 1
                    ne = self._described_name_end(text, q, hint_ends, place_at)
                    if ne is None or not (text[ne : ne + 1] in self.v.boundary or text.startswith(self.v.after_name, ne)):
                        break
                    out.append(Candidate(q, ne, "Person", text[q:ne], "pattern-role-name", 0.7, priority=Priority.ROLE_NAME))
        return out

    def _listed_transliterated(self, text: str, end: int, role: str) -> list[Candidate]:
        """After a role's name in transliteration characters, the names of the same kind listed after it (牧民巴特尔和
        乌云其其格, 牧民巴图孟和、其其格夫妇): each of three characters or more that punctuation, a word following names or
        a word ending Mongolian names closes; the list ends at the first that is none."""
        out = []
        while end < len(text) and (text[end] in self.v.name_list_separators or text[end] in self.v.name_list_last):
            q = end + 1
            nxt = self._mongolian_name_at(text, q) or self._transliterated_end(text, q, minimum=3)
            if nxt is None or nxt - q < 3 or text[q:nxt] in common_words() or next(self.roles.matches_at(text, q), None):
                break
            out.append(Candidate(q, nxt, "Person", text[q:nxt], "pattern-role-name", 0.7, priority=Priority.ROLE_NAME,
                                 role=role))
            end = nxt
        return out

    def _function_surname_followed(self, text: str, p: int, e: int, place_at: dict) -> bool:
        """After a role, a three-character name whose surname is more often a function word (和, 向, 于) and that a
        verb of speech closes (村民和某某说, 果农向某某介绍), or a preposition of address before a role or a title
        (AddressPreposition: 村民于某某给记者算账): a name, where its given name is no word, no pronoun, no role
        and no day (居民于近日表示), and no title, role, place, word of place or news outlet follows the function word
        (村民和邻居说, 游客向导游说, 专家向本报表示). Only speech: before other words that follow names (在, 到) too many common nouns the word list
        lacks would read as given names (村民和邻里在)."""
        v = self.v
        given = text[p + 1 : e]
        # 村民于某某给记者算了一笔账: a preposition of address and a role after it close the name as speech does
        addressed = text[e : e + 1] in v.address_preps and (next(self.roles.matches_at(text, e + 1), None) is not None
                                                            or next(self.titles.matches_at(text, e + 1), None) is not None)
        return e - p == 3 and text[p] in v.function_surnames and text[p] not in v.adverb_surnames \
            and (text.startswith(v.speech_after, e) or addressed) and given not in common_words() and given_name_ok(given) \
            and given[-1] not in v.date_units \
            and p + 1 not in place_at and not text.startswith(v.locatives + v.news_agencies + v.paper_kinds, p + 1) \
            and next(self.roles.matches_at(text, p + 1), None) is None \
            and next(self.titles.matches_at(text, p + 1), None) is None

    def _function_word_then_noun(self, text: str, p: int, e: int) -> bool:
        """After a role, a three-character "name" whose surname is more often a function word (和, 向, 与) and whose
        given name is an ordinary word, a role or a title (医生和护士、, 老人和孩子，, 校长与教师。): the function word
        links the role to another noun. An ordinary word counts only where the phrase ends there (a list mark or the
        sentence's end after it): before a verb (技术员向前进指导) it is a given name. A given name that is no word
        (村民和晓东，) is left to the other checks."""
        v = self.v
        given = text[p + 1 : e]
        phrase_ends = e >= len(text) or text[e] in v.list_separators or text[e] in v.sentence_end
        return e - p == 3 and text[p] in v.function_surnames \
            and (given in common_words() and phrase_ends or next(self.roles.matches_at(text, p + 1), None) is not None
                 or next(self.titles.matches_at(text, p + 1), None) is not None)

    def _byline(self, text: str, s: int, e: int) -> bool:
        """Whether the role at ``s:e`` (记者, 通讯员: CreditLineRole) opens, after a blank, the last word of a line that
        is no sentence: a byline (某某日报记者 张三⏎), whose last word is the name."""
        if text[s:e] not in self.v.byline_roles:
            return False
        line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        p = e
        while p < line_end and text[p] in self.v.title_name_gap:
            p += 1
        rest = text[p:line_end].rstrip()
        return 2 <= len(rest) <= 4 and all(_HAN_FIRST <= ch <= _HAN_LAST for ch in rest) \
            and not any(ch in self.v.credit_line_stop for ch in text[line_start:line_end])

    def _credit_before_role(self, text: str, s: int, e: int) -> bool:
        """Whether the byline's role at ``s:e`` (记者, 通讯员) is followed, after a blank, by a word of two to four
        characters that a blank and the next credit's role close (作者：记者 某某 编辑：某某): a line of credits."""
        if text[s:e] not in self.v.byline_roles:
            return False
        p = e
        while p < len(text) and text[p] in self.v.title_name_gap:
            p += 1
        q = p
        while q < len(text) and _HAN_FIRST <= text[q] <= _HAN_LAST:
            q += 1
        if not 2 <= q - p <= 4 or q >= len(text) or text[q] not in self.v.title_name_gap:
            return False
        while q < len(text) and text[q] in self.v.title_name_gap:
            q += 1
        return next(self.roles.matches_at(text, q), None) is not None

    def _in_credit(self, text: str, s: int) -> bool:
        """Whether a role at ``s`` stands in an open bracket of credits: （记者 刘晓 通讯员 卞海燕 摄）."""
        k = max(text.rfind(b, max(0, s - _CREDIT_MAX), s) for b in self.v.credit_open)
        return k >= 0 and not any(ch in self.v.credit_stop for ch in text[k + 1 : s])

    def _within_longer_word(self, text: str, s: int, e: int) -> bool:
        """Whether a title or a role printed around ``s:e`` runs past ``e`` (秘书 in 副秘书长, 老师 in 老师傅)."""
        for j in range(max(0, s - 2), s + 1):
            for index in (self.titles, self.roles):
                if any(end > e for end, _, _ in index.matches_at(text, j)):
                    return True
        return False

    def _name_then_title(self, pg: _Page) -> list[Candidate]:
        """习近平总书记, 陈小曼书记, 郑明副区长: a name directly followed by a strong title (陈伟市长: the head of
        the people's government of the place named nearest before, or of the article's). The name stands after
        a boundary, or the model reads it as a name (贯彻习近平总书记)."""
        text, hint_ends, model_names = pg.text, pg.hint_ends, pg.model_names
        out = []
        for m in self.v.name_then_title.finditer(text):
            # 某某（挂职）副县长: a bracketed note of the title (TitleSuffix) between the name and the title
            end = m.start()
            if end and text[end - 1] in "）)":
                end -= next((len(x) for x in self.v.title_suffixes if x[0] in "（(" and text.endswith(x, 0, end)), 0)
            if end and text[end - 1] in "）)":  # 刘芳（女）副县长: a note of the person
                note = self.v.name_note.search(text, max(0, end - _NAME_NOTE_MAX), end)
                end = note.start() if note is not None else end
            for n in (3, 2):
                s = end - n
                if s < 0:
                    continue
                cand = text[s:end]
                prev = text[s - 1] if s else "\n"
                # 学习贯彻总书记: a glued title bounds a name of three only where its first character opens no word with
                # the one before it (学习: 习 ends a word, so 习贯彻 is no name; 贯彻习近平总书记 reads 习近平)
                bounded = not (_HAN_FIRST <= prev <= _HAN_LAST) or prev in self.v.before_name_title \
                    or (s, end) in model_names \
                    or (n == 3 and m.group(2) in self.v.glued_titles and prev + cand[0] not in common_words())
                place = pg.place_at.get(s)  # 甘孜州副州长: a listed place's name before a title, no person's
                if is_person_name(cand) and bounded and s not in pg.org_at and not (place is not None and place.end == end) \
                        and cand not in common_words() and cand[-1] not in self.v.institution_ends \
                        and not any(cand.startswith(x) or cand.endswith(x) for x in self.v.modifiers) \
                        and not (n == 3 and self.v.post_verb.fullmatch(cand, 1)) \
                        and max(surnames().get(cand[0], 0), surnames().get(cand[:2], 0)) >= MIN_CUED_SURNAME_TF:
                    # 曾担任县长, 将出任镇长: an adverb and the verb that takes the post, no name (PostVerb)
                    rare = max(surnames().get(cand[0], 0), surnames().get(cand[:2], 0)) < MIN_SURNAME_TF
                    if rare and _HAN_FIRST <= prev <= _HAN_LAST and (s, end) not in model_names:
                        continue  # a rare surname before a title: a name after a boundary, or the model's
                    if s in hint_ends or n == 3 or (end in hint_ends) or (s, end) in model_names \
                            or (rare and cand not in common_words() and not prev.strip()):  # 宦源副区长 opening a line
                        mod, head = m.group(1) or "", m.group(2)
                        title = mod + head
                        org = None
                        if head in self.v.government_heads and pg.home_of is not None:
                            post = _Title(title=title, head=head, modifier=mod, org=None, start=s, span=(m.start(), m.end()))
                            near = _place_near(pg.places, s, self.v.government_heads[head], text)
                            org = _implied_government(post, pg.home_of(s), (), near)
                        titles = Titles((Post(title, org.name if org is not None else "", mod),),
                                        (org,) if org is not None else ())
                        out.append(Candidate(s, end, "Official", cand, "pattern-name-title", 0.8, priority=Priority.NAME_THEN_TITLE,
                                             titles=titles))
                        break
        return out

    def _name_then_role(self, pg: _Page) -> list[Candidate]:
        """学校生物与食品工程学院张国强教授汇报…, 王丽副教授介绍: a name directly followed by a role that may follow one
        (Role "after_name": 教授): a person with that role. The name stands after a boundary, after an institution's name
        (InstitutionHead: 学院, 大学, 研究所), or the model reads it; a word before the role (学校教授, 知名教授) is none."""
        text, out = pg.text, []
        for m in self.v.name_then_role.finditer(text):
            end = m.start()
            for n in (3, 2):
                s = end - n
                if s < 0:
                    continue
                cand, prev = text[s:end], (text[s - 1] if s else "\n")
                bounded = not (_HAN_FIRST <= prev <= _HAN_LAST) or prev in self.v.before_name_title \
                    or text.endswith(self.v.any_institution_heads, 0, s) or (s, end) in pg.model_names
                if not (bounded and is_person_name(cand) and cand not in common_words() and not anonymised(cand) and s not in pg.org_at
                        and s not in pg.place_at and cand[-1] not in self.v.institution_ends
                        and surnames().get(cand[0], 0) >= MIN_CUED_SURNAME_TF):
                    continue
                if n == 2 and (s, end) not in pg.model_names and end not in pg.hint_ends and s not in pg.hint_ends \
                        and _HAN_FIRST <= prev <= _HAN_LAST and prev not in self.v.before_name_title:
                    continue  # 院李明教授: a two-character name after a word needs the model's support
                out.append(Candidate(s, end, "Person", cand, "pattern-name-role", 0.7, priority=Priority.ROLE_NAME,
                                     role=m.group()))
                break
        return out


    def _body_members(self, pg: _Page, agencies: list[Candidate]) -> list[Candidate]:
        """云南省某厅的某某背上行囊, 某工作队的某某正和村民…: a name the model reads right after a body and the link of
        membership (MemberLink: 的) is a person of that body, as after a role: running text may follow it, and a name of
        four characters that opens with no surname of two is cut to three (贺某某正和: the adverb after it)."""
        text, out = pg.text, []
        ends = {c.end for c in agencies if c.type == "Agency"}
        for s, e in sorted(pg.model_names):
            if not (s - 1 in ends and text[s - 1 : s] in self.v.member_links):
                continue
            if e - s == 4 and text[s : s + 2] not in surnames():
                e -= 1
            span = model_person(text, s, e, boundary_before=False, open_end=True)
            if span is None or span[0] != s or never_a_name(text[s : span[1]]) or s in pg.org_at or s in pg.place_at:
                continue
            out.append(Candidate(s, span[1], "Person", text[s : span[1]], "pattern-body-member", 0.7,
                                 priority=Priority.ROLE_NAME))
        return out


_PLAYED_POST_LONGEST = 10  # 饰演县委常务副书记的某: the longest post played, with its body, read before 的


def _in_drill(v: _Vocabulary, text: str, pos: int, cue: str) -> bool:
    """Whether ``cue`` at ``pos`` is a verb of play (扮演) that its sentence makes part of a drill (演练)."""
    if not cue.startswith(v.drill_verbs):
        return False
    s, e = _sentence_bounds(text, pos, v.sentence_end)
    return any(w in text[s:e] for w in v.drill_words)


_BRACKET_OPEN = re.compile(r"[（(]")


def names_before_brackets(text: str) -> Iterator[tuple[int, int]]:
    """``(start, bracket)`` of each run of two to four Chinese characters right before an opening bracket (the
    last four of a longer run): the matches of ``([\u4e00-\u9fff]{2,4})[（(]`` over ``text``, in order, found
    from the brackets instead of tried at every character.

    >>> list(names_before_brackets("吴国杰（市委常委）和副县长王小明（代）"))
    [(0, 3), (12, 16)]
    """
    for m in _BRACKET_OPEN.finditer(text):
        bracket = m.start()
        s = bracket
        while s > bracket - 4 and s and _HAN_FIRST <= text[s - 1] <= _HAN_LAST:
            s -= 1
        if bracket - s >= 2:
            yield s, bracket


def _fiction_cue_ends_at(v: _Vocabulary, text: str, i: int) -> bool:
    """Whether a cue of fiction ends right before ``i`` (传说中的某, 电影里的镇长某), and is no play in a drill."""
    if i > 0 and text[i - 1] in v.role_attributes and not text.endswith(v.fiction_before, 0, i):
        i -= 1  # 饰演女村支书某
    if not text.endswith(v.fiction_before, 0, i):
        return False
    cue = next((c for c in v.fiction_before if text.endswith(c, 0, i)), None)
    return cue is not None and not _in_drill(v, text, i - len(cue), cue)


def _after_fiction_cue(v: _Vocabulary, text: str, i: int) -> bool:
    """Whether the name at ``i`` follows a cue of fiction, directly or after a post (饰演镇长某, 剧中的副县长某)."""
    if _fiction_cue_ends_at(v, text, i):
        return True
    for k in range(2, min(v.post_longest, i) + 1):
        j = i - k
        if text[j:i] in v.posts:
            if _fiction_cue_ends_at(v, text, j) or any(text.endswith(m, 0, j) and _fiction_cue_ends_at(v, text, j - len(m))
                                                      for m in v.modifiers):
                return True
    return False


def fictional_names(text: str, names: set[str], lex: Lexicon | None = None) -> set[str]:
    """The ``names`` that name a figure of legend, myth or literature in ``text``: a well-known one of the lexicon's
    (FictionName), or one printed once or more with a cue of fiction right before it (传说中的阿诗玛, 饰演刘三姐:
    the role, not the actor) or right after it (孙悟空雕像, 刘三姐的人物形象). Such a figure is no Person anywhere in
    the text; the real person who plays it is one.

    >>> sorted(fictional_names("演员王丽饰演阿月，阿月是故事的主角。", {"王丽", "阿月"}))
    ['阿月']
    """
    v = _vocabulary() if lex is None or lex is lexicon() else _Vocabulary(lex)
    out = {n for n in names if n in v.fictional}
    return out | _printed_where(text, names - out, lambda i, e: _after_fiction_cue(v, text, i)
                                or text.startswith(v.fiction_after, e) or v.played_by.match(text, e) is not None)


def _printed_where(text: str, names: set[str], holds: Callable[[int, int], bool]) -> set[str]:
    """The ``names`` printed somewhere in ``text`` at a start and end for which ``holds`` is true."""
    out = set()
    for name in names:
        i = text.find(name)
        while i >= 0:
            if holds(i, i + len(name)):
                out.add(name)
                break
            i = text.find(name, i + 1)
    return out


def listed_firm_names(text: str, names: set[str], lex: Lexicon | None = None) -> set[str]:
    """The ``names`` printed somewhere in ``text`` in a list that a kind of firm or brand closes (金龙鱼、周黑鸭等企业,
    FirmListKind) or a kind of goods (苏绣、蜀锦等非遗产品, FirmListGoods): the firms' or the goods' names, no person's
    anywhere in the text; a word of people after the kind (等企业家, 等企业负责人) keeps them people.

    >>> sorted(listed_firm_names("周黑鸭、良品铺子等企业参展。企业家王强、李明等企业负责人出席。", {"周黑鸭", "王强"}))
    ['周黑鸭']
    """
    v = _vocabulary() if lex is None or lex is lexicon() else _Vocabulary(lex)
    return _printed_where(text, names, lambda i, e: v.firm_list_after.match(text, e) is not None)


@lexicon_cache
def people_finder() -> PeopleFinder:
    return PeopleFinder(lexicon())
