"""Classes the hundred-and-fifteenth own programme set showed (a blind sample of east-west cooperation and paired
assistance news: 广州 and 贵州, 浙江 and 四川, 江苏 and 陕西, 福建 and 宁夏, 山东 and 甘肃, 天津 and 甘肃, 北京 and 内蒙古,
上海 and 云县), each row a text written for this test, with other places, pairings and projects than the set's.

- A cooperation named by its partners' short forms with 甘 for 甘肃 (鲁甘协作) was no cooperation: 甘 is 甘肃's short form
  beside 陇 now (RegionShort).
- A cooperation named by its partners' short forms and 对口帮扶合作 (京蒙对口帮扶合作) was no cooperation: the kind word is
  a pairing's head now (PairingHead).
- A project pushed to its start (全力推进某某项目落地见效) was read with the verb (全力推进某某项目): the name opens after
  推进 now, as after 督促 (UrgingVerb).
- Places listed before a designation (甲镇、乙村等一批某某示范村镇) were made members of a second designation coordinated
  after its own count too (…和124个某某示范村): a designation with its own count has members of its own, none of the
  first's (own_count_before).
- 两地 after paragraphs of pairs resolved to the last province and the last county named (天津…镇原县): the two places
  it counts are peers now, of the last one's level.
- A quote before 全链条 (“吃住行游购”全链条建设) was read as a scheme: it lists the links of a chain, no scheme
  (PositioningAfter).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("甘 as 甘肃's short form in a pairing",
     "两省在成都召开联席会议，共同推动川甘协作走深走实。",
     {("Programme", "川甘协作")},
     set(),
     set(), set()),
    ("a pairing named with 对口帮扶合作",
     "沪滇对口帮扶合作已走过28个年头，成效日益显著。",
     {("Programme", "沪滇对口帮扶合作")},
     set(),
     set(), set()),
    ("a project pushed to its start, the verb no part of its name",
     "今年以来，田东县全力推进深百产业园项目落地见效。",
     {("Programme", "深百产业园项目")},
     {("田东县", "implements", "深百产业园项目")},
     {"全力推进深百产业园项目"}, set()),
    ("a designation coordinated after its own count holds none of the places listed before the first",
     "援建方在当地建设了多巴镇、塔尔镇等一批高原美丽示范村镇和56个民族团结进步示范村。",
     {("Programme", "高原美丽示范村镇")},
     {("多巴镇", "implements", "高原美丽示范村镇")},
     set(), {("多巴镇", "implements", "民族团结进步示范村"), ("塔尔镇", "implements", "民族团结进步示范村")}),
    ("两地 counts two peers, not a province and a county",
     "1996年起，上海对口帮扶云南。此后，宝山区对口支援镇康县。\n去年，上海安排援助资金20亿元，两地还联合实施了“沪滇优品”工程。",
     {("Programme", "沪滇优品工程")},
     {("上海市", "implements", "沪滇优品工程"), ("云南省", "implements", "沪滇优品工程")},
     set(), {("镇康县", "implements", "沪滇优品工程"), ("宝山区", "implements", "沪滇优品工程")}),
    ("a quote that lists the links of a chain before 全链条 is no scheme",
     "该镇依托帮扶资金推进“种养加销”全链条建设，实施“种业振兴”行动。",
     {("Programme", "种业振兴行动")},
     set(),
     {"种养加销"}, set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent,absent_facts", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_115(nlp, label, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)
