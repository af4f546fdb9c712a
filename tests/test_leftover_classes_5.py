"""Construction classes left over from the thirteenth people set, each row a sentence written for this test: a name whose
surname is also a function word after a word for a body's staff or a rank (某厅干部于某某, 科员常某某: a person, while 于
and 向 as prepositions stay prepositions); a cadre sent to a village as its first secretary (…被选派到某村担任驻村第一书记,
选派某某任某村第一书记: the post, in the village's branch); a city bureau's branch printed short after its full name (某分局
党委书记、局长某某, 某分局副局长某某: the branch's posts, its units printed bare, 刑侦大队 and a town's 派出所, under it);
a designation only applied for (申报“…示范镇”, a programme), a quoted scheme ending in 建设 with the body that pushes it
on, a campaign quoted before 宣传活动 that a body runs; a town printed after its county before a verb of visiting, which
the store does not keep there (到某县某镇调研); a village called a site of the scheme a short word names (某村是工程首批示范
点); a village as a subject joined to a bureau after an adverb (某村则与某局合作实施). Then a class found in two sets: a
duty of taking charge after a group of cadres (党员包干, 村干部包户) is no name."""
import pytest

from conftest import check_reading

HP, LI, SUB, PO, IM = "holdsPost", "locatedIn", "subOrganizationOf", "partOf", "implements"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a function-word surname after a staff or rank word
    ("科员常某某、工作人员万某某", "临湘市召开会议，市应急管理局科员常晓东、工作人员万国平参加。",
     {("Person", "常晓东"), ("Person", "万国平")}, set(), set()),
    ("科员于某某说", "临湘市应急管理局科员于晓东说，今年防汛任务很重。", {("Person", "于晓东")}, set(), set()),
    ("镇干部包片 is no name", "镇里实行“镇干部包村、村干部包组”的办法。", set(), set(), {"包村", "包组"}),
    ("党员包户 is no name", "全村分成八个网格，由八名党员包户，每周走访一次。", set(), set(), {"包户"}),
    ("科员齐某某 after an official", "临湘市召开会议，市应急管理局副局长李晓东、科员齐文斌参加。",
     {("Official", "李晓东"), ("Person", "齐文斌")}, {("李晓东", HP, "临湘市应急管理局")}, set()),
    ("于 and 向 as prepositions stay so", "工作人员向群众发放宣传册，干部于每周一下村走访。", set(), set(),
     {"向群众", "于每周"}),
    ("干部于近日 is no name", "县水利局干部于近日被选派到长乐村担任第一书记。", set(), set(), {"于近日"}),
    # 2. a cadre sent as first secretary
    ("某厅干部向某某被选派到某村担任驻村第一书记",
     "邵阳县塘渡口镇石桥村的稻田里很热闹。2025年3月，湖南省交通运输厅干部向立群被选派到石桥村担任驻村第一书记。",
     {("Official", "向立群")}, {("向立群", HP, "中共邵阳县塘渡口镇石桥村支部委员会")}, set()),
    ("选派某某任某村第一书记", "会同县连山乡大坪村的油茶林。今年，县里选派万晓峰任大坪村第一书记。",
     {("Official", "万晓峰")}, {("万晓峰", HP, "中共会同县连山乡大坪村支部委员会")}, set()),
    # 3. a city bureau's branch printed short
    ("某分局局长 after 某市公安局某分局", "南平市公安局延平分局近日破获一起盗窃案。延平分局局长陈立伟组织民警侦查。",
     {("Official", "陈立伟")}, {("陈立伟", HP, "南平市公安局延平分局")}, {"南平市延平区分局局"}),
    ("某分局副局长", "南平市公安局延平分局近日破获一起盗窃案。延平分局副局长陈立伟组织民警侦查。",
     {("Official", "陈立伟")}, {("陈立伟", HP, "南平市公安局延平分局")}, {"南平市延平区分局副局"}),
    ("a transliterated name before 立即", "南平市公安局延平分局近日破获一起盗窃案。延平分局党委书记、局长扎西多吉立即组织民警侦查。",
     {("Official", "扎西多吉")}, {("扎西多吉", HP, "南平市公安局延平分局")}, set()),
    ("the branch's 刑侦大队 and a town's 派出所",
     "南平市公安局延平分局近日破获一起盗窃案。延平分局局长陈立伟组织刑侦大队和水南派出所成立专案组。",
     {("Agency", "南平市公安局延平分局刑侦大队")},
     {("南平市公安局延平分局刑侦大队", SUB, "南平市公安局延平分局"), ("水南派出所", SUB, "南平市公安局延平分局"),
      ("南平市公安局延平分局刑侦大队", LI, "延平区")}, set()),
    ("a county bureau's bare 刑侦大队", "顺昌县公安局近日破获一起盗窃案。县公安局局长陈立伟组织刑侦大队侦查。",
     {("Agency", "顺昌县公安局刑侦大队")}, {("顺昌县公安局刑侦大队", SUB, "顺昌县公安局")}, set()),
    ("刑侦大队 with no police bureau before it is no unit", "县里组织刑侦大队开展演练。", set(), set(), {"刑侦大队"}),
    # 4. programmes applied for, quoted schemes ending in 建设, campaigns before 宣传活动
    ("申报“…示范镇”", "镇长王丽表示，明年该镇将积极申报“省级生态文明示范镇”。", {("Programme", "省级生态文明示范镇")}, set(), set()),
    ("正在创建“…示范区”", "该县正在创建“国家全域旅游示范区”，力争明年通过验收。", {("Programme", "国家全域旅游示范区")}, set(), set()),
    ("推进“…建设”", "今年以来，宁乡市卫生健康局推进“县域数字健康服务体系建设”，已覆盖全市乡镇。",
     {("Programme", "县域数字健康服务体系建设")}, {("宁乡市卫生健康局", IM, "县域数字健康服务体系建设")}, set()),
    ("推进“乡村建设” names no scheme", "县里推进“乡村建设”。", set(), set(), {"乡村建设"}),
    ("深化“…”宣传活动", "县公安局将深化“反诈骗进校园”宣传活动。", {("Programme", "反诈骗进校园")}, set(), set()),
    ("“…”宣传活动结束后 is no scheme", "“我和春天有个约会”宣传活动结束后，大家合影留念。", set(), set(), {"我和春天有个约会"}),
    # 5. a town after its county before a verb of visiting; a scheme's 首批示范点; 则与
    ("到某县某镇调研, a town the store lacks", "考察组一行到桐柏县青杉镇调研茶叶产业。", {("Place", "青杉镇")},
     {("青杉镇", PO, "桐柏县")}, set()),
    ("到某县某镇走访, a town the store keeps elsewhere", "考察组一行还到镇平县云岭镇走访了产业基地。", {("Place", "云岭镇")},
     {("云岭镇", PO, "镇平县")}, set()),
    ("某村是工程首批示范点", "临高县农业农村局实施“荔枝提质增效工程”，今年已推广到多个乡镇。局长王伟介绍了情况。"
     "和舍镇博文村是工程首批示范点，村党支部书记李强说，村里收入提高了。",
     {("Place", "博文村")}, {("博文村", IM, "荔枝提质增效工程")}, set()),
    ("某村则与某局合作实施", "明月村则与蒲江县农业农村局合作实施“陶艺乡村振兴计划”，吸引游客。", set(),
     {("明月村", IM, "陶艺乡村振兴计划"), ("蒲江县农业农村局", IM, "陶艺乡村振兴计划")}, set()),
]


@pytest.mark.parametrize("kind,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_classes_5(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_no_scheme_site_without_a_scheme(nlp):
    """某村是全省首批示范村 after a scheme: no word that names the scheme, so the village carries nothing out."""
    from conftest import read_names

    _, facts = read_names(nlp, "临高县实施“荔枝提质增效工程”。和舍镇博文村是全省首批示范村。")
    assert not {f for f in facts if f[0] == "博文村" and f[1] == IM}, sorted(facts)
