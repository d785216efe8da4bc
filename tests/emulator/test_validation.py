"""Validation errors carry the real status, type, code and the parameter they name."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

import openai
import pytest

from studio.emulator.server import EmulatorServer
from tests.emulator.helpers import auth, mask_with_hole, photo_png, png_bytes, raw_request


def _bad_request(call: Any) -> openai.BadRequestError:
    with pytest.raises(openai.BadRequestError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize(
    ("kwargs", "param", "code"),
    [
        ({"model": "gpt-image-9"}, "model", "invalid_value"),
        ({"model": "dall-e-3"}, "model", "invalid_value"),
        ({"model": "gpt-image-1"}, "model", "invalid_value"),  # shut down 2026-10-23
        ({"size": "1000x1000"}, "size", "invalid_value"),
        ({"size": "3072x960"}, "size", "invalid_value"),  # 3.2:1
        ({"size": "3856x1296"}, "size", "invalid_value"),  # longest edge > 3840
        ({"size": "512x512"}, "size", "invalid_value"),  # < 655,360 pixels
        ({"size": "big"}, "size", "invalid_value"),
        ({"quality": "xhigh"}, "quality", "invalid_value"),  # only on 2.5 / 2.6
        ({"quality": "hd"}, "quality", "invalid_value"),
        ({"n": 0}, "n", "integer_below_min_value"),
        ({"n": 11}, "n", "integer_above_max_value"),
        ({"partial_images": 4}, "partial_images", "integer_above_max_value"),
        ({"output_compression": 50}, "output_compression", "invalid_value"),  # png
        (
            {"output_format": "jpeg", "output_compression": 101},
            "output_compression",
            "integer_above_max_value",
        ),
        ({"output_format": "jpeg", "background": "transparent"}, "background", "invalid_value"),
        ({"output_format": "gif"}, "output_format", "invalid_value"),
        ({"moderation": "none"}, "moderation", "invalid_value"),
        ({"prompt": "x" * 32_001}, "prompt", "string_above_max_length"),
        ({"extra_body": {"input_fidelity": "high"}}, "input_fidelity", "unknown_parameter"),
        ({"response_format": "b64_json"}, "response_format", "unknown_parameter"),
        ({"complexity": "extreme"}, "complexity", "invalid_value"),
    ],
)
def test_generation_validation(
    client: openai.OpenAI, kwargs: dict[str, Any], param: str, code: str
) -> None:
    arguments: dict[str, Any] = {"model": "gpt-image-2", "prompt": "an otter", **kwargs}
    error = _bad_request(lambda: client.images.generate(**arguments))
    assert (error.param, error.code) == (param, code)
    assert error.status_code == 400
    assert isinstance(error.body, dict) and error.body["param"] == param


def test_legacy_size_message_is_the_real_one(client: openai.OpenAI) -> None:
    error = _bad_request(
        lambda: client.images.generate(model="gpt-image-1.5", prompt="x", size="123x456")
    )
    assert error.message == (
        "Error code: 400 - Invalid size '123x456'. Supported sizes are 1024x1024, 1024x1536,"
        " 1536x1024, and auto."
    )
    assert error.type == "image_generation_user_error"
    _bad_request(
        lambda: client.images.generate(model="gpt-image-1.5", prompt="x", size="2048x2048")
    )


def test_model_error_shape(client: openai.OpenAI) -> None:
    error = _bad_request(lambda: client.images.generate(model="dall-e-3", prompt="x"))
    assert error.body == {
        "message": "The model 'dall-e-3' does not exist.",
        "type": "image_generation_user_error",
        "param": "model",
        "code": "invalid_value",
    }


def test_accepted_edge_values(client: openai.OpenAI) -> None:
    for size in ("1024x640", "3840x1280", "2880x2880"):
        assert (
            client.images.generate(
                model="gpt-image-2", prompt="x", size=size, output_format="jpeg"
            ).size
            == size
        )
    result = client.images.generate(
        model="gpt-image-2.6-flare", prompt="x", complexity="low", output_format="jpeg"
    )
    assert result.quality == "medium"


def test_legacy_models_shut_down_on_2026_12_01() -> None:
    for today, allowed in ((date(2026, 11, 30), True), (date(2026, 12, 1), False)):
        with (
            EmulatorServer(today=today) as server,
            openai.OpenAI(base_url=server.base_url, api_key="k", max_retries=0) as sdk,
        ):
            for model in ("gpt-image-1.5", "gpt-image-1-mini", "chatgpt-image-latest"):
                call = functools.partial(
                    sdk.images.generate, model=model, prompt="x", output_format="jpeg"
                )
                if allowed:
                    assert call().usage is not None
                else:
                    assert _bad_request(call).param == "model"


def test_missing_prompt_and_bad_json(emulator: EmulatorServer) -> None:
    status, _, body = raw_request(
        emulator.port, "POST", "/v1/images/generations", {"model": "gpt-image-2"}, auth()
    )
    assert status == 400 and b'"param": "prompt"' in body and b"missing_required_parameter" in body
    status, _, body = raw_request(emulator.port, "POST", "/v1/images/generations", b"{nope", auth())
    assert status == 400 and b"could not parse the JSON body" in body
    status, _, body = raw_request(
        emulator.port, "POST", "/v1/images/generations", {"prompt": "x", "n": "2"}, auth()
    )
    assert status == 400 and b"invalid_type" in body


def _edit(client: openai.OpenAI, **kwargs: Any) -> Any:
    arguments: dict[str, Any] = {
        "model": "gpt-image-2",
        "prompt": "x",
        "image": ("a.png", photo_png(), "image/png"),
        "output_format": "jpeg",
        **kwargs,
    }
    return client.images.edit(**arguments)


MINI = "gpt-image-1-mini"
OCTET_STREAM = ("a.bin", photo_png(), "application/octet-stream")
NOT_AN_IMAGE = ("a.png", b"not an image", "image/png")
SEVENTEEN = [("a.png", photo_png((64, 64)), "image/png")] * 17
OVERLAY = ("m.png", png_bytes(mask_with_hole((1024, 1024), (0, 0, 9, 9))), "image/png")


@pytest.mark.parametrize(
    ("kwargs", "param", "code"),
    [
        ({"input_fidelity": "high"}, "input_fidelity", "invalid_value"),  # gpt-image-2: omit
        ({"model": MINI, "input_fidelity": "high"}, "input_fidelity", "invalid_value"),
        ({"image": OCTET_STREAM}, "image", "unsupported_file_mimetype"),
        ({"image": NOT_AN_IMAGE}, "image", "invalid_image_format"),
        ({"image": SEVENTEEN}, "image", "array_above_max_length"),
        ({"markup": OVERLAY}, "markup", "invalid_value"),  # gpt-image-2 has no markup
    ],
)
def test_edit_validation(
    client: openai.OpenAI, kwargs: dict[str, Any], param: str, code: str
) -> None:
    error = _bad_request(lambda: _edit(client, **kwargs))
    assert (error.param, error.code) == (param, code)


def test_input_fidelity_accepted_where_allowed(client: openai.OpenAI) -> None:
    assert _edit(client, model="gpt-image-1-mini", input_fidelity="low").usage is not None
    assert _edit(client, model="gpt-image-1.5", input_fidelity="high").usage is not None


def test_mask_without_alpha(client: openai.OpenAI) -> None:
    mask = png_bytes(mask_with_hole((1024, 1024), (0, 0, 1, 1), mode="RGB"))
    error = _bad_request(lambda: _edit(client, mask=("m.png", mask, "image/png")))
    assert (error.param, error.code) == ("mask", "invalid_mask_image_format")
    assert error.body == {
        "message": "Invalid mask image format - mask image missing alpha channel",
        "type": "image_generation_user_error",
        "param": "mask",
        "code": "invalid_mask_image_format",
    }


def test_mask_size_mismatch(client: openai.OpenAI) -> None:
    mask = png_bytes(mask_with_hole((1024, 1023), (0, 0, 9, 9)))
    error = _bad_request(lambda: _edit(client, mask=("m.png", mask, "image/png")))
    assert error.code == "invalid_mask_image_format"
    assert isinstance(error.body, dict)
    assert (
        error.body["message"] == "Invalid mask image format - mask size does not match image size"
    )


def test_mask_and_markup_together_are_rejected(client: openai.OpenAI) -> None:
    error = _bad_request(
        lambda: _edit(client, model="gpt-image-2.5-flare", mask=OVERLAY, markup=OVERLAY)
    )
    assert error.param == "markup"
    assert _edit(client, model="gpt-image-2.5-flare", markup=OVERLAY).usage is not None
