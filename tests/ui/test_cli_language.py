"""The command line's help, usage table, estimate line and retirement sentences translated."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication

from studio.i18n.core_text import core_text
from studio.i18n.language import Translation
from tests.ui.words import english_in

REPO = Path(__file__).resolve().parents[2]
COMMANDS = ("estimate", "generate", "edit", "drafts", "finalize", "extend", "usage", "emulator")
# What the user types stays as typed: command and option names, values, placeholders, brands.
TYPED = re.compile(
    r"--?[\w-]+|\{[^}]*\}|\b[A-Z][A-Z0-9_]*\b|(?:chatgpt|gpt)-image-[\w.-]+|gpt-[\w.-]+"
)
VALUES = {
    *COMMANDS, "batch", "submit", "status", "collect", "cancel", "studio", "image", "images",
    "low", "medium", "high", "xhigh", "max", "auto", "opaque", "transparent", "none", "png",
    "jpeg", "webp", "gif", "svg", "rgba", "api", "json", "csv", "usd", "sol", "ms", "token",
}  # fmt: skip


def _studio(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STUDIO_DATA_DIR=str(tmp_path / "d"), STUDIO_CONFIG_DIR=str(tmp_path))
    env.pop("STUDIO_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "studio", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def _ascii_words(text: str) -> set[str]:
    plain = TYPED.sub(" ", text)
    return {w for w in re.findall(r"[A-Za-z]{2,}", plain) if w.lower() not in VALUES}


@pytest.mark.parametrize("language", ["fr", "zh_CN", "ja"])
def test_every_help_page_speaks_the_language(language: str, tmp_path: Path) -> None:
    pages = [("--help",), *((command, "--help") for command in COMMANDS)]
    pages += [("batch", "--help"), ("batch", "submit", "--help"), ("batch", "status", "--help")]
    for page in pages:
        done = _studio("--lang", language, *page, tmp_path=tmp_path)
        assert done.returncode == 0, done.stderr
        assert not done.stdout.startswith("usage:")  # "options" is French too
        if language == "fr":
            leftovers = english_in(TYPED.sub(" ", done.stdout), "fr")
            assert not [w for w in leftovers if w.lower() not in VALUES], (page, leftovers)
        else:
            assert not _ascii_words(done.stdout), (page, _ascii_words(done.stdout))


def test_the_help_stays_english_in_english(tmp_path: Path) -> None:
    done = _studio("--lang", "en", "estimate", "--help", tmp_path=tmp_path)
    assert done.stdout.startswith("usage: studio estimate")
    assert "tokens and dollars" not in done.stdout  # the page of estimate, not the list
    assert "what to generate or change" in done.stdout


def test_argparse_errors_are_translated_on_one_line(tmp_path: Path) -> None:
    done = _studio("--lang", "ja", "estimate", tmp_path=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "studio: 次の引数が必要です：--prompt（studio estimate --help を参照）\n"
    (tmp_path / "settings.json").write_text('{"language": "fr"}', encoding="utf-8")
    done = _studio("estimate", "--prompt", "x", "--bogus", tmp_path=tmp_path)
    assert done.stderr == "studio: arguments non reconnus : --bogus (voir studio --help)\n"


@pytest.mark.parametrize(
    ("language", "line", "heading", "total"),
    [
        ("fr", "jetons en entrée", ["jour", "tâches", "images", "coût", "USD"], "total"),
        ("zh_CN", "：输入 ", ["日期", "任务", "图像", "费用", "USD"], "总计"),
        ("ja", "：入力 ", ["日", "ジョブ", "画像", "費用", "USD"], "合計"),
    ],
)
def test_estimate_line_and_usage_table(
    language: str, line: str, heading: list[str], total: str, tmp_path: Path
) -> None:
    done = _studio("--lang", language, "estimate", "--prompt", "x", tmp_path=tmp_path)
    first = done.stdout.splitlines()[0]
    assert first.startswith("gpt-image-2 1024x1024 high x1") and line in first
    assert "input" not in first and "output" not in first
    done = _studio("--lang", language, "usage", tmp_path=tmp_path)
    heading_line, total_line = done.stdout.splitlines()
    assert heading_line.split() == heading
    assert total_line.startswith(total) and total_line.endswith("0.0000")
    assert "jobs" not in heading_line and "cost" not in heading_line


def test_retired_model_sentences_are_translated(qapp: QApplication) -> None:
    translation = Translation("fr").install(qapp)
    try:
        assert core_text("gpt-image-1 was shut down on 2026-10-23; use gpt-image-2 instead") == (
            "gpt-image-1 a été arrêté le 2026-10-23 ; utilisez gpt-image-2 à la place"
        )
        notice = "Your default model gpt-image-1 was retired on 2026-10-23; it is now gpt-image-2."
        assert core_text(notice) == (
            "Votre modèle par défaut gpt-image-1 a été retiré le 2026-10-23 ; c’est désormais "
            "gpt-image-2."
        )
    finally:
        translation.uninstall(qapp)
    translation = Translation("ja").install(qapp)
    try:
        assert core_text(
            "Your default model gpt-image-1 was retired on 2026-10-23; it is now gpt-image-2."
        ).startswith("既定のモデル gpt-image-1 は 2026-10-23 に提供終了しました")
        assert core_text("gpt-image-1 has been retired; the final uses gpt-image-2.") == (
            "gpt-image-1 は提供終了しました。仕上げには gpt-image-2 を使います。"
        )
    finally:
        translation.uninstall(qapp)


def test_extend_and_focus_errors_and_result_line(tmp_path: Path) -> None:
    picture = tmp_path / "p.png"
    Image.new("RGB", (64, 64), "red").save(picture)
    common = ("--image", str(picture), "--out", str(tmp_path / "out"), "--demo")
    done = _studio("--lang", "ja", "extend", *common, "--aspect", "abc", tmp_path=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "studio: 縦横比は 16:9 のように指定してください（'abc' は使えません）\n"
    done = _studio("--lang", "fr", "extend", *common, tmp_path=tmp_path)
    assert done.stderr.startswith("studio: indiquez de combien agrandir : --left/")
    done = _studio("--lang", "fr", "edit", "--focus", "--prompt", "x", *common, tmp_path=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("studio: --focus nécessite un --mask : seul un recadrage")
    done = _studio("--lang", "ja", "extend", *common, "--left", "32", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("1 枚の画像（$") and re.search(r"、64x64 を 9\dx6\d に拡張）：$", first)


def test_batch_lines_speak_the_language(tmp_path: Path) -> None:
    done = _studio("--lang", "fr", "batch", "status", "--demo", tmp_path=tmp_path)
    assert done.stdout.startswith("Aucun lot pour l’instant : studio batch submit")
    submitted = _studio(
        "--lang", "ja", "batch", "submit", "--prompt", "x", "--demo", tmp_path=tmp_path
    )
    ref = submitted.stdout.strip()
    assert ref.startswith("batch_"), submitted.stderr
    done = _studio("--lang", "ja", "batch", "status", ref, "--demo", tmp_path=tmp_path)
    line = done.stdout.strip()
    assert line.startswith(ref) and "（見積もり $" in line and "送信日時 " in line
    assert not _ascii_words(line.replace(ref, "")), line
    done = _studio(
        "--lang",
        "zh_CN",
        "batch",
        "collect",
        "nope",
        "--out",
        str(tmp_path),
        "--demo",
        tmp_path=tmp_path,
    )
    assert done.stderr == "studio: 历史记录中没有批次 nope（请查看：studio batch status）\n"
