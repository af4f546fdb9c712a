"""Classes the eighty-fifth own people set showed (passages rewritten from real news of the political-legal bodies and
the people they deal with: a district police station's morning meeting in 枣庄, police officers as village Party deputy
secretaries in 章丘, a city intermediate court's civil division on circuit in 巩义, a district police branch returning
seized property in 佛山, the two regional procuratorates of 四川, a county procurator-general on duty and judicial aid in
白水, a county police bureau's criminal investigation squad in 石泉, a banner's police station in the pastures of 锡林郭勒盟,
a mediation centre at a district court in 温州, a county court's people's tribunal on circuit in 衡东), each row a text
written for this test, with other places and names than the set's.

- A squad's head (中队长) after its squad: no title, the officer lost; Post 中队长.
- A judge's post printed right after the court's division (某中级人民法院民一庭审判长某某, 某法院刑事审判庭审判员某某):
  the post went to no body (the court was looked for before the division); Post "held_in_unit" 庭: the division's post.
- A title, then 和 and a count of people (嘎查长和几位老人, 社区书记和几名志愿者): read as an official named 和几位; 几 is
  never in a given name (NotNameChar).
- A city bureau's district branch named in full once, then by 分局 alone before its officer's title (仪式上，分局副局长某某):
  the officer lost, and 仪式由分局刑侦大队 read as a unit 某市公安局仪式由分局; BodyShortForm 分局 names the branch
  printed last before it.
- A branch named by a district's short form that the gazetteer does not index alone, being a common word (高明分局,
  长安分局, 鼓楼分局): the branch lay in the city; with the district's full name printed in the text, it lies in that
  district (`_branch_place` in `kg/ner/agencies.py`, DivisionSuffix of the county level).
- A station named after a village that only the model reads whole with its branch (某分局夏庄派出所), then 派出所 alone
  in an article about one town: read as the town's own station (某区某镇派出所), a body of its own; it is the station
  named before (`town_offices_named_in_full`, after the model's units are read).
- An industry's Party committee before its secretary's title (市律师行业党委书记某某, also after a comma that closes a
  bureau's posts): the name was lost, or read as a person; InstitutionHead 行业 ("title": a title after it needs no body).
  The bureau's posts before the comma are still not carried to that name (left).
- A provincial procuratorate's branch (某省人民检察院第一分院, 某省人民检察院成都铁路运输分院): no unit, its
  procurator-general the province's; UnitHead 分院 of 检察院, Post 检察长 "held_in_unit" 分院, and a place's name that
  opens such a unit's name is read whole though it holds a stop character (成都: 都). A branch's abbreviation printed
  alone later (成铁检察分院) is no second branch of the procuratorate named last (UnitHead "not_bare").
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a squad's head after his squad",
     "在总结会上，平江县消防救援大队城关中队副中队长李振宇介绍了救援经过。",
     {("Official", "李振宇"), ("Agency", "平江县消防救援大队城关中队")},
     {("李振宇", "holdsPost", "平江县消防救援大队城关中队")},
     set()),
    ("a police squad's head after the investigation squad and its squad",
     "案发后，澄城县公安局刑侦大队重案中队中队长赵立新带队赶到现场。",
     {("Official", "赵立新")},
     {("赵立新", "holdsPost", "澄城县公安局刑侦大队重案中队")},
     set()),
    ("a presiding judge right after an intermediate court's civil division",
     "5月14日，洛阳市中级人民法院民二庭审判长孙建华带领合议庭到偃师区开庭。",
     {("Official", "孙建华")},
     {("孙建华", "holdsPost", "洛阳市中级人民法院民二庭")},
     set()),
    ("a judge right after a county court's criminal division",
     "这起案件由合阳县人民法院刑事审判庭审判员吴丽娟主审，当庭宣判。",
     {("Official", "吴丽娟")},
     {("吴丽娟", "holdsPost", "合阳县人民法院刑事审判庭")},
     set()),
    ("a title, then 和 and a count of people: no name",
     "会上，社区书记和几名志愿者分别讲了话。",
     set(),
     set(),
     {"和几名"}),
    ("a village head, then 和 and a count of elders: no name",
     "他请来村主任和几位德高望重的老人一起调解。",
     set(),
     set(),
     {"和几位"}),
    ("a district branch by 分局 alone before its deputy head's title",
     "3月8日，湛江市公安局麻章分局召开表彰会。会上，分局副局长陈国栋宣读了表彰决定。",
     {("Official", "陈国栋"), ("Agency", "湛江市公安局麻章分局")},
     {("陈国栋", "holdsPost", "湛江市公安局麻章分局")},
     set()),
    ("a branch named by a district's short form that is a common word, the district printed",
     "西安市公安局长安分局近日在长安区郭杜街道开展防诈骗宣传。",
     {("Agency", "西安市公安局长安分局")},
     {("西安市公安局长安分局", "locatedIn", "长安区")},
     set()),
    ("another such branch, the district printed before it",
     "在鼓楼区的一处小区里，南京市公安局鼓楼分局民警向居民讲解防范知识。",
     {("Agency", "南京市公安局鼓楼分局")},
     {("南京市公安局鼓楼分局", "locatedIn", "鼓楼区")},
     set()),
    ("a village-named station in full, then 派出所 alone in an article about one town",
     "德州市公安局陵城分局王庄派出所所长孙德明主持晨会。辖区在陵城区丁庄镇。丁庄镇大李村是远近闻名的西瓜村。秋收时节，"
     "派出所的民警每天都要巡逻。",
     {("Agency", "德州市公安局陵城分局王庄派出所"), ("Official", "孙德明")},
     {("孙德明", "holdsPost", "德州市公安局陵城分局王庄派出所")},
     {"德州市陵城区丁庄镇派出所"}),
    ("another such station, its town named after it",
     "聊城市公安局东昌府分局孙庄派出所民警赵宏伟走访群众。辖区在东昌府区堂邑镇。堂邑镇的葫芦远近闻名。赶集那天，"
     "派出所的辅警在路口疏导交通。",
     {("Agency", "聊城市公安局东昌府分局孙庄派出所")},
     set(),
     {"聊城市东昌府区堂邑镇派出所"}),
    ("an industry's Party secretary",
     "会上，市物流行业党委书记周海峰作了交流发言。",
     {("Official", "周海峰")},
     set(),
     set()),
    ("an industry's Party secretary after a bureau's post and a comma",
     "嘉兴市司法局副局长，市律师行业党委书记沈建明出席揭牌仪式。",
     {("Official", "沈建明")},
     set(),
     set()),
    ("a numbered branch of a city's procuratorate and its procurator-general",
     "上海市人民检察院第二分院党组书记、检察长陈立群出席会议。",
     {("Agency", "上海市人民检察院第二分院"), ("Official", "陈立群")},
     {("陈立群", "holdsPost", "上海市人民检察院第二分院"),
      ("上海市人民检察院第二分院", "subOrganizationOf", "上海市人民检察院")},
     set()),
    ("a railway branch opening with a city whose name holds a stop character",
     "会议由江苏省人民检察院无锡铁路运输分院检察长朱晓东主持。",
     {("Agency", "江苏省人民检察院无锡铁路运输分院"), ("Official", "朱晓东")},
     {("朱晓东", "holdsPost", "江苏省人民检察院无锡铁路运输分院")},
     set()),
    ("a branch's abbreviation printed alone later is no second branch",
     "江苏省人民检察院无锡铁路运输分院召开会议。锡铁检察分院检察长朱晓东讲话。",
     {("Agency", "江苏省人民检察院无锡铁路运输分院")},
     set(),
     {"江苏省人民检察院锡铁检察分院"}),
    ("a railway court hangs a regional court's sign: one court",
     "福州铁路运输法院加挂福建省第一地区人民法院的牌子，实行一个机构、两块牌子。福建省第一地区人民法院院长林青出席。",
     {("Official", "林青")},
     {("林青", "holdsPost", "福州市铁路运输法院")},
     {"福建省第一地区人民法院"}),
    ("a county bureau hangs an office's sign: one body",
     "按照机构改革方案，安吉县住房和城乡建设局加挂安吉县人民防空办公室牌子。安吉县人民防空办公室主任王国强介绍了人防工程建设情况。",
     {("Official", "王国强"), ("Agency", "安吉县住房和城乡建设局")},
     {("王国强", "holdsPost", "安吉县住房和城乡建设局")},
     {"安吉县人民防空办公室"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_rows(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
