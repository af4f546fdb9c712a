"""Classes the hundred-and-eighth own programme set showed (a blind sample of township, street and village news on
schemes and works: 浙江, 福建, 湖北, 四川, 广西, 云南, 山东, 湖南), each row a text written for this test, with other places,
schemes and designations than the set's.

- A designation list split into parts, each part's heading the designation and its count before a colon, the parts
  apart by semicolons (某省特色文化名村2个：甲村、乙村；某省特色旅游名村2个：丙村、丁村): no designation was read (the count
  right after the head, with no comma before it, was no count: DesignationCount), and a part's places ran into the
  next part's heading (a semicolon before the next heading now closes the part, as a line's end does).
- Kinds of honoured places in a run, the last joined by 和 (命名一批先进乡镇和示范村): the run was read as one designation
  (先进乡镇和示范村); a head right after 和 that closes such a run names none now.
- A plan of five years put out unquoted (某省出台某某五年规划) and an experimental zone started (启动某某实验区建设) were no
  programmes: 五年规划 and 实验区 end an unquoted name after a strong verb now, as 试验区 did (UnquotedHead).
- 妇女儿童 (women and children) before a noun (妇女儿童驿站, 妇女儿童之家) was read as the kin word 女儿 and a person named
  童某某; the whole word is listed now, as 主人翁 is (Role in roles.jsonl).
- A village team a state firm's provincial branch sends (湖南移动驻村工作队) was read as a body of the province; a firm's
  short name after the place (FirmShortName in agency_grammar.jsonl: 移动, 电信, 联通) opens no team's name now.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a designation list in parts, each with its count before a colon, the parts apart by semicolons",
     "其中，江西特色文化名村2个：井冈山市茅坪乡神山村、婺源县江湾镇篁岭村；江西特色旅游名村2个：南昌县黄马乡罗渡村、靖安县中源乡三坪村。",
     {("Programme", "江西特色文化名村"), ("Programme", "江西特色旅游名村")},
     {("神山村", "implements", "江西特色文化名村"), ("篁岭村", "implements", "江西特色文化名村"),
      ("罗渡村", "implements", "江西特色旅游名村"), ("三坪村", "implements", "江西特色旅游名村")},
     set()),
    ("kinds of honoured places in a run joined by 和 name no designation that holds them all",
     "省委、省政府决定，命名一批先进乡镇和示范村。",
     set(), set(),
     {"先进乡镇和示范村"}),
    ("a plan of five years put out unquoted",
     "2019年，曲靖市出台高原特色农业五年规划，对全市农业作出安排。",
     {("Programme", "高原特色农业五年规划")},
     {("曲靖市", "implements", "高原特色农业五年规划")},
     set()),
    ("an experimental zone started",
     "去年，玉溪市与某农业大学签订协议，启动城郊融合型乡村振兴实验区建设。",
     {("Programme", "城郊融合型乡村振兴实验区")},
     {("玉溪市", "implements", "城郊融合型乡村振兴实验区")},
     set()),
    ("women and children before a noun name no person",
     "社区新建了妇女儿童之家和老年人活动室。",
     set(), set(),
     {"童之家"}),
    ("a village team a state firm's branch sends is no public body",
     "江西电信驻村工作队进驻后，修通了村道。",
     set(), set(),
     {"江西省电信驻村工作队"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_108(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
