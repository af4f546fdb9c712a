"""Typed relations between resolved mentions of one document.

Each function takes the cleaned text and the accepted candidates (with their entity keys
set) and yields :class:`Fact` records in cleaned coordinates; :mod:`kg.extract` maps them
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
from bisect import bisect_right
from dataclasses import dataclass, field

from .clean import split_sentences
from .gazetteer import Gazetteer
from .ner.base import Candidate
from .ner.programmes import VERBS
from .spans import SortedSpans, inside_any, outermost

__all__ = ["Fact", "extract_relations"]


@dataclass
class Fact:
    subject: str  # entity key
    predicate: str
    object: str
    start: int  # evidence span, cleaned coordinates
    end: int
    method: str
    confidence: float
    attrs: dict = field(default_factory=dict)


_VERB_RE = re.compile("|".join(sorted(VERBS + ("入选", "印发", "出台", "发布", "制定", "落实", "联合启动", "联合印发", "报送",
                                                 "获评", "成功入选", "荣获", "选址在"), key=len, reverse=True)))
_COORD = re.compile(r"^[、和与及]|^(以及|联合|会同)$")
_PRONOUNS = {"该局": ("Agency", "局"), "该中心": ("Agency", "中心"), "该所": ("Agency", "所"), "该委": ("Agency", "委"),
             "该部": ("Agency", "部"), "该馆": ("Agency", "馆"), "该镇": ("Place", "镇"), "该区": ("Place", "区"),
             "该市": ("Place", "市"), "该县": ("Place", "县"), "该街道": ("Place", "街道"), "该村": ("Place", "村"),
             "该社区": ("Place", "社区"),
             # the whole of the place the article is about: 全省深入推进“四好农村路”建设
             "全省": ("Place", "省"), "全市": ("Place", "市"), "全县": ("Place", "县"), "全区": ("Place", "区"),
             "全镇": ("Place", "镇")}
_PRONOUN_RE = re.compile("|".join(sorted(_PRONOUNS, key=len, reverse=True)))
# what may open a clause before 全省/全市 as its subject: punctuation, then perhaps a time
_WHOLE_LEAD = re.compile(r"(^|[，。；：！？\n])(近年来|今年以来|去年以来|近期|目前|当前|\d{4}年(以来)?|)$")


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
                      sentences: list[tuple[int, int]] | None = None) -> list[Fact]:
    """All typed facts of one document. ``article_of(pos)`` gives an article index; ``sentences``
    are the (start, end) spans the rules read one at a time (by default, the sentences of the
    text: kg.extract passes them cut to a bounded length)."""
    sentences = split_sentences(text) if sentences is None else sentences
    facts: list[Fact] = []
    facts += _holds_post(text, mentions, sentences)
    facts += _located_in(mentions, sentences)
    facts += _sub_organization(mentions, sentences)
    facts += _part_of(text, mentions, sentences, gaz)
    facts += _implements(text, mentions, sentences, article_of)
    return facts


def _ev(sentences, c: Candidate) -> tuple[int, int]:
    return _sentence_of(sentences, c.start)


def _holds_post(text, mentions, sentences) -> list[Fact]:
    out = []
    by_span = {(c.start, c.end): c for c in mentions if c.type == "Agency"}
    for c in mentions:
        if c.type != "Official":
            continue
        for org in c.attrs.get("orgs", []):
            target = org if org.attrs.get("implied") else by_span.get((org.start, org.end))
            if target is None or not target.key:
                continue
            title = next((t for t, name, _ in c.attrs.get("posts", []) if name == org.name), "")
            mod = next((m for t, name, m in c.attrs.get("posts", []) if name == org.name), "")
            s = c.attrs.get("post_span", (c.start, c.end))[0]
            out.append(Fact(c.key, "holdsPost", target.key, min(s, c.start), c.end, "pattern-title-name", c.confidence,
                            attrs={"title": title, "qualifier": mod}))
    return out


def _located_in(mentions, sentences) -> list[Fact]:
    out = []
    places = {c.attrs.get("code"): c for c in mentions if c.type == "Place" and c.attrs.get("code")}
    place_keys = {c.key for c in mentions if c.type == "Place"}
    # an agency printed in the text is its own evidence; a body a title implies but does not print
    # (市长陈小曼 → 开平市人民政府) is stated by the title and name that imply it
    stated = [(c, c.start, c.end) for c in mentions if c.type == "Agency"]
    stated += [(o, min(c.attrs.get("post_span", (c.start, c.end))[0], c.start), c.end)
               for c in mentions if c.type == "Official" for o in c.attrs.get("orgs", []) if o.attrs.get("implied")]
    for c, start, end in stated:
        code = c.attrs.get("place_code")
        key = f"Place/{code}" if code else ""
        if key and key in place_keys and end > start:
            out.append(Fact(c.key, "locatedIn", key, start, end, "jurisdiction", 0.9 if code in places else 0.8))
    return out


def _sub_organization(mentions, sentences) -> list[Fact]:
    out = []
    agencies = {c.name: c for c in mentions if c.type == "Agency" and c.key}
    for c in mentions:
        parent = c.attrs.get("parent") if c.type == "Agency" else None
        if parent and parent in agencies and agencies[parent].key != c.key:
            p = agencies[parent]
            s, e = (min(c.start, p.start), max(c.end, p.end)) if abs(c.start - p.start) < 80 else (c.start, c.end)
            out.append(Fact(c.key, "subOrganizationOf", p.key, s, e, c.method, 0.85))
    return out


def _part_of(text, mentions, sentences, gaz: Gazetteer) -> list[Fact]:
    out = []
    places = [c for c in mentions if c.type == "Place" and c.attrs.get("code")]
    by_code: dict[str, list[Candidate]] = {}
    for c in places:
        by_code.setdefault(c.attrs["code"], []).append(c)
    # the mentions of one place never overlap: sorted by start, they are sorted by end too
    sorted_code = {code: SortedSpans(cs) for code, cs in by_code.items()}
    seen = set()
    # written side by side: 开平市水口镇
    for c in places:
        parent = c.attrs.get("chained_to")
        if parent and parent in by_code:
            d = gaz.get(c.attrs["code"])
            if d is not None and d.parent == parent:
                p = sorted_code[parent].ending_by(c.start)
                s = p.start if p is not None else c.start
                k = (c.key, f"Place/{parent}")
                if k not in seen:
                    seen.add(k)
                    out.append(Fact(c.key, "partOf", f"Place/{parent}", s, c.end, "adjacent-names", 0.95))
    # villages missing from the gazetteer, written after their town (白头镇五星村)
    for c in mentions:
        if c.type == "Place" and not c.attrs.get("code") and c.attrs.get("chained_to") in by_code:
            k = (c.key, f"Place/{c.attrs['chained_to']}")
            if k not in seen:
                seen.add(k)
                p = sorted_code[c.attrs["chained_to"]].ending_by(c.start) or c
                out.append(Fact(c.key, "partOf", k[1], p.start, c.end, "adjacent-names", 0.85))
    # a place and its administrative parent on the same page
    for code, cs in by_code.items():
        d = gaz.get(code)
        if d is None or not d.parent or d.parent not in by_code:
            continue
        k = (cs[0].key, f"Place/{d.parent}")
        if k in seen:
            continue
        seen.add(k)
        # evidence: a sentence holding both, else the child's first mention
        best = None
        for c in cs:
            s, e = _sentence_of(sentences, c.start)
            if sorted_code[d.parent].first_in(s, e) is not None:
                best = (s, e)
                break
        if best is None:
            best = _sentence_of(sentences, cs[0].start)
        out.append(Fact(cs[0].key, "partOf", f"Place/{d.parent}", best[0], best[1], "gazetteer-parent",
                        0.8 if best != _sentence_of(sentences, cs[0].start) or True else 0.7))
    return out


_COORDINATION = re.compile(r"、|和|与|及|以及|同|(将|还|并|已)?(联合|会同|携手|协同)")
_PREPOSITION_BEFORE = re.compile(r"(与|同|向|对|跟|给|让|被|把|从|为|在|于)$")
_JOINT_AFTER = re.compile(r"(联合|共同|一同|一起|携手|签署|签订|合作|共建)")


def _actors_before(text: str, actors: list[Candidate], pos: int, sent_start: int) -> list[Candidate]:
    """The actor nearest before ``pos`` in the sentence, with those coordinated with it
    (开平市委社会工作部、团开平市委、长沙街道办联合启动). Names written side by side
    (台山市台城街道) are one actor: the last. ``actors``: those that start in the sentence
    before ``pos``."""
    before = [a for a in actors if sent_start <= a.start and a.end <= pos]
    # the object of a preposition is not the subject (开平市医保局加强与市行政服务中心…沟通协作，…实现“一窗通办”),
    # unless the two act together (与开平市政府联合印发)
    before = [a for a in before if not (_PREPOSITION_BEFORE.search(text, max(0, a.start - 2), a.start)
                                        and text[max(0, a.start - 2) : a.start] not in ("会同", "协同", "连同")
                                        and not _JOINT_AFTER.match(text, a.end))]
    if not before:
        return []
    before.sort(key=lambda a: a.end)
    chosen = [before[-1]]
    for a in reversed(before[:-1]):
        gap = text[a.end : chosen[-1].start]
        if _COORDINATION.fullmatch(gap):  # 井岸镇人民政府联合区人社局启动, 农业农村部将会同财政部
            chosen.append(a)
            continue
        if gap == "":
            continue  # 台山市台城街道: the earlier name only says where the later one is
        break
    return chosen


_GOVERN = re.compile("|".join(sorted(set(VERBS) | {"入选", "印发", "出台", "发布", "制定", "落实", "联合启动", "联合印发",
                                                 "报送", "获评", "荣获", "实现", "坚持", "确保", "建立", "引进", "整合", "列为", "确定为", "评为",
                                                 "深化", "开展", "推行", "试点", "承办", "主办", "举办", "上线", "推出"},
                                   key=len, reverse=True)))
_SITE = re.compile(r"(选址在|选址于|落户|落地在|落地于)")
_PILOT = re.compile(r"以([^，。；、]{2,12}?)(为试点|作为试点|为示范点)")


_INSTITUTION_AFTER = re.compile(
    r"(?:(?![的了在与和及将对为是把从向等已被于以到让使并也都就而还又有这那其推进实施开展启动入选落实打造])[\u4e00-\u9fff]){0,8}?"
    r"(科学院|研究院|研究所|研究中心|大学|学院|医院|公司|集团|银行|协会|学会|商会|学校|中学|小学|幼儿园)"
)


class _Actor:
    """A pronoun (该局, 该镇) standing for the entity it refers to."""

    def __init__(self, ref: Candidate, start: int, end: int):
        self.ref, self.start, self.end, self.key, self.type = ref, start, end, ref.key, ref.type


def _implements(text, mentions, sentences, article_of) -> list[Fact]:
    out = []
    progs = [c for c in mentions if c.type == "Programme" and c.key]
    agencies = [c for c in mentions if c.type == "Agency" and c.key]
    places = [c for c in mentions if c.type == "Place" and c.key]
    named = agencies + places
    # actors: the outermost agencies and places (开平市医保局, not the 开平市 inside it), and pronouns;
    # every containment test is a sorted sweep (kg.spans), never each mention against all others
    actors = outermost(named)
    actors = [a for a, inside in zip(actors, inside_any(actors, progs)) if not inside]
    # a place that begins an institution's name (湖南省农业科学院, 开平市第一中学) is not the subject
    actors = [a for a in actors if a.type != "Place" or not _INSTITUTION_AFTER.match(text, a.end)]
    # the body in an official's title (省委常委、副省长张志远…强调) is not the sentence's subject
    titles = [c.attrs["post_span"] for c in mentions if c.type == "Official" and c.attrs.get("post_span")]
    actors = [a for a, inside in zip(actors, inside_any(actors, titles)) if not inside]
    referents = _Referents(named)
    for m in _PRONOUN_RE.finditer(text):
        if m.group().startswith("全") and not _WHOLE_LEAD.search(text, max(0, m.start() - 8), m.start()):
            continue  # 全市 is the subject only where it opens its clause (近年来，全省深入推进…), not 在全市开展
        ref = referents.resolve(m.group(), m.start(), article_of)
        if ref is not None:
            actors.append(_Actor(ref, m.start(), m.end()))
    # officials, for participatesIn: “我们将推进‘百千万工程’。”关华俊说 has no body as its subject
    actors += [c for c in mentions if c.type == "Official" and c.key]
    actors.sort(key=lambda c: c.start)
    by_start = SortedSpans(actors)  # stable: the same order as actors
    sentence_ends = [e for _, e in sentences]
    by_end: dict[int, list] = {}
    rank = {}
    for i, a in enumerate(actors):
        by_end.setdefault(a.end, []).append(a)
        rank[id(a)] = i
    seen = set()

    def add(actor, prog: Candidate, s: int, e: int, method: str, conf: float, explicit: bool = False) -> None:
        k = (actor.key, prog.key)
        if k in seen or actor.key == prog.key:
            return
        if actor.type == "Official" and not explicit:
            return  # an official takes part only where the text says he does (关华俊带头推进“百千万工程”)
        seen.add(k)
        # an official who carries a programme out takes part in it; bodies and places implement it
        predicate = "participatesIn" if actor.type == "Official" else "implements"
        out.append(Fact(actor.key, predicate, prog.key, s, e, method, conf))

    # cities and counties by name, each with its first place in ``named``
    owners: dict[str, tuple[int, Candidate]] = {}
    for i, a in enumerate(named):
        if a.attrs.get("level") in ("city", "county"):
            owners.setdefault(a.name, (i, a))
    longest_owner = max((len(n) for n in owners), default=0)
    for p in progs:
        ps = p.start - 1 if p.start and text[p.start - 1] in "“《" else p.start
        s_start, s_end = _sentence_of(sentences, p.start)
        # the owner named in the programme's name: 开平市森林GEP转化…项目, 《珠海市推进健康珠海行动实施意见》
        stem = p.name.lstrip("《")
        found = [owners[stem[:n]] for n in range(1, min(len(stem), longest_owner) + 1) if stem[:n] in owners]
        owner = min(found, key=lambda x: x[0])[1] if found else None
        if owner is not None:
            add(owner, p, s_start, s_end, "owner-in-name", 0.7)
        # possessive: 开平市委“六大行动”, 江门市公安局“优才专区”
        for a in sorted(by_end.get(ps, []) + [x for x in by_end.get(ps - 1, []) if text[x.end] == " "],
                        key=lambda x: rank[id(x)]):
            add(a, p, a.start, p.end + 1, "actor-then-programme", 0.8)
        sentence = text[s_start:s_end]
        # 作为…的地区，开平市…; 除了“医保视频办”服务，开平市医保局还…: the subject follows the comma
        if re.match(r"^(作为|除了|除)", sentence) and "，" in sentence:
            comma = s_start + sentence.index("，")
            if p.start < comma:
                after = by_start.starting_in(comma + 1, s_end)
                if after:
                    add(after[0], p, s_start, s_end, "subject-after-clause", 0.7)
                    continue
        # a pilot or a site: 以长沙街道为试点, 项目选址在赤水镇、金鸡镇
        for m in _PILOT.finditer(sentence):
            for a in by_start.starting_in(s_start + m.start(1), s_start + m.end(1)):
                if a.end <= s_start + m.end(1):
                    add(a, p, s_start, s_end, "pilot-site", 0.75)
        # a meeting held for it: 韶关市召开全市“百千万工程”推进会
        pe = p.end + 1 if p.end < len(text) and text[p.end] in "”》" else p.end
        if _MEETING_AFTER.match(text, pe):
            hold = None
            for m in _HOLD.finditer(text, max(s_start, ps - 12), ps):
                hold = m
            subj = _actors_before(text, by_start.starting_in(s_start, hold.start()), hold.start(), s_start) if hold else []
            for a in subj:
                if a.type != "Official":
                    add(a, p, s_start, min(s_end, pe + 4), "meeting-for-programme", 0.7)
            if subj:
                continue
        # a governing verb between the subject and the programme
        window_start = max(s_start, ps - 20)
        vm = None
        for m in _GOVERN.finditer(text, window_start, ps):
            vm = m
        if vm is None:
            continue
        subj = _actors_before(text, by_start.starting_in(s_start, vm.start()), vm.start(), s_start)
        if subj:
            for a in subj:
                # an official is the doer only when the verb follows the name (带头推进, 亲自部署)
                explicit = a.type == "Official" and bool(_DOER_GAP.fullmatch(text[a.end : vm.start()]))
                add(a, p, s_start, min(s_end, p.end + 1), "subject-verb-programme", 0.7, explicit)
            continue
        # no subject in the sentence: the topic of the sentence before, in the same paragraph
        prev = _previous_topic(text, by_start, sentences, sentence_ends, s_start)
        if prev is not None:
            add(prev, p, prev.start, min(s_end, p.end + 1), "topic-verb-programme", 0.55)
    # 项目选址在赤水镇、金鸡镇: the places take part in the project just named
    projects = sorted((p for p in progs if re.search(r"(项目|工程|基地)$", p.name)), key=lambda p: p.end)
    project_ends = [p.end for p in projects]
    for m in _SITE.finditer(text):
        i = bisect_right(project_ends, m.start()) - 1
        if i < 0:
            continue
        # the project that ends last before the cue (the first of those ending there), in its article
        i = bisect_right(project_ends, project_ends[i] - 1)
        target = projects[i]
        if article_of(target.start) != article_of(m.start()):
            continue
        s_start, s_end = _sentence_of(sentences, m.start())
        if _SITE.search(text, s_start, s_end).start() != m.start():
            continue  # one cue a sentence: its first
        for a in by_start.starting_in(m.end(), s_end):
            if a.type == "Place":
                add(a, target, s_start, s_end, "project-site", 0.7)
    return out


#: a meeting about a programme, and the verbs that hold one
_MEETING_AFTER = re.compile(r"(工作)?(推进会|推进大会|部署会|动员会|动员大会|现场会|工作会议|工作会|誓师大会|启动会|启动仪式)")
_HOLD = re.compile(r"(召开|举行|举办|组织召开)")

#: what may stand between an official and the verb that makes him take part in a programme
_DOER_GAP = re.compile(r"(带头|亲自|牵头|率先|积极|主动|全力|持续|同志)?")


def _previous_topic(text: str, actors: SortedSpans, sentences, ends: list[int], s_start: int):
    """The first actor of the previous sentence when it opens that sentence (zero anaphora);
    ``ends``: the sentences' ends."""
    i = bisect_right(ends, s_start) - 1
    if i < 0:
        return None
    ps, pe = sentences[i]
    if "\n" in text[pe:s_start]:
        return None  # a new paragraph
    first = actors.first_in(ps, pe)
    if first is None or not _TOPIC_LEAD.fullmatch(text[ps : first.start]):
        return None
    return first


# what may stand before a sentence's topic: a time, then a comma
_TOPIC_LEAD = re.compile(r"(\d{1,2}月\d{1,2}日(上午|下午)?|近日|日前|今年|目前|近年来|同时|此外|\d{4}年(以来)?)?[，]?")


class _Referents:
    """What 该局, 该镇, 全省 … can stand for: the named bodies and places of each kind by start."""

    def __init__(self, named: list) -> None:
        self.named = named
        self._index: dict[tuple[str, str], tuple[list[int], list]] = {}

    def resolve(self, word: str, pos: int, article_of) -> Candidate | None:
        """该局 → the last 局 named before it in the article (全省 → the last 省); of two named at
        one position, the first in ``named``."""
        typ, head = _PRONOUNS[word]
        if (typ, head) not in self._index:
            order = sorted(((a.start, -i, a) for i, a in enumerate(self.named)
                            if a.type == typ and a.name.endswith(head)), key=lambda x: (x[0], x[1]))
            self._index[(typ, head)] = ([x[0] for x in order], [x[2] for x in order])
        starts, items = self._index[(typ, head)]
        i = bisect_right(starts, pos - 1) - 1
        if i < 0 or article_of(items[i].start) != article_of(pos):
            return None
        return items[i]
