"""Classes the sixty-third own programme set showed (passages rewritten from real news of 浙江, 湖南, 宁夏, 内蒙古,
广东 and 甘肃 on grassroots-governance and Party-building schemes and who carries them out: a village's points scheme
and its town's grid management, a province's demonstration towns chained down from their cities, a city's residential
Party branches and a community's “红色物业”, a gacha's “一约四会” model, a banner's political-legal committee spreading
“党建+网格”, a county-level city's mediation system and its town centre, a ministry's candidate lists of demonstration
towns and villages chained down from prefectures, a banner's grid Party-building and a community's Party deputy
secretary), each row a text written for this test, with other places and names than the set's.

- Two bodies that issued a document jointly, printed in a run joined by 、 with the second glued to the title
  (根据省委办公厅、省政府办公厅《关于…的若干措施》要求): only the body glued to the title issued it; the ones listed before
  it were dropped as bodies merely cited (根据…要求) and, outside such a frame, not read as issuers. Each body of the run
  issued it now, as the bodies before 等N部门 do.
- A quoted formula before a long tail and a governed head under a verb (深化“1+6+N”社会治安综合治理工作体系建设): a quote's
  tail had at most eight characters before its head, so the scheme and its doer were lost; under a verb of carrying a scheme
  out, a governed head (体系, 项目) may end a symbol's brand's tail of up to twelve now.
"""
import pytest

from conftest import check_reading


JOINT_ROWS = [
    ("two general offices in a run glued to a title, inside 根据…要求",
     "根据省委办公厅、省政府办公厅《关于加强农村精神文明建设的若干措施》要求，吉林省开展文明村镇评选。",
     {("Agency", "中共吉林省委办公厅"), ("Agency", "吉林省人民政府办公厅")},
     {("中共吉林省委办公厅", "implements", "《关于加强农村精神文明建设的若干措施》"),
      ("吉林省人民政府办公厅", "implements", "《关于加强农村精神文明建设的若干措施》")},
     set()),
    ("three bureaus in a run glued to a title, outside a cited frame",
     "昨日，宜春市农业农村局、宜春市民政局、宜春市司法局《关于开展乡村治理积分制试点的通知》正式下发。",
     {("Agency", "宜春市农业农村局"), ("Agency", "宜春市民政局"), ("Agency", "宜春市司法局")},
     {("宜春市农业农村局", "implements", "《关于开展乡村治理积分制试点的通知》"),
      ("宜春市民政局", "implements", "《关于开展乡村治理积分制试点的通知》"),
      ("宜春市司法局", "implements", "《关于开展乡村治理积分制试点的通知》")},
     set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", JOINT_ROWS, ids=[r[0] for r in JOINT_ROWS])
def test_joint_issuers_glued_to_a_title(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


LONG_TAIL_ROWS = [
    ("a formula's system with a ten-character tail under 深化",
     "近年来，恩平市深化“1+5+N”社会治安综合治理工作体系建设，矛盾纠纷化解率明显提升。",
     {("Place", "恩平市"), ("Programme", "1+5+N社会治安综合治理工作体系")},
     {("恩平市", "implements", "1+5+N社会治安综合治理工作体系")},
     set()),
    ("a county's system named by a symbol's brand and a ten-character tail under 推进",
     "今年以来，泾川县推进“党建+N”基层社会治理共建共享体系建设，覆盖12个乡镇。",
     {("Place", "泾川县"), ("Programme", "党建+N基层社会治理共建共享体系")},
     {("泾川县", "implements", "党建+N基层社会治理共建共享体系")},
     set()),
    ("no verb before the quote: a long tail names nothing",
     "“1+5+N”社会治安综合治理工作体系的做法受到群众好评。",
     set(),
     set(),
     {"1+5+N社会治安综合治理工作体系"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", LONG_TAIL_ROWS, ids=[r[0] for r in LONG_TAIL_ROWS])
def test_long_tail_under_a_verb(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
