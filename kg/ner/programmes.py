"""Named programmes, campaigns, projects, pilots and policy documents, found from cues.

Cues: a programme lexicon of well-known national and provincial schemes; quoted names
(“百千万工程”) with a programme head noun inside or after the quote, or a governing verb
before it (实施/推进/落实/入选/启动 ...); policy documents in 《》 whose title ends in a
document noun (规划/方案/意见/办法 ...); and unquoted noun phrases after a governing verb
that end in a programme head (…工作方案, …试点, …学习教育).
"""
from __future__ import annotations

import functools
import re

from ..gazetteer import Gazetteer
from ..lexicon import Lexicon, default_lexicon
from .base import Candidate, PhraseIndex

__all__ = ["ProgrammeFinder", "programme_finder", "HEADS", "VERBS"]

#: nouns that end a programme name
HEADS = ("三年行动计划", "行动计划", "专项行动", "行动", "工程", "计划", "规划", "试点", "改革", "工作法", "战略",
         "项目", "示范带", "示范区", "攻坚战", "学习教育", "主题教育", "工作方案", "实施方案", "方案", "制", "模式", "机制",
         "政策", "服务", "品牌", "专区", "创建", "建设", "工作", "活动", "倡议", "体系", "平台")
# heads that name a programme only when the phrase is quoted or cued by a verb
_WEAK_HEADS = ("服务", "模式", "机制", "政策", "品牌", "专区", "建设", "工作", "活动", "体系", "平台", "制", "创建")
#: verbs that govern a programme
VERBS = ("深入实施", "创新实施", "深化实施", "全面实施", "组织实施", "实施", "深入推进", "全面推进", "加快推进", "推进", "落实",
         "入选", "启动", "开展", "打造", "推动", "贯彻", "上线", "推出", "建立", "构建", "创建", "探索", "实行", "推行", "参与",
         "携手", "依托", "印发", "制定", "出台", "发布", "部署", "助力", "聚焦", "围绕", "融入", "服务", "深化", "巩固",
         "擦亮", "获批", "列入", "纳入", "申报", "承接", "试行", "执行", "宣传", "践行", "投身", "配合", "贯彻落实", "扎实开展")
# words after a closing quote that mark the quoted name as a programme
_AFTER_QUOTE = re.compile(
    r"^(工程|行动|改革|试点|专项行动|全国示范县|示范县|示范市|示范区|具体部署|部署|工作要求|工作安排|志愿服务|系列活动|"
    r"模式|机制|专区|项目|计划|战略|政策|建设|创建工作|试点单位)"
)
# after a quote, these make it a requirement, a category or an honour, not a programme
_NOT_PROGRAMME_AFTER = re.compile(r"^(重要要求|重要讲话|重要指示|指示|精神|要求|理念|思想|类|称号|荣誉|奖项|奖|案例|典型|专栏|栏目|"
                                  r"力度|的力度|标准|品牌|商标|产品|地理标志|金字招牌|招牌|名片)")
_DOC_HEADS = re.compile(r"(规划|方案|意见|办法|通知|措施|计划|条例|决定|纲要|细则|规定|通报|公告|指引|标准|清单|政策措施|若干措施|实施意见|指导意见|管理办法)(（[^）]{0,20}）)?$")
_BAD_QUOTE = re.compile(r"[，。！？；：…]|^[\d.%]+$|^[一二三四五六七八九十]+$")
#: after a quote, heads that complete the programme's name (“1310”具体部署, “放管服”改革)
_NAMING_HEADS = re.compile(r"^(具体部署|工作安排|改革|工程|行动计划|行动)")
#: after a quote, the rest of a programme's name up to its head (“温泉+”文旅融合行动)
_TAIL_AFTER_QUOTE = re.compile(r"([\u4e00-\u9fff]{1,6}?)(专项行动|行动计划|行动|工程|计划|试点)(?![\u4e00-\u9fff]{0,1}(的|中|里|上))")
_TAIL_STOP = ("的", "和", "与", "及", "等", "是", "在", "为", "了", "将", "推进", "实施", "开展", "推动", "加快", "建设", "项目")
#: verbs that make a quoted phrase a programme by themselves
STRONG_VERBS = ("深入实施", "创新实施", "深化实施", "全面实施", "组织实施", "实施", "深入推进", "全面推进", "加快推进", "推进", "落实",
                "贯彻落实", "入选", "启动", "开展", "扎实开展", "推行", "实行", "试行", "获批", "列入", "纳入", "印发", "出台",
                "制定", "发布", "参与", "践行", "投身", "携手", "擦亮", "推出", "上线")
#: words allowed between a strong verb and the quote (推出县级“医保视频办”)
_VERB_GAP = r"(?:县级|市级|省级|区级|全国|全省|首个|首批|第[一二三四五六七八九十\d]+批|新一批|了)?"
_VERB_START = ("推动", "推进", "促进", "加快", "实施", "开展", "启动", "建设", "打造", "做好", "抓好", "助力")
_FILLER = re.compile(r"^(第[一二三四五六七八九十\d]+批|首批|新一批|年度|\d{4}年(度)?|全国|全省|全市)")


class ProgrammeFinder:
    def __init__(self, lex: Lexicon):
        self.lexicon = PhraseIndex(lex.patterns("Programme"))

    def find(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        for s, e, surface, cid in self.lexicon.finditer(text):
            out.append(Candidate(s, e, "Programme", cid, "lexicon", 0.9, priority=37, attrs={"surface": surface}))
        out += self._quoted(text)
        out += self._documents(text)
        out += self._unquoted(text)
        return out

    def _quoted(self, text: str) -> list[Candidate]:
        out = []
        for m in re.finditer(r"“([^“”\n]{2,30})”", text):
            inner = m.group(1).strip()
            naming = _NAMING_HEADS.match(text[m.end() : m.end() + 6])
            if _BAD_QUOTE.search(inner) and not (naming and re.fullmatch(r"[\d+\s]+", inner)):
                continue
            after = text[m.end() : m.end() + 8]
            # chains of quotes (推出“一号联办”“五日结”专项特色服务) share the cue of the chain
            j = m.end()
            while text.startswith("“", j):
                k = text.find("”", j + 1)
                if k < 0 or k - j > 32:
                    break
                j = k + 1
            after_chain = text[j : j + 8]
            i = m.start()
            while i > 0 and text[i - 1] == "”":
                k = text.rfind("“", 0, i - 1)
                if k < 0 or i - k > 32:
                    break
                i = k
            before_chain = text[max(0, i - 6) : i]
            slogan = any(c in inner for c in "、-—+") or len(inner) < 3
            head = next((h for h in HEADS if inner.endswith(h)), "")
            head_inside = bool(head) and head not in _WEAK_HEADS and not slogan and len(inner) - len(head) >= 2
            known = any(inner.startswith(p) for p in self.lexicon.table)  # “南粤家政·万家灯火”
            service_mode = inner.endswith("办") and text.startswith("服务", m.end())  # “医保视频办”服务
            m_after = (_AFTER_QUOTE.match(after_chain) or _AFTER_QUOTE.match(after)) and not (slogan and not naming)
            verb_before = re.search(r"(" + "|".join(STRONG_VERBS) + r")" + _VERB_GAP + "$", before_chain)
            known = known and not slogan
            negative = _NOT_PROGRAMME_AFTER.match(after) and not m_after
            verb_ok = verb_before and not slogan and len(inner) >= 4 and not (head and head in _WEAK_HEADS)
            # a quoted brand then the rest of the name: 实施“温泉+”文旅融合行动, “百千万工程”九佛行动
            tail = None if (head_inside or m_after or known or service_mode) else _TAIL_AFTER_QUOTE.match(text, m.end())
            if tail and any(w in tail.group(1) for w in _TAIL_STOP):
                tail = None
            if negative or not (head_inside or m_after or known or service_mode or verb_ok or tail):
                continue
            name = inner
            attrs = {"surface": inner}
            if tail:
                name = attrs["surface"] = inner + tail.group()
                out.append(Candidate(m.start() + 1, tail.end(), "Programme", name, "cue-quoted-tail", 0.7, priority=36,
                                     attrs=attrs))
                continue
            np = self._np_before(text, i)
            if np and head_inside:
                attrs["context_aliases"] = [inner]
                name = np + inner
            f = _FILLER.match(name)
            trimmed = name[f.end() :] if f else name
            trimmed = re.sub(r"(单位|名单)$", "", trimmed)
            if trimmed != name and len(trimmed) >= 4:  # “首批文化产业赋能乡村振兴省级试点单位”
                attrs["aliases"] = [name]
                name = trimmed
            if naming and not head_inside:
                attrs["long"] = inner + naming.group()
            # a known scheme quoted without its head (“千村示范、万村整治”工程) takes the lexicon's name
            known_id = self.lexicon.get(attrs.get("long", "")) or self.lexicon.get(inner)
            if known_id and known_id != name:
                attrs.setdefault("aliases", []).append(name)
                name = str(known_id)
            conf = 0.85 if head_inside else 0.75 if m_after else 0.65
            # a quoted name that extends a known scheme (“南粤家政·万家灯火”) is the programme, not the scheme in it
            extends_known = known and inner not in self.lexicon.table
            out.append(Candidate(m.start() + 1, m.end() - 1, "Programme", name, "cue-quoted", conf,
                                 priority=38 if extends_known else 36,
                                 attrs=attrs))
        return out

    _NP_BEFORE = re.compile(
        r"(?:纳入|列入|开展|实施|推进|落实|启动|参与)([\u4e00-\u9fff]{4,12})$"
    )

    def _np_before(self, text: str, quote: int) -> str:
        """The unquoted head of a programme name: 纳入推进人才高地建设“百日行动” → 推进人才高地建设."""
        m = self._NP_BEFORE.search(text[max(0, quote - 16) : quote])
        if not m:
            return ""
        np = m.group(1)
        if any(c in np for c in "的了是在和与及将把被对为以") or re.search(r"(市|省|区|县|镇|委|局|府|厅|部|办|中心)$", np) \
                or np.startswith(("让", "使", "要", "把", "为", "以", "将")):
            return ""
        return np

    def _documents(self, text: str) -> list[Candidate]:
        out = []
        for m in re.finditer(r"《([^《》\n]{3,60})》", text):
            inner = m.group(1)
            if not _DOC_HEADS.search(inner):
                continue
            out.append(Candidate(m.start(), m.end(), "Programme", f"《{inner}》", "cue-document", 0.85, priority=37,
                                 attrs={"surface": m.group()}))
        return out

    _UNQUOTED = re.compile(
        r"(?:" + "|".join(sorted(STRONG_VERBS, key=len, reverse=True)) + r")((?:第[一二三四五六七八九十\d]+批|首批)?"
        r"[\u4e00-\u9fffA-Za-z0-9（）()+]{4,34}?(?:行动计划|学习教育|主题教育|工作方案|实施方案|试点|工程|专项行动|三年行动|行动|项目|签注政策|准入政策|人才政策))"
        r"(?:工作|单位|建设)?(?=[，。、；“”\s]|$|正式|已|全面|取得|工作|单位|建设|落地|动工|开工|的|中|以来|成果)"
    )

    _POLICY = re.compile(
        r"(?:" + "|".join(sorted(STRONG_VERBS, key=len, reverse=True)) + r")的([\u4e00-\u9fff]{4,20}政策)(?=[，。、；“”\s]|$)"
    )

    def _unquoted(self, text: str) -> list[Candidate]:
        out = []
        for m in self._POLICY.finditer(text):  # 试点实施的往来港澳人才签注政策
            inner = m.group(1)
            if not any(c in inner for c in "的了是将把被以为及和与"):
                out.append(Candidate(m.start(1), m.end(1), "Programme", inner, "cue-verb-policy", 0.55, priority=33,
                                     attrs={"surface": inner}))
        for m in self._UNQUOTED.finditer(text):
            inner = m.group(1)
            s = m.start(1)
            f = _FILLER.match(inner)
            if f:
                inner, s = inner[f.end() :], s + f.end()
            if len(inner) < 5 or any(c in inner for c in "的了是将把被以为及"):
                continue
            if "“" in inner or "”" in inner:
                continue
            out.append(Candidate(s, s + len(inner), "Programme", inner, "cue-verb-phrase", 0.6, priority=33,
                                 attrs={"surface": inner}))
        # a project that breaks ground or starts: 开平市首批森林GEP转化绿色生态百千万项目正式动工
        for m in self._STARTED.finditer(text):
            inner, s = m.group(1), m.start(1)
            owner = ""
            pm = re.match(r"^([\u4e00-\u9fff]{2,4}?)?(首批|第[一二三四五六七八九十\d]+批)", inner)
            if pm:  # 开平市首批森林GEP…项目: the owner's name stays, the batch goes
                owner = pm.group(1) or ""
                inner, s = inner[pm.end() :], s + pm.end()
                place = Gazetteer.load().resolve(owner) if owner else None
                owner = place.name if place is not None and place.level in ("province", "city", "county") else ""
            if len(inner) < 6 or any(c in inner for c in "的了是将把被以为及") or inner.startswith(_VERB_START):
                continue
            attrs = {"surface": inner}
            name = inner
            if owner:
                name = owner + inner
                attrs["aliases"] = [inner]
            out.append(Candidate(s, s + len(inner), "Programme", name, "cue-project-start", 0.55, priority=33,
                                 attrs=attrs))
        return out

    _STARTED = re.compile(
        r"(?:(?<=[，。、\s])|(?<=^))([\u4e00-\u9fffA-Za-z0-9]{4,34}?(?:项目|工程|基地))"
        r"(?:第一批项目|首批项目)?(?:举行集中)?(?:正式)?(?:动工|开工|启动|落地|投产|竣工)"
    )


@functools.lru_cache(maxsize=1)
def programme_finder() -> ProgrammeFinder:
    return ProgrammeFinder(default_lexicon())
