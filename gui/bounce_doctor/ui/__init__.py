"""The Qt window. Widgets live one per module; the main window wires them."""
