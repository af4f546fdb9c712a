"""Classes the sixty-seventh own programme set showed (passages rewritten from real news of 浙江, 辽宁, 安徽, 贵州, 新疆
and 福建 on science, talent, digital-government and employment schemes and who carries them out: a provincial academy's
science commissioners, a province's talent plan and its sub-plans at a ceremony with the province's leaders, a city's
data bureau and the province's data pilots, a city's digital-government plan, a county's spring-breeze campaign for
migrant workers, a region's employment scheme, a province's demonstration bases for start-up incubation, a provincial
standard for science commissioners and a city's commissioners sent in one year), each row a text written for this test,
with other places and names than the set's.

- A province's or city's state-assets commission printed short (省国资委, 市国资委): its full name carries 人民政府
  (某省人民政府国有资产监督管理委员会), as the people's government's overseas-Chinese office does (侨办).
- A role word inside a longer noun of people (工人 in 务工人员): 务工人员 was no role, so 工人 read the characters after
  人员 as a name (送…务工人员出行 gave a person 员出行); 务工人员 is a role of its own now.
- A place made a pilot of two coordinated schemes at once (入选某省甲工程和乙工程双试点市): the whole was read as one
  designation named after both; the two schemes are read now, each carried out by the place.
- 该局 printed twice, with bodies it serves named between (该局开展…，为甲局、乙局等9家单位梳理…。该局修订印发《…》): the
  second 该局 stood for the last body named (乙局); where the sentence that names that body opens with the same
  pronoun, the pronoun stands for what that one stood for.
- A quoted campaign with a subtitle after a middle dot (举行2024年“春风行动·暖心返岗”启动仪式): the quote ends in no head,
  so nothing was read; a head ending the part before the mark (SubtitleMark) makes the whole quote a scheme now.
- A plan's parts listed after a colon with no verb (该计划下设三个子项目：甲计划、乙计划和丙计划): only a part quoted
  elsewhere was read; the names after such a lead (SubSchemeLead) are read as after a strong verb now.
- A scheme under a verb that opens the sentence, then 是 and the bodies whose decision it is (实施扩大就业惠民工程是
  自治区党委、自治区人民政府作出的重大决策部署): 是 did not end the name, and nothing linked the bodies; 是 ends an
  unquoted name now, and the bodies printed between 是 and the decision's close (DecidedByLead, DecidedByClose) carry it
  out.
- A scheme named unquoted beside one year's plan of it (《2022年自治区扩大就业惠民工程实施方案》): the scheme was taken for
  the plan's mention; a plan dated by one year is a year's plan of a standing scheme, which keeps its own name.
- A notice whose title opens with its issuer's full name (《某市科学技术局关于公布…名单的通知》): the city that opens the
  bureau's name was read as the notice's owner; a title that opens with a body the text names and 关于 is that body's,
  and the place inside the body's name owns nothing by it (a title that opens with the city, 《某市…办法》, still does).
"""
import pytest

from conftest import check_reading


ASSETS_ROWS = [
    ("a province's state-assets commission printed short, with its Party deputy secretary",
     "吉林省召开国企改革推进会。省国资委党委副书记王立新出席会议并讲话。",
     {("Agency", "吉林省人民政府国有资产监督管理委员会"), ("Official", "王立新")},
     {("王立新", "holdsPost", "吉林省人民政府国有资产监督管理委员会")},
     {"吉林省国有资产监督管理委员会"}),
    ("a city's state-assets commission printed short, with its director",
     "昨日，株洲市召开国有企业党建工作会议，市国资委主任刘明华通报了全年考核结果。",
     {("Agency", "株洲市人民政府国有资产监督管理委员会")},
     set(),
     {"株洲市国有资产监督管理委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ASSETS_ROWS, ids=[r[0] for r in ASSETS_ROWS])
def test_state_assets_commission_full_name(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


WORKER_ROWS = [
    ("migrant workers in a headline before a verb",
     "铜仁专列送2000余名务工人员出行\n2月15日，松桃县举行返岗欢送仪式，务工人员杨光荣说，今年想多挣些钱。",
     {("Person", "杨光荣")},
     set(),
     {"员出行", "出行"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", WORKER_ROWS, ids=[r[0] for r in WORKER_ROWS])
def test_migrant_workers_role(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


PAIR_ROWS = [
    ("a city a pilot of two provincial projects at once",
     "今年，亳州市入选安徽省政务服务增值化改革工程和数据治理工程双试点市。",
     {("Place", "亳州市"), ("Programme", "安徽省政务服务增值化改革工程"), ("Programme", "数据治理工程")},
     {("亳州市", "implements", "安徽省政务服务增值化改革工程"), ("亳州市", "implements", "数据治理工程")},
     {"安徽省政务服务增值化改革工程和数据治理工程双试点市"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PAIR_ROWS, ids=[r[0] for r in PAIR_ROWS])
def test_pilot_of_two_schemes(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


PRONOUN_ROWS = [
    ("a bureau's pronoun after the bureaus it served",
     "2024年，滁州市数据资源管理局推进数字滁州建设。该局开展数据共享攻坚行动，为滁州市教育局、滁州市民政局等12家单位"
     "编制数据目录。同时，该局制定《滁州市公共数据授权运营管理办法》。",
     {("Agency", "滁州市数据资源管理局"), ("Agency", "滁州市民政局")},
     {("滁州市数据资源管理局", "implements", "《滁州市公共数据授权运营管理办法》")},
     set(),
     {("滁州市民政局", "implements", "《滁州市公共数据授权运营管理办法》")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_facts", PRONOUN_ROWS, ids=[r[0] for r in PRONOUN_ROWS])
def test_pronoun_after_served_bodies(nlp, cls, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)


CAMPAIGN_ROWS = [
    ("a quoted campaign with a subtitle after a middle dot, held by a county",
     "2月20日，榕江县举行2025年“春风行动·就业援助月”启动仪式，现场提供岗位3000余个。",
     {("Place", "榕江县"), ("Programme", "春风行动·就业援助月")},
     {("榕江县", "implements", "春风行动·就业援助月")},
     set()),
    ("a subtitle after a word with no head stays none",
     "活动现场，“山水之间·幸福家园”主题展板吸引了不少群众。",
     set(),
     set(),
     {"山水之间·幸福家园"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CAMPAIGN_ROWS, ids=[r[0] for r in CAMPAIGN_ROWS])
def test_campaign_with_subtitle(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


PARTS_ROWS = [
    ("a talent project's parts listed after a colon",
     "2021年，吉林省启动“长白英才工程”。该工程下设两个子项目：青年英才培育计划和海外人才回流计划。",
     {("Programme", "青年英才培育计划"), ("Programme", "海外人才回流计划")},
     set(),
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PARTS_ROWS, ids=[r[0] for r in PARTS_ROWS])
def test_parts_of_a_plan_after_a_colon(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


DECIDED_ROWS = [
    ("a scheme that is two provincial bodies' decision",
     "实施乡村工匠培育工程是贵州省委、贵州省人民政府作出的重大决策部署，是促进农民增收的重要举措。",
     {("Programme", "乡村工匠培育工程")},
     {("中共贵州省委员会", "implements", "乡村工匠培育工程"), ("贵州省人民政府", "implements", "乡村工匠培育工程")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", DECIDED_ROWS, ids=[r[0] for r in DECIDED_ROWS])
def test_scheme_decided_by_bodies(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


YEAR_PLAN_ROWS = [
    ("a scheme beside one year's plan of it, then the bodies whose decision it is",
     "贵州省人力资源和社会保障厅印发《2023年贵州省技能贵州惠民工程实施方案》。实施技能贵州惠民工程是贵州省委、"
     "贵州省人民政府作出的重大决策部署。",
     {("Programme", "技能贵州惠民工程"), ("Programme", "《2023年贵州省技能贵州惠民工程实施方案》")},
     {("中共贵州省委员会", "implements", "技能贵州惠民工程"), ("贵州省人民政府", "implements", "技能贵州惠民工程")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", YEAR_PLAN_ROWS, ids=[r[0] for r in YEAR_PLAN_ROWS])
def test_scheme_beside_a_years_plan(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


ISSUER_ROWS = [
    ("a notice whose title opens with its issuer, a city's bureau",
     "11月5日，丽水市农业农村局印发《丽水市农业农村局关于公布2023年度市级农业龙头企业名单的通知》。",
     {("Agency", "丽水市农业农村局")},
     {("丽水市农业农村局", "implements", "《丽水市农业农村局关于公布2023年度市级农业龙头企业名单的通知》")},
     set(),
     {("丽水市", "implements", "《丽水市农业农村局关于公布2023年度市级农业龙头企业名单的通知》")}),
    ("a title that opens with the city stays the city's",
     "11月5日，丽水市农业农村局印发《丽水市农村集体经济发展管理办法》。",
     {("Agency", "丽水市农业农村局")},
     {("丽水市", "implements", "《丽水市农村集体经济发展管理办法》")},
     set(),
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_facts", ISSUER_ROWS, ids=[r[0] for r in ISSUER_ROWS])
def test_issuer_opens_title(nlp, cls, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)
