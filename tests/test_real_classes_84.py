"""Classes the eighty-fourth own programme set showed (county and district year-in-review and half-year reviews of
Heilongjiang, Liaoning, Hubei, Hunan, Fujian, Yunnan and Xinjiang: designations named in one sentence and their members
in the next, items opened by 今年以来/一年来/过去一年, doers in 以…为抓手 and 以…试点县建设为契机 frames, counts of
villages, the county's bureaus by short names, the review's headline), each row a text written for this test, with
other places, names and schemes than the set's.

- A designation taken up as the lead of the subject's work (某县以全国某某试点县建设为契机, 县某局以某某示范县创建为抓手):
  no lead opened it, so it was no programme, and the subject was not its doer; 以 leads a designation now where TakenAs
  follows the name, perhaps after a word of the work (DesignationTakenLead, TakenWork), and the body or place before 以
  carries it out. Elsewhere 以 leads nothing (以示范村为样板).
- A designation taken up as the head of the work (以国家某某示范县创建为龙头) is taken up as its lead is (TakenAs 为龙头).
- A place a ministry keeps in touch with for a field of work (全国乡村全面振兴工作联系点) is a designation after a lead,
  a count or before a list word (工作联系点, a "led" head); a body's contact point (设立代表工作联系点) is none.
- A newsroom's series quoted before 系列报道 (推出“年终盘点”系列报道) was read as a scheme; it names the series
  (NotProgrammeAfter).
- A level with a range after it (建成市级以上美丽乡村示范村) was read as the city's designation; titles of several levels
  are counted there, and no designation is named (DesignationLevelRange).
- Counts of villages by kind and level: 新建省级美丽乡村示范村5个 was read as a township 级美丽乡 and a village 村示范村,
  市级以上美丽乡村 as a township 上美丽乡; 级 is no character of a township's stem (NotTownStemChar) and 美丽乡 no
  township (NotTownWord).
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


MORE_ROWS = [
    ("a designation taken up as the head of the work",
     "今年，慈利县以国家乡村振兴示范县创建为龙头，带动全县村庄提档升级。",
     {("Programme", "国家乡村振兴示范县")},
     {("慈利县", "implements", "国家乡村振兴示范县")},
     set()),
    ("a newsroom's quoted series is no scheme",
     "岁末，区融媒体中心推出“奋进这一年”系列报道，回顾全区发展成就。",
     set(), set(), {"奋进这一年"}),
    ("villages counted by level are no township and no village",
     "桃源县召开乡村振兴工作会议。会议提出，明年新建省级美丽乡村示范村6个、市级示范村15个。",
     {("Place", "桃源县")}, set(), {"级美丽乡", "村示范村"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", MORE_ROWS, ids=[r[0] for r in MORE_ROWS])
def test_counts_series_and_dwellings(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_level_with_a_range_names_no_designation(nlp):
    """建成市级以上美丽乡村示范村: titles of several levels counted, no city's designation and no township 上美丽乡."""
    got, _ = check_reading(nlp, "石门县召开会议。全县已有27个村建成市级以上美丽乡村示范村。", {("Place", "石门县")}, set(),
                           {"上美丽乡"})
    assert not {n for t, n in got if t == "Programme" and "以上" in n}, sorted(got)
    assert not {n for t, n in got if t == "Programme" and n.endswith("美丽乡村示范村")}, sorted(got)
