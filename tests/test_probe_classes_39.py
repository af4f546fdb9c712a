"""Classes found by probing kg with made-up county and city news of the kinds real news prints.

- The bodies printed on the line above a notice's title that opens with 关于 (某省某厅　某省某局⏎关于公布…名单的通知) issue
  it: they carry out the designation the title confers, as when printed on the title's own line.
- A frame of purpose that opens a sentence and names a scheme (为全面落实“某某制”，…; PurposeDegree, PurposeVerb in
  relation_cues.jsonl, beside the ClauseLead words): the subject after its comma carries the scheme out; where that
  subject is a chain of places written side by side (某省某市某县组织…), the innermost place does, not the province;
  coordinated subjects after the comma (甲县、乙县联合…) both do; where a clause that no body or place opens comes first
  (为贯彻落实《…》，进一步做强某县某产业，县某局牵头…), the first clause a body opens gives the doer, not a place inside
  the clause before it.
- A designation's campaign named in one clause, then its members with a count in the next (…开展“某某示范村”创建活动，
  甲镇乙村、丙镇丁村等30个村入选首批创建名单: SelectedCount, SelectedListTail in relation_cues.jsonl): each member,
  the innermost place of its chain, carries the designation out.
- An autonomous county or banner named after its people alone, printed with the people's name and the plain level
  (东乡县 for 东乡族自治县, 鄂温克旗 for 鄂温克族自治旗: a suffix 自治旗 in places.jsonl), is that division, and its
  government's head holds a post in it; the people's name alone is no short form of the place.
- A post, then 、 and the body that sent its holder with a word for a cadre (驻村第一书记、市财政局干部某某: DispatchObject
  in people.jsonl): the name after it holds the post, an official; a body's cadre named with no post (某局干部某某: Role
  干部 in roles.jsonl) is a person, and so are village cadres named after 村干部.
- A two-character name after a role, then the manner of a speech (村民某某高兴地说, 激动地, 笑呵呵地: AfterName "speech"
  words in people.jsonl, however long): the speech closes the name; a name read by the model that would split such a
  word (村民李梅笑着说: 李梅笑) ends before it (kg/names.py).
- A department printed bare after a post in a people's government (某省副省长、公安厅厅长某某, 某县副县长、公安局局长某某):
  the department is that government's jurisdiction's, and the name holds its head's post too, as after a post in a
  body printed with its place (县政协副主席、农业农村局局长).
- A zone that runs towns of counties it is not (深汕特别合作区, 雄安新区: AdministeringZone in places.jsonl, with the
  counties): a town printed after it, or alone in an article that names it, is read as that county's town.

Texts written for these tests in our own words."""
import pytest

from conftest import extracted, names_of, pairs_of


@pytest.mark.parametrize("text, doer, scheme", [
    ("为全面落实“林长制”，四川省雅安市荥经县建立县、乡、村三级林长体系。", "荥经县", "林长制"),
    ("为持续推进“厕所革命”，云南省大理州宾川县今年新建户厕三千座。", "宾川县", "厕所革命"),
    ("为深入推进“千村示范、万村整治”工程，河南省信阳市新县组织开展村庄清洁行动。", "新县", "千村示范、万村整治工程"),
    ("为加快推进“四好农村路”建设，江西省赣州市寻乌县交通运输局新建通组公路40公里。", "寻乌县交通运输局", "四好农村路"),
])
def test_the_subject_after_a_purpose_frame_carries_the_scheme_out(text, doer, scheme):
    links = pairs_of(text, "implements")
    assert any(d.endswith(doer) and s == scheme for d, s in links), sorted(links)  # a body as printed, with its city
    assert not any(d.endswith("省") for d, s in links if s == scheme), sorted(links)


def test_coordinated_subjects_after_a_purpose_frame_both_carry_it_out():
    links = pairs_of("为贯彻落实“河长制”，宁乡市、浏阳市联合开展河道清淤行动。", "implements")
    assert {("宁乡市", "河长制"), ("浏阳市", "河长制")} <= links, sorted(links)



@pytest.mark.parametrize("tail", ["入选首批创建名单", "入选", "入选第二批名单"])
def test_members_counted_after_a_designation_campaign_carry_it_out(tail):
    text = ("日前，云南省民政厅在全省开展“和美社区”创建活动，昆明市五华区华山街道翠湖社区、曲靖市麒麟区南宁街道"
            f"寥廓社区等20个社区{tail}。")
    links = pairs_of(text, "implements")
    assert {("翠湖社区", "和美社区"), ("寥廓社区", "和美社区")} <= links, sorted(links)
    assert not any(d in ("五华区", "麒麟区", "华山街道", "昆明市") for d, _ in links), sorted(links)


@pytest.mark.parametrize("printed, full", [
    ("东乡县", "东乡族自治县"),
    ("鄂温克旗", "鄂温克族自治旗"),
    ("鄂伦春旗", "鄂伦春自治旗"),
])
def test_a_division_named_after_its_people_alone_is_read_in_its_plain_form(printed, full):
    text = f"{printed}县委常委会召开会议。{printed}某镇开展人居环境整治，{printed}政府副县长张建国出席。".replace(
        "旗县委", "旗委").replace("旗政府副县长", "旗政府副旗长")
    assert full in names_of(text, "Place"), sorted(names_of(text, "Place"))
    posts = pairs_of(text, "holdsPost")
    assert ("张建国", f"{full}人民政府") in posts, sorted(posts)


def test_a_post_then_the_body_that_sent_its_holder_as_a_cadre():
    text = "在平乐镇，驻村第一书记、桂林市水利局干部韦志刚和村民一起清理水渠。"
    assert "韦志刚" in names_of(text, "Official"), sorted(names_of(text, "Official"))


@pytest.mark.parametrize("text, person", [
    ("桂林市水利局干部韦志刚和村民一起清理水渠。", "韦志刚"),
    ("镇村干部覃海燕、莫永辉逐户走访。", "覃海燕"),
])
def test_a_cadre_named_with_no_post_is_a_person(text, person):
    assert person in names_of(text, "Person"), sorted(names_of(text, "Person"))
    assert not names_of(text, "Official"), sorted(names_of(text, "Official"))


def test_cadres_and_masses_name_no_one():
    assert not names_of("全县党员干部群众积极参与义务植树。", "Person")


@pytest.mark.parametrize("text, person", [
    ("村民覃平高兴地说，今年的芒果卖了好价钱。", "覃平"),
    ("养殖户韦东激动地告诉记者，合作社帮了大忙。", "韦东"),
    ("脱贫户黄莉笑呵呵地说，日子越过越红火。", "黄莉"),
    ("村民李梅笑着说，路修到了家门口。", "李梅"),
])
def test_a_speech_manner_after_a_name_closes_it(text, person):
    assert names_of(text, "Person") == {person}, sorted(names_of(text, "Person"))


@pytest.mark.parametrize("text, official, bodies", [
    ("江西省副省长、公安厅厅长罗文江出席会议。", "罗文江", {"江西省人民政府", "江西省公安厅"}),
    ("衡阳市副市长、公安局局长周红兵出席会议。", "周红兵", {"衡阳市人民政府", "衡阳市公安局"}),
    ("祁东县县委常委、副县长、财政局局长谭辉出席会议。", "谭辉", {"中共祁东县委员会", "祁东县人民政府", "祁东县财政局"}),
])
def test_a_department_printed_bare_after_a_government_post_is_that_place_s(text, official, bodies):
    posts = pairs_of(text, "holdsPost")
    assert {(official, b) for b in bodies} <= posts, sorted(posts)


@pytest.mark.parametrize("text, town", [
    ("雄安新区昝岗镇党委书记王志刚主持召开会议。", "昝岗镇"),
    ("深汕特别合作区召开乡村振兴推进会。小漠镇党委书记林海汇报了工作。", "小漠街道"),
])
def test_a_town_printed_after_a_zone_that_runs_it_is_its_county_s(text, town):
    assert town in names_of(text, "Place"), sorted(names_of(text, "Place"))
    assert any(o.endswith("委员会") and town in o for _, o in pairs_of(text, "holdsPost")), sorted(pairs_of(text, "holdsPost"))


def test_a_league_committee_printed_after_the_league_and_its_level_again():
    posts = pairs_of("阿拉善盟盟委副书记、盟长王建军出席会议。", "holdsPost")
    assert ("王建军", "中共阿拉善盟委员会") in posts, sorted(posts)


@pytest.mark.parametrize("title", ["嘎查长", "嘎查达"])
def test_a_gacha_head_holds_a_post_in_its_committee(title):
    text = f"科尔沁右翼中旗巴彦呼舒镇宝力根嘎查{title}那顺巴雅尔介绍了合作社的情况。"
    posts = pairs_of(text, "holdsPost")
    assert any(o.endswith("嘎查委员会") for _, o in posts), sorted(posts)
    assert not any(n.startswith("嘎查") for n in names_of(text, "Place")), sorted(names_of(text, "Place"))


def test_tibetan_names_with_common_characters_are_read_whole():
    text = "果洛州委书记吴晓军深入玛沁县调研，县委书记尕玛松保、县长索南才让太陪同。"
    officials = names_of(text, "Official")
    assert {"尕玛松保", "索南才让太"} <= officials, sorted(officials)


def test_a_county_body_printed_with_its_city_is_one_node_with_its_later_abbreviation():
    r = extracted("衡阳市祁东县县委书记李明出席会议。会上，县委常委会研究了有关工作。")
    agencies = [e.name for e in r.entities if e.type == "Agency"]
    assert agencies.count("中共祁东县委员会") == 1 and len(agencies) == 1, agencies


def test_a_rare_surname_of_the_south_west_after_a_title():
    text = "摆贝村党支部书记、村委会主任滚德明介绍，村里的蜡染合作社发展很快。"
    assert "滚德明" in names_of(text, "Official"), sorted(names_of(text, "Official"))


@pytest.mark.parametrize("issuers", ["甘肃省林业和草原局", "甘肃省林业和草原局　甘肃省农业农村厅"])
def test_the_bodies_on_the_line_above_a_notice_s_title_issue_it(issuers):
    text = (f"{issuers}\n关于公布第二批甘肃省森林乡村名单的通知\n各市（州）林业和草原局：\n"
            "经审核，决定将以下村公布为第二批甘肃省森林乡村。\n1.天水市麦积区甘泉镇双桥村\n2.陇南市康县长坝镇花桥村\n")
    links = pairs_of(text, "implements")
    doers = {d for d, s in links if s.endswith("森林乡村")}
    assert set(issuers.split("　")) <= doers, sorted(links)
    assert {"双桥村", "花桥村"} <= doers, sorted(links)


def test_after_a_purpose_frame_the_first_clause_a_body_opens_gives_the_doer():
    text = ("为贯彻落实《湖南省人民政府办公厅关于加快油茶产业发展的意见》，进一步做大做强平江县油茶产业，"
            "平江县林业局牵头起草了《平江县油茶产业发展扶持办法》。")
    links = pairs_of(text, "implements")
    scheme = "《湖南省人民政府办公厅关于加快油茶产业发展的意见》"
    assert ("平江县林业局", scheme) in links, sorted(links)
    assert ("平江县", scheme) not in links, sorted(links)


@pytest.mark.parametrize("text", [
    "经查，某村党支部书记王某某违规发放补贴，受到党内警告处分。",
    "县长王某出席会议并讲话。",
])
def test_an_anonymised_name_after_a_title_is_no_official(text):
    assert not names_of(text, "Official") and not names_of(text, "Person"), (names_of(text, "Official"),
                                                                            names_of(text, "Person"))
