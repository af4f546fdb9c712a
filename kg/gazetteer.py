"""Administrative divisions of China: an offline gazetteer for place mentions.

The gazetteer holds every division of the Ministry of Civil Affairs list (MCA, as of
2025-12-31: provinces, prefecture-level cities, county-level units, townships) plus the
NBS 2023 townships it lacks and the villages and communities of Guangdong from the NBS 2023 codes (modood). It is read from
``kg/data/divisions.tsv.gz``, built by ``kg data gazetteer /work/shared/data`` (:mod:`kg.data_build.gazetteer`).

>>> gaz = Gazetteer.load()
>>> [d.code for d in gaz.lookup("开平")]
['440783', '130205']
>>> gaz.resolve("水口镇", context=("440783",)).code
'440783102'
>>> [d.name for d in gaz.ancestors("440781001")]
['台山市', '江门市', '广东省']

Codes are the sources' own: 6 digits for provinces, cities and county-level units and
9 digits for townships (MCA codes; NBS codes, or a free code of the county, for the NBS
townships MCA lacks), 12 digits for villages and communities (NBS 2023
codes). A village's parent is the MCA township it lies in, found by code and name (see
:func:`kg.data_build.gazetteer.build`), so the first 9 digits of a village code are not always its parent's code.
"""
from __future__ import annotations

import gzip
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .errors import InputError
from .lexicon import lexicon, lexicon_cache
from .records import quick_init

__all__ = [
    "Level",
    "LEVELS",
    "DATA_PATH",
    "UNSAFE_SHORT",
    "GENERIC_NAMES",
    "Division",
    "Gazetteer",
    "COLUMNS",
    "short_form",
    "town_short_form",
    "village_name",
    "strip_ethnic",
]

log = logging.getLogger(__name__)

class Level(StrEnum):
    """The levels of :attr:`Division.level`, from the top down (each equal to its name as the data
    files write it)."""

    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    TOWN = "town"
    STREET = "street"
    VILLAGE = "village"
    COMMUNITY = "community"


#: The levels of :attr:`Division.level` as text, from the top down.
LEVELS = tuple(level.value for level in Level)

DATA_PATH = Path(__file__).parent / "data" / "divisions.tsv.gz"
COLUMNS = ("code", "name", "level", "parent", "short")
_RESOLVED_KEPT = 20_000  # answers of Gazetteer.resolve kept (a name with its context places: at most some 30 MB)
_UNSEEN = object()
_GROUP = "族"  # ends an ethnic group's name in a division's (瑶族乡); the tail strip_ethnic looks for
_LOCAL_LEVELS = frozenset({Level.TOWN, Level.STREET, Level.VILLAGE, Level.COMMUNITY})
_PLAIN_LEVELS = frozenset({Level.CITY, Level.COUNTY})  # the levels of autonomous_plain_form
_RANK = {Level.PROVINCE: 6, Level.CITY: 5, Level.COUNTY: 4, Level.TOWN: 3, Level.STREET: 3, Level.VILLAGE: 2, Level.COMMUNITY: 2}


@quick_init
@dataclass(frozen=True, slots=True)
class Division:
    """One administrative division.

    >>> Division("440783", "开平市", "county", "440700", "开平").short
    '开平'
    """

    code: str  # 6 digits (county and above), 9 (township), 12 (village, NBS 2023)
    name: str  # full official name: 开平市, 水口镇, 台城街道, 新建村, 金星社区
    level: str  # one of LEVELS
    parent: str  # parent code, '' for provinces
    short: str  # short form (开平, 广西, 香港); '' when there is no safe one


# --- names --------------------------------------------------------------------------

class _Vocabulary:
    """The words of division names (seeds/lexicons/places.jsonl): ethnic groups, unit suffixes,
    unsafe short forms, the NBS spellings of village committees."""

    def __init__(self, lex) -> None:
        # the 55 minorities as they appear in autonomous-area names, plus 各 (龙胜各族自治县)
        ethnic = lex.words("EthnicGroup")
        self.ethnic_tail = re.compile("(?:" + "|".join(sorted(ethnic, key=len, reverse=True)) + f"){_GROUP}$")
        # before 自治 the 族 is sometimes left out (新疆维吾尔自治区, 伊犁哈萨克自治州); only
        # names of two or more characters are stripped then
        self.bare_ethnic_tail = re.compile("(?:" + "|".join(sorted((e for e in ethnic if len(e) > 1), key=len,
                                                                   reverse=True)) + ")$")
        # suffixes tried in order; the first one that leaves a safe stem wins (清新区 → 清新,
        # not 清, because 新区 leaves one character and 区 is tried next)
        self.suffixes = {level: tuple(e.pattern for e in lex.of("DivisionSuffix") if level in e.get("levels", ())
                                      and not e.get("plain_only")) for level in (Level.PROVINCE, Level.CITY, Level.COUNTY)}
        # … and those that only a plain form is made from (自治旗: 鄂温克族自治旗 → 鄂温克旗; its short form stays none)
        self.plain_suffixes = {level: tuple(e.pattern for e in lex.of("DivisionSuffix") if level in e.get("levels", ()))
                               for level in (Level.CITY, Level.COUNTY)}
        self.town_suffixes = lex.words("TownSuffix")
        self.short_overrides = {e.pattern: e.id for e in lex.of("ShortForm") if not e.get("model")}
        self.unsafe_short = frozenset(lex.words("UnsafeShort"))
        self.generic_names = frozenset(lex.words("GenericPlaceName"))
        self.nbs_composed = lex.patterns("NbsComposed")
        self.village_tail = lex.regex(r"{VillageTail}$")
        # a gacha's committee (瀚乌拉嘎查委员会): the village keeps its own level word (瀚乌拉嘎查), no 村 nor 社区
        self.own_word_tail = lex.regex(r"{VillageOwnTail}$")
        self.own_word = lex.patterns("VillageOwnTail")
        self.community_tail = lex.regex(r"{CommunityTail}$")
        self.fishery_tail = lex.words("FisheryTail")[0]
        self.autonomous = lex.words("AutonomousMark")[0]  # 自治: in the name of every division given a plain form
        # county-level names abolished or changed since (长治县, now 上党区): (name, its prefecture, its successor, year,
        # whether another province's division holds the name today in full and it is read beside it: 重庆市江北区)
        self.former = tuple((e.pattern, str(e.get("within", "")), str(e.get("successor", "")), int(e.get("year", 0)),
                             bool(e.get("homonym"))) for e in lex.of("FormerDivision"))
        # a banner's abbreviation (西乌旗, 科右前旗, 土左旗, 阿旗): the level word, the positions and wings it keeps, the
        # directions that open a long name and stay before its first character
        self.banner_word = lex.words("BannerWord")[0]
        self.banner_positions = frozenset(lex.words("BannerPosition"))
        self.banner_wings = {e.pattern: e.id for e in lex.of("BannerWing")}
        self.banner_directions = frozenset(lex.words("BannerDirection"))
        self.unsafe_banner_short = frozenset(lex.words("UnsafeBannerShort"))
        # an autonomous county's or prefecture's customary abbreviation, which no rule makes from its name (阜蒙县 for
        # 阜新蒙古族自治县, 喀左县, 克州): (the form as printed, the division's full name)
        self.customary = tuple((e.pattern, e.id) for e in lex.of("CustomaryForm"))


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


def __getattr__(name: str):
    # UNSAFE_SHORT: short forms that are everyday words, common phrases or better-known names in
    # news text, so a bare mention is more likely that than the place (新兴产业, 共同富裕, 合作, 中方,
    # 会同有关部门, 比如, 九龙 for Kowloon, 阿里 for Alibaba); the full name still matches. Chosen by
    # reading every short form of the MCA list. GENERIC_NAMES: full names that are also everyday
    # words (城区 'urban area', 郊区 'suburb'): Gazetteer.names leaves them out unless asked, as it
    # does two-character village names (南村, 新村); lookup and resolve still know them.
    if name == "UNSAFE_SHORT":
        return _vocabulary().unsafe_short
    if name == "GENERIC_NAMES":
        return _vocabulary().generic_names
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def strip_ethnic(stem: str, autonomous: bool = False) -> str:
    v = _vocabulary()
    while stem.endswith(_GROUP) and (m := v.ethnic_tail.search(stem)) is not None and m.start() > 0:
        stem = stem[: m.start()]
    if autonomous and (m := v.bare_ethnic_tail.search(stem)) is not None and m.start() > 1:
        stem = stem[: m.start()]  # but 内蒙古 stays
    return stem


def _safe_stem(stem: str) -> bool:
    return len(stem) >= 2 and _vocabulary().autonomous not in stem and not stem.endswith(_GROUP)


def short_form(name: str, level: str, *, safe: bool = True) -> str:
    """The short form of a province, city or county name, or '' when there is no safe one.

    Strips the unit suffix and any ethnic descriptor; keeps the result when it has at
    least two characters and (unless ``safe=False``) is not in :data:`UNSAFE_SHORT`.
    Banners (旗) keep their suffix, since 'X旗' is how they are named; towns and villages
    get no short form here (see :func:`town_short_form`).

    >>> short_form("广西壮族自治区", "province"), short_form("恩施土家族苗族自治州", "city")
    ('广西', '恩施')
    >>> short_form("沈北新区", "county"), short_form("清新区", "county", safe=False), short_form("城区", "county")
    ('沈北', '清新', '')
    >>> short_form("新兴县", "county"), short_form("新兴县", "county", safe=False)
    ('', '新兴')
    """
    v = _vocabulary()
    if name in v.short_overrides:
        return v.short_overrides[name]
    for suffix in v.suffixes.get(level, ()):
        if name.endswith(suffix):
            stem = strip_ethnic(name[: -len(suffix)], suffix.startswith(v.autonomous))
            if _safe_stem(stem):
                return "" if safe and stem in v.unsafe_short else stem
    return ""


def autonomous_plain_form(name: str, level: str) -> str:
    """An autonomous county's or prefecture's name as papers often print it, without its people's names and with
    the plain level (互助土族自治县 → 互助县, 海北藏族自治州 → 海北州), or '' for other divisions.

    >>> autonomous_plain_form("互助土族自治县", "county"), autonomous_plain_form("海北藏族自治州", "city")
    ('互助县', '海北州')
    >>> autonomous_plain_form("开平市", "county"), autonomous_plain_form("广西壮族自治区", "province")
    ('', '')

    A division named after its people alone is printed with the people's name as its stem (东乡族自治县 → 东乡县,
    鄂伦春自治旗 → 鄂伦春旗):

    >>> autonomous_plain_form("东乡族自治县", "county"), autonomous_plain_form("鄂伦春自治旗", "county")
    ('东乡县', '鄂伦春旗')
    """
    split = _autonomous_parts(name, level)
    if split is None:
        return ""
    raw, stem, suffix = split
    v = _vocabulary()
    plain = suffix[len(v.autonomous) :]
    if stem == raw and (v.ethnic_tail.fullmatch(raw) or v.bare_ethnic_tail.fullmatch(raw)):
        stem = raw.removesuffix(_GROUP)  # the people's name is the stem
        return stem + plain if len(stem) >= 2 else ""
    return stem + plain if _safe_stem(stem) and stem != raw else ""


def autonomous_short_form(name: str, level: str) -> str:
    """An autonomous county's or prefecture's name as papers also print it, without its people's names but with its
    autonomous level (威宁彝族回族苗族自治县 → 威宁自治县, 黔南布依族苗族自治州 → 黔南自治州), or '' for other divisions and
    for those named after their people alone (东乡族自治县 has no such form).

    >>> autonomous_short_form("威宁彝族回族苗族自治县", "county"), autonomous_short_form("黔南布依族苗族自治州", "city")
    ('威宁自治县', '黔南自治州')
    >>> autonomous_short_form("东乡族自治县", "county"), autonomous_short_form("开平市", "county")
    ('', '')
    """
    split = _autonomous_parts(name, level)
    if split is None:
        return ""
    raw, stem, suffix = split
    return stem + suffix if _safe_stem(stem) and stem != raw else ""


def _autonomous_parts(name: str, level: str) -> tuple[str, str, str] | None:
    """(the name before its autonomous level, that part without its people's names, the level: 自治县, 自治州, 自治旗)
    for an autonomous county or prefecture, else None."""
    if level not in _PLAIN_LEVELS:
        return None
    v = _vocabulary()
    mark = v.autonomous
    for suffix in v.plain_suffixes.get(level, ()):
        if suffix.startswith(mark) and len(suffix) > len(mark) and name.endswith(suffix):
            raw = name[: -len(suffix)]
            return raw, strip_ethnic(raw, True), suffix
    return None


def ethnic_town_plain_form(name: str, level: str) -> str:
    """An ethnic township's name as papers often print it, without its people's name (明水满族乡 → 明水乡,
    蓝田瑶族乡 → 蓝田乡), or '' for other divisions.

    >>> ethnic_town_plain_form("明水满族乡", "town"), ethnic_town_plain_form("水口镇", "town")
    ('明水乡', '')

    A county-level district named with its people (no autonomous area) is printed so too:

    >>> ethnic_town_plain_form("梅里斯达斡尔族区", "county"), ethnic_town_plain_form("互助土族自治县", "county")
    ('梅里斯区', '')
    """
    v = _vocabulary()
    if level == Level.COUNTY:  # 梅里斯达斡尔族区 → 梅里斯区: a district named with its people, no autonomous area
        suffixes = tuple(s for s in v.suffixes[Level.COUNTY] if not s.startswith(v.autonomous))
    elif level == Level.TOWN:
        suffixes = v.town_suffixes
    else:
        return ""
    for suffix in suffixes:
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            plain = strip_ethnic(stem)
            return plain + suffix if plain != stem and _safe_stem(plain) else ""
    return ""


def banner_short_form(name: str, level: str) -> str:
    """A banner's abbreviation as local papers print it: the first character of its stem, the wing and the position it
    keeps, and 旗 (西乌珠穆沁旗 → 西乌旗, 科尔沁右翼前旗 → 科右前旗, 土默特左旗 → 土左旗, 阿鲁科尔沁旗 → 阿旗), or '' for
    other divisions, autonomous banners (their plain form serves) and banners whose stem is under three characters
    (巴林左旗, 敖汉旗: printed in full).

    >>> banner_short_form("西乌珠穆沁旗", "county"), banner_short_form("科尔沁左翼后旗", "county")
    ('西乌旗', '科左后旗')
    >>> banner_short_form("巴林左旗", "county"), banner_short_form("开平市", "county")
    ('', '')
    """
    v = _vocabulary()
    if level != Level.COUNTY or not name.endswith(v.banner_word) or v.autonomous in name:
        return ""
    stem, keep = name[: -len(v.banner_word)], ""
    if stem[-1:] in v.banner_positions:
        stem, keep = stem[:-1], stem[-1]
    wing = next((w for w in v.banner_wings if stem.endswith(w)), "")
    if wing:
        stem, keep = stem[: -len(wing)], v.banner_wings[wing] + keep
    lead = ""
    if stem[:1] in v.banner_directions and len(stem) >= 4:
        lead, stem = stem[0], stem[1:]
    if len(stem) < 3:
        return ""
    short = lead + stem[0] + keep + v.banner_word
    return "" if short in v.unsafe_banner_short else short


def town_short_form(name: str) -> str:
    """The bare form of a township name (水口镇 → 水口), or '' when under two characters.

    These forms are risky in text (水口 is also 'water outlet'), so :class:`Gazetteer`
    uses them only when asked (``short_towns=True``).

    >>> town_short_form("水口镇"), town_short_form("台城街道"), town_short_form("蓝田瑶族乡"), town_short_form("岩镇")
    ('水口', '台城', '蓝田', '')
    """
    for suffix in _vocabulary().town_suffixes:
        if name.endswith(suffix):
            stem = strip_ethnic(name[: -len(suffix)])
            return stem if _safe_stem(stem) else ""
    return ""


def village_name(raw: str, code: str) -> tuple[str, str] | None:
    """The (name, level) of an NBS village-level unit, or None for a statistical pseudo-unit.

    The committee suffix becomes 村 or 社区; "(土郎)" becomes 㙟. NBS codes whose 10th digit is 4 or 5
    (类似居委会/类似村委会: farm and prison living quarters, virtual communities) give None.

    >>> village_name("翠洲社区居民委员会", "440103001101"), village_name("新建村民委员会", "440783102201")
    (('翠洲社区', 'community'), ('新建村', 'village'))
    >>> village_name("新民居委会", "440000000001"), village_name("南村村委会", "440000000201")
    (('新民社区', 'community'), ('南村', 'village'))
    >>> village_name("白音花嘎查委员会", "150929200201"), village_name("宝力嘎查委会", "152223106200")
    (('白音花嘎查', 'village'), ('宝力嘎查', 'village'))
    """
    kind = code[9]
    if kind in "45":
        return None
    v = _vocabulary()
    for parts, char in v.nbs_composed.items():  # NBS spells a few characters missing from GB2312 as their parts
        raw = raw.replace(parts, char)
    if (m := v.own_word_tail.search(raw)) is not None:
        stem = raw[: m.start()]
        name, level = stem + v.own_word[m.group()], Level.VILLAGE.value
    elif (m := v.village_tail.search(raw)) is not None:
        stem = raw[: m.start()]
        # a Division's level is the text the data files write: the value, not the member
        name, level = (stem if stem.endswith("村") else stem + "村"), Level.VILLAGE.value
    elif (m := v.community_tail.search(raw)) is not None:
        stem = raw[: m.start()]
        name, level = (stem if stem.endswith("社区") else stem + "社区"), Level.COMMUNITY.value
    else:
        stem = raw.removesuffix(v.fishery_tail)
        name, level = raw, (Level.COMMUNITY.value if kind in "01" else Level.VILLAGE.value)
    return (name, level) if stem else None


# --- the gazetteer -----------------------------------------------------------------


class Gazetteer:
    """Divisions indexed by code and by surface form.

    >>> gaz = Gazetteer([Division("440000", "广东省", "province", "", "广东")])
    >>> gaz.lookup("广东")[0].name
    '广东省'
    """

    _default: Gazetteer | None = None

    def __init__(self, divisions: Iterable[Division], villages=None):
        self._villages = villages  # a VillageStore: the villages of other provinces, by code (kg.villages)
        self._divisions = tuple(divisions)
        self._by_code = {d.code: d for d in self._divisions}
        index: dict[str, list[Division]] = defaultdict(list)
        for d in self._divisions:
            index[d.name].append(d)
            if d.short:
                index[d.short].append(d)
        # 互助县 for 互助土族自治县, 海北州 for 海北藏族自治州: where no division has that name (only an autonomous city's or
        # county's name has such a form: the others, 68,000 of 69,000 divisions, are not asked)
        plain_of = {}
        more: dict[str, list[str]] = defaultdict(list)  # code -> its short autonomous and customary forms
        autonomous = _vocabulary().autonomous
        for d in self._divisions:
            if autonomous not in d.name:
                continue
            if (plain := autonomous_plain_form(d.name, d.level)) and plain not in index:
                index[plain].append(d)
                plain_of[d.code] = plain
            # 威宁自治县 for 威宁彝族回族苗族自治县: the stem and the autonomous level, without the people's names (a form
            # with 自治 no other kind of form added below can take)
            if (form := autonomous_short_form(d.name, d.level)) and form not in index:
                index[form].append(d)
                more[d.code].append(form)
        # 明水乡 for 明水满族乡 (梅里斯区 for 梅里斯达斡尔族区): an ethnic township (or district) printed without its
        # people's name, where no division has that name
        for d in self._divisions:
            if _GROUP in d.name and (plain := ethnic_town_plain_form(d.name, d.level)) and plain not in index:
                index[plain].append(d)
                plain_of[d.code] = plain
        # former county-level names (长治县, 2018 merged into 上党区 of 长治市): each a division of its own, within its
        # prefecture as it stood, coded by that prefecture and its name (the key a place kg does not list gets), with no
        # short form; one whose name is today a name or a short form of a division is left out (today's wins). They are
        # named (lookup, resolve, get, surface_table), not listed: iterating the gazetteer gives today's divisions
        by_code = self._by_code
        self._former: dict[str, str] = {}  # code -> the code of the division that succeeded it
        for name, within, successor, _year, homonym in _vocabulary().former:
            code = f"{within}-{name}"
            homonym = homonym and all(d.name == name and d.code[:2] != within[:2] for d in index.get(name, ()))
            if name in index and not homonym or within not in by_code or successor not in by_code or code in by_code:
                continue  # (a homonym in another province is one more division of that name: the page's places decide)
            d = Division(code, name, Level.COUNTY.value, within, "")
            index[name].append(d)
            by_code[code] = d
            self._former[code] = successor
        # 西乌旗 for 西乌珠穆沁旗: a banner's abbreviation where no division has that name; banners sharing one (阿旗: 阿鲁科尔沁旗
        # and 阿巴嘎旗) all hold it, so that the page's places decide between them and none is guessed without
        banners: dict[str, list[Division]] = defaultdict(list)
        for d in self._divisions:
            if d.level == Level.COUNTY and d.code not in plain_of and (short := banner_short_form(d.name, d.level)):
                banners[short].append(d)
        for short, ds in banners.items():
            if short not in index:
                index[short].extend(ds)
                plain_of.update((d.code, short) for d in ds)
        # 阜蒙县 for 阜新蒙古族自治县, 克州 for 克孜勒苏柯尔克孜自治州: a customary abbreviation (CustomaryForm in places.jsonl),
        # where no division has that name (巴州 stays 巴州区's short form) and one division has the full name; it names the
        # division beside its plain form (阜新县)
        for form, full in _vocabulary().customary:
            named = [d for d in index.get(full, ()) if d.name == full]
            if form not in index and len(named) == 1:
                index[form].append(named[0])
                more[named[0].code].append(form)
        self._index = dict(index)
        self._plain = plain_of  # code -> the plain form that names the division in the index
        self._customary = {code: tuple(forms) for code, forms in more.items()}  # code -> its customary forms
        self._towns_by_pair: tuple | None = None  # townships by their names' first two characters (_town_pairs)
        self._chains: dict[str, tuple[str, ...]] = {}
        self._ranked: dict[tuple[str, bool], tuple[Division, ...]] = {}
        self._resolved: dict[tuple[str, frozenset[str], bool], Division | None] = {}
        self._unknown: set[tuple[str, bool]] = set()  # names that name no division (see lookup)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """Read a gazetteer file; without a path, the package's data (cached).

        >>> Gazetteer.load() is Gazetteer.load()
        True
        """
        if path is None:
            if cls._default is None:
                from .villages import VillageStore

                cls._default = cls(_read(DATA_PATH), VillageStore.load())
            return cls._default
        return cls(_read(Path(path)))

    def __len__(self) -> int:
        return len(self._divisions)

    def __iter__(self) -> Iterator[Division]:
        return iter(self._divisions)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Division | None:
        """The division with this code, or None.

        >>> Gazetteer.load().get("440700").name
        '江门市'
        """
        d = self._by_code.get(code)
        if d is None and self._villages is not None:
            d = self._villages.get(code)
        return d

    def plain(self, code: str) -> str:
        """The plain form that names a division in the index (互助县 for 互助土族自治县, 明水乡, 西乌旗), or ''.

        >>> gaz = Gazetteer.load()
        >>> gaz.plain(gaz.lookup("互助土族自治县")[0].code), gaz.plain("440783")
        ('互助县', '')
        """
        return self._plain.get(code, "")

    def printed_forms(self, code: str) -> tuple[str, ...]:
        """The forms besides its name and short form that name a division in the index as a full name: its plain form,
        its stem with its autonomous level and its customary abbreviations (阜新县, 阜新自治县 and 阜蒙县 for 阜新蒙古族自治县;
        a prefecture's printed abbreviation, 克州).

        >>> gaz = Gazetteer.load()
        >>> gaz.printed_forms(gaz.lookup("阜新蒙古族自治县")[0].code), gaz.printed_forms("653000"), gaz.printed_forms("440700")
        (('阜新县', '阜新自治县', '阜蒙县'), ('克孜勒苏州', '克孜勒苏自治州', '克州'), ())
        """
        plain = self._plain.get(code)
        return ((plain,) if plain else ()) + self._customary.get(code, ())

    def successor(self, code: str) -> str:
        """The code of the division that succeeded a former one (``seeds/lexicons/former_divisions.jsonl``), or ''.

        >>> gaz = Gazetteer.load()
        >>> gaz.successor(gaz.lookup("长治县")[0].code), gaz.successor("140404")
        ('140404', '')
        """
        return self._former.get(code, "")

    def villages_of(self, code: str) -> tuple[Division, ...]:
        """The villages and communities of a township (or county) ``code`` that the gazetteer itself
        does not list: those of the village store, read when first asked for.

        >>> [d.name for d in Gazetteer.load().villages_of("110115109")][:2]
        ['六合庄村', '马村']
        """
        return self._villages.villages_of(code) if self._villages is not None else ()

    def villages_in_county(self, code: str) -> tuple[Division, ...]:
        """Every village and community of a county that the village store holds (see :meth:`villages_of`)."""
        return self._villages.in_county(code) if self._villages is not None else ()

    def is_name(self, name: str) -> bool:
        """Whether some division's full name or short form is ``name``: whether :meth:`lookup` (without
        ``short_towns``) may find any, one dictionary test (a rule trying every stretch of a text asks it first).

        >>> Gazetteer.load().is_name("开平"), Gazetteer.load().is_name("开平会议")
        (True, False)
        """
        return name in self._index

    def lookup(self, name: str, *, short_towns: bool = False) -> list[Division]:
        """Every division whose full name or short form is ``name``, best first.

        The order is the no-context preference of :meth:`resolve`: higher level first,
        then county-level cities before counties before districts, then by code.
        ``short_towns=True`` also matches bare township names (水口 → every 水口镇).

        >>> [(d.name, d.code) for d in Gazetteer.load().lookup("开平")]
        [('开平市', '440783'), ('开平区', '130205')]
        """
        key = (name, short_towns)
        ranked = self._ranked.get(key)
        if ranked is None:
            if key in self._unknown:
                return []
            found = list(self._index.get(name, ()))
            if short_towns:
                found.extend(self._towns_named(name))
            if not found:
                # kept too, in a bounded set: rules try stems of the text that name nothing (金石桥 before 司法所),
                # and a bare name is looked for among every township whose name begins like it
                if len(self._unknown) >= _RESOLVED_KEPT:
                    self._unknown.clear()
                self._unknown.add(key)
                return []
            # kept (a name of the gazetteer, so a bounded table): a page names its places again and again
            ranked = self._ranked[key] = tuple(sorted(found, key=lambda d: (_preference(d, name), d.code)))
        return list(ranked)

    def ancestors(self, code: str) -> list[Division]:
        """The chain of parents, nearest first, up to the province; KeyError if unknown.

        >>> [d.code for d in Gazetteer.load().ancestors("440783102")]
        ['440783', '440700', '440000']
        """
        chain = []
        d = self.get(code)
        if d is None:
            raise KeyError(code)
        while d.parent:
            d = self._by_code[d.parent]
            chain.append(d)
        return chain

    def is_within(self, code: str, ancestor_code: str) -> bool:
        """True when ``code`` is ``ancestor_code`` or lies below it (False if unknown).

        >>> gaz = Gazetteer.load()
        >>> gaz.is_within("440783102", "440700"), gaz.is_within("440783", "130200")
        (True, False)
        """
        d = self.get(code)
        while d is not None:
            if d.code == ancestor_code:
                return True
            d = self._by_code.get(d.parent)
        return False

    def resolve(self, name: str, context: Iterable[str] = (), *, short_towns: bool = False) -> Division | None:
        """The division a surface form most likely names, or None when unsure.

        ``context`` holds codes of places already known (the page's city, the article's
        county...); unknown codes are ignored. Candidates are ranked by

        1. closeness to the context: the depth of the deepest division shared with any
           context code (inside 开平市 beats same city beats same province beats none);
        2. level: province > city > county > town/street > village/community;
        3. among county-level units: 市 before 县/旗 before 区 (a bare 开平 is the
           county-level city 开平市, not 唐山's 开平区);
        4. a full-name match before a short-form match.

        A tie at the top gives None. Township and village candidates must also be
        supported: with context, they must share at least the province with it; without
        context, a township must be the only candidate and a village is never guessed
        (villages cover Guangdong only, so a unique name there proves little).

        >>> gaz = Gazetteer.load()
        >>> gaz.resolve("开平").code, gaz.resolve("开平", context=("130200",)).code
        ('440783', '130205')
        >>> gaz.resolve("水口镇") is None, gaz.resolve("水口", ("440783",), short_towns=True).code
        (True, '440783102')
        """
        if isinstance(context, str):
            context = (context,)
        # the answer depends on the set of known context codes only (closeness is a maximum over
        # them): kept, as a page resolves the same names against the same places again and again
        known = frozenset(c for c in context if c in self._by_code)
        key = (name, known, short_towns)
        found = self._resolved.get(key, _UNSEEN)
        if found is _UNSEEN:
            if len(self._resolved) >= _RESOLVED_KEPT:
                self._resolved.clear()
            found = self._resolved[key] = self._resolve(name, known, short_towns)
        return found

    def _resolve(self, name: str, known: frozenset[str], short_towns: bool) -> Division | None:
        candidates = self.lookup(name, short_towns=short_towns)
        if not candidates:
            return None
        chains = [self._chain(c) for c in known]
        scored = [(self._closeness(d, chains), _preference_key(d, name), d) for d in candidates]
        best = max(s[:2] for s in scored)
        winners = [d for score, pref, d in scored if (score, pref) == best]
        if len(winners) != 1:
            return None
        winner, closeness = winners[0], best[0]
        if winner.level in _LOCAL_LEVELS:
            if chains and closeness == 0:
                return None
            if not chains and (len(candidates) > 1 or winner.level in (Level.VILLAGE, Level.COMMUNITY)):
                return None
        return winner

    def names(
        self, levels: Iterable[str] | None = None, *, short_towns: bool = False, generic: bool = False
    ) -> Iterator[tuple[str, Division]]:
        """Every (surface, division) pair, to build a phrase matcher.

        Yields each full name, each short form, each autonomous division's plain form (互助县) and each prefecture's printed
        abbreviation (克州), in code order, then
        each former name (长治县, :meth:`successor`); ``levels`` keeps only
        those levels. ``short_towns=True`` adds the bare township names (水口镇 → 水口);
        they are risky: a pair is a bare township name exactly when its surface is
        neither ``division.name`` nor ``division.short``. Full names that are everyday
        words (:data:`GENERIC_NAMES`: 城区, 郊区...) and two-character village names
        (南村, 新村) come only with ``generic=True``.

        >>> gaz = Gazetteer.load()
        >>> ("开平", gaz.get("440783")) in set(gaz.names(["county"]))
        True
        >>> ("水口", gaz.get("440783102")) in set(gaz.names(["town"], short_towns=True))
        True
        """
        wanted = set(LEVELS if levels is None else levels)
        generic_names = _vocabulary().generic_names
        if unknown := wanted - set(LEVELS):
            raise ValueError(f"unknown level(s) {sorted(unknown)}; use some of {LEVELS}")
        for d in self._divisions:
            if d.level not in wanted:
                continue
            if generic or not _is_generic(d, generic_names):
                yield d.name, d
            if d.short:
                yield d.short, d
            if (plain := self._plain.get(d.code)) is not None:
                yield plain, d
            for form in self._customary.get(d.code, ()):
                yield form, d
            if short_towns and d.level in (Level.TOWN, Level.STREET) and (bare := town_short_form(d.name)):
                yield bare, d
        for code in self._former if Level.COUNTY.value in wanted else ():  # former names (长治县), after today's
            yield self._by_code[code].name, self._by_code[code]

    def surface_table(self, min_length: int = 1) -> dict[str, list[Division]]:
        """Every surface of :meth:`names` (no bare township names, no generic full names) with its divisions
        in the order :meth:`names` yields them, for the surfaces of at least ``min_length`` characters:
        what a phrase matcher over all of them is built from, made from the index the gazetteer already
        holds instead of a pass over every division.

        >>> gaz = Gazetteer.load()
        >>> [d.code for d in gaz.surface_table(2)["开平"]], "城区" in gaz.surface_table()
        (['130205', '440783'], False)
        """
        generic_names = _vocabulary().generic_names
        out = {surface: found[:] for surface, found in self._index.items() if len(surface) >= min_length}
        # the index lists a division under its name and its short form, and under its plain form (互助县) only
        # where names() gives that form: only a generic full name (城区; a village's of two characters, 南村) is
        # left out, and only a surface of the generic names or of two characters or fewer can be one
        for surface in [x for x in out if len(x) <= 2 or x in generic_names]:
            kept = [d for d in out[surface] if d.short == surface or d.name != surface or not _is_generic(d, generic_names)]
            if kept:
                out[surface] = kept
            else:
                del out[surface]
        return out

    # helpers

    def _towns_named(self, bare: str) -> list[Division]:
        """The townships whose bare name (:func:`town_short_form`) is ``bare``, in code order.

        A bare name begins its township's name (水口 of 水口镇, 蓝田 of 蓝田瑶族乡), so only the townships
        whose names begin with its first two characters are tried: the bare names of all 38,000
        townships are never made for the few a build asks about."""
        if self._towns_by_pair is None:
            self._towns_by_pair = self._town_pairs()
        slots, order, bounds = self._towns_by_pair
        k = slots.get(bare[:2])
        towns = [] if k is None else [self._divisions[i] for i in order[bounds[k] : bounds[k + 1]].tolist()]
        return [d for d in towns if d.name.startswith(bare) and town_short_form(d.name) == bare]

    def _town_pairs(self) -> tuple[dict[str, int], "np.ndarray", "np.ndarray"]:
        """The townships by their names' first two characters: (pair -> k, the townships' places in the
        gazetteer's list grouped by pair, in list order within a pair, and where group k begins and ends).
        The shipped gazetteer's table is kept in the per-user cache of prebuilt tables (:mod:`kg.prebuilt`):
        made from its 69,000 divisions it takes 20 ms, the first time a process asks for a township's bare
        name; read, about 2 ms."""
        import numpy as np

        levels = (Level.TOWN.value, Level.STREET.value)  # compared as plain strings: 68,000 divisions

        def build() -> tuple[dict[str, int], np.ndarray, np.ndarray]:
            by_pair: dict[str, list[int]] = defaultdict(list)
            for i, d in enumerate(self._divisions):
                if d.level in levels:
                    by_pair[d.name[:2]].append(i)
            order = np.fromiter((i for group in by_pair.values() for i in group), dtype=np.int32)
            bounds = np.zeros(len(by_pair) + 1, dtype=np.int32)
            np.cumsum([len(group) for group in by_pair.values()], out=bounds[1:])
            return {pair: k for k, pair in enumerate(by_pair)}, order, bounds

        if self is not Gazetteer._default:
            return build()
        from . import prebuilt

        def save(table) -> prebuilt.Entry:
            slots, order, bounds = table
            return prebuilt.Entry({"order": order, "bounds": bounds}, "\n".join(slots))

        def opened(entry: prebuilt.Entry):
            pairs = entry.value.split("\n") if type(entry.value) is str else None
            order, bounds = np.asarray(entry.arrays["order"]), np.asarray(entry.arrays["bounds"])
            if pairs is None or len(bounds) != len(pairs) + 1 or bounds[0] != 0 or bounds[-1] != len(order) \
                    or np.any(np.diff(bounds) <= 0) or (len(order) and not 0 <= order.min() <= order.max() < len(self)):
                raise ValueError("not a table of townships by pair")
            return dict(zip(pairs, range(len(pairs)))), order, bounds

        return prebuilt.cached("town-pairs", [DATA_PATH, Path(__file__)], build, save, opened)

    def _chain(self, code: str) -> tuple[str, ...]:
        """Codes from the province down to ``code`` (kept: resolving each name of a page asks for
        the same few chains again and again)."""
        chain = self._chains.get(code)
        if chain is None:
            chain = self._chains[code] = tuple(d.code for d in reversed(self.ancestors(code))) + (code,)
        return chain

    def _closeness(self, d: Division, chains: list[tuple[str, ...]]) -> int:
        if not chains:
            return 0
        mine = self._chain(d.code)
        best = 0
        for chain in chains:
            n = 0
            for a, b in zip(mine, chain):
                if a != b:
                    break
                n += 1
            best = max(best, n)
        return best


def _is_generic(d: Division, generic_names: frozenset[str]) -> bool:
    return d.name in generic_names or (d.level in (Level.VILLAGE, Level.COMMUNITY) and len(d.name) <= 2)


def _preference_key(d: Division, surface: str) -> tuple[int, int, int]:
    """Bigger is preferred: level, county-level subtype, full-name match."""
    subtype = 0
    if d.level == Level.COUNTY:
        subtype = 2 if d.name.endswith("市") else 0 if d.name.endswith("区") else 1
    return _RANK[d.level], subtype, int(surface == d.name)


def _preference(d: Division, surface: str) -> tuple[int, int, int]:
    """Sort key putting preferred divisions first."""
    return tuple(-k for k in _preference_key(d, surface))  # type: ignore[return-value]


def _read(path: Path) -> list[Division]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the gazetteer ({exc.strerror}); rebuild it with "
                         "`kg data gazetteer SHARED_DATA_DIR`") from exc
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
    lines = text.split("\n")
    if lines[0] != "\t".join(COLUMNS):
        raise InputError(f"{path}:1: expected the header {chr(9).join(COLUMNS)!r}")
    try:
        return [Division(*line.split("\t")) for line in lines[1:] if line]
    except TypeError:
        bad = next(i for i, line in enumerate(lines[1:], 2) if line and line.count("\t") != len(COLUMNS) - 1)
        raise InputError(f"{path}:{bad}: expected {len(COLUMNS)} tab-separated fields") from None
