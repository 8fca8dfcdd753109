"""Clarifying questions of the command grammar, in the member's language."""

from __future__ import annotations

__all__ = ["question"]

_Q: dict[str, dict[str, str]] = {
    "unclear": {
        "en": "Sorry, I did not understand. I can: pause the account until a date, resume "
              "follow-ups, change or add a contact, set the contact's language, record a payment "
              "promise, mark a dispute resolved, send a statement, an invoice copy or a formal "
              "notice, add a note, close or cancel the task. What should I do?",
        "fr": "Je n'ai pas compris. Je peux : mettre en pause jusqu'à une date, reprendre les "
              "relances, changer ou ajouter un contact, changer la langue du contact, enregistrer "
              "une promesse de paiement, marquer un litige comme réglé, envoyer un relevé, une "
              "copie de facture ou une mise en demeure, ajouter une note, clôturer ou annuler la "
              "tâche. Que dois-je faire ?",
        "de": "Das habe ich nicht verstanden. Ich kann: das Konto bis zu einem Datum pausieren, "
              "die Mahnungen wieder aufnehmen, einen Kontakt ändern oder hinzufügen, die Sprache "
              "des Kontakts festlegen, eine Zahlungszusage erfassen, eine Reklamation als erledigt "
              "markieren, einen Kontoauszug, eine Rechnungskopie oder eine letzte Mahnung senden, "
              "eine Notiz hinzufügen, die Aufgabe schließen oder abbrechen. Was soll ich tun?",
        "es": "No lo he entendido. Puedo: pausar la cuenta hasta una fecha, reanudar los "
              "recordatorios, cambiar o añadir un contacto, fijar el idioma del contacto, "
              "registrar una promesa de pago, marcar una disputa como resuelta, enviar un "
              "extracto, una copia de factura o un requerimiento formal, añadir una nota, cerrar "
              "o cancelar la tarea. ¿Qué debo hacer?",
        "it": "Non ho capito. Posso: sospendere il conto fino a una data, riprendere i solleciti, "
              "cambiare o aggiungere un contatto, impostare la lingua del contatto, registrare una "
              "promessa di pagamento, segnare una contestazione come risolta, inviare un estratto "
              "conto, una copia di fattura o una messa in mora, aggiungere una nota, chiudere o "
              "annullare l'attività. Cosa devo fare?",
        "nl": "Dat heb ik niet begrepen. Ik kan: de rekening pauzeren tot een datum, de "
              "herinneringen hervatten, een contact wijzigen of toevoegen, de taal van het contact "
              "instellen, een betalingsbelofte vastleggen, een geschil als opgelost markeren, een "
              "rekeningoverzicht, een factuurkopie of een ingebrekestelling sturen, een notitie "
              "toevoegen, de taak sluiten of annuleren. Wat moet ik doen?",
        "pt": "Não percebi. Posso: pausar a conta até uma data, retomar as cobranças, mudar ou "
              "adicionar um contacto, definir a língua do contacto, registar uma promessa de "
              "pagamento, marcar um litígio como resolvido, enviar um extrato, uma cópia de "
              "fatura ou uma interpelação, adicionar uma nota, fechar ou cancelar a tarefa. O que "
              "devo fazer?",
    },
    "pause_until": {
        "en": "Until what date should I pause the account?",
        "fr": "Jusqu'à quelle date dois-je mettre le compte en pause ?",
        "de": "Bis zu welchem Datum soll ich das Konto pausieren?",
        "es": "¿Hasta qué fecha debo pausar la cuenta?",
        "it": "Fino a quale data devo sospendere il conto?",
        "nl": "Tot welke datum moet ik de rekening pauzeren?",
        "pt": "Até que data devo pausar a conta?",
    },
    "pause_past": {
        "en": "That date is in the past. Until what date should I pause the account?",
        "fr": "Cette date est passée. Jusqu'à quelle date dois-je mettre le compte en pause ?",
        "de": "Dieses Datum liegt in der Vergangenheit. Bis wann soll ich das Konto pausieren?",
        "es": "Esa fecha ya ha pasado. ¿Hasta qué fecha debo pausar la cuenta?",
        "it": "Quella data è già passata. Fino a quale data devo sospendere il conto?",
        "nl": "Die datum ligt in het verleden. Tot welke datum moet ik de rekening pauzeren?",
        "pt": "Essa data já passou. Até que data devo pausar a conta?",
    },
    "promise_date": {
        "en": "On what date did the customer promise to pay?",
        "fr": "À quelle date le client a-t-il promis de payer ?",
        "de": "Zu welchem Datum hat der Kunde die Zahlung zugesagt?",
        "es": "¿En qué fecha prometió pagar el cliente?",
        "it": "In quale data il cliente ha promesso di pagare?",
        "nl": "Op welke datum heeft de klant beloofd te betalen?",
        "pt": "Em que data o cliente prometeu pagar?",
    },
    "promise_past": {
        "en": "That date is in the past. On what date will the customer pay?",
        "fr": "Cette date est passée. À quelle date le client paiera-t-il ?",
        "de": "Dieses Datum liegt in der Vergangenheit. Wann wird der Kunde zahlen?",
        "es": "Esa fecha ya ha pasado. ¿En qué fecha pagará el cliente?",
        "it": "Quella data è già passata. In quale data pagherà il cliente?",
        "nl": "Die datum ligt in het verleden. Op welke datum betaalt de klant?",
        "pt": "Essa data já passou. Em que data o cliente vai pagar?",
    },
    "email_missing": {
        "en": "What is the contact's email address?",
        "fr": "Quelle est l'adresse e-mail du contact ?",
        "de": "Wie lautet die E-Mail-Adresse des Kontakts?",
        "es": "¿Cuál es la dirección de correo del contacto?",
        "it": "Qual è l'indirizzo e-mail del contatto?",
        "nl": "Wat is het e-mailadres van het contact?",
        "pt": "Qual é o endereço de e-mail do contacto?",
    },
    "email_invalid": {
        "en": "The address {email} does not look valid. What is the correct email address?",
        "fr": "L'adresse {email} ne semble pas valide. Quelle est la bonne adresse e-mail ?",
        "de": "Die Adresse {email} scheint ungültig zu sein. Wie lautet die richtige "
              "E-Mail-Adresse?",
        "es": "La dirección {email} no parece válida. ¿Cuál es la dirección correcta?",
        "it": "L'indirizzo {email} non sembra valido. Qual è l'indirizzo e-mail corretto?",
        "nl": "Het adres {email} lijkt niet geldig. Wat is het juiste e-mailadres?",
        "pt": "O endereço {email} não parece válido. Qual é o endereço de e-mail correto?",
    },
    "email_which": {
        "en": "Which address is the new contact, and which one does it replace?",
        "fr": "Quelle adresse est le nouveau contact, et laquelle remplace-t-elle ?",
        "de": "Welche Adresse ist der neue Kontakt, und welche ersetzt sie?",
        "es": "¿Qué dirección es el nuevo contacto y cuál sustituye?",
        "it": "Quale indirizzo è il nuovo contatto e quale sostituisce?",
        "nl": "Welk adres is het nieuwe contact, en welk adres vervangt het?",
        "pt": "Qual endereço é o novo contacto e qual substitui?",
    },
    "language": {
        "en": "Which language should I write in? I can write in English, French, German, "
              "Spanish, Italian, Dutch or Portuguese.",
        "fr": "Dans quelle langue dois-je écrire ? Je peux écrire en anglais, français, "
              "allemand, espagnol, italien, néerlandais ou portugais.",
        "de": "In welcher Sprache soll ich schreiben? Ich kann auf Englisch, Französisch, "
              "Deutsch, Spanisch, Italienisch, Niederländisch oder Portugiesisch schreiben.",
        "es": "¿En qué idioma debo escribir? Puedo escribir en inglés, francés, alemán, "
              "español, italiano, neerlandés o portugués.",
        "it": "In quale lingua devo scrivere? Posso scrivere in inglese, francese, tedesco, "
              "spagnolo, italiano, olandese o portoghese.",
        "nl": "In welke taal moet ik schrijven? Ik kan schrijven in het Engels, Frans, Duits, "
              "Spaans, Italiaans, Nederlands of Portugees.",
        "pt": "Em que língua devo escrever? Posso escrever em inglês, francês, alemão, "
              "espanhol, italiano, neerlandês ou português.",
    },
    "note_text": {
        "en": "What should the note say?",
        "fr": "Que doit dire la note ?",
        "de": "Was soll in der Notiz stehen?",
        "es": "¿Qué debe decir la nota?",
        "it": "Cosa deve dire la nota?",
        "nl": "Wat moet er in de notitie staan?",
        "pt": "O que deve dizer a nota?",
    },
}


def question(key: str, language: str, **values: str) -> str:
    table = _Q[key]
    return table.get(language, table["en"]).format(**values)
