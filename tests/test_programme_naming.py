"""One programme printed under several names, and programmes printed side by side.

Sentences written for these tests in the manner of provincial notices, visit reports and work reports; the schemes,
villages and figures are invented, none taken from a passage of the held-out sets. Each row: the programmes that must
be found (by name or alias), the implements facts that must hold, and those that must not."""
import pytest

from kg.clean import join_lines
from test_programme_constructions import _resolve, build

CASES = {
    # a joiner between two fields after a lead or a batch lies inside the designation's name
    "a field joined by 与 inside a designation":
        ("经综合评审，确定临桂区会仙镇等3个镇为2024年广西生态农业与康养旅游示范镇，现予公布。",
         {"广西生态农业与康养旅游示范镇"},
         {("会仙镇", "implements", "广西生态农业与康养旅游示范镇")}, set()),
    "two villages joined by 与 are no field":
        ("确定龙门村与石桥村为2024年度黄山市研学旅行示范村。",
         {"黄山市研学旅行示范村"}, set(), set()),
    # a second designation of the sentence printed by its head alone takes the first one's name
    "a second designation printed by its head alone":
        ("经各市推荐，认定东山县陈城镇等4个镇为福建省海洋渔业与休闲垂钓示范镇，诏安县梅岭镇宫口村等5个村为示范点。",
         {"福建省海洋渔业与休闲垂钓示范镇", "福建省海洋渔业与休闲垂钓示范点"},
         {("陈城镇", "implements", "福建省海洋渔业与休闲垂钓示范镇"),
          ("宫口村", "implements", "福建省海洋渔业与休闲垂钓示范点")},
         {("宫口村", "implements", "福建省海洋渔业与休闲垂钓示范镇")}),
    # heads as common as plain nouns, conferred on members
    "a designation ending in 村庄 conferred on villages":
        ("经实地核查，评定大通县桥头镇元树尔村等6个村为2024年度青海美丽村庄。",
         {"青海美丽村庄"}, {("元树尔村", "implements", "青海美丽村庄")}, set()),
    "a designation ending in 小城镇 conferred on towns":
        ("评定敦煌市七里镇等3个镇为第二批甘肃精品小城镇，现予命名。",
         {"甘肃精品小城镇"}, {("七里镇", "implements", "甘肃精品小城镇")}, set()),
    # a title cited again by the end of its name
    "a plan in 《》 cited again by its end":
        ("县政府印发《靖边县马铃薯产业提质增效五年规划（2025—2029年）》。按照《五年规划》，全县将新建种薯基地2万亩。",
         {"《靖边县马铃薯产业提质增效五年规划(2025—2029年)》"}, set(), set()),
    # a year's project named after a known scheme is a project of its own
    "a dated project named after a known scheme":
        ("副市长一行来到靖边县东坑镇，察看靖边县2024年高标准农田建设项目。该项目由县农业农村局组织实施。",
         {"靖边县2024年高标准农田建设项目"},
         {("靖边县农业农村局", "implements", "靖边县2024年高标准农田建设项目")},
         {("靖边县农业农村局", "implements", "高标准农田建设")}),
    # a project named again by the end of its name
    "a project named again by its end":
        ("驻村工作队谋划了东岭村红色研学基地提升项目，争取资金300万元。今年5月，基地提升项目完工。",
         {"东岭村红色研学基地提升项目"}, set(), set()),
    # a project named again by the end of its name before 由, and the places the next clause makes its co-doers
    "the end of a name before 由 and co-doers after 配合":
        ("副州长来到祁连县八宝镇，察看祁连县牧区道路畅通提升工程。畅通提升工程由县交通运输局牵头，八宝镇、峨堡镇配合，年内完工。",
         {"祁连县牧区道路畅通提升工程"},
         {("祁连县交通运输局", "implements", "祁连县牧区道路畅通提升工程"),
          ("八宝镇", "implements", "祁连县牧区道路畅通提升工程"), ("峨堡镇", "implements", "祁连县牧区道路畅通提升工程")},
         set()),
    "a project referred to by 该 whose doer a later clause names after 由":
        ("市长察看了化隆县群科镇集中供暖改造项目。该项目今年新铺设管网12公里，由县住房和城乡建设局负责实施。",
         {"化隆县群科镇集中供暖改造项目"},
         {("化隆回族自治县住房和城乡建设局", "implements", "化隆县群科镇集中供暖改造项目")}, set()),
    "a park whose runner a later clause names after 由":
        ("考察组察看了泾源县闽宁协作产业园。产业园由两地共同投资，由泾源县工业园区管理委员会负责运营。",
         {"泾源县闽宁协作产业园"},
         {("泾源县工业园区管理委员会", "implements", "泾源县闽宁协作产业园")}, set()),
    # the partners of a jointly built park printed by their short forms
    "partners of a park by their short forms":
        ("宝安区党政代表团到揭西县考察，察看了宝安揭西共建电子信息产业园。宝安区、揭西县负责同志参加座谈。",
         {"宝安揭西共建电子信息产业园"},
         {("宝安区", "implements", "宝安揭西共建电子信息产业园"), ("揭西县", "implements", "宝安揭西共建电子信息产业园")},
         set()),
    "a visit to a park whose name opens with 中":
        ("省长一行来到中宁县，察看中宁枸杞深加工产业园。",
         {"中宁枸杞深加工产业园"}, set(), set()),
    # the sites of a project after its doer, last year
    "sites after a doer, last year":
        ("市长察看了岷县中药材仓储物流工程。该工程由县商务局组织实施，去年已在梅川镇、西江镇建成仓库6座。",
         {"岷县中药材仓储物流工程"},
         {("岷县商务局", "implements", "岷县中药材仓储物流工程"), ("梅川镇", "implements", "岷县中药材仓储物流工程")},
         set()),
    # a head conferred in a sentence stands for a designation named before it, never one the text names later
    "a bare head after 入选 is no designation named later":
        ("在柞水县营盘镇大营村，考察组察看了苏陕协作示范村建设情况，该村去年入选示范村后建成了社区工厂。"
         "同行的柳林村负责同志介绍，柳林村入选的是陕西省美丽宜居示范村。",
         {"陕西省美丽宜居示范村"}, set(),
         {("大营村", "implements", "陕西省美丽宜居示范村")}),
    # an agreement's parties: the last place of each chain, a province before one no party
    "agreement parties after province prefixes":
        ("会上，两地签订了《上海市奉贤区云南省普洱市思茅区2025年沪滇协作协议》。",
         {"《上海市奉贤区云南省普洱市思茅区2025年沪滇协作协议》"},
         {("奉贤区", "implements", "《上海市奉贤区云南省普洱市思茅区2025年沪滇协作协议》"),
          ("思茅区", "implements", "《上海市奉贤区云南省普洱市思茅区2025年沪滇协作协议》")},
         {("普洱市", "implements", "《上海市奉贤区云南省普洱市思茅区2025年沪滇协作协议》")}),
    # co-doers after the rest of a doer's verb
    "co-doers after 负责实施":
        ("二是实施城区供水管网改造工程，由旬邑县水利局负责实施，城关街道、太村镇配合；",
         {"城区供水管网改造工程"},
         {("旬邑县水利局", "implements", "城区供水管网改造工程"), ("太村镇", "implements", "城区供水管网改造工程")},
         set()),
    # a park whose core zone a visit looks at, run by bodies named after 统筹 and 共同负责
    "a park's core zone, 统筹 and 共同负责":
        ("在永安市，副省长察看了永安竹业国家现代农业产业园核心区。产业园由永安市人民政府统筹，永安市林业局和洪田镇人民政府共同负责运营管理。",
         {"永安竹业国家现代农业产业园"},
         {("永安市人民政府", "implements", "永安竹业国家现代农业产业园"),
          ("永安市林业局", "implements", "永安竹业国家现代农业产业园"),
          ("永安市洪田镇人民政府", "implements", "永安竹业国家现代农业产业园")}, set()),
    # a province printed before a designation's batch owns it
    "a province before a batch":
        ("高唐县清平镇去年入选山东省首批典型镇培育名单。",
         {"山东省典型镇"}, {("清平镇", "implements", "山东省典型镇")}, set()),
    # a name after 其中 that opens a clause before 由, and its sites after its doer
    "a name after 其中 before 由, and its sites":
        ("渭源县将实施育苗扩繁、仓储升级两大工程，其中育苗扩繁工程由县农业农村局组织实施，在会川镇、莲峰镇建设育苗基地。",
         {"育苗扩繁工程"},
         {("渭源县农业农村局", "implements", "育苗扩繁工程"), ("会川镇", "implements", "育苗扩繁工程"),
          ("莲峰镇", "implements", "育苗扩繁工程")}, set()),
    # 建设 right before a name's head is part of the name, no verb
    "a works' name ending in 建设项目 opens a clause before 由":
        ("在宜章县，检查组听取了汇报。莽山镇森林康养基地建设项目由县林业局牵头，莽山镇人民政府具体实施。",
         {"莽山镇森林康养基地建设项目"},
         {("宜章县林业局", "implements", "莽山镇森林康养基地建设项目")}, set()),
    # a regulation named later by its kind alone, after a verb that carries it out
    "a regulation named again by its kind":
        ("市人大常委会检查《临沧市古茶树保护条例》实施情况。检查组指出，双江县贯彻实施条例工作扎实。",
         {"《临沧市古茶树保护条例》"},
         {("双江拉祜族佤族布朗族傣族自治县", "implements", "《临沧市古茶树保护条例》")}, set()),
}

NEGATIVES = {
    # 典型镇/典型村 are everyday words of rural-revitalisation reports: a designation only where one is conferred
    "典型镇 as a plain noun of a plan":
        "广东省提出，三年内打造一批典型镇和典型村，带动县域发展。",

    "villages to build": "今年全县将推进美丽村庄建设，新建污水管网30公里。",
    "a kind of town to build after 为": "以会仙镇为龙头的特色小城镇建设进展顺利。",
    "a town that became a model of a kind": "该镇已成为全市精品小城镇建设中的样板。",
    "points of a service": "县里设立便民服务示范点12个，方便群众办事。",
    "a visit's group and what it found": "调研组在察看中发现，部分项目进度滞后。",
    "a batch of projects planned": "县里谋划了一批重大项目，总投资50亿元。",
    "a kind of village conferred with no owner": "此前，该村被评为美丽村庄。",
    "a visit to people and a park's projects": "他走访了东莞援建的产业园项目。",
}


def test_one_name_for_a_document_cited_again_and_a_project_named_again():
    forms, _ = build("县政府印发《靖边县马铃薯产业提质增效五年规划（2025—2029年）》。按照《五年规划》，全县将新建种薯基地2万亩。")
    assert len(set(forms.values())) == 1, forms
    forms, _ = build("驻村工作队谋划了东岭村红色研学基地提升项目，争取资金300万元。今年5月，基地提升项目完工。")
    assert set(forms.values()) == {"东岭村红色研学基地提升项目"}, forms


def test_a_quoted_schemes_list_is_no_designation_named_elsewhere():
    """“千万工程”示范村培育名单: the quoted scheme's villages, not the text's other designation ending in 示范村."""
    forms, facts = build("宁德市农业农村局局长说，下党村是福建省乡村振兴示范村。全市已有12个村纳入“千万工程”示范村培育名单。")
    assert ("宁德市", "implements", "福建省乡村振兴示范村") not in facts, sorted(facts)


def test_a_dated_project_printed_again_without_its_place_and_year():
    forms, _ = build("副市长来到靖边县东坑镇，察看靖边县2024年高标准农田建设项目，要求把高标准农田建设项目建成民心工程。")
    assert set(forms.values()) == {"靖边县2024年高标准农田建设项目"}, forms


def test_a_project_named_after_a_kind_of_place_is_no_designation():
    forms, _ = build("调研组察看了龙门特色小镇建设项目，听取了项目进展汇报。")
    assert "龙门特色小镇" not in forms, forms


@pytest.mark.parametrize("text,programmes,present,absent", CASES.values(), ids=CASES.keys())
def test_names_of_programmes(text, programmes, present, absent):
    forms, facts = build(text)
    assert programmes <= set(forms), sorted(forms)
    facts = _resolve(forms, facts)
    assert present <= facts, sorted(present - facts)
    assert not absent & facts, sorted(absent & facts)


@pytest.mark.parametrize("text", NEGATIVES.values(), ids=NEGATIVES.keys())
def test_no_designation(text):
    forms, _ = build(text)
    assert not forms, sorted(forms)


NOTICE = """海南省爱国卫生运动委员会关于命名2024年度全省卫生镇和卫生村名单的通知
各市县爱卫会：
经市县申报、技术评估，命名琼中县湾岭镇等2个镇为2024年度海南省卫生镇，万宁市和乐镇六连村等4个村为2024年度海南省卫生村。
一、卫生镇（2个）
琼中黎族苗族自治县：湾岭镇，五指山市：水满乡
二、卫生村（4个）
万宁市：和乐镇六连村、北大镇尖岭村，陵水黎族自治县：光坡镇武山村
琼海市：博鳌镇沙美村
海南省爱国卫生运动委员会"""


def test_a_list_heading_by_short_form_and_two_designations_of_one_title():
    """A title's two designations coordinated under one list word, a body that names them in full, headings printed
    by the head alone: one programme each, the places of each part its members only."""
    forms, facts = build(NOTICE)
    facts = _resolve(forms, facts)
    names = set(forms.values())
    assert {"海南省卫生镇", "海南省卫生村"} <= names, sorted(forms)
    assert not {"卫生村", "卫生镇"} & names and not any("和" in n for n in names), sorted(forms)
    for village in ("六连村", "尖岭村", "武山村", "沙美村"):
        assert (village, "implements", "海南省卫生村") in facts, (village, sorted(facts))
        assert (village, "implements", "海南省卫生镇") not in facts
    assert ("湾岭镇", "implements", "海南省卫生镇") in facts, sorted(facts)


def test_a_town_before_a_village_kg_does_not_know_is_no_member():
    text = ("关于公布第二批甘肃省生态文明示范村名单的通知\n"
            "第二批甘肃省生态文明示范村名单\n"
            "定西市（2个）：临洮县洮阳镇苗家湾村、渭源县会川镇本庙垭村\n")
    forms, facts = build(text)
    facts = _resolve(forms, facts)
    assert not {s for s, _, o in facts if s in ("洮阳镇", "会川镇")}, sorted(facts)


def test_a_unit_in_brackets_names_a_second_designation():
    forms, facts = build("湖南省林业局关于认定湖南省森林康养示范镇（点）的通知")
    assert {"湖南省森林康养示范镇", "湖南省森林康养示范点"} <= set(forms.values()), forms
    assert ("湖南省林业局", "implements", "湖南省森林康养示范点") in facts, sorted(facts)


def test_a_group_line_ends_where_the_next_group_opens():
    """List lines grouped by a place and a colon stay lines of their own although they hold commas."""
    text = "附件：\n定西市（2个）：安定区香泉镇，通渭县平襄镇\n天水市（1个）：甘谷县大像山镇\n"
    assert "平襄镇\n天水市" in join_lines(text), join_lines(text)
