"""Construction classes of bodies and people from news of every province, each row a sentence written for this test:
a town's field office printed with a short form of its field (所, 站); lists of bodies printed after one jurisdiction
that mix heads; the head a listed field takes, told by how its jurisdiction's name ends; Corps divisions and regiments
printed with Arabic digits; figures of legend and literature, which are no Person (eval/GUIDELINES.md: only real
people are); a development zone of another province, which does not lie in the article's city."""
import pytest

from conftest import check_reading, read_names

HP, LI, SO = "holdsPost", "locatedIn", "subOrganizationOf"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a town's field offices printed with a short form of their field (所, 站)
    ("a town's short name and 市场监管所", "洪雅县召开会议。止戈市场监管所所长邓国强汇报情况。",
     {("Agency", "止戈市场监督管理所"), ("Official", "邓国强")}, {("邓国强", HP, "止戈市场监督管理所")}, set()),
    ("市场监管所 after its county bureau", "洪雅县市场监管局止戈市场监管所副所长邹丽娟带队检查。",
     {("Official", "邹丽娟")},
     {("洪雅县市场监督管理局止戈市场监管所", SO, "洪雅县市场监督管理局"), ("邹丽娟", HP, "洪雅县市场监督管理局止戈市场监管所")},
     set()),
    ("a town's 站 after the town", "洪雅县止戈镇召开会议。止戈镇兽医站站长杜春梅、农技站站长钟建华发言。",
     {("Agency", "洪雅县止戈镇畜牧兽医站"), ("Agency", "洪雅县止戈镇农业技术推广站"), ("Official", "杜春梅"), ("Official", "钟建华")},
     {("杜春梅", HP, "洪雅县止戈镇畜牧兽医站"), ("钟建华", HP, "洪雅县止戈镇农业技术推广站"),
      ("洪雅县止戈镇畜牧兽医站", LI, "止戈镇")}, set()),
    ("镇 and a 站 of the article's town", "洪雅县止戈镇召开会议。镇林业站站长杜春梅介绍情况。",
     {("Agency", "洪雅县止戈镇林业工作站"), ("Official", "杜春梅")}, {("杜春梅", HP, "洪雅县止戈镇林业工作站")}, set()),
    ("an office printed alone in an article about one town", "洪雅县止戈镇召开会议。派出所、税务所负责人参加，财政所所长杜春梅发言。",
     {("Agency", "洪雅县止戈镇派出所"), ("Agency", "洪雅县止戈镇税务所"), ("Agency", "洪雅县止戈镇财政所"), ("Official", "杜春梅")},
     {("杜春梅", HP, "洪雅县止戈镇财政所"), ("洪雅县止戈镇派出所", LI, "止戈镇")}, set()),
    # 2. a list of bodies after one jurisdiction, mixing heads, some with their own jurisdiction
    ("局 after a field, in a list with no jurisdiction", "县发改局、统计局和水利局负责人参加会议。", set(), set(),
     {"发展和改革局和水利局", "发展和改革局水利局"}),
    ("局, 委 and 办 after one county", "洪雅县应急局、卫健委和县政府办负责人参加会议。",
     {("Agency", "洪雅县卫生健康委员会"), ("Agency", "洪雅县人民政府办公室")}, set(), set()),
    ("委办, 政府办, 人大办 and 政协办 after one county", "洪雅县委办、政府办、人大办、政协办负责同志参加。",
     {("Agency", "中共洪雅县委办公室"), ("Agency", "洪雅县人民政府办公室"), ("Agency", "洪雅县人民代表大会常务委员会办公室"),
      ("Agency", "中国人民政治协商会议洪雅县委员会办公室")}, set(), {"洪雅县人民代表大会"}),
    ("a province's CPPCC general office", "云南省政协办公厅负责同志参加。",
     {("Agency", "中国人民政治协商会议云南省委员会办公厅")}, set(), set()),
    ("办理 after 政府 and 政协 is a verb", "洪雅县召开会议。县政协办理提案86件，县政府办结民生实事9件。", set(), set(),
     {"中国人民政治协商会议洪雅县委员会办公室", "洪雅县人民政府办公室"}),
    # 3. the head of a listed field, told by how the jurisdiction's name ends
    ("a province-level city's listed fields take 局", "天津市民政、财政等部门负责同志参加。",
     {("Agency", "天津市民政局"), ("Agency", "天津市财政局")}, set(), {"天津市民政厅", "天津市财政厅"}),
    ("市 for a province-level city", "上海市召开会议。市民政、司法等部门负责同志参加。",
     {("Agency", "上海市民政局"), ("Agency", "上海市司法局")}, set(), {"上海市民政厅"}),
    ("a province's listed fields take 厅", "云南省民政、财政等部门负责同志参加。",
     {("Agency", "云南省民政厅"), ("Agency", "云南省财政厅")}, set(), set()),
    ("an autonomous region's take 厅", "广西壮族自治区民政、财政等部门负责同志参加。",
     {("Agency", "广西壮族自治区民政厅")}, set(), set()),
    ("a county's take 局", "洪雅县民政、财政等部门负责同志参加。", {("Agency", "洪雅县民政局")}, set(), set()),
    # 4. the Corps with Arabic digits
    ("第N师 and a regiment in digits", "新疆维吾尔自治区召开会议。第7师128团团长艾力出席。",
     {("Agency", "新疆生产建设兵团第七师一二八团")},
     {("新疆生产建设兵团第七师一二八团", SO, "新疆生产建设兵团第七师")}, {"新疆生产建设兵团第7师"}),
    ("a regiment in digits, its division from the lexicon", "新疆维吾尔自治区召开会议。129团党委书记吴海燕出席。",
     {("Agency", "中共新疆生产建设兵团第七师一二九团委员会"), ("Official", "吴海燕")},
     {("吴海燕", HP, "中共新疆生产建设兵团第七师一二九团委员会")}, set()),
    ("a division in digits and its bureau", "新疆维吾尔自治区召开会议。第13师民政局局长帕丽达出席。",
     {("Agency", "新疆生产建设兵团第十三师民政局")},
     {("新疆生产建设兵团第十三师民政局", SO, "新疆生产建设兵团第十三师")}, set()),
    ("the same regiment printed both ways", "新疆维吾尔自治区召开会议。第3师51团与第三师五十一团是同一个团场。",
     {("Agency", "新疆生产建设兵团第三师五十一团")}, set(), {"新疆生产建设兵团第三师51团"}),
    # 5. figures of legend and literature
    ("a legend's figure after 传说中的", "传说中的阿木嘎是一位牧羊少年，阿木嘎的歌声传遍草原。", set(), set(), {"阿木嘎"}),
    ("a role after 饰演; the actor stays", "青年演员周晓燕在剧中饰演张桂兰，张桂兰带领村民修路。",
     {("Person", "周晓燕")}, set(), {"张桂兰"}),
    ("a character after a work's title", "孩子们最喜欢《山林奇遇》中的王小虎，王小虎带领伙伴们保护森林。", set(), set(),
     {"王小虎"}),
    ("a statue's figure", "村口新立了一尊石凤英塑像，石凤英的故事在当地流传。", set(), set(), {"石凤英"}),
    ("a well-known figure without a cue", "孙悟空和猪八戒的彩绘吸引了不少游客驻足。", set(), set(), {"孙悟空", "猪八戒"}),
    # 6. a development zone of another province
    ("a zone named after a town of another province", "洪雅县召开会议。张江高新区管委会副主任龙飞介绍经验。",
     {("Official", "龙飞")}, {("龙飞", HP, "张江高新区管理委员会")}, {"洪雅县张江高新区管理委员会"}),
    ("a zone after its province and city's short name", "洪雅县召开会议。浙江省杭州高新区管委会副主任龙飞介绍经验。",
     {("Official", "龙飞")}, {("龙飞", HP, "浙江省杭州高新区管理委员会")}, set()),
]


@pytest.mark.parametrize("kind,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_classes(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("text", ["洪雅县召开会议。县司法局止戈镇司法所所长邹丽娟出席。",
                                  "洪雅县召开会议。县市场监管局止戈镇市场监管所所长邹丽娟出席。",
                                  "洪雅县召开会议。县农业农村局止戈镇农技站站长邹丽娟出席。"])
def test_town_office_printed_after_its_county_bureau_is_its_unit(nlp, text):
    """However the office's whole name is read (the town's office, or the bureau's unit named with the bureau), it
    is a unit of the county bureau printed right before it, and the official holds a post in it."""
    _, facts = read_names(nlp, text)
    units = {s for s, p, o in facts if p == SO and o.startswith("洪雅县") and "止戈镇" in s}
    assert len(units) == 1 and ("邹丽娟", HP, units.pop()) in facts, sorted(facts)


def test_town_office_is_no_unit_of_a_bureau_the_text_does_not_print(nlp):
    """A town's office printed with its town alone is that town's, no unit of a county bureau guessed for it; printed
    alone in an article about a county, it is no body of the grammar's."""
    _, facts = read_names(nlp, "洪雅县召开会议。止戈镇司法所所长邹丽娟出席。")
    assert ("洪雅县止戈镇司法所", LI, "止戈镇") in facts and not {f for f in facts if f[1] == SO}, sorted(facts)
    entities, _ = read_names(nlp, "洪雅县召开会议。司法所所长邹丽娟出席。")
    assert not {n for t, n in entities if t == "Agency"}, sorted(entities)


@pytest.mark.parametrize("text,absent", [
    ("洪雅县止戈镇召开会议。县公安局止戈派出所所长龙飞说，派出所将加强夜间巡逻。", "洪雅县止戈镇派出所"),
    ("洪雅县止戈镇召开会议。县司法局在中保镇、余坪镇的司法所配备了调解员。", "洪雅县止戈镇司法所"),
])
def test_town_office_printed_alone_that_is_not_the_article_town(nlp, text, absent):
    """An office printed alone after the text named one of its kind in full is that one again, and one printed after
    other towns in its sentence is theirs: neither is the article's town's."""
    entities, _ = read_names(nlp, text)
    assert absent not in {n for _, n in entities}, sorted(entities)


def test_zone_of_another_province_is_not_in_the_article_city(nlp):
    _, facts = read_names(nlp, "洪雅县召开会议。张江高新区管委会副主任龙飞介绍经验。")
    assert not {f for f in facts if f[1] == LI and f[2] == "洪雅县"}, sorted(facts)


def test_zone_of_the_article_city_stays_there(nlp):
    """A zone's own name that no town of another province has still lies in the article's county."""
    _, facts = read_names(nlp, "开平市召开会议。翠湾新区管委会副主任龙飞介绍经验。")
    assert ("开平市翠湾新区管理委员会", LI, "开平市") in facts, sorted(facts)


def test_actor_of_a_legend_role_is_a_person(nlp):
    entities, _ = read_names(nlp, "村民罗志明扮演孙悟空，逗得孩子们哈哈大笑。")
    assert ("Person", "罗志明") in entities and not any(n == "孙悟空" for _, n in entities), sorted(entities)


def test_real_person_honoured_with_a_bronze_statue_stays_a_person(nlp):
    """A bronze statue honours real people as often as legends (a martyr's): 铜像 is no cue of fiction."""
    entities, _ = read_names(nlp, "在革命烈士陈志远铜像前，党员们重温入党誓词，陈志远的事迹感人至深。")
    assert ("Person", "陈志远") in entities, sorted(entities)


def test_listed_field_head_of_a_jurisdiction_no_ending_fits_is_left_unguessed(monkeypatch):
    """Where no ending of the lexicon's fits the jurisdiction's name, no head is guessed and no body made."""
    from kg.ner.agencies import agency_finder

    finder = agency_finder()
    assert finder.listed_field_head_of("北京市") == "局"
    assert finder.listed_field_head_of("湖南省") == "厅"
    assert finder.listed_field_head_of("内蒙古自治区") == "厅"
    monkeypatch.setattr(finder.v, "listed_field_head", [(e, h) for e, h in finder.v.listed_field_head if e != "县"])
    assert finder.listed_field_head_of("洪雅县") == ""
    from kg.nlp import load_nlp

    entities, _ = read_names(load_nlp(), "洪雅县民政、财政等部门负责同志参加。")
    assert not {n for t, n in entities if t == "Agency"}, sorted(entities)


def test_regiment_numerals():
    from kg.ner.agencies import regiment_numerals

    digits = "〇一二三四五六七八九十"
    assert [regiment_numerals(d, digits) for d in ("150", "101", "10", "51", "９")] == ["一五〇", "一〇一", "十", "五十一", "九"]
