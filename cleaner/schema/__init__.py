"""The sidecar's JSON Schema ships as data next to the code that writes sidecars."""
