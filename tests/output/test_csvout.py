"""The CSV tables' own rules (the CLI's CSV is tested through the CLI in tests/test_cli_batch.py)."""

from __future__ import annotations

from bounce_doctor.output import csvout


def test_csv_cells_never_start_a_formula() -> None:
    assert csvout._cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert csvout._cell("+1") == "'+1"
    assert csvout._cell("@SUM(A1)") == "'@SUM(A1)"
    assert csvout._cell(True) == "true"
    assert csvout._cell(None) == ""
    assert csvout._cell("550 5.1.1 x") == "550 5.1.1 x"
