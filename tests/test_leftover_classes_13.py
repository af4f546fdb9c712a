"""Classes left by the fifteenth and sixteenth programme sets and the eighteenth people set.

- A notice's title printed without 关于 (某县2026年度某某示范村评选名单公示) on the first line, above its salutation or a first
  paragraph printed as one line, is a line of its own: cleaning does not join it to that paragraph, so the annex after the
  sign-off (附件：评选名单, then 序号　乡镇　村名 and one village a line) falls under the designation the title names. The
  line that signs above the annex is a sign-off, as one above a date line is, and the lines above a sign-off open no
  article of their own. A sentence's first line wrapped before its rest, as wide as the rest, stays joined.
- A bulletin's item opened by a body in brackets (【县农业农村局】会同县财政局开展…): the abbreviated body is read after the
  bracket as after a line's start, and it and the bodies it acts together with (会同, 联合) carry out the programme the
  headline names; a body the bracketed one only reports to (向县财政局报送) does not.
- Doers after a clause about an official: 某县推行“某制”以来，县委常委、副县长某某任总链长，县某中心具体承办，甲镇、乙镇两个
  重点镇各设一名链长: the centre that 具体承办 and the towns that each set up a chief carry the scheme out, past the frame
  of time (以来) and the official's clause; a body named after the official's clause with no doer's verb does not.
- A procuratorate's numbered department printed bare after a verb (会议听取了第二检察部关于…的汇报) is a unit of the
  procuratorate the text named before, even where another of its departments was named in between; with no
  procuratorate named before, none is guessed.
- A town whose name splits into words (新市镇: 新 and 市镇) printed without its county, not glued to the word before, is
  read in an article whose county has a town of that name (攸县… 在渌田镇、新市镇…; 新市镇人民政府副镇长某某), as the
  article's county decides among the towns of that name; in an article about a county without one it is not read.
- A Yi name of four characters after a title, opened and closed by transliteration characters with one everyday
  character inside (阿苦日哈, where 日 alone would end it), is read whole where punctuation or a word that follows names
  closes it; a name of two characters before a verb of speech stays two (副县长阿木说，…).

Texts written for these tests in our own words, with places other than those of the sets that revealed the classes."""
import sys

import pytest

from conftest import check_reading
from kg.clean import clean

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import implementers_of  # noqa: E402

ANNEX = ("婺源县2026年度“最美庭院”示范村评选名单公示\n"
         "经各乡镇申报、县文明办复核，并报县委农村工作领导小组同意，现将2026年度“最美庭院”示范村评选名单予以公示，接受社会监督。\n"
         "公示期：2026年5月6日至5月12日\n婺源县农业农村局\n附件：评选名单\n序号　乡镇　村名\n"
         "1　江湾镇　占坑村\n2　赋春镇　冲田村\n3　赋春镇　游汀村\n")


def test_notice_title_without_guanyu_is_its_own_line():
    c = clean(ANNEX)
    kinds = [(p.kind, c.text[p.start : p.end]) for p in c.paragraphs]
    assert kinds[0] == ("headline", "婺源县2026年度“最美庭院”示范村评选名单公示")
    assert ("signoff", "婺源县农业农村局") in kinds


def test_salutation_after_a_bare_title():
    text = ("浮梁县2026年农村人居环境整治先进村评选结果通报\n各乡镇人民政府、县直各单位：\n"
            "经县农村人居环境整治工作领导小组办公室考评，现将2026年农村人居环境整治先进村评选结果通报如下，请各地认真学习借鉴。\n")
    c = clean(text)
    assert c.text.split("\n")[0] == "浮梁县2026年农村人居环境整治先进村评选结果通报"


def test_wrapped_sentence_line_stays_joined():
    # the first line of a sentence wrapped as wide as its rest: no title, however it ends
    text = ("婺源县农业农村局近日在全县农村工作会议上印发了新修订的美丽乡村建设考核办法\n"
            "明确各乡镇全年目标任务和考核细则，推动各项工作落地见效。\n")
    c = clean(text)
    assert "\n" not in c.text.strip()


def test_annex_villages_enter_the_titles_designation():
    forms, got = implementers_of(ANNEX, "最美庭院示范村")
    assert {"占坑村", "冲田村", "游汀村"} <= got, (sorted(got), sorted(forms))


BRIEF = ("平江县“禾下养鱼”工程推进简报\n2026年第5期\n【三市镇】持续推进“禾下养鱼”工程，新增示范田300亩。\n"
         "【加义镇】依托“禾下养鱼”工程建成稻渔基地2个。\n")


@pytest.mark.parametrize("line,doers,not_doers", [
    ("【县农业农村局】会同县财政局开展资金绩效评价，对2个乡镇进行约谈。\n", {"平江县农业农村局", "平江县财政局"}, set()),
    ("【县水利局】联合县生态环境局抽检水质12次。\n", {"平江县水利局", "平江县生态环境局"}, set()),
    ("【县农业农村局】向县财政局报送资金使用情况3份。\n", {"平江县农业农村局"}, {"平江县财政局"}),
])
def test_bracketed_body_and_its_partners(line, doers, not_doers):
    forms, got = implementers_of(BRIEF + line, "禾下养鱼工程")
    assert doers <= got, (sorted(got), sorted(forms))
    assert not (not_doers & got), sorted(got)


@pytest.mark.parametrize("text,prog,doers,not_doers", [
    ("临湘市推行竹产业链“链长制”以来，市委常委、副市长周立新任总链长，市竹产业发展服务中心具体承办，"
     "羊楼司镇、詹桥镇两个产竹大镇各设一名链长，今年竹产业产值增长9%。",
     "链长制", {"临湘市竹产业发展服务中心", "羊楼司镇", "詹桥镇"}, set()),
    ("浏阳市实施“花炮安全护航”行动，副市长陈海波担任指挥长，市应急管理局具体负责，大瑶镇、金刚镇各配备一名安全专干。",
     "花炮安全护航行动", {"浏阳市应急管理局", "大瑶镇", "金刚镇"}, set()),
    ("临湘市推行竹产业链“链长制”以来，市委常委、副市长周立新任总链长，市竹产业发展服务中心发布了年度报告。",
     "链长制", set(), {"临湘市竹产业发展服务中心"}),
])
def test_doers_after_an_officials_clause(text, prog, doers, not_doers):
    forms, got = implementers_of(text, prog)
    assert doers <= got, (sorted(got), sorted(forms))
    assert not (not_doers & got), sorted(got)



def _agencies(nlp, text):
    from conftest import read_names
    return {n for t, n in read_names(nlp, text)[0] if t == "Agency"}


def test_a_procuratorates_department_after_a_verb(nlp):
    text = ("10月9日，宁国市人民检察院召开检察委员会会议，第一检察部主任汪立群等列席。"
            "会议听取了第三检察部关于一起环境污染案件的汇报，决定依法提起公诉。")
    got = _agencies(nlp, text)
    assert "宁国市人民检察院第三检察部" in got, sorted(got)
    assert not any("第一检察部第三检察部" in n for n in got), sorted(got)


def test_no_procuratorate_guessed_for_a_bare_department(nlp):
    got = _agencies(nlp, "会议听取了第三检察部关于一起环境污染案件的汇报。")
    assert not any(n.endswith("检察院第三检察部") for n in got), sorted(got)


def _places(nlp, text):
    from conftest import read_names
    return {n for t, n in read_names(nlp, text)[0] if t == "Place"}


def test_a_town_whose_name_splits_into_words_under_the_articles_county(nlp):
    text = "攸县妇联召开执委会\n县妇联今年在渌田镇、新市镇建成了两个妇女之家。新市镇人民政府副镇长罗丹当选副主席。"
    assert "新市镇" in _places(nlp, text)


def test_no_such_town_read_under_another_county(nlp):
    text = "长兴县妇联召开执委会\n县妇联今年在洪桥镇、新市镇建成了两个妇女之家。"
    assert "新市镇" not in _places(nlp, text)


@pytest.mark.parametrize("text,entities,facts,absent", [
    ("美姑县妇联副主席阿苦日哈主持会议。", {("Official", "阿苦日哈")}, {("阿苦日哈", "holdsPost", "美姑县妇女联合会")}, {"阿苦"}),
    ("美姑县妇联副主席阿苦日哈、曲比阿果出席。", {("Official", "阿苦日哈")}, set(), {"阿苦"}),
    ("美姑县副县长阿木说，今年要加快进度。", {("Official", "阿木")}, set(), {"阿木说"}),
])
def test_a_yi_name_with_an_everyday_character_inside(nlp, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)
