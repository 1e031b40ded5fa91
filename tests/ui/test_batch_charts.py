"""The batch charts' count axes: whole steps, never more than eleven ticks.

The charts as drawn in the window are tested in tests/ui/test_batch_view.py."""

from __future__ import annotations

from bounce_doctor.ui.batch_charts import int_axis


def test_integer_axis_steps() -> None:
    for largest in (0, 1, 2, 3, 7, 10, 11, 120, 999, 5000):
        top, ticks = int_axis(largest)
        step = top / (ticks - 1)
        assert step == int(step)
        assert step >= 1
        assert top >= largest
        assert ticks <= 11
