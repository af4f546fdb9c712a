"""More construction classes the perturbation probe (benchmarks/perturb) found: townships the gazetteer lacks printed
with no county before them, in an article that names its county. Each class has sentences written for this test
(the towns, villages and names are made up), with what must be read and what must not."""
import pytest

from conftest import check_reading

PO = "partOf"
LOC = "locatedIn"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # a township with its village after it, no county before it, in an article that names its county
    ("无县+乡+村", "湘潭县召开推进会。会前，调研组深入葵荡乡柘岭村，察看了大棚。",
     {("Place", "葵荡乡"), ("Place", "柘岭村")}, {("葵荡乡", PO, "湘潭县"), ("柘岭村", PO, "葵荡乡")}, set()),
    ("无县+镇村、街道社区", "在澧县，考察组先后察看了枫坳镇榉湾村、梨汀街道槐荫社区的产业。",
     {("Place", "枫坳镇"), ("Place", "梨汀街道"), ("Place", "榉湾村"), ("Place", "槐荫社区")},
     {("枫坳镇", PO, "澧县"), ("梨汀街道", PO, "澧县"), ("槐荫社区", PO, "梨汀街道")}, set()),
    # ... with its body or head after it
    ("无县+镇+政府", "澧县召开推进会。随后，大家在栎岩镇人民政府听取汇报。",
     {("Place", "栎岩镇"), ("Agency", "栎岩镇人民政府")}, {("栎岩镇", PO, "澧县"), ("栎岩镇人民政府", LOC, "栎岩镇")}, set()),
    # ... after a verb of visiting, 到 or 以, before punctuation or the visit's word
    ("来到+镇+标点", "澧县召开推进会。会后，县委书记一行来到苇汀镇，就产业发展开展调研。", {("Place", "苇汀镇")}, {("苇汀镇", PO, "澧县")}, set()),
    ("到+乡+调研", "湘潭县召开推进会。县长近日到檀枫乡调研防汛工作。", {("Place", "檀枫乡")}, {("檀枫乡", PO, "湘潭县")}, set()),
    ("以+镇+为代表", "湘潭县的小城镇建设，以菱塘镇为代表，成效明显。", {("Place", "菱塘镇")}, {("菱塘镇", PO, "湘潭县")}, set()),
    # ... listed with another township (甲镇、乙镇等, 甲镇、乙镇和丙街道)
    ("镇、镇等", "湘潭县召开防汛会议。会上，栎湾镇、苇汀镇等山区镇要提前转移群众。",
     {("Place", "栎湾镇"), ("Place", "苇汀镇")}, {("苇汀镇", PO, "湘潭县")}, set()),
    ("深入+镇、镇和街道", "澧县召开推进会。会后，县委书记深入椴岭镇、蕖塘镇和梨汀街道的中小学校检查安全。",
     {("Place", "椴岭镇"), ("Place", "蕖塘镇"), ("Place", "梨汀街道")}, {("梨汀街道", PO, "澧县")}, set()),
    ("词语镇、词语镇", "澧县召开推进会。会上，重点镇、示范镇和特色小镇都要加快建设，城镇、乡镇要统筹。", set(), set(),
     {"重点镇", "示范镇", "特色小镇", "特色小", "城镇", "乡镇"}),
    ("在+街道+动词", "汕头市金平区召开推进会。11月18日，渔港升级改造工程在梨汀街道开工。", {("Place", "梨汀街道")},
     {("梨汀街道", PO, "金平区")}, set()),
    ("在+词语乡+村", "湘潭县召开推进会。要在边远乡村和偏远乡镇建好服务站，到集镇上走访。", set(), set(), {"边远乡", "偏远乡", "偏远乡镇"}),
    # never an everyday word ending in 镇 or 乡, nor a stem with a determiner or a level
    ("来到+词语镇", "湘潭县县长来到特色小镇，又到千年古镇调研，还走进重点镇，看望家乡的老人。", set(), set(),
     {"特色小镇", "千年古镇", "重点镇", "特色小", "千年古", "看望家乡"}),
    ("到+代词镇", "湘潭县县长到这个镇调研，又在全县各乡，听取意见。", set(), set(), {"这个镇", "全县各乡", "县各乡"}),
    ("深入+乡镇村", "湘潭县干部深入贫困乡村开展帮扶，又到城乡结合部调研。", set(), set(), {"贫困乡", "贫困乡村"}),
    ("介词+镇政府", "湘潭县召开推进会。问题要及时向镇政府报告，大会由镇人大主席团主持。", set(), set(), {"时向镇", "大会由镇", "会由镇"}),
    ("介词+镇、镇", "湘潭县召开推进会。会议要求对栎湾镇、苇汀镇的古民居加强保护。", {("Place", "栎湾镇"), ("Place", "苇汀镇")}, set(),
     {"对栎湾镇"}),
    # ... nor a township where the article names no county
    ("无县文章+到镇", "记者近日来到苇汀镇，看到田里一片繁忙。", set(), set(), {"苇汀镇"}),
    # a village the gazetteer lacks after a verb of visiting, in an article whose township the gazetteer lacks too
    ("未收录镇+走访动词+未收录村", "湘潭县葵荡乡党委召开推进会。会后，调研组来到柘岭村砂糖橘基地。", {("Place", "柘岭村")}, set(), set()),
    # ... first in a list of villages inside a clause
    ("动词+村、村", "开平市水口镇召开会议。会后，调研组走访了柘岭村、榉湾村，又把产业扩展到槐荫村、苇塘村和蕖湾村。",
     {("Place", "柘岭村"), ("Place", "榉湾村"), ("Place", "槐荫村"), ("Place", "苇塘村")}, set(), set()),
    ("动词+词语村、村", "开平市水口镇召开会议。会后，调研组走访了贫困村、示范村和行政村。", set(), set(),
     {"贫困村", "示范村", "行政村"}),
    # a village the gazetteer lacks at the head of a record of its cadres, in an article that names one township
    ("村干部名录", "湘潭县葵荡乡村（社区）干部名录\n柘岭社区　党支部书记、居委会主任　班明强　13900000000\n"
     "榉湾村　驻村第一书记　陈远（县财政局选派）\n",
     {("Place", "柘岭社区"), ("Place", "榉湾村")}, {("柘岭社区", PO, "葵荡乡"), ("榉湾村", PO, "葵荡乡")}, set()),
    # ... not an everyday word before 村, nor a line that is no record
    ("村干部名录+词语村", "湘潭县葵荡乡村（社区）干部名录\n行政村　党支部书记　班明强\n示范村　主任　陈远\n新农村建设办公室主任　邱明\n",
     set(), set(), {"行政村", "示范村", "新农村"}),
]
PEOPLE = [
    # a dotted minority name opening a profile (name, sex, ...): one official, whatever its characters
    ("带点名+性别", "拟任职干部情况公示如下：\n1．合逊·孜罕，男，汉族，1983年4月生，大学学历，现任湘潭县财政局副局长。\n",
     {("Official", "合逊·孜罕")}, set(), {"孜罕", "合逊"}),
    ("带点名+性别", "拟任职干部情况公示如下：\n阿依古·买尔提，女，汉族，1985年6月生，现任湘潭县教育局副局长。\n",
     {("Official", "阿依古·买尔提")}, set(), {"买尔提"}),
    # a dotted name after a title, before an adverb or a verb that is not of speech: the name ends at its dot's part
    ("职务+带点名+立即", "接警后，湘潭县公安局派出所所长合逊·孜罕立即组织民警赶往现场。", {("Official", "合逊·孜罕")}, set(),
     {"合逊·孜罕立即"}),
    ("职务+带点名+负责", "湘潭县农业农村局局长罕央娜·瓦日艾负责全县种养殖技术推广。", {("Official", "罕央娜·瓦日艾")}, set(),
     {"罕央娜·瓦日艾负责"}),
    # a line of credits at a text's end: each name after its role and a colon or a bar, of any listed surname
    ("供稿", "湘潭县召开推进会。会议强调要抓好落实。\n供稿：产晗江", {("Person", "产晗江")}, set(), set()),
    ("撰稿、摄影、审核", "湘潭县召开推进会。会议强调要抓好落实。\n撰稿：沙梅　摄影：杨珏溪　审核：东方帆",
     {("Person", "东方帆"), ("Person", "沙梅")}, set(), set()),
    ("文｜图｜", "湘潭县召开推进会。会议强调要抓好落实。\n文｜杨阳淑　图｜何彬弘", {("Person", "杨阳淑"), ("Person", "何彬弘")},
     set(), set()),
    ("编辑/审核+带点名", "湘潭县召开推进会。\n记者：候茜 / 编辑：尔巴央杰·阿朗 / 审核：沈镕贤", {("Person", "尔巴央杰·阿朗")},
     set(), set()),
    # ... not a body or a paper's name after the role, nor a sentence
    ("编辑：本报", "湘潭县召开推进会。\n编辑：本报　审核：县委宣传部", set(), set(), {"本报", "县委宣"}),
    ("句中审核：", "湘潭县召开推进会。审核：材料齐全的，当场办结。", set(), set(), {"材料齐全", "材料"}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", PEOPLE, ids=[c[0] for c in PEOPLE])
def test_people_class(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("cls,text,entities,facts,absent", CASES, ids=[c[0] for c in CASES])
def test_perturbation_class(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
