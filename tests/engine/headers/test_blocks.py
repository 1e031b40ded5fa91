"""engine/headers/blocks.py: the header blocks of a message, its own and those of the messages it carries or quotes."""

from __future__ import annotations

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import analyse
from bounce_doctor.engine.headers.blocks import find_blocks, quoted_blocks
from bounce_doctor.engine.mime import parse

from ...conftest import corpus_dir


def test_a_bounce_carrying_returned_messages_has_a_block_each() -> None:
    data = (corpus_dir("sisimai", "bounces") / "lhost-x5-01.eml").read_bytes()
    blocks = find_blocks(parse(data))
    assert [b.source for b in blocks] == ["top", "attached", "attached", "attached"]
    a = analyse(data, diagnose(data))
    assert len(a.blocks) == 4  # what the Headers tab offers to choose from
    assert a.primary_index == 3
    assert len(a.blocks[3].hops) == 13  # the block shown first
    assert len(a.blocks[0].hops) == 10


def test_headers_quoted_in_the_text_are_a_block_and_a_lone_header_is_not() -> None:
    text = "Hello\n\n> Received: from a by b; Mon, 1 Jan 2024 10:00:00 +0000\n> Subject: hi\n\nbye\n"
    [block] = quoted_blocks(text, [])
    assert block.source == "quoted"
    assert [h.name for h in block.headers] == ["Received", "Subject"]
    assert text[block.headers[0].name_start :].startswith("Received: from a by b;")
    assert quoted_blocks("Subject: just one header\n\nand text\n", []) == []
