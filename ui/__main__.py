"""``python -m ui`` starts the desktop program (also the frozen GUI's entry point)."""

from ui.app import main

raise SystemExit(main())
