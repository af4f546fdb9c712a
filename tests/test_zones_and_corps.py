"""Two construction classes of bodies with committees of their own (eval/GUIDELINES.md; README "Development zones and
the Corps"): a development zone's Party working committee (党工委 → 中共…工作委员会), administrative committee (管委会 →
…管理委员会) and the administrative committee's bureaus, each in the city or county printed or implied; the Xinjiang
Production and Construction Corps' divisions and regiments, their Party committees and command posts. Each row a
sentence written for this test, what must be read and what must not."""
import pytest

from conftest import check_reading, read_names

HP, LI, SO = "holdsPost", "locatedIn", "subOrganizationOf"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ZONES = [
    ("党工委+管委会 in one chain", "绵阳市召开会议。绵阳高新区党工委书记王海涛、管委会副主任刘芳出席。",
     {("Agency", "中共绵阳高新区工作委员会"), ("Agency", "绵阳高新区管理委员会"), ("Official", "王海涛"), ("Official", "刘芳")},
     {("王海涛", HP, "中共绵阳高新区工作委员会"), ("刘芳", HP, "绵阳高新区管理委员会"),
      ("中共绵阳高新区工作委员会", LI, "绵阳市"), ("绵阳高新区管理委员会", LI, "绵阳市")}, set()),
    ("one person, both committees", "广元市召开会议。广元经济技术开发区党工委副书记、管委会主任郑华出席。",
     {("Official", "郑华")},
     {("郑华", HP, "中共广元经济技术开发区工作委员会"), ("郑华", HP, "广元经济技术开发区管理委员会")}, set()),
    ("full names printed apart", "中共遂宁经济技术开发区工作委员会书记张强、遂宁经济技术开发区管理委员会主任李明出席会议。",
     {("Agency", "中共遂宁经济技术开发区工作委员会"), ("Agency", "遂宁经济技术开发区管理委员会")},
     {("张强", HP, "中共遂宁经济技术开发区工作委员会"), ("李明", HP, "遂宁经济技术开发区管理委员会")}, {"中共遂宁"}),
    ("province and city before the zone", "四川省宜宾市临港经济技术开发区党工委委员、管委会副主任赵红出席。",
     {("Official", "赵红")},
     {("赵红", HP, "中共宜宾市临港经济技术开发区工作委员会"), ("赵红", HP, "宜宾市临港经济技术开发区管理委员会"),
      ("宜宾市临港经济技术开发区管理委员会", LI, "宜宾市")}, set()),
    ("经开区 and its bureau", "德阳市召开会议。德阳经开区管委会主任周斌、德阳经开区规划建设局副局长吴敏参加。",
     {("Agency", "德阳经济技术开发区管理委员会"), ("Agency", "德阳经济技术开发区规划建设局")},
     {("周斌", HP, "德阳经济技术开发区管理委员会"), ("吴敏", HP, "德阳经济技术开发区规划建设局"),
      ("德阳经济技术开发区规划建设局", SO, "德阳经济技术开发区管理委员会"), ("德阳经济技术开发区规划建设局", LI, "德阳市")},
     set()),
    ("高新区 bureau", "绵阳市召开会议。绵阳高新区经济发展局局长陈勇汇报。",
     {("Agency", "绵阳高新区经济发展局"), ("Official", "陈勇")},
     {("陈勇", HP, "绵阳高新区经济发展局"), ("绵阳高新区经济发展局", LI, "绵阳市")}, {"绵阳高新区经济发展局局"}),
    ("county's 工业园区", "沐川县召开会议。沐川县工业园区管委会主任孙涛出席。",
     {("Agency", "沐川县工业园区管理委员会")}, {("孙涛", HP, "沐川县工业园区管理委员会"), ("沐川县工业园区管理委员会", LI, "沐川县")},
     set()),
    ("short form in a later sentence", "广元市召开会议。广元经济技术开发区党工委书记郑华出席。管委会副主任许波介绍情况。",
     {("Official", "许波")}, {("许波", HP, "广元经济技术开发区管理委员会")}, set()),
    ("province's short name and the zone's own", "成都市召开会议。四川天府新区党工委专职副书记林峰出席。",
     {("Agency", "中共四川天府新区工作委员会"), ("Official", "林峰")},
     {("林峰", HP, "中共四川天府新区工作委员会"), ("中共四川天府新区工作委员会", LI, "成都市")}, {"中共成都市四川天府新区工作委员会"}),
    ("a village printed after the zone", "乐山市召开会议，沐川经济开发区茨梨村的村民参加。", {("Place", "茨梨村")}, set(),
     {"沐川经济开发区茨梨村"}),
    ("综合保税区", "泸州市召开会议。泸州综合保税区管委会副主任何军出席。", {("Official", "何军")},
     {("何军", HP, "泸州综合保税区管理委员会")}, set()),
]

CORPS = [
    ("团党委 with its division from the lexicon", "一二九团党委书记、政委孙立新陪同调研。",
     {("Agency", "中共新疆生产建设兵团第七师一二九团委员会"), ("Official", "孙立新")},
     {("孙立新", HP, "中共新疆生产建设兵团第七师一二九团委员会"), ("孙立新", HP, "新疆生产建设兵团第七师一二九团")}, set()),
    ("division printed before the regiment", "新疆维吾尔自治区召开会议。第十师一八五团团长马俊、政委周立出席。",
     {("Agency", "新疆生产建设兵团第十师一八五团"), ("Official", "马俊"), ("Official", "周立")},
     {("马俊", HP, "新疆生产建设兵团第十师一八五团"), ("周立", HP, "新疆生产建设兵团第十师一八五团"),
      ("新疆生产建设兵团第十师一八五团", SO, "新疆生产建设兵团第十师")}, set()),
    ("division named earlier in the text", "新疆维吾尔自治区召开会议。第五师召开会议，八十九团党委书记韩东发言。",
     {("Official", "韩东")}, {("韩东", HP, "中共新疆生产建设兵团第五师八十九团委员会")}, set()),
    ("师党委, 政委 and 副师长 of the division", "新疆维吾尔自治区召开会议。三师党委书记、政委邓宏出席，师党委常委、副师长于航陪同。",
     {("Official", "邓宏"), ("Official", "于航")},
     {("邓宏", HP, "中共新疆生产建设兵团第三师委员会"), ("邓宏", HP, "新疆生产建设兵团第三师"),
      ("于航", HP, "中共新疆生产建设兵团第三师委员会"), ("于航", HP, "新疆生产建设兵团第三师")}, set()),
    ("a division's bureaus", "新疆维吾尔自治区召开会议。第三师财政局局长马丽、第三师司法局副局长高峰出席。",
     {("Agency", "新疆生产建设兵团第三师财政局"), ("Official", "马丽"), ("Official", "高峰")},
     {("马丽", HP, "新疆生产建设兵团第三师财政局"), ("新疆生产建设兵团第三师财政局", SO, "新疆生产建设兵团第三师"),
      ("高峰", HP, "新疆生产建设兵团第三师司法局")}, set()),
    ("师政委 and 师长 after the division", "新疆维吾尔自治区召开会议。第三师召开会议，师政委邓宏讲话，师长于航主持。",
     {("Official", "邓宏"), ("Official", "于航")},
     {("邓宏", HP, "新疆生产建设兵团第三师"), ("于航", HP, "新疆生产建设兵团第三师")}, set()),
    ("团长 after the regiment's committee", "新疆维吾尔自治区召开会议。一四八团党委书记、政委刘军出席，团长陈亮汇报。",
     {("Official", "刘军"), ("Official", "陈亮")},
     {("刘军", HP, "新疆生产建设兵团第八师一四八团"), ("陈亮", HP, "新疆生产建设兵团第八师一四八团")}, set()),
    ("师市合一", "新疆维吾尔自治区召开会议。第六师五家渠市党委常委、副师长、副市长赵磊出席。",
     {("Official", "赵磊")},
     {("赵磊", HP, "新疆生产建设兵团第六师"), ("赵磊", HP, "五家渠市人民政府")}, set()),
]

NOT_BODIES = [
    ("示范区 as a designation", "该县获评国家农业绿色发展先行示范区，全省乡村振兴示范区建设推进会召开。", set(), set(),
     {"国家农业绿色发展先行示范区管理委员会", "中共国家农业绿色发展先行示范区工作委员会"}),
    ("共青团, 代表团, 考察团", "共青团乐山市委员会书记王丽出席，代表团团长刘洋和考察团成员参加。",
     {("Agency", "共青团乐山市委员会")}, set(), set()),
    ("a number and 团 where no Corps is named", "乐山市举办活动，二十团志愿者和团员青年参加。", set(), set(), set()),
    ("a district named 新区", "上海市浦东新区经济发展局召开会议。", set(), set(), set()),
    ("a zone's kind inside a task group's name", "乐山市召开会议。城市新区建设指挥部负责人发言。", set(), set(),
     {"乐山市城市新区建设指挥部"}),
    ("a designation's name before a body", "乐山市召开会议，全力推进国家级乡村振兴示范区建设工作领导小组会议召开。", set(), set(),
     {"乐山市级乡村振兴示范区建设工作领导小组"}),
    ("管委会 with no zone before it", "乐山市召开会议。管委会主任王强出席。", set(), set(), set()),
]


@pytest.mark.parametrize("kind, text, entities, facts, absent", ZONES + CORPS + NOT_BODIES,
                         ids=[c[0] for c in ZONES + CORPS + NOT_BODIES])
def test_zones_and_corps(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_no_regiment_without_the_corps(nlp):
    """团 after a number is a regiment only where the Corps, one of its divisions or a listed regiment is named."""
    entities, _ = read_names(nlp, "乐山市举办活动，二十团志愿者和团员青年参加。共青团、代表团和考察团到访。")
    assert not [n for t, n in entities if t == "Agency" and "团" in n and "共青团" not in n], sorted(entities)
    assert not [n for t, n in entities if "兵团" in n], sorted(entities)


def test_designation_zone_is_no_body(nlp):
    """A 示范区 with no committee or bureau after it is a designation: no zone body is read from it."""
    entities, _ = read_names(nlp, "该县获评国家农业绿色发展先行示范区，全省乡村振兴示范区建设推进会召开。")
    assert not [n for t, n in entities if t == "Agency"], sorted(entities)


def test_district_named_xinqu_keeps_its_bodies(nlp):
    """浦东新区 is a district of the tables: its bureau is the district's, no unit of a zone's committee."""
    entities, facts = read_names(nlp, "上海市浦东新区经济发展局召开会议。")
    assert not [f for f in facts if f[1] == SO and f[2].endswith("管理委员会")], sorted(facts)
    assert ("Agency", "上海市浦东新区经济发展局") in entities, sorted(entities)


def test_short_form_with_no_zone_is_no_zone_body(nlp):
    """管委会 printed on its own names the zone named before it; with none, no zone's committee is read."""
    entities, _ = read_names(nlp, "乐山市召开会议。管委会主任王强出席。")
    assert not [n for t, n in entities if n.endswith("管理委员会")], sorted(entities)


def test_village_after_a_zone_needs_the_zones_county(nlp):
    """A village is read after a zone only in the county the zone's name gives: 茨梨村 is 沐川县's, not 犍为县's."""
    entities, _ = read_names(nlp, "乐山市召开会议，犍为经济开发区茨梨村的村民参加。")
    assert ("Place", "茨梨村") not in entities, sorted(entities)
