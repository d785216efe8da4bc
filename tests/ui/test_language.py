"""Choosing the language, translating core's sentences, and the CLI in another language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from studio.core.budget import Verdict
from studio.i18n.core_text import core_text
from studio.i18n.language import Translation, choose_language, normalize

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("code", "expected"),
    [("fr_CA", "fr"), ("zh-Hans-CN", "zh_CN"), ("zh_TW", None), ("ja_JP", "ja"), ("de", None)],
)
def test_system_locales_map_to_a_supported_language(code: str, expected: str | None) -> None:
    assert normalize(code) == expected


def test_lang_beats_the_environment_which_beats_the_setting_which_beats_the_system() -> None:
    system = ["ja-JP", "en-US"]
    assert choose_language(None, "", system, environ={}) == "ja"
    assert choose_language(None, "fr", system, environ={}) == "fr"
    assert choose_language(None, "fr", system, environ={"STUDIO_LANG": "zh_CN"}) == "zh_CN"
    assert choose_language("en", "fr", system, environ={"STUDIO_LANG": "zh_CN"}) == "en"
    assert choose_language(None, "", ["de-DE"], environ={}) == "en"


def test_core_sentences_are_translated_with_their_fields(qapp: QApplication) -> None:
    message = (
        "This job (~$0.05) would take today's spend from $1.00 to $1.05, over the daily cap "
        "of $1.00. Refused before sending (budget settings)."
    )
    translation = Translation("fr").install(qapp)
    try:
        assert core_text(message) == (
            "Cette tâche (~$0.05) ferait passer les dépenses du jour de $1.00 à $1.05, au-delà "
            "du plafond quotidien de $1.00. Refusée avant l’envoi (réglages de budget)."
        )
        assert core_text("something core never says") == "something core never says"
    finally:
        translation.uninstall(qapp)
    assert Verdict.OVER  # the budget sentence above is the one core.budget.check writes


def _studio(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STUDIO_DATA_DIR=str(tmp_path / "d"), STUDIO_CONFIG_DIR=str(tmp_path))
    env.pop("STUDIO_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_cli_speaks_the_chosen_language(tmp_path: Path) -> None:
    done = _studio("--lang", "ja", "estimate", "--prompt", " ", tmp_path=tmp_path)
    assert done.returncode == 3
    assert done.stderr == "studio: prompt: 作りたい画像を説明してください：プロンプトが空です\n"
    done = _studio("--lang", "fr", "estimate", "--prompt", "x", "--n", "11", tmp_path=tmp_path)
    assert "doit être compris entre 1 et 10 (reçu : 11)" in done.stderr
    (tmp_path / "settings.json").write_text('{"language": "zh_CN"}', encoding="utf-8")
    done = _studio("estimate", "--prompt", "x", "--n", "11", tmp_path=tmp_path)
    assert "必须在 1 到 10 之间（当前为 11）" in done.stderr
