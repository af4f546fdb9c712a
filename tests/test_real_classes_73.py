"""Classes the seventy-third own programme set showed (passages rewritten from real news of 云南, 西藏, 青海, 内蒙古,
广西 and 新疆 on the schemes of the border and ethnic regions and who carries them out: Yunnan's modern border villages,
the follow-up support of relocation sites, the paired aid to Tibet and Xinjiang, a county's ethnic-unity titles and a
base for the sense of the Chinese nation's community), each row a text written for this test, with other places and
names than the set's.

- A people's name listed with others (哈萨克、汉、回等21个民族) right after a clause's comma: the statistical model read
  the name of three or four characters as a person's; a people's name of the lexicon (EthnicGroup) is no person's now.
- Yunnan's schemes of modern border villages (现代化边境幸福村建设, 现代化边境小康村建设) and the paired aid to Xinjiang
  printed short (对口援疆): no head the rules know ends them; they are schemes known by name now (programmes.jsonl).
- A village the gazetteer lacks, opening its clause with 位于 and the chain of its places (曼掌村位于某州某县打洛镇，…):
  no rule read it; 位于 follows such a village now (VillageNameNext), and the township that ends the chain after it
  is its town ("locates").
- An agreement whose title ends in 协议书 (签署的《…校地共建合作框架协议书》): 协议书 was no document's head, so the
  title was no scheme; it is one now (DocumentHead), and the body that signed it carries it out.
- A quoted scheme of bringing a region's goods elsewhere before 展销活动 (组织“藏品入吉”展销活动): the quote is the
  scheme now, as before other event heads (AfterQuoteHead).
"""
import pytest

from conftest import check_reading


PEOPLE_ROWS = [
    ("a people of four characters opening a list of peoples after a comma",
     "该县辖4乡3镇，柯尔克孜、汉、维吾尔等13个民族在这里世代居住。",
     set(), set(), {"柯尔克孜"}),
    ("a people of three characters after a county's profile",
     "乌恰县面积2.2万平方公里，全县辖2镇9乡，哈萨克、回等民族约占人口的八成。",
     set(), set(), {"哈萨克"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PEOPLE_ROWS, ids=[r[0] for r in PEOPLE_ROWS])
def test_people_listed_are_no_persons(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


KNOWN_ROWS = [
    ("a prefecture building modern border happy villages",
     "德宏傣族景颇族自治州推进现代化边境幸福村建设，今年已完工项目800余个。",
     {("Programme", "现代化边境幸福村")},
     {("德宏傣族景颇族自治州", "implements", "现代化边境幸福村")},
     set()),
    ("a city building modern border well-off villages",
     "近年来，临沧市扎实推进现代化边境小康村建设，沿边群众生活明显改善。",
     {("Programme", "现代化边境小康村")},
     {("临沧市", "implements", "现代化边境小康村")},
     set()),
    ("the paired aid to Xinjiang printed short under a deployment",
     "按照中央对口援疆工作部署，江苏省常州市承担对口支援任务。",
     {("Programme", "对口援疆")},
     set(),
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", KNOWN_ROWS, ids=[r[0] for r in KNOWN_ROWS])
def test_border_schemes_known_by_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


FAIR_ROWS = [
    ("a quoted scheme of a region's goods before a sales fair",
     "6月，凉山彝族自治州在成都组织“大凉山好物”展销活动，吸引市民选购。",
     {("Programme", "大凉山好物")},
     set(),
     {"大凉山好物展销活动"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", FAIR_ROWS, ids=[r[0] for r in FAIR_ROWS])
def test_quoted_scheme_before_a_sales_fair(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


VILLAGE_ROWS = [
    ("a village's profile naming its county and township after 位于",
     "勐腊县多个边境村寨面貌一新。曼庄村位于勐腊县勐满镇，与老挝隔界相望。",
     {("Place", "曼庄村")},
     {("曼庄村", "partOf", "勐满镇")},
     set()),
    ("a village's profile naming only the township after 位于, the county earlier",
     "走进耿马傣族佤族自治县孟定镇。芒团村位于孟定镇西部，村民以傣族为主。",
     {("Place", "芒团村")},
     {("芒团村", "partOf", "孟定镇")},
     set()),
    ("a pronoun and a measure before 村 stay no village",
     "打洛镇地处边境。这个村位于打洛镇南部，村民以种茶为生。",
     set(),
     set(),
     {"这个村"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", VILLAGE_ROWS, ids=[r[0] for r in VILLAGE_ROWS])
def test_village_profile_names_its_town(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


AGREEMENT_ROWS = [
    ("a banner's government signing an agreement printed with 书",
     "为落实与察右前旗人民政府签署的《民族团结进步校地共建框架协议书》，学校派出调研组。",
     {("Programme", "《民族团结进步校地共建框架协议书》")},
     {("察哈尔右翼前旗人民政府", "implements", "《民族团结进步校地共建框架协议书》")},
     set()),
    ("a prefecture's government signing a cooperation agreement with 书",
     "5月，州政府与某大学签署《乡村人才振兴校地合作协议书》，双方将共建实训基地。",
     {("Programme", "《乡村人才振兴校地合作协议书》")},
     set(),
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", AGREEMENT_ROWS, ids=[r[0] for r in AGREEMENT_ROWS])
def test_agreement_printed_with_shu(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
