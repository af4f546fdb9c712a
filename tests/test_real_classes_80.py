"""Classes the eightieth own programme set showed (county commerce and consumption schemes and who carries them out:
县域商业 “领跑县”, 电子商务进农村综合示范县, 一刻钟便民生活圈 pilots, the networks of 供销社), each row a text written for
this test, with other places, names and schemes than the set's.

- A designation whose head is printed in quotes right after its field (入选全国县域商业“领跑县”): only the quoted head
  was read, as a scheme of its own, and its members were not linked; the marks are read past now (QuotedFieldHead), so
  the field and the head name the designation as the head unquoted does. 领跑县 is a designation's head (DesignationHead).
  Before a work word (推进县域商业“领跑县”建设: QuotedFieldHeadNotBefore) the quote stays a drive's name, as before.
- A count, a scope and a designation's head alone (先后确定三批共150个全国试点地区): read as a designation named
  全国试点地区; they count the members of the one named before and name none of their own now.
- A sentence that opens with the lead and the members' kind before 中 and lists them in groups (入选地区中，北方有甲市、
  乙市，南方有丙市): the places were not linked; each group's places carry out the scheme named last before now
  (AmongKind, AmongGroupEnd), a pilot as well as a designation.
- A designation printed once with its national scope and once without in one text (打造一批县域商业“领跑县” …
  入选首批全国县域商业“领跑县”): two schemes were read; the one without the scope is the scoped one's alias now.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a quoted head after its field names the designation, and its members carry it out",
     "去年，蒙城县、利辛县入选第二批全国县域商业“领跑县”，今年两县继续完善县乡村三级物流体系。",
     {("Programme", "全国县域商业领跑县")},
     {("蒙城县", "implements", "全国县域商业领跑县"), ("利辛县", "implements", "全国县域商业领跑县")},
     {"领跑县"}),
    ("guard: the field, the quoted head and a work word name a drive, no designation",
     "县里还推进县域商业“领跑县”建设，在城关镇、东城街道新改建乡镇商贸中心4个。",
     set(), set(), {"县域商业领跑县"}),
    ("the head unquoted after a province's scope",
     "涡阳县入选全省县域商业领跑县。",
     {("Programme", "安徽省县域商业领跑县")},
     {("涡阳县", "implements", "安徽省县域商业领跑县")},
     set()),
    ("a designation printed with its national scope and without it is one",
     "到2027年再认定一批数字乡村示范县。今年，郎溪县入选首批全国数字乡村示范县。",
     {("Programme", "全国数字乡村示范县")},
     {("郎溪县", "implements", "全国数字乡村示范县")},
     {"数字乡村示范县"}),
    ("a count, a scope and the head alone name no designation",
     "2020年以来，民政部会同有关部门先后确定两批共80个全国试点地区，全国居家和社区养老服务改革试点工作取得成效。",
     set(), set(), {"全国试点地区"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_designations_of_county_commerce(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


GROUP_ROWS = [
    ("groups of members after the lead and their kind before 中",
     "国家发展改革委公布首批城市更新示范城市名单，12个城市入选。入选城市中，东部有浙江省宁波市、福建省厦门市，"
     "中部有河南省洛阳市，西部有四川省绵阳市和陕西省宝鸡市。",
     {("Programme", "城市更新示范城市")},
     {("宁波市", "implements", "城市更新示范城市"), ("厦门市", "implements", "城市更新示范城市"),
      ("洛阳市", "implements", "城市更新示范城市"), ("宝鸡市", "implements", "城市更新示范城市")},
     set(), {("浙江省", "implements", "城市更新示范城市")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_facts", GROUP_ROWS, ids=[r[0] for r in GROUP_ROWS])
def test_members_listed_in_groups(nlp, cls, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)
