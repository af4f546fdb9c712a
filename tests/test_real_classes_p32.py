"""Classes the thirty-second programme set (广东's 百千万工程 outside 江门: command posts, typical towns, town-support teams
and their units, a town's implementation plan; rewritten from real news) showed.

- 总指挥 and 副总指挥 are posts: the head of a command post named after a scheme, printed in a chain after a Party post
  (某县委书记、县“某某工程”指挥部总指挥某某), holds both posts and is an official, not a person without a post.
- 我市 and 我县 stand for the article's own place: not the last of a list of peer places printed before them (汕头、韶关…
  和云浮, 甲县甲镇、乙市乙镇), where the article's place is named before the list (PeerListMark, Pronoun "own").
- The bodies a document's title opens with before 关于 (《中共某省委关于…的决定》, 《某县委、某县人民政府关于…的意见》)
  issue it and carry it out, wherever the title is printed.
- A title that cites another in 〈〉 and ends in 实施方案 or the like (CitingPlanHead) is a plan of its own
  (《某区委、某区人民政府关于贯彻落实〈…〉的实施方案》); a report citing another (关于检查〈…〉实施情况的报告) is still none.
- A park's management committee named by a city's short name and 高新技术产业园区 (ZoneKind) is that park's, whole.
- Bodies listed before 等帮扶单位 or 等组团单位 (SupportUnitClose) carry out the scheme the sentence names after them.
- A second verb after a governing one (谋划推进…) is no part of a name, and a document's head before 和 ends the first
  of two objects (某某规划和某某计划: the name is the last).
- Verbs of allotting money (安排, 下达, 拨付) end no body's name and may stand before an abbreviated body
  (省财政安排省住建厅: the province's housing department alone).
- A team printed from 驻 with no sender before it (，驻某镇帮扶工作队队长…) keeps 驻 in its name and is no body of the town.

Texts written for these tests in our own words, with places, bodies and people other than those of the set."""
from conftest import names_of, pairs_of, programmes_and_links, typed_names


def test_a_command_posts_head_in_a_chain_holds_both_posts():
    text = "10月8日，佛冈县委书记、县“百千万工程”指挥部总指挥李明强到汤塘镇调研典型镇建设。\n"
    assert ("Official", "李明强") in typed_names(text)
    assert ("Person", "李明强") not in typed_names(text)
    held = pairs_of(text, "holdsPost")
    assert {("李明强", "中共佛冈县委员会"), ("李明强", "佛冈县“百千万工程”指挥部")} <= held, sorted(held)
    assert not names_of("演出总指挥李明强说，排练很顺利。\n", "Official")  # a conductor holds no post


def test_a_deputy_head_of_a_command_post_holds_it():
    text = "6月5日，阳江市委副书记、市长，市“百千万工程”指挥部副总指挥杜卫东出席活动。\n"
    held = pairs_of(text, "holdsPost")
    assert ("杜卫东", "阳江市“百千万工程”指挥部") in held, sorted(held)


OWN_CITY = (
    "阳江11镇获培育资金\n"
    "今年，阳江有11个镇获得第二批典型镇培育资金。资金覆盖全省14个地市，分别是汕头、韶关、河源、梅州、惠州和云浮。\n"
    "我市将加快典型镇、典型村的培育建设，确保“百千万工程”稳步推进。\n"
)


def test_our_city_is_the_articles_city_not_the_last_of_a_list():
    _, links = programmes_and_links(OWN_CITY)
    assert ("阳江市", "百千万工程") in links, sorted(links)
    assert ("云浮市", "百千万工程") not in links, sorted(links)
    # with no list, the last city named
    _, links = programmes_and_links("茂名有12个镇入选。\n我市将确保“百千万工程”稳步推进。\n")
    assert ("茂名市", "百千万工程") in links, sorted(links)


def test_the_bodies_a_titles_opens_with_issue_it():
    progs, links = programmes_and_links(
        "会议学习了《中共江西省委、江西省人民政府关于推进和美乡村建设的意见》，并研究了贯彻措施。\n")
    name = "《中共江西省委、江西省人民政府关于推进和美乡村建设的意见》"
    assert name in progs, sorted(progs)
    assert {("中共江西省委员会", name), ("江西省人民政府", name)} <= links, sorted(links)


def test_one_body_opening_a_title_issues_it():
    name = "《中共湖南省委关于实施“千村美丽”工程的决定》"
    _, links = programmes_and_links(f"为贯彻{name}，我县制定了工作方案。\n")
    assert ("中共湖南省委员会", name) in links, sorted(links)


CITING_PLAN = "《中共丰县委、丰县人民政府关于贯彻落实〈中共徐州市委关于实施“百村示范”工程的决定〉的实施方案》"


def test_a_plan_citing_another_title_is_a_programme_its_issuers_carry_out():
    progs, links = programmes_and_links(f"为落实{CITING_PLAN}，我镇开展了专项行动。\n")
    assert CITING_PLAN in progs, sorted(progs)
    assert {("中共丰县委员会", CITING_PLAN), ("丰县人民政府", CITING_PLAN)} <= links, sorted(links)
    # a report that cites another title is still no programme
    progs, _ = programmes_and_links("会议审议了《关于检查〈某省乡村振兴促进条例〉实施情况的报告》。\n")
    assert not any(p.endswith("报告》") for p in progs), sorted(progs)


def test_a_high_tech_parks_committee_is_read_whole():
    text = "广州市科技局副局长雷振华，河源高新技术产业园区管委会主任孔德明陪同调研。\n"
    agencies = names_of(text, "Agency")
    assert "河源高新技术产业园区管理委员会" in agencies, sorted(agencies)
    assert not any(a.endswith("技术产业园区管理委员会") and a.startswith("广州") for a in agencies), sorted(agencies)
    assert ("孔德明", "河源高新技术产业园区管理委员会") in pairs_of(text, "holdsPost")


def test_units_listed_as_support_units_carry_out_the_scheme():
    text = ("当天，福田区教育局、福田区卫生健康局和深圳某某投资有限公司等帮扶单位负责人来到紫金县龙窝镇，"
            "了解驻镇帮镇扶村工作进展。\n")
    _, links = programmes_and_links(text)
    assert {("深圳市福田区教育局", "驻镇帮镇扶村"), ("深圳市福田区卫生健康局", "驻镇帮镇扶村")} <= links, sorted(links)


def test_bodies_outside_the_support_list_do_not():
    text = ("福田区教育局负责人介绍了情况。当天，福田区卫生健康局等组团单位负责人来到紫金县龙窝镇，"
            "了解驻镇帮镇扶村工作进展。\n")
    _, links = programmes_and_links(text)
    assert ("深圳市福田区卫生健康局", "驻镇帮镇扶村") in links, sorted(links)
    assert ("深圳市福田区教育局", "驻镇帮镇扶村") not in links, sorted(links)


def test_a_verb_chain_and_a_document_before_and_are_no_part_of_a_name():
    progs, _ = programmes_and_links("四个多月来，工作队谋划推进镇域产业振兴规划和强镇富村计划，引入金融力量。\n")
    assert "强镇富村计划" in progs, sorted(progs)
    assert not any(p.startswith(("推进", "镇域")) for p in progs), sorted(progs)


def test_a_verb_of_allotting_money_ends_no_bodys_name():
    text = "阳江9镇获资金\n今年省财政新增安排省住建厅典型镇培育资金12亿元，阳江有9个镇获得资金。\n"
    agencies = names_of(text, "Agency")
    assert "广东省住房和城乡建设厅" in agencies, sorted(agencies)
    assert not any("安排" in a for a in agencies), sorted(agencies)


def test_a_team_printed_from_stationed_at_keeps_its_name():
    text = "座谈会上，驻陂洋镇帮扶工作队队长林志伟介绍了汕尾市陆丰市陂洋镇的情况。\n"
    agencies = names_of(text, "Agency")
    assert "驻陂洋镇帮扶工作队" in agencies, sorted(agencies)
    assert ("林志伟", "驻陂洋镇帮扶工作队") in pairs_of(text, "holdsPost")
    # a team printed with its sender keeps the sender
    agencies = names_of("英德市驻连江口镇帮扶工作队队长李明介绍情况。\n", "Agency")
    assert "英德市驻连江口镇帮扶工作队" in agencies, sorted(agencies)

