"""Classes the forty-third programme set (who carries a scheme out, in county, township and city news of 四川, 贵州,
云南 and 重庆: a county's campaign with towns made its subjects and pledging at its mobilisation meeting, a prefecture's
actions carried by a county, a township and a village, a bureau's push-forward meeting, the county, township or city
carried by 该县/该乡/全市 across sentences, a ministry's list beside the county that ran the campaign, a district's plan
issued by its government, a town taking up two quoted schemes as its vehicle; rewritten from real news) showed.

- Where an article made the towns a campaign's subjects (各乡镇作为实施主体, 各乡镇是…的责任主体: EachTownLevel and
  ResponsibleSubject 实施主体 in relation_cues.jsonl), the places that open a clause and then pledge at the meeting held
  for the campaign (甲镇、乙镇、县某局先后作表态发言: PledgeAdverb, PledgeSpeech) carry it out, the campaign being the last
  programme before in the article that a meeting's name follows; a bureau among them does not, and places that only
  speak at a meeting, with no such duty, add nothing (as the seventeenth set settled).
- The body right before the verb of a relative clause holds the meeting named after a programme, though 在 stands before
  it (在某县民政局召开的“…”行动推进会上): it carries the programme out; a place there is only the meeting's site.
- Counties renamed since (黔西县, now 黔西市; 澄江县, now 澄江市; 射洪县, 遵义县, 綦江县 …) are read by their former names
  (FormerDivision rows in former_divisions.jsonl for 四川, 贵州, 云南 and 重庆), so that what they carry out is linked.
- 推开 (该县推开“…”工程, 在全县推开…试点) is a ProgrammeVerb (programme_cues.jsonl), not a strong one: it governs a name
  read as a scheme, and makes none of a quoted council (在三个社区推开了“居民议事会”).
- A scheme that opens its sentence with the time since its launch (“…行动”开展以来，某县把它当作…: SinceLaunch) is carried
  out by the places and bodies that open the next clause as its subject (not 某县的干部…).
- A place followed by a count of places of a lower level (云南4地拟入选…: RunTailUnit 地, counted as counties) holds the
  counted members and is neither the subject of the verb nor a member of the designation; a document that ends right
  after a designation's name is read (it raised IndexError).
- A content frame between a verb and the scheme it governs (推开以甲、乙、丙为主要内容的“…”工程: 以 … 为 ContentFrameNoun
  的) no longer hides the verb when its list is long.

Left: 该县/该乡 carried a paragraph on to a scheme the sentence does not name (该乡把行动要求编成壮歌); a county whose
departments and towns act (某县各部门、各乡镇迅速行动) for a scheme named a sentence before; a county's pilot printed after
its county with no verb (变化源于某县农村综合性改革试点) and the villages of its story; schemes in 「」 that head their items
(「萬名幹部規劃家鄉」：全市組織…); a town taking up two quoted schemes after a three-part quoted motto (围绕“甲、乙、丙”的
发展思路，以“…”“…”建设为载体); a body's creation of a designation inside a meeting's name (全县创建国家…示范县暨…动员大会).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import names_of, programmes_and_links


def test_towns_made_a_campaigns_subjects_that_pledge_at_its_meeting_carry_it_out():
    progs, links = programmes_and_links(
        "6月10日，武胜县召开“清河行动”动员会，县长讲话，要求各乡镇作为实施主体，抓紧清理河道。"
        "会上解读了《武胜县“清河行动”实施方案》，沿口镇、中心镇、县水务局先后作表态发言。")
    assert "清河行动" in progs, sorted(progs)
    assert {("沿口镇", "清河行动"), ("中心镇", "清河行动")} <= links, sorted(links)
    assert ("武胜县水务局", "清河行动") not in links, sorted(links)
    # with no duty laid on the towns, or no campaign's meeting, a pledge adds nothing
    _, links = programmes_and_links(
        "6月10日，武胜县召开“清河行动”动员会，县长讲话。会上，沿口镇、中心镇先后作表态发言。")
    assert not {a for a, _ in links} & {"沿口镇", "中心镇"}, sorted(links)
    _, links = programmes_and_links("武胜县召开安全生产工作会议，要求各乡镇作为实施主体。沿口镇、中心镇作表态发言。")
    assert not links, sorted(links)


def test_the_body_before_a_relative_clauses_verb_holds_the_programmes_meeting():
    progs, links = programmes_and_links("在荣县民政局召开的“暖心助老”行动推进会上，局负责人介绍了进展。")
    assert ("荣县民政局", "暖心助老行动") in links, (sorted(progs), sorted(links))
    _, links = programmes_and_links("在旭阳镇召开的“暖心助老”行动推进会上，县长讲话。")
    assert not links, sorted(links)


def test_a_county_renamed_since_is_read_by_its_former_name():
    text = "澄江县地处抚仙湖畔。今年以来，该县实施“清水入湖”工程，带动群众参与。"
    assert "澄江县" in names_of(text, "Place")
    _, links = programmes_and_links(text)
    assert ("澄江县", "清水入湖工程") in links, sorted(links)
    assert "綦江县" in names_of("綦江县召开干部大会，部署全年工作。", "Place")


def test_a_scheme_spread_with_tui_kai_is_carried_out_by_the_subject():
    _, links = programmes_and_links("武胜县召开干部大会。会后，该县在全县推开“院坝说事”试点。")
    assert ("武胜县", "院坝说事") in links, sorted(links)


def test_the_subject_after_a_schemes_time_since_launch_carries_it_out():
    _, links = programmes_and_links("“清河护岸行动”开展以来，武胜县把它当作改善人居环境的重要抓手。")
    assert ("武胜县", "清河护岸行动") in links, sorted(links)
    _, links = programmes_and_links("“清河护岸行动”开展以来，武胜县的志愿者纷纷参与。")
    assert ("武胜县", "清河护岸行动") not in links, sorted(links)


def test_a_long_content_frame_between_the_verb_and_the_scheme_hides_no_verb():
    _, links = programmes_and_links(
        "武胜县是产粮大县。今年以来，该县实施以清洁庭院、美化村道、整治沟渠为主要内容的“美丽武胜”创建工程。")
    assert ("武胜县", "美丽武胜") in links, sorted(links)


def test_a_province_before_a_count_of_its_places_holds_the_members_and_is_none():
    for text in ("广西3地拟入选全国河湖长制先进县", "江西3地拟入选全国“四好农村路”示范县"):
        _, links = programmes_and_links(text)
        assert not {a for a, _ in links} & {"广西壮族自治区", "江西省"}, sorted(links)
    # a headline that ends right after the designation is read, and the province holds its members
    progs, links = programmes_and_links("广西3地拟入选全国水土保持示范县")
    assert "全国水土保持示范县" in progs and not links, (sorted(progs), sorted(links))
