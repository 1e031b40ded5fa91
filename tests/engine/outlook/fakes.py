"""Fake extract-msg objects for Outlook NDR report items, from the specification."""

from __future__ import annotations

import datetime as dt
from typing import Any


class FakeProps:
    """extract-msg's PropertiesStore.getValue: fixed-length properties by 4-digit hex id."""

    def __init__(self, values: dict[int, Any]) -> None:
        self.values = values

    def getValue(self, name: str, default: Any = None) -> Any:  # noqa: N802 - extract-msg's name
        return self.values.get(int(name[:4], 16), default)


class FakeEntry:
    """A recipient row or a message: string properties as streams, the others in ``props``."""

    def __init__(self, strings: dict[int, str], ints: dict[int, Any] | None = None) -> None:
        self.strings = strings
        self.props = FakeProps(ints or {})

    def getStringStream(self, name: str) -> str | None:  # noqa: N802 - extract-msg's name
        assert name.startswith("__substg1.0_")
        assert len(name) == 16
        return self.strings.get(int(name[-4:], 16))


class FakeReport(FakeEntry):
    """The attributes of extract-msg's Message that the conversion reads."""

    def __init__(self, recipients: list[FakeEntry], strings: dict[int, str], ints: dict[int, Any],
                 class_type: str = "REPORT.IPM.Note.NDR") -> None:
        super().__init__(strings, ints)
        self.classType = class_type
        self.recipients = recipients
        self.attachments: list[Any] = []
        self.headerText = None
        self.body = None
        self.htmlBody = None
        self.rtfBody = None
        self.sender = "Microsoft Outlook <postmaster@contoso.example>"
        self.to = "Ann Sender <ann@fabrikam.example>"
        self.cc = None
        self.subject = "Undeliverable: quarterly figures"
        self.date = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
        self.messageId = "<ndr-1@contoso.example>"
