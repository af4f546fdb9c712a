"""Classes the seventy-fifth own programme set showed (passages rewritten from real news of 浙江, 湖南, 四川, 山西, 天津,
广东, 湖北 and 山东 on urban renewal, county-town urbanisation, complete communities, 15-minute living circles, sponge
cities and business-environment reform, and who carries them out), each row a text written for this test, with other
places, bodies and schemes than the set's.

- A district's bureau of administrative approval named 行政审批服务管理局, and Hubei's renamed bureaus of housing and
  urban renewal (住房和城市更新局): no field the rules know stood before 局, so neither was read; both are fields now
  (AgencyField).
- A bureau that sets up a task group (某区某局组建服务专班, 抽调人员组成专班): the verb was read into a unit's name
  (某局组建服务专班, a false unit of the bureau); 组建 and 抽调 end a body's name now (AgencyStopWord).
- A project's start that an event marks (这次行动标志着某区某某改造项目全面启动): the clause before the verb was read
  into the project's name; the name opens after 标志着 and 意味着 now (UrgingVerb).
- A pilot several ministries start (某部等部门启动某某试点): the designation's name opened at 部门; 部门启动 and 部门联合启动
  (bodies listed with 等, then their launch) lead a designation now (DesignationLead).
- A community the gazetteer lacks, printed right after a chain of province, city and district (某省某市某区某某社区, as
  pilot lists print them): not read; it is the district's community now.
- A designation whose head is 建设示范, printed before its list word (县城新型城镇化建设示范名单): no head the rules
  know ended it, so neither it nor the counties listed as its members were read; 建设示范 is a listed head now, and of two
  heads that overlap the one that reaches further is taken (…建设示范城区 stays a 示范城区).
- The members of a designation listed after its head printed bare (入选试点的城市（区）有甲市、乙省丙市…等): not linked;
  the last place of each chain listed after 有, 包括 or 分别是 (MemberListLead) carries out the designation the article
  named last with that head.
- A province printed before its counties with a word of having (其中，某省有甲县、乙县等N地入选；) on a line of a
  designation's list: the province was read as a member; a place followed by 有 (ListOpenerEnd) and right after it
  another place heads the group of those after it now, and is no member.
- A headline that names a plan unquoted after its district and a verb (某区印发某某建设实施方案), then the plan's title
  with the district opening it (《某区某某建设实施方案》): two programmes were read; the headline's plan, its head the
  title's, is the titled plan now.
- A city said to be in an earlier batch by the designation's head alone (某市入选首批30个试点地区): a batch and a count
  between the member's lead and the head left the head unread; the lead before them makes the city a member of the one
  designation of the text that ends in that head now.
- A pilot conferred with its scope between the lead and the batch (某市入选全国第二批某某试点): the scope broke the run
  of lead and batch, so the place was no member and 试点 (a head that needs members) made no designation; the verb's
  phrase kept the batch in the name. The scope keeps the run whole now: the designation is 全国某某试点, batch dropped.
"""
import pytest

from conftest import check_reading


AGENCY_ROWS = [
    ("a district's bureau of administrative approval services management",
     "晋中市榆次区行政审批服务管理局推出帮办代办服务，企业开办时间压缩至半天。",
     {("Agency", "晋中市榆次区行政审批服务管理局")},
     {("晋中市榆次区行政审批服务管理局", "locatedIn", "榆次区")},
     set()),
    ("a district's bureau of housing and urban renewal",
     "襄阳市襄城区住房和城市更新局牵头实施老旧小区改造，今年计划改造小区42个。",
     {("Agency", "襄阳市襄城区住房和城市更新局")},
     {("襄阳市襄城区住房和城市更新局", "locatedIn", "襄城区")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", AGENCY_ROWS, ids=[r[0] for r in AGENCY_ROWS])
def test_bureaus_of_new_fields(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


TASK_GROUP_ROWS = [
    ("a bureau that sets up a service group",
     "为保障项目开工，榆次区财政局组建服务专班，全程跟踪资金拨付。",
     {("Agency", "晋中市榆次区财政局")},
     set(),
     {"晋中市榆次区财政局组建服务专班"}),
    ("a bureau that draws staff into a group",
     "襄城区民政局抽调骨干组成专班，逐户走访困难群众。",
     {("Agency", "襄阳市襄城区民政局")},
     set(),
     {"襄阳市襄城区民政局抽调骨干组成专班"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TASK_GROUP_ROWS, ids=[r[0] for r in TASK_GROUP_ROWS])
def test_a_verb_of_setting_up_ends_the_body(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


START_ROWS = [
    ("a demolition that marks a renewal project's start",
     "4月2日，多台机械进场作业，这次集中拆除标志着荔湾区旧村改造项目正式启动。",
     {("Programme", "荔湾区旧村改造项目")},
     set(),
     {"这次集中拆除标志着荔湾区旧村改造项目"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", START_ROWS, ids=[r[0] for r in START_ROWS])
def test_a_start_that_an_event_marks(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


PILOT_ROWS = [
    ("ministries that start a pilot",
     "2022年，工业和信息化部等部门启动智慧城市基础设施建设试点，首批选取16个城市。",
     set(),
     set(),
     {"部门启动智慧城市基础设施建设试点"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PILOT_ROWS, ids=[r[0] for r in PILOT_ROWS])
def test_a_pilot_started_by_several_bodies(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


COMMUNITY_ROWS = [
    ("a community the gazetteer lacks after a chain of province, city and district",
     "入选名单的还有广东省深圳市福田区锦绣苑社区，该社区将重点建设嵌入式服务设施。",
     {("Place", "锦绣苑社区")},
     {("锦绣苑社区", "partOf", "福田区")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", COMMUNITY_ROWS, ids=[r[0] for r in COMMUNITY_ROWS])
def test_a_community_after_its_district(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


DEMONSTRATION_ROWS = [
    ("counties listed after a demonstration list of county towns",
     "从公布的县城新型城镇化建设示范名单看，120个县分布在24个省份。其中，江苏省有盱眙县、宝应县、沛县等10个县市入选；"
     "河北省固安县、正定县榜上有名。",
     {("Programme", "县城新型城镇化建设示范")},
     {("盱眙县", "implements", "县城新型城镇化建设示范"), ("宝应县", "implements", "县城新型城镇化建设示范")},
     set()),
    ("a longer head that overlaps the demonstration head",
     "民政部公布全国和谐社区建设示范城区名单，江苏省南京市鼓楼区入选。",
     {("Programme", "全国和谐社区建设示范城区")},
     {("鼓楼区", "implements", "全国和谐社区建设示范城区")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", DEMONSTRATION_ROWS, ids=[r[0] for r in DEMONSTRATION_ROWS])
def test_demonstration_head_before_its_list(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


MEMBER_ROWS = [
    ("cities listed after a pilot's bare head and 有",
     "住房和城乡建设部近日部署开展城市体检试点工作。入选试点的城市有广东省佛山市、湖南省衡阳市和四川省德阳市等。",
     {("Programme", "城市体检试点")},
     {("佛山市", "implements", "城市体检试点"), ("德阳市", "implements", "城市体检试点")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", MEMBER_ROWS, ids=[r[0] for r in MEMBER_ROWS])
def test_members_listed_after_a_bare_head(nlp, cls, text, entities, facts, absent):
    got_entities, got_facts = check_reading(nlp, text, entities, facts, absent)
    assert ("广东省", "implements", "城市体检试点") not in got_facts


GROUP_ROWS = [
    ("a province whose word of having opens its counties in a designation's list",
     "第三批国家全域旅游示范区名单公布\n从公布的第三批国家全域旅游示范区名单看，40个县市区分布在22个省份，东部地区15个，"
     "中部地区12个。其中，江西省有婺源县、靖安县、资溪县、井冈山市等4地入选；福建省武夷山市、永泰县榜上有名；"
     "湖南省凤凰县、韶山市2地入选。\n",
     {("Programme", "国家全域旅游示范区")},
     {("婺源县", "implements", "国家全域旅游示范区"), ("井冈山市", "implements", "国家全域旅游示范区")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", GROUP_ROWS, ids=[r[0] for r in GROUP_ROWS])
def test_a_province_heading_its_group_is_no_member(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent,
                  absent_facts={("江西省", "implements", "国家全域旅游示范区")})


HEADLINE_ROWS = [
    ("a headline's unquoted plan, then its title with the district opening it",
     "岳麓区印发城市停车设施建设实施方案\n近日，长沙市岳麓区人民政府办公室印发《岳麓区城市停车设施建设实施方案》，"
     "要求各街道认真组织实施。\n",
     {("Programme", "《岳麓区城市停车设施建设实施方案》")},
     {("岳麓区", "implements", "《岳麓区城市停车设施建设实施方案》")},
     {"城市停车设施建设实施方案"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", HEADLINE_ROWS, ids=[r[0] for r in HEADLINE_ROWS])
def test_a_headlines_plan_is_the_titled_one(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BATCHED_BARE_ROWS = [
    ("a city said to be in the first batch of pilot areas by the head alone",
     "商务部公布第三批城市一刻钟便民生活圈试点地区名单，宜宾市入选。早在2021年，南宁市就入选首批30个试点地区。",
     {("Programme", "城市一刻钟便民生活圈试点地区")},
     {("南宁市", "implements", "城市一刻钟便民生活圈试点地区"), ("宜宾市", "implements", "城市一刻钟便民生活圈试点地区")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BATCHED_BARE_ROWS, ids=[r[0] for r in BATCHED_BARE_ROWS])
def test_a_bare_head_after_a_lead_and_a_batch(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


SCOPED_BATCH_ROWS = [
    ("a city selected for a national batch of pilots",
     "近日，宜昌市入选全国第四批城市一刻钟便民生活圈试点，将在主城区新建一批便民网点。",
     {("Programme", "全国城市一刻钟便民生活圈试点")},
     {("宜昌市", "implements", "全国城市一刻钟便民生活圈试点")},
     {"第四批城市一刻钟便民生活圈试点"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", SCOPED_BATCH_ROWS, ids=[r[0] for r in SCOPED_BATCH_ROWS])
def test_a_scope_between_the_lead_and_the_batch(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
