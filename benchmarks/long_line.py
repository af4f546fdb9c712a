"""Build one file of N megabytes on a single line (the seed pages without line breaks, repeated)
and print a Markdown table of CPU time and peak memory per size: the time of a long line must
grow in proportion to its length.

    python benchmarks/long_line.py 2 4 8 16            # sizes in MB, one fresh kg process each
    python benchmarks/long_line.py 2 4 --format ttl     # another export

Each build runs ``python -m kg build FILE --format json --no-cache -q -j 1`` in a fresh process;
CPU time and peak resident memory are the child's (``resource.getrusage(RUSAGE_CHILDREN)``).
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "documents"


def one_line(size: int) -> bytes:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).replace("\n", "")
    data = text.encode("utf-8")
    return (data * (size // len(data) + 1))[:size].decode("utf-8", "ignore").encode("utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="+", type=float, help="megabytes")
    ap.add_argument("--format", default="json")
    args = ap.parse_args()
    print("| size | characters | wall s | CPU s | CPU s per MB | peak memory |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as work:
        for mb in args.sizes:
            path = Path(work, f"line{mb:g}.txt")
            data = one_line(int(mb * 1_000_000))
            path.write_bytes(data)
            chars = len(data.decode("utf-8"))
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kg", "build", str(path), "--out", str(Path(work, f"out{mb:g}")),
                            "--format", args.format, "--no-cache", "-q", "-j", "1"], check=True)
            wall = time.perf_counter() - t
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            peak = after.ru_maxrss / 1024  # the largest child so far, in MiB (Linux: kB)
            print(f"| {mb:g} MB | {chars:,} | {wall:.1f} | {cpu:.1f} | {cpu / mb:.1f} | {peak:,.0f} MiB |", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
