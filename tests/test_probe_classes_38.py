"""Classes found by probing made-up text in the shapes real news of the autonomous regions and of provincial
designation notices takes, each row a text written for this test.

- A list made public before its members (…示范村名单公布，甲村、乙村入选; …名单正式出炉，…): the words that say the
  list was published stood between the list word and its members, so no member was read.
- A region's Party title chain ending in a bare 主席 or 副主席 (自治区党委常委、副主席某某): the second title is the
  region's government's, as 副省长 is the province's; it named no body, so the official held only the Party post.
- A work report printed with its heading (政府工作报告（摘要）⏎——某日在某县人民代表大会…会议上⏎某县人民政府县长 某某): the
  speaker's signature line names the body the report speaks for, but only a sentence with 代表 did, so the report's
  sentences without a subject were no one's (the speaker's 我们 was already the body's).
- Townships listed by their stems before one shared suffix (北乡、九峰两镇) where a stem ends in a level's character
  (北乡 of 北乡镇): the character made the stem look like a word (城乡, 乡镇), so the whole list was dropped.
- 全省 after a practice learnt from another province (学习运用浙江“千万工程”经验…。全省实施…行动): the learnt practice's
  province was the last one printed, so it became the doer of the home province's own scheme.
- The whole of an autonomous prefecture or league (全州, 我州, 该州, 全盟, 我盟) as a subject: no such word stood for the
  prefecture or league the article names, so a scheme it carries out after a speaker's words had no doer (全州县, a
  county of its own, stays the county).
- A prefecture's short form opening with a surname's character before its own title, after a dateline's blank (本报讯
  甘孜州副州长某某): read as a name then a title (陈伟市长), it became an official named 甘孜州 and the place was lost.
- A municipality's district by its bare short form inside a name (重庆 news: 西南大学璧山实验基地 beside a town of 璧山区):
  the rule that reads a bare county its province governs itself (琼海) beside another place of the province took
  every district of 重庆 for such a county."""
import pytest

from conftest import check_reading

LIST_MADE_PUBLIC_ROWS = [
    ("a region's model villages made public, members with their chains",
     "本报讯 近日，自治区美丽宜居示范村名单公布，中卫市沙坡头区迎水镇鸣沙村、石嘴山市平罗县姚伏镇小店子村入选。",
     {("Place", "鸣沙村"), ("Place", "小店子村")},
     {("鸣沙村", "implements", "宁夏回族自治区美丽宜居示范村"), ("小店子村", "implements", "宁夏回族自治区美丽宜居示范村")}, set()),
    ("a province's list officially out, towns as members",
     "日前，江苏省农业产业强镇名单正式出炉，宿迁市沭阳县新河镇、盐城市东台市弶港镇榜上有名。",
     {("Place", "新河镇"), ("Place", "弶港镇")},
     {("新河镇", "implements", "江苏省农业产业强镇"), ("弶港镇", "implements", "江苏省农业产业强镇")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LIST_MADE_PUBLIC_ROWS,
                         ids=[r[0] for r in LIST_MADE_PUBLIC_ROWS])
def test_members_follow_a_list_made_public(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


REGION_CHAIR_ROWS = [
    ("a member of the region's standing committee and vice-chair",
     "本报讯 自治区党委常委、副主席马海军带队到吴忠市调研黄河滩区治理，市委书记杨立新陪同。",
     {("Official", "马海军")},
     {("马海军", "holdsPost", "中共宁夏回族自治区委员会"), ("马海军", "holdsPost", "宁夏回族自治区人民政府")}, set()),
    ("the region's deputy secretary and chair, then an executive vice-chair",
     "西藏自治区党委副书记、主席罗布顿珠到拉萨市调研。自治区党委常委、常务副主席李云峰陪同。",
     {("Official", "罗布顿珠"), ("Official", "李云峰")},
     {("罗布顿珠", "holdsPost", "西藏自治区人民政府"), ("李云峰", "holdsPost", "西藏自治区人民政府"),
      ("李云峰", "holdsPost", "中共西藏自治区委员会")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", REGION_CHAIR_ROWS, ids=[r[0] for r in REGION_CHAIR_ROWS])
def test_a_region_s_chair_in_a_party_chain_heads_its_government(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_bare_vice_chair_after_a_county_committee_names_no_government(nlp):
    _, facts = check_reading(nlp, "本报讯 清河县委常委、副主席王明远出席会议。", set(), set(), set())
    assert not {f for f in facts if f[0] == "王明远" and f[2].endswith("人民政府")}, sorted(facts)


REPORT_HEADING_ROWS = [
    ("a report's summary signed by the county head under its heading",
     "政府工作报告（摘要）\n——2026年1月9日在岷县第十九届人民代表大会第六次会议上\n岷县人民政府县长 郭立平\n"
     "过去一年，我们扎实推进“当归强县”行动。\n统筹推进“四好农村路”建设，完成县乡道改造120公里。\n"
     "深化“放管服”改革，政务服务事项全部网上可办。",
     {("岷县人民政府", "implements", "当归强县行动"), ("岷县人民政府", "implements", "四好农村路"),
      ("岷县人民政府", "implements", "放管服改革")}),
    ("a city's report signed by its body alone",
     "政府工作报告\n定西市人民政府\n今年要全面实施“陇药振兴”工程，建成中药材交易中心。",
     {("定西市人民政府", "implements", "陇药振兴工程")}),
]


@pytest.mark.parametrize("cls,text,facts", REPORT_HEADING_ROWS, ids=[r[0] for r in REPORT_HEADING_ROWS])
def test_a_report_s_signature_line_names_the_body_it_speaks_for(nlp, cls, text, facts):
    check_reading(nlp, text, set(), facts, set())


def test_a_meeting_line_under_a_report_s_heading_is_no_signature(nlp):
    """The congress the report was read to (——某日在某县人民代表大会…上) does not carry out the report's schemes."""
    text = ("政府工作报告\n——2026年1月9日在渭源县第十九届人民代表大会第六次会议上\n"
            "统筹推进“四好农村路”建设，完成县乡道改造80公里。")
    _, facts = check_reading(nlp, text, set(), set(), set())
    assert not {f for f in facts if f[1] == "implements" and "人民代表大会" in f[0]}, sorted(facts)


STEM_LEVEL_END_ROWS = [
    ("a stem ending in 乡 first in the list",
     "本报讯 近日，乐昌市委书记王小明到北乡、廊田两镇调研。", {("Place", "北乡镇"), ("Place", "廊田镇")}, set()),
    ("a stem ending in 乡 last, before 等乡镇",
     "本报讯 乐昌市在九峰、北乡等乡镇推广水果种植。", {("Place", "北乡镇"), ("Place", "九峰镇")}, set()),
    ("a word ending in 乡 is still no stem",
     "本报讯 乐昌市统筹城乡、九峰两镇协同发展。", set(), {"城乡镇"}),
]


@pytest.mark.parametrize("cls,text,entities,absent", STEM_LEVEL_END_ROWS, ids=[r[0] for r in STEM_LEVEL_END_ROWS])
def test_a_township_stem_may_end_in_a_level_character(nlp, cls, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)


def test_a_province_named_only_as_a_source_of_practice_is_no_referent_of_the_whole_province(nlp):
    text = ("本报讯 省农业农村厅副厅长周明介绍，近年来，我省深入学习借鉴浙江“千万工程”经验，乡村面貌明显改善。"
            "今年，全省实施农村人居环境整治提升五年行动，绵阳市、德阳市等地成效明显。")
    _, facts = check_reading(nlp, text, set(), set(), set())
    assert ("浙江省", "implements", "农村人居环境整治提升五年行动") not in facts, sorted(facts)


def test_the_whole_province_is_still_the_province_the_article_names(nlp):
    text = "本报讯 近年来，四川省持续改善农村面貌。今年，全省实施农村人居环境整治提升五年行动，成效明显。"
    check_reading(nlp, text, set(), {("四川省", "implements", "农村人居环境整治提升五年行动")}, set())


WHOLE_PREFECTURE_ROWS = [
    ("the whole prefecture after a speaker",
     "本报讯 甘孜州副州长泽仁介绍，全州今年实施“牧区安居”工程，新建住房3000套。",
     {("甘孜藏族自治州", "implements", "牧区安居工程")}),
    ("our prefecture after a speaker",
     "本报讯 临夏州委书记马强说，我州今年实施“河州牡丹”提升行动。",
     {("临夏回族自治州", "implements", "河州牡丹提升行动")}),
    ("the whole league after a speaker",
     "本报讯 阿拉善盟盟长巴特尔介绍，全盟今年实施“绿色屏障”工程。",
     {("阿拉善盟", "implements", "绿色屏障工程")}),
]


@pytest.mark.parametrize("cls,text,facts", WHOLE_PREFECTURE_ROWS, ids=[r[0] for r in WHOLE_PREFECTURE_ROWS])
def test_the_whole_prefecture_or_league_is_the_one_named(nlp, cls, text, facts):
    check_reading(nlp, text, set(), facts, set())


def test_a_county_whose_name_opens_with_the_word_is_that_county(nlp):
    _, facts = check_reading(nlp, "本报讯 桂林市委书记王刚介绍，全州县今年实施“百村示范”工程。", set(),
                             {("全州县", "implements", "百村示范工程")}, set())


@pytest.mark.parametrize("text,place,official", [
    ("本报讯 甘孜州副州长泽仁介绍，今年新建牧民定居点12个。", "甘孜藏族自治州", "泽仁"),
    ("本报讯 甘南州州长杨武介绍，全州新建道路80公里。", "甘南藏族自治州", "杨武"),
])
def test_a_prefecture_before_its_title_is_no_name(nlp, text, place, official):
    got, _ = check_reading(nlp, text, {("Place", place), ("Official", official)}, set(), set())
    assert not {n for t, n in got if t in ("Official", "Person") and n.endswith("州")}, sorted(got)


def test_a_municipality_s_district_inside_a_name_is_no_place(nlp):
    text = "本报讯 调研组来到大路街道，随后在西南大学璧山实验基地察看了蔬菜育苗情况。"
    got, _ = check_reading(nlp, text, {("Place", "大路街道")}, set(), set())
    assert ("Place", "璧山区") not in got, sorted(got)
