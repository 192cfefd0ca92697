from seedlint.cli import entry

entry()
