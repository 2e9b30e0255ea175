"""The store: SQLite by default, PostgreSQL given a postgresql:// URL. See store.py."""
from livedesk.store.store import Store, normalise_url

__all__ = ["Store", "normalise_url"]
