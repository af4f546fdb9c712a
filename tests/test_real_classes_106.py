"""Classes the hundred-and-sixth own people set showed (a blind sample of meeting news of counties and cities: a city
CPPCC's session opened in 江阴市, a county congress's preparatory meeting in 舒城县, a county government's Party group
and executive meeting in 闽清县, a county Party committee's standing committee meeting in 户县, a county congress's
conveners' meeting in 松桃苗族自治县, a city delegation's plenary meeting at a provincial congress from 长春), each row a
text written for this test, with other places and names than the set's.

- A mark of a new version printed inside the quote before a known scheme's whole name (“新千万工程”): the quoted name is a
  scheme of its own, not the known one (RenewedSchemeMark, programme_cues.jsonl; ``known`` in the quoted rule of
  ``kg/ner/programmes.py``); the known scheme quoted alone stays the known one.
- A letter or telegram of greetings in a list of a leader's words (重要讲话、贺信、回信精神) and the set phrase 顾大局
  (讲政治、顾大局) begin with a surname's character but name nobody (NotAName, people.jsonl).
- What minds and deeds are brought in line with (把思想和行动统一到省委的决策部署上来): a citing frame (CiteOpen and
  CiteClose of the field align, relation_cues.jsonl) whose bodies are no doers of the programme in the clause after it.
"""
import pytest

from conftest import check_reading


ROWS = [
    # a new version of a known scheme
    ("a new version of a known scheme, quoted, after a verb",
     "今年，宿松县全面推进“新千万工程”，建成一批和美乡村。",
     {("Programme", "新千万工程")}, set(), {"千村示范、万村整治工程"}),
    ("a new version of a known scheme among other quoted names",
     "会议要求，扎实实施“新千万工程”和“满意在宿松”行动。",
     {("Programme", "新千万工程")}, set(), {"千村示范、万村整治工程"}),
    # words that begin with a surname's character
    ("a letter of greetings in a list of a leader's words",
     "县政府党组会议传达了习近平总书记近期重要讲话、贺信、回信精神。",
     set(), set(), {"贺信"}),
    ("a letter and a telegram of greetings sent by a title",
     "省委书记发来贺信、贺电。",
     set(), set(), {"贺电"}),
    ("a set phrase of duty before the height it is seen from",
     "干部要从讲政治、顾大局的高度认识这项工作。",
     set(), set(), {"顾大局"}),
    # a frame of alignment
    ("a provincial committee in a frame of alignment, a programme in the next clause",
     "王强强调，要把思想和行动统一到中共宁夏回族自治区委员会的决策部署上来，围绕打好“三大攻坚战”积极建言献策。",
     {("Agency", "中共宁夏回族自治区委员会"), ("Programme", "三大攻坚战")}, set(), set()),
    ("a city government in a frame of alignment, a known scheme in the next clause",
     "会议指出，把思想统一到银川市人民政府确定的目标上来，全力推进“厕所革命”。",
     {("Agency", "银川市人民政府")}, set(), set()),
    # controls
    ("a known scheme quoted alone stays the known scheme",
     "宿松县学习运用“千万工程”经验，整治村容村貌。",
     {("Programme", "千村示范、万村整治工程")}, set(), {"新千万工程"}),
    ("a body that opens the clause still carries the scheme out",
     "银川市人民政府全力推进“厕所革命”。",
     {("Agency", "银川市人民政府")}, {("银川市人民政府", "implements", "厕所革命")}, set()),
    ("a person whose name begins with 顾 stays a person",
     "村民顾大明说，村里的路修好了。",
     {("Person", "顾大明")}, set(), set()),
]

ABSENT_FACTS = {
    "a provincial committee in a frame of alignment, a programme in the next clause":
        {("中共宁夏回族自治区委员会", "implements", "三大攻坚战")},
    "a city government in a frame of alignment, a known scheme in the next clause":
        {("银川市人民政府", "implements", "厕所革命")},
}


@pytest.mark.parametrize("label,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_real_class_106(nlp, label, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent, absent_facts=frozenset(ABSENT_FACTS.get(label, ())))
