"""End-to-end lessons use the GUI helpers of tests/ui (the window fixture is in tests/conftest.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "ui"))  # gui.py and the wizard driver of test_wizard.py
