"""Programmes and who carries them out in the forms of ordinary county and city news: a reference that carries the
doer across sentences (这个村, 该乡, 该项目 for a works named …工程), the places a reference puts a programme in, a group
or headquarters the text sets up for a programme and its office, a bureau's year-end summary and an interview in its
own words (我局, 我们, 一是…), a purpose clause before its subject, a title handed over with a plaque, and a works' site
printed right after its name.

Texts written for these tests in our own words, with places, bodies and schemes other than those of the held-out set
that revealed the constructions."""
import pytest

from test_programme_constructions import _resolve, build

CASES = {
    "这个村 carries the village named before":
        ("临泽县沙河镇新民村位于黑河岸边。今年，这个村开展“清洁庭院”创建，全村清理杂物800车。",
         {("新民村", "implements", "清洁庭院")}, {("临泽县", "implements", "清洁庭院")}),
    "该乡 carries the township named before":
        ("尤溪县台溪乡位于闽中山区。今年，该乡实施“油茶扩面”工程，新种油茶3000亩。",
         {("台溪乡", "implements", "油茶扩面工程")}, set()),
    "该项目 stands for a works named …工程, and 该工程 puts it in towns":
        ("宁陕县城关镇污水管网改造工程日前开工。该工程在城关镇、四亩地镇新建管网12公里。该项目由县住房和城乡建设局负责建设。",
         {("宁陕县住房和城乡建设局", "implements", "宁陕县城关镇污水管网改造工程"),
          ("四亩地镇", "implements", "宁陕县城关镇污水管网改造工程")}, set()),
    "a reference two clauses before the towns it covers":
        ("盘州市城乡供水一体化工程完成主体建设。记者从盘州市水务局获悉，这项工程进展顺利。"
         "该项目总投资3亿元，铺设管网90公里，覆盖柏果镇、红果街道。",
         {("柏果镇", "implements", "盘州市城乡供水一体化工程"), ("红果街道", "implements", "盘州市城乡供水一体化工程")}, set()),
    "towns opening the sentence before the reference":
        ("近日，尤溪县教育局启动“尤溪茶农技能提升计划”。在洋中镇、新阳镇，该计划依托合作社建设实训基地5个。",
         {("洋中镇", "implements", "尤溪茶农技能提升计划"), ("新阳镇", "implements", "尤溪茶农技能提升计划")}, set()),
    "a group set up for a campaign, and its office":
        ("为加快推进国家卫生县城创建工作，新化县近日成立由县长刘某某任组长的创建国家卫生县城工作领导小组，"
         "领导小组办公室设在县卫生健康局。",
         {("新化县", "implements", "国家卫生县城"),
          ("新化县创建国家卫生县城工作领导小组", "implements", "国家卫生县城"),
          ("新化县创建国家卫生县城工作领导小组办公室", "implements", "国家卫生县城")},
         {("新化县卫生健康局", "implements", "国家卫生县城")}),
    "a headquarters set up for a works named before, and its office":
        ("临泽县城区供水提升改造工程正式开工。为确保进度，县里成立了城区供水提升改造工程建设指挥部，指挥部办公室设在县水务局。",
         {("临泽县城区供水提升改造工程建设指挥部", "implements", "临泽县城区供水提升改造工程"),
          ("临泽县城区供水提升改造工程建设指挥部办公室", "implements", "临泽县城区供水提升改造工程")},
         {("临泽县水务局", "implements", "临泽县城区供水提升改造工程")}),
    "a bureau's year-end summary: its items and their lines":
        ("盘州市文化广电旅游局2025年工作总结\n一是抓实“乡村旅游提质”工程。全年在红果街道、柏果镇新建旅游厕所16座。\n"
         "二是推进“夜游盘州”行动。联合市商务局在红果街道打造夜市街区2条。\n",
         {("盘州市文化广电旅游局", "implements", "乡村旅游提质工程"), ("柏果镇", "implements", "乡村旅游提质工程"),
          ("盘州市文化广电旅游局", "implements", "夜游盘州行动"), ("盘州市商务局", "implements", "夜游盘州行动")}, set()),
    "an interview: the answerer's bureau is 我们, and 配合 joins it to the bureau it helps":
        ("让山里的民宿住满人\n——访尤溪县文化体育和旅游局局长陈建华\n本报记者 张三\n"
         "尤溪县民宿发展很快。围绕民宿产业，记者采访了尤溪县文化体育和旅游局局长陈建华。\n记者：今年有哪些新举措？\n"
         "答：今年我们实施“民宿提质”工程，在洋中镇、新阳镇培育精品民宿40家。\n记者：明年呢？\n"
         "答：我们将配合县市场监督管理局开展“放心民宿”行动。\n",
         {("尤溪县文化体育和旅游局", "implements", "民宿提质工程"), ("洋中镇", "implements", "民宿提质工程"),
          ("尤溪县文化体育和旅游局", "implements", "放心民宿行动"), ("尤溪县市场监督管理局", "implements", "放心民宿行动")},
         set()),
    "a title handed over with a plaque, its members listed after it":
        ("县委、县政府召开表彰大会。大会为新命名的2个“新化县和美乡村示范村”授牌，分别是洋溪镇洋溪村和琅塘镇白溪村。",
         {("洋溪村", "implements", "新化县和美乡村示范村"), ("白溪村", "implements", "新化县和美乡村示范村")}, set()),
    "a title conferred in quotes without a year":
        ("凤县县委、县政府决定授予双石铺镇新庄村、留凤关镇费家庄村“美丽乡村示范村”称号。",
         {("新庄村", "implements", "美丽乡村示范村"), ("费家庄村", "implements", "美丽乡村示范村")}, set()),
    "a pilot taken on as a task":
        ("去年，蓼泉镇承担了临泽县农村电商服务体系建设试点任务，建成村级服务站12个。",
         {("蓼泉镇", "implements", "临泽县农村电商服务体系建设试点")}, set()),
    "a designation's campaign taken on as a task, with its sites":
        ("近年来，尤溪县大力发展油茶产业。该县承接了国家农村产业融合发展示范园创建任务，在洋中镇建设油茶加工园1个。",
         {("尤溪县", "implements", "国家农村产业融合发展示范园"), ("洋中镇", "implements", "国家农村产业融合发展示范园")}, set()),
    "a town that completes a works":
        ("日前，尤溪县洋中镇完成“古厝新生”民居修缮工程，修缮传统民居40栋。",
         {("洋中镇", "implements", "古厝新生民居修缮工程")}, set()),
    "a year before the sites of a later clause":
        ("12月2日，刚察县召开畜牧工作会议。会议要求，全县要深入实施“高原牧场提质工程”，2026年在泉吉乡、吉尔孟乡建设标准化暖棚120座。",
         {("泉吉乡", "implements", "高原牧场提质工程"), ("吉尔孟乡", "implements", "高原牧场提质工程")}, set()),
    "a town's share of the work in a later clause":
        ("今年，临泽县同步推进“老园焕新”工程，改造老果园1.5万亩，其中平川镇改造4000亩。",
         {("临泽县", "implements", "老园焕新工程"), ("平川镇", "implements", "老园焕新工程")}, set()),
    "sites of a clause made part of the work named before":
        ("临泽县实施“戈壁菜园”工程，在沙河镇新建温室200座。下一步，该县将在新华镇、蓼泉镇新建冷库2座，作为该工程的二期内容。",
         {("新华镇", "implements", "戈壁菜园工程"), ("蓼泉镇", "implements", "戈壁菜园工程")}, set()),
    "a bureau given the duty of a work named before":
        ("尤溪县承接了国家农村产业融合发展示范园创建任务。县农业农村局负责示范园的规划和技术服务。",
         {("尤溪县农业农村局", "implements", "国家农村产业融合发展示范园")}, set()),
    "tasks shared out clause by clause for the campaign named before":
        ("为加快推进国家卫生县城创建工作，新化县近日成立创建国家卫生县城工作领导小组。按照分工，县卫生健康局牵头制定实施方案，县城市管理局负责市容整治，"
         "县财政局负责保障经费。",
         {("新化县卫生健康局", "implements", "国家卫生县城"), ("新化县城市管理局", "implements", "国家卫生县城")}, set()),
    "a works' site right after its name":
        ("11月3日，临泽县蓼泉镇灌区节水改造工程在蓼泉镇开工，总投资1.2亿元。",
         {("蓼泉镇", "implements", "临泽县蓼泉镇灌区节水改造工程")}, set()),
}


@pytest.mark.parametrize("text,want,not_want", CASES.values(), ids=CASES.keys())
def test_who_carries_it_out(text, want, not_want):
    forms, facts = build(text)
    got = _resolve(forms, facts)
    assert want <= got, (sorted(want - got), sorted(facts))
    assert not (not_want & got), sorted(not_want & got)


def test_a_standing_office_that_only_attends_carries_nothing_out():
    forms, facts = build("甘南州乡村振兴工作领导小组办公室负责同志参加座谈，介绍了“百村提升”行动的做法。")
    assert not any(s.endswith("领导小组办公室") and p == "implements" for s, p, _ in facts), sorted(facts)


def test_a_share_of_work_taken_on_is_no_programme():
    forms, _ = build("该镇承担了全县三成的种植任务，县农业农村局承担了项目的日常管理工作。")
    assert not forms, sorted(forms)


def test_a_brand_with_a_regions_public_mark_is_no_programme():
    forms, _ = build("尤溪县继续擦亮“尤溪绿茶”区域公用品牌，让山里的茶叶卖得更远。")
    assert not forms, sorted(forms)


def test_an_honour_in_quotes_is_no_programme():
    forms, _ = build("县委、县政府决定授予双石铺镇“先进镇”称号，授予县水务局“先进单位”称号。")
    assert not forms, sorted(forms)


def test_a_meeting_at_a_works_site_is_not_where_it_is_built():
    forms, facts = build("临泽县蓼泉镇灌区节水改造工程在平川镇召开推进会。")
    assert ("平川镇", "implements", "临泽县蓼泉镇灌区节水改造工程") not in _resolve(forms, facts), sorted(facts)


def test_a_known_scheme_named_in_passing_is_not_what_the_project_stands_for():
    forms, facts = build("宁陕县城关镇污水管网改造工程日前开工，该工程是宁陕县推进“千万工程”的重点工程。"
                         "该项目由县住房和城乡建设局负责建设。")
    got = _resolve(forms, facts)
    assert ("宁陕县住房和城乡建设局", "implements", "宁陕县城关镇污水管网改造工程") in got, sorted(facts)
    assert not any(o.startswith("千万工程") and s == "宁陕县住房和城乡建设局" for s, _, o in got), sorted(facts)


def test_a_towns_group_set_up_in_its_words_is_not_the_countys():
    from test_programme_constructions import extract, decode_bytes
    text = "汇报会上，凤县县委书记介绍了全县创建工作。双石铺镇党委书记说，镇里成立了民族团结进步创建工作领导小组。"
    r = extract(decode_bytes("t.txt", "t.txt", text.encode("utf-8")))
    assert not any(e.type == "Agency" and e.name.startswith("凤县民族团结") for e in r.entities), [e.name for e in r.entities]


def test_a_page_of_briefs_reads_each_item_in_its_own_county():
    forms, facts = build("三明新闻快讯\n【尤溪县】尤溪县启动“茶乡共富”行动，首批茶叶由洋中镇发往福州。尤溪县农业农村局将组织新阳镇、"
                         "西滨镇的合作社参与。\n"
                         "【宁化县】宁化县石壁镇完成“客家祖地”古村修缮工程。该工程由县住房和城乡建设局组织实施。\n")
    got = _resolve(forms, facts)
    assert ("宁化县住房和城乡建设局", "implements", "客家祖地古村修缮工程") in got, sorted(facts)
    assert not any(s.startswith("尤溪县住房") for s, _, _ in got), sorted(facts)


def test_a_designation_named_after_a_known_scheme_inside_it_is_the_designation():
    forms, facts = build("临泽县沙河镇新民村有500户。这个村还是全县农村厕所革命整村推进示范村，全村已改厕460户。")
    assert "厕所革命" not in forms, sorted(forms)
    assert ("新民村", "implements", "临泽县农村厕所革命整村推进示范村") in _resolve(forms, facts), sorted(facts)


def test_a_headline_that_opens_with_a_visit_is_no_interview():
    forms, facts = build("访贫问苦 尤溪县民政局走进山村\n记者：王某\n我们将继续实施“暖冬”行动。\n")
    assert ("尤溪县民政局", "implements", "暖冬行动") not in _resolve(forms, facts), sorted(facts)
