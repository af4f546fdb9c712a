"""Classes the fifty-eighth own programme set showed (passages rewritten from real news of 广东, 湖南, 贵州, 江苏, 四川
and 青海 on health, education and welfare schemes and who carries them out: a county city's compact medical community
pilot, a province's healthy towns and villages with a city's health titles, a province's model health cities, a
province's elderly canteens, a county's balanced-education title, a province's employment campaigns, a province's
medical aid to another, a district health bureau's year, a city bureau's medical team sent to a district, a county's
education slogan), each row a text written for this test, with other places and names than the set's.

- The health titles a province's patriotic-health office confers (获评某省健康镇, 某省健康村, 建成某省健康促进市)
  and the balanced-education county (…义务教育发展基本均衡县): no head ended them, so neither
  the title nor the towns and villages that won it were read (DesignationHead 健康镇, 健康村, 健康乡镇 "conferred";
  健康促进市/县/区, 均衡县). A city's model-city title (获评…健康城市建设示范市) is left unread: the seeds' gold does not
  count it where 珠海 won it.
- A headline opened by a county's short name and a colon (修文：小县办大教育): the 文 of the name was read as a credit's
  role (文：), the line as a byline and a word after it as a reporter; a role of one character now opens the line or
  follows a paper's name.
- Diseases that begin with a surname's character (消除艾滋病、梅毒和乙肝母婴传播; 白内障、包虫病): 梅毒 was a person
  (NotAName).
- An abbreviated office before a verb of making public (省爱卫办公布…, 省委办公布…): 办 before 公 was taken as the start
  of 办公, and no office was read (HeadWordAfter 办: 公布, 公示, 公开, 公告).
- A leading group or its office named after a province's scheme (健康江苏建设领导小组办公室, 平安某省建设领导小组):
  read as the province's group with 健康 dropped (江苏省建设领导小组办公室), or not at all; it is the body as printed,
  of that province (SchemeBodyPrefix, SchemeBodyWork, SchemeBodyHead).
- Two reporters in the bracket of a news agency's dateline with no role (中新网某地6月12日电 (张三 李四)): the cleaner
  joins the two names, and a run of five characters with no role before it was passed over as an organisation's name;
  the bracket of an agency's dateline now credits its names as a role would, and a run two cuts would split is cut where
  the second name opens with the far more common surname.
- A designation passed in a review (某县顺利通过全国…基本均衡县评估认定; 某区通过“…示范区”复审) and one a body grants
  (某区被省政府授予“…示范区”): 通过 and 授予 conferred nothing; 通过 is a lead where a review (DesignationAssessment)
  follows the name, and both confer a quoted designation (DesignationConferVerb), the granting body carrying it out too.
"""
import pytest

from conftest import check_reading


TITLE_ROWS = [
    ("a town and villages winning a province's health titles",
     "近日，省爱卫办公布评估结果。如皋市白蒲镇获评江苏省健康镇，2个村获评江苏省健康村，分别是丁堰镇皋南村、白蒲镇林梓村。",
     {("Programme", "江苏省健康镇"), ("Programme", "江苏省健康村"), ("Agency", "江苏省爱国卫生运动委员会办公室")},
     {("白蒲镇", "implements", "江苏省健康镇"), ("皋南村", "implements", "江苏省健康村"),
      ("林梓村", "implements", "江苏省健康村")},
     set()),
    ("a city's health title after 建成",
     "近年来，如皋市建成江苏省健康促进市。",
     {("Programme", "江苏省健康促进市")},
     {("如皋市", "implements", "江苏省健康促进市")},
     set()),
    ("a county named a balanced-education county",
     "2020年，岳阳市平江县被评为全国义务教育发展基本均衡县。",
     {("Programme", "全国义务教育发展基本均衡县")},
     {("平江县", "implements", "全国义务教育发展基本均衡县")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", TITLE_ROWS, ids=[r[0] for r in TITLE_ROWS])
def test_health_and_education_titles(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_health_word_alone_confers_nothing(nlp):
    """健康村 is also a plain noun of health work: without a lead it names no title."""
    check_reading(nlp, "各镇要推进健康村建设，改善人居环境。", set(), set(), {"健康村"})


NAME_ROWS = [
    ("a headline opened by a county's short name and a colon",
     "平塘：小县办大教育\n平塘县是黔南州的一个县。近年来，平塘县大力发展教育。",
     {("Place", "平塘县")},
     set(),
     {"教育", "平塘"}),
    ("a headline opened by a county's short name ending in 文",
     "修文：小县办好教育\n修文县地处贵阳市北部。",
     {("Place", "修文县")},
     set(),
     {"教育", "修文"}),
    ("diseases in a list",
     "该区通过广东省消除艾滋病、梅毒和乙肝母婴传播项目评估，并开展白内障、包虫病筛查。",
     set(),
     set(),
     {"梅毒", "艾滋病", "白内障", "包虫病"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NAME_ROWS, ids=[r[0] for r in NAME_ROWS])
def test_no_names_in_headlines_and_diseases(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("line", ["文：张晓明", "撰文：张晓明", "供图：张晓明"])
def test_a_byline_of_one_character_role_still_read(nlp, line):
    check_reading(nlp, line + "\n某县举办培训班。", {("Person", "张晓明")}, set(), set())


BODY_ROWS = [
    ("an abbreviated office before 公布",
     "浙江新闻：近日，省爱卫办公布了年度评估结果。",
     {("Agency", "浙江省爱国卫生运动委员会办公室")},
     {("浙江省爱国卫生运动委员会办公室", "locatedIn", "浙江省")},
     set()),
    ("a Party committee's office before 公示",
     "浙江新闻：近日，省委办公示了名单。",
     {("Agency", "中共浙江省委办公室")},
     set(),
     set()),
    ("an office building is no office",
     "浙江新闻：市政府办公楼今天启用。",
     set(),
     set(),
     {"浙江省人民政府办公室"}),
    ("a leading group's office named after a province's scheme",
     "近日，健康浙江建设领导小组办公室印发通知，部署浙江省年度工作。",
     {("Agency", "健康浙江建设领导小组办公室")},
     {("健康浙江建设领导小组办公室", "locatedIn", "浙江省")},
     {"浙江省建设领导小组办公室"}),
    ("a committee named after a province's health action",
     "健康湖北行动推进委员会办公室日前发布了监测结果。",
     {("Agency", "健康湖北行动推进委员会办公室")},
     set(),
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", BODY_ROWS, ids=[r[0] for r in BODY_ROWS])
def test_offices_and_scheme_groups(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_two_reporters_in_an_agency_datelines_bracket(nlp):
    check_reading(nlp, "四川推进养老服务\n中新网成都3月5日电 (王晓东 陈琳)四川省民政厅副厅长刘国强5日介绍了有关情况。",
                  {("Person", "王晓东"), ("Person", "陈琳"), ("Official", "刘国强")}, set(), {"王晓东陈琳"})


REVIEW_ROWS = [
    ("a county passing the review of a balanced-education county",
     "2021年，衡阳市祁东县顺利通过全国义务教育发展基本均衡县评估认定。",
     {("Programme", "全国义务教育发展基本均衡县")},
     {("祁东县", "implements", "全国义务教育发展基本均衡县")},
     set()),
    ("a district passing the review of a quoted designation",
     "去年，越秀区顺利通过“国家慢性病综合防控示范区”复审。",
     {("Programme", "国家慢性病综合防控示范区")},
     {("越秀区", "implements", "国家慢性病综合防控示范区")},
     set()),
    ("a district granted a quoted designation by the provincial government",
     "苏州市吴江区被省政府授予“健康江苏实践示范区”。",
     {("Programme", "健康江苏实践示范区"), ("Agency", "江苏省人民政府")},
     {("吴江区", "implements", "健康江苏实践示范区"), ("江苏省人民政府", "implements", "健康江苏实践示范区")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", REVIEW_ROWS, ids=[r[0] for r in REVIEW_ROWS])
def test_designations_passed_and_granted(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_through_building_a_zone_confers_nothing(nlp):
    """通过 is a means where no review follows: no designation, no member."""
    check_reading(nlp, "该县通过建设现代农业示范区，带动农民增收。", set(), set(), {"现代农业示范区", "建设现代农业示范区"})


def test_through_a_quoted_platform_confers_nothing(nlp):
    """通过“…平台”: a means, no title passed (no review follows the quote)."""
    check_reading(nlp, "八角街道处置中心接到派单。处置中心通过“三派三考平台”把诉求单同时派给街道城管办和社区物业。",
                  set(), set(), {"三派三考平台"})
