"""Parse a message's MIME structure into display text with known offsets.

The display text is what the window shows: the bounce's headers, then each
readable part decoded to text, with a one-line marker before each part.
Everything the engine finds later is a character span into this text.

The package's modules, in the order they build on each other:

- ``charset``: bytes to text (declared charsets, then UTF-8, then guesses);
- ``headers``: header values decoded and unfolded;
- ``html``: HTML parts as plain text;
- ``parsed``: what parsing gives (:class:`Parsed`, :class:`HeaderField` and the rest);
- ``payload``: what a part holds, as bytes or text;
- ``split``: the fast splitter that builds Python's message tree from the whole text;
- ``tree``: Python's feed parser made safe, used where the splitter gives up;
- ``display``: the tree walked into the display text, and :func:`parse`.
"""

from __future__ import annotations

from ..limits import DEFAULT_LIMITS
from .charset import decode_bytes, fix_text
from .display import parse
from .headers import MAX_HEADER_CHARS, decode_header_value
from .html import html_to_text
from .parsed import DsnBlock, HeaderField, Parsed, TextPart
from .payload import part_text

# the defaults; parse() takes a Limits to change them
MAX_DEPTH = DEFAULT_LIMITS.max_depth  # nested multiparts and messages
MAX_PARTS = DEFAULT_LIMITS.max_parts
MAX_PART_CHARS = DEFAULT_LIMITS.max_part_chars  # text shown from one part

__all__ = [
    "MAX_DEPTH",
    "MAX_HEADER_CHARS",
    "MAX_PARTS",
    "MAX_PART_CHARS",
    "DsnBlock",
    "HeaderField",
    "Parsed",
    "TextPart",
    "decode_bytes",
    "decode_header_value",
    "fix_text",
    "html_to_text",
    "parse",
    "part_text",
]
