"""Exports of one diagnosis (HTML, Markdown, text, JSON) and of a batch (CSV, JSON), without Qt."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from bounce_doctor.engine import diagnose
from bounce_doctor.output.batch import MessageRef, counts, rows_for
from bounce_doctor.output.csvout import batch_csv
from bounce_doctor.output.exports import batch_json, report_html, report_json, report_markdown, report_plain

from ..conftest import SAMPLES

HOSTILE = (SAMPLES / "wrong-address.eml").read_text(encoding="utf-8").replace(
    "User unknown", "User unknown <script>alert(1)</script>"
).replace("Subject:", 'Subject: <img src="http://evil.example/x.png"> =cmd|calc', 1)


def report(name: str = "wrong-address.eml"):
    return diagnose((SAMPLES / name).read_bytes(), name)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_html_parses_and_holds_the_recipient_and_code() -> None:
    p = _Collect()
    p.feed(report_html(report()))
    text = " ".join(p.text)
    assert "bob@example.org" in text
    assert "5.1.1" in text
    assert {"html", "h1", "h2", "table"} <= set(p.tags)


def test_html_escapes_the_message_and_loads_nothing() -> None:
    page = report_html(diagnose(HOSTILE.encode(), "hostile.eml"))
    p = _Collect()
    p.feed(page)
    assert "script" not in p.tags
    assert "img" not in p.tags
    assert not [a for a in p.attrs if a[0] in ("src", "href")]
    assert "&lt;script&gt;" in page
    assert "&lt;img src=" in page
    assert "default-src 'none'" in page


def test_markdown_text_and_json() -> None:
    r = report("multi-recipient.eml")
    md = report_markdown(r)
    assert md.startswith("# multi-recipient.eml\n")
    assert md.count("\n## Recipient ") == 3
    assert "\\<olivia@example.org\\>" in md  # angle brackets from the message cannot become HTML
    assert "olivia@example.org" in report_plain(r)
    data = json.loads(report_json(r))
    assert [x["address"] for x in data["recipients"]][:1] == ["olivia@example.org"]


def test_batch_rows_csv_and_json() -> None:
    rows = rows_for(report("multi-recipient.eml"), "m.eml", MessageRef("/x/m.eml"))
    rows += rows_for(report("mailbox-full.eml"), "f.eml", MessageRef("/x/mbox", 2))
    assert len(rows) == 4
    assert rows_for(report("auto-reply.eml"), "a.eml", MessageRef("a")) == []
    parsed = list(csv.DictReader(io.StringIO(batch_csv(rows))))
    assert next(r["recipient"] for r in parsed) == "olivia@example.org"
    assert parsed[0]["status"] == "5.1.1"
    assert parsed[0]["who_acts"] == "you"
    assert parsed[-1]["reason"] == "mailboxfull"
    data = json.loads(batch_json(rows))
    assert data[-1]["source"] == {"path": "/x/mbox", "message": 2}
    c = counts(rows, top=1)
    assert sum(n for _k, n in c.by_reason) == 4
    assert c.by_reason[-1][0] == ""  # the rest


def test_csv_cells_from_the_bounce_stay_text() -> None:
    r = diagnose(HOSTILE.replace("bob@example.org", "=HYPERLINK(1)@example.org").encode(), "h.eml")
    rows = rows_for(r, "=x.eml", MessageRef("h.eml"))
    parsed = list(csv.DictReader(io.StringIO(batch_csv(rows))))
    assert parsed[0]["file"] == "'=x.eml"


REASON_WORDS = {  # sample: (machine name, the words the user reads, in English and in Russian)
    "spam-block.eml": ("blocked", "the sending server was blocked", "отправляющий сервер заблокирован"),
    "wrong-address.eml": ("userunknown", "that address does not exist", "такого адреса нет"),
}
_READABLE = {"html": report_html, "md": report_markdown, "txt": report_plain}


def _copied(r) -> str:
    from bounce_doctor.output.text import report_text  # the window's Copy diagnosis

    return report_text(r)


@pytest.mark.parametrize("sample", sorted(REASON_WORDS))
def test_readable_exports_give_the_reason_in_words(sample: str) -> None:
    machine, words, _ru = REASON_WORDS[sample]
    r = report(sample)
    assert r.recipients[0].reason == machine
    for kind, out in [*((k, f(r)) for k, f in _READABLE.items()), ("copied", _copied(r))]:
        assert words in out, kind
        flat = " ".join(out.replace("*", "").replace("<th>", " ").replace("</th><td>", ": ").split())
        assert not re.search(rf"\bReason:? {machine}\b", flat), (kind, flat)
    assert json.loads(report_json(r))["recipients"][0]["reason"] == machine


@pytest.mark.parametrize("sample", sorted(REASON_WORDS))
def test_readable_exports_in_russian(sample: str) -> None:
    from bounce_doctor import lang

    machine, words, ru = REASON_WORDS[sample]
    r = report(sample)
    assert lang.use("ru") == "ru"
    try:
        for kind, out in [*((k, f(r)) for k, f in _READABLE.items()), ("copied", _copied(r))]:
            assert ru in out, kind
            assert "Причина" in out, kind
            assert words not in out, kind
            assert not re.search(rf"(Причина|Reason)\W+{machine}\b", out), kind
            assert "Reason" not in out, kind
            assert "Recipient 1" not in out, kind
        assert '<html lang="ru">' in report_html(r)
        assert json.loads(report_json(r))["recipients"][0]["reason"] == machine
    finally:
        lang.use("en")
