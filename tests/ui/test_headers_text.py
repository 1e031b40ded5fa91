"""The Headers tab's words: the engine's block names marked for translation, and the blocks' labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import analyse, blocks
from bounce_doctor.ui import headers_text
from bounce_doctor.ui.headers_text import block_label

from ..conftest import corpus_dir

ENGINE = Path(blocks.__file__).parent


def test_every_block_label_of_the_engine_is_marked() -> None:
    source = (ENGINE / "blocks.py").read_text("utf-8")
    labels = set(re.findall(r'"((?:the |headers quoted)[^"]*)"', source))
    labels.discard("the returned message")  # a marker's words, not a label
    assert labels <= set(headers_text.BLOCK_LABELS), labels - set(headers_text.BLOCK_LABELS)


@pytest.mark.gui
def test_corpus_blocks() -> None:
    data = (corpus_dir("sisimai", "bounces") / "lhost-x5-01.eml").read_bytes()
    a = analyse(data, diagnose(data))
    assert [block_label(b) for b in a.blocks] == [
        "The message's own headers (10 hops)",
        "The returned message (attached) (2 hops)",
        "The returned message (attached) (0 hops)",
        "The returned message (attached) (13 hops)",
    ]
