"""Classes of programmes and their doers that the latest real-news sets (29–33) left, fixed on made-up text.

- A subject parted from its verb by what it follows: a verb of following (贯彻, 落实, 学习, 践行: FollowVerb in
  relation_cues.jsonl) and the spirit, instruction or deployment it takes (…精神, …部署, …回信: FollowedEnd). The leader,
  body or place named inside that object (习近平总书记给某村村民的回信精神, 省委精神, 市委部署) is what is followed, never the
  subject; the place or body before the verb of following carries the scheme out, a county's short form opening a
  quoted speech included.
- A project reprinted after a county and one of its towns (在某县某镇千亩茶园提升项目现场), its name read without them:
  the county carries it out as well as the town, as where the chain is part of the project's name (owner-in-name);
  a town named alone before a project brings no county in.
- A scheme named by a head alone a scheme has (…示范带) and taken up as the lead (某县以…示范带为引领, 以…示范带建设为抓手:
  TakenAsLead in programme_cues.jsonl, TakenAs in relation_cues.jsonl): its name starts after 以, never at the clause's
  or the line's start with the subject in it; the place before 以 carries it out.
- Two objects of one verb parted by 和 after a task's end (推进农村人居环境整治提升和美丽集镇建设攻坚行动:
  TaskEndBeforeCoordination in programme_cues.jsonl), as after a document's head: the name read is the last, not the
  whole run; 和 that starts a word (和美乡村: CoordinatedWordTail) parts nothing.

Texts written for these tests in our own words, with places, bodies and schemes other than those of the sets."""
import pytest

from conftest import programmes_and_links


@pytest.mark.parametrize("text,doer,scheme,not_doer", [
    ("访周宁县委书记：念好“山海经”\n“周宁将把贯彻落实习近平总书记给赤溪村村民的回信精神及省、市党代会精神具体化、行动化，"
     "通过开展‘两个年’活动和实施‘五大行动计划’，做好三篇文章。”县委书记张某在接受专访时表示。",
     "周宁县", "五大行动计划", "赤溪村"),
    ("周宁县深入贯彻省委精神，开展“两个年”活动，做好三篇文章。", "周宁县", "两个年", "中共福建省委员会"),
    ("近年来，松溪县深入贯彻习近平总书记的重要讲话精神，扎实开展“山区共富”行动。", "松溪县", "山区共富行动", "习近平"),
    ("松溪县认真落实南平市委部署，实施“三个三年”行动。", "松溪县", "三个三年行动", "中共南平市委员会"),
])
def test_what_a_subject_follows_is_no_subject(text, doer, scheme, not_doer):
    progs, links = programmes_and_links(text)
    assert scheme in progs, progs
    assert (doer, scheme) in links, links
    assert not any(d == not_doer for d, _ in links), links

    # 学习某县经验: 经验 closes no followed object, and the subject before 学习 stays the doer
    _, links = programmes_and_links("城关镇学习浦江县经验，推行“最多跑一次”改革。")
    assert ("城关镇", "最多跑一次") in links and not any(d == "浦江县" for d, _ in links), links


def test_a_county_and_its_town_before_a_project_both_carry_it_out():
    text = ("3月5日，松溪县组织重点项目观摩活动，千亩茶园提升项目、城西污水管网工程等6个重点项目集中亮相。"
            "在松溪县郑墩镇千亩茶园提升项目现场，工人们正在铺设管道。")
    progs, links = programmes_and_links(text)
    assert "千亩茶园提升项目" in progs, progs
    assert {("松溪县", "千亩茶园提升项目"), ("郑墩镇", "千亩茶园提升项目")} <= links, links
    # a town alone before the project: no county
    _, links = programmes_and_links("在郑墩镇千亩茶园提升项目现场，工人们正在铺设管道。")
    assert not any(d == "松溪县" for d, _ in links), links


@pytest.mark.parametrize("text,scheme,doer", [
    ("近年来，永新县以赣湘边乡村振兴示范带为引领，串点成线推进村庄整治。", "赣湘边乡村振兴示范带", "永新县"),
    ("永新县以乡村振兴示范带建设为抓手，培育多元产业。", None, None),
])
def test_a_scheme_taken_up_as_the_lead_starts_after_its_lead(text, scheme, doer):
    progs, links = programmes_and_links(text)
    assert not any("以" in p for p in progs), progs
    if scheme:
        assert scheme in progs and (doer, scheme) in links, (progs, links)


def test_a_tasks_end_and_a_coordination_part_two_objects():
    progs, links = programmes_and_links("资溪县持续推进农村人居环境整治提升和美丽集镇建设攻坚行动，面貌明显改观。")
    assert "美丽集镇建设攻坚行动" in progs, progs
    assert ("资溪县", "美丽集镇建设攻坚行动") in links, links
    assert not any("整治提升和" in p for p in progs), progs
    # 和美乡村 is a word: no name starts inside it
    progs, _ = programmes_and_links("资溪县持续推进农村人居环境整治提升和美乡村建设行动，面貌明显改观。")
    assert not any(p.startswith("美乡村") for p in progs), progs
