"""Classes the thirty-fifth programme set (designations and selection lists in real news of 河南, 湖北, 河北, 山西, 吉林 and
黑龙江, rewritten) showed.

- A designation's candidates named by 建设单位 or 创建单位 after its head, before a list word (公布第三批某省省级…示范区建设
  单位名单, 进入某省第一批…示范乡(镇)创建单位和示范村名单): 创建 and 建设 inside those words lead nothing
  (DesignationInnerTerm), the name may reach further back than the usual window when no lead, batch or stop stands in
  it, and 示范村 coordinated after 和 is the same stem's other designation.
- A province or city printed right before a batch owns a longer designation's name too (甲省第一批乡村建设示范村 →
  甲省乡村建设示范村), unless the name is a national one or names its level (某省第二批全国乡村旅游重点村 stays 全国…).
- Members after a lead, 的, a count and the word that opens them (入选的9地为…, 入选的6个乡(镇)是…; MemberCountUnit),
  the clause ending where the sentence does; a unit before 创建单位 tells their level (MemberUnitLevel).
- An item whose place is followed by a name of its own (某市某某生态文化旅游示范区) names that, not the place: no member
  (ItemTailLead lists what may follow a member: 等, 及, …).
- 在列 and 位列其中 close a clause of members as 榜上有名 does (TrailingLead).
- A numbered item of an open list may hold a zone or a farm inside its chain (6、某某经济开发区某镇某村), and a numbered
  item whose place is not read keeps the list open; there only places of the designation's tier enter it.
- A designation's head after a member lead, a time word and 的 (被确定为今年的试点县: DesignationTime) stands for the
  designation the text names in full.
- A count right after a list of places and before a designation (甲市、乙县2个国家级…示范县: CountedMemberEnd) closes
  the list of its members as 等 does.
- Chief systems in quotes beside the known ones (坑长制, 湾长制, 街长制: programmes.jsonl).
- A level word before a body's kind (经市级文旅局审核: AgencyLevelChar) names every body of the level, not one body.
- A place right before an ordinal of its own (甲市建成某省首个…县, 乙县是某市唯一…的县: ScopeOrdinal) is the scope the
  thing is first or only in, not the subject of the sentence's verbs.

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import programmes_and_links, typed_names

CANDIDATES = ("6月3日，陕西省农业农村厅公布第二批陕西省省级农业文化和乡村休闲旅游产业融合发展示范区建设单位名单，"
              "西安市鄠邑区、宝鸡市凤县等7地入选。入选的7地为西安市鄠邑区、西安市秦岭终南山生态休闲旅游示范区、宝鸡市凤县、"
              "汉中市留坝县。")
NAME = "陕西省省级农业文化和乡村休闲旅游产业融合发展示范区建设单位"


def test_a_long_designation_of_candidates_before_its_list_word():
    progs, links = programmes_and_links(CANDIDATES)
    assert NAME in progs, sorted(progs)
    assert ("陕西省农业农村厅", NAME) in links, sorted(links)
    assert {("鄠邑区", NAME), ("凤县", NAME)} <= links, sorted(links)


def test_members_after_a_lead_a_count_and_their_opener():
    _, links = programmes_and_links(CANDIDATES)
    assert ("留坝县", NAME) in links, sorted(links)


def test_an_item_that_names_a_zone_after_its_city_is_no_member():
    _, links = programmes_and_links(CANDIDATES)
    assert ("凤县", NAME) in links and ("西安市", NAME) not in links, sorted(links)


TOWNS = ("湖南省第二批美丽宜居示范乡(镇)创建单位和示范村名单公布\n"
         "本报讯 湖南省住房和城乡建设厅日前公布评选结果，我县有3个乡(镇)进入湖南省第二批美丽宜居示范乡(镇)创建单位名单，"
         "5个村进入湖南省第二批美丽宜居示范村名单。入选的3个乡(镇)是攸县网岭镇、茶陵县秩堂镇、炎陵县沔渡镇。")


def test_a_designation_of_town_candidates_coordinated_with_its_villages():
    progs, links = programmes_and_links(TOWNS)
    assert {"湖南省美丽宜居示范乡(镇)创建单位", "湖南省美丽宜居示范村"} <= progs, sorted(progs)
    assert not any(p.startswith("单位") for p in progs), sorted(progs)
    assert ("湖南省住房和城乡建设厅", "湖南省美丽宜居示范村") in links, sorted(links)
    towns = {d for d, p in links if p == "湖南省美丽宜居示范乡(镇)创建单位"}
    assert {"网岭镇", "秩堂镇", "沔渡镇"} <= towns, sorted(links)
    assert not {d for d, p in links if p == "湖南省美丽宜居示范村"} & {"网岭镇", "秩堂镇", "沔渡镇"}, sorted(links)


def test_a_province_before_a_batch_owns_the_name_but_a_national_one():
    progs, links = programmes_and_links("近日，进入四川省第三批森林康养示范村名单的有雅安市雨城区碧峰峡镇后盐村。")
    assert "四川省森林康养示范村" in progs, sorted(progs)
    progs, _ = programmes_and_links("近日，四川省第三批全国乡村旅游重点村名单公布，雅安市雨城区碧峰峡镇后盐村入选。")
    assert "全国乡村旅游重点村" in progs, sorted(progs)
    assert not any(p.startswith("四川省") for p in progs), sorted(progs)
    progs, _ = programmes_and_links("该园去年通过认定，成为四川省第4个国家现代农业产业园。")
    assert not any(p.startswith("四川省") for p in progs), sorted(progs)  # an ordinal count, a national name


def test_members_closed_by_zai_lie():
    progs, links = programmes_and_links("农业农村部近日公布第三批全国乡村治理示范村名单，绥化市海伦市海北镇东兴村、"
                                        "鹤岗市萝北县名山镇名山村在列。")
    assert {("东兴村", "全国乡村治理示范村"), ("名山村", "全国乡村治理示范村")} <= links, sorted(links)


NUMBERED = ("近日，中共山东省委农村工作领导小组办公室等四部门认定30个村为全省美丽乡村示范村。我市入选名单如下：\n"
            "全省美丽乡村示范村：\n"
            "1、莱阳市 穴坊镇南寨村\n"
            "2、某某街道东村\n"
            "3、海阳市 留格庄镇西留村\n"
            "4、昌阳经济开发区徐家店镇刘家村\n"
            "5、栖霞市官道镇东庄村\n")


def test_numbered_items_with_a_zone_inside_their_chain_stay_in_the_list():
    _, links = programmes_and_links(NUMBERED)
    members = {d for d, p in links if p.endswith("美丽乡村示范村")}
    assert {"南寨村", "西留村", "刘家村", "东庄村"} <= members, sorted(links)
    assert not members & {"莱阳市", "海阳市", "栖霞市"}, sorted(links)


def test_a_head_after_a_lead_and_a_time_word_is_the_designation_named_before():
    _, links = programmes_and_links("邹城市入选山东省宜居宜业和美乡村建设试点县\n山东省农业农村厅日前公示山东省宜居宜业和美"
                                    "乡村建设试点县初选名单，邹城市、莒县、沂水县等9个县(市、区)被确定为今年的试点县。")
    members = {d for d, p in links if p == "山东省宜居宜业和美乡村建设试点县"}
    assert {"邹城市", "莒县", "沂水县"} <= members, sorted(links)


def test_chief_systems_in_a_chain_of_quotes():
    progs, links = programmes_and_links("武邑县近年来全面推行“坑长制”“湾长制”“街长制”，农村人居环境明显改善。")
    assert {"坑长制", "湾长制", "街长制"} <= progs, sorted(progs)
    assert ("武邑县", "坑长制") in links, sorted(links)


def test_a_level_before_a_bodys_kind_names_no_body():
    got = typed_names("运城市召开推进会。名单经县级申报、市级文旅局审核推荐后确定。")
    assert not any(n.endswith("级文旅局") for _, n in got), sorted(got)
    assert ("Agency", "运城市文化和旅游局") in typed_names("运城市召开推进会。市文旅局负责审核。")


def test_a_place_before_an_ordinal_is_no_subject():
    _, links = programmes_and_links("宜都市建成湖北省首个城乡公交一体化县，并获评全国城乡交通运输一体化示范县。")
    assert ("宜都市", "全国城乡交通运输一体化示范县") in links, sorted(links)
    assert ("湖北省", "全国城乡交通运输一体化示范县") not in links, sorted(links)


def test_a_count_right_after_the_places_closes_the_list_of_members():
    _, links = programmes_and_links("目前全市已有当阳市、远安县2个国家级乡村振兴示范县，另有4个县正在创建。")
    assert {("当阳市", "国家级乡村振兴示范县"), ("远安县", "国家级乡村振兴示范县")} <= links, sorted(links)
    _, links = programmes_and_links("全镇建成甲村、乙村2个省级美丽乡村示范村。")
    assert not links, sorted(links)  # places built and counted: no title conferred
