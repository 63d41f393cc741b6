"""``python -m jury_app`` is the command-line interface."""

from jury_app.cli import main

raise SystemExit(main())
