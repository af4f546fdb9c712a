"""Classes the hundred-and-sixteenth own programme set showed (a blind sample of provincial press-conference news:
镇江, 浙江's 两会, 安徽's Party congress, 福建, 江西's department of ecology, 广州, 四川's press hall, 贵州's Party
spokespeople), each row a text written for this test, with other places, bodies and people than the set's.

- A prefecture's Party committee printed by its short name and 地委 (某某地委新闻发言人某某) was no body, and its spokesman
  a bare person: the level character 地 between a prefecture's short name and its committee prints the prefecture's
  level now (PrefectureLevelChar), for a prefecture of today (阿勒泰地区); one since become a city of its name (毕节地委
  of 2011) was left at first, and is read as the former prefecture since (tests/test_lead_pass_52.py).
- The drives of open government and open Party affairs printed bare (推进阳光政务和阳光党务建设) were no programmes:
  they are known schemes now (Programme in programmes.jsonl), carried out by the body whose clause names them.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a prefecture's committee printed as its short name and 地委",
     "会上，阿勒泰地委副书记马国强介绍了全区冬季旅游的安排。",
     {("Agency", "中共阿勒泰地区委员会"), ("Official", "马国强")},
     {("马国强", "holdsPost", "中共阿勒泰地区委员会"), ("中共阿勒泰地区委员会", "locatedIn", "阿勒泰地区")},
     set()),
    ("the open-government drive printed bare after 深化, with 建设",
     "今年，揭西县政务服务数据管理局将深化阳光政务建设，推动办事流程全部上网公开。",
     {("Programme", "阳光政务")},
     {("揭西县政务服务数据管理局", "implements", "阳光政务")},
     set()),
    ("the open-Party-affairs drive printed bare after 推行",
     "钦州市委组织部全面推行阳光党务，党内事务按期公开。",
     {("Programme", "阳光党务")},
     {("中共钦州市委组织部", "implements", "阳光党务")},
     set()),
    ("当地 before 委员 opens no prefecture's committee",
     "当地委员会成员王小平说，今年将新修道路十公里。",
     set(), set(),
     {"中共当地区委员会"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_116(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
