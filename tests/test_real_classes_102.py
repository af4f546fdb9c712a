"""Classes the hundred-and-second own people set showed (a blind sample of township, street and village news: three
village Party branches of 洛川县, a college's cadres stationed as first secretaries in 古浪县直滩乡, a cadre living in a
village of 乌什县 under “访惠聚”, a street's notice on the village committees' elections in 武隆区, a community of 越秀区,
a scheme of 上海's communities, 北京邻里节, a village head in 梅里斯区), each row a text written for this test, with other
places and names than the set's.

- A two-character name after a title, then 握手 (村主任某某握手时): 握手 ends the name (AfterName 握手).
- 村主任 after a post in a village's Party branch (某村村书记、村主任某某): a post in that village's committee
  (BranchPartnerTitle 村主任), as 主任 alone is.
- A district named with its people, no autonomous area (梅里斯达斡尔族区), printed without them (梅里斯区): the district
  (``ethnic_town_plain_form`` in ``kg/gazetteer.py`` for county-level districts too).
- A street's office printed after its district's government (某区人民政府某街道办事处): it stands in the street, as the
  office printed under the street's name alone does (``_town_unit_place(own=True)`` in ``kg/ner/agencies.py``).
- A Party committee's office of Party building (市委党建办): PartyDepartment 党建办 → 党建工作领导小组办公室.
- A division whose name holds a word of cadres' work before more of its name (组织部干部教育处处长): the unit
  (``_unit_title_ahead`` in ``kg/ner/agencies.py``), as 组织部干部处处长 was read.
- The bodies whose rules a clause follows (按照市委和区委的有关规定，制定本方案) are no doers of the document: CiteClose 规定.
- A residents' quarter of a city printed right after its street (某街道东园一居民区): a community of that street
  (QuarterSuffix 居民区, ``chained_quarter`` in ``kg/ner/places.py``), read nowhere else.
- A notice whose title opens with 关于 on its own line, signed below by its bodies (关于印发《…》的通知 … 中共某街道工作委员会⏎
  某街道办事处⏎日期): the signatories issue the document (``_issuers_below`` in ``kg/relations.py``).
"""
import pytest

from conftest import check_reading


NOTICE = ("关于印发《民族街道网格化服务管理工作方案》的通知\n各社区：\n《民族街道网格化服务管理工作方案》已经街道党工委会议研究同意，"
          "现印发给你们，请认真执行。\n中共武汉市江汉区民族街道工作委员会\n武汉市江汉区人民政府民族街道办事处\n2023年3月2日\n"
          "民族街道网格化服务管理工作方案\n按照市委和区委的有关规定，结合街道实际，制定本方案。\n")

ROWS = [
    ("a two-character name after a village's titles, then 握手",
     "我们和拜泉县兴国乡红光村村书记、村主任刘波握手时，他的手上全是老茧。",
     {("Official", "刘波")}, set(), {"刘波握"}),
    ("村主任 after a post in the village's branch: the village committee's post",
     "拜泉县兴国乡红光村村书记、村主任刘明介绍了村里的情况。",
     {("Official", "刘明")},
     {("刘明", "holdsPost", "中共拜泉县兴国乡红光村支部委员会"), ("刘明", "holdsPost", "拜泉县红光村村民委员会")}, set()),
    ("an ethnic district printed without its people",
     "记者来到梅里斯区雅尔塞镇，察看秋收进度。",
     {("Place", "梅里斯达斡尔族区")}, {("雅尔塞镇", "partOf", "梅里斯达斡尔族区")}, set()),
    ("a street's office printed after its district's government",
     "成都市武侯区人民政府玉林街道办事处组织开展消防演练。",
     {("Agency", "成都市武侯区人民政府玉林街道办事处")},
     {("成都市武侯区人民政府玉林街道办事处", "locatedIn", "玉林街道")},
     set()),
    ("a city Party committee's office of Party building",
     "南京市委党建办召开基层治理工作推进会。",
     {("Agency", "中共南京市委党建工作领导小组办公室")}, set(), set()),
    ("a division named with a word of cadres' work, its head",
     "湖南省委组织部干部教育处处长王明出席会议并讲话。",
     {("Agency", "中共湖南省委组织部干部教育处"), ("Official", "王明")},
     {("王明", "holdsPost", "中共湖南省委组织部干部教育处")}, set()),
    ("a notice signed by a street's two bodies below its title",
     NOTICE,
     {("Programme", "《民族街道网格化服务管理工作方案》")},
     {("中共武汉市江汉区民族街道工作委员会", "implements", "《民族街道网格化服务管理工作方案》"),
      ("武汉市江汉区人民政府民族街道办事处", "implements", "《民族街道网格化服务管理工作方案》")},
     set()),
    ("a residents' quarter printed right after its street",
     "徐汇区田林街道长桥二居民区开展垃圾分类宣传。",
     {("Place", "长桥二居民区")}, {("长桥二居民区", "partOf", "田林街道")}, set()),
    # controls
    ("a street's residents' quarters in general, no community",
     "静安区彭浦新村街道辖区居民区开展环境整治。",
     set(), set(), {"辖区居民区"}),
    ("a name before 握手 and no title: a person",
     "刘波握手后离开了会场。",
     {("Person", "刘波")}, set(), {"刘波握"}),
    ("cadres of a department, no division",
     "县委组织部干部深入村里宣讲政策。",
     set(), set(), {"中共县委组织部干部深入村里宣讲政策"}),
    ("a street's office under the street's name (read so before)",
     "武侯区玉林街道办事处组织开展消防演练。",
     {("Agency", "成都市武侯区玉林街道办事处")}, {("成都市武侯区玉林街道办事处", "locatedIn", "玉林街道")}, set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_102(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_cited_rules_name_no_doer(nlp):
    """按照市委和区委的有关规定，…制定本方案: the committees whose rules are followed carry out no document."""
    from conftest import read_names

    _, facts = read_names(nlp, NOTICE)
    assert not {f for f in facts if f[1] == "implements" and f[0].startswith(("中共武汉市委员会", "中共武汉市江汉区委员会"))}, \
        sorted(facts)
