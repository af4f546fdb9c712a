"""Classes left by the people sets: a two-character Tibetan name repeated at a clause's start, an autonomous region by
its short name and level, a bureau's section printed bare after the bureau, 县里 as
no body's abbreviation.

- A two-character name of transliteration characters (次仁, 达娃, 扎西) read once as a person's, after a role or by the
  model, is printed again at a clause's start without a surname or a role (次仁带着…, 达娃把…): that mention is the
  same person, though the model reads no name there. After a role such a name is closed by a deed's verb with its
  object (牧民次仁带着孩子们…, 村民扎西把…: ShortTransliteratedNameVerb in people.jsonl) as by a verb of speech; a city's
  short name there (游客拉萨把…) is no name. Inside a longer name (次仁多吉) or a word the next character makes
  it is none, and a two-character word opening a clause (同志们带着…, 大家把…) makes no person.
- An autonomous region printed by its short name and the last character of its level (广西区, 宁夏区: PrintedLevel 区
  for provinces in places.jsonl) before its Party committee (中共广西区委, 宁夏区委副书记): the region is the place and the
  committee is its 中共…自治区委员会, located in it, with the posts after it. Where 区 begins a word with the character
  after it (广西区域) the region is read alone.
- A bureau's section printed bare before its head's title (法规科科长某某, 稽查科副科长某某) after the paragraph has named
  one bureau, in the sentence before or the same one: the section is a unit of that bureau (UnitHead 科 "bare_of" 局 in
  agency_grammar.jsonl), as a court's 庭 is read. With two bureaus named, none named, or a longer print that is another
  body's name and its unit (县人民医院内科), no section is guessed.
- 县里, 市里, 镇上 (AbbreviationLocative in agency_grammar.jsonl): the place as an actor (县里选派工作队进驻各村), never the
  abbreviation of a body whose name follows (no 某县里选派工作队); 县委选派工作队 still reads the county's Party committee.
  (和 before a word of level, 乡镇和县里, was settled before; its rows are in test_leftover_classes_16.py.)

Texts written for these tests in our own words, with places and names other than those of the sets."""
import pytest

from conftest import check_reading, read_names


def _mentions(nlp, text):
    doc = nlp(text)
    return [(s.start_char, s.end_char, s.label_) for s in doc.spans["kg"] if s.label_ in ("Person", "Official")]


@pytest.mark.parametrize("text,name,at", [
    ("牧民次仁说，今年要加快进度。次仁带着工作队员挨家挨户走访。", "次仁", 14),
    ("牧民达娃带领孩子们去放牧。达娃把羊群赶回了家。", "达娃", 13),
    ("扎西介绍，合作社去年分红十万元。扎西把账本拿了出来，请大家查看。", "扎西", 16),
    ("牧民次仁说，今年要加快进度。“次仁啊，你要注意身体。”", "次仁", 15),
])
def test_a_short_tibetan_name_repeated_at_a_clauses_start(nlp, text, name, at):
    assert text[at : at + len(name)] == name
    assert (at, at + len(name), "Person") in _mentions(nlp, text), _mentions(nlp, text)


@pytest.mark.parametrize("text,inside", [
    # a longer name that begins with the short one is no repetition of it
    ("牧民次仁说，今年要加快进度。次仁多吉带着工作队员走访。", (14, 16)),
])
def test_a_short_name_inside_a_longer_one_is_no_repetition(nlp, text, inside):
    assert (inside[0], inside[1], "Person") not in _mentions(nlp, text), _mentions(nlp, text)


@pytest.mark.parametrize("text", ["同志们带着问题来到现场。大家把意见记下来。", "村民们带着锄头来到地里，大家把水渠清理干净。"])
def test_two_character_words_opening_a_clause_make_no_person(nlp, text):
    assert _mentions(nlp, text) == []


@pytest.mark.parametrize("text,entities,facts", [
    ("中共广西区委召开全体会议，研究部署下一步工作。", {("Agency", "中共广西壮族自治区委员会"), ("Place", "广西壮族自治区")},
     {("中共广西壮族自治区委员会", "locatedIn", "广西壮族自治区")}),
    ("广西区委书记韦振华主持会议并讲话。", {("Official", "韦振华")}, {("韦振华", "holdsPost", "中共广西壮族自治区委员会")}),
    ("宁夏区委常委、银川市委书记马晓东出席会议。", {("Official", "马晓东"), ("Place", "宁夏回族自治区")},
     {("马晓东", "holdsPost", "中共宁夏回族自治区委员会"), ("马晓东", "holdsPost", "中共银川市委员会")}),
    # 区 that begins a word is no level: the region alone
    ("广西区域协调发展取得新进展。", {("Place", "广西壮族自治区")}, set()),
])
def test_an_autonomous_region_by_its_short_name_and_level(nlp, text, entities, facts):
    got, _ = check_reading(nlp, text, entities, facts, set())
    assert not any(t == "Agency" for t, _ in got) or "区委" in text, sorted(got)


@pytest.mark.parametrize("text,official,unit,parent", [
    ("近日，桃源县司法局组织开展法治宣传活动。法规科科长王立新介绍了活动安排。", "王立新", "桃源县司法局法规科", "桃源县司法局"),
    ("慈利县自然资源局召开专题会议。办公室主任李红梅主持会议，规划科科长周建平作说明。", "周建平", "慈利县自然资源局规划科",
     "慈利县自然资源局"),
    ("石门县市场监督管理局开展专项检查。稽查科副科长陈小军带队。", "陈小军", "石门县市场监督管理局稽查科", "石门县市场监督管理局"),
])
def test_a_bureaus_section_printed_bare_after_the_bureau(nlp, text, official, unit, parent):
    check_reading(nlp, text, {("Official", official), ("Agency", unit)},
                  {(official, "holdsPost", unit), (unit, "subOrganizationOf", parent)}, set())


@pytest.mark.parametrize("text", [
    "桃源县财政局和慈利县司法局联合召开会议。法规科科长王立新介绍了活动安排。",  # two bureaus: which one is unsaid
    "桃源县司法局召开会议。\n法规科科长王立新介绍了活动安排。",  # the bureau in another paragraph
    "桃源县卫生健康局召开会议。县人民医院内科科长刘芳介绍了情况。",  # a hospital's department, no bureau's section
])
def test_no_section_is_guessed_without_one_bureau_before_it(nlp, text):
    got, _ = read_names(nlp, text)
    assert not any(t == "Agency" and n.endswith("科") for t, n in got), sorted(got)


@pytest.mark.parametrize("text,entities", [
    ("平江县三市镇召开会议。县里选派工作队进驻各村，帮助开展工作。", {("Place", "平江县")}),
    ("永顺县召开会议。县里组建防汛工作队，分赴各乡镇。", {("Place", "永顺县")}),
    # look-alike: the county's Party committee by its abbreviation stays
    ("永顺县召开会议。县委选派工作队进驻各村。", {("Agency", "中共永顺县委员会")}),
])
def test_the_county_as_an_actor_is_no_bodys_abbreviation(nlp, text, entities):
    got, _ = check_reading(nlp, text, entities, set(), set())
    assert not any(t == "Agency" and ("县里" in n or "选派" in n or "组建" in n) for t, n in got), sorted(got)


@pytest.mark.parametrize("text,entities,absent", [
    ("牧民次仁带着孩子们去放牧。", {("Person", "次仁")}, set()),
    ("村民扎西把牛羊赶回了家。", {("Person", "扎西")}, set()),
    ("牧民达娃领着孩子们去放牧。", {("Person", "达娃")}, set()),
    # look-alikes: a city's short name after a role, a plural role
    ("游客拉萨把照片发给了朋友。", set(), {"拉萨"}),
    ("村民们带着锄头来到地里。", set(), {"们带"}),
])
def test_a_short_tibetan_name_after_a_role_before_a_deed(nlp, text, entities, absent):
    got, _ = check_reading(nlp, text, entities, set(), absent)
    if not entities:
        assert not any(t in ("Person", "Official") for t, _ in got), sorted(got)
