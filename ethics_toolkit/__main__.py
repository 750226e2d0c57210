"""``python -m ethics_toolkit`` runs the same CLI as the ``ethics-toolkit`` script."""

from ethics_toolkit.cli import main

raise SystemExit(main())
