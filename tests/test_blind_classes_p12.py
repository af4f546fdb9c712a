"""Classes found by the twelfth programme set, on made-up text (places and designations other than the set's).

- A list printed one group a line, each group a province (or city) before a colon and its members after it
  (山东省：某市某县某镇⏎河南省：…): the group lines are the list's body, not headlines of new articles, so every group's
  places enter the designation the notice names, not the first group's alone.

Texts written for these tests in our own words."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402


def _implements(text: str) -> set[tuple[str, str]]:
    forms, facts = build(text)
    got = {(s, forms.get(o, o)) for s, p, o in facts if p == "implements"}
    return got | {(s, f) for s, o in set(got) for f, n in forms.items() if n == o}


GROUPED = {
    "towns grouped by province":
        ("农业农村部办公厅关于公布2026年全国农业产业强镇名单的通知\n"
         "各省、自治区农业农村厅：\n"
         "经各地推荐、专家审核，确定以下镇为2026年全国农业产业强镇，现予公布。\n"
         "山东省：临沂市沂南县岸堤镇\n"
         "河南省：信阳市光山县砖桥镇\n"
         "湖北省：宜昌市秭归县归州镇\n"
         "请各地农业农村部门加强对入选镇的指导，支持其完善产业基础设施，打造特色产业集群，发挥示范带动作用。"
         "各省级农业农村部门要于每年年底前，将入选镇年度建设情况报送农业农村部乡村产业发展司。\n",
         {"岸堤镇", "砖桥镇", "归州镇"}),
    "towns grouped by city, two a line":
        ("某省农业农村厅关于公布第三批全国农业产业强镇推荐名单的通知\n"
         "各市农业农村局：\n"
         "经研究，确定以下镇为第三批全国农业产业强镇推荐对象，现予公布。\n"
         "临沂市：沂南县岸堤镇、蒙阴县岱崮镇\n"
         "潍坊市：青州市王坟镇\n"
         "请各地农业农村部门做好推荐对象的培育工作，支持其完善产业基础设施，打造特色产业集群，发挥示范带动作用。\n",
         {"岸堤镇", "岱崮镇", "王坟镇"}),
}


@pytest.mark.parametrize("text,towns", GROUPED.values(), ids=GROUPED.keys())
def test_every_group_of_a_list_enters_the_designation(text, towns):
    got = _implements(text)
    members = {s for s, o in got if "农业产业强镇" in o}
    assert towns <= members, sorted(got)
