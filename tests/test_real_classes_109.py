"""Classes the hundred-and-ninth own programme set showed (a blind sample of designation and selection notices and
reports: 江苏, 四川, 山东, 河南, 湖南, 广东, 贵州, 湖北 and the ministry's lists), each row a text written for this test,
with other places and designations than the set's.

- A province's title for a town printed in quotes after its level (命名为第二批省级“美丽小镇”) was no designation; the head
  (美丽小镇, as common as 小镇 itself: conferred) names one now, the quotes read past (QuotedFieldHead).
- One designation printed with the province's short form and with its full name (福建名镇名村, 福建省名镇名村), and bare
  (名镇名村创建), made two or three programmes; they are one now, named with the full name (_province_spelled_out).
- Members listed before a trailing lead and a comma (甲镇、乙镇2个镇以及丙村等12个村榜上有名，入选…): only the last
  village was taken, as the verb's subject; the clause before the comma lists the members now.
- Villages listed on a line after their county and a colon (永定区：南江村、初溪村；) were put in no county; the county
  heading the line holds them now (GroupHeadMark, GroupLineStop), unless a town is printed before them on the line
  (永定区：湖坑镇南江村、洪坑村: the town holds them, as set 4's gold has it).
- Two designations with their members in one sentence (拟认定甲镇等100个乡（镇）为…示范乡镇、乙村等1003个村为…示范村): the
  first's town was a member of the second too; the second's members follow the first's name now (DesignationPairMark).
- A town's clause before the villages' across a comma (其中，甲市乙县A镇，丙县B镇X村、…拟被认定为全省…示范村镇): the town
  was left out for its other tier; a designation for towns and villages alike (…示范村镇) takes it now (_two_tiers).
- A run of level characters before a body (县区农业农村局初审) was read as the article's county's body; it names every
  county's and district's, no one body (AbbreviationInWord).
- A township the news prints with a common character for the list's rare one (罗溪瑶族乡 for 𦰡溪瑶族乡) was no place
  (CustomaryForm).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a province's town title in quotes after its level",
     "省住房和城乡建设厅日前拟将平山县西柏坡镇等30个镇命名为第二批省级“美丽小镇”。",
     {("Programme", "河北省美丽小镇")},
     {("西柏坡镇", "implements", "河北省美丽小镇")},
     set()),
    ("one designation by the province's short form, its full name and bare",
     "第三批福建名镇名村名单出炉。我市永定区湖坑镇入选第三批福建省名镇名村。全市自2012年起开展名镇名村创建。",
     {("Programme", "福建省名镇名村")},
     {("湖坑镇", "implements", "福建省名镇名村")},
     {"福建名镇名村", "名镇名村"}),
    ("members listed before a trailing lead and a comma",
     "我市长汀县古城镇、连城县四堡镇2个镇以及上杭县古田镇五龙村等12个村榜上有名，入选第三批福建省名镇名村。",
     set(),
     {("古城镇", "implements", "福建省名镇名村"), ("四堡镇", "implements", "福建省名镇名村"),
      ("五龙村", "implements", "福建省名镇名村")},
     set()),
    ("villages listed on a line after their county and a colon",
     "入选名单（节选）：\n永定区：南江村、初溪村；\n长汀县：丁屋岭村、三洲村。",
     set(),
     {("南江村", "partOf", "永定区"), ("初溪村", "partOf", "永定区"), ("三洲村", "partOf", "长汀县")},
     set()),
]

ROWS.append(
    ("a town's clause before the villages' for a designation of towns and villages alike",
     "其中，济宁市曲阜市尼山镇，邹城市田黄镇上九山村、泗水县泗张镇南仲都村拟被认定为全省乡村治理示范村镇。",
     set(),
     {("尼山镇", "implements", "山东省乡村治理示范村镇"), ("上九山村", "implements", "山东省乡村治理示范村镇")},
     set()))

ABSENT = [
    ("the first designation's town is no member of the second",
     "经地方推荐和专家评审，拟认定上海市金山区枫泾镇等100个乡（镇）为第三批全国乡村治理示范乡镇、上海市奉贤区庄行镇潘垫村等1003个村为第三批全国乡村治理示范村。",
     {("枫泾镇", "implements", "全国乡村治理示范乡镇"), ("潘垫村", "implements", "全国乡村治理示范村")},
     {("枫泾镇", "implements", "全国乡村治理示范村")}),
    ("villages printed after their towns on a county's line stay the towns'",
     "入选名单（节选）：\n永定区：湖坑镇南江村、洪坑村；\n长汀县：三洲镇三洲村。",
     {("南江村", "partOf", "湖坑镇")},
     {("南江村", "partOf", "永定区"), ("洪坑村", "partOf", "永定区")}),
    ("a town's clause before the villages' stays out of a designation of villages",
     "其中，济宁市曲阜市尼山镇，邹城市田黄镇上九山村、泗水县泗张镇南仲都村拟被认定为全省乡村治理示范村。",
     {("上九山村", "implements", "山东省乡村治理示范村")},
     {("尼山镇", "implements", "山东省乡村治理示范村")}),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_109(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


@pytest.mark.parametrize("label,text,facts,absent_facts", ABSENT, ids=[r[0] for r in ABSENT])
def test_real_class_109_not_stated(nlp, label, text, facts, absent_facts):
    check_reading(nlp, text, set(), facts, set(), absent_facts=absent_facts)


def test_a_run_of_levels_names_no_one_body(nlp):
    got, _ = check_reading(nlp, "上杭县召开会议。经镇村申请，县区农业农村局、乡村振兴局初审，县人民政府同意。", set(), set(), set())
    assert not {n for t, n in got if t == "Agency" and n.endswith("农业农村局")}, sorted(got)


def test_a_township_printed_with_a_common_character(nlp):
    check_reading(nlp, "近日，洞口县罗溪瑶族乡开展森林防火宣传。", {("Place", "𦰡溪瑶族乡")}, {("𦰡溪瑶族乡", "partOf", "洞口县")}, set())
