"""What the window says about a drop or paste it could not read (fully or at all), in the current language."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..dropformats import describe_formats

SHOWN_FORMATS = 12  # formats named in the bar; "Copy details" has them all


class Kind(Enum):
    NOTHING = "nothing"  # nothing readable at all
    THUNDERBIRD = "thunderbird"  # only a message URL (mailbox:, imap:, news:...) or text/x-moz-message
    APPLE_MAIL = "apple_mail"  # only a macOS file promise or a message: URL
    OUTLOOK = "outlook"  # virtual files whose contents could not be had
    PARTIAL = "partial"  # some of several virtual files could be read


@dataclass(frozen=True, slots=True)
class Notice:
    """A drop's explanation: what kind, how many messages, and the formats that arrived (name, bytes)."""

    kind: Kind
    formats: tuple[tuple[str, int], ...] = ()
    count: int = 0  # messages offered (PARTIAL)
    taken: int = 0  # messages read (PARTIAL)
    pasted: bool = False

    def text(self) -> str:
        """The sentence for the window, translated when called (so a change of language is followed)."""
        return _TEXTS[self.kind](self)

    def details(self) -> str:
        """For "Copy details": the explanation, then every format with its size, one a line."""
        line = QCoreApplication.translate("drop_notice", "%1 (%2 bytes)")
        listed = describe_formats(list(self.formats), line)
        heading = QCoreApplication.translate("drop_notice", "Formats received:")
        return f"{self.text()}\n\n{heading}\n{listed}" if listed else self.text()


def _formats(notice: Notice) -> str:
    line = QCoreApplication.translate("drop_notice", "%1 (%2 bytes)")
    shown = [describe_formats([f], line) for f in notice.formats[:SHOWN_FORMATS]]
    more = len(notice.formats) - SHOWN_FORMATS
    if more > 0:
        shown.append(QCoreApplication.translate("drop_notice", "and %1 more").replace("%1", str(more)))
    return ", ".join(shown) or QCoreApplication.translate("drop_notice", "no data at all")


def _nothing(notice: Notice) -> str:
    first = (
        QCoreApplication.translate("drop_notice", "Nothing on the clipboard could be read as an email.")
        if notice.pasted
        else QCoreApplication.translate("drop_notice", "Nothing in what was dropped could be read as an email.")
    )
    return " ".join(
        (
            first,
            QCoreApplication.translate("drop_notice", "It carried: %1.").replace("%1", _formats(notice)),
            QCoreApplication.translate(
                "drop_notice",
                'If your mail program sent this, "Copy details" puts these formats on the clipboard for a report.',
            ),
            QCoreApplication.translate("drop_notice", "See Help > How do I get my bounce in?"),
        )
    )


def _thunderbird(_notice: Notice) -> str:
    return QCoreApplication.translate(
        "drop_notice",
        "Thunderbird handed over only a link to the message, not the message itself. In Thunderbird, use "
        "File > Save As > File, or drag the message to the desktop first, then drop the saved file here.",
    )


def _apple_mail(_notice: Notice) -> str:
    return QCoreApplication.translate(
        "drop_notice",
        "The mail program only promised the message and did not hand it over. In Apple Mail, drag the "
        "message to the desktop first, or use File > Save As > Raw Message Source, then drop the saved file here.",
    )


def _outlook(_notice: Notice) -> str:
    return QCoreApplication.translate(
        "drop_notice",
        "Outlook offered the message in a form that cannot be read here. Drag the message to the desktop "
        "or a folder first, or use File > Save As (Outlook Message Format), then drop the saved file here.",
    )


def _partial(notice: Notice) -> str:
    if notice.taken == 1:
        text = QCoreApplication.translate("drop_notice", "Only the first of %1 messages could be taken.")
    else:
        text = QCoreApplication.translate("drop_notice", "Only %2 of %1 messages could be taken.").replace(
            "%2", str(notice.taken)
        )
    return " ".join(
        (
            text.replace("%1", str(notice.count)),
            QCoreApplication.translate(
                "drop_notice",
                "To read all of them, drag them to a folder first (or save each with File > Save As), "
                "then drop the saved files here.",
            ),
        )
    )


_TEXTS = {
    Kind.NOTHING: _nothing,
    Kind.THUNDERBIRD: _thunderbird,
    Kind.APPLE_MAIL: _apple_mail,
    Kind.OUTLOOK: _outlook,
    Kind.PARTIAL: _partial,
}
