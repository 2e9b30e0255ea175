"""Every setting is documented: a setting added to settings.py without a README row fails here."""
from pathlib import Path

from livedesk.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def test_every_setting_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    missing = [env for env in Settings.env_names().values() if f"`{env}`" not in text]
    assert missing == []


def test_settings_read_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("LIVEDESK_HOME", str(tmp_path))
    monkeypatch.setenv("LIVEDESK_PORT", "9999")
    monkeypatch.delenv("LIVEDESK_DATABASE_URL", raising=False)
    s = Settings()
    assert s.port == 9999
    assert s.database_url == f"sqlite:///{tmp_path / 'livedesk.db'}"


def test_a_setting_set_empty_takes_its_default(monkeypatch):
    monkeypatch.setenv("LIVEDESK_CACHE", "")
    monkeypatch.setenv("LIVEDESK_PORT", " ")
    s = Settings()
    assert s.cache_dir == Path.home() / ".cache" / "livedesk" and s.port == 8765
