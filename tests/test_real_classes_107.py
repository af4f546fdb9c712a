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
    ("one zone alone after 建设 is no programme (a goal)",
     "会议提出，要加快推进农业农村现代化，建设新型城镇化与城乡统筹示范区。",
     set(), set(),
     {"新型城镇化与城乡统筹示范区"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_107(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
