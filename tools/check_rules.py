"""Validate wording rules: `python tools/check_rules.py [FILE ...]` (default: all of resources/rules).

Lists every problem of every rule at once (the engine's loader stops at the first). That the
engine decides each reason rule's own reason on its examples is checked by tests/engine/test_rules.py.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "gui"))

from bounce_doctor.engine import rules  # noqa: E402
from bounce_doctor.engine.reasons import REASONS  # noqa: E402


def main(argv: list[str]) -> int:
    folder = ROOT / "resources" / "rules"
    paths = [Path(a).resolve() for a in argv] or rules.rule_files(folder)
    every = rules.rule_files(folder)
    providers = frozenset(p.get("name") for f in every for p in tomllib.loads(f.read_text()).get("provider", ()))
    problems = 0
    count = 0
    seen: dict[str, str] = {}
    for f in every:
        for raw in tomllib.loads(f.read_text()).get("rule", ()):
            rid, name = raw.get("id"), f.relative_to(folder).as_posix()
            if rid in seen:
                print(f"{name}: rule id {rid!r} is used in {seen[rid]} too")
                problems += 1
            seen.setdefault(rid, name)
    for path in paths:
        name = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            print(f"{name}: {exc}")
            problems += 1
            continue
        for raw in data.get("rule", ()):
            count += 1
            try:
                rules._rule(raw, name, frozenset(REASONS), providers)
            except rules.RuleError as exc:
                print(exc)
                problems += 1
    print(f"{count} rules checked, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
