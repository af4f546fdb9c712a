"""Construction classes that a substitution probe (benchmarks/substitution) found: the passages read right with the
names they happened to have, and wrong once their people and places were swapped for others. Each class has a few
sentences written for this test, with the people, posts and places that must be found and the names that must not."""
import pytest

from conftest import check_reading

HP = "holdsPost"
PO = "partOf"


# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # a rare surname (ranked 300 to 500) right after a title: a name without the model's support
    ("职务+稀见姓", "临澧县召开会议，副县长怀友焕列席。", {("Official", "怀友焕")}, {("怀友焕", HP, "临澧县人民政府")}, set()),
    ("职务+稀见姓", "临澧县召开会议，县委常委、政法委书记木建出席。", {("Official", "木建")},
     {("木建", HP, "中共临澧县委员会")}, set()),
    ("职务+稀见姓", "临澧县召开会议，村党支部书记旷弓介绍了村里的情况。", {("Official", "旷弓")}, set(), {"旷弓介"}),
    # ... and where a word starts with such a surname, still no name
    ("职务+稀见姓字词", "临澧县召开会议，副县长呼吁大家节约用水。", set(), set(), {"呼吁大", "呼吁"}),
    ("职务+稀见姓字词", "临澧县召开会议，局长过问此事后很快解决。", set(), set(), {"过问此", "过问"}),
    # a name whose given name is a word, in a list after one title
    ("名单+词形名", "临澧县人大常委会副主任位振杰、员新颖、曹鹏飞出席。",
     {("Official", "员新颖"), ("Official", "曹鹏飞")}, {("员新颖", HP, "临澧县人民代表大会常务委员会")}, set()),
    # the last character of a given name is a word that needs another after it; punctuation follows it
    ("名末虚词+标点", "临澧县召开会议，常务副县长张永和，县长李明出席。", {("Official", "张永和")},
     {("张永和", HP, "临澧县人民政府")}, {"张永"}),
    ("名末虚词+标点", "临澧县人大常委会副主任余力为、肖长虹带队调研。", {("Official", "余力为"), ("Official", "肖长虹")},
     {("肖长虹", HP, "临澧县人民代表大会常务委员会")}, {"余力"}),
    ("名末虚词+动词", "临澧县人大常委会主任王文和出席会议。", {("Official", "王文和")},
     {("王文和", HP, "临澧县人民代表大会常务委员会")}, {"王文"}),
    ("名末虚词+动词", "临澧县规划局局长、县城建研究院副院长佟大为陪同。", {("Official", "佟大为")}, set(), {"佟大"}),
    ("名末副词+标点", "临澧县农业农村局二级调研员籍崇正，县委常委王强出席。", {("Official", "籍崇正")},
     {("籍崇正", HP, "临澧县农业农村局")}, {"籍崇"}),
    # ... a conjunction between two names is still one
    ("名+和+名", "临澧县召开会议，副县长张伟和李明出席。", {("Official", "张伟")}, set(), {"张伟和"}),
    # the model stops a name with a rare surname at two characters
    ("模型截断", "临澧县人大常委会主任滑丽花出席会议。", {("Official", "滑丽花")}, set(), {"滑丽"}),
    # a rare surname after a role: a name that punctuation closes, or after a colon
    ("角色+稀见姓", "老刘觉得事情不对劲，就去找了胡同长郦翰源。", {("Person", "郦翰源")}, set(), set()),
    ("角色+稀见姓", "来源：农民日报（作者：鱼建国）", {("Person", "鱼建国")}, set(), set()),
    ("角色+稀见姓", "在村文化广场，村民渠晓明说，如今村里的环境一天比一天好。", {("Person", "渠晓明")}, set(), set()),
    ("角色+稀见姓字词", "参加培训的居民承担了一半费用。", set(), set(), {"承担了", "承担"}),
    ("括号署名+稀见姓", "澧州新闻网讯（记者 逄昌汉）省委政研室二级巡视员王强到临澧县调研。", {("Person", "逄昌汉")}, set(), set()),
    # a two-character name with a rare surname opening a headline, then a strong title
    ("行首名+职务", "宦源副区长代理石景山区政府区长职务\n会议决定宦源副区长代理石景山区人民政府区长职务。",
     {("Official", "宦源")}, {("宦源", HP, "北京市石景山区人民政府")}, set()),
    ("行首名+职务", "会议决定宦源副区长代理石景山区人民政府区长职务。", set(), set(), set()),
    # a place's name that starts with a compound surname, after a role word used as a verb
    ("复姓地名", "于永辉代表东方市委、市政府，感谢三亚市的支持。", set(), set(), {"东方市委"}),
    # a name that is also a word (高山, 高中) after a title, closed by punctuation or a verb; a word that follows
    # names (同志) is none
    ("名即词", "临澧县召开会议。县水利局副局长高山，县委常委王强出席。", {("Official", "高山")},
     {("高山", HP, "临澧县水利局")}, set()),
    ("名即词", "临澧县召开会议。县人民法院院长高中宣读提请会议任免的议案。", {("Official", "高中")}, set(), {"高中宣"}),
    ("名即词", "临澧县召开会议。县委书记同志，请您讲话。", set(), set(), {"同志"}),
    # a name ending in a character that ends a unit's name (科, 委), after the title of the body's head
    ("名末单位字", "临澧县召开会议。县人民法院院长李栓科，县人民检察院检察长胡琼出席。", {("Official", "李栓科")},
     {("李栓科", HP, "临澧县人民法院")}, {"临澧县人民法院院长李栓科"}),
    ("名末单位字", "临澧县召开会议。县政府国资委主任鲁政委就预算作了说明。", {("Official", "鲁政委")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,not_names", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_people_of_swapped_names(nlp, cls, text, entities, facts, not_names):
    check_reading(nlp, text, entities, facts, not_names, officials_are_no_persons=False)


# (class, text, places that must be found, facts that must be found, names no entity may have, agencies that must not be)
PLACES = [
    # a township's full name before 乡村振兴: the town's short form and the word, not a township of that name
    ("乡村振兴", "吉水县召开会议，要为白水乡村振兴多作贡献。白水镇党委书记王强出席。", {("Place", "白水镇")}, set(),
     {"白水乡"}),
    ("乡村振兴+真乡名", "吉水县水南镇、醪桥镇和阜田镇的干部参加了培训。", {("Place", "醪桥镇")}, {("醪桥镇", PO, "吉水县")}, set()),
    # a person's name ends with a city's short form: no city of that name, and the city's posts stay with the article's
    ("人名含地名", "由文昌市委书记浦大庆，市委副书记、市长朱保文率领的代表团到访。", {("Official", "浦大庆")},
     {("朱保文", HP, "文昌市人民政府")}, {"大庆市", "大庆市人民政府"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,not_names", PLACES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PLACES)])
def test_places_of_swapped_names(nlp, cls, text, entities, facts, not_names):
    check_reading(nlp, text, entities, facts, not_names, officials_are_no_persons=False)
