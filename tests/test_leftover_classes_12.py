"""People, bodies and places left over after the last sets, each row a sentence written for this test (other cities,
villages and names than the sets'):
- a prefecture-level city's article whose county-level cities are listed together (甲市、乙市) and each named once
  after: the bare 市 (市农业农村局, 市委常委、副市长) is the prefecture's, not a listed part's; an article about one
  county-level city that lists its siblings once keeps its own city;
- a village work team named in full once (省某厅驻某村工作队), then by 工作队, 驻村工作队 or 我队 alone: the short form
  is the same team, and the post of its leader printed after it is a post in that team; a team named in full whose
  places after 驻 hold a character no body's name does (上河溪乡) is still read;
- names cut or missed: a Mongolian name that ends in a word holding 和 or 格 (巴图孟和, 其其格, 毕力格), whose 和 is
  no conjunction; a two-character Tibetan name (扎西, 达娃) before a verb that follows names, with no surname to read;
  a surname more often a function word (向, 于) before a given name that is an ordinary word too (向前进, 于建国); names
  of the same kind listed after such a role's name (牧民巴特尔和乌云其其格, 牧民巴图孟和、其其格夫妇);
- a bare 庭长 or 科长 after a tribunal or a section its paragraph named (某法院民一庭审结…。庭长某某), or 庭长 after a
  court alone: a post in that unit (court), never a Person;
- a democratic party's committee of an autonomous region printed by the region's short name and level (民进广西区委会,
  民建宁夏区委): the body, and the posts of its officials; a school's Youth League committee (某县第一中学团委书记某某,
  某镇中学团委副书记): the committee (共青团某县第一中学委员会) and the post in it;
- a task group printed right after a county's name (eval/OWN-PEOPLE-NOTES.md, "A county's task group"): an Agency of the
  county named as printed, also when its task holds a word of a project or of firms (平江县项目建设指挥部, 某县企业服务
  工作专班) and when it names no task at all (平江县工作专班)."""
import pytest

from conftest import check_reading, read_names

HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. a prefecture's article over its listed county-level cities
    ("市农业农村局 after 甲市、乙市 listed and named once each", "衡阳市召开春耕生产工作会议。会议指出，耒阳市、常宁市要抓好"
     "早稻育秧。耒阳市已完成育秧面积五万亩，常宁市正在推进机械化插秧。市农业农村局局长王建平通报了全市春耕进度。",
     {("Official", "王建平"), ("Agency", "衡阳市农业农村局")}, {("王建平", HP, "衡阳市农业农村局")}, {"耒阳市农业农村局"}),
    ("市委常委、副市长 after 甲市、乙市获评", "衡阳市表彰粮食生产先进单位，耒阳市、常宁市获评先进。市委常委、副市长刘海波"
     "出席并讲话。他指出，耒阳市在高标准农田建设上走在前列，常宁市的经验值得推广。", {("Official", "刘海波")},
     {("刘海波", HP, "中共衡阳市委员会"), ("刘海波", HP, "衡阳市人民政府")}, {"中共耒阳市委员会", "耒阳市人民政府"}),
    ("市委副书记, 市乡村振兴局 after 甲市和乙市", "邵阳市召开乡村振兴推进会，武冈市和邵东市作了典型发言。会上，邵东市介绍了"
     "产业园建设经验，武冈市介绍了特色产业发展情况。市委副书记陈立新要求各地对标先进。",
     {("Official", "陈立新")}, {("陈立新", HP, "中共邵阳市委员会")}, {"中共武冈市委员会", "中共邵东市委员会"}),
    ("a county-level city's own article that lists its siblings once keeps its 市", "汨罗市召开春耕生产工作会议。岳阳市"
     "农业农村局有关负责人到会指导。汨罗市与临湘市、湘阴县同为岳阳市粮食主产区。汨罗市今年早稻面积稳中有增，汨罗市各乡镇"
     "抓紧育秧。市农业农村局局长张志华作工作部署。", {("Official", "张志华")}, {("张志华", HP, "汨罗市农业农村局")}, set()),
    # 2. a village work team named by its short form
    ("我队队长某某 after the team named in full", "湖南省财政厅驻新化县水车镇正龙村工作队召开会议。我队队长陈明辉强调，"
     "要把群众的事当自己的事。", {("Official", "陈明辉")},
     {("陈明辉", HP, "湖南省财政厅驻新化县水车镇正龙村工作队")}, set()),
    ("驻村工作队副队长某某 two sentences after", "湖南省水利厅驻安化县烟溪镇十八渡村工作队帮助村民发展黑茶产业。两年来，我队"
     "争取资金三百万元。驻村工作队副队长赵建军介绍，今年茶叶收入明显增加。", {("Official", "赵建军")},
     {("赵建军", HP, "湖南省水利厅驻安化县烟溪镇十八渡村工作队")}, set()),
    ("驻村工作队第一书记、队长某某", "湖南省民政厅驻隆回县虎形山乡崇木凼村工作队进村以来，办了不少实事。驻村工作队第一书记、"
     "队长彭志强每天走村入户。", {("Official", "彭志强")},
     {("彭志强", HP, "湖南省民政厅驻隆回县虎形山乡崇木凼村工作队")}, set()),
    ("驻村工作队队长、第一书记某某: the team's and the village's", "省自然资源厅驻湘阴县东塘镇杨林村工作队开展入户走访。"
     "驻村工作队队长、第一书记王海峰带领队员察看茶园。", {("Official", "王海峰")},
     {("王海峰", HP, "湖南省自然资源厅驻湘阴县东塘镇杨林村工作队"), ("王海峰", HP, "中共湘阴县东塘镇杨林村支部委员会")}, set()),
    ("省某委驻某县某乡某村工作队 whose township's name holds 上", "省卫生健康委驻桑植县上河溪乡双溪村工作队组织义诊。"
     "工作队副队长邓丽华带着医生上门服务。", {("Official", "邓丽华")},
     {("邓丽华", HP, "湖南省卫生健康委员会驻桑植县上河溪乡双溪村工作队"),
      ("湖南省卫生健康委员会驻桑植县上河溪乡双溪村工作队", "subOrganizationOf", "湖南省卫生健康委员会")}, set()),
    ("a verb after the places read after 驻 still stops a team's name", "桑植县农业农村局驻上河溪乡召开会议工作队。", set(),
     set(), {"桑植县农业农村局驻上河溪乡召开会议工作队"}),
    # 3. names cut or missed
    ("牧民巴图孟和今年… (和 before a time word)", "锡林浩特市的牧民巴图孟和今年新建了两座暖棚。", {("Person", "巴图孟和")}, set(),
     {"巴图孟", "巴图"}),
    ("嘎查党支部书记巴图孟和介绍", "嘎查党支部书记巴图孟和介绍，今年合作社分红二十万元。", {("Official", "巴图孟和")}, set(),
     {"巴图孟", "巴图"}),
    ("养殖户其其格带着…", "养殖户其其格带着姐妹们做起了奶食品生意。", {("Person", "其其格")}, set(), set()),
    ("苏木党委书记毕力格和…", "苏木党委书记毕力格和嘎查长一起走访牧户。", {("Official", "毕力格")}, set(), {"毕力格和"}),
    ("扎西介绍 at a clause's start", "扎西介绍，合作社去年分红十万元。", {("Person", "扎西")}, set(), set()),
    ("某某说 twice, two Tibetan names", "扎西说，今年青稞长势喜人。卓玛说，家里新添了两头牦牛。",
     {("Person", "扎西"), ("Person", "卓玛")}, set(), set()),
    ("牧民达娃带领…", "牧民达娃带领孩子们去放牧。", {("Person", "达娃")}, set(), set()),
    ("技术员向前进指导…", "技术员向前进指导村民修剪果树。", {("Person", "向前进")}, set(), set()),
    ("村民向前进说", "村民向前进说，今年的橘子卖了好价钱。", {("Person", "向前进")}, set(), set()),
    ("村党支部书记向前进主持", "村党支部书记向前进主持会议。", {("Official", "向前进")}, set(), set()),
    ("镇长于建国作了讲话", "会上，镇长于建国作了动员讲话。", {("Official", "于建国")}, set(), set()),
    ("牧民某某和某某 in transliteration characters", "记者采访了牧民巴特尔和乌云其其格。",
     {("Person", "巴特尔"), ("Person", "乌云其其格")}, set(), set()),
    ("牧民某某、某某夫妇", "牧民巴图孟和、其其格夫妇今年买了新车。", {("Person", "巴图孟和"), ("Person", "其其格")}, set(), set()),
    ("a role's name, 和 and a common noun is no list of names (牧民巴特尔和其他牧民)", "牧民巴特尔和其他牧民一起转场。",
     {("Person", "巴特尔")}, set(), {"其他牧民", "和其他"}),
    ("a function word before a village is no name (局长向胜利村的群众拜年)", "局长向胜利村的群众拜年。", set(), set(),
     {"向胜利"}),
    ("a role's conjunction before a common noun stays one (村民和家人说起)", "村民和家人说起了今年的收成。", set(), set(),
     {"和家人"}),
    ("two transliteration characters that name a place are no person (游客拉萨旅游)", "游客拉萨旅游时拍了很多照片。", set(),
     set(), {"拉萨"}),
    # 4. a unit's head printed bare
    ("某法院民一庭…。庭长某某介绍", "汨罗市人民法院民一庭近日审结一起合同纠纷案。庭长刘建军介绍，双方当场履行了协议。",
     {("Official", "刘建军")}, {("刘建军", HP, "汨罗市人民法院民一庭")}, set()),
    ("某人民法庭…。庭长某某带领", "湘阴县人民法院东塘人民法庭开展巡回审判。庭长赵丽带领干警来到村里。",
     {("Official", "赵丽")}, {("赵丽", HP, "湘阴县人民法院东塘人民法庭")}, set()),
    ("某局某科…。科长某某说", "临湘市财政局预算科加班加点编制预算。科长王红梅说，今年预算更加精细。",
     {("Official", "王红梅")}, {("王红梅", HP, "临湘市财政局预算科")}, set()),
    ("某法院…。庭长某某、副庭长某某 after the court alone", "平江县人民法院召开审判工作会议。庭长何建国、副庭长吴红梅参加。",
     {("Official", "何建国"), ("Official", "吴红梅")},
     {("何建国", HP, "平江县人民法院"), ("吴红梅", HP, "平江县人民法院")}, set()),
    # 5. region-level democratic party committees, a school's Youth League committee
    ("民进某区委会主委某某", "民进广西区委会召开全委会议，民进广西区委会主委李国华主持。",
     {("Agency", "中国民主促进会广西壮族自治区委员会"), ("Official", "李国华")},
     {("李国华", HP, "中国民主促进会广西壮族自治区委员会")}, set()),
    ("民建某区委副主委某某", "民建宁夏区委副主委马晓军出席座谈会。", {("Official", "马晓军")},
     {("马晓军", HP, "中国民主建国会宁夏回族自治区委员会")}, set()),
    ("某县第一中学团委书记某某", "平江县第一中学团委书记李佳介绍了志愿服务情况。",
     {("Agency", "共青团平江县第一中学委员会"), ("Official", "李佳")}, {("李佳", HP, "共青团平江县第一中学委员会")}, set()),
    ("某县某镇中学团委副书记某某", "湘阴县东塘镇中学团委副书记赵敏带领学生参加植树活动。",
     {("Official", "赵敏")}, {("赵敏", HP, "共青团湘阴县东塘镇中学委员会")}, set()),
    ("a verb before a school's name makes no school (某县召开会议表彰第一中学团委)", "平江县召开会议表彰第一中学团委。",
     set(), set(), {"共青团平江县召开会议表彰第一中学委员会"}),
    # 6. a county's task group
    ("某县项目建设指挥部", "临湘市项目建设指挥部组织召开现场推进会。", {("Agency", "临湘市项目建设指挥部")},
     {("临湘市项目建设指挥部", "locatedIn", "临湘市")}, set()),
    ("某县企业服务工作专班", "湘阴县企业服务工作专班走访重点企业，帮助解决用工难题。", {("Agency", "湘阴县企业服务工作专班")},
     {("湘阴县企业服务工作专班", "locatedIn", "湘阴县")}, set()),
    ("某县工作专班 with no task", "平江县工作专班进驻企业开展服务。", {("Agency", "平江县工作专班")},
     {("平江县工作专班", "locatedIn", "平江县")}, set()),
    ("某县…指挥部指挥长某某", "汨罗市城区提质改造指挥部指挥长王刚主持会议。", {("Official", "王刚")},
     {("王刚", HP, "汨罗市城区提质改造指挥部")}, set()),
    ("a project's word names no other body (某县重点项目中心)", "平江县召开重点项目调度会，平江县重点项目中心负责人介绍情况。",
     set(), set(), {"平江县重点项目中心"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_class(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_a_bare_section_head_needs_its_paragraph_to_name_a_section(nlp):
    """科长 in a paragraph that names no section gets no section named in another paragraph."""
    _, facts = read_names(nlp, "临湘市财政局预算科编制了预算。\n县里召开会议，科长王红梅发言。")
    assert ("王红梅", HP, "临湘市财政局预算科") not in facts, sorted(facts)


def test_a_work_team_short_form_needs_a_team_before(nlp):
    """我队 with no team named before it in the text is no body of its own: nothing to point at."""
    entities, facts = read_names(nlp, "入冬以来，我队队长陈明辉带领队员巡山护林，工作队员轮流值守。")
    assert not {f for f in facts if f[1] == HP}, sorted(facts)
