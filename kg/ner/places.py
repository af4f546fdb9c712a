"""Administrative places: gazetteer matches, resolved to division codes by their context.

A place mention is a full division name (开平市, 水口镇, 台城街道, 金星社区) or the short
form of a province, city or county (开平, 浙江). Chained names (开平市水口镇) resolve the
later name inside the earlier one; other names resolve against the places the article and
the page already mention. Villages and communities are kept only when their township or
county is in view, because their names repeat across the country.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter

from ..gazetteer import Division, Gazetteer, Level, town_short_form
from ..lexicon import Lexicon, common_words, holds_any, lexicon, lexicon_cache
from ..names import surname_first
from ..resources import collector_paused
from .base import Candidate, DivisionRef, PhraseIndex
from .resolve import Priority

__all__ = ["PlaceFinder", "place_finder"]

_VILLAGE_LEVELS = (Level.VILLAGE, Level.COMMUNITY)
_INDEXES_KEPT = 256  # indexes of village names kept for the next article about the same places
#: the longest village name read right after its prefecture city, with its 村 (达州市某某某村)
_CITY_VILLAGE_MAX = 5
_PRINTED_KEPT = 4096  # townships whose villages are kept by first character (PlaceFinder._printed_villages)


class _Vocabulary:
    """The place finder's words (seeds/lexicons/places.jsonl)."""

    def __init__(self, lex: Lexicon):
        # after a short form, these make it part of another name (江门日报, 中山大学, 台山一中)
        self.not_place_after = lex.regex(r"^(?:{NotPlaceAfter}|街(?!道))")
        self.site_name_leads = tuple(lex.words("SiteNameLead"))  # 中国兰州网: a news site's name, no place
        self.site_name_marks = lex.chars("SiteNameMark")
        # a title of merit before a level's word (市先进街道办事处, 先进居委会): an honour's kind, no place of that name
        self.honour_levels = lex.regex(r"^(?:{HonourBeforeLevel})(?:街道|社区|镇|乡|村)$")
        # a short form closing a list of village names before their count and kind (山田、黄南4个精品村点)
        self.listed_point_joint = lex.chars("ListedPointJoint")
        self.listed_point_count = re.compile("|".join(lex.words("ListedPointCount")))  # regular expressions
        # after a short form, the rest of a long-named village (巴彦 + 巨日合嘎查): the short form opens the village's name
        self.opens_long_local = lex.regex(r"[\u4e00-\u9fff]{1,4}?(?:{LevelSuffix.long})")
        #: a credit's slot (图/某某, 摄影：某某 before a blank, a bracket or the line's end): a short form printed alone
        #: there is a person's name (图/揭阳), no place
        self.credit_slot_before = lex.regex(r"(?:{CreditSlash}|(?:{ReporterRole}|{EditorCredit})\s*[：:])\s*$")
        # 今年以来，漳浦深入实施…: a county's short form alone as the subject a lead of time opens, before an adverb of work
        self.led_subject_before = lex.regex(r"(?:^|(?<=[。！？\n]))(?:{LedSubjectLead:longest})[，,]$")
        self.led_subject_next = lex.regex(r"(?:{LedSubjectNext:longest})")
        self.brand_heads = lex.words("MediaBrandHead")  # 新甘肃·: a medium's brand
        self.brand_joins = lex.chars("MediaBrandJoin")
        self.credit_slot_after = lex.regex(r"(?:[ \t\u3000）)\n]|$)")
        # characters after which a place name starts a new word (在开平市, 与江门市)
        self.before_place = lex.chars("BeforePlace")
        self.date_end = lex.chars("DateEndBeforePlace")  # 2024年开平市: a date's unit after its digits
        self.closing_marks = lex.chars("NameClosing")  # the marks a quoted name or a bracket closes with
        self.name_opening = lex.chars("NameOpening")  # the marks a quoted name opens with (“宁夏…工程”)
        self.speech_mark = lex.chars("SpeechMark")  # “寿宁将…，…。”: a quote holding one is a speech, not a name
        self.body_after = lex.words("BodyAfterPlace")  # 湖州市 + 政府: a glued name that stands
        # 会同凯里市教育局, 联合某县住建局: a name glued to a verb of working with a body (GluedBodyVerb) that a body of
        # its own follows (a field and a bureau's head, or a bureau's short name) stands too
        self.field_body_after = lex.regex(r"(?:{AgencyField:longest})(?:{FieldBodyAfterHead:longest})|(?:{AgencyAbbrev:longest})")
        self.glued_body_verbs = tuple(lex.words("GluedBodyVerb"))
        self.place_object_verbs = tuple(lex.words("PlaceObjectVerb"))  # 推动某县发展: a verb whose object is a place
        self.growth_after = lex.regex(r"(?:{GrowthAfterShort:longest})")  # 推动某某高质量发展
        self.verb_counties = frozenset(lex.words("VerbCounty"))  # 会同县: 会同 is a verb (together with)
        self.verb_county_list_marks = lex.chars("VerbCountyListMark")  # 、会同县、: an item of a list, no verb
        self.produce_after = tuple(lex.words("ProduceAfterPlace", longest_first=True))  # 龙口粉丝: a product's name
        #: 海安12届县委常委会: a term's number and a body of the county's level after its bare short form
        self.term_body_after = lex.regex(r"第?[{TermOrdinal}0-9]+届({TermBodyAfterShort:longest})")
        self.list_joint = lex.regex(r"{PlaceListJoint:longest}")
        self.printed_level: dict[str, str] = {}  # level -> the characters that may follow its short form
        for e in lex.of("PrintedLevel"):
            for level in e.get("levels", ()):
                self.printed_level[level] = self.printed_level.get(level, "") + e.pattern
        self.town_suffixes = lex.words("TownSuffix")
        # 深汕特别合作区 → the names of the counties whose towns it administers, and their city or province
        self.zones = {e.pattern: (tuple(e.get("counties", ())), str(e.get("within", ""))) for e in lex.of("AdministeringZone")}
        self.street_variants = lex.words("StreetVariantSuffix")  # 街, 办事处: a street printed without 道
        self.division_suffixes = lex.words("DivisionSuffix", longest_first=True)
        self.shared_level = {e.pattern: e.get("level") for e in lex.of("SharedSuffix")}
        self.stem_joint = lex.regex(r"[{StemJoint}]")
        self.shared_suffix = lex.regex(r"((?:[\u4e00-\u9fff]{2,4}[{StemJoint}])+[\u4e00-\u9fff]{2,4}?)"
                                       r"((?:{SharedCountLead})?(?:[一二三四五六七八九十两]+|\d+)个?|{SharedCountLead})?"
                                       r"(?:{SharedSuffixModifier})?({SharedSuffix:longest})")
        self.community_word = lex.words("CommunityWord")[0]
        self.town_after = lex.regex(r"([\u4e00-\u9fff]{2,4}?)({TownSuffix:longest})")
        self.merged_town = lex.regex(r"([\u4e00-\u9fff]{2,3}?)({MergedTownSuffix:longest})"
                                     r"(?={TownChainNext}|[\u4e00-\u9fff]{1,4}?(?:{LevelSuffix.local})(?![{NotAfterLocal}])"
                                     r"|[{TownChainEnd}]|$)")
        # a township printed with no county before it (深入甲乡乙村, 来到甲镇，, 以甲镇为代表): its cue or a character before it,
        # then its name; what follows it decides (PlaceFinder._bare_townships)
        self.bare_town = lex.regex(r"(?:({BareTownCue:longest})|(?<=[{BareTownBefore}{NotTownStemChar}])|^)"
                                   r"((?:(?![{NotTownStemChar}])[\u4e00-\u9fff]){2,3}?)({MergedTownSuffix:longest})", re.M)
        self.bare_town_cues = lex.cues("MergedTownSuffix")
        self.town_body_next = lex.regex(r"{TownChainNext.body:longest}")
        self.town_name = lex.regex(r"([\u4e00-\u9fff]{2,3}?)({MergedTownSuffix:longest})")
        self.bare_town_next = lex.regex(r"[{TownChainEnd}]|{BareTownNext:longest}|$")
        self.not_town_words = tuple(lex.words("NotTownWord"))
        self.not_town_stem = lex.chars("NotTownStemChar")
        self.not_after_bare_town = lex.chars("NotAfterBareTown")
        self.sentence_end = lex.charstr("BareTownSentenceEnd")
        self.county_unread = lex.regex(r"[\u4e00-\u9fff][{CountyLevelChar}][{TownChainEnd}]")  # 在某县，
        # words after which a place name starts a new word: a democratic party's (民盟邵阳市委会), a verb of
        # holding a post (曾任醴陵市副市长)
        self.before_place_words = lex.words("DemocraticParty") + lex.words("BeforePlaceWord")
        self.level_suffixes = tuple((e.pattern, e.get("level")) for e in lex.of("LevelSuffix"))
        self.local_level = {e.pattern: e.get("level") for e in lex.of("LevelSuffix") if e.get("local")}
        self.plain_stem_suffixes = frozenset(lex.words("LevelSuffix", "plain_stem"))  # 行政村: no word before it
        self.level_char_words = frozenset(lex.words("LevelCharWord"))  # 村庄: a level character that starts a word
        self.designation_heads = tuple(lex.words("DesignationHead"))  # 示范村, 名村: what a designated place is called
        self.long_suffixes = tuple(e.pattern for e in lex.of("LevelSuffix") if e.get("long"))
        #: the ends of a village's or a community's name (村, 嘎查, 社区): an article without any names none of the store's
        self.village_marks = tuple(e.pattern for e in lex.of("LevelSuffix") if e.get("level") == "village") \
            + (self.community_word,)
        self.road_after_village = lex.chars("RoadAfterVillage")
        # 宇村村、早胜镇…: a village's level printed again right after a name that ends in it, then what ends an item
        self.village_level_again = lex.regex(r"(?:{VillageAgainLevel})(?=[{VillageAgainEnd}]|$)")
        self.name_in_list_before = lex.chars("NameInListBefore")
        # a river or lake (渭河, 青海湖) listed beside a short form that ends as a river's name does (黄河、嫩江、黑河及
        # 呼伦湖): the short form is a river's name too (嫩江, 黑河), no 嫩江市 nor 黑河市
        self.water_ends = lex.chars("WaterBodyEnd")
        self.list_joints = frozenset(w for w in lex.words("PlaceListJoint") if len(w) == 1)
        self.name_in_list_after = lex.chars("NameInListAfter")
        self.village_name_lead = lex.chars("VillageNameLead")  # 东 + 八家村: a longer village's name
        self.not_after_short_village = lex.chars("NotAfterShortVillage")
        self.village_char = lex.words("VillageChar")[0]
        self.after_doubled = lex.chars("AfterDoubledVillage")
        self.not_after_name = lex.chars("NotAfterPlaceName")
        # 在龙江已是常态: a county's short form that is also a province's customary name (id: the province's short name)
        self.province_customary = {e.pattern: e.id for e in lex.of("ProvinceCustomaryName")}
        self.not_after_name_words = tuple(e.pattern for e in lex.of("NotAfterPlaceWord") if not e.get("last"))
        #: a word that joins the name's own last character only (城郊乡镇: 乡 + 镇, the word 乡镇; 某县镇村 keeps its county)
        self.not_after_last_words = tuple((e.get("last"), e.pattern) for e in lex.of("NotAfterPlaceWord") if e.get("last"))
        self.conjunctions = lex.chars("AgencyConjunctionChar")
        self.not_after_conjunction_name = lex.chars("NotAfterConjunctionName")  # 乡镇和县直: 和 joins 乡镇 and 县直
        self.conjunction_after_level = lex.chars("ConjunctionAfterLevel")  # 乡镇和县里: 和 joins two levels
        self.acting_marks = lex.chars("ActingMark")  # 代县长: the acting county head, no 代县
        self.acting_head_tails = tuple(lex.words("ActingHeadTail"))
        self.seat_age_marks = lex.chars("SeatAgeMark")  # 新县城: the new county seat, no 新县
        self.seat_tails = tuple(lex.words("SeatTail"))
        self.village_list_joint = lex.chars("AfterTownBeforeVillage")
        self.village_locates = tuple(lex.words("VillageNameNext", "locates"))  # 甲村位于某县乙镇: 乙镇 is its town
        self.local_re = lex.regex(r"(?:{LocalCue}|(?<=[{BeforeLocal}]))([\u4e00-\u9fff]{2})({LevelSuffix.local})"
                                  r"(?![{NotAfterLocal}])")
        # after a verb of visiting (来到, 走进, 深入): X村 of two or three characters the gazetteer may not list
        self.visited_local = lex.regex(r"(?:{BeforePlaceWord})([\u4e00-\u9fff]{2,3}?)({LevelSuffix.local})(?![{NotAfterLocal}])")
        # at a clause's start, before another village of a list (，甲村、乙村) or its people (。甲村村民, ，甲村的); not
        # before a body: 提起村党支部书记 is a verb before the village's abbreviated body
        self.opening_local = lex.regex(r"(?<![\u4e00-\u9fff{BeforeLocal}])([\u4e00-\u9fff]{2,3}?)({LevelSuffix.local:longest})"
                                       r"(?=[{BeforeLocal}][\u4e00-\u9fff]{2,3}?(?:{LevelSuffix.local})|{VillageNameNext})", re.M)
        # inside a clause, after a word's boundary (走访了甲村、乙村, 扩展到甲村、乙村和丙村): the first of a list of villages
        self.listed_first_local = lex.regex(r"(?<=[{BareTownBefore}{NotTownStemChar}])((?:(?![{NotTownStemChar}])[\u4e00-\u9fff]){2,3}?)"
                                            r"({LevelSuffix.local:longest})(?=(?:{PlaceListJoint})[\u4e00-\u9fff]{2,3}?"
                                            r"(?:{LevelSuffix.local})(?![{NotAfterLocal}]))")
        # a village at the head of a record of its cadres (甲村　党支部书记、村委会主任　某某): at a line's start, blanks or a
        # body's or post's first word (the cleaner joins 甲村 and 党支部书记), then a post ending in one of VillageRecordTitle
        self.record_local = lex.regex(r"^[ \t\u3000]*([\u4e00-\u9fff]{2,4}?)({LevelSuffix.local:longest})"
                                      r"(?=(?:[ \t\u3000]+|{VillageRecordLead:longest})[\u4e00-\u9fff、]{0,12}?"
                                      r"(?:{VillageRecordTitle:longest}))", re.M)
        self.not_in_record = lex.chars("NotInRecord")
        self.local_re_cues = lex.cues("LevelSuffix", "local")
        self.chained_local = lex.regex(r"([\u4e00-\u9fff]{2,3}?)({LevelSuffix.local})(?![{NotAfterLocal}])")
        #: a city's residents' quarter printed right after its street (某街道东园一居民区): a community, read only so
        self.chained_quarter = lex.regex(r"([\u4e00-\u9fff]{2,4}?)({QuarterSuffix})(?![{NotAfterLocal}])")
        self.quarter_level = {e.pattern: e.get("level") for e in lex.of("QuarterSuffix")}
        # a level whose names are long transliterations (嘎查: 哈日朝鲁嘎查), after its township, in a list after one of
        # them, or as the village of its own body (某某嘎查党支部)
        self.chained_long = lex.regex(r"([\u4e00-\u9fff]{2,6}?)({LevelSuffix.long})(?![{NotAfterLongLocal}])")
        # a village's or community's long name (托格拉克布拉克村) after its township, closed by a list's or a clause's end
        # or by its body: a transliteration, not a phrase ending in 村
        self.chained_wide = lex.regex(r"([\u4e00-\u9fff]{4,7}?)({LevelSuffix.local})(?=[{AfterLongLocal}]|{LocalBodyHead:longest})")
        self.listed_local = lex.regex(r"[{VillageListJoint}]([\u4e00-\u9fff]{2,3}?)({LevelSuffix.local})(?![{NotAfterLocal}])")
        self.chain_name_chars = lex.chars("ChainNameChar")
        self.listed_long = lex.regex(r"[{VillageListJoint}]([\u4e00-\u9fff]{2,6}?)({LevelSuffix.long})(?![{NotAfterLongLocal}])")
        self.body_long = lex.regex(r"(?:(?<=[{BeforeVillageName}])|^)([\u4e00-\u9fff]{2,6}?)({LevelSuffix.long})"
                                   r"(?={LocalBodyHead:longest})", re.M)
        self.generic_local = frozenset(lex.words("GenericLocalName"))
        self.local_body_heads = lex.words("LocalBodyHead")
        self.verbish = lex.chars("VerbishChar")
        self.stem_level_end = lex.chars("StemLevelEnd")
        self.org_head = lex.regex(r"[\u4e00-\u9fffA-Za-z0-9]{0,12}?({InstitutionHead.place})")
        self.org_stop = lex.regex(r"[{OrgStopChar}\s]")
        self.org_meeting_words = lex.words("OrgMeetingWord")
        self.org_meeting_after_locative = frozenset(lex.words("OrgMeetingWord", "after_locative"))
        self.locative_open = lex.chars("LocativeFrameOpen")
        # 保利(福建)房地产开发有限公司: a short form in brackets between a firm's own name and the rest of it
        self.org_bracket_open = lex.chars("OrgBracketOpen")
        self.org_bracket_close = lex.chars("OrgBracketClose")
        self.zone_after_short = lex.regex(r"[\u4e00-\u9fff]{2,4}?(?:{ZoneKind:longest})")  # 建宁 + 经济开发区
        self.zone_kind = lex.regex(r"{ZoneKind:longest}")  # a development zone (agency_grammar.jsonl): 经济技术开发区


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


class PlaceFinder:
    """Find place candidates in cleaned text."""

    def __init__(self, gazetteer: Gazetteer, lex: Lexicon | None = None):
        self.gaz = gazetteer
        self.v = _vocabulary() if lex is None or lex is lexicon() else _Vocabulary(lex)
        self.index = PhraseIndex(gazetteer.surface_table(min_length=2))  # every name, short and plain form
        # divisions whose names are everyday words (郊区, 城区): found only right after their parent (阳泉市郊区)
        self._village_indexes: dict[tuple, PhraseIndex] = {}
        self._variant_indexes: dict[tuple, PhraseIndex] = {}
        self._village_names: dict[tuple[str, bool], dict[str, tuple[Division, ...]]] = {}
        self._printed: dict[str, dict[str, tuple[tuple[Division, str], ...]]] = {}  # see _printed_villages
        self._children: tuple[dict, dict, dict] | None = None
        self._city_counties: dict[str, tuple[str, ...]] | None = None  # a prefecture city's counties (_counties_of)
        self._provinces: frozenset[str] = frozenset()  # the provinces with prefecture cities (_provinces_with_cities)
        self._town_stems: dict[str, list[tuple[str, Division]]] = {}

    def _select(self, text: str):
        """Longest match at every position; full names win over short forms they overlap
        (联合水口镇: 水口镇, not the short form 合水 of 合水县)."""
        found = list(self.index.finditer(text, overlapping=True))
        # an autonomous county's plain form (民和县 for 民和回族土族自治县) and a customary abbreviation (阜蒙县, 克州) are full
        # names too: they outrank the shorter full name inside them (和县)
        printed = self.gaz.printed_forms
        ranked = sorted(found, key=lambda h: (not any(h[2] == d.name or h[2] in printed(d.code) for d in h[3]),
                                              -(h[1] - h[0]), h[0]))
        # the characters taken so far: a hit overlaps a kept one when one of its characters is
        # taken, a test over the hit's own few characters however many hits the text holds
        taken = bytearray(len(text))
        keep = []
        for h in ranked:
            if taken.find(1, h[0], h[1]) >= 0:
                continue
            taken[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
            keep.append(h)
        return sorted(keep, key=lambda h: h[0])

    def _parent_printed_before(self, text: str, s: int, divs) -> bool:
        """Whether a parent of one of ``divs`` (its full name or short form) ends right at ``s`` (马鞍山市 + 和县)."""
        for d in divs:
            for a in self.gaz.ancestors(d.code) if d.code else ():
                if any(n and text.endswith(n, 0, s) for n in (a.name, a.short)):
                    return True
        return False

    def find(self, text: str, articles: list[tuple[int, int]]) -> list[Candidate]:
        """Place candidates for a whole document; ``articles`` are (start, end) spans."""
        v = self.v
        hits = []  # (start, end, surface, divisions, is_full)
        for s, e, surface, divs in self._select(text):
            full = any(d.name == surface or surface in self.gaz.printed_forms(d.code) for d in divs)
            if any(d.level in _VILLAGE_LEVELS for d in divs) and text[e : e + 1] in v.road_after_village:
                continue  # 强亚村道 is a road
            if full and (text[e : e + 1] in v.not_after_name or text.startswith(v.not_after_name_words, e)
                         or any(surface.endswith(last) and text.startswith(w, e) for last, w in v.not_after_last_words)):
                continue  # 建设镇域 is the land of a town, not 建设镇; 白水乡村振兴 is 白水's 乡村振兴; 城郊乡镇 is no 城郊乡
            if full and surface[0] in v.conjunctions and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" \
                    and text[e : e + 1] in v.not_after_conjunction_name:
                continue  # 各乡镇和县直部门: the conjunction 和 before 县直, no 和县
            if full and surface[0] in v.conjunctions and s > 0 and text[s - 1] in v.conjunction_after_level \
                    and not self._parent_printed_before(text, s, divs):
                continue  # 乡镇和县经济开发区, 乡镇和县里: 和 joins two levels, no 和县 (马鞍山市和县 is the county)
            if full and len(surface) == 2 and surface[0] in v.acting_marks and text.startswith(v.acting_head_tails, e) \
                    and not self._parent_printed_before(text, s, divs):
                continue  # 县委副书记、代县长某某: the acting county head, no 代县 (山西省代县长 would be the county's head)
            if full and len(surface) == 2 and surface[0] in v.seat_age_marks and text.startswith(v.seat_tails, e) \
                    and not self._parent_printed_before(text, s, divs):
                continue  # 新县城“五年三步走”: the new county seat, no 新县 (信阳市新县城区 stays the county)
            if not full:
                if (v.not_place_after.match(text[e : e + 9]) or self._inside_org_name(text, s, e)) \
                        and not any(self._short_printed_level(surface, d) for d in divs):
                    continue  # (沙县人民政府: a short form printed with its level is read as a full name is)
                if text.endswith(v.site_name_leads, 0, s) and text[e : e + 1] in v.site_name_marks:
                    continue  # 中国兰州网10月20日消息: a news site's name, no place
                if surface[0] in v.conjunctions and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" \
                        and not self._parent_printed_before(text, s, divs):
                    continue  # 法律法规和政策: the conjunction 和 glued between two words, no 和政(县)
                if s > 0 and (s == 1 or text[s - 2] in v.name_in_list_before) \
                        and (e == len(text) or text[e] in v.name_in_list_after) and surname_first(text[s - 1 : e]):
                    continue  # 委员:蔡卫东、孙梦姿: a listed person's given name, no 卫东(区)
                if surface[-1] in v.water_ends and self._listed_with_water(text, s, e):
                    continue  # 黄河、渭河、嫩江、黑河及呼伦湖等河湖: rivers, no places
                if v.opens_long_local.match(text, e):
                    continue  # 巴彦巨日合嘎查 is a gacha, no 巴彦(县): its short form gives the page no context
                if text.endswith(v.brand_heads, 0, s) and (text[e : e + 1] in v.brand_joins or any(
                        text[s - len(h) - 1 : s - len(h)] in v.brand_joins for h in v.brand_heads if text.endswith(h, 0, s))):
                    continue  # 新甘肃·某日报, 某日报·新湖南: a medium's brand, no mention of the province
                if v.credit_slot_after.match(text, e) and v.credit_slot_before.search(text, max(0, s - 8), s):
                    continue  # 图/揭阳, 摄影：揭阳）: a credit's name, no place
                divs = [d for d in divs if d.short == surface]
                suffix = next((x for x in v.division_suffixes if text.startswith(x, e)), "") \
                    if text.startswith(v.division_suffixes, e) else ""
                if s > 0 and text[s - 1] in v.name_opening and not suffix and "\u4e00" <= text[e : e + 1] <= "\u9fff" \
                        and not any(text[e] in v.printed_level.get(d.level, "") for d in divs) \
                        and not _opens_speech(text, e, v):
                    continue  # “宁夏…提升工程”: a short form that opens a quoted name is part of that name
                if all(d.level == Level.PROVINCE for d in divs) and v.zone_after_short.match(text, e):
                    continue  # 福建建宁经济开发区: a province's short form that opens a zone's name is part of it
                # 雄安新区 is not 安新县: a short form before another division's suffix is part of that name
                divs = [d for d in divs if not suffix or suffix in v.printed_level.get(d.level, "")]
                if not divs:
                    continue
            hits.append((s, e, surface, divs, full))

        # pass 1: names with a single sensible reading give the page its context
        doc_context: Counter[str] = Counter()
        named_in_full: Counter[str] = Counter()  # counties printed by their full names (化州市: then 化州 is one too)
        for s, e, surface, divs, full in hits:
            d = self.gaz.resolve(surface)
            if d is not None and (successor := self.gaz.successor(d.code)):
                if full and d.name == surface:
                    # 章丘市 printed in full: its successor's short form (章丘, of 章丘区) is a county's name on the page,
                    # read as the former one (_former_short_forms), as 化州 is after 化州市
                    named_in_full[successor] += 1
                continue  # a former name (长治县) gives the page no context: it is read below, where it is printed alone
            if d is not None and full and d.name == surface:
                named_in_full[d.code] += 1
            if d is not None and d.level in (Level.PROVINCE, Level.CITY, Level.COUNTY):
                doc_context[d.code] += 1
                for a in self.gaz.ancestors(d.code):
                    doc_context[a.code] += 0  # known, without weight
        for _, code in self._administered_counties(text):  # 深汕特别合作区鹅埠镇: the zone's counties are the page's context
            doc_context[code] += 1
        art_of = _article_index(articles)

        out: list[Candidate] = []
        prev_end, prev_div = -1, None
        art_context: dict[int, Counter[str]] = {}
        # the places of the page, most named first (pass 1 made them; this pass only reads them), and of each
        # article so far (made again after the article's places change)
        page_ctx = [c for c, n in doc_context.most_common() if n]
        art_ctx: dict[int, list[str]] = {}
        for i, (s, e, surface, divs, full) in enumerate(hits):
            a = art_of(s)
            ctx: list[str] = []
            # a name right after another, or after it and blanks on the same line (a list's columns: 斗门区 乾务镇)
            chained = prev_div is not None and _after_blanks(text, prev_end) == s
            if chained:
                ctx.append(prev_div.code)
            if a not in art_ctx:
                art_ctx[a] = [c for c, _ in art_context[a].most_common()] if a in art_context else []
            ctx += art_ctx[a]
            ctx += page_ctx
            d = self.gaz.resolve(surface, context=ctx[:12])
            if chained and not full and d is not None and d.level in (Level.PROVINCE, Level.CITY, Level.COUNTY) \
                    and prev_div.level not in (Level.PROVINCE, Level.CITY, Level.COUNTY):
                # 北董乡三明铁村: a short form right after a township or a village is the start of a village's name, never
                # a place above the township
                prev_end, prev_div = -1, None
                continue
            moved = False
            if chained and (d is None or d.level not in (Level.PROVINCE, Level.CITY) and not self.gaz.is_within(d.code, prev_div.code)):
                # a chained lower name must lie inside the name before it, or have moved from it to a
                # neighbour in the same city since (苍梧县龙圩镇, now in 龙圩区); when the page's places leave the
                # name a tie (新楼村 in two towns of the county), the name it is chained to decides
                inside = [x for x in divs if self.gaz.is_within(x.code, prev_div.code)]
                if not inside and (successor := self.gaz.successor(prev_div.code)):
                    # 长治县西火镇: a township of a former county is its successor's (上党区), under the name as printed
                    inside = [x for x in divs if self.gaz.is_within(x.code, successor)]
                    moved = len(inside) == 1
                near = [x for x in divs if _city_of(self.gaz, x) is not None and _city_of(self.gaz, x) == _city_of(self.gaz, prev_div)
                        and x.level in (Level.TOWN, Level.STREET) and prev_div.level == Level.COUNTY]
                d = inside[0] if len(inside) == 1 else near[0] if not inside and len(near) == 1 else None
                moved = moved or d is not None and not inside
                if d is None:  # 到马头镇梅坑镇调研: a headline's towns side by side, siblings in the same county
                    siblings = [x for x in divs if x.parent == prev_div.parent and _PEERS.get(x.level) == _PEERS.get(prev_div.level)]
                    if len(siblings) == 1 and prev_div.level in _PEERS:
                        d, chained = siblings[0], False
            if d is None and full and not chained and i + 1 < len(hits) and _after_blanks(text, e) == hits[i + 1][0]:
                # a name the page leaves a tie (南沙区 of 广州市 and of 三沙市) is the one that holds the name chained
                # after it (南沙区东涌镇: only 广州's has a 东涌镇)
                holding = [x for x in divs if x.level not in _VILLAGE_LEVELS
                           and any(self.gaz.is_within(n.code, x.code) for n in hits[i + 1][3] if n.code != x.code)]
                d = holding[0] if len(holding) == 1 else None
            prev = text[s - 1] if s else ""
            # after a closing mark (“乡村大舞台”和县…) a name opening with a conjunction is glued as after a word
            glued = ("\u4e00" <= prev <= "\u9fff" or prev in v.closing_marks and surface[0] in v.conjunctions) \
                and prev not in v.before_place and not text.endswith(v.before_place_words, 0, s) \
                and not (prev in v.date_end and text[s - 2 : s - 1].isdigit()) \
                and not (full and len(surface) > 2 and (text.startswith(v.body_after, e) or text.endswith(v.glued_body_verbs, 0, s)
                                                        and v.field_body_after.match(text, e))
                         and not _split_reading(text, s, surface, v))
            if d is None:
                level = self._level_of(surface)
                if not full or level in _VILLAGE_LEVELS or level is None or glued or len(surface) <= 2 \
                        or v.not_place_after.match(text[e : e + 9]) \
                        or v.honour_levels.match(surface):  # 沿江镇街: towns and streets along a river, no town's name
                    prev_end, prev_div = -1, None
                    continue  # unsure short forms and villages are left out
                cand = Candidate(s, e, "Place", surface, "gazetteer-unresolved", 0.6, priority=Priority.PLACE,
                                 division=DivisionRef(level))
                out.append(cand)
                prev_end, prev_div = -1, None
                continue
            if glued and self.gaz.successor(d.code) and not named_after_parent(text, s, d, self.gaz):
                # 召开县委会议 holds no 开县: a former name glued to the word before is read only after its city or province
                prev_end, prev_div = -1, None
                continue
            if d.level in _VILLAGE_LEVELS and not chained and not _near(self.gaz, d, ctx):
                prev_end, prev_div = -1, None
                continue
            if full and not chained and not art_context.get(a, _NONE_COUNTED)[d.code] and _split_reading(text, s, surface, v) \
                    and (glued or d.level not in (Level.TOWN, Level.STREET) or not art_context.get(a, _NONE_COUNTED)[d.parent]):
                # 新兴城市 is not 兴城市, 向城镇发展 not 向城镇: the words on either side read better, unless the
                # article has printed the place before, or, for a township not glued to the word before, its county
                # (德清县… 在洛舍镇、新市镇: a town many counties have, read under the article's county)
                prev_end, prev_div = -1, None
                continue
            # 认定永宁县闽宁镇原隆村: a name glued to the word before, but with a place inside it chained right after it
            holds_next = i + 1 < len(hits) and _after_blanks(text, e) == hits[i + 1][0] \
                and any(self.gaz.is_within(n.code, d.code) for n in hits[i + 1][3] if n.code != d.code)
            if full and not chained and glued and not holds_next and not art_context.get(a, _NONE_COUNTED)[d.code] and (
                (d.level in (Level.CITY, Level.COUNTY) and not _supported(self.gaz, d, doc_context, art_context.get(a))
                 and not _after_place_verb(text, s, surface, v))
                or (d.level in (Level.TOWN, Level.STREET) and not _same_city(self.gaz, d, ctx))
                or len(surface) <= 2
            ):
                # 顺应城市 is not 应城市, 周边城镇 is not 边城镇: a name glued to the word before needs support
                # (a name the article has already printed on its own is its own support)
                prev_end, prev_div = -1, None
                continue
            # 推动漳浦高质量发展: a county's short form alone with it, the object of a verb that serves a place before a
            # phrase of its growth, is its own support
            grown = not full and d.level == Level.COUNTY and len(divs) == 1 and _object_of_growth(text, s, e, surface, v)
            if not full and not chained and glued and ("\u4e00" <= text[e : e + 1] <= "\u9fff" or surname_first(text[s - 1 : e])) \
                    and d.level in (Level.PROVINCE, Level.CITY, Level.COUNTY) and not grown \
                    and not _supported(self.gaz, d, doc_context, art_context.get(a)):
                # 美丽江苏 is not 丽江, 大板山西南麓 not 山西: a short form inside a longer word needs support; so does
                # one that ends a name with the character before it (书记浦大庆，: no 大庆)
                prev_end, prev_div = -1, None
                continue
            if not full and not chained and d.level == Level.COUNTY and text[e - 1 : e + 1] in common_words() \
                    and not named_in_full[d.code] and not any(doc_context[x.code] or x.code in art_context.get(a, ())
                                                              for x in self.gaz.ancestors(d.code) if x.level == Level.CITY):
                # 冯梦龙文化节 is not 龙文(区), 想起了天山脚下 not 天山(区): a county's short form whose last character makes a
                # word with the next wants its city on the page, or its own full name, not its province alone
                prev_end, prev_div = -1, None
                continue
            if full and d.name in v.verb_counties and not chained and not named_after_parent(text, s, d, self.gaz) \
                    and text[s - 1 : s] not in v.verb_county_list_marks \
                    and any(c != d.code and self.gaz.get(c) is not None and self.gaz.get(c).level == Level.COUNTY
                            for c in art_context.get(a, ())):
                # 会同县公安局 in an article about another county: the verb 会同 (together with), then that county's
                # own 县公安局, unless the name is printed after its city or province (怀化市会同县)
                prev_end, prev_div = -1, None
                continue
            if not full and d.level == Level.COUNTY and not chained and text.startswith(v.produce_after, e) \
                    and not named_in_full[d.code]:
                # 龙口粉丝, 章丘大葱: a county's short form before a produce noun names the product, not the county, unless
                # the page prints the county's full name
                prev_end, prev_div = -1, None
                continue
            if not full and d.level == Level.COUNTY and not chained:
                # a bare county name (开平) needs its city or province on the page, or its own full name (化州市 … 化州还将…)
                anc = {x.code for x in self.gaz.ancestors(d.code)}
                up = self.gaz.get(d.parent) if d.parent else None
                # one the province governs itself (琼海, 仙桃) has no city above it: another place of its province on
                # the page is its support (来琼海 … 海口市、定安县)
                # (not a municipality's district: 合川 of 重庆 in 西南大学合川实验农场, 江北 of 江北区 are everyday short forms)
                direct = up is not None and up.level == Level.PROVINCE and up.code in self._provinces_with_cities \
                    and _supported(self.gaz, d, doc_context, art_context.get(a))
                # one alone with that short form, the subject of a sentence a lead of time opens, before an adverb of work
                # (今年以来，漳浦深入实施…) is its own support
                led = len(divs) == 1 and bool(v.led_subject_next.match(text, e)) \
                    and v.led_subject_before.search(text, max(0, s - 8), s) is not None
                if not any(doc_context[c] or c in art_context.get(a, ()) for c in anc) and not named_in_full[d.code] \
                        and not direct and not led and not grown and not self._short_printed_level(surface, d):
                    d = self._county_before_term_body(text, e, d)
                    if d is None:
                        prev_end, prev_div = -1, None
                        continue
            if not full and s > 0 and text[s - 1] in v.listed_point_joint and v.listed_point_count.match(text, e) \
                    and not (i and hits[i - 1][1] == s - 1):
                # 文溪、山田、黄南4个精品村点: a village's name listed after others that are no places, before their count,
                # no 黄南(州) (青海、甘肃2个村: places listed, each read)
                prev_end, prev_div = -1, None
                continue
            conf = 0.95 if full else 0.8
            # 沙县人民政府, 赣县县委 (of today's 沙县区, 赣县区): the county it was, its bodies named as printed
            printed = surface if not full and self._short_printed_level(surface, d) else ""
            if not full and e < len(text) and text[e] in v.printed_level.get(d.level, "") \
                    and text[e : e + 2] not in common_words() and text[e + 1 : e + 2] not in v.not_after_name:
                # 广西区域: the region alone, 区 begins a word; 晋江县域: a county's area, not a former 晋江县
                # 伊犁州; 宁河县 (now 宁河区, its bodies named as printed): the short form and its level
                printed, e = ("" if d.name.endswith(text[e]) else surface + text[e]), e + 1
            out.append(
                Candidate(s, e, "Place", d.name, "gazetteer" if full else "gazetteer-short", conf, priority=Priority.PLACE,
                          division=DivisionRef(d.level, d.code, d.parent, printed=printed,
                                                      chained_to=prev_div.code if chained else "", moved=moved))
            )
            art_context.setdefault(a, Counter())[d.code] += 1
            art_ctx.pop(a, None)
            prev_end, prev_div = e, d
        out = self._former_short_forms(out, art_of)
        if v.province_customary:
            # 黑龙江…在龙江已是常态: a county's short form that is its province's customary name, in a text that prints
            # that province and not the county in full, names the province, no county
            out = [c for c in out if not (c.method == "gazetteer-short" and text[c.start : c.end] in v.province_customary
                                          and v.province_customary[text[c.start : c.end]] in text and c.name not in text)]
        out += self._generic_after_parent(text, out)
        variants = self._town_variants(text, out, art_of)
        if variants:  # 万荣县高村乡 for its 高村镇: the county's township, no other county's 高村乡 left unresolved
            spans = {(c.start, c.end) for c in variants}
            out = [c for c in out if (c.start, c.end) not in spans] + variants
        merged = self._merged_townships(text, out)
        merged += self._bare_townships(text, out, merged, art_of)
        if merged:
            merged += _printed_again(text, merged, out)
            out = sorted([c for c in out if not any(x.overlaps(c) for x in merged)] + merged, key=lambda c: c.start)
        self._listed_under(text, out)
        villages = self._store_villages(text, out, art_of, articles or [(0, len(text))])
        if villages:
            inside = [c for c in out if any(v.start <= c.start and c.end <= v.end and c.length < v.length for v in villages)]
            out = sorted([c for c in out if c not in inside] + villages, key=lambda c: c.start)  # 烟台 in 烟台营子村
        out += self._unlisted_local(text, out, art_of)
        shared = self._shared_suffix(text, out, art_of, art_context)
        if shared:
            out = sorted([c for c in out if not any(x.overlaps(c) for x in shared)] + shared, key=lambda c: c.start)
        return out

    def _former_short_forms(self, found: list[Candidate], art_of) -> list[Candidate]:
        """A bare short form of the division that succeeded a former one the article prints names that former one
        (到宁河县考察…欢迎代表团到宁河: the 宁河县 printed, not today's 宁河区), unless the article prints the successor's own
        full name too."""
        former: dict[tuple[int, str], Candidate] = {}  # (article, successor) -> the former's first mention
        full = set()
        for c in found:
            if successor := self.gaz.successor(c.division.code):
                former.setdefault((art_of(c.start), successor), c)
            elif c.method == "gazetteer":
                full.add((art_of(c.start), c.division.code))
        if not former:
            return found
        out = []
        for c in found:
            k = (art_of(c.start), c.division.code)
            if c.method == "gazetteer-short" and k in former and k not in full:
                f = former[k].division
                c = Candidate(c.start, c.end, "Place", former[k].name, c.method, c.confidence, priority=c.priority,
                              division=DivisionRef(f.level, f.code, f.parent, chained_to=c.division.chained_to))
            out.append(c)
        return out

    @property
    def _provinces_with_cities(self) -> frozenset[str]:
        """The provinces with prefecture-level cities under them: not the four municipalities, all of whose units are
        districts and counties (made in the one pass of :meth:`_child_tables`)."""
        self._child_tables()
        return self._provinces

    @functools.cached_property
    def _zone_county_codes(self) -> dict[str, tuple[str, ...]]:
        """Each AdministeringZone's counties as codes (深汕特别合作区 → 海丰县's), resolved once."""
        return {zone: tuple(d.code for county in counties for d in self.gaz.lookup(county)[:1]
                            if d.name == county and d.level == Level.COUNTY
                            and (not within or any(a.name == within for a in self.gaz.ancestors(d.code))))
                for zone, (counties, within) in self.v.zones.items()}

    def _administered_counties(self, text: str) -> list[tuple[int, str]]:
        """(where, the county's code) for each county whose towns a zone ``text`` names administers (AdministeringZone:
        深汕特别合作区 → 海丰县), at each place the zone is named."""
        out: list[tuple[int, str]] = []
        for zone, codes in self._zone_county_codes.items():
            at = text.find(zone)
            while at >= 0:
                out += [(at, code) for code in codes]
                at = text.find(zone, at + len(zone))
        return out

    def _shared_suffix(self, text: str, found: list[Candidate], art_of, art_context) -> list[Candidate]:
        """Places listed with one shared suffix (向阳、洄水、瓦庙、汉王四镇; 松树坡、莫别、蚂蝗冲村委会): each
        stem with the suffix, when every one of them is a township of the article's places, or a village
        of its townships or counties."""
        v = self.v
        out: list[Candidate] = []
        for m in v.shared_suffix.finditer(text):
            stems = v.stem_joint.split(m.group(1))
            if stems[0].endswith(m.group(3)):
                continue  # 奇石村、山前村: full names listed, each with its own suffix, no stems sharing one
            level = v.shared_level[m.group(3)]
            a = art_of(m.start())
            ctx = [c for c, _ in art_context.get(a, Counter()).most_common()][:12]
            pos, items = m.start(1), []
            for i, stem in enumerate(stems):
                s = text.index(stem, pos)
                pos = s + len(stem)
                d = None
                # the first stem may start inside the word before it (包括向阳、洄水…)
                for k in range(len(stem), 1, -1) if i == 0 else (len(stem),):
                    part = stem[-k:]
                    # 北乡、九峰两镇: a township's stem may end in a level's character, its name the stem and the suffix
                    core = part[:-1] if level == Level.TOWN and len(part) >= 2 and part[-1] in v.stem_level_end else part
                    if not any(ch in v.verbish for ch in core) and part not in v.generic_local \
                            and (core == part or part not in common_words()):
                        d = self._listed_division(part, level, ctx, found, a, art_of)
                    if d is not None:
                        s = pos - k
                        break
                if d is None:
                    items = []
                    break
                items.append((s, pos, d))
            for s, e, d in items:
                out.append(Candidate(s, e, "Place", d.name, "gazetteer-shared-suffix", 0.8, priority=Priority.PLACE,
                                     division=DivisionRef(d.level, d.code, d.parent)))
        return out

    def _listed_division(self, stem: str, level: str, ctx: list[str], found: list[Candidate], a: int, art_of):
        """The township (``level`` town) or village of the article's places that ``stem`` names."""
        if level == Level.TOWN:
            for suffix in self.v.town_suffixes:
                d = self.gaz.resolve(stem + suffix, context=ctx) if ctx else None
                if d is not None and d.level in (Level.TOWN, Level.STREET) and _same_city(self.gaz, d, ctx):
                    return d
            return None
        wanted = stem + (self.v.village_char if level == Level.VILLAGE else self.v.community_word)
        hits = []
        for c in found:
            code = c.division.code
            if art_of(c.start) != a or not code or c.division.level not in (Level.TOWN, Level.STREET, Level.COUNTY):
                continue
            by_name = self._villages_by_name(code, c.division.level == Level.COUNTY)
            hits += by_name.get(wanted, ()) + by_name.get(stem, ())
        hits = list({d.code: d for d in hits}.values())
        if len(hits) > 1:  # two of the name in the county: the one of a township the article names (田心村 of 某镇)
            towns = {c.division.code for c in found if art_of(c.start) == a
                     and c.division.level in (Level.TOWN, Level.STREET)}
            hits = [d for d in hits if d.parent in towns] or hits
        if len(hits) == 1:
            return hits[0]
        d = self.gaz.resolve(wanted, context=ctx) if ctx else None  # a village the gazetteer lists (Guangdong)
        return d if d is not None and d.level == level else None

    def _villages_by_name(self, code: str, county: bool) -> dict[str, tuple[Division, ...]]:
        """The villages and communities of a township (of a county, with ``county``) by name, made once
        (kept for the next article about the same places, as the village indexes are)."""
        key = (code, county)
        found = self._village_names.get(key)
        if found is None:
            names: dict[str, tuple[Division, ...]] = {}
            for d in self.gaz.villages_in_county(code) if county else self.gaz.villages_of(code):
                names[d.name] = names.get(d.name, ()) + (d,)
            if len(self._village_names) >= _INDEXES_KEPT:
                self._village_names.clear()
            found = self._village_names[key] = names
        return found

    @property
    def generic_children(self) -> dict[str, list[Division]]:
        """Divisions whose names are everyday words (郊区, 城区), by parent: found only right after it."""
        return self._child_tables()[0]

    def towns_of(self, county: str) -> list[tuple[str, Division]]:
        """A county's townships with their stems (华明 for 华明街道)."""
        found = self._town_stems.get(county)
        if found is None:
            found = self._town_stems[county] = [(stem, d) for d in self._child_tables()[1].get(county, ())
                                                if (stem := town_short_form(d.name))]
        return found

    def short_villages_of(self, code: str) -> tuple[Division, ...]:
        """The villages of a township the gazetteer itself lists whose names its index leaves out as too short
        to tell on their own (新村, 南村): found only right after their township."""
        return self._child_tables()[2].get(code, ())

    def _child_tables(self) -> tuple[dict, dict, dict]:
        """The tables of the gazetteer's divisions by parent (generic names, townships, short village names), made when
        first needed, not at start-up; the same pass makes the prefecture cities' counties (:meth:`_counties_of`) and
        the provinces with cities (:attr:`_provinces_with_cities`), each a walk over every division before."""
        if self._children is None:
            generic: dict[str, list[Division]] = {}
            towns: dict[str, list[Division]] = {}
            short: dict[str, tuple[Division, ...]] = {}
            counties: dict[str, list[str]] = {}
            provinces: set[str] = set()
            names = _generic_names()
            town, street, county, city = Level.TOWN, Level.STREET, Level.COUNTY, Level.CITY
            for d in self.gaz:
                name, level, parent = d.name, d.level, d.parent
                if name in names and parent:
                    generic.setdefault(parent, []).append(d)
                if level == town or level == street:
                    towns.setdefault(parent, []).append(d)
                elif level in _VILLAGE_LEVELS:
                    if len(name) <= 2 or name in names:  # what Gazetteer.names leaves out
                        short[parent] = short.get(parent, ()) + (d,)
                elif level == county:
                    if parent:
                        counties.setdefault(parent, []).append(d.code)
                elif level == city and parent:
                    provinces.add(parent)
            if self._city_counties is None:
                self._city_counties = {k: tuple(v) for k, v in counties.items()}
            self._provinces = frozenset(provinces)
            self._children = (generic, towns, short)
        return self._children

    def _generic_after_parent(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """A division named by an everyday word, written right after its parent (阳泉市郊区)."""
        out = []
        taken = {c.start for c in found}
        for c in found:
            for d in self.generic_children.get(c.division.code, ()):
                if text.startswith(d.name, c.end) and c.end not in taken:
                    out.append(Candidate(c.end, c.end + len(d.name), "Place", d.name, "gazetteer-after-parent", 0.9,
                                         priority=Priority.PLACE, division=DivisionRef(d.level, d.code, d.parent,
                                                                                    chained_to=c.division.code)))
            # a township named by an everyday word listed beside a sibling township of its county (东川镇、新城镇及…)
            if c.division.level not in (Level.TOWN, Level.STREET) or not c.division.parent:
                continue
            for d in self.generic_children.get(c.division.parent, ()):
                if d.level not in (Level.TOWN, Level.STREET):
                    continue
                spans = []
                j = self.v.list_joint.match(text, c.end)
                if j is not None and text.startswith(d.name, j.end()):
                    spans.append(j.end())
                s = c.start - 1 - len(d.name)  # before it: 新城镇、东川镇
                if s >= 0 and text[c.start - 1] in self.v.list_joints and text.startswith(d.name, s):
                    spans.append(s)
                for s in spans:
                    if s not in taken:
                        taken.add(s)
                        out.append(Candidate(s, s + len(d.name), "Place", d.name, "gazetteer-listed-sibling", 0.85,
                                             priority=Priority.PLACE,
                                             division=DivisionRef(d.level, d.code, d.parent)))
        return out

    def _town_variants(self, text: str, found: list[Candidate], art_of) -> list[Candidate]:
        """A township printed under another suffix (华明镇, since become 华明街道) in an article about its
        county, or, written right after its county, with one character of its name different
        (常熟市梅里镇 for 梅李镇): the one township of that county it can be, or the one whose village
        follows."""
        out: list[Candidate] = []
        counties: dict[int, set[str]] = {}
        named: dict[int, set[str]] = {}  # the codes of the places each article names
        for c in found:
            if c.division.level == Level.COUNTY and c.division.code:
                counties.setdefault(art_of(c.start), set()).add(c.division.code)
            if c.division.code:
                named.setdefault(art_of(c.start), set()).add(c.division.code)
        for at, code in self._administered_counties(text):  # 深汕特别合作区 … 鹅埠镇: a town of the county the zone runs
            counties.setdefault(art_of(at), set()).add(code)
            named.setdefault(art_of(at), set()).add(code)
        # a name the gazetteer lists only elsewhere, read unresolved, gives way to the county's own township; so does a
        # township read as another county's (楚江镇 of a county the article never names, where the article's county
        # has its 楚江街道), printed without its county, no county or city above it named in the article
        unresolved = {(c.start, c.end) for c in found if not c.division.code and c.method == "gazetteer-unresolved"}
        for c in found:
            a = art_of(c.start)
            if c.division.level in (Level.TOWN, Level.STREET) and c.division.code and not c.division.chained_to \
                    and a in counties and c.division.parent not in counties[a] \
                    and not any(x.code in named[a] for x in self.gaz.ancestors(c.division.code)):
                unresolved.add((c.start, c.end))
        taken = [(c.start, c.end) for c in found if (c.start, c.end) not in unresolved]

        def add(s: int, e: int, d: Division, chained_to: str = "") -> None:
            if any(a < e and s < b for a, b in taken):
                return
            if text.startswith(self.v.not_after_name_words, e):
                return  # 李庄乡村振兴示范区 where the county has 李庄镇: 李庄's 乡村振兴, no township under another suffix
            out.append(Candidate(s, e, "Place", d.name, "gazetteer-variant", 0.75, priority=Priority.PLACE,
                                 division=DivisionRef(d.level, d.code, d.parent, chained_to=chained_to)))
            taken.append((s, e))

        found_starts = {x.start for x in found if (x.start, x.end) not in unresolved}  # a name found there takes its place
        for c in found:  # right after the county
            code = c.division.code
            m = self.v.town_after.match(text, c.end) if c.division.level == Level.COUNTY and code else None
            if m is None or c.end in found_starts:
                continue
            stem, suffix = m.group(1), m.group(2)
            near = [d for st, d in self.towns_of(code) if _one_apart(st, stem, d.name.endswith(suffix))]
            if len(near) > 1:  # the one whose village the text writes next (梅里镇瞿巷村: 梅李镇's, not 古里镇's)
                near = [d for d in near if any(text.startswith(x.name, m.end()) for x in self.gaz.villages_of(d.code))]
            if len(near) == 1:
                add(m.start(), m.end(), near[0], chained_to=code)
        for a, codes in sorted(counties.items()):  # anywhere in the article, under another suffix
            index = self._variant_index(tuple(sorted(codes)))
            for i, e, _, d in index.finditer(text, overlapping=True):
                if art_of(i) == a:
                    add(i, e, d)
        return out

    def _merged_townships(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """通江县龙凤乡党委, 通江县龙凤乡龙王村: a name with a township's suffix printed right after its county, that
        county's table does not list (merged away before 2023) and its body, head or village follows, is a township
        of that county the gazetteer lacks; a township of that name elsewhere (read without the chain) gives way."""
        v = self.v
        out: list[Candidate] = []
        by_start: list[Candidate] | None = None  # the places by start, made at the first name after a county
        for c in found:
            code = c.division.code
            m = v.merged_town.match(text, c.end) if c.division.level == Level.COUNTY and code else None
            if m is None:
                continue
            if by_start is None:
                by_start = sorted(found, key=lambda x: x.start)
                starts = [x.start for x in by_start]
                longest = max(x.end - x.start for x in found)
            # the places that reach past the county and begin before the name ends: only those that begin
            # within ``longest`` characters before the county's end can reach past it (not every place found)
            window = by_start[bisect_right(starts, c.end - longest) : bisect_left(starts, m.end())]
            at = [x for x in window if x.start < m.end() and c.end < x.end]
            if any(x.division.chained_to or x.division.parent and not x.division.code or x.end > m.end()
                   or x.division.code and self.gaz.is_within(x.division.code, code) for x in at):
                continue  # the county's own township (or a variant of one), an unlisted village, a longer name
            if not self._unlisted_township(text, m, code):
                continue
            out.append(Candidate(m.start(), m.end(), "Place", m.group(), "pattern-merged-township", 0.6,
                                 priority=Priority.PLACE_UNLISTED,
                                 division=DivisionRef(self._level_of(m.group()) or Level.TOWN, parent=code, chained_to=code)))
            # 某县甲镇、乙镇: the townships listed after it with the same suffix are the county's too, unless the
            # county's table lists one (then the gazetteer reads it)
            while (j := v.list_joint.match(text, m.end())) and (n := v.merged_town.match(text, j.end())) \
                    and n.group(2) == m.group(2):
                m = n
                if any(x.start < n.end() and n.start() < x.end and x.division.code and self.gaz.is_within(x.division.code, code)
                       for x in found) or not self._unlisted_township(text, n, code):
                    break
                out.append(Candidate(n.start(), n.end(), "Place", n.group(), "pattern-merged-township", 0.6,
                                     priority=Priority.PLACE_UNLISTED,
                                     division=DivisionRef(self._level_of(n.group()) or Level.TOWN, parent=code, listed_under=code)))
        return out

    def _city_short(self, name: str) -> bool:
        """Whether ``name`` is a city's or a county's own short form (景德镇 of 景德镇市): that place, no township."""
        place = self.gaz.resolve(name)
        return place is not None and place.level in (Level.CITY, Level.COUNTY)

    def _bare_townships(self, text: str, found: list[Candidate], merged: list[Candidate], art_of) -> list[Candidate]:
        """A township the gazetteer lacks printed with no county before it, in an article that names a county: the
        county named last before it (or the article's one county) holds it when its village (深入甲乡乙村) or its body
        or head (甲镇党委书记, 甲镇人民政府) follows it, or, after a cue (a verb of visiting, 到, 在, 以), punctuation or
        a word of a visit (来到甲镇，, 到甲乡调研, 以甲镇为代表). Never an everyday word ending in 镇 or 乡 (城镇, 家乡,
        重点镇) nor a stem holding a determiner or a level (这个镇, 全县各乡)."""
        v = self.v
        if not holds_any(text, v.bare_town_cues):
            return []
        counties = sorted((c for c in found if c.division.level == Level.COUNTY and c.division.code), key=lambda c: c.start)
        if not counties:
            return []
        taken = bytearray(len(text) + 1)
        for c in (*found, *merged):  # a short form inside an invented stem (东富 of 峪东富镇) gives way
            if c.method != "gazetteer-short":
                taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        village_at = {c.start for c in found if c.division.level in _VILLAGE_LEVELS}
        towns = [c for c in found if c.division.level in (Level.TOWN, Level.STREET)]
        town_at, town_end = {c.start for c in towns}, {c.end for c in towns}
        county_end = {c.end for c in counties}  # 某县甲镇, 某县和甲镇: a township's chain, its county's to read

        def name_like(stem: str, suffix: str, s: int, e: int) -> bool:
            name = stem + suffix
            return not (taken.find(1, s, e) >= 0 or name.endswith(v.not_town_words) or name in common_words()
                        or stem in common_words() or stem[-1] + suffix in common_words()
                        or any(ch in v.not_town_stem or ch in v.verbish for ch in stem) or stem in v.generic_local
                        or text.startswith(v.not_after_name_words, e))

        def listed_next(e: int) -> bool:
            """Whether another township's name follows ``e`` in a list (甲镇、乙镇, 甲镇和乙街道)."""
            j = v.list_joint.match(text, e)
            if j is not None and j.end() in town_at:
                return True  # a township kg has read (the gazetteer's)
            n = v.town_name.match(text, j.end()) if j else None
            return bool(n) and name_like(n.group(1), n.group(2), n.start(), n.end())

        out: list[Candidate] = []
        last_end = -1  # the end of the township read last: one listed after it is one too
        for m in v.bare_town.finditer(text):
            s, e = m.start(2), m.end()
            stem, name = m.group(2), m.group(2) + m.group(3)
            if not name_like(stem, m.group(3), s, e) or s in county_end or s - 1 in county_end or self._city_short(name):
                continue
            village = e in village_at or next((x for x in (v.chained_local.match(text, e), v.chained_wide.match(text, e))
                                               if x is not None and self._village_stem(x)), None)
            after_listed = any((j := v.list_joint.match(text, x)) is not None and j.end() == s
                               for x in (last_end, *(x for x in town_end if s - 2 <= x < s)) if x >= 0)
            cued = m.group(1) and (v.bare_town_next.match(text, e) or text[e : e + 1] not in v.not_after_bare_town)
            if not (village or v.town_body_next.match(text, e) or cued or after_listed or listed_next(e)):
                continue
            code = self._county_of(text, s, counties, art_of)
            if code is None or code and not self._unlisted_township(text, _Span(m, s, e), code):
                continue
            # a county the finder did not read (在某县，…察看了甲镇乙村): the township, in no county read
            out.append(Candidate(s, e, "Place", name, "pattern-bare-township", 0.55, priority=Priority.PLACE_UNLISTED,
                                 division=DivisionRef(self._level_of(name) or Level.TOWN, parent=code, listed_under=code)))
            taken[s:e] = b"\x01" * (e - s)
            last_end = e
        return out

    def _village_stem(self, m: re.Match) -> bool:
        """Whether a village's match after a township is a name: no everyday word, phrase or designation."""
        stem, v = m.group(1), self.v
        return not (stem in v.generic_local or stem in common_words() or any(ch in v.verbish for ch in stem)
                    or _two_words(stem, m.group(2)) or len(stem) > 3 and (_phrase(stem) or m.group().endswith(v.designation_heads)))

    def _county_of(self, text: str, s: int, counties: list[Candidate], art_of) -> str | None:
        """The county a township printed bare at ``s`` lies in: the one named last before it in its sentence, else
        the article's one county, or the one it names most (None where none is); "" where the sentence names a
        county the finder did not read."""
        a = art_of(s)
        start = max(text.rfind(ch, 0, s) for ch in self.v.sentence_end) + 1
        before = [c for c in counties if start <= c.start and c.end <= s]
        if before:
            return before[-1].division.code
        if self.v.county_unread.search(text, start, s):
            return ""  # 在某县，…察看了甲镇: a county the finder did not read, not another the article names
        named = Counter(c.division.code for c in counties if art_of(c.start) == a)
        top = named.most_common(2)
        return top[0][0] if len(top) == 1 or top and top[0][1] > top[1][1] else None

    def _unlisted_township(self, text: str, m, code: str) -> bool:
        """Whether the match ``m`` of a township's name after the county ``code`` (or listed after one) can be
        a township of that county the gazetteer lacks: no word, no generic or verbish stem, no spelling of one of
        the county's own townships."""
        v = self.v
        stem = m.group(1)
        if text.startswith(v.not_after_name_words, m.end()):
            return False  # 翠屏乡村振兴: 翠屏 and 乡村振兴
        name = stem + m.group(2)
        if stem[-1] + m.group(2) in common_words() \
                or any(name.endswith(w) and len(name) - len(w) >= 2 for w in v.not_town_words):
            return False  # 某县重点乡镇, 某县新型城镇; 某县千年古镇 (two characters, then 古镇): words, no township (九重镇 is one)
        return not (stem in v.generic_local or any(ch in v.verbish for ch in stem)
                    or any(_one_apart(st, stem, d.name.endswith(m.group(2))) for st, d in self.towns_of(code)))

    def _variant_index(self, counties: tuple[str, ...]) -> PhraseIndex:
        """The townships of these counties under every other suffix (华明镇 for 华明街道), indexed once."""
        index = self._variant_indexes.get(counties)
        if index is None:
            table = {}
            for code in counties:
                for stem, d in self.towns_of(code):
                    for suffix in self.v.town_suffixes:
                        if not d.name.endswith(suffix) and len(stem) >= 2:
                            table.setdefault(stem + suffix, d)
                    if d.level == Level.STREET and len(stem) >= 2:  # 茶淀街, 新堤办事处 for 茶淀街道, 新堤街道
                        for suffix in self.v.street_variants:
                            table.setdefault(stem + suffix, d)
            index = PhraseIndex(table)
            if len(self._variant_indexes) >= _INDEXES_KEPT:
                self._variant_indexes.clear()
            self._variant_indexes[counties] = index
        return index

    def _listed_under(self, text: str, found: list[Candidate]) -> None:
        """Places listed after one written under its parent share that parent (苍梧县龙圩镇、广平镇、
        大坡镇): marked ``listed_under`` where the gazetteer agrees or the place has moved to a
        neighbour in the same city since."""
        ordered = sorted((c for c in found if c.division.code), key=lambda c: c.start)
        for i, c in enumerate(ordered):
            parent = c.division.chained_to
            if not parent or c.division.listed_under:
                continue
            up = self.gaz.get(parent)
            prev = c
            for n in ordered[i + 1 :]:
                if n.division.level != c.division.level or not self.v.list_joint.fullmatch(text[prev.end : n.start]) \
                        or n.division.chained_to:
                    break
                d = self.gaz.get(n.division.code)
                if d is not None and up is not None and (d.parent == parent or _city_of(self.gaz, d) == _city_of(self.gaz, up)):
                    n.division = dataclasses.replace(n.division, listed_under=parent, moved=d.parent != parent)
                prev = n

    def _store_villages(self, text: str, found: list[Candidate], art_of, articles: list[tuple[int, int]]) -> list[Candidate]:
        """Villages and communities the gazetteer keeps apart (kg.villages: every province but
        Guangdong), read only for the townships and counties an article names: written right after
        their township (斑鸠店镇焦村), or anywhere in an article that names their township or county
        (one village of that name there)."""
        v = self.v
        out: list[Candidate] = []
        taken = [(c.start, c.end) for c in found]

        def free(s: int, e: int) -> bool:
            # a village may swallow a shorter place read inside it (烟台 in 烟台营子村), nothing else
            return not any(a < e and s < b and not (s <= a and b <= e and b - a < e - s) for a, b in taken)

        def add(s: int, e: int, d, method: str, conf: float, chained_to: str = "", name: str = "") -> None:
            out.append(Candidate(s, e, "Place", name or d.name, method, conf, priority=Priority.PLACE,
                                 division=DivisionRef(d.level, d.code, d.parent, chained_to=chained_to)))
            taken.append((s, e))

        by_article: dict[int, tuple[set[str], set[str]]] = {}
        # 梅仙镇汶潭村: a township several counties have is, wherever the page prints it, the one whose village is
        # printed right after it
        unresolved = [c for c in found if not c.division.code and c.division.level == Level.TOWN
                      and c.method == "gazetteer-unresolved"]
        held = {c.name: d for c in unresolved if (d := self._town_of_chained_village(text, c)) is not None}
        for c in unresolved:
            if (d := held.get(c.name)) is not None:
                c.division = dataclasses.replace(c.division, code=d.code, parent=d.parent)
        for c in found:
            level, code = c.division.level, c.division.code
            if not code or level not in (Level.TOWN, Level.STREET, Level.COUNTY):
                continue
            towns, counties = by_article.setdefault(art_of(c.start), (set(), set()))
            (counties if level == Level.COUNTY else towns).add(code)
            if level == Level.COUNTY:
                continue
            best = None
            at = _after_blanks(text, c.end)  # right after the township, or after blanks on its line
            # the township's villages as they may be printed, those that begin with the character there
            for d, printed in self._printed_villages(code).get(text[at : at + 1], ()):
                # NBS's 中村村委会 may be 中村 or 中村村: the text says which (not 江村村民)
                e = at + len(printed)
                if printed != d.name and "\u4e00" <= text[e : e + 1] <= "\u9fff" and text[e] not in v.after_doubled:
                    continue
                if len(printed) <= 2 and text[e : e + 1] in v.not_after_short_village:
                    continue  # 乾务镇新村民: new villagers of the town
                if text.startswith(printed, at) and text[e : e + 1] not in v.road_after_village \
                        and free(at, e) and (best is None or len(printed) > len(best[1])):
                    best = (d, printed)
            if best is not None:
                add(at, at + len(best[1]), best[0], "gazetteer-village-chained", 0.9, chained_to=code, name=best[1])
        starts = {s for s, _ in taken}
        for c in found:  # 四川省某市某村 (a caption's chain that skips the county and the township)
            if c.division.level == Level.CITY and c.division.code and c.end not in starts:
                after = self._village_after_city(text, c.end, c.division.code)
                if after is not None and free(c.end, after[0]):
                    e, d = after
                    if isinstance(d, str):  # a name of two or more villages of the city: a village of the city
                        out.append(Candidate(c.end, e, "Place", d, "gazetteer-village-of-city", 0.7, priority=Priority.PLACE,
                                             division=DivisionRef(Level.VILLAGE, parent=c.division.code,
                                                                  chained_to=c.division.code)))
                        taken.append((c.end, e))
                    else:
                        add(c.end, e, d, "gazetteer-village-of-city", 0.85, chained_to=c.division.code)
        for a, code in self._zone_counties(text) + self._administered_counties(text):
            # 张家港经济技术开发区善港村, 深汕特别合作区某村: the villages of the zone's county
            by_article.setdefault(art_of(a), (set(), set()))[1].add(code)
        # 某市… 来到甲村: an article that names one prefecture city and no county, township nor zone of a county, and some
        # village's or community's mark, reads the villages of the city's counties, each name that is one village there
        cities: dict[int, set[str]] = {}
        for c in found:
            if c.division.level == Level.CITY and c.division.code:
                cities.setdefault(art_of(c.start), set()).add(c.division.code)
        for a, codes in cities.items():
            if len(codes) == 1 and not any(by_article.get(a, ((), ()))):
                start, end = articles[a] if a < len(articles) else (0, len(text))
                if holds_any(text[start:end], v.village_marks):
                    by_article[a] = (set(), set(self._counties_of(next(iter(codes)))))
        runs = []
        for a, (towns, counties) in sorted(by_article.items()):
            town_ends = {c.end: c.division.code for c in found if c.division.code in towns}
            index = self._village_index(tuple(sorted(towns)), tuple(sorted(counties)))
            start, end = articles[a] if a < len(articles) else (0, len(text))
            runs.append((town_ends, list(index.finditer(text, start, end, overlapping=True))))
        # 甲镇乙村 where the store keeps 乙村 under another township: the text says whose it is, for each mention of
        # it in the text
        moved = {d.code: ends[i] for ends, matches in runs for i, e, name, d in matches
                 if self._other_township(ends.get(i), d)}
        for town_ends, matches in runs:
            for i, e, name, d in matches:
                if d.code in moved:  # a village, the printed township's, as one the store does not list there
                    if free(i, e) and text[e : e + 1] not in v.road_after_village:
                        # 宇村村、: the store's 宇村 (from 宇村村委会) printed with its level again, a name of its own here
                        level = v.village_level_again.match(text, e)
                        e, name = (level.end(), d.name + level.group()) \
                            if level and d.name.endswith(level.group()) and free(i, level.end()) else (e, d.name)
                        out.append(Candidate(i, e, "Place", name, "gazetteer-village-rechained", 0.7, priority=Priority.PLACE,
                                             division=DivisionRef(d.level, parent=moved[d.code], chained_to=moved[d.code])))
                        taken.append((i, e))
                    continue
                # a short name only right after its township and a comma (斑鸠店镇，焦村)
                after_town = i > 0 and town_ends.get(i - 1) == d.parent and text[i - 1] in v.village_list_joint
                if (after_town or self._specific_village(name)) and free(i, e) and text[e : e + 1] not in v.road_after_village \
                        and (after_town or i == 0 or text[i - 1] not in v.village_name_lead):
                    add(i, e, d, "gazetteer-village", 0.8)
        return out

    def _village_after_city(self, text: str, at: int, city: str) -> tuple[int, Division | str] | None:
        """A village printed right after its prefecture city, the county and the township left out (达州市某某村，驻村第一书记…):
        (where it ends, the one village of that name in the city's counties, or the name where the city has several),
        None where no village of the city is printed there."""
        mark = self.v.village_char
        for k in range(_CITY_VILLAGE_MAX, 1, -1):
            name = text[at : at + k]
            if len(name) < k or not name.endswith(mark) or not self._specific_village(name) \
                    or not all("\u4e00" <= ch <= "\u9fff" for ch in name) \
                    or text[at + k : at + k + 1] in self.v.road_after_village:
                continue
            hits = [d for county in self._counties_of(city) for d in self._villages_by_name(county, True).get(name, ())]
            if hits:
                return at + k, hits[0] if len(hits) == 1 else name
        return None

    def _counties_of(self, city: str) -> tuple[str, ...]:
        """The codes of a prefecture city's counties, made once."""
        if self._city_counties is None:
            self._child_tables()
        return self._city_counties.get(city, ())
    def _town_of_chained_village(self, text: str, c: Candidate) -> Division | None:
        """The one township named ``c.name`` whose village of three characters or more the store keeps is printed right
        after it, or None where none or several are."""
        at = _after_blanks(text, c.end)
        towns = [d for d in self.gaz.lookup(c.name) if d.level == Level.TOWN and d.name == c.name]
        held = [d for d in towns if any(len(printed) >= 3 and text.startswith(printed, at)
                                        for _, printed in self._printed_villages(d.code).get(text[at : at + 1], ()))]
        return held[0] if len(held) == 1 else None

    def _other_township(self, town: str | None, d: Division) -> bool:
        """Whether the township ``town`` printed right before the village ``d`` is another than the one the store
        keeps ``d`` under (by name: the store and the gazetteer may code one township apart)."""
        if town is None or town == d.parent:
            return False
        printed, own = self.gaz.get(town), self.gaz.get(d.parent)
        return printed is not None and (own is None or own.name != printed.name)

    def _printed_villages(self, code: str) -> dict[str, tuple[tuple[Division, str], ...]]:
        """The villages a township's name may be followed by, as printed (NBS's 中村村委会: 中村村 and 中村), by
        their first character, in the order of the township's list: the store's villages, then the gazetteer's
        own whose names are too short for its index. Made once a township and kept, not walked whole at each
        mention of the township."""
        table = self._printed.get(code)
        if table is None:
            mark = self.v.village_char
            by_first: dict[str, list[tuple[Division, str]]] = {}
            for d in self.gaz.villages_of(code) + self.short_villages_of(code):
                for printed in (d.name + mark, d.name) if d.name.endswith(mark) else (d.name,):
                    by_first.setdefault(printed[:1], []).append((d, printed))
            table = {first: tuple(pairs) for first, pairs in by_first.items()}
            if len(self._printed) >= _PRINTED_KEPT:
                self._printed.clear()
            self._printed[code] = table
        return table

    def _zone_counties(self, text: str) -> list[tuple[int, str]]:
        """(where, the county's code) for each development zone named by a county's short name printed right before
        its kind (张家港经济技术开发区: 张家港市): the zone lies in that county, and the villages printed after it are the
        county's, though the zone is no place of the tables and the county is not printed in full."""
        out = []
        for m in self.v.zone_kind.finditer(text):
            for k in (3, 2):
                stem = text[max(0, m.start() - k) : m.start()]
                counties = [d for d in self.gaz.lookup(stem) if d.level == Level.COUNTY and d.short == stem]
                if len(stem) == k and len(counties) == 1:
                    out.append((m.start(), counties[0].code))
                    break
        return out

    def _village_index(self, towns: tuple[str, ...], counties: tuple[str, ...]) -> PhraseIndex:
        """The villages an article about these townships and counties may name, each name that is one
        village there (a township's own first), indexed; kept for the next article about them."""
        key = (towns, counties)
        index = self._village_indexes.get(key)
        if index is None:
            with collector_paused():
                index = self._new_village_index(towns, counties)
            if len(self._village_indexes) >= _INDEXES_KEPT:
                self._village_indexes.clear()
            self._village_indexes[key] = index
        return index

    def _new_village_index(self, towns: tuple[str, ...], counties: tuple[str, ...]) -> PhraseIndex:
        names: dict[str, list] = {}
        for code in towns:
            for d in self.gaz.villages_of(code):
                names.setdefault(d.name, []).append(d)
        near = set(names)
        for code in counties:
            for d in self.gaz.villages_in_county(code):
                if d.name not in near:
                    names.setdefault(d.name, []).append(d)
        words = common_words()
        return PhraseIndex({name: divs[0] for name, divs in names.items() if len(divs) == 1 and name not in words})

    def _located_town(self, text: str, end: int, found: list[Candidate]) -> str:
        """The township a village's profile names right after it (甲村位于某州某县乙镇): the last township or street of
        the chain of places printed from the word of locating on (its code, else its name); "" where none is."""
        word = next(w for w in self.v.village_locates if text.startswith(w, end))
        starts = {c.start: c for c in found}
        pos, town = end + len(word), ""
        while (c := starts.get(pos)) is not None and c.end > pos:
            if c.division.level in (Level.TOWN, Level.STREET):
                town = c.division.code or c.name
            pos = c.end
        return town

    def _specific_village(self, name: str) -> bool:
        """A village name that is no everyday word (新农村, 城中村) nor too short to tell (南村)."""
        stem = name[:-2] if name.endswith("社区") else name[:-1]
        return len(name) >= 3 and name not in common_words() and stem not in self.v.generic_local

    def _unlisted_local(self, text: str, found: list[Candidate], art_of) -> list[Candidate]:
        """X社区 / X村 missing from the gazetteer, when the article names its street or town."""
        # the characters of places found so far: an overlap test over a name's own characters
        taken = bytearray(len(text) + 1)
        for c in found:
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        parents: dict[int, Candidate] = {}
        for c in found:  # a township the gazetteer lists, or one it lacks read in its county (某县甲镇, 来到甲镇，)
            if c.division.level in (Level.STREET, Level.TOWN) and (c.division.code or c.division.parent):
                parents.setdefault(art_of(c.start), c)
        v = self.v
        out = []
        def name_like(m: re.Match) -> bool:
            # chained to its township, a name may hold what elsewhere starts a verb or a word (联南村, 城台村, 麻加村), and
            # any character where the level is printed again before its post or body (某苏木乌兰布和村村主任)
            again = text.startswith(tuple(h for h in v.local_body_heads if h.startswith(m.group(2))), m.end())
            return m.group(1) not in v.generic_local \
                and not (m.group(2) in v.plain_stem_suffixes and m.group(1) in common_words()) \
                and (again or not any(ch in v.verbish and ch not in v.chain_name_chars for ch in m.group(1))) \
                and not _two_words(m.group(1), m.group(2)) and not _word_then_word(text, m.start(1), m.end(), v, m.start(2)) \
                and taken.find(1, m.start(1), m.end()) < 0 \
                and not m.group(1).endswith(v.long_suffixes)  # 某某嘎查嘎查长: the level's word printed again, no name

        def add(s: int, e: int, level: str, parent: str, method: str, conf: float) -> None:
            out.append(Candidate(s, e, "Place", text[s:e], method, conf, priority=Priority.PLACE_UNLISTED,
                                 division=DivisionRef(level, parent=parent, chained_to=parent)))
            taken[s:e] = b"\x01" * (e - s)

        village_at = {c.start: c for c in found if c.division.level in _VILLAGE_LEVELS}

        def follow(c: Candidate, parent: str) -> None:
            """The villages listed after ``c`` (两水镇后坝村、赵钱坝村、陈家湾村; ，甲村、乙村): where it lies."""
            pos = c.end
            while (n := v.listed_local.match(text, pos)) is not None:
                if n.start(1) in village_at:  # a village read already: the list goes on after it
                    pos = village_at[n.start(1)].end
                    continue
                if not name_like(n):
                    break
                add(n.start(1), n.end(), v.local_level[n.group(2)], parent, "pattern-unlisted-chained" if parent
                    else "pattern-unlisted", 0.6 if parent else 0.5)
                pos = n.end()

        for c in found:  # 崇州市白头镇五星村: a village written after its town
            # a town the gazetteer lacks, read from its chain after its county (某县甲镇乙村), holds its villages by name
            unlisted = not c.division.code and c.division.parent and c.division.parent in (c.division.chained_to,
                                                                                         c.division.listed_under)
            # a township several counties have, of a county the page never prints (我县桃源镇青山村): the village
            # lies in the town so named all the same
            unresolved = not c.division.code and not c.division.parent and c.method == "gazetteer-unresolved"
            if c.division.level in (Level.TOWN, Level.STREET) and (c.division.code or unlisted or unresolved):
                town = c.division.code or c.name  # an unlisted town: the village lies in the town so named
                at = _after_blanks(text, c.end)
                m = v.chained_local.match(text, at)
                if not (m and name_like(m)):
                    m = v.chained_long.match(text, at)  # 某苏木哈日朝鲁嘎查: a long name of its level
                if not (m and name_like(m)):
                    m = v.chained_wide.match(text, at)  # 某乡托格拉克布拉克村、: a long name of any local level
                    if m and (_phrase(m.group(1)) or m.group().endswith(v.designation_heads)):
                        m = None  # 红色旅游名村, 某某示范村: a designation, no village's name
                if not (m and name_like(m)) and c.division.level == Level.STREET and c.division.code:
                    q = v.chained_quarter.match(text, at)  # 某街道东园一居民区: a street's residents' quarter
                    if q and name_like(q) and q.group(1) not in common_words():
                        add(q.start(), q.end(), v.quarter_level[q.group(2)], town, "pattern-unlisted-chained", 0.6)
                        continue
                if m and name_like(m):
                    add(m.start(), m.end(), v.local_level[m.group(2)], town, "pattern-unlisted-chained", 0.6)
                    # and those listed after it (某苏木甲嘎查、乙嘎查): the same township's
                    n = v.listed_long.match(text, m.end())
                    while n and name_like(n):
                        add(n.start(1), n.end(), v.local_level[n.group(2)], town, "pattern-unlisted-chained", 0.6)
                        n = v.listed_long.match(text, n.end())
        # 浙江省杭州市滨江区某某社区: a community the gazetteer lacks printed right after a county or district that ends
        # a chain of its places (a pilot's list names no street between them): the district's community
        chain_ends = {c.end for c in found if c.division.code and c.division.level in (Level.PROVINCE, Level.CITY)}
        for c in found:
            if c.division.level != Level.COUNTY or not c.division.code or c.start not in chain_ends:
                continue
            m = v.chained_local.match(text, c.end)
            if m and v.local_level[m.group(2)] == Level.COMMUNITY and name_like(m):
                add(m.start(), m.end(), Level.COMMUNITY, c.division.code, "pattern-unlisted-chained", 0.6)
        # the villages listed after a village chained to its township: the same township's
        for c in sorted((c for c in found + out if c.division.level in _VILLAGE_LEVELS and c.division.chained_to),
                        key=lambda c: c.start):
            follow(c, c.division.chained_to)
        # the villages listed after one the store keeps under a township the article prints (甲镇推动明月村、乙村、丙村):
        # that township's too
        towns = {(art_of(t.start), t.division.code) for t in found if t.division.level in (Level.TOWN, Level.STREET)
                 and t.division.code}
        for c in sorted((c for c in found if c.division.level in _VILLAGE_LEVELS and c.division.code
                         and not c.division.chained_to and (art_of(c.start), c.division.parent) in towns),
                        key=lambda c: c.start):
            follow(c, c.division.parent)
        for m in v.body_long.finditer(text) if holds_any(text, v.long_suffixes) else ():  # 某某嘎查党支部书记
            if name_like(m):
                add(m.start(1), m.end(), v.local_level[m.group(2)], "", "pattern-unlisted-body", 0.5)
        first_unchained = len(out)
        # 在某镇…来到甲村, …，甲村、乙村, 。甲村村民, 走访了甲村、乙村: after a verb of visiting, first in a clause or first in a
        # list of villages, in an article that names
        # its town, a name that is no everyday word (困难村, 示范村), no name read already on the page (丰年村 in its
        # chain), no level's word (县镇村, 苏木嘎查)
        named = {c.name for c in (*found, *out)}
        opening = [m for p in (v.visited_local, v.opening_local, v.listed_first_local) for m in p.finditer(text)
                   if m.group(1) not in common_words() and m.group() not in named
                   and not m.group(1).endswith(v.division_suffixes + v.town_suffixes)] if parents else []
        for m in [*(v.local_re.finditer(text) if holds_any(text, v.local_re_cues) else ()), *opening]:
            s, e = m.start(1), m.end()
            stem = m.group(1)
            if stem in v.generic_local or any(ch in v.verbish for ch in stem) or _two_words(stem, m.group(2)) \
                    or stem.endswith(v.long_suffixes) \
                    or taken.find(1, s, e) >= 0 or _word_then_word(text, s, e, v, m.start(2)) or _glued_words(text, s, e, m.group(2), v):
                continue
            parent = parents.get(art_of(s))
            if parent is None:
                continue
            taken[s:e] = b"\x01" * (e - s)  # read once, by either pattern
            level = v.local_level[m.group(2)]
            town = self._located_town(text, e, found) if text.startswith(v.village_locates, e) else ""
            # its town is written in the chain after 位于, else somewhere in the article, but which one is not: no parent
            out.append(Candidate(s, e, "Place", text[s:e], "pattern-unlisted", 0.5, priority=Priority.PLACE_UNLISTED,
                                 division=DivisionRef(level, parent=town, listed_under=town) if town
                                 else DivisionRef(level)))
        for c in out[first_unchained:]:  # ，甲村、乙村: a list after a village read so, of no town written
            follow(c, "")
        # 甲村　党支部书记、村委会主任　某某: a village heading a record of its cadres, in an article that names a township:
        # that township's where the article names only one
        towns_of_article: dict[int, set[str]] = {}
        for c in found:
            if c.division.level in (Level.STREET, Level.TOWN) and (c.division.code or c.division.parent):
                towns_of_article.setdefault(art_of(c.start), set()).add(c.division.code or c.name)
        for m in v.record_local.finditer(text) if towns_of_article else ():
            s, e = m.start(1), m.end()
            stem = m.group(1)
            line_end = text.find("\n", e)
            if stem in v.generic_local or stem in common_words() or any(ch in v.verbish for ch in stem) \
                    or _two_words(stem, m.group(2)) or taken.find(1, s, e) >= 0 \
                    or any(ch in v.not_in_record for ch in text[e : line_end if line_end >= 0 else len(text)]):
                continue  # a sentence, no record (提起村党支部书记某某，村民们…)
            towns = towns_of_article.get(art_of(s))
            if not towns:
                continue
            town = next(iter(towns)) if len(towns) == 1 else ""
            out.append(Candidate(s, e, "Place", text[s:e], "pattern-unlisted-record", 0.55, priority=Priority.PLACE_UNLISTED,
                                 division=DivisionRef(v.local_level[m.group(2)], parent=town, listed_under=town)))
            taken[s:e] = b"\x01" * (e - s)
        # a village read in its township's chain is the same village where the page prints its name again, bare
        # (某镇红岩村…。红岩村村委会主任某某): its bodies are read there
        for c in [c for c in out if c.division.chained_to and self._specific_village(c.name)]:
            at = text.find(c.name, c.end)
            while at >= 0:
                end = at + len(c.name)
                if taken.find(1, at, end) < 0:
                    add(at, end, c.division.level, c.division.chained_to, "pattern-unlisted-again", 0.6)
                at = text.find(c.name, end)
        return out

    def _county_before_term_body(self, text: str, end: int, d: Division) -> Division | None:
        """The county a bare short form ending at ``end`` names where a term's number and a body of a county's level
        follow it (海安12届县委常委会: 海安县, the name the body's level gives, today's or a former one renamed since;
        TermBodyAfterShort), else None."""
        m = self.v.term_body_after.match(text, end)
        if m is None:
            return None
        level = m.group(1)[0]
        if d.name.endswith(level):
            return d
        return next((x for x in self.gaz.lookup(d.short + level) if self.gaz.successor(x.code) == d.code), None)

    def _listed_with_water(self, text: str, s: int, e: int) -> bool:
        """Whether the name at ``s:e`` stands in a list (joined by 、, 及, 和, 与) beside a river's or a lake's name that
        is no division's (渭河, 额尔古纳河, 呼伦湖 before or after it): a list of waters, not of places."""
        v = self.v

        def water(name: str) -> bool:  # 渭河, 青海湖: no division by its last two or three characters
            return len(name) >= 2 and name[-1] in v.water_ends and not any(
                self.gaz.lookup(name[-n:]) for n in (2, 3) if n <= len(name))

        if s > 1 and text[s - 1] in v.list_joints and water(text[max(0, s - 4) : s - 1]):
            return True
        if e < len(text) and text[e] in v.list_joints:
            k = e + 2
            while k < min(len(text), e + 7) and "\u4e00" <= text[k] <= "\u9fff" and text[k - 1] not in v.water_ends:
                k += 1
            return water(text[e + 1 : k])
        return False

    def _inside_org_name(self, text: str, start: int, end: int) -> bool:
        """A short form that starts an organisation's name (北京生物多样性保护研究中心, 杭州亚运会), or one in brackets
        inside it, between the firm's own name and the rest (保利(福建)房地产开发有限公司, 某某（上海）建材股份有限公司):
        where the firm is registered, no mention of the place."""
        v = self.v
        for w in v.org_meeting_words:
            if text.startswith(w, end) and (w not in v.org_meeting_after_locative or text[start - 1 : start] in v.locative_open):
                return False  # 在某市会见某集团董事长: where the meeting is held, no firm's name
        m = v.org_head.match(text, end)
        if m and not v.org_stop.search(m.group()):
            return True
        if start < 2 or text[start - 1 : start] not in v.org_bracket_open or text[end : end + 1] not in v.org_bracket_close \
                or not ("\u4e00" <= text[start - 2] <= "\u9fff" or text[start - 2].isalnum()):
            return False
        m = v.org_head.match(text, end + 1)
        return bool(m) and not v.org_stop.search(m.group())

    def _short_printed_level(self, surface: str, d) -> bool:
        """Whether a county's short form ends in its level as printed (沙县 of 沙县区, 梅县 of 梅县区, 辉县 of 辉县市): the name
        of the county it was, or the one it is customarily called by, which needs no other place on the page."""
        return d.level == Level.COUNTY and surface == d.short and surface[-1] in self.v.printed_level.get(d.level, "")

    def _level_of(self, surface: str) -> str | None:
        for suffix, level in self.v.level_suffixes:
            if surface.endswith(suffix):
                return level
        return None


class _Span:
    """A match's stem and suffix read as a township's name (``group(1)``, ``group(2)``, ``end()``)."""

    def __init__(self, m: re.Match, s: int, e: int):
        self._groups, self._end = (m.group(2), m.group(3)), e

    def group(self, i: int) -> str:
        return self._groups[i - 1]

    def end(self) -> int:
        return self._end


def _printed_again(text: str, read: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The other places where the page prints the full name of a township read from its chain (某县甲镇…在甲镇政府召开):
    the same township, unless a longer name found there holds it."""
    out: list[Candidate] = []
    spans = {(c.start, c.end) for c in read}
    for c in read:
        at = text.find(c.name)
        while at >= 0:
            end = at + len(c.name)
            if (at, end) not in spans and not any(x.start <= at and end <= x.end and x.length > end - at for x in found) \
                    and not any(x.start < end and at < x.end for x in out):
                out.append(dataclasses.replace(c, start=at, end=end, method="pattern-merged-township-again",
                                               division=DivisionRef(c.division.level, parent=c.division.parent)))
                spans.add((at, end))
            at = text.find(c.name, end)
    return out


#: levels whose places may be printed side by side as siblings (a town, then a street of the same county)
_PEERS = {Level.TOWN: "town", Level.STREET: "town", Level.VILLAGE: "village", Level.COMMUNITY: "village"}


def _after_blanks(text: str, end: int) -> int:
    """The position after the blanks (spaces, tabs, but no line break) that start at ``end``."""
    while end < len(text) and text[end].isspace() and text[end] not in "\r\n":
        end += 1
    return end


def _one_apart(a: str, b: str, same_suffix: bool) -> bool:
    """Two township stems one printing of the other: equal under another suffix, or, under the same
    suffix, one character apart."""
    if a == b:
        return not same_suffix
    return same_suffix and len(a) == len(b) >= 2 and sum(x != y for x, y in zip(a, b)) == 1


def _generic_names() -> frozenset[str]:
    from .. import gazetteer

    return gazetteer.GENERIC_NAMES


def _two_words(stem: str, suffix: str) -> bool:
    """Whether an unlisted village's name is two everyday words (开展 + 农村), not a name."""
    words = common_words()
    return len(stem) >= 3 and stem[:-1] in words and stem[-1] + suffix in words


def _word_then_word(text: str, s: int, e: int, v: _Vocabulary, k: int | None = None) -> bool:
    """Whether the unlisted village name ``text[s:e]`` (its level word from ``k``, the last character if not given)
    reads as two words instead: its stem an everyday word and its level character the start of another with the
    character after it (正在编制 + 村庄规划); the stem may itself be a word that a level character starts (村容 + 村貌).
    A level word that opens a longer word of its own runs on into it, whatever the stem (织密 + 社区治理)."""
    words = common_words()
    k = e - 1 if k is None else k
    if any(len(w) > e - k + 1 and text.startswith(w, k) for w in v.level_char_words):
        return True
    after = text[k : e + 1]
    stem = text[s:k]
    return (stem in words or stem in v.level_char_words) and (after in words or after in v.level_char_words)


def _glued_words(text: str, s: int, e: int, suffix: str, v: _Vocabulary) -> bool:
    """Whether a two-character stem after a conjunction-like character reads as words instead: that character and
    the stem's first make a word (和美 + 湘村), or the stem's last and the level character do (共和国 + 农村)."""
    words = common_words()
    before = text[s - 1 : s + 1]
    return before in words or before in v.generic_local or text[e - len(suffix) - 1 : e] in words


def _phrase(stem: str) -> bool:
    """Whether a long stem before 村 begins with an everyday word (红色旅游, 生态宜居): a phrase, not a transliterated
    name (托格拉克布拉克)."""
    return stem[:2] in common_words()


def named_after_parent(text: str, s: int, d: Division, gaz: Gazetteer) -> bool:
    """Whether the division ``d`` printed at ``s`` follows the name of one of its ancestors (怀化市会同县)."""
    return any(text.endswith(a.name, 0, s) or (a.short and text.endswith(a.short, 0, s)) for a in gaz.ancestors(d.code))


def _split_reading(text: str, s: int, surface: str, v: _Vocabulary) -> bool:
    """Whether the three-character name at ``s`` reads as words of the text instead: its first character a
    preposition or the end of the word before (新兴), the rest an everyday word (城市, 城镇); or its first character the
    end of the word before and its second a conjunction before the bare level (村民家中和镇政府: 家中, 和, 镇政府)."""
    if len(surface) == 3 and surface[1] in v.conjunctions and s > 0 and text[s - 1 : s + 1] in common_words():
        return True
    if len(surface) != 3 or surface[1:] not in common_words():
        return False
    return surface[0] in v.before_place or (s > 0 and text[s - 1 : s + 1] in common_words())


def _object_of_growth(text: str, s: int, e: int, surface: str, v: _Vocabulary) -> bool:
    """推动漳浦高质量发展, 助力某某经济社会发展: a short form of two characters after a verb whose object is a place (as
    :func:`_after_place_verb`) and before a phrase of a place's growth (GrowthAfterShort), with no everyday word across
    that seam either."""
    return len(surface) == 2 and _glued_to_place_verb(text, s, surface, v) and bool(v.growth_after.match(text, e)) \
        and text[e - 1 : e + 1] not in common_words()


def _after_place_verb(text: str, s: int, surface: str, v: _Vocabulary) -> bool:
    """推动临漳县高质量发展, 助力某县乡村振兴, 落户某市: a county's or city's full name glued to a verb whose object is a place
    it serves, reaches or lies by, with no everyday word inside the name either: the name stands alone."""
    words = common_words()
    return len(surface) >= 3 and _glued_to_place_verb(text, s, surface, v) \
        and surface[:-1] not in words and surface[:2] not in words


def _glued_to_place_verb(text: str, s: int, surface: str, v: _Vocabulary) -> bool:
    """Whether the name at ``s`` follows a verb whose object is a place (PlaceObjectVerb) with no everyday word across the
    seam (推动临漳县, not 动临) and is no everyday word itself."""
    words = common_words()
    return text.endswith(v.place_object_verbs, 0, s) and text[s - 1 : s + 1] not in words and surface not in words


#: the counts of an article that has named no place yet (read, never written)
_NONE_COUNTED: Counter = Counter()


def _supported(gaz: Gazetteer, d: Division, doc_context: Counter, art: Counter | None) -> bool:
    """Another place on the page shares this one's province (or is it)."""
    prov = [x.code for x in gaz.ancestors(d.code) if x.level == Level.PROVINCE] or [d.code]
    for code, n in list(doc_context.items()) + list((art or Counter()).items()):
        if n and code != d.code and (gaz.is_within(code, prov[0])):
            return True
    return False


def _same_city(gaz: Gazetteer, d: Division, ctx: list[str]) -> bool:
    """A town whose county or city is among the context codes, or whose city is a context place's."""
    anc = {a.code for a in gaz.ancestors(d.code) if a.level in (Level.COUNTY, Level.CITY)}
    if any(c in anc for c in ctx):
        return True
    city = _city_of(gaz, d)
    return city is not None and any(_city_of(gaz, x) == city for x in filter(None, map(gaz.get, ctx)))


def _city_of(gaz: Gazetteer, d: Division) -> str | None:
    """The code of the prefecture-level unit ``d`` lies in (or is), or of its province where none is between
    (a municipality's districts, a province's directly administered county)."""
    chain = [d] + gaz.ancestors(d.code)
    for x in chain:
        if x.level == Level.CITY:
            return x.code
    return chain[-1].code if len(chain) > 1 and d.level != Level.PROVINCE else None


def _near(gaz: Gazetteer, d: Division, ctx: list[str]) -> bool:
    """A village or community counts when its township or county is in the context."""
    anc = [a.code for a in gaz.ancestors(d.code)][:2]
    return any(c in anc for c in ctx)


def _article_index(articles: list[tuple[int, int]]):
    starts = [s for s, _ in articles]

    def find(pos: int) -> int:
        import bisect

        i = bisect.bisect_right(starts, pos) - 1
        return max(i, 0)

    return find


@lexicon_cache
def place_finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer.load(), lexicon())


def _opens_speech(text: str, pos: int, v) -> bool:
    """Whether the quote open before ``pos`` is a speech (“寿宁将…，做好…。”): a clause mark stands in it before it closes."""
    for ch in text[pos : pos + 200]:
        if ch in v.closing_marks:
            return False
        if ch in v.speech_mark:
            return True
    return False
