"""Made-up news in the forms people save it: the texts and page templates of tests/data/formats/.

Every article here is invented for kg's tests (the places are real divisions, the people and
events are not). :mod:`make_fixtures` writes the files; :mod:`compare` measures HTML and PDF
libraries on them. Each page has its furniture listed in ``FURNITURE`` so that a measurement can
tell body text from navigation, related links and footers.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Article", "ARTICLES", "HTML_PAGES", "FURNITURE", "html_page", "plain_copy"]


@dataclass(frozen=True)
class Article:
    key: str
    headline: str
    date: str  # the document's date, ISO
    source: str  # publisher
    url: str
    paragraphs: tuple[str, ...]
    author: str = ""
    related: tuple[str, ...] = field(default=())  # other headlines the page lists around the article


ARTICLES = {
    "kaiping-flood": Article(
        "kaiping-flood", "开平市部署防汛防风工作", "2025-08-09", "江门日报",
        "https://www.kaiping.gov.cn/xwzx/bmdt/content/post_3301457.html",
        ("8月8日下午，开平市召开防汛防风工作会议，部署近期防御强降雨和台风各项工作。开平市委副书记、市长周文涛出席会议并讲话，副市长何志刚主持会议。",
         "会议指出，当前正值防汛关键期，各镇（街道）和有关部门要压实责任，全面排查山塘水库、低洼易涝点和在建工地等风险隐患。",
         "会议要求，开平市应急管理局要加强统筹调度，开平市水利局要做好水库科学调度，赤水镇、金鸡镇要提前转移危险区域群众，确保人民群众生命财产安全。"),
        related=("开平市水口镇召开安全生产工作会议", "开平市供销合作联社开展农资打假行动", "月山镇推进人居环境整治")),
    "taishan-seed": Article(
        "taishan-seed", "台山市推进水稻良种繁育基地建设", "2025-07-15", "台山市农业农村局",
        "http://www.cnts.gov.cn/zwdt/bmdt/content/post_2890214.html",
        ("7月14日，台山市副市长黄建新到斗山镇、端芬镇调研水稻良种繁育基地建设情况。",
         "黄建新强调，台山市农业农村局要加强技术指导，斗山镇要用好高标准农田，把良种繁育基地建成全省示范。",
         "台山市农业技术推广中心有关负责人介绍，今年全市水稻制种面积比去年增加一成。"),
        related=("台山市海宴镇开展防溺水宣传", "台山市召开消防安全工作会议")),
    "kaiping-forest": Article(
        "kaiping-forest", "开平市人民政府办公室关于开展2025年秋季造林绿化工作的通知", "2025-08-09",
        "开平市人民政府办公室", "https://www.kaiping.gov.cn/zwgk/zcwj/content/post_3301502.html",
        ("各镇人民政府（街道办事处），市有关单位：",
         "为推进绿美开平生态建设，市人民政府决定在全市开展秋季造林绿化工作。现将有关事项通知如下：",
         "一、各镇（街道）要在9月30日前完成造林地块核查，开平市林业局负责技术指导和苗木调配。",
         "二、大沙镇、龙胜镇要重点抓好重点生态区位的林分优化提升。",
         "三、开平市财政局要及时拨付造林补助资金。",
         "开平市人民政府办公室",
         "二〇二五年八月九日"),
        related=("开平市人民政府关于印发防汛应急预案的通知", "开平市人民政府办公室关于做好中秋国庆期间安全工作的通知")),
    "enping-hotspring": Article(
        "enping-hotspring", "恩平打造温泉康养旅游品牌", "2025-08-09", "江门日报",
        "https://epaper.jmrb.com/html/2025-08/09/content_40118_236511.htm",
        ("江门日报讯（记者/冯嘉颖 通讯员/邝文）8月7日，恩平市温泉康养旅游推介会在良西镇举行。",
         "恩平市委常委、宣传部部长吴丽娟在推介会上介绍，恩平市文化广电旅游体育局将联合恩城街道、良西镇推出温泉康养精品线路。",
         "据了解，恩平市今年以来共接待游客同比增长约一成半。"),
        author="冯嘉颖",
        related=("鹤山市召开招商引资工作会议", "新会区举办陈皮文化节", "台山市海宴镇开展防溺水宣传")),
    "zhuhai-library": Article(
        "zhuhai-library", "珠海市香洲区新建十家社区阅读驿站", "2025-08-12", "羊城晚报",
        "https://news.ycwb.com/2025-08/12/content_53301284.htm",
        ("羊城晚报讯 记者许晓蕾报道：8月11日，珠海市香洲区十家社区阅读驿站同日开放。",
         "香洲区副区长梁嘉敏在开放仪式上说，香洲区文化广电旅游体育局将与翠香街道、拱北街道共同做好驿站运营。",
         "据介绍，每家驿站藏书三千册以上，居民可凭身份证免费借阅。"),
        author="许晓蕾",
        related=("广州市黄埔区举办科技创新大赛", "佛山市顺德区推进美食产业发展", "中山市火炬开发区新增一批专精特新企业")),
}

#: the furniture of each template, as it shows in the page (what must yield no entity)
FURNITURE = {
    "gov-portal": ("开平市人民政府门户网站", "首页", "政务公开", "政务服务", "互动交流", "走进开平", "当前位置", "新闻中心",
                   "部门动态", "浏览次数", "分享到", "打印本页", "关闭窗口", "相关链接", "主办：开平市人民政府办公室",
                   "承办：开平市政务服务数据管理局", "网站标识码", "粤ICP备", "地址：开平市长沙街道"),
    "gov-table": ("台山市人民政府网", "政务动态", "信息公开", "办事服务", "政民互动", "版权所有：台山市人民政府",
                  "主办：台山市人民政府办公室", "技术支持"),
    "gov-notice": ("开平市人民政府门户网站", "索引号", "主题分类", "发布机构", "成文日期", "文号", "附件", "扫一扫在手机打开当前页",
                   "主办：开平市人民政府办公室", "承办：开平市政务服务数据管理局"),
    "paper-edition": ("江门日报数字报", "往期回顾", "版面导航", "上一版", "下一版", "本版新闻", "江门日报社版权所有"),
    "news-portal": ("金羊网首页", "新闻", "广州", "广东", "评论", "财经", "热点推荐", "责任编辑", "关于我们", "联系我们",
                    "金羊网版权所有"),
}

#: page file -> (article, template, encoding)
HTML_PAGES = {
    "kaiping-flood.html": ("kaiping-flood", "gov-portal", "utf-8"),
    "taishan-seed.htm": ("taishan-seed", "gov-table", "gb18030"),
    "kaiping-forest.html": ("kaiping-forest", "gov-notice", "utf-8"),
    "enping-hotspring.html": ("enping-hotspring", "paper-edition", "utf-8"),
    "zhuhai-library.html": ("zhuhai-library", "news-portal", "utf-8"),
}


def _ps(a: Article, style: str = "") -> str:
    return "\n".join(f"<p{style}>{p}</p>" for p in a.paragraphs)


def _related(a: Article, day: str) -> str:
    return "\n".join(f'<li><a href="/xw/{i}.html">{h}</a><span>{day}</span></li>' for i, h in enumerate(a.related))


def _cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日"


def html_page(key: str, template: str) -> str:
    """One page of ``template`` around the article ``key``."""
    a = ARTICLES[key]
    day = "2025-08-01"
    if template == "gov-portal":
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{a.headline}_部门动态_开平市人民政府门户网站</title>
<meta name="SiteName" content="开平市人民政府门户网站">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="{a.headline}">
<meta name="PubDate" content="{a.date} 10:23">
<meta name="ContentSource" content="{a.source}">
<link rel="canonical" href="{a.url}">
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script>
</head><body>
<div class="top"><div class="logo"><img src="/img/logo.png" alt="开平市人民政府门户网站">开平市人民政府门户网站</div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div><a href="#">无障碍浏览</a> <a href="#">长者模式</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjkp/">走进开平</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="article">
<h1 class="title">{a.headline}</h1>
<div class="info">发布时间：{a.date} 10:23 来源：{a.source} 浏览次数：<span id="hits">1024</span> 【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content" id="zoom">
{_ps(a, ' style="text-indent:2em"')}
</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>
{_related(a, day)}
</ul></div>
<div class="footer"><p>主办：开平市人民政府办公室　　承办：开平市政务服务数据管理局</p>
<p>网站标识码：4407830001　粤ICP备05012345号　粤公网安备 44078302000123号</p>
<p>地址：开平市长沙街道　联系电话：0750-2222222</p></div>
<script>var _hmt = _hmt || [];</script>
</body></html>
"""
    if template == "gov-table":
        slash = a.date.replace("-", "/")
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{a.headline}</title></head>
<body topmargin="0">
<table width="1000" align="center"><tr><td><img src="/images/banner.jpg" alt="台山市人民政府网"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/zwdt/">政务动态</a> | <a href="/xxgk/">信息公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/zmhd/">政民互动</a></td></tr></table>
<table width="1000" align="center">
<tr><td class="title" align="center"><b>{a.headline}</b></td></tr>
<tr><td class="info" align="center">{slash} 来源：{a.source}</td></tr>
<tr><td><div class="TRS_Editor">
{_ps(a)}
</div></td></tr></table>
<table width="1000" align="center" class="bottom"><tr><td>
<a href="/">网站首页</a> | <a href="/map/">网站地图</a> | <a href="/lx/">联系我们</a><br>
版权所有：台山市人民政府　主办：台山市人民政府办公室　技术支持：台山市数据中心<br>
粤ICP备11012345号</td></tr></table>
</body></html>
"""
    if template == "gov-notice":
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a.headline}-开平市人民政府门户网站</title>
<meta name="ArticleTitle" content="{a.headline}"><meta name="PubDate" content="{a.date} 16:40">
<meta name="ContentSource" content="{a.source}">
</head><body>
<div class="top"><div class="logo">开平市人民政府门户网站</div></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a></div>
<div class="xxgk_table"><table>
<tr><td>索引号：</td><td>11440783007237502X/2025-00123</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>{a.source}</td><td>成文日期：</td><td>{a.date}</td></tr>
<tr><td>名称：</td><td colspan="3">{a.headline}</td></tr>
<tr><td>文号：</td><td>开府办〔2025〕12号</td><td>发布日期：</td><td>{a.date}</td></tr></table></div>
<div class="article"><h1>{a.headline}</h1>
<div class="content">
{_ps(a)}
</div>
<div class="fj">附件：<a href="/attach/1.docx">1. 秋季造林任务分解表.docx</a></div>
<div class="qr">扫一扫在手机打开当前页</div></div>
<div class="footer"><p>主办：开平市人民政府办公室　承办：开平市政务服务数据管理局</p></div>
</body></html>
"""
    if template == "paper-edition":
        items = "".join(f"<li><a>{h}</a></li>" for h in a.related)
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>江门日报数字报-{a.headline}</title></head><body>
<div class="head"><span class="name">江门日报数字报</span> <span class="date">{_cn_date(a.date)} 星期六</span> <a>往期回顾</a></div>
<div class="banci">第A03版：恩平新闻 <a>上一版</a> <a>下一版</a> <a>版面导航</a></div>
<div class="main"><div class="list"><h4>本版新闻</h4><ul>{items}</ul></div>
<div class="detail"><founder-title><h2>{a.headline}</h2></founder-title>
<founder-author><p class="author">文/图 江门日报记者 {a.author}</p></founder-author>
<div id="ozoom"><founder-content>
{_ps(a)}
</founder-content></div></div></div>
<div class="footer">江门日报社版权所有　未经书面授权不得复制或建立镜像　粤ICP备09012345号</div>
</body></html>
"""
    if template == "news-portal":
        items = "".join(f"<li><a href='/n/{i}.htm'>{h}</a></li>" for i, h in enumerate(a.related))
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a.headline} - 金羊网</title>
<meta property="og:title" content="{a.headline}"><meta property="og:url" content="{a.url}">
<meta property="og:site_name" content="金羊网"><meta name="publishdate" content="{a.date}">
</head><body>
<div class="top-nav"><a>金羊网首页</a> <a>新闻</a> <a>广州</a> <a>广东</a> <a>评论</a> <a>财经</a></div>
<div class="crumb"><a>金羊网</a> &gt; <a>新闻</a> &gt; <a>广东</a></div>
<div class="main"><h1>{a.headline}</h1>
<div class="article-info"><span>来源：{a.source}</span> <span>{a.date} 07:30</span> <span>作者：{a.author}</span></div>
<div class="article-body">
{_ps(a)}
</div>
<div class="editor">责任编辑：王晴</div></div>
<div class="side hot"><h3>热点推荐</h3><ul>{items}</ul></div>
<div class="footer"><a>关于我们</a> | <a>联系我们</a> | <a>广告服务</a><br>金羊网版权所有 粤ICP备12012345号</div>
</body></html>
"""
    raise ValueError(template)


def plain_copy(key: str) -> str:
    """The article as a person would paste it into a text file: headline, blank line, paragraphs."""
    a = ARTICLES[key]
    return a.headline + "\n\n" + "\n\n".join(a.paragraphs) + "\n"


# --- Word notices, records and plain text ------------------------------------------------------

ARTICLES.update({
    "heshan-invest": Article(
        "heshan-invest", "鹤山市召开招商引资工作会议", "2025-08-06", "江门日报", "",
        ("8月5日，鹤山市召开招商引资工作会议。鹤山市委书记罗振华出席会议并讲话。",
         "会议要求，鹤山市投资促进局要围绕先进制造业精准招商，共和镇、址山镇要加快推进重点项目落地。",
         "鹤山市商务局有关负责人通报了上半年全市招商引资情况。")),
    "xinhui-epidemic": Article(
        "xinhui-epidemic", "江门市新会区农业农村局关于开展2025年秋季动物防疫工作的通知", "2025-08-05",
        "江门市新会区农业农村局", "",
        ("各镇（街）农业农村办：",
         "根据省、市有关部署，现就做好今年秋季重大动物疫病集中免疫工作通知如下。",
         "各镇（街）要在9月底前完成集中免疫，江门市新会区动物疫病预防控制中心负责疫苗调配和技术培训。",
         "各镇（街）联系人名单见下表。",
         "江门市新会区农业农村局",
         "二〇二五年八月五日")),
})

#: the table of the Word notice: 镇（街）, 联系人, 电话
NOTICE_TABLE = (("镇（街）", "联系人", "联系电话"), ("会城街道", "李国栋", "0750-6100001"),
                ("司前镇", "陈美玲", "0750-6100002"), ("崖门镇", "黄志强", "0750-6100003"))

#: JSON Lines and CSV records as a scraper writes them
RECORDS = {
    "jsonl": (
        {"title": "江门市召开河长制工作会议", "pubdate": "2025-08-04 09:30:00", "url": "https://www.jiangmen.gov.cn/xwzx/content/post_1001.html",
         "source": "江门市水利局",
         "content": "8月3日，江门市召开全面推行河长制工作会议。江门市副市长陆志远出席会议并讲话。会议要求，江门市水利局要牵头做好河湖“清四乱”工作，蓬江区、江海区要加快推进黑臭水体整治。"},
        {"title": "台山市海宴镇开展防溺水宣传", "pubdate": "2025-07-28", "url": "https://www.cnts.gov.cn/zwdt/content/post_2002.html",
         "source": "台山市人民政府",
         "content": "7月27日，台山市海宴镇联合台山市教育局开展暑期防溺水宣传活动。海宴镇党委书记甄伟明带队到沙咀村走访学生家庭。"},
        {"title": "新会区举办陈皮文化节", "pubdate": "2025年08月02日", "url": "",
         "source": "江门日报",
         "content": "8月1日，第五届新会陈皮文化节在江门市新会区开幕。新会区委副书记、区长钟伟健在开幕式上致辞，江门市新会区农业农村局介绍了陈皮产业发展情况。"},
    ),
    "csv": (
        {"标题": "恩平市推进高标准农田建设", "发布时间": "2025-07-30", "链接": "https://www.enping.gov.cn/xw/content/post_3003.html",
         "来源": "恩平市农业农村局",
         "正文": "7月29日，恩平市副市长张国梁到大田镇、那吉镇调研高标准农田建设工作。张国梁要求，恩平市农业农村局要加强工程质量监管。"},
        {"标题": "鹤山市址山镇举办农产品展销会", "发布时间": "2025/08/03", "链接": "https://www.heshan.gov.cn/xw/content/post_3004.html",
         "来源": "鹤山市人民政府",
         "正文": "8月2日，鹤山市址山镇举办特色农产品展销会。址山镇镇长冯志成在活动现场介绍，鹤山市农业农村局将支持址山镇打造农产品区域品牌。"},
        {"标题": "开平市月山镇推进人居环境整治", "发布时间": "2025-08-07", "链接": "",
         "来源": "开平市人民政府",
         "正文": "8月6日，开平市月山镇召开人居环境整治推进会。月山镇党委书记谭志光要求各村抓好垃圾分类和厕所改造。"},
    ),
}

#: plain text files, one per header form: (file, header line or None, headline, body, the document's date, source)
TEXTS = (
    ("a-published.txt", "发布时间：2025-08-09 10:23:11", "开平市赤坎镇推进古镇活化利用",
     "8月8日，开平市赤坎镇召开古镇活化利用工作会议。赤坎镇镇长司徒建华通报了项目进展。", "2025-08-09", ""),
    ("b-source-date.txt", "来源：江门日报　2025年08月09日", "台山市斗山镇举办荔枝节",
     "8月8日，台山市斗山镇举办第三届荔枝文化节。斗山镇党委书记李伟健在开幕式上致辞。", "2025-08-09", "江门日报"),
    ("c-iso.txt", "2025-08-09", "鹤山市雅瑶镇开展防汛演练",
     "8月8日，鹤山市雅瑶镇开展防汛应急演练。鹤山市应急管理局派员现场指导。", "2025-08-09", ""),
    ("d-slashed.txt", "2025/08/09 来源：恩平市人民政府", "恩平市君堂镇推进农村公路建设",
     "8月7日，恩平市副市长何伟光到君堂镇检查农村公路建设。", "2025-08-09", "恩平市人民政府"),
    ("e-edition.txt", "江门日报 2025年8月9日 星期六 第A02版", "江海区举办创新创业大赛",
     "江门日报讯（记者/林小燕）8月8日，江门市江海区创新创业大赛决赛举行。江海区副区长黄嘉伟出席活动。", "2025-08-09", "江门日报"),
    ("f-paper-date.txt", "羊城晚报 2025年8月9日", "珠海市斗门区推进乡村振兴示范带建设",
     "8月8日，珠海市斗门区召开乡村振兴示范带建设推进会。斗门区委书记刘建明出席会议。", "2025-08-09", "羊城晚报"),
    ("g-weekday.txt", "2025年8月9日 星期六", "蓬江区棠下镇开展消防安全检查",
     "8月8日，江门市蓬江区棠下镇开展消防安全大检查。棠下镇副镇长吴志坚带队检查。", "2025-08-09", ""),
    ("h-signoff.txt", None, "开平市农业农村局关于开展秋季农作物病虫害防治的通知",
     "各镇（街道）农业农村办：\n\n请各镇（街道）做好秋季农作物病虫害统防统治工作。开平市农业农村局负责技术指导。\n\n开平市农业农村局\n\n二〇二五年八月九日",
     "2025-08-09", ""),
)

#: PDFs printed from pages (file, article, running header), the Word notices (file, article)
PDFS = (("kaiping-flood.print.pdf", "kaiping-flood", "开平市人民政府门户网站"),
        ("kaiping-forest.print.pdf", "kaiping-forest", "开平市人民政府门户网站"),
        ("enping-hotspring.cid.pdf", "enping-hotspring", "江门日报数字报"))
DOCX = (("heshan-invest.docx", "heshan-invest"), ("xinhui-epidemic.docx", "xinhui-epidemic"))
