"""Classes the thirty-third programme set (county and city news of 福建, 湖南, 贵州 and 宁夏 about campaigns, works, pilots
and the bodies that carry them out, rewritten from real news) showed.

- A run of works names closed by 等, a count and 个 before 重点项目, 项目 or 重大项目 (…项目、…工程等9个重点项目集中亮相:
  WorksAfterCounted in programme_cues.jsonl) ends as before 等重点项目: each name is a programme, and a village or town
  printed at its head carries it out.
- A works name keeps a place's name that runs on into a longer one (望远镇新镇区…工程: 新镇 is a town elsewhere, 新镇区 a
  zone here; WorksPlaceRunOn), and a city's short form the text names nowhere else (三沙源上游学校项目); a town cut from
  the head of a works name still owns it.
- A province's works named with a year and a batch (某省2019年第一批…改造工程全面启动: 全面 is a ProjectStartAdverb) is a
  programme the province carries out, and a reference to it by 这批 and its head (这批工程以甲县、乙县等3个县为先期开展对象:
  ReferenceLead 这批, ObjectLead 以 in relation_cues.jsonl) makes the places listed its objects.
- A county's short form opening a speech in quotes (“古田将通过开展…，…。”: a SpeechMark comes before the quote closes)
  is the county, the subject of the schemes it names, not part of a quoted name (“宁夏…工程” stays one name).
- A quoted target before 整治 or 专项整治 under a governing verb, a field word allowed between verb and quote (深化农村
  “空心房”整治, 开展“散乱污”专项整治: AfterQuoteHead "weak", FieldBeforeQuote), is a campaign of the place that runs it.
- National and provincial schemes named without quotes or cue (光伏扶贫, 科技特派员制度, 文化特派员制度: programmes.jsonl).
- A batch printed between a designation's words and its head (自治区光伏扶贫首批试点县, BatchWord before the head) is the
  designation without it, and the place before 是 its member.
- A road or railway named by one character of each end before a word of building or opening (力争常桃高速年底开工, 推进
  炉慈高速建设: RouteHead, RouteLead, RouteFollower) is a works programme of the place that opens the sentence (力争 is a
  ProgrammeVerb); two characters that make a common word or a whole scope (经济高速发展, 全县高速建设) name none.
- The progress a visit looks at ends a run of works as a site word does (察看…工程推进情况, …工程推进等“…”情况); a joiner
  before a tail too short to be a name of its own lies inside the name (…互通及接线工程: WorksInnerJoiner), and the
  particle after the visit's verb is no part of it (察看了…项目: WorksLeadParticle).
- People around the schemes: the place a report is filed from at a byline's end (记者 某某 长沙报道: DatelinePlaceAfter in
  page.jsonl) is no reporter, and one name alone in brackets after an article's last sentence (…协议。（某某）) is its
  author, as two or more names there already were.

Texts written for these tests in our own words, with places and schemes other than those of the set."""

from conftest import programmes_and_links, typed_names

COUNTED_RUN = ("4月10日，贺兰县组织重点项目集中观摩，欣荣村人居环境提升（三期）项目、千亩设施蔬菜项目、银河湾上游幼儿园项目、"
               "洪广镇新城区雨污分流管网工程等12个重点项目逐一接受检阅。")


def test_a_run_of_works_closed_by_a_count_of_key_projects():
    progs, links = programmes_and_links(COUNTED_RUN)
    assert {"欣荣村人居环境提升(三期)项目", "千亩设施蔬菜项目", "银河湾上游幼儿园项目"} <= progs, sorted(progs)
    assert ("欣荣村", "欣荣村人居环境提升(三期)项目") in links, sorted(links)
    # a count of projects with no names before it names none
    progs, _ = programmes_and_links("今年全县计划实施项目91个，一季度已开复工49个，另有6个重点项目正在报批。")
    assert not progs, sorted(progs)


def test_a_town_cut_from_a_works_name_keeps_the_zone_after_it_and_owns_it():
    progs, links = programmes_and_links(COUNTED_RUN)
    assert "新城区雨污分流管网工程" in progs, sorted(progs)
    assert not any(p.startswith("区") for p in progs), sorted(progs)
    assert ("洪广镇", "新城区雨污分流管网工程") in links, sorted(links)


def test_a_citys_short_form_named_nowhere_else_stays_in_the_works_name():
    progs, _ = programmes_and_links("5月8日，县里召开项目推进会，三亚湾上游学校项目、北湖农贸市场提升项目等6个重点项目负责人参加。")
    assert "三亚湾上游学校项目" in progs, sorted(progs)


BATCH = "11月29日，云南省2020年第二批农村公路提质改造工程全面启动。这批工程以镇雄、彝良、盐津等3个县为先期开展对象，要求年底完工。"


def test_a_provinces_batch_of_works_is_its_programme_and_its_objects_carry_it_out():
    progs, links = programmes_and_links(BATCH)
    name = next((p for p in progs if p.endswith("农村公路提质改造工程")), None)
    assert name is not None, sorted(progs)
    assert {("云南省", name), ("镇雄县", name), ("彝良县", name), ("盐津县", name)} <= links, sorted(links)
    # places a reference only takes as examples are no objects
    text = "11月29日，云南省2020年第二批农村公路提质改造工程全面启动。这批工程以镇雄、彝良为例，说明了路面老化的情况。"
    _, links = programmes_and_links(text)
    assert not {s for s, _ in links} & {"镇雄县", "彝良县"}, sorted(links)


def test_a_countys_short_form_opening_a_speech_is_the_subject_of_its_schemes():
    text = "日前，古田县委书记走访重点项目。“古田将通过开展‘三个年’活动和实施‘三个行动计划’，做好山区发展文章。”他说。"
    _, links = programmes_and_links(text)
    assert {("古田县", "三个年"), ("古田县", "三个行动计划")} <= links, sorted(links)
    progs, _ = programmes_and_links("“宁夏农村人居环境提升工程”已经启动。")
    assert "宁夏农村人居环境提升工程" in progs, sorted(progs)


def test_a_quoted_target_before_a_clearing_up_word_is_a_campaign():
    progs, links = programmes_and_links("今年，平江县深化农村“空心房”整治，拆除危旧房屋1200余栋。")
    assert ("平江县", "空心房") in links, sorted(links)
    progs, links = programmes_and_links("今年，汨罗市开展“散乱污”专项整治。")
    assert ("汨罗市", "散乱污") in links, sorted(links)
    progs, _ = programmes_and_links("村民说，“垃圾”整治得很干净。")
    assert not progs, sorted(progs)


def test_national_schemes_named_without_a_cue():
    progs, links = programmes_and_links("今年，建宁县扎实推进科技特派员制度，选派专家深入各乡镇。")
    assert ("建宁县", "科技特派员制度") in links, sorted(links)
    progs, links = programmes_and_links("盐池县花马池镇城西滩村是全区较早实施光伏扶贫的项目村。")
    assert ("城西滩村", "光伏扶贫") in links, sorted(links)


def test_a_batch_inside_a_designation_is_dropped_from_its_name():
    progs, links = programmes_and_links("同心县是自治区光伏扶贫首批试点县，项目6月开工。")
    name = next((p for p in progs if p.endswith("光伏扶贫试点县")), None)
    assert name is not None, sorted(progs)
    assert ("同心县", name) in links, sorted(links)


def test_a_road_named_by_its_two_ends_is_works_of_the_county():
    progs, links = programmes_and_links("今后五年，慈利县将力争张桑高速年底开工，推进澧慈高速建设，补齐交通短板。")
    assert {("慈利县", "张桑高速"), ("慈利县", "澧慈高速")} <= links, sorted(links)
    progs, _ = programmes_and_links("要推进经济高速发展，全县高速建设进展顺利，力争河南高速公路建成通车。")
    assert not progs, sorted(progs)


def test_works_looked_at_for_their_progress():
    progs, _ = programmes_and_links("县委书记一行来到梅仙镇，察看莆炎高速梅仙互通及连接线工程推进情况。")
    assert "莆炎高速梅仙互通及连接线工程" in progs, sorted(progs)
    progs, _ = programmes_and_links("副县长察看了坂面镇污水管网改造工程、管前镇农田灌溉渠道改建工程推进等情况。")
    assert {"污水管网改造工程", "农田灌溉渠道改建工程"} <= {p[3:] if p[2] == "镇" else p for p in progs}, sorted(progs)
    assert not any(p.startswith("了") for p in progs), sorted(progs)


def test_a_dateline_city_is_no_reporter_and_a_lone_credit_is_the_author():
    people = {n for t, n in typed_names("慈利县推进乡村振兴\n新湖南记者 李明轩 常德报道\n今年，慈利县启动澧慈高速建设。") if t == "Person"}
    assert people == {"李明轩"}, sorted(people)
    text = "同心县启动光伏扶贫\n本报讯 5月，同心县启动光伏扶贫项目，项目覆盖3个村。（马海军）\n"
    assert ("Person", "马海军") in typed_names(text), sorted(typed_names(text))
