"""The batch table's model and its filter: Qt's model tester, filtering by text, reason and permanence, sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bounce_doctor.ui.batch_model import BatchFilter, BatchModel, Column

from .test_batch_view import row


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    model = BatchModel()
    model.append([row("a@x.org"), row("b@y.org", "mailboxfull", False)])
    qtmodeltester.check(model)
    proxy = BatchFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.append([row("c@z.org", "blocked", None)])
    qtmodeltester.check(proxy)


def test_filters_and_sorting() -> None:
    model = BatchModel()
    model.append([row("ann@x.org"), row("bob@y.org", "mailboxfull", False), row("cy@x.org", "blocked", None)])
    proxy = BatchFilter()
    proxy.setSourceModel(model)
    assert model.headerData(Column.WHO, Qt.Orientation.Horizontal) == "Who must act"
    proxy.set_text("X.ORG")
    assert [r.recipient for r in proxy.visible_rows()] == ["ann@x.org", "cy@x.org"]
    proxy.set_text("")
    proxy.set_reason("mailboxfull")
    assert [r.recipient for r in proxy.visible_rows()] == ["bob@y.org"]
    proxy.set_reason("")
    proxy.set_permanence("temporary")
    assert [r.recipient for r in proxy.visible_rows()] == ["bob@y.org"]
    proxy.set_permanence("unknown")
    assert [r.recipient for r in proxy.visible_rows()] == ["cy@x.org"]
    proxy.set_permanence("all")
    proxy.sort(Column.RECIPIENT, Qt.SortOrder.DescendingOrder)
    assert [r.recipient for r in proxy.visible_rows()] == ["cy@x.org", "bob@y.org", "ann@x.org"]
    proxy.sort(Column.PERMANENT, Qt.SortOrder.AscendingOrder)
    assert [r.permanent for r in proxy.visible_rows()] == [True, False, None]
