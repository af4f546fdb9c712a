"""Classes the eighty-fourth own programme set showed (county and district year-in-review and half-year reviews of
Heilongjiang, Liaoning, Hubei, Hunan, Fujian, Yunnan and Xinjiang: designations named in one sentence and their members
in the next, items opened by 今年以来/一年来/过去一年, doers in 以…为抓手 and 以…试点县建设为契机 frames, counts of
villages, the county's bureaus by short names, the review's headline), each row a text written for this test, with
other places, names and schemes than the set's.

- A designation taken up as the lead of the subject's work (某县以全国某某试点县建设为契机, 县某局以某某示范县创建为抓手):
  no lead opened it, so it was no programme, and the subject was not its doer; 以 leads a designation now where TakenAs
  follows the name, perhaps after a word of the work (DesignationTakenLead, TakenWork), and the body or place before 以
  carries it out. Elsewhere 以 leads nothing (以示范村为样板).
- A place a ministry keeps in touch with for a field of work (全国乡村全面振兴工作联系点) is a designation after a lead,
  a count or before a list word (工作联系点, a "led" head); a body's contact point (设立代表工作联系点) is none.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a place takes a pilot county's designation up as its opportunity",
     "今年以来，临湘市以全国农村生活污水治理示范县建设为契机，在桃林镇建成污水处理站3座。",
     {("Programme", "全国农村生活污水治理示范县")},
     {("临湘市", "implements", "全国农村生活污水治理示范县")},
     set()),
    ("a county bureau takes a designation up as its lead, the work word before 为抓手",
     "过去一年，蓝山县商务局以电子商务进农村综合示范县创建为抓手，在12个乡镇建成电商服务站。",
     {("Programme", "电子商务进农村综合示范县")},
     {("蓝山县商务局", "implements", "电子商务进农村综合示范县")},
     set()),
    ("a designation taken up with no work word",
     "一年来，汝城县以国家乡村振兴示范县为抓手，统筹推进乡村建设。",
     {("Programme", "国家乡村振兴示范县")},
     {("汝城县", "implements", "国家乡村振兴示范县")},
     set()),
    ("guard: a bare head after 以 names nothing",
     "全县以示范村为样板，推进人居环境整治。",
     set(), set(), {"示范村"}),
    ("a ministry's contact point for a field of work, taken up as an opportunity",
     "今年，汉寿县以全国乡村治理工作联系点建设为契机，推行积分制管理。",
     {("Programme", "全国乡村治理工作联系点")},
     {("汉寿县", "implements", "全国乡村治理工作联系点")},
     set()),
    ("guard: a body's contact point is no designation",
     "县人大常委会在各乡镇设立代表工作联系点，方便代表联系群众。",
     set(), set(), {"代表工作联系点"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_designations_taken_up_as_the_lead(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
