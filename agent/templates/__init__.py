"""Customer-facing and member-facing message templates, and their renderer.

Layout (one folder per language, the same file names in every folder)::

    agent/templates/<language>/_macros.j2              shared pieces: greeting, statement, payment, closing
    agent/templates/<language>/<kind>.<channel>.j2     one message; followup holds its three tones

To add a language, copy ``en/`` to ``<xx>/``, translate every file and add ``"<xx>"`` to
``LANGUAGES`` (and to ``DEFAULT_LOCALES``). Each message template sets ``subject`` with
``{% set subject %}...{% endset %}``; everything else it outputs is the body.

Templates see the ctx keys at top level (``organization``, ``account``, ``lines``, ``total`` ...)
plus ``language``, ``country``, ``locale``, ``channel``, ``tone`` and ``n_invoices``; filters
``money`` (``{{ total|money }}``, currency from ``currency``) and ``date``
(``{{ d|date }}`` long, ``{{ d|date("medium") }}``, ``"short"``, ``"numeric"`` = short with a
four-digit year), ``elide`` (article elision: ``{{ name|elide("de") }}`` -> "d'Anna" / "de Jean",
``{{ d|date|elide("il") }}`` -> "l'11 marzo" / "il 12 marzo"); global ``statement_table(headers, credits_label, total_label)`` (fixed-width
statement for letters).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date as _date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, localedata
from babel.dates import format_date
from babel.numbers import format_currency
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Undefined, pass_context

__all__ = [
    "CHANNELS_BY_KIND",
    "DEFAULT_LOCALES",
    "LANGUAGES",
    "MESSAGE_KINDS",
    "TASK_REASONS",
    "TEMPLATE_DIR",
    "TONES",
    "Rendered",
    "render",
    "resolve_locale",
    "template_name",
]

TEMPLATE_DIR = Path(__file__).resolve().parent

LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "es", "it", "nl", "pt")
TONES: tuple[str, ...] = ("courteous", "professional", "firm")

# kind -> channels it exists for (the first one is the default)
CHANNELS_BY_KIND: dict[str, tuple[str, ...]] = {
    "followup": ("email", "letter"),
    "courtesy": ("email",),
    "promise_ack": ("email",),
    "remittance_request": ("email",),
    "statement": ("email",),
    "bank_details": ("email",),
    "member_notification": ("email",),
    "formal_notice": ("letter", "email"),
    "thread_reply": ("email",),
}
MESSAGE_KINDS: tuple[str, ...] = tuple(CHANNELS_BY_KIND)

TASK_REASONS: tuple[str, ...] = (
    "dispute",
    "refusal",
    "payment_plan_request",
    "callback_request",
    "contact_change",
    "ambiguous",
    "no_response",
    "missing_contact",
    "invalid_contact",
    "broken_promise",
    "payment_unmatched",
    "unmatched_message",
    "information_request",
    "high_balance",
)

DEFAULT_LOCALES: dict[str, str] = {
    "en": "en_GB",
    "fr": "fr_FR",
    "de": "de_DE",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
}


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str  # plain text (UTF-8); emails are plain text, letters are the letter body text


# --------------------------------------------------------------------------- locale


def _split_language(language: str, country: str | None) -> tuple[str, str | None]:
    """'fr-BE' / 'fr_be' / 'FR' -> ('fr', 'BE'); an explicit country wins over the tag's."""
    if not isinstance(language, str) or not language.strip():
        raise ValueError(f"unknown language: {language!r}")
    parts = re.split(r"[-_]", language.strip())
    lang = parts[0].lower()
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {language!r} (supported: {', '.join(LANGUAGES)})")
    region = parts[1].upper() if len(parts) > 1 and parts[1] else None
    if country:
        region = country.strip().upper()
    return lang, region


@lru_cache(maxsize=256)
def resolve_locale(language: str, country: str | None = None) -> str:
    """language + country when babel has that locale (fr_BE, de_CH, en_US ...), else the
    language's default locale (en -> en_GB, pt -> pt_PT ...)."""
    lang, region = _split_language(language, country)
    if region and re.fullmatch(r"[A-Z]{2}", region):
        candidate = f"{lang}_{region}"
        if localedata.exists(candidate):
            return candidate
    return DEFAULT_LOCALES[lang]


# --------------------------------------------------------------------------- filters


@lru_cache(maxsize=64)
def _numeric_pattern(locale: str) -> str:
    """The locale's short date pattern with zero-padded day/month and a four-digit year."""
    pattern = Locale.parse(locale).date_formats["short"].pattern
    pattern = re.sub(r"(?<![dMy])y{1,2}(?!y)", "y", pattern)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    pattern = re.sub(r"(?<!M)M(?!M)", "MM", pattern)
    return pattern


def _format_date(value: _date, fmt: str, locale: str) -> str:
    if not isinstance(value, _date):
        raise TypeError(f"date filter expects a datetime.date, got {value!r}")
    if fmt == "numeric":
        fmt = _numeric_pattern(locale)
    text = format_date(value, format=fmt, locale=locale)
    if value.day == 1 and re.match(r"1\s", text):
        if locale.startswith("fr"):
            text = "1er" + text[1:]  # French writes the first day of a month "1er"
        elif locale.startswith("it"):
            text = "1°" + text[1:]  # Italian: "1° marzo"
    return text


def _format_money(value: Any, currency: str, locale: str) -> str:
    if isinstance(value, float):
        raise TypeError("money must be Decimal, never float")
    return format_currency(Decimal(value), currency, locale=locale)


def _defined(value: Any) -> Any:
    """Filters receive Undefined as a value: fail loudly with the missing name."""
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    return value


@pass_context
def _money_filter(context: Any, value: Any, currency: str | None = None) -> str:
    _defined(value)
    return _format_money(value, currency or context["currency"], context["locale"])


@pass_context
def _date_filter(context: Any, value: _date, fmt: str = "long") -> str:
    _defined(value)
    return _format_date(value, fmt, context["locale"])


_VOWELS = "aeiouyàâäéèêëîïôöûüœáíóú"
_IT_ELIDED = {"il": "l'", "del": "dell'", "al": "all'", "nel": "nell'", "dal": "dall'"}


def _elide(text: str, word: str = "de") -> str:
    """Article elision before a name or a date, returned with the word in front.

    French: ("Anna Smith", "de") -> "d'Anna Smith", ("Jean", "de") -> "de Jean".
    Italian: ("11 marzo 2026", "il") -> "l'11 marzo 2026", ("8 feb 2026", "del") -> "dell'8 feb 2026".
    """
    text = str(text)
    first = text[:1].lower()
    if word in _IT_ELIDED:
        if first in _VOWELS or re.match(r"(8|11)(?!\d)", text):
            return f"{_IT_ELIDED[word]}{text}"
        return f"{word} {text}"
    if word in ("de", "le", "la", "que") and first in _VOWELS:
        return f"{word[:-1]}'{text}"
    return f"{word} {text}"


def _get(obj: Any, key: str) -> Any:
    return obj[key] if isinstance(obj, Mapping) else getattr(obj, key)


def text_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    aligns: str,
    footer: Sequence[tuple[str, str]] = (),
    gap: int = 2,
) -> str:
    """A fixed-width text table. aligns: one 'l' or 'r' per column. Footer rows put their label
    right-aligned under the first columns and their value in the last column."""
    ncol = len(headers)
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    for _label, value in footer:
        widths[-1] = max(widths[-1], len(value))
    span = sum(widths[:-1]) + gap * (ncol - 1)  # room for a footer label, incl. the gap
    for label, _value in footer:
        need = len(label) + gap
        if need > span:
            widths[0] += need - span
            span = need
    sep = " " * gap

    def fmt(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(widths[i]) if aligns[i] == "r" else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        return sep.join(cells).rstrip()

    out = [fmt(headers), sep.join("-" * w for w in widths)]
    out += [fmt(row) for row in rows]
    if footer:
        out.append(" " * (span) + "-" * widths[-1])
        for label, value in footer:
            out.append((label + sep).rjust(span) + value.rjust(widths[-1]))
    return "\n".join(out)


@pass_context
def _statement_table(
    context: Any,
    headers: Sequence[str],
    credits_label: str,
    total_label: str,
) -> str:
    """The account statement as a fixed-width table (letters): number, issue date, due date,
    days overdue, open amount; then credits applied (only when > 0) and the total due."""
    locale, currency = context["locale"], context["currency"]
    rows = []
    for line in context["lines"]:
        days = int(_get(line, "days_overdue"))
        rows.append(
            [
                str(_get(line, "number")),
                _format_date(_get(line, "issue_date"), "numeric", locale),
                _format_date(_get(line, "due_date"), "numeric", locale),
                str(days) if days > 0 else "–",
                _format_money(_get(line, "open_amount"), currency, locale),
            ]
        )
    footer = []
    credits = Decimal(context["credits"])
    if credits > 0:
        footer.append((credits_label, _format_money(-credits, currency, locale)))
    footer.append((total_label, _format_money(context["total"], currency, locale)))
    return text_table(list(headers), rows, "lllrr", footer)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=False,  # plain text output; ctx holds no customer-authored text but names
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["money"] = _money_filter
    env.filters["date"] = _date_filter
    env.filters["elide"] = _elide
    env.globals["statement_table"] = _statement_table
    return env


# --------------------------------------------------------------------------- render


def template_name(kind: str, language: str, channel: str) -> str:
    return f"{language}/{kind}.{channel}.j2"


def _with_defaults(value: Any, defaults: Mapping[str, Any]) -> Any:
    if not isinstance(value, Mapping):
        return value
    out = dict(defaults)
    out.update(value)
    return out


def _prepare(kind: str, ctx: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ctx with the documented *optional* keys filled in (None / 0 / False / []),
    so templates can test them; required keys stay absent and fail loudly (StrictUndefined)."""
    data = dict(ctx)
    if "organization" in data:
        org = _with_defaults(
            data["organization"],
            {
                "sender_name": None,
                "email": None,
                "phone": None,
                "postal_address": None,
                "city": None,
                "bank": None,
            },
        )
        if isinstance(org, dict) and org.get("bank") is not None:
            org["bank"] = _with_defaults(org["bank"], {"bic": None, "bank_name": None})
        data["organization"] = org
    if "account" in data:
        data["account"] = _with_defaults(data["account"], {"postal_address": None})
    contact = data.get("contact")
    data["contact"] = _with_defaults(contact, {"name": None}) if contact is not None else None
    data["credits"] = Decimal(data.get("credits") or 0)
    data["legal_wording"] = bool(data.get("legal_wording", False))
    data["attachments"] = list(data.get("attachments") or [])
    data.setdefault("deadline", None)
    member = data.get("member")
    data["member"] = _with_defaults(member, {"name": None}) if member is not None else None
    if "promise" in data:
        data["promise"] = _with_defaults(data["promise"], {"amount": None})
    if "task" in data:
        data["task"] = _with_defaults(data["task"], {"suggested_next_step": None, "url": None})
    if "lines" in data:
        data["n_invoices"] = len(data["lines"])
    if kind != "followup":
        data.setdefault("step", None)
    return data


def _clean_body(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    body = "\n".join(lines)
    body = re.sub(r"\n{3,}", "\n\n", body)
    return body.strip("\n") + "\n"


def render(
    kind: str,
    *,
    language: str,
    channel: str = "email",
    tone: str | None = None,
    ctx: Mapping[str, Any],
    country: str | None = None,
) -> Rendered:
    """Render one message. Unknown kind/language/tone/channel -> ValueError naming the value;
    a missing required ctx key -> jinja2.UndefinedError."""
    if kind not in CHANNELS_BY_KIND:
        raise ValueError(f"unknown message kind: {kind!r} (known: {', '.join(MESSAGE_KINDS)})")
    lang, region = _split_language(language, country)
    if channel not in CHANNELS_BY_KIND[kind]:
        raise ValueError(
            f"unknown channel {channel!r} for kind {kind!r} "
            f"(available: {', '.join(CHANNELS_BY_KIND[kind])})"
        )
    if tone is not None and tone not in TONES:
        raise ValueError(f"unknown tone: {tone!r} (known: {', '.join(TONES)})")
    if kind == "followup" and tone is None:
        raise ValueError("tone is required for followup (courteous, professional or firm)")
    if kind == "formal_notice":
        tone = "firm"
    elif kind != "followup":
        tone = None
    if kind == "member_notification":
        reason = _get(ctx["task"], "reason")
        if reason not in TASK_REASONS:
            raise ValueError(f"unknown task reason: {reason!r}")
    if kind == "bank_details":
        org = ctx["organization"]
        if not (org.get("bank") if isinstance(org, Mapping) else getattr(org, "bank", None)):
            raise ValueError("bank_details needs ctx['organization']['bank']")

    if channel == "letter":
        account = ctx["account"]
        address = (
            account.get("postal_address")
            if isinstance(account, Mapping)
            else getattr(account, "postal_address", None)
        )
        if not address:
            raise ValueError("a letter needs ctx['account']['postal_address']")

    data = _prepare(kind, ctx)
    data.update(
        language=lang,
        country=region,
        locale=resolve_locale(lang, region),
        channel=channel,
        tone=tone,
        kind=kind,
    )
    template = _environment().get_template(template_name(kind, lang, channel))
    module = template.make_module(data)
    subject = " ".join(str(module.subject).split())
    return Rendered(subject=subject, body=_clean_body(str(module)))
