"""Classes the forty-ninth programme set (provincial departments carrying out their schemes, from their own notices and
news in 安徽, 福建, 江西, 湖北 and 上海: a campaign hosted by a department and a city and undertaken by eight cities'
bureaus, a department's year plan sent down to the cities, a designation of counties, a joint plan of two departments,
a subsidy list naming the divisions in charge, a transport department's plans item by item, a launch ceremony of a
season of events, a health action's tasks with their bodies in brackets, a department's year-end summary; rewritten
from real news) showed.

- A public event named by a quote and an event head of promotion (“某某·某某”宣传推广活动: AfterQuoteHead and NamingHead
  宣传推广活动, 推广活动, 宣传活动) is read where a cue of a public event follows it, however long the head (the cue looked
  for in the text, not in the few characters after the quote: “…”宣传推广活动的启动仪式, EventCueAfter 的启动仪式).
- The hosts and undertakers of such an event, referred back to by its head opening the next sentence (活动由甲厅、乙市人民
  政府主办，丙局、丁局承办), carry it out: ByVerb 主办 (联合主办, 共同主办), CoDoerVerb 承办 and 协办.
- A launch ceremony's quoted name (由某厅主办的“某某——2024中秋国庆游某省暨某省金秋文旅消费季启动仪式”) names the
  events it launches, each side of 暨, without the theme before the dash and the ceremony's word; the host carries them
  out (`kg/ner/programmes.py`, `_ceremonies`: CeremonyEnd, CeremonyThemeDash, CeremonyJoin).
- A department that sends a document down with 将 (某厅将《某某工作要点》印发各设区市教育局) issues it: ProgrammeVerb 将,
  adjacent as 把 is; one that makes a list public (公开《…清单》: ProgrammeVerb 公开) does too.
- A body after a source of deployments that names no body (按中央和省委部署, 按照党中央、省委要求: DeploymentPeer after a
  PrepositionWord, 按 among them) is followed, no subject: the department before the frame carries the scheme out.
- A department that opens the paragraph over a list of numbered items on lines of their own and says what it will do
  (某厅表示，将…。⏎一是…。…⏎二是…: PlanSay, PlanModal) carries out the items' programmes, each item one paragraph of one
  or more sentences (`kg/relations.py`, `_previous_topic`).
- 建设 governs a scheme that is itself built as works are (建设“四好农村路”: BuiltScheme).
- A fronted frame 在…上 or 在…方面 before the subject (在立德树人上，某厅将…；深入开展…) keeps the subject the topic of the
  clauses after ；(TopicFrameEnd).

Left: a health action's tasks with the bodies in brackets after them (…加强舆论引领(市委宣传部)) and the action named
unquoted before 的重点举措; bodies printed only as 市委宣传部, 市卫生健康委 with 本市 and 健康上海 on the page but no
上海市; a division printed alone after 为 (财政厅归口业务处室为社保处); a short quoted scheme after 实现 (实现“组组通”)
and an unquoted pilot ending in 试点工作; a numbered formula quoted after a long quoted list (安徽文旅“六大特色板块”);
脱贫攻坚 read inside 交通脱贫攻坚战; a count before a belt's name (其他7个淮河生态经济带城市).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import programmes_and_links


def test_an_event_hosted_and_undertaken_referred_back_to_by_its_head():
    progs, links = programmes_and_links(
        "“锦绣江南·水韵太湖”宣传推广活动在无锡启动\n近日，“锦绣江南·水韵太湖”宣传推广活动的启动仪式在无锡举行。"
        "活动由江苏省文化和旅游厅、无锡市人民政府主办，常州市文化广电和旅游局、苏州市文化广电和旅游局承办。")
    assert "锦绣江南·水韵太湖" in progs
    for doer in ("江苏省文化和旅游厅", "无锡市人民政府", "常州市文化广电和旅游局", "苏州市文化广电和旅游局"):
        assert (doer, "锦绣江南·水韵太湖") in links, links
    # a promotion event with no cue of a public one is no programme
    progs, _ = programmes_and_links("“星光夜市·美食嘉年华”推广活动结束后，不少游客意犹未尽。")
    assert not any("星光夜市" in p for p in progs), progs


def test_a_launch_ceremony_names_the_events_it_launches():
    progs, links = programmes_and_links(
        "9月20日晚，由河南省文化和旅游厅主办的“老家河南——2024中秋国庆游河南暨河南金秋文旅消费季启动仪式”在郑州举行。")
    assert {"2024中秋国庆游河南", "河南金秋文旅消费季"} <= progs, progs
    assert ("河南省文化和旅游厅", "河南金秋文旅消费季") in links, links
    assert not any("老家河南" in p or "启动仪式" in p for p in progs), progs


def test_a_document_sent_down_with_jiang_is_issued_by_the_body_before_it():
    progs, links = programmes_and_links("3月2日，浙江省教育厅将《浙江省教育厅2024年工作要点》印发各设区市教育局，要求抓好落实。")
    assert ("浙江省教育厅", "《浙江省教育厅2024年工作要点》") in links, links


def test_a_list_made_public_is_the_department_s():
    _, links = programmes_and_links("湖南省民政厅日前公开《湖南省社会救助资金项目清单》，逐项列明标准和归口处室。")
    assert ("湖南省民政厅", "《湖南省社会救助资金项目清单》") in links, links


def test_a_body_after_the_centre_in_a_deployment_frame_is_no_subject():
    _, links = programmes_and_links("浙江省教育厅将按中央和省委部署组织开展主题教育，深入实施青少年读书领航计划。")
    assert ("浙江省教育厅", "青少年读书领航计划") in links, links
    assert not any(d == "中共浙江省委员会" for d, _ in links), links
    _, links = programmes_and_links("广西壮族自治区民政厅按照党中央、自治区党委要求，深入开展养老服务提质行动。")
    assert not any(d.startswith("中共广西") for d, _ in links), links


def test_a_department_saying_its_plans_over_numbered_paragraphs_carries_out_their_schemes():
    _, links = programmes_and_links(
        "江苏省交通运输厅表示，将发挥交通运输的先行作用。\n"
        "一是构建开放大通道。打造连云港航运中心，确保2020年通航。\n"
        "二是建设“四好农村路”，加快路网提档升级。\n"
        "三是继续开展船舶污染整治专项行动，守护长江岸线。")
    assert ("江苏省交通运输厅", "四好农村路") in links, links
    assert ("江苏省交通运输厅", "船舶污染整治专项行动") in links, links
    # numbered paragraphs under a heading that says nothing of plans are nobody's
    _, links = programmes_and_links(
        "江苏省交通运输厅召开座谈会。\n"
        "一是构建开放大通道。打造连云港航运中心。\n"
        "二是继续开展船舶污染整治专项行动。")
    assert ("江苏省交通运输厅", "船舶污染整治专项行动") not in links, links


def test_building_a_scheme_that_is_built_as_works_are():
    _, links = programmes_and_links("四川省交通运输厅今年将建设“四好农村路”，打通群众出行的最后一公里。")
    assert ("四川省交通运输厅", "四好农村路") in links, links


def test_a_fronted_frame_keeps_the_subject_for_the_clauses_after_a_semicolon():
    _, links = programmes_and_links(
        "在立德树人上，浙江省教育厅将深入实施青少年读书领航计划；深入开展“讲好浙江故事”专项行动，遴选一批精品课。")
    assert ("浙江省教育厅", "讲好浙江故事专项行动") in links, links
