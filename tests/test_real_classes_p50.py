"""Classes the fiftieth programme set (the bodies set up to run a scheme and their people in news of 浙江, 江苏, 四川, 湖南
and 陕西: a city Party committee's rural-work leading group and its office hung up in a bureau, a city's campaign with its
lead official and 专班 member units, a district's command office of a quoted innovation zone, a county's poverty command
post (also its leading group) holding its 46th meeting, a city's leading group for a zone of economic cooperation with its
deputy heads named in long title chains, three cities' joint meeting on their integration, a province's joint meeting for a
new area with its office in the area's committee, a province's notice listing a joint meeting's conveners and members;
rewritten from real news) showed.

- A place that opens the name of a body or a meeting right after the verb that holds or attends it (主持召开某县…指挥部第
  3次会议, 出席某市…局会议: BeforePlaceWord 召开, 出席, 参加, 列席, places.jsonl) is read, though glued to the verb.
- A line of a group's member list may open with the member's role and a colon before the name and the posts (总召集人：某某
  省委常委、常务副省长; 成员：某某 省财政厅副厅长: NameLineRole, people.jsonl), and a name line whose only post is a
  government head's title (某某 副省长) makes an official of the page's province.
- A standing joint meeting of a scheme's bodies (…工作联席会议, set up after 建立; BodyHead 工作联席会议, TaskGroupLead 建立,
  BodyShortForm 联席会议: 联席会议办公室设在… is its office) is a body; a province's own notice that sets one up makes it the
  province's; a bare word of work (建设) after the verb names no group (某新区建立建设工作联席会议制度).
- A group set up by a name that opens with the home's Party committee (成立市委农村工作领导小组) is that committee's group,
  中共某市委…, not 某市市委….
- A zone a standing group is named after (某市某某试验区建设领导小组, GroupSchemeHead, GroupSchemeBody) is a scheme where the
  text prints its name again by itself, and the group and its office carry it out.
- A scheme of making cities one named by a character of each city (长株潭一体化发展, 成德眉资同城化; programmes.jsonl, and
  BlendedJointHead in relation_cues.jsonl) is carried out by those cities where its article names every one.
- A reply in 《》 that approves a zone or a plan (《国务院关于同意设立某某新区的批复》: DocumentHead 批复) is a document.

Left: a quote of two characters that reads as a count (“两湖”创新区: 两 + 湖), a title chain broken by a quoted scheme's
name (市政协主席、“某某争先战”牵头领导某某), a member list after 名单如下： whose first line opens with 总召集人 (the
committee in the chain is not read there), a name that reads as a title (庄长兴), a new area the gazetteer puts in one city
(西咸新区 in 西安市), a bare place before 这个 (上海这个…龙头), places inside a corridor's name (杭州城西科创大走廊德清片区).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import names_of, pairs_of, programmes_and_links


def test_a_place_opening_a_meeting_body_after_the_verb_is_read():
    text = "4月9日，县委副书记、县长王立新主持召开旺苍县乡村振兴指挥部第12次会议，听取各乡镇工作汇报。\n"
    assert "旺苍县" in names_of(text, "Place")
    assert "旺苍县乡村振兴指挥部" in names_of(text, "Agency")
    assert ("王立新", "旺苍县人民政府") in pairs_of(text, "holdsPost")


def test_a_place_opening_a_bureau_meeting_after_attend_is_read():
    text = "6月2日，副县长赵明出席苍溪县交通运输局会议，研究农村公路养护工作。\n"
    assert "苍溪县交通运输局" in names_of(text, "Agency")


def test_member_lines_may_open_with_the_role():
    text = ("湖北省人民政府关于建立某某工作联席会议制度的通知\n"
            "召集人：周志平 省委常委、常务副省长\n"
            "副召集人：吴建华 副省长\n"
            "成员：孙立军 省财政厅副厅长\n")
    officials = names_of(text, "Official")
    assert {"周志平", "吴建华", "孙立军"} <= officials, sorted(officials)
    posts = pairs_of(text, "holdsPost")
    assert ("周志平", "中共湖北省委员会") in posts
    assert ("吴建华", "湖北省人民政府") in posts
    assert ("孙立军", "湖北省财政厅") in posts


def test_a_province_notice_sets_up_a_joint_meeting_and_its_office():
    text = ("湖北省人民政府关于建立农村寄递物流体系建设工作联席会议制度的通知\n"
            "为推进全省农村寄递物流体系建设，省政府决定建立农村寄递物流体系建设工作联席会议制度。"
            "联席会议办公室设在省邮政管理局，负责联席会议的日常工作。\n")
    bodies = names_of(text, "Agency")
    assert "湖北省农村寄递物流体系建设工作联席会议" in bodies, sorted(bodies)
    assert "湖北省农村寄递物流体系建设工作联席会议办公室" in bodies, sorted(bodies)
    assert ("湖北省农村寄递物流体系建设工作联席会议办公室", "湖北省农村寄递物流体系建设工作联席会议") \
        in pairs_of(text, "subOrganizationOf")


def test_a_joint_meeting_named_after_its_area_and_no_bare_work_word():
    text = ("兰州新区建立建设工作联席会议制度\n"
            "近日，甘肃省政府办公厅印发通知，建立兰州新区建设工作联席会议制度。联席会议办公室设在兰州新区管委会。\n")
    bodies = names_of(text, "Agency")
    assert any(n.endswith("兰州新区建设工作联席会议") for n in bodies), sorted(bodies)
    assert any(n.endswith("兰州新区建设工作联席会议办公室") for n in bodies), sorted(bodies)
    assert not any(n.endswith("建设工作联席会议") and "新区" not in n for n in bodies), sorted(bodies)


def test_a_group_set_up_under_the_home_party_committee_is_named_with_it():
    text = ("中共东阳市委农村工作领导小组办公室挂牌\n"
            "近日，东阳市转设成立市委农村工作领导小组及其办公室。市委农村工作领导小组是市委的议事协调机构，"
            "领导小组办公室设在市农业农村局。\n")
    bodies = names_of(text, "Agency")
    assert "中共东阳市委农村工作领导小组" in bodies, sorted(bodies)
    assert "东阳市市委农村工作领导小组" not in bodies, sorted(bodies)


def test_a_zone_a_group_is_named_after_is_a_scheme_it_carries_out():
    text = ("甘孜州川青经济协作试验区建设领导小组办公室召开例会\n"
            "3月8日，领导小组办公室召开例会，要求各成员单位确保川青经济协作试验区建设各项工作按期推进。\n")
    progs, links = programmes_and_links(text)
    assert "川青经济协作试验区" in progs, sorted(progs)
    assert ("甘孜藏族自治州川青经济协作试验区建设领导小组办公室", "川青经济协作试验区") in links \
        or any(d.endswith("川青经济协作试验区建设领导小组办公室") and p == "川青经济协作试验区" for d, p in links), sorted(links)
    # printed only inside a body's name, the zone is no scheme at work
    progs, _ = programmes_and_links("4月1日，甘孜州川青经济协作试验区建设领导小组召开会议，听取各县汇报。\n")
    assert "川青经济协作试验区" not in progs, sorted(progs)


def test_a_blended_integration_scheme_is_carried_out_by_its_cities():
    text = ("四市召开同城化工作推进会\n"
            "会上，成都市、德阳市、眉山市、资阳市分别汇报了工作。会议要求，四市要加快推进成德眉资同城化发展。\n")
    progs, links = programmes_and_links(text)
    assert "成德眉资同城化发展" in progs, sorted(progs)
    for city in ("成都市", "德阳市", "眉山市", "资阳市"):
        assert (city, "成德眉资同城化发展") in links, sorted(links)


def test_an_approving_reply_in_brackets_is_a_document():
    progs, _ = programmes_and_links("为落实《国务院关于同意设立甘肃兰州新区的批复》，省政府办公厅印发了工作方案。\n")
    assert "《国务院关于同意设立甘肃兰州新区的批复》" in progs, sorted(progs)


def test_a_scheme_ending_like_an_integration_beside_towns_that_each_build_is_read():
    # a quoted strategy whose name ends as a cities' integration does (“某旅一体化”战略) beside towns that each build
    # their own part (甲镇、乙镇分别打造…): the scheme is read and the build goes on
    text = ("凤冈县近年来坚持以茶兴县，深入实施“茶旅一体化”战略，进化镇、琊川镇、龙泉镇分别打造茶海观光带。\n"
            "四市召开同城化工作推进会，会议要求成都市、德阳市、眉山市、资阳市加快推进成德眉资同城化发展。\n")
    progs, links = programmes_and_links(text)
    assert "成德眉资同城化发展" in progs, sorted(progs)
    assert ("德阳市", "成德眉资同城化发展") in links, sorted(links)
