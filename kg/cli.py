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
      kg validate                    # check exports/graph.ttl against the SHACL shapes
      kg query --list                # the named SPARQL queries
      kg query who-holds-posts -p agency=开平市
    """


@cli.command()
@click.argument("inputs", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--out", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and graph.json.")
@click.option("--format", "formats", default="ttl,html,json", show_default=True,
              help="Comma-separated exports to write: ttl, html, json, jsonld, graphml, csv (a folder for Neo4j).")
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


@cli.command()
@click.argument("graph", default="exports/graph.ttl", type=click.Path(dir_okay=True))
@click.option("--shapes", type=click.Path(), default=None, help="SHACL shapes to use instead of kg's ontology/shapes.ttl.")
@click.option("-q", "--quiet", is_flag=True, help="Only the violations; no warnings or summary.")
def validate(graph: str, shapes: str | None, quiet: bool) -> None:
    """Check a graph (default exports/graph.ttl) against the SHACL shapes of kg's ontology.

    Prints one line per problem (severity, the node's label and IRI, the property, the
    message) and a summary. Exits with 1 when the graph has violations; warnings (a place
    without a division code) do not fail it.

    \b
    Examples:
      kg validate
      kg validate other/graph.ttl
    """
    from .validate import validate as run_validate

    try:
        report = run_validate(graph, shapes)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    for p in report.problems:
        if p.severity == "violation" or not quiet:
            click.echo(p.line())
    if not quiet:
        click.echo(f"{graph}: {report.summary()}", err=True)
    if not report.conforms:
        sys.exit(1)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        name, eq, value = v.partition("=")
        if not eq or not name.strip():
            raise click.ClickException(f"--param {v!r}: write it as NAME=VALUE, e.g. --param agency=开平市")
        out[name.strip()] = value
    return out


@cli.command()
@click.argument("query", required=False)
@click.option("--graph", "graph", default="exports/graph.ttl", show_default=True, type=click.Path(),
              help="The Turtle file to query.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A value for a query parameter (param:NAME() in the query); repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="Output: an aligned table (long cells clipped), CSV or JSON (full values).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
def query(query: str | None, graph: str, params: tuple[str, ...], fmt: str, list_: bool) -> None:
    """Run SPARQL over the graph: a named query, a .rq file or the query text.

    The prefixes kg:, id:, rdf:, rdfs:, xsd:, skos:, prov:, dct:, org:, schema: and
    param: are predeclared. A parameter given with --param NAME=VALUE reaches the query
    as param:NAME() (a literal, never pasted into the text).

    \b
    Examples:
      kg query --list
      kg query who-holds-posts --param agency=开平市
      kg query changes -p from=2024-03-01 -p to=2024-03-31 --format csv
      kg query my-query.rq
      kg query 'SELECT ?name WHERE { ?p a kg:Official ; rdfs:label ?name }'
    """
    from .query import format_result, load_store, named_queries, resolve, run

    if list_:
        for name, q in named_queries().items():
            click.echo(f"{name}: {q.description}")
            for p in q.params:
                kind = " (date)" if p.type == "date" else ""
                click.echo(f"    --param {p.name}=…{kind}  {p.help}")
        return
    if not query:
        raise click.ClickException("name a query, a .rq file or SPARQL text; `kg query --list` shows the named queries")
    try:
        q = resolve(query)
        values = _params(params)
        store = load_store(graph)
        result = run(store, q, values)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(format_result(result, fmt))


def main() -> None:  # pragma: no cover - console entry point
    cli()
