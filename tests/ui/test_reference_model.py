"""The code reference model and its search and filter proxy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bounce_doctor.engine import default_catalog
from bounce_doctor.ui.reference_model import (
    ENTRY_ROLE,
    GROUP_ROLE,
    KEY_ROLE,
    ReferenceFilter,
    ReferenceModel,
    decided,
    group_of,
    occurs,
    outcomes_of,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def model() -> ReferenceModel:
    return ReferenceModel(default_catalog().entries)


@pytest.fixture
def proxy(model: ReferenceModel) -> ReferenceFilter:
    p = ReferenceFilter()
    p.setSourceModel(model)
    return p


def codes(proxy: ReferenceFilter) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, model: ReferenceModel) -> None:
    qtmodeltester.check(model)
    assert model.rowCount() == len(default_catalog().entries)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"


def test_proxy_passes_the_model_tester(qtmodeltester, proxy: ReferenceFilter) -> None:
    proxy.set_text_filter("mailbox")
    proxy.set_outcome("success", False)
    qtmodeltester.check(proxy)


def test_search_by_code(proxy: ReferenceFilter) -> None:
    proxy.set_text_filter("5.1.1")
    found = codes(proxy)
    assert "5.1.1" in found
    assert "X.1.1" in found  # the class-independent entry
    assert "5.2.2" not in found
    proxy.set_text_filter("550")
    assert "550" in codes(proxy)
    assert "5xx" in codes(proxy)


def test_search_by_words(proxy: ReferenceFilter) -> None:
    proxy.set_text_filter("mailbox full")
    found = codes(proxy)
    assert "5.2.2" in found
    assert "X.2.2" in found
    proxy.set_text_filter("no such words anywhere qqq")
    assert proxy.rowCount() == 0
    proxy.set_text_filter("")
    assert proxy.rowCount() == proxy.sourceModel().rowCount()


def test_kind_filters(proxy: ReferenceFilter) -> None:
    proxy.set_group("enhanced", False)
    proxy.set_group("vendor", False)
    groups = {proxy.index(r, 0).data(GROUP_ROLE) for r in range(proxy.rowCount())}
    assert groups == {"reply"}
    proxy.set_group("reply", False)
    assert proxy.rowCount() == 0


def test_outcome_filters(proxy: ReferenceFilter) -> None:
    for o in ("success", "temporary"):
        proxy.set_outcome(o, False)
    found = codes(proxy)
    assert "550" in found
    assert "421" not in found
    assert "250" not in found
    proxy.set_outcome("permanent", False)
    proxy.set_outcome("success", True)
    assert "250" in codes(proxy)


def test_custom_roles(model: ReferenceModel) -> None:
    row = model.row_of("enhanced:5.1.1")
    index = model.index(row, 0)
    assert model.data(index, KEY_ROLE) == "enhanced:5.1.1"
    assert model.data(index, ENTRY_ROLE).title
    assert model.row_of("nothing") == -1


def test_groups_and_outcomes_of_entries() -> None:
    cat = default_catalog()
    assert group_of(cat.get("550")) == "reply"
    assert group_of(cat.get("5xx")) == "reply"
    assert group_of(cat.get("X.1.X")) == "enhanced"
    assert outcomes_of(cat.get("X.2.2")) == {"temporary", "permanent"}
    assert outcomes_of(cat.get("550")) == {"permanent"}
    assert outcomes_of(cat.get("X.1.X")) == {"success", "temporary", "permanent"}


def test_who_and_resend_follow_the_class_of_every_code() -> None:
    # a success needs nothing, a temporary code is waited for or resent later, a permanent one is
    # never "the server keeps trying" nor "later"
    by_class = {"2": {"delivered"}, "4": {"later", "not_needed"}, "5": {"no", "after_fix", ""}}
    seen = set()
    for e in default_catalog().codes:
        for code, who, resend in decided(e):
            assert code in occurs(e)
            if code[0] in by_class:
                assert resend in by_class[code[0]], (e.key, code, who, resend)
                seen.add(code[0])
            if resend == "delivered":
                assert who == "nobody", (e.key, code)
    assert seen == {"2", "4", "5"}


def test_an_x_code_is_answered_per_class() -> None:
    cat = default_catalog()
    assert occurs(cat.get("X.1.1")) == ["4.1.1", "5.1.1"]
    assert decided(cat.get("X.1.1")) == [("4.1.1", "you", "later"), ("5.1.1", "you", "no")]
    assert [(c, r) for c, _w, r in decided(cat.get("X.3.0"))] == [
        ("2.3.0", "delivered"), ("4.3.0", "later"), ("5.3.0", "after_fix")]
    assert decided(cat.get("2.X.X")) == [("2.X.X", "nobody", "delivered")]
    assert decided(cat.get("5.X.X")) == [("5.X.X", "", "")]  # it depends
