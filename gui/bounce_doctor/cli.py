"""The command line: ``bounce-doctor explain``, ``bounce-doctor codes``, or the window."""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from .engine import BounceDoctorError, CatalogError, Examination, default_catalog, examine
from .engine.drafts import KINDS as DRAFT_KINDS
from .engine.drafts import draft
from .engine.inputs import Item, read_path, read_stdin
from .engine.limits import ENV_MAX_SIZE, Limits, from_env, parse_mb
from .engine.model import CatalogEntry
from .output.text import entry_dict, report_dict, report_text
from .progress import Progress

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
QUIT_AFTER_ENV = "BOUNCE_DOCTOR_QUIT_AFTER_MS"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit with 2 and one line
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="bounce-doctor", description="Explain bounced emails in plain language.")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    e = sub.add_parser("explain", help="diagnose bounces: files, mbox files, folders, or - for standard input")
    e.add_argument("paths", nargs="+", metavar="PATH")
    fmt = e.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="one JSON object per message, one per line")
    fmt.add_argument("--csv", action="store_true", help="CSV: a header row, then one row per failed recipient")
    e.add_argument(
        "--max-size", metavar="MB", type=_size_arg,
        help=f"read messages up to this size in MB (default 50, or the environment variable {ENV_MAX_SIZE})",
    )
    h = sub.add_parser("headers", help="the original message's delivery path and authentication results")
    h.add_argument("paths", nargs="+", metavar="PATH")
    h.add_argument("--json", action="store_true", help="one JSON object per message, one per line")
    for sp in (e, h):
        sp.add_argument(
            "--jobs", metavar="N", type=_jobs_arg, default=None,
            help="read many messages on N processes (default: one per core; 1 reads them one after another)",
        )
    e.add_argument("--draft", choices=DRAFT_KINDS, help="print a ready-to-send text instead of the diagnosis")
    e.add_argument("--redact", action="store_true", help="in drafts, reduce addresses to domains, leave out the subject")
    e.add_argument("--online", action="store_true", help="also check live, by DNS queries, what the bounce names")
    e.add_argument("--resolver", metavar="HOST[:PORT]", help="with --online: the DNS server to ask (default: the system's)")
    c = sub.add_parser("codes", help="look up codes and words in the catalog")
    c.add_argument("query", nargs="*", metavar="QUERY")
    c.add_argument("--json", action="store_true", help="one JSON object per entry, one per line")
    for sp in (e, c):
        sp.add_argument(
            "--lang", metavar="LANG",
            help="the language of the text: en or ru (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG; "
                 "JSON and CSV stay English)",
        )
    return p


def _speak(choice: str | None) -> str:
    """Speak --lang's language, else the environment's, in the human text output; the code in use."""
    from . import lang

    code = lang.code_of(choice) if choice else lang.from_env()
    return lang.use(code or "en")


def _jobs_arg(text: str) -> int:
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return int(text)


def _size_arg(text: str) -> float:
    try:
        return parse_mb(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _items(paths: list[str], limits: Limits) -> Iterator[Item]:
    for p in paths:
        if p == "-":
            yield from read_stdin(limits)
        else:
            yield from read_path(Path(p), limits=limits)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


# How each output format renders one diagnosed message: a line or block of text, or CSV rows.
# Module-level functions, so that a worker process can be told which one to run.
def _as_json(item: Item, exam: Examination) -> str:
    return json.dumps(report_dict(exam.report), ensure_ascii=False)


def _as_text(item: Item, exam: Examination) -> str:
    return report_text(exam.report)


def _as_csv(item: Item, exam: Examination) -> list[dict[str, str]]:
    from .output import csvout

    return list(csvout.rows(exam.report))


def _as_draft(kind: str, redact: bool, item: Item, exam: Examination) -> str:
    return draft(exam.report, None, kind, redact=redact)


def _as_headers(as_json: bool, item: Item, exam: Examination) -> str:
    from .output.headers_text import headers_block

    return headers_block(exam.headers(), item.name, as_json)


Render = Callable[[Item, Examination], object]


def _read_one(item: Item, render: Render, limits: Limits) -> tuple[str | None, object]:
    """(None, what to print) for a message read, or (the line for stderr, None)."""
    if item.error is not None or item.data is None:
        return f"bounce-doctor: {item.name}: {_one_line(item.error)}", None
    try:
        return None, render(item, examine(item.data, item.name, limits=limits))
    except BounceDoctorError as exc:
        return f"bounce-doctor: {item.name}: {_one_line(exc)}", None
    except Exception as exc:  # a bug: one line, and go on with the others
        return (
            f"bounce-doctor: {item.name}: could not be read because of an error in Bounce Doctor "
            f"({type(exc).__name__}: {_one_line(exc)[:200]}); please report it"
        ), None


# --- reading on several cores -------------------------------------------------

_WORKER_JOB: tuple[Render, Limits] | None = None  # set in each worker process
_PARALLEL_AFTER = 16  # messages read in this process before workers start: a few are read faster here
_PARALLEL_AFTER_BYTES = 8 << 20  # or this much data


def _init_worker(render: Render, limits: Limits) -> None:
    global _WORKER_JOB
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle: no traceback per worker
    _WORKER_JOB = (render, limits)


def _work(item: Item) -> tuple[str | None, object]:
    assert _WORKER_JOB is not None
    return _read_one(item, *_WORKER_JOB)


def default_jobs() -> int:
    """The number of processes that read messages: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _can_fork() -> bool:
    # forked workers start at once with the engine and the catalog already loaded; elsewhere
    # (Windows, macOS) a worker would start a new interpreter, slower than it saves on most folders
    return sys.platform.startswith("linux")


def _results(items: Iterator[Item], render: Render, limits: Limits, jobs: int) -> Iterator[tuple[str | None, object]]:
    """What to print for each message, in the order of ``items``.

    The first messages are read here; when more follow, workers forked from this process (which has by
    then loaded the catalog and everything the engine loads on first use) read the rest.
    """
    items = iter(items)
    parallel = jobs > 1 and _can_fork()
    size = 0
    for done, item in enumerate(items, 1):
        yield _read_one(item, render, limits)
        size += len(item.data or b"")
        if parallel and (done >= _PARALLEL_AFTER or size >= _PARALLEL_AFTER_BYTES):
            break
    else:
        return
    following = next(items, None)
    if following is None:
        return
    import gc
    import multiprocessing

    gc.freeze()  # what is loaded now stays out of the workers' garbage collections: fewer pages copied
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(render, limits)) as pool:
        yield from pool.imap(_work, itertools.chain([following], items), chunksize=16)


def explain(
    paths: list[str],
    as_json: bool,
    draft_kind: str | None = None,
    redact: bool = False,
    *,
    headers: bool = False,
    as_csv: bool = False,
    progress: Progress | None = None,
    limits: Limits | None = None,
    jobs: int = 1,
    online: bool = False,
    resolver: str | None = None,
) -> int:
    """Print one diagnosis, draft, CSV rows or header analysis per message; return the exit status."""
    limits = limits or Limits()
    status = EXIT_OK
    first = True
    progress = progress or Progress(sys.stderr)
    stdout_shared = progress.enabled and sys.stdout.isatty()  # the progress line shares the screen
    rows = None
    render: Render
    separator = "\n"  # printed between two messages' text blocks
    if headers:
        render = functools.partial(_as_headers, as_json)
        separator = "" if as_json else "\n"
    elif draft_kind:
        render = functools.partial(_as_draft, draft_kind, redact)
        separator = "\n" + "-" * 40 + "\n\n"
    elif as_csv:
        from .output import csvout

        with contextlib.suppress(AttributeError, ValueError):
            sys.stdout.reconfigure(newline="")  # type: ignore[union-attr]  # keep RFC 4180's CRLF as it is
        rows = csvout.writer(sys.stdout)
        render = _as_csv
    elif as_json:
        render, separator = _as_json, ""
    else:
        render = _as_text
    if online and render in (_as_json, _as_text):  # the offline output, then the live checks (live/output.py)
        from .live import output

        render = (functools.partial(output.as_json, resolver) if render is _as_json
                  else functools.partial(output.as_text, _as_text, resolver))
    for error, out in _results(_items(paths, limits), render, limits, jobs):
        if error is not None:
            progress.tick(failed=True)
            progress.clear()
            print(error, file=sys.stderr)
            status = EXIT_SOME_FAILED
            continue
        progress.tick()
        if stdout_shared:
            progress.clear()
        if rows is not None:
            rows.writerows(out)  # type: ignore[arg-type]
        else:
            if not first and separator:
                sys.stdout.write(separator)
            print(out)
        first = False
        sys.stdout.flush()
    progress.close()
    return status


def codes(query: list[str], as_json: bool, language: str = "en") -> int:
    """Print the catalog entries that match the query (their text in ``language``, but not in JSON)."""
    entries: list[CatalogEntry] = default_catalog().search(" ".join(query))
    if language != "en" and not as_json:
        from .lang import localizer

        local, localize = localizer(default_catalog(), language)
        entries = local.search(" ".join(query)) or [localize(e) for e in entries]  # its words, or English ones
    if not entries:
        print(f"bounce-doctor: nothing in the catalog matches {' '.join(query)!r}", file=sys.stderr)
        return EXIT_SOME_FAILED
    for e in entries:
        if as_json:
            print(json.dumps(entry_dict(e), ensure_ascii=False))
        else:
            vendor = f" ({e.vendor})" if e.vendor else ""
            print(f"{e.code}{vendor}: {e.title}")
    return EXIT_OK


def _quit_after(argv: list[str]) -> None:
    """Close the window after N ms when BOUNCE_DOCTOR_QUIT_AFTER_MS=N is set.

    Not for users: it lets `make package-test` open a built bundle's window and see it exit
    cleanly. The QApplication made here is the one ui.app.create_app() then reuses.
    """
    value = os.environ.get(QUIT_AFTER_ENV, "").strip()
    if not value:
        return
    if not value.isdigit():
        print(f"bounce-doctor: {QUIT_AFTER_ENV} must be a number of milliseconds, not {value!r}", file=sys.stderr)
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bounce-doctor", *argv])
    QTimer.singleShot(int(value), app.quit)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``bounce-doctor`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("explain", "headers", "codes", "-h", "--help"):
        if argv and argv[0].startswith("-") and argv[0] not in ("-",):
            _parser().parse_args(argv)  # exits with a usage error
        from .ui.app import run

        _quit_after(argv)
        return run(argv)
    args = _parser().parse_args(argv)
    try:
        if args.command == "explain":
            if args.draft and args.json:
                _parser().error("--draft and --json cannot be used together")
            if args.draft and args.csv:
                _parser().error("--draft and --csv cannot be used together")
            if args.online and (args.draft or args.csv):
                _parser().error("--online goes with the text or the --json output")
            if args.resolver and not args.online:
                _parser().error("--resolver needs --online")
            try:
                limits = from_env()
            except ValueError as exc:
                print(f"bounce-doctor: {exc}", file=sys.stderr)
                return EXIT_USAGE
            if args.max_size is not None:
                limits = limits.with_max_size_mb(args.max_size)
            if not (args.json or args.csv or args.draft):  # machine-readable output, and drafts, stay English
                _speak(args.lang)
            return explain(args.paths, args.json, args.draft, args.redact, as_csv=args.csv, limits=limits,
                           jobs=args.jobs or default_jobs(), online=args.online, resolver=args.resolver)
        if args.command == "headers":
            return explain(args.paths, args.json, headers=True, jobs=args.jobs or default_jobs())
        return codes(args.query, args.json, "en" if args.json else _speak(args.lang))
    except CatalogError as exc:
        print(f"bounce-doctor: the catalog is damaged: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
