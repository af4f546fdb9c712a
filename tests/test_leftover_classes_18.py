"""Classes the seventeenth programme set left, a third part (made-up texts in our own words, with other places and
schemes than the set's).

- A meeting's headline joining two schemes (…召开“某某行动”暨某某制工作推进会): the places given a duty in its article
  carry out the second scheme too, where the article reads it as a scheme; a scheme joined by 和 instead adds
  nothing.
- A quoted name whose head is run on by a plan's word (“某某”产业行动计划中把…, “某某”行动方案): the whole name is read, 中
  after the plan meaning inside it; a head alone before 中 (在“某某”攻坚行动中) or a plan's word after a comma keeps its
  name as before.
- 以工代赈, a national scheme, is a known scheme (its 以 no longer cuts it off): a year and a county before it and a
  project's head after it name one year's project of the county (2026年某县以工代赈项目由…组织实施), whose body and
  sites carry it out. A year set off by a comma stays out of the name, and the scheme before a manner's word
  (采取以工代赈方式) names no project.
- A count word (一批, 若干, 多个) before a name of parks or zones (再建设一批油茶丰产示范园, 建成多个茶叶生态示范园) names works
  built, no designation. A lead that confers right before the count (认定一批…示范园区) or a level opening the name
  (创建一批省级…示范园区) keeps the designation.
- A year before an unquoted project's name after a governing verb stays in the name (实施了2026年黑土地保护利用项目: one
  year's project, as for a known scheme); before a campaign's name (启动2026年…提升行动) it is still trimmed."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402


JOINED_MEETINGS = {
    "a second scheme after 暨, named again in the body":
        ("乐安县召开“清溪行动”暨林长制工作推进会\n6月3日，乐安县召开“清溪行动”暨林长制工作推进会议。全面推行林长制是保护"
         "生态的重要举措。会议要求，鳌溪镇、公溪镇要把巡护任务分解到村。", "林长制", {"鳌溪镇", "公溪镇"}),
    "a second scheme read from the body, a duty after 必须":
        ("南丰县召开“护绿行动”暨河长制工作推进会\n5月9日，南丰县召开推进会。河长制实施以来成效明显。会议强调，白舍镇、"
         "琴城镇必须在月底前完成清淤。", "河长制", {"白舍镇", "琴城镇"}),
}


@pytest.mark.parametrize("text,scheme,places", JOINED_MEETINGS.values(), ids=JOINED_MEETINGS.keys())
def test_places_given_duties_carry_out_the_second_scheme_of_a_joint_meeting(text, scheme, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements" and o == scheme}
    assert places <= found, sorted(facts)


NOT_JOINED = {
    "two schemes joined by 和, not 暨":
        ("南丰县召开“护绿行动”和河长制工作推进会\n5月9日，南丰县召开推进会。河长制实施以来成效明显。会议强调，白舍镇、"
         "琴城镇必须在月底前完成清淤。", "河长制", {"白舍镇", "琴城镇"}),
}


@pytest.mark.parametrize("text,scheme,places", NOT_JOINED.values(), ids=NOT_JOINED.keys())
def test_look_alikes_of_a_joint_meeting_add_no_second_scheme(text, scheme, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements" and o == scheme}
    assert not (places & found), sorted(facts)


PLANS = {
    "a plan's word, then 中 inside the plan":
        ("河南省“双百”产业行动计划中把装备制造列为重点，许昌市积极承接。", "双百”产业行动计划"),
    "a programme's word 方案 after the head":
        ("浙江省印发“千村”美丽行动方案，明确了今年的目标。", "千村”美丽行动方案"),
}


@pytest.mark.parametrize("text,name", PLANS.values(), ids=PLANS.keys())
def test_a_head_run_on_by_a_plans_word_is_read_whole(text, name):
    forms, facts = build(text)
    assert name.replace("”", "") in {f.replace("”", "").replace("“", "") for f in forms}, forms


NOT_PLANS = {
    "a head alone before 中":
        ("许昌市开展“护河”攻坚行动，在“护河”攻坚行动中查处了一批案件。", "护河攻坚行动", "护河攻坚行动中"),
    "a head alone before 中 after 在, a known kind":
        ("在“护河”专项行动中，许昌市查处了一批案件。", "护河专项行动", "护河专项行动中"),
    "a plan's word after a comma":
        ("河南省实施“双百”产业行动，计划明年完成改造。", "双百产业行动", "双百产业行动计划"),
}


@pytest.mark.parametrize("text,name,longer", NOT_PLANS.values(), ids=NOT_PLANS.keys())
def test_look_alikes_of_a_run_on_plan_keep_their_names(text, name, longer):
    forms, facts = build(text)
    read = {f.replace("”", "").replace("“", "") for f in forms}
    assert name in read and longer not in read, forms


WORK_FOR_RELIEF = {
    "a year and a county before the project, its body and sites":
        ("三、项目建设。2026年隆德县以工代赈项目由县发展和改革局组织实施，建设地点位于观庄乡、联财镇，目前已完工。",
         "2026年隆德县以工代赈项目", {"隆德县发展和改革局", "观庄乡", "联财镇"}),
    "a year before the project after a verb":
        ("泾源县今年实施了2026年以工代赈项目，带动群众务工增收。", "2026年以工代赈项目", {"泾源县"}),
}


@pytest.mark.parametrize("text,name,doers", WORK_FOR_RELIEF.values(), ids=WORK_FOR_RELIEF.keys())
def test_a_years_work_for_relief_project_is_read_with_its_doers(text, name, doers):
    forms, facts = build(text)
    assert name in forms, forms
    assert doers <= {s for s, p, o in facts if p == "implements" and o == forms[name]}, sorted(facts)


NOT_A_YEARS_PROJECT = {
    "a year set off by a comma": ("2026年，隆德县以工代赈项目由县发展和改革局组织实施。", "2026年隆德县以工代赈项目"),
    "the scheme as a manner": ("泾源县采取以工代赈方式修建产业路，带动群众务工。", "以工代赈方式"),
}


@pytest.mark.parametrize("text,name", NOT_A_YEARS_PROJECT.values(), ids=NOT_A_YEARS_PROJECT.keys())
def test_look_alikes_of_a_years_project_name_none(text, name):
    forms, facts = build(text)
    assert name not in forms, forms


COUNTED_WORKS = {
    "一批 after a verb of building":
        ("今年，会同县将再建设一批油茶丰产示范园，带动农户增收。", "油茶丰产示范园"),
    "多个 after 建成":
        ("通道县已建成多个茶叶生态示范园，吸纳周边群众就业。", "茶叶生态示范园"),
    "若干个 before a zone":
        ("绥宁县去年建成若干个竹木产业示范区，带动农户增收。", "竹木产业示范区"),
}


@pytest.mark.parametrize("text,works", COUNTED_WORKS.values(), ids=COUNTED_WORKS.keys())
def test_counted_parks_are_works_not_designations(text, works):
    forms, facts = build(text)
    assert not any(works in f for f in forms), forms


CONFERRED_AFTER_A_COUNT = {
    "a lead that confers before the count":
        ("省农业农村厅认定一批现代农业示范园区，会同县油茶示范园区入选。", "现代农业示范园区"),
    "a level opening the name":
        ("会同县今年创建一批省级现代农业示范园区。", "省级现代农业示范园区"),
}


@pytest.mark.parametrize("text,name", CONFERRED_AFTER_A_COUNT.values(), ids=CONFERRED_AFTER_A_COUNT.keys())
def test_designations_after_a_count_that_confers_stay(text, name):
    forms, facts = build(text)
    assert name in forms, forms


YEARS_PROJECTS = {
    "a year before an unquoted project":
        ("彭阳县今年实施了2026年黑土地保护利用项目，由县农业农村局组织实施。", "2026年黑土地保护利用项目", "彭阳县农业农村局"),
    "a year of account before it":
        ("彭阳县今年实施了2026年度耕地质量提升项目。", "2026年度耕地质量提升项目", "彭阳县"),
}


@pytest.mark.parametrize("text,name,doer", YEARS_PROJECTS.values(), ids=YEARS_PROJECTS.keys())
def test_a_year_stays_before_an_unquoted_projects_name(text, name, doer):
    forms, facts = build(text)
    assert name in forms, forms
    assert (doer, "implements", forms[name]) in facts, sorted(facts)


def test_a_year_before_a_campaign_is_still_trimmed():
    forms, facts = build("彭阳县启动2026年农村人居环境整治提升行动。")
    assert "农村人居环境整治提升行动" in forms and "2026年农村人居环境整治提升行动" not in forms, forms
