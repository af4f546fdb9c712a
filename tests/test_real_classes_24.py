"""Classes the twenty-fourth own people set showed (passages rewritten from real news of the west, the south-west and
northern Guangdong: tours of 苏木 and 嘎查, a banner's chronicle, delegations, first secretaries, sessions), each row a
text written for this test, with other places and names than the set's.

- A footer's credit line that names its review tiers (一审：某某 二审：某某 三审：某某): the tiers were no credit roles, so a
  reviewer whose name begins with a place's short form (黄石军, 吉安平) was read as that place.
- A verb of looking before 村里 (正在察看村里的…, 查看村里的…): the verb read as an unlisted village's name (察看村); 看 is
  no village name's character, as 走 and 到 are not.
- A headline's titles joined by 和 before a body printed bare before its title (选出人大常委会主任、县长和政协主席): the
  conjunction and the body were read as an official's name (和政协).
- A class of projects opened by 重大 after a verb of visiting or carrying out (调研重大水利工程建设情况, 落实重大水利工程项目):
  read as a programme's name; 重大 opens no unquoted name, as 相关 and 一批 do not.
- Visitors from a named county who come to the article's own place, printed only as 我县 (某市某县政协主席某某带队来我县
  考察): their county was the only one printed, so it became the article's home, and the host's bare 县政协 its body.
- Mongolian names of five characters or more (胡日沁必力格, 达布希拉图): 沁, 必 and 希 were no transliteration characters, so
  such a name was lost or cut; one whose first character is a frequent surname's (王乌力吉图) was read as the Chinese name
  its first three make (王乌力).
- A herding household named by its head (牧户某某家): 牧户 was no role, as 农户 and 牧民 are, so the name was cut or lost."""
import pytest

from conftest import check_reading

REVIEW_TIER_ROWS = [
    ("three review tiers after the writer",
     "金秋时节，清溪镇的万亩稻田迎来丰收，镇里的合作社组织农机手连日抢收，村民们在田埂上忙着装袋、过秤。"
     "镇党委书记说，今年全镇推广了新的水稻品种，亩产比去年提高了一成多。\n"
     "合作社还与粮食企业签订了收购协议，"
     "村民不用再担心卖粮难。下一步，镇里将建设烘干中心和仓储设施，延长产业链条，让种粮农民得到更多实惠。\n"
     "不少外出务工的年轻人也回到村里，跟着合作社学习农机驾驶和无人机植保技术。\n"
     "作者：韩立冬 一审：吉安平 二审：孙丽 三审：黄石军 监制：许文华\n",
     {("Person", "吉安平"), ("Person", "黄石军"), ("Person", "许文华")}, set(), {"黄石市", "吉安市"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", REVIEW_TIER_ROWS, ids=[r[0] for r in REVIEW_TIER_ROWS])
def test_review_tiers_are_credit_roles(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


LOOKING_VERB_ROWS = [
    ("察看 before 村里", "湖南省新化县水车镇正龙村驻村第一书记王晓东正在察看村里新修的水渠。\n",
     {("Place", "正龙村"), ("Place", "水车镇")}, set(), {"察看村"}),
    ("查看 before 村里", "云南省永胜县程海镇河口村驻村第一书记李文斌正在查看村里的芒果园。\n",
     {("Place", "河口村"), ("Place", "程海镇")}, set(), {"查看村"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LOOKING_VERB_ROWS, ids=[r[0] for r in LOOKING_VERB_ROWS])
def test_a_verb_of_looking_before_the_village_is_no_village(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CONJOINED_TITLE_ROWS = [
    ("a county's new heads in a headline",
     "某县选出新一届人大常委会主任、县长和政协主席\n1月5日，在宁远县第十届人大一次会议上，欧阳志当选宁远县人大常委会主任。\n",
     {("Official", "欧阳志")}, set(), {"和政协"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CONJOINED_TITLE_ROWS, ids=[r[0] for r in CONJOINED_TITLE_ROWS])
def test_a_body_after_a_conjunction_of_titles_is_no_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


MAJOR_PROJECT_ROWS = [
    ("after a visit and after a verb of carrying out",
     "市人大调研组到镇宁县调研重大水利工程建设情况\n6月3日，市人大常委会副主任罗明率调研组深入镇宁县，实地察看了水库建设现场，"
     "要求不折不扣落实重大水利工程项目。\n",
     {("Official", "罗明")}, set(), {"重大水利工程", "重大水利工程项目"}),
    ("after a visit in a sentence", "县委书记陈东带队到六马镇调研重大交通工程推进情况。\n",
     set(), set(), {"重大交通工程"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", MAJOR_PROJECT_ROWS, ids=[r[0] for r in MAJOR_PROJECT_ROWS])
def test_a_class_of_major_projects_is_no_programme(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


VISITING_US_TEXT = ("桂阳县政协来我县考察油茶产业\n"
                    "6月12日上午，郴州市桂阳县政协主席黄志刚带队来我县考察油茶产业发展，学习我县在林下经济方面的经验做法。"
                    "县政协主席刘建军陪同考察。\n"
                    "考察组一行先后来到鹿原镇和十都镇，实地察看油茶基地和加工企业，并与镇村干部座谈交流。\n"
                    "黄志刚表示，将把我县的好经验带回桂阳县，推动两地合作。县政协副主席谭春花参加。\n")


def test_visitors_coming_to_our_county_are_no_home(nlp):
    check_reading(nlp, VISITING_US_TEXT, {("Official", "黄志刚"), ("Official", "刘建军"), ("Official", "谭春花")},
                  {("黄志刚", "holdsPost", "中国人民政治协商会议郴州市桂阳县委员会")}, set(),
                  absent_facts={("刘建军", "holdsPost", "中国人民政治协商会议桂阳县委员会"),
                                ("谭春花", "holdsPost", "中国人民政治协商会议桂阳县委员会")})


LONG_MONGOLIAN_NAME_ROWS = [
    ("after a deputy's role, closed by a comma", "调研期间，他走访了市级人大代表达日玛和旗级人大代表那顺必力格，同代表们拉家常。\n",
     {("Person", "那顺必力格")}, set(), set()),
    ("after a title chain", "旗委常委、统战部部长图门希日布陪同调研。\n", {("Official", "图门希日布")}, set(), set()),
    ("a frequent surname's character first", "调研期间，他走访了旗级人大代表王乌力吉图，询问牧民生产生活情况。\n",
     {("Person", "王乌力吉图")}, set(), {"王乌力"}),
    ("the same, a name ending in 必力格", "座谈会上，嘎查人大代表白音必力格，介绍了牧区合作社的发展情况。\n",
     {("Person", "白音必力格")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LONG_MONGOLIAN_NAME_ROWS,
                         ids=[r[0] for r in LONG_MONGOLIAN_NAME_ROWS])
def test_a_long_mongolian_name_is_read_whole(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


HERDER_TEXT = ("调研组来到宝格达乌拉苏木查干宝力格嘎查牧户乌日根其其格家查看储草棚，又到牧户额尔敦巴雅尔家察看暖棚，"
               "并在牧户家中座谈。\n")


def test_a_herding_household_names_its_head(nlp):
    check_reading(nlp, HERDER_TEXT, {("Person", "乌日根其其格"), ("Person", "额尔敦巴雅尔")}, set(), set())
