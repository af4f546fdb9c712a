"""Classes the forty-fifth programme set (named schemes without quotation marks and with unusual heads, in news of 浙江,
江苏, 山东, 河北 and 北京: a county's 林长制 and its pilot, 枫桥经验 and a national list of its work methods, a city's
“八大行动”, a village's honours beside a formula, a city committee's campaign, measures and villages of Party-led
co-operatives, a city's 千村覆盖工程, a city's three models and its pilot zone, a province's 十大工程 printed one by
one, a province's list of named demonstration zones, 接诉即办 and a community's mechanism; rewritten from real news)
showed.

- A counted umbrella printed alone after its verb (河北将实施十大工程: CountedUmbrellaVerb, programme_cues.jsonl) is a
  scheme, carried out by the place before the verb; the names with its head that open the sentences or clauses after it,
  or go on a run of 、 and 和 that opens one (特色产业集群打造工程：…。甲工程、乙工程和丙工程同步推进), are its parts
  (`_counted_parts` in `kg/ner/programmes.py`), read only where two or more and no more than its count are found, and a
  part opens with no word of scope or reference (CountedPartNotStart: 全市重点工程, 该工程). A known scheme inside a
  part's name (脱贫攻坚 in 精准脱贫攻坚工程) gives way to the part.
- Named zones listed after the words that make them a scheme's units (创建单位为：甲市乙县某某乡村振兴示范区、丙市丁区
  某某产业园、…: ListedZonesLead and ListedZoneHead) are schemes of their own, each carried out by the innermost place
  its name opens with (`_listed_zones`), and that place is a unit of the scheme the article names last before the list
  (`kg/relations.py`, unit-of-listed-zones). An item that opens with no place, or ends in no zone's head, is passed over.
- 乡村 closed by a mark after a name ending in 乡 (美丽乡村、文明乡村、平安乡村“四村”联创) is the word 乡村, no township
  文明乡 or 平安乡 (NotAfterPlaceWord, places.jsonl).
- Counties of 河北 made districts since 2015 (南和县 → 南和区, 万全县 → 万全区, 永年县 → 永年区, …) are read by their
  former names (former_divisions.jsonl), so that a list printed before the change names them.
- A forest title conferred on a city or a town (创建国家森林城市, 被评为某省森林城镇: DesignationHead, designations.jsonl)
  is a designation its place carries out.
- A pilot zone's name after a verb of building up (以打造乡村振兴某某样板先行区为目标: ZoneLead and ZoneLeadHead) is a scheme
  the subject carries out; 打造 before any other head (打造省级创新试点) names none. UnquotedFollower 为目标.
- A quote with a long field before 示范行动 (开展“某某+某某”发展某某百村示范行动: TailHead) is one campaign, carried out by
  the body that 开展 governs.
- 接诉即办, printed without quotes, is a known scheme (programmes.jsonl); quoted or not inside a standing office's name
  (某区“接诉即办”调度指挥中心: OfficeAfter 指挥中心, 调度指挥中心, after a closing quote too) it names the office only. 枫桥经验 stays unread, a way of work kept
  upheld in passing (坚持和发扬好新时代“枫桥经验”), as the seeds' gold has it.

Left: a bureau's “八大行动” inside 提出 (credited to 全市), doers across a
clause (烟台市 after 从…实施千村覆盖工程，到…), a county's short form with no level inside a zone's name (张家口市万全佑卫
示范区: 张家口市 read as its unit), and 理事长某某，也是某村党总支副书记 (a post printed after 也是).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import names_of, programmes_and_links


def test_a_counted_umbrella_alone_after_its_verb_and_its_parts_printed_one_by_one():
    text = ("山西将实施八大工程推动县域经济发展\n"
            "记者从山西省发展和改革委员会了解到，山西将实施八大工程。\n"
            "县域产业升级工程：每个县培育1个以上主导产业。开发区提质工程：到2025年力争建成10个千亿级开发区。"
            "民生保障提升工程、城乡融合推进工程和交通网络完善工程同步推进。生态环境治理工程要打好污染防治攻坚战。")
    progs, links = programmes_and_links(text)
    assert "八大工程" in progs, sorted(progs)
    for part in ("县域产业升级工程", "开发区提质工程", "民生保障提升工程", "城乡融合推进工程", "交通网络完善工程",
                 "生态环境治理工程"):
        assert part in progs, (part, sorted(progs))
    assert ("山西省", "八大工程") in links, sorted(links)


def test_a_known_scheme_inside_a_part_gives_way_to_the_part():
    text = ("安徽将实施五大行动\n安徽将实施五大行动。\n"
            "精准脱贫攻坚巩固行动：到2025年脱贫人口收入稳步增长。农村人居环境提升行动：推进厕所改造。")
    progs, _ = programmes_and_links(text)
    assert "精准脱贫攻坚巩固行动" in progs and "农村人居环境提升行动" in progs, sorted(progs)
    assert "脱贫攻坚" not in progs, sorted(progs)


def test_no_parts_without_a_counted_umbrella_or_past_its_count():
    # a clause that opens with a scheme's head but no counted umbrella before it: no parts read
    progs, _ = programmes_and_links("某县召开会议。城乡融合推进工程：今年完成改造。交通网络完善工程同步推进。")
    assert "城乡融合推进工程" not in progs and "交通网络完善工程" not in progs, sorted(progs)
    # more names than the count: none of them is a part
    progs, _ = programmes_and_links(
        "湖南将实施两大工程。产业升级推进工程：培育主导产业。城乡融合推进工程：推进改造。交通网络完善工程：建设道路。")
    assert "两大工程" in progs, sorted(progs)
    assert "产业升级推进工程" not in progs and "交通网络完善工程" not in progs, sorted(progs)
    # a clause that opens with a scope word is no part
    progs, _ = programmes_and_links("江西将实施三大工程。全市重点项目工程：加快建设。该项提升工程：年内完成。")
    assert "全市重点项目工程" not in progs and "该项提升工程" not in progs, sorted(progs)


def test_named_zones_listed_as_a_schemes_units():
    text = ("山西省在8个县(市、区)创建乡村振兴示范区\n"
            "记者从山西省农业农村厅获悉，山西省今年开始在8个县(市、区)创建乡村振兴示范区。\n"
            "创建单位为：太原市清徐县葡峰乡村振兴示范区、大同市云州区黄花产业示范区、晋中市太谷区设施农业产业园、"
            "长治市上党区乡村振兴示范区、某某生态示范区。")
    progs, links = programmes_and_links(text)
    for zone in ("太原市清徐县葡峰乡村振兴示范区", "大同市云州区黄花产业示范区", "晋中市太谷区设施农业产业园",
                 "长治市上党区乡村振兴示范区"):
        assert zone in progs, (zone, sorted(progs))
    assert ("清徐县", "太原市清徐县葡峰乡村振兴示范区") in links, sorted(links)
    assert ("太谷区", "晋中市太谷区设施农业产业园") in links, sorted(links)
    for county in ("清徐县", "云州区", "太谷区", "上党区"):
        assert (county, "乡村振兴示范区") in links, (county, sorted(links))
    assert "某某生态示范区" not in progs, sorted(progs)  # no place opens it


def test_a_word_ending_in_xiangcun_after_a_name_ending_in_xiang_is_no_township():
    text = "某县全面开展产业强村、美丽乡村、文明乡村、平安乡村“四村”联创，推动示范区内村庄全覆盖。"
    places = names_of(text, "Place")
    assert not {"文明乡", "平安乡", "美丽乡"} & places, sorted(places)


def test_former_counties_of_hebei_made_districts():
    text = "邯郸市永年县和张家口市崇礼县分别启动乡村振兴示范区创建。"
    places = names_of(text, "Place")
    assert "永年县" in places and "崇礼县" in places, sorted(places)


def test_forest_titles_carried_out_by_their_places():
    text = ("江苏省溧阳市天目湖镇日前被评为2021年度江苏省森林城镇。近年来，溧阳市大力推进植树造林，"
            "并成功创建国家森林城市。")
    progs, links = programmes_and_links(text)
    assert any(p.endswith("森林城镇") for p in progs), sorted(progs)
    assert "国家森林城市" in progs, sorted(progs)
    assert any(a == "天目湖镇" and p.endswith("森林城镇") for a, p in links), sorted(links)


def test_a_known_scheme_of_grassroots_governance():
    progs, links = programmes_and_links(
        "接诉即办是北京市处理百姓诉求的机制。朝阳区某街道把接诉即办和未诉先办结合起来。")
    assert "接诉即办" in progs, sorted(progs)
    # quoted inside a standing office's name, it names the office, no scheme at work
    progs, links = programmes_and_links("在丰台区“接诉即办”调度指挥中心，工作人员正在接听市民来电。")
    assert "接诉即办" not in progs and not links, (sorted(progs), sorted(links))


def test_a_pilot_zone_after_a_verb_of_building_up():
    progs, links = programmes_and_links("近年来，临沂以打造乡村振兴沂蒙样板先行区为目标，推进农业农村发展。")
    assert "乡村振兴沂蒙样板先行区" in progs, sorted(progs)
    assert ("临沂市", "乡村振兴沂蒙样板先行区") in links, sorted(links)
    progs, _ = programmes_and_links("某市全力打造省级创新试点，加快发展。")
    assert "省级创新试点" not in progs, sorted(progs)


def test_a_quote_with_a_long_field_before_a_demonstration_campaign():
    progs, links = programmes_and_links("莱阳市委在全市开展“支部+企业”振兴村级经济百村示范行动。")
    assert "“支部+企业”振兴村级经济百村示范行动" in progs or "支部+企业振兴村级经济百村示范行动" in progs, sorted(progs)
    assert any(a == "中共莱阳市委员会" and p.endswith("百村示范行动") for a, p in links), sorted(links)
