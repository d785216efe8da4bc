"""Core's English sentences in the user's language: a catalogue of core message templates.

studio/core speaks English and imports no Qt. The window and the CLI pass what core says
through ``core_text``: a message matching a template here is translated (its {fields} are
translated too when they are themselves known fragments); anything else stays as core wrote it.
Keep a template here word for word with the f-string in core that produces it.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"

TEMPLATES = (
    # services.py, engine.py: no key
    QT_TRANSLATE_NOOP(
        "CoreMessages", "No API key. Enter one in Settings, set OPENAI_API_KEY, or use demo mode."
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No API key: the system keyring was refused ({problem}). Enter one in Settings "
        "(kept for this session), set OPENAI_API_KEY, or use demo mode.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "No API key to test: paste one first."),
    # budget.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This job (~{estimate}) would take {whose} spend from {already} to {after}, over the "
        "{name} cap of {cap}.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "After this job (~{estimate}) {whose} spend would be {after}: {percent} of the {name} "
        "cap of {cap} ({already} spent).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{message} Refused before sending (budget settings)."),
    QT_TRANSLATE_NOOP("CoreMessages", "today's"),
    QT_TRANSLATE_NOOP("CoreMessages", "this month's"),
    QT_TRANSLATE_NOOP("CoreMessages", "daily"),
    QT_TRANSLATE_NOOP("CoreMessages", "monthly"),
    # errors.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Could not reach the server ({reason}). Nothing was sent, so nothing was billed.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The server stopped answering in time."),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The server closed the connection after receiving the request."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The connection dropped during the stream."),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The request may have been billed, so it was not retried automatically: check your "
        "usage before you try again.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The request was refused by the safety system{stage}. Your prompt is kept: rephrase it "
        "or change the image. ({detail})",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Rate limited by the API. ({detail})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Your account is out of credit or over its quota; add credit in the OpenAI billing "
        "settings. ({detail})",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The API key was rejected; check it in Settings. ({detail})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "Your organization is not allowed to use this model yet. ({detail})"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The model or endpoint was not found. ({detail})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The image service had an internal error; nothing is retried automatically because a "
        "retry could be billed twice. ({detail})",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The request was rejected. ({detail})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The server sent the request on to {where}. Redirects are not followed, so your API key "
        "stays with the address you configured: check the provider URL in Settings. Nothing "
        "was billed.",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "Cancelled while waiting to retry."),
    # collector.py, engine.py: answers that could not be used
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "No complete answer within the {limit} s time limit, so the request was stopped "
        "(raise the limit in Settings if your images need longer).",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "The stream ended before the final image arrived."),
    QT_TRANSLATE_NOOP("CoreMessages", "The server's answer ended before any image arrived."),
    QT_TRANSLATE_NOOP("CoreMessages", "The last partial image is kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} of {wanted} images arrived and are kept."),
    QT_TRANSLATE_NOOP("CoreMessages", "Only {count} of {wanted} images came."),
    QT_TRANSLATE_NOOP("CoreMessages", "The server answered with a web page instead of images"),
    QT_TRANSLATE_NOOP("CoreMessages", "The server answered with an error instead of images"),
    QT_TRANSLATE_NOOP("CoreMessages", "The server's answer held no images"),
    QT_TRANSLATE_NOOP("CoreMessages", "The server's answer is not valid JSON"),
    QT_TRANSLATE_NOOP("CoreMessages", "The server's answer is not an images response"),
    QT_TRANSLATE_NOOP("CoreMessages", "The server sent stream data that is not JSON"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Studio stopped before this job finished (closed, killed or crashed); the images "
        "received so far are kept. Send it again to finish it.",
    ),
    # validation.py, requests.py: problems with a request
    QT_TRANSLATE_NOOP("CoreMessages", "describe the image you want: the prompt is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "contains a NUL character (\\0); remove it"),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} characters; the limit is 32,000"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be between 1 and 10 (got {value})"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be 0 to 3 (got {value})"),
    QT_TRANSLATE_NOOP("CoreMessages", "must be 0 to 100 (got {value})"),
    QT_TRANSLATE_NOOP("CoreMessages", "only applies to jpeg or webp output, not {format}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "a transparent background needs png or webp output, not {format}"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{value} is not available on {model}; choose one of {allowed}"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{reason}; leave it unset"),
    QT_TRANSLATE_NOOP("CoreMessages", "{size}: both edges must be multiples of {step}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{size}: the longest edge may be at most {edge}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{size}: the aspect ratio must be between 1:3 and 3:1"),
    QT_TRANSLATE_NOOP("CoreMessages", "{size} is {pixels} pixels; allowed is {low} to {high}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} supports only {sizes}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "size must be 'auto' or WIDTHxHEIGHT such as 1536x1024, not {size}"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{count} images; the limit is {limit}"),
    QT_TRANSLATE_NOOP("CoreMessages", "markup cannot be combined with a mask"),
    QT_TRANSLATE_NOOP("CoreMessages", "a mask or markup needs an input image to edit"),
    QT_TRANSLATE_NOOP("CoreMessages", "the {param} must be a PNG with an alpha channel"),
    QT_TRANSLATE_NOOP("CoreMessages", "the mask is {size} bytes; limit 4 MB"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the {param} is {size} but the first image is {first}; they must match exactly",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{label} is {format}; use PNG, JPEG or WebP"),
    # catalog.py, lifecycle.py: what a model can do, retired models
    QT_TRANSLATE_NOOP("CoreMessages", "{model} does not support masks"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{model} does not support markup-guided edits (GPT Image 2.5 and later do)",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} cannot make transparent backgrounds"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} has no complexity setting (GPT Image 2.6 does)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} supports quality {qualities}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} supports output formats {formats}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} does not stream partial images"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} does not accept input_fidelity={value}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} was shut down on {day}; use {instead} instead"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "retired by OpenAI on {day}; your provider may still serve it"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "retired on {day} — estimate only"),
    # before the notices it ends: the first matching template wins
    QT_TRANSLATE_NOOP("CoreMessages", "{notice}; it is now {instead}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Your default model {model} is no longer available"),
    QT_TRANSLATE_NOOP("CoreMessages", "Your default model {model} was retired on {day}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The server says the model {model} is not available; choose another model"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "{model} has been retired; the final uses {final}."),
    QT_TRANSLATE_NOOP("CoreMessages", "its shutdown date"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The server says {model} is no longer available (OpenAI retired it on {day}); "
        "use {instead} instead",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The server says {model} is no longer available; use {instead} instead"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown model {model}; known: {known}"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown model {model}"),
    # clock.py
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "STUDIO_TODAY must be a date such as 2026-12-01, not {value}; unset it to use the "
        "system date",
    ),
    # pricing.py: notes under the estimate
    QT_TRANSLATE_NOOP("CoreMessages", "size auto is estimated at 1024x1024"),
    QT_TRANSLATE_NOOP("CoreMessages", "size auto is estimated at the first image's size"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "quality auto is budgeted as {quality}; the bill follows usage"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{model} has no published token formula: approximate until reconciled"
    ),
    # imageinfo.py, mask_io.py, finalize.py: pictures and drafts
    QT_TRANSLATE_NOOP("CoreMessages", "not an image Studio can read (use PNG, JPEG or WebP)"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a readable image ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "damaged or cut short ({reason})"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "The mask is {mask_size} pixels but the image is {image_size}."
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "that job has no finished image to finalize"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is not an image Studio made"),
    QT_TRANSLATE_NOOP("CoreMessages", "no job or file {ref} in the history"),
    # reports.py: what a projection is based on
    QT_TRANSLATE_NOOP("CoreMessages", "average of the last {count} paid jobs ({images} images)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the current settings' estimate"),
    QT_TRANSLATE_NOOP("CoreMessages", "no paid jobs yet"),
    # secrets.py: where a key is kept
    QT_TRANSLATE_NOOP("CoreMessages", "the system keyring"),
    QT_TRANSLATE_NOOP("CoreMessages", "this session only (not saved)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the environment variable"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no usable system keyring was found (on Linux install and unlock a Secret Service such "
        "as GNOME Keyring or KWallet)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "the keyring backend {name} keeps keys in a plain file, which Studio won't use",
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read the key: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot save the key: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot delete the key: {reason}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot read the key in the system keyring ({error}); it may be locked"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot save the key in the system keyring ({error}); it may be locked"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot delete the key in the system keyring ({error}); it may be locked"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "environment variables are read-only; set them in your shell"
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages", "environment variables are read-only; unset them in your shell"
    ),
    # imaging/extend.py
    QT_TRANSLATE_NOOP(
        "CoreMessages", "a canvas can only be extended by zero or more pixels per side"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "an aspect ratio must be positive"),
    QT_TRANSLATE_NOOP("CoreMessages", "an aspect ratio looks like 16:9, not {text}"),
    # files.py, runner.py: the output folder
    QT_TRANSLATE_NOOP(
        "CoreMessages", "{folder} is a file, not a folder; choose a folder for the images"
    ),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot create the folder {folder}: {parent} is a file"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot create the folder {folder} in {parent}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot write into {folder}: {reason}"),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Could not record the job in the data folder {root} ({reason}); nothing was sent.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Could not save to the data folder {root} ({reason}); the images received are still "
        "delivered but not kept in the history.",
    ),
)

_FIELD = re.compile(r"\{(\w+)\}")
# These fields hold whole sentences; any other field stops at a sentence break (". Next"),
# so "{message} Refused before sending…" wins over a template ending in "{cap}.".
_SENTENCE_FIELDS = frozenset({"message", "detail", "reason", "problem", "error"})


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    compiled = []
    for template in TEMPLATES:
        parts = _FIELD.split(template)
        regex = "".join(
            _field(part) if index % 2 else re.escape(part) for index, part in enumerate(parts)
        )
        compiled.append((re.compile(regex, re.DOTALL), template))
    return tuple(compiled)


def _field(name: str) -> str:
    if name in _SENTENCE_FIELDS:
        return f"(?P<{name}>.*?)"
    return rf"(?P<{name}>(?:(?!\.\s+[A-Z]).)*?)"


def core_text(message: str) -> str:
    """``message`` from studio/core in the installed language; unchanged when not catalogued."""
    for pattern, template in _patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        values = {name: core_text(value) for name, value in found.groupdict().items()}
        try:
            return QCoreApplication.translate(CONTEXT, template).format(**values)
        except (KeyError, IndexError, ValueError):
            return message  # a translation that lost a field must not hide the message
    return message
