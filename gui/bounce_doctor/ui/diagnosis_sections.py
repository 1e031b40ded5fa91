"""The diagnosis panel's HTML, without the widget: the answers first (who acts, resend, a mistyped address,
warnings), then the meaning, the steps and the helpdesk details; and the ready-to-send texts and the
evidence lines a report offers.

The panel's words keep their translation context "DiagnosisPanel" (they were its ``self.tr``).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..engine import CatalogEntry, MessageKind, RecipientResult, Report, Span, SpanKind
from ..engine.advice import Advice
from ..engine.model import Phrase
from ..output.text import KIND_LABEL, REASON_PHRASE, WHO_LABEL, best_entry, date_text, headline, say, steps_entry
from ..output.text import label as table_label
from .engine_text import sentence_text
from .i18n import untranslated_note
from .theme import Role

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("DiagnosisPanel", "...")


_BADGE_ROLE = {
    MessageKind.BOUNCE: Role.BADGE_FAILED,
    MessageKind.DELAY: Role.BADGE_DELAYED,
    MessageKind.DELIVERED: Role.BADGE_OK,
    MessageKind.AUTOREPLY: Role.BADGE_INFO,
    MessageKind.COMPLAINT: Role.BADGE_DELAYED,
    MessageKind.NOT_BOUNCE: Role.BADGE_INFO,
}
_NO_RECIPIENTS = (MessageKind.AUTOREPLY, MessageKind.COMPLAINT, MessageKind.NOT_BOUNCE)
_ANSWERED = (MessageKind.BOUNCE, MessageKind.DELAY)  # only these get who-acts and resend answers
DRAFT_KINDS = ("recipient", "provider", "delisting")


def draft_kinds(report: Report | None, advice: Advice | None, recipient: int = -1) -> tuple[str, ...]:
    """The ready-to-send texts worth offering for one recipient (-1: the message as a whole).

    None for a message without a failed or delayed recipient; a delisting request only when the
    advice names a blocklist; nothing to write for a message you most likely did not send.
    """
    if report is None or advice is None or report.kind not in _ANSWERED:
        return ()
    if advice.backscatter:
        return ()
    indexes = range(len(report.recipients)) if recipient < 0 else (recipient,)
    failed = [i for i in indexes if 0 <= i < len(report.recipients)
              and report.recipients[i].action in ("failed", "delayed")]
    if not failed and not advice.account_misuse:
        return ()
    kinds = ["recipient"] if failed else []
    kinds.append("provider")
    if any((a := advice.for_recipient(i)) is not None and (a.blocklist or a.who_acts == "blocklist") for i in failed):
        kinds.append("delisting")
    return tuple(kinds)


def evidence_spans(advice: Advice | None) -> list[Span]:
    """The lines of the bounce that decided the answers (highlighted in the bounce)."""
    if advice is None:
        return []
    spans = []
    for a in advice.recipients:
        spans.extend(s for s in (a.who_evidence, a.resend_evidence) if s is not None)
    if advice.account_misuse and advice.misuse_evidence is not None:
        spans.append(advice.misuse_evidence)
    return [s if s.kind == SpanKind.EVIDENCE else Span(s.start, s.end, SpanKind.EVIDENCE, s.recipient, s.value)
            for s in spans]


def _t(text: str) -> str:
    """Labels shared with the command line, translated at display time."""
    return QCoreApplication.translate("bounce_doctor.text", text)


class DiagnosisHtml:
    """The HTML of one report's diagnosis, with what the panel shows it with: the advice, the colours,
    the recipients whose helpdesk details are open (-1: the message) and the sentence from the headers."""

    def __init__(
        self,
        advice: Advice | None,
        colors: Callable[[Role], QColor],
        open_details: set[int],
        auth_sentence: tuple[Phrase, int, int] | None,
    ) -> None:
        self.advice = advice
        self.colors = colors
        self.open = open_details
        self.auth_sentence = auth_sentence

    def _auth_html(self) -> str:
        if self.auth_sentence is None:
            return ""
        phrase, start, end = self.auth_sentence
        text = sentence_text(phrase) or ""  # in the window's language, said again on a language change
        show = translate("DiagnosisPanel", "show in the bounce")
        link = f' <a href="find:{start}-{end}">{escape(show)}</a>' if start >= 0 else ""
        heading = translate("DiagnosisPanel", "In the headers:")  # outside the f-string, where pyside6-lupdate finds it
        return f"<p><b>{escape(heading)}</b> {escape(text)}{link}</p>"

    def html(self, report: Report, title: str) -> str:
        """The whole diagnosis, under its headline ``title`` (the panel words it: its plurals are its ``tr``)."""
        colors = self.colors
        role = _BADGE_ROLE[report.kind]
        parts = [
            f'<table cellpadding="5" cellspacing="0"><tr><td style="background-color: {colors(role).name()}; '
            f'color: {colors(Role.BADGE_TEXT).name()}; font-weight: 700;">&nbsp;{escape(_t(KIND_LABEL[report.kind]))}'
            "&nbsp;</td></tr></table>",
            self._warnings(report, colors),
            f'<p style="font-size: large; font-weight: 600; margin-top: 8px; margin-bottom: 8px;">{escape(title)}</p>',
        ]
        parts.append(self._auth_html())
        if report.notes:
            parts.append(self._notes(report, colors))
        if report.kind in _NO_RECIPIENTS or not report.recipients:
            parts.append(self._message_summary(report))
        elif len(report.failed) > 1:
            parts.append(
                "<p>"
                + escape(translate("DiagnosisPanel", "First the answers for each recipient, then what each code means."))
                + "</p>"
            )
            failed = [(i, r) for i, r in enumerate(report.recipients) if r.action in ("failed", "delayed")]
            for i, r in failed:  # the answers of every recipient before any technical detail
                addr = self._finding(report, (SpanKind.RECIPIENT,), i, r.address)
                number = escape(translate("DiagnosisPanel", "Recipient %1:").replace("%1", str(i + 1)))
                parts.append(f"<h3>{number} {addr}</h3>")
                parts.append(f"<p>{escape(headline(report, r))}</p>")
                parts.append(self._answers(report, i, r))
            for i, r in failed:
                parts.append(self._recipient(report, i, r, heading=True))
        else:
            r = report.failed[0] if report.failed else report.recipients[0]
            parts.append(self._recipient(report, report.recipients.index(r), r, heading=False))
        return "".join(parts)

    def _notes(self, report: Report, colors: Callable[[Role], QColor]) -> str:
        """A small notice: limits reached inside the message, so part of it was not read."""
        notes = "<br>".join(escape(n) for n in report.notes)
        title = escape(translate("DiagnosisPanel", "Part of this message was not read."))
        return (
            f'<table class="notice" width="100%" cellpadding="8" cellspacing="0" '
            f'bgcolor="{colors(Role.ALT_BASE).name()}" style="margin-bottom: 6px;">'
            f'<tr><td style="font-size: small;"><b>{title}</b><br>{notes}</td></tr></table>'
        )

    def _finding(self, report: Report, kinds: tuple[SpanKind, ...], recipient: int, text: str) -> str:
        """Text linked to its first span of the given kinds, or plain text when there is none."""
        for s in report.spans:
            if s.kind in kinds and s.recipient == recipient:
                return f'<a href="find:{s.start}-{s.end}">{escape(text)}</a>'
        for s in report.spans:  # a code shown for the whole message
            if s.kind in kinds and s.recipient == -1 and s.value == text:
                return f'<a href="find:{s.start}-{s.end}">{escape(text)}</a>'
        return escape(text)

    def _recipient(self, report: Report, i: int, r: RecipientResult, *, heading: bool) -> str:
        parts = []
        if heading:  # the answers are above, with the others'
            title = translate("DiagnosisPanel", "Recipient %1 in detail: %2")
            title = title.replace("%1", str(i + 1)).replace("%2", r.address)
            parts.append(f"<h3>{escape(title)}</h3>")
        else:
            parts.append(self._answers(report, i, r))
        e = best_entry(r)
        rows = []
        if not heading:
            rows.append((translate("DiagnosisPanel", "Recipient"),
                         self._finding(report, (SpanKind.RECIPIENT,), i, r.address)))
        if r.original_address and r.original_address != r.address:
            rows.append((translate("DiagnosisPanel", "Typed as"), escape(r.original_address)))
        codes = []
        for code, kind in ((r.status, SpanKind.STATUS_CODE), (r.reply_code, SpanKind.REPLY_CODE)):
            if code:
                codes.append(self._finding(report, (kind,), i, code))
        if codes:
            inferred_text = translate("DiagnosisPanel", "(inferred: the bounce gives no code)")
            inferred = f' <span class="muted">{escape(inferred_text)}</span>'
            rows.append((translate("DiagnosisPanel", "Codes"), ", ".join(codes) + (inferred if r.status_inferred else "")))
        parts.append(self._table(rows))
        todo = steps_entry(self.advice.for_recipient(i) if self.advice is not None else None)
        if e is not None or todo is not None:
            parts.append(self._entry(e, todo))
        if r.explanation.note:
            parts.append(f'<p class="muted">{escape(r.explanation.note)}</p>')
        parts.append(self._details(report, i, r))
        return "".join(parts)

    def _answers(self, report: Report, i: int, r: RecipientResult) -> str:
        """Who has to act, should I resend, did you mean, and the drafts: in a box, before the detail."""
        if report.kind not in _ANSWERED or r.action not in ("failed", "delayed"):
            return ""  # a delivery receipt, an auto-reply, a complaint, an ordinary message: nothing to resend
        colors = self.colors
        assert colors is not None
        a = self.advice.for_recipient(i) if self.advice is not None else None
        rows = []
        who = a.who_acts if a is not None else None  # the engine's verdict; nothing here decides again
        if who:
            label = _t(WHO_LABEL.get(who, who))
            value = f'<span class="big">{escape(label[:1].upper() + label[1:])}</span>'
            if a is not None and a.who_acts and a.who_why:
                value += f"<br>{escape(say(a.who_why))}"
            backscatter = self.advice is not None and self.advice.backscatter
            # for backscatter the warning above is the why; the bounce's own line would mislead
            value += self._why_link(a.who_evidence if a is not None and a.who_acts and not backscatter else None)
            rows.append((translate("DiagnosisPanel", "Who has to act"), value))
        if a is not None and a.resend_text:
            head, sep, tail = say(a.resend_text).partition(": ")  # "Yes, later: once ..." -> the answer, then why
            value = f'<span class="big">{escape(head + sep.rstrip())}</span>'
            if tail:
                value += f"<br>{escape(tail[:1].upper() + tail[1:])}"
            rows.append((translate("DiagnosisPanel", "Should I resend?"), value + self._why_link(a.resend_evidence)))
        if a is not None and a.suggested_address:
            question = escape(translate("DiagnosisPanel", "Did you mean %1?"))
            question = question.replace("%1", f"<b>{escape(a.suggested_address)}</b>")
            copy = translate("DiagnosisPanel", "Copy")
            button = (f'<a href="copy:{i}" style="text-decoration: none; font-weight: 600; '
                      f'background-color: {colors(Role.HIGHLIGHT).name()}; color: {colors(Role.HIGHLIGHT_TEXT).name()};">'
                      f"&nbsp;&nbsp;{escape(copy)}&nbsp;&nbsp;</a>")
            why = f' &nbsp;<span class="muted">{escape(say(a.suggestion_why))}</span>' if a.suggestion_why else ""
            rows.append((translate("DiagnosisPanel", "Address"), f'<span class="big">{question}</span><br>{button}{why}'))
        kinds = draft_kinds(report, self.advice, i)
        if kinds:
            names = {
                "recipient": translate("DiagnosisPanel", "for the recipient"),
                "provider": translate("DiagnosisPanel", "for your IT or provider"),
                "delisting": translate("DiagnosisPanel", "a delisting request"),
            }
            links = " &nbsp;·&nbsp; ".join(f'<a href="draft:{k}:{i}">{escape(names[k])}</a>' for k in kinds)
            rows.append((translate("DiagnosisPanel", "Write a message…"), links))
        if not rows:
            return ""
        body = "".join(
            f'<tr><td class="k" style="padding-top: 4px;">{escape(k)}</td><td style="padding-top: 4px;">{v}</td></tr>'
            for k, v in rows
        )
        return (f'<table width="100%" cellspacing="0" cellpadding="8" style="margin-top: 6px; margin-bottom: 8px;" '
                f'bgcolor="{colors(Role.ANSWER_BG).name()}"><tr><td><table cellspacing="0" cellpadding="2">'
                f"{body}</table></td></tr></table>")

    def _why_link(self, span: Span | None) -> str:
        if span is None or span.end <= span.start:
            return ""
        why = translate("DiagnosisPanel", "show why")  # outside the f-string, where pyside6-lupdate finds it
        return f' &nbsp;<a href="find:{span.start}-{span.end}">{escape(why)}</a>'

    def _warnings(self, report: Report, colors: Callable[[Role], QColor]) -> str:
        """Account misuse and backscatter, above everything else, when the advice finds them."""
        advice = self.advice
        if advice is None or report.kind not in _ANSWERED:
            return ""
        if advice.account_misuse:
            title = translate("DiagnosisPanel", "Your account may be sending spam: change your password first")
            intro = translate("DiagnosisPanel", "The bounce says your provider stopped your account from sending.")
            why = self._why_link(advice.misuse_evidence)
            items = "".join(f"<li>{escape(say(s))}</li>" for s in advice.steps)
            inner = f'<p class="warn">⚠ {escape(title)}</p><p>{escape(intro)}{why}</p><ol>{items}</ol>'
        elif advice.backscatter:
            title = translate("DiagnosisPanel", "You probably did not send this: your address was forged by someone else")
            reasons = "".join(f"<li>{escape(say(w))}</li>" for w in advice.backscatter_why)
            todo = translate("DiagnosisPanel", "What to do: usually nothing.")
            items = "".join(f"<li>{escape(say(s))}</li>" for s in advice.steps)
            inner = (f'<p class="warn">⚠ {escape(title)}</p><ul>{reasons}</ul>'
                     f"<p><b>{escape(todo)}</b></p><ol>{items}</ol>")
        else:
            return ""
        return (f'<table width="100%" cellspacing="0" cellpadding="8" style="margin-top: 8px;" '
                f'bgcolor="{colors(Role.WARNING_BG).name()}"><tr><td>{inner}</td></tr></table>')

    def _entry(self, e: CatalogEntry | None, todo: CatalogEntry | None) -> str:
        """What the code means (its catalog entry), then what to do: the steps the verdict chose."""
        out = ""
        if e is not None:
            vendor = f" ({escape(e.vendor)})" if e.vendor else ""
            general_text = translate("DiagnosisPanel", "(the general meaning of the code’s class)")
            general = f' <span class="muted">{escape(general_text)}</span>'
            ref_text = translate("DiagnosisPanel", "Open in reference")
            ref = f'<a href="ref:{escape(e.key)}">{escape(ref_text)}</a>'
            means = translate("DiagnosisPanel", "What it means")
            out += (
                f"<p><b>{escape(means)}</b> &nbsp;<span class=\"muted\">{escape(e.code)}{vendor}: "
                f"{escape(e.title)}</span>{general if e.is_fallback else ''} &nbsp;{ref}</p>"
                f"<p>{escape(e.meaning)}</p>{untranslated_note(e)}"
            )
        if todo is not None:
            what_to_do = translate("DiagnosisPanel", "What to do")
            steps = "".join(f"<li>{escape(s)}</li>" for s in todo.steps)
            note = untranslated_note(todo) if todo is not e else ""
            out += f"<p><b>{escape(what_to_do)}</b></p><ol>{steps}</ol>{note}"
        return out

    def _details(self, report: Report, i: int, r: RecipientResult | None) -> str:
        is_open = i in self.open
        arrow = "▾" if is_open else "▸"
        label = (translate("DiagnosisPanel", "Hide the details for the helpdesk") if is_open
                 else translate("DiagnosisPanel", "Details for the helpdesk"))
        head = f'<p><a href="details:{i}">{arrow} {escape(label)}</a></p>'
        if not is_open:
            return head
        rows = []
        if report.reporting_mta:
            rows.append((translate("DiagnosisPanel", "Reported by"),
                         self._finding(report, (SpanKind.REPORTING_MTA,), -1, report.reporting_mta)))
        if r is not None:
            if r.remote_mta:
                rows.append((translate("DiagnosisPanel", "Refused by"),
                             self._finding(report, (SpanKind.REMOTE_MTA,), i, r.remote_mta)))
            if r.diagnostic:
                show = self._finding(report, (SpanKind.DIAGNOSTIC,), i, translate("DiagnosisPanel", "show in the bounce"))
                link = f' <span class="muted">({show})</span>' if "<a " in show else ""
                rows.append((translate("DiagnosisPanel", "Server’s reply"),
                             f'<span class="fixed">{escape(r.diagnostic)}</span>{link}'))
            if r.command:
                command = translate("DiagnosisPanel", "the SMTP %1 command").replace("%1", r.command)
                rows.append((translate("DiagnosisPanel", "Failed at"), escape(command)))
            hard = translate("DiagnosisPanel", " (a hard bounce: the address itself is bad)") if r.hard_bounce else ""
            rows.append((translate("DiagnosisPanel", "Reason"), escape(table_label(REASON_PHRASE, r.reason) + hard)))
            if r.last_attempt_date:
                rows.append((translate("DiagnosisPanel", "Last attempt"), escape(date_text(r.last_attempt_date))))
            if r.will_retry_until:
                rows.append((translate("DiagnosisPanel", "Retrying until"), escape(date_text(r.will_retry_until))))
        if report.arrival_date:
            rows.append((translate("DiagnosisPanel", "Received by the server"), escape(date_text(report.arrival_date))))
        if report.date:
            rows.append((translate("DiagnosisPanel", "Bounce sent"), escape(date_text(report.date))))
        for name in ("X-Postfix-Queue-ID", "X-Queue-ID", "X-MS-Exchange-Organization-Network-Message-Id"):
            value = header_value(report, name)
            if value:
                rows.append((translate("DiagnosisPanel", "Queue ID"), escape(value)))
                break
        if report.original is not None:
            o = report.original
            if o.message_id:
                rows.append((translate("DiagnosisPanel", "Original Message-ID"), escape(o.message_id)))
            if o.date:
                rows.append((translate("DiagnosisPanel", "Originally sent"), escape(date_text(o.date))))
            if o.subject:
                rows.append((translate("DiagnosisPanel", "Original subject"), escape(o.subject)))
        bounce_id = header_value(report, "Message-Id")
        if bounce_id:
            rows.append((translate("DiagnosisPanel", "Bounce Message-ID"), escape(bounce_id)))
        parts = [head, self._table(rows)]
        e = best_entry(r) if r is not None else None
        todo = steps_entry(self.advice.for_recipient(i) if self.advice is not None and r is not None else None)
        e = todo or e  # the checklist that goes with the steps shown
        if e is not None and e.admin_steps:
            checklist = translate("DiagnosisPanel", "Checklist")
            parts.append(f"<p><b>{escape(checklist)}</b></p><ol>")
            parts.extend(f"<li>{escape(s)}</li>" for s in e.admin_steps)
            parts.append("</ol>")
            refs = translate("DiagnosisPanel", "References:")
            if e.references:
                parts.append(f'<p class="muted">{escape(refs)} {escape("; ".join(e.references))}</p>')
        return "".join(parts)

    def _message_summary(self, report: Report) -> str:
        rows = []
        if report.sender:
            rows.append((translate("DiagnosisPanel", "From"), escape(report.sender)))
        if report.subject:
            rows.append((translate("DiagnosisPanel", "Subject"), escape(report.subject)))
        if report.date:
            rows.append((translate("DiagnosisPanel", "Date"), escape(date_text(report.date))))
        if report.feedback_type:
            rows.append((translate("DiagnosisPanel", "Feedback type"), escape(report.feedback_type)))
        advice = {
            MessageKind.AUTOREPLY: translate("DiagnosisPanel",
                "Your message was delivered; the person’s mail program answered by itself. Read the reply for "
                "when they are back or whom to contact instead. There is nothing to resend."
            ),
            MessageKind.COMPLAINT: translate("DiagnosisPanel",
                "Stop sending this kind of message to that recipient, and make sure everyone on your list asked "
                "to receive it. Many complaints can get your mail blocked."
            ),
            MessageKind.NOT_BOUNCE: translate("DiagnosisPanel",
                "If you expected a bounce, open the message that says “Undeliverable” or “Mail delivery failed” "
                "and save or copy that one."
            ),
        }.get(report.kind, "")
        parts = [self._table(rows)]
        if advice:
            parts.append(f"<p>{escape(advice)}</p>")
        return "".join(parts)

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> str:
        if not rows:
            return ""
        body = "".join(f'<tr><td class="k">{escape(k)}</td><td>{v}</td></tr>' for k, v in rows)
        return f'<table cellspacing="0" cellpadding="2">{body}</table>'


def header_value(report: Report, name: str) -> str | None:
    """The first header value of that name in the report's text (spans carry the header name)."""
    lname = name.lower()
    for s in report.spans:
        if s.kind == SpanKind.HEADER_VALUE and s.value.lower() == lname:
            return report.text[s.start : s.end]
    return None
