"""Few-shot example store: labelled replies in chromadb with an offline, deterministic embedding."""

from __future__ import annotations

import json
import math
import os
import socket
import subprocess
import sys
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from agent.brain.examples import (
    EMBEDDING_NAME,
    ExampleStore,
    LabelledReply,
    embed_text,
    hashing_embedding_function,
    load_reply_set,
    parse_amount,
)

ROOT = Path(__file__).resolve().parents[2]

REPLIES: list[dict[str, Any]] = [
    {"id": "fr-p1", "language": "fr", "today": "2026-11-12", "body":
        "Bonjour,\n\nNous réglerons la facture FA-118 vendredi par virement.\n\nCordialement,\n"
        "Sophie", "label": ("payment_promise", "2026-11-13", "2 400,00")},
    {"id": "fr-p2", "language": "fr", "today": "2026-11-12", "body":
        "Bonjour,\n\nLe virement de la facture sera effectué le 20 novembre.\n\nBien "
        "cordialement,\nLuc", "label": ("payment_promise", "2026-11-20", "980.00")},
    {"id": "fr-i1", "language": "fr", "today": "2026-11-12", "body":
        "Bonjour,\n\nPouvez-vous me renvoyer la facture avec notre numéro de bon de commande ?"
        "\n\nMerci,\nSophie", "label": ("information_request", None, None)},
    {"id": "en-p1", "language": "en", "today": "2026-11-10", "body":
        "Hi,\n\nWe'll pay this on the 20th when our next payment run goes.\n\nCheers,\nDan\n\n"
        "On Mon, 9 Nov 2026 at 10:02, Accounts <ar@quixel.example> wrote:\n"
        "> Invoice QX-5521 for £640.00 was due on 1 October 2026.",
     "label": ("payment_promise", "2026-11-20", "640.00")},
    {"id": "en-d1", "language": "en", "today": "2026-11-10", "body":
        "Hello,\n\nWe won't pay this invoice: half of the parts arrived damaged and we have "
        "asked for a credit note.\n\nRegards,\nPriya", "label": ("dispute", None, None)},
    {"id": "de-a1", "language": "de", "today": "2026-11-10", "body":
        "Ich bin bis zum 23. November nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
     "label": ("auto_reply", None, None)},
    {"id": "es-c1", "language": "es", "today": "2026-11-12", "body":
        "Buenas tardes,\n\nLa transferencia se hizo ayer, adjunto el justificante.\n\nSaludos,\n"
        "Javier", "label": ("payment_claimed", None, None)},
    {"id": "nl-x1", "language": "nl", "today": "2026-11-12", "body":
        "Geen label voor dit antwoord.", "label": None},
]


def write_reply_set(directory: Path, name: str = "replies") -> Path:
    """The reply set above in the `dunning classify` format: x.jsonl + x.labels.jsonl."""
    replies = directory / f"{name}.jsonl"
    labels = directory / f"{name}.labels.jsonl"
    with replies.open("w", encoding="utf-8") as out, labels.open("w", encoding="utf-8") as lab:
        for row in REPLIES:
            out.write(json.dumps({"id": row["id"], "language": row["language"],
                                  "today": row["today"], "invoice_numbers": ["X-1"],
                                  "amount_due": "2 400,00", "currency": "EUR",
                                  "subject": "Re: reminder", "body": row["body"]},
                                 ensure_ascii=False) + "\n")
            if row["label"] is not None:
                intent, promise_date, amount = row["label"]
                lab.write(json.dumps({"id": row["id"], "intent": intent,
                                      "promise_date": promise_date,
                                      "promise_amount": amount}) + "\n")
    return replies


@pytest.fixture
def labelled(tmp_path: Path) -> list[LabelledReply]:
    return load_reply_set(write_reply_set(tmp_path))


@pytest.fixture
def store(labelled: list[LabelledReply]) -> ExampleStore:
    s = ExampleStore(client=_ephemeral_client(), collection=f"t-{uuid.uuid4().hex}")
    s.add(labelled)
    return s


def _ephemeral_client() -> Any:
    """In-memory chromadb; one process shares one such system, so tests use their own
    collection names."""
    import chromadb
    from chromadb.config import Settings

    return chromadb.EphemeralClient(settings=Settings(anonymized_telemetry=False))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open an internet socket fails, and chromadb's default (downloading)
    embedding function must not be called."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise OSError(f"network disabled in this test: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    from chromadb.utils.embedding_functions import ONNXMiniLM_L6_V2

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the default ONNX embedding function was used")

    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", forbidden)


# --------------------------------------------------------------------------- reply sets


def test_load_reply_set(tmp_path: Path) -> None:
    path = write_reply_set(tmp_path)
    examples = load_reply_set(path, tmp_path / "replies.labels.jsonl")
    assert examples == load_reply_set(path)  # labels found beside the replies
    assert [e.id for e in examples] == ["fr-p1", "fr-p2", "fr-i1", "en-p1", "en-d1", "de-a1",
                                        "es-c1"]  # the unlabelled reply is skipped
    first = examples[0]
    assert first.intent == "payment_promise" and first.language == "fr"
    assert first.promise_date == date(2026, 11, 13)
    assert first.promise_amount == Decimal("2400.00")
    assert first.today == date(2026, 11, 12)
    assert first.text.startswith("Bonjour") and first.subject == "Re: reminder"
    assert examples[2].promise_date is None and examples[2].promise_amount is None


def test_load_the_shared_example_format() -> None:
    path = ROOT / "evals" / "replies" / "dev.jsonl"
    if not path.exists():
        pytest.skip("no evals/replies/dev.jsonl")
    examples = load_reply_set(path)
    assert len(examples) > 100
    assert {e.intent for e in examples} <= {
        "dispute", "refusal", "payment_plan_request", "callback_request", "contact_change",
        "payment_promise", "payment_claimed", "information_request", "auto_reply", "ambiguous"}


@pytest.mark.parametrize(("raw", "expected"), [
    ("640.00", "640.00"), ("2 400,00", "2400.00"), ("1.250,50", "1250.50"),
    ("1,250.50", "1250.50"), ("CHF 2'400.00", "2400.00"), (640, "640"), (None, None), ("", None),
])
def test_parse_amount(raw: Any, expected: str | None) -> None:
    assert parse_amount(raw) == (Decimal(expected) if expected is not None else None)


# --------------------------------------------------------------------------- embeddings


def test_embeddings_are_deterministic_normalised_and_accent_folded() -> None:
    a = embed_text("Nous réglerons la facture vendredi.")
    assert a == embed_text("Nous réglerons la facture vendredi.")
    assert len(a) == 512
    assert math.isclose(math.fsum(v * v for v in a), 1.0, rel_tol=1e-9)
    assert a == embed_text("NOUS REGLERONS LA FACTURE VENDREDI !")
    assert embed_text("") == [0.0] * 512
    assert len(embed_text("x y z", dimensions=64)) == 64


def test_embeddings_do_not_depend_on_the_process() -> None:
    """blake2b, not hash(): another interpreter with another hash seed gives the same vector."""
    code = ("import json; from agent.brain.examples import embed_text; "
            "print(json.dumps(embed_text('Wir überweisen den Betrag am 04.12.')))")
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    assert json.loads(out) == embed_text("Wir überweisen den Betrag am 04.12.")


def test_importing_the_module_does_not_import_chromadb() -> None:
    code = "import sys, agent.brain.examples; print('chromadb' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    assert out.strip() == "False"


def test_quotes_greetings_and_signatures_do_not_make_replies_alike() -> None:
    quoted = "\n\nOn Mon, 9 Nov 2026, Accounts wrote:\n> Invoice QX-1 for £640.00 is overdue."
    a = embed_text("Hi,\n\nWe will pay on Friday.\n\nCheers,\nDan" + quoted)
    b = embed_text("We will pay on Friday.")
    assert a == b


def test_the_embedding_function_is_a_proper_chromadb_one() -> None:
    ef = hashing_embedding_function(256)
    assert ef.name() == EMBEDDING_NAME
    assert ef.get_config() == {"dimensions": 256}
    rebuilt = type(ef).build_from_config(ef.get_config())
    assert rebuilt.dimensions == 256
    assert not ef.is_legacy()
    vectors = ef(["une facture", "an invoice"])
    assert len(vectors) == 2 and len(vectors[0]) == 256
    assert list(vectors[0]) == pytest.approx(embed_text("une facture", 256), abs=1e-6)
    from chromadb.utils.embedding_functions import known_embedding_functions

    assert known_embedding_functions[EMBEDDING_NAME] is type(ef)


# --------------------------------------------------------------------------- the store


def test_a_french_promise_finds_french_promises_first(store: ExampleStore,
                                                      no_network: None) -> None:
    found = store.similar("Bonjour, nous réglerons le virement vendredi prochain. "
                          "Cordialement", k=3)
    assert [(e.language, e.intent) for e in found[:2]] == [("fr", "payment_promise")] * 2
    assert len(found) == 3


def test_closest_replies_by_meaning_and_language(store: ExampleStore, no_network: None) -> None:
    assert store.similar("The goods arrived damaged, we need a credit note.", k=1)[0].id == \
        "en-d1"
    assert store.similar("Abwesenheitsnotiz: ich bin nicht im Büro bis 30. November.",
                         k=1)[0].id == "de-a1"
    assert store.similar("Ya hicimos la transferencia, adjunto justificante.", k=1)[0].id == \
        "es-c1"


def test_similar_round_trips_the_labels(store: ExampleStore) -> None:
    [found] = store.similar("We'll pay this on the 20th when our next payment run goes.", k=1)
    assert found == LabelledReply(
        text=REPLIES[3]["body"], language="en", intent="payment_promise",
        promise_date=date(2026, 11, 20), promise_amount=Decimal("640.00"),
        today=date(2026, 11, 10), subject="Re: reminder", id="en-p1")


def test_similar_is_deterministic(labelled: list[LabelledReply]) -> None:
    query = "Pouvez-vous renvoyer la facture ?"
    results = []
    for _ in range(2):
        s = ExampleStore(client=_ephemeral_client(), collection=f"det-{uuid.uuid4().hex}")
        s.add(reversed(labelled) if results else labelled)
        results.append(s.similar_with_distances(query, k=7))
    assert [(e.id, round(d, 5)) for e, d in results[0]] == \
        [(e.id, round(d, 5)) for e, d in results[1]]


def test_adding_is_idempotent_and_k_is_capped(store: ExampleStore,
                                              labelled: list[LabelledReply]) -> None:
    assert store.count() == 7
    store.add(labelled)
    store.add([labelled[0], labelled[0]])
    assert store.count() == 7
    assert len(store.similar("facture", k=50)) == 7
    assert store.similar("facture", k=0) == []
    assert store.similar("   ", k=3) == []


def test_an_empty_store_finds_nothing() -> None:
    s = ExampleStore(client=_ephemeral_client(), collection=f"empty-{uuid.uuid4().hex}")
    assert s.similar("anything", k=4) == []
    assert s.add([]) == 0


def test_persistent_store_in_dunning_chroma_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                labelled: list[LabelledReply],
                                                no_network: None) -> None:
    directory = tmp_path / "chroma"
    monkeypatch.setenv("DUNNING_CHROMA_DIR", str(directory))
    first = ExampleStore()
    assert first.path == str(directory)
    first.add(labelled)
    assert directory.exists()
    again = ExampleStore()  # a new client on the same directory
    assert again.count() == 7
    assert again.similar("Le virement sera effectué le 20.", k=1)[0].language == "fr"


def test_neighbours_on_the_dev_set_share_language_and_often_intent() -> None:
    """A quality floor for the hashing embedding on the independent reply set: the nearest
    labelled reply is nearly always in the same language, and one of the 4 nearest often has
    the same intent (10 intents: chance is far lower)."""
    path = ROOT / "evals" / "replies" / "dev.jsonl"
    if not path.exists():
        pytest.skip("no evals/replies/dev.jsonl")
    import numpy as np

    examples = load_reply_set(path)
    vectors = np.array([embed_text(e.text) for e in examples])
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -2.0)
    nearest = np.argsort(-sims, axis=1)[:, :4]
    n = len(examples)
    same_language = sum(examples[int(nearest[i, 0])].language == examples[i].language
                        for i in range(n)) / n
    intent_in_4 = sum(any(examples[int(j)].intent == examples[i].intent for j in nearest[i])
                      for i in range(n)) / n
    assert same_language >= 0.85
    assert intent_in_4 >= 0.55
