"""The live checks in the command line's outputs: the JSON key and the text section."""

from __future__ import annotations

import json

from ..engine.diagnose import Examination
from . import LiveResult, run, to_json

MARK = {"ok": "ok", "problem": "PROBLEM", "unknown": "unknown"}


def checked(exam: Examination, resolver: str | None) -> LiveResult:
    return run(exam.report, resolver=resolver, headers=exam.headers())


def text_section(result: LiveResult) -> str:
    """The "Checked live at HH:MM" section, printed after the offline diagnosis."""
    lines = [f"Checked live at {result.checked_at:%H:%M}"]
    if result.network_error:
        lines.append(f"  {result.network_error}")
    if not result.checks and not result.network_error:
        lines.append("  Nothing in this message can be checked live.")
    for c in result.checks:
        lines.append(f"  [{MARK.get(c.status, c.status)}] {c.meaning}")
        lines.append(f"      {c.kind} {c.name}: {c.answer}")
    return "\n".join(lines)


def as_text(render, resolver: str | None, item, exam: Examination) -> str:
    return f"{render(item, exam)}\n\n{text_section(checked(exam, resolver))}"


def as_json(resolver: str | None, item, exam: Examination) -> str:
    from ..output.text import report_dict

    result = checked(exam, resolver)
    d = report_dict(exam.report)
    d["live_checks"] = to_json(result)
    d["live_checked_at"] = result.checked_at.isoformat(timespec="seconds")
    d["live_network_error"] = result.network_error
    return json.dumps(d, ensure_ascii=False)
