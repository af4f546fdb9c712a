"""Jurisdictions: the places an article is about, and how a body's name prints its place.

An abbreviation (市委, 区政府, 镇党委) names the body of the article's *home* jurisdiction:
:func:`compute_homes` picks, per article, the places it names most, by kind (:class:`Home`).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..gazetteer import Division, Gazetteer, Level
from ..lexicon import holds_any, lexicon, lexicon_cache
from ..structure import Structure
from .base import Candidate, DivisionRef
from .resolve import Priority

if TYPE_CHECKING:
    from .state import ArticleInfo

__all__ = ["Home", "KIND_HOME", "ITEM_WEIGHT", "home_kinds", "compute_homes", "dateline_places", "district_city",
           "jurisdiction_name", "with_city"]


@lexicon_cache
def _home_of_abbr() -> dict[str, str]:
    """The Home attribute each abbreviation points at (市 → city; JurisdictionAbbrev in the lexicon)."""
    return lexicon().field("JurisdictionAbbrev", "home")


@lexicon_cache
def _province_printed_levels() -> str:
    """The characters a province's level may be printed by after its short form (区 of 广西区; PrintedLevel in
    places.jsonl): a home province whose name ends so is what such an abbreviation points at where the article
    names no home of its own kind (区委 in an article about an autonomous region)."""
    return "".join(e.pattern for e in lexicon().of("PrintedLevel") if "province" in e.get("levels", ()))


@lexicon_cache
def _name_ending_abbrs() -> dict[str, str]:
    """The abbreviations whose home's name ends with them (自治区: an autonomous region, never 福建省;
    JurisdictionAbbrev with "name_ends" in the lexicon), each with the kind of home it names (省)."""
    return {ch: next((k for k, attr in KIND_HOME.items() if attr == _home_of_abbr().get(ch)), "")
            for ch in lexicon().words("JurisdictionAbbrev", "name_ends")}


@lexicon_cache
def _printed_ending_abbrs() -> dict[str, str]:
    """The abbreviations whose home's name ends with them where they are printed before a body or a title: those of
    :func:`_name_ending_abbrs` and 省 (JurisdictionAbbrev with "printed_ends": 省委 is no region's committee), each
    with the kind of home it names."""
    out = dict(_name_ending_abbrs())
    for ch in lexicon().words("JurisdictionAbbrev", "printed_ends"):
        out[ch] = next((k for k, attr in KIND_HOME.items() if attr == _home_of_abbr().get(ch)), "")
    return out


@dataclass
class Home:
    """The home jurisdictions of an article, by the abbreviation that points at them."""

    city: Division | None = None  # 市 (a prefecture or county-level city, or a municipality)
    district: Division | None = None  # 区
    county: Division | None = None  # 县
    province: Division | None = None  # 省
    town: Division | None = None  # 镇 / 乡
    street: Division | None = None  # 街道
    prefecture: Division | None = None  # 州 (an autonomous prefecture, 盟, 地区)
    printed: dict[str, str] = field(default_factory=dict)  # code -> the name the article prints (宁河县 for 宁河区)
    #: for an abbreviation whose home's name must end with it (自治区), the article's most-named division so named,
    #: where the home of its kind is named otherwise (宁夏回族自治区's delegation in an article about 福建)
    ending: dict[str, Division] = field(default_factory=dict)
    #: for an abbreviation, the codes of the divisions of its kind the article names equally often where there are
    #: several (甲区 and 乙区 once each): its home is then no more one than the other
    tied: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def tied_for(self, ch: str) -> tuple[str, ...]:
        """The codes of the divisions tied for the home ``ch`` points at (区 → the districts named equally often)."""
        attr = _home_of_abbr().get(ch)
        kind = next((k for k, a in KIND_HOME.items() if a == attr), "")
        return self.tied.get(kind, ())

    def for_abbr(self, ch: str) -> Division | None:
        """The home an abbreviation points at (市 → the city; JurisdictionAbbrev in the lexicon)."""
        attr = _home_of_abbr().get(ch)
        div = getattr(self, attr) if attr else None
        if div is None and attr and self.province is not None and ch in _province_printed_levels() \
                and self.name_of(self.province).endswith(ch):
            return self.province  # 区委宣传部 in an article about 广西壮族自治区 that names no district: the region's
        if div is not None and ch in _name_ending_abbrs() and not self.name_of(div).endswith(ch):
            return self.ending.get(ch)  # 自治区党委 in an article about 福建 that a region's delegation visits: the region's
        return div

    def local(self) -> Division | None:
        """The lowest county-level (or city) jurisdiction: where 该市 or a bare 市 points."""
        return self.city or self.district or self.county

    def fits(self, ch: str, div: Division) -> bool:
        """Whether ``div`` may be what the abbreviation ``ch`` printed before a body or a title stands for by its name:
        one whose home's name must end with it (省, 自治区) names no division that ends otherwise (省委 is no region's
        committee)."""
        return ch not in _printed_ending_abbrs() or self.name_of(div).endswith(ch)

    def for_printed(self, ch: str) -> Division | None:
        """The home the abbreviation ``ch`` printed before a body or a title points at: :meth:`for_abbr`'s, unless its
        name does not end as ``ch`` must (省委 in 福建's paper about a region's delegation), then the division so named
        that the article names most (福建省), or none."""
        div = self.for_abbr(ch)
        if div is not None and not self.fits(ch, div):
            return self.ending.get(ch)
        return div

    def name_of(self, div: Division) -> str:
        """The name of ``div`` as the article prints it (a county renamed a district since keeps its old name)."""
        return self.printed.get(div.code, div.name)


#: the Home attribute each kind of home names (see :func:`home_kinds`)
KIND_HOME = {"省": "province", "市": "city", "州": "prefecture", "区": "district", "县": "county", "镇": "town",
              "街道": "street"}


def home_kinds(d: Division, printed: str = "") -> tuple[str, ...]:
    """The abbreviations a division is the home of: 省, 市, 州, 区, 县, 镇, 街道 (by its name as printed).

    >>> [home_kinds(Gazetteer.load().get(c)) for c in ("110000", "440700", "440783", "440703", "440783102")]
    [('省', '市'), ('市',), ('市',), ('区',), ('镇',)]
    """
    name = printed or d.name
    if d.level == Level.PROVINCE:
        return ("省", "市") if name.endswith("市") else ("省",)  # a municipality is home for 市 too
    if d.level == Level.CITY:
        return ("市",) if name.endswith("市") else ("州",)
    if d.level == Level.COUNTY:
        if name.endswith("市"):
            return ("市",)
        return ("区",) if name.endswith("区") else ("县",)
    if d.level == Level.TOWN:
        return ("镇",)
    if d.level == Level.STREET:
        return ("街道",)
    return ()


@lexicon_cache
def _delegation_lead():
    """After a place, the rest of a clause in which it leads a delegation (屏山县委书记冷建国率县党政代表团赴…; a
    body of the place travelling to study in the place's own clause, 某市某区政协赴甲市乙区等地考察: a TripVerb, then
    DelegationTripWord, which names no delegation on its own), or the delegation's name (屏山县党政代表团)."""
    return lexicon().regex(r"[^{SentenceEnd}]{0,24}?(?:{DelegationVerb:longest})[^{SentenceEnd}]{0,30}?(?:{DelegationWord})"
                           r"|[^{SentenceEnd}，,；;]{0,24}?(?:{TripVerb:longest})[^{SentenceEnd}]{0,30}?(?:{DelegationTripWord})"
                           r"|[\u4e00-\u9fff]{0,4}?(?:{DelegationWord})")


@lexicon_cache
def _abbreviation_lead():
    """A verb of leading (AbbreviationLeadVerb), the party led after a place and at most four characters
    (AbbreviationLedParty), the verbs of receiving that make the clause the host's (AbbreviationLeadBreak)."""
    lex = lexicon()
    return (lex.regex(r"(?:{AbbreviationLeadVerb:longest})"),
            lex.regex(r"[\u4e00-\u9fff]{0,4}?(?:{AbbreviationLedParty:longest})"),
            tuple(lex.words("AbbreviationLeadBreak")), lex.regex(r"[{SentenceEnd}]"))


def led_delegation_place(text: str, pos: int, places: list[Candidate], window: int = 80) -> Candidate | None:
    """The place whose delegation is led later in the sentence from ``pos``, printed in full right after the verb of
    leading (省委常委、市委书记甲，市长乙带领丙市党政代表团到丁市考察: 丙市; the last place of a chain, 带领甲市乙县…代表团:
    乙县): what a bare 市委 or 市长 before the verb stands for, whichever place the article prints more. None where a verb
    of receiving comes first (会见率丙市代表团来访的…: the host's clause)."""
    lead, party, breaks, sentence_end = _abbreviation_lead()
    limit = min(len(text), pos + window)
    stop = sentence_end.search(text, pos, limit)  # the sentence's end, or the window's
    end = stop.start() if stop is not None else max(pos, limit)
    at = None
    for m in lead.finditer(text, pos, end):
        if any(w in text[pos : m.start()] for w in breaks):
            return None
        if at is None:
            at = {c.start: c for c in places if c.division.code}
        last = at.get(m.end())
        if last is None:
            continue
        while last.end in at:
            last = at[last.end]
        if party.match(text, last.end):
            return last
    return None


@lexicon_cache
def _led_back():
    """The cues that name a delegation's leader after it (LedBackCue), the party led after a place and at most four
    characters (AbbreviationLedParty), a sentence's end."""
    lex = lexicon()
    return (tuple(lex.words("LedBackCue")), lex.regex(r"[\u4e00-\u9fff]{0,4}?(?:{AbbreviationLedParty:longest})"),
            lex.regex(r"[{SentenceEnd}]"))


def delegation_led_back(text: str, pos: int, places: list[Candidate], window: int = 80) -> Candidate | None:
    """The place whose delegation its sentence named before a cue that names the delegation's leader, where that cue
    ends at ``pos`` (甲县党政代表团又来到乙县，带队的是县长某某: 甲县): what a bare 县长 right after the cue stands for."""
    cues, party, sentence_end = _led_back()
    if not any(text.endswith(w, 0, pos) for w in cues):
        return None
    start = max(0, pos - window)
    ends = [m.end() for m in sentence_end.finditer(text, start, pos)]
    start = ends[-1] if ends else start
    best = None
    for c in places:
        if c.division.code and start <= c.start and c.end < pos and party.match(text, c.end) \
                and (best is None or c.end > best.end):
            best = c
    return best


@lexicon_cache
def _delegation_cues() -> tuple[str, ...]:
    """What every match of :func:`_delegation_lead` holds: a text without one has no delegation to lead."""
    return lexicon().cues("DelegationWord") + lexicon().cues("DelegationTripWord")


@lexicon_cache
def _trip_cues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The delegation's words, and the verbs of travelling: a text whose only cue is a trip's word (考察, common in any
    news) needs a verb of travelling too (赴, 前往) for a trip to be led."""
    return lexicon().cues("DelegationWord"), lexicon().cues("TripVerb")


@lexicon_cache
def _guest_verbs() -> tuple[str, ...]:
    """A verb of inviting or receiving before a place (邀请某县党政代表团到…): the delegation that follows is a guest's,
    the other party's, and casts no delegation vote (DelegationGuestVerb)."""
    return lexicon().words("DelegationGuestVerb")


@lexicon_cache
def _visiting_us():
    """After a place, the rest of a clause in which its people come to the article's own place, named only as 我县,
    我市 (某市某县政协主席某某带队来我县调研): the place is the visitors', and casts no vote for the article's home."""
    return lexicon().regex(r"[^{SentenceEnd}]{0,30}?(?:{VisitingUsCue:longest})")


@lexicon_cache
def _visiting_us_cues() -> tuple[str, ...]:
    return lexicon().cues("VisitingUsCue")


@lexicon_cache
def _former_county_cues() -> tuple[str, ...]:
    """A county's bodies and heads printed with the level alone (县委, 县长, 县人大常委会; FormerCountyCue)."""
    return tuple(lexicon().words("FormerCountyCue"))


@lexicon_cache
def _former_county_shorts() -> dict[str, tuple[str, str]]:
    """The short form of each county-level city that was a county of the same short form before (宁乡, now 宁乡市; a
    FormerDivision 宁乡县), with the city's code and the former county's name."""
    gaz = Gazetteer.load()
    county, city = _kind_of("county"), _kind_of("city")
    out: dict[str, tuple[str, str]] = {}
    for e in lexicon().of("FormerDivision"):
        d = gaz.get(e.get("successor") or "")
        if d is not None and d.level == Level.COUNTY and d.short and d.name == d.short + city and e.pattern == d.short + county:
            out.setdefault(d.short, (d.code, e.pattern))
    return out


def _kind_of(attr: str) -> str:
    """The abbreviation of a home attribute (county → 县), as KIND_HOME maps them."""
    return next(k for k, a in KIND_HOME.items() if a == attr)


def _bare_short_at(text: str, short: str) -> int:
    """Where ``text`` first prints ``short`` with no level after it (宁乡经开区, not 文山州 nor 宁乡市), or -1."""
    after = _former_county_not_before()
    at = text.find(short)
    while at >= 0 and text[at + len(short) : at + len(short) + 1] in after and at + len(short) < len(text):
        at = text.find(short, at + 1)
    return at


@lexicon_cache
def _former_county_not_before() -> frozenset[str]:
    """What may not follow a former county's short form for it to name the county (FormerCountyNotBefore: 州, 市, …)."""
    return lexicon().chars("FormerCountyNotBefore")


def _former_counties(text: str, places: list[Candidate]) -> dict[str, tuple[str, int]]:
    """宁乡经开区工委书记、县委书记某某 in a text of 2013: a county-level city printed only by its short form (宁乡), that
    was a county of that short form before (FormerDivision 宁乡县), in a text that prints a county's bodies by the level
    alone (县委, 县长) and names no county or city of its own: the former county, as the text was written then (its code →
    its former name and where the text first prints it). None where the text prints two such places, or the city's full
    name."""
    if not holds_any(text, _former_county_cues()):
        return {}
    if any(c.division.code and c.division.level in (Level.COUNTY, Level.CITY) for c in places):
        return {}  # the text names a county or a city of its own (文山州): 县委 is one of theirs
    found = {short: at for short in _former_county_shorts() if (at := _bare_short_at(text, short)) >= 0}
    if len(found) != 1:
        return {}
    short, at = next(iter(found.items()))
    code, former = _former_county_shorts()[short]
    if Gazetteer.load().get(code).name in text:
        return {}  # 宁乡市 printed too: the text was written after the change
    return {code: (former, at)}


def _trip_destinations(text: str, places: list[Candidate], leads, gaz: Gazetteer) -> set[int]:
    """The starts of the places a place's people travel to (汕尾市城区政协赴佛山高明区、茂名高州市等地考察: 高明区,
    佛山, 高州市, 茂名): the places printed right after the verb of the clause in which a place leads a delegation, and
    in the same article after a verb of travelling (TripVerb: 区政协主席某某带队赴甲市乙区…), chained or listed by 、, 和
    or 及 (DestinationJoint), that do not lie in a leading place. They are where the visitors go, not whose the article is,
    and cast no vote for its home however often the text names them."""
    at = {c.start: c for c in places if c.division.code}
    lex = lexicon()
    verbs, trips, joints = lex.words("DelegationVerb"), lex.words("TripVerb"), lex.words("DestinationJoint")
    leaders: set[str] = set()
    firsts: list[Candidate] = []
    for c in places:
        if not c.division.code or text.endswith(_guest_verbs(), 0, c.start):
            continue
        m = leads(text, c.end)
        if m is None:
            continue
        leaders.add(c.division.code)
        first = next((at[p] for p in range(c.end, m.end()) if p in at and text.endswith(verbs, 0, p)), None)
        if first is not None:
            firsts.append(first)
    if not leaders:
        return set()
    firsts += [c for c in at.values() if text.endswith(trips, 0, c.start)]
    out: set[int] = set()
    for nxt in firsts:
        while nxt is not None:
            code = nxt.division.code
            if code not in leaders and not leaders & {x.code for x in gaz.ancestors(code)}:
                out.add(nxt.start)
            end = nxt.end
            joint = next((w for w in joints if text.startswith(w, end)), "")
            nxt = at.get(end + len(joint))
    return out


#: how much a mention of a place votes for the kind of home it is (a county-level 市 is more specific
#: than its prefecture), for the county or city right above it (苍梧县 → 梧州市, 龙圩镇 → 苍梧县), and
#: how much the newspaper's city counts (黄石日报讯)
_HOME_WEIGHT = {Level.COUNTY: 1.5}
_PARENT_VOTE = 0.3
_PAPER_VOTE = 1.0
#: how much more a place votes when it leads a delegation: what follows is the visitors', whatever the text
#: prints more often about the place visited (屏山县…率县党政代表团赴…长兴县考察。县委副书记、县长…)
_DELEGATION_VOTE = 3.0


def compute_homes(text: str, articles: list[ArticleInfo], places: list[Candidate],
                  structure: Structure | None = None) -> list[Home]:
    """Each article's home jurisdictions: the places it names most, by kind.

    ``市`` points at the most-mentioned city (prefecture or county-level 市, or a municipality),
    ``区``/``县`` at the most-mentioned district/county, ``州`` at an autonomous prefecture, ``省``
    at the province of the home, ``镇`` at the most-mentioned town. A county or town also votes,
    less, for the city or county right above it (an article about 苍梧县 has 梧州市 for 市委), and
    the newspaper's city for 市 (黄石日报讯). Articles that name no such place take the page's. The
    places of list items (a notice's villages, ``structure``) weigh a tenth: they say where the list
    reaches, the rest of the text whose it is.
    """
    gaz = Gazetteer.load()
    starts = [a.start for a in articles]
    items = sorted(x for b in (structure.lists if structure else ()) for x in b.items)
    item_starts = [s for s, _ in items]

    # a village's address printed in full (旬阳市蜀河镇寨坡村、…) is a list's item too: the county and town before
    # the village say where it lies, not whose the text is
    by_end = {c.end: c for c in places}
    addresses = set()
    for c in places:
        if c.division.level in (Level.VILLAGE, Level.COMMUNITY) and c.division.chained_to:
            town = by_end.get(c.start)
            county = by_end.get(town.start) if town is not None and town.division.chained_to else None
            if county is not None:
                addresses.update((town.start, county.start))

    def in_item(pos: int) -> bool:
        if pos in addresses:
            return True
        i = bisect_right(item_starts, pos) - 1
        return i >= 0 and pos < items[i][1]
    parts = _listed_parts(text, places, gaz)
    per_article: list[dict[str, dict[str, float]]] = [dict() for _ in articles]
    page: dict[str, dict[str, float]] = {}
    words, trips = _trip_cues()
    leads = _delegation_lead().match if holds_any(text, _delegation_cues()) \
        and (holds_any(text, words) or holds_any(text, trips)) else None
    printed: dict[str, str] = {}

    def add(a: int, kind: str, code: str, w: float) -> None:
        for bucket in (per_article[a], page):
            bucket.setdefault(kind, {}).setdefault(code, 0.0)
            bucket[kind][code] += w

    for c in places:  # a place printed once with an old level (宁河县, now 宁河区) is that for the page
        if c.division.printed and c.division.code:
            printed.setdefault(c.division.code, c.division.printed)
    former = _former_counties(text, places)  # 宁乡 (now 宁乡市) beside 县委书记: 宁乡县, as then
    for code, (name, _) in former.items():
        printed.setdefault(code, name)
    named = [set() for _ in articles]  # the codes each article names
    for c in places:
        if c.division.code:
            named[max(bisect_right(starts, c.start) - 1, 0)].add(c.division.code)
    # the places whose people come to the article's own place, which it names only as 我县 (来我县调研): the visitors'
    visiting = _visiting_us().match if holds_any(text, _visiting_us_cues()) else None
    guests: set[tuple[int, str]] = set()
    for c in places if visiting is not None else ():
        if c.division.code and visiting(text, c.end):
            guests.add((max(bisect_right(starts, c.start) - 1, 0), c.division.code))
    visited = _trip_destinations(text, places, leads, gaz) if leads is not None else set()
    in_full: set[str] = set()  # provinces printed by their full names (湖北省, not 湖北)
    for c in places:
        code = c.division.code
        d = gaz.get(code) if code else None
        if d is None:
            continue
        if d.level == Level.PROVINCE and text[c.start : c.end] == d.name:
            in_full.add(code)
        a = max(bisect_right(starts, c.start) - 1, 0)
        if (a, code) in guests or c.start in visited:
            continue
        part = code in parts and d.parent in named[a]
        # one of a city's parts listed with its siblings (甲市、乙市和丙县) in an article that names the city is
        # no more specific than that city: it weighs as a place, and as a list's item where it is listed
        listed = c.start in parts.get(code, ()) if part else False
        w = (1.0 if part else _HOME_WEIGHT.get(d.level, 1.0)) * (ITEM_WEIGHT if in_item(c.start) or listed else 1.0)
        lead = _DELEGATION_VOTE if leads is not None and leads(text, c.end) \
            and not text.endswith(_guest_verbs(), 0, c.start) else 0.0
        for k in home_kinds(d, printed.get(d.code, "")):
            add(a, k, d.code, w + lead)
        up = gaz.get(d.parent) if d.parent and d.level in (Level.COUNTY, Level.TOWN, Level.STREET) else None
        if up is not None:
            for k in home_kinds(up, printed.get(up.code, "")):
                if k not in ("省", "镇", "街道"):
                    add(a, k, up.code, _PARENT_VOTE * w / (1.0 if part else _HOME_WEIGHT.get(d.level, 1.0)))
    for code, (_, at) in former.items():  # printed only inside a body's name (宁乡经开区), a vote for the county
        add(max(bisect_right(starts, at) - 1, 0), _kind_of("county"), code, 1.0)
    # the newspaper's city (江门日报 → 江门市)
    for i, art in enumerate(articles):
        if art.newspaper:
            stem = art.newspaper[:2]
            for d in gaz.lookup(stem):
                if d.level == Level.CITY and d.short == stem:
                    add(i, "市", d.code, _PAPER_VOTE)
                    break

    # the county of an item's dateline on a page of short news (【…】洞口融媒讯: 洞口县), as the newspaper's city
    on_page = set().union(*named)
    for i, art in enumerate(articles):
        d = _dateline_county(gaz, art.dateline_place, on_page) if art.dateline_place else None
        if d is not None:
            for k in home_kinds(d, printed.get(d.code, "")):
                add(i, k, d.code, _PAPER_VOTE)

    def best(bucket: dict[str, dict[str, float]], kind: str, end: str = "") -> Division | None:
        """The most-named division of ``kind`` in ``bucket`` (of those whose printed name ends with ``end``)."""
        scores = bucket.get(kind)
        if scores and end:
            scores = {c: w for c, w in scores.items()
                      if (d := gaz.get(c)) is not None and printed.get(c, d.name).endswith(end)}
        if not scores:
            return None
        code = max(sorted(scores), key=lambda c: scores[c])
        return gaz.get(code)

    def score(bucket: dict[str, dict[str, float]], whole: dict[str, dict[str, float]], kind: str, code: str) -> float:
        """The votes ``code`` has as a home of ``kind`` in ``bucket``, or on the ``whole`` page where it has none."""
        return (bucket.get(kind) or {}).get(code) or (whole.get(kind) or {}).get(code, 0.0)

    def tied(bucket: dict[str, dict[str, float]], kind: str) -> tuple[str, ...]:
        """The codes of ``kind`` in ``bucket`` that share the highest score, where more than one does."""
        scores = bucket.get(kind) or {}
        top = max(scores.values(), default=0.0)
        codes = tuple(sorted(c for c, w in scores.items() if abs(w - top) < 1e-9))
        return codes if len(codes) > 1 else ()

    up_at: dict[tuple[str, Level], Division | None] = {}

    def holding(bucket: dict[str, dict[str, float]], kind: str, end: str) -> Division | None:
        """Where no division of ``kind`` whose name ends with ``end`` is named: the one that holds the places of the
        other kinds named most (自治区党委 in a region's paper that prints only 某市某县), by their votes."""
        level = Level.PROVINCE if kind == "省" else Level.CITY if kind == "州" else None
        if level is None:
            return None
        votes: dict[str, float] = {}
        for k, scores in bucket.items():
            if k == kind:
                continue
            for code, w in scores.items():
                up = up_at.get((code, level), False)
                if up is False:  # each division's ancestor of a level looked for once a page, not once an article and kind
                    up = up_at[code, level] = next((x for x in gaz.ancestors(code) if x.level == level), None)
                if up is not None and up.code != code and up.name.endswith(end):
                    votes[up.code] = votes.get(up.code, 0.0) + w
        if not votes:
            return None
        return gaz.get(max(sorted(votes), key=lambda c: votes[c]))

    homes = []
    for i in range(len(articles)):
        b = per_article[i]
        h = Home(
            city=best(b, "市") or best(page, "市"),
            district=best(b, "区") or best(page, "区"),
            county=best(b, "县") or best(page, "县"),
            town=best(b, "镇") or best(page, "镇"),
            street=best(b, "街道") or best(page, "街道"),
            prefecture=best(b, "州") or best(page, "州"),
            printed=printed,
        )
        anchor = h.city or h.district or h.county or h.prefecture
        if anchor is not None:
            h.province = anchor if anchor.level == Level.PROVINCE else \
                next((x for x in gaz.ancestors(anchor.code) if x.level == Level.PROVINCE), None)
        named = best(b, "省") or best(page, "省")
        if h.province is not None and named is not None and named.code != h.province.code and named.code in in_full \
                and score(b, page, "省", named.code) > max(score(b, page, k, anchor.code) for k in home_kinds(anchor)):
            # 湖北省召开…。湖北省委书记某某会见深圳市委书记某某一行，省委常委某某参加: a province printed in full more often
            # than the one city the article names (a guest's) is the province its 省委 points at (not 与广东一家企业…)
            h.province = named
        h.province = h.province or named
        for ch, kind in _printed_ending_abbrs().items():  # 自治区 where the province home is no region: the region named most
            d = best(b, kind, ch) or best(page, kind, ch) or holding(b, kind, ch) or holding(page, kind, ch)
            if d is not None:
                h.ending[ch] = d
        for kind in ("区", "县"):
            h.tied[kind] = tied(b, kind) if b.get(kind) else tied(page, kind)
        homes.append(h)
    return homes


def dateline_places(text: str, articles: list[ArticleInfo], places: list[Candidate]) -> list[Candidate]:
    """The county of each item's dateline on a page of short news (洞口 of 【…】洞口融媒讯) that no place found covers: a
    mention of that county (its name as the gazetteer has it), the item's own place."""
    todo = [a for a in articles if a.dateline_place and a.dateline_at >= 0
            and text.startswith(a.dateline_place, a.dateline_at)
            and not any(c.start < a.dateline_at + len(a.dateline_place) and a.dateline_at < c.end for c in places)]
    if not todo:
        return []
    gaz = Gazetteer.load()
    on_page = {c.division.code for c in places if c.division is not None and c.division.code}
    out = []
    for a in todo:
        d = _dateline_county(gaz, a.dateline_place, on_page)
        if d is not None:
            out.append(Candidate(a.dateline_at, a.dateline_at + len(a.dateline_place), "Place", d.name, "dateline-place",
                                 0.8, priority=Priority.PLACE, division=DivisionRef(d.level, d.code, d.parent)))
    return out


def _dateline_county(gaz: Gazetteer, stem: str, on_page: set[str]) -> Division | None:
    """The one county-level division an item's dateline names (尤溪 of 尤溪讯, 房县 of 房县讯, 洞口 of 洞口融媒讯: a
    name of one of DatelineLevel's characters after it where the gazetteer knows no short form), or None; of several
    (东安县, 东安区), the one the page names (``on_page``, codes)."""
    found = {d.code: d for d in gaz.lookup(stem) if d.level == Level.COUNTY and stem in (d.short, d.name)}
    for ch in lexicon().chars("DatelineLevel"):
        found.update((d.code, d) for d in gaz.lookup(stem + ch) if d.level == Level.COUNTY and d.name == stem + ch)
    if len(found) > 1:
        found = {c: d for c, d in found.items() if c in on_page}
    return next(iter(found.values())) if len(found) == 1 else None


#: how much a place named in a list item counts towards the home of its article
ITEM_WEIGHT = 0.1


@lexicon_cache
def _place_joint():
    """What joins places listed together (甲市、乙市和丙县)."""
    return lexicon().regex(r"{PlaceListJoint:longest}")


def _listed_parts(text: str, places: list[Candidate], gaz: Gazetteer) -> dict[str, set[int]]:
    """The county-level places listed together with a sibling under one city (耒阳市、常宁市 under 衡阳市): each
    code with the starts of the mentions in such a list.

    A county-level city so listed is one of a city's parts the text goes over, not the place the text is about."""
    joint = _place_joint()
    county = [c for c in places if c.division.level == Level.COUNTY and c.division.code]
    by_start = {c.start: c for c in county}
    out: dict[str, set[int]] = {}
    for c in county:
        m = joint.match(text, c.end)
        n = by_start.get(m.end()) if m is not None else None
        if n is None or n.division.code == c.division.code:
            continue
        a, b = gaz.get(c.division.code), gaz.get(n.division.code)
        if a is None or b is None or not a.parent or a.parent != b.parent:
            continue
        up = gaz.get(a.parent)
        if up is None or up.level != Level.CITY:
            continue
        out.setdefault(a.code, set()).add(c.start)
        out.setdefault(b.code, set()).add(n.start)
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
        if x.level != Level.COUNTY:
            continue
        if gaz.successor(x.code) and (city := gaz.get(x.parent)) is not None and city.level == Level.PROVINCE \
                and city.name.endswith("市"):
            return city.name, x.name  # a municipality's former county (天津市宁河县, now 宁河区): named with it as then
        if not x.name.endswith("区") or not x.parent:
            return None
        city = gaz.get(x.parent)
        if city is not None and (city.level == Level.CITY or city.name.endswith("市")):
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
    if div.level in (Level.TOWN, Level.STREET):
        parent = gaz.get(div.parent) if div.parent else None  # a county, or a city without counties (东莞市)
        return (parent.name if parent is not None and parent.level in (Level.COUNTY, Level.CITY) else "") + div.name
    return div.name


def without_enclosing(name: str, code: str, gaz: Gazetteer) -> str:
    """A county's body's name without the city or prefecture printed before the county (中共常德市澧县委员会 →
    中共澧县委员会: a county's bodies carry no city, so the body printed later as 县委 is the same one); other names,
    a district's and a city body's unit in the county (常德市公安局澧县分局), as they are.

    >>> without_enclosing("中共江门市开平市委员会", "440783", Gazetteer.load())
    '中共开平市委员会'
    >>> without_enclosing("江门市公安局开平分局", "440783", Gazetteer.load())
    '江门市公安局开平分局'
    """
    d = gaz.get(code) if code else None
    if d is None or d.level != Level.COUNTY or district_city(gaz, code) is not None:
        return name
    lead = "中共" if name.startswith("中共") else ""
    rest = name[len(lead):]
    i = rest.find(d.name)
    if i <= 0:
        return name
    forms = sorted({f for a in gaz.ancestors(code) for f in (a.name, a.short, *gaz.printed_forms(a.code)) if f},
                   key=len, reverse=True)
    prefix = rest[:i]
    while prefix:
        form = next((f for f in forms if prefix.startswith(f)), None)
        if form is None:
            return name  # something else before the county (a city body's name): the name as it is
        prefix = prefix[len(form):]
    return lead + rest[i:]


def with_city(name: str, code: str, gaz: Gazetteer) -> str:
    """A district body's name with its city, as the official names print it: 黄埔区人民政府 →
    广州市黄埔区人民政府, 中共海淀区委员会 → 中共北京市海淀区委员会 (a county's bodies carry no city).

    >>> with_city("中共黄埔区九佛街道工作委员会", "440112", Gazetteer.load())
    '中共广州市黄埔区九佛街道工作委员会'
    >>> with_city("广州市黄埔区财政局", "440112", Gazetteer.load())
    '广州市黄埔区财政局'
    >>> with_city("广州市公安局黄埔分局", "440112", Gazetteer.load())
    '广州市公安局黄埔分局'
    """
    found = district_city(gaz, code)
    if found is None:
        return name
    city, district = found
    i = name.find(district)
    if i < 0:  # printed with another level (宁河县 for 宁河区)
        short = next((x.short for x in [gaz.get(code)] + gaz.ancestors(code) if x and x.name == district), "")
        i = name.find(short) if short else -1
    if i < 0 or name[:i].endswith(city) or name.startswith(city):
        return name  # 林芝市公安局巴宜分局: the city's bureau, then its branch in the district, names the city already
    return name[:i] + city + name[i:]
