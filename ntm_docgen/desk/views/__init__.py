"""The desk's pages, one module per job; ``ROUTES`` gathers them for the application."""
