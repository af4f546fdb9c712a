"""Fuzz the ingest → clean → NER path with mutated seed documents, for a bounded time.

Each case is raw bytes: a seed document (the bundled pages, short snippets, other encodings)
put through a few random mutations: byte flips, inserted control characters and hostile
strings, truncation, splicing of two seeds, huge repetitions. A case passes when
:func:`kg.ingest.decode_bytes` either returns a Document or raises :class:`InputError`, and
:func:`kg.extraction.extract` returns a result whose offsets all lie inside the document; every
``export_every``-th case also goes through the graph and all three exporters, and the Turtle
must parse again. Anything else is a crash: the input is minimised and written to
``tests/data/fuzz/`` where ``tests/test_fuzz.py`` replays it for ever after.

Run it by hand for longer than the test suite does::

    .venv/bin/python tests/fuzz/harness.py --seconds 600 --seed 1
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from kg.errors import InputError  # noqa: E402
from kg.ingest import decode_bytes  # noqa: E402

CRASH_DIR = ROOT / "tests" / "data" / "fuzz"
SEED_DIR = ROOT / "seeds" / "documents"

SNIPPETS = [
    "开平市委书记陈小曼出席会议并讲话。",
    "江门日报讯（记者/严建广）1月6日上午，开平市医疗保障局推进“医保视频办”服务。",
    "市委副书记、代理市长梁光挺主持会议，市领导梁毅渝、耿洪波、石岩等出席会议。",
    "开平市水口镇、月 山镇举办交流活动，深入实施“百千万工程”。",
    "印发《开平市食品产业发展规划（2024-2035年）》，该局表示将落实。",
    "2023年12月\n\n15 星期五 | A9\n\n## 珠海连续3年蝉联“全国健康城市建设样板市”\n\n羊城晚报讯 记者郑达 报道：近日，会议召开。",
]
HOSTILE = [
    "<script>alert(1)</script>", '"""', "'''", "\\", "\\u0000", ">", "<", "&amp;", "]]>", "-->", "{{KG_DATA}}",
    "\u2028", "\u2029", "\u200b", "\ufeff", "\u202e", "\ufffd", "\U0001f600", "\u0301", "%00", "%", "@", "/", "#",
    "\x00", "\x01", "\x1b[31m", "\x7f", "\x85", "\r", "\r\n", "\n\n", "\t", "　", "“", "”", "《", "》", "（", "）",
]
CONTROL = [bytes([b]) for b in list(range(0, 32)) + [127]] + ["\u2028".encode(), "\x85".encode(), b"\xc2\x80"]


@dataclass
class Stats:
    cases: int = 0
    decoded: int = 0
    rejected: int = 0
    exported: int = 0
    bytes: int = 0
    crashes: list[tuple[str, str]] = field(default_factory=list)  # (signature, saved path)
    mutations: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, int] = field(default_factory=dict)  # why decode_bytes rejected cases

    def line(self) -> str:
        return (f"{self.cases} cases ({self.bytes / 1e6:.1f} MB): {self.decoded} decoded and extracted, "
                f"{self.rejected} rejected with InputError, {self.exported} also exported; "
                f"{len(self.crashes)} crash(es)")


def seed_corpus() -> list[bytes]:
    """The byte strings mutations start from."""
    seeds = [p.read_bytes() for p in sorted(SEED_DIR.glob("*.txt"))]
    for s in SNIPPETS:
        seeds.append(s.encode("utf-8"))
    seeds.append(SNIPPETS[0].encode("gb18030"))
    seeds.append(SNIPPETS[1].encode("utf-16"))
    seeds.append(b"\xef\xbb\xbf" + SNIPPETS[2].encode("utf-8"))
    seeds.append((SNIPPETS[3] + "\n").encode("gb18030") + SNIPPETS[4].encode("utf-8"))  # mixed encodings
    return seeds


# --- mutations -------------------------------------------------------------------------------

def _pos(rng: random.Random, data: bytes) -> int:
    return rng.randrange(len(data) + 1)


def flip(rng, data, seeds):
    if not data:
        return data
    b = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 3, 8))):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def random_bytes(rng, data, seeds):
    i = _pos(rng, data)
    return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8))) + data[i:]


def control(rng, data, seeds):
    for _ in range(rng.randrange(1, 6)):
        i = _pos(rng, data)
        data = data[:i] + rng.choice(CONTROL) + data[i:]
    return data


def hostile(rng, data, seeds):
    for _ in range(rng.randrange(1, 4)):
        i = _pos(rng, data)
        data = data[:i] + rng.choice(HOSTILE).encode("utf-8", "surrogatepass") + data[i:]
    return data


def unicode_noise(rng, data, seeds):
    i = _pos(rng, data)
    ranges = [(0x20, 0x7E), (0x80, 0x2FF), (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF), (0xE000, 0xF8FF),
              (0x10000, 0x10FFFF), (0xFDD0, 0xFDEF), (0x2000, 0x206F)]
    chars = []
    for _ in range(rng.randrange(1, 20)):
        lo, hi = rng.choice(ranges)
        cp = rng.randint(lo, hi)
        if 0xD800 <= cp <= 0xDFFF:
            cp = 0xFFFD
        chars.append(chr(cp))
    return data[:i] + "".join(chars).encode("utf-8") + data[i:]


def delete(rng, data, seeds):
    if not data:
        return data
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.choice((1, 2, 3, 16, 256)))
    return data[:i] + data[j:]


def truncate(rng, data, seeds):
    return data[: _pos(rng, data)]


def splice(rng, data, seeds):
    other = rng.choice(seeds)
    return data[: _pos(rng, data)] + other[_pos(rng, other):]


def duplicate(rng, data, seeds):
    if not data:
        return data
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randrange(1, 64))
    return data[:j] + data[i:j] * rng.randrange(2, 50) + data[j:]


def huge_repeat(rng, data, seeds):
    """Repeat a piece up to a few hundred kilobytes, sometimes on one line."""
    if not data:
        return data
    i = rng.randrange(len(data))
    piece = data[i : i + rng.choice((1, 3, 40, 2000))] or data[:1]
    size = rng.choice((20_000, 60_000, 250_000))
    if rng.random() < 0.5:
        piece = piece.replace(b"\n", b"")or b"\xe5\xbc\x80"
    return data[:i] + piece * (size // len(piece)) + data[i:]


def newlines(rng, data, seeds):
    choice = rng.randrange(4)
    if choice == 0:
        return data.replace(b"\n", b"")
    if choice == 1:
        return data.replace(b"\n", b"\r")
    if choice == 2:
        return data.replace(b"\n", b"\n" * rng.randrange(2, 5))
    return data.replace("。".encode(), "。\n".encode())


def spaces(rng, data, seeds):
    out = bytearray()
    for ch in data.decode("utf-8", "replace").encode("utf-8", "replace"):
        out.append(ch)
        if rng.random() < 0.05:
            out += rng.choice((b" ", b"  ", "\u3000".encode(), b"\t"))
    return bytes(out)


def reencode(rng, data, seeds):
    text = data.decode("utf-8", "replace")
    enc = rng.choice(("gb18030", "utf-16", "utf-16-le", "utf-8-sig", "big5", "latin-1"))
    return text.encode(enc, "replace")


TEMPLATES = ["开平市深入实施“{x}工程”。", "开平市委书记{x}出席会议。", "印发《{x}实施方案》。", "江门日报讯（记者/{x}）",
             "开平市{x}局推进“{x}行动”。", "## {x}\n\n", "{x}（以下简称“{x}”）", "水口镇{x}村", "“{x}”“{x}”专项服务"]


def entity_context(rng, data, seeds):
    """Hostile or random text where the rules take a name from: quotes, titles, bylines."""
    pieces = HOSTILE + ["葛\U000e0100", "\U000e0001", "\u3000", "陈小曼", "水口", "a/b", "\\", "\ufffd"]
    x = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 4)))
    snippet = rng.choice(TEMPLATES).replace("{x}", x)
    i = _pos(rng, data)
    return data[:i] + snippet.encode("utf-8", "surrogatepass") + data[i:]


MUTATIONS = [flip, random_bytes, control, hostile, unicode_noise, delete, truncate, splice, duplicate,
             huge_repeat, newlines, spaces, reencode, entity_context]
WEIGHTS = [4, 3, 4, 4, 3, 3, 2, 3, 2, 1, 2, 1, 1, 4]


def mutate(rng: random.Random, seeds: list[bytes], stats: Stats | None = None) -> bytes:
    data = rng.choice(seeds)
    if rng.random() < 0.5 and len(data) > 4000:  # most cases: a slice of a page, for speed
        i = rng.randrange(len(data) - 2000)
        data = data[i : i + rng.choice((200, 1000, 3000))]
    for _ in range(rng.choice((1, 1, 2, 3, 5))):
        m = rng.choices(MUTATIONS, WEIGHTS)[0]
        if stats is not None:
            stats.mutations[m.__name__] = stats.mutations.get(m.__name__, 0) + 1
        data = m(rng, data, seeds)
    return data[:600_000]


# --- the oracle ------------------------------------------------------------------------------

def check(data: bytes, export: bool = False) -> str:
    """Run one case; returns "rejected" or "ok", raises on a crash or a broken invariant."""
    try:
        document = decode_bytes("fuzz.txt", "fuzz.txt", data)
    except InputError as exc:
        msg = str(exc)
        assert msg.startswith("fuzz.txt: ") and "\n" not in msg, f"bad InputError message {msg!r}"
        return f"rejected: {msg}"
    from kg.extraction import extract

    result = extract(document)
    n = len(document.text)
    for a in result.articles:
        assert 0 <= a.start <= a.end <= n, f"article {a} outside the text ({n})"
    for m in result.mentions:
        assert 0 <= m.start < m.end <= n, f"mention {m} outside the text ({n})"
        assert m.text, f"empty mention {m}"
    keys = {e.key for e in result.entities}
    for m in result.mentions:
        assert m.key in keys, f"mention of an unknown entity {m.key!r}"
    for r in result.relations:
        assert 0 <= r.start <= r.end <= n, f"relation {r} outside the text ({n})"
        assert r.subject in keys and r.object in keys, f"relation between unknown entities {r}"
    if export:
        export_check([result])
    return "ok"


def export_check(results) -> None:
    """Graph, Turtle (parsed back with rdflib), JSON and HTML of some results."""
    import rdflib

    from kg.exporters import to_html, to_json
    from kg.exporters.rdf import serialize_turtle, to_rdf
    from kg.graph import build_graph

    G = build_graph(results)
    g = to_rdf(G)
    data = serialize_turtle(g)
    back = rdflib.Graph().parse(data=data, format="turtle")
    assert len(back) == len(g), f"Turtle round trip lost triples: {len(g)} -> {len(back)}"
    try:
        import pyoxigraph
    except ImportError:  # pragma: no cover - it is in the test extra
        pass
    else:  # the strict parser: checks every IRI against RFC 3987
        store = pyoxigraph.Store()
        store.load(data, pyoxigraph.RdfFormat.TURTLE)
        assert len(store) == len(g), "pyoxigraph read another number of triples"
    json.dumps(to_json(G), ensure_ascii=False).encode("utf-8")
    page = to_html(G)
    page.encode("utf-8")
    start = page.index('<script type="application/json" id="kg-data">')
    start = page.index(">", start) + 1
    block = page[start : page.index("</script>", start)]
    assert "<" not in block, "the page's data block holds a raw <"
    names = {n["name"] for n in json.loads(block)["nodes"]}
    assert names == {d["name"] for _, d in G.nodes(data=True)}, "the page's data block lost names"


def signature(exc: BaseException) -> str:
    """Exception type and the innermost kg frame: two crashes with one signature are one bug."""
    tb = traceback.extract_tb(exc.__traceback__)
    frames = [f for f in tb if "/kg/" in f.filename.replace("\\", "/")] or tb
    f = frames[-1] if frames else None
    where = f"{Path(f.filename).name}:{f.lineno}" if f else "?"
    return f"{type(exc).__name__} at {where}"


def minimise(data: bytes, sig: str, deadline: float) -> bytes:
    """Delta debugging light: drop chunks while the crash keeps its signature."""

    def same(d: bytes) -> bool:
        try:
            check(d, export=True)
        except Exception as exc:  # noqa: BLE001 - any crash counts
            return signature(exc) == sig
        return False

    chunk = max(1, len(data) // 2)
    while chunk >= 1 and time.monotonic() < deadline:
        i = 0
        progress = False
        while i < len(data) and time.monotonic() < deadline:
            cand = data[:i] + data[i + chunk :]
            if cand != data and same(cand):
                data = cand
                progress = True
            else:
                i += chunk
        if not progress:
            chunk //= 2
    return data


def save_crash(data: bytes, sig: str, exc: BaseException, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(data).hexdigest()[:16]
    path = out_dir / f"crash-{name}.bin"
    path.write_bytes(data)
    (out_dir / f"crash-{name}.txt").write_text(
        f"{sig}\n{type(exc).__name__}: {exc}\n\n{''.join(traceback.format_exception(exc))}", encoding="utf-8")
    return path


def run(seconds: float, seed: int = 0, export_every: int = 10, out_dir: Path = CRASH_DIR,
        max_cases: int | None = None, log=None) -> Stats:
    """Fuzz for ``seconds`` (or ``max_cases``); crashes are minimised and saved to ``out_dir``."""
    import logging

    kg_log = logging.getLogger("kg")
    level = kg_log.level
    kg_log.setLevel(logging.ERROR)  # warnings about bad bytes are expected here
    try:
        return _run(seconds, seed, export_every, out_dir, max_cases, log)
    finally:
        kg_log.setLevel(level)


def _run(seconds, seed, export_every, out_dir, max_cases, log) -> Stats:
    rng = random.Random(seed)
    seeds = seed_corpus()
    stats = Stats()
    seen: set[str] = set()
    end = time.monotonic() + seconds
    while time.monotonic() < end and (max_cases is None or stats.cases < max_cases):
        data = mutate(rng, seeds, stats)
        stats.cases += 1
        stats.bytes += len(data)
        export = stats.cases % export_every == 0
        try:
            outcome = check(data, export=export)
        except Exception as exc:  # noqa: BLE001 - the point of fuzzing
            sig = signature(exc)
            if sig in seen:
                continue
            seen.add(sig)
            small = minimise(data, sig, time.monotonic() + 60)
            path = save_crash(small, sig, exc, out_dir)
            stats.crashes.append((sig, str(path)))
            if log:
                log(f"crash: {sig}: {len(data)} -> {len(small)} bytes, saved {path}")
            continue
        if outcome.startswith("rejected"):
            stats.rejected += 1
            reason = re.sub(r"\d+", "N", outcome.split(": ", 2)[-1])[:60]
            stats.reasons[reason] = stats.reasons.get(reason, 0) + 1
        else:
            stats.decoded += 1
            stats.exported += export
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--export-every", type=int, default=10)
    ap.add_argument("--out", type=Path, default=CRASH_DIR, help="where crashing inputs are written")
    args = ap.parse_args(argv)
    stats = run(args.seconds, args.seed, args.export_every, args.out, log=lambda s: print(s, flush=True))
    print(stats.line())
    print("mutations:", json.dumps(dict(sorted(stats.mutations.items()))))
    print("rejected:", json.dumps(dict(sorted(stats.reasons.items(), key=lambda kv: -kv[1])), ensure_ascii=False))
    return 1 if stats.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
