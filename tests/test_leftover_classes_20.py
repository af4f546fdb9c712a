"""Roles before names that were not in the role vocabulary, a region committee's offices, and titles set off by commas
after a name.

- A name after a role word of local news that the role vocabulary lacked (Role entries in roles.jsonl): village and
  assistance cadres (驻村干部, 帮扶干部, 包村干部, 村干部), households by their assistance status (贫困户, 监测户,
  低保户, 搬迁户 …), the people who carry parcels and meals (快递小哥, 外卖员 …), and workers of the village and the
  county (侦查员, 信息员, 巡河员, 兽医 …). The name after such a role is a Person, read as after 村民 or 牧民: a name
  of transliteration characters the model does not read (驻村干部次仁说) included. A role before no name
  (驻村干部要认真履职, 贫困户数量逐年减少, 快递员们说) reads none. A two-character name of transliteration characters after
  a role is closed by an adverb of habit or time that opens a deed (网格员卓玛每天走访…, 护林员扎西常年巡山:
  ShortTransliteratedNameVerb in people.jsonl) as by a deed's verb; the role with no name before it reads none.
- A provincial Party committee's general office (中共宁夏区委办公厅, 中共某省委办公厅, 自治区党委办公厅: PartyDepartment
  办公厅 in agency_grammar.jsonl) is one of its departments, named as the others are (中共…委 + the department),
  located in the province, and its head's post is in it; a government's 办公厅 stays the government's.
- 区委 and its departments (区委宣传部, 区委办公厅) in an article about an autonomous region that names no district: the
  region's committee (a province whose name ends with a level character it may be printed by, PrintedLevel 区 in
  places.jsonl, is what 区 points at where there is no district to point at). With a district named, 区委 stays the
  district's; in an article about a province (甘肃省) it points at none.
- A name standing alone between punctuation with its titles set off by commas after it, as they would be in
  brackets (李建平，村党支部书记，介绍了…; 吴红梅，县农业农村局局长，作了发言): the titles are the name's posts, and
  they may end an item of a list (出席会议的有：某某，县委常委、组织部部长；某某，…). Where another name follows the
  titles (吴红梅，县农业农村局局长王强作了发言) they are that name's; a word before a comma and
  titles with no name (同时，县委书记，要带头) reads none.

Texts written for these tests in our own words, with places and names other than those of the sets."""
import pytest

from conftest import check_reading, read_names


def _people(nlp, text):
    doc = nlp(text)
    return [s.text for s in doc.spans["kg"] if s.label_ in ("Person", "Official")]


@pytest.mark.parametrize("text,name", [
    ("驻村干部次仁说，今年村里的青稞长势很好。", "次仁"),
    ("帮扶干部扎西介绍，村里新建了冷库。", "扎西"),
    ("村干部旺堆说，路修好了。", "旺堆"),
    ("快递小哥次仁把包裹送到村口。", "次仁"),
    ("监测户拉姆说，家里收入稳定了。", "拉姆"),
    ("低保户阿木说，政府帮了大忙。", "阿木"),
    ("建档立卡贫困户曲木说，房子是新盖的。", "曲木"),
    ("易地搬迁户次旦说，新房子宽敞。", "次旦"),
    ("网格员卓玛每天走访辖区住户。", "卓玛"),
    ("护林员扎西常年巡山。", "扎西"),
    ("牧民次仁一直坚持放牧。", "次仁"),
])
def test_a_name_after_a_role_of_local_news(nlp, text, name):
    assert name in _people(nlp, text), _people(nlp, text)


@pytest.mark.parametrize("text", [
    "驻村干部要认真履职。",
    "帮扶干部每月走访两次。",
    "全县贫困户数量逐年减少。",
    "快递员们说，包裹越来越多了。",
    "低保户家庭的孩子可以免费上学。",
    "监测户和脱贫户一起参加了培训。",
    "村干部群众纷纷说，这条路修得好。",
    "网格员每天走访辖区住户。",
    "游客拉萨每天都来。",
])
def test_a_role_before_no_name_reads_none(nlp, text):
    assert _people(nlp, text) == []


@pytest.mark.parametrize("text,official,body,place", [
    ("中共宁夏区委办公厅副主任马建军出席会议。", "马建军", "中共宁夏回族自治区委办公厅", "宁夏回族自治区"),
    ("中共甘肃省委办公厅副主任杨立新出席会议。", "杨立新", "中共甘肃省委办公厅", "甘肃省"),
    ("广西壮族自治区党委办公厅副主任黄志刚出席。", "黄志刚", "中共广西壮族自治区委办公厅", "广西壮族自治区"),
    ("西藏自治区召开会议，区委办公厅主任格桑出席。", "格桑", "中共西藏自治区委办公厅", "西藏自治区"),
    ("广西壮族自治区召开座谈会，区委宣传部副部长韦丽华主持。", "韦丽华", "中共广西壮族自治区委宣传部", "广西壮族自治区"),
])
def test_a_region_committees_offices(nlp, text, official, body, place):
    check_reading(nlp, text, {("Official", official), ("Agency", body), ("Place", place)},
                  {(official, "holdsPost", body), (body, "locatedIn", place)}, set())


@pytest.mark.parametrize("text,official,body", [
    # look-alikes: a government's general office, a district's committee where a district is named
    ("甘肃省人民政府办公厅副主任王建平出席。", "王建平", "甘肃省人民政府办公厅"),
    ("南宁市青秀区召开会议，区委宣传部副部长韦丽华主持。", "韦丽华", "中共南宁市青秀区委宣传部"),
])
def test_other_offices_stay(nlp, text, official, body):
    check_reading(nlp, text, {("Official", official), ("Agency", body)}, {(official, "holdsPost", body)}, set())


def test_no_region_is_guessed_for_a_province(nlp):
    got, _ = read_names(nlp, "甘肃省召开会议，区委宣传部副部长杨丽华主持。")
    assert not any(t == "Agency" for t, _ in got), sorted(got)


@pytest.mark.parametrize("text,official,body", [
    ("平江县三市镇召开会议。周立新，三市镇龙山村党支部书记，谈了体会。", "周立新", "中共平江县三市镇龙山村支部委员会"),
    ("平江县召开会议。吴红梅，县农业农村局局长，作了发言。", "吴红梅", "平江县农业农村局"),
    ("慈利县召开座谈会，会上，陈晓东，县教育局副局长，介绍了情况。", "陈晓东", "慈利县教育局"),
    # the titles end an item of a list of names and titles
    ("石门县召开会议。出席会议的有：覃玉兰，县委常委、组织部部长；田建军，县人民政府副县长。", "覃玉兰", "中共石门县委组织部"),
    ("石门县召开会议。出席会议的有：覃玉兰，县委常委、组织部部长；田建军，县人民政府副县长。", "田建军", "石门县人民政府"),
])
def test_titles_set_off_by_commas_after_a_name(nlp, text, official, body):
    check_reading(nlp, text, {("Official", official), ("Agency", body)}, {(official, "holdsPost", body)}, set())


@pytest.mark.parametrize("text,absent_facts", [
    # look-alikes: another name after the titles holds them; a word before the comma is no name
    ("平江县召开会议。吴红梅，县农业农村局局长王强作了发言。", {("吴红梅", "holdsPost", "平江县农业农村局")}),
    ("平江县召开会议。同时，县委书记，要带头。", set()),
    ("平江县召开会议。同时，县委常委、组织部部长；县人民政府副县长。", set()),
])
def test_no_apposition_without_a_name_alone(nlp, text, absent_facts):
    got, facts = read_names(nlp, text)
    assert not absent_facts & facts, sorted(facts)
    assert "同时" not in {n for _, n in got}, sorted(got)
