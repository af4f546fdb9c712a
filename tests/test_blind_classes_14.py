"""Classes the fourteenth own people set showed, each row a sentence written for this test: a river or forest chief's
title (县级总河长, 镇林长) between an official's post and the name, which leaves the name its chain's posts, in simplified and
traditional characters; a bureau whose name ends in 监督 before 局 or 所 (营商环境监督局), read whole before its deputy
head's title rather than cut to a body …监督局副局 or …监督局局, while 督 before 办 stays a verb; two towns or more
that open a later clause of a scheme's sentence with a verb of building work and no 在 (…实施“某某行动”，今年甲镇、乙镇
新建…; …工程的进展：甲镇、乙镇建成…): the scheme's sites, one town alone or towns before no such verb staying unread;
a body told to carry a scheme out together with another (甲局要会同乙局落实“…”, 甲局要会同某镇用好“…”政策): both do it,
as where 将 stands for 要."""
import pytest

from conftest import check_reading

HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a river or forest chief's title inside a title chain
    ("县委书记、县级总河长某某", "5月6日，巴东县委书记、县级总河长刘立明带队检查堤防。",
     {("Official", "刘立明")}, {("刘立明", HP, "中共巴东县委员会")}, set()),
    ("縣委書記、縣級總河長某某 (traditional)", "5月6日，巴東縣委書記、縣級總河長劉立明帶隊檢查堤防。",
     {("Official", "刘立明")}, {("刘立明", HP, "中共巴东县委员会")}, set()),
    ("县长、县总河长某某", "巴东县委副书记、县长、县副总河长黄海涛察看了河道清淤。",
     {("Official", "黄海涛")}, {("黄海涛", HP, "巴东县人民政府"), ("黄海涛", HP, "中共巴东县委员会")}, set()),
    ("镇长、镇级林长某某", "巴东县信陵镇党委副书记、镇长、镇级林长孙立新介绍，全镇新造林3000亩。",
     {("Official", "孙立新")}, set(), set()),
    ("运河长廊 is no title", "大运河长廊周末向市民开放。", set(), set(), {"廊周末"}),
    # 2. a bureau whose name ends in 监督 before 局 or 所
    ("某某监督局副局长 in an appointment", "任命李志强为巴东县营商环境建设监督局副局长；任命王芳为巴东县审计局局长。",
     {("Agency", "巴东县营商环境建设监督局"), ("Official", "李志强")},
     {("李志强", HP, "巴东县营商环境建设监督局"), ("巴东县营商环境建设监督局", "locatedIn", "巴东县")},
     {"巴东县营商环境建设监督局副局"}),
    ("某某监督局局长 before a name", "巴东县安全生产监督局局长吴海波说，今年检查企业80家。",
     {("Agency", "巴东县安全生产监督局"), ("Official", "吴海波")}, {("吴海波", HP, "巴东县安全生产监督局")},
     {"巴东县安全生产监督局局"}),
    ("督办 stays a verb", "县里成立专班，督办局里积压的事项。", set(), set(), {"督办局"}),
]

IM = "implements"
SITE_ROWS = [
    ("，今年甲镇、乙镇、丙镇新建…", "巴东县林业局实施“绿水青山提升行动”，今年信陵镇、东瀼口镇、沿渡河镇新建苗圃12个。",
     {("信陵镇", IM, "绿水青山提升行动"), ("东瀼口镇", IM, "绿水青山提升行动"), ("沿渡河镇", IM, "绿水青山提升行动")}, set()),
    ("…的进展：甲镇、乙镇建成…", "巴东县林业局局长通报了全县实施“绿水青山”提升工程的进展：信陵镇、东瀼口镇建成苗圃12个。",
     {("信陵镇", IM, "绿水青山提升工程"), ("东瀼口镇", IM, "绿水青山提升工程")}, set()),
    ("one town alone stays unread", "巴东县林业局实施“绿水青山提升行动”，信陵镇新建苗圃12个。",
     set(), {("信陵镇", IM, "绿水青山提升行动")}),
    ("甲局要会同乙局落实“…”", "巴东县副县长王立要求，县林业局要会同县水利局落实“绿水青山提升行动”，把资源转化为优势。",
     {("巴东县林业局", IM, "绿水青山提升行动"), ("巴东县水利局", IM, "绿水青山提升行动")}, set()),
    ("甲局要会同某镇用好“…”政策", "巴东县副县长王立要求，县林业局要会同信陵镇用好“绿水青山提升行动”政策。",
     {("巴东县林业局", IM, "绿水青山提升行动"), ("信陵镇", IM, "绿水青山提升行动")}, set()),
    ("towns before no verb of work stay unread", "巴东县林业局实施“绿水青山提升行动”，信陵镇、东瀼口镇干部群众踊跃参加。",
     set(), {("信陵镇", IM, "绿水青山提升行动"), ("东瀼口镇", IM, "绿水青山提升行动")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_blind_class_14(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("cls,text,facts,no_facts", SITE_ROWS, ids=[r[0] for r in SITE_ROWS])
def test_towns_opening_a_later_clause_are_sites(nlp, cls, text, facts, no_facts):
    from conftest import read_names

    _, got = read_names(nlp, text)
    assert facts <= got, sorted(got)
    assert not no_facts & got, sorted(got)
