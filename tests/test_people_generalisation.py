"""Construction classes of people, posts, bodies and places that a held-out set of our own passages (eval/own-people.jsonl) showed
kg missing, one table: for each class a few sentences written for this test, with the people and posts that must
be found and the names that must not be."""
import pytest

from conftest import check_reading, read_names as _read

HP = "holdsPost"
TJ_RD = "通江县人民代表大会常务委员会"
TJ_ZX = "中国人民政治协商会议通江县委员会"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # a list of bare titles after an official and his verb's object: the body of the same title, else the last one
    ("主持会议+副职名单", "通江县召开会议。县人大常委会主任王建国主持会议，副主任李明、张红，秘书长赵亮出席。",
     {("Official", "李明"), ("Official", "张红"), ("Official", "赵亮")},
     {("李明", HP, TJ_RD), ("张红", HP, TJ_RD), ("赵亮", HP, TJ_RD)}, set()),
    ("主持大会并讲话+副职", "通江县召开会议。县政协主席刘文华主持大会并讲话，副主席陈志强、马丽出席。",
     {("Official", "陈志强"), ("Official", "马丽")}, {("陈志强", HP, TJ_ZX), ("马丽", HP, TJ_ZX)}, set()),
    ("长句+同名副职", "宣汉县人民法院召开发布会。县法院党组书记、院长庹明辉通报了近三年涉农案件审判情况，副院长包晓蓉回答了记者提问。",
     {("Official", "包晓蓉")}, {("包晓蓉", HP, "宣汉县人民法院")}, set()),
    ("同名职务+前一人多职", "民进巴中市委会主委、巴中市政协副主席周文斌致辞，副主委孙立、郑芳，秘书长吴刚出席。",
     {("Official", "孙立"), ("Official", "吴刚")},
     {("孙立", HP, "中国民主促进会巴中市委员会"), ("郑芳", HP, "中国民主促进会巴中市委员会"),
      ("吴刚", HP, "中国民主促进会巴中市委员会")}, set()),
    # a header's lines: a title, blanks, a name that ends the line
    ("发布人行", "巴中市举行发布会。\n【发布人】\n巴中市人民政府副市长 杨海涛\n巴中市统计局局长 何丽娟\n",
     {("Official", "杨海涛"), ("Official", "何丽娟")},
     {("杨海涛", HP, "巴中市人民政府"), ("何丽娟", HP, "巴中市统计局")}, set()),
    ("主持人行", "巴中市举行发布会。\n【主持人】\n巴中市人民政府新闻办公室副主任　郭晓峰\n",
     {("Official", "郭晓峰")}, {("郭晓峰", HP, "巴中市人民政府新闻办公室")}, set()),
    ("发布人+名在前多行", "巴中市举行发布会。\n【发布人】\n杨海涛  巴中市人民政府副市长\n何丽娟  巴中市统计局局长\n",
     {("Official", "杨海涛"), ("Official", "何丽娟")},
     {("杨海涛", HP, "巴中市人民政府"), ("何丽娟", HP, "巴中市统计局")}, set()),
    ("职务：姓名", "巴中市举行发布会。\n发布人：\n巴中市发展和改革委员会主任：杨海涛\n巴中市统计局局长：何丽娟\n",
     {("Official", "杨海涛"), ("Official", "何丽娟")},
     {("杨海涛", HP, "巴中市发展和改革委员会"), ("何丽娟", HP, "巴中市统计局")}, set()),
    ("句中发布人", "巴中市举行发布会。发布人：杨海涛，巴中市发展和改革委员会主任；何丽娟，巴中市统计局局长。",
     {("Official", "杨海涛"), ("Official", "何丽娟")},
     {("杨海涛", HP, "巴中市发展和改革委员会"), ("何丽娟", HP, "巴中市统计局")}, set()),
    # appointments: one verb, a list of appointments; 补选 and 增补; 常务委员
    ("任命+列举", "通江县人大常委会召开会议。会议任命周明为县民政局局长、吴芳为县林业局局长。",
     {("Official", "周明"), ("Official", "吴芳")}, {("周明", HP, "通江县民政局"), ("吴芳", HP, "通江县林业局")}, set()),
    ("免去+列举", "通江县人大常委会召开会议。会议免去黄强的县民政局局长职务、何勇的县林业局局长职务。",
     {("Official", "黄强"), ("Official", "何勇")}, {("黄强", HP, "通江县民政局"), ("何勇", HP, "通江县林业局")}, set()),
    ("补选", "通江县沙溪镇召开人代会。大会补选谢兰为沙溪镇人民代表大会主席团副主席。",
     {("Official", "谢兰")}, set(), set()),
    ("增补+常务委员", "通江县政协召开全会。大会增补罗平等4人为县政协常务委员。",
     {("Official", "罗平")}, {("罗平", HP, TJ_ZX)}, set()),
    # the same title, printed in the chain without its own body (党组副书记、副主席: the CPPCC's)
    ("同名职务无本体", "通江县召开会议。县政协党组副书记、副主席王立新，副主席陈红、李强在主席台就座。",
     {("Official", "陈红"), ("Official", "李强")}, {("陈红", HP, TJ_ZX), ("李强", HP, TJ_ZX)}, {"台就座"}),
    # a word that begins with a title; a role after a conjunction
    ("主席台", "通江县召开大会。县领导在主席台就座。", set(), set(), {"台就座"}),
    ("和+角色", "通江县召开会议。村党支部书记和网格员一起入户走访。", set(), set(), {"和网格"}),
    ("委员会", "近日，中共苍溪县纪律检查委员会、苍溪县监察委员会对3起问题进行通报。",
     {("Agency", "苍溪县监察委员会")}, set(), {"会对"}),
    # ordinary words that begin with a surname's character, after a role or a title
    ("角色+常用词", "苍溪县召开会议，积极回应市民关切。", set(), set(), {"关切"}),
    ("职务+常用词", "苍溪县新任副县长简历", set(), set(), {"简历"}),
    ("名为常用词", "苍溪县召开会议。副县长王立新、訾海军出席会议。", {("Official", "訾海军")},
     {("訾海军", HP, "苍溪县人民政府")}, set()),
    # a title after an aspect particle; words that follow names in reports and notices
    ("了+职务", "通江县召开会议。会议听取了副县长何志军关于全县秋收工作的汇报。",
     {("Official", "何志军")}, {("何志军", HP, "通江县人民政府")}, set()),
    ("名+违规/受到", "通江县纪委通报。铁佛镇党委原副书记周德来违规收受礼金。周德来受到党内警告处分。",
     {("Official", "周德来")}, set(), {"周德"}),
    # a bracket of credits: a role, a blank, a name
    ("署名括号", "通江县召开会议。（记者 谭丽 通讯员 卞海燕）", {("Person", "卞海燕"), ("Person", "谭丽")}, set(), set()),
    # rare surnames (CC-CEDICT's, rare characters) after a title
    ("罕见姓", "通江县召开会议。县委副书记杞文军出席。", {("Official", "杞文军")}, set(), set()),
    ("罕见姓", "通江县召开会议。县人大常委会副主任侴建平讲话。", {("Official", "侴建平")}, set(), set()),
    # 第一书记 after a village: a post in the village's Party branch
    ("村+第一书记", "旺苍县木门镇召开会议。盐井村第一书记刘志远介绍情况。", {("Official", "刘志远")},
     {("刘志远", HP, "中共旺苍县木门镇盐井村支部委员会")}, set()),
    ("派驻+村+第一书记", "旺苍县木门镇召开会议。县财政局派驻盐井村第一书记刘志远介绍情况。", set(),
     {("刘志远", HP, "中共旺苍县木门镇盐井村支部委员会")}, set()),
    ("到村的第一书记", "旺苍县木门镇召开会议。县委组织部选派到盐井村的第一书记、驻村工作队队长刘志远介绍情况。", set(),
     {("刘志远", HP, "中共旺苍县木门镇盐井村支部委员会")}, set()),
    # narrative posts: the post before 一职由X担任; X已调任 a post
    ("一职由X担任", "旺苍县召开会议。会议决定，县长一职由何建平担任。", {("Official", "何建平")},
     {("何建平", HP, "旺苍县人民政府")}, set()),
    ("已调任", "旺苍县召开会议。何建平已调任广元市人民政府副秘书长。", {("Official", "何建平")},
     {("何建平", HP, "广元市人民政府")}, set()),
    # a short form of a place inside a landmark's name
    ("古城/老街", "代表团赴黄山市歙县考察，先后考察了徽州古城和屯溪老街。", {("Place", "歙县")}, set(),
     {"徽州区", "屯溪区"}),
    # a chain no name follows, a comma, then the same official's next chain
    ("职务链+逗号", "旺苍县召开会议。县人大常委会党组书记、主任，县委副书记王明出席。", {("Official", "王明")},
     {("王明", HP, "旺苍县人民代表大会常务委员会"), ("王明", HP, "中共旺苍县委员会")}, set()),
    ("镇武装部", "旺苍县东河镇召开会议。镇武装部部长孙刚出席。", {("Official", "孙刚")},
     {("孙刚", HP, "旺苍县东河镇人民武装部")}, set()),
    # titles joined by 兼; two modifiers before a title (专职 + 副)
    ("兼+职务", "民建广元市委会专职副主委兼秘书长孙晓明参加调研。", {("Official", "孙晓明")},
     {("孙晓明", HP, "中国民主建国会广元市委员会")}, set()),
    ("两个修饰语", "民建广元市委会主委刘海波，专职副主委孙晓明参加调研。", {("Official", "孙晓明")},
     {("孙晓明", HP, "中国民主建国会广元市委员会")}, set()),
    # a numbered item that begins with an abbreviated body
    ("序号+机构简称", "旺苍县纪委通报。\n1.木门镇党委委员王刚违规问题。\n2.县自然资源局局长冀红兵履职不力问题。",
     {("Agency", "旺苍县自然资源局")}, {("冀红兵", HP, "旺苍县自然资源局")}, set()),
    # a delegation: the abbreviations after its leader are the visitors', however often the host is named
    ("代表团", "旺苍县党政代表团赴浙江德清考察。旺苍县委书记罗平率县党政代表团赴浙江省湖州市德清县考察学习。"
     "县委副书记、县长何建平，县发展改革局负责同志参加。德清县委副书记、县长钱雨辰陪同。代表团考察了德清县的企业。",
     {("Agency", "旺苍县发展和改革局")}, {("何建平", HP, "中共旺苍县委员会"), ("何建平", HP, "旺苍县人民政府"),
                                           ("钱雨辰", HP, "德清县人民政府")}, set()),
    # bodies in a bare list after one jurisdiction: short names that begin with a level's character
    ("机构清单+市场监管局", "苍溪县召开会议，县政府办、县应急局、公安局、市场监管局、教体局主要负责同志参加。",
     {("Agency", "苍溪县市场监督管理局"), ("Agency", "苍溪县教育和体育局"), ("Agency", "苍溪县公安局")}, set(), set()),
    ("召开村", "松阳县古市镇召开村社干部大会。", {("Place", "古市镇")}, set(), {"召开村"}),
    ("委员+会议", "苍溪县召开会议。县政协委员会议期间提出建议。", set(), set(), {"苍溪县政协委员会"}),
    # places listed with one count and suffix, then their bodies: each place's committee
    ("三镇党委", "苍溪县召开会议。云峰、东青、白桥三镇党委书记和县农业农村局负责同志参加会议。",
     {("Agency", "中共苍溪县云峰镇委员会"), ("Agency", "中共苍溪县东青镇委员会"), ("Agency", "中共苍溪县白桥镇委员会"),
      ("Agency", "苍溪县农业农村局")}, set(), set()),
    ("等村", "苍溪县永宁镇召开会议。镇党委书记周平说，全镇桃花、笔山等村的换届工作已经完成。",
     {("Place", "桃花村"), ("Place", "笔山村")}, {("桃花村", "partOf", "永宁镇"), ("笔山村", "partOf", "永宁镇")}, set()),
    # the CPPCC committee of a place, printed with its term
    ("政协+届", "政协苍溪县第十一届委员会第二次会议开幕。", {("Agency", "中国人民政治协商会议苍溪县委员会")}, set(), set()),
    # a name whose last character is a verb (来) or a word that needs an object (为), before punctuation or a date
    ("名末来", "苍溪县召开会议。副县长何东来，县委常委、宣传部部长李红梅出席。",
     {("Official", "何东来"), ("Official", "李红梅")}, {("何东来", HP, "苍溪县人民政府")}, {"何东"}),
    ("名+日期", "苍溪县县长周有为5月12日到永宁镇调研。", {("Official", "周有为")}, {("周有为", HP, "苍溪县人民政府")}, {"周有"}),
    ("名+于+日期", "苍溪县召开会议。县政协主席龙建于5月12日到永宁镇调研。", {("Official", "龙建")}, set(), {"龙建于"}),
    ("名+来到", "苍溪县召开会议。副县长何东来到永宁镇调研。", {("Official", "何东")}, set(), {"何东来"}),
    # a court's division and its head
    ("法院庭", "苍溪县人民法院民事审判第一庭庭长赵春林介绍案情。", {("Agency", "苍溪县人民法院民事审判第一庭")},
     {("赵春林", HP, "苍溪县人民法院民事审判第一庭")}, set()),
    # a court's division printed bare in a chain after the court: a unit of that court
    # a named person right after a role, then running text with no punctuation (the model reads the name)
    ("角色+名+行文", "洛南县召开会议。养殖户贺春生一家去年养了两百只羊。", {("Person", "贺春生")}, set(), set()),
    ("职称+名+行文", "洛南县召开会议。陕西师范大学教授阎志斌每月到村里讲课。", {("Person", "阎志斌")}, set(), set()),
    ("角色+非名", "洛南县召开会议。村民代表一致同意修路。", set(), set(), {"代表一"}),
    # 理事长 of a body that is an agency (残联) is its post; of an association, a person's role
    ("理事长+群团", "洛南县召开会议。县残联理事长孔德明出席。", {("Official", "孔德明")},
     {("孔德明", HP, "洛南县残疾人联合会")}, set()),
    ("理事长+协会", "洛南县召开会议。县核桃协会理事长孔德明介绍了情况。", {("Person", "孔德明")}, set(), set()),
    # a banner's head heads its people's government; a league's its 行政公署; Mongolian names after such titles
    ("旗长", "阿巴嘎旗召开会议。旗委副书记、旗长朝鲁孟出席。", {("Official", "朝鲁孟")},
     {("朝鲁孟", HP, "阿巴嘎旗人民政府"), ("朝鲁孟", HP, "中共阿巴嘎旗委员会")}, set()),
    ("副旗长+蒙古族名", "阿巴嘎旗召开会议。副旗长其木格图雅介绍情况。", {("Official", "其木格图雅")},
     {("其木格图雅", HP, "阿巴嘎旗人民政府")}, set()),
    ("副盟长", "兴安盟召开会议。副盟长巴特尔到乌兰浩特市调研。", {("Official", "巴特尔"), ("Agency", "兴安盟行政公署")},
     {("巴特尔", HP, "兴安盟行政公署")}, {"兴安盟人民政府"}),
    # a development zone named by its province's and its county's short names; a place's name with a stop character
    ("省+县+开发区管委会", "会议在沙县召开。江西瑞金经济开发区管委会主任韦志明介绍情况。",
     {("Agency", "江西瑞金经济开发区管理委员会"), ("Official", "韦志明")},
     {("韦志明", HP, "江西瑞金经济开发区管理委员会")}, {"西瑞金经济开发区管理委员会"}),
    # a header in the colon layout after a headline of no punctuation: its lines are not joined as wrapped text
    ("冒号版式+标题", "安远县举办第十届赣南脐橙文化节新闻发布会\n主持人：安远县委宣传部副部长、县政府新闻办主任 魏红\n发布人：\n"
     "安远县人民政府副县长：欧阳平\n安远县农业农村局局长：唐新民\n安远县商务局局长：邝文\n安远县欣山镇人民政府镇长：钟小兰\n"
     "欧阳平介绍，本届脐橙节将在欣山镇、孔田镇等地举办采摘体验活动，并在县城设脐橙文化展区。",
     {("Official", "唐新民"), ("Official", "邝文"), ("Official", "欧阳平"), ("Official", "钟小兰")},
     {("唐新民", HP, "安远县农业农村局"), ("邝文", HP, "安远县商务局")}, {"邝文安远县"}),
    # an autonomous county or prefecture printed with the plain level (循化县, 甘南州): the same division
    ("自治县+县委", "循化县委书记韩建华陪同。", {("Official", "韩建华"), ("Agency", "中共循化撒拉族自治县委员会")},
     {("韩建华", HP, "中共循化撒拉族自治县委员会")}, set()),
    ("自治县+镇", "会议在化隆县群科镇召开。", {("Place", "化隆回族自治县"), ("Place", "群科镇")},
     {("群科镇", "partOf", "化隆回族自治县")}, set()),
    # a bureau's 股 and its head; a transliterated name elected or appointed; a democratic party's 总支部 in a county
    ("股长", "松溪县召开会议。县财政局预算股股长邱丽萍通报情况。", {("Official", "邱丽萍"), ("Agency", "松溪县财政局预算股")},
     {("邱丽萍", HP, "松溪县财政局预算股")}, set()),
    ("股长期", "松溪县召开会议。会议提醒防范股长期下跌的风险。", set(), set(), {"股长期"}),
    ("选举+蒙古族名", "科右中旗召开会议。会议选举斯琴图雅为科尔沁右翼中旗人民代表大会常务委员会副主任。",
     {("Official", "斯琴图雅")}, {("斯琴图雅", HP, "科尔沁右翼中旗人民代表大会常务委员会")}, set()),
    ("民主党派总支部", "九三学社松溪县总支部主委卢晓梅出席。", {("Agency", "九三学社松溪县总支部委员会")},
     {("卢晓梅", HP, "九三学社松溪县总支部委员会")}, {"九三学社松溪县委员会"}),
    # a body's head printed alone (局) before its units, after the body named in the sentence; units joined by 、 and 和
    ("局+下属单位", "松溪县林业局局长吴建军率局森林防火指挥中心、林业技术推广站和森林病虫害防治检疫站人员巡山。",
     {("Agency", "松溪县林业局森林防火指挥中心"), ("Agency", "松溪县林业局林业技术推广站")},
     {("松溪县林业局林业技术推广站", "subOrganizationOf", "松溪县林业局"),
      ("松溪县林业局森林病虫害防治检疫站", "subOrganizationOf", "松溪县林业局")}, set()),
    ("局+局长", "松溪县林业局召开会议，局长吴建军带领干部巡山。", set(), set(), {"松溪县林业局长吴建军带领干部巡山"}),
    # a bracket of credits with slashed roles (文/…, 图/…): the blank before 图/ ends the writer's name
    ("文/图/署名", "松溪县召开会议。\n（文/松溪县融媒体中心 邓丽 图/黄振宇）", {("Person", "邓丽"), ("Person", "黄振宇")}, set(),
     {"邓丽图"}),
    # verbs of talking with someone end the name before them
    ("名+交流", "调研组来到基地，与基地负责人殷少堂交流。", {("Person", "殷少堂")}, set(), {"殷少堂交"}),
    ("名+交谈", "调研组来到基地，与负责人包立新交谈。", {("Person", "包立新")}, set(), set()),
    # a leader of a city who goes to a county-level city to inspect: the bare 市 bodies after him are his city's
    ("市领导到县级市调研", "南平市副市长周立平到邵武市调研林业工作\n南平市副市长周立平到邵武市水北镇和拿口镇调研。"
     "市林业局局长陈建明参加调研。邵武市委副书记、市长黄文辉陪同。",
     {("Agency", "南平市林业局")}, {("陈建明", HP, "南平市林业局"), ("黄文辉", HP, "邵武市人民政府")}, {"邵武市林业局"}),
    ("县级市本地", "邵武市召开林业工作会议。邵武市副市长杨帆出席，市林业局局长陈建明作报告。邵武市水北镇作交流发言。",
     {("Agency", "邵武市林业局")}, {("陈建明", HP, "邵武市林业局")}, {"南平市林业局"}),
    # the working committee of a county's organs, printed after the county's level alone (县直机关工委)
    ("县直机关工委", "宁化县召开会议。县直机关工委书记邹丽华讲话。", {("Agency", "中共宁化县委直属机关工作委员会")},
     {("邹丽华", HP, "中共宁化县委直属机关工作委员会")}, set()),
    # a transliterated name of three characters after a title, before a verb of speech
    ("三字蒙古族名+介绍", "阿巴嘎旗召开会议。宝格达乌拉苏木党委书记敖登介绍情况，嘎查党支部书记额日敦介绍了经验。",
     {("Official", "额日敦")}, set(), set()),
    # 大会 before a title of the session's presidium: the people's congress (or CPPCC committee) named before it
    ("大会主席团常务主席", "宁化县第十七届人民代表大会第三次会议开幕。大会主席团常务主席、县人大常委会主任邱建民主持。",
     {("Official", "邱建民")}, {("邱建民", HP, "宁化县人民代表大会"), ("邱建民", HP, "宁化县人民代表大会常务委员会")}, set()),
    ("政协大会执行主席", "政协宁化县第十届委员会第二次会议闭幕。大会执行主席罗丽芳主持会议。",
     {("Official", "罗丽芳")}, {("罗丽芳", HP, "中国人民政治协商会议宁化县委员会")}, set()),
    ("大会+非职务", "宁化县召开大会。大会听取了工作报告。", set(), set(), {"大会"}),
    ("法院庭+省略", "苍溪县人民法院召开发布会。县法院院长孙杰通报情况，副院长罗云、刑事审判第二庭庭长杜鹃回答提问。",
     {("Agency", "苍溪县人民法院刑事审判第二庭")}, {("杜鹃", HP, "苍溪县人民法院刑事审判第二庭"), ("罗云", HP, "苍溪县人民法院")}, set()),
]


@pytest.mark.parametrize("kind, text, entities, facts, absent", CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_people_generalisation(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_no_inheritance_across_a_sentence(nlp):
    """A bare title in the next sentence is no post of the body named before it."""
    _, facts = _read(nlp, "通江县召开会议。县人大常委会主任王建国主持会议。副主任李明宣读了决定。")
    assert ("李明", HP, TJ_RD) not in facts


def test_first_secretary_of_a_town_is_no_village_branch(nlp):
    """第一书记 after a township names no village, so no village's Party branch is implied."""
    entities, _ = _read(nlp, "旺苍县召开会议。木门镇第一书记刘志远介绍情况。")
    assert ("Official", "刘志远") in entities
    assert not [n for t, n in entities if t == "Agency" and n.endswith("支部委员会")], sorted(entities)


@pytest.mark.parametrize("line", ["会议选举", "常委会任命", "县人民政府关于"])
def test_a_line_that_ends_where_a_name_would_begin(line):
    """An appointment verb or a heading's 关于 at the very end of a line leaves no name to read (it raised once)."""
    from kg.ner.api import ner_texts

    (record,) = ner_texts([line])
    assert record["text"] == line
    assert not [m for m in record["mentions"] if m["type"] in ("Official", "Person")]


@pytest.mark.parametrize("line, name", [("县政协副主席刘建国、", "刘建国"), ("市委副书记孙海涛、副市长林一凡、", "林一凡")])
def test_a_list_of_names_cut_off_after_its_separator(line, name):
    """A line that ends with the mark between two names of a list (a text cut in the middle of a list) reads the
    names before it (it raised once: the next title was looked for past the line's end)."""
    from kg.ner.api import ner_texts

    (record,) = ner_texts([line])
    assert name in {m["text"] for m in record["mentions"] if m["type"] in ("Official", "Person")}
