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
- A street's Party body printed bare (街道党工委) after 和, the second of two officials (某局局长某某和街道党工委副书记某某),
  was no body, and 党工委副书记 no title of its own (党工委书记 was): the deputy secretary was read as a person or not
  at all. He holds his post now, in the body of the street the text named before.
- A yearly campaign of collecting the residents' medical-insurance premiums (启动2026年度城乡居民医保集中征缴) was no
  scheme: 集中征缴 is a head of an unquoted name after a strong verb now.
- A place that opens a bank's or an insurer's branch (农业银行某县支行, 某县农商银行; FirmBranchAfter) was taken as the
  subject of the verb after it (某局与农业银行某县支行合作推广“…”), and the county carried out the bureau's scheme: it is
  no actor now, and the bureau before it is the subject.
- A place and a year printed right before a known scheme's bare name (某县2025年度防返贫保险签约仪式) did not carry it
  out, as a place right before it (某县防返贫保险签约仪式) and a place and a year before a quoted one did: it does now.
- A county's tax bureau printed short (县税务局) was named by the county alone (某县税务局), not as the branch of the
  national body it is (国家税务总局某县税务局), the name the golds give it: a national body's branch in a province, city
  or county named without that body is named in full now (NationalBranch), the shorter name an alias.
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
    ("a street's deputy Party secretary after 和, the street named before",
     "在凯里市大十字街道的服务大厅，市医疗保障局局长张国强和街道党工委副书记李红梅一起为居民办理参保。",
     {("Official", "李红梅"), ("Official", "张国强")},
     {("李红梅", "holdsPost", "中共凯里市大十字街道工作委员会")},
     set()),
    ("a street's deputy Party secretary printed bare",
     "会上，街道党工委副书记周建军作表态发言。",
     {("Official", "周建军")}, set(), set()),
    ("a county's yearly campaign of collecting medical-insurance premiums",
     "会宁县全面启动2026年度城乡居民医保集中征缴工作。",
     {("Programme", "城乡居民医保集中征缴")},
     {("会宁县", "implements", "城乡居民医保集中征缴")},
     set()),
    ("a bureau that works with a bank's county branch carries the loan scheme out, the county in the branch's name not",
     "今年以来，正安县农业农村局与邮储银行正安县支行合作推广“茶农贷”。",
     {("Programme", "茶农贷")},
     {("正安县农业农村局", "implements", "茶农贷")},
     set()),
    ("a county and a year right before a known scheme's bare name at its signing ceremony",
     "近日，陇西县2026年度防返贫保险签约仪式在县乡村振兴服务中心举行。",
     {("Programme", "防返贫保险")},
     {("陇西县", "implements", "防返贫保险")},
     set()),
    ("a county's tax bureau printed short is the national body's branch",
     "5月8日，会宁县召开参保工作会议，县医疗保障局、县税务局负责人作了发言。",
     {("Agency", "国家税务总局会宁县税务局"), ("Agency", "会宁县医疗保障局")},
     {("国家税务总局会宁县税务局", "locatedIn", "会宁县")},
     {"会宁县税务局"}),
    ("guard: a firm's quoted claims service names no scheme",
     "该公司推出“一站式”理赔服务。",
     set(), set(), {"一站式"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_93(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_county_in_a_banks_branch_carries_out_no_scheme(nlp):
    from conftest import read_names

    _, facts = read_names(nlp, "今年以来，正安县农业农村局与邮储银行正安县支行合作推广“茶农贷”。")
    assert ("正安县", "implements", "茶农贷") not in facts, sorted(facts)
