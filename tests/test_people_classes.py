"""Construction classes of people and posts found on real news that kg had never seen, one table: for each class a
few sentences written for this test, with the people and posts that must be found and the names that must not be
(words after a role, a role inside a longer title, forms of address, a conjunction after a title)."""
import pytest

from conftest import check_reading

HP = "holdsPost"


# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # a role, then ordinary words that start with a surname
    ("角色+虚词", "参加培训的村民于昨日8时到镇文化站报到。", set(), set(), {"于昨日"}),
    ("角色+虚词", "多位专家向本报表示，今年的粮食产量将稳中有升。", set(), set(), {"向本报"}),
    ("角色+虚词", "该所首席研究员曾表示：“这项技术已经成熟。”", set(), set(), {"曾表示"}),
    ("角色+词", "有专家计算过，这笔投入三年内可以收回。", set(), set(), {"计算过"}),
    ("角色+词", "该校的部分学生毕业后，选择了返乡创业。", set(), set(), {"毕业后"}),
    ("角色+虚词姓+标点", "本报讯（记者于洋）近日，攸县召开会议。", {("Person", "于洋")}, set(), set()),
    # roles of village news
    ("农村角色", "在田间，养殖大户廖春来告诉记者，今年出栏生猪800头。", {("Person", "廖春来")}, set(), set()),
    ("农村角色", "县农业农村局高级农艺师彭国华说，今年的稻飞虱要早防早治。", {("Person", "彭国华")}, set(), set()),
    # names of places that the model may read as people's
    ("地名列举+数词", "黄田、马坪、石门三个村的群众参加了义诊。", set(), set(), {"黄田", "马坪", "石门"}),
    ("地名列举+数词", "吴坪、金山、罗田四镇联合开展整治。", set(), set(), {"吴坪", "金山", "罗田"}),
    # a role inside a longer title or role
    ("角色在长词中", "省房协副秘书长胡明，市房协会长李强出席。", set(), set(), {"长胡明"}),
    ("角色在长词中", "一位做了三十年木工的老师傅周海说，这门手艺要传下去。", {("Person", "周海")}, set(), {"傅周海"}),
    # forms of address
    ("称呼", "公司副总经理王总介绍了项目进展。", set(), set(), {"王总"}),
    ("称呼", "赵先生等5位村民报了名。", set(), set(), {"赵先生"}),
    # a conjunction after a title
    ("职务+和", "他是县龙舟队的队长和指挥，每天带队训练。", set(), set(), {"和指挥"}),
    ("职务+和", "他先后担任过村党支部书记和村委会主任。", set(), set(), {"和村委"}),
    # ranks and qualifiers of a title
    ("职级", "攸县审计局一级主任科员刘红英对审计发现的问题作了说明。", set(), {("刘红英", HP, "攸县审计局")}, set()),
    ("职级", "攸县林业局四级调研员彭建华带领技术人员深入林区。", set(), {("彭建华", HP, "攸县林业局")}, set()),
    ("括注", "攸县网岭镇党委副书记、镇长（提名）彭小兵作工作报告。", set(), {("彭小兵", HP, "攸县网岭镇人民政府")}, set()),
    ("括注", "攸县县委常委、副县长（挂职）谢东明出席。", set(), {("谢东明", HP, "攸县人民政府")}, set()),
    # a body of a place that no rule reads, then the title of its head
    ("地名+未识单位+负责人", "攸县皇图岭镇农机站站长罗新华说，今年新添了三台收割机。", {("Official", "罗新华")}, set(), set()),
    ("地名+未识单位+负责人", "攸县皇图岭镇综治办主任易海燕介绍了调解情况。", {("Official", "易海燕")}, set(), set()),
    ("地名+机构+负责人", "攸县皇图岭镇卫生院院长罗新华说，今年新添了设备。", {("Person", "罗新华")}, set(), set()),
    ("地名+未识单位+非负责人", "攸县皇图岭镇农机站技术员罗新华说，今年新添了三台收割机。", {("Person", "罗新华")}, set(), set()),
    ("时任", "时任副县长的欧阳明曾到村里蹲点。", {("Official", "欧阳明")}, set(), set()),
    # profiles in notices of appointment: the post held now (拟任 is no post yet)
    ("简历", "任前公示\n钟海平，男，汉族，1978年6月生，大学学历，现任炎陵县水利局局长，拟任炎陵县林业局局长。",
     {("Official", "钟海平")}, {("钟海平", HP, "炎陵县水利局")}, set()),
    ("简历", "朱丽君同志简历：朱丽君，女，1982年出生，现任炎陵县鹿原镇党委副书记、镇长。",
     {("Official", "朱丽君")}, {("朱丽君", HP, "炎陵县鹿原镇人民政府")}, set()),
    # a name the model reads before the same name is read as an official's is that official
    ("先名后职", "谭明亮在会上作了发言。炎陵县副县长谭明亮出席会议。", {("Official", "谭明亮")}, set(), set()),
    # a name, then a verb or adverb with no boundary between them
    ("名+动词", "炎陵县召开会议。县委书记刘志赴十都镇督导防汛。", {("Official", "刘志")}, set(), {"刘志赴"}),
    ("名+副词", "炎陵县召开会议。县长欧阳春明冒雨察看了险情。", {("Official", "欧阳春明")}, set(), {"欧阳春"}),
    ("名+副词", "炎陵县召开会议。副县长刘志专程到企业走访。", {("Official", "刘志")}, set(), {"刘志专"}),
    # a title after 为 or 任 (captions, a new post holder)
    ("图为+职务", "桂东县召开会议。图为副县长黄志坚（左二）查看项目进展。", {("Official", "黄志坚")}, set(), set()),
    ("新任", "桂东县召开干部大会，新任县长郭建平作表态发言。", set(), {("郭建平", HP, "桂东县人民政府")}, set()),
    # a photo credit the cleaning joins to the name: the photographer is a person, never with the mark
    ("摄影署名", "桂东县召开会议。（张海燕 摄）", {("Person", "张海燕")}, set(), {"张海燕摄"}),
    ("摄影署名", "桂东县召开防汛会议。（黄丽华 摄）", {("Person", "黄丽华")}, set(), {"黄丽华摄"}),
    # lists of names after a group's title
    ("名单+和", "茶陵县召开会议，县领导尹志刚、段海燕和龙建新参加。",
     {("Official", "尹志刚"), ("Official", "段海燕"), ("Official", "龙建新")}, set(), set()),
    ("名单+还有", "茶陵县召开会议。出席会议的县领导还有：尹志刚、段海燕、龙建新。",
     {("Official", "尹志刚"), ("Official", "段海燕"), ("Official", "龙建新")}, set(), set()),
    ("单名+和", "茶陵县召开会议，县长尹志刚和村民代表座谈。", {("Official", "尹志刚")}, set(), {"和村民"}),
    # a place, then a title only an official holds (its body unprinted)
    ("地名+委员", "攸县皇图岭镇组织委员陈志刚带队走访了党员。", {("Official", "陈志刚")}, set(), set()),
    ("地名+专职副书记", "攸县皇图岭镇专职副书记易红梅介绍了情况。", {("Official", "易红梅")}, set(), set()),
    ("机构+教导员", "攸县公安局交警大队教导员彭建军说，今年事故数下降了一成。", {("Official", "彭建军")}, set(), set()),
    ("地名+非官职", "攸县皇图岭镇委员会议研究了项目。", set(), set(), {"会议研"}),
    # the presidium of a town's people's congress
    ("人大主席团", "攸县皇图岭镇人大主席团主席刘建军、副主席谭小兰参加视察。", set(),
     {("刘建军", HP, "攸县皇图岭镇人民代表大会"), ("谭小兰", HP, "攸县皇图岭镇人民代表大会")}, set()),
]


@pytest.mark.parametrize("kind, text, entities, facts, absent", CASES, ids=[f"{i}-{c[0]}" for i, c in enumerate(CASES)])
def test_people_classes(nlp, kind, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
