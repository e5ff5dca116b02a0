"""The bundle's entry point (build_installer.py): the same `alqa` command as `pip install` gives."""

from app.cli import main

raise SystemExit(main())
