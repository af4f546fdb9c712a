"""Classes found by probing kg with made-up county and city news of the kinds real news prints.

- A township several counties have, printed with a village after it in an article that never prints the county
  (我县某镇某村榜上有名): the village is read, in the township so named, and it is the village, not the township, that
  a designation's list makes a member.
- A word for a person, then 叫 and a name closed by punctuation (老人叫某某，: NamingLead in people.jsonl): a person.
- The units that take up building a designation (…示范区创建单位名单, …被确定为…示范区创建单位: the DesignationHead 示范区创建单位
  in designations.jsonl, which needs a lead or a list word): the places after its list, or named by it, carry it out.
- A document cited by 根据 or 依据 and 要求 (根据《关于开展…推荐工作的通知》要求，…确定甲村等N个村为…重点村: CiteOpen in
  relation_cues.jsonl): it is only named; the places the sentence then selects carry out the designation they are
  selected for, not the cited notice.
- A village's long name after its township, then the level printed again before its post (某苏木乌兰布和村村主任:
  LocalBodyHead in places.jsonl): the village, whatever characters its name holds (和), and the holder's post in its
  committee; a conjunction before the village cadres (镇干部和村村干部) makes no village.
- A notice of a designation that pairs two heads after one stem (第四批某省历史文化名镇名村), with a heading for each
  part, the second printed without the scope (二、历史文化名村（2个）): the second part is the scoped one
  (某省历史文化名村), and the members of both parts are under the paired whole, towns and villages alike; a part of
  two lines under its counted heading is a list (kg/structure.py), not two headlines that open articles of their own.
- An honour for the places that carried out a quoted scheme, then its list after a colon (被评为全省“四好农村路”建设
  先进县（市、区）的有：甲县、乙县: HonourListWork, HonourListOpen in relation_cues.jsonl): the places listed carry the
  scheme out; an honour for persons lists none.
- A cadre sent by a body named between the passive and the verb (某某被某省某厅选派到某县某镇某村担任驻村第一书记), or
  going to the place with no verb of sending (某某到某村任第一书记; 某局干部某某来到某村，担任驻村第一书记: DispatchLink
  in people.jsonl): an official, holding the post in the village's branch.
- A name, then a comma and a word of time before a verb of taking a post (…的某某，日前已调任某市委某部副部长:
  NameVerbLink in people.jsonl): the name takes the post; the word of time (日前已) is no name.
- A title suffix of a candidate not yet elected (镇长候选人初步人选某某: TitleSuffix in titles.jsonl): part of the title,
  no name (初步人).
- The group title of the article's own place (我市领导某某、某某陪同; 我县领导: the own Pronoun of relation_cues.jsonl, then
  the rest of the title): officials, as after 市领导, not persons, and the first name is not lost.
- Members elected after the head of the same committee in one sentence (甲当选村委会主任，乙、丙当选委员: MemberBodyEnd
  in people.jsonl): officials of that committee, not persons.
- A township many counties have, printed with its body and no county (城关镇党委书记某某, 城关街道党工委书记某某): the
  body is the township's, by its name, and the title before the name makes an official who holds a post in it.
- A list of officials on a visit whose first item prints a bare 市 and a later item the visited city in full
  (某市委书记率队到乙市调研。市委常委、秘书长甲，乙市委书记丙等参加): the bare 市 is the visitors' city, named before;
  where the visited city's own item comes first (乙市委书记丙，市委副书记、市长丁), the bare 市 after it is still 乙市, and
  where the sentence printed a body of the city before it (甲市政协副主席某，市商务局副局长某，甲市驻乙县工作队队长某), 甲市.
- 当地 (Pronoun in relation_cues.jsonl, of any level): the place named last before it in the article, which carries out
  what 当地 carries out (在某县，…了解了当地实施“…”工程的情况).
- A visit whose verb has a quoted programme for its object, closed by a word of its progress or work (某市委书记到某县
  调研“某某工程”推进情况; 在某市调研“…”实施情况; 到甲镇、乙镇督导“…”工作: VisitObjectEnd, VisitGoing in
  relation_cues.jsonl): the places gone to carry the programme out; a visit that looks at something else, or at the
  scheme of a place printed before it (到甲镇调研了乙市“…”工作), gives them none.
- Designations coordinated after one member's lead (某镇是国家级历史文化名镇、全国特色小镇): the lead before the first
  leads them all, and the place is a member of each.
- A name ending in a scheme's head after a count (打造3条乡村振兴示范带, 一批…示范带: SchemeNotStart in programme_cues.jsonl):
  things of a kind, no programme; after a count of one (打造一条某某环线乡村振兴示范带: SchemeLeadSkip) the name starts after
  the count.
- 县府办, 市府办 (府办: AgencyAbbrev in agency_abbreviations.jsonl): the people's government's general office, as 政府办;
  市府办公大楼 is no body.
- Where the branches merged met: a natural village after a listed village in a designation's item (某镇某某行政村某某中心村、)
  is part of the item, not a name of its own that keeps the village out of the members (a zone after its city is), nor
  is a demonstrative and a count after the last item (…乙村这4个村落榜上有名: ItemTailLead in relation_cues.jsonl); a count
  in 家 before a designation's name (首批6家…示范区创建单位) is a batch, no part of the name (DesignationBatch).
- A place that gains quoted titles (某县先后获得“某某示范县”“…”等称号, 某村荣获“…”称号: GainVerb, GainAdverb, TitleListEnd in
  relation_cues.jsonl; other quoted titles and 等 may stand between a designation and 称号): the place is a member of each
  quoted designation; a designation's name before other words (获得“…示范县”资金) gives none.
- A comprehensive experimental zone and the like (平潭综合实验区党工委委员、管委会副主任某某: ZoneKind 综合实验区,
  综合试验区, 深度合作区 in agency_grammar.jsonl): the zone's Party working committee and administrative committee,
  named as printed, and the official's posts in them.
- Two names after a role, then a word for a married couple (村民甲、乙夫妇, 甲、乙夫妻俩: AfterName in people.jsonl): both
  persons, the second closed by the couple's word.
- A two-character name after a title, then 带着 (第一书记某某带着村干部…: AfterName in people.jsonl): the verb closes the
  name, as 带领 does (no 李明带).

Texts written for these tests in our own words."""
import pytest

from conftest import names_of, pairs_of


@pytest.mark.parametrize("text, town, village", [
    ("近日，省林业局公布了省级森林乡村名单，我县新华镇石岭村、长安乡马坪村榜上有名。", "新华镇", "石岭村"),
    ("记者来到城关镇柏树村，看到村里新修的文化广场上热闹非凡。", "城关镇", "柏树村"),
])
def test_a_village_after_a_township_of_an_unprinted_county_is_read(text, town, village):
    places = names_of(text, "Place")
    assert {town, village} <= places, sorted(places)
    assert (village, town) in pairs_of(text, "partOf")


def test_the_village_not_its_township_is_the_member_of_a_list():
    links = pairs_of("近日，省林业局公布了省级森林乡村名单，我县新华镇石岭村榜上有名。", "implements")
    assert any(d == "石岭村" for d, _ in links), sorted(links)
    assert not any(d == "新华镇" for d, _ in links), sorted(links)


@pytest.mark.parametrize("lead", ["老人叫", "小伙叫", "女子叫"])
def test_a_person_word_then_jiao_gives_a_name(lead):
    assert "钟秋生" in names_of(f"坐在门口晒太阳的{lead}钟秋生，今年已经八十多岁了。", "Person")


def test_jiao_alone_gives_no_name():
    assert not names_of("听到消息，大家齐声叫好，掌声经久不息。", "Person")


@pytest.mark.parametrize("text", [
    "近日，湖北省文化和旅游厅公示了第二批省级全域旅游示范区创建单位名单，远安县、兴山县入选。",
    "经过评审，远安县、兴山县被确定为第二批省级全域旅游示范区创建单位。",
])
def test_the_units_that_take_up_a_designation_carry_it_out(text):
    doers = {d for d, p in pairs_of(text, "implements") if "全域旅游示范区" in p}
    assert {"远安县", "兴山县"} <= doers, sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("lead", ["根据", "依据"])
def test_a_cited_notice_is_not_carried_out_by_the_places_then_selected(lead):
    text = (f"{lead}《关于开展2025年湖北省乡村旅游重点村推荐工作的通知》要求，经县级推荐、专家评审，确定宜昌市远安县"
            "嫘祖镇金家湾村等20个村为2025年湖北省乡村旅游重点村。")
    links = pairs_of(text, "implements")
    assert not any("通知" in p for _, p in links), sorted(links)
    assert any(d == "金家湾村" and "乡村旅游重点村" in p for d, p in links), sorted(links)


def test_a_long_village_name_then_its_level_again_and_a_post_is_read_after_its_township():
    text = "乌审旗嘎鲁图镇巴音和硕村村主任其其格说，村里今年新打了三眼机井。"
    assert "巴音和硕村" in names_of(text, "Place")
    assert ("巴音和硕村", "嘎鲁图镇") in pairs_of(text, "partOf")
    assert any(a.endswith("巴音和硕村村民委员会") for _, a in pairs_of(text, "holdsPost")), pairs_of(text, "holdsPost")


def test_a_conjunction_before_the_village_cadres_makes_no_village():
    places = names_of("在乌审旗嘎鲁图镇，镇干部和村村干部一起入户走访。", "Place")
    assert not any(p.endswith("和村") for p in places), sorted(places)


_PAIRED_NOTICE = """山西省住房和城乡建设厅 山西省文物局
关于公布第四批山西省历史文化名镇名村的通知
各市住建局、文物局：
经评审，确定以下镇、村为第四批山西省历史文化名镇名村。
一、山西省历史文化名镇（2个）
平遥县段村镇
介休市张兰镇
二、历史文化名村（2个）
沁水县郑村镇湘峪村
阳城县润城镇上庄村
"""


def test_a_second_heading_printed_without_the_scope_takes_the_paired_names_scope():
    links = pairs_of(_PAIRED_NOTICE, "implements")
    assert {("湘峪村", "山西省历史文化名村"), ("上庄村", "山西省历史文化名村")} <= links, sorted(links)
    assert ("段村镇", "山西省历史文化名镇") in links, sorted(links)
    assert not any(p == "历史文化名村" for _, p in links), sorted(links)


def test_the_parts_of_a_paired_designation_are_both_under_it():
    links = pairs_of(_PAIRED_NOTICE, "implements")
    whole = "山西省历史文化名镇名村"
    assert {("段村镇", whole), ("张兰镇", whole), ("湘峪村", whole)} <= links, sorted(links)


@pytest.mark.parametrize("text", [
    "被评为全省“四好农村路”建设先进县（市、区）的有：茶陵县、炎陵县、攸县。",
    "全省“四好农村路”建设先进县（市、区）名单：茶陵县、炎陵县、攸县。",
])
def test_the_places_an_honour_of_a_scheme_lists_carried_it_out(text):
    doers = {d for d, p in pairs_of(text, "implements") if p == "四好农村路"}
    assert {"茶陵县", "炎陵县", "攸县"} <= doers, sorted(pairs_of(text, "implements"))


def test_an_honour_for_persons_lists_no_doers():
    text = "被评为全省“四好农村路”建设先进个人的有：茶陵县交通运输局李明、炎陵县公路建设养护中心王芳。"
    assert not any(d in ("茶陵县", "炎陵县") for d, _ in pairs_of(text, "implements"))


@pytest.mark.parametrize("text", [
    "2020年，32岁的黄丽娟被省林业局选派到河池市环江毛南族自治县大才乡同进村担任驻村第一书记。",
    "2020年，黄丽娟到环江毛南族自治县大才乡同进村任第一书记。",
    "2020年4月，省林业局干部黄丽娟来到环江毛南族自治县大才乡同进村，担任驻村第一书记。",
])
def test_a_cadre_sent_or_gone_to_a_village_holds_its_first_secretary_post(text):
    assert "黄丽娟" in names_of(text, "Official")
    posts = pairs_of(text, "holdsPost")
    assert any(n == "黄丽娟" and a.endswith("同进村支部委员会") for n, a in posts), sorted(posts)


def test_a_visit_to_a_village_gives_no_post_there():
    text = "5月6日，黄丽娟到环江毛南族自治县大才乡同进村调研，任务是摸清产业底数。"
    assert not any(a.endswith("同进村支部委员会") for _, a in pairs_of(text, "holdsPost"))


@pytest.mark.parametrize("text", [
    "此前担任彭阳县委副书记的苏红梅，近日调任固原市委组织部副部长。",
    "记者获悉，苏红梅日前已调任固原市委组织部副部长。",
])
def test_a_word_of_time_between_a_name_and_its_new_post_is_no_name(text):
    officials = names_of(text, "Official")
    assert "苏红梅" in officials and not any(o.startswith(("日前", "近日")) for o in officials), sorted(officials)
    assert any(n == "苏红梅" and "组织部" in a for n, a in pairs_of(text, "holdsPost"))


def test_a_candidates_preliminary_title_ends_before_the_name():
    officials = names_of("会上，乡党委副书记、乡长候选人初步人选覃永福作了表态发言。", "Official")
    assert officials == {"覃永福"}, sorted(officials)


@pytest.mark.parametrize("lead", ["我市领导", "我县领导", "我区领导"])
def test_the_own_places_leaders_are_officials(lead):
    text = f"12月5日，兄弟县党政代表团来访。{lead}宋晓东、龚丽萍、詹国强陪同考察。"
    assert {"宋晓东", "龚丽萍", "詹国强"} <= names_of(text, "Official")
    assert not names_of(text, "Person") & {"宋晓东", "龚丽萍", "詹国强"}


def test_members_elected_after_their_committees_head_hold_its_post():
    text = ("11月20日，浏阳市大围山镇楚东村召开村民代表大会，选举产生了新一届村民委员会，罗桂英当选村委会主任，"
            "黎建华、汤小龙当选委员。")
    posts = pairs_of(text, "holdsPost")
    body = next(a for n, a in posts if n == "罗桂英")
    assert {("黎建华", body), ("汤小龙", body)} <= posts, sorted(posts)


def test_a_year_before_a_passive_sending_is_no_name():
    assert not names_of("2024年被派到沿河土家族自治县中界镇高峰村任驻村第一书记。", "Official")


@pytest.mark.parametrize("text, body", [
    ("城关镇党委书记邝志明主持会议并讲话。", "中共城关镇委员会"),
    ("城南街道党工委书记邝志明主持会议并讲话。", "中共城南街道工作委员会"),
])
def test_a_townships_body_with_no_county_printed_holds_its_secretary(text, body):
    assert ("邝志明", body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


def test_a_bare_city_before_the_visited_citys_own_item_is_the_visitors():
    text = "5月9日，梅州市委书记温文华率队到兴宁市调研。市委常委、秘书长罗建新，兴宁市委书记邓海涛等参加调研。"
    posts = pairs_of(text, "holdsPost")
    assert ("罗建新", "中共梅州市委员会") in posts and ("邓海涛", "中共兴宁市委员会") in posts, sorted(posts)


def test_a_bare_city_after_the_delegations_own_body_stays_its_city():
    text = ("佛山讯 5月9日，中山市委常委温志强率中山市考察团到连山县考察。考察团成员有中山市政协副主席陆婉清，"
            "市商务局副局长韦德华，中山市驻连山县帮扶工作队队长孔令杰。")
    assert ("韦德华", "中山市商务局") in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


def test_a_bare_city_after_the_visited_citys_own_item_is_the_visited_one():
    text = "5月9日，梅州市委书记温文华率队到兴宁市调研。兴宁市委书记邓海涛，市委副书记、市长钟伟明陪同。"
    assert ("钟伟明", "兴宁市人民政府") in pairs_of(text, "holdsPost")


def test_dangdi_stands_for_the_place_named_before_it():
    text = "在连南瑶族自治县，调研组详细了解了当地实施“粤菜师傅”工程的情况。"
    assert ("连南瑶族自治县", "粤菜师傅工程") in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("text, places", [
    ("3月8日，清远市委书记何军到英德市调研“百千万工程”推进情况。", {"英德市"}),
    ("3月8日，何军在连州市调研“百县千镇万村高质量发展工程”实施情况。", {"连州市"}),
    ("3月8日，英德市委书记何军到浛洸镇、大站镇督导“百千万工程”工作。", {"浛洸镇", "大站镇"}),
])
def test_the_places_visited_for_a_programme_carry_it_out(text, places):
    doers = {d for d, p in pairs_of(text, "implements") if p == "百千万工程"}
    assert places <= doers, sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("text", [
    "3月8日，清远市委书记何军到英德市调研春耕生产情况，要求各地落实“百千万工程”部署。",
    "3月8日，调研组到英德市调研了清远市“四下基层”工作。",
])
def test_a_visit_for_something_else_gives_the_place_no_programme(text):
    assert not any(d == "英德市" for d, _ in pairs_of(text, "implements")), sorted(pairs_of(text, "implements"))


def test_a_lead_before_coordinated_designations_leads_them_all():
    links = pairs_of("屏南县双溪镇是国家级历史文化名镇、全国特色小镇。", "implements")
    assert {("双溪镇", "国家级历史文化名镇"), ("双溪镇", "全国特色小镇")} <= links, sorted(links)


@pytest.mark.parametrize("count", ["3条", "两条", "一批", "一系列"])
def test_a_counted_scheme_head_names_no_programme(count):
    assert not names_of(f"今年，该县将打造{count}乡村振兴示范带。", "Programme")


def test_a_count_of_one_is_no_part_of_the_schemes_name():
    assert names_of("今年，该县将打造一条雪峰山环线乡村振兴示范带。", "Programme") == {"雪峰山环线乡村振兴示范带"}


def test_fu_ban_is_the_governments_general_office():
    assert "始兴县人民政府办公室" in names_of("始兴县委、县政府高度重视，县委办、县府办统筹协调。", "Agency")
    assert not names_of("记者在市府办公大楼前看到，韶关市民排起长队。", "Agency")


def test_a_natural_village_after_a_listed_village_keeps_it_a_member():
    text = ("近日，安徽省公布和美乡村省级中心村名单。入选的有灵璧县尹集镇丁湖行政村丁湖中心村、"
            "泗县草沟镇曹苑行政村曹苑中心村等。")
    doers = {d for d, p in pairs_of(text, "implements")}
    assert {"丁湖行政村", "曹苑行政村"} <= doers, sorted(pairs_of(text, "implements"))


def test_a_count_in_families_is_no_part_of_a_designations_name():
    text = "2019年，山西评出首批6家省级文旅产业融合示范区创建单位，包括太原市晋源区、晋中市平遥县。"
    assert not any(p.startswith("6家") for p in names_of(text, "Programme")), names_of(text, "Programme")


def test_a_demonstrative_count_after_the_last_item_keeps_it_a_member():
    text = ("住房和城乡建设部等部门公布了第六批中国传统村落名录，永泰县同安镇三捷村、闽侯县廷坪乡廷坪村这2个村落榜上有名。")
    doers = {d for d, p in pairs_of(text, "implements")}
    assert {"三捷村", "廷坪村"} <= doers, sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("verb", ["先后获得", "荣获", "相继获得"])
def test_a_place_that_gains_quoted_titles_is_their_member(verb):
    text = f"近年来，三都水族自治县{verb}“全国休闲农业重点县”“中国民间文化艺术之乡”等称号。"
    assert any(d == "三都水族自治县" and "休闲农业重点县" in p for d, p in pairs_of(text, "implements")), \
        sorted(pairs_of(text, "implements"))


def test_a_designations_name_before_other_words_gains_nothing():
    text = "今年，三都水族自治县获得“全国休闲农业重点县”奖补资金500万元。"
    assert not any(d == "三都水族自治县" for d, _ in pairs_of(text, "implements")), sorted(pairs_of(text, "implements"))


def test_a_comprehensive_experimental_zones_committees():
    text = "平潭综合实验区党工委委员、管委会副主任詹明辉带队检查安全生产工作。"
    posts = pairs_of(text, "holdsPost")
    assert {("詹明辉", "中共平潭综合实验区工作委员会"), ("詹明辉", "平潭综合实验区管理委员会")} <= posts, sorted(posts)


@pytest.mark.parametrize("text", ["村民罗国安、覃秀英夫妇办起了农家乐。", "返乡青年罗国安、覃秀英夫妻俩种起了百香果。"])
def test_a_couples_second_name_is_a_person(text):
    assert {"罗国安", "覃秀英"} <= names_of(text, "Person")


@pytest.mark.parametrize("title", ["驻村第一书记", "副县长"])
def test_daizhe_closes_a_two_character_name(title):
    assert names_of(f"{title}韦强带着工作队员挨家挨户宣传政策。", "Official") == {"韦强"}
