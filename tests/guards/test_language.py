from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.guards.language import (
    MESSAGE_LANGUAGES,
    country_language,
    customer_language,
    detect_language,
    language_scores,
    member_language,
    notification_language,
)
from tests.guards.language_samples import HELD_OUT, SAMPLES

# --------------------------------------------------------------------------- country / customer


@pytest.mark.parametrize(
    ("country", "lang"),
    [
        ("FR", "fr"),
        ("DE", "de"),
        ("AT", "de"),
        ("ES", "es"),
        ("MX", "es"),
        ("IT", "it"),
        ("SM", "it"),
        ("NL", "nl"),
        ("PT", "pt"),
        ("BR", "pt"),
        ("GB", "en"),
        ("US", "en"),
        ("IE", "en"),
        ("BE", "nl"),
        ("CH", "de"),
        ("LU", "fr"),
        ("CA", "en"),
        ("MC", "fr"),
        ("LI", "de"),
        ("fr", "fr"),
        (" be ", "nl"),
        ("MA", "fr"),  # Arabic first, French is the first supported one
        ("IN", "en"),
    ],
)
def test_country_language(country: str, lang: str) -> None:
    assert country_language(country) == lang


@pytest.mark.parametrize("country", ["JP", "CN", "RU", "AE", "ZZ", "", "XYZ"])
def test_country_language_unsupported(country: str) -> None:
    assert country_language(country) is None


@pytest.mark.parametrize(
    ("contact", "country", "expected"),
    [
        ("de", "FR", "de"),  # the contact's own language wins
        ("DE", "FR", "de"),
        ("pt-BR", "US", "pt"),
        ("fr_CA", "CA", "fr"),
        (None, "FR", "fr"),
        ("", "IT", "it"),
        ("ja", "ES", "es"),  # unsupported contact language: the country's
        ("ja", "JP", "en"),
        (None, None, "en"),
        (None, "ZZ", "en"),
        (None, "BE", "nl"),
    ],
)
def test_customer_language(contact: str | None, country: str | None, expected: str) -> None:
    assert customer_language(contact, country) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "fr"), ("NL", "nl"), ("de-AT", "de"), (None, "en"), ("", "en"), ("ja", "en")],
)
def test_member_language(lang: str | None, expected: str) -> None:
    assert member_language(lang) == expected


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ([], "en"),
        (["fr"], "fr"),
        ([None], "en"),
        (["de", "de"], "de"),
        (["fr", "fr", "de"], "fr"),  # plurality
        (["fr", "de"], "en"),  # tie
        (["fr", "de", "it"], "en"),
        (["fr", None], "en"),  # null counts as English: tie
        (["fr", None, None], "en"),  # English plurality
        (["fr", "fr", None], "fr"),
        (["ja", "fr", "fr"], "fr"),  # unsupported counts as English
        (["es", "es", "pt", "pt", "it"], "en"),
        (["es", "es", "pt", "pt", "pt"], "pt"),
    ],
)
def test_notification_language(members: list[str | None], expected: str) -> None:
    assert notification_language(members) == expected


member_langs = st.lists(
    st.one_of(st.none(), st.sampled_from([*MESSAGE_LANGUAGES, "ja", "", "FR"])), max_size=8
)


@given(member_langs, st.randoms())
@settings(max_examples=200, deadline=None)
def test_notification_language_properties(members: list[str | None], rnd) -> None:
    result = notification_language(members)
    assert result in MESSAGE_LANGUAGES
    shuffled = list(members)
    rnd.shuffle(shuffled)
    assert notification_language(shuffled) == result
    assert notification_language(tuple(members)) == result


@given(st.sampled_from(MESSAGE_LANGUAGES), st.integers(min_value=1, max_value=6))
@settings(max_examples=50, deadline=None)
def test_notification_language_unanimous(lang: str, n: int) -> None:
    assert notification_language([lang] * n) == lang


@given(member_langs)
@settings(max_examples=200, deadline=None)
def test_notification_language_is_a_members_language_or_en(members: list[str | None]) -> None:
    result = notification_language(members)
    assert result == "en" or result in {member_language(m) for m in members}


# --------------------------------------------------------------------------- detection


def _cases(samples: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(lang, text) for lang, texts in samples.items() for text in texts]


def test_samples_cover_every_language() -> None:
    for samples in (SAMPLES, HELD_OUT):
        assert set(samples) == set(MESSAGE_LANGUAGES)
        assert all(len(texts) >= 5 for texts in samples.values())
        assert all(len(t.split()) >= 10 for texts in samples.values() for t in texts)


@pytest.mark.parametrize(("lang", "text"), _cases(SAMPLES) + _cases(HELD_OUT))
def test_detects_business_sentences(lang: str, text: str) -> None:
    detected, confidence = detect_language(text)
    assert detected == lang
    assert confidence >= 0.35


@pytest.mark.parametrize("lang", MESSAGE_LANGUAGES)
def test_whole_messages_are_detected_confidently(lang: str) -> None:
    detected, confidence = detect_language("\n".join(SAMPLES[lang]))
    assert detected == lang
    assert confidence >= 0.7


@pytest.mark.parametrize(
    "group",
    [("es", "pt", "it"), ("nl", "de"), ("fr", "it"), ("en", "nl")],
    ids=lambda g: "/".join(g),
)
def test_near_languages_are_told_apart(group: tuple[str, ...]) -> None:
    # The samples are translations of one another, sentence by sentence.
    for i in range(len(SAMPLES["en"])):
        for lang in group:
            assert detect_language(SAMPLES[lang][i])[0] == lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pagaremos la factura el próximo viernes sin falta.", "es"),
        ("Pagaremos a fatura na próxima sexta-feira sem falta.", "pt"),
        ("Pagheremo la fattura venerdì prossimo senza fallo.", "it"),
        ("Wij betalen de factuur uiterlijk volgende week.", "nl"),
        ("Wir bezahlen die Rechnung spätestens nächste Woche.", "de"),
        ("Nous paierons la facture au plus tard la semaine prochaine.", "fr"),
        ("We will pay the invoice next week at the latest.", "en"),
    ],
)
def test_short_promises(text: str, lang: str) -> None:
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize(
    "text", ["", "   ", "OK", "Merci!", "INV-2026-0042 1 250,00 €", "12/11/2026"]
)
def test_too_little_text(text: str) -> None:
    assert detect_language(text) == (None, 0.0)


def test_accent_hints() -> None:
    assert detect_language("Grüße aus München, Straße")[0] == "de"
    assert detect_language("Situação das cobranças pendentes")[0] == "pt"
    assert detect_language("¿Señor, pagará mañana?")[0] == "es"


def test_english_contractions_and_french_elisions() -> None:
    assert detect_language("We've paid it, didn't you get it?")[0] == "en"
    assert detect_language("C'est réglé depuis l'été, n'hésitez pas")[0] == "fr"
    assert detect_language("Dell'importo c'è ancora un'altra parte")[0] == "it"


def test_quoted_foreign_signature_does_not_flip_language() -> None:
    text = SAMPLES["fr"][0] + " " + SAMPLES["fr"][1] + "\n--\nAcme GmbH, Müller Straße 5, München"
    assert detect_language(text)[0] == "fr"


def test_scores_shape() -> None:
    scores = language_scores("Bonjour, merci pour votre message.")
    assert set(scores) == set(MESSAGE_LANGUAGES)
    assert max(scores, key=scores.__getitem__) == "fr"
    assert all(v == 0.0 for v in language_scores("123 456").values())


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_detect_never_fails(text: str) -> None:
    lang, confidence = detect_language(text)
    assert lang is None or lang in MESSAGE_LANGUAGES
    assert 0.0 <= confidence <= 1.0
    if lang is None:
        assert confidence == 0.0
