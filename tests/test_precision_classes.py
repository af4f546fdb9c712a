"""Classes of false positives that a precision probe on real text outside government news found
(benchmarks/precision_probe.py), each with the reading that must stay. Sentences written for these tests;
the names in them are invented or common.

Each row: the text, the (type, name) entities and (subject, predicate, object) facts that must be read, and
the names and facts that must not."""
import pytest

from conftest import check_reading

CASES = {
    # 项目 after a quote names a scheme only under a verb that governs it
    "a contest's event in quotes":
        ("B组“极速飞车”项目进入团体赛阶段，两队各派三人出战。", set(), set(), {"极速飞车"}, set()),
    "an estate in quotes":
        ("住建局为该区调配了120套“云景花园”项目的共有产权房。", set(), set(), {"云景花园"}, set()),
    "a project under a verb that governs it":
        ("坪山区推出“15分钟就业服务圈”项目，帮助居民就近求职。",
         {("Programme", "15分钟就业服务圈")}, {("坪山区", "implements", "15分钟就业服务圈")}, set(), set()),
    "a project under a verb that does not govern alone":
        ("大岭县成立工作专班，推动“千亩田园综合体”项目落地。", {("Programme", "千亩田园综合体")}, set(), set(), set()),
    # a demonstrative between the quote and the noun that says what the quote is
    "a game's element after a demonstrative":
        ("新作十分看重“暗影行动”此元素，玩家须一路潜行。", set(), set(), {"暗影行动"}, set()),
    "an idea after a demonstrative":
        ("各地要牢牢把握“绿色转型行动”这一理念，久久为功。", set(), set(), {"绿色转型行动"}, set()),
    "a scheme after a demonstrative that is no such noun":
        ("青田县深入推进“百村提升行动”这一重点工作。",
         {("Programme", "百村提升行动")}, {("青田县", "implements", "百村提升行动")}, set(), set()),
    # a quoted task opening with its verb
    "a quoted task":
        ("随着全会提出“深化农村土地改革”，各地纷纷跟进。", set(), set(), {"深化农村土地改革"}, set()),
    "a quoted task that a head after the quote names":
        ("衢江区启动“加快建设美丽乡村”三年行动。", {("Programme", "加快建设美丽乡村三年行动")}, set(), set(), set()),
    # a session's voting procedure in 《》
    "a session's election procedure":
        ("会议审议了《临江市第三届人民代表大会第四次会议选举办法（草案）》和《临江市乡村振兴促进办法（草案）》。",
         {("Programme", "《临江市乡村振兴促进办法》")}, set(), {"《临江市第三届人民代表大会第四次会议选举办法》"}, set()),
    # a short form given in brackets is the document, not a second one
    "a document's short form after 下称":
        ("昨日省银保监局正式发布《个人消费贷款管理暂行办法》（下称《消贷办法》），《消贷办法》自下月起施行。",
         {("Programme", "《个人消费贷款管理暂行办法》")}, set(), {"《消贷办法》"}, set()),
    "a document's short form after 以下简称":
        ("市政府印发《城乡供水一体化实施方案》（以下简称《供水方案》）。《供水方案》明确了三年目标。",
         {("Programme", "《城乡供水一体化实施方案》")}, set(), {"《供水方案》"}, set()),
    # a unit head that ends an ordinary word after a body's name
    "a company after a regulator and an adverb":
        ("一直以来证监会非常鼓励上市公司多分红。", {("Agency", "中国证券监督管理委员会")}, set(),
         {"中国证券监督管理委员会非常鼓励上市公司"}, set()),
    "a court session after a court":
        ("此案近日在佛山市中级人民法院二审开庭。", {("Agency", "佛山市中级人民法院")}, set(),
         {"佛山市中级人民法院二审开庭"}, set()),
    "a court's division stays its unit":
        ("佛山市中级人民法院民事审判第一庭审理了此案。", {("Agency", "佛山市中级人民法院民事审判第一庭")},
         {("佛山市中级人民法院民事审判第一庭", "subOrganizationOf", "佛山市中级人民法院")}, set(), set()),
    "a ministry's department stays its unit":
        ("民政部社会事务司负责人介绍了有关情况。", {("Agency", "民政部社会事务司")},
         {("民政部社会事务司", "subOrganizationOf", "民政部")}, set(), set()),
    # a conjunction or a room's name read into a body's name
    "places joined before a shared head":
        ("昨日，济南、德州及齐河县公安局出动警力200余人。", {("Agency", "齐河县公安局")}, set(),
         {"德州市及齐河县公安局", "济南市及齐河县公安局"}, set()),
    # a passive's or a verb's mark between a county and the body that acts on it (not a body of the county's)
    "a county praised by a provincial office after 被":
        ("近日，祁东县被省政府办公厅通报表扬。", {("Agency", "湖南省人民政府办公厅")}, set(), {"祁东县被省政府办公厅"}, set()),
    "a county praised by a provincial office after 获":
        ("日前，溆浦县获省政府办公厅通报表扬。", set(), set(), {"溆浦县获省政府办公厅"}, set()),
    "two bodies joined by a conjunction stay two":
        ("德州市公安局和齐河县公安局联合行动。", {("Agency", "德州市公安局"), ("Agency", "齐河县公安局")}, set(), set(), set()),
    "a meeting hall":
        ("比赛地点：安徽省马鞍山市市政府会议厅。", set(), set(), {"马鞍山市市政府会议厅"}, set()),
    "a lecture hall":
        ("讲座在青岛市图书馆报告厅举行。", set(), set(), {"青岛市图书馆报告厅"}, set()),
    # people read out of ordinary words
    "a card after a role word":
        ("他上周刚办理过一张学生信用卡，还没有用过。", set(), set(), {"信用卡"}, set()),
    "an adverb after a name":
        ("西城律师事务所律师孙浩曾向记者介绍，此类案件增多。", set(), set(), {"孙浩曾"}, set()),
    "a name before 曾 and a boundary-free verb stays two characters":
        ("南山集团董事长高原曾多次表示，要稳健经营。", {("Person", "高原")}, set(), {"高原曾"}, set()),
    "an organisation's short form in brackets":
        ("据当地媒体报道，天然气出口国组织（欧佩克）轮值主席、", set(), set(), {"欧佩克"}, set()),
    "an organisation's name in a closing bracket":
        ("（东方海洋研究院王海）", set(), set(), {"东方海洋", "院王海"}, set()),
    "a byline's names stay":
        ("（记者 张小明 通讯员 王小红）", {("Person", "张小明"), ("Person", "王小红")}, set(), set(), set()),
    "a photo credit stays":
        ("（欧阳小明摄）", {("Person", "欧阳小明")}, set(), set(), set()),
}


@pytest.mark.parametrize("case", list(CASES))
def test_precision_class(nlp, case):
    text, entities, facts, absent, absent_facts = CASES[case]
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts, officials_are_no_persons=False)
