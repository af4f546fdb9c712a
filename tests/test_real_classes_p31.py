"""Classes the thirty-first programme set (designation notices and selection lists of Shaanxi, Gansu, Qinghai, Inner
Mongolia, Ningxia and Guizhou, rewritten from real news) showed.

- A list grouped by city whose group heads stand alone on their lines, the members on the line below
  (甲市（1镇1村）：⏎某县某镇、某县某镇某村⏎乙市（2村）：⏎…): each group's members line is a paragraph of its own, not run
  into the next group's head or into the headline after the last group (kg/clean.py).
- Two designations of different tiers listed together (…旅游特色名镇、乡村旅游示范村拟命名名单): a town enters the town
  designation and a village the village one; a place of neither tier still enters both.
- A note in brackets after a place inside an item (某区（国家全域旅游示范区）某街道某村, 某村（油茶）) is part of the
  item, not prose around the places.
- A list opened by its word alone after a lead, a note in brackets before the colon (以下为某省拟入选名单（节选）：),
  lists the designation named before it; items run together on one line far longer than the lines around it (a
  scraped page), which ends its paragraph though no stop ends it.
- A designation of villages and towns alike (…示范村镇) takes members of both tiers.
- Designations named by their unit and 示范 (美丽宜居小镇示范, 美丽宜居村庄示范); members in a later sentence (…两镇两村
  榜上有名) enter the designation of their own tier among those the sentence before named, and members after a lead
  and 的 (此前入选的某州某县某镇某村，…) enter it too; the places a clause names later (入选的村落分布在甲县、乙县) do not.
- A county renamed since (同仁县, now 同仁市) is still read under its printed name (seeds/lexicons/former_divisions.jsonl).

Texts written for these tests in our own words, with places other than those of the set."""
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from conftest import names_of, pairs_of, programmes_and_links  # noqa: E402

GROUPED = (
    "四川公示2024年省级旅游特色名镇和乡村旅游示范村评定结果\n"
    "四川省文化和旅游厅近日发布公示，结果自公示之日起接受社会监督。\n"
    "2024年四川省旅游特色名镇、乡村旅游示范村拟命名名单\n"
    "成都市（1镇1村）：\n"
    "蒲江县甘溪镇、大邑县安仁镇董场村\n"
    "绵阳市（2村）：\n"
    "安州区桑枣镇红武村、北川羌族自治县曲山镇石椅村\n"
    "乐山市（1镇）：\n"
    "峨眉山市黄湾镇\n"
)


def _doers(links, word):
    return {s for s, o in links if word in o}


def test_groups_headed_alone_list_every_member_each_of_its_own_tier():
    progs, links = programmes_and_links(GROUPED)
    towns, villages = _doers(links, "名镇"), _doers(links, "示范村")
    assert {"甘溪镇", "黄湾镇"} <= towns, sorted(links)
    assert {"董场村", "红武村", "石椅村"} <= villages, sorted(links)
    # a village is no 名镇, a town no 示范村
    assert not towns & {"董场村", "红武村", "石椅村"}, sorted(links)
    assert not villages & {"甘溪镇", "黄湾镇"}, sorted(links)
    # the group heads are no members
    assert not {"成都市", "绵阳市", "乐山市"} & (towns | villages), sorted(links)


def test_a_note_in_brackets_inside_an_item_keeps_the_item():
    text = ("云南省文化和旅游厅关于推荐第三批全国乡村旅游重点村的公示\n"
            "经研究，决定推荐以下各村为第三批全国乡村旅游重点村，现予公示。\n"
            "附：云南省第三批全国乡村旅游重点村拟推荐名单（节选）\n"
            "昆明市西山区（国家全域旅游示范区）团结街道妥乐村\n"
            "大理白族自治州大理市（国家全域旅游示范区）双廊镇双廊村\n"
            "丽江市玉龙纳西族自治县白沙镇玉湖村\n")
    progs, links = programmes_and_links(text)
    assert {"妥乐村", "双廊村", "玉湖村"} <= _doers(links, "乡村旅游重点村"), sorted(links)


RUN_ON = (
    "河南三地登上全国“一村一品”示范村镇公示名单\n"
    "农业农村部近日发布第十二批全国“一村一品”示范村镇公示名单，河南省有8个村镇拟入选。\n"
    "以下为河南省拟入选名单（节选）：\n"
    "河南省洛阳市孟津区朝阳镇卫坡村（民俗旅游）河南省信阳市新县周河乡西河村（油茶）河南省南阳市西峡县双龙镇（猕猴桃）"
    "河南省三门峡市灵宝市寺河乡（苹果）河南省驻马店市泌阳县马谷田镇（香菇）\n"
    "据介绍，示范村镇的主导产业须特色鲜明、带农增收明显，申报村主导产业总产值须超过1000万元。\n"
)


def test_items_run_together_under_a_list_word_heading_are_members_of_both_tiers():
    progs, links = programmes_and_links(RUN_ON)
    got = _doers(links, "一村一品")
    assert {"卫坡村", "西河村", "双龙镇", "寺河乡", "马谷田镇"} <= got, sorted(links)
    # the chains' provinces, cities and counties are no members
    assert not {"洛阳市", "孟津区", "新县", "西峡县"} & got, sorted(links)


TIERS = (
    "云南两镇两村入选全国美丽宜居小镇、村庄示范名单\n"
    "住房和城乡建设部近日公布第三批美丽宜居小镇、美丽宜居村庄示范名单，全国共有若干个镇被确定为“美丽宜居小镇示范”，"
    "若干个村被确定为“美丽宜居村庄示范”。我省大理白族自治州大理市喜洲镇、丽江市玉龙纳西族自治县白沙镇和大理白族自治州"
    "大理市双廊镇双廊村、丽江市古城区束河街道龙泉社区两镇两村榜上有名。\n"
    "再加上此前入选的红河哈尼族彝族自治州建水县西庄镇团山村，我省入选的村镇已有5个。\n"
)


def test_unit_and_demonstration_designations_take_members_of_their_own_tier():
    progs, links = programmes_and_links(TIERS)
    assert {"美丽宜居小镇示范", "美丽宜居村庄示范"} <= progs, sorted(progs)
    towns, villages = _doers(links, "小镇示范"), _doers(links, "村庄示范")
    assert {"喜洲镇", "白沙镇"} <= towns, sorted(links)
    assert {"双廊村", "龙泉社区"} <= villages, sorted(links)
    assert not towns & {"双廊村", "龙泉社区"} and not villages & {"喜洲镇", "白沙镇"}, sorted(links)


def test_members_after_the_lead_and_de_enter_the_designation():
    progs, links = programmes_and_links(TIERS)
    assert ("团山村", "美丽宜居村庄示范") in links, sorted(links)
    assert not any(s in {"红河哈尼族彝族自治州", "建水县"} for s, o in links), sorted(links)


def test_places_where_the_members_lie_after_the_lead_and_de_are_no_members():
    text = ("昆明3个村落列入中国传统村落名录\n"
            "住房和城乡建设部等部门公布了第六批中国传统村落名录，昆明市宜良县九乡乡麦田村、石林彝族自治县圭山镇糯黑村、"
            "禄劝彝族苗族自治县撒营盘镇撒营盘村榜上有名。这次入选的村落分布在宜良县、石林彝族自治县和禄劝彝族苗族自治县。"
            "再加上此前入选的晋宁区夕阳彝族乡打黑村，全市已有4个村落列入名录。\n")
    progs, links = programmes_and_links(text)
    got = _doers(links, "传统村落")
    assert {"麦田村", "糯黑村", "撒营盘村", "打黑村"} <= got, sorted(links)
    assert not {"宜良县", "石林彝族自治县", "禄劝彝族苗族自治县"} & got, sorted(links)


def test_a_county_renamed_since_is_read_under_its_printed_name():
    text = "黄南藏族自治州同仁县隆务镇举行表彰会。"
    assert "同仁县" in names_of(text, "Place")
    assert ("隆务镇", "同仁县") in pairs_of(text, "partOf")
