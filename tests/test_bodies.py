"""Bodies and their jurisdictions, one construction class a table row, on sentences written for
these tests: an article's home jurisdiction, full official names, units of a body, bare lists,
democratic parties and the Corps' divisions."""
import pytest

from kg.extraction import extract_text
from kg.ner.state import ArticleInfo


def agencies(nlp, text, **hint):
    articles = (ArticleInfo(0, len(text), **hint),) if hint else None
    doc = extract_text(text, nlp, articles)
    return {c.name: c for c in doc._.kg.graph_final if c.type == "Agency"}


HOMES = [
    # a municipality is the home of 市
    ("重庆市召开新闻发布会。市农业农村委、市乡村振兴局负责人出席。", {"重庆市农业农村委员会", "重庆市乡村振兴局"}),
    # a county votes for the city above it when the article names no city
    ("副市长刘某到隆回县调研，市委副书记陈某参加。", {"中共邵阳市委员会"}),
    # an abbreviated body belongs to the place whose body the sentence printed last (a visit)
    ("韶山市委书记甲会见湘潭县委书记乙率领的代表团，湘潭县人大常委会主任丙、县政协主席丁参加。",
     {"中国人民政治协商会议湘潭县委员会"}),
    ("湘潭县委书记乙率代表团到韶山市考察。韶山市委书记甲，市委副书记、市长戊陪同。", {"中共韶山市委员会"}),
    # ... or the place printed with a title: a county-level city's body in a chain about it
    ("邵阳市委、邵阳市政府召开会议，邵阳市长出席。武冈市副市长、市总工会主席某某发言。", {"武冈市总工会"}),
    # 自治区 abbreviates the province
    ("宁夏回族自治区召开会议，自治区党委、自治区人民政府、自治区发展改革委负责人出席。",
     {"中共宁夏回族自治区委员会", "宁夏回族自治区人民政府", "宁夏回族自治区发展和改革委员会"}),
    # 我县 + a body
    ("绥宁县召开会议。我县卫健局、我县财政局负责人发言。", {"绥宁县卫生健康局", "绥宁县财政局"}),
    # a banner (旗) and a league (盟) of Inner Mongolia abbreviate like a county and a prefecture
    ("杭锦旗召开会议，旗委、旗应急管理局、旗林草局负责人出席。",
     {"中共杭锦旗委员会", "杭锦旗应急管理局", "杭锦旗林业和草原局"}),
    ("阿拉善盟召开会议，盟委、盟财政局负责人出席。", {"中共阿拉善盟委员会", "阿拉善盟财政局"}),
    # 该县, 本市 point at the home like 我县
    ("湘潭县召开会议。该县应急管理局、本县消防救援大队负责人发言。", {"湘潭县应急管理局", "湘潭县消防救援大队"}),
    # a development zone's committee printed with its kind alone is the home place's zone
    ("邵阳市召开会议。经开区管委会负责人发言。", {"邵阳市经济技术开发区管理委员会"}),
]


#: a body right after a verb whose object it is: the verb is no part of a place's name
AFTER_VERBS = [
    ("各乡镇认真贯彻隆回县委部署，推进基层治理。", "中共隆回县委员会"),
    ("全镇上下认真落实洞口县委的部署。", "中共洞口县委员会"),
]


@pytest.mark.parametrize("text, body", AFTER_VERBS)
def test_a_body_after_a_verb(nlp, text, body):
    assert body in agencies(nlp, text)


@pytest.mark.parametrize("text, expected", HOMES)
def test_abbreviated_bodies_take_the_right_home(nlp, text, expected):
    assert expected <= set(agencies(nlp, text))


def test_the_newspaper_names_the_home_city(nlp):
    text = "记者报道：武冈市、洞口县、隆回县的项目进展顺利。市政协主席某某参加。"
    assert "中国人民政治协商会议邵阳市委员会" in agencies(nlp, text, newspaper="邵阳日报")


FULL_NAMES = [
    ("邵阳市委统战部", "中共邵阳市委统一战线工作部"),
    ("邵阳市委政法委", "中共邵阳市委政法委员会"),
    ("隆回县委办", "中共隆回县委办公室"),
    ("邵阳市委政研室", "中共邵阳市委政策研究室"),
    ("邵阳市委农办", "中共邵阳市委农村工作领导小组办公室"),
    ("邵阳县委两新工委", "中共邵阳县委两新组织工作委员会"),
    ("隆回县委农工委", "中共隆回县委农村工作委员会"),
    ("邵阳市监察委", "邵阳市监察委员会"),
    ("邵阳市农业农村委", "邵阳市农业农村委员会"),
    ("隆回县党委", "中共隆回县委员会"),
    ("邵阳市住建局", "邵阳市住房和城乡建设局"),
    ("中央农办", "中央农村工作领导小组办公室"),
    ("中央办公厅", "中共中央办公厅"),
    # short forms of bodies that many provinces still print
    ("邵阳市金融办", "邵阳市金融工作办公室"),
    ("隆回县扶贫办", "隆回县扶贫开发领导小组办公室"),
    ("邵阳市住保办", "邵阳市住房保障办公室"),
    ("邵阳市建委", "邵阳市建设委员会"),
    ("邵阳市房管局", "邵阳市房产管理局"),
    ("邵阳市经信局", "邵阳市经济和信息化局"),
    ("隆回县民宗局", "隆回县民族宗教事务局"),
    ("国家监委", "国家监察委员会"),
    # courts: numbered intermediate courts and the short forms 中院, 高院
    ("长沙市第一中级人民法院", "长沙市第一中级人民法院"),
    ("长沙市中院", "长沙市中级人民法院"),
    ("重庆市五中院", "重庆市第五中级人民法院"),
    ("湖南省高院", "湖南省高级人民法院"),
    # a field's centre with the kind of centre between (服务, 保护), and the centres printed short
    ("隆回县乡村振兴服务中心", "隆回县乡村振兴服务中心"),
    ("隆回县疾控中心", "隆回县疾病预防控制中心"),
    ("隆回县农技推广中心", "隆回县农业技术推广中心"),
    ("隆回县供销社", "隆回县供销合作社"),
    # a village's committee sharing the 村 of its name (丰云村委会 = 丰云村村委会)
    ("隆回县金石桥镇丰云村委会", "隆回县丰云村村民委员会"),
    # national bodies by their other printings, and bodies since merged under their own names
    ("住房城乡建设部", "住房和城乡建设部"),
    ("中央组织部", "中共中央组织部"),
    ("银保监会", "中国银行保险监督管理委员会"),
    ("国家卫计委", "国家卫生和计划生育委员会"),
    ("中央政治局", "中共中央政治局"),
    # a zone's committee after its place, named once
    ("邵阳市经开区管委会", "邵阳市经济技术开发区管理委员会"),
    ("隆回县金石湖管委会", "隆回县金石湖新区管理委员会"),
]


@pytest.mark.parametrize("surface, name", FULL_NAMES)
def test_bodies_get_their_full_names(nlp, surface, name):
    found = agencies(nlp, f"近日，{surface}召开会议。")
    assert name in found and found[name].end - found[name].start == len(surface)


UNITS = [
    ("湖南省文化和旅游厅资源开发处处长某某讲话。", "湖南省文化和旅游厅资源开发处", "湖南省文化和旅游厅"),
    ("湖南省委宣传部新闻发布处副处长某某主持。", "中共湖南省委宣传部新闻发布处", "中共湖南省委宣传部"),
    ("邵阳市人大财经委主任委员某某作报告。", "邵阳市人民代表大会财经委员会", "邵阳市人民代表大会"),
    ("邵阳市人大农业与农村委员会主任委员某某作报告。", "邵阳市人民代表大会农业与农村委员会", "邵阳市人民代表大会"),
    ("邵阳市政府国资委主任某某作报告。", "邵阳市人民政府国有资产监督管理委员会", "邵阳市人民政府"),
    ("湖南省政府新闻办主任某某主持。", "湖南省人民政府新闻办公室", "湖南省人民政府"),
    ("邵阳市防汛抗旱指挥部办公室负责人发言。", "邵阳市防汛抗旱指挥部办公室", "邵阳市防汛抗旱指挥部"),
    ("邵阳市人民政府办公室印发通知。", "邵阳市人民政府办公室", "邵阳市人民政府"),
    # a provincial department's 总队, a county bureau's 股
    ("湖南省公安厅交警总队负责人介绍情况。", "湖南省公安厅交警总队", "湖南省公安厅"),
    ("邵阳县财政局农业股股长某某汇报。", "邵阳县财政局农业股", "邵阳县财政局"),
    # the units of a national body, one level or two
    ("水利部农村水利水电司副司长某某到邵阳调研。", "水利部农村水利水电司", "水利部"),
    ("公安部刑事侦查局有关负责人介绍。", "公安部刑事侦查局", "公安部"),
    ("国家发展改革委价格司负责人答问。", "国家发展和改革委员会价格司", "国家发展和改革委员会"),
    ("国务院发展研究中心研究员某某发言。", "中华人民共和国国务院发展研究中心", "中华人民共和国国务院"),
    ("农业农村部计划财务司预算处处长某某介绍。", "农业农村部计划财务司预算处", "农业农村部计划财务司"),
    # a ministry's general office, a court's numbered divisions
    ("交通运输部办公厅日前印发通知。", "交通运输部办公厅", "交通运输部"),
    ("会上，邵东市人民法院刑事审判第二庭庭长某某通报案情。", "邵东市人民法院刑事审判第二庭", "邵东市人民法院"),
    ("邵阳市公安局交警第三支队负责人介绍。", "邵阳市公安局交警第三支队", "邵阳市公安局"),
]

#: bodies printed where no unit is: a county bureau has no 司 or 局 of its own, a title is no unit's name,
#: and two national bodies side by side are two bodies
NOT_UNITS = [
    ("邵阳县教育局局长某某讲话。", "邵阳县教育局"),
    ("水利部规划计划司司长和国家林草局负责人出席。", "水利部规划计划司"),
    ("中央纪委国家监委驻水利部纪检监察组组长某某出席。", "中共中央纪律检查委员会"),
    ("邵阳县税务局科员某某。", "邵阳县税务局"),
    # a unit's head before 长 is a title's (新闻办 + 处长), and national bodies printed side by side are no units of
    # each other (中心 before 支行 is part of a branch's name: tests/test_village_bodies_context.py)
    ("国务院新闻办处长某某出席。", "中华人民共和国国务院"),
    ("财政部审计署联合发文。", "财政部"),
    # 庭 is the head of a court's division only; 第一 alone is no unit's name
    ("邵东市妇联和谐家庭建设推进会召开。", "邵东市妇女联合会"),
    ("邵东市公安局第一时间赶到现场。", "邵东市公安局"),
    ("教育部、民政部和商务部三部委联合发文。", "商务部"),
]


#: a discipline commission and its supervisory commission printed as one (纪委监委): two bodies of one place
PAIRED = [
    ("邵东市纪委监委通报了三起典型问题。", {"邵东市纪律检查委员会", "邵东市监察委员会"}),
    ("邵阳市召开会议，市纪委市监委负责人讲话。", {"邵阳市纪律检查委员会", "邵阳市监察委员会"}),
]


@pytest.mark.parametrize("text, expected", PAIRED)
def test_paired_bodies_are_two_bodies_of_one_place(nlp, text, expected):
    found = agencies(nlp, text)
    assert expected <= set(found)
    assert not [n for n in found if n.startswith("邵") and "纪律检查委员会" in n and "监" in n], found


def test_no_body_read_across_a_concurrent_post(nlp):
    found = agencies(nlp, "原长沙市岳麓区望城坡街道执法队副队长兼督查办公室主任某某被查处。")
    assert not [n for n in found if "兼" in n], found


@pytest.mark.parametrize("text, body", NOT_UNITS)
def test_no_unit_read_past_a_body(nlp, text, body):
    found = agencies(nlp, text)
    assert body in found
    assert not [n for n in found if n.startswith(body) and n != body and n != "水利部规划计划司"], found


@pytest.mark.parametrize("text, unit, parent", UNITS)
def test_units_of_a_body(nlp, text, unit, parent):
    found = agencies(nlp, text)
    assert found[unit].body.parent == parent


@pytest.mark.parametrize("text, absent, present", [
    # the committee printed only inside its department's name is not a mention of its own
    ("湖南省委宣传部副部长某某出席。", "中共湖南省委员会", "中共湖南省委宣传部"),
    ("邵阳市人大法制委主任委员某某发言。", "邵阳市人民代表大会", "邵阳市人民代表大会法制委员会"),
    # 机关党委 is the body's Party committee before a title, not a unit named 机关党委员会
    ("邵阳市委统战部机关党委书记某某发言。", "中共邵阳市委统一战线工作部机关党委员会", "中共邵阳市委统一战线工作部"),
    # ... nor is 党委 before 委员: a member of the body's Party committee holds a title
    ("隆回县公安局党委委员某某发言。", "隆回县公安局党委", "隆回县公安局"),
])
def test_a_body_printed_inside_another_name(nlp, text, absent, present):
    found = agencies(nlp, text)
    assert present in found and absent not in found


def test_the_committee_printed_alone_is_the_parent_of_its_department(nlp):
    from kg.extraction import extract
    from kg.model import Document

    text = "湖南省委召开会议。湖南省委宣传部副部长某某出席。"
    result = extract(Document("t.txt", "t.txt", text, "utf-8", "0" * 64))
    names = {e.key: e.name for e in result.entities}
    facts = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    assert ("中共湖南省委宣传部", "subOrganizationOf", "中共湖南省委员会") in facts


LISTS = [
    ("宁夏回族自治区住房城乡建设厅、发展改革委、农业厅等部门进行了复核。",
     {"宁夏回族自治区住房和城乡建设厅", "宁夏回族自治区发展和改革委员会", "宁夏回族自治区农业厅"}),
    ("绥宁县政府办、公安局、财政局、发改局负责人参加。",
     {"绥宁县人民政府办公室", "绥宁县公安局", "绥宁县财政局", "绥宁县发展和改革局"}),
    ("绥宁县委宣传部、组织部负责人参加。", {"中共绥宁县委宣传部", "中共绥宁县委组织部"}),
    # a street's office in the list after its Party working committee: the street named once
    ("隆回县桃花坪街道党工委、街道办事处负责人参加。", {"隆回县桃花坪街道办事处"}),
    ("隆回县桃花坪街道党工委、街道办负责人参加。", {"隆回县桃花坪街道办事处"}),
]


@pytest.mark.parametrize("text, expected", LISTS)
def test_bodies_in_a_bare_list_share_the_first_ones_jurisdiction(nlp, text, expected):
    assert expected <= set(agencies(nlp, text))


OTHER_BODIES = [
    ("民盟邵阳市委会组织调研。", "中国民主同盟邵阳市委员会"),
    ("九三学社中央负责同志出席。", "九三学社中央委员会"),
    ("八师党委书记某某到石河子市调研。", "中共新疆生产建设兵团第八师委员会"),
    ("八师党委书记某某到石河子市调研。", "新疆生产建设兵团第八师"),
]


@pytest.mark.parametrize("text, name", OTHER_BODIES)
def test_democratic_parties_and_the_corps(nlp, text, name):
    assert name in agencies(nlp, text)


#: a country or region printed before a national body's name: that country's body, not China's
FOREIGN = [
    ("外交部发言人就美国国务院的报告答问。", "中华人民共和国国务院"),
    ("俄国防部当天发布消息。", "国防部"),
    ("日本外务省与韩国外交部举行会谈。", "外交部"),
    ("香港证监会发出警示。", "中国证券监督管理委员会"),
    ("美国国家航空航天局公布了图片。", "国家航空航天局"),
]


@pytest.mark.parametrize("text, absent", FOREIGN)
def test_a_foreign_body_is_not_chinas(nlp, text, absent):
    assert absent not in agencies(nlp, text)


def test_the_chinese_body_beside_a_foreign_one_stays(nlp):
    found = agencies(nlp, "8日，外交部发言人回应了俄罗斯外交部的声明，国防部也作了回应。")
    assert {"外交部", "国防部"} <= set(found)
    assert [c.start for c in found.values() if c.name == "外交部"] == [3]


@pytest.mark.parametrize("text", [
    "紧扣长沙市委、市政府中心工作。",  # 中心工作 is no centre
    "在第八师范学院举行。",  # 师范 is no division of the Corps
    "邵阳市委办理了此事。",  # 办理 is no office
])
def test_not_bodies(nlp, text):
    found = set(agencies(nlp, text))
    assert not any(n.endswith(("中心", "第八师", "委办公室", "委员会办公室")) for n in found), found


# working groups and teams named after their task: bodies of the place printed before them (an abbreviated
# place too), or of the place within it they are stationed in (驻), also after a quoted name; and the heads printed right after them hold posts there
TASK_TEAMS = [
    # a team stationed in a place within the sender's stands there
    ("大余县驻池江镇帮扶工作队走访了各村。", "大余县驻池江镇帮扶工作队", "池江镇"),
    ("崇义县召开会议。县驻村工作队全体队员参加。", "崇义县驻村工作队", "崇义县"),
    ("龙南市乡村振兴工作专班召开推进会。", "龙南市乡村振兴工作专班", "龙南市"),
    ("寻乌县“厕所革命”工作专班印发通知。", "寻乌县“厕所革命”工作专班", "寻乌县"),
]


@pytest.mark.parametrize("text, name, place", TASK_TEAMS)
def test_task_groups_and_teams_are_bodies_of_their_place(nlp, text, name, place):
    got = agencies(nlp, text)
    assert name in got, sorted(got)
    assert got[name].body.place == place


@pytest.mark.parametrize("text, head, body", [
    ("崇义县召开会议。县驻村工作队队长、县林业局副局长温子健发言。", "温子健", "崇义县驻村工作队"),
    ("上犹县林业局驻营前镇帮扶工作队队长钟永福介绍情况。", "钟永福", "上犹县林业局驻营前镇帮扶工作队"),
    ("寻乌县“厕所革命”工作专班组长、副县长古立民主持会议。", "古立民", "寻乌县“厕所革命”工作专班"),
])
def test_the_head_of_a_task_team_holds_a_post_there(nlp, text, head, body):
    posts = {p.org for c in extract_text(text, nlp)._.kg.graph_final if c.name == head for p in c.titles.posts}
    assert body in posts, posts


@pytest.mark.parametrize("text, name, parent, place", [
    ("上犹县林业局驻营前镇帮扶工作队走访农户。", "上犹县林业局驻营前镇帮扶工作队", "上犹县林业局", "营前镇"),
    ("吉安市委组织部驻村工作队来到永丰县。", "驻村工作队", "组织部", "吉安市"),
])
def test_a_team_a_body_sends_is_its_unit(nlp, text, name, parent, place):
    got = agencies(nlp, text)
    team = next((c for n, c in got.items() if n.endswith(name)), None)
    assert team is not None, sorted(got)
    assert team.body.parent.endswith(parent) and team.body.place == place, team.body


def test_a_task_group_named_by_a_quoted_name_alone_is_the_articles_own(nlp):
    got = agencies(nlp, "石城县日前出台方案，成立由副县长牵头的“项目攻坚年”工作专班，专班设在县发改委。")
    assert "石城县“项目攻坚年”工作专班" in got, sorted(got)
    assert got["石城县“项目攻坚年”工作专班"].body.place == "石城县"


def test_the_office_of_a_task_group_is_one_body(nlp):
    got = agencies(nlp, "吉安市乡村建设工作专班办公室印发通知。")
    assert "吉安市乡村建设工作专班办公室" in got and "吉安市乡村建设工作专班" not in got, sorted(got)


def test_no_task_group_read_across_a_verb(nlp):
    assert not any(n.endswith("工作专班") for n in agencies(nlp, "定南县则成立工作专班推进项目。"))
