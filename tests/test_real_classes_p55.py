"""Classes the fifty-fifth programme set (policy explainers and press-conference transcripts from 河北, 河南, 山东, 湖北 and
陕西: a province's briefing on a county-town plan with its speakers' title chains, a province's second batch of pilot
counties and towns for new-type urbanisation, a televised hearing on the Yellow River corridor's pilot sections in five
cities, a province's mid-year briefing listing its speakers line by line, a national trade-in campaign launched in a city
with its hosts and co-hosts, a province's briefing on a talent plan issued by two general offices, a province's briefing on
its No. 1 document, a city's briefing series with two county Party secretaries; rewritten from real news) showed.

- A line of a speakers' list whose name of two characters is spaced to align the column (马　健　省某委主任; the cleaner
  dropped both blanks and glued the name to its chain): the blank inside the name goes, the one after it stays
  (kg/clean.py, spaced_name_record), so the line reads as a name and its posts.
- A Party committee's financial commission office printed short (省委金融办, 市委金融办: PartyDepartment 金融办,
  agency_grammar.jsonl) is the committee's 金融委员会办公室, not nothing.
- A briefing's role glued to the chain of the one who fills it (主持人省委宣传部副部长某某: BeforeAbbreviationWord 主持人,
  发布人, 发言人; words of three characters are now looked for before an abbreviated body, kg/ner/agencies.py).
- The first meeting of a year named in quotes (落实“新春第一会”部署: NotProgrammePattern) is a meeting, no scheme.
- A year given to one theme of work in quotes (“消费促进年”, “项目建设年”: ProgrammeHead 促进年, 建设年) is a campaign.
- A briefing named right after a document (某省政府新闻办公室举办《…实施意见》(某发〔2024〕1号)新闻发布会: BriefingAfter,
  relation_cues.jsonl; kg/relations.py): the office that holds the briefing carries nothing of the document out.
- 活动 that opens the sentence after a campaign named …行动 (…行动启动仪式在某市举行。活动由某厅主办，某局承办: ReferenceHead
  活动 with its kin 行动, relation_cues.jsonl) refers back to that campaign where no 活动 is named: its hosts carry it out.

- Partners that are no bodies after a run of hosts (…、某市政府、某广播电视台承办，…、某报业集团等协办: RunTailPartner,
  relation_cues.jsonl) are passed over: the bodies before them keep the verb, as doers and co-doers.

Left: a run of hosts that opens with a partner that is no body (某协会、某局承办), a
document referred back to by its short form after a passive issuer (《方案》已由省政府办公厅印发), the pilot sections of a
corridor (…五大片区生态廊道示范段建设) and the cities that build them, a quote nested in a quote (“‘深化六个改革’ …”), a
county's former name (滦县, now 滦州市), a unit glued to its bureau after a long chain (河北省体育局群众体育处), the office that
issues a notice approving pilots (…办公室下发通知，同意把…列为…试点).

Texts written for these tests in our own words, with places, bodies and schemes other than those of the set."""

from conftest import names_of, pairs_of, programmes_and_links


def test_a_spaced_two_character_name_in_a_speakers_list_holds_its_posts():
    text = ("湖南省政府新闻办召开全省上半年稳就业新闻发布会\n发布人：\n赵 刚 省人力资源社会保障厅党组书记、厅长\n"
            "周　敏　省教育厅副厅长\n钱立新 省财政厅副厅长\n")
    posts = pairs_of(text, "holdsPost")
    assert ("赵刚", "湖南省人力资源社会保障厅") in posts
    assert ("周敏", "湖南省教育厅") in posts
    assert ("钱立新", "湖南省财政厅") in posts
    assert not any(name.endswith("省") for name in names_of(text, "Official"))


def test_a_party_committees_financial_office_printed_short_is_read():
    text = "江西省政府新闻办举行发布会。省委金融办副主任、省地方金融管理局副局长刘志明介绍有关情况。\n"
    assert "中共江西省委金融委员会办公室" in names_of(text, "Agency")
    assert ("刘志明", "中共江西省委金融委员会办公室") in pairs_of(text, "holdsPost")


def test_a_briefing_role_glued_to_the_chain_opens_no_other_word():
    text = "湖南省政府新闻办召开发布会。主持人省委宣传部副部长孙立新说，全省就业形势稳定。\n"
    assert "中共湖南省委宣传部" in names_of(text, "Agency")
    assert ("孙立新", "中共湖南省委宣传部") in pairs_of(text, "holdsPost")


def test_the_first_meeting_of_a_year_in_quotes_is_no_programme():
    text = "安徽省政府新闻办召开发布会。这份方案是落实全省“开年第一会”部署、推动科技创新的一项举措。\n"
    progs, _ = programmes_and_links(text)
    assert not any("第一会" in p for p in progs)


def test_a_quoted_year_of_one_theme_is_a_campaign():
    text = "今年以来，江苏省出台了家电更新实施方案，把“项目建设年”和家电更新工作同步推进。\n"
    progs, _ = programmes_and_links(text)
    assert any("项目建设年" in p for p in progs)


def test_the_office_holding_a_briefing_on_a_document_carries_none_of_it_out():
    text = ("3月20日上午，湖南省人民政府新闻办公室举办《中共湖南省委 湖南省人民政府关于加快发展银发经济的实施意见》"
            "(湘发〔2025〕2号)新闻发布会，省民政厅厅长作解读。\n")
    progs, links = programmes_and_links(text)
    assert any("银发经济" in p for p in progs)
    assert not any(doer == "湖南省人民政府新闻办公室" for doer, _ in links)


def test_the_hosts_of_a_campaigns_launch_carry_the_campaign_out():
    text = ("6月3日上午，“全省绿色建材下乡行动”启动仪式在芜湖举行。活动由安徽省住房和城乡建设厅、芜湖市政府主办，"
            "芜湖市住房和城乡建设局承办，芜湖市鸠江区政府协办。\n")
    _, links = programmes_and_links(text)
    doers = {doer for doer, prog in links if "绿色建材下乡行动" in prog}
    assert {"安徽省住房和城乡建设厅", "芜湖市人民政府", "芜湖市住房和城乡建设局"} <= doers


def test_partners_that_are_no_bodies_after_a_run_of_hosts_leave_the_hosts_their_verb():
    text = ("6月3日上午，“全省绿色建材下乡行动”启动仪式在芜湖举行。活动由安徽省住房和城乡建设厅、芜湖市政府主办，"
            "芜湖市住房和城乡建设局、安徽广播电视台承办，芜湖市鸠江区政府、芜湖日报报业集团等协办。\n")
    _, links = programmes_and_links(text)
    doers = {doer for doer, prog in links if "绿色建材下乡行动" in prog}
    assert "芜湖市住房和城乡建设局" in doers
    assert any(d.endswith("鸠江区人民政府") for d in doers)
