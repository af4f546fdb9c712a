"""Classes the forty-fourth programme set (designations and selection lists of ministries and provinces as printed in
news of 广西, 海南, 湖南, 广东 and 江西: a city's villages among national governance villages, a region's units of ethnic
unity printed in traditional characters, a province's villages nominated to the national list of traditional villages,
a province's towns of agricultural industry, a province's nominated counties and towns, a city's provincial forest
villages in a table grouped by county, a city's provincial farm parks, a province's civilised cities and towns, a
county-level city's national forest villages with their other honours, a province's towns of one farm product;
rewritten from real news) showed.

- Forest villages and towns of one farm product (国家森林乡村, 某省森林乡村, 特色农业小镇: DesignationHead in
  designations.jsonl) are designations wherever they end a name; 森林乡村 alone (所谓森林乡村，是指…) names none.
- A title conferred in the passive (甲市、乙市被授予第七届全国文明城市称号: DesignationLead 被授予, a member's lead) makes
  the places before it its members, and a bureau's list of those found to meet a title (…国家森林乡村认定名单:
  DesignationAfter 认定名单) names the title, whose members follow (…，甲村、乙村等3个村上榜).
- Groups of a list parted by a comma, prefecture cities then county-level ones (甲市、乙市，丙市、丁县共4个城市被授予…),
  are one list where the count printed after the last item is the number of items in them (`kg/relations.py`,
  `_count_covers`); a count that does not fit keeps the last group alone.
- A finding that a title is met, after the count of those found (某市有2个村获得认定，分别是A村和B村: TrailingLead 获得认定,
  获认定 in relation_cues.jsonl), lists the members of the designation named in the sentence before; a title conferred by
  naming (甲县等17家单位获命名…示范单位: DesignationLead 获命名) is a designation with members, and a decision whose title
  names that designation (《关于命名第五批…示范单位的决定》) is no other programme between it and a later sentence whose
  places are 榜上有名 (`kg/relations.py`, `_confers`): they are its members.
- An item named by the unit of the designation named last before, with places in brackets after it (这些小镇包括甲县某某
  小镇（乙乡）、丙市某某小镇（丙市丁镇、戊区己镇）), in a sentence that names no programme: the bracketed places are its
  members (`kg/relations.py`, `_BRACKETED`); a place's own note in brackets (某镇（原某乡）) lists none.
- The three sectors enumerated inside a name (省级农村一、二、三产业融合发展示范县: DesignationInnerTerm 一、二、三产业)
  part no names: the designation is read whole, its lead looked for as far back as a long name reaches
  (`kg/ner/programmes.py`, `_outside_terms`), and the places before the lead are its members.

Left: parks named by
their county and product (某区莲藕产业园) after 分别为; a village printed after a firm (井企集团某村); a joint bureau of a
city's Party committee and government (某市委市人民政府信访局) read as two bodies; the honours of a relative clause before
a village (被评为…和…的某村) given to the township of the sentence before.

Texts written for these tests in our own words, with places, bodies and designations other than those of the set."""

from conftest import programmes_and_links


def test_forest_villages_are_a_designation_with_their_members():
    progs, links = programmes_and_links(
        "近日，四川省林业和草原局决定认定宜宾市屏山县新市镇金江村等300个行政村为2021年四川省森林乡村。")
    assert "四川省森林乡村" in progs, progs
    assert ("金江村", "四川省森林乡村") in links, sorted(links)
    progs, links = programmes_and_links(
        "国家林业和草原局日前公布第三批国家森林乡村认定名单，屏山县新市镇金江村、高县庆符镇红岩村等3个村上榜。")
    assert "国家森林乡村" in progs, progs
    assert {("金江村", "国家森林乡村"), ("红岩村", "国家森林乡村")} <= links, sorted(links)
    # the kind of village alone, defined or built, names none
    progs, _ = programmes_and_links("所谓森林乡村，是指自然生态风貌保存完好的乡村。各地要推进森林乡村建设。")
    assert not progs, progs


def test_towns_of_one_farm_product_are_a_designation():
    progs, _ = programmes_and_links("湖北向全国推介首批8个特色农业小镇。这些小镇各有一个主导产业。")
    assert "特色农业小镇" in progs, progs


def test_a_title_conferred_in_the_passive_makes_members():
    progs, links = programmes_and_links("在表彰大会上，我省宜宾市、泸州市共2个城市被授予第七届全国文明城市称号。")
    assert {("宜宾市", "全国文明城市"), ("泸州市", "全国文明城市")} <= links, sorted(links)
    progs, links = programmes_and_links("此外，我省成都市郫都区唐昌镇等80个村镇被授予第七届全国文明村镇称号。")
    assert ("唐昌镇", "全国文明村镇") in links, sorted(links)


def test_comma_parted_groups_of_cities_are_one_list_where_the_count_says_so():
    _, links = programmes_and_links("在表彰大会上，我省宜宾市、泸州市，江油市、彭州市共4个城市被授予第七届全国文明城市称号。")
    assert {(c, "全国文明城市") for c in ("宜宾市", "泸州市", "江油市", "彭州市")} <= links, sorted(links)
    _, links = programmes_and_links("会上，绵阳市，江油市和彭州市共3个城市入选全国文明城市。")
    assert {(c, "全国文明城市") for c in ("绵阳市", "江油市", "彭州市")} <= links, sorted(links)
    # a count that is not the number of the items: the last group alone, as before
    _, links = programmes_and_links("在表彰大会上，我省宜宾市、泸州市，江油市、彭州市共5个城市被授予第七届全国文明城市称号。")
    assert ("宜宾市", "全国文明城市") not in links and ("江油市", "全国文明城市") in links, sorted(links)


def test_the_enumerated_sectors_inside_a_name_part_nothing():
    progs, links = programmes_and_links(
        "拟确定简阳市、彭州市等10个县（市区）为2019年省级农村一、二、三产业融合发展示范县。")
    assert not any(p.startswith("三产业") for p in progs), progs
    name = next((p for p in progs if p.endswith("农村一、二、三产业融合发展示范县")), None)
    assert name is not None, progs
    assert {("简阳市", name), ("彭州市", name)} <= links, sorted(links)
    progs, links = programmes_and_links("崇州市入选全国农村一、二、三产业融合发展先导区创建名单。")
    assert not any(p.startswith(("二", "三")) for p in progs), progs


def test_a_finding_that_a_title_is_met_lists_the_members_after_it():
    _, links = programmes_and_links("农业农村部公布第三批全国乡村治理示范村名单。宜宾市有2个行政村获得认定，"
                                    "分别是屏山县新市镇金江村和高县庆符镇红岩村。")
    assert {("金江村", "全国乡村治理示范村"), ("红岩村", "全国乡村治理示范村")} <= links, sorted(links)


def test_a_decision_naming_the_designation_stands_not_between_it_and_its_members():
    progs, links = programmes_and_links(
        "宜宾17家单位获命名第五批自治区民族团结进步示范区示范单位\n"
        "6月6日，自治区党委、自治区人民政府发布《关于命名第五批自治区民族团结进步示范区示范单位的决定》。"
        "我市翠屏区、叙州区南岸街道等17家单位榜上有名。")
    name = next((p for p in progs if p.endswith("民族团结进步示范区示范单位") and not p.startswith("《")), None)
    assert name is not None, progs
    assert {("翠屏区", name), ("南岸街道", name)} <= links, sorted(links)
    _, links = programmes_and_links("宜宾市翠屏区、叙州区获命名第五批民族团结进步示范区示范单位。")
    assert {("翠屏区", "民族团结进步示范区示范单位"), ("叙州区", "民族团结进步示范区示范单位")} <= links, sorted(links)
    # another document in between still stands between them
    _, links = programmes_and_links("省里公布第五批民族团结进步示范区示范单位名单。随后印发《关于加强乡村治理的意见》。"
                                    "宜宾市翠屏区、叙州区南岸街道等17家单位榜上有名。")
    assert not any(p.endswith("示范单位") for _, p in links), sorted(links)


def test_places_in_brackets_after_a_brand_of_the_designation_are_its_members():
    progs, links = programmes_and_links(
        "湖北向全国推介首批8个特色农业小镇。这些小镇各有一个主导产业，包括秭归县脐橙小镇（郭家坝镇）、"
        "蕲春县艾草小镇（蕲春县蕲州镇、黄梅县小池镇）。")
    assert "特色农业小镇" in progs, progs
    assert {(t, "特色农业小镇") for t in ("郭家坝镇", "蕲州镇", "小池镇")} <= links, sorted(links)
    # a place with a note in brackets after it is no brand: the places of the note are no members
    _, links = programmes_and_links("公布第三批全国乡村治理示范乡镇名单。宜宾市的入选乡镇包括屏山县新市镇（原新市乡、富荣乡）。")
    assert not any(a in ("新市乡", "富荣乡") for a, _ in links), sorted(links)
