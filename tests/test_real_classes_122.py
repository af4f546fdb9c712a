"""Classes the hundred-and-twenty-second own programme set showed (a blind sample of discipline-inspection and
supervision commissions' campaigns and supervision of schemes: 吉林, 黑龙江, 安徽, 江西, 山东, 河南, 四川, 甘肃), each row a
text written for this test, with other places, bodies and schemes than the set's.

- An office printed after a discipline commission and its supervisory commission (某市纪委监委第三监督检查室,
  纪委监委党风政风监督室) was read as the supervisory commission's unit: the units printed after the pair are the
  discipline commission's now (the gold's convention: the merged offices are the Party body's), and the supervisory
  commission printed between them stays a body of its own.
- The government's department of supervision printed right after the discipline commission it shared offices with
  before 2018 (省纪委监察厅, 县纪委监察局) was read as a unit of the commission: it is a partner of the same
  jurisdiction now, as 监委 is (PairedBody).
- A rule set in quotes issued under a verb of issuing with what it is for between them (出台改进工作作风的“省三十条”)
  was no programme: the verb had to stand right before the quote. A document verb, then up to ten characters closed by
  的, governs the quote now (DocumentVerb, `issued_for_before` in `kg/ner/programmes.py`).
- A special supervision campaign named without quotes after 开展 (…涉水领域专项监督) was no programme: 专项监督 is a head
  now (UnquotedHead); and where such a name, or a 专项行动's, opens with a known scheme (高标准农田建设专项监督) the whole
  name is the campaign, not the known scheme inside it (KnownExtendingHead).
- A body that sets the whole place's bodies to work (省纪委监委组织全省纪检监察机关开展…) was no doer: only 全省 was. The
  bodies printed right before 组织 or 动员 carry the scheme out with the whole place now (WholeOrganiserVerb).
- A Party committee named as the owner of the rules a meeting says are followed (贯彻中央八项规定和省委具体规定、开展…活动)
  was taken for the doer of the campaign after them: 规定 ends what a verb of following takes, as 部署 and 安排 do
  (FollowedEnd).
- A campaign's head printed bare (省纪委监委把学习教育当作一项重大政治任务) named nothing: after 把 or 将, or where a
  clause opens, 学习教育 and 主题教育 name the one campaign printed before that ends so (CampaignShortRef), and the
  body that takes it on carries it out.
- Heilongjiang's customary name printed bare (在龙江已是常态) was read as the county 龙江县: in a text that prints
  黑龙江 and not the county in full, 龙江 names no county now (ProvinceCustomaryName in `places.jsonl`); a text that
  prints 龙江县 keeps its bare 龙江 as the county (a guard row).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("an office after 纪委监委 is the discipline commission's",
     "近日，宁夏回族自治区纪委监委第三监督检查室到固原市开展监督检查。",
     {("Agency", "宁夏回族自治区纪律检查委员会第三监督检查室"), ("Agency", "宁夏回族自治区监察委员会")},
     {("宁夏回族自治区纪律检查委员会第三监督检查室", "subOrganizationOf", "宁夏回族自治区纪律检查委员会")},
     {"宁夏回族自治区监察委员会第三监督检查室"}),
    ("a county's 纪委监委 and its office",
     "泾川县纪委监委案件审理室对一起违规发放补贴问题进行了审理。",
     {("Agency", "泾川县纪律检查委员会案件审理室"), ("Agency", "泾川县监察委员会")},
     set(),
     {"泾川县监察委员会案件审理室"}),
    ("the department of supervision after the discipline commission is a body of its own",
     "2014年岁末，湖北省纪委监察厅网站公开通报了6起典型问题。",
     {("Agency", "湖北省监察厅")},
     {("湖北省监察厅", "locatedIn", "湖北省")},
     {"湖北省纪律检查委员会监察厅"}),
    ("a county's supervision bureau after its discipline commission",
     "2015年，通渭县纪委监察局对全县惠农资金发放情况开展了检查。",
     {("Agency", "通渭县监察局")},
     set(),
     {"通渭县纪律检查委员会监察局"}),
    ("a rule set in quotes issued for a purpose closed by 的",
     "2014年3月，福建省委、省政府出台支持小微企业发展的“省二十条”，明确了减税降费措施。",
     {("Programme", "省二十条")},
     {("中共福建省委员会", "implements", "省二十条"), ("福建省人民政府", "implements", "省二十条")},
     set()),
    ("a special supervision campaign named without quotes, opening with a known scheme",
     "近年来，湖北省纪委监委开展了高标准农田建设专项监督，推动问题整改。",
     {("Programme", "高标准农田建设专项监督")},
     {("湖北省纪律检查委员会", "implements", "高标准农田建设专项监督")},
     {"高标准农田建设"}),
    ("the body that organises the whole province's bodies carries the campaign out",
     "今年以来，陕西省农业农村厅组织全省农业农村部门开展了耕地保护专项行动。",
     {("Programme", "耕地保护专项行动")},
     {("陕西省农业农村厅", "implements", "耕地保护专项行动"), ("陕西省", "implements", "耕地保护专项行动")},
     set()),
    ("a campaign's head printed bare after 把 stands for the campaign printed before",
     "今年以来，全区各级党组织扎实开展党史学习教育。宁夏回族自治区党委组织部把学习教育作为重要任务抓实抓细。",
     {("Programme", "党史学习教育")},
     {("中共宁夏回族自治区委组织部", "implements", "党史学习教育")},
     set()),
    ("Heilongjiang's customary name is no county",
     "2018年，黑龙江省扎实推进作风建设，严查违规吃喝的做法在龙江已成共识。",
     {("Place", "黑龙江省")}, set(),
     {"龙江县"}),
    ("the county printed in full keeps its bare short form (guard)",
     "黑龙江省齐齐哈尔市龙江县推进肉牛养殖。在龙江，合作社已有200家。",
     {("Place", "龙江县")}, set(), set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_122(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_followed_rules_name_no_doer(nlp):
    """在落实…省委实施细则规定、开展…的过程中: the committee whose rules are followed carries out nothing."""
    text = "浙江省纪委召开会议。会议强调，在落实中央八项规定和省委实施细则规定、开展党史学习教育的过程中，要严格执纪。"
    check_reading(nlp, text, {("Programme", "党史学习教育")}, set(), set(),
                  absent_facts={("中共浙江省委员会", "implements", "党史学习教育")})
