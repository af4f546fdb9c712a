"""People, posts and places left over after the fifteenth own set, each row a sentence written for this test: the one an
interview or a profile is about named only in its subtitle (——访某县某局局长某某, ——专访…, ——记…); a career listed after
历任 or 曾任 (the governments and bodies in their places, the posts held before by the one the paragraph is about, he an
official); a first secretary's post after a work team's leader (工作队队长、驻村第一书记某某: the Party branch of the team's
village); the body that leads and the one it acts with after 会同 (甲局牵头，会同乙局实施…: both carry the
programme out); a town printed under another suffix than the gazetteer's (楚江镇 for the county's 楚江街道) where another county
has a town of the printed name; the towns after a clause that refers back to a programme (按照行动的安排，在甲镇、乙镇…:
its sites); a list of names after one title, each with 同志 (副县长某某同志、某某同志)."""
import pytest

from conftest import check_reading

HP = "holdsPost"
IM = "implements"

# (class, text, entities that must be found, facts that must be found, names no entity may have)
ROWS = [
    # 1. the one answered, named in an interview's or a profile's subtitle
    ("——访某县某局局长某某", "让群众的菜篮子更丰富\n——访兴山县农业农村局局长高明远\n近年来，兴山县大力发展蔬菜产业。",
     {("Official", "高明远"), ("Agency", "兴山县农业农村局")}, {("高明远", HP, "兴山县农业农村局")}, set()),
    ("——专访某县某局局长某某", "守护一方碧水\n——专访秭归县水利局局长田志伟\n秭归县今年完成河道整治12公里。",
     {("Official", "田志伟")}, {("田志伟", HP, "秭归县水利局"), ("秭归县水利局", "locatedIn", "秭归县")}, set()),
    ("——记某县某局某某 (a profile)", "实干书写担当\n——记保康县自然资源局局长余春林\n余春林在基层工作了二十年。",
     {("Official", "余春林")}, {("余春林", HP, "保康县自然资源局")}, set()),
    # 2. a career listed after 历任 or 曾任
    ("某某同志…，历任某县某镇副镇长，某县某局局长…", "王德明同志逝世\n原平江县政协主席王德明同志因病逝世，享年86岁。"
     "王德明同志1939年出生，历任平江县三市镇副镇长，平江县水利局局长，平江县人民政府副县长等职。",
     {("Official", "王德明"), ("Agency", "平江县三市镇人民政府"), ("Agency", "平江县水利局")},
     {("王德明", HP, "平江县三市镇人民政府"), ("王德明", HP, "平江县水利局"), ("平江县三市镇人民政府", "locatedIn", "三市镇")},
     set()),
    ("某某，历任某局副局长、某局局长 (no other post)", "赵国庆，历任湘阴县财政局副局长、湘阴县审计局局长，2019年退休。",
     {("Official", "赵国庆")}, {("赵国庆", HP, "湘阴县审计局")}, set()),
    ("曾任 in the sentence after the name's", "陈志刚，男，1970年生，湖南湘阴人。曾任湘阴县东塘镇镇长，湘阴县农业农村局局长。",
     {("Official", "陈志刚"), ("Agency", "湘阴县东塘镇人民政府")}, {("陈志刚", HP, "湘阴县农业农村局")}, set()),
    ("曾任 a list with an item no rule reads", "周德胜同志1940年2月生，湖南桃江人。曾任桃江县灰山港公社党委书记，桃江县"
     "委副书记、县长，益阳市副市长等职，2003年退休。", {("Official", "周德胜"), ("Agency", "桃江县人民政府")},
     {("周德胜", HP, "桃江县人民政府"), ("周德胜", HP, "益阳市人民政府")}, set()),
    ("新任某市副市长某某", "新任汨罗市副市长李晓峰，男，1978年出生。",
     {("Official", "李晓峰")}, {("李晓峰", HP, "汨罗市人民政府")}, set()),
    # 3. a work team's leader and the village's first secretary
    ("某村工作队队长、第一书记某某", "荆州市公安局驻监利市红城乡长江村工作队队长、第一书记周立新介绍，今年村里新修道路3公里。",
     {("Official", "周立新")}, {("周立新", HP, "中共监利市红城乡长江村支部委员会")}, set()),
    ("工作队队长、驻村第一书记某某 after the team", "石首市团山寺镇黄金村发展稻虾产业\n近年来，石首市团山寺镇黄金村大力发展稻虾"
     "共作。荆州市财政局驻黄金村工作队积极协调资金。工作队队长、驻村第一书记刘海波介绍，今年全村稻虾面积达到3000亩。",
     {("Official", "刘海波")}, {("刘海波", HP, "中共石首市团山寺镇黄金村支部委员会"), ("刘海波", HP, "荆州市财政局驻黄金村工作队")},
     set()),
    ("驻村第一书记、工作队队长某某", "荆州市财政局驻石首市团山寺镇黄金村工作队积极协调资金。驻村第一书记、工作队队长刘海波介绍，"
     "今年全村稻虾面积达到3000亩。", {("Official", "刘海波")},
     {("刘海波", HP, "中共石首市团山寺镇黄金村支部委员会"), ("刘海波", HP, "荆州市财政局驻石首市团山寺镇黄金村工作队")}, set()),
    ("驻村第一书记某某 in a paragraph about one village", "石首市团山寺镇黄金村发展稻虾产业\n近年来，石首市团山寺镇黄金村"
     "大力发展稻虾共作。市财政局派驻黄金村的工作队带来了技术。驻村第一书记刘海波介绍，今年全村稻虾面积达到3000亩。",
     {("Official", "刘海波")}, {("刘海波", HP, "中共石首市团山寺镇黄金村支部委员会")}, set()),
    ("驻村第一书记某某 where the village has a 党总支", "石首市团山寺镇黄金村发展稻虾产业\n石首市团山寺镇黄金村今年大力发展"
     "稻虾共作。驻村第一书记刘海波和村党总支书记陈卫国一起走访农户。", {("Official", "刘海波")},
     {("刘海波", HP, "中共石首市团山寺镇黄金村总支部委员会"), ("陈卫国", HP, "中共石首市团山寺镇黄金村总支部委员会")}, set()),
    # 4. the body that leads and the one it acts with after 会同
    ("甲局牵头，会同乙局，在甲镇实施…", "临澧县新闻\n临澧县农业农村局牵头，会同县商务局，在合口镇实施“电商进村”工程。", set(),
     {("临澧县农业农村局", IM, "电商进村工程"), ("临澧县商务局", IM, "电商进村工程")}, set()),
    ("甲局统筹，会同乙局推进…", "临澧县新闻\n临澧县发展和改革局统筹，会同县财政局推进“项目攻坚年”行动。", set(),
     {("临澧县发展和改革局", IM, "项目攻坚年"), ("临澧县财政局", IM, "项目攻坚年")}, set()),
    # 6. a town printed under another suffix than the gazetteer's
    ("某县甲镇、乙镇: 乙 a street of the county, a town elsewhere", "石门县新闻\n石门县二都镇、楚江镇今年新建农村公路20公里。",
     set(), {("楚江街道", "partOf", "石门县"), ("二都街道", "partOf", "石门县")}, set()),
    ("another county's town printed with its county keeps it", "石门县新闻\n石门县和临武县楚江镇今年新建农村公路20公里。",
     set(), {("楚江镇", "partOf", "临武县")}, set()),
    # 7. the sites of a programme referred back to
    ("按照行动的安排，在甲镇、乙镇开展…", "临澧县新闻\n临澧县启动“人居环境整治提升行动”。按照行动的安排，今年在合口镇、"
     "修梅镇开展试点，每个镇建设2个示范村。", set(),
     {("合口镇", IM, "人居环境整治提升行动"), ("修梅镇", IM, "人居环境整治提升行动")}, set()),
    ("根据工程安排，年内在甲镇、乙乡…", "安乡县新闻\n安乡县实施“清水入湖”工程。根据工程安排，年内在黄山头镇、安障乡新建污水"
     "处理站4座。", set(), {("黄山头镇", IM, "清水入湖工程"), ("安障乡", IM, "清水入湖工程")}, set()),
    # 8. names after one title, each with 同志
    ("副县长某某同志、某某同志", "澧县县长王立新，副县长周红兵同志、李卫东同志出席。",
     {("Official", "周红兵"), ("Official", "李卫东")}, {("李卫东", HP, "澧县人民政府")}, set()),
    ("县领导某某同志、某某同志和某某同志", "澧县召开会议，县领导周红兵同志、李卫东同志和张晓燕同志出席会议。",
     {("Official", "周红兵"), ("Official", "李卫东"), ("Official", "张晓燕")}, set(), set()),
]


@pytest.mark.parametrize("cls,text,entities,facts,absent", ROWS, ids=[r[0] for r in ROWS])
def test_leftover_class(nlp, cls, text, entities, facts, absent):
    check_reading(nlp, text, entities, facts, absent)


def test_meeting_place_after_a_reference_is_no_site(nlp):
    """按照行动的安排，在甲镇召开现场会: where a meeting is held is no site of the programme."""
    from conftest import read_names

    _, facts = read_names(nlp, "临澧县新闻\n临澧县启动“人居环境整治提升行动”。按照行动的安排，在合口镇召开现场推进会。")
    assert ("合口镇", IM, "人居环境整治提升行动") not in facts


def test_career_without_a_body_of_government_makes_no_official(nlp):
    """历任 a company's posts (no body of government in the list): the name stays what it was."""
    from conftest import read_names

    entities, _ = read_names(nlp, "刘建华，历任某公司销售经理、副总经理，现已退休。")
    assert ("Official", "刘建华") not in entities


def test_first_secretary_after_two_villages_is_left_unplaced(nlp):
    """驻村第一书记某某 after two villages in its paragraph: which village's branch is not said."""
    from conftest import read_names

    _, facts = read_names(nlp, "石首市团山寺镇黄金村、永丰村发展稻虾产业。驻村第一书记刘海波介绍，今年稻虾面积达到3000亩。")
    assert not {f for f in facts if f[0] == "刘海波" and f[1] == HP}
