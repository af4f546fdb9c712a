"""Classes the hundred-and-twelfth own programme set showed (a blind sample of city-government news on schemes and works:
a report's excerpt from 晋中 and the executive meetings of 沈阳, 江阴, 福州, 柳州 and 眉山's governments), each row a text
written for this test, with other places, bodies and schemes than the set's.

- A government's executive meeting (某市政府第N次常务会议, 某市政府党组会议和常务会议): the programmes it takes up in its
  lead (研究…, 讨论《…》, not 传达学习/听取) and those of the sentences in the meeting's voice (会议审议通过了《…》, 会议强调，
  要加快推进…工程, and the sentences going on after a semicolon or with 要) had no doer; the government whose meeting it
  is carries them out now, where the programme's clause names no body or place of its own (executive-meeting-body).
- A document's title ending in 工作任务 (《江阴制造强市建设工作任务》) was no programme; it is a document now (DocumentHead).
"""
import pytest

from conftest import check_reading


ROWS = [
    ("a government's executive meeting carries out what it takes up and what it says",
     "5月8日，市长李某主持召开南平市政府第21次常务会议，研究《南平市城市更新三年行动方案》。"
     "会议强调，要加快推进“武夷新区”建设；扎实开展“清洁家园”行动。",
     {("Programme", "《南平市城市更新三年行动方案》")},
     {("南平市人民政府", "implements", "《南平市城市更新三年行动方案》"),
      ("南平市人民政府", "implements", "清洁家园行动")},
     set()),
    ("a document title ending in 工作任务",
     "3月5日，三明市发展改革委印发了《三明市数字经济提升工作任务》。",
     {("Programme", "《三明市数字经济提升工作任务》")},
     {("三明市发展和改革委员会", "implements", "《三明市数字经济提升工作任务》")},
     set()),
]


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_112(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_real_class_112_heard_is_not_taken(nlp):
    """What the meeting only hears (听取…的汇报) is not its own to carry out."""
    check_reading(nlp, "6月2日，市长王某主持召开宜宾市政府常务会议，听取市财政局关于“惠民保”推进情况的汇报。",
                  set(), set(), set(), absent_facts={("宜宾市人民政府", "implements", "惠民保")})
