"""Schemes and their doers in sector genres (the fifteenth programme set's classes).

- Two unquoted names coordinated after 全县 (全县某某改造项目和某某整治工程已完工) are two programmes, not one name
  running over the coordinator; the second has the owner the first has (全县 for the county).
- In a department's report, a programme credited to the body the report speaks for (实施某某工程，在甲镇、乙镇…) has the
  places after 在 in the clauses after it as its sites, as it has after a subject that carries it out.
- The national mechanism against a relapse into poverty (防止返贫动态监测和帮扶机制, 防止返贫监测帮扶机制) is a programme
  by name, unquoted.
- A county that creates a balanced compulsory education county (创建全国义务教育基本均衡发展县) creates a designation,
  a programme as …示范县 is.
- A government's work report headed by its place and a year (某县2026年政府工作报告（摘要）): its clauses without a
  subject, and its 我们, are that place's, as a department's summary's are the department's.
- The works or their area spread over places in a later clause (…，工程分布于甲镇、乙镇; …，项目区覆盖甲镇、乙镇): the
  places are the programme's sites.
- A works' groundbreaking ceremony held in a town (…工程在甲镇举行开工仪式) makes the town its site, unlike another
  meeting held there.
- The word for a programme's tasks before 由 in the clause right after the one naming it (…工程被列为民生实事，主要建设
  任务由甲镇、乙镇承担): those after 由 carry the programme out.

Texts written for these tests in our own words, with places other than those of the set that revealed the classes."""
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402


def _doers(facts, name):
    return {s for s, p, o in facts if p == "implements" and o == name}


def test_two_names_coordinated_after_the_whole_county():
    forms, facts = build("近日，宁陵县水利局介绍，今年全县田间灌排渠系改造项目和山塘清淤整治工程已于5月底全部完工。")
    assert "田间灌排渠系改造项目" in forms and "山塘清淤整治工程" in forms, sorted(forms)
    assert not any("和" in f for f in forms), sorted(forms)
    for name in ("田间灌排渠系改造项目", "山塘清淤整治工程"):
        assert "宁陵县" in _doers(facts, forms[name]), (name, sorted(facts))


def test_sites_after_a_programme_a_report_credits_to_its_body():
    text = ("五台县农业农村局2025年工作总结\n"
            "2025年，我局围绕年度目标，各项工作取得新进展。现将主要工作总结如下：\n"
            "一、耕地保护持续加强。实施耕地质量提升工程，在豆村镇、东冶镇治理退化耕地3万亩。\n"
            "二、存在的问题。部分乡镇农技力量不足。\n")
    forms, facts = build(text)
    name = forms.get("耕地质量提升工程", "耕地质量提升工程")
    got = _doers(facts, name)
    assert {"五台县农业农村局", "豆村镇", "东冶镇"} <= got, (sorted(got), sorted(forms))


def test_the_mechanism_against_relapse_into_poverty_is_a_programme():
    forms, facts = build("今年以来，滑县严格落实防止返贫动态监测和帮扶机制，全县新识别监测对象320户。")
    assert "防止返贫动态监测和帮扶机制" in forms, sorted(forms)
    assert "滑县" in _doers(facts, forms["防止返贫动态监测和帮扶机制"]), sorted(facts)


def test_creating_a_balanced_education_county_is_a_designation():
    forms, facts = build("宁陵县创建全国义务教育基本均衡发展县工作顺利通过国家督导评估。")
    names = [f for f in forms if f.endswith("义务教育基本均衡发展县")]
    assert names, sorted(forms)
    assert "宁陵县" in _doers(facts, forms[names[0]]), sorted(facts)


def test_a_work_report_headed_by_its_county_is_the_countys():
    text = ("滑县2026年政府工作报告（摘要）\n"
            "过去一年，我们坚持稳中求进。实施农村污水治理提升工程，项目区覆盖留固镇、上官镇、牛屯镇。\n")
    forms, facts = build(text)
    name = forms.get("农村污水治理提升工程", "农村污水治理提升工程")
    got = _doers(facts, name)
    assert {"滑县", "留固镇", "上官镇", "牛屯镇"} <= got, (sorted(got), sorted(forms))


def test_a_headline_of_news_about_a_report_makes_no_maker():
    text = ("滑县人大会议审议政府工作报告\n"
            "会上，代表们审议了报告。实施农村污水治理提升工程，年内完成改造。\n")
    forms, facts = build(text)
    assert "滑县" not in _doers(facts, forms.get("农村污水治理提升工程", "农村污水治理提升工程")), sorted(facts)


def test_works_spread_over_places_in_a_later_clause():
    forms, facts = build("今年，五台县水利局实施山区小流域治理工程，新修谷坊120座，工程分布于台怀镇、耿镇镇和石咀镇。")
    got = _doers(facts, forms.get("山区小流域治理工程", "山区小流域治理工程"))
    assert {"五台县水利局", "台怀镇", "耿镇镇", "石咀镇"} <= got, sorted(got)


def test_tasks_given_after_by_in_the_next_clause():
    forms, facts = build("今年，宁陵县启动农村公路安全提升工程，主要建设任务由柳河镇、逻岗镇承担，年内完工。")
    got = _doers(facts, forms.get("农村公路安全提升工程", "农村公路安全提升工程"))
    assert {"柳河镇", "逻岗镇"} <= got, (sorted(got), sorted(forms))


def test_a_groundbreaking_ceremony_is_held_at_the_works_site():
    forms, facts = build("4月20日，宁陵县城东排涝泵站改造工程在柳河镇举行开工仪式。")
    name = next((f for f in forms if f.endswith("城东排涝泵站改造工程")), None)
    assert name is not None, sorted(forms)
    assert "柳河镇" in _doers(facts, forms[name]), sorted(facts)
