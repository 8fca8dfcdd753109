"""Few-shot examples for the LLM brain: labelled replies, retrieved by similarity.

A chromadb collection holds labelled replies (the `dunning classify` reply-set format plus its
labels file); for each inbound reply the LLM brain asks for the k most similar ones and shows
them in the classification prompt.

Embeddings are computed here, offline and deterministically: hashed word and character 3/4-gram
features of the accent-folded, lower-cased text, in a fixed-size L2-normalised vector (cosine
space). chromadb's default embedding function downloads an ONNX model at run time; it is never
used. chromadb itself is imported only when a store is first used (it is slow to import).

    store = ExampleStore()                  # EphemeralClient, or PersistentClient($DUNNING_CHROMA_DIR)
    store.add(load_reply_set("replies.jsonl", "replies.labels.jsonl"))
    store.similar("Nous réglerons la facture le 15.", k=4)
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "DEFAULT_COLLECTION",
    "DEFAULT_DIMENSIONS",
    "ExampleStore",
    "LabelledReply",
    "embed_text",
    "hashing_embedding_function",
    "load_reply_set",
    "parse_amount",
]

DEFAULT_DIMENSIONS = 512
DEFAULT_COLLECTION = "labelled_replies"
EMBEDDING_NAME = "dunning_hashing_ngrams"


@dataclass(frozen=True)
class LabelledReply:
    text: str
    language: str | None
    intent: str
    promise_date: date | None = None
    promise_amount: Decimal | None = None
    today: date | None = None
    subject: str = ""
    id: str = ""


# --------------------------------------------------------------------------- reply sets


def parse_amount(value: Any) -> Decimal | None:
    """A decimal from "640.00", "2 400,00", "1.250,50", "1,250.50", 640 ... None when absent."""
    if value is None:
        return None
    if isinstance(value, float):
        value = repr(value)
    s = str(value).strip()
    if not s:
        return None
    s = re.sub(r"[\s\u00a0\u202f'’]", "", s)
    s = re.sub(r"[^\d.,-]", "", s)  # currency symbols and codes
    if not s:
        return None
    last = max(s.rfind("."), s.rfind(","))
    if last >= 0 and len(s) - last - 1 in (1, 2):
        integer, decimals = s[:last], s[last + 1 :]
    else:
        integer, decimals = s, ""
    integer = integer.replace(".", "").replace(",", "")
    try:
        return Decimal(f"{integer}.{decimals}" if decimals else integer)
    except InvalidOperation:
        return None


def _parse_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc
    return rows


def load_reply_set(jsonl_path: str | os.PathLike[str],
                   labels_path: str | os.PathLike[str] | None = None) -> list[LabelledReply]:
    """Labelled replies from a `dunning classify` reply file and its labels file (one JSON line
    per reply: id, intent, promise_date, promise_amount). Without `labels_path` the labels are
    looked for beside the replies (`x.jsonl` -> `x.labels.jsonl`). Replies without a label are
    skipped: they cannot teach anything."""
    replies_file = Path(jsonl_path)
    if labels_path is None:
        labels_path = replies_file.with_name(replies_file.name.removesuffix(".jsonl")
                                             + ".labels.jsonl")
    labels = {str(row["id"]): row for row in _read_jsonl(Path(labels_path))}
    out: list[LabelledReply] = []
    for row in _read_jsonl(replies_file):
        label = labels.get(str(row.get("id")))
        if label is None or not label.get("intent"):
            continue
        out.append(LabelledReply(
            text=str(row.get("body") or ""),
            language=row.get("language") or None,
            intent=str(label["intent"]),
            promise_date=_parse_date(label.get("promise_date")),
            promise_amount=parse_amount(label.get("promise_amount")),
            today=_parse_date(row.get("today")),
            subject=str(row.get("subject") or ""),
            id=str(row.get("id") or ""),
        ))
    return out


# --------------------------------------------------------------------------- embeddings

_QUOTE_HEADER = re.compile(
    r"^\s*(?:on .{0,120} wrote:|le .{0,120} a [ée]crit\s*:|am .{0,120} schrieb .{0,80}:|"
    r"el .{0,120} escribi[óo]:|il .{0,120} ha scritto:|op .{0,120} schreef .{0,80}:|"
    r"em .{0,120} escreveu:|-{2,}\s*original message\s*-{2,}|-{2,}\s*message d'origine\s*-{2,}|"
    r"from:\s.*|de\s?:\s.*|von:\s.*)\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+")
# a closing formula starts the signature: it and everything after it are left out (matched on
# the folded line)
_CLOSING = re.compile(
    r"^\s*(?:best|kind|warm|many thanks|thanks|thank you|regards|cheers|sincerely|"
    r"(?:bien )?cordialement|salutations|bonne journee|merci|"
    r"mit freundlichen|freundliche|viele grusse|beste grusse|liebe grusse|gruss|danke|"
    r"(?:un )?saludos?|atentamente|cordiales|gracias|"
    r"cordiali saluti|distinti saluti|saluti|grazie|"
    r"met vriendelijke|vriendelijke groet|groeten|groet|bedankt|"
    r"atenciosamente|cumprimentos|melhores cumprimentos|obrigad[oa])\b[^\n]{0,30}$"
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae").lower()


def _core_text(text: str) -> str:
    """What the customer wrote that carries meaning: the reply without the quoted message under
    it (lines starting with '>', everything after an "On ... wrote:" header), without a short
    greeting line and without the closing formula and signature. Greetings, signatures and our
    own quoted reminder are alike in every reply; left in, they would decide the neighbours."""
    lines = []
    for line in text.splitlines():
        if _QUOTE_HEADER.match(line):
            break
        if line.lstrip().startswith(">") or not line.strip():
            continue
        lines.append(line)
    if len(lines) > 1 and len(lines[0].split()) <= 4 and lines[0].rstrip().endswith(
            (",", ":", "!")):
        lines = lines[1:]
    kept = []
    for i, line in enumerate(lines):
        if i > 0 and _CLOSING.match(_fold(line)):
            break
        kept.append(line)
    core = "\n".join(kept).strip()
    return core or text


def _features(text: str) -> dict[str, float]:
    words = _WORD.findall(_fold(_core_text(text)))
    feats: dict[str, float] = {}

    def add(key: str, weight: float) -> None:
        feats[key] = feats.get(key, 0.0) + weight

    for i, word in enumerate(words):
        add("w:" + word, 1.0)
        if i + 1 < len(words):
            add("b:" + word + " " + words[i + 1], 0.7)
        padded = f"<{word}>"
        for n, weight in ((3, 0.35), (4, 0.5)):
            for j in range(len(padded) - n + 1):
                add(f"c{n}:" + padded[j:j + n], weight)
    return feats


def _bucket(key: str, dimensions: int) -> tuple[int, float]:
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "big")
    return value % dimensions, (1.0 if (value >> 63) & 1 else -1.0)


def embed_text(text: str, dimensions: int = DEFAULT_DIMENSIONS) -> list[float]:
    """The deterministic embedding of one text: hashed, signed, sub-linear tf features,
    L2-normalised (all zeros for a text without words)."""
    vec = [0.0] * dimensions
    for key, weight in _features(text).items():
        index, sign = _bucket(key, dimensions)
        vec[index] += sign * (1.0 + math.log(weight)) if weight >= 1 else sign * weight
    norm = math.sqrt(sum(v * v for v in vec))
    if norm > 0:
        vec = [v / norm for v in vec]
    return vec


@lru_cache(maxsize=1)
def _embedding_class() -> type:
    """The chromadb embedding function class, defined on first use so that importing this
    module does not import chromadb."""
    import numpy as np
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
    from chromadb.utils.embedding_functions import register_embedding_function

    class HashingEmbeddingFunction(EmbeddingFunction[Documents]):
        """Hashed word + character 3/4-gram features; offline and deterministic."""

        def __init__(self, dimensions: int = DEFAULT_DIMENSIONS) -> None:
            if dimensions < 16:
                raise ValueError("dimensions must be at least 16")
            self.dimensions = int(dimensions)

        def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 (chromadb's name)
            return [np.asarray(embed_text(doc, self.dimensions), dtype=np.float32)
                    for doc in input]

        @staticmethod
        def name() -> str:
            return EMBEDDING_NAME

        def default_space(self) -> str:  # type: ignore[override]
            return "cosine"

        def supported_spaces(self) -> list[str]:  # type: ignore[override]
            return ["cosine", "ip", "l2"]

        def get_config(self) -> dict[str, Any]:
            return {"dimensions": self.dimensions}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> HashingEmbeddingFunction:
            return HashingEmbeddingFunction(int(config.get("dimensions", DEFAULT_DIMENSIONS)))

        @staticmethod
        def validate_config(config: dict[str, Any]) -> None:
            if int(config.get("dimensions", DEFAULT_DIMENSIONS)) < 16:
                raise ValueError("dimensions must be at least 16")

        def validate_config_update(self, old_config: dict[str, Any],
                                   new_config: dict[str, Any]) -> None:
            if old_config.get("dimensions") != new_config.get("dimensions"):
                raise ValueError("the embedding dimensions of a collection cannot change")

    register_embedding_function(HashingEmbeddingFunction)
    return HashingEmbeddingFunction


def hashing_embedding_function(dimensions: int = DEFAULT_DIMENSIONS) -> Any:
    """An instance of the chromadb embedding function (imports chromadb)."""
    return _embedding_class()(dimensions)


# --------------------------------------------------------------------------- the store


def _example_id(example: LabelledReply) -> str:
    key = json.dumps([example.id, example.text, example.subject, example.language,
                      example.intent, str(example.promise_date), str(example.promise_amount),
                      str(example.today)], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _metadata(example: LabelledReply) -> dict[str, str]:
    meta = {"intent": example.intent, "subject": example.subject, "id": example.id}
    if example.language:
        meta["language"] = example.language
    if example.promise_date is not None:
        meta["promise_date"] = example.promise_date.isoformat()
    if example.promise_amount is not None:
        meta["promise_amount"] = str(example.promise_amount)
    if example.today is not None:
        meta["today"] = example.today.isoformat()
    return meta


def _from_record(document: str, meta: dict[str, Any]) -> LabelledReply:
    amount = meta.get("promise_amount")
    return LabelledReply(
        text=document,
        language=meta.get("language") or None,
        intent=str(meta["intent"]),
        promise_date=_parse_date(meta.get("promise_date")),
        promise_amount=Decimal(amount) if amount else None,
        today=_parse_date(meta.get("today")),
        subject=str(meta.get("subject") or ""),
        id=str(meta.get("id") or ""),
    )


def chroma_settings() -> Any:
    """One set of client settings for every in-process chromadb client: chromadb refuses a
    second ephemeral client with different settings in the same process."""
    from chromadb.config import Settings

    return Settings(anonymized_telemetry=False, allow_reset=False)


class ExampleStore:
    """Labelled replies in a chromadb collection, searched by similarity.

    `path` (or `DUNNING_CHROMA_DIR` when `path` is not given) makes the collection persistent;
    otherwise it lives in memory (EphemeralClient). Adding is idempotent: the same example is
    stored once however often it is added."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *,
                 collection: str = DEFAULT_COLLECTION,
                 dimensions: int = DEFAULT_DIMENSIONS,
                 client: Any = None) -> None:
        if path is None and client is None:
            path = os.environ.get("DUNNING_CHROMA_DIR") or None
        self.path = str(path) if path is not None else None
        self.collection_name = collection
        self.dimensions = dimensions
        self._client = client
        self._collection: Any = None
        self._lock = threading.Lock()

    def _get_collection(self) -> Any:
        with self._lock:
            if self._collection is None:
                import chromadb

                settings = chroma_settings()
                if self._client is None:
                    if self.path:
                        Path(self.path).mkdir(parents=True, exist_ok=True)
                        self._client = chromadb.PersistentClient(path=self.path,
                                                                 settings=settings)
                    else:
                        self._client = chromadb.EphemeralClient(settings=settings)
                self._collection = self._client.get_or_create_collection(
                    self.collection_name,
                    embedding_function=hashing_embedding_function(self.dimensions),
                    configuration={"hnsw": {"space": "cosine"}},
                )
            return self._collection

    def add(self, examples: Iterable[LabelledReply]) -> int:
        """Store the examples (upsert); returns how many were given."""
        batch = [e for e in examples if e.text.strip()]
        if not batch:
            return 0
        ids: dict[str, LabelledReply] = {}
        for example in batch:
            ids[_example_id(example)] = example  # duplicates in one batch: chromadb refuses
        collection = self._get_collection()
        collection.upsert(
            ids=list(ids),
            documents=[e.text for e in ids.values()],
            metadatas=[_metadata(e) for e in ids.values()],  # type: ignore[misc]
        )
        return len(batch)

    def count(self) -> int:
        return int(self._get_collection().count())

    def similar(self, text: str, k: int = 4) -> list[LabelledReply]:
        """The k stored labelled replies closest to `text`, closest first."""
        return [example for example, _ in self.similar_with_distances(text, k)]

    def similar_with_distances(self, text: str, k: int = 4) -> list[tuple[LabelledReply, float]]:
        if k <= 0 or not text.strip():
            return []
        collection = self._get_collection()
        n = min(k, int(collection.count()))
        if n == 0:
            return []
        result = collection.query(query_texts=[text], n_results=n,
                                  include=["documents", "metadatas", "distances"])
        documents: Sequence[str] = (result.get("documents") or [[]])[0]
        metadatas: Sequence[dict[str, Any]] = (result.get("metadatas") or [[]])[0]
        distances: Sequence[float] = (result.get("distances") or [[]])[0]
        found = [(_from_record(doc, dict(meta or {})), float(dist))
                 for doc, meta, dist in zip(documents, metadatas, distances, strict=False)]
        # stable order for equal distances: by id, so that results never depend on the index
        found.sort(key=lambda pair: (round(pair[1], 6), pair[0].id, pair[0].text))
        return found
