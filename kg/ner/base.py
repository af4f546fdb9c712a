"""Candidates, the phrase index and the per-document context shared by the NER rules."""
from __future__ import annotations

import re
from dataclasses import dataclass
from ..records import quick_init
from itertools import count
from operator import add, itemgetter
from typing import Iterable, Iterator, NamedTuple

__all__ = ["Candidate", "Post", "Titles", "NO_TITLES", "DivisionRef", "NO_DIVISION", "BodyRef", "NO_BODY", "ProgrammeRef", "NO_PROGRAMME", "PhraseIndex", "CJK_RE", "NAME_CHAR", "AUTOMATON_AFTER"]

#: An index scans with an automaton once it has scanned this many characters a phrase before: building
#: one costs about what the scan below spends on 13 characters a phrase (measured), so an index
#: never spends more than about twice what it would have with the better choice made up front.
AUTOMATON_AFTER = 16
#: A scan finds the phrases' first characters one by one (``str.find``) when the text has at least this
#: many characters for each of them, else it looks up every pair of characters of the text
_FIND_PER_FIRST = 8

CJK_RE = re.compile(r"[\u4e00-\u9fff]")
NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")


#: what :meth:`PhraseIndex.matches_at` returns where no phrase begins (exhausted: any caller may share it)
_NO_MATCHES: Iterator = iter(())

#: the last text whose pairs of characters a scan made: (text, start, end, pairs), one tuple read at once
_last_pairs: tuple = (None, 0, 0, [])


def _text_pairs(text: str, start: int, end: int) -> list[str]:
    """The pairs of characters beginning at ``start`` .. ``end - 2`` of ``text``, as strings. The
    several indexes that scan one document in a row (the places, a county's villages, its variants)
    share one list: its strings are made and hashed once, and a dictionary lookup reuses the hash."""
    global _last_pairs
    last = _last_pairs
    if last[0] is text and last[1] == start and last[2] == end:
        return last[3]
    seg = text[start:end]
    pairs = list(map(add, seg, seg[1:]))
    _last_pairs = (text, start, end, pairs)
    return pairs


#: a scan of at least this many characters finds its pairs by numbers (:meth:`PhraseIndex._pairs_by_code`):
#: numpy's fixed cost a call is paid back by the strings of shorter texts' pairs not made
_CODED_TEXT = 64

#: the last text whose pairs of code points a scan numbered: (text, start, end, numbers)
_last_codes: tuple = (None, 0, 0, None)


def _pair_code(pair: str) -> int:
    """Two characters as one number: the first's code point above the second's (21 bits each)."""
    return ord(pair[0]) << 21 | ord(pair[1])


#: the multiplier that hashes a pair's number (Fibonacci hashing: the top bits of the product)
_HASH = 0x9E3779B97F4A7C15


def _pair_codes(pairs: Iterable[str]):
    """:func:`_pair_code` of each of ``pairs`` (strings of two characters), as ``uint64``, made in one pass
    over their code points (as :func:`_text_pair_codes` numbers a text's), not one Python call a pair: an
    index of the gazetteer's names has some hundred thousand pairs."""
    import numpy as np

    cps = np.frombuffer("".join(pairs).encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    return (cps[0::2] << np.uint64(21)) | cps[1::2]


def _pair_table(codes):
    """``(slots, shift)``: a table of ``2 ** k`` slots, sixteen or more a pair (one in sixteen of the
    others' slots set at most), with the slot of each of ``codes`` (numbers, :func:`_pair_codes`) set; a
    number's slot is the top ``k`` bits of its product with :data:`_HASH` (``64 - k`` is ``shift``)."""
    import numpy as np

    bits = max(8, (16 * len(codes)).bit_length())
    slots = np.zeros(1 << bits, dtype=bool)
    shift = np.uint64(64 - bits)
    if len(codes):
        slots[(np.asarray(codes, dtype=np.uint64) * np.uint64(_HASH)) >> shift] = True
    return slots, shift


def _text_pair_codes(text: str, start: int, end: int):
    """:func:`_pair_code` of each pair of characters beginning at ``start`` .. ``end - 2`` of ``text``
    (``uint64``), made once for the indexes that scan one text in a row. Code points as UTF-32 writes
    them, a lone surrogate as its own value (as ``ord`` gives it)."""
    global _last_codes
    last = _last_codes
    if last[0] is text and last[1] == start and last[2] == end:
        return last[3]
    import numpy as np

    cps = np.frombuffer(text[start:end].encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    codes = (cps[:-1] << np.uint64(21)) | cps[1:]
    _last_codes = (text, start, end, codes)
    return codes


class Post(NamedTuple):
    """One post the text gives a name: its title (副市长), the canonical name of the body it is held in
    ("" when none is printed or implied) and the title's qualifier (常务, 代理)."""

    title: str
    org: str = ""
    qualifier: str = ""


@quick_init
@dataclass(frozen=True, slots=True)
class Titles:
    """What the titles printed with a name say (an official's, or a person's role): the posts in
    the order printed, the bodies they name (printed or implied candidates), where the whole
    title chain stands and where each title stands (cleaned offsets)."""

    posts: tuple[Post, ...] = ()
    orgs: tuple["Candidate", ...] = ()
    post_span: tuple[int, int] | None = None  # the title chain (开平市委常委、宣传部部长)
    title_spans: tuple[tuple[int, int], ...] = ()  # each title of the chain


#: the titles of a name printed without any
NO_TITLES = Titles()


def _filled(record, names: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """The fields ``names`` of ``record`` that are not empty, as (name, value) pairs."""
    return ((name, value) for name in names if (value := getattr(record, name)))


@quick_init
@dataclass(frozen=True, slots=True)
class DivisionRef:
    """The division a Place candidate names: its level (county, town, village ...), its code and its
    parent's code in the gazetteer ("" for a place the gazetteer does not list), the short form
    printed with an old level (宁河县, now 宁河区), the division it is written right after
    (``chained_to``: 苍梧县龙圩镇) or listed after one written so (``listed_under``: 苍梧县龙圩镇、广平镇),
    and whether the gazetteer has it elsewhere since (``moved``)."""

    level: str = ""
    code: str = ""
    parent: str = ""
    printed: str = ""
    chained_to: str = ""
    listed_under: str = ""
    moved: bool = False

    def strings(self) -> Iterator[tuple[str, str]]:
        """The record's text fields that are not empty, as (name, value) pairs."""
        return _filled(self, _DIVISION_TEXT_FIELDS)


_DIVISION_TEXT_FIELDS = ("level", "code", "parent", "printed", "chained_to", "listed_under")

#: the division of a candidate that names none (every type but Place)
NO_DIVISION = DivisionRef()


@quick_init
@dataclass(frozen=True, slots=True)
class BodyRef:
    """Where an Agency candidate stands: the text it was read from (``surface``), the jurisdiction
    printed or implied with it (``place``, and ``place_code`` where the gazetteer lists it), the body
    it is a unit of (``parent``), the abbreviation it was read from (``abbr_anchor``: 县 of 县委), and,
    for a body of a village the gazetteer does not list, that village's town (``within_code``) and the
    village's own entity key (``place_key``)."""

    surface: str = ""
    place: str = ""
    place_code: str = ""
    parent: str = ""
    abbr_anchor: str = ""
    within_code: str = ""
    place_key: str = ""

    def strings(self) -> Iterator[tuple[str, str]]:
        """The record's fields that are not empty, as (name, value) pairs."""
        return _filled(self, _BODY_FIELDS)


_BODY_FIELDS = ("surface", "place", "place_code", "parent", "abbr_anchor", "within_code", "place_key")

#: the details of a candidate that names no body (every type but Agency)
NO_BODY = BodyRef()


@quick_init
@dataclass(frozen=True, slots=True)
class ProgrammeRef:
    """How a Programme candidate was read: the text its name comes from (``surface``), the longer
    name with a naming word after the quote (``long``, and that word's length ``tail``: “强科技”行动),
    forms that name it only in context (``context_aliases``), the place a brand names
    (``brand_place``: 平安武义), and whether it is a works project (``works``) or a designation
    (``designation``) whose members are listed ``member_lead`` characters before it."""

    surface: str = ""
    long: str = ""
    tail: int | None = None
    context_aliases: tuple[str, ...] = ()
    brand_place: str = ""
    works: bool = False
    designation: bool = False
    member_lead: int | None = None
    partners: tuple[str, ...] = ()  # a cooperation's partners, by division code (闽宁协作: 福建省, 宁夏回族自治区)

    def strings(self) -> Iterator[tuple[str, str]]:
        """The record's text fields that are not empty, as (name, value) pairs."""
        return _filled(self, _PROGRAMME_TEXT_FIELDS)


_PROGRAMME_TEXT_FIELDS = ("surface", "long", "brand_place")

#: the details of a candidate that names no programme (every type but Programme)
NO_PROGRAMME = ProgrammeRef()


@dataclass(slots=True)
class Candidate:
    """A possible mention in cleaned-text coordinates, before overlaps are resolved.

    ``name`` is the canonical name; ``key`` identifies the entity (filled by resolution); the
    type-specific details are typed records: ``division`` the division a Place names
    (:class:`DivisionRef`), ``body`` where an Agency stands (:class:`BodyRef`), ``programme`` how a
    Programme was read (:class:`ProgrammeRef`), ``titles`` what the titles printed with a name say
    (:class:`Titles`); ``aliases`` other names the text gives it; the flags say what kind of mention it is.
    """

    start: int
    end: int
    type: str  # Official, Person, Agency, Place, Programme, Post
    name: str
    method: str
    confidence: float
    priority: int = 0  # higher wins an overlap (kg.ner.resolve.Priority)
    key: str = ""
    national: bool = False  # a national body (国务院, 国家税务总局)
    implied: bool = False  # a body a title implies but the text does not print (代理市长 → 开平市人民政府)
    unresolved: bool = False  # an abbreviation the article's jurisdictions do not resolve (市委, no city named)
    ner_only: bool = False  # a span of the statistical model that only kg ner reports
    same_as: "Candidate | None" = None  # the mention this one repeats (kg_resolve's propagation)
    titles: Titles = NO_TITLES
    role: str = ""  # a person's role printed with the name (记者, 摄影)
    label: str = ""  # the statistical model's label of its span
    division: DivisionRef = NO_DIVISION  # the division a Place names
    body: BodyRef = NO_BODY  # where an Agency stands
    programme: ProgrammeRef = NO_PROGRAMME  # how a Programme was read
    aliases: tuple[str, ...] = ()  # other names the text gives it (X（以下简称“Y”）, a quoted form's full name)

    def details(self) -> dict[str, str]:
        """The candidate's text details that are not empty, by name: what a mention and an entity
        carry as attributes (level, code, parent, place, place_code, role ...)."""
        found = {}
        if self.role:
            found["role"] = self.role
        if self.label:
            found["label"] = self.label
        # most candidates carry one of the three records; the shared empty ones give nothing, and
        # each gives only its fields that are not empty
        if self.division is not NO_DIVISION:
            found.update(self.division.strings())
        if self.body is not NO_BODY:
            found.update(self.body.strings())
        if self.programme is not NO_PROGRAMME:
            found.update(self.programme.strings())
        return found

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Candidate") -> bool:
        return self.start < other.end and other.start < self.end


class PhraseIndex:
    """Exact phrase lookup by first character: a fast longest-match scanner.

    >>> idx = PhraseIndex({"开平市": 1, "开平": 2, "水口镇": 3})
    >>> list(idx.finditer("开平市水口镇"))
    [(0, 3, '开平市', 1), (3, 6, '水口镇', 3)]
    """

    def __init__(self, phrases: dict[str, object] | Iterable[tuple[str, object]]):
        if isinstance(phrases, dict):
            table = dict(phrases)
        else:
            table = {}
            for phrase, value in phrases:
                table.setdefault(phrase, value)  # the first value of a phrase wins
        table.pop("", None)
        self.table: dict[str, object] = table
        self._by_first: dict[str, list[int]] | None = None
        # the lengths of the phrases that begin with each pair of characters, and the one-character
        # phrases: a scan tries only the lengths its next two characters can begin. Phrases are
        # grouped by length first (a few dozen lengths), so each pair is touched once a length.
        by_length: dict[int, list[str]] = {}
        for phrase in table:
            by_length.setdefault(len(phrase), []).append(phrase)
        self._singles: set[str] = set(by_length.pop(1, ()))
        pairs: dict[str, list[int]] = {}
        for n in sorted(by_length, reverse=True):
            for pair in {phrase[:2] for phrase in by_length[n]}:
                pairs.setdefault(pair, []).append(n)  # longest first
        self._pairs = pairs
        self._firsts: tuple[str, ...] | None = None  # the pairs' first characters (made when a scan needs them)
        self._patterns: list[str] | None = None  # the phrases in the automata's order
        self._automata: dict[bool, object] = {False: None, True: None}  # by ``overlapping``
        self._scanned = 0  # characters scanned without an automaton
        self._codes = None  # the pairs as sorted numbers (see _pairs_by_code), made when a scan needs them

    @property
    def _lengths(self) -> dict[str, list[int]]:
        """The lengths of the phrases that begin with each character, longest first (made when
        :meth:`matches_at` first needs them)."""
        if self._by_first is None:
            lengths: dict[str, set[int]] = {}
            for phrase in self.table:
                lengths.setdefault(phrase[0], set()).add(len(phrase))
            self._by_first = {c: sorted(ls, reverse=True) for c, ls in lengths.items()}
        return self._by_first

    @property
    def first_chars(self) -> frozenset[str]:
        """The characters the phrases begin with.

        >>> sorted(PhraseIndex({"开平市": 1, "水口镇": 3}).first_chars)
        ['开', '水']
        """
        return frozenset(self._lengths)

    def __contains__(self, phrase: str) -> bool:
        return phrase in self.table

    def get(self, phrase: str, default=None):
        return self.table.get(phrase, default)

    def matches_at(self, text: str, i: int) -> Iterator[tuple[int, str, object]]:
        """Every phrase starting at ``i``, longest first: (end, phrase, value); none at or past the text's end.

        An iterator over a list made at once, not a generator: the rules ask at most positions, and most
        begin no phrase (the one exhausted iterator then), so a generator's set-up costs more than the
        few lookups it would leave undone."""
        if i >= len(text):
            return _NO_MATCHES
        by_first = self._by_first
        if by_first is None:
            by_first = self._lengths
        lengths = by_first.get(text[i])
        if lengths is None:
            return _NO_MATCHES
        table = self.table
        found = []
        for n in lengths:
            s = text[i : i + n]
            if len(s) == n and s in table:
                found.append((i + n, s, table[s]))
        return iter(found)

    def finditer(self, text: str, start: int = 0, end: int | None = None, overlapping: bool = False):
        """Longest matches left to right: (start, end, phrase, value).

        With ``overlapping``, the longest match at every position that begins one (not only after
        the previous match). An index that has scanned :data:`AUTOMATON_AFTER` characters per
        phrase scans with an Aho–Corasick automaton from then on (built once, the same matches).
        """
        end = len(text) if end is None else end
        automaton = self._automata[overlapping]
        if automaton is None:
            # only the text scanned before counts: an index made for one text (a document's repeated
            # names) scans it once, cheaper than an automaton built for a single use
            if self._scanned >= AUTOMATON_AFTER * len(self.table) and self.table:
                automaton = self._automaton(overlapping)
            self._scanned += end - start
        if automaton is not None:
            try:
                found = automaton.find_matches_as_indexes(text[start:end] if start or end < len(text) else text,
                                                          overlapping=overlapping)
            except UnicodeEncodeError:  # a lone surrogate, which UTF-8 cannot hold: the scan below
                pass
            else:
                return self._matches(found, start, overlapping)
        return self._scan(text, start, end, overlapping)

    def _automaton(self, overlapping: bool):
        """The automaton of the phrases: leftmost-longest matches, or with ``overlapping`` every match."""
        import ahocorasick_rs

        kind = ahocorasick_rs.MatchKind.Standard if overlapping else ahocorasick_rs.MatchKind.LeftmostLongest
        if self._patterns is None:
            self._patterns = list(self.table)
        automaton = ahocorasick_rs.AhoCorasick(self._patterns, matchkind=kind, store_patterns=False)
        self._automata[overlapping] = automaton
        return automaton

    def _matches(self, found: list[tuple[int, int, int]], offset: int, overlapping: bool):
        patterns, table = self._patterns, self.table
        if overlapping:  # every match: keep the longest at each position
            longest: dict[int, int] = {}
            for k, a, b in found:
                if b > longest.get(a, (-1, -1))[1]:
                    longest[a] = (k, b)
            found = [(k, a, b) for a, (k, b) in sorted(longest.items())]
        out = []
        for k, a, b in found:
            phrase = patterns[k]
            out.append((a + offset, b + offset, phrase, table[phrase]))
        return iter(out)

    def __getstate__(self) -> dict:
        state = {k: getattr(self, k) for k in self.__slots__} if hasattr(self, "__slots__") else dict(self.__dict__)
        state["_automata"] = {False: None, True: None}  # automata are made again where they are needed
        state["_codes"] = None  # and the pairs' numbers
        return state

    def _scan(self, text: str, start: int, end: int, overlapping: bool):
        """The scan without an automaton: at each position that begins one of the phrases' first pairs
        of characters, the longest phrase there. The positions are found by C loops (the text's pairs of
        characters looked up in one ``map``), not one Python step a character: nine in ten characters of
        a news text begin no place name's pair. An index with one-character phrases scans every
        position (:meth:`_scan_each`)."""
        if self._singles:
            yield from self._scan_each(text, start, end, overlapping)
            return
        table = self.table
        seg = text[start:end]
        after = start  # with ``overlapping`` off, where the last match ended
        # (position, lengths) of each pair inside [start, end) that begins a phrase
        if getattr(self, "_firsts", None) is None:  # (an index pickled before there were _firsts has none)
            self._firsts = tuple(sorted({pair[0] for pair in self._pairs}))
        if len(self._firsts) * _FIND_PER_FIRST <= len(seg):
            found = self._pairs_by_first(seg, start)
        elif len(seg) >= _CODED_TEXT:
            found = self._pairs_by_code(text, start, end)
        else:
            found = filter(itemgetter(1), zip(count(start), map(self._pairs.get, _text_pairs(text, start, end))))
        for i, ls in found:
            if i < after:
                continue
            for m in ls:
                if i + m <= end:
                    s = text[i : i + m]
                    if s in table:
                        yield i, i + m, s, table[s]
                        if not overlapping:
                            after = i + m
                        break

    def _pairs_by_code(self, text: str, start: int, end: int) -> list[tuple[int, list[int]]]:
        """(position, lengths) of each pair of ``text[start:end]`` that begins a phrase, in order: each pair
        of code points as one number (:func:`_text_pair_codes`, shared by the indexes that scan one text in
        a row), hashed into this index's table of its pairs' numbers (a bit a slot, set for every pair:
        numpy finds the few positions whose slot is set), and the pair of each such position looked up as
        before. A pair that begins a phrase always has its slot set, so the positions are those a lookup of
        every pair's string finds, without making the strings."""
        import numpy as np

        table = getattr(self, "_codes", None)  # (an index pickled before there were _codes has none)
        if table is None:
            table = self._codes = _pair_table(_pair_codes(self._pairs))
        slots, shift = table
        keys = _text_pair_codes(text, start, end)
        get = self._pairs.get
        found = []
        for j in np.flatnonzero(slots[(keys * np.uint64(_HASH)) >> shift]).tolist():
            ls = get(text[start + j : start + j + 2])
            if ls:
                found.append((start + j, ls))
        return found

    def _pairs_by_first(self, seg: str, start: int) -> list[tuple[int, list[int]]]:
        """(position, lengths) of each pair of ``seg`` that begins a phrase, in order, found from the
        occurrences of the phrases' first characters (``str.find``): an index of a few names (a document's
        repeated names, a county's townships) has a few first characters, most of a text none of them."""
        pairs = self._pairs
        hits = []
        for ch in self._firsts:
            j = seg.find(ch)
            while j >= 0:
                ls = pairs.get(seg[j : j + 2])
                if ls and j + 1 < len(seg):
                    hits.append((start + j, ls))
                j = seg.find(ch, j + 1)
        hits.sort(key=itemgetter(0))
        return hits

    def _scan_each(self, text: str, start: int, end: int, overlapping: bool):
        i = start
        pairs, singles = self._pairs, self._singles
        table = self.table
        while i < end:
            ls = pairs.get(text[i : i + 2])
            n = 0
            if ls:
                for m in ls:
                    if i + m <= end:
                        s = text[i : i + m]
                        if s in table:
                            n = m
                            break
            if not n and text[i] in singles:
                n, s = 1, text[i]
            if n:
                yield i, i + n, s, table[s]
                if not overlapping:
                    i += n - 1
            i += 1
