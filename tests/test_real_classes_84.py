"""Classes the eighty-fourth own programme set showed (county and district year-in-review and half-year reviews of
Heilongjiang, Liaoning, Hubei, Hunan, Fujian, Yunnan and Xinjiang: designations named in one sentence and their members
in the next, items opened by 今年以来/一年来/过去一年, doers in 以…为抓手 and 以…试点县建设为契机 frames, counts of
villages, the county's bureaus by short names, the review's headline), each row a text written for this test, with
other places, names and schemes than the set's.

- A designation taken up as the lead of the subject's work (某县以全国某某试点县建设为契机, 县某局以某某示范县创建为抓手):
  no lead opened it, so it was no programme, and the subject was not its doer; 以 leads a designation now where TakenAs
  follows the name, perhaps after a word of the work (DesignationTakenLead, TakenWork), and the body or place before 以
  carries it out. Elsewhere 以 leads nothing (以示范村为样板).
- A designation taken up as the head or the focus of the work (以国家某某示范县创建为龙头, 县某局以乡村振兴示范村建设为重点) is
  taken up as its lead is (TakenAs 为龙头, 为重点). Where the text names the drive for it by the name's stem and 创建
  (某某综合示范创建工作实施方案 … 以某某综合示范县建设为抓手), the 以 reading names no second scheme.
- A place a ministry keeps in touch with for a field of work (全国乡村全面振兴工作联系点) is a designation after a lead,
  a count or before a list word (工作联系点, a "led" head); a body's contact point (设立代表工作联系点) is none.
- A newsroom's series quoted before 系列报道 (推出“年终盘点”系列报道) was read as a scheme; it names the series
  (NotProgrammeAfter).
- A level with a range after it (建成市级以上美丽乡村示范村) was read as the city's designation; titles of several levels
  are counted there, and no designation is named (DesignationLevelRange).
- Counts of villages by kind and level: 新建省级美丽乡村示范村5个 was read as a township 级美丽乡 and a village 村示范村,
  市级以上美丽乡村 as a township 上美丽乡; 级 is no character of a township's stem (NotTownStemChar) and 美丽乡 no
  township (NotTownWord).
- Places entering a list named by its batch at their clause's end, in a sentence that names no programme (甲镇A村、乙镇B村
  列入首批精品村名单; 列入第二批创建名单), were linked to nothing in a built graph; they carry out the scheme named last
  before them in their paragraph now (BatchListLead, BatchListTail). A batch, a level and a designation's head alone after
  a member's lead (列入首批县级示范村, 列入首批省级示范创建村名单) were read as the county's or the province's designation of
  that head; they name none of their own now, and stand for the one the text names in full with that head, if any.
  These rows build a graph, for the sentence-level reading already linked them.
- Places listed after a designation and the word for its candidates (公布100个国家乡村振兴示范县创建单位，甲县与乙县、丙县
  一同入选) were not linked; they follow it as they follow 名单 (DesignationAfter 创建单位).
"""
from pathlib import Path

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
    ("a designation taken up as the focus of a bureau's work",
     "慈利县召开会议。县农业农村局以乡村振兴示范村建设为重点，在零阳街道实施整村提升项目。",
     {("Programme", "乡村振兴示范村")},
     {("慈利县农业农村局", "implements", "乡村振兴示范村")},
     set()),
    ("guard: a drive named by the stem and 创建 is the scheme taken up, no second one",
     "县政府印发《桑植县电子商务进农村综合示范创建工作实施方案》，提出以电子商务进农村综合示范县建设为抓手，建设服务网点。",
     set(), set(), {"电子商务进农村综合示范县"}),
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


CANDIDATE_ROWS = [
    ("places after a designation's candidates and a trailing lead",
     "汝城县2024年工作回眸\n一年来，汝城县推进“四好农村路”建设。去年，农业农村部公布100个国家乡村振兴示范县创建单位，"
     "汝城县与宜章县、桂东县一同入选。",
     set(),
     {("汝城县", "implements", "国家乡村振兴示范县"), ("宜章县", "implements", "国家乡村振兴示范县"),
      ("桂东县", "implements", "国家乡村振兴示范县")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CANDIDATE_ROWS, ids=[r[0] for r in CANDIDATE_ROWS])
def test_members_after_a_designations_candidates(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


BUILT_ROWS = [
    ("a batch, a level and a head alone after a member's lead stand for the scheme named before",
     "桃江县2024年工作回眸\n过去一年，县交通运输局推进“四好农村路”建设，新改建农村公路70公里。\n"
     "今年以来，桃江县印发“共同缔造”实施方案，县住建局牵头成立工作专班。桃花江镇花果山村、灰山港镇栗山河村列入首批县级示范村。\n",
     {("花果山村", "共同缔造"), ("栗山河村", "共同缔造")}, {"桃江县示范村"}),
    ("a list named by its batch, a level and a kind after a quoted scheme",
     "汝城县2024年工作回眸\n过去一年，县交通运输局推进“四好农村路”建设，新改建农村公路70公里。\n"
     "今年，湖南省委农办部署开展“湘韵乡村”示范创建。汝城县土桥镇金山村、热水镇热水村列入首批省级示范创建村名单，两村各获奖补资金80万元。\n",
     {("金山村", "湘韵乡村"), ("热水村", "湘韵乡村")}, {"湖南省示范创建村"}),
    ("a list named by its batch and a kind after a province's campaign",
     "梨树县2024年工作回眸\n过去一年，县交通运输局推进“四好农村路”建设，新改建农村公路70公里。\n"
     "今年，吉林省农业农村厅组织开展“千村示范、万村提升”工程。郭家店镇八里庙村、喇嘛甸镇太平村列入首批精品村名单，两村共新修道路6公里。\n",
     {("八里庙村", "千村示范、万村提升工程"), ("太平村", "千村示范、万村提升工程")}, set()),
    ("a list named by its batch alone after a region's designation",
     "乌苏市2024年上半年工作综述\n今年以来，市交通运输局推进“四好农村路”建设，新改建农村公路70公里。\n"
     "上半年，自治区农业农村厅组织开展自治区级美丽乡村示范村创建。百泉镇红星村、甘河子镇光明村列入第二批创建名单，两村分别发展奶牛养殖和民宿。\n",
     {("红星村", "新疆维吾尔自治区美丽乡村示范村"), ("光明村", "新疆维吾尔自治区美丽乡村示范村")}, set()),
]


def _built_links(tmp_path: Path, text: str):
    """(the (doer, programme) labels of the implements facts, the programme labels) of a graph built from ``text``."""
    from click.testing import CliRunner
    import rdflib

    from kg.cli import cli

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--format", "ttl", "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    kg_ = rdflib.Namespace("https://w3id.org/kg/ontology#")
    label = {s: str(o) for s, o in g.subject_objects(rdflib.RDFS.label)}
    links = {(label.get(s), label.get(o)) for s, o in g.subject_objects(kg_.implements)}
    progs = {label.get(s) for s in g.subjects(rdflib.RDF.type, kg_.Programme)}
    return links, progs


@pytest.mark.parametrize("cls,text,links,absent", BUILT_ROWS, ids=[r[0] for r in BUILT_ROWS])
def test_members_of_a_batch_list_in_a_built_graph(tmp_path, cls, text, links, absent):
    got, progs = _built_links(tmp_path, text)
    assert links <= got, sorted(got)
    assert not absent & progs, sorted(progs)
