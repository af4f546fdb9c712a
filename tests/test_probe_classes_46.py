"""Classes found by an eighth round of probing kg with made-up news.

- A post, a copula and one name that a clause's end closes (现任县委书记为某某，县长为某某。; 村党支部书记是某某，): the
  name was read as a person with no post, or, after 是 (a rare surname), the copula and the name together were read as
  one name (是李四), and a question's pronoun too (局长是谁). The name after the copula holds the chain's posts now; a
  name that a verb follows is the copula's object (县长为某某颁奖: 为 means "for"), and an everyday word (局长为成员) or a
  rank (市长为正处级) is no name.
- A county's or a city's full name glued to a verb whose object is a place it serves, reaches or lies by (推动某县高质量
  发展, 助力某县乡村振兴, 落户某市): the name was read only where another place of its province stood on the page, so a
  short text naming one county after such a verb lost it. After those verbs (PlaceObjectVerb), with no everyday word
  across the seam nor inside the name, the name stands now.
- A surname and a title or a role (孙主席指出, 陈主委说, 欧阳主任介绍): the model read some of them as names (主席, 主委) and
  the graph held a person 孙主席 beside the official it addresses. A surname and a title or role of two characters or
  more is a form of address, never a name, wherever the model reads one.
- The head of a library, a museum or a cultural centre (某区图书馆馆长某某表示, 某县博物馆馆长某某说, 某市文化馆馆长某某): the
  person was lost, since a title after those institutions' names was not read (InstitutionHead "title" was set for
  hospitals and schools only). Such a head is a person with that title as role, as a hospital's is; so is the leader
  of a volunteer team (某村“村嫂”志愿队队长某某).
- A note of how a post is held, in brackets between the title and the name (副县长（省农业农村厅下派）某某, 县长助理（选派）
  某某): the name was lost. The note (BracketedPostNote) is passed over as a rank in brackets is.
- A verb of praise right after a two-character name (区委书记某某点赞说, 某某点评): its first character was read as the
  name's third (刘峰点). 点赞 and 点评 end a name as the other verbs after names do (AfterName).
- A former village head named by the villagers' word for him (老支书某某, 老村长某某): the name was lost; those words are
  roles now, so the name is a person.
- A head of government's title opened by a modifier of how the post is held (挂职副县长某某, 专职副县长某某): the official
  held no post, since only 副, 代 and 常务 (and a level) may open such a title before its government is implied; 挂职
  and 专职 may now (HeadTitlePrefix).
- A judge of a court's dispatched tribunal named without 人民 (某县人民法院某某法庭法官某某): the judge held no post, since a
  judge's post was looked for only in a court or a 人民法庭; any tribunal (法庭) holds it now.
- A campaign carried out by bodies after 由 and a verb of carrying out a campaign (“…”行动由某市生态环境局、市公安局联合开展;
  …专项行动由某市教育局组织开展): no body carried it out, since 开展 and its forms were no verb of a doer after 由 (ByVerb).
- A programme framed by 在…中 that opens its sentence, the words of its work perhaps before the close (在“…”试点工作中，
  县某局发挥牵头作用; 在推进“…”行动中，某镇探索…): the bodies or places that open the next clause were linked to nothing
  (the frame rule knew only a subject before 在). They carry it out now; of names side by side, the last.
- Designations whose head names a place set as a model others follow (全国农业科技现代化先行县, 某省乡村振兴标杆村): no
  designation was read and the county or village that entered the list carried out nothing. Those heads are
  designation heads now.
"""
import pytest

from conftest import check_reading, programmes_and_links, read_names


COPULA_ROWS = [
    ("为, after 现任 and the county's name",
     "平山县现任县委书记为王立群，县长为孙海涛。",
     {("Official", "王立群"), ("Official", "孙海涛")},
     {("王立群", "holdsPost", "中共平山县委员会"), ("孙海涛", "holdsPost", "平山县人民政府")},
     set()),
    ("是, a village's secretary and director",
     "记者了解到，临漳县南东坊村党支部书记是郝建军，村委会主任是王秀兰。",
     {("Official", "郝建军"), ("Official", "王秀兰")},
     set(),
     {"是郝建军", "是王秀兰"}),
    ("为, a bureau's head at the end of the sentence",
     "据介绍，武义县住建局局长为周庆。",
     {("Official", "周庆")},
     {("周庆", "holdsPost", "武义县住房和城乡建设局")},
     set()),
]


@pytest.mark.parametrize("why, text, entities, facts, absent", COPULA_ROWS, ids=[r[0] for r in COPULA_ROWS])
def test_a_post_a_copula_and_the_name_that_holds_it(nlp, why, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


NOT_COPULA_ROWS = [
    ("为 meaning for, a verb after the name", "武义县召开表彰大会，县长为张海龙颁奖。", "张海龙"),
    ("a question's pronoun after 是", "武义县水利局局长是谁？记者进行了采访。", "是谁"),
    ("an everyday word after 为", "武义县成立工作专班，县农业农村局局长为成员。", "成员"),
    ("a rank after 为", "安陆是孝感代管的县级市，市长为正处级。", "正处级"),
]


@pytest.mark.parametrize("why, text, name", NOT_COPULA_ROWS, ids=[r[0] for r in NOT_COPULA_ROWS])
def test_what_follows_a_copula_is_no_holder_of_the_post(nlp, why, text, name):
    entities, facts = read_names(nlp, text)
    assert ("Official", name) not in entities, sorted(entities)
    assert not {f for f in facts if f[0] == name and f[1] == "holdsPost"}, sorted(facts)


GLUED_ROWS = [
    ("推动, a county's full name", "在推动临漳县高质量发展的新征程上，各部门要抓好项目建设。", "临漳县"),
    ("支持, a county's full name", "省里将继续支持武义县发展特色产业。", "武义县"),
    ("助力, a verb of serving", "这批资金将助力临漳县乡村振兴。", "临漳县"),
    ("落户, a verb of settling", "该项目去年落户开平市。", "开平市"),
]


@pytest.mark.parametrize("why, text, place", GLUED_ROWS, ids=[r[0] for r in GLUED_ROWS])
def test_a_full_name_after_a_word_that_ends_at_its_start(nlp, why, text, place):
    check_reading(nlp, text, {("Place", place)}, set(), set())


@pytest.mark.parametrize("text, absent", [
    ("要主动适应城市发展的新要求。", "应城市"),
    ("示范带要串点成线，带动沿线村庄抱团发展。", "沿线村"),
    ("推动新兴城市与老城协同发展。", "兴城市"),
])
def test_a_name_across_a_word_stays_unread(nlp, text, absent):
    check_reading(nlp, text, set(), set(), {absent})


@pytest.mark.parametrize("text, address", [
    ("武义县政协主席孙明芳视察城区道路建设。孙主席指出，要加快进度。", "孙主席"),
    ("县民盟主委陈立出席。陈主委指出，要发挥优势。", "陈主委"),
])
def test_a_surname_and_a_title_is_no_person(nlp, text, address):
    check_reading(nlp, text, set(), set(), {address})


@pytest.mark.parametrize("text, name", [
    ("鼎城区图书馆馆长何艳芳表示，将继续开展送书下乡活动。", "何艳芳"),
    ("石门县博物馆馆长覃建军说，馆藏文物已达3000件。", "覃建军"),
    ("常德市文化馆馆长彭丽表示，将举办群众文艺汇演。", "彭丽"),
    ("桐庐县富春江镇芦茨村的“村嫂”志愿队队长方雪芬带领队员清理河道。", "方雪芬"),
])
def test_the_head_of_a_library_or_a_museum_is_a_person(nlp, text, name):
    check_reading(nlp, text, {("Person", name)}, set(), set())


@pytest.mark.parametrize("text, place, designation", [
    ("修水县入选全国农业科技现代化先行县名单。", "修水县", "全国农业科技现代化先行县"),
    ("武义县王宅镇新四村成功入选2024年度浙江省乡村振兴标杆村名单。", "新四村", "浙江省乡村振兴标杆村"),
])
def test_a_model_county_designation(text, place, designation):
    names, links = programmes_and_links(text)
    assert designation in names, names
    assert (place, designation) in links, links



def test_a_bracketed_note_of_secondment_between_the_title_and_the_name(nlp):
    check_reading(nlp, "万载县委副书记黄宇文，县委常委、副县长（省农业农村厅下派）刘俊陪同。",
                  {("Official", "刘俊")},
                  {("刘俊", "holdsPost", "万载县人民政府"), ("刘俊", "holdsPost", "中共万载县委员会")}, set())


def test_a_verb_of_praise_after_a_name(nlp):
    check_reading(nlp, "在毕节市七星关区，返乡青年吴开明创办了一家电商公司。区委书记刘峰点赞说：“年轻人有想法！”",
                  {("Official", "刘峰")}, {("刘峰", "holdsPost", "中共毕节市七星关区委员会")}, {"刘峰点"})


def test_a_former_village_head_by_the_villagers_word(nlp):
    check_reading(nlp, "为了让村民喝上干净水，村里的老支书王德明带着大家修水池。", {("Person", "王德明")}, set(), set())


@pytest.mark.parametrize("text", ["万载县挂职副县长刘俊陪同调研。", "万载县委副书记黄宇文，县委常委、挂职副县长刘俊陪同。",
                                  "万载县专职副县长刘俊陪同调研。"])
def test_a_seconded_deputy_head_of_government(nlp, text):
    check_reading(nlp, text, {("Official", "刘俊")}, {("刘俊", "holdsPost", "万载县人民政府")}, set())


def test_a_judge_of_a_tribunal_named_without_renmin(nlp):
    check_reading(nlp, "永新县人民法院禾川法庭法官刘敏深入田间地头调解纠纷。", {("Official", "刘敏")},
                  {("刘敏", "holdsPost", "永新县人民法院禾川法庭")}, set())


@pytest.mark.parametrize("text, doers, scheme", [
    ("据了解，“湘江护卫”行动由郴州市生态环境局、市公安局联合开展，为期三个月。",
     {"郴州市生态环境局", "郴州市公安局"}, "湘江护卫行动"),
    ("“清风护苗”专项行动由耒阳市教育局组织开展。", {"耒阳市教育局"}, "清风护苗专项行动"),
])
def test_a_campaign_carried_out_by_bodies_after_you(text, doers, scheme):
    names, links = programmes_and_links(text)
    assert scheme in names, names
    assert {(d, scheme) for d in doers} <= links, links


@pytest.mark.parametrize("text, doer, scheme", [
    ("在“美丽庭院”创建工作中，桐庐县妇联发挥牵头作用，组织评选了一批示范户。", "桐庐县妇女联合会", "美丽庭院"),
    ("近日，在推进“强村富民”行动中，修水县马坳镇探索了村企联建模式。", "马坳镇", "强村富民行动"),
])
def test_the_subject_after_a_frame_that_opens_the_sentence(text, doer, scheme):
    names, links = programmes_and_links(text)
    assert scheme in names, names
    assert (doer, scheme) in links, links
