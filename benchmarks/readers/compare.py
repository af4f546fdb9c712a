"""Measure HTML main-text extractors and PDF text extractors on kg's made-up Chinese pages.

    python benchmarks/readers/compare.py html   # needs the libraries measured (see README.md here)
    python benchmarks/readers/compare.py pdf

HTML: for each library, the share of body paragraphs it keeps (recall), the share of furniture
strings (navigation, related links, footers; pages.FURNITURE) that leak into its text, whether it
finds the headline and the date, and its time per page. PDF: characters per second and the share
of body paragraphs found whole (Chinese text quality: no missing or garbled characters, no
spaces inside words) on the PDFs of tests/data/formats/.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pages import ARTICLES, FURNITURE, HTML_PAGES, html_page  # noqa: E402

FORMATS = HERE.parents[1] / "tests" / "data" / "formats"
_WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return _WS.sub("", s or "")


def score_text(key: str, template: str, text: str) -> tuple[float, float]:
    a = ARTICLES[key]
    body = squash(text)
    recall = sum(squash(p) in body for p in a.paragraphs) / len(a.paragraphs)
    inside = squash(a.headline + "".join(a.paragraphs))
    furn = [f for f in FURNITURE[template] if squash(f) not in inside]
    furn += [h for h in a.related if squash(h) not in inside]
    leak = sum(squash(f) in body for f in furn) / len(furn)
    return recall, leak


def html_extractors():
    out = {}

    def trafilatura_(html):
        import trafilatura

        d = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
        return d.text if d else "", (d.title if d else ""), (d.date if d else "")
    out["trafilatura 2.3 (+htmldate), include_tables=False"] = trafilatura_

    def trafilatura_fast(html):
        import trafilatura

        d = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                        fast=True)
        return d.text if d else "", (d.title if d else ""), (d.date if d else "")
    out["trafilatura 2.3, include_tables=False, fast=True (kg)"] = trafilatura_fast

    def trafilatura_tables(html):
        import trafilatura

        d = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
        return d.text if d else "", (d.title if d else ""), (d.date if d else "")
    out["trafilatura 2.3, default options"] = trafilatura_tables

    def readability_(html):
        import lxml.html
        from readability import Document

        doc = Document(html)
        return lxml.html.fromstring(doc.summary()).text_content(), doc.short_title(), ""
    out["readability-lxml 0.9"] = readability_

    def boilerpy_(html):
        from boilerpy3 import extractors

        d = extractors.ArticleExtractor().get_doc(html)
        return d.content, d.title, ""
    out["boilerpy3 1.0"] = boilerpy_

    def resiliparse_(html):
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        tree = HTMLTree.parse(html)
        return extract_plain_text(tree, main_content=True), tree.title, ""
    out["resiliparse 2.0 (main_content)"] = resiliparse_

    def goose_(html):
        from goose3 import Goose
        from goose3.text import StopWordsChinese

        with Goose({"stopwords_class": StopWordsChinese, "enable_image_fetching": False}) as g:
            art = g.extract(raw_html=html)
        return art.cleaned_text, art.title, str(art.publish_date or "")[:10]
    out["goose3 3.1 (Chinese stop words)"] = goose_

    def inscriptis_(html):
        from inscriptis import get_text

        return get_text(html), "", ""
    out["inscriptis 2.7 (whole page, no boilerplate removal)"] = inscriptis_

    def kreuzberg_(html):
        from kreuzberg import extract_bytes_sync

        r = extract_bytes_sync(html.encode("utf-8"), mime_type="text/html")
        return r.content, (r.metadata or {}).get("title", ""), ""
    out["kreuzberg 4.10"] = kreuzberg_
    return out


def compare_html(repeat: int = 20) -> list[str]:
    rows = ["| library | body kept | furniture leaked | headline | date | ms/page |", "|---|---:|---:|---:|---:|---:|"]
    pages = [(k, t, html_page(k, t)) for k, t, _ in HTML_PAGES.values()]
    for name, fn in html_extractors().items():
        try:
            fn(pages[0][2])
        except Exception as exc:  # a library that is not installed or fails
            rows.append(f"| {name} | failed: {type(exc).__name__} | | | | |")
            continue
        rec = leak = head = dated = 0.0
        t0 = time.perf_counter()
        for _ in range(repeat):
            results = [fn(html) for _, _, html in pages]
        ms = (time.perf_counter() - t0) / repeat / len(pages) * 1000
        for (k, t, _), (text, title, day) in zip(pages, results):
            r, lk = score_text(k, t, text)
            rec += r
            leak += lk
            head += ARTICLES[k].headline == (title or "").strip()
            dated += (day or "")[:10] == ARTICLES[k].date
        n = len(pages)
        rows.append(f"| {name} | {rec / n:.0%} | {leak / n:.0%} | {head:.0f}/{n} | {dated:.0f}/{n} | {ms:.1f} |")
    try:
        import htmldate

        t0 = time.perf_counter()
        found = [htmldate.find_date(html, extensive_search=True) for _, _, html in pages]
        ms = (time.perf_counter() - t0) / len(pages) * 1000
        ok = sum((d or "") == ARTICLES[k].date for (k, _, _), d in zip(pages, found))
        rows.append(f"| htmldate 1.11 alone (dates) | | | | {ok}/{len(pages)} | {ms:.1f} |")
    except ImportError:
        pass
    return rows


def pdf_extractors():
    out = {}

    def pypdf_(data):
        import io

        from pypdf import PdfReader

        return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]
    out["pypdf 7.1"] = pypdf_

    def pdfplumber_(data):
        import io

        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return [p.extract_text() or "" for p in pdf.pages]
    out["pdfplumber 0.11 (pdfminer.six)"] = pdfplumber_

    def pdfium_(data):
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
        finally:
            pdf.close()
    out["pypdfium2 5.15"] = pdfium_

    def kreuzberg_(data):
        from kreuzberg import extract_bytes_sync

        return [extract_bytes_sync(data, mime_type="application/pdf").content]
    out["kreuzberg 4.10"] = kreuzberg_
    return out


def compare_pdf(repeat: int = 10) -> list[str]:
    files = sorted(FORMATS.glob("*.pdf"))
    rows = ["| library | body paragraphs found whole | spaces inside Chinese | chars/s | import s |",
            "|---|---:|---:|---:|---:|"]
    bodies = {}
    for f in files:
        key = f.stem.split(".")[0]
        if key in ARTICLES:
            bodies[f] = ARTICLES[key]
    for name, fn in pdf_extractors().items():
        t0 = time.perf_counter()
        try:
            fn(files[0].read_bytes())
        except Exception as exc:
            rows.append(f"| {name} | failed: {type(exc).__name__}: {exc} | | | |")
            continue
        first = time.perf_counter() - t0
        found = total = spaced = 0
        chars = 0
        t0 = time.perf_counter()
        for _ in range(repeat):
            texts = {f: "\n".join(fn(f.read_bytes())) for f in files}
        secs = (time.perf_counter() - t0) / repeat
        for f, text in texts.items():
            chars += len(text)
            spaced += len(re.findall(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", text))
            a = bodies.get(f)
            if a:
                joined = squash(text)
                total += len(a.paragraphs)
                found += sum(squash(p) in joined for p in a.paragraphs)
        rows.append(f"| {name} | {found}/{total} | {spaced} | {chars / secs:,.0f} | {first:.2f} |")
    return rows


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "html"
    print("\n".join(compare_html() if what == "html" else compare_pdf()))
