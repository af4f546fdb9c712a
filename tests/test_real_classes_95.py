"""Classes the ninety-fifth own people set showed (a blind sample of ordinary county and city government news: a
provincial leader's tour of 海西州, the government work reports of 中宁县 and 白沙黎族自治县, a report meeting on an aid
cadre in 曲水县, a county government's plenary meeting in 长白县, a democratic party's district committee in 天津市河东区,
a news agency's visit to 会昌县, a county government's Party group studying in 竹山县), each row a text written for
this test, with other places and names than the set's.

- A place's committee of a democratic party named again by the last character of its place and the ending printed
  with it (民进某区委会召开会议。区委会主委某某，副主委某某): the same committee, its officers' posts in it, and no
  Communist Party 区委 read inside it (``_party_committees_again`` in ``kg/ner/agencies.py``); 区委会议 stays the
  Communist Party committee's meeting (CommitteeMeetingTail).
- A Party group's or committee's study group (县政府党组理论学习中心组, 县委理论学习中心组) is no centre: 心 + 组 ends no
  body (HeadBadAfter), while a centre followed by a verb of organising (某中心组织, 某中心组建) still is one
  (HeadWordAfter).
- A township printed under another suffix than the gazetteer's (某县某乡党委 where the table lists the town 某镇): its
  body, named by the gazetteer's name, carries the name as printed too (中共某县某乡委员会), as the place keeps its
  printed name beside the table's (``_town_printed_alias`` in ``kg/ner/agencies.py``).
- A bureau of investment promotion printed by its short field (某区投促局): AgencyField 投促 → 投资促进.
- A batch of projects counted after 等 at a clause's start (某某电站等66个项目建成投产) names many projects, none by its
  name, in the clause-opening rule too (``item_name`` in ``kg/ner/programmes.py``), as in the rule of projects started.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a district committee named again at a clause's start, its chair and vice chairs",
     "民进广州市越秀区委会召开全体会议。区委会主委李明华，副主委陈小红、赵国强出席会议。",
     {("Agency", "中国民主促进会广州市越秀区委员会"), ("Official", "李明华"), ("Official", "陈小红")},
     {("李明华", "holdsPost", "中国民主促进会广州市越秀区委员会"), ("陈小红", "holdsPost", "中国民主促进会广州市越秀区委员会"),
      ("赵国强", "holdsPost", "中国民主促进会广州市越秀区委员会")},
     {"中共广州市越秀区委员会"}),
    ("a city committee named again after a preposition",
     "九三学社洛阳市委会召开调研工作会议，王建军对市委会下一步的调研工作提出要求。",
     {("Agency", "九三学社洛阳市委员会")}, set(), {"中共洛阳市委员会"}),
    ("a county committee named again, its chair",
     "民盟宁乡市委会举行换届大会。会上，市委会主委周海燕作工作报告。",
     {("Agency", "中国民主同盟宁乡市委员会"), ("Official", "周海燕")},
     {("周海燕", "holdsPost", "中国民主同盟宁乡市委员会")}, {"中共宁乡市委员会"}),
    # study groups
    ("a county government's Party group and its study group",
     "县长刘建华主持召开房县政府党组理论学习中心组集体学习会议。",
     {("Agency", "房县人民政府党组")}, set(), {"房县人民政府党组理论学习中心"}),
    # a short field
    ("an investment promotion bureau printed short",
     "南京市鼓楼区投促局举办招商推介会。",
     {("Agency", "南京市鼓楼区投资促进局")}, set(), {"南京市鼓楼区投促局"}),
    ("a county's investment promotion bureau and its head",
     "保康县投促局局长刘志强介绍了招商情况。",
     {("Agency", "保康县投资促进局"), ("Official", "刘志强")}, {("刘志强", "holdsPost", "保康县投资促进局")}, set()),
    # a counted batch of projects
    ("a batch of projects counted after 等 at a clause's start",
     "全年，青山光伏电站等12个项目建成投产。",
     set(), set(), {"青山光伏电站等12个项目"}),
    ("a batch of projects counted after 等 after a comma",
     "县里全力保障重点项目建设，宏远新材料产业园等8个项目建成投产。",
     set(), set(), {"宏远新材料产业园等8个项目"}),
    # controls
    ("a county Party committee's study group (read so before)",
     "保康县委理论学习中心组举行专题学习。",
     {("Agency", "中共保康县委员会")}, set(), {"中共保康县委员会理论学习中心", "保康县委理论学习中心"}),
    ("one project named at a clause's start stays a project",
     "全年，青山光伏电站项目建成投产。",
     {("Programme", "青山光伏电站项目")}, set(), set()),
    ("a centre, then a verb of forming",
     "保康县政务服务中心组建了帮办代办队伍。",
     {("Agency", "保康县政务服务中心")}, set(), set()),
    ("the Communist Party committee's meeting after a democratic party's committee",
     "民盟南京市鼓楼区委会列席了区委会议。",
     {("Agency", "中国民主同盟南京市鼓楼区委员会"), ("Agency", "中共南京市鼓楼区委员会")}, set(), set()),
    ("another district's committee printed with its place stays as it was read",
     "农工党成都市武侯区委会与成都市青羊区委会联合开展活动。",
     {("Agency", "中国农工民主党成都市武侯区委员会")}, set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_95(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


ALIAS_ROWS = [
    ("a township's Party committee printed with 乡 where the table has 镇",
     "曲水县才纳乡党委书记格桑出席了会议。", "中共曲水县才纳镇委员会", "中共曲水县才纳乡委员会"),
    ("a township's government printed with 乡 where the table has 镇 (its printed name an alias before too)",
     "曲水县才纳乡人民政府组织群众开展植树活动。", "曲水县才纳镇人民政府", "曲水县才纳乡人民政府"),
]


@pytest.mark.parametrize("label,text,name,alias", ALIAS_ROWS, ids=[r[0] for r in ALIAS_ROWS])
def test_township_body_printed_alias(nlp, label, text, name, alias):
    from kg.extraction import extract
    from kg.model import Document

    r = extract(Document("t.txt", "t.txt", text, "utf-8", ""), nlp)
    bodies = {e.name: e for e in r.entities if e.type == "Agency"}
    assert name in bodies, sorted(bodies)
    assert alias in bodies[name].aliases, bodies[name].aliases


def test_township_body_own_name_no_alias(nlp):
    from kg.extraction import extract
    from kg.model import Document

    r = extract(Document("t.txt", "t.txt", "曲水县才纳镇党委书记格桑出席了会议。", "utf-8", ""), nlp)
    bodies = {e.name: e for e in r.entities if e.type == "Agency"}
    assert "中共曲水县才纳镇委员会" in bodies, sorted(bodies)
    assert not [a for a in bodies["中共曲水县才纳镇委员会"].aliases if a.startswith("中共") and a.endswith("委员会")]
