"""Compare the engine with sisimai's answers on the shared corpus.

``make accuracy`` (or ``python -m tests.accuracy``) prints one row per family
(the file name's prefix, e.g. ``lhost-postfix``), a total, and every
disagreement with the file and both answers. ``tests/engine/test_accuracy.py``
uses :func:`evaluate` to hold floors under the figures reached.

Recipients are compared by position: our n-th failed recipient with sisimai's
n-th (expected.json has no addresses). Status is compared only where sisimai's
status is real (not one it made up); reply codes and reasons everywhere.
Sisimai renamed reasons in v5.6: speeding and toomanyconn became ratelimited,
mesgtoobig and exceedlimit became emailtoolarge; the engine uses the new names.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bounce_doctor.engine import diagnose

ROOT = Path(__file__).resolve().parent.parent
SISIMAI = ROOT.parent / "shared" / "corpus" / "sisimai"

MERGED = {"speeding": "ratelimited", "toomanyconn": "ratelimited", "mesgtoobig": "emailtoolarge",
          "exceedlimit": "emailtoolarge"}


def norm_reason(reason: str | None) -> str:
    """A reason in v5.6 names."""
    r = (reason or "").lower()
    return MERGED.get(r, r)


def family(file: str) -> str:
    """``lhost-postfix-03.eml`` gives ``lhost-postfix``."""
    return re.sub(r"-\d+\.eml$", "", file)


@dataclass
class Tally:
    """Counts for one family or the total."""

    files: int = 0
    rows: int = 0
    found: int = 0
    status_n: int = 0
    status_ok: int = 0
    reply_n: int = 0
    reply_ok: int = 0
    reason_ok: int = 0
    hard_ok: int = 0

    def add(self, other: Tally) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class Result:
    """Everything :func:`evaluate` found."""

    families: dict[str, Tally] = field(default_factory=dict)
    total: Tally = field(default_factory=Tally)
    disagreements: list[tuple[str, int, str, str, str]] = field(default_factory=list)  # file, index, what, ours, theirs
    missing: list[str] = field(default_factory=list)  # files where sisimai finds a recipient and we none
    timings: list[float] = field(default_factory=list)

    def pct(self, what: str) -> float:
        t = self.total
        num, den = {
            "found": (t.found, t.rows),
            "status": (t.status_ok, t.status_n),
            "reply": (t.reply_ok, t.reply_n),
            "reason": (t.reason_ok, t.rows),
            "hard": (t.hard_ok, t.rows),
        }[what]
        return 100.0 * num / den if den else 100.0


def _ours(report: object) -> list[object]:
    recs = list(report.recipients)  # type: ignore[attr-defined]
    kind = str(report.kind)  # type: ignore[attr-defined]
    if kind in ("autoreply", "complaint"):
        return recs
    failed = [r for r in recs if r.action in ("failed", "delayed")]
    return failed or recs


def evaluate(corpus: Path = SISIMAI, only: Callable[[str], bool] | None = None) -> Result:
    """Run the engine over ``corpus/bounces`` (the files ``only`` keeps) and compare with ``expected.json``."""
    expected = json.loads((corpus / "expected.json").read_text())
    by_file: dict[str, list[dict]] = defaultdict(list)
    for row in expected:
        by_file[row["file"]].append(row)
    res = Result()
    fams: dict[str, Tally] = defaultdict(Tally)
    for path in sorted((corpus / "bounces").glob("*.eml")):
        if only is not None and not only(path.name):
            continue
        data = path.read_bytes()
        t0 = time.perf_counter()
        report = diagnose(data, path.name)
        res.timings.append(time.perf_counter() - t0)
        rows = sorted(by_file.get(path.name, []), key=lambda r: r["index"])
        tally = fams[family(path.name)]
        tally.files += 1
        ours = _ours(report)
        if rows and not ours:
            res.missing.append(path.name)
        for row in rows:
            tally.rows += 1
            i = row["index"]
            rec = ours[i] if i < len(ours) else None
            if rec is None:
                res.disagreements.append((path.name, i, "recipient", "-", "found"))
                continue
            tally.found += 1
            if row["status"] and not row["status_is_sisimai_internal"]:
                tally.status_n += 1
                if rec.status == row["status"]:
                    tally.status_ok += 1
                else:
                    res.disagreements.append((path.name, i, "status", str(rec.status), row["status"]))
            tally.reply_n += 1
            if (rec.reply_code or "") == row["replycode"]:
                tally.reply_ok += 1
            else:
                res.disagreements.append((path.name, i, "reply", str(rec.reply_code), row["replycode"] or "-"))
            theirs = norm_reason(row.get("reason_v56") or row["reason"])
            if norm_reason(rec.reason) == theirs:
                tally.reason_ok += 1
            else:
                res.disagreements.append((path.name, i, "reason", rec.reason, theirs))
            if bool(rec.hard_bounce) == bool(row["hardbounce"]):
                tally.hard_ok += 1
            else:
                res.disagreements.append((path.name, i, "hard", str(rec.hard_bounce), str(row["hardbounce"])))
    res.families = dict(fams)
    for t in fams.values():
        res.total.add(t)
    return res


def _row(name: str, t: Tally) -> str:
    def p(a: int, b: int) -> str:
        return f"{a:>3}/{b:<3}" if b else "   -   "

    return (f"{name:<24} {t.files:>5} {p(t.found, t.rows)} {p(t.status_ok, t.status_n)} "
            f"{p(t.reply_ok, t.reply_n)} {p(t.reason_ok, t.rows)} {p(t.hard_ok, t.rows)}")


def main(argv: list[str] | None = None) -> int:
    if not (SISIMAI / "expected.json").is_file():
        print(f"the shared corpus is not at {SISIMAI}", file=sys.stderr)
        return 2
    res = evaluate()
    print(f"{'family':<24} {'files':>5} {'found':^7} {'status':^7} {'reply':^7} {'reason':^7} {'hard':^7}")
    for name in sorted(res.families):
        print(_row(name, res.families[name]))
    print(_row("TOTAL", res.total))
    print(f"found {res.pct('found'):.1f}%  status {res.pct('status'):.1f}%  reply {res.pct('reply'):.1f}%  "
          f"reason {res.pct('reason'):.1f}%  hard {res.pct('hard'):.1f}%")
    ts = sorted(res.timings)
    print(f"time: total {sum(ts) * 1000:.0f} ms, p99 {ts[int(len(ts) * 0.99)] * 1000:.1f} ms, max {ts[-1] * 1000:.1f} ms")
    if res.missing:
        print("\nno recipient where sisimai finds one:", " ".join(res.missing))
    if res.disagreements:
        print("\ndisagreements (file, index, what: ours / sisimai):")
        for f, i, what, ours, theirs in res.disagreements:
            print(f"  {f} #{i} {what}: {ours} / {theirs}")
    from .generalisation import print_report

    print_report()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
