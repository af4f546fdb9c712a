"""Classes the ninetieth own people set showed (passages rewritten from real science, education, health and sports news of
counties and cities: an academician and university president at 随县, academicians and a research institute's former head
at 山阳县法官镇, a deputy county head at a township's central school in 舒城县, 中国工程院's team at 会泽县, athletes of 宁陕县
and 罗源县, the national gymnastics centre at 榕江县, a medical team of 中山市 at 水城区人民医院, universities' experts at
东源县), each row a text written for this test, with other places and names than the set's.

- A newsroom's name, then its reporters' names after blanks, in a bracket that closes the article's last paragraph
  (…合作。（某县融媒体中心 某某）, …台阶。（某某新闻网 某某 某某）): the cleaning joined the blanks, so no name was read;
  the bracket is a zone of closing credits whose blanks part names (`kg/clean.py`), and each name after the newsroom
  (CreditOutlet) is a reporter, a person (`kg/ner/people.py`).
- The head of a medical or an expert team sent out, before the name (医疗队队长某某，某医院某科主任医师，…; 专家组组长某某):
  the team is no body and its head's title found none, so the name was lost; Role 医疗队队长, 专家组组长 and kin: a person.
  A village work team's head (工作队队长) stays an official.
- An academician's title or a doctor's grade printed after the name (张某某院士还停下来察看…, 某医院刘某副主任医师为村民看诊):
  only 教授 was read after a name; Role 院士, 主任医师, 副主任医师 "after_name" (`_name_then_role`).
- A bureau's post, then a county unit printed with its own level (县教育局副局长、县教研室主任某): read as a unit of the bureau
  named 某县教育局县教研室; a bare unit whose name opens with the bureau's level (县, 市, 区) is the county's own body, named
  with the bureau's place (某县教研室), no unit of the bureau (`_bare_units` in `kg/ner/agencies.py`).
- A preposition read as a surname before the words of a whole body (负责人向全体教职工问好, 校长向全校师生提出要求): read as
  a person named 向全体; NotGivenName 全体, 全校, 全县 and kin.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a county newsroom's reporter in the closing bracket of the last paragraph",
     "会上，双方签订了合作协议。（麻阳县融媒体中心 舒文静）",
     {("Person", "舒文静")},
     set(),
     set()),
    ("a news site's two reporters in the closing bracket",
     "推动全县全民健身事业再上新台阶。（汉阴新闻网 王小平 李敏）",
     {("Person", "王小平"), ("Person", "李敏")},
     set(),
     set()),
    ("a paper's reporter in the closing bracket after a quoted sentence",
     "他说，学校将继续支持县里的发展。（黔东南日报 杨光明）",
     {("Person", "杨光明")},
     set(),
     set()),
    ("a newsroom's credit word in the closing bracket is no name",
     "村民们纷纷点赞。（泾川县融媒体中心 供图）",
     set(),
     set(),
     {"供图"}),
    ("a medical team's head, then his post in a hospital's department after a comma",
     "医疗队队长刘卓然，株洲市中心医院心内科主任医师，已连续三年带队下乡。",
     {("Person", "刘卓然")},
     set(),
     set()),
    ("a free clinic team's head in a list with a doctor",
     "义诊队队长李志华、主任医师王芳为村民量血压、做心电图。",
     {("Person", "李志华"), ("Person", "王芳")},
     set(),
     set()),
    ("an expert group's head before the name",
     "专家组组长张建国介绍了水稻新品种的栽培要点。",
     {("Person", "张建国")},
     set(),
     set()),
    ("a medical team's deputy head",
     "医疗队副队长王敏在座谈会上发言。",
     {("Person", "王敏")},
     set(),
     set()),
    ("a village work team's head stays an official",
     "驻村工作队队长何卓然介绍了村里的产业情况。",
     {("Official", "何卓然")},
     set(),
     set()),
    ("an academician's title after the name, in the middle of a sentence",
     "在田间，李国华院士还停下来察看稻穗的长势。",
     {("Person", "李国华")},
     set(),
     set()),
    ("a doctor's grade after the name, after the hospital",
     "株洲市中心医院刘春副主任医师为村民看诊。",
     {("Person", "刘春")},
     set(),
     set()),
    ("a doctor's grade after a three-character name, after 的",
     "参加义诊的有县人民医院的王海燕主任医师。",
     {("Person", "王海燕")},
     set(),
     set()),
    ("a county's teaching research office after the education bureau's post",
     "罗田县教育局党组成员、副局长，县教研室主任胡晓燕出席开班仪式。",
     {("Official", "胡晓燕"), ("Agency", "罗田县教研室")},
     {("胡晓燕", "holdsPost", "罗田县教研室"), ("胡晓燕", "holdsPost", "罗田县教育局")},
     {"罗田县教育局县教研室"}),
    ("a county's farm technology centre after the farm bureau's post",
     "蕲春县农业农村局副局长、县农技中心主任陈立新介绍了春播情况。",
     {("Official", "陈立新"), ("Agency", "蕲春县农技中心")},
     {("陈立新", "holdsPost", "蕲春县农技中心")},
     {"蕲春县农业农村局县农技中心"}),
    ("a school's head speaks to all its teachers",
     "临别时，他委托学校负责人向全体教职工转达问候。",
     set(),
     set(),
     {"向全体"}),
    ("a principal speaks to the whole school",
     "开学典礼上，校长向全校师生提出了新学期的要求。",
     set(),
     set(),
     {"向全校"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_rows(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
