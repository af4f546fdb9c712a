"""Construction classes of bodies and where they are that a held-out set of our own passages (eval/own-people-7.jsonl)
showed kg missing: abbreviated bodies whose jurisdiction the article implies, a body's units printed after its head alone
in a later sentence (本局, 该局, 厅), units named by the words 局属 / 直属单位, units of a procuratorate, a village's
supervisory committee. Each class has sentences written for this test, with what must be read and what must not."""
import pytest

from conftest import check_reading

HP, SUB, LOC = "holdsPost", "subOrganizationOf", "locatedIn"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # abbreviations of centres and offices after the level's character: the article's county, city or prefecture
    ("县中心简称", "石棉县召开就业工作会。县就业服务中心主任何丽、县社保经办中心主任罗刚发言。",
     {("Agency", "石棉县就业服务中心"), ("Agency", "石棉县社会保险经办中心")},
     {("何丽", HP, "石棉县就业服务中心"), ("石棉县社会保险经办中心", LOC, "石棉县")}, {"石棉县社保经办中心"}),
    ("县仲裁院", "石棉县召开会议。县劳动人事争议仲裁院院长杜明通报了案件情况。",
     {("Agency", "石棉县劳动人事争议仲裁院")}, {("杜明", HP, "石棉县劳动人事争议仲裁院")}, set()),
    ("市文明办", "雅安市召开会议。市委宣传部副部长、市文明办主任陶红出席。",
     {("Agency", "雅安市精神文明建设委员会办公室")},
     {("陶红", HP, "雅安市精神文明建设委员会办公室"), ("陶红", HP, "中共雅安市委宣传部")}, {"雅安市文明办"}),
    ("州民宗委", "凉山彝族自治州召开会议。州民宗委主任阿说伍各讲话。",
     {("Agency", "凉山彝族自治州民族宗教事务委员会")},
     {("凉山彝族自治州民族宗教事务委员会", LOC, "凉山彝族自治州")}, set()),
    ("县文旅广电局", "石棉县召开会议。县文旅广电局局长韩冰介绍了景区情况。",
     {("Agency", "石棉县文化旅游广电局")}, {("韩冰", HP, "石棉县文化旅游广电局")}, {"石棉县文旅广电局"}),
    ("执法大队", "石棉县自然资源执法大队对矿山开展巡查。",
     {("Agency", "石棉县自然资源执法大队")}, {("石棉县自然资源执法大队", LOC, "石棉县")}, set()),
    # a procuratorate's numbered department, after its abbreviated name
    ("检察院第几检察部", "石棉县召开会议。县检察院第三检察部主任龚平介绍了办案情况。",
     {("Agency", "石棉县人民检察院第三检察部")},
     {("石棉县人民检察院第三检察部", SUB, "石棉县人民检察院"), ("龚平", HP, "石棉县人民检察院第三检察部")}, set()),
    # a village's supervisory committee, like its villagers' committee
    ("村务监督委员会", "在石棉县新棉街道安靖村，村务监督委员会主任蒋福介绍了村里的账目公开。",
     {("Agency", "石棉县安靖村村务监督委员会")}, {("蒋福", HP, "石棉县安靖村村务监督委员会")}, set()),
    # the head of a body alone (本局, 厅, 该局), then a unit, in a later sentence than the body
    ("本局+股", "石棉县林业局关于森林防火的通告。本局资源保护股负责受理举报。",
     {("Agency", "石棉县林业局资源保护股")}, {("石棉县林业局资源保护股", SUB, "石棉县林业局")}, set()),
    ("厅+处,后句", "四川省交通运输厅召开安全生产会议。厅安全监督处处长文军通报了隐患排查情况。",
     {("Agency", "四川省交通运输厅安全监督处")},
     {("四川省交通运输厅安全监督处", SUB, "四川省交通运输厅"), ("文军", HP, "四川省交通运输厅安全监督处")}, set()),
    ("局办公室", "石棉县林业局召开会议。局办公室、局营林股负责人参加。",
     {("Agency", "石棉县林业局办公室"), ("Agency", "石棉县林业局营林股")},
     {("石棉县林业局办公室", SUB, "石棉县林业局")}, {"石棉县林业局局营林股"}),
    ("该局,两个局", "石棉县水利局和石棉县林业局联合检查。该局办公室负责汇总材料。",
     {("Agency", "石棉县林业局办公室")}, {("石棉县林业局办公室", SUB, "石棉县林业局")}, set()),
    ("两个局,无该", "石棉县水利局和石棉县林业局联合检查。局办公室负责汇总材料。",
     set(), set(), {"石棉县林业局办公室", "石棉县水利局办公室"}),
    ("本局网站", "石棉县林业局关于森林防火的通告。通告全文在本局网站公布。", set(), set(), {"石棉县林业局网站"}),
    # 局属, 直属单位: the bodies printed next, and those listed after them, are units of that body
    ("局属", "石棉县卫生健康局召开会议。局属石棉县疾病预防控制中心、石棉县卫生监督所汇报了工作。",
     {("Agency", "石棉县疾病预防控制中心")},
     {("石棉县疾病预防控制中心", SUB, "石棉县卫生健康局")}, {"石棉县卫生健康局属石棉县疾病预防控制中心"}),
    ("委直属单位", "四川省卫生健康委员会召开会议。委直属单位四川省疾病预防控制中心负责人参加。",
     {("Agency", "四川省疾病预防控制中心")}, {("四川省疾病预防控制中心", SUB, "四川省卫生健康委员会")}, set()),
    ("局属+两个局,同句", "石棉县水利局和石棉县卫生健康局召开会议。石棉县卫生健康局局长熊伟说，局属石棉县疾病预防控制中心已完成检测。",
     {("Agency", "石棉县疾病预防控制中心")}, {("石棉县疾病预防控制中心", SUB, "石棉县卫生健康局")}, set()),
    # after a unit and 、, a body named as its body's name begins is a body of its own, not another unit
    ("单位、全称机构", "石棉县自然资源局召开会议。该局办公室、石棉县自然资源执法大队负责人参加。",
     {("Agency", "石棉县自然资源执法大队")}, set(), {"石棉县自然资源局石棉县自然资源执法大队"}),
    # a standing headquarters' commander at the end of a title chain
    ("…指挥部指挥长", "石棉县召开会议。县委常委、副县长、县森林防灭火指挥部指挥长彭勇出席。",
     {("Official", "彭勇")}, {("彭勇", HP, "石棉县森林防灭火指挥部"), ("彭勇", HP, "石棉县人民政府")}, set()),
    # a county's body after a verb the abbreviation grammar did not know; a verb that is no body's name
    ("报送+县局股", "石棉县召开会议。材料请报送县农业农村局种植业股。",
     {("Agency", "石棉县农业农村局种植业股")}, {("石棉县农业农村局种植业股", SUB, "石棉县农业农村局")}, set()),
    ("县里整合", "石棉县召开会议。县里整合县文旅局、县图书馆的资源办展览。",
     {("Agency", "石棉县文化和旅游局")}, set(), {"石棉县里整合县文旅局"}),
    # fields of centres and offices
    ("镇农村经济服务中心", "石棉县迎政乡召开会议。乡农村经济服务中心每月审核一次村级账目。",
     {("Agency", "石棉县迎政乡农村经济服务中心")}, set(), set()),
    ("局属检验所", "石棉县市场监督管理局召开会议。局属石棉县食品药品检验所负责检验。",
     {("Agency", "石棉县食品药品检验所")}, {("石棉县食品药品检验所", SUB, "石棉县市场监督管理局")}, set()),
    ("不动产登记事务中心", "石棉县自然资源局召开会议。局属石棉县不动产登记事务中心负责登记。",
     {("Agency", "石棉县不动产登记事务中心")}, {("石棉县不动产登记事务中心", SUB, "石棉县自然资源局")}, set()),
    # a centre's service point printed after it; a provincial 总站 after 直属单位
    ("中心+服务点", "石棉县召开会议。县不动产登记中心迎政服务点当天正式启用。",
     {("Agency", "石棉县不动产登记中心迎政服务点")},
     {("石棉县不动产登记中心迎政服务点", SUB, "石棉县不动产登记中心")}, set()),
    ("厅直属单位+总站", "四川省农业农村厅召开会议。厅直属单位四川省农业技术推广总站站长邓林参加。",
     {("Agency", "四川省农业技术推广总站")},
     {("四川省农业技术推广总站", SUB, "四川省农业农村厅"), ("邓林", HP, "四川省农业技术推广总站")}, set()),
    ("客运总站", "石棉县召开会议。会后代表们参观了客运总站。", set(), set(), {"石棉县客运总站"}),
    # a venue named after a body is no unit of it; a unit with a name of its own still is
    ("政府会议中心", "石棉县迎政乡第十届人民代表大会第二次会议在乡政府会议中心开幕。",
     {("Agency", "石棉县迎政乡人民政府")}, set(), {"石棉县迎政乡人民政府会议中心"}),
    ("政府信息中心", "石棉县政府信息中心主任王刚参加。", {("Agency", "石棉县人民政府信息中心")}, set(), set()),
    # a committee named bare in a title chain after a CPPCC post is one of the CPPCC committee's own
    ("政协副主席、某委员会主任", "石棉县政协召开会议。县政协副主席、文化文史和学习委员会主任冉东主持。",
     {("Agency", "中国人民政治协商会议石棉县委员会文化文史和学习委员会")},
     {("冉东", HP, "中国人民政治协商会议石棉县委员会文化文史和学习委员会"),
      ("中国人民政治协商会议石棉县委员会文化文史和学习委员会", SUB, "中国人民政治协商会议石棉县委员会")},
     {"石棉县文化文史和学习委员会"}),
    # a stationed discipline group named again by its short form, with its head's title after it
    ("派驻纪检监察组组长", "攸县纪委监委派驻县财政局纪检监察组开展专项检查。检查组由派驻纪检监察组组长丁伟带队。",
     {("Official", "丁伟")}, {("丁伟", HP, "攸县纪律检查委员会驻攸县财政局纪检监察组")}, set()),
    # a court's 人民法庭 named again by a shorter name, after a word that ends no body (庭审由…)
    ("法庭简称", "石棉县人民法院迎政人民法庭开庭审理一起纠纷。庭审由迎政法庭庭长汪平担任审判长。",
     {("Official", "汪平")}, {("汪平", HP, "石棉县人民法院迎政人民法庭")},
     {"石棉县人民法院迎政法庭", "石棉县人民法院庭审由迎政法庭"}),
    ("法庭,无全称", "石棉县人民法院召开发布会。会上，迎政法庭庭长汪平通报了案件情况。",
     {("Agency", "石棉县人民法院迎政法庭")}, {("汪平", HP, "石棉县人民法院迎政法庭")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", CASES, ids=[c[0] for c in CASES])
def test_bodies_where(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


# a county printed after a verb of visiting, with no other mention of it in the text, is still a place
VISITS = [
    ("走进", "记者走进石棉县迎政乡，看到新修的水渠。", {"石棉县", "迎政乡"}),
    ("深入", "调研组深入泰宁县朱口镇，察看茶园。", {"泰宁县", "朱口镇"}),
    ("走访", "代表们走访平和县山格镇的农户。", {"平和县", "山格镇"}),
]


@pytest.mark.parametrize("cls,text,places", VISITS, ids=[c[0] for c in VISITS])
def test_place_after_visiting_verb(nlp, cls, text, places):
    from conftest import read_names

    got, _ = read_names(nlp, text)
    assert {("Place", p) for p in places} <= got, sorted(got)
