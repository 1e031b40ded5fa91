"""How the engine does on what it was not tuned on (``make accuracy`` prints both parts).

Leave one family out: a family of the shared corpus (``lhost-postfix``, ``rfc3464`` ...) is scored
by rules built without its own examples. A rule whose pattern matches the server replies of that
family's files and of no other file in any corpus (the other families, the Outlook files, the
localised bounces, ``more/``) is a suspect: only that family's samples justify it in the data.
Two scores:

- strict: every suspect is switched off, whatever its source;
- sourced: the suspects whose wording was not found in a primary text (``weak = true``) are
  switched off; a suspect taken from the MTA's own package or the provider's documentation was
  built from that source, not from the family's samples, and stays on.

The readers of each MTA's format stay on (they read structure, not wording).

The second development set, ``../shared/corpus/more``: messages read, bounce or not, recipients
found, the reasons read, and the assertions its sources' own tests make (manifest.json).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bounce_doctor.engine import NotEmailError, diagnose, rules
from bounce_doctor.engine.inputs import read_path

from .accuracy import SISIMAI, Tally, evaluate, family

CORPUS = SISIMAI.parent
MORE = CORPUS / "more"


def _texts(report: object) -> list[str]:
    return [rules.fold(r.diagnostic) for r in report.recipients if r.diagnostic]  # type: ignore[attr-defined]


def rule_owners(ruleset: rules.RuleSet) -> dict[str, set[str]]:
    """For every rule that matches a server reply in any corpus: the families whose files it matches
    (a shared-corpus family name, or "other:<folder>" outside the sisimai set)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for item in read_path(CORPUS):
        if item.data is None or item.name.endswith((".json", ".md")):
            continue
        path = Path(item.name.split("#")[0])
        fam = family(path.name) if path.parent.name == "bounces" else f"other:{path.parent.name}"
        try:
            report = diagnose(item.data, item.name)
        except NotEmailError:
            continue
        for text in _texts(report):
            for rule in ruleset.matching(text):
                owners[rule.id].add(fam)
    return owners


@dataclass
class LeaveOut:
    families: dict[str, Tally] = field(default_factory=dict)  # each family scored without its suspects
    suspects: dict[str, list[str]] = field(default_factory=dict)  # family -> rule ids only it justifies
    total: Tally = field(default_factory=Tally)

    def pct(self) -> float:
        return 100.0 * self.total.reason_ok / self.total.rows if self.total.rows else 100.0


def leave_one_family_out(strict: bool = False) -> LeaveOut:
    base = rules.active()
    weak = {r.id for r in base.rules if r.weak}
    owners = rule_owners(base)
    out = LeaveOut()
    for rid, fams in sorted(owners.items()):
        if len(fams) == 1:
            (fam,) = fams
            if not fam.startswith("other:"):
                out.suspects.setdefault(fam, []).append(rid)
    full = evaluate()
    for fam, tally in full.families.items():
        ids = [i for i in out.suspects.get(fam, ()) if strict or i in weak]
        if ids:
            with rules.using(base.without(ids)):
                tally = evaluate(only=lambda name, fam=fam: family(name) == fam).families[fam]
        out.families[fam] = tally
        out.total.add(tally)
    return out


@dataclass
class MoreReport:
    messages: Counter[str] = field(default_factory=Counter)  # per source folder
    kinds: Counter[str] = field(default_factory=Counter)
    recipients: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    asserted: int = 0
    agreed: int = 0
    mismatches: list[str] = field(default_factory=list)
    autoreplies: list[str] = field(default_factory=list)  # messages read as auto-replies


def more_report() -> MoreReport:
    res = MoreReport()
    manifest = json.loads((MORE / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest:
        reports = []
        for item in read_path(MORE / entry["file"]):
            if item.data is None:
                continue
            res.messages[entry["file"].split("/")[0]] += 1
            try:
                report = diagnose(item.data, item.name)
            except NotEmailError:
                res.kinds["not email"] += 1
                continue
            reports.append(report)
            res.kinds[report.kind.value] += 1
            if report.kind.value == "autoreply":
                res.autoreplies.append(item.name.removeprefix(str(MORE) + "/"))
            for r in report.failed:
                res.recipients += 1
                res.reasons[r.reason] += 1
        failed = [r for rep in reports for r in rep.failed]
        checks = []
        exp = entry["expected"]
        if exp.get("is_bounce") is not None:
            checks.append(("is_bounce", exp["is_bounce"], any(rep.kind.value in ("bounce", "delay") for rep in reports)))
        if exp.get("recipients"):
            checks.append(("recipients", sorted(a.lower() for a in exp["recipients"]),
                           sorted({r.address.lower() for r in failed})))
        if exp.get("status"):
            checks.append(("status", exp["status"], exp["status"] if exp["status"] in [r.status for r in failed]
                           else [r.status for r in failed]))
        if exp.get("replycode"):
            checks.append(("replycode", exp["replycode"], exp["replycode"] if exp["replycode"] in
                           [r.reply_code for r in failed] else [r.reply_code for r in failed]))
        if exp.get("permanent") is not None:
            checks.append(("permanent", exp["permanent"], any(r.permanent for r in failed) if failed else None))
        for what, theirs, ours in checks:
            res.asserted += 1
            if theirs == ours:
                res.agreed += 1
            else:
                res.mismatches.append(f"{entry['file']} {what}: ours {ours} / asserted {theirs}")
    return res


def print_report() -> None:
    lofo = leave_one_family_out()
    strict = leave_one_family_out(strict=True)
    weak = {r.id for r in rules.active().rules if r.weak}
    print("\nleave one family out: each family's reasons with the rules only its own files justify off")
    print("(sourced: the weak ones off; strict: all of them off; suspects marked * are weak)")
    print(f"{'family':<24} {'full':^7} {'sourced':^7} {'strict':^7} suspects")
    full = evaluate()
    for fam in sorted(lofo.families):
        t, st, fu = lofo.families[fam], strict.families[fam], full.families[fam]
        sus = " ".join(i + ("*" if i in weak else "") for i in lofo.suspects.get(fam, []))
        print(f"{fam:<24} {fu.reason_ok:>3}/{fu.rows:<3} {t.reason_ok:>3}/{t.rows:<3} {st.reason_ok:>3}/{st.rows:<3} {sus}")
    print(f"leave-one-family-out reason: sourced {lofo.pct():.2f}% ({lofo.total.reason_ok}/{lofo.total.rows}), "
          f"strict {strict.pct():.2f}% ({strict.total.reason_ok}/{strict.total.rows}); "
          f"{sum(len(v) for v in lofo.suspects.values())} suspect rules, "
          f"{sum(1 for v in lofo.suspects.values() for i in v if i in weak)} of them weak")
    if not MORE.is_dir():
        return
    m = more_report()
    print(f"\n{MORE.name}/: {sum(m.messages.values())} messages ({', '.join(f'{k} {v}' for k, v in sorted(m.messages.items()))})")
    print("  read as: " + ", ".join(f"{k} {v}" for k, v in m.kinds.most_common()))
    print(f"  failed or delayed recipients: {m.recipients}; reasons: "
          + ", ".join(f"{k} {v}" for k, v in m.reasons.most_common()))
    print(f"  the sources' own assertions: {m.agreed}/{m.asserted} agree")
    for x in m.mismatches:
        print(f"    {x}")
    print("  read as auto-replies: " + (" ".join(m.autoreplies) or "none"))
