"""What the window says about a drop it could not read: the formats listed, the way out named."""

from __future__ import annotations

import pytest

from bounce_doctor.ui.drop_notice import SHOWN_FORMATS, Kind, Notice

pytestmark = pytest.mark.gui


def test_nothing_readable_lists_formats_and_ends_with_the_guide(qapp) -> None:
    notice = Notice(Kind.NOTHING, (("image/png", 4), ("text/x-vcard", 120)))
    text = notice.text()
    assert text.startswith("Nothing in what was dropped could be read as an email.")
    assert "It carried: image/png (4 bytes), text/x-vcard (120 bytes)." in text
    assert text.endswith("See Help > How do I get my bounce in?")
    assert Notice(Kind.NOTHING, pasted=True).text().startswith("Nothing on the clipboard")
    assert "no data at all" in Notice(Kind.NOTHING).text()


def test_details_hold_every_format_one_a_line(qapp) -> None:
    formats = tuple((f"x-client/format-{i}", i) for i in range(SHOWN_FORMATS + 5))
    notice = Notice(Kind.NOTHING, formats)
    assert "and 5 more" in notice.text()
    assert f"x-client/format-{SHOWN_FORMATS}" not in notice.text()
    details = notice.details().splitlines()
    assert details[0] == notice.text()
    assert details[2] == "Formats received:"
    assert details[3:] == [f"x-client/format-{i} ({i} bytes)" for i in range(SHOWN_FORMATS + 5)]


def test_each_client_gets_its_own_way_out(qapp) -> None:
    assert (
        "In Thunderbird, use File > Save As > File, or drag the message to the desktop first, then drop the "
        "saved file here." in Notice(Kind.THUNDERBIRD).text()
    )
    apple = Notice(Kind.APPLE_MAIL).text()
    assert "drag the message to the desktop first, or use File > Save As > Raw Message Source" in apple
    assert "Outlook" in Notice(Kind.OUTLOOK).text()
    assert Notice(Kind.PARTIAL, count=4, taken=1).text().startswith("Only the first of 4 messages could be taken.")
    assert Notice(Kind.PARTIAL, count=4, taken=3).text().startswith("Only 3 of 4 messages could be taken.")
    assert "save each with File > Save As" in Notice(Kind.PARTIAL, count=2, taken=1).text()
