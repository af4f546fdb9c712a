"""Classes found by probing kg with made-up county and city news of the kinds real news prints.

- A frame of purpose that opens a sentence and names a scheme (为全面落实“某某制”，…; PurposeDegree, PurposeVerb in
  relation_cues.jsonl, beside the ClauseLead words): the subject after its comma carries the scheme out; where that
  subject is a chain of places written side by side (某省某市某县组织…), the innermost place does, not the province;
  coordinated subjects after the comma (甲县、乙县联合…) both do.

Texts written for these tests in our own words."""
import pytest

from conftest import pairs_of


@pytest.mark.parametrize("text, doer, scheme", [
    ("为全面落实“林长制”，四川省雅安市荥经县建立县、乡、村三级林长体系。", "荥经县", "林长制"),
    ("为持续推进“厕所革命”，云南省大理州宾川县今年新建户厕三千座。", "宾川县", "厕所革命"),
    ("为深入推进“千村示范、万村整治”工程，河南省信阳市新县组织开展村庄清洁行动。", "新县", "千村示范、万村整治工程"),
    ("为加快推进“四好农村路”建设，江西省赣州市寻乌县交通运输局新建通组公路40公里。", "寻乌县交通运输局", "四好农村路"),
])
def test_the_subject_after_a_purpose_frame_carries_the_scheme_out(text, doer, scheme):
    links = pairs_of(text, "implements")
    assert any(d.endswith(doer) and s == scheme for d, s in links), sorted(links)  # a body as printed, with its city
    assert not any(d.endswith("省") for d, s in links if s == scheme), sorted(links)


def test_coordinated_subjects_after_a_purpose_frame_both_carry_it_out():
    links = pairs_of("为贯彻落实“河长制”，宁乡市、浏阳市联合开展河道清淤行动。", "implements")
    assert {("宁乡市", "河长制"), ("浏阳市", "河长制")} <= links, sorted(links)

