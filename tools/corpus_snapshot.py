"""Snapshot the engine's answers over a folder, or compare two snapshots.

    python tools/corpus_snapshot.py write ../shared/corpus/sisimai > before.jsonl
    python tools/corpus_snapshot.py compare before.jsonl after.jsonl

A snapshot line holds the CLI's JSON for one message plus a digest of the
display text, the spans and the notes, so a change in any of them shows up.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from bounce_doctor.engine import BounceDoctorError, diagnose
from bounce_doctor.engine.inputs import read_path
from bounce_doctor.output.text import report_dict


def snapshot(folder: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for item in read_path(folder):
        if item.error is not None or item.data is None:
            out.append({"file": item.name, "error": item.error})
            continue
        try:
            r = diagnose(item.data, item.name)
        except BounceDoctorError as exc:
            out.append({"file": item.name, "error": str(exc)})
            continue
        spans = [(s.start, s.end, s.kind.value, s.recipient, s.value) for s in r.spans]
        digest = hashlib.sha256(json.dumps([r.text, spans, list(r.notes)]).encode("utf-8", "surrogatepass"))
        out.append({"report": report_dict(r), "text_spans_notes": digest.hexdigest()})
    return out


def compare(before: Path, after: Path) -> int:
    a = [json.loads(x) for x in before.read_text(encoding="utf-8").splitlines()]
    b = [json.loads(x) for x in after.read_text(encoding="utf-8").splitlines()]
    changed = 0
    if len(a) != len(b):
        print(f"{len(a)} messages before, {len(b)} after")
        changed += 1
    for x, y in zip(a, b, strict=False):
        if x != y:
            changed += 1
            name = x.get("file") or x.get("report", {}).get("file")
            print(f"changed: {name}")
    print(f"{len(a)} messages compared, {changed} changed")
    return 1 if changed else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "write":
        for line in snapshot(Path(argv[1])):
            print(json.dumps(line, ensure_ascii=False, sort_keys=True))
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
