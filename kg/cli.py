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
@click.option("-v", "--verbose", count=True, help="More messages (-vv for debugging).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress bar or summary.")
def build(inputs: tuple[str, ...], out_dir: str, formats: str, verbose: int, quiet: bool) -> None:
    """Build the knowledge graph from files, folders (recursively) or - (stdin).

    Without INPUTS, kg reads the bundled sample corpus seeds/documents. Files that cannot
    be read are reported one line each and skipped; the exit code is then 1.

    \b
    Examples:
      kg build
      kg build seeds/documents --out exports --format ttl,html
      kg build a.txt b.txt -q
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
        report = run_build(paths, out_dir, fmts, progress=progress, on_documents=on_documents)
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
            click.echo(f"wrote {path}", err=True)
    if report.problems:
        sys.exit(1)


def main() -> None:  # pragma: no cover - console entry point
    cli()
