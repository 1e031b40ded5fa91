"""The diagnosis: headline, badge, who acts, resend, meaning, steps, and the helpdesk details."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..engine import CatalogEntry, MessageKind, RecipientResult, Report, SpanKind
from ..text import KIND_LABEL, RESEND_LABEL, WHO_LABEL, best_entry, headline
from .i18n import untranslated_note
from .theme import Role

_BADGE_ROLE = {
    MessageKind.BOUNCE: Role.BADGE_FAILED,
    MessageKind.DELAY: Role.BADGE_DELAYED,
    MessageKind.DELIVERED: Role.BADGE_OK,
    MessageKind.AUTOREPLY: Role.BADGE_INFO,
    MessageKind.COMPLAINT: Role.BADGE_DELAYED,
    MessageKind.NOT_BOUNCE: Role.BADGE_INFO,
}
_NO_RECIPIENTS = (MessageKind.AUTOREPLY, MessageKind.COMPLAINT, MessageKind.NOT_BOUNCE)


def _t(text: str) -> str:
    """Labels shared with the command line, translated at display time."""
    return QCoreApplication.translate("bounce_doctor.text", text)


class DiagnosisPanel(QTextBrowser):
    """Renders a Report as a readable answer with links to the findings."""

    finding_clicked = Signal(int, int)  # start, end in Report.text
    reference_requested = Signal(str)  # a catalog entry's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosisPanel")
        self.setOpenLinks(False)
        self.setAcceptDrops(False)
        self.setAccessibleName(self.tr("Diagnosis"))
        self.setAccessibleDescription(self.tr("What happened, who has to act, and what to do"))
        self.anchorClicked.connect(self._anchor)
        self._report: Report | None = None
        self._colors: Callable[[Role], QColor] | None = None
        self._open: set[int] = set()  # recipients whose helpdesk details are open (-1: the message)

    # ---- public slots

    def set_report(self, report: Report | None, colors: Callable[[Role], QColor]) -> None:
        """Show the diagnosis of a report (details closed)."""
        self._report = report
        self._colors = colors
        self._open = set()
        self._render(keep_scroll=False)

    def changeEvent(self, event: QEvent) -> None:
        """Say it again in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Diagnosis"))
            self.setAccessibleDescription(self.tr("What happened, who has to act, and what to do"))
            self._render(keep_scroll=True)
        super().changeEvent(event)

    def set_colors(self, colors: Callable[[Role], QColor]) -> None:
        """Redraw with new colours."""
        self._colors = colors
        self._render(keep_scroll=True)

    def set_details_open(self, index: int, is_open: bool) -> None:
        """Open or close the helpdesk details of one recipient (-1 for the whole message)."""
        (self._open.add if is_open else self._open.discard)(index)
        self._render(keep_scroll=True)

    def details_open(self, index: int) -> bool:
        """Whether a recipient's helpdesk details are open."""
        return index in self._open

    def activate(self, href: str) -> None:
        """Follow one of the panel's links (what a click or Enter on a link does)."""
        self._anchor(QUrl(href))

    def links(self) -> list[tuple[str, str]]:
        """Every link in the panel as (text, href), in reading order."""
        out = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isAnchor() and fmt.anchorHref():
                    out.append((frag.text(), fmt.anchorHref()))
                it += 1
            block = block.next()
        return out

    # ---- rendering

    def _anchor(self, url: QUrl) -> None:
        href = url.toString()
        kind, _, rest = href.partition(":")
        if kind == "find":
            start, _, end = rest.partition("-")
            self.finding_clicked.emit(int(start), int(end))
        elif kind == "ref":
            self.reference_requested.emit(rest)
        elif kind == "details":
            index = int(rest)
            self.set_details_open(index, index not in self._open)

    def _render(self, *, keep_scroll: bool) -> None:
        bar = self.verticalScrollBar()
        pos = bar.value()
        colors = self._colors
        if self._report is None or colors is None:
            self.clear()
            return
        link = colors(Role.LINK).name()
        muted = colors(Role.MUTED).name()
        self.document().setDefaultStyleSheet(
            f"a {{ color: {link}; }} .muted {{ color: {muted}; }} h3 {{ margin-top: 14px; }}"
            "td.k { padding-right: 10px; font-weight: 600; } ol { margin-left: -10px; }"
        )
        self.document().setDocumentMargin(12)
        self.setHtml(self._html(self._report, colors))
        if keep_scroll:
            bar.setValue(pos)

    def _html(self, report: Report, colors: Callable[[Role], QColor]) -> str:
        role = _BADGE_ROLE[report.kind]
        parts = [
            f'<table cellpadding="5" cellspacing="0"><tr><td style="background-color: {colors(role).name()}; '
            f'color: {colors(Role.BADGE_TEXT).name()}; font-weight: 700;">&nbsp;{escape(_t(KIND_LABEL[report.kind]))}'
            "&nbsp;</td></tr></table>",
            f'<p style="font-size: large; font-weight: 600; margin-top: 8px; margin-bottom: 8px;">{escape(self._headline(report))}</p>',
        ]
        if report.kind in _NO_RECIPIENTS or not report.recipients:
            parts.append(self._message_summary(report))
        elif len(report.failed) > 1:
            parts.append(
                "<p>"
                + escape(self.tr("Each recipient has its own section below."))
                + "</p>"
            )
            for i, r in enumerate(report.recipients):
                if r.action in ("failed", "delayed"):
                    parts.append(self._recipient(report, i, r, heading=True))
        else:
            r = report.failed[0] if report.failed else report.recipients[0]
            parts.append(self._recipient(report, report.recipients.index(r), r, heading=False))
        for note in report.notes:
            parts.append(f'<p class="muted">{escape(note)}</p>')
        return "".join(parts)

    def _headline(self, report: Report) -> str:
        failed = report.failed
        if len(failed) < 2 or report.kind in _NO_RECIPIENTS:
            return headline(report)
        if all(r.action == "failed" for r in failed):
            return self.tr("Your message was not delivered to %n of its recipients.", "", len(failed))
        if all(r.action == "delayed" for r in failed):
            return self.tr("Your message is delayed for %n recipients. The server is still trying.", "", len(failed))
        return self.tr("Your message has a delivery problem with %n recipients.", "", len(failed))

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
        if heading:
            addr = self._finding(report, (SpanKind.RECIPIENT,), i, r.address)
            number = escape(self.tr("Recipient %1:").replace("%1", str(i + 1)))
            parts.append(f"<h3>{number} {addr}</h3>")
            parts.append(f"<p>{escape(headline(report, r))}</p>")
        e = best_entry(r)
        rows = []
        if not heading:
            rows.append((self.tr("Recipient"), self._finding(report, (SpanKind.RECIPIENT,), i, r.address)))
        if r.original_address and r.original_address != r.address:
            rows.append((self.tr("Typed as"), escape(r.original_address)))
        if e is not None:
            rows.append((self.tr("Who has to act"), escape(_t(WHO_LABEL.get(e.who_acts, e.who_acts)))))
            # a delay is still being retried: whatever the code usually means, there is nothing to resend yet
            resend = "not_needed" if r.action == "delayed" else e.resend
            rows.append((self.tr("Resend?"), escape(_t(RESEND_LABEL.get(resend, resend)))))
        codes = []
        for code, kind in ((r.status, SpanKind.STATUS_CODE), (r.reply_code, SpanKind.REPLY_CODE)):
            if code:
                codes.append(self._finding(report, (kind,), i, code))
        if codes:
            inferred_text = self.tr("(inferred: the bounce gives no code)")
            inferred = f' <span class="muted">{escape(inferred_text)}</span>'
            rows.append((self.tr("Codes"), ", ".join(codes) + (inferred if r.status_inferred else "")))
        parts.append(self._table(rows))
        if e is not None:
            parts.append(self._entry(e))
        if r.explanation.note:
            parts.append(f'<p class="muted">{escape(r.explanation.note)}</p>')
        parts.append(self._details(report, i, r))
        return "".join(parts)

    def _entry(self, e: CatalogEntry) -> str:
        vendor = f" ({escape(e.vendor)})" if e.vendor else ""
        general_text = self.tr("(the general meaning of the code’s class)")
        general = f' <span class="muted">{escape(general_text)}</span>'
        ref_text = self.tr("Open in reference")
        ref = f'<a href="ref:{escape(e.key)}">{escape(ref_text)}</a>'
        means = self.tr("What it means")
        what_to_do = self.tr("What to do")
        steps = "".join(f"<li>{escape(s)}</li>" for s in e.steps)
        return (
            f"<p><b>{escape(means)}</b> &nbsp;<span class=\"muted\">{escape(e.code)}{vendor}: "
            f"{escape(e.title)}</span>{general if e.is_fallback else ''} &nbsp;{ref}</p>"
            f"<p>{escape(e.meaning)}</p>"
            f"<p><b>{escape(what_to_do)}</b></p><ol>{steps}</ol>{untranslated_note(e)}"
        )

    def _details(self, report: Report, i: int, r: RecipientResult | None) -> str:
        is_open = i in self._open
        arrow = "▾" if is_open else "▸"
        label = self.tr("Hide the details for the helpdesk") if is_open else self.tr("Details for the helpdesk")
        head = f'<p><a href="details:{i}">{arrow} {escape(label)}</a></p>'
        if not is_open:
            return head
        rows = []
        if report.reporting_mta:
            rows.append((self.tr("Reported by"), self._finding(report, (SpanKind.REPORTING_MTA,), -1, report.reporting_mta)))
        if r is not None:
            if r.remote_mta:
                rows.append((self.tr("Refused by"), self._finding(report, (SpanKind.REMOTE_MTA,), i, r.remote_mta)))
            if r.diagnostic:
                show = self._finding(report, (SpanKind.DIAGNOSTIC,), i, self.tr("show in the bounce"))
                link = f' <span class="muted">({show})</span>' if "<a " in show else ""
                rows.append((self.tr("Server’s reply"), f"<tt>{escape(r.diagnostic)}</tt>{link}"))
            if r.command:
                rows.append((self.tr("Failed at"), escape(self.tr("the SMTP %1 command").replace("%1", r.command))))
            hard = self.tr(" (a hard bounce: the address itself is bad)") if r.hard_bounce else ""
            rows.append((self.tr("Reason"), escape(r.reason + hard)))
            if r.last_attempt_date:
                rows.append((self.tr("Last attempt"), escape(r.last_attempt_date)))
            if r.will_retry_until:
                rows.append((self.tr("Retrying until"), escape(r.will_retry_until)))
        if report.arrival_date:
            rows.append((self.tr("Received by the server"), escape(report.arrival_date)))
        if report.date:
            rows.append((self.tr("Bounce sent"), escape(report.date)))
        for name in ("X-Postfix-Queue-ID", "X-Queue-ID", "X-MS-Exchange-Organization-Network-Message-Id"):
            value = header_value(report, name)
            if value:
                rows.append((self.tr("Queue ID"), escape(value)))
                break
        if report.original is not None:
            o = report.original
            if o.message_id:
                rows.append((self.tr("Original Message-ID"), escape(o.message_id)))
            if o.date:
                rows.append((self.tr("Originally sent"), escape(o.date)))
            if o.subject:
                rows.append((self.tr("Original subject"), escape(o.subject)))
        bounce_id = header_value(report, "Message-Id")
        if bounce_id:
            rows.append((self.tr("Bounce Message-ID"), escape(bounce_id)))
        parts = [head, self._table(rows)]
        e = best_entry(r) if r is not None else None
        if e is not None and e.admin_steps:
            checklist = self.tr("Checklist")
            parts.append(f"<p><b>{escape(checklist)}</b></p><ol>")
            parts.extend(f"<li>{escape(s)}</li>" for s in e.admin_steps)
            parts.append("</ol>")
            refs = self.tr("References:")
            parts.append(f'<p class="muted">{escape(refs)} {escape("; ".join(e.references))}</p>')
        return "".join(parts)

    def _message_summary(self, report: Report) -> str:
        rows = []
        if report.sender:
            rows.append((self.tr("From"), escape(report.sender)))
        if report.subject:
            rows.append((self.tr("Subject"), escape(report.subject)))
        if report.date:
            rows.append((self.tr("Date"), escape(report.date)))
        if report.feedback_type:
            rows.append((self.tr("Feedback type"), escape(report.feedback_type)))
        advice = {
            MessageKind.AUTOREPLY: self.tr(
                "Your message was delivered; the person’s mail program answered by itself. Read the reply for "
                "when they are back or whom to contact instead. There is nothing to resend."
            ),
            MessageKind.COMPLAINT: self.tr(
                "Stop sending this kind of message to that recipient, and make sure everyone on your list asked "
                "to receive it. Many complaints can get your mail blocked."
            ),
            MessageKind.NOT_BOUNCE: self.tr(
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

