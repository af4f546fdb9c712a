"""Classes the hundred-and-seventh own programme set showed (a blind sample of provincial department news on schemes,
designations and works: 河北, 吉林, 江西, 海南, 青海, 宁夏, 天津, 黑龙江), each row a text written for this test, with other
places, zones and designations than the set's.

- Members listed after a lead, the list's name, 的 and a copula (入选2023年某某强镇创建名单的有甲县A乡、乙县B镇和丙县C镇):
  the sentence names the designation, so the rule for a later sentence that names none did not take them; they are members
  now (LeadListWord, designation-member-named-list). An item named by its place and the designation's unit (…名单的是
  甲市现代农业产业园和乙市现代农业产业园) makes its place a member of the national designation too.
- Several zones to build coordinated under 建设 (某省将建设甲示范区、乙示范区和丙示范区) were no programmes (建设 opened
  works only); they are now, and the place that builds them carries them out (ZoneListLead, ZoneListHead). One zone alone
  after 建设 is still read as none (a goal, as in the dev passages).
- A paragraph whose sentence has a document named before as its subject (某省出台《…意见》。⏎在…方面，意见要求…，大力实施
  某某工程): the paragraph break and a source frame before the issuer (记者从某省人民政府获悉，) left the programmes with no
  doer; those who issued the document carry them out now (document_opens, issuer-of-asking-document).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("towns listed after the list's name, 的 and a copula are members of its designation",
     "入选2024年农业产业强镇创建名单的有依兰县达连河镇、木兰县东兴镇和汤原县香兰镇。",
     {("Programme", "农业产业强镇")},
     {("达连河镇", "implements", "农业产业强镇"), ("东兴镇", "implements", "农业产业强镇"),
      ("香兰镇", "implements", "农业产业强镇")},
     set()),
    ("a park named by its place and the designation's unit makes the place a member",
     "入选2024年国家现代农业产业园创建名单的是五常市现代农业产业园和海伦市现代农业产业园。",
     {("Programme", "国家现代农业产业园"), ("Programme", "五常市现代农业产业园")},
     {("五常市", "implements", "国家现代农业产业园"), ("海伦市", "implements", "国家现代农业产业园"),
      ("五常市", "implements", "五常市现代农业产业园")},
     set()),
    ("several zones coordinated under 建设 are programmes of the place that builds them",
     "甘肃将建设河西走廊节水农业示范区、陇东旱塬生态农业示范区和陇南山地特色农业示范区。",
     {("Programme", "河西走廊节水农业示范区"), ("Programme", "陇南山地特色农业示范区")},
     {("甘肃省", "implements", "河西走廊节水农业示范区"), ("甘肃省", "implements", "陇东旱塬生态农业示范区"),
      ("甘肃省", "implements", "陇南山地特色农业示范区")},
     set()),
    ("a document named before asks for the programmes: its issuer carries them out",
     "记者从辽宁省人民政府获悉，辽宁省日前印发《关于推进农业现代化的实施意见》，提出30条措施。\n"
     "在耕地保护方面，意见要求全省大力实施黑土地保护工程，启动大豆单产提升工程。",
     {("Programme", "黑土地保护工程"), ("Programme", "大豆单产提升工程")},
     {("辽宁省", "implements", "黑土地保护工程"), ("辽宁省", "implements", "大豆单产提升工程")},
     set()),
    ("one zone alone after 建设 is no programme (a goal)",
     "会议提出，要加快推进农业农村现代化，建设新型城镇化与城乡统筹示范区。",
     set(), set(),
     {"新型城镇化与城乡统筹示范区"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_107(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
