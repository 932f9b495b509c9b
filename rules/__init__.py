"""Built-in rule packs (TOML data); installed as cleaner.rulepacks."""
