"""The construction classes of real news from every province, one table: for each class a few sentences written
for this test (never a dev passage's), with entities and facts that must be found and names that must not be."""
import pytest

from kg.extraction import extract
from kg.model import Document


def _read(nlp, text):
    """(the (type, name) of each entity, the (subject, predicate, object) names of each fact) of ``text``."""
    r = extract(Document("t.txt", "t.txt", text, "utf-8", ""), nlp)
    name = {e.key: e.name for e in r.entities}
    entities = {(e.type, e.name) for e in r.entities}
    facts = {(name[x.subject], x.predicate, name[x.object]) for x in r.relations if x.predicate != "coOccursWith"}
    return entities, facts


HP = "holdsPost"
# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # title chains
    ("政府县长", "攸县召开经济工作会议，县委副书记、政府县长罗志强作报告。", {("Official", "罗志强")},
     {("罗志强", HP, "攸县人民政府"), ("罗志强", HP, "中共攸县委员会")}, set()),
    ("提名人选", "攸县召开全会，县委常委、提名副县长人选邓海波列席。", set(), {("邓海波", HP, "中共攸县委员会")}, set()),
    ("纪委监委", "攸县纪委书记、监委主任谭建民通报了情况。", set(),
     {("谭建民", HP, "攸县纪律检查委员会"), ("谭建民", HP, "攸县监察委员会")}, set()),
    ("党校", "攸县委党校（行政学院）常务副校（院）长刘红英主持开班仪式。", set(), {("刘红英", HP, "中共攸县委党校")}, set()),
    ("人武部", "攸县人武部政委彭志军参加会议。", set(), {("彭志军", HP, "攸县人民武装部")}, set()),
    ("政协与部门", "攸县政协副主席、住建局局长陈卫东汇报了工作。", set(),
     {("陈卫东", HP, "中国人民政治协商会议攸县委员会"), ("陈卫东", HP, "攸县住房和城乡建设局")}, set()),
    ("党组成员", "攸县财政局党组成员、副局长易小平介绍了情况。", set(), {("易小平", HP, "攸县财政局")}, set()),
    ("街道", "长沙市开福区东风路街道党工委副书记、办事处主任胡敏讲话。", set(),
     {("胡敏", HP, "长沙市开福区东风路街道办事处")}, set()),
    ("村两委", "昌邑市卜庄镇郑家坡村党支部书记、村委会主任王建华介绍村情。", {("Official", "王建华")}, set(), set()),
    ("社区书记", "攸县联星街道城南社区书记刘小芳说，社区已完成改造。", {("Official", "刘小芳")}, set(), set()),
    ("社区书记", "昌邑市卜庄镇新张村书记赵明亮介绍了村情。", {("Official", "赵明亮")}, set(), set()),
    ("第一书记", "省财政厅派驻郑家坡村第一书记周涛带领村民修路。", {("Official", "周涛")}, set(), set()),
    ("工作队", "攸县驻村工作队队长谢明辉介绍了帮扶情况。", {("Official", "谢明辉")}, set(), set()),
    ("民主党派", "农工党湘潭市委副主委李静出席。", set(), {("李静", HP, "中国农工民主党湘潭市委员会")}, set()),
    # a place before the title
    ("地名+职务", "郴州市副市长曹建文出席活动。", set(), {("曹建文", HP, "郴州市人民政府")}, set()),
    ("地名+职务", "湘西州委书记彭华出席。", set(), {("彭华", HP, "中共湘西土家族苗族自治州委员会")}, set()),
    ("地名+层级重复", "攸县县委副书记黄小东出席。", set(), {("黄小东", HP, "中共攸县委员会")}, set()),
    ("地名+层级重复", "澧县县委书记张海涛主持会议。", set(), {("张海涛", HP, "中共澧县委员会")}, set()),
    # lists
    ("副职名单", "醴陵市人大常委会召开会议，市人大常委会主任易建华主持，副主任周海、刘红、邓小军出席。", set(),
     {("易建华", HP, "醴陵市人民代表大会常务委员会"), ("邓小军", HP, "醴陵市人民代表大会常务委员会")}, set()),
    ("市领导", "醴陵市召开大会，市领导易建华、周海、刘红出席。",
     {("Official", "易建华"), ("Official", "周海"), ("Official", "刘红")}, set(), set()),
    ("县领导", "攸县召开会议，县领导易建华、刘红参加。", {("Official", "易建华"), ("Official", "刘红")}, set(), set()),
    ("政府领导", "碑林区召开会议。区政府领导王建军、刘小红、陈大伟以及有关部门负责同志参加。",
     {("Official", "王建军"), ("Official", "刘小红"), ("Official", "陈大伟")}, set(), set()),
    ("发布人", "【发布人】醴陵市财政局局长周海，醴陵市统计局局长刘红", set(),
     {("周海", HP, "醴陵市财政局"), ("刘红", HP, "醴陵市统计局")}, set()),
    ("名单+共同职务", "醴陵市召开会议，易建华、周海、刘红等市领导出席。",
     {("Official", "易建华"), ("Official", "周海"), ("Official", "刘红")}, set(), set()),
    # implied jurisdiction
    ("省长", "本报讯 5月6日，省长易建华到醴陵市调研。", set(), {("易建华", HP, "湖南省人民政府")}, set()),
    ("自治区党委", "本报讯 5月6日，自治区党委书记易建华到百色市调研。", set(),
     {("易建华", HP, "中共广西壮族自治区委员会")}, set()),
    ("省委农办", "醴陵市召开座谈会，省委农办主任周海出席。", set(),
     {("周海", HP, "中共湖南省委农村工作领导小组办公室")}, set()),
    ("自治区厅", "百色市召开会议，自治区农业农村厅有关负责同志出席。", {("Agency", "广西壮族自治区农业农村厅")}, set(), set()),
    ("市人大", "醴陵市召开会议，市人大副主任刘红出席。", set(), {("刘红", HP, "醴陵市人民代表大会")}, set()),
    ("我市", "本报讯 醴陵市召开会议。我市财政局、我市住建局负责人参加。",
     {("Agency", "醴陵市财政局"), ("Agency", "醴陵市住房和城乡建设局")}, set(), set()),
    ("电头", "新华社南宁5月6日电 自治区主席易建华到百色市调研。", set(), {("易建华", HP, "广西壮族自治区人民政府")}, set()),
    # narrative forms
    ("当选", "醴陵市孙家湾镇召开大会，张小军全票当选村党支部书记。", {("Official", "张小军")}, set(), set()),
    ("曾任", "醴陵市召开座谈会，曾任醴陵市副市长的周晓东讲话。", set(), {("周晓东", HP, "醴陵市人民政府")}, set()),
    ("由…担任", "醴陵市召开会议，会议决定由刘红担任醴陵市人民政府副市长。", set(),
     {("刘红", HP, "醴陵市人民政府")}, {"由刘红"}),
    # names
    ("罕见姓", "蓬莱区召开会议，区长憨立新讲话。", {("Official", "憨立新")}, set(), set()),
    ("罕见姓", "蓬莱区召开会议，区委书记衣晓峰主持。", {("Official", "衣晓峰")}, set(), set()),
    ("名+率", "蓬莱区委书记王海滨率调研组检查。", {("Official", "王海滨")}, set(), {"王海滨率"}),
    ("名+于", "宁远县召开会议。县委书记王刚于5月8日到水市镇调研。", {("Official", "王刚")}, set(), {"王刚于"}),
    ("复姓", "宁远县召开会议。县委副书记上官文华出席。", {("Official", "上官文华")}, set(), set()),
    ("摄影署名", "蓬莱区召开会议。（宋晓明 摄）", set(), set(), {"宋晓明"}),
    ("地名非人名", "马庄、丁村等村的群众参加了活动。", set(), set(), {"马庄", "丁村"}),
    # bodies in bare lists
    ("部门列举", "蓬莱区政府办、公安局、财政局、发改局负责同志参加会议。",
     {("Agency", "烟台市蓬莱区公安局"), ("Agency", "烟台市蓬莱区财政局"), ("Agency", "烟台市蓬莱区发展和改革局")},
     set(), set()),
    ("部门列举", "蓬莱区委农工委、区农林局、区水务局负责同志参加。",
     {("Agency", "中共烟台市蓬莱区委农村工作委员会"), ("Agency", "烟台市蓬莱区水务局")}, set(), set()),
    # sub-units and national bodies
    ("处室", "山东省农业农村厅农村社会事业促进处处长王晓东介绍了情况。", set(),
     {("山东省农业农村厅农村社会事业促进处", "subOrganizationOf", "山东省农业农村厅")}, set()),
    ("党校教研室", "蓬莱区委党校经济学教研室主任王晓东授课。", set(),
     {("中共烟台市蓬莱区委党校经济学教研室", "subOrganizationOf", "中共烟台市蓬莱区委党校")}, set()),
    ("中央机关", "中共中央办公厅、国务院办公厅印发了意见。", {("Agency", "中共中央办公厅"), ("Agency", "国务院办公厅")},
     set(), {"中央办公厅"}),
    ("雄安新区", "雄安新区管委会副主任李晓东出席。", {("Agency", "河北雄安新区管理委员会")}, set(), set()),
    ("雄安新区", "河北雄安新区管理委员会副主任李晓东出席。", {("Agency", "河北雄安新区管理委员会")}, set(), {"安新县"}),
    ("县级市总工会", "龙口市副市长、市总工会主席王晓东出席。", set(), {("王晓东", HP, "龙口市总工会")}, set()),
    # places
    ("村与镇", "昌邑市卜庄镇郑家坡村召开村民大会。", set(), {("郑家坡村", "partOf", "卜庄镇"), ("卜庄镇", "partOf", "昌邑市")},
     set()),
    ("共用后缀", "蓬莱区北沟、大柳行、刘家沟三镇召开会议。", set(),
     {("北沟镇", "partOf", "蓬莱区"), ("大柳行镇", "partOf", "蓬莱区"), ("刘家沟镇", "partOf", "蓬莱区")}, set()),
    ("长词中的地名", "我们登上大板山西南麓，眺望大通河两岸，建设镇域内风光秀美。", set(), set(),
     {"山西省", "大通回族土族自治县", "建设镇"}),
]


@pytest.mark.parametrize("kind, text, entities, facts, absent", CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_construction_classes(nlp, kind, text, entities, facts, absent):
    got_entities, got_facts = _read(nlp, text)
    assert entities <= got_entities, sorted(got_entities)
    assert facts <= got_facts, sorted(got_facts)
    assert not absent & {n for _, n in got_entities}, sorted(got_entities)
