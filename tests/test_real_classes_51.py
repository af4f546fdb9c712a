"""Classes the fifty-first own people set showed (passages rewritten from real news of 浙江, 广东, 山东, 四川 and 重庆
on courts, procuratorates and police: circuit hearings of county courts in villages, a town's people's tribunal and
its head visiting a village secretary, a tribunal of a fruit-growing town, a mobile court in a village yard, a
district procuratorate's offices stationed in towns, a county court's numbered tribunals in one week, two regional
procuratorates unveiled, a police station's unveiling with its guests, police officers made village Party deputies,
a tribunal's circuit court for the environment), each row a text written for this test, with other places and names
than the set's.

- A three-character name ending in 来 before a verb of speech that closes its clause (庭长某某来说，): 来说 was read as
  a word after a two-character name, which lost the name's last character; after a title the closing verb is the
  name's last character there too (SpeechAfterClosingVerb), unless a frame opens before the name (对某某来说).
- A verb of holding a hand after a two-character name (庭长某某握着村支书的手): the name ran on over 握; 握着, 握住,
  拉着, 牵着 follow names (AfterName).
- A county court's numbered tribunals printed bare after the court named one of them (…县人民法院第五法庭…。第一法庭
  副庭长某某): no body, so the deputy's post was lost; 第一法庭 … 第十法庭 are BureauUnit of a court, never units of a
  body of their own kind (a 人民法庭 has no 第一法庭).
- A town's numbered police station (某县公安局某某第一派出所): 第一 stopped the town's name and the station was read
  as 第一派出所; an ordinal may stand between the town's name and the field office's.
- A tribunal printed short after its full name (某县人民法院某某人民法庭。某某法庭服务…): a second body; 某某法庭 is
  the town's 人民法庭 (FieldOffice 法 with full 人民法), so the short print names it again.
- Offices a procuratorate stations in two towns printed with one head (区人民检察院驻甲、乙检察室): nothing was read;
  each is an office of its own, a unit of the procuratorate (StationedListHead 检察室, 工作站, 工作队, 工作组).
- A newspaper's bureau chief in a list of officials (某报某地记者站站长某某，市公安局政委某某): read as an official of
  a body no rule reads; a 记者站 is an institution that is no agency (InstitutionHead), its chief a person.
- A province's numbered cross-region procuratorates and courts (某省第一地区人民检察院): 第一 stops a free body name,
  so the first of them was lost while the second was read; AgencyAbbrev 第一地区人民检察院 … as 第一中级人民法院.
- A judge printed right after the court (某市中级人民法院法官某某认为): 法官 is read only right after a body
  (``after_body``); the bare 主审法官某某 stays no official.
- The political department of a Party committee's political-legal commission (省委政法委政治部主任某某): a department
  named as a commission has units of its own (UnitHead 部 after 政法委员会).
"""
import pytest

from conftest import check_reading, read_names


NAME_END_ROWS = [
    ("a three-character name ending in 来 before 说 and a comma",
     "“这台设备很方便。”石门县人民法院北关人民法庭庭长钱宏来说,“群众不用跑远路。”",
     {("Official", "钱宏来")},
     {("钱宏来", "holdsPost", "石门县人民法院北关人民法庭")},
     {"钱宏"}),
    ("a three-character name ending in 来 before 说 and a full stop",
     "“案子当天就调解好了。”桃源县人民法院陬市人民法庭庭长龚学来说。",
     {("Official", "龚学来")},
     {("龚学来", "holdsPost", "桃源县人民法院陬市人民法庭")},
     {"龚学"}),
    ("a two-character name before 握着",
     "近日,澧县人民法院码头铺人民法庭庭长周伟握着村民的手询问近况。",
     {("Official", "周伟")},
     {("周伟", "holdsPost", "澧县人民法院码头铺人民法庭")},
     {"周伟握"}),
    ("a two-character name before 拉着",
     "临澧县公安局合口派出所所长刘畅拉着老人的手嘱咐几句。",
     {("Official", "刘畅")},
     {("刘畅", "holdsPost", "临澧县公安局合口派出所")},
     {"刘畅拉"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NAME_END_ROWS, ids=[r[0] for r in NAME_END_ROWS])
def test_a_name_before_a_verb_of_speech_or_holding(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
    # a frame before the name: 来说 closes the frame, the name stays short
    entities, _ = read_names(nlp, "对王刚来说,这条路来之不易。")
    assert ("Person", "王刚来") not in entities and ("Official", "王刚来") not in entities


COURT_UNIT_ROWS = [
    ("a numbered tribunal printed bare after the court's numbered tribunal",
     "湖州市安吉县人民法院第二法庭在孝丰镇开庭。第一法庭副庭长沈立平说,效果很好。",
     {("Agency", "安吉县人民法院第一法庭"), ("Official", "沈立平")},
     {("沈立平", "holdsPost", "安吉县人民法院第一法庭"), ("安吉县人民法院第一法庭", "subOrganizationOf", "安吉县人民法院")},
     set()),
    ("a numbered tribunal after a town's people's tribunal is the court's",
     "安吉县人民法院孝丰人民法庭在孝丰镇开庭。第一法庭副庭长沈立平说,效果很好。",
     {("Agency", "安吉县人民法院第一法庭")},
     {("安吉县人民法院第一法庭", "subOrganizationOf", "安吉县人民法院")},
     {"安吉县人民法院孝丰人民法庭第一法庭"}),
    ("a tribunal printed short after its full name",
     "纠纷最终都流向了茂名市高州市人民法院长坡人民法庭。长坡法庭服务6个镇。长坡法庭庭长陈志明说,调解为先。",
     {("Agency", "高州市人民法院长坡人民法庭"), ("Official", "陈志明")},
     {("陈志明", "holdsPost", "高州市人民法院长坡人民法庭")},
     {"高州市人民法院长坡法庭"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", COURT_UNIT_ROWS, ids=[r[0] for r in COURT_UNIT_ROWS])
def test_a_courts_tribunals(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


POLICE_AND_PROCURATORATE_ROWS = [
    ("a town's numbered police station after its bureau",
     "合水县公安局西华第一派出所副所长徐海鹏来到村里。",
     {("Agency", "合水县公安局西华第一派出所"), ("Official", "徐海鹏")},
     {("徐海鹏", "holdsPost", "合水县公安局西华第一派出所"), ("合水县公安局西华第一派出所", "subOrganizationOf", "合水县公安局")},
     {"第一派出所"}),
    ("two offices a procuratorate stations in towns, one head",
     "他们来自秀山县人民检察院驻龙凤、梅江检察室,常年走村串户。",
     {("Agency", "秀山土家族苗族自治县人民检察院驻龙凤检察室"), ("Agency", "秀山土家族苗族自治县人民检察院驻梅江检察室")},
     {("秀山土家族苗族自治县人民检察院驻梅江检察室", "subOrganizationOf", "秀山土家族苗族自治县人民检察院"),
      ("秀山土家族苗族自治县人民检察院驻龙凤检察室", "subOrganizationOf", "秀山土家族苗族自治县人民检察院")},
     set()),
    ("a province's first regional procuratorate listed with its second",
     "7月8日,湖南省第一地区人民检察院、第二地区人民检察院在长沙揭牌。",
     {("Agency", "湖南省第一地区人民检察院"), ("Agency", "湖南省第二地区人民检察院")},
     {("湖南省第一地区人民检察院", "locatedIn", "湖南省")},
     set()),
    ("a province's first regional court alone",
     "贵州省第一地区人民法院院长杨林主持揭牌仪式。",
     {("Agency", "贵州省第一地区人民法院"), ("Official", "杨林")},
     {("杨林", "holdsPost", "贵州省第一地区人民法院")},
     set()),
    ("a judge right after an intermediate court",
     "湘潭市中级人民法院法官许文涛则认为,诉前调解很重要。",
     {("Official", "许文涛")},
     {("许文涛", "holdsPost", "湘潭市中级人民法院")},
     set()),
    ("the political department of a provincial political-legal commission",
     "湖南省委政法委政治部主任许文涛出席活动。",
     {("Agency", "中共湖南省委政法委员会政治部"), ("Official", "许文涛")},
     {("许文涛", "holdsPost", "中共湖南省委政法委员会政治部"),
      ("中共湖南省委政法委员会政治部", "subOrganizationOf", "中共湖南省委政法委员会")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", POLICE_AND_PROCURATORATE_ROWS,
                         ids=[r[0] for r in POLICE_AND_PROCURATORATE_ROWS])
def test_police_stations_procuratorates_and_judges(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
    # 法官 read only right after a body: a bare presiding judge stays no official
    entities, _ = read_names(nlp, "经过一个多小时的庭审,主审法官周志峰引导双方举证。")
    assert ("Official", "周志峰") not in entities


NEWSPAPER_ROWS = [
    ("a bureau chief before a county official, the bureau named by its city",
     "联系点在冠县揭牌。农民日报聊城记者站站长李梦,县委副书记王明参加仪式。",
     {("Person", "李梦"), ("Official", "王明")},
     set(),
     set()),
    ("a bureau chief named by a province",
     "农民日报湖南记者站站长周红出席。",
     {("Person", "周红")},
     set(),
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NEWSPAPER_ROWS, ids=[r[0] for r in NEWSPAPER_ROWS])
def test_a_newspapers_bureau_chief_is_a_person(nlp, cls, text, entities, facts, absent):
    got, _ = check_reading(nlp, text, entities, facts, absent)
    assert not {n for t, n in got if t == "Official"} & {n for t, n in entities if t == "Person"}
