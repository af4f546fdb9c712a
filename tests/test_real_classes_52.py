"""Classes the fifty-second own people set showed (passages rewritten from real news of 江苏, 安徽, 浙江, 山东 and 河南:
interviews and features with their bylines and credits, photo captions, a grain grower quoted by role and name, a
village secretary greeting a grower by his nickname, a department head's question-and-answer interview, a deputy's
name card, a city paper's experts, a delegation's open day with its deputies, a governor answering reporters with
his photographers' captions, a first secretary's village morning, two village officials' villages paired), each row a
text written for this test, with other places and names than the set's.

- A photo credit glued to a three-character name at the end of its line (新华社记者 某某喜摄⏎): the model cut the name
  before its third character, so a two-character person was read; the credit's mark closes the line, so the name after
  the role runs to it.
- A caption's credit in brackets holding the name alone (…提问。（某某 摄）…): the photo credit wanted a full stop, a
  comma or a blank before the name and the end of the line after the bracket; a bracket that holds only the name and
  the mark is a credit wherever its line goes on (the cleaner joins a caption to the next line).
- A credit line run together by the cleaner (来源：某客户端 作者：记者 施某某 编辑：某某 → …记者施某某编辑：某某): a name
  whose first characters are a word (方向) was left out; a byline's name that the next credit's role and its colon close
  is read, as is one that a blank and the next role close.
- 在 and a word of place closed by 里 or 内 before a verb (某某在麦田里作业): the model read 麦田里 as a name; after 在 a name
  is followed by 的, 家 or a list's mark (在某某的带领下), never by a verb (LocativeFrameOpen, LocativeFrameEnd).
- A name card's line with a status before the posts (某某 党的二十大代表、某县某镇某村党总支书记、村委会主任): the status,
  no post, stopped the chain, so the holder was a person; StatusBeforeChain is skipped before the chain.
- A people's congress delegation's head (某省代表团团长某某主持会议): nothing was read; 代表团团长 and 代表团副团长 are roles, the
  delegation no body.
- A bare 省长 in a report filed from the capital (某网北京3月7日讯…十一届全国人大五次会议某省代表团…省长某某): the governor was
  made head of 北京市人民政府; a 省 abbreviation's home must be named …省 (JurisdictionAbbrev 省 "name_ends").
"""
import pytest

from conftest import pairs_of, typed_names


CREDIT_ROWS = [
    ("a three-character name glued to the photo credit's mark",
     "10月9日，种粮大户孙家旺在晒场翻晒稻谷。新华社记者 钱立喜摄",
     {("Person", "钱立喜"), ("Person", "孙家旺")}, {"钱立"}),
    ("a caption's bracket holding the name alone, the line going on",
     "副县长在现场解答群众提问。（邹堃 摄）散会后，不少群众仍围着工作人员咨询。",
     {("Person", "邹堃")}, set()),
    ("a caption's bracket holding the name alone, run together",
     "答问结束后，记者们仍在追问。（牛鑫摄）",
     {("Person", "牛鑫")}, set()),
    ("a credit line whose byline's name begins with a word",
     "村里的路修好了。\n来源：某某新闻客户端 作者：记者 方向明 编辑：吴涛",
     {("Person", "方向明"), ("Person", "吴涛")}, set()),
]


@pytest.mark.parametrize("cls,text,entities,absent", CREDIT_ROWS, ids=[r[0] for r in CREDIT_ROWS])
def test_bylines_and_photo_credits(cls, text, entities, absent):
    got = typed_names(text)
    assert entities <= got, sorted(got)
    assert not absent & {n for _, n in got}, sorted(got)


LOCATIVE_ROWS = [
    ("a grower in a wheat field", "5月6日，赵建国在麦田里作业。", {("Person", "赵建国")}, {"麦田里"}),
    ("villagers in a wheat field", "村民们在麦田里作业。", set(), {"麦田里"}),
]


@pytest.mark.parametrize("cls,text,entities,absent", LOCATIVE_ROWS, ids=[r[0] for r in LOCATIVE_ROWS])
def test_a_word_of_place_after_zai_is_no_name(cls, text, entities, absent):
    got = typed_names(text)
    assert entities <= got, sorted(got)
    assert not absent & {n for _, n in got}, sorted(got)
    # a name after 在 that 的 follows is still one
    assert ("Person", "刘万里") in typed_names("在刘万里的带领下，全村修通了山路。")


def test_a_name_card_with_a_status_before_the_posts():
    text = "人物名片\n李秀梅 党的二十大代表、安吉县天荒坪镇余村党总支书记、村委会主任\n余村这几年变化很大。"
    got = typed_names(text)
    assert ("Official", "李秀梅") in got and ("Person", "李秀梅") not in got, sorted(got)
    assert ("李秀梅", "中共安吉县天荒坪镇余村总支部委员会") in pairs_of(text, "holdsPost")


def test_a_delegations_heads_are_persons():
    text = "3月5日，江西代表团举行全体会议。江西代表团团长钱伟东主持会议并回答记者提问，副团长孙立国也作了回答。"
    got = typed_names(text)
    assert {("Person", "钱伟东"), ("Person", "孙立国")} <= got, sorted(got)


def test_a_governor_in_a_report_filed_from_the_capital():
    text = ("某某网北京3月8日讯（特派记者 王小川 李东）8日下午，十二届全国人大一次会议河南代表团举行开放日活动，"
            "省长周立新现场回答了记者的提问。")
    got = typed_names(text)
    assert ("Official", "周立新") in got or ("Person", "周立新") in got, sorted(got)
    assert not {o for _, o in pairs_of(text, "holdsPost")} & {"北京市人民政府"}
