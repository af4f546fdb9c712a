"""Classes the thirty-seventh programme set (designation notices of 湖南, pairing assistance between 深圳, 东莞 and 韶关,
汕尾 and 贵州's counties, east-west co-operation of 佛山 and 广州 with 黔东南, 毕节, 安顺 and 黔南, rewritten from real
news) showed.

- A list's heading short enough to join the run of short lines above it (a sign-off 某省人民政府 with its date set aside,
  then 某某示范村名单（节选）, then one place a line): the lines under the heading are its items, each its own place and
  its own member, not one run-on paragraph (kg/structure.py).
- A delegation that goes to a province's first city and the places coordinated after it (赴某省甲市、乙市和丙州推进东西部
  协作): every place after 赴 is gone to, and carries out the co-operation with the delegation's place, not only the first.
- A cadres' meeting held for a scheme (某指挥部召开乡村振兴驻镇帮镇扶村干部大会: 干部大会 a Meeting in
  relation_cues.jsonl): the body that holds it carries the scheme out, as one that holds its 推进会 does.
- 州里 (the prefecture as an actor: AbbreviationLocative in agency_grammar.jsonl) is no abbreviation of a body whose name
  runs on through the verbs after it (州里随即召集州人社局 is no body), as 县里 and 市里 were not; and a body abbreviated by
  its level right after 召集 (BeforeAbbreviationWord) is read, as one after 组织 is.
- A notice's own proposal of a designation's members, its clause opened by 拟推荐 with no subject (拟推荐甲市乙镇等10个乡镇为
  全省…示范乡镇: OwnProposal in relation_cues.jsonl): the body that signs the notice on its last line proposes them and
  carries the designation out with its members; not where the last line is no body's.
- A jurisdiction's leading group named by its task with the task's verb first (某省推进东西部协作工作领导小组办公室: the
  CommitteeTaskVerb and CommitteeTaskHead a Party committee's groups already had) is a body of its own.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import names_of, pairs_of, programmes_and_links


def test_a_short_list_heading_under_a_sign_off_heads_its_list():
    text = ("江西省人民政府关于授予四个村“江西省生态文明建设示范村”称号的决定\n"
            "各市州人民政府：\n"
            "经各地推荐、省有关部门审核，省人民政府决定授予下列村“江西省生态文明建设示范村”称号。\n"
            "江西省人民政府\n"
            "2019年3月2日\n"
            "江西省生态文明建设示范村名单（节选）\n"
            "婺源县江湾镇汪口村\n"
            "德兴市花桥镇占才村\n"
            "资溪县乌石镇新月村\n"
            "铜鼓县温泉镇东浒村\n")
    progs, links = programmes_and_links(text)
    members = {d for d, p in links if "生态文明建设示范村" in p}
    assert {"汪口村", "占才村", "新月村", "东浒村"} <= members, sorted(links)
    # each line is its own place: the town of the next line is no part of the county of the line before
    parts = pairs_of(text, "partOf")
    assert ("花桥镇", "德兴市") in parts and ("乌石镇", "资溪县") in parts, sorted(parts)
    assert ("花桥镇", "婺源县") not in parts, sorted(parts)


def test_a_run_of_short_lines_with_no_heading_is_no_list():
    # short lines of prose with no line that announces a list stay as they were: nothing is made a member
    progs, links = programmes_and_links("江西省人民政府\n婺源县江湾镇汪口村\n德兴市花桥镇占才村\n资溪县乌石镇新月村\n铜鼓县温泉镇东浒村\n")
    assert not links, sorted(links)


def test_every_place_a_delegation_goes_to_carries_out_the_cooperation():
    progs, links = programmes_and_links(
        "6月3日至5日，佛山市委书记赵明率佛山市党政代表团赴云南省昭通市、曲靖市和文山州推进东西部协作工作。")
    doers = {d for d, p in links if p == "东西部协作"}
    assert {"佛山市", "昭通市", "曲靖市"} <= doers and any(d.startswith("文山") for d in doers), sorted(links)
    # the places a sentence names after the co-operation are sites, not partners
    _, links = programmes_and_links("佛山市党政代表团赴云南省昭通市推进东西部协作工作，并考察了曲靖市、玉溪市的项目。")
    doers = {d for d, p in links if p == "东西部协作"}
    assert "昭通市" in doers and not {"曲靖市", "玉溪市"} & doers, sorted(links)


def test_the_body_that_holds_a_cadres_meeting_for_a_scheme_carries_it_out():
    progs, links = programmes_and_links("9月2日，广州对口帮扶梅州指挥部召开乡村振兴驻镇帮镇扶村干部大会，部署下一阶段工作。")
    assert any("驻镇帮镇扶村" in p for p in progs), sorted(progs)
    assert any(d.endswith("对口帮扶梅州指挥部") and "驻镇帮镇扶村" in p for d, p in links), sorted(links)


def test_the_prefecture_as_an_actor_is_no_body_and_the_bodies_it_calls_are_read():
    agencies = names_of("文山州高度重视对口帮扶。州里随即召集州人社局、州商务局负责人与广州市有关部门座谈。", "Agency")
    assert not any("召集" in a or "随即" in a for a in agencies), sorted(agencies)
    assert {"文山壮族苗族自治州人力资源和社会保障局", "文山壮族苗族自治州商务局"} <= agencies, sorted(agencies)
    # 州 printed before a body's name is still the prefecture's abbreviation
    agencies = names_of("文山州召开会议，州委书记李华出席。州教育局负责人作了发言。", "Agency")
    assert "文山壮族苗族自治州教育局" in agencies, sorted(agencies)


def test_a_provinces_leading_group_named_by_its_task_verb_first():
    agencies = names_of("云南省推进东西部协作工作领导小组办公室近日印发了年度工作要点。", "Agency")
    assert "云南省推进东西部协作工作领导小组办公室" in agencies, sorted(agencies)
    # a verb after the place that names no group is no body
    agencies = names_of("云南省推进东西部协作工作取得新进展，两地领导小组将定期会商。", "Agency")
    assert not any(a.startswith("云南省推进") for a in agencies), sorted(agencies)


def test_the_body_that_signs_a_notice_proposes_the_members_its_clause_names_with_no_subject():
    body = ("经各设区市推荐、省级部门评审，拟推荐南昌县黄马乡等8个乡镇为全省乡村治理示范乡镇，"
            "拟推荐婺源县江湾镇汪口村等30个村为全省乡村治理示范村。\n")
    progs, links = programmes_and_links("关于拟推荐全省乡村治理示范村镇名单的公示\n" + body + "江西省农业农村厅\n2023年11月2日\n")
    assert ("江西省农业农村厅", "江西省乡村治理示范乡镇") in links, sorted(links)
    assert ("江西省农业农村厅", "江西省乡村治理示范村") in links, sorted(links)
    assert ("汪口村", "江西省乡村治理示范村") in links, sorted(links)
    # a last line that is no body's signs nothing
    progs, links = programmes_and_links("关于拟推荐全省乡村治理示范村镇名单的公示\n" + body + "如有异议请来电反映。\n2023年11月2日\n")
    assert not any(d.endswith(("厅", "局")) for d, _ in links), sorted(links)
