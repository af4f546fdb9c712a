"""Construction classes of the institutions below a county's bureaus and where they lie, which a held-out set of our own
news articles (eval/own-people-11.jsonl) showed kg missing: a bureau's station printed with its town's bare name
(水文站, 林业工作站, 消防救援站), fields of stations and offices the grammar lacked, a unit's parent stated in words (是…的派出
机构, 由…垂直管理), a local branch of a national system printed with and without the national body, a unit printed after
its body and later alone, and words that made bodies or villages of ordinary phrases. Each class has sentences written for
this test (places of 浙江 安吉县 and 湖州市, invented people), with what must be read and what must not."""
import pytest

from conftest import check_reading

HP, SUB, LOC = "holdsPost", "subOrganizationOf", "locatedIn"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # a bureau's station printed with its town's bare name: in the town where the text prints it, a unit of the bureau
    ("局属+水文站", "安吉县水利局召开防汛会议，局属孝丰水文站站长陈立介绍了汛情。孝丰镇干部也参加了会议。",
     {("Agency", "孝丰水文站"), ("Official", "陈立")},
     {("陈立", HP, "孝丰水文站"), ("孝丰水文站", LOC, "孝丰镇"), ("孝丰水文站", SUB, "安吉县水利局")}, set()),
    ("林业局+林业工作站", "安吉县林业局天荒坪林业工作站站长吴敏带队巡查山林。",
     {("Agency", "安吉县林业局天荒坪林业工作站")},
     {("吴敏", HP, "安吉县林业局天荒坪林业工作站"), ("安吉县林业局天荒坪林业工作站", SUB, "安吉县林业局"),
      ("安吉县林业局天荒坪林业工作站", LOC, "安吉县")}, set()),
    ("大队+消防救援站,镇另印", "安吉县消防救援大队报福消防救援站开展演练，报福镇干部参加。",
     {("Agency", "安吉县消防救援大队报福消防救援站")},
     {("安吉县消防救援大队报福消防救援站", LOC, "报福镇"),
      ("安吉县消防救援大队报福消防救援站", SUB, "安吉县消防救援大队")}, set()),
    # fields of stations, centres and units the grammar lacked
    ("镇农业综合服务中心", "安吉县召开会议。报福镇农业综合服务中心主任李强发言。",
     {("Agency", "安吉县报福镇农业综合服务中心")}, {("李强", HP, "安吉县报福镇农业综合服务中心")}, set()),
    ("森林草原防火办公室", "安吉县林业和草原局森林草原防火办公室主任赵刚通报火情。",
     {("Agency", "安吉县林业和草原局森林草原防火办公室")},
     {("安吉县林业和草原局森林草原防火办公室", SUB, "安吉县林业和草原局")}, set()),
    ("镇医保工作站", "安吉县召开会议。孝丰镇医保工作站开始受理异地就医备案。",
     {("Agency", "安吉县孝丰镇医保工作站")}, {("安吉县孝丰镇医保工作站", LOC, "孝丰镇")}, set()),
    ("卫生健康监督所", "安吉县召开会议。县卫生健康局卫生健康监督所同期开展检查。",
     {("Agency", "安吉县卫生健康局卫生健康监督所")},
     {("安吉县卫生健康局卫生健康监督所", SUB, "安吉县卫生健康局")}, set()),
    # a verb of inspecting opens no unit after a body; a quantity before 村 names no village
    ("视察+乡镇站所", "安吉县人大常委会视察乡镇站所建设情况", {("Agency", "安吉县人民代表大会常务委员会")}, set(),
     {"安吉县人民代表大会常务委员会视察乡镇站"}),
    ("调研+乡镇站所", "湖州市人大常委会调研乡镇站所运行情况", set(), set(), {"湖州市人民代表大会常务委员会调研乡镇站"}),
    ("部分村,其余村", "安吉县召开会议。该所负责孝丰镇部分村和其余村的用地报批。", {("Place", "孝丰镇")}, set(),
     {"部分村", "其余村"}),
    ("县水文站", "安吉县召开会议。县水文站站长周平介绍了水情。",
     {("Agency", "安吉县水文站"), ("Official", "周平")}, {("周平", HP, "安吉县水文站")}, set()),
    # 所属, 下属 after a body's full name: the body printed next is its unit, and never part of a unit's name
    ("局下属+全称", "安吉县水利局下属安吉县水文站开展监测。", {("Agency", "安吉县水文站")},
     {("安吉县水文站", SUB, "安吉县水利局")}, set()),
    ("局所属+县…中心", "安吉县召开会议。县农业农村局所属县农业技术推广中心主任吴丽发言。", set(), set(),
     {"安吉县农业农村局所属县农业技术推广中心"}),
    # a unit's parent stated in words
    ("这个站是…的派出机构", "安吉县召开会议。孝丰镇畜牧兽医站站长王芳介绍了防疫情况。这个站是县农业农村局的派出机构。",
     {("Agency", "安吉县孝丰镇畜牧兽医站")}, {("安吉县孝丰镇畜牧兽医站", SUB, "安吉县农业农村局")}, set()),
    ("甲、乙由…管理", "安吉县召开会议。在报福镇，镇财政所、镇农业综合服务中心由镇人民政府管理。",
     set(), {("安吉县报福镇财政所", SUB, "安吉县报福镇人民政府"),
             ("安吉县报福镇农业综合服务中心", SUB, "安吉县报福镇人民政府")}, set()),
    ("…是其中之一，由…派驻", "安吉县召开会议。孝丰镇医保工作站是其中之一，由县医疗保障局派驻经办人员。",
     set(), {("安吉县孝丰镇医保工作站", SUB, "安吉县医疗保障局")}, set()),
    # a local branch of a national system printed with the national body and without it: one body
    ("国家税务总局+县税务局,再印", "国家税务总局安吉县税务局召开会议。安吉县税务局局长郑军讲话。",
     {("Agency", "国家税务总局安吉县税务局")}, {("郑军", HP, "国家税务总局安吉县税务局")}, {"安吉县税务局"}),
    # the immigration administration's border bodies, named after their places as printed, each a unit of the one before
    ("边境管理支队+大队+派出所", "德宏边境管理支队瑞丽边境管理大队弄岛边境派出所联合瑞丽市弄岛镇人民政府开展巡逻。"
     "瑞丽边境管理大队大队长李军出席。弄岛边境派出所所长张华介绍了辖区情况。",
     {("Agency", "德宏边境管理支队"), ("Agency", "德宏边境管理支队瑞丽边境管理大队")},
     {("德宏边境管理支队瑞丽边境管理大队", SUB, "德宏边境管理支队"),
      ("德宏边境管理支队瑞丽边境管理大队", LOC, "瑞丽市"), ("李军", HP, "德宏边境管理支队瑞丽边境管理大队"),
      ("张华", HP, "德宏边境管理支队瑞丽边境管理大队弄岛边境派出所"),
      ("德宏边境管理支队瑞丽边境管理大队弄岛边境派出所", LOC, "弄岛镇"),
      ("德宏边境管理支队瑞丽边境管理大队弄岛边境派出所", SUB, "德宏边境管理支队瑞丽边境管理大队")},
     {"瑞丽边境管理大队", "弄岛边境派出所", "德宏傣族景颇族自治州边境管理支队"}),
    # a forest police station and a border police station printed with their town's bare name; a tribunal printed
    # alone by its town's name and in full lies in its court's county, whether or not the text prints the town
    ("森林派出所,单印", "安吉县召开会议。报福森林派出所所长张勇带队巡山。报福镇干部参加。",
     {("Agency", "报福森林派出所"), ("Official", "张勇")}, {("报福森林派出所", LOC, "报福镇")}, set()),
    ("边防派出所,单印", "瑞丽市召开会议。弄岛边防派出所所长李军介绍情况。",
     {("Agency", "弄岛边防派出所")}, {("李军", HP, "弄岛边防派出所")}, set()),
    ("人民法庭,单印", "安吉县召开会议。孝丰人民法庭庭长刘伟介绍案件。孝丰镇干部参加。",
     {("Agency", "孝丰人民法庭")}, {("刘伟", HP, "孝丰人民法庭"), ("孝丰人民法庭", LOC, "安吉县")}, set()),
    # a field office printed after a body the text names in full is named after that body
    ("全称局+税务所", "国家税务总局安吉县税务局孝丰税务所开展辅导。",
     {("Agency", "国家税务总局安吉县税务局孝丰税务所")},
     {("国家税务总局安吉县税务局孝丰税务所", SUB, "国家税务总局安吉县税务局")}, {"安吉县税务局孝丰税务所"}),
    # the verbs of a tribunal's or an office's work end the name of its head before them
    ("庭长某审理", "安吉县人民法院孝丰人民法庭庭长刘伟审理了一起纠纷。",
     {("Official", "刘伟")}, {("刘伟", HP, "安吉县人民法院孝丰人民法庭")}, {"刘伟审"}),
    ("所长某调解", "安吉县召开会议。孝丰镇司法所所长周敏调解了邻里纠纷。", {("Official", "周敏")}, set(), {"周敏调"}),
    ("站长某巡山", "安吉县召开会议。县林业局孝丰林业站站长吴敏巡山护林。", {("Official", "吴敏")}, set(), {"吴敏巡"}),
    # the head of a hospital, a clinic or a state-grid office is a person with that role, no official
    ("供电所所长", "闽清县召开会议。梅溪供电所所长郑丽芳带着电工检测线路。", {("Person", "郑丽芳")}, set(), set()),
    ("保健院院长", "安吉县召开会议。县妇幼保健院院长张红参加。", {("Person", "张红")}, set(), set()),
    # a unit printed after its body, then alone by its own name
    ("单位全称,后单印", "安吉县公安局交通警察大队开展整治。交通警察大队大队长钱伟介绍了战果。",
     {("Agency", "安吉县公安局交通警察大队"), ("Official", "钱伟")},
     {("钱伟", HP, "安吉县公安局交通警察大队")}, set()),
    ("税务分局全称,后单印", "国家税务总局安吉县税务局递铺税务分局走进社区。递铺税务分局局长孙倩介绍了政策。",
     {("Official", "孙倩")}, {("孙倩", HP, "国家税务总局安吉县税务局递铺税务分局")}, set()),
]


@pytest.mark.parametrize("text,entities,facts,absent", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bodies_below_bureaus(nlp, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("text", [
    "安吉县召开会议。孝丰镇由县水利局管理的水库已完成除险加固。",  # a place before 由
    "安吉县召开会议。县水利局介绍，该项目由浙江省水利厅管理。",  # a body two clauses back, not the sentence's opener
    # the body opening the sentence is the one of a speaker's title: 由…派出 sends staff for the work he speaks of
    "安吉县召开会议。县农业农村局局长吴刚介绍，工程坚持统一标准，由县农业技术推广中心派出10名技术员驻村指导。",
])
def test_stated_parent_needs_its_unit_before(nlp, text):
    """由…管理 makes a unit only of the body printed right before 由 (or opening the sentence before ，由)."""
    from conftest import read_names

    _, facts = read_names(nlp, text)
    assert not {f for f in facts if f[1] == SUB}, sorted(facts)
