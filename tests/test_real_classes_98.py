"""Classes the ninety-eighth own programme set showed (a blind sample of ordinary county and city news on schemes,
campaigns and works: Hefei's “清风行动”, Fujian's key counties of small farm-water works, 商河县's six water works,
Henan's New-Year clean-up, 衡阳县 大安乡's ten works for the people, Guangdong's plan for the 百千万工程, Guangxi's plan
for county economies, Chongqing's plan for urbanisation at its district and county seats), each row a text written for
this test, with other places, projects and schemes than the set's.

- Works counted and then named one by one after a comma (实施甲、乙等5项水利工程，分别是丙工程、丁工程和戊建设): no
  item was read (the colon-led rule wants a colon and every item ending in a project's head), and the verb before the
  count stood too far from the items to govern them. The items ending in a project's head are works of their own now
  (CountedWorksLead), governed from the count: the county the clause is about carries them out.
- A counted umbrella whose works start together at a ceremony held (某县举行2023年五大民生工程集中开工仪式): no scheme,
  no doer. The umbrella is a scheme now (CountedWorksEvent), carried out by the place or body that holds the ceremony.
- Works listed in a clause and closed by their count and the kind of project they are (甲广场、乙堤防加固工程和丙水库
  除险加固工程等3个为水利设施项目): no item was read. The items ending in a project's head are works now
  (CountedRollVerb).
- A Party committee's theme campaign under a quoted slogan with commas (落实某县县委“甲、乙、丙”主题活动): no scheme
  (主题活动 was no head after a quote). It is one now, carried out by the committee before it.
- Two bodies after 根据 that issued the document cited (根据甲部、乙部印发的《…办法》): only the second was its issuer,
  the first dropped as the preposition's object. Both are now.
- A province's committee guiding spiritual-civilisation work (某省精神文明建设指导委员会办公室) was no body: its field
  is in agency_fields.jsonl now.
- A known scheme quoted inside a document's title (《某市推动“四好农村路”高质量发展三年行动方案》) was read with the
  rest of the title as a name of its own (the quoted-tail reading): the title is the one programme now.
- A designation the central treasury funds, printed after a province and its batch (某省第三批中央财政小型农田水利
  重点县), was named with the province, a second programme beside the headline's: it keeps its central name now
  (DesignationNational 中央财政).
- A verb of drafting before a list (研究提出示范县名单) and the kind after quoted schemes and 等 (开展“甲”等改革试点) were
  read as designations: neither names one now (ProposingVerb; a designation after 等 closing quotes).
- The second of two bodies after 根据 (根据甲部、乙部印发的《…意见》制定，坚持以某某建设为牵引) was taken as the subject of
  the next clause's verb and carried out its scheme: the bodies coordinated with the preposition's object are objects
  too now.
- The rolls of works in a sentence whose opening clause names a counted umbrella and 中 (这五大民生工程中，甲工程和乙广场
  等2个为…项目；丙工程、丁工程等2个为…项目) are its parts: the place that carries the umbrella out carries them out
  too (PartsWithinEnd), in the rolls after semicolons as well.
"""
import pytest

from conftest import check_reading


ROWS = [
    ("works counted, then named one by one after 分别是",
     "临沂市沂南县确定了今年的水利重点项目。全县计划投资1.2亿元，实施供水保障、河道整治等5项水利工程，分别是"
     "红星灌区续建配套与节水改造工程、清河堤防加固工程和农村饮水提升建设。",
     {("Programme", "红星灌区续建配套与节水改造工程"), ("Programme", "清河堤防加固工程")},
     {("沂南县", "implements", "红星灌区续建配套与节水改造工程"), ("沂南县", "implements", "清河堤防加固工程")},
     {"农村饮水提升建设"}),
    ("a counted umbrella's works started together at a ceremony held by a county",
     "上周，邵阳市隆回县举行2023年五大民生工程集中开工仪式。",
     {("Programme", "五大民生工程")},
     {("隆回县", "implements", "五大民生工程")},
     set()),
    ("works listed and closed by their count and kind",
     "这些项目中，桃源村文化广场、青石河堤防加固工程和柳湾水库除险加固工程等3个为水利设施项目。",
     {("Programme", "青石河堤防加固工程"), ("Programme", "柳湾水库除险加固工程")},
     set(),
     {"桃源村文化广场"}),
    ("a county committee's theme campaign under a quoted slogan",
     "该镇认真落实攸县县委“转作风、优服务、促发展”主题活动要求。",
     {("Programme", "转作风、优服务、促发展")},
     {("中共攸县委员会", "implements", "转作风、优服务、促发展")},
     set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_98(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


MORE_ROWS = [
    ("both bodies after 根据 issued the document",
     "根据农业农村部、财政部印发的《农业产业强镇建设管理办法》，省农业农村厅组织评审。",
     {("Programme", "《农业产业强镇建设管理办法》")},
     {("农业农村部", "implements", "《农业产业强镇建设管理办法》"), ("财政部", "implements", "《农业产业强镇建设管理办法》")},
     set()),
    ("a province's spiritual-civilisation guiding committee's office",
     "湖北省精神文明建设指导委员会办公室印发通知，在全省开展“文明过大年”活动。",
     {("Agency", "湖北省精神文明建设指导委员会办公室")},
     {("湖北省精神文明建设指导委员会办公室", "implements", "文明过大年")},
     set()),
    ("a known scheme quoted inside a document's title",
     "近日，赣州市交通运输局印发《赣州市推动“四好农村路”高质量发展三年行动方案》。",
     {("Programme", "《赣州市推动“四好农村路”高质量发展三年行动方案》")},
     {("赣州市交通运输局", "implements", "《赣州市推动“四好农村路”高质量发展三年行动方案》")},
     {"四好农村路高质量发展三年行动方案"}),
    ("a centrally funded designation printed after a province and its batch",
     "湖南确定第三批中央财政小型农田水利重点县。攸县、茶陵县等10个县被确定为2012年湖南省第三批中央财政小型农田水利重点县。",
     {("Programme", "中央财政小型农田水利重点县")},
     {("攸县", "implements", "中央财政小型农田水利重点县")},
     {"湖南省中央财政小型农田水利重点县"}),
    ("a verb of drafting before a list names no designation",
     "省财政厅、省水利厅组成评审组，研究提出示范县名单。",
     set(), set(), {"研究提出示范县"}),
    ("the bodies after 根据 are no subject of the next clause",
     "《实施办法》根据农业农村部、财政部印发的《关于推进农业产业强镇建设的意见》制定，坚持以成渝地区双城经济圈建设为牵引。",
     {("Programme", "成渝地区双城经济圈建设")},
     {("农业农村部", "implements", "《关于推进农业产业强镇建设的意见》")},
     set()),
    ("the rolls of works under a counted umbrella are its parts, carried out by its doer",
     "近日，攸县网岭镇举行2023年五大民生工程集中开工仪式。据介绍，这五大民生工程中，镇文化广场和石桥水库除险加固工程"
     "等2个为文旅水利项目；罗家坊沟渠整治工程、东冲组道路改造工程等2个为环保设施项目。",
     {("Programme", "石桥水库除险加固工程"), ("Programme", "罗家坊沟渠整治工程")},
     {("网岭镇", "implements", "五大民生工程"), ("网岭镇", "implements", "石桥水库除险加固工程"),
      ("网岭镇", "implements", "罗家坊沟渠整治工程"), ("网岭镇", "implements", "东冲组道路改造工程")},
     {"镇文化广场"}),
    ("the kind after quoted schemes and 等 is no designation",
     "全县开展“一村一品”等改革试点。",
     {("Programme", "一村一品")}, set(), {"改革试点"}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", MORE_ROWS, ids=[r[0] for r in MORE_ROWS])
def test_real_class_98_more(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_cited_bodies_no_subject_98(nlp):
    from conftest import read_names

    _, facts = read_names(nlp, "《实施办法》根据农业农村部、财政部印发的《关于推进农业产业强镇建设的意见》制定，"
                               "坚持以成渝地区双城经济圈建设为牵引。")
    assert ("财政部", "implements", "成渝地区双城经济圈建设") not in facts, sorted(facts)
