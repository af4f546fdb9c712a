"""Officials, people and their posts on real-news constructions: sentences written for these tests, each of a
construction class (title chains, a place before the title, lists, narrative forms, names), never a dev passage."""
import pytest

from kg.extraction import extract, extract_text
from kg.model import Document


def officials(nlp, text):
    """name -> (type, the names of the bodies of its posts) for the people the pipeline finds."""
    out = {}
    for c in extract_text(text, nlp)._.kg.graph_final:
        if c.type in ("Official", "Person"):
            typ, orgs = out.get(c.name, (c.type, set()))
            orgs |= {post.org for post in c.titles.posts if post.org}
            out[c.name] = ("Official" if "Official" in (typ, c.type) else "Person", orgs)
    return out


# (text, name, bodies its posts name): an official with at least these bodies
POSTS = [
    # title chains
    ("永州市宁远县召开全会。县委副书记、政府县长欧阳平主持。", "欧阳平", {"中共宁远县委员会", "宁远县人民政府"}),
    ("宁远县召开全会，县委常委、提名副县长人选周海波出席。", "周海波", {"中共宁远县委员会"}),
    ("祁阳市纪委书记、监委主任唐立新通报了情况。", "唐立新", {"祁阳市纪律检查委员会", "祁阳市监察委员会"}),
    ("宁远县委党校（行政学院）副校（院）长蒋华授课。", "蒋华", {"中共宁远县委党校"}),
    ("宁远县人武部政委刘强出席。", "刘强", {"宁远县人民武装部"}),
    ("宁远县政协副主席、农业农村局局长李冬梅出席。", "李冬梅", {"中国人民政治协商会议宁远县委员会", "宁远县农业农村局"}),
    ("湖南省召开发布会。省发展改革委党组成员、副主任赵立新介绍。", "赵立新", {"湖南省发展和改革委员会"}),
    ("广州市天河区五山街道党工委副书记、办事处主任陈敏出席。", "陈敏",
     {"中共广州市天河区五山街道工作委员会", "广州市天河区五山街道办事处"}),
    ("开平市水口镇龙美村党支部书记、村委会主任关伟明介绍了情况。", "关伟明",
     {"中共开平市水口镇龙美村支部委员会", "开平市龙美村村民委员会"}),
    ("民盟株洲市委副主委谭晓燕带队调研。", "谭晓燕", {"中国民主同盟株洲市委员会"}),
    ("湖南省召开座谈会。省委政研室二级巡视员沈建国介绍。", "沈建国", set()),  # a unit no rule reads: no body
    # a place before the title, with or without its level repeated
    ("岳阳市副市长周立群出席活动。", "周立群", {"岳阳市人民政府"}),
    ("湘西州委书记陈建军出席。", "陈建军", {"中共湘西土家族苗族自治州委员会"}),
    ("汝城县县委副书记李建华出席。", "李建华", {"中共汝城县委员会"}),
    ("会议任命刘海涛为株洲市副市长。", "刘海涛", {"株洲市人民政府"}),
    # lists
    ("宁远县人大常委会召开会议，县人大常委会主任刘洪波主持，副主任张红霞、李玉兰出席。", "李玉兰",
     {"宁远县人民代表大会常务委员会"}),
    ("株洲市召开会议。市委组织部副部长王海涛、副部长李平出席。", "李平", {"中共株洲市委组织部"}),
    ("宁远县人大常委会召开会议，任命李红梅、王建强、张卫东等9人为宁远县人民法院审判员。", "张卫东", {"宁远县人民法院"}),
    ("【发布人】湖南省统计局副局长王建华，湖南省发展和改革委员会副主任李红梅", "李红梅", {"湖南省发展和改革委员会"}),
    ("【发布人】王建华，湖南省统计局副局长；李红梅，湖南省发展和改革委员会副主任。\n记者：请问", "李红梅",
     {"湖南省发展和改革委员会"}),
    ("株洲市召开会议，王海涛、李平两位副市长出席。", "王海涛", {"株洲市人民政府"}),
    # narrative forms
    ("湖南省永州市宁远县人大常委会召开会议。会议同意张卫东辞去宁远县人民政府县长职务的请求。", "张卫东", {"宁远县人民政府"}),
    ("湖南省永州市宁远县召开会议。会议决定由李红梅担任宁远县人民政府副县长。", "李红梅", {"宁远县人民政府"}),
    ("湖南省宁远县召开大会，曾任宁远县县长的王建强讲话。", "王建强", {"宁远县人民政府"}),
    ("宁远县召开会议。会议决定李红梅副县长代理宁远县人民政府县长职务。", "李红梅", {"宁远县人民政府"}),
    # names
    ("拉萨市召开会议。市委常委、常务副市长扎西次仁，副市长格桑卓玛参加。", "扎西次仁", {"拉萨市人民政府"}),
    ("拉萨市召开会议。市委常委、常务副市长扎西次仁，副市长格桑卓玛参加。", "格桑卓玛", {"拉萨市人民政府"}),
    ("宁远县委书记缑建军主持会议。", "缑建军", {"中共宁远县委员会"}),
    ("宁远县委书记王明率调研组到水市镇调研。", "王明", {"中共宁远县委员会"}),
]


@pytest.mark.parametrize("text, name, bodies", POSTS)
def test_officials_and_the_bodies_of_their_posts(nlp, text, name, bodies):
    got = officials(nlp, text)
    assert name in got, got
    typ, orgs = got[name]
    assert typ == "Official" and bodies <= orgs, (typ, orgs)


# (text, the officials, with no body printed): an official all the same
OFFICIALS_WITHOUT_BODIES = [
    ("水口镇召开会议，驻村第一书记王建强介绍了情况。", {"王建强"}),
    ("水口镇召开会议，驻村工作队队长王建强介绍了情况。", {"王建强"}),
    ("广州市天河区五山街道华农社区书记李红梅说，社区已完成改造。", {"李红梅"}),
    ("开平市水口镇龙美村召开党员大会，王建强全票当选村党支部书记。", {"王建强"}),
    ("王建强是市财政局派驻龙美村的第一书记。", {"王建强"}),
    ("宁远县召开会议，县领导张卫东、李红梅参加。", {"张卫东", "李红梅"}),
    ("宁远县召开会议，张卫东、李红梅等县领导参加。", {"张卫东", "李红梅"}),
    ("要深入学习贯彻习近平总书记重要讲话精神。", {"习近平"}),
]


@pytest.mark.parametrize("text, names", OFFICIALS_WITHOUT_BODIES)
def test_officials_whose_body_is_not_printed(nlp, text, names):
    got = officials(nlp, text)
    assert {n for n, (t, _) in got.items() if t == "Official"} == names, got


@pytest.mark.parametrize("text, name", [
    ("副州长买买提·艾力出席。", "买买提·艾力"),  # a Uyghur name, whole
    ("市委副书记、统战部部长次仁，市委常委索朗旺堆参加。拉萨市", "索朗旺堆"),
])
def test_names_without_a_surname_are_taken_whole(nlp, text, name):
    assert name in officials(nlp, text)


@pytest.mark.parametrize("text", [
    "王建强是县委书记刘卫东的老同学。",  # the post is another's
    "村民代表可以畅所欲言。",  # a role, then 代表 and a verb: no name
    "岳阳县委书记王明率调研组调研。",  # not 王明率
    "丁村、马庄等村的群众参加了活动。",  # places in a list, not people
    "政委向你交待任务，主任向记者透露了消息。",  # a title before words that are no name
])
def test_no_person_made_of_words_and_no_post_of_another(nlp, text):
    got = officials(nlp, text)
    assert not {"代表可", "王明率", "丁村", "向你交", "向记者"} & set(got) and got.get("王建强", ("Person",))[0] == "Person"


def test_a_resigned_official_keeps_the_post_he_left_as_former(nlp):
    doc = extract_text("湖南省永州市宁远县人大常委会召开会议。会议同意张卫东辞去宁远县人民政府县长职务的请求。", nlp)
    found = [c for c in doc._.kg.graph_final if c.name == "张卫东" and c.type == "Official"]
    assert found and found[0].titles.posts[0].qualifier == "原"


def test_a_group_title_keys_the_official_to_the_county_it_names(nlp):
    text = "永州市宁远县召开会议。永州市副市长周立群出席，县领导张卫东参加。宁远县水市镇"
    result = extract(Document("t.txt", "t.txt", text, "utf-8", ""), nlp)
    keys = {e.name: e.key for e in result.entities if e.type == "Official"}
    assert keys["张卫东"].endswith("@431126"), keys  # 宁远县, not 永州市


def test_two_names_run_together_after_a_role_in_a_byline():
    from kg.articles import parse_reporters

    assert [n for n, _, _, _ in parse_reporters("（记者王海林卫东）")] == []  # two ways to cut: none
    assert [n for n, _, _, _ in parse_reporters("（记者张琳杨凯）")] == ["张琳", "杨凯"]
    assert [n for n, _, _, _ in parse_reporters("（以上名单均为本批创建对象）")] == []


def test_a_dateline_of_a_paper_named_x_bao_gives_its_reporters(nlp):
    text = "新湘报讯（记者王琳刘凯）5月6日，宁远县召开会议。"
    result = extract(Document("t.txt", "t.txt", text, "utf-8", ""), nlp)
    assert {m.text for m in result.mentions if m.method == "byline"} == {"王琳", "刘凯"}


def _people_of(nlp, text):
    """(type, key) of each Official and Person entity the extraction of ``text`` as a document gives."""
    result = extract(Document("t.txt", "t.txt", text, "utf-8", ""), nlp)
    return [(e.type, e.key) for e in result.entities if e.type in ("Official", "Person")]


# (text, name, the code its key ends with, bodies of its posts): an official of another jurisdiction than the
# place the article is about, named once with a title chain and then by the bare name
VISITORS = [
    ("本报讯 省委常委、秘书长韩立军3月2日到其联系的长汀县调研。在河田镇，韩立军察看了茶园。韩立军强调，要抓好落实。",
     "韩立军", "350000", {"中共福建省委员会"}),
    ("新华社福州3月2日电 省委书记韩立军到长汀县调研。韩立军指出，要抓好春耕。", "韩立军", "350000", {"中共福建省委员会"}),
    ("佛山市委副秘书长、政研室(改革办)主任邓志勇于5月10日带队到阳江市阳春市调研。邓志勇指出，要用好帮扶资金。",
     "邓志勇", "440600", {"中共佛山市委员会", "中共佛山市委政策研究室"}),
    ("广州市委常委、宣传部部长赵立新到梅州市大埔县调研。大埔县委书记李建平陪同。赵立新指出，要深化协作。",
     "赵立新", "440100", {"中共广州市委员会", "中共广州市委宣传部"}),
    ("浙江省委常委、秘书长周海平带队到阿坝州汶川县考察。汶川县委书记杨光明陪同。周海平表示，要把协作做实。",
     "周海平", "330000", {"中共浙江省委员会"}),
]


@pytest.mark.parametrize("text, name, code, bodies", VISITORS)
def test_a_visiting_official_named_again_by_the_bare_name_is_one_official(nlp, text, name, code, bodies):
    got = [(t, k) for t, k in _people_of(nlp, text) if k.split("/")[1].split("@")[0] == name]
    assert got == [("Official", f"Official/{name}@{code}")], got
    assert bodies <= officials(nlp, text)[name][1]


def test_two_visiting_officials_and_their_hosts(nlp):
    text = ("本报讯 4月8日，省委常委、统战部部长黄海燕，副省长陈立群到宁德市古田县调研。古田县委书记林伟陪同。"
            "黄海燕、陈立群一行来到大桥镇。陈立群指出，要做强特色产业。黄海燕要求，要加强基层统战工作。")
    assert sorted(_people_of(nlp, text)) == [("Official", "Official/林伟@350922"), ("Official", "Official/陈立群@350000"),
                                            ("Official", "Official/黄海燕@350000")]


def test_a_namesake_in_another_article_stays_apart(tmp_path):
    from kg.builder import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("浙江省委常委、秘书长周海平到阿坝州汶川县考察。周海平表示，要把协作做实。", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("记者来到松潘县川主寺镇，村民周海平正在合作社里忙碌。周海平说，今年效益很好。",
                                           encoding="utf-8")
    G = build([str(tmp_path / "in")], tmp_path / "out", formats=(), workers=1, cache=False).graph
    assert sorted(d["type"] for _, d in G.nodes(data=True) if d["name"] == "周海平") == ["Official", "Person"]


@pytest.mark.parametrize("text, names", [
    ("碑林区召开会议。区政府领导王建军、刘小红、陈大伟以及有关部门负责同志参加。", {"王建军", "刘小红", "陈大伟"}),
    ("碑林区召开会议。市政府副秘书长张明，区政府领导王建军、刘小红参加。", {"张明", "王建军", "刘小红"}),
])
def test_the_leaders_of_a_government_as_a_group(nlp, text, names):
    assert {n for n, (t, _) in officials(nlp, text).items() if t == "Official"} == names


@pytest.mark.parametrize("text, name, code", [
    ("宁远县召开会议。县委书记王刚出席。王刚强调，要抓好落实。", "王刚", "431126"),  # a two-character name
    ("本报讯 广州市委常委、秘书长赵立到梅州市大埔县调研。赵立指出，要深化协作。", "赵立", "440100"),
    ("宁远县召开会议。副县长赵明正在检查，赵明指出要抓好落实。", "赵明", "431126"),
    # read 赵明 before 正 at the title, printed whole before 指出
    ("宁远县召开会议。副县长赵明正带队检查，赵明正指出要抓好落实。", "赵明正", "431126"),
])
def test_an_official_named_again_by_the_bare_name_is_no_second_person(nlp, text, name, code):
    assert _people_of(nlp, text) == [("Official", f"Official/{name}@{code}")]
