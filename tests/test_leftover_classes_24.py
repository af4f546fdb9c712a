"""Classes the twentieth programme set left.

- A community pattern that takes a scheme's word (完整社区, 韧性社区, 低碳社区, 无废社区 are kinds of community a scheme
  builds, as 美丽社区 and 智慧社区 are): no unlisted community is read from it (GenericLocalName in places.jsonl); a
  community with a name of its own in the same sentence stays a place.
- A village the store keeps (棠高村) printed inside a longer village's name that begins with a direction or a number
  (南棠高村, 三潭头村: VillageNameLead in places.jsonl) is not read there; printed alone it stays a place.
- A national body's short form whose first character closes a word with the character before it (县中办学, 高中办学,
  集中办结: WordOverBody in agency_grammar.jsonl) is no body; printed after a verb or a list mark (经中办同意, 中办、国办)
  it stays the body.
- A quoted campaign, the word of its work and a designation's head after a lead or a batch and before a list word
  (公布首批“双减”工作示范区名单，甲市、乙市入选: DesignationQuotedWork in designations.jsonl) is a designation of its own,
  named without the marks: the places listed after it are its members, and neither they nor its issuer are linked to
  the campaign of the quote, which the same text may run under its own name. A quoted scheme right before the head
  (“全民健身”示范县名单) stays the scheme, as before; a quote and 工作 with no list word (深化“双减”工作示范引领) names no
  designation.
- A sentence naming no programme that opens, after a word of time, with the whole jurisdiction, 在 and two towns or more
  and reports a result with a figure (目前，全县在甲镇、乙镇、丙镇建成…基地5万亩: Pronoun "whole", TimeLead,
  SitePreposition, ResultVerb in relation_cues.jsonl) names the sites of the one programme that the facts of the sentence
  right before carry out, a frame's (围绕三年行动计划，…; 按照《…》，…) included. One town alone, no figure, or two
  programmes carried out in the sentence before add nothing.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

import pytest

from conftest import programmes_and_links, typed_names as _entities


def _places(text: str) -> set[str]:
    return {n for t, n in _entities(text) if t == "Place"}


@pytest.mark.parametrize("text,kind", [
    ("重庆市江北区观音桥街道把管网改造与完整社区建设统筹推进，新建社区食堂2个。", "完整社区"),
    ("杭州市拱墅区米市巷街道把加装电梯与韧性社区建设结合起来。", "韧性社区"),
    ("宁波市海曙区南门街道把垃圾分类和无废社区建设统筹推进。", "无废社区"),
    ("成都市武侯区玉林街道把节能改造与低碳社区建设统筹推进。", "低碳社区"),
    ("长沙市岳麓区望月湖街道在零碳社区建设中先行一步。", "零碳社区"),
])
def test_a_kind_of_community_a_scheme_builds_is_no_place(text, kind):
    assert kind not in _places(text), sorted(_places(text))


def test_a_named_community_beside_a_kind_stays_a_place():
    text = "重庆市江北区观音桥街道把管网改造与完整社区建设统筹推进，在松石社区、北城社区新建社区食堂。"
    places = _places(text)
    assert "完整社区" not in places and "松石社区" in places, sorted(places)


@pytest.mark.parametrize("text,inner", [
    ("淳安县石林镇党委书记介绍，镇上在茶园村、南棠高村设立就业信息员。", "棠高村"),
    ("淳安县石林镇今年在西棠高村新建文化礼堂。", "棠高村"),
    ("淳安县文昌镇在三潭头村建起了农家书屋。", "潭头村"),
])
def test_a_village_inside_a_longer_name_that_begins_with_a_direction_or_number(text, inner):
    assert inner not in _places(text), sorted(_places(text))


@pytest.mark.parametrize("text,village", [
    ("淳安县石林镇在棠高村、茶园村设立就业信息员。", "棠高村"),
    ("淳安县文昌镇的潭头村建起了农家书屋。", "潭头村"),
])
def test_a_village_printed_alone_stays_a_place(text, village):
    assert village in _places(text), sorted(_places(text))


@pytest.mark.parametrize("text", [
    "该县印发实施方案，提出到2027年全县县中办学条件全面达标。",
    "近年来，全市高中办学质量稳步提升。",
    "群众在政务服务窗口集中办结各类事项。",
])
def test_a_short_form_inside_a_word_is_no_body(text):
    assert ("Agency", "中共中央办公厅") not in _entities(text)


@pytest.mark.parametrize("text", [
    "经中办同意，省委办公厅转发了这份文件。",
    "中办、国办近日印发了实施意见。",
])
def test_a_short_form_after_a_verb_or_a_list_mark_stays_a_body(text):
    assert ("Agency", "中共中央办公厅") in _entities(text)


@pytest.mark.parametrize("text,desig,members,campaign", [
    ("今年6月，浙江省教育厅公布首批“双减”工作示范区名单，海宁市、桐乡市、嘉善县入选。",
     "双减工作示范区", {"海宁市", "桐乡市", "嘉善县"}, "双减"),
    ("淳安县持续深化“双减”工作。今年6月，浙江省教育厅公布首批“双减”工作示范区名单，海宁市、桐乡市入选。",
     "双减工作示范区", {"海宁市", "桐乡市"}, "双减"),
    ("四川省民政厅公布第二批“放管服”工作示范县名单，郫都区、双流区入选。",
     "放管服工作示范县", {"郫都区", "双流区"}, "放管服"),
])
def test_a_quoted_campaign_with_its_work_word_before_a_designation_head(text, desig, members, campaign):
    progs, links = programmes_and_links(text)
    assert desig in progs, sorted(progs)
    assert members <= {s for s, o in links if o == desig}, sorted(links)
    assert not {s for s, o in links if o == campaign} & (members | {"浙江省教育厅", "四川省民政厅"}) - {"淳安县"}, sorted(links)


@pytest.mark.parametrize("text,absent", [
    ("浙江省体育局公布首批“全民健身”示范县名单，安吉县、德清县入选。", "全民健身工作示范县"),
    ("淳安县深化“双减”工作示范引领，课后服务实现全覆盖。", "双减工作示范区"),
])
def test_no_designation_of_its_own_without_the_work_word_or_a_list(text, absent):
    progs, _ = programmes_and_links(text)
    assert absent not in progs and not any(p.endswith(("工作示范区", "工作示范县")) for p in progs), sorted(progs)


@pytest.mark.parametrize("text,prog,sites", [
    ("富平县制定了县级果业振兴三年行动计划。围绕三年行动计划，县农业农村局负责基地认定，县财政局落实保险补贴。"
     "目前，全县在庄里镇、流曲镇、美原镇建成标准化苹果基地5万亩。", "县级果业振兴三年行动计划", {"庄里镇", "流曲镇", "美原镇"}),
    ("按照《渭南市果业振兴三年行动方案》，富平县农业农村局负责基地认定，富平县财政局落实保险补贴。"
     "目前，全县在庄里镇、流曲镇、美原镇建成标准化苹果基地5万亩。", "《渭南市果业振兴三年行动方案》", {"庄里镇", "流曲镇", "美原镇"}),
    ("富平县实施“果业振兴”三年行动，县农业农村局负责基地认定。今年以来，全县在庄里镇、流曲镇新建冷库12座。",
     "果业振兴三年行动", {"庄里镇", "流曲镇"}),
])
def test_towns_after_the_whole_jurisdiction_in_the_next_sentence(text, prog, sites):
    _, links = programmes_and_links(text)
    assert sites <= {s for s, o in links if o == prog}, sorted(links)


@pytest.mark.parametrize("text,towns", [
    ("富平县实施“果业振兴”三年行动，县农业农村局负责基地认定。目前，全县在庄里镇、流曲镇、美原镇开展调研。",
     {"庄里镇", "流曲镇", "美原镇"}),
    ("富平县实施“果业振兴”三年行动，县农业农村局负责基地认定。目前，全县在庄里镇建成标准化苹果基地5万亩。", {"庄里镇"}),
    ("富平县实施“果业振兴”三年行动和“数字乡村”建设，县农业农村局负责基地认定。目前，全县在庄里镇、流曲镇建成标准化苹果基地5万亩。",
     {"庄里镇", "流曲镇"}),
])
def test_no_sites_without_a_figure_a_second_town_or_one_programme(text, towns):
    _, links = programmes_and_links(text)
    assert not towns & {s for s, o in links}, sorted(links)
