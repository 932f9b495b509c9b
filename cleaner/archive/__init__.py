"""The versioned archive."""
