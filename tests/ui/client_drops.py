"""The MIME data each mail program's drag offers, as Qt presents it, built for the tests."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl

from bounce_doctor.ui.mime_input import CONTENTS, GROUP_ANSI, GROUP_WIDE, WINDOWS

from ..test_dropformats import descriptor, group

# Classic Outlook's own drag formats besides the virtual files (their bytes do not matter to us).
OUTLOOK_PRIVATE = ("RenPrivateSourceFolder", "RenPrivateMessages", "RenPrivateItem", "Object Descriptor")


def outlook_classic(items: list[tuple[str, bytes]], *, indexed: bool = True, summary: str = "") -> QMimeData:
    """Messages dragged out of classic Outlook on Windows: FileGroupDescriptorW/FileGroupDescriptor, then
    FileContents (the first item; with ``indexed`` each item also as Qt's ";index=N"), and Outlook's text,
    a tab-separated summary of the selected rows (From, Subject, Received, Size)."""
    md = QMimeData()
    for name in OUTLOOK_PRIVATE:
        md.setData(WINDOWS % name, b"\x01\x00\x00\x00")
    md.setData(GROUP_WIDE, group(*(descriptor(n, len(d)) for n, d in items)))
    md.setData(
        GROUP_ANSI,
        group(*(descriptor(n.encode("cp1252", "replace").decode("cp1252"), len(d), wide=False) for n, d in items)),
    )
    if items:
        md.setData(CONTENTS, items[0][1])
    if indexed:
        for i, (_n, data) in enumerate(items):
            md.setData(f"{CONTENTS};index={i}", data)
    md.setText(
        summary
        or "From\tSubject\tReceived\tSize\tCategories\t\r\n"
        "Mail Delivery System\tUndeliverable: test subj\tTue 03/06 10:42\t17 KB\t\t"
    )
    return md


def thunderbird_link(*, utf16: bool = True) -> QMimeData:
    """A message dragged out of Thunderbird where no file is offered: its URI and URL, and a file promise."""
    md = QMimeData()
    uri = "mailbox-message://nobody@Local%20Folders/Inbox#3140"
    url = "mailbox:///home/me/.thunderbird/x.default/Mail/Local%20Folders/Inbox?number=3140"
    md.setData("text/x-moz-message", uri.encode("utf-16-le") if utf16 else uri.encode())
    md.setData("text/x-moz-url", f"{url}?fileName=Undeliverable.eml\nUndeliverable".encode("utf-16-le"))
    md.setData("application/x-moz-file-promise-url", f"{url}?fileName=Undeliverable.eml".encode())
    md.setData("application/x-moz-file-promise-dest-filename", b"Undeliverable.eml")
    return md


def apple_mail() -> QMimeData:
    """A message dragged out of Apple Mail where Qt turns no promise into a file: promises and a message: URL."""
    md = QMimeData()
    md.setData("com.apple.pasteboard.promised-file-content-type", b"com.apple.mail.email")
    md.setData("com.apple.pasteboard.promised-file-url", b"")
    md.setData("com.apple.NSFilePromiseItemMetaData", b"bplist00\xd4\x01\x02")
    md.setData("Apple files promise pasteboard type", b"(eml)")
    md.setUrls([QUrl("message:%3C20250603104200.ABC@mail.example.net%3E")])
    return md


def webmail_html(html: str, plain: str | None = None) -> QMimeData:
    """A selection copied (or dragged) in a browser showing webmail: HTML, and the plain text if any."""
    md = QMimeData()
    md.setHtml(html)
    if plain is not None:
        md.setText(plain)
    return md
