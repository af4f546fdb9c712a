"""More construction classes from news of every province, each row a sentence written for this test: a post played
on stage or screen, which nobody holds (the actor is a Person, the character no entity; eval/GUIDELINES.md: only real
people are Person, and a real official who 扮演 a commander in a drill keeps his post); the commissions of a
province-level city (北京市教育委员会) and their short forms after 市 or a district's name; the posts of a court's or a
procuratorate's own committee (审判委员会委员), which belong to the court, title kept, as 党组 posts belong to the body;
development zones of another province named with their own name alone, which lie where that name says when the
gazetteer knows it once, and never in the article's county; quoted schemes that keep the head after the quote; a
province's own version of a scheme begun in another province, and a province's level of a designation beside the
national one, which are programmes of their own; a town's police station or field office, which lies in its town
where the text prints the town (its jurisdiction), is the unit of the county bureau only where printed after it, and
printed short after its full name is that office again."""
import pytest

from conftest import check_reading, read_names

HP, LI, SO = "holdsPost", "locatedIn", "subOrganizationOf"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a post played on stage or screen
    ("the actor after a post played and 的", "剧团来到洪雅县演出。在剧中扮演村支书的演员李春华表演生动。在剧中扮演村支书的孙丽萍也上台谢幕。",
     {("Person", "孙丽萍")}, set(), set()),
    ("the actor after 饰演 a county post and 的", "话剧《茶山春早》首演，饰演县委书记的王建国赢得掌声。",
     {("Person", "王建国")}, set(), {"中共县委员会"}),
    ("a character after a screen's cue and a post", "电影里的镇长赵大海带领乡亲修路，赵大海的故事打动了观众。",
     set(), set(), {"赵大海"}),
    ("a character after 饰演, an attribute and a post", "青年演员周晓燕在剧中饰演女村支书李秀芝，李秀芝带领村民致富。",
     {("Person", "周晓燕")}, set(), {"李秀芝"}),
    ("a real official in a drill keeps his post", "洪雅县开展防汛应急演练，副县长刘志强扮演现场总指挥。",
     {("Official", "刘志强")}, {("刘志强", HP, "洪雅县人民政府")}, set()),
    # 3. the commissions of a province-level city and their short forms
    ("市教委 in Beijing, and a district's 教委", "北京市召开会议。北京市教育委员会主任李明出席，市教委副主任王刚主持，海淀区教委主任张华参加。",
     {("Official", "王刚"), ("Official", "张华"), ("Agency", "北京市海淀区教育委员会")},
     {("王刚", HP, "北京市教育委员会"), ("张华", HP, "北京市海淀区教育委员会"), ("北京市海淀区教育委员会", LI, "海淀区")}, set()),
    ("市教委 and 市经信委 in Chongqing", "重庆市召开会议。市教委主任刘强出席，市经信委副主任钱伟发言。",
     {("Agency", "重庆市教育委员会"), ("Agency", "重庆市经济和信息化委员会")},
     {("刘强", HP, "重庆市教育委员会"), ("钱伟", HP, "重庆市经济和信息化委员会"), ("重庆市教育委员会", LI, "重庆市")}, set()),
    ("市科委 in Tianjin", "天津市召开会议。市科委主任孙强和市住建委副主任何丽出席。",
     {("Agency", "天津市科学技术委员会"), ("Agency", "天津市住房和城乡建设委员会")},
     {("孙强", HP, "天津市科学技术委员会"), ("何丽", HP, "天津市住房和城乡建设委员会")}, set()),
    # 4. a post of the committee inside a court or a procuratorate is the court's or the procuratorate's
    ("审判委员会委员 right after the court", "洪雅县人民法院审判委员会委员邓国强主持庭审。",
     {("Official", "邓国强")}, {("邓国强", HP, "洪雅县人民法院")}, {"洪雅县人民法院审判委员会"}),
    ("审判委员会专职委员 after the county's short court", "洪雅县召开会议。县法院审判委员会专职委员邓国强出席。",
     {("Official", "邓国强")}, {("邓国强", HP, "洪雅县人民法院")}, {"洪雅县人民法院审判委员会"}),
    ("检察委员会委员 before another post in a chain", "洪雅县人民检察院检察委员会委员、第一检察部主任杜春梅出席。",
     {("Official", "杜春梅")}, {("杜春梅", HP, "洪雅县人民检察院"), ("杜春梅", HP, "洪雅县人民检察院第一检察部")},
     {"洪雅县人民检察院检察委员会"}),
    # 2. a development zone of another province named with its own name alone
    ("a zone named after a city the gazetteer knows once", "洪雅县召开会议。苏州工业园区管委会副主任龙飞介绍经验。",
     {("Agency", "苏州工业园区管理委员会"), ("Place", "苏州市")}, {("苏州工业园区管理委员会", LI, "苏州市")}, set()),
    ("a zone named after a county-level city of another province", "洪雅县召开会议。昆山开发区管委会主任龙飞介绍经验。",
     {("Agency", "昆山开发区管理委员会")}, {("昆山开发区管理委员会", LI, "昆山市")}, set()),
    ("a zone named by its province's and county's short names", "开平市召开会议。福建建宁经济开发区管委会主任龙飞介绍经验。",
     set(), {("福建建宁经济开发区管理委员会", LI, "建宁县")}, set()),
    # 5. a quoted scheme with its head after the quote keeps the head
    ("“…”工程 keeps 工程", "洪雅县推进“茶乡工匠”工程，带动茶农增收。",
     {("Programme", "茶乡工匠工程")}, {("洪雅县", "implements", "茶乡工匠工程")}, {"茶乡工匠"}),
    ("“…”计划, its quoted form alone later the same scheme", "洪雅县实施“青苗成长”计划。县教育局介绍，“青苗成长”已惠及学生三千人。",
     {("Programme", "青苗成长计划")}, set(), {"青苗成长"}),
    ("“…”专项行动 keeps its head", "洪雅县开展“净水护岸”专项行动，清理河道垃圾。",
     {("Programme", "净水护岸专项行动")}, set(), {"净水护岸"}),
    # 6. a province's own version of a scheme, or its own level of a designation, is no national one
    ("a province's own version of a scheme begun in another", "我们在两河镇、青山镇实施湖南省“千村示范、万村整治”工程，建成示范点12个。",
     {("Programme", "湖南省千村示范、万村整治工程")}, {("两河镇", "implements", "湖南省千村示范、万村整治工程")},
     {"千村示范、万村整治工程"}),
    ("a province's version of a scheme quoted without its head", "湖南省“五水共治”行动全面启动。",
     {("Programme", "湖南省五水共治行动")}, set(), {"五水共治"}),
    ("the scheme printed after its home province is the scheme", "浙江省“千万工程”经验值得各地学习。",
     {("Programme", "千村示范、万村整治工程")}, set(), {"浙江省千万工程"}),
    ("a province's designation beside the national one", "洪雅县止戈镇石堰村入选省级乡村振兴示范村，余坪村入选全国乡村振兴示范村。",
     {("Programme", "四川省乡村振兴示范村"), ("Programme", "全国乡村振兴示范村")},
     {("石堰村", "implements", "四川省乡村振兴示范村")}, set()),
    # 7. a town's police station or field office lies in its town where the text prints the town
    ("a station printed after its bureau, then short", "洪雅县止戈镇召开会议。县公安局止戈派出所所长龙飞说，止戈派出所将加强夜间巡逻。",
     {("Agency", "洪雅县公安局止戈派出所")},
     {("洪雅县公安局止戈派出所", LI, "止戈镇"), ("洪雅县公安局止戈派出所", SO, "洪雅县公安局")}, {"止戈派出所"}),
    ("a justice office after its bureau, its town printed", "洪雅县止戈镇召开会议。县司法局止戈司法所所长邹丽娟出席。",
     set(), {("洪雅县司法局止戈司法所", LI, "止戈镇"), ("邹丽娟", HP, "洪雅县司法局止戈司法所")}, set()),
    ("a station after its bureau, its town not printed", "洪雅县召开会议。县公安局止戈派出所所长龙飞汇报工作。",
     set(), {("洪雅县公安局止戈派出所", LI, "洪雅县"), ("洪雅县公安局止戈派出所", SO, "洪雅县公安局")}, set()),
]


@pytest.mark.parametrize("kind,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_classes_2(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_actor_of_a_post_played_holds_no_post(nlp):
    entities, facts = read_names(nlp, "话剧《茶山春早》首演，饰演县委书记的王建国赢得掌声。")
    assert not {n for t, n in entities if t == "Official"} and not {f for f in facts if f[1] == HP}, sorted(entities)


def test_a_played_post_in_a_drill_is_no_play(nlp):
    """扮演 in a sentence about a drill is no play: the name after the post played is not made a Person."""
    entities, _ = read_names(nlp, "洪雅县开展应急演练，扮演镇长的刘志强指挥群众疏散。")
    assert ("Person", "刘志强") not in entities, sorted(entities)


def test_municipal_commission_does_not_merge_with_a_district_one(nlp):
    entities, _ = read_names(nlp, "上海市召开会议。上海市卫生健康委员会副主任周敏介绍情况，市卫健委副主任张华发言，浦东新区卫健委主任赵磊参加。")
    agencies = {n for t, n in entities if t == "Agency"}
    assert {"上海市卫生健康委员会", "上海市浦东新区卫生健康委员会"} <= agencies, sorted(entities)


def test_court_committee_printed_as_the_subject_stays_a_unit(nlp):
    """The committee named on its own, with no post of it after it, is still read as the court's unit."""
    entities, facts = read_names(nlp, "洪雅县人民法院审判委员会召开会议，讨论重大疑难案件。")
    assert ("洪雅县人民法院审判委员会", SO, "洪雅县人民法院") in facts, sorted(facts)


def test_quoted_form_of_a_scheme_with_its_head_is_its_alias(nlp):
    from kg.extraction import extract
    from kg.model import Document

    r = extract(Document("t.txt", "t.txt", "洪雅县实施“茶乡工匠”工程，今年认定“茶乡工匠”五百名。", "utf-8", ""), nlp)
    programmes = [e for e in r.entities if e.type == "Programme"]
    assert [(e.name, "茶乡工匠" in e.aliases) for e in programmes] == [("茶乡工匠工程", True)], programmes


def test_a_campaign_after_a_quoted_scheme_keeps_the_quoted_name(nlp):
    """Only a scheme's own heads (NamingHead "kept") stay in its name: 活动 and 创建 name a campaign of the scheme."""
    entities, _ = read_names(nlp, "洪雅县开展“书香茶乡”创建活动，建成农家书屋二十个。")
    assert not {n for t, n in entities if t == "Programme" and n.endswith("活动")}, sorted(entities)


@pytest.mark.parametrize("text", ["洪雅县召开会议。鼓楼高新区管委会主任龙飞介绍经验。",
                                  "洪雅县召开会议。苏州工业园区管委会副主任龙飞介绍经验。"])
def test_zone_of_another_province_never_lies_in_the_article_county(nlp, text):
    """Where the zone's name says no place the gazetteer knows once, it is left without one."""
    _, facts = read_names(nlp, text)
    assert not {f for f in facts if f[1] == LI and f[2] == "洪雅县"}, sorted(facts)


def test_a_provincial_designation_is_no_alias_of_the_national_one(nlp):
    from kg.extraction import extract
    from kg.model import Document

    r = extract(Document("t.txt", "t.txt", "石堰村入选省级乡村振兴示范村，余坪村入选全国乡村振兴示范村。", "utf-8", ""), nlp)
    national = [e for e in r.entities if e.type == "Programme" and e.name == "全国乡村振兴示范村"]
    assert national and not any("省级" in a for e in national for a in e.aliases), r.entities


def test_station_printed_with_its_town_alone_is_no_unit_of_an_unprinted_bureau(nlp):
    _, facts = read_names(nlp, "洪雅县召开会议。止戈派出所所长龙飞说，止戈镇治安平稳。")
    assert ("止戈派出所", LI, "止戈镇") in facts and not {f for f in facts if f[1] == SO}, sorted(facts)


def test_a_known_scheme_quoted_before_a_head_keeps_the_lexicons_name(nlp):
    entities, _ = read_names(nlp, "洪雅县推进“四好农村路”工程建设，新改建道路三十公里。")
    assert ("Programme", "四好农村路") in entities and ("Programme", "四好农村路工程") not in entities, sorted(entities)
