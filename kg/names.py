"""Chinese personal names: whether a string may be one, and where one ends in running text.

One home for the question "is this a person's name", asked by the byline parser
(:mod:`kg.articles`), the people finder (:mod:`kg.ner.people`) and the statistical model's
component (:func:`model_person`). A name is a known surname (one or two characters,
``kg/data/surnames.tsv``) and one or two given-name characters; it is never an ordinary word
(``kg/data/common_words.txt``) nor an anonymised form (李女士). The words and characters around
names are in the lexicon (seeds/lexicons/people.jsonl, titles.jsonl).

>>> is_person_name("陈小曼"), is_person_name("市委书记")
(True, False)
"""
from __future__ import annotations

import re

from .lexicon import Lexicon, common_words, lexicon, lexicon_cache, ordinary_words, surnames

__all__ = ["is_person_name", "surname_first", "given_name_ok", "name_end", "model_person", "anonymised", "never_a_name", "press_desk_name", "names_a_vessel", "model_name_end", "reads_as_words", "MIN_SURNAME_TF",
           "MIN_CUED_SURNAME_TF"]

#: surnames rarer than this need the statistical model's support to start a name
MIN_SURNAME_TF = 10
#: right after a title or a role's colon (副区长怀友焕, 作者：鱼建国) a surname this frequent starts a name without the
#: model's support: the ranks 300 to 500 of the surname list (怀, 鱼, 衣); the floor of the list (5) holds words (是, 有)
MIN_CUED_SURNAME_TF = 5.5


class _Vocabulary:
    """The lexicon's words and character sets around names."""

    def __init__(self, lex: Lexicon):
        #: the verbs of a post taken or held end a name as AfterName's words do (某局局长张明调任…, 张明任…)
        self.after_name = tuple(dict.fromkeys((*lex.words("AfterName"), *lex.words("PostVerb"))))
        self.after_name_long = tuple(w for w in self.after_name if len(w) >= 2)  # 笑着: a word a name's end never splits
        self.after_name_in_word = lex.chars("AfterNameInWord")  # 呼吁大家: 家 no home of a name's when 大家 is a word
        self.boundary = lex.chars("NameBoundary")
        self.anonymous = lex.regex(r"^{AnonymousForm}")
        self.anonymous_forms = frozenset(lex.words("AnonymousForm"))
        self.kin_address = lex.chars("KinAddress")  # 江叔, 王姐: a surname and a kinship term, closed, is no name
        self.press_desk = frozenset(lex.words("PressDeskMark"))  # 梅公宣: a body's press desk signing as a correspondent
        self.name_end_stop = lex.chars("NameEndStop")
        self.third_stop = lex.chars("NameThirdStop")
        self.two_char_follower = lex.chars("TwoCharNameFollower")
        self.person_words = frozenset(lex.words("Role")) | frozenset(lex.words("Post")) \
            | frozenset(w for w in lex.words("AfterName", "speech") if len(w) == 1) \
            | frozenset(lex.words("NotGivenName"))  # 第一书记常说：: 说 is no given name; 青年回农村: nor is 农村
        self.not_name_chars = lex.chars("NotNameChar")
        self.function_surnames = lex.chars("FunctionWordSurname")
        self.name_close = lex.chars("NameClose")
        self.needs_object = lex.chars("NeedsObject")
        self.complement_before_quote = lex.chars("ComplementBeforeQuote")  # 念好“产业经”: a verb and its result, no name
        self.tenure_after_title = tuple(lex.words("TenureAfterTitle"))  # 局长任上: the post's term, no name
        self.closing_verbs = lex.chars("NameEndBeforeClose")  # 副县长张方来，: the verb is the name's last character
        self.speech_after_closing = tuple(lex.words("SpeechAfterClosingVerb"))  # 庭长钱宏来说，: so before 说 that closes
        self.frame_before_name = lex.chars("FrameBeforeName")  # 对王刚来说，: a frame, not the name's last character
        self.date_after = lex.regex(r"[0-9０-９]{1,2}(?:{DateUnit})")  # 才有为7月4日: a date follows the name
        self.ends_before_date = lex.chars("NameEndBeforeDate")  # 为 (才有为7月4日), never 于 (龙刚于5月4日)
        self.verbs_after_name = tuple(e.pattern for e in lex.of("AfterName") if e.get("verb"))
        self.transliterated = lex.chars("TransliteratedNameChar")
        self.word_given_names = frozenset(lex.words("WordGivenName"))  # 向前进, 于建国: a given name that is a word too
        # around a name the statistical model reads (model_person): the characters it may follow, the titles that
        # may follow it (陈伟市长带队), how a place's name ends, a list of places sharing their level, a photo credit
        self.name_start = lex.chars("NameStart")
        self.titles_after = lex.words("Post", "after_name")
        self.place_ends = lex.chars("PlaceNameEnd")
        self.list_separators = lex.chars("NameListSeparator")  # 、: between the items of a list
        self.place_list = lex.regex(r"(?:、[\u4e00-\u9fff]{1,4}){0,12}[{Numeral}]+个?(?:{PlaceListKind})?[{PlaceNameEnd}]")
        self.credit_marks = lex.chars("CreditMark")
        # 王家坝, 赵家岭: a hamlet's name; 陈家祠, 李家庙: a family's hall (FamilyHallEnd)
        self.hamlet = lex.regex(r"^[\u4e00-\u9fff](?:{HamletLink})[{HamletEnd}{FamilyHallEnd}]$")
        # 在麦田里作业: the frame 在…里 round a word of place, whose last character is no given name's before a verb
        self.locative_open = lex.chars("LocativeFrameOpen")
        self.locative_end = lex.chars("LocativeFrameEnd")
        self.locative_name_after = lex.chars("LocativeFrameNameAfter")
        self.locative_close_marks = lex.chars("LocativeFrameCloseMark")  # 在农田里，: the frame closed by a comma
        # a people's name of two characters or more (哈萨克, 维吾尔, 柯尔克孜: places.jsonl EthnicGroup) is no person's
        self.ethnic_groups = frozenset(w for w in lex.words("EthnicGroup") if len(w) >= 2)
        # 朱村人的新年: a place's name and the word for its people (DemonymEnd) is a demonym, no person's name
        self.demonym_ends = lex.chars("DemonymEnd")
        # 陈列馆从当天起开放, 纪念馆里: the head word of an institution (InstitutionHead) printed alone is no name
        self.institution_heads = frozenset(lex.words("InstitutionHead"))
        # 杨家将的故事, 罗家第15代后人: a surname and 家 alone (HamletLink) names a family, no one person
        self.family_link = frozenset(lex.words("HamletLink"))


@lexicon_cache
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(lexicon())


def is_person_name(s: str) -> bool:
    """A plausible Chinese personal name: a known surname then one or two characters."""
    if not 2 <= len(s) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in s):
        return False
    if len(s) == 2 and s in ordinary_words():
        return False  # 关切, 简历: an ordinary word that begins with a surname
    sn = surnames()
    if len(s) >= 3 and s[:2] in sn:
        return True
    return s[0] in sn and len(s) <= 3


def transliterated_name(s: str) -> bool:
    """A name written whole in the characters of Tibetan, Mongolian and Uyghur names (萨仁图雅, 才让卓玛), which has no
    surname structure: in a byline's run after a role it is one name, not two.

    >>> transliterated_name("萨仁图雅"), transliterated_name("才让卓玛"), transliterated_name("张宏伟")
    (True, True, False)
    """
    return 3 <= len(s) <= 8 and all(ch in _vocabulary().transliterated for ch in s)


def name_end(text: str, pos: int, hint_ends: set[int] | None = None, strict: bool = False,
             min_tf: float = MIN_SURNAME_TF) -> int | None:
    """End of a personal name starting at ``pos``, or None.

    A name is a surname (one or two characters) and one or two given-name characters. The
    length is chosen by what follows: punctuation or a verb such as 出席 / 介绍 / 说 ends it.
    ``hint_ends`` are name ends proposed by the statistical model. A surname rarer than ``min_tf``
    needs the model's support.

    >>> name_end("陈小曼出席会议", 0), name_end("石岩等出席", 0), name_end("李女士说", 0), name_end("张永和，王强", 0)
    (3, 2, None, 3)
    """
    sn = surnames()
    v = _vocabulary()
    if pos >= len(text) or text[pos] not in sn and text[pos : pos + 2] not in sn:
        return None
    tf = max(sn.get(text[pos], 0), sn.get(text[pos : pos + 2], 0))
    if tf < min_tf and not (hint_ends and any(pos + n in hint_ends for n in (2, 3, 4))):
        return None  # a rare surname (多, 同, 如) is more often an ordinary word
    strict = strict or tf < MIN_SURNAME_TF  # a rare surname's name ends at a boundary (副县长呼吁大家: no name)
    lengths = (4, 3) if text[pos : pos + 2] in sn and len(text[pos : pos + 2]) == 2 else (3, 2)
    lengths = tuple(sorted(set(lengths) | {2, 3}, reverse=True))
    if v.anonymous.match(text[pos + 1 : pos + 4]):
        return None
    if phrase_not_name_at(text, pos):
        return None
    if text[pos + 1 : pos + 3] in v.press_desk and (pos + 3 == len(text) or text[pos + 3] in v.boundary):
        return None  # 通讯员 梅公宣）: a place's short form and a press desk's mark, the desk's pen name, no person's
    after_kin = text[pos + 2 : pos + 6]
    if text[pos + 1 : pos + 2] in v.kin_address and (not after_kin or after_kin[0] in v.boundary
                                                     or after_kin.startswith(v.after_name)):
        return None  # 村民江叔说: a surname and a kinship term of address, no name
    common = common_words()
    longest = max(lengths)
    whole = text[pos : pos + longest]
    after = text[pos + longest : pos + longest + 1]
    if len(whole) == longest and (whole[-1] in v.needs_object and (after in v.name_close or text.startswith(v.verbs_after_name, pos + longest)
                                                                   or whole[-1] in v.ends_before_date and v.date_after.match(text, pos + longest))
                                  or whole[-1] in v.closing_verbs and after and (after in v.name_close
                                      or text.startswith(v.speech_after_closing, pos + longest)
                                      and text[pos - 1 : pos] not in v.frame_before_name)) \
            and is_person_name(whole) and whole not in common and given_name_ok(whole[longest - 2 :]):
        return pos + longest  # 张永和，王文和出席, 才有为7月4日: a word that needs another after it stands before no punctuation, date or verb
    if hint_ends:
        for n in lengths:
            if pos + n in hint_ends and is_person_name(text[pos : pos + n]) \
                    and not (n >= 3 and text[pos + n - 1] in v.name_end_stop) \
                    and not (n >= 3 and text.startswith(v.after_name_long, pos + n - 1)
                             and is_person_name(text[pos : pos + n - 1])):
                # 王强率: the model read the verb in; 李梅笑着说: or the first character of a word after the name
                if n == 2 and _third_char_closes(text, pos, v, common):
                    return pos + 3  # 滑丽花出席: the model stopped inside the name
                if n == 3 and text[pos : pos + 2] in sn and _third_char_closes(text, pos, v, common, 3):
                    return pos + 4  # 欧阳辉宇说: after a surname of two characters, the model stopped inside the name
                return pos + n
    for n in sorted(lengths):  # prefer the shortest name that ends at a boundary
        if n == 4 and text[pos : pos + 2] not in sn:
            continue
        cand = text[pos : pos + n]
        if len(cand) < n or not is_person_name(cand) or cand in common or cand in v.after_name \
                or not given_name_ok(cand[1:] if n < 4 else cand[2:]):
            continue  # 书记同志，: a word that follows names is none
        if n >= 3 and cand[-1] in v.name_end_stop:
            continue  # 文献在调研: a function word is not the end of a name
        nxt = text[pos + n : pos + n + 4]
        if v.anonymous.match(nxt):
            return None
        if not nxt or nxt[0] in v.boundary or closes_name(text, pos + n):  # a word of any length
            # a two-character name whose next char also continues a name: prefer three
            if n == 2 and pos + 3 <= len(text) and is_person_name(text[pos : pos + 3]):
                nxt3 = text[pos + 3 : pos + 7]
                if (not nxt3 or nxt3[0] in v.boundary or text.startswith(v.after_name, pos + 3)) \
                        and nxt[:1] not in v.two_char_follower and nxt[:1] not in v.name_end_stop \
                        and not text.startswith(v.after_name_long, pos + 2):  # 张明调任: 调任 follows 张明
                    return pos + 3
            return pos + n
    if strict or text[pos : pos + 2] in common:
        return None  # 发言人来自市委: without a boundary, a name never starts with a word
    # no boundary found: a three-character name is the most common, unless a word starts at
    # its third character (邓勇汇报了: 邓勇, then 汇报)
    if is_person_name(text[pos : pos + 3]) and text[pos + 2] not in v.third_stop and given_name_ok(text[pos + 1 : pos + 3]):
        if text[pos + 2 : pos + 4] in common or text[pos + 2 : pos + 4] in v.after_name:
            two = text[pos : pos + 2]
            return pos + 2 if is_person_name(two) and two not in common else None
        return pos + 3
    return None


def closes_name(text: str, e: int) -> bool:
    """Whether a word that follows names (AfterName) stands at ``e`` and closes the name before it: not one of the
    AfterNameInWord characters that makes an ordinary word with the character before it (呼吁大家: 家 is no home of
    呼吁大's, 大家 a word; 陈立新作报告 is closed by 作, though 新作 is a word).

    >>> closes_name("王德明家，", 3), closes_name("呼吁大家节约", 3)
    (True, False)
    """
    v = _vocabulary()
    if not text.startswith(v.after_name, e):
        return False
    return text[e] not in v.after_name_in_word or text[e - 1 : e + 1] not in common_words() \
        or any(len(w) > 1 and text.startswith(w, e) for w in v.after_name)


def phrase_not_name_at(text: str, pos: int) -> bool:
    """Whether a phrase that reads as a surname and a given name stands at ``pos`` after a title, but no name: a verb and
    its result before a quoted object (第一书记念好“产业经”, 书记管好“钱袋子”), or the post's term (从局长任上退休,
    在县长任内: TenureAfterTitle).

    >>> phrase_not_name_at("念好“产业经”", 0), phrase_not_name_at("张好文“", 0), phrase_not_name_at("任上退休", 0)
    (True, False, True)
    """
    v = _vocabulary()
    return text[pos + 1 : pos + 2] in v.complement_before_quote and text[pos + 2 : pos + 3] in _quote_marks()[0] \
        or text.startswith(v.tenure_after_title, pos)


def _third_char_closes(text: str, pos: int, v: _Vocabulary, common, n: int = 2) -> bool:
    """Whether a name of ``n`` characters at ``pos`` goes on by one (two to three; a two-character surname's three to
    four, 欧阳辉 to 欧阳辉宇): its next character neither ends a name nor starts a word that follows one, and punctuation
    or such a word follows the longer name."""
    nxt, three = text[pos + n : pos + n + 1], text[pos : pos + n + 1]
    given = three[n - 1 :]
    if not "\u4e00" <= nxt <= "\u9fff" or nxt in v.boundary or nxt in v.two_char_follower or nxt in v.name_end_stop \
            or text.startswith(v.after_name, pos + n):
        return False
    if not is_person_name(three) or three in common or given in common or not given_name_ok(given):
        return False
    after = text[pos + n + 1 : pos + n + 2]
    return not after or after in v.boundary or text.startswith(v.after_name, pos + n + 1)


def surname_first(name: str) -> bool:
    """Whether ``name`` reads as a person's name by its surname: a known one, frequent enough to start a name
    without the model's support and more often a surname than a function word (于, 向, 和).

    >>> surname_first("浦大庆"), surname_first("于大庆"), surname_first("自北京")
    (True, False, False)
    """
    sn = surnames()
    return is_person_name(name) and name[0] not in _vocabulary().function_surnames \
        and max(sn.get(name[0], 0), sn.get(name[:2], 0)) >= MIN_SURNAME_TF


def given_name_ok(given: str) -> bool:
    """A given name is no role or title (王主任, 向记者), no place a slogan's verb goes to (回农村, 下基层: NotGivenName)
    and has no pronoun (向你交).

    >>> given_name_ok("小曼"), given_name_ok("记者"), given_name_ok("你交"), given_name_ok("农村")
    (True, False, False, False)
    """
    v = _vocabulary()
    return given not in v.person_words and not any(ch in v.not_name_chars for ch in given)


def anonymised(name: str) -> bool:
    """A surname then a form of address, not a name (李先生, 王某, 方总; a kinship term alone: 江叔).

    >>> anonymised("李先生"), anonymised("方总"), anonymised("李先"), anonymised("江叔"), anonymised("江伯涛")
    (True, True, False, True, False)
    """
    v = _vocabulary()
    return bool(v.anonymous.match(name[1:])) or len(name) == 2 and name[1] in v.kin_address


def never_a_name(name: str) -> bool:
    """Whether a span read as a name is none in any context: a surname and a form of address alone (李先生, 陈大爷,
    刘总, 欧阳女士), an ordinary word (骆驼, 王子, and the lexicon's NotAName: 黄瓜), a figure of fiction (孙悟空), or
    a place's name by its end (张坝村, 马家坡: as :func:`model_person` reads them). A full name with such a part (叶老桂)
    is still a name.

    >>> never_a_name("李先生"), never_a_name("欧阳女士"), never_a_name("叶老桂"), never_a_name("骆驼"), never_a_name("陈小曼")
    (True, True, False, True, False)
    >>> never_a_name("张坝村"), never_a_name("马家坡"), never_a_name("马家辉"), never_a_name("孙主席")
    (True, True, False, True)
    """
    v = _vocabulary()
    if name[1:] in v.anonymous_forms or (len(name) > 3 and name[:2] in surnames() and name[2:] in v.anonymous_forms):
        return True
    if _title_address(name, v):
        return True  # 孙主席, 陈主委: a surname and a title
    if name[-1:] in v.place_ends or v.hamlet.match(name):
        return True
    if press_desk_name(name):
        return True  # 梅公宣, 沭检宣: a press desk's pen name
    if name in v.ethnic_groups:
        return True  # 哈萨克、汉、回等民族: a people listed, no person
    if _group_or_thing(name, v):
        return True  # 朱村人, 陈列馆
    return name in common_words() or (len(name) == 2 and name in ordinary_words())


def _group_or_thing(name: str, v: _Vocabulary) -> bool:
    """A place's name and the word for its people (朱村人, 王庄人: DemonymEnd after a PlaceNameEnd), a surname and 家
    alone (杨家, 罗家: a family, HamletLink) or the head word of an institution printed alone (陈列馆, 纪念馆:
    InstitutionHead): no person's name, whatever surname it begins with.

    >>> v = _vocabulary()
    >>> _group_or_thing("朱村人", v), _group_or_thing("陈列馆", v), _group_or_thing("杨家", v), _group_or_thing("陈村生", v)
    (True, True, True, False)
    >>> _group_or_thing("王家卫", v)
    False
    """
    if len(name) >= 3 and name[-1] in v.demonym_ends and name[-2] in v.place_ends:
        return True
    if len(name) == 2 and name[1:] in v.family_link:
        return True
    return name in v.institution_heads


def _title_address(name: str, v: _Vocabulary) -> bool:
    """A surname, then a title or a role of two characters or more (孙主席, 欧阳主任, 陈主委): how a person is addressed,
    never a name."""
    return len(name) >= 3 and (name[1:] in v.person_words or name[:2] in surnames() and name[2:] in v.person_words)


def press_desk_name(name: str) -> bool:
    """Whether ``name`` is the pen name a body's press desk signs credits with: a place's short form and the desk's
    mark (梅公宣: 公 the police, 宣 its publicity; seeds/lexicons/people.jsonl: PressDeskMark), no person's.

    >>> press_desk_name("梅公宣"), press_desk_name("沭检宣"), press_desk_name("梅宣文")
    (True, True, False)
    """
    return len(name) == 3 and name[1:] in _vocabulary().press_desk


def names_a_vessel(text: str, s: int, e: int) -> bool:
    """Whether the span ``s:e`` is quoted alone and a ship's mark follows the quote (“长风”号, “海鹰”级): a ship's name
    or a class of ships, no person's (seeds/lexicons/people.jsonl: VesselMark).

    >>> names_a_vessel("“郑和”号起航", 1, 3), names_a_vessel("“郑和”精神", 1, 3)
    (True, False)
    """
    opening, closing = _quote_marks()
    return s > 0 and text[s - 1] in opening and text[e : e + 1] in closing and text[e + 1 : e + 2] in _vessel_marks()


@lexicon_cache
def _vessel_marks() -> frozenset[str]:
    return lexicon().chars("VesselMark")


def model_name_end(text: str, s: int, e: int) -> int:
    """Where a name the statistical model reads at ``s:e`` ends: one of three characters or more whose last character
    starts an ordinary word with the next one (刘元成功, 泰勒夫妇, 科蒂克宣称) ends a character earlier.

    >>> model_name_end("刘元成功晋级", 0, 3), model_name_end("泰勒夫妇到访", 0, 3), model_name_end("刘元成说", 0, 3)
    (2, 2, 3)
    """
    if e - s >= 3 and "\u4e00" <= text[e : e + 1] <= "\u9fff" and text[e - 1 : e + 1] in common_words():
        return e - 1
    return e


def reads_as_words(name: str, after: str = "") -> bool:
    """Whether a name that a rule reads without the model's support reads as ordinary words instead: its
    surname is more often a function word (专家向晨报表示, 居民于昨日), its given name is a word that follows names
    (博士曾表示), or its first two characters are a word (专家计算出, 学生毕业后, 学生信用卡). A given name that is a word
    (王宪章, 余夕阳) is still a name, and so is one with such a surname that punctuation closes (``after``: what
    follows it; 记者于杰）).

    >>> reads_as_words("向晨报"), reads_as_words("曾表示"), reads_as_words("计算出"), reads_as_words("王宪章")
    (True, True, True, False)
    >>> reads_as_words("向前进"), reads_as_words("向前方")
    (False, True)
    """
    v = _vocabulary()
    if len(name) == 3 and name[0] in v.function_surnames and name[1:] in v.word_given_names:
        return False  # 向前进, 于建国: a given name that is a word too (WordGivenName) after a function word's surname
    common = common_words()
    if len(name) == 4 and name[:2] in surnames():
        return name[2:] in v.after_name or name[2:] in common  # 欧阳辉宇: a surname of two characters is no word
    if len(name) >= 3 and (name[1:] in v.after_name or name[:2] in common or name[:2] in ordinary_words()):
        return True  # 学生信用卡: 信用 is a word
    return name[0] in v.function_surnames and after[:1] not in v.name_close


@lexicon_cache
def _quote_marks() -> tuple[frozenset[str], frozenset[str]]:
    """The marks that open and close a quoted term (seeds/lexicons/people.jsonl: QuoteOpen, QuoteClose)."""
    lex = lexicon()
    return lex.chars("QuoteOpen"), lex.chars("QuoteClose")


@lexicon_cache
def _organisation_heads() -> tuple[str, ...]:
    """The heads an organisation's or a firm's name ends in (seeds/lexicons/model_features.jsonl: 组织, 集团, 协会)."""
    lex = lexicon()
    return tuple(sorted(set(lex.words("OrganizationHead")) | set(lex.words("CompanyHead")), key=len, reverse=True))


_SLOGAN_LIST_MAX = 60  # the most characters a quoted list of slogans is read over


def in_slogan_list(text: str, s: int, e: int) -> bool:
    """Whether ``s:e`` is one part of a quoted list of parallel phrases (“基础牢、产业兴、环境美、党建强”): three parts
    or more, all as long as it, inside one pair of quote marks with nothing but the list separator between them, and
    most of the others beginning with an ordinary word (基础, 产业). Such a part is a slogan's, no person's name; a
    quoted list of names (“王丽、李强、陈刚”) has parts that do not begin with words.

    >>> in_slogan_list("围绕“基础牢、产业兴、环境美、党建强”的目标", 15, 18)
    True
    >>> in_slogan_list("表彰“王丽华、李强国、陈刚毅”三人", 3, 6)
    False
    """
    v = _vocabulary()
    opening, closing = _quote_marks()
    i = s
    while i > 0 and text[i - 1] not in opening:
        if text[i - 1] in v.boundary and text[i - 1] not in v.list_separators or s - i > _SLOGAN_LIST_MAX:
            return False
        i -= 1
    j = e
    while j < len(text) and text[j] not in closing:
        if text[j] in v.boundary and text[j] not in v.list_separators or j - e > _SLOGAN_LIST_MAX:
            return False
        j += 1
    if i == 0 or j == len(text):
        return False
    parts = re.split("[" + re.escape("".join(sorted(v.list_separators))) + "]", text[i:j])
    if len(parts) < 3 or any(len(p) != e - s for p in parts):
        return False
    others = [p for p in parts if p != text[s:e]]
    worded = sum(1 for p in others if p[:2] in common_words() or p[:2] in ordinary_words())
    return 2 * worded > len(others)


def model_person(text: str, s: int, e: int, boundary_before: bool = True, open_end: bool = False) -> tuple[int, int] | None:
    """The model's name span if the graph may take it alone, repaired at its end, else None.

    The name must have a known surname, not be a common word, an anonymised form
    (吴婆婆) or end like a place's name (丁村), be no item of a list of places sharing their level (高坪、金田三村)
    nor an organisation's short form in brackets after its name (…组织（欧佩克））,
    and stand between word boundaries (``boundary_before=False``: a title or a role
    before it is the boundary, 校长高松; ``open_end=True``: running text may follow it, as it may
    a name the model reads right after a role, 村民余光明一家); a three-character span whose third
    character starts a verb (张良牵头) is cut to two.
    """
    v = _vocabulary()
    prev = text[s - 1] if s else "\n"
    if prev in "（(" and text[e : e + 1] in "）)" and text[: s - 1].endswith(_organisation_heads()):
        return None  # 石油输出国组织（欧佩克）: an organisation's short form in brackets after its name
    if boundary_before and "\u4e00" <= prev <= "\u9fff" and prev not in v.name_start:
        return None
    if v.place_list.match(text, e):
        return None  # 高坪、金田、石门三村: names of places sharing the level printed after them
    if in_slogan_list(text, s, e):
        return None  # “基础牢、产业兴、党建强”: a part of a quoted list of parallel phrases
    if press_desk_name(text[s:e]):
        return None  # 通讯员 梅公宣: a press desk's pen name, and no shorter name inside it
    if text[s:e] in v.ethnic_groups:
        return None  # 哈萨克、汉、回等21个民族: a people listed, and no shorter name inside it
    sn = surnames()
    for end in (e, e - 1) if e - s == 3 else (e,):
        name = text[s:end]
        if not (2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name)) or name[-1] in v.credit_marks:
            continue  # 吴海燕摄: a photo credit (its name is no new person's)
        if name in common_words() or v.anonymous.search(name[1:]) or name[-1] in v.place_ends or v.hamlet.match(name):
            continue  # 丁村、王营等村, 王家坝: a place's name is no person's
        if _group_or_thing(name, v):
            continue  # 朱村人的新年, 陈列馆从当天起开放: a demonym or an institution's head word
        if len(name) == 4 and any(name + ch in text for ch in v.place_ends):
            continue  # 阿布洛哈村 … 阿布洛哈在彝语里意为…: a village's name printed without its level, no person's
        if _title_address(name, v):
            continue  # 孙主席指出, 陈主委说: a surname and a title or a role is a form of address, no name
        if prev in v.locative_open and len(name) == 3 and name[-1] in v.locative_end \
                and ("\u4e00" <= text[end : end + 1] <= "\u9fff" and text[end] not in v.locative_name_after
                     or text[end : end + 1] in v.locative_close_marks):
            continue  # 在麦田里作业, 在大棚内忙碌, 在农田里，: 在 and a word of place then a verb or a clause's comma, no
            #           name (在某某的带领下 is one)
        if prev in _quote_marks()[0] and text[end : end + 1] in _quote_marks()[1]:
            continue  # 做出新“钱景”: a word quoted alone is a coined term, not a name
        if max(sn.get(name[0], 0), sn.get(name[:2], 0)) < MIN_SURNAME_TF and not (
                all(ch in v.transliterated for ch in name) and name not in ordinary_words()):
            continue  # a name of transliteration characters has no surname (扎西说, 达娃告诉记者)
        after = text[end : end + 2]
        if open_end and end == e and given_name_ok(name[1:] if len(name) < 4 else name[2:]) and not reads_as_words(name, after):
            return s, end
        if not after or after[0] in v.boundary or text.startswith(v.titles_after, end):
            return s, end
        if after.startswith(v.after_name):
            if end < e and not any(len(w) > 1 and text.startswith(w, end) for w in v.after_name) \
                    and given_name_ok(text[s + 1 : e]) and text[s:e] not in common_words():
                return s, e  # 周清来发现: the model's third character is no one-character word after a two-character name
            return s, end
    return None
