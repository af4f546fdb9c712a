"""The ``kg`` command line: each command resolves its arguments, calls one library function
and turns :class:`~kg.errors.KGError` into a one-line ``Error:`` message."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from . import __version__
from .errors import KGError

DEFAULT_INPUT = Path(__file__).resolve().parent.parent / "seeds" / "documents"


def _default_input() -> str:
    if DEFAULT_INPUT.is_dir():
        return str(DEFAULT_INPUT)
    if Path("seeds/documents").is_dir():
        return "seeds/documents"
    raise click.ClickException("no INPUTS given and no seeds/documents folder here; name the files or folders to read")


class _OneLineHandler(logging.Handler):
    """Log records as single lines on stderr: 'warning: ...'."""

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage().replace("\n", " ")
        click.echo(f"{record.levelname.lower()}: {msg}", err=True)


def _setup_logging(verbose: int, quiet: bool) -> None:
    root = logging.getLogger("kg")
    root.handlers[:] = [_OneLineHandler()]
    root.propagate = False
    root.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="kg")
def cli() -> None:
    """kg turns Chinese government news into a knowledge graph.

    \b
    Examples:
      kg build                       # the bundled seeds/documents → exports/
      kg build news/ --out graph/    # a folder of your own, recursively
      cat page.txt | kg build -      # standard input
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and graph.json.")
@click.option("--format", "formats", default="ttl,html,json", show_default=True,
              help="Comma-separated exports to write: ttl, html, json.")
@click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
              help="Processes that extract documents [default: the number of cores]. Small inputs are "
                   "extracted in one process; the output is the same for any number.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: this machine, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="The Dask scheduler to use, e.g. tcp://host:8786 (implies --engine dask); without it "
                   "the dask engine starts a local cluster of --workers processes.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False),
              help="Folder of the extraction cache [default: OUT/.kgcache].")
@click.option("--no-cache", is_flag=True, help="Extract every document and rewrite every export; keep no cache.")
@click.option("-v", "--verbose", count=True, help="More messages (-vv for debugging).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress bar or summary.")
def build(inputs: tuple[str, ...], out_dir: str, formats: str, workers: int | None, engine: str,
          scheduler: str | None, cache_dir: str | None, no_cache: bool, verbose: int, quiet: bool) -> None:
    """Build the knowledge graph from files, folders (recursively) or - (stdin).

    Without INPUTS, kg reads the bundled sample corpus seeds/documents. Files that cannot
    be read are reported one line each and skipped; the exit code is then 1.

    Documents already extracted by the same version of kg are taken from the cache, and
    exports that already hold the graph are left as they are.

    \b
    Examples:
      kg build
      kg build seeds/documents --out exports --format ttl,html
      kg build a.txt b.txt -q
      kg build news/ --workers 4
      kg build news/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .build import build as run_build

    _setup_logging(verbose, quiet)
    fmts = tuple(f.strip() for f in formats.split(",") if f.strip())
    paths = list(inputs) or [_default_input()]
    show_bar = not quiet and sys.stderr.isatty()
    bar = None

    def on_documents(n: int) -> None:
        nonlocal bar
        if show_bar and n > 1:
            bar = click.progressbar(length=n, label="extracting", file=sys.stderr)
            bar.__enter__()

    def progress(k: int) -> None:
        if bar is not None:
            bar.update(k)

    try:
        report = run_build(paths, out_dir, fmts, workers=workers, engine="dask" if scheduler else engine,
                           scheduler=scheduler, cache=False if no_cache else cache_dir or True,
                           progress=progress, on_documents=on_documents)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for p in report.problems:
        click.echo(f"Error: {p}", err=True)
    if not quiet:
        click.echo(report.line(), err=True)
        for f, path in report.outputs.items():
            click.echo(f"{path} is up to date" if f in report.unchanged else f"wrote {path}", err=True)
    if report.problems:
        sys.exit(1)


@cli.command()
@click.argument("corpus", required=False, type=click.Path(exists=True, file_okay=False))
@click.option("--size", "size_mb", default=3.0, show_default=True, type=click.FloatRange(min=0.01),
              help="Without CORPUS: megabytes of seed copies to generate.")
@click.option("--stage-chars", default=1_000_000, show_default=True, type=click.IntRange(min=1),
              help="Characters over which each stage and jieba.posseg are timed.")
@click.option("--workers", "workers", default="1,2", show_default=True,
              help="Comma-separated worker counts of the cold builds.")
@click.option("--format", "formats", default="ttl,html,json", show_default=True,
              help="Exports to write and time.")
@click.option("--no-rebuilds", is_flag=True, help="Leave out the unchanged and one-document rebuilds.")
@click.option("--dask", is_flag=True, help="Add a cold build on a local Dask cluster of 2 workers.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Also write the results as JSON here.")
def bench(corpus: str | None, size_mb: float, stage_chars: int, workers: str, formats: str, no_rebuilds: bool,
          dask: bool, json_path: str | None) -> None:
    """Time kg stage by stage and end to end, against jieba.posseg.

    Over CORPUS, a folder of text, or else over the bundled seeds copied to --size megabytes
    under distinct document ids. Prints Markdown tables: characters and articles per second
    for ingest, clean, NER, relations, graph merge and each exporter, and for cold builds with
    1 and 2 workers, an unchanged rebuild and a rebuild with one document added, with peak
    memory. Needs the bench extra for the baseline: pip install 'kg[bench]'.

    \b
    Examples:
      kg bench
      kg bench --size 100 --stage-chars 2000000 --json bench.json
      kg bench news/ --workers 1,2,4
    """
    from .bench import format_table, run_bench

    try:
        counts = tuple(int(w) for w in workers.split(",") if w.strip())
    except ValueError:
        raise click.BadParameter(f"{workers!r} is not a list of numbers", param_hint="--workers") from None
    fmts = tuple(f.strip() for f in formats.split(",") if f.strip())
    result = run_bench(corpus, size_mb=size_mb, stage_chars=stage_chars, workers=counts, formats=fmts,
                       rebuilds=not no_rebuilds, dask=dask, echo=lambda line: click.echo(f"… {line}", err=True))
    click.echo(format_table(result))
    if json_path:
        Path(json_path).write_text(result.to_json() + "\n", encoding="utf-8")


def main() -> None:  # pragma: no cover - console entry point
    cli()
