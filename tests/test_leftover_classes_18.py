"""Classes the seventeenth programme set left, a third part (made-up texts in our own words, with other places and
schemes than the set's).

- A meeting's headline joining two schemes (…召开“某某行动”暨某某制工作推进会): the places given a duty in its article
  carry out the second scheme too, where the article reads it as a scheme; a scheme joined by 和 instead adds
  nothing."""
import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_programme_constructions import build  # noqa: E402


JOINED_MEETINGS = {
    "a second scheme after 暨, named again in the body":
        ("乐安县召开“清溪行动”暨林长制工作推进会\n6月3日，乐安县召开“清溪行动”暨林长制工作推进会议。全面推行林长制是保护"
         "生态的重要举措。会议要求，鳌溪镇、公溪镇要把巡护任务分解到村。", "林长制", {"鳌溪镇", "公溪镇"}),
    "a second scheme read from the body, a duty after 必须":
        ("南丰县召开“护绿行动”暨河长制工作推进会\n5月9日，南丰县召开推进会。河长制实施以来成效明显。会议强调，白舍镇、"
         "琴城镇必须在月底前完成清淤。", "河长制", {"白舍镇", "琴城镇"}),
}


@pytest.mark.parametrize("text,scheme,places", JOINED_MEETINGS.values(), ids=JOINED_MEETINGS.keys())
def test_places_given_duties_carry_out_the_second_scheme_of_a_joint_meeting(text, scheme, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements" and o == scheme}
    assert places <= found, sorted(facts)


NOT_JOINED = {
    "two schemes joined by 和, not 暨":
        ("南丰县召开“护绿行动”和河长制工作推进会\n5月9日，南丰县召开推进会。河长制实施以来成效明显。会议强调，白舍镇、"
         "琴城镇必须在月底前完成清淤。", "河长制", {"白舍镇", "琴城镇"}),
}


@pytest.mark.parametrize("text,scheme,places", NOT_JOINED.values(), ids=NOT_JOINED.keys())
def test_look_alikes_of_a_joint_meeting_add_no_second_scheme(text, scheme, places):
    forms, facts = build(text)
    found = {s for s, p, o in facts if p == "implements" and o == scheme}
    assert not (places & found), sorted(facts)

