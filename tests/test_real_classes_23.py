"""Classes the twenty-third own people set showed (village and town news rewritten from real articles, three passages
printed in traditional characters), each row a text written for this test, with other places and names than the set's."""
import pytest

from conftest import check_reading

# (class, text, entities that must be found, facts that must be found, names no entity may have)
PASSIVE_ROWS = [
    ("an appointment in the passive, the post after a place chain",
     "2021年5月，高志远被任命为北京市顺义区木林镇东沟村党支部第一书记。",
     {("Official", "高志远")}, {("高志远", "holdsPost", "中共北京市顺义区木林镇东沟村支部委员会")}),
    ("the same printed in traditional characters",
     "去年秋天，鄭海濤被任命為河北省易縣高村鎮東山村黨支部書記。",
     {("Official", "郑海涛")}, {("郑海涛", "holdsPost", "中共易县高村镇东山村支部委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", PASSIVE_ROWS, ids=[r[0] for r in PASSIVE_ROWS])
def test_an_appointment_in_the_passive(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


NAMED_ROWS = [
    ("a name given by 她叫, a comma, the copula and a first secretary's post",
     "她叫罗春燕，是县农业农村局派驻望谟县石屯镇新寨村的驻村第一书记。",
     {("Official", "罗春燕")}, {("罗春燕", "holdsPost", "中共望谟县石屯镇新寨村支部委员会")}),
    ("the same in traditional characters, the sender a hospital",
     "他叫韋志強，是州人民醫院派駐望謨縣石屯鎮新寨村駐村第一書記。",
     {("Official", "韦志强")}, {("韦志强", "holdsPost", "中共望谟县石屯镇新寨村支部委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", NAMED_ROWS, ids=[r[0] for r in NAMED_ROWS])
def test_a_named_person_then_the_post(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


def test_a_named_person_whose_post_is_anothers(nlp):
    entities, _ = check_reading(nlp, "他叫王刚，是县委书记王海的司机。", {("Person", "王刚")}, set(), set(),
                                officials_are_no_persons=False)
    assert ("Official", "王刚") not in entities


EPITHET_ROWS = [
    ("an epithet in quotes between a village secretary's title and the name",
     "易县高村镇东山村党支部书记、“致富带头人”吴建华说，今年收成不错。",
     {("Official", "吴建华")}, {("吴建华", "holdsPost", "中共易县高村镇东山村支部委员会")}),
    ("the same in traditional print with corner quotes",
     "易縣高村鎮東山村黨支部書記、「土專家」孫德林介紹，今年收成不錯。",
     {("Official", "孙德林")}, {("孙德林", "holdsPost", "中共易县高村镇东山村支部委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", EPITHET_ROWS, ids=[r[0] for r in EPITHET_ROWS])
def test_an_epithet_between_title_and_name(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


CAPTION_ROWS = [
    ("a village printed right under its prefecture city, the one of that name in the city",
     "福建省南平市八仙村，驻村第一书记林立新（左）查看茶苗长势。陈明摄",
     {("Official", "林立新"), ("Place", "八仙村")},
     {("林立新", "holdsPost", "中共南平市延平区水南街道八仙村支部委员会"),
      ("中共南平市延平区水南街道八仙村支部委员会", "locatedIn", "八仙村")}),
    ("a name two villages of the city share: a village of the city",
     "江西省上饶市淤里村，驻村第一书记吴海（中）给村民讲解政策。王东摄",
     {("Official", "吴海"), ("Place", "淤里村")},
     {("淤里村", "partOf", "上饶市"), ("吴海", "holdsPost", "中共上饶市淤里村支部委员会"),
      ("中共上饶市淤里村支部委员会", "locatedIn", "淤里村")}),
    ("two captions run into one paragraph: each first secretary in the village of its own sentence",
     "湖南省邵阳市两塘村，在驻村第一书记陈立协调下，农技人员为果农授课。李华摄\n"
     "江西省上饶市英塘村，在驻村第一书记黄强帮助下，村里办起了加工厂。周平摄\n",
     {("Official", "陈立"), ("Official", "黄强")},
     {("陈立", "holdsPost", "中共邵阳市两塘村支部委员会"), ("黄强", "holdsPost", "中共上饶市信州区沙溪镇英塘村支部委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", CAPTION_ROWS, ids=[r[0] for r in CAPTION_ROWS])
def test_a_village_under_its_city_in_a_caption(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


CONCURRENT_ROWS = [
    ("a village secretary who is also the committee's head, joined by 兼",
     "河北省易县高村镇东山村党支部书记兼村委会主任孙德林介绍，村里新修了水渠。",
     {("Official", "孙德林")},
     {("孙德林", "holdsPost", "中共易县高村镇东山村支部委员会"), ("孙德林", "holdsPost", "易县东山村村民委员会")}),
    ("the same in traditional characters",
     "易縣高村鎮東山村黨支部書記兼村委會主任孫德林介紹，村裡新修了水渠。",
     {("Official", "孙德林")}, {("孙德林", "holdsPost", "易县东山村村民委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", CONCURRENT_ROWS, ids=[r[0] for r in CONCURRENT_ROWS])
def test_a_committee_after_jian(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


VILLAGE_HEAD_ROWS = [
    ("a village head's short title right after the village",
     "易县高村镇东山村村主任孙德林告诉记者，村里新修了水渠。",
     {("Official", "孙德林")},
     {("孙德林", "holdsPost", "易县东山村村民委员会"), ("易县东山村村民委员会", "locatedIn", "东山村")}),
    ("the same in traditional characters, the village's chain from its province",
     "北京市順義區木林鎮東溝村村主任趙大勇說，路已經修好了。",
     {("Official", "赵大勇")}, {("赵大勇", "holdsPost", "顺义区东沟村村民委员会")}),
    ("the village opening the clause before the title",
     "在易县高村镇东山村，村主任孙德林告诉记者，村里新修了水渠。",
     {("Official", "孙德林")}, {("孙德林", "holdsPost", "易县东山村村民委员会")}),
]


@pytest.mark.parametrize("cls,text,entities,facts", VILLAGE_HEAD_ROWS, ids=[r[0] for r in VILLAGE_HEAD_ROWS])
def test_a_village_heads_committee(nlp, cls, text, entities, facts):
    check_reading(nlp, text, entities, facts, set())


@pytest.mark.parametrize("text", [
    "莱阳市地处胶东半岛。近年来，莱阳围绕乡村游打造了5条精品线路。",
    "平度市地处胶东。近年来，平度围绕乡村经济做文章。",
    "萊陽市地處膠東半島。近年來，萊陽圍繞鄉村遊打造了5條精品線路。",
], ids=["乡村游", "乡村经济", "traditional"])
def test_a_verb_before_xiangcun_makes_no_township(nlp, text):
    check_reading(nlp, text, set(), set(), {"围绕乡"})


@pytest.mark.parametrize("text,absent", [
    ("田间地头、村民家中和镇政府有关科室，都成了他的采访现场。", {"中和镇", "中和镇人民政府"}),
    ("他走訪了農戶家中和鎮政府有關科室。", {"中和镇", "中和镇人民政府"}),
], ids=["a conjunction after 家中", "traditional"])
def test_a_conjunction_before_the_bare_level_makes_no_town(nlp, text, absent):
    check_reading(nlp, text, set(), set(), absent)


def test_a_town_named_so_stays_a_town(nlp):
    check_reading(nlp, "遂宁市中和镇政府召开会议。", {("Place", "中和镇")}, set(), set())



CAPTIONS = ("驻村干部：走在田间地头\n"
            "江西省上饶市英塘村，驻村第一书记黄强（右）和果农一起查看脐橙的长势。李华摄\n"
            "湖南省邵阳市两塘村，驻村第一书记陈立（左一）和村民商量修建机耕道。新华社记者 王海摄\n"
            "福建省南平市八仙村，在驻村第一书记林立新协调下，茶企技术员为茶农讲解采茶技术。丰一鸣摄\n"
            "河北省易县高村镇东山村，驻村第一书记孙明（中）了解合作社的经营情况。仝晓宇摄\n"
            "脱贫以后，这些驻村干部继续扎根一线，带领乡亲们发展产业。\n")
CAPTIONS_TRADITIONAL = ("駐村幹部：走在田間地頭\n"
                        "江西省上饒市英塘村，駐村第一書記黃強（右）和果農一起查看臍橙的長勢。李華攝\n"
                        "湖南省邵陽市兩塘村，駐村第一書記陳立（左一）和村民商量修建機耕道。新華社記者 王海攝\n"
                        "福建省南平市八仙村，在駐村第一書記林立新協調下，茶企技術員為茶農講解採茶技術。豐一鳴攝\n"
                        "河北省易縣高村鎮東山村，駐村第一書記孫明（中）瞭解合作社的經營情況。仝曉宇攝\n"
                        "脫貧以後，這些駐村幹部繼續紮根一線，帶領鄉親們發展產業。\n")


@pytest.mark.parametrize("text", [CAPTIONS, CAPTIONS_TRADITIONAL], ids=["simplified", "traditional"])
def test_captions_each_closed_by_a_credit(nlp, text):
    """One caption a line, each closed by its photographer's credit: the lines are not run together, so a credit whose
    name the model does not read (a rare surname) is still read before the line's end."""
    check_reading(nlp, text, {("Person", "丰一鸣"), ("Person", "仝晓宇"), ("Person", "李华"), ("Official", "林立新")},
                  set(), set())


@pytest.mark.parametrize("text,entities,absent", [
    ("在大棚里忙活的菜农于登科给记者算了一笔收入账。", {("Person", "于登科")}, set()),
    ("果農於登峰給記者算了一筆賬，今年的蘋果賣上了好價錢。", {("Person", "于登峰")}, set()),
    ("村民于近日给记者打来电话。", set(), {"于近日"}),
    ("村民和游客向记者介绍了情况。", set(), {"和游客"}),
], ids=["于 before 给记者", "traditional, 给记者", "于 before a day", "和 before a role"])
def test_a_function_word_surname_before_an_addressed_role(nlp, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)


@pytest.mark.parametrize("text,entities,absent", [
    ("烟台市是全国重要的水果产地，这里是全球最大的龙口粉丝生产基地。", {("Place", "烟台市")}, {"龙口市"}),
    ("濟南市的章丘大蔥遠近聞名。", {("Place", "济南市")}, {"章丘区"}),
    ("烟台市龙口市是粉丝之乡，龙口粉丝远近闻名。", {("Place", "龙口市")}, set()),
], ids=["a product named after a county", "traditional", "the county printed in full"])
def test_a_county_short_form_before_produce(nlp, text, entities, absent):
    check_reading(nlp, text, entities, set(), absent)
