"""Classes the seventy-eighth own programme set showed (passages rewritten from real news of 浙江, 内蒙古, 湖北, 安徽,
四川, 福建 and 广东 in which well-known national and provincial schemes are named unquoted, in their full and short
forms, beside slogans that are no schemes), each row a text written for this test, with other places and bodies than
the set's.

- Well-known schemes printed unquoted with no head the rules know (长江十年禁渔, 春风行动, 就业援助月, 万人助万企) or
  in a list the rules do not split (三北工程与天然林保护工程、…): they are schemes known by name now
  (programmes.jsonl), each with its short and full forms under one id, so that 三北工程 and 三北防护林体系建设工程,
  特岗计划 and 农村义务教育阶段学校教师特设岗位计划, 国培计划 and 中小学教师国家级培训计划 are one programme.
- Slogans and the names of goals (五位一体, 四个全面, 乡村振兴 as a phrase, 绿水青山就是金山银山) stay no programmes:
  none of them is in the lexicon (a guard row that holds on main too).
"""
import pytest

from conftest import programmes_and_links


KNOWN_ROWS = [
    ("the shelter-belt scheme in its short and its full form, one programme",
     "近年来，宁夏回族自治区盐池县持续推进三北工程建设，今年完成营造林8万亩。三北防护林体系建设工程实施以来，"
     "全县森林覆盖率明显提高。",
     {"三北防护林体系建设工程"}, {("盐池县", "三北防护林体系建设工程")}, {"三北工程"}),
    ("the ten-year fishing ban on the Yangtze printed in full and short",
     "四川省宜宾市深入推进长江十年禁渔，今年共查处非法捕捞案件21起。全市还组建了护渔队，确保十年禁渔各项措施落实到位。",
     {"长江十年禁渔"}, {("宜宾市", "长江十年禁渔")}, {"十年禁渔"}),
    ("the spring employment campaign and the month of employment aid started by a bureau",
     "甘肃省张掖市人力资源和社会保障局启动春风行动，同时开展就业援助月活动，帮助1.2万名农民工实现就业。",
     {"春风行动", "就业援助月"},
     {("张掖市人力资源和社会保障局", "春风行动"), ("张掖市人力资源和社会保障局", "就业援助月")}, set()),
    ("the zero-waste city scheme printed unquoted",
     "贵州省铜仁市积极推进无废城市建设，今年新建无废机关32个。",
     {"无废城市建设"}, {("铜仁市", "无废城市建设")}, set()),
    ("Zhejiang's mountain-and-sea partnership deepened by a county",
     "浙江省温州市苍南县深化山海协作工程，与杭州市余杭区共建产业飞地。",
     {"山海协作工程"}, {("苍南县", "山海协作工程")}, set()),
    ("Henan's campaign of ten thousand officials helping ten thousand firms",
     "河南省南阳市开展万人助万企活动，帮助企业解决问题460个。",
     {"万人助万企"}, {("南阳市", "万人助万企")}, set()),
    ("the special-post teachers' scheme in its short and its full form, one programme",
     "广西壮族自治区百色市田林县今年招聘特岗教师120名。农村义务教育阶段学校教师特设岗位计划实施以来，"
     "该县累计补充乡村教师900余名，特岗计划已成为乡村学校补充教师的主渠道。",
     {"特岗计划"}, set(), {"农村义务教育阶段学校教师特设岗位计划"}),
    ("the national teacher-training scheme in its short and its full form, one programme",
     "江苏省南通市海门区组织乡村教师参加国培计划，中小学教师国家级培训计划今年覆盖全区800名教师。",
     {"国培计划"}, set(), {"中小学教师国家级培训计划"}),
]


@pytest.mark.parametrize("cls,text,programmes,links,absent", KNOWN_ROWS, ids=[r[0] for r in KNOWN_ROWS])
def test_schemes_known_by_name(cls, text, programmes, links, absent):
    progs, got_links = programmes_and_links(text)
    assert programmes <= progs, sorted(progs)
    assert links <= got_links, sorted(got_links)
    assert not absent & progs, sorted(progs)


def test_slogans_are_no_programmes():
    progs, _ = programmes_and_links("会议强调，要统筹推进五位一体总体布局，协调推进四个全面战略布局，全面推进乡村振兴，"
                                    "坚持绿水青山就是金山银山的理念。")
    assert not progs & {"五位一体", "四个全面", "乡村振兴", "绿水青山就是金山银山"}, sorted(progs)
