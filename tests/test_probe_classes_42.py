"""Classes found by a fourth round of probing kg with made-up county, city and prefecture news.

- Offices of a Party committee that papers name by their own short names (省委督查室, 区委军民融合办, 县委保密办,
  市委国安办, 市委机要局, 县委讲师团: PartyDepartment in agency_grammar.jsonl): the committee's office, its head's post
  in it.
- An autonomous county or prefecture printed with its stem and its autonomous level but without its people's names
  (威宁自治县, 长阳自治县, 黔南自治州: kg.gazetteer.autonomous_short_form): the division, as its plain form (威宁县) is.
- An assistant to a township's or a banner's head (镇长助理, 乡长助理, 旗长助理: Post in titles.jsonl, as 县长助理 was): a
  post in that government, also at the end of a chain after a comma.
- A programme right after a verb of building and before an amount of its works (某县已累计建成“四好农村路”120公里, 新建
  “美丽庭院”3200户: BuiltAmountUnit in relation_cues.jsonl): the subject carries it out, though 建成 and 建设 govern no
  other scheme alone (建成“某某”品牌 stays unread). A verb inside a place's name governs nothing (南昌市新建区某镇…被授予…称号: no
  verb 新建 with 南昌市 its subject).
- A quoted name with no head of its own before a meeting held to push it on (某县召开“百村示范”工作推进会, “…”推进大会:
  AfterQuoteHead in programme_cues.jsonl): a programme, named without the meeting's head, carried out by the body or
  place that holds the meeting; one that only attends it (参加全省“…”推进会) carries nothing out, and a quote of two
  characters (“三夏”推进会) stays a season's work.
- Names in a list that a kind of goods closes (张飞牛肉、谭鸭血等名小吃, 马家柚、钟山蜜梨等特产, …等茶叶品种: FirmListGoods in
  people.jsonl, read as the kinds of firms are): the goods', no persons; a kind of people after 等 (等种植大户) keeps them
  people. Teas named like people (毛尖, 毛峰, 白茶: NotAName) are none either.
- A place right after the word that adds members to a list (出席会议的还有某市委副书记某某，…; 另有, 也有: BeforePlaceWord in
  places.jsonl, as 的有 was): the place, not a name glued to the word before it, so the officials after it keep their
  posts.
- Leaders named as a body's group (某市四大班子领导甲、乙, 县级领导, 市级领导: Post "group" in titles.jsonl, as 市领导 is):
  officials, not persons, and the first of the list not lost.
- A county's or a city's full name glued to a verb before it and followed by a body named by its field or its short
  name (会同凯里市教育局, 联合某市住建局, 邀请某市文化广电旅游局: FieldBodyAfterHead in places.jsonl, beside BodyAfterPlace):
  the place and its body, where the word before is a verb of working with a body (GluedBodyVerb); a name glued to
  another word still needs the page's support elsewhere (顺应城市发展 holds no 应城市, 县住建局会同县交通运输局 no 会同县).
"""
import pytest

from conftest import names_of, pairs_of, typed_names


@pytest.mark.parametrize("text, official, body", [
    ("省委督查室主任陈明到青田县督查落实情况。", "陈明", "中共浙江省委督查室"),
    ("黄埔区委军民融合办主任赵刚参加会议。", "赵刚", "中共广州市黄埔区委军民融合发展委员会办公室"),
    ("黎平县委保密办主任吴丽出席培训会。", "吴丽", "中共黎平县委保密委员会办公室"),
    ("黎平县委讲师团团长吴丽作宣讲。", "吴丽", "中共黎平县委讲师团"),
])
def test_a_party_committees_office_by_its_short_name(text, official, body):
    assert (official, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


@pytest.mark.parametrize("text, place", [
    ("威宁自治县召开乡村振兴工作推进会。", "威宁彝族回族苗族自治县"),
    ("黔南自治州召开全州文旅工作会议。", "黔南布依族苗族自治州"),
    ("石林自治县、峨山自治县联合开展禁毒宣传。", "峨山彝族自治县"),
])
def test_an_autonomous_division_by_its_stem_and_level(text, place):
    assert place in names_of(text, "Place"), sorted(names_of(text, "Place"))


def test_an_autonomous_short_form_keeps_its_officials_posts():
    text = "长阳自治县县委书记刘强到榔坪镇调研。"
    assert ("刘强", "中共长阳土家族自治县委员会") in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))
    assert "榔坪镇" in names_of(text, "Place")


def test_a_stem_that_names_no_autonomous_division_stays_unread():
    text = "会议研究了民族区域自治县级财政保障问题。"
    assert not any("自治" in p for p in names_of(text, "Place")), sorted(names_of(text, "Place"))


@pytest.mark.parametrize("text, official, body", [
    ("德江县长堡镇镇长助理李振华参加。", "李振华", "德江县长堡镇人民政府"),
    ("德江县长堡镇党委委员、人大主席，镇长助理李振华参加。", "李振华", "德江县长堡镇人民政府"),
    ("德江县沙溪乡乡长助理杨军汇报了产业发展情况。", "杨军", "德江县沙溪乡人民政府"),
])
def test_an_assistant_to_a_townships_head(text, official, body):
    assert (official, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


@pytest.mark.parametrize("text", [
    "今年以来，会泽县已累计建成“四好农村路”120公里。",
    "今年以来，会泽县累计建设“四好农村路”85.6公里。",
    "今年，会泽县新建“四好农村路”1.2万米。",
])
def test_a_place_that_builds_an_amount_of_a_programmes_works(text):
    assert ("会泽县", "四好农村路") in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


def test_a_verb_inside_a_places_name_governs_nothing():
    text = "此外，我省南昌市新建区溪霞镇等131个村镇被授予第七届全国文明村镇称号。"
    pairs = pairs_of(text, "implements")
    assert ("溪霞镇", "全国文明村镇") in pairs and not any(p in ("南昌市", "新建区") for p, _ in pairs), sorted(pairs)


def test_building_a_quoted_brand_without_an_amount_carries_nothing_out():
    text = "会泽县建成“乌蒙云海”农产品品牌展示中心。"
    assert not any(p == "会泽县" for p, _ in pairs_of(text, "implements")), sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("text, holder, name", [
    ("锦屏县召开“百村示范”工作推进会，各乡镇党委书记参加会议。", "锦屏县", "百村示范"),
    ("锦屏县召开全县“千企联村”推进大会。", "锦屏县", "千企联村"),
    ("锦屏县农业农村局召开“稻鱼共生”现场推进会。", "锦屏县农业农村局", "稻鱼共生"),
])
def test_a_quoted_scheme_pushed_on_at_a_meeting(text, holder, name):
    assert name in names_of(text, "Programme"), sorted(names_of(text, "Programme"))
    assert (holder, name) in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


def test_attending_a_meeting_on_a_quoted_scheme_carries_nothing_out():
    text = "锦屏县委书记龙军参加全省“百村示范”推进会并作交流发言。"
    assert "百村示范" in names_of(text, "Programme"), sorted(names_of(text, "Programme"))
    assert not pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


def test_a_seasons_work_before_a_meeting_is_no_programme():
    text = "锦屏县召开“三夏”生产推进会。"
    assert not names_of(text, "Programme"), sorted(names_of(text, "Programme"))


@pytest.mark.parametrize("text", [
    "张飞牛肉、谭鸭血等名小吃吸引了游客。",
    "马家柚、钟山蜜梨等特产销售火爆。",
    "展会上，黄金芽、白叶一号等茶叶品种备受关注。",
    "毛尖、白茶、龙井等名茶在展会上亮相。",
])
def test_names_in_a_list_of_goods_are_no_persons(text):
    assert not names_of(text, "Person"), sorted(names_of(text, "Person"))


def test_a_list_of_people_closed_by_a_kind_of_people_stays_people():
    text = "罗永康、马文华等种植大户介绍了经验。"
    assert {"罗永康", "马文华"} <= names_of(text, "Person"), sorted(names_of(text, "Person"))


@pytest.mark.parametrize("lead", ["出席会议的还有", "参加活动的另有", "到场的也有"])
def test_a_place_after_the_word_that_adds_members_to_a_list(lead):
    text = f"{lead}凯里市委副书记吴勇，市委常委杨华，副市长石磊。"
    pairs = pairs_of(text, "holdsPost")
    assert {("吴勇", "中共凯里市委员会"), ("杨华", "中共凯里市委员会"), ("石磊", "凯里市人民政府")} <= pairs, sorted(pairs)


@pytest.mark.parametrize("text", [
    "凯里市四大班子领导吴勇、杨华、潘丽等出席。",
    "县级领导吴勇、杨华、潘丽带队检查防汛工作。",
])
def test_leaders_named_as_a_group_are_officials(text):
    assert {"吴勇", "杨华", "潘丽"} <= names_of(text, "Official"), sorted(names_of(text, "Official"))
    assert not names_of(text, "Person"), sorted(names_of(text, "Person"))


@pytest.mark.parametrize("verb, body, name", [
    ("会同", "教育局", "凯里市教育局"),
    ("联合", "住建局", "凯里市住房和城乡建设局"),
    ("邀请", "农业农村局", "凯里市农业农村局"),
])
def test_a_place_glued_to_a_verb_before_its_own_body(verb, body, name):
    text = f"近日，{verb}凯里市{body}开展联合检查。"
    assert name in names_of(text, "Agency"), sorted(names_of(text, "Agency"))
    assert "凯里市" in names_of(text, "Place"), sorted(names_of(text, "Place"))


@pytest.mark.parametrize("text, place", [
    ("要顺应城市发展规律。", "应城市"),
    ("由县住建局会同县交通运输局开展联合检查。", "会同县"),  # 会同 a verb, 县 the bureau's county
    ("县委政法委联合镇综治中心开展矛盾纠纷排查。", "联合镇"),
])
def test_a_name_inside_words_stays_unread(text, place):
    assert place not in names_of(text, "Place"), sorted(names_of(text, "Place"))


@pytest.mark.parametrize("text, name", [
    ("一级调研员贾文魁参加调研。", "贾文魁"),
    ("座谈会上，二级巡视员方志远介绍了有关情况。", "方志远"),
])
def test_a_civil_servants_rank_without_its_body_makes_an_official(text, name):
    assert name in names_of(text, "Official") and name not in names_of(text, "Person"), typed_names(text)


@pytest.mark.parametrize("text", [
    "榕江县古州镇高文村监委会主任杨光明参加了会议。",
    "榕江县古州镇高文村村监委会主任杨光明参加了会议。",
    "榕江县古州镇高文村党支部书记吴刚、村监委会主任杨光明参加了会议。",
])
def test_a_villages_supervisory_committee_by_its_short_names(text):
    pairs = pairs_of(text, "holdsPost")
    assert ("杨光明", "榕江县高文村村务监督委员会") in pairs, sorted(pairs)
    assert not any("监察委员会" in a for a in names_of(text, "Agency")), sorted(names_of(text, "Agency"))
