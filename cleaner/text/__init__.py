"""Text machinery that is not a family of its own: the line-rule engine, shape tests, regex analysis.

The passes (cleaner/passes) and the HTML layer (cleaner/html) both use it; it knows nothing of
either.
"""
