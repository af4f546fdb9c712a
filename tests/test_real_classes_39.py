"""Classes the thirty-ninth own people set showed (passages rewritten from real city and district news of 山东, 北京,
天津, 上海 and 江苏: a city bureau's visit to a district bureau, a police detachment's numbered brigades, street offices'
Party working committees, community Party committees and their secretaries, a district's notice praising street offices
and residents' committees, a report's authors listed with their posts, a city Party department's visit to a county's
development zone, a township's food and drug station), each row a text written for this test, with other places and
names than the set's.

- Names printed before their posts with a colon, one a line (张某：某街道党工委书记。, 李某：某街道党工委副书记（挂职，…）。,
  the authors of a report, a page of leaders): read as people with no post, the first one even as the role's name of the
  lead line above (本文作者：). A line that opens with a name and a colon (NameLineColon) and whose chain of posts runs to
  the line's end, closed perhaps by a bracketed note and 。 (NameLineClose), makes the name an official holding those
  posts; the cleaning keeps such a line apart from a lead that ends in a colon.
- A sub-unit read across a verb (某街道办事处获评市先进街道办事处, 某市委组织部感谢某县委): 获评, 评为 and 感谢 are AgencyStopWords;
  and a title of merit right before a level's word (先进街道, 模范乡: HonourBeforeLevel) is no place the gazetteer holds
  elsewhere.
- A name run into an adverb of time after it (某某准时在社区开播): 准时 and 按时 close a name.
- A street's Party working committee printed with the street's level again (某街道街党工委, as Tianjin's papers print it).
- A street's office for Party building printed short (某街道党建办副主任): 党建办 is 党建工作办公室.
- A division of a bureau whose name opens with a field that holds a stop word (市民政局社会组织党建处): the field
  (社会组织) is read whole, and only the rest of the name may stop it.
- A department's affairs member (部务委员) and a division printed bare after it in the same chain (某市委组织部部务委员、
  综合干部处处长某某): 部务委员 is a post of the department, and the 处 is the department's (a 处 printed bare is a unit of
  the 厅 or the 部 named before it; 干部 may stand in a unit's name there).
- A community's bare 社区书记 in a text that names that community's Party committee (某社区书记某某…某社区党委书记): the
  committee's post, not a branch's the title implies.
- A township's food and drug station printed short (某镇食品药品监管站): the county bureau's station in that town.
- A bare 区 in an article that names two districts equally often (甲区某街道…，由区住建委牵头…；乙区某街道…): the district
  printed last before it, not the first in the order of their codes.
"""
import pytest

from conftest import check_reading, names_of, pairs_of, read_names


NAME_LINE_ROWS = [
    ("a report's authors, each name then a colon and a street's posts",
     "课题组成员：\n王红梅：北新桥街道党工委书记。\n赵建国：北新桥街道办事处主任。\n孙立：北新桥街道党工委副书记（挂职，派出单位为某大学）。\n",
     {("Official", "王红梅"), ("Official", "赵建国"), ("Official", "孙立")},
     {("王红梅", "holdsPost", "中共北京市东城区北新桥街道工作委员会"),
      ("赵建国", "holdsPost", "北京市东城区北新桥街道办事处"),
      ("孙立", "holdsPost", "中共北京市东城区北新桥街道工作委员会")},
     set()),
    ("a page of leaders, full-width colons",
     "领导信息\n陈志强：江宁区秣陵街道党工委书记。\n刘敏：江宁区秣陵街道办事处主任。\n",
     {("Official", "陈志强"), ("Official", "刘敏")},
     {("陈志强", "holdsPost", "中共南京市江宁区秣陵街道工作委员会"),
      ("刘敏", "holdsPost", "南京市江宁区秣陵街道办事处")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", NAME_LINE_ROWS, ids=[r[0] for r in NAME_LINE_ROWS])
def test_a_name_then_a_colon_and_its_posts_one_a_line(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
    # 会议指出： opens prose, and 王明：我们村的书记。 names no body: no official there
    prose = "会议指出：各级党委要把责任扛在肩上。\n王明：我们村的书记。\n"
    assert not any(t == "Official" for t, _ in read_names(nlp, prose)[0])


ACROSS_VERB_ROWS = [
    ("a street office that won an honour",
     "经评选，我区嘉兴路街道办事处获评市先进街道办事处，欧阳路街道获评市文明街道。",
     {("Agency", "上海市虹口区嘉兴路街道办事处")}, set(),
     {"上海市虹口区嘉兴路街道办事处获评市先进街道办事处", "先进街道", "先进街道办事处"}),
    ("a department that thanks a county's committee",
     "会上，泰州市委宣传部感谢兴化市委、市政府的支持。",
     {("Agency", "中共泰州市委宣传部"), ("Agency", "中共兴化市委员会")}, set(),
     {"中共泰州市委宣传部感谢兴化市委员会"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ACROSS_VERB_ROWS, ids=[r[0] for r in ACROSS_VERB_ROWS])
def test_no_body_across_a_verb_and_no_place_of_an_honour(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_an_adverb_of_time_closes_a_name(nlp):
    check_reading(nlp, "上午9点，河西区友谊路街道友谊里社区党委副书记李娟准时在直播间开播。",
                  {("Official", "李娟")},
                  {("李娟", "holdsPost", "中共天津市河西区友谊路街道友谊里社区委员会")},
                  {"李娟准"})


def test_a_street_committee_printed_with_the_level_again(nlp):
    check_reading(nlp, "疫情发生后，河北区望海楼街道街党工委组织党员下沉社区。",
                  {("Agency", "中共天津市河北区望海楼街道工作委员会")},
                  {("中共天津市河北区望海楼街道工作委员会", "locatedIn", "望海楼街道")}, set())


def test_a_street_office_for_party_building(nlp):
    check_reading(nlp, "周浦镇召开会议。\n吴丹：浦东新区周家渡街道党建办副主任。\n",
                  {("Official", "吴丹")},
                  {("吴丹", "holdsPost", "上海市浦东新区周家渡街道党建工作办公室")}, set())


def test_a_bureau_division_opened_by_a_field_with_a_stop_word(nlp):
    facts = pairs_of("李强是河北省民政厅社会组织党建处的一名干部，在社区值守。", "subOrganizationOf")
    assert ("河北省民政厅社会组织党建处", "河北省民政厅") in facts
    # 组织 alone is the verb, no field opening a unit's name: no 某局组织县某中心
    assert not any("组织县" in n for n in names_of("临洮县农业农村局组织县农业技术推广中心开展培训。", "Agency"))


def test_a_department_member_and_its_division_printed_bare(nlp):
    check_reading(nlp, "扬州市委组织部部务委员、干部监督处处长吴涛出席座谈会。",
                  {("Official", "吴涛"), ("Agency", "中共扬州市委组织部干部监督处")},
                  {("吴涛", "holdsPost", "中共扬州市委组织部"), ("吴涛", "holdsPost", "中共扬州市委组织部干部监督处"),
                   ("中共扬州市委组织部干部监督处", "subOrganizationOf", "中共扬州市委组织部")}, set())


def test_a_bare_community_secretary_holds_the_committee_the_text_names(nlp):
    text = "朝阳区团结湖街道团结湖社区书记马丽介绍，团结湖社区党委组织党员值守。"
    check_reading(nlp, text, {("Official", "马丽")},
                  {("马丽", "holdsPost", "中共北京市朝阳区团结湖街道团结湖社区委员会")}, set(),
                  absent_facts={("马丽", "holdsPost", "中共北京市朝阳区团结湖街道团结湖社区支部委员会")})


def test_a_township_food_and_drug_station(nlp):
    assert "诸城市石桥子镇食品药品监督管理站" in names_of("检查组到诸城市石桥子镇食品药品监管站查看台账。", "Agency")


def test_a_bare_district_in_an_article_naming_two_districts_equally(nlp):
    text = ("去年，河北区望海楼街道的一栋老楼换了新电梯。由于牵涉部门多，由区住建委牵头落实。\n"
            "在河东区大王庄街道，社区党委组织党员值守。")
    located = pairs_of(text, "locatedIn")
    assert any(a.endswith("住房和城乡建设委员会") and p == "河北区" for a, p in located), located
    assert not any(a.endswith("住房和城乡建设委员会") and p == "河东区" for a, p in located), located
