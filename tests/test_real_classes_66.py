"""Classes the sixty-sixth own programmes set showed (passages rewritten from real news of transport, water and housing
schemes and who carries them out: river and forest chiefs in 湖北 and 云南, old-compound renewal and 秀美河湖 in 河北,
“四好农村路” demonstration counties in 黑龙江, the 交通强国 pilot in 重庆 and city renewal in 江苏), each row a text
written for this test, with other places, bodies and schemes than the set's.

- A dateline's bare byline whose role word opens the report's sentence (本报讯 记者从市交通局获悉): the run after the
  role was cut into two "names" (从市交, 通局获); a word that opens the sentence there (ReporterProseLead: 从, 近日, 在 …)
  makes the role the sentence's subject, and no byline follows.
- A scheme after a verb of launch that opens its sentence, with 以来 right after it (推行河长制以来，某市…): the place
  or body opening the next clause carried nothing out; it now does, as after “…”开展以来 (SinceLaunch).
- Named water and forest schemes the lexicon lacked: 河（库）长制, 河湖警长制 and 天然林保护工程.
- An unquoted works name closed by an amount of area or length (实施某某治理项目3.2万亩): the amount kept the name
  from closing (UnquotedAmountUnit).
- Places made members of a designation before a clause that 经 opens (甲县、乙县通过验收，经省某厅联合发文，被命名为…):
  the bodies of that clause took the places' part; and a year between the member's verb and the province
  (被命名为2021年某省“…”示范县) kept the verb from being read.
- A pilot's conferring body printed before its batch (入选住房和城乡建设部第一批…试点): the body was read into the name.
- An action taken up as the lead of a place's work with its campaign's name between 以 and the quote (以碧水保卫战
  “…”行动为抓手): neither was given to the place.
- A press conference's quoted topic (召开“某省住建系统…民生工程推进情况”新闻发布会): the works before the progress word
  were read as a project.
"""
import pytest

from conftest import check_reading


BYLINE_ROWS = [
    ("a paper's dateline, the role then 从 and a body",
     "本报讯 记者从县水利局获悉，全县今年将新建水库两座。",
     set(), set(), {"从县水", "利局获", "从县水利"}),
    ("a named paper's dateline, the role then 从 and a district body",
     "江津日报讯 记者从区住房城乡建委了解到，今年将改造老旧小区30个。",
     set(), set(), {"从区住", "房城乡"}),
    ("the role then 在 and a body",
     "本报讯 记者在县交通运输局采访时获悉，全县公路建设提速。",
     set(), set(), {"运输"}),
    ("guard: a bare byline with a name stays read",
     "本报讯 记者 王明 通讯员 李强，全县今年将新建水库两座。",
     {("Person", "王明"), ("Person", "李强")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BYLINE_ROWS, ids=[r[0] for r in BYLINE_ROWS])
def test_role_word_opening_the_report(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SINCE_ROWS = [
    ("a county after 推行林长制以来",
     "推行林长制以来，凤庆县建立起县乡村三级林长体系，森林覆盖率稳步提升。",
     {("Programme", "林长制")}, {("凤庆县", "implements", "林长制")}, set()),
    ("a county bureau after 自实施…以来",
     "自实施河湖长制以来，宜都市水利和湖泊局持续开展河道清障。",
     {("Programme", "河湖长制")}, {("宜都市水利和湖泊局", "implements", "河湖长制")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SINCE_ROWS, ids=[r[0] for r in SINCE_ROWS])
def test_doer_after_the_time_since_a_launch(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SCHEME_ROWS = [
    ("河（库）长制 with full-width brackets",
     "宜城市全面推行河（库）长制，每条河流都有了责任人。",
     {("Programme", "河库长制")}, {("宜城市", "implements", "河库长制")}, set()),
    ("河湖警长制 set up by a city",
     "荆门市在全市建立河湖警长制，打击非法采砂。",
     {("Programme", "河湖警长制")}, {("荆门市", "implements", "河湖警长制")}, set()),
    ("天然林保护工程 before the works done under it",
     "2022年，泸西县完成天然林保护工程森林抚育2万亩。",
     {("Programme", "天然林保护工程")}, {("泸西县", "implements", "天然林保护工程")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SCHEME_ROWS, ids=[r[0] for r in SCHEME_ROWS])
def test_water_and_forest_schemes(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


AMOUNT_ROWS = [
    ("a project closed by 万亩",
     "2023年，砚山县实施珠江上游石漠化综合治理项目3.2万亩。",
     {("Programme", "珠江上游石漠化综合治理项目")}, {("砚山县", "implements", "珠江上游石漠化综合治理项目")}, set()),
    ("a works project closed by 公里",
     "去年，蒙城县实施农村公路提质改造工程85公里。",
     {("Programme", "农村公路提质改造工程")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", AMOUNT_ROWS, ids=[r[0] for r in AMOUNT_ROWS])
def test_works_name_closed_by_an_amount(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


MEMBER_ROWS = [
    ("members before a clause 经 opens",
     "宁县、合水县通过验收，经省交通运输厅、省财政厅联合发文，被命名为甘肃省“四好农村路”示范县。",
     {("Place", "宁县"), ("Place", "合水县")},
     {("宁县", "implements", "四好农村路"), ("合水县", "implements", "四好农村路")}, set()),
    ("a year between the member's verb and the province, after a clause 经 opens",
     "桦南县、汤原县通过复核，经省交通运输厅发文，被命名为2021年黑龙江省“四好农村路”示范县。",
     {("Place", "桦南县")}, {("桦南县", "implements", "四好农村路"), ("汤原县", "implements", "四好农村路")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", MEMBER_ROWS, ids=[r[0] for r in MEMBER_ROWS])
def test_members_before_a_conferring_clause(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BATCH_BODY_ROWS = [
    ("a ministry before the batch of a pilot",
     "沈阳市、大连市入选住房和城乡建设部第一批城市更新试点。",
     {("Programme", "城市更新试点")},
     {("沈阳市", "implements", "城市更新试点"), ("大连市", "implements", "城市更新试点")},
     {"住房和城乡建设部第一批城市更新试点"}),
    ("a commission before 首批",
     "嘉兴市入选国家发展改革委首批城乡融合发展试验区。",
     {("Programme", "城乡融合发展试验区")}, {("嘉兴市", "implements", "城乡融合发展试验区")},
     {"国家发展改革委首批城乡融合发展试验区"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BATCH_BODY_ROWS, ids=[r[0] for r in BATCH_BODY_ROWS])
def test_conferring_body_before_a_batch(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


CAMPAIGN_BEFORE_QUOTE_ROWS = [
    ("a campaign's name between 以 and its quoted action",
     "宜昌市以蓝天保卫战“治气攻坚”行动为抓手，推进大气污染防治。",
     {("Programme", "治气攻坚行动")}, {("宜昌市", "implements", "治气攻坚行动")}, set()),
    ("the same after 全市 opening the clause",
     "荆州市召开推进会。全市以碧水保卫战“清河净岸”行动为抓手，开展河道整治。",
     set(), {("荆州市", "implements", "清河净岸行动")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CAMPAIGN_BEFORE_QUOTE_ROWS,
                         ids=[r[0] for r in CAMPAIGN_BEFORE_QUOTE_ROWS])
def test_action_taken_as_lead_after_its_campaign(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


REPORT_TOPIC_ROWS = [
    ("a press conference's quoted topic ending in 推进情况",
     "山西省政府新闻办召开“山西省住建系统2023年民生工程推进情况”新闻发布会。",
     set(), set(), {"住建系统2023年民生工程", "山西省住建系统2023年民生工程"}),
    ("a quoted topic ending in 建设情况",
     "陕西省政府新闻办召开“全省交通系统重点工程建设情况”新闻发布会。",
     set(), set(), {"全省交通系统重点工程", "交通系统重点工程"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", REPORT_TOPIC_ROWS, ids=[r[0] for r in REPORT_TOPIC_ROWS])
def test_quoted_topic_of_a_report_names_no_works(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
