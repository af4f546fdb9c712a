"""Lexicons: one loader for all of kg's vocabulary; a bad line names its file and line; extra
lexicons (kg build --lexicon) extend every label and change the pipeline version."""
import ast
import json
import re

import pytest

from kg.errors import LexiconError
from kg.lexicon import Lexicon, default_lexicon, extra_lexicons, load_lexicon, read_jsonl
from tests.conftest import ROOT


def test_bundled_lexicons_load_with_canonical_ids():
    lex = default_lexicon()
    assert {"Agency", "AgencyAbbrev", "AgencyField", "Post", "Programme", "Role"} <= set(lex.labels())
    assert lex.canonical("Agency", "党中央") == "中国共产党中央委员会"
    assert lex.canonical("AgencyAbbrev", "医保局") == "医疗保障局"
    assert lex.canonical("Programme", "百县千镇万村高质量发展工程") == "百千万工程"


@pytest.mark.parametrize("line, message", [
    ("{oops", "invalid JSON"),
    ("[1, 2]", "not an object"),
    ('{"pattern": "开平"}', 'missing "label"'),
    ('{"label": "Place"}', 'missing "pattern"'),
    ('{"label": "Place", "pattern": [{"LOWER": "x"}]}', "token patterns are not supported"),
    ('{"label": "", "pattern": "开平"}', '"label" must be a non-empty string'),
    ('{"label": "Stop", "chars": ""}', '"chars" must be a non-empty string'),
    ('{"label": "Stop", "chars": "，", "pattern": "，"}', 'has "pattern" or "chars", not both'),
    ('{"label": "Post", "pattern": "市长", "government": {"kind": "市"}}', 'field "government" must be'),
])
def test_bad_lines_name_file_and_line(tmp_path, line, message):
    f = tmp_path / "mine.jsonl"
    f.write_text('{"label": "Place", "pattern": "开平", "id": "开平市"}\n// a comment\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        read_jsonl(f)
    assert str(exc.value).startswith(f"{f}:4: ") and message in str(exc.value)


def test_extra_lexicon_folder_adds_entries(tmp_path):
    (tmp_path / "local.jsonl").write_text('{"label": "Programme", "pattern": "三个一工程"}\n', encoding="utf-8")
    lex = load_lexicon([tmp_path])
    assert lex.canonical("Programme", "三个一工程") == "三个一工程"
    with pytest.raises(LexiconError, match="no such lexicon file or folder"):
        load_lexicon([tmp_path / "missing"])


def test_not_utf8(tmp_path):
    f = tmp_path / "gbk.jsonl"
    f.write_bytes('{"label": "Place", "pattern": "开平"}'.encode("gbk"))
    with pytest.raises(LexiconError, match="not UTF-8"):
        read_jsonl(f)


LEX = Lexicon.from_rows([
    {"label": "Post", "pattern": "市长", "strong": True, "government": "市"},
    {"label": "Post", "pattern": "副市长"},
    {"label": "Post", "pattern": "会长", "chain": False},
    {"label": "Post", "pattern": "市长", "government": "区"},
    {"label": "Stop", "chars": "的了"},
    {"label": "Stop", "chars": "了-]\n"},
])


@pytest.mark.parametrize("call, expected", [
    (lambda: LEX.words("Post"), ("市长", "副市长", "会长")),  # file order, each once
    (lambda: LEX.words("Post", longest_first=True), ("副市长", "市长", "会长")),
    (lambda: LEX.words("Post", "strong"), ("市长",)),
    (lambda: LEX.words("Post", "chain", default=True), ("市长", "副市长")),
    (lambda: LEX.field("Post", "government"), {"市长": "市"}),  # the first line of a pattern wins
    (lambda: LEX.charstr("Stop"), "的了-]\n"),  # lines of a character set add up
    (lambda: LEX.regex(r"^{Post.strong}[{Stop}]").match("市长的").group(), "市长的"),
    (lambda: bool(LEX.regex(r"[{Stop}]").search("a]b")), True),  # ] and - are escaped in a class
    (lambda: bool(LEX.regex(r"[{Stop}]").search("abc")), False),
    (lambda: LEX.regex(r"({Post:longest})").match("副市长").group(1), "副市长"),
])
def test_views_of_a_lexicon(call, expected):
    assert call() == expected


@pytest.mark.parametrize("call", [lambda: LEX.words("Nothing"), lambda: LEX.chars("Post"),
                                  lambda: LEX.regex("{Nothing}")])
def test_a_missing_label_is_an_error(call):
    with pytest.raises(LexiconError, match="in the lexicons"):
        call()


def test_each_bundled_phrase_is_listed_once_per_label():
    seen: dict[tuple[str, str], str] = {}
    for e in default_lexicon().entries:
        if not e.chars:
            assert (e.label, e.pattern) not in seen, f"{e.source} repeats {seen[e.label, e.pattern]}"
            seen[e.label, e.pattern] = e.source


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _han_in_string_literals(path) -> int:
    """Chinese characters in a module's string literals, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return sum(len(_HAN.findall(n.value)) for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs)


def test_vocabulary_lives_in_data_files_not_in_code():
    """Words belong in seeds/lexicons: kg's code holds few Chinese characters outside docstrings."""
    counts = {p.relative_to(ROOT).as_posix(): _han_in_string_literals(p) for p in (ROOT / "kg").rglob("*.py")}
    assert sum(counts.values()) < 1500, sorted(counts.items(), key=lambda kv: -kv[1])[:5]


# --- extra lexicons --------------------------------------------------------------------------

MINE = [{"label": "Post", "pattern": "寺管会主任", "strong": True},
        {"label": "Programme", "pattern": "三清三拆三整治", "id": "三清三拆三整治行动"}]
TEXT = "会上，寺管会主任罗强讲话，要求推进三清三拆三整治。"


@pytest.fixture
def mine(tmp_path):
    f = tmp_path / "mine.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in MINE), encoding="utf-8")
    return f


def _found(text):
    from kg.ner.api import ner_text
    from kg.nlp import load_nlp

    return {(m["text"], m["type"], m["canonical"]) for m in ner_text(text, load_nlp(statistical=False))["mentions"]}


def test_extra_lexicons_extend_the_rules_and_the_pipeline_version(mine, use_lexicons):
    from kg.cache import pipeline_version

    bundled = pipeline_version()
    assert not {("罗强", "Official", "罗强"), ("三清三拆三整治", "Programme", "三清三拆三整治行动")} & _found(TEXT)
    use_lexicons([mine])
    assert {("罗强", "Official", "罗强"), ("三清三拆三整治", "Programme", "三清三拆三整治行动")} <= _found(TEXT)
    assert pipeline_version() != bundled
    use_lexicons(())
    assert pipeline_version() == bundled and ("罗强", "Official", "罗强") not in _found(TEXT)


def test_a_bad_extra_lexicon_changes_nothing(tmp_path, mine, use_lexicons):
    use_lexicons([mine])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"label": "Post"}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"^{re.escape(str(bad))}:1: missing \"pattern\""):
        use_lexicons([bad])
    assert [name for name, _ in extra_lexicons()] == [str(mine)]


def test_workers_use_the_lexicons_they_are_sent(mine, use_lexicons):
    from kg.engine import extract_batch
    from kg.lexicon import read_sources
    from kg.model import Document

    doc = Document("a.txt", "a.txt", TEXT, "utf-8", "0" * 64)
    results, _ = extract_batch([(0, doc)], lexicons=read_sources([mine]))
    assert "Programme/三清三拆三整治行动" in {e.key for e in results[0][1].entities}


def test_a_pattern_compiles_when_first_used_and_behaves_as_compiled():
    import pickle

    lex = Lexicon.from_rows([{"label": "Stop", "chars": "。；"}, {"label": "Body", "pattern": "县委"}])
    p = lex.regex(r"({Body})[{Stop}]")
    assert "_compiled" not in p.__dict__  # made, not compiled
    assert p.search("开平县委。").group(1) == "县委" and p.pattern == "((?:县委))[。；]"
    assert [m.span() for m in p.finditer("县委；县委。")] == [(0, 3), (3, 6)] and p.groups == 1
    q = lex.regex(r"{Body}$")
    assert lex.compile_patterns() == 1 and "_compiled" in q.__dict__ and lex.compile_patterns() == 0
    assert pickle.loads(pickle.dumps(p)).sub("X", "县委。") == "X"


def test_a_word_with_not_before_does_not_match_before_that_text():
    """"not_before" on an entry: the regex built from the label skips the word where that text follows it."""
    lex = Lexicon.from_rows([{"label": "Body", "pattern": "协会", "not_before": "会员"},
                             {"label": "Body", "pattern": "中心"}])
    rx = lex.regex(r"({Body})")
    assert rx.match("协会章程") and rx.match("中心会员")
    assert rx.match("协会会员") is None


def test_top_tier_bodies_and_byline_words_are_lexicon_entries():
    """The government, congress, CPPCC and street-office words, the byline leads and the alias cues are read from the
    lexicons (the regexes built from them at load), not written into the code."""
    from kg.clean import _vocabulary as page_words
    from kg.extraction import _alias_note
    from kg.ner.agencies import _vocabulary as agency_words

    v = agency_words()
    assert v.government.match("人民政府办公室").group(2) == "办公室" and v.government.match("政府办公楼").group(2) is None
    assert v.congress.match("第十届人大常委会") and v.congress.match("人大代表") is None
    assert v.cppcc.match("政协") and v.cppcc.match("政协委员") is None
    assert v.street_office.match("街道办事处").group(2) == "办事处"
    assert page_words().byline_zone.search("（通讯员 王小明 李华）") and page_words().byline_zone.search("首席记者 张强")
    assert not page_words().byline_zone.search("（摄影 王小明）")
    assert _alias_note().match("（以下简称“数字办”）").group(1) == "数字办" and _alias_note().match("（即“数字办”）") is None


def test_cue_words_of_the_site_clause_and_of_committees_are_lexicon_entries(tmp_path, use_lexicons):
    """The words a site clause allows before 在, which pronouns name a whole place, the level characters of a
    committee, the deputy's mark, the batch word and the autonomous mark are lexicon entries: an extra lexicon
    extends them, and the rules built from them read its words."""
    from kg.gazetteer import _vocabulary as place_words
    from kg.ner.agencies import _level_committee
    from kg.ner.agencies import _vocabulary as agency_words
    from kg.ner.people import _undeputy
    from kg.ner.people import _vocabulary as people_words
    from kg.ner.programmes import _vocabulary as programme_words
    from kg.relations import _vocabulary as relation_words

    v = relation_words()
    assert v.site_clause.match("，年内将在北岭镇") and v.site_clause.match("，月内将在北岭镇") is None
    assert {"全省", "全县"} <= v.whole_pronouns and "我县" not in v.whole_pronouns
    assert v.programme_ref.match("该园区由") is None
    a = agency_words()
    assert "县" in a.repeated_levels and "镇" not in a.repeated_levels
    assert _level_committee("", a.department_levels).match("县委宣传部").group(1) == "县委"
    assert _level_committee("", a.department_levels).match("镇委宣传部") is None
    assert _undeputy("副站长", people_words()) == "站长" and _undeputy("站长", people_words()) == "站长"
    assert programme_words().relative_marks == "的" and place_words().autonomous == "自治"
    mine = tmp_path / "mine.jsonl"
    rows = [{"label": "SiteTime", "pattern": "月内"}, {"label": "ReferenceHead", "pattern": "园区"},
            {"label": "JurisdictionAbbrev", "pattern": "镇", "home": "town", "department_committee": True},
            {"label": "TitleModifier", "pattern": "代", "deputy": True}]
    mine.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    use_lexicons([mine])
    v, a = relation_words(), agency_words()
    assert v.site_clause.match("，月内将在北岭镇") and v.programme_ref.match("该园区由").group(1) == "园区"
    assert _level_committee("", a.department_levels).match("镇委宣传部").group(1) == "镇委"
    assert _undeputy("代站长", people_words()) == "站长"


def test_cues_are_a_labels_words_or_its_characters():
    lex = load_lexicon([])
    assert lex.cues("ZoneBody", "alone") == lex.words("ZoneBody", "alone")
    assert set(lex.cues("Numeral")) == lex.chars("Numeral")
    from kg.lexicon import holds_any
    assert holds_any("某某区管委会主任", ("管委会",)) and not holds_any("某某区管理处主任", ("管委会",))
    assert not holds_any("任何文字", ())


def _cued_patterns():
    """Each pattern a rule runs over a whole text only when the text holds one of its cues: (name, pattern, cues)."""
    from kg.dates import _CN_DATE, _SEP_DATE, _date_patterns  # noqa: F401  (the dates' own test is below)
    from kg.ner.agencies import agency_finder
    from kg.ner.jurisdiction import _delegation_cues, _delegation_lead
    from kg.ner.people import people_finder
    from kg.ner.places import place_finder
    from kg.ner.programmes import programme_finder
    from kg.relations import _vocabulary as relation_words
    out = [("delegation_lead", _delegation_lead(), _delegation_cues())]
    for v in (agency_finder().v, people_finder().v, programme_finder().v, place_finder().v, relation_words()):
        for name, cues in vars(v).items():
            if name.endswith("_cues"):
                out.append((name[:-5], getattr(v, name[:-5]), cues))
    return out


_MADE_UP = [
    "某某开发区管委会主任王小明到某某村调研。", "甲乙协作项目推进会召开。", "防汛工作专班组长李大红。",
    "某某县首批乡村振兴项目正式开工。", "张三丰，男，汉族，现任某某县副县长。", "一二三团党委书记赵四。",
    "【发布人】钱五，某某局副局长。", "平安某某建设推进会。", "会议由镇党委书记孙六主持。", "某某村党支部书记周七。",
    "某某县代表团赴某某市考察。", "没有任何线索的一句话。", "今年十二岁的王晓彤演唱山歌。", "田间劳作。 周明远 摄",
    "全镇推行一二三工作法。", "某局携手石门村开展培训。", "某镇启动道路改造工程。该工程由某局负责实施。",
]


def test_every_match_of_a_cued_pattern_holds_one_of_its_cues():
    """A rule skips a pattern over a text that holds none of its cues: the pattern must need one in every match,
    on made-up sentences that hold each cue and on the seed pages and dev passages."""
    texts = _MADE_UP + [p.read_text(encoding="utf-8") for d in ("seeds/documents", "eval/dev-texts")
                        for p in sorted((ROOT / d).glob("*.txt"))]
    from kg.lexicon import holds_any
    cued = _cued_patterns()
    assert len(cued) >= 10
    matched = set()
    for text in texts:
        for name, pattern, cues in cued:
            for m in pattern.finditer(text):
                # in the match, or in what a lookahead read after it (甲乙协作: the partners, then the cue)
                assert any(c in text[m.start() : m.end() + 12] for c in cues), (name, m.group())
                assert holds_any(text, cues), name
                matched.add(name)
    assert matched >= {"zone_admin_alone", "pairing", "short_form", "started", "profile", "regiment", "header", "brand",
                       "town_party", "local_abbrev", "age_lead", "photo_credit", "formula", "local_re", "programme_ref"}


def test_dates_skip_only_the_patterns_a_text_cannot_match():
    from kg.dates import _CN_DATE, _SEP_DATE, _date_patterns, dates_in_text, find_date
    assert _date_patterns("二〇二五年八月九日") == (_CN_DATE,)
    assert _date_patterns("2025-08-09") == (_SEP_DATE,)
    assert _date_patterns("2025年8月9日") == (_SEP_DATE, _CN_DATE)
    assert _date_patterns("没有日期") == ()
    assert _date_patterns("2025年，", 5) == ()
    assert find_date("印发于二〇二五年八月九日") == (3, 12, "2025-08-09")
    assert dates_in_text("2025/08/09 与 二〇二五年八月十日", 2025) == [(0, 10, "2025-08-09"), (13, 22, "2025-08-10")]


def test_each_finder_is_built_once_per_lexicon():
    """The finders index their lexicon's phrases when built (a cost that dwarfs reading a short line): the pipeline's
    accessors return the one finder of the lexicon in use, not a new one a call."""
    from kg.ner.agencies import agency_finder
    from kg.ner.people import people_finder
    from kg.ner.places import place_finder
    from kg.ner.programmes import programme_finder

    for accessor in (agency_finder, people_finder, place_finder, programme_finder):
        assert accessor() is accessor(), accessor.__name__
