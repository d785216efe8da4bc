"""Each fault ends in the documented state, in the designer's words, with nothing lost."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studio.app import build_main_window
from studio.core.events import ErrorKind
from studio.core.requests import ImageParams, ImageRequest
from studio.core.runner import JobOptions
from studio.core.secrets import default_secrets
from studio.core.services import Services
from studio.core.settings import CompatibleProfile, Settings, save_settings
from studio.emulator.server import EmulatorServer, Fault
from studio.ui.dialogs.settings import SettingsDialog
from studio.ui.generation import GenerationController
from studio.ui.state.jobs_state import JobPhase
from studio.wiring import DemoSwitch
from tests.ui import test_generation as generation
from tests.ui.test_generation import Rig, build_rig

emulator = generation.emulator  # the shared fixtures
rig = generation.rig


def test_moderation_block_keeps_the_prompt_and_shows_zero_cost(qtbot: QtBot, rig: Rig) -> None:
    rig.emulator.inject(Fault(kind="moderation"))
    ticket = rig.generate(qtbot, "a forbidden thing")
    info = rig.jobs.job(ticket)
    assert info.phase is JobPhase.FAILED and info.error is not None
    assert info.error.kind is ErrorKind.MODERATION
    assert rig.preview.error_shown()
    assert rig.preview.banner_title.text() == "Refused by the safety system"
    assert "refused by the safety system" in rig.preview.banner_text.text()
    assert "Cost: $0.00" in rig.preview.banner_text.text()
    assert rig.panel.prompt.toPlainText() == "a forbidden thing"
    assert rig.state.prompt == "a forbidden thing"
    assert rig.preview.status.text().endswith("$0.00")
    assert not rig.preview.retry_button.isVisibleTo(rig.preview)


def test_rate_limit_counts_down_then_retries_by_itself(qtbot: QtBot, rig: Rig) -> None:
    rig.emulator.inject(Fault(kind="rate_limit", retry_after=1.0))
    rig.state.set_prompt("patience")
    ticket = rig.controller.generate()
    assert ticket is not None
    qtbot.waitUntil(lambda: rig.jobs.job(ticket).phase is JobPhase.RETRYING, timeout=5000)
    assert "retry in 1 s" in rig.job_list.state_text(ticket)
    assert "Rate limited: retrying in" in rig.preview.status.text()
    qtbot.waitUntil(lambda: rig.jobs.job(ticket).phase is JobPhase.COMPLETED, timeout=10_000)
    assert len(rig.emulator.requests) == 2
    assert not rig.preview.error_shown()


def test_rate_limit_wait_is_cancellable(qtbot: QtBot, rig: Rig) -> None:
    rig.emulator.inject(Fault(kind="rate_limit", retry_after=30.0))
    rig.state.set_prompt("patience")
    ticket = rig.controller.generate()
    assert ticket is not None
    qtbot.waitUntil(lambda: rig.jobs.job(ticket).phase is JobPhase.RETRYING, timeout=5000)
    assert "retry in 30 s" in rig.job_list.state_text(ticket) or "retry in 29 s" in (
        rig.job_list.state_text(ticket)
    )
    with qtbot.waitSignal(rig.jobs.job_finished, timeout=3000):
        rig.job_list.cancel_button(ticket).click()
    assert rig.jobs.job(ticket).phase is JobPhase.CANCELLED
    assert len(rig.emulator.requests) == 1


def test_stream_cut_keeps_the_last_partial_and_offers_retry(qtbot: QtBot, rig: Rig) -> None:
    rig.emulator.inject(Fault(kind="stream_cut", after_partials=1))
    ticket = rig.generate(qtbot, "a windmill")
    info = rig.jobs.job(ticket)
    assert info.phase is JobPhase.FAILED and info.error is not None
    assert info.error.kind is ErrorKind.STREAM_INCOMPLETE
    assert info.partials == 1 and Path(info.last_partial_path or "").is_file()
    assert not rig.preview.image().isNull(), "the last partial stays visible"
    assert rig.preview.caption.text() == "partial 1 of 2"
    assert rig.preview.banner_title.text() == "The stream was cut off"
    assert "Partial 1 of 2 is shown and saved" in rig.preview.banner_text.text()
    assert rig.preview.retry_button.isVisibleTo(rig.preview)
    partials = rig.services.store.job_images(info.job_id or "", "partial")
    assert len(partials) == 1, "the partial that arrived is in the store"
    with qtbot.waitSignal(rig.jobs.job_finished, timeout=15_000):
        rig.preview.retry_button.click()
    retried = rig.jobs.job(rig.controller.followed or "")
    assert retried.ticket != ticket and retried.phase is JobPhase.COMPLETED
    assert retried.request == info.request
    assert not rig.preview.error_shown()


def test_unusable_final_image_says_it_may_be_billed_and_retries_only_when_asked(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.emulator.inject(Fault(kind="bad_base64", after_partials=2))  # the final image
    ticket = rig.generate(qtbot, "a lighthouse")
    info = rig.jobs.job(ticket)
    assert info.phase is JobPhase.FAILED and info.error is not None
    assert info.error.kind is ErrorKind.BAD_RESPONSE and info.error.maybe_billed
    assert rig.preview.banner_title.text() == "The server's answer could not be used"
    assert "may have been billed" in rig.preview.banner_text.text()
    assert rig.preview.retry_button.isVisibleTo(rig.preview)
    assert len(rig.emulator.requests) == 1, "nothing is re-sent until the user asks"
    with qtbot.waitSignal(rig.jobs.job_finished, timeout=15_000):
        rig.preview.retry_button.click()
    assert rig.jobs.job(rig.controller.followed or "").phase is JobPhase.COMPLETED
    assert len(rig.emulator.requests) == 2


def test_client_validation_points_at_the_prompt(qtbot: QtBot, rig: Rig) -> None:
    rig.panel.show()
    rig.state.set_prompt("   ")
    assert rig.controller.generate() is None
    assert rig.emulator.requests == []
    assert rig.panel.problem_label.isVisibleTo(rig.panel)
    assert rig.panel.problem_label.text() == "Describe the image you want."
    assert rig.panel.prompt.hasFocus() or rig.panel.focusWidget() is rig.panel.prompt
    assert "d04040" in rig.panel.prompt.styleSheet()
    rig.panel.prompt.setPlainText("now with words")
    assert not rig.panel.problem_label.isVisibleTo(rig.panel)


def test_invalid_request_from_the_job_points_at_the_size(qtbot: QtBot, rig: Rig) -> None:
    rig.panel.show()
    bad = ImageRequest("a bad size", ImageParams(size="1000x1000", quality="low"))
    with qtbot.waitSignal(rig.jobs.job_finished, timeout=5000) as finished:
        rig.controller.submit(bad, JobOptions())
    assert finished.args[1].kind is ErrorKind.INVALID_REQUEST
    assert finished.args[1].param == "size"
    assert rig.emulator.requests == [], "nothing was sent"
    assert rig.preview.banner_title.text() == "Check the highlighted setting"
    size = rig.panel.params.size
    assert "d04040" in size.styleSheet()
    assert "multiples of 16" in rig.panel.problem_label.text()


def _keyless_extras(services: Services) -> dict:
    return {"demo_switch": DemoSwitch(services)}


@pytest.fixture
def keyless(qtbot: QtBot, emulator: EmulatorServer) -> Iterator[Rig]:
    built = build_rig(qtbot, emulator, api_key=None, extras=_keyless_extras)
    yield built
    assert built.jobs.shutdown(5000)
    server = built.controller._demo_switch.server
    if server is not None:
        server.stop()
    built.services.close()


def test_no_key_opens_settings_on_the_key_then_runs(qtbot: QtBot, emulator: EmulatorServer) -> None:
    """The real window on a compatible provider (the emulator) with no key stored anywhere."""
    save_settings(replace(Settings(), provider="compatible", compatible=CompatibleProfile(
        base_url=emulator.base_url)))  # fmt: skip
    secrets = default_secrets()  # in memory (conftest)
    window = build_main_window(secrets=secrets)
    qtbot.addWidget(window)
    controller = window.findChild(GenerationController)
    assert controller is not None
    controller.request_state.set_prompt("needs a key")
    controller.request_state.update_params(size="1024x1024", quality="low", partial_images=0)
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=15_000) as failed:
        controller.generate()
    assert failed.args[1].kind is ErrorKind.NO_KEY
    preview = controller.preview
    assert preview.banner_title.text() == "No API key"
    assert preview.key_button.isVisibleTo(preview) and preview.demo_button.isVisibleTo(preview)
    assert emulator.requests == []

    preview.key_button.click()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.provider_page
    dialog.provider_page.key_field.edit.setText("sk-typed")
    with qtbot.waitSignal(controller.jobs.job_finished, timeout=15_000) as finished:
        dialog.save()
    account = f"compatible:{emulator.base_url}"
    assert secrets.get(account) == "sk-typed"
    assert finished.args[0] != failed.args[0], "a new job, the failed one stays listed"
    assert controller.jobs.job(finished.args[0]).phase is JobPhase.COMPLETED
    assert len(emulator.requests) == 1
    assert emulator.requests[0].auth == "bearer"
    controller.jobs.shutdown()


def test_no_key_switches_to_demo_mode(qtbot: QtBot, keyless: Rig) -> None:
    keyless.generate(qtbot, "needs a key")
    with qtbot.waitSignal(keyless.jobs.job_finished, timeout=15_000) as finished:
        keyless.preview.demo_button.click()
    info = keyless.jobs.job(finished.args[0])
    assert info.phase is JobPhase.COMPLETED
    server = keyless.controller._demo_switch.server
    assert server is not None and server is not keyless.emulator
    assert len(server.requests) == 1 and keyless.emulator.requests == []
    assert keyless.services.runner.engine.provider.base_url == server.base_url
