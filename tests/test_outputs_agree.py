"""Every output gives the verdict's answer: the CLI's text, JSON and CSV, the exports, the batch
rows and the window's panel agree on the reason, who acts and resend for every corpus recipient."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bounce_doctor.engine.advice import advise, english
from bounce_doctor.output import csvout
from bounce_doctor.output.batch import MessageRef, rows_for
from bounce_doctor.output.exports import blocks
from bounce_doctor.output.text import WHO_LABEL, report_dict, report_text
from bounce_doctor.ui.diagnosis_panel import DiagnosisPanel
from bounce_doctor.ui.theme import color

from .every_input import reports

pytestmark = pytest.mark.gui


def test_every_output_says_what_the_verdict_says(qtbot: QtBot) -> None:
    panel = DiagnosisPanel()
    qtbot.addWidget(panel)
    checked = 0
    problems: list[str] = []
    for report in reports():
        advice = advise(report)
        verdicts = [(i, v) for i, v in enumerate(report.verdict.recipients) if v is not None]
        if not verdicts:
            continue
        js = report_dict(report, advice)["recipients"]
        failed = [i for i, r in enumerate(report.recipients) if r.action == "failed"]
        csv_rows = dict(zip(failed, csvout.rows(report), strict=True))  # one row per failed recipient, in order
        batch = {row.recipient: row for row in rows_for(report, report.name or "", MessageRef(report.name or ""))}
        text = report_text(report, advice)
        exported = {f for b in blocks(report, advice) if b.kind == "fields" for f in b.fields}
        panel.set_report(report, lambda role: color(role, False), advice)
        shown = panel.toPlainText()
        for i, v in verdicts:
            r = report.recipients[i]
            a = advice.for_recipient(i)
            where = f"{report.name} #{i} {r.address}"
            checked += 1
            if (js[i]["reason"], js[i]["who_acts"], js[i]["resend"], js[i]["permanent"]) != (
                    v.reason, v.who, v.resend, v.permanent):
                problems.append(f"{where}: JSON {js[i]['who_acts']}/{js[i]['resend']} vs {v.who}/{v.resend}")
            if r.action == "failed":
                row = csv_rows.get(i)
                if row is None or (row["reason"], row["who_acts"]) != (v.reason, v.who):
                    problems.append(f"{where}: CSV {row and row['who_acts']} vs {v.who}")
            b = batch.get(r.address)
            if b is None or (b.reason, b.who_acts, b.permanent) != (v.reason, v.who, v.permanent):
                problems.append(f"{where}: batch row {b and b.who_acts} vs {v.who}")
            who = WHO_LABEL[v.who]
            who_why, resend_text = a.who_why.render(english), a.resend_text.render(english)
            if f"Who has to act: {who}. {who_why}" not in text or f"Resend: {resend_text}" not in text:
                problems.append(f"{where}: the CLI's text does not say {who} / {resend_text}")
            if ("Who has to act", f"{who}. {who_why}") not in exported or (
                    ("Resend", resend_text)) not in exported:
                problems.append(f"{where}: the export does not say {who} / {resend_text}")
            head, _, _ = resend_text.partition(": ")
            if (who[:1].upper() + who[1:]) not in shown or who_why not in shown or head not in shown:
                problems.append(f"{where}: the panel does not say {who} / {resend_text}")
    assert checked > 700
    assert not problems, f"{len(problems)} disagreements:\n" + "\n".join(problems[:30])


def test_no_output_reads_who_acts_or_resend_from_the_catalog() -> None:
    """The catalog's code entries carry neither; only the playbook (written for one verdict) names an actor."""
    from bounce_doctor.engine.catalog import default_catalog

    for e in default_catalog().entries:
        assert (e.kind == "playbook") == bool(e.who_acts), e.key
