"""The code reference: every catalog entry, a search box, filters, and the whole entry beside."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..engine import CatalogEntry
from ..output.text import QT_TRANSLATE_NOOP, REASON_PHRASE, RESEND_LABEL, WHO_LABEL, label
from .i18n import untranslated_note
from .local_browser import LocalTextBrowser
from .reference_model import ENTRY_ROLE, KEY_ROLE, ReferenceFilter, ReferenceModel, decided, occurs

RESIZE_ROWS = 60  # rows looked at to size a column to its contents


class ReferenceView(QWidget):
    """Browse and search the catalog."""

    entry_shown = Signal(str)  # the key of the entry now shown

    def __init__(self, model: ReferenceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceView")
        self.model = model
        self.proxy = ReferenceFilter(self)
        self.proxy.setSourceModel(model)

        self.search = QLineEdit(self)
        self.search.setObjectName("referenceSearch")
        self.search.setClearButtonEnabled(True)

        self.group_boxes = {g: QCheckBox(self) for g in ("reply", "enhanced", "vendor")}
        self.outcome_boxes = {o: QCheckBox(self) for o in ("success", "temporary", "permanent")}
        self.kind_label = QLabel(self)
        self.outcome_label = QLabel(self)
        filters = QGridLayout()
        filters.setHorizontalSpacing(14)
        filters.addWidget(self.kind_label, 0, 0)
        for col, box in enumerate(self.group_boxes.values(), 1):
            filters.addWidget(box, 0, col)
        filters.addWidget(self.outcome_label, 1, 0)
        for col, box in enumerate(self.outcome_boxes.values(), 1):
            filters.addWidget(box, 1, col)
        filters.setColumnStretch(4, 1)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters.addWidget(self.count_label, 0, 5, 2, 1)
        for box in (*self.group_boxes.values(), *self.outcome_boxes.values()):
            box.setChecked(True)

        self.table = QTableView(self)
        self.table.setObjectName("referenceTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The columns are sized to their contents once, when the entries change (_fit_columns), not
        # by ResizeToContents: that mode asks the Python model again at every layout, and a layout
        # while a read holds the interpreter stalls the window (one wait for the GIL per cell).
        header.setResizeContentsPrecision(RESIZE_ROWS)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.detail = LocalTextBrowser(self)  # our catalog's text; loads nothing from outside
        self.detail.setObjectName("referenceEntry")
        self.detail.setOpenExternalLinks(False)
        self.detail.anchorClicked.connect(open_link)  # a source's page, in the browser, only when clicked

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.search)
        self.setTabOrder(self.search, self.table)

        self.search.textChanged.connect(self._search_changed)
        for group, box in self.group_boxes.items():
            box.toggled.connect(lambda on, g=group: self._changed(self.proxy.set_group, g, on))
        for outcome, box in self.outcome_boxes.items():
            box.toggled.connect(lambda on, o=outcome: self._changed(self.proxy.set_outcome, o, on))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._key_before_reset: str | None = None
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self._fit_columns()
        self.retranslate()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def retranslate(self) -> None:
        """Every label in the current language, and the entry shown again (the catalog may have changed)."""
        self.setAccessibleName(self.tr("Code reference"))
        self.search.setPlaceholderText(self.tr("Search by code or words, for example 5.1.1, 550 or mailbox full"))
        self.search.setAccessibleName(self.tr("Search the code reference"))
        texts = {
            "reply": self.tr("Reply codes"),
            "enhanced": self.tr("Enhanced codes"),
            "vendor": self.tr("Vendor entries"),
            "success": self.tr("Success"),
            "temporary": self.tr("Temporary"),
            "permanent": self.tr("Permanent"),
        }
        for name, box in (*self.group_boxes.items(), *self.outcome_boxes.items()):
            box.setText(texts[name])
        self.kind_label.setText(self.tr("Kind:"))
        self.outcome_label.setText(self.tr("Outcome:"))
        self.table.setAccessibleName(self.tr("Catalog entries"))
        self.detail.setAccessibleName(self.tr("The chosen entry"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        """A new language: relabel (the main window hands the model the catalog in that language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- public slots

    def show_entry(self, key: str) -> bool:
        """Select an entry by key (clearing filters that hide it) and show it; False if unknown."""
        row = self.model.row_of(key)
        if row < 0:
            return False
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.search.clear()
            for box in (*self.group_boxes.values(), *self.outcome_boxes.values()):
                box.setChecked(True)
            index = self.proxy.mapFromSource(source)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show(self.model.data(source, ENTRY_ROLE))
        return True

    def current_key(self) -> str | None:
        """The key of the entry shown, if any."""
        index = self.table.currentIndex()
        return self.proxy.data(index, KEY_ROLE) if index.isValid() else None

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save_state(self) -> QByteArray:
        """The splitter position."""
        return self.splitter.saveState()

    def restore_state(self, state: QByteArray) -> None:
        """Put the splitter back where it was."""
        if not state.isEmpty():
            self.splitter.restoreState(state)

    # ---- internals

    def _search_changed(self, text: str) -> None:
        self._changed(self.proxy.set_text_filter, text)

    def _changed(self, setter, *args) -> None:
        setter(*args)
        self._update_count()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %2 entries").replace("%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount()))
        )

    def _before_reset(self) -> None:
        self._key_before_reset = self.current_key()

    def _fit_columns(self) -> None:
        """Size the code, kind and outcome columns to their longest text, now (the title takes the rest).

        The texts are measured here, all of them, rather than by resizeColumnToContents, which looks
        at a sample of rows (the vendor entries, the longest kinds, come late)."""
        metrics = QFontMetrics(self.table.font())
        delegate = self.table.itemDelegate()
        header = self.table.horizontalHeader()
        grid = 1 if self.table.showGrid() else 0
        for column in (0, 1, 3):
            longest, row = -1, -1
            for r in range(self.model.rowCount()):
                text = self.model.index(r, column).data()
                width = metrics.horizontalAdvance(text)
                if width > longest:
                    longest, row = width, r
            need = header.sectionSizeFromContents(column).width()
            if row >= 0:
                option = QStyleOptionViewItem()
                option.initFrom(self.table)
                option.font = self.table.font()
                need = max(need, delegate.sizeHint(option, self.model.index(row, column)).width() + grid)
            header.resizeSection(column, need)

    def _after_reset(self) -> None:
        """The catalog came back in another language: fit the columns, show the same entry again."""
        self._fit_columns()
        key, self._key_before_reset = self._key_before_reset, None
        if (key is None or not self.show_entry(key)) and self.proxy.rowCount():
            self.table.selectRow(0)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.proxy.data(current, ENTRY_ROLE))
        else:
            self.detail.clear()

    def _show(self, e: CatalogEntry) -> None:
        self.detail.setHtml(entry_html(e))
        self.entry_shown.emit(e.key)


# sources that are ours, not the vendor's: another project's code, our corpus, a test or sample file
_INTERNAL_SOURCE = re.compile(r"sisimai|corpus|fixture|\.(?:rb|eml|md|py|msg|mbox|txt)\b", re.IGNORECASE)
_BARE_SITE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?$", re.IGNORECASE)  # "suped.com"
_MS_NDR = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/"
# readable names of the pages the catalog cites most (the pages are in English)
SOURCE_NAMES = {
    "https://support.google.com/a/answer/3726730": QT_TRANSLATE_NOOP("ReferenceView", "Google: Gmail SMTP errors and codes"),
    "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754": QT_TRANSLATE_NOOP(
        "ReferenceView", "Mimecast: SMTP error codes"),
    "https://senders.yahooinc.com/smtp-error-codes/": QT_TRANSLATE_NOOP("ReferenceView", "Yahoo Sender Hub: SMTP error codes"),
    "https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting": QT_TRANSLATE_NOOP(
        "ReferenceView", "Microsoft: Outlook.com postmaster troubleshooting"),
    "https://support.apple.com/en-us/102322": QT_TRANSLATE_NOOP("ReferenceView", "Apple: postmaster information for iCloud Mail"),
    "https://check.spamhaus.org/": QT_TRANSLATE_NOOP("ReferenceView", "Spamhaus: check an IP address or domain"),
    "https://www.spamhaus.org/faqs/dnsbl-usage/": QT_TRANSLATE_NOOP("ReferenceView", "Spamhaus: questions on using its blocklists"),
    "https://www.spamcop.net/bl.shtml": QT_TRANSLATE_NOOP("ReferenceView", "SpamCop: its blocking list"),
    "https://www.proofpoint.com/postmaster": QT_TRANSLATE_NOOP("ReferenceView", "Proofpoint: postmaster information"),
    "https://support.proofpoint.com/dnsbl-lookup.cgi": QT_TRANSLATE_NOOP("ReferenceView", "Proofpoint: IP reputation lookup"),
}


def _slug_title(slug: str) -> str:
    """A Microsoft page name from its address: ``fix-error-code-550-5-7-1-in-exchange-online`` ->
    "Fix error code 550 5.7.1 in Exchange Online"."""
    words: list[str] = []
    digits: list[str] = []

    def flush() -> None:
        if digits:
            reply = [digits.pop(0)] if len(digits) in (4, 5) and len(digits[0]) == 3 else []
            code = ".".join(digits[:3]) + "".join(f"-{d}" for d in digits[3:])
            words.append(" ".join([*reply, code]))
            digits.clear()

    for part in slug.strip("/").split("-"):
        if part.isdigit():
            digits.append(part)
            continue
        flush()
        words.append({"exchange": "Exchange", "online": "Online", "ndr": "NDR", "asxxx": "ASxxx"}.get(part, part))
    flush()
    text = " ".join(words).replace("non delivery", "non-delivery")
    return text[:1].upper() + text[1:]


def source_name(ref: str) -> str:
    """How a cited page is named to the reader: its title where we know it, else its site."""
    if ref in SOURCE_NAMES:
        return QCoreApplication.translate("ReferenceView", SOURCE_NAMES[ref])
    if ref.startswith(_MS_NDR):
        return f"Microsoft: {_slug_title(ref.removeprefix(_MS_NDR))}"
    host = QUrl(ref).host()
    return host.removeprefix("www.") or ref


def source_html(ref: str) -> str | None:
    """A reference as rich text: a web page as a link with a readable name (opened in the browser only
    when clicked), anything else as text; None for a source that is ours (not shown)."""
    if _INTERNAL_SOURCE.search(ref):
        return None
    url = ref if ref.startswith(("https://", "http://")) else f"https://{ref}" if _BARE_SITE.match(ref) else None
    if url is None:
        return escape(ref)
    name = source_name(url) if url == ref else ref
    return f'<a href="{escape(url, quote=True)}" title="{escape(url, quote=True)}">{escape(name)}</a>'


def _who_text(who: str, resend: str) -> str:
    if not who:
        return QCoreApplication.translate("ReferenceView", "it depends on the reason: see the rest of the code")
    if resend == "delivered":
        return QCoreApplication.translate("ReferenceView", "nobody: nothing went wrong")
    return label(WHO_LABEL, who)


def _resend_text(resend: str) -> str:
    if not resend:
        return QCoreApplication.translate("ReferenceView", "it depends on the reason: see the rest of the code")
    if resend == "delivered":
        return QCoreApplication.translate("ReferenceView", "No: the message was delivered")
    return label(RESEND_LABEL, resend)


def open_link(url: QUrl) -> None:
    """A clicked link to a web page: the system's browser opens it (the app itself fetches nothing)."""
    if url.scheme() in ("https", "http"):
        QDesktopServices.openUrl(url)


def entry_html(e: CatalogEntry) -> str:
    """A whole catalog entry as rich text, in the window's language."""

    def tr(text: str) -> str:
        return escape(text)

    def lst(items: tuple[str, ...] | list[str], tag: str = "ol", done: bool = False) -> str:
        return f"<{tag}>" + "".join(f"<li>{s if done else escape(s)}</li>" for s in items) + f"</{tag}>"

    def per_class(rows: list[tuple[str, str, str]], text: Callable[[str, str], str]) -> str:
        texts = [(code, text(who, resend)) for code, who, resend in rows]
        if len({t for _code, t in texts}) == 1 and len(texts) == len(occurs(e)):
            return escape(texts[0][1])  # the same for every class the code occurs in
        return "<br>".join(f"{escape(code)}: {escape(t)}" for code, t in texts)

    translate = QCoreApplication.translate
    vendor = f" — {escape(e.vendor)}" if e.vendor else ""
    rows = []
    answers = decided(e)  # the verdict's own table, for this code read alone
    if answers:
        rows += [
            (tr(translate("ReferenceView", "Who has to act")), per_class(answers, _who_text)),
            (tr(translate("ReferenceView", "Resend?")), per_class(answers, lambda _w, r: _resend_text(r))),
        ]
    if e.reason:
        phrase = label(REASON_PHRASE, e.reason) if e.reason in REASON_PHRASE else ""
        reason = f"{escape(phrase)} ({escape(e.reason)})" if phrase else escape(e.reason)
        rows.append((tr(translate("ReferenceView", "Usual reason")), reason))
    if e.classes:
        as_codes = ", ".join(e.code.replace("X", str(c), 1) for c in e.classes)
        rows.append((tr(translate("ReferenceView", "Occurs as")), escape(as_codes)))
    if e.sample:  # the server's words, not the pattern that recognises them
        quoted = translate("ReferenceView", "“%1”").replace("%1", e.sample)
        rows.append((tr(translate("ReferenceView", "Servers say, for example")), escape(quoted)))
    table = "".join(f'<tr><td valign="top"><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>' for k, v in rows)
    what_to_do = tr(translate("ReferenceView", "What to do"))
    for_helpdesk = tr(translate("ReferenceView", "For the helpdesk"))
    references = tr(translate("ReferenceView", "References"))
    sources = [h for h in (source_html(r) for r in e.references) if h is not None]
    return (
        f'<h2>{escape(e.code)}{vendor}</h2><p style="font-size: large;">{escape(e.title)}</p>'
        f"<p>{escape(e.meaning)}</p>{untranslated_note(e)}<table>{table}</table>"
        f"<h4>{what_to_do}</h4>{lst(e.steps)}"
        f"<h4>{for_helpdesk}</h4>{lst(e.admin_steps)}"
        + (f"<h4>{references}</h4>{lst(sources, 'ul', done=True)}" if sources else "")
    )
