"""Classes found by a third round of probing kg with made-up county, city and ministry news.

- A quoted title a place gains whose name ends in a place's honour rather than a scheme's head (某县获评“中国天然氧吧”
  称号: the DesignationHead 天然氧吧, "conferred", in designations.jsonl): a designation, the place its member. Not
  之乡 (“中国某某之乡”, named in passing beside the schemes a text is about, as a held-out set's gold leaves it), nor
  a saying in quotes (素有“鱼米之乡”之称).
- A quoted designation then the list it is published as (某省5个县入选2024年“中国天然氧吧”名单，分别是：…; “…”名单公布，
  甲县、乙县入选: QuotedTitleAfter 名单, 名录): the designation, and the places listed its members.
- A place's rank among a designation's members between the lead and the name (甲县是全省首个…示范县, 被确定为全省唯一的…
  试点县, 成为全省唯一一个…: DesignationBatch): the place is a member.
- A department's head in a ministry (某部某司司长, 副司长: 司长 a Post of title chains in titles.jsonl): an official, the
  post in the department, which is the ministry's.
- A co-operation zone's executive committee (某某深度合作区执行委员会, 执委会: ZoneBody in agency_grammar.jsonl): the
  zone's body, its officers' posts in it.
- Names in a list that a kind of firm or brand closes (金龙鱼、周黑鸭等企业, 某某、某某等品牌门店: FirmListKind in
  people.jsonl): the firms', no persons; a word of people after the kind (等企业家, 等企业负责人) keeps them people.
- A verb of one body acting with another right after a bureau (某区农业农村局邀请省农科院专家…: 邀请, 委托, 携手 are
  AgencyStopWord in agency_grammar.jsonl): the bureau ends before it; no unit of the bureau runs on to a 科 of the other.
- A city or county alone on its line inside a list of towns or villages (…示范村名单, then 海东市（6个）, then 互助县：…村):
  the head of a group, no member of the designation (kg/relations.py, _designation_lists).
- A post after a verb of capacity, then a comma and a name (作为某县委书记，某某…; 身为…: RolePostVerb, RolePostLink in
  people.jsonl): the name holds the post now; a capacity that is no post (作为一名老党员，某某) makes no official.
- A site that opens a sentence's first clause, then a visitor's verb of looking at a quoted programme's progress (在某乡
  某村，某某详细了解了“…”建设情况: SiteLookVerb in relation_cues.jsonl): the site carries the programme out; a meeting
  (在座谈会上) is no site.
- A name after a role of history or honour (红军战士某某, 革命烈士某某, “…”获得者某某, 全国劳动模范某某: Role in roles.jsonl): a
  person.
- An adverb of time between a name and a verb of a post (某某曾担任…, 某某此前担任…: NameVerbAdverb in people.jsonl): it
  closes the name (no 某某曾), and the post is one held before (原); 接任 a verb of taking a post (PostVerb: 县长一职由
  某某接任, 某某接任某县县长).
- A name after its title chain, then a verb of a post and a new post (某县委书记某某调任某市副市长): both posts, the one
  before the name and the one after the verb (PostVerb "move" in people.jsonl, as set 38 found too); not after 担任
  (某法院某审判庭庭长某某担任审判长: a role in one trial, no post in the court beside the division's); 当选 closes a name
  of two (AfterName: 副镇长王丽当选…, no 王丽当).
- Bodies a blank apart at the head of a notice's headline (自治区某厅　自治区某厅关于认定…的通知): both issue the
  designations the headline names, as bodies joined by 、 do.
- A league's or a prefecture's administrative office printed in full (某盟行政公署副盟长某某, 某地区行政公署副专员某某:
  GovernmentBody 行政公署, "own", in agency_grammar.jsonl): that government, named so, not 人民政府, and its officials'
  posts in it.
- A name of two transliteration characters after a title, then a preposition of a visit's place (县长次仁在某乡调研,
  副县长尼玛到某村: ShortTransliteratedNameVerb in people.jsonl): the official.
- A visit to a place whose verb has a programme alone for its object, closing the clause (到某县某街道调研百县千镇万村高
  质量发展工程。): the place carries it out, as where a word of its progress follows (…推进情况); not where a delegation
  (代表团) studies it.
- Bodies joined by 、 that each take a part of a programme's work with a verb of their own (县某局牵头、县某局配合，…:
  NextDutyPartVerb, NextDutyJoint in relation_cues.jsonl): all of them carry it out, whether they follow the programme's
  purpose frame (为推进“…”，) or open the clause before its verb.
- Places a body praises for a programme's work (某厅对2023年度“…”建设考核优秀的甲县、乙县等8个县予以通报表扬; …的8个县给予
  通报表扬，其中包括甲县、乙县: PraiseOpen, PraiseVerb, PraiseMemberLead in relation_cues.jsonl): they carry it out.
- A county's full name glued to the verb before it, with a township inside it chained right after it (认定某县某镇某村为…,
  支持某县某镇…; kg/ner/places.py): the county, as the chain supports it, though a name glued to a word needs the page's
  support elsewhere (顺应城市 is no 应城市); and a village the store names without its level printed again after it in
  another township (宇村村、: the store's 宇村, from 宇村村委会; VillageAgainEnd in places.jsonl) keeps the printed name
  (tests/test_programme_constructions.py, villages grouped by county with a comma).
- A free-trade zone's area and its administrative committee (某省自贸试验区某某片区管委会: ZoneKind 片区): the area's
  committee, named with the zone, not a new district's (新区) committee of the city the area is named after; printed
  under the zone's full name (中国（福建）自由贸易试验区某某片区管理委员会: ZoneBracketScope, ZoneNameWord), the same
  committee named as printed, not a committee of the city the area is named after.
"""
import pytest

from conftest import names_of, pairs_of


@pytest.mark.parametrize("text, place, title", [
    ("近日，桑植县获评“中国天然氧吧”称号，成为全省第6个获此殊荣的县。", "桑植县", "中国天然氧吧"),
    ("2023年，凤凰县荣获“中国天然氧吧”称号。", "凤凰县", "中国天然氧吧"),
])
def test_a_place_that_gains_an_honour_of_places_is_its_member(text, place, title):
    assert (place, title) in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


def test_a_saying_in_quotes_confers_nothing():
    text = "江汉平原素有“鱼米之乡”之称，水稻种植面积大。"
    assert not names_of(text, "Programme"), names_of(text, "Programme")


@pytest.mark.parametrize("text", [
    "我省4个县入选2023年“中国天然氧吧”名单，分别是：婺源县、靖安县、宜丰县、铜鼓县。",
    "日前，2023年“中国天然氧吧”名单公布，婺源县、靖安县、宜丰县、铜鼓县入选。",
    "婺源县、靖安县、宜丰县、铜鼓县入选2023年“中国天然氧吧”名单。",
])
def test_the_places_on_a_quoted_designations_list_are_its_members(text):
    pairs = pairs_of(text, "implements")
    assert {(c, "中国天然氧吧") for c in ("婺源县", "靖安县", "宜丰县", "铜鼓县")} <= pairs, sorted(pairs)


@pytest.mark.parametrize("text, place, name", [
    ("湟中区被确定为全省唯一的国家农村综合性改革试点县，试点期为三年。", "湟中区", "国家农村综合性改革试点县"),
    ("平利县成为全省唯一一个国家乡村振兴示范县。", "平利县", "国家乡村振兴示范县"),
    ("平利县是全市首个国家乡村振兴示范县。", "平利县", "国家乡村振兴示范县"),
    ("平利县是全国第二个国家乡村振兴示范县。", "平利县", "国家乡村振兴示范县"),
])
def test_a_places_rank_among_the_members_keeps_it_a_member(text, place, name):
    assert (place, name) in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("title", ["司长", "副司长"])
def test_a_ministry_departments_head_holds_a_post_in_the_department(title):
    text = f"沁源县委书记王磊陪同农业农村部发展规划司{title}冯志远调研。"
    assert ("冯志远", "农业农村部发展规划司") in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))
    assert ("农业农村部发展规划司", "农业农村部") in pairs_of(text, "subOrganizationOf")


@pytest.mark.parametrize("body", ["执行委员会", "执委会"])
def test_a_cooperation_zones_executive_committee(body):
    text = f"横琴粤澳深度合作区{body}副主任郑凯出席签约仪式。"
    assert ("郑凯", "横琴粤澳深度合作区执行委员会") in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


def test_a_free_trade_zones_area_committee():
    text = "福建自贸试验区厦门片区管委会主任许文杰介绍了片区的制度创新成果。"
    agencies = names_of(text, "Agency")
    assert "福建自贸试验区厦门片区管理委员会" in agencies, sorted(agencies)
    assert not any("新区" in a for a in agencies), sorted(agencies)
    assert ("许文杰", "福建自贸试验区厦门片区管理委员会") in pairs_of(text, "holdsPost")


@pytest.mark.parametrize("text, firm", [
    ("展会上，金龙鱼、周黑鸭等企业带来了新产品。", "周黑鸭"),
    ("步行街上，周大福、老凤祥等品牌门店陆续开业。", "周大福"),
])
def test_names_in_a_list_of_firms_are_no_persons(text, firm):
    assert firm not in names_of(text, "Person"), names_of(text, "Person")


def test_names_before_a_word_of_firms_people_stay_persons():
    text = "座谈会上，王建军、刘晓燕等企业家代表先后发言。"
    assert {"王建军", "刘晓燕"} <= names_of(text, "Person") | names_of(text, "Official"), names_of(text, "Person")


@pytest.mark.parametrize("verb", ["邀请", "委托", "携手"])
def test_a_verb_after_a_bureau_ends_it(verb):
    text = f"西秀区农业农村局{verb}省农科院专家开展技术培训。"
    agencies = names_of(text, "Agency")
    assert not any(verb in a for a in agencies), sorted(agencies)


def test_a_city_alone_on_its_line_heads_a_group_of_a_village_list():
    text = ("省农业农村厅关于公布第三批省级美丽乡村示范村名单的通知\n"
            "附件：第三批省级美丽乡村示范村名单\n"
            "果洛州（2个）\n"
            "玛沁县：大武镇格多村\n"
            "海南州（3个）\n"
            "共和县：倒淌河镇元者村、江西沟镇大仓村\n"
            "贵德县：河阴镇红岩村\n")
    members = {d for d, p in pairs_of(text, "implements") if p.endswith("美丽乡村示范村")}
    assert {"格多村", "元者村", "大仓村", "红岩村"} <= members, sorted(members)
    assert not members & {"果洛藏族自治州", "海南藏族自治州"}, sorted(members)


@pytest.mark.parametrize("text, name, body", [
    ("作为临澧县委书记，周卫东多次到新安镇调研。", "周卫东", "中共临澧县委员会"),
    ("身为临澧县县长，刘晓峰把项目建设放在首位。", "刘晓峰", "临澧县人民政府"),
])
def test_a_post_after_a_verb_of_capacity_then_a_comma_and_a_name(text, name, body):
    assert (name, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


def test_a_capacity_that_is_no_post_makes_no_official():
    text = "作为一名老党员，周卫东把群众的事当作自己的事。"
    assert "周卫东" not in names_of(text, "Official"), names_of(text, "Official")


def test_a_free_trade_zones_area_committee_under_its_bracketed_full_name():
    text = "中国（福建）自由贸易试验区厦门片区管理委员会副主任郑丽华介绍了片区的制度创新成果。"
    body = "中国（福建）自由贸易试验区厦门片区管理委员会"
    assert ("郑丽华", body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))
    assert not any(a.endswith("片区管理委员会") and a != body for a in names_of(text, "Agency")), names_of(text, "Agency")


@pytest.mark.parametrize("clause", ["王志刚详细了解了", "调研组实地查看了"])
def test_the_site_a_visits_clause_opens_with_carries_out_the_programme_it_looks_at(clause):
    text = f"12月2日，市委书记王志刚到石楼县调研。在小蒜镇龙交村，{clause}“美丽庭院”建设情况。"
    assert ("龙交村", "美丽庭院") in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


def test_a_meeting_that_opens_the_clause_carries_out_nothing():
    text = "12月2日，市委书记王志刚到石楼县调研。在座谈会上，王志刚听取了“美丽庭院”建设情况汇报。"
    assert not any(p == "美丽庭院" and d != "石楼县" for d, p in pairs_of(text, "implements")), sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("text, name", [
    ("1936年，红军战士马占山在这里牺牲，年仅19岁。", "马占山"),
    ("革命烈士刘志丹的故居就在县城东边。", "刘志丹"),
    ("“感动宁夏”年度人物获得者杨秀芳扎根山村教学30年。", "杨秀芳"),
    ("全国劳动模范周海燕带领乡亲们种植枸杞。", "周海燕"),
])
def test_a_name_after_a_role_of_history_or_honour_is_a_person(text, name):
    assert name in names_of(text, "Person"), names_of(text, "Person")


@pytest.mark.parametrize("adverb", ["曾", "此前", "曾经"])
def test_an_adverb_of_time_before_a_post_verb_closes_the_name(adverb):
    text = f"据了解，周建华{adverb}担任彬州市委副书记、市长。"
    assert "周建华" in names_of(text, "Official"), names_of(text, "Official")
    assert ("周建华", "彬州市人民政府") in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


@pytest.mark.parametrize("text", ["旬邑县县长一职由马晓莉接任。", "马晓莉接任旬邑县县长。"])
def test_the_one_who_takes_over_a_post_holds_it(text):
    assert ("马晓莉", "旬邑县人民政府") in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


@pytest.mark.parametrize("text", ["三原县委书记高建军调任铜川市副市长。", "据悉，三原县委书记高建军已调任铜川市副市长。"])
def test_a_name_after_its_title_then_a_new_post_holds_both(text):
    pairs = pairs_of(text, "holdsPost")
    assert {("高建军", "中共三原县委员会"), ("高建军", "铜川市人民政府")} <= pairs, sorted(pairs)


@pytest.mark.parametrize("blank", [" ", "\u3000"])
def test_bodies_a_blank_apart_in_a_notices_headline_both_issue_it(blank):
    text = (f"自治区农业农村厅{blank}自治区财政厅关于认定2023年自治区级美丽乡村示范村的通知\n"
            "各市、县（区）农业农村局、财政局：\n"
            "按照有关办法，经各县（区）推荐、市级初审、自治区复核，认定贺兰县常信乡四十里店村等20个村为2023年自治区级"
            "美丽乡村示范村。\n"
            "附件：2023年自治区级美丽乡村示范村名单\n"
            "一、银川市（2个）\n"
            "贺兰县常信乡四十里店村、灵武市梧桐树乡沙坝头村\n")
    issuers = {d for d, p in pairs_of(text, "implements") if p.endswith("美丽乡村示范村")}
    assert {"宁夏回族自治区农业农村厅", "宁夏回族自治区财政厅"} <= issuers, sorted(issuers)


@pytest.mark.parametrize("text, name, body", [
    ("阿拉善盟行政公署副盟长巴特尔在额济纳旗调研。", "巴特尔", "阿拉善盟行政公署"),
    ("阿里地区行政公署副专员王晓东在普兰县调研。", "王晓东", "阿里地区行政公署"),
])
def test_a_leagues_or_prefectures_administrative_office_printed_in_full(text, name, body):
    assert (name, body) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


@pytest.mark.parametrize("text, name", [
    ("札达县县长次仁在托林镇调研。", "次仁"),
    ("札达县副县长尼玛到底雅乡检查安全生产。", "尼玛"),
])
def test_a_two_character_transliterated_name_before_a_preposition_of_a_visit(text, name):
    assert name in names_of(text, "Official"), names_of(text, "Official")


def test_a_visit_whose_object_is_a_programme_alone():
    text = "近日，省委常委张立新一行到仁化县丹霞街道调研百县千镇万村高质量发展工程。"
    assert ("丹霞街道", "百千万工程") in pairs_of(text, "implements"), sorted(pairs_of(text, "implements"))


@pytest.mark.parametrize("text", [
    "为推进“厕所革命”，湟源县卫健局牵头、县农业农村局配合，在全县开展农村户厕改造。",
    "湟源县卫健局牵头、县农业农村局配合，扎实推进“厕所革命”。",
])
def test_bodies_that_each_take_a_part_of_the_work_carry_it_out(text):
    pairs = pairs_of(text, "implements")
    assert {("湟源县卫生健康局", "厕所革命"), ("湟源县农业农村局", "厕所革命")} <= pairs, sorted(pairs)


@pytest.mark.parametrize("text", [
    "省交通运输厅对2023年度“四好农村路”建设考核优秀的8个县给予通报表扬，其中包括旌德县、绩溪县。",
    "省交通运输厅对2023年度“四好农村路”建设考核优秀的旌德县、绩溪县等8个县予以通报表扬。",
])
def test_places_praised_for_a_programmes_work_carry_it_out(text):
    pairs = pairs_of(text, "implements")
    assert {("旌德县", "四好农村路"), ("绩溪县", "四好农村路")} <= pairs, sorted(pairs)


def test_a_trial_role_taken_by_a_divisions_head_adds_no_post_in_the_court():
    text = "本案由靖边县人民法院民事审判庭庭长高红梅担任审判长，与审判员李娟组成合议庭。"
    pairs = pairs_of(text, "holdsPost")
    assert ("高红梅", "靖边县人民法院民事审判庭") in pairs, sorted(pairs)
    assert ("高红梅", "靖边县人民法院") not in pairs, sorted(pairs)


@pytest.mark.parametrize("name", ["王晓丽", "王丽"])
def test_a_name_after_its_title_then_elected_to_another_post_holds_both(name):
    text = f"安吉县天荒坪镇人民政府副镇长{name}当选县科协副主席。"
    pairs = pairs_of(text, "holdsPost")
    assert {(name, "安吉县天荒坪镇人民政府"), (name, "安吉县科学技术协会")} <= pairs, sorted(pairs)


@pytest.mark.parametrize("verb", ["认定", "支持", "推荐"])
def test_a_county_glued_to_a_verb_with_its_town_chained_after_it(verb):
    text = f"{verb}西吉县将台堡镇毛家沟村为示范村。"
    assert "西吉县" in names_of(text, "Place"), names_of(text, "Place")
    assert ("将台堡镇", "西吉县") in pairs_of(text, "partOf"), sorted(pairs_of(text, "partOf"))
