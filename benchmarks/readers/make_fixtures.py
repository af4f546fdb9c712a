"""Write the mixed folder tests/data/formats/ (and its copies and expectations) from pages.py.

    pip install reportlab python-docx && python benchmarks/readers/make_fixtures.py

The files are committed; this script is how they were made. PDFs are laid out by reportlab as a
browser prints a page (a running header with the site and the time of printing, a footer with
the address and the page number); ``.cid.pdf`` uses a CID font that is not embedded, as older
office software writes. Word files are made by python-docx.
"""
from __future__ import annotations

import csv
import io
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pages import ARTICLES, DOCX, HTML_PAGES, NOTICE_TABLE, PDFS, RECORDS, TEXTS, html_page, plain_copy  # noqa: E402

DATA = HERE.parents[1] / "tests" / "data"
OUT = DATA / "formats"
COPIES = DATA / "formats_copies"
BAD = DATA / "formats_unreadable"
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def write_pdf(path: Path, key: str, running: str, cid: bool = False) -> None:
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    if cid:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    else:
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
        font = "WQY"
    a = ARTICLES[key]
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=19, wordWrap="CJK", firstLineIndent=24)
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=24, wordWrap="CJK", alignment=1)
    info = ParagraphStyle("info", fontName=font, fontSize=9, leading=14, alignment=1)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        w, h = A5
        canvas.drawString(30, h - 22, "2025/8/10 09:15")
        canvas.drawRightString(w - 30, h - 22, running)
        canvas.drawString(30, 18, a.url or "file:///C:/Users/admin/Desktop/" + key + ".html")
        canvas.drawRightString(w - 30, 18, f"{doc.page}/2")
        canvas.restoreState()

    story = [Paragraph(a.headline, title), Paragraph(f"发布时间：{a.date} 10:23　来源：{a.source}", info), Spacer(1, 8)]
    story += [Paragraph(p, body) for p in a.paragraphs]
    story += [Spacer(1, 400)] if len(story) < 12 else []
    story += [Paragraph("（完）", body)]
    doc = SimpleDocTemplate(str(path), pagesize=A5, leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=36,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)


def write_scanned_pdf(path: Path) -> None:
    """A page that is only an image, as a scanner writes it."""
    from PIL import Image
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(7)
    img = Image.new("L", (120, 170), 255)
    for _ in range(900):
        img.putpixel((rng.randrange(120), rng.randrange(170)), rng.randrange(0, 120))
    c = canvas.Canvas(str(path), pagesize=A5)
    c.drawImage(ImageReader(img), 20, 20, width=380, height=550)
    c.showPage()
    c.save()


def write_docx(path: Path, key: str) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    a = ARTICLES[key]
    d = docx.Document()
    d.core_properties.author = "admin"
    d.core_properties.title = ""
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = h.add_run(a.headline)
    run.bold = True
    if key == "heshan-invest":
        d.add_paragraph(f"来源：{a.source}　{a.date[:4]}年{a.date[5:7]}月{a.date[8:]}日")
    signoff = key == "xinhui-epidemic"
    paras = list(a.paragraphs)
    tail = paras[-2:] if signoff else []
    for p in paras[: len(paras) - len(tail)]:
        d.add_paragraph(p)
    if signoff:
        t = d.add_table(rows=len(NOTICE_TABLE), cols=len(NOTICE_TABLE[0]))
        for i, row in enumerate(NOTICE_TABLE):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
        for p in tail:
            para = d.add_paragraph(p)
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.save(str(path))


def main() -> None:
    for folder in (OUT, COPIES, BAD):
        folder.mkdir(parents=True, exist_ok=True)
    expected = []
    for name, (key, template, encoding) in HTML_PAGES.items():
        (OUT / name).write_bytes(html_page(key, template).encode(encoding))
        a = ARTICLES[key]
        expected.append({"file": name, "headline": a.headline, "date": a.date, "source": _source(template, a),
                         "url": a.url if template in ("gov-portal", "news-portal") else ""})
        (COPIES / f"{key}.txt").write_text(plain_copy(key), encoding="utf-8")
    for name, key, running in PDFS:
        write_pdf(OUT / name, key, running, cid=".cid." in name)
        a = ARTICLES[key]
        # a browser prints the page's address in the footer
        expected.append({"file": name, "headline": a.headline, "date": a.date, "source": a.source, "url": a.url})
    for name, key in DOCX:
        write_docx(OUT / name, key)
        a = ARTICLES[key]
        expected.append({"file": name, "headline": a.headline, "date": a.date,
                         "source": a.source if key == "heshan-invest" else "", "url": ""})
        (COPIES / f"{key}.txt").write_text(_docx_copy(key), encoding="utf-8")
    with open(OUT / "scraped.jsonl", "w", encoding="utf-8") as f:
        for r in RECORDS["jsonl"]:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            expected.append({"file": "scraped.jsonl", "headline": r["title"], "date": _iso(r["pubdate"]),
                             "source": r["source"], "url": r["url"]})
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(RECORDS["csv"][0]), lineterminator="\r\n")
    w.writeheader()
    for r in RECORDS["csv"]:
        w.writerow(r)
        expected.append({"file": "exported.csv", "headline": r["标题"], "date": _iso(r["发布时间"]),
                         "source": r["来源"], "url": r["链接"]})
    (OUT / "exported.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))  # as Excel saves it
    for name, head, headline, body, iso, source in TEXTS:
        lines = [headline, head, "", body] if head and not head.startswith(("江门日报", "羊城晚报", "2025年8月9日")) \
            else ([head, "", headline, "", body] if head else [headline, "", body])
        (OUT / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected.append({"file": name, "headline": headline, "date": iso, "source": source, "url": ""})
    (BAD / "notice.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "关于".encode("utf-16-le") * 40)
    write_scanned_pdf(BAD / "scanned.pdf")
    (DATA / "formats_expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")


def _docx_copy(key: str) -> str:
    """The Word file pasted into a text file: its table rows as lines of tab-separated cells."""
    a = ARTICLES[key]
    paras = list(a.paragraphs)
    if key == "xinhui-epidemic":
        paras[-2:-2] = ["\t".join(row) for row in NOTICE_TABLE]
    return a.headline + "\n\n" + "\n\n".join(paras) + "\n"


def _source(template: str, a) -> str:
    return "" if template == "paper-edition" else a.source


def _iso(s: str) -> str:
    return s[:10].replace("/", "-").replace("年", "-").replace("月", "-").replace("日", "")


if __name__ == "__main__":
    main()
