"""Classes the forty-third programme set (who carries a scheme out, in county, township and city news of 四川, 贵州,
云南 and 重庆: a county's campaign with towns and bureaus pledging at its mobilisation meeting, a prefecture's actions
carried by a county, a township and a village, a bureau's push-forward meeting, the county, township or city carried by
该县/该乡/全市 across sentences, a ministry's list beside the county that ran the campaign, a district's plan issued by its
government, a town taking up two quoted schemes as its vehicle; rewritten from real news) showed.

- Places and bodies that open a clause and then pledge or report at a meeting held for a campaign (某县召开“…行动”动员会 …
  甲镇、乙镇、县某局先后作表态发言; 甲街道、乙街道依次汇报了工作进展: PledgeAdverb, PledgeSpeech, PledgeReport in
  relation_cues.jsonl) carry out the campaign the meeting was held for, the last programme before in the article that a
  meeting's name follows. A report needs its adverb of turns; a meeting held for no programme gives none.
- The body right before the verb of a relative clause holds the meeting named after a programme, though 在 stands before
  it (在某县民政局召开的“…”行动推进会上): it carries the programme out; a place there is only the meeting's site.

Left: a town taking up two quoted schemes as its vehicle after a three-part quoted motto (围绕“甲、乙、丙”的发展
思路，以“…”“…”建设为载体); 该县/该乡 carried a paragraph on to a scheme the sentence does not name (该乡把行动要求编成壮歌); a county whose
departments and towns act (某县各部门、各乡镇迅速行动) for a scheme named a sentence before; a scheme opening its sentence
with 开展以来 before the county that takes it up (“…行动”开展以来，某县把它当作…); a county renamed a city since (黔西县);
a county's pilot printed after its county (某县农村综合性改革试点) and the villages of its story; schemes in 「」 that head
their items (「萬名幹部規劃家鄉」：全市組織…).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import programmes_and_links


def test_towns_and_bureaus_that_pledge_at_a_campaigns_meeting_carry_it_out():
    progs, links = programmes_and_links(
        "6月10日，武胜县召开“清河行动”动员会，县长讲话。会上解读了《武胜县“清河行动”实施方案》，"
        "沿口镇、中心镇、县水务局先后作表态发言。")
    assert "清河行动" in progs, sorted(progs)
    assert {("沿口镇", "清河行动"), ("中心镇", "清河行动"), ("武胜县水务局", "清河行动")} <= links, sorted(links)


def test_streets_that_report_in_turn_at_a_campaigns_meeting_carry_it_out():
    _, links = programmes_and_links("华蓥市召开“美丽庭院”创建推进会。会上，双河街道、古桥街道依次汇报了工作进展。")
    assert {("双河街道", "美丽庭院"), ("古桥街道", "美丽庭院")} <= links, sorted(links)

    # a meeting held for no programme gives none; a report needs its adverb of turns
    _, links = programmes_and_links("武胜县召开安全生产工作会议，沿口镇、中心镇作表态发言。")
    assert not links, sorted(links)
    _, links = programmes_and_links("武胜县召开“清河行动”动员会。沿口镇、中心镇汇报了工作。")
    assert not {a for a, _ in links} & {"沿口镇", "中心镇"}, sorted(links)


def test_the_body_before_a_relative_clauses_verb_holds_the_programmes_meeting():
    progs, links = programmes_and_links("在荣县民政局召开的“暖心助老”行动推进会上，局负责人介绍了进展。")
    assert ("荣县民政局", "暖心助老行动") in links, (sorted(progs), sorted(links))
    _, links = programmes_and_links("在旭阳镇召开的“暖心助老”行动推进会上，县长讲话。")
    assert not links, sorted(links)

