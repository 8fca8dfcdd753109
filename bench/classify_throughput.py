"""Offline classification throughput: quote stripping + understanding, on one core.

    python bench/classify_throughput.py [FILE.jsonl] [--repeat N] [--size N]

Without a file it runs a synthetic mix made here: replies in the seven languages over every
intent, top-posted over a quoted reminder (Gmail, Outlook and Apple styles), with greetings,
signatures and mobile footers, message dates spread over a year. With a file (the
`dunning classify` format) it runs those replies instead. Prints the number of replies, the
time and replies per second (the target is at least 200 per second).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BODIES = {
    "en": [
        "We will pay the invoice on Friday.", "We paid this yesterday, remittance attached.",
        "The goods arrived damaged, we will not pay until we get a credit note.",
        "Could we pay in three monthly instalments?", "Please call me on 0161 555 0101.",
        "Can you send me a copy of the invoice and your bank details?",
        "I no longer work here, please write to ap@acme.example from now on.",
        "We'll pay half (320 €) at the end of next week and the rest in December.",
        "Noted, I've passed this on to accounts.", "We won't pay this.",
    ],
    "fr": [
        "Nous réglerons la facture vendredi par virement.", "Le virement a été effectué hier.",
        "Nous n'avons jamais reçu la facture.", "Serait-il possible de payer en trois fois ?",
        "Pouvez-vous me rappeler ?", "Pouvez-vous me renvoyer la facture avec notre bon de "
        "commande ?", "Nous paierons 1 500 € le 20 novembre.", "Bien reçu, merci.",
    ],
    "de": [
        "Wir überweisen den Betrag am Freitag.", "Die Überweisung wurde gestern ausgeführt.",
        "Die Ware war beschädigt, wir zahlen nicht.", "Können wir in Raten zahlen?",
        "Bitte rufen Sie mich zurück.", "Könnten Sie uns einen Kontoauszug schicken?",
        "Wir zahlen bis Ende des Monats 1.000,50 €.", "Danke, zur Kenntnis genommen.",
    ],
    "es": [
        "Pagaremos el viernes.", "La transferencia se hizo ayer, adjunto el justificante.",
        "Nunca recibimos la factura.", "¿Podemos pagar en tres plazos?",
        "¿Me pueden llamar por teléfono?", "¿Pueden enviarme los datos bancarios?",
        "Pagaremos 980 euros el 20 de noviembre.", "Vale, gracias.",
    ],
    "it": [
        "Pagheremo venerdì.", "Il bonifico è stato effettuato ieri.",
        "La merce è arrivata danneggiata.", "Possiamo pagare a rate?",
        "Potrei parlare con qualcuno al telefono?", "Potete inviarmi una copia della fattura?",
        "Effettueremo il bonifico entro fine mese.", "Ok, grazie.",
    ],
    "nl": [
        "Wij betalen de factuur vrijdag.", "Het bedrag is gisteren overgemaakt.",
        "Wij hebben de factuur nooit ontvangen.", "Kunnen we in termijnen betalen?",
        "Kunt u mij terugbellen?", "Kunt u ons een rekeningoverzicht sturen?",
        "We maken het bedrag eind van de maand over.", "Oké, bedankt.",
    ],
    "pt": [
        "Vamos pagar na sexta-feira.", "A transferência foi efetuada ontem.",
        "Nunca recebemos a fatura.", "Podemos pagar em prestações?", "Podem ligar-me amanhã?",
        "Podem enviar-me os dados bancários?", "Vamos pagar R$ 3.000,00 no dia 20.",
        "Ok, obrigado.",
    ],
}
OUT_OF_OFFICE = [
    "I am out of the office until 20 November with limited access to email.",
    "Je suis absent jusqu'au 20 novembre.", "Ich bin bis zum 23. November nicht im Büro.",
    "Estoy fuera de la oficina hasta el 20 de noviembre.",
    "Sono fuori ufficio fino al 20 novembre.", "Ik ben afwezig tot en met 20 november.",
    "Estou ausente do escritório até 20 de novembro.",
]
GREETINGS = ["Hello,", "Bonjour,", "Guten Tag,", "Buenos días,", "Buongiorno,", "Goedemiddag,",
             "Bom dia,", "Hi,"]
CLOSINGS = ["Best regards,\nDan Smith\nAccounts Payable\nTel +44 20 7946 0000",
            "Cordialement,\nSophie", "Mit freundlichen Grüßen\nJan Müller", "Saludos,\nJavier",
            "Cordiali saluti,\nMarco", "Met vriendelijke groet,\nJoost", "Cumprimentos,\nRui",
            "Cheers,\nDan\n\nSent from my iPhone"]
QUOTES = [
    "On Mon, 9 Nov 2026 at 10:02, Accounts <ar@x.example> wrote:\n> Invoice QX-5521 for "
    "£640.00 was due on 1 October 2026.\n> Please pay by 20 November 2026.\n> Kind regards",
    "________________________________\nDe : Comptabilité <ar@x.example>\nEnvoyé : lundi 9 "
    "novembre 2026 10:02\nÀ : Sophie\nObjet : Relance facture FA-118\n\nMadame, la facture "
    "FA-118 de 2 400,00 € est échue depuis le 1er octobre.",
    "-----Ursprüngliche Nachricht-----\nVon: Buchhaltung\nGesendet: Montag, 9. November 2026\n"
    "An: Jan\nBetreff: Zahlungserinnerung\n\nDie Rechnung R-77 über 1.250,00 € ist fällig.",
    "",
]


def synthetic(size: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    pool = [(lang, b) for lang, bodies in BODIES.items() for b in bodies]
    pool += [(None, b) for b in OUT_OF_OFFICE]
    out = []
    for i in range(size):
        lang, text = pool[i % len(pool)]
        body = f"{rng.choice(GREETINGS)}\n\n{text}\n\n{rng.choice(CLOSINGS)}"
        quote = rng.choice(QUOTES)
        if quote:
            body += "\n\n" + quote
        out.append({"body": body, "subject": "Re: Invoice QX-5521", "language": lang,
                    "today": date(2026, 1, 1) + timedelta(days=rng.randrange(365)),
                    "amount_due": Decimal("640.00")})
    return out


def from_file(path: str) -> list[dict[str, object]]:
    records = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        from evals.classify import parse_amount_due  # local formats: "2 400,00"

        records.append({"body": r.get("body") or "", "subject": r.get("subject") or "",
                        "language": r.get("language"), "today": date.fromisoformat(r["today"]),
                        "amount_due": parse_amount_due(r.get("amount_due"))})
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="a reply set (dunning classify format)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", type=int, default=1000, help="synthetic replies per pass")
    args = parser.parse_args()
    try:  # one core, as promised
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    from agent.brain.understand import ReplyInput, understand
    from inbox.quotes import split_reply

    records = from_file(args.file) if args.file else synthetic(args.size)

    def classify(r: dict[str, object]) -> None:
        new_text, _ = split_reply(str(r["body"]))
        understand(ReplyInput(text=new_text, today=r["today"],  # type: ignore[arg-type]
                              subject=str(r["subject"]), language=r["language"],  # type: ignore[arg-type]
                              amount_due=r["amount_due"]))  # type: ignore[arg-type]

    for r in records[:20]:  # warm up: compiled patterns and caches, as in a running worker
        classify(r)
    start = time.perf_counter()
    n = 0
    for _ in range(args.repeat):
        for r in records:
            classify(r)
            n += 1
    elapsed = time.perf_counter() - start
    print(f"offline classification: {n} replies in {elapsed:.2f} s = {n / elapsed:.0f} "
          "replies/s")


if __name__ == "__main__":
    main()
