"""The verdict never contradicts itself, on every input the tests have and on mutated bounces."""

from __future__ import annotations

import re

import pytest
from hypothesis import given

from bounce_doctor.engine import NotEmailError, Report, diagnose
from bounce_doctor.engine.advice import advise, english
from bounce_doctor.engine.catalog import default_catalog
from bounce_doctor.engine.errors import InputTooLargeError
from bounce_doctor.engine.verdict import for_code, reason_table, reason_who
from bounce_doctor.output.text import REASON_PHRASE, headline

from ..conftest import SAMPLES, corpus_dir
from ..every_input import reports
from .fuzzing import mutated_corpus


def contradictions(report: Report) -> list[str]:
    """Every way the answers for ``report`` disagree with one another (empty when they agree)."""
    found: list[str] = []
    advice = advise(report)
    catalog = default_catalog()
    assert report.verdict is not None
    for i, r in enumerate(report.recipients):
        v = report.verdict.for_recipient(i)
        where = f"{report.name} #{i} {r.address} ({r.reason}, {r.status or r.reply_code})"
        if v is None:
            if r.action in ("failed", "delayed") and report.kind.value in ("bounce", "delay"):
                found.append(f"{where}: a failed recipient without a verdict")
            continue
        backscatter = v.who_case == "backscatter"
        if v.who == "nobody" and not (v.retrying or backscatter):
            found.append(f"{where}: a final failure, yet nobody has to act")
        if v.permanent and v.resend in ("later", "not_needed") and not backscatter:
            found.append(f"{where}: permanent, yet resend {v.resend}")
        if v.permanent is False and not v.retrying and v.resend not in ("later", "after_fix"):
            found.append(f"{where}: temporary, yet resend {v.resend}")
        if v.retrying and (v.resend != "not_needed" or v.permanent is not False or v.hard_bounce):
            found.append(f"{where}: still retrying, yet resend {v.resend}, permanent {v.permanent}")
        if v.suggestion and v.who != "you" and not backscatter:
            found.append(f"{where}: resend after fixing the address, yet {v.who} has to act")
        if v.hard_bounce and not v.permanent:
            found.append(f"{where}: a hard bounce that is not permanent")
        if v.hard_bounce and v.resend not in ("no", "after_fix") and not backscatter:
            found.append(f"{where}: a hard bounce, yet resend {v.resend}")
        a = advice.for_recipient(i)
        if a is None or (a.who_acts, a.resend, a.steps) != (v.who, v.resend, v.steps):
            found.append(f"{where}: the advice's words are not the verdict's")
        elif v.permanent and a.resend_text and ("temporary" in (said := a.resend_text.render(english))
                                                  or said.startswith("Yes, later")):
            found.append(f"{where}: permanent, yet the resend text says {said!r}")
        line = headline(report, r)
        if v.retrying:
            if "not delivered" in line or "gave up" in line:
                found.append(f"{where}: still retrying, yet the headline says {line!r}")
        elif r.action == "failed" and r.reason in REASON_PHRASE and REASON_PHRASE[r.reason] not in line:
            found.append(f"{where}: the headline's cause is not the reason's: {line!r}")
        steps = catalog.by_key(v.steps)
        if steps is None:
            found.append(f"{where}: no steps for {v.steps}")
        elif steps.kind == "playbook":
            if steps.who_acts != v.who:
                found.append(f"{where}: the steps ({v.steps}) are written for {steps.who_acts}, not {v.who}")
            if steps.reason and steps.reason != v.reason:
                found.append(f"{where}: the steps ({v.steps}) are for {steps.reason}")
        elif steps.kind != "vendor" or steps.reason != v.reason or v.who != reason_who(v.reason):
            found.append(f"{where}: the code's steps ({v.steps}) do not fit the verdict")
    return found


def test_every_input_gets_answers_that_agree() -> None:
    all_reports = reports()
    assert len(all_reports) > 700
    answered = sum(1 for rep in all_reports for v in rep.verdict.recipients if v is not None)
    assert answered > 700
    problems = [p for rep in all_reports for p in contradictions(rep)]
    assert not problems, f"{len(problems)} contradictions:\n" + "\n".join(problems[:40])


@given(mutated_corpus())
def test_mutated_bounces_get_answers_that_agree(data: bytes) -> None:
    try:
        report = diagnose(data)
    except (NotEmailError, InputTooLargeError):
        return
    assert contradictions(report) == []


HOST_NOT_FOUND = b"""From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: alice@example.org
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@exmaple.com>: Host or domain name not found. Name service error for
    name=exmaple.com type=A: Host not found

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; bob@exmaple.com
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=exmaple.com type=A: Host not found

--B--
"""


def test_a_postfix_host_not_found_is_the_senders_to_fix_for_good() -> None:
    """The self-contradicting answer of issue 16: nobody/temporary beside "resend after fixing the address"."""
    report = diagnose(HOST_NOT_FOUND)
    v = report.verdict.for_recipient(0)
    assert (v.reason, v.permanent, v.who) == ("hostunknown", True, "you")
    assert v.resend in ("no", "after_fix")
    a = advise(report).for_recipient(0)
    assert a.who_why is not None
    assert "temporary" not in a.who_why.render(english)
    assert "nobody" not in a.who_why.render(english)
    assert "could not be reached" not in headline(report)
    assert contradictions(report) == []


def test_a_delay_warning_never_reads_as_a_final_failure() -> None:
    report = diagnose((SAMPLES / "delay-warning.eml").read_bytes())
    v = report.verdict.for_recipient(0)
    assert (v.retrying, v.who, v.resend, v.steps) == (True, "nobody", "not_needed", "playbook:delayed")
    assert "not delivered" not in headline(report)
    assert "gave up" not in headline(report)


@pytest.mark.parametrize("reason", sorted(reason_table()))
def test_every_reason_has_steps_written_for_its_actor(reason: str) -> None:
    e = default_catalog().by_key(f"playbook:reason:{reason}")
    assert e is not None, f"resources/catalog/playbook.toml has no entry reason:{reason}"
    assert (e.who_acts, e.reason) == (reason_who(reason), reason)
    assert e.steps
    assert e.admin_steps


def test_the_code_reference_decides_with_the_verdicts_table() -> None:
    assert for_code("5.1.1", "userunknown") == ("you", "no")
    assert for_code("4.2.2", "mailboxfull") == ("recipient", "later")
    assert for_code("5.4.7", "expired") == ("recipient_admin", "after_fix")
    assert for_code("550", "") is None


_MTA_LINE = re.compile(r"\s*(?:Remote|Reporting)-MTA\s*:", re.I)
_RETRY_WORDS = re.compile(r"will-retry-until|warning|delay|still trying|retry", re.I)


def evidence_problems(report: Report) -> list[str]:
    """Every "show why" line of ``report`` that does not hold the server's words that decided."""
    found = []
    for v in report.verdict.recipients if report.verdict else ():
        if v is None:
            continue
        r = report.recipients[v.index]
        codes = [c for c in (r.status, r.reply_code) if c]
        diag = (r.diagnostic or "").lower()
        for what, span in (("who", v.who_evidence), ("resend", v.resend_evidence)):
            if span is None:
                continue
            line = report.text[span.start : span.end]
            where = f"{report.name} #{v.index} {what} ({v.who_case}/{v.resend_case}): {line[:80]!r}"
            if _MTA_LINE.match(line):
                found.append(f"{where}: only names a server")
            words = [w for w in re.findall(r"\w{4,}", line.lower()) if w in diag] or (diag and diag.strip() in line.lower())
            if not (any(c in line for c in codes) or words or (v.retrying and _RETRY_WORDS.search(line))):
                found.append(f"{where}: holds neither the code nor the server's words ({codes}, {diag[:60]!r})")
    return found


def test_show_why_is_the_line_of_the_servers_words_on_every_sample() -> None:
    reports_ = [diagnose(p.read_bytes(), p.name) for p in sorted(SAMPLES.glob("*.eml"))]
    answered = [v for rep in reports_ for v in (rep.verdict.recipients if rep.verdict else ()) if v is not None]
    assert len(answered) >= 15
    problems = [p for rep in reports_ for p in evidence_problems(rep)]
    assert not problems, "\n".join(problems)


def test_show_why_is_the_line_of_the_servers_words_on_the_corpus() -> None:
    files = sorted(p for p in corpus_dir("sisimai", "bounces").iterdir() if p.is_file())[::6]
    assert len(files) > 50
    problems = []
    for path in files:
        try:
            problems += evidence_problems(diagnose(path.read_bytes(), path.name))
        except (NotEmailError, InputTooLargeError):
            continue
    assert not problems, f"{len(problems)}:\n" + "\n".join(problems[:30])


EXIM_PREFACE = b"""From: Mail Delivery System <Mailer-Daemon@out.example.com>
To: ann@example.com
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: text/plain

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kim@example.net
    host mx.example.net [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<kim@example.net>:
    552 5.2.2 <kim@example.net>: Mailbox full: over its storage limit
"""


def test_show_why_skips_the_line_that_only_names_the_host() -> None:
    """Exim's reply starts with the host that gave it: the evidence is the reply's own line."""
    report = diagnose(EXIM_PREFACE)
    v = report.verdict.for_recipient(0)
    assert v is not None
    assert v.who_evidence is not None
    line = report.text[v.who_evidence.start : v.who_evidence.end]
    assert "Mailbox full" in line
    assert "5.2.2" in line
    assert evidence_problems(report) == []


@pytest.mark.parametrize("code", ["2.X.X", "2xx", "250", "2.1.5", "2.3.0"])
def test_the_code_reference_needs_nothing_for_a_success(code: str) -> None:
    # whatever reason a code's entry names, a success was delivered: nobody acts, nothing is resent
    assert for_code(code, "") == ("nobody", "delivered")
    assert for_code(code, "systemerror") == ("nobody", "delivered")


def test_the_code_reference_waits_for_a_temporary_code_without_a_reason() -> None:
    assert for_code("4.X.X", "") == ("nobody", "not_needed")  # the server keeps trying
    assert for_code("4xx", "") == ("nobody", "not_needed")
    assert for_code("5.X.X", "") is None  # a failure: it depends on the reason
    assert for_code("5xx", "") is None
    assert for_code("3xx", "") is None  # not a failure at all: the server waits for more
