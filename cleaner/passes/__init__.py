"""One module per boilerplate family; each exposes ``run(ctx)`` and reads its patterns from rules."""
