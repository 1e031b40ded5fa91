"""Write every answer the command line gives for the corpus, to compare before and after a change.

    python tools/golden.py write OUTDIR       # the corpus beside the checkout, and the samples
    diff -r BEFORE AFTER                      # nothing printed: every answer is byte-identical

For each folder it writes the text answer in English and Russian, the JSON,
the CSV, the headers in text and JSON, each draft, and the snapshot of
display text, spans and notes (tools/corpus_snapshot.py). It runs the CLI
in this process, one message after another, so the files are in input order.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "gui"))
sys.path.insert(0, str(ROOT / "tools"))

import corpus_snapshot  # noqa: E402

from bounce_doctor import cli  # noqa: E402
from bounce_doctor.engine.drafts import KINDS  # noqa: E402

FOLDERS = {
    "sisimai": ROOT.parent / "shared" / "corpus" / "sisimai",
    "msg": ROOT.parent / "shared" / "corpus" / "msg",
    "i18n": ROOT.parent / "shared" / "corpus" / "i18n",
    "more": ROOT.parent / "shared" / "corpus" / "more",
    "samples": ROOT / "resources" / "samples",
}


def _run(argv: list[str]) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    return f"{out.getvalue()}\n--- stderr ---\n{err.getvalue()}\n--- exit {code} ---\n"


def write(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for name, folder in FOLDERS.items():
        if not folder.is_dir():
            print(f"skipped {name}: {folder} is missing", file=sys.stderr)
            continue
        path = str(folder)
        runs = {
            "text-en": ["explain", path, "--jobs", "1", "--lang", "en"],
            "text-ru": ["explain", path, "--jobs", "1", "--lang", "ru"],
            "json": ["explain", path, "--jobs", "1", "--json"],
            "csv": ["explain", path, "--jobs", "1", "--csv"],
            "headers": ["headers", path, "--jobs", "1"],
            "headers-json": ["headers", path, "--jobs", "1", "--json"],
        }
        for kind in KINDS:
            runs[f"draft-{kind}"] = ["explain", path, "--jobs", "1", "--draft", kind, "--lang", "en"]
        for label, argv in runs.items():
            (outdir / f"{name}.{label}.txt").write_text(_run(argv), encoding="utf-8", errors="surrogatepass")
        snap = "".join(
            json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in corpus_snapshot.snapshot(folder)
        )
        (outdir / f"{name}.snapshot.jsonl").write_text(snap, encoding="utf-8", errors="surrogatepass")
        print(f"wrote {name}", file=sys.stderr)


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "write":
        write(Path(argv[1]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
