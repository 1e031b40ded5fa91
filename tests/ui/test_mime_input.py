"""One path from QMimeData to sources, for drops and paste."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from bounce_doctor.ui.drop_notice import Kind
from bounce_doctor.ui.mime_input import CONTENTS, GROUP_ANSI, RFC822, Source, can_read, read, sources, spool

from ..test_dropformats import descriptor, group
from .client_drops import apple_mail, outlook_classic, thunderbird_link, webmail_html

pytestmark = pytest.mark.gui


def test_local_files_win_and_are_not_read_here(tmp_path: Path) -> None:
    f = tmp_path / "a.eml"
    f.write_bytes(b"x")
    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(f)), QUrl("https://example.org/x.eml")])
    md.setText("ignored")
    got = sources(md)
    assert [(s.name, s.path, s.data) for s in got] == [("a.eml", f, None)]


def test_rfc822_before_text() -> None:
    md = QMimeData()
    md.setData(RFC822, b"From: a@example.org\r\n\r\nhi")
    md.setText("plain")
    (src,) = sources(md)
    assert src.data == b"From: a@example.org\r\n\r\nhi"


def test_text_and_nothing() -> None:
    md = QMimeData()
    md.setText("Subject: x\n\nbody")
    assert sources(md, "Pasted")[0].name == "Pasted"
    assert can_read(md)
    empty = QMimeData()
    empty.setText("   ")
    assert sources(empty) == []
    assert not can_read(empty)
    assert not can_read(None)
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.org/x.eml")])
    assert not can_read(remote)


# ---- what mail programs offer (see client_drops for the exact formats)

MSG = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504  # the first bytes of a compound file (.msg)
EML = b"From: MAILER-DAEMON@example.net\r\nSubject: Undeliverable\r\n\r\n550 5.1.1 <bob@example.org>: unknown\r\n"


def test_outlook_virtual_files_each_item_with_its_name() -> None:
    md = outlook_classic([("Undeliverable: one.msg", MSG), ("Недоставлено – два.msg", MSG + b"2")])
    assert can_read(md)
    got = read(md)
    assert got.notice is None
    assert [(s.name, s.data, s.path) for s in got.sources] == [
        ("Undeliverable: one.msg", MSG, None),
        ("Недоставлено – два.msg", MSG + b"2", None),
    ]


def test_outlook_first_item_only_says_so() -> None:
    md = outlook_classic([("a.msg", MSG), ("b.msg", MSG + b"b"), ("c.msg", MSG + b"c")], indexed=False)
    got = read(md)
    assert [s.name for s in got.sources] == ["a.msg"]
    assert got.notice.kind == Kind.PARTIAL
    assert (got.notice.count, got.notice.taken) == (3, 1)
    assert "Only the first of 3 messages" in got.notice.text()


def test_a_qt_that_ignores_the_index_gives_no_duplicates() -> None:
    md = outlook_classic([("a.msg", MSG), ("b.msg", MSG + b"b")])
    md.setData(f"{CONTENTS};index=1", MSG)  # the first stream again
    got = read(md)
    assert [s.name for s in got.sources] == ["a.msg"]
    assert got.notice.kind == Kind.PARTIAL


def test_outlook_without_contents_explains_and_never_reads_the_summary() -> None:
    md = outlook_classic([("a.msg", MSG)], indexed=False)
    md.setData(CONTENTS, b"")  # Outlook offered an IStorage Qt cannot read
    got = read(md)
    assert got.sources == []
    assert got.notice.kind == Kind.OUTLOOK
    assert "File > Save As" in got.notice.text()


def test_ansi_descriptor_alone() -> None:
    md = QMimeData()
    md.setData(GROUP_ANSI, group(descriptor("Non remis.eml", len(EML), wide=False)))
    md.setData(CONTENTS, EML)
    assert [(s.name, s.data) for s in read(md).sources] == [("Non remis.eml", EML)]


def test_thunderbird_link_only_gives_guidance() -> None:
    for utf16 in (True, False):
        md = thunderbird_link(utf16=utf16)
        assert not can_read(md)
        got = read(md)
        assert got.sources == []
        assert got.notice.kind == Kind.THUNDERBIRD
        assert "File > Save As > File" in got.notice.text()
    url_only = QMimeData()
    url_only.setUrls([QUrl("imap://me@imap.example.org:993/fetch%3EUID%3E/INBOX%3E42")])
    assert read(url_only).notice.kind == Kind.THUNDERBIRD


def test_thunderbird_message_itself_in_x_moz_message_is_read() -> None:
    md = QMimeData()
    md.setData("text/x-moz-message", EML.decode().encode("utf-16"))
    (src,) = read(md).sources
    assert src.data.startswith(b"From: MAILER-DAEMON@example.net\r\n")


def test_thunderbird_file_wins() -> None:
    md = thunderbird_link()
    f = Path(__file__).parent.parent.parent / "resources" / "samples" / "wrong-address.eml"
    md.setUrls([QUrl.fromLocalFile(str(f))])
    got = read(md)
    assert [s.path for s in got.sources] == [f]
    assert got.notice is None


def test_apple_mail_promise_gives_guidance() -> None:
    got = read(apple_mail())
    assert got.sources == []
    assert got.notice.kind == Kind.APPLE_MAIL
    assert "Raw Message Source" in got.notice.text()
    for name in ("com.apple.pasteboard.promised-file-url", "Apple files promise pasteboard type"):
        md = QMimeData()
        md.setData(name, b"")
        md.setText("Undeliverable: test subj")  # the subject line alone is not the bounce
        assert read(md).notice.kind == Kind.APPLE_MAIL


def test_html_alone_is_made_into_text_and_plain_text_is_preferred() -> None:
    html = "<div>Delivery failed<br>550 5.1.1 &lt;bob@example.org&gt;: User unknown</div><script>x()</script>"
    (src,) = read(webmail_html(html)).sources
    assert src.data == b"Delivery failed\n550 5.1.1 <bob@example.org>: User unknown"
    (src,) = read(webmail_html(html, plain="the plain text")).sources
    assert src.data == b"the plain text"
    (src,) = read(webmail_html(html, plain="  \n ")).sources
    assert src.data.startswith(b"Delivery failed\n")
    assert can_read(webmail_html(html))


def test_nothing_readable_names_every_format_with_its_size() -> None:
    md = QMimeData()
    md.setData("image/png", b"\x89PNG")
    md.setData("application/x-unknown-client", b"12345678")
    got = read(md, pasted=True)
    assert got.sources == []
    assert got.notice.kind == Kind.NOTHING
    assert got.notice.formats == (("image/png", 4), ("application/x-unknown-client", 8))
    assert "image/png (4 bytes), application/x-unknown-client (8 bytes)" in got.notice.text()
    assert got.notice.text().endswith("See Help > How do I get my bounce in?")
    assert read(QMimeData()).notice is None  # no data at all: nothing to explain


def test_spool_writes_held_messages_for_the_batch(tmp_path: Path) -> None:
    kept = tmp_path / "kept.eml"
    items = [
        Source("Undeliverable: a?.msg", data=b"1"),
        Source("Undeliverable: a?.msg", data=b"2"),
        Source("kept.eml", path=kept),
        Source("", data=b"3"),
    ]
    paths = spool(items)
    assert paths[2] == kept
    assert [p.name for p in paths[:2]] == ["Undeliverable_ a_.msg", "Undeliverable_ a_ (2).msg"]
    assert paths[3].name == "message"
    assert [p.read_bytes() for p in (paths[0], paths[1], paths[3])] == [b"1", b"2", b"3"]
    assert paths[0].parent != tmp_path
    assert oct(paths[0].parent.stat().st_mode & 0o777) == "0o700"  # private to the user
