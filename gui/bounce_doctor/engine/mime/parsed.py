"""What parsing gives: the display text, the header fields, parts and report blocks with their offsets in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import Message

from ..model import Caption, Span, SpanKind


@dataclass(slots=True)
class HeaderField:
    """One header as shown: name and value with their offsets in the display text."""

    name: str
    value: str
    name_start: int
    value_start: int
    section: str  # "top", "original", "dsn-message", "dsn-recipient", "part"

    @property
    def lname(self) -> str:
        return self.name.lower()

    @property
    def value_end(self) -> int:
        return self.value_start + len(self.value)


@dataclass(slots=True)
class TextPart:
    """A readable part of the bounce (not the returned original)."""

    ctype: str
    start: int
    end: int


@dataclass(slots=True)
class DsnBlock:
    """One block of a delivery-status part."""

    fields: list[HeaderField]

    def get(self, name: str) -> HeaderField | None:
        name = name.lower()
        for f in self.fields:
            if f.lname == name:
                return f
        return None


@dataclass(slots=True)
class Parsed:
    """The result of parsing: display text plus where everything stands in it."""

    root: Message
    text: str = ""
    top_headers: list[HeaderField] = field(default_factory=list)
    original_headers: list[HeaderField] = field(default_factory=list)
    all_headers: list[HeaderField] = field(default_factory=list)
    dsn_blocks: list[DsnBlock] = field(default_factory=list)
    text_parts: list[TextPart] = field(default_factory=list)
    original_start: int = -1  # where the returned original message begins
    original_at: int = -1  # where the first returned message's part begins: its marker line
    content_types: list[str] = field(default_factory=list)
    report_type: str = ""
    has_feedback_report: bool = False
    feedback_fields: list[HeaderField] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)  # the part markers' words, for translated displays
    # the first value of each header name, made again when the list is another or has grown
    _index: dict[str, tuple[list[HeaderField], int, dict[str, str]]] = field(default_factory=dict, repr=False,
                                                                             compare=False)

    def _first(self, which: str, headers: list[HeaderField], name: str) -> str | None:
        made = self._index.get(which)
        if made is None or made[0] is not headers or made[1] != len(headers):
            index: dict[str, str] = {}
            for h in headers:
                index.setdefault(h.name.lower(), h.value)
            made = self._index[which] = (headers, len(headers), index)
        return made[2].get(name.lower())

    def header(self, name: str) -> str | None:
        return self._first("top", self.top_headers, name)

    def original_header(self, name: str) -> str | None:
        return self._first("original", self.original_headers, name)

    @property
    def body_text(self) -> str:
        """The readable text of the bounce itself (without the returned message)."""
        return "\n".join(self.text[p.start : p.end] for p in self.text_parts)

    def header_spans(self) -> list[Span]:
        """A name span and (unless empty) a value span per header: most of a report's spans."""
        spans: list[Span] = []
        append = spans.append
        name_kind, value_kind = SpanKind.HEADER_NAME, SpanKind.HEADER_VALUE
        for h in self.all_headers:
            name = h.name
            start = h.name_start
            append(Span(start, start + len(name), name_kind, -1, name))
            if h.value:
                start = h.value_start
                append(Span(start, start + len(h.value), value_kind, -1, name))
        return spans
