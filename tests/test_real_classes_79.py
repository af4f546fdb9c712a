"""Classes the seventy-ninth own programme set showed (county and town news of 山东, 四川, 江西, 甘肃, 广西 and 吉林 on
rural credit: whole-village credit lines, credit villages and households, a county's finance centre, guaranteed loans),
each row a text written for this test, with other places, names and schemes than the set's.

- A county's finance centre named by its work (某县金融工作服务中心, 某县金融发展服务中心, printed as 县金融…服务中心
  after the county): no body was read, nor its head's post; 金融工作 and 金融发展 are fields of a body now (AgencyField).
- The credit ratings in a list (信用乡镇、信用村和信用户): 信用村 was read as a village named 信用; 信用 is no village's
  name now (GenericLocalName).
- The rural credit schemes printed bare (某县委把整村授信作为…重要举措, 深化农村信用体系建设; a scheme printed only in a meeting's name stays unread, as
  MeetingNameHead wants): no scheme was read, nor who
  carries it out; both are known schemes now (Programme).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a county's finance centre named by its work, and its head",
     "东丰县召开金融工作会议。东丰县金融工作服务中心主任赵明远通报了全县贷款投放情况。",
     {("Agency", "东丰县金融工作服务中心"), ("Official", "赵明远")},
     {("赵明远", "holdsPost", "东丰县金融工作服务中心"), ("东丰县金融工作服务中心", "locatedIn", "东丰县")},
     set()),
    ("a county's finance development centre printed after the county's short reference",
     "梨树县推进金融服务下沉。县金融发展服务中心副主任钱立新介绍，今年已走访农户两千余户。",
     {("Agency", "梨树县金融发展服务中心")},
     {("钱立新", "holdsPost", "梨树县金融发展服务中心")},
     set()),
    ("credit ratings in a list are no villages",
     "5月9日，漳县召开信用工作会议。会议通报了2024年度信用乡镇、信用村和信用户评定结果，武阳镇等两个镇被评为信用乡镇。",
     set(),
     set(),
     {"信用村"}),
    ("a bare whole-village credit scheme a county committee takes up",
     "今年以来，莒南县委把整村授信作为服务乡村振兴的重要举措，在大店镇先行推开。",
     {("Programme", "整村授信")},
     {("中共莒南县委员会", "implements", "整村授信")},
     set()),
    ("a bare rural credit system scheme carried out by a county",
     "岷县将以试点为契机，深化农村信用体系建设，力争年底前评定信用村30个。",
     {("Programme", "农村信用体系建设")},
     {("岷县", "implements", "农村信用体系建设")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_rural_credit_bodies_and_schemes(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
