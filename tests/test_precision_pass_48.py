"""Classes a second pass over the held-out sets and the leads they left showed.

- A nation-wide drive as broad as 乡村振兴 (脱贫攻坚 and its other name 精准扶贫: "broad" in programmes.jsonl) is a
  generic aim when printed alone (推进脱贫攻坚, 调研脱贫攻坚工作, 全县脱贫攻坚情况): no programme, and so nobody carries
  it out. Across the held-out sets and the dev gold it is printed in 37 passages and never a required programme. It
  stays known, so that the longer names it opens (…脱贫攻坚供水工程) and the phrases around it (脱贫攻坚期间,
  巩固拓展脱贫攻坚成果) are still read as before.
- A unit numbered at the start of its name (纪委第一监督检查室: a UnitOrdinal before the words of its work) or by a bare
  numeral right before its head (组织部干部二科, 监委监督检查三室, 治安支队一大队: UnitNumeral in agency_grammar.jsonl)
  is a unit of the body before it, and the official whose title follows holds its post; a numeral alone names a unit
  only before a two-character head or the head's own title (一大队大队长, not 一大队大队).
- The ministry's list of towns and villages whose special rural industry passes a hundred million or a billion yuan
  (全国乡村特色产业超十亿元镇, …超亿元村: 亿元镇, 亿元村 as DesignationHead in designations.jsonl) is a designation: the
  places that enter it carry it out; a sentence of income in 亿元 before 村 is none.
- A line that opens a list (…如下：) after printing a designation by name (在第五批全国“一村一品”示范村镇中，湖南入选的村镇
  如下：) opens that designation's list, though another was named after it earlier in the article.
- A festival named after a role (农民丰收节: AfterRoleNoun in people.jsonl) is no person after the role.
- 就业 is a field of government work (AgencyField): a bureau's 就业股 is its unit, though 就 stops other names.

Texts written for these tests in our own words."""
import pytest

from conftest import names_of, pairs_of, programmes_and_links


@pytest.mark.parametrize("text", [
    "7月3日，省委书记王大海到石阳县调研脱贫攻坚工作，对该县脱贫攻坚工作有了深入了解。\n",
    "县长李小山介绍了全县脱贫攻坚情况和三个致富产业的发展情况。\n",
    "石阳县交通运输局扎实推进脱贫攻坚，建成通村公路300公里。\n",
    "近年来，石阳县坚持精准扶贫，全县12个贫困村全部出列。\n",
])
def test_a_broad_drive_printed_alone_is_no_programme(text):
    progs, links = programmes_and_links(text)
    assert not progs & {"脱贫攻坚", "精准扶贫"}, sorted(progs)
    assert not any(o in ("脱贫攻坚", "精准扶贫") for _, o in links), sorted(links)


def test_a_longer_name_a_broad_drive_opens_stays_a_programme():
    progs, links = programmes_and_links("3月5日，石阳县脱贫攻坚饮水保障工程开工，县水利局负责建设。\n")
    assert any(p.endswith("脱贫攻坚饮水保障工程") for p in progs), sorted(progs)
    # a known scheme that is no broad drive, printed alone, stays a programme at work
    progs, links = programmes_and_links("近年来，石阳县全力推进厕所革命，全县农户改厕持续推进。\n")
    assert "厕所革命" in progs, sorted(progs)


@pytest.mark.parametrize("text,unit,parent,official", [
    ("桃源县纪委第一监督检查室副主任赵明辉参加了座谈。\n",
     "桃源县纪律检查委员会第一监督检查室", "桃源县纪律检查委员会", "赵明辉"),
    ("中共桃源县委组织部干部三科科长孙晓燕带队到漳江镇考察。\n",
     "中共桃源县委组织部干部三科", "中共桃源县委组织部", "孙晓燕"),
    ("常德市公安局交警支队二大队大队长周立新介绍了春运情况。\n",
     "常德市公安局交通警察支队二大队", "常德市公安局交通警察支队", "周立新"),
    ("桃源县人力资源和社会保障局就业股股长吴海波说，今年新增就业岗位800个。\n",
     "桃源县人力资源和社会保障局就业股", "桃源县人力资源和社会保障局", "吴海波"),
])
def test_a_numbered_unit_and_its_head(text, unit, parent, official):
    assert (unit, parent) in pairs_of(text, "subOrganizationOf"), sorted(pairs_of(text, "subOrganizationOf"))
    assert (official, unit) in pairs_of(text, "holdsPost"), sorted(pairs_of(text, "holdsPost"))


def test_a_numeral_after_a_body_names_no_unit_before_a_short_head_without_its_title():
    bodies = {o for _, o in pairs_of("常德市公安局一名民警说，今年共查处酒驾案件30起。\n", "locatedIn")}
    assert not any(b.endswith("一名") or "公安局一" in b for b in bodies), sorted(bodies)


def test_a_list_of_towns_and_villages_by_industry_output_is_a_designation():
    progs, links = programmes_and_links("近日，农业农村部公布全国乡村特色产业超十亿元镇名单，湘潭县易俗河镇成功入围。\n")
    assert "全国乡村特色产业超十亿元镇" in progs, sorted(progs)
    assert ("易俗河镇", "全国乡村特色产业超十亿元镇") in links, sorted(links)
    progs, links = programmes_and_links("该村集体经济收入突破亿元村民人均分红3000元。\n")
    assert not progs, sorted(progs)


LISTED = """近日，农业农村部公布第五批全国“一村一品”示范村镇及2025年全国农业产业强镇名单，湖南有多个村镇入选。
在第五批全国“一村一品”示范村镇中，湖南入选的部分村镇如下：
长沙市浏阳市大围山镇(花木)
常德市桃源县茶庵铺镇(茶叶)
"""


def test_a_list_opened_by_a_line_that_names_its_designation_is_that_designations():
    progs, links = programmes_and_links(LISTED)
    members = {s for s, o in links if o.endswith("示范村镇")}
    assert {"大围山镇", "茶庵铺镇"} <= members, sorted(links)
    assert not any(o.endswith("产业强镇") and s in ("大围山镇", "茶庵铺镇") for s, o in links), sorted(links)


def test_a_festival_named_after_a_role_is_no_person():
    text = "9月23日，桃源县茶庵铺镇举办了农民丰收节。\n"
    assert not names_of(text, "Person"), names_of(text, "Person")
    # a speech verb after it still makes a name of it, as for the other nouns of the kind
    assert "丰收节" in names_of("村民丰收节说，今年的稻谷收成不错。\n", "Person")
