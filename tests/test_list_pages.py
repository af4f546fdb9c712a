"""Construction classes of the semi-structured pages of government websites (a held-out set of our own:
eval/own-people-9.jsonl) that kg missed: a list of leaders, one record a line with the title first (副县长 某某⏎,
党委书记：某某　电话…, 局长：某某，负责…); a town's or a sumu's bodies printed without their level on the page of that town;
a numbered profile in a notice (1．某某，男，…现任…). One table of made-up sentences, written for this test and unlike the
passages: the entities and facts that must be read, the names no entity may have."""
import pytest

from conftest import check_reading

HP = "holdsPost"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
CASES = [
    # a record of a county's list of leaders: the title, a blank or a colon, then the name, closed by the line's end,
    # a blank, a colon or a comma
    ("副县长+空格+名+行尾", "榆中县人民政府领导信息\n\n副县长 鲍文清\n协助县长抓好农业农村工作。\n",
     {("Official", "鲍文清")}, {("鲍文清", HP, "榆中县人民政府")}, set()),
    ("副县长+冒号+名+逗号", "榆中县人民政府领导信息\n副县长：鲍文清，负责农业农村、水务工作。\n",
     {("Official", "鲍文清")}, {("鲍文清", HP, "榆中县人民政府")}, set()),
    ("链+冒号+名+全角空格+电话", "榆中县金崖镇领导联系电话\n镇党委副书记、镇长：卜小芸　办公电话：0931-5260311\n",
     {("Official", "卜小芸")}, {("卜小芸", HP, "榆中县金崖镇人民政府")}, set()),
    ("记者问非记录", "榆中县召开会议。镇长卜小芸主持会议，并就秋粮收购作了安排。",
     {("Official", "卜小芸")}, set(), set()),
    # the town's bodies printed without their level, on the page whose headline names the town
    ("镇页+党委书记", "榆中县金崖镇领导班子成员\n党委书记：石建中　分管全面工作\n人大主席：闫秀琴\n",
     {("Official", "石建中"), ("Official", "闫秀琴")},
     {("石建中", HP, "中共榆中县金崖镇委员会"), ("闫秀琴", HP, "榆中县金崖镇人民代表大会")}, set()),
    ("镇页+党委委员、纪委书记", "榆中县金崖镇领导班子成员\n党委委员、纪委书记：滕雅丽\n党委委员、武装部部长：车永刚\n",
     {("Official", "滕雅丽"), ("Official", "车永刚")},
     {("滕雅丽", HP, "中共榆中县金崖镇委员会"), ("车永刚", HP, "榆中县金崖镇人民武装部")}, set()),
    ("县页+党委非镇", "榆中县召开座谈会\n县卫生健康局党委书记：石建中介绍了情况。\n", set(), set(), {"中共榆中县金崖镇委员会"}),
    # a sumu's bodies: 苏木 stands for the sumu as 镇 does for a town; a Mongolian name is the whole column
    ("苏木党委书记+蒙古族名", "苏尼特左旗达来苏木领导\n苏木党委书记　巴雅尔图　0479-1234567\n苏木党委副书记、苏木达　其木格　0479-1234568\n",
     {("Official", "巴雅尔图"), ("Official", "其木格")},
     {("巴雅尔图", HP, "中共苏尼特左旗达来苏木委员会"), ("其木格", HP, "苏尼特左旗达来苏木人民政府")}, set()),
    # a village's record: the village, its titles, the name, a phone number
    ("村+职务+名+电话", "榆中县金崖镇村干部联系方式\n永丰村　党支部书记、村委会主任　蒲建英　13919001234\n",
     {("Official", "蒲建英")}, {("蒲建英", HP, "中共榆中县金崖镇永丰村支部委员会")}, set()),
    # the bodies a leader is in charge of or linked to (分管, 联系), each printed after the county's level alone
    ("分管+县简称机构", "榆中县人民政府领导分工\n副县长 鲍文清\n分管县审计局、县统计局。联系县人民法院、县招商服务中心。\n",
     {("Agency", "榆中县审计局"), ("Agency", "榆中县人民法院"), ("Agency", "榆中县招商服务中心")},
     {("榆中县审计局", "locatedIn", "榆中县")}, set()),
    # a bare head's title (局长) or the body's Party group after its head's character (局党组书记) on the body's own page
    ("局页+局长", "榆中县林业和草原局领导信息\n局长：鲍文清，主持全面工作。\n局党组书记、副局长：闫秀琴　分管办公室。\n",
     {("Official", "鲍文清"), ("Official", "闫秀琴")},
     {("鲍文清", HP, "榆中县林业和草原局"), ("闫秀琴", HP, "榆中县林业和草原局")}, set()),
    ("句中局长非记录", "榆中县林业和草原局召开会议。会上，局长鲍文清要求抓好防火。", {("Official", "鲍文清")}, set(), set()),
    # the units a body's set-up page lists after 内设机构 / 派出机构 / 直属事业单位, on the label's line or numbered below it
    ("内设机构+列表", "榆中县林业和草原局机构设置\n内设机构（3个）：办公室、森林资源管理股、生态修复股。\n",
     {("Agency", "榆中县林业和草原局森林资源管理股")},
     {("榆中县林业和草原局森林资源管理股", "subOrganizationOf", "榆中县林业和草原局"),
      ("榆中县林业和草原局办公室", "subOrganizationOf", "榆中县林业和草原局")}, set()),
    ("内设机构+编号行", "榆中县林业和草原局职能\n榆中县林业和草原局设下列内设机构：\n（一）办公室。负责文电工作。\n（二）生态修复股。负责造林绿化。\n",
     {("Agency", "榆中县林业和草原局生态修复股")},
     {("榆中县林业和草原局生态修复股", "subOrganizationOf", "榆中县林业和草原局")}, set()),
    ("直属事业单位+全称", "榆中县林业和草原局机构设置\n直属事业单位：\n榆中县农业技术推广中心、榆中县动物疫病预防控制中心。\n",
     {("Agency", "榆中县农业技术推广中心")}, {("榆中县农业技术推广中心", "subOrganizationOf", "榆中县林业和草原局"), ("榆中县动物疫病预防控制中心", "subOrganizationOf", "榆中县林业和草原局")},
     {"榆中县林业和草原局榆中县农业技术推广中心"}),
    # fields of bodies a set-up page names (动物疫病预防控制, 质量安全检测站, 检验检测中心, 退役军人服务站)
    ("事业单位领域", "榆中县动物疫病预防控制中心和榆中县农产品质量安全检测站、榆中县检验检测中心联合抽检。",
     {("Agency", "榆中县动物疫病预防控制中心"), ("Agency", "榆中县农产品质量安全检测站"), ("Agency", "榆中县检验检测中心")},
     set(), set()),
    # a gacha whose committee the tables print as 嘎查村委员会 is a gacha, and its committee is named once with the level
    ("嘎查+嘎查委员会", "乌审旗嘎鲁图镇干部名单\n斯布扣嘎查　党支部书记、嘎查委员会主任　阿拉腾　13904770000\n",
     {("Place", "斯布扣嘎查"), ("Official", "阿拉腾")}, {("阿拉腾", HP, "斯布扣嘎查委员会")}, {"斯布扣嘎查嘎查委员会"}),
    # a village's own page (村务公开): its bodies printed without 村 at the start of a record are that village's
    ("村页+党支部+监委会", "榆中县金崖镇永丰村村务公开栏\n党支部副书记：马福祥\n监委会主任：韩玉兰\n",
     {("Official", "马福祥"), ("Official", "韩玉兰")},
     {("马福祥", HP, "中共榆中县金崖镇永丰村支部委员会")}, set()),
    # a record's name column: a rare surname, a given name that is a word (国庆), a Tibetan name with 青, a gacha's
    # stationed first secretary (驻嘎查)
    ("记录+罕见姓", "榆中县林业和草原局领导信息\n局党组成员、副局长：纳国庆　分管造林工作\n",
     {("Official", "纳国庆")}, {("纳国庆", HP, "榆中县林业和草原局")}, set()),
    ("藏族名+青", "【发布人】\n中共玛多县委副书记、玛多县人民政府县长 扎西仁青\n",
     {("Official", "扎西仁青")}, {("扎西仁青", HP, "玛多县人民政府")}, set()),
    ("驻嘎查第一书记", "乌审旗嘎鲁图镇干部名单\n斯布扣嘎查　驻嘎查第一书记　王海涛　13904770001\n",
     {("Official", "王海涛")}, {("王海涛", HP, "中共乌审旗嘎鲁图镇斯布扣嘎查支部委员会")}, set()),
    # a notice printed as a table: rows kept one a line, the post held now read from the column the header names
    ("表格+现任职务列", "干部任前公示\n表头：姓名｜性别｜民族｜出生年月｜现任职务｜拟任职务\n"
                      "卜海鹰｜男｜汉族｜1984.05｜县教育局副局长｜县民政局局长\n鲍文清｜女｜回族｜1988.02｜县委办公室副主任｜金崖镇镇长\n"
                      "榆中县委组织部\n",
     {("Official", "卜海鹰"), ("Official", "鲍文清")}, {("卜海鹰", HP, "榆中县教育局")}, set()),
    ("表格行不并行", "名单\n卜海鹰｜男｜汉族｜1984.05｜县教育局副局长｜金崖镇党委书记\n鲍文清｜女｜回族｜1988.02｜县水务局副局长｜县水务局局长\n",
     set(), set(), {"金崖镇党委书记鲍文清"}),
    # the Youth League committee printed in full (共青团某县委员会) begins with 共青团, as a post's body after 现任
    ("现任+共青团全称", "干部任前公示\n2．卜海鹰，男，汉族，1984年5月生，现任共青团榆中县委员会书记，拟任榆中县民政局局长。\n",
     {("Official", "卜海鹰")}, {("卜海鹰", HP, "共青团榆中县委员会")}, set()),
    # an obituary: a former post, then a retired official's status, then the name
    ("原职务+离休干部+名", "讣告\n榆中县政协原副主席、退休干部鲍志成同志，因病于日前逝世。\n",
     {("Official", "鲍志成")}, {("鲍志成", HP, "中国人民政治协商会议榆中县委员会")}, set()),
    ("离休干部无职务", "村里的退休干部说，今年的收成不错。", set(), set(), {"退休干部"}),
    # a numbered profile in a notice: the list's number before the name
    ("编号+简历+现任", "干部任前公示\n1．卜海鹰，男，汉族，1984年5月生，大学学历，中共党员，现任榆中县金崖镇党委副书记，拟任榆中县青城镇镇长。\n",
     {("Official", "卜海鹰")}, {("卜海鹰", HP, "中共榆中县金崖镇委员会")}, set()),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_list_page_classes(nlp, case):
    _, text, entities, facts, absent = case
    check_reading(nlp, text, entities, facts, absent)


def test_record_lines_are_kept_apart():
    """A list page's records, title first, stay one a line with their blanks; the headline above them stays whole."""
    from kg.clean import clean, is_title_record

    c = clean("榆中县金崖镇领导\n党委书记：石建中　电话：0931-5260310\n镇长：卜小芸　电话：0931-5260311\n")
    assert c.text.split("\n") == ["榆中县金崖镇领导", "党委书记：石建中 电话：0931-5260310", "镇长：卜小芸 电话：0931-5260311"]
    assert is_title_record("副县长 鲍文清") and is_title_record("局长：鲍文清，负责全面工作。")
    assert not is_title_record("副县长鲍文清主持会议。") and not is_title_record("会议由镇长主持。")


def test_gacha_committee_rows_name_a_gacha():
    """The tables' 某某嘎查村委员会 is the gacha 某某嘎查, a village, as 某某嘎查委员会 is."""
    from kg.gazetteer import village_name

    assert village_name("乌兰敖包嘎查村委员会", "150626108201") == ("乌兰敖包嘎查", "village")
    assert village_name("乌兰敖包嘎查委员会", "150626108201") == ("乌兰敖包嘎查", "village")


def test_records_and_rows_are_looked_for_in_short_lines_only():
    """A record is read in a line no longer than a record's; a row needs three column bars. A page of one long line
    (millions of characters) holds no record, and its line is never scanned whole for one at every title."""
    from kg.clean import is_table_row, title_record_at

    record = "党委书记：石建中　电话：0931-5260310"
    assert title_record_at(record, 2) and title_record_at("镇领导\n" + record + "\n下一行", 6)
    long_line = "会议指出，" * 200 + record
    assert not title_record_at(long_line, len(long_line) - 10)
    assert is_table_row("王强｜男｜汉族｜县财政局局长") and not is_table_row("甲｜乙｜丙")
