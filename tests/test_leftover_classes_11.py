"""Programme classes left over after the fourteenth programme set, each row a text written for this test (other
counties, towns and schemes than the set's):
- towns (streets, villages) that open a clause of a briefing and report their progress or rank (甲镇、乙镇完成…任务;
  甲镇、乙镇、丙镇位列前三名，丁镇排名靠后; 甲乡等6个乡镇被列为首批示范乡镇; 得分排名前列), in the sentence that names one
  campaign or in the next one (across a paragraph's end too), carry that campaign out; so do those after a semicolon
  that goes on (…位列前三名；戊镇进度滞后), and county-level places two or more side by side (甲市、乙市被列为重点推进地区;
  one alone stays unread). Towns that attend (甲镇、乙镇的负责人参加会议), towns after a sentence naming two
  campaigns, towns two sentences away, towns before the campaign is named and a village given a quoted title
  of its own (甲村被评为“…重点村”), a town that completes a named work of its own (丁乡完成了…保护利用项目) and a town after a
  clause in which another place holds the campaign (甲镇入选“…”首批典型镇，乙镇完成…) are no doers;
- a scheme referred to by its kind alone, with no 该, opening the sentence right after the one that names one scheme of
  that kind (活动覆盖甲镇的乙村、丙村; 项目落地在甲镇、乙镇; 试点在甲镇、乙镇先行开展): the places are its sites (the villages,
  where a town owns them), and so is one opening a later clause of a sentence that opens with 该 and the same kind
  (该项目总投资…，由…，项目覆盖甲村、乙村). Another kind (活动覆盖… after a 项目) and a meeting held there (活动在甲镇召开启动仪式) give none;
- schemes not read before: a crop or product right before a quoted name that runs on to its head (马铃薯“…”产业提升工程,
  肉牛“…”扩群行动: the product is part of the name; a product ending the sentence before is not); a year and a county before
  a known scheme's project (2024年某县高标准农田建设项目, as 某县2024年… was); a quoted park before 项目 after a relative
  clause of 由 whose last doer is a place (由某公司和某镇共同建设的“…产业园”项目: read, the town its doer, the villages
  该项目覆盖 its sites; two firms alone make no public project);
- an audited county's scheme named by 该县 and a year before it (审计局对该县2024年度“…工程”专项资金开展审计): the county's;
  a scheme after a body's relative clause (该局还对县某局实施的“…计划”进行了延伸审计): that body's, not the auditor's nor
  the body the sentence before named; two schemes joined by 把…与…结合起来: both carried out by the subject."""
import pytest

from conftest import check_reading

IMP = "implements"

# (class, text, entities that must be found, facts that must be found, names no entity may have, facts that must be absent)
ROWS = [
    # 1. towns that report progress or are ranked under a campaign in a briefing
    ("甲镇、乙镇完成…任务，丙乡、丁镇进度滞后 after the campaign's sentence",
     "沅陵县通报“清洁田园”行动推进情况。截至10月底，官庄镇、凉水井镇完成农膜回收任务，二酉乡、明溪口镇进度滞后。",
     # 二酉乡 is 沅陵县's 二酉苗族乡 printed without its people's name, read as that township (tests/test_real_classes_p22.py)
     set(), {("官庄镇", IMP, "清洁田园行动"), ("凉水井镇", IMP, "清洁田园行动"), ("二酉苗族乡", IMP, "清洁田园行动"),
             ("明溪口镇", IMP, "清洁田园行动")}, set(), set()),
    ("甲镇、乙镇、丙镇位列前三名，丁镇排名靠后 in the next paragraph",
     "辰溪县开展“美丽屋场”创建行动考评，由县农业农村局组织暗访打分。\n考评结果显示，潭湾镇、孝坪镇、火马冲镇位列前三名，"
     "黄溪口镇排名靠后。",
     set(), {("潭湾镇", IMP, "美丽屋场创建行动"), ("孝坪镇", IMP, "美丽屋场创建行动"), ("火马冲镇", IMP, "美丽屋场创建行动"),
             ("黄溪口镇", IMP, "美丽屋场创建行动")}, set(), set()),
    ("得分排名前列 and 被列为首批示范乡镇",
     "泸溪县推进“净水入户”工程。武溪镇、浦市镇得分排名前列，合水镇被列为首批示范乡镇。",
     set(), {("武溪镇", IMP, "净水入户工程"), ("浦市镇", IMP, "净水入户工程"), ("合水镇", IMP, "净水入户工程")}, set(), set()),
    ("甲镇等6个乡镇被列为首批示范乡镇",
     "芷江县开展“和美庭院”评选活动。截至9月，碧涌镇、罗旧镇等6个乡镇被列为首批示范乡镇。",
     set(), {("碧涌镇", IMP, "和美庭院"), ("罗旧镇", IMP, "和美庭院")}, set(), set()),
    ("…位列前三名；戊镇进度滞后: the next part after a semicolon goes on",
     "中方县通报“净水入户”工程进展。桐木镇、铜湾镇、花桥镇位列前三名，中方镇排名靠后；新建镇进度滞后。",
     set(), {("桐木镇", IMP, "净水入户工程"), ("中方镇", IMP, "净水入户工程"), ("新建镇", IMP, "净水入户工程")}, set(), set()),
    ("towns that complete the campaign's task in its own sentence",
     "鹤城区推进“厕所革命”。城北街道、黄岩镇完成“厕所革命”改厕任务的九成；凉亭坳乡完成率不足一半。",
     set(), {("城北街道", IMP, "厕所革命"), ("黄岩镇", IMP, "厕所革命"), ("凉亭坳乡", IMP, "厕所革命")}, set(), set()),
    ("county-level cities, two or more, 被列为重点推进地区 after 该行动由…",
     "今年以来，牡丹江市实施“雪乡好物”品牌提升行动。该行动由市商务局牵头，海林市、宁安市、穆棱市被列为重点推进地区。",
     set(), {("海林市", IMP, "雪乡好物品牌提升行动"), ("宁安市", IMP, "雪乡好物品牌提升行动"),
             ("穆棱市", IMP, "雪乡好物品牌提升行动")}, set(), set()),
    ("one county-level city alone that reports a figure is no doer",
     "今年以来，牡丹江市实施“雪乡好物”品牌提升行动。海林市完成线上销售2亿元。",
     set(), set(), set(), {("海林市", IMP, "雪乡好物品牌提升行动")}),
    ("towns whose heads attend a meeting are no doers",
     "麻阳县召开“清洁田园”行动推进会。高村镇、锦和镇的负责人参加会议。",
     set(), set(), set(), {("高村镇", IMP, "清洁田园行动"), ("锦和镇", IMP, "清洁田园行动")}),
    ("towns ranked after a sentence naming two campaigns are no doers of either",
     "麻阳县推进“清洁田园”行动和“美丽屋场”创建。高村镇、锦和镇位列前三名。",
     set(), set(), set(), {("高村镇", IMP, "清洁田园行动"), ("高村镇", IMP, "美丽屋场")}),
    ("towns that report before the campaign is named are no doers",
     "高村镇、锦和镇完成秋收任务，麻阳县随后启动“清洁田园”行动。",
     set(), set(), set(), {("高村镇", IMP, "清洁田园行动"), ("锦和镇", IMP, "清洁田园行动")}),
    ("towns two sentences after the campaign are no doers",
     "麻阳县推进“清洁田园”行动。县里召开了会议。高村镇、锦和镇完成农膜回收任务。",
     set(), set(), set(), {("高村镇", IMP, "清洁田园行动"), ("锦和镇", IMP, "清洁田园行动")}),
    ("a village given a quoted title of its own is no doer of the campaign",
     "今年，黄岩镇实施“古村民宿提升计划”，新培育民宿30家，大坪村被评为“全国乡村旅游重点村”。",
     set(), set(), set(), {("大坪村", IMP, "古村民宿提升计划")}),
    ("a town that completes a named work of its own is no doer of the campaign before",
     "去年，县农业农村局在黄岩镇实施了“冰糖橙提质”项目，新建果园3000亩；凉亭坳乡完成了古村落保护利用项目。",
     set(), set(), set(), {("凉亭坳乡", IMP, "冰糖橙提质")}),
    ("a town after another place's campaign clause in the sentence is no doer",
     "鹤城区黄岩镇入选省级“百村示范”首批典型镇，凉亭坳乡完成集镇环境整治提升。",
     set(), set(), set(), {("凉亭坳乡", IMP, "百村示范")}),
    # 2. a scheme referred to by its kind alone, without 该
    ("活动覆盖甲镇的乙村、丙村",
     "今年，龙胜县启动“书香侗寨”进万家活动，县图书馆为群众配送图书2万册。活动覆盖平等镇的龙坪村、广南村。",
     set(), {("龙坪村", IMP, "书香侗寨"), ("广南村", IMP, "书香侗寨")}, set(), set()),
    ("项目落地在甲镇、乙乡",
     "资源县实施“高山蔬菜”提质项目。项目落地在中峰镇、车田苗族乡，带动农户800户。",
     set(), {("中峰镇", IMP, "高山蔬菜"), ("车田苗族乡", IMP, "高山蔬菜")}, set(), set()),
    ("试点在甲镇、乙镇先行开展",
     "灌阳县开展“智慧医保”试点。试点在新圩镇、水车镇先行开展，参保群众可刷脸结算。",
     set(), {("新圩镇", IMP, "智慧医保"), ("水车镇", IMP, "智慧医保")}, set(), set()),
    ("项目覆盖甲村、乙村 in a later clause of a sentence opened by 该项目",
     "彭阳县实施“红梅杏提质”项目。该项目总投资2000万元，由企业负责种植和销售，古城镇负责土地流转，项目覆盖皇甫村、"
     "古城村两个村。",
     set(), {("皇甫村", IMP, "红梅杏提质"), ("古城村", IMP, "红梅杏提质")}, set(), set()),
    ("活动覆盖… in a later clause of a sentence opened by 该项目 gives no site",
     "资源县实施“高山蔬菜”提质项目。该项目总投资2000万元，由企业负责种植和销售，活动覆盖中峰镇、梅溪镇。",
     set(), set(), set(), {("中峰镇", IMP, "高山蔬菜"), ("梅溪镇", IMP, "高山蔬菜")}),
    ("活动覆盖… after a scheme of another kind gives no site",
     "资源县实施“高山蔬菜”提质项目。活动覆盖中峰镇、梅溪镇。",
     set(), set(), set(), {("中峰镇", IMP, "高山蔬菜"), ("梅溪镇", IMP, "高山蔬菜")}),
    ("活动在甲镇召开启动仪式: where a meeting is held is no site",
     "龙胜县启动“书香侗寨”进万家活动。活动在平等镇召开启动仪式。",
     set(), set(), set(), {("平等镇", IMP, "书香侗寨")}),
    # 3. schemes not read: a product before the quote, a year before the county, a quoted park before 项目
    ("马铃薯“…”产业提升工程, its towns in the next sentence",
     "今年，定西市安定区马铃薯“薯光万里”产业提升工程稳步推进。鲁家沟镇、香泉镇完成种薯扩繁1.5万亩，居全区前列。",
     {("Programme", "马铃薯薯光万里产业提升工程")},
     {("安定区", IMP, "马铃薯薯光万里产业提升工程"), ("鲁家沟镇", IMP, "马铃薯薯光万里产业提升工程"),
      ("香泉镇", IMP, "马铃薯薯光万里产业提升工程")}, set(), set()),
    ("肉牛“…”扩群行动 and the body 负责实施",
     "临洮县实施肉牛“万户千场”扩群行动，县畜牧兽医局负责实施。",
     {("Programme", "肉牛万户千场扩群行动")}, {("临洮县畜牧兽医局", IMP, "肉牛万户千场扩群行动")}, set(), set()),
    ("a product that ends the sentence before is no part of the name",
     "临洮县种植马铃薯。“薯光万里”产业提升工程由县农业农村局实施。",
     {("Programme", "薯光万里产业提升工程")}, {("临洮县农业农村局", IMP, "薯光万里产业提升工程")},
     {"马铃薯薯光万里产业提升工程"}, set()),
    ("2024年某县…项目由…组织实施，建设地点位于…",
     "2024年泾源县高标准农田建设项目由县农业农村局组织实施，建设地点位于香水镇、黄花乡。",
     {("Programme", "2024年泾源县高标准农田建设项目")},
     {("泾源县农业农村局", IMP, "2024年泾源县高标准农田建设项目"), ("香水镇", IMP, "2024年泾源县高标准农田建设项目"),
      ("黄花乡", IMP, "2024年泾源县高标准农田建设项目")}, set(), set()),
    ("由某公司和某镇共同建设的“…产业园”项目, then 该项目覆盖…",
     "10月5日，由绿源农业有限公司和彭阳县古城镇共同建设的“古城红梅杏产业园”项目正式投产。该项目覆盖皇甫村、古城村两个村。",
     {("Programme", "古城红梅杏产业园")},
     {("古城镇", IMP, "古城红梅杏产业园"), ("皇甫村", IMP, "古城红梅杏产业园"), ("古城村", IMP, "古城红梅杏产业园")},
     set(), set()),
    ("a park two firms build is no public project",
     "10月5日，由绿源农业有限公司和丰源农业有限公司共同建设的“古城红梅杏产业园”项目正式投产。",
     set(), set(), {"古城红梅杏产业园"}, set()),
    # 4. an audited county's scheme, a second scheme in a relative clause, two schemes joined
    ("审计局对该县2024年度“…工程”专项资金开展审计",
     "近日，会泽县审计局对该县2024年度“山区供水保障工程”专项资金开展审计。",
     set(), {("会泽县", IMP, "山区供水保障工程")}, set(), set()),
    ("a province and a year before a known scheme that only describes a project are no doer",
     "榆中县检查组察看了兴隆村坡改梯项目。该项目是甘肃省2025年黄河流域生态保护和高质量发展重点项目，由县水务局组织实施。",
     set(), set(), set(), {("甘肃省", IMP, "黄河流域生态保护和高质量发展")}),
    ("该局还对县某局实施的“…计划”进行了延伸审计",
     "近日，会泽县审计局对该县“山区供水保障工程”开展审计。审计发现，该工程由县水务局承担。该局还对县卫生健康局实施的"
     "“乡村医生培训计划”进行了延伸审计。",
     set(), {("会泽县卫生健康局", IMP, "乡村医生培训计划"), ("会泽县水务局", IMP, "山区供水保障工程")}, set(),
     {("会泽县水务局", IMP, "乡村医生培训计划"), ("会泽县审计局", IMP, "乡村医生培训计划")}),
    ("某局把“A”工程与“B”建设结合起来",
     "会泽县住房和城乡建设局介绍，该局把“老旧小区改造”工程与“完整社区”建设结合起来，今年改造小区40个。",
     set(), {("会泽县住房和城乡建设局", IMP, "老旧小区改造工程"), ("会泽县住房和城乡建设局", IMP, "完整社区")}, set(), set()),
    ("a body of another sentence does not take the joined scheme",
     "会泽县水务局介绍了情况。会泽县住房和城乡建设局把“老旧小区改造”工程与“完整社区”建设结合起来。",
     set(), {("会泽县住房和城乡建设局", IMP, "完整社区")}, set(), {("会泽县水务局", IMP, "完整社区")}),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent,absent_facts", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_class(nlp, cls, text, entities, facts, absent, absent_facts):
    check_reading(nlp, text, entities, facts, absent, absent_facts=absent_facts)
