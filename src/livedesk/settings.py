"""Every setting, its default and its environment variable, in one place.

A test (tests/test_settings.py) fails when a setting here is not documented in the README.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path


def _env(name: str, default: str) -> str:
    # Set but empty is unset, as shells write it ("LIVEDESK_CACHE= cmd"): an empty cache
    # path would put the gazetteer in the working directory.
    value = os.environ.get(name)
    return value if value and value.strip() else default


def data_dir() -> Path:
    return Path(_env("LIVEDESK_HOME", str(Path.cwd() / ".livedesk")))


@dataclass(frozen=True)
class Settings:
    # SQLAlchemy URL of the store; SQLite in LIVEDESK_HOME by default.
    database_url: str = field(default_factory=lambda: _env(
        "LIVEDESK_DATABASE_URL", f"sqlite:///{data_dir() / 'livedesk.db'}"))
    # Where the store, feed state and user overlays live.
    home: Path = field(default_factory=data_dir)
    # Where built indexes (the gazetteer) live: shared by every home, built once per machine.
    cache_dir: Path = field(default_factory=lambda: Path(_env(
        "LIVEDESK_CACHE", str(Path.home() / ".cache" / "livedesk"))))
    # Extra place rows (CSV like lexicons/places_overlay.csv), several joined by ':'; read at
    # load time, no rebuild. $LIVEDESK_HOME/places_overlay.csv is always read when present.
    places_overlay: str = field(default_factory=lambda: _env("LIVEDESK_PLACES_OVERLAY", ""))
    # Address `livedesk serve` binds to.
    host: str = field(default_factory=lambda: _env("LIVEDESK_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(_env("LIVEDESK_PORT", "8765")))
    # Largest input accepted for one file, page or feed, in bytes.
    max_bytes: int = field(default_factory=lambda: int(_env("LIVEDESK_MAX_BYTES", str(20 * 1024 * 1024))))
    # Seconds before a fetch gives up.
    fetch_timeout: float = field(default_factory=lambda: float(_env("LIVEDESK_FETCH_TIMEOUT", "20")))
    # Let the fetcher reach loopback and private addresses (off: SSRF protection).
    allow_private: bool = field(default_factory=lambda: _env("LIVEDESK_ALLOW_PRIVATE", "0") == "1")
    # Seconds between polls of a feed by `livedesk watch`.
    poll_interval: float = field(default_factory=lambda: float(_env("LIVEDESK_POLL_INTERVAL", "300")))
    # Hours after which a claim nobody corroborated is flagged stale.
    stale_after_hours: float = field(default_factory=lambda: float(_env("LIVEDESK_STALE_HOURS", "48")))
    # Minutes a sign-in session lasts.
    session_minutes: int = field(default_factory=lambda: int(_env("LIVEDESK_SESSION_MINUTES", "480")))
    # Processes `livedesk serve` answers with (they share the port; each streams changes).
    workers: int = field(default_factory=lambda: int(_env("LIVEDESK_WORKERS", "1")))
    # Megabytes of API answers each serve process keeps (0: none); see web/cache.py.
    response_cache_mb: int = field(default_factory=lambda: int(_env("LIVEDESK_RESPONSE_CACHE_MB", "64")))
    # A raster tile server for the map ("https://tiles.example.org/{z}/{x}/{y}.png"), for users
    # who are online; empty (the default): the map draws its own borders and place names.
    tiles: str = field(default_factory=lambda: _env("LIVEDESK_TILES", ""))
    # The credit the tile server asks for, shown on the map ("© OpenStreetMap contributors").
    tiles_attribution: str = field(default_factory=lambda: _env("LIVEDESK_TILES_ATTRIBUTION", ""))

    @classmethod
    def env_names(cls) -> dict[str, str]:
        """Setting name -> environment variable, for the README check."""
        return {
            "database_url": "LIVEDESK_DATABASE_URL", "home": "LIVEDESK_HOME",
            "cache_dir": "LIVEDESK_CACHE", "places_overlay": "LIVEDESK_PLACES_OVERLAY",
            "host": "LIVEDESK_HOST", "port": "LIVEDESK_PORT", "max_bytes": "LIVEDESK_MAX_BYTES",
            "fetch_timeout": "LIVEDESK_FETCH_TIMEOUT", "allow_private": "LIVEDESK_ALLOW_PRIVATE",
            "poll_interval": "LIVEDESK_POLL_INTERVAL", "stale_after_hours": "LIVEDESK_STALE_HOURS",
            "session_minutes": "LIVEDESK_SESSION_MINUTES", "workers": "LIVEDESK_WORKERS",
            "response_cache_mb": "LIVEDESK_RESPONSE_CACHE_MB", "tiles": "LIVEDESK_TILES",
            "tiles_attribution": "LIVEDESK_TILES_ATTRIBUTION",
        }

    def as_env(self) -> dict[str, str]:
        """These settings as the environment variables that would give them."""
        def text(v) -> str:
            return ("1" if v else "0") if isinstance(v, bool) else str(v)
        return {env: text(getattr(self, name)) for name, env in self.env_names().items()}


def get_settings() -> Settings:
    return Settings()


assert set(Settings.env_names()) == {f.name for f in fields(Settings)}
