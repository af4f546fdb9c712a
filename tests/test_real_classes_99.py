"""Classes the ninety-ninth own programme set showed (a blind sample of ordinary department and county news on schemes:
a district's meeting on its year's targets in Sichuan, a county water bureau studying a State Council document in
Guizhou, a county government's monthly meeting in Yunnan, a city's meeting on the Jiangsu–Shaanxi cooperation, a county
head's inspection of five bureaus in Gansu, a state forest branch's half-year meeting in Xinjiang, a Beijing district's
half-year review of its major projects, a Hubei city's three-year action on a canal), each row a text written for this
test, with other places, bodies and projects than the set's.

- A meeting named for a place and a year, the scheme's name then the meeting's head, held after its name
  (宝鸡市2024年苏陕协作工作推进会在陇县召开): no verb of holding stood before the scheme, so the place that opens the
  name was not its doer; it is now.
- A works project done or started in a clause that a colon opens (重点工程加快建设：某某输变电工程竣工): no project; a
  colon opens a name as a comma does (not a semicolon: …；某县存在项目开工晚、… is a finding, set 7).
- A works project whose part breaks ground or is done (某某项目回迁楼全面开工, 某某项目安置房主体完工; ProjectPart): no
  project; the part is no part of the name.
- Xinjiang's state forest administrations, named by the range their forests lie in (天山东部国有林管理局, printed short as
  天东林管局): no body, and 天山 read as the district 天山区 where 乌鲁木齐 is named (NotPlaceAfter 国有林).
- A body's branch named in full (某国有林管理局伊犁西山分局), then by its own name alone, which opens with a place
  (伊犁西山分局), in the text or in the headline above: a second body, the place's 西山分局; it is the branch again.
- A quoted slogan of two clauses (“奋战100天、确保完成全年目标任务”) that a meeting is held on (…工作推进会): no
  programme, as for a slogan alone; a meeting held on it makes it a campaign.
- A bare 市 before a branch named after the county-level city the article's 市 is taken for (an article on 监利市
  signed （市生态环境局监利市分局）): read as that city's bureau and its branch in itself; the 市 is the prefecture
  above (荆州市生态环境局监利市分局).
- A quoted service brand taken as the means of a verb of help (东城区以优质“紫金服务”助力企业发展): no programme, no doer
  (MeansLead, MeansQuality, MeansHelpVerb); the subject before 以 carries it out.
- A scheme combined (结合) with the work of the next clause, which a body after 在 opens (要结合“两学一做”学习教育，在某局
  掀起学习热潮): no doer (CombinedSiteLead); the body carries it out. (In the set, the body is printed as 分局 alone, which
  kg does not resolve after 在: still missed there.)
- A correspondent named after a body in the bracket right after the dateline (本网讯（县水务局 某某）2月9日，…): no
  person (DatelineCredit, DatelineCreditBody in page.jsonl).
- A headline that a place opens before the period of the year and its major projects (东城区上半年重大项目“加速快跑”):
  the place was no doer of the works its article names (WorksHeadlinePeriod; 重大项目, 重点项目 as WorksHeadlineField).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a meeting named for a city and a year, held after its name",
     "商洛市2025年“秦岭护绿”行动推进会在商南县召开。",
     {("Place", "商洛市"), ("Programme", "秦岭护绿行动")},
     {("商洛市", "implements", "秦岭护绿行动")},
     set()),
    ("a works project done in a clause a colon opens",
     "全县重点项目加快建设：城南片区污水管网改造工程竣工，新区学校主体完工。",
     {("Programme", "城南片区污水管网改造工程")},
     set(), set()),
    ("a works project whose resettlement housing is done",
     "全区加快建设，白纸坊片区棚户区改造项目安置房主体完工。",
     {("Programme", "白纸坊片区棚户区改造项目")},
     set(), set()),
    ("a state forest administration of Xinjiang and its short form",
     "阿尔泰山国有林管理局召开工作会议，对照阿山林管局年度目标部署工作。",
     {("Agency", "阿尔泰山国有林管理局")},
     set(), set()),
    ("a state forest administration named by a range, no district",
     "乌鲁木齐市林业部门与天山东部国有林管理局召开护林防火联席会议。",
     {("Agency", "天山东部国有林管理局")},
     set(), {"天山区"}),
    ("a branch named in full, then by its own name opening with a place",
     "天山西部国有林管理局伊犁西山分局召开会议。伊犁西山分局开展巡护。",
     {("Agency", "天山西部国有林管理局伊犁西山分局")},
     {("天山西部国有林管理局伊犁西山分局", "subOrganizationOf", "天山西部国有林管理局")},
     {"伊犁哈萨克自治州西山分局"}),
    ("a branch named by its own name in the headline above",
     "伊犁西山分局召开护林会议\n7月5日，天山西部国有林管理局伊犁西山分局召开护林会议。",
     {("Agency", "天山西部国有林管理局伊犁西山分局")},
     set(), {"伊犁哈萨克自治州西山分局"}),
    ("a two-clause slogan a meeting is held on",
     "泸州市召开“三抓三促、争先进位”工作推进会。",
     {("Programme", "三抓三促、争先进位")},
     {("泸州市", "implements", "三抓三促、争先进位")},
     set()),
    ("a two-clause slogan with no meeting stays none",
     "会议强调，要坚持“稳字当头、稳中求进”的总基调。",
     set(), set(), {"稳字当头、稳中求进"}),
    ("a bare 市 before a branch named after the county-level city",
     "洪湖市加快推进水环境治理，全市完成河道清淤12公里。\n（市生态环境局洪湖市分局）",
     {("Agency", "荆州市生态环境局洪湖市分局")},
     {("荆州市生态环境局洪湖市分局", "subOrganizationOf", "荆州市生态环境局")},
     {"洪湖市生态环境局"}),
    ("a quoted service brand as the means of a verb of help",
     "西城区以“金融街服务”赋能企业成长，全年走访企业800余家。",
     {("Programme", "金融街服务")},
     {("西城区", "implements", "金融街服务")},
     set()),
    ("a quoted spirit before its head is no brand of service",
     "他以“老黄牛”精神助力家乡发展。",
     set(), set(), {"老黄牛"}),
    ("a scheme combined with the next clause's work at a body",
     "临夏县林业局召开会议。会议要求，要结合“两学一做”学习教育，在临夏县林业局掀起学习热潮。",
     {("Agency", "临夏县林业局")},
     {("临夏县林业局", "implements", "两学一做学习教育")},
     set()),
    ("a correspondent after a body in the dateline's bracket",
     "本网讯（县林业局 唐国柱）3月2日，县林业局召开春季造林动员会。",
     {("Person", "唐国柱")},
     set(), set()),
    ("a body alone in the dateline's bracket names no person",
     "本报讯（县农业农村局办公室）3月2日，全县召开春耕生产会。",
     set(), set(), {"办公室"}),
    ("a headline of a district's major projects in a period of the year",
     "昌平区一季度重点项目开复工\n今年以来，全区加快项目建设。沙河再生水厂二期工程日前开工。",
     {("Programme", "沙河再生水厂二期工程")},
     {("昌平区", "implements", "沙河再生水厂二期工程")},
     set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_99(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
