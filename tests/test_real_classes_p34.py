"""Classes the thirty-fourth programme set (schemes and who carries them out in news of 浙江, 江苏, 安徽, 山东 and 江西,
rewritten from real news) showed.

- A pilot named by its field and 试点 alone (缩小地区差距领域试点) is a designation where a lead makes the places before
  it its members (甲市、乙县被确定为…领域试点, 被选为, 入选: DesignationHead "membered", DesignationLead 被确定为, 被选为,
  选为 in designations.jsonl): every place listed carries it out, not the last one only; a pilot carried out with no
  places made its members (开展…改革试点) stays a scheme as before.
- National schemes printed bare (水系连通及水美乡村建设: programmes.jsonl) are programmes of the place that takes them up.
- Not programmes: a day or week of observance, with its date and another joined by 暨 (“4·22世界地球日暨全国土地日”系列
  宣传活动), a ranking by strength (“2020年度全国综合实力百强县”: NotProgrammePattern), a word of praise in quotes
  (“基础工程”, as “一号工程”: NotProgramme).
- An approximate count before a designation (500个左右美丽乡村示范村: the DesignationBatch count takes 左右) leaves 左右
  out of its name.
- A later sentence that lists a designation's members after 入选的有 or 入选的是 (TrailingLeadCopula in relation_cues.jsonl),
  the list running to the full stop: each listed place is a member.
- 打响 governs a campaign as 打好 and 打赢 do (遂川县又打响“…”攻坚战: ProgrammeVerb): the place before it carries it out.
- A one-character county after 的有 (入选的有泗县…: BeforePlaceWord 的有 in places.jsonl) is read, so the chain it opens
  is a member's.
- A quote given as one of a kind of mechanisms (落实“一户一档”等机制: NotProgrammeAfter 等机制) is a method, no scheme.
- Places around the schemes: towns listed by their stems before a count, a word of their role and 圩镇 (珠田、泉江两个示范
  圩镇: SharedSuffix 圩镇, SharedSuffixModifier in places.jsonl) are the county's towns; a prefecture's short form that
  closes a list of village names before their count (上坪、下湾、黄南3个美丽村庄: ListedPointJoint, ListedPointCount) is
  the last village, no prefecture, while places listed so (青海、甘肃2个村) stay places; 小城镇, a town's name that is an
  everyday word (GenericPlaceName), is no place in 小城镇和村庄.
- A village's river or forest chief (村级河长, 村级林长: titles.jsonl, group posts as 乡级河长 is) before a name makes an
  official, no person.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import names_of, programmes_and_links, typed_names

FIELD_PILOTS = ("记者从省发改委获悉，全省首批试点遴选完成。宜昌市、十堰房县、襄阳谷城县被确定为优化营商环境领域试点；"
                "荆州市、黄冈罗田县被选为城乡融合领域试点；咸宁市、恩施来凤县入选基层治理领域试点。")


def test_places_made_members_of_a_pilot_named_by_its_field():
    progs, links = programmes_and_links(FIELD_PILOTS)
    assert {"优化营商环境领域试点", "城乡融合领域试点", "基层治理领域试点"} <= progs, sorted(progs)
    assert {("宜昌市", "优化营商环境领域试点"), ("房县", "优化营商环境领域试点"), ("谷城县", "优化营商环境领域试点"),
            ("荆州市", "城乡融合领域试点"), ("罗田县", "城乡融合领域试点"),
            ("咸宁市", "基层治理领域试点"), ("来凤县", "基层治理领域试点")} <= links, sorted(links)
    # a pilot carried out, no places made its members: the scheme of its doer, as before
    progs, links = programmes_and_links("今年，南漳县积极开展农村宅基地制度改革试点，稳妥推进各项工作。")
    assert "农村宅基地制度改革试点" in progs, sorted(progs)
    assert ("南漳县", "农村宅基地制度改革试点") in links, sorted(links)


def test_a_national_water_scheme_printed_bare():
    progs, links = programmes_and_links("同时，霍山县诸佛庵镇以河网为脉络，抓好水系连通及水美乡村建设，开展农村水系综合治理。")
    assert "水系连通及水美乡村建设" in progs, sorted(progs)
    assert ("诸佛庵镇", "水系连通及水美乡村建设") in links, sorted(links)


def test_observance_days_rankings_and_praise_are_no_programmes():
    progs, _ = programmes_and_links("金寨县积极开展“4·22世界地球日暨全国土地日”系列宣传活动，引导群众节约用地。")
    assert not any("世界地球日" in p for p in progs), sorted(progs)
    progs, links = programmes_and_links("桐城市去年入选“2020年度全国综合实力百强县”，位列全省前列。")
    assert not any("百强县" in p for p in progs), sorted(progs)
    assert not links, sorted(links)
    progs, _ = programmes_and_links("建设和美乡村，是推进农业农村现代化的“一号工程”，也是建设美好家园的“基础工程”。")
    assert "基础工程" not in progs, sorted(progs)


def test_an_approximate_count_before_a_designation():
    progs, _ = programmes_and_links("全省计划到2027年建成500个左右美丽乡村示范村。")
    assert "美丽乡村示范村" in progs, sorted(progs)
    assert not any(p.startswith("左右") for p in progs), sorted(progs)


def test_members_listed_after_a_copula_in_a_later_sentence():
    text = ("日前，省农业农村厅公布了第二批省级乡村振兴示范村名单，滁州市有12个村榜上有名。"
            "入选的有定远县池河镇太平集村、凤阳县小溪河镇小岗村等。")
    progs, links = programmes_and_links(text)
    (name,) = [p for p in progs if p.endswith("乡村振兴示范村")]
    assert {("太平集村", name), ("小岗村", name)} <= links, sorted(links)
    _, links = programmes_and_links("日前，省农业农村厅公布了第二批省级乡村振兴示范村名单。入选的是定远县池河镇太平集村、"
                                    "凤阳县小溪河镇小岗村。")
    assert {("太平集村", name), ("小岗村", name)} <= links, sorted(links)


def test_a_quote_given_as_one_of_a_kind_of_mechanisms():
    progs, _ = programmes_and_links("仙居县要落实“一户一档”等机制，精准帮扶低收入农户增收。")
    assert "一户一档" not in progs, sorted(progs)


def test_towns_by_their_stems_before_a_count_and_their_role():
    places = names_of("江西遂川县今年重点打造珠田、泉江两个示范圩镇，带动周边村庄提升。", "Place")
    assert {"遂川县", "泉江镇"} <= places and any(p.startswith("珠田") for p in places), sorted(places)


def test_village_names_listed_before_their_count_and_generic_towns():
    assert not names_of("今年，遂川县重点打造上坪、下湾、黄南3个美丽村庄。", "Place") - {"遂川县"}
    assert {"青海省", "甘肃省"} <= names_of("青海、甘肃2个村入选。", "Place")
    assert "小城镇" not in names_of("省里从苏北各市遴选出20个基础好的小城镇和村庄作为示范。", "Place")


def test_a_campaign_under_da_xiang():
    progs, links = programmes_and_links("今年，遂川县又打响“碧水保卫”攻坚战，整治河道乱占乱建问题。")
    assert ("遂川县", "碧水保卫") in links, sorted(links)
    assert not programmes_and_links("发令枪打响后，选手们陆续出发。")[0]


def test_a_one_character_county_after_de_you():
    text = ("日前，省农业农村厅公布了第二批省级乡村振兴示范村名单，宿州市有8个村榜上有名。"
            "入选的有萧县圣泉镇北城村、泗县草沟镇曹苗村等。")
    assert {"萧县", "泗县"} <= names_of(text, "Place")
    progs, links = programmes_and_links(text)
    (name,) = [p for p in progs if p.endswith("乡村振兴示范村")]
    assert {("北城村", name), ("曹苗村", name)} <= links, sorted(links)


def test_a_village_river_chief_is_an_official():
    got = typed_names("每天清晨，霍山县诸佛庵镇柳溪村村级河长王建新都会沿河巡查一遍。")
    assert ("Official", "王建新") in got and ("Person", "王建新") not in got, sorted(got)
