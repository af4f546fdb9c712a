"""Classes the ninety-third own programme set showed (rural finance, credit, insurance and social-security schemes in
county news of Shandong, Gansu, Sichuan, Jiangxi, Hebei, Hunan, Guizhou and Anhui: whole-village credit and the
helpers banks send to the villages, insurance against a relapse into poverty, campaigns of medical and pension
insurance, projects of work-for-relief), each row a text written for this test, with other places and schemes than
the set's.

- A project of a known scheme titled as the plan that funds it titles it, with the project's field of work and a
  year between its place and the scheme (某县农村公路2025年以工代赈示范工程, 某县2026年产业路以工代赈项目), was read as
  the bare scheme: the place, the field and the year now open the project's name, and a word of its kind may stand
  between the scheme and the head (KnownProjectHeadLead: 示范). A field with a verb in it (实施产业路…) opens no name.
- Insurance a county buys for its households lifted out of poverty (防返贫保险, 防贫保险) was no scheme.
- A quote before 理赔服务 or 驻村服务 (开展“保险+协保员”理赔服务, 举行“金融专员”驻村服务启动仪式) named no scheme: a
  formula with + in it needs a naming head after it, and neither was one. A firm's “一站式”理赔服务 names none.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a county's work-for-relief project titled with its field and year, its town and its bureau",
     "今年，赫章县农村公路2025年以工代赈示范工程在野马川镇开工，由县发展和改革局组织实施。",
     {("Programme", "赫章县农村公路2025年以工代赈示范工程")},
     {("赫章县", "implements", "赫章县农村公路2025年以工代赈示范工程"),
      ("野马川镇", "implements", "赫章县农村公路2025年以工代赈示范工程"),
      ("赫章县发展和改革局", "implements", "赫章县农村公路2025年以工代赈示范工程")},
     set()),
    ("the year before the field of a county's work-for-relief project",
     "威宁县2026年产业路以工代赈项目吸纳当地群众务工300余人。",
     {("Programme", "威宁县2026年产业路以工代赈项目")},
     set(),
     set()),
    ("guard: a verb before the field opens no place's project",
     "纳雍县实施产业路2026年以工代赈项目。",
     set(), set(), {"纳雍县实施产业路2026年以工代赈项目"}),
    ("insurance against a relapse into poverty, bought by a county's bureau",
     "会宁县农业农村局与某保险公司签订协议，为全县监测户统一投保防返贫保险。",
     {("Programme", "防返贫保险")},
     {("会宁县农业农村局", "implements", "防返贫保险")},
     set()),
    ("the earlier name of that insurance",
     "静宁县为脱贫户购买防贫保险，每户最高赔付2万元。",
     {("Programme", "防贫保险")}, set(), set()),
    ("a quoted formula before 理赔服务 under a verb, the county that runs it",
     "临泉县开展“保险+协保员”理赔服务，农户足不出村即可报案。",
     {("Programme", "保险+协保员")},
     {("临泉县", "implements", "保险+协保员")},
     set()),
    ("a quote before 驻村服务 at its launch",
     "霍邱县近日举行“金融专员”驻村服务启动仪式。",
     {("Programme", "金融专员")},
     {("霍邱县", "implements", "金融专员")},
     set()),
    ("guard: a firm's quoted claims service names no scheme",
     "该公司推出“一站式”理赔服务。",
     set(), set(), {"一站式"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_93(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
