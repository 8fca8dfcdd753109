"""Command vocabulary of member messages, in en, fr, de, es, it, nl, pt.

Every pattern works on *folded* text (lower case, accents stripped: "relevé" -> "releve",
"für" -> "fur"). A trigger names a tool; its arguments are read around it (see ``args``).
Each entry is (tool, languages, regex); a word shared by several languages lists them all,
which is what the language vote of ``interpret`` counts.
"""

from __future__ import annotations

import re

__all__ = [
    "TRIGGERS",
    "PRIORITY",
    "SEND_VERB_RE",
    "NEEDS_SEND_VERB",
    "LANGUAGE_NAMES",
    "UNSUPPORTED_LANGUAGE_NAMES",
    "LANG_NAME_RE",
    "YES",
    "NO",
    "CLOSE_WORDS",
    "FILLERS",
    "TYPO_VOCABULARY",
    "HINT_WORDS",
    "BARE_WORDS",
]

_G = r"[^.;,!?\n]"  # one character inside a clause

# ------------------------------------------------------------------------- language names
LANGUAGE_NAMES: dict[str, tuple[str, str]] = {}  # folded word -> (code it names, written in)
for _code, _entries in {
    "en": "en:english fr:anglais de:englisch es:ingles es:inglesa it:inglese nl:engels "
          "pt:ingles",
    "fr": "en:french fr:francais fr:francaise de:franzosisch es:frances es:francesa "
          "it:francese nl:frans pt:frances",
    "de": "en:german fr:allemand de:deutsch es:aleman es:alemana it:tedesco nl:duits "
          "pt:alemao pt:alema",
    "es": "en:spanish fr:espagnol de:spanisch es:espanol es:castellano it:spagnolo nl:spaans "
          "pt:espanhol pt:castelhano",
    "it": "en:italian fr:italien de:italienisch es:italiano it:italiano pt:italiano "
          "nl:italiaans",
    "nl": "en:dutch en:flemish fr:neerlandais fr:hollandais fr:flamand de:niederlandisch "
          "de:hollandisch de:flamisch es:neerlandes es:holandes it:olandese it:fiammingo "
          "nl:nederlands nl:hollands nl:vlaams pt:holandes pt:neerlandes",
    "pt": "en:portuguese fr:portugais de:portugiesisch es:portugues it:portoghese "
          "nl:portugees pt:portugues",
}.items():
    for _e in _entries.split():
        _written, _word = _e.split(":")
        LANGUAGE_NAMES.setdefault(_word, (_code, _written))

UNSUPPORTED_LANGUAGE_NAMES = frozenset(
    """chinese chinois chinesisch chino cinese chinees chines japanese japonais japanisch
    japones giapponese japans polish polonais polnisch polaco polacco pools russian russe
    russisch ruso russo russisch arabic arabe arabisch arabo arabisch swedish suedois
    schwedisch sueco svedese zweeds danish danois danisch danes danese deens norwegian
    norvegien norwegisch noruego norvegese noors turkish turc turkisch turco turks greek grec
    griechisch griego greco grieks czech tcheque tschechisch checo ceco tsjechisch romanian
    roumain rumanisch rumano rumeno roemeens hungarian hongrois ungarisch hungaro ungherese
    hongaars finnish finnois finnisch finlandes finlandese fins catalan catala catalan""".split()
)
_ALL_LANG_WORDS = sorted(set(LANGUAGE_NAMES) | UNSUPPORTED_LANGUAGE_NAMES, key=len, reverse=True)
LANG_NAME_RE = re.compile(r"\b(" + "|".join(_ALL_LANG_WORDS) + r")(?:[- ]?(?:speaking|sprachig|"
                          r"talig|phone|fono|parlant|parlante|hablante|falante))?\b")
_LANG = r"(?:" + "|".join(_ALL_LANG_WORDS) + r")"

# --------------------------------------------------------------------------------- verbs
SEND_VERB_RE = re.compile(
    r"\b(?:send\w*|e-?mail|mail|forward|resend|post|issue|envoi\w*|envoy\w*|renvoi\w*|"
    r"renvoy\w*|transmet\w*|transmett\w*|expedi\w*|fais partir|schick\w*|send\w*|versend\w*|"
    r"zusend\w*|verschick\w*|ubermittel\w*|envi\w*|mand\w*|remit\w*|reenvi\w*|invi\w*|"
    r"spedi\w*|rinvi\w*|stuur\w*|verstuur\w*|zend\w*|verzend\w*|opsturen|sturen|versturen|"
    r"stuurt)\b"
)
_SEND = SEND_VERB_RE.pattern[3:-3]  # the alternation without its \b(?: ... )\b

_INVOICE = r"(?:invoices?|factures?|rechnung(?:en)?|facturas?|fattur[ae]|factu(?:u)?r(?:en)?|faturas?)"
_TASK = (r"(?:task|case|ticket|tache|dossier|aufgabe|vorgang|fall|tarea|caso|attivita|compito|"
         r"pratica|taak|tarefa)")
_THE = r"(?:(?:the|this|la|le|l'|cette|ce|die|diese|den|el|esta|este|il|lo|questo|questa|de|"
_THE += r"deze|dit|het|a|o|esta|este|essa|esse)\s*)?"

_DISPUTE = {
    "en": "dispute|disputes|complaint|claim|query",
    "fr": "litige|contestation|reclamation|differend",
    "de": "reklamation|streit|streitfall|beanstandung|einspruch|einwand|widerspruch",
    "es": "disputa|reclamacion|controversia|litigio",
    "it": "contestazione|controversia|reclamo|disputa|contenzioso",
    "nl": "geschil|dispuut|klacht|bezwaar|betwisting",
    "pt": "litigio|disputa|reclamacao|contestacao",
}
_RESOLVED = {
    "en": "resolved|settled|closed|sorted(?: out)?|fixed|over|cleared|done|resolve|settle|close",
    "fr": "regle|reglee|resolu|resolue|clos|close|cloture|cloturee|termine|terminee|regler|"
          "resoudre|clore|cloturer",
    "de": "erledigt|geklart|beigelegt|beendet|abgeschlossen|geschlossen|behoben|gelost|"
          "schliessen|abschliessen|erledigen",
    "es": "resuelta|resuelto|cerrada|cerrado|solucionada|solucionado|resolver|cerrar|"
          "zanjada|zanjado|arreglada|arreglado",
    "it": "risolta|risolto|chiusa|chiuso|sistemata|sistemato|risolvi|risolvere|chiudi|"
          "chiudere|definita|definito",
    "nl": "opgelost|gesloten|afgehandeld|afgerond|rond|oplossen|sluiten|sluit",
    "pt": "resolvido|resolvida|encerrado|encerrada|fechado|fechada|solucionado|solucionada|"
          "resolver|encerrar|fechar",
}


def _dispute_patterns() -> list[tuple[str, str, str]]:
    out = []
    for lang, nouns in _DISPUTE.items():
        res = _RESOLVED[lang]
        out.append(("resolve_dispute", lang,
                    rf"(?:{nouns}){_G}{{0,25}}?\b(?:{res})|(?:{res})\b{_G}{{0,25}}?\b(?:{nouns})"))
    return out


_NOTE_END = r"\s*(?::|-|that|que|dass|che|dat|saying|disant)?"
_RAW: list[tuple[str, str, str]] = [
    # ---------------------------------------------------------------- notes (swallow the rest)
    ("add_note", "en", r"(?:add|make|leave|write|put|log|record)\s+(?:a |an |the )?(?:internal )?"
                       r"(?:note|comment|remark)" + _NOTE_END + r"|(?:nb|fyi|comment|remark)\s*:"
                       r"|note that|please note\s*:"),
    ("add_note", "en fr", r"notes?\s*:"),
    ("add_note", "fr", r"(?:ajout\w*|rajout\w*|mets|mettre|laiss\w*|ecri\w*)\s+(?:une |un |la )?"
                       r"(?:note|remarque|commentaire)" + _NOTE_END +
                       r"|(?:remarque|commentaire|a noter|nota bene)\s*:|note que"),
    ("add_note", "de", r"(?:fug\w*|schreib\w*|mach\w*|hinterleg\w*|leg\w*)\s+(?:eine |einen |die )?"
                       r"(?:notiz|vermerk|kommentar|anmerkung)(?:\s+an)?(?:\s+hinzu)?" + _NOTE_END +
                       r"|(?:notiz|vermerk|anmerkung|kommentar|hinweis)(?: hinzufugen)?\s*:"
                       r"|(?:notiere|vermerke)\s*(?::|dass)?"),
    ("add_note", "es", r"(?:anad\w*|agreg\w*|pon|deja|escribe)\s+(?:una |un )?"
                       r"(?:nota|comentario|observacion)" + _NOTE_END +
                       r"|(?:comentario|observacion)\s*:|anota\s*(?::|que)?"),
    ("add_note", "es it pt", r"nota\s*:"),
    ("add_note", "it", r"(?:aggiung\w*|metti|lascia|scrivi)\s+(?:una |un )?(?:nota|commento|appunto)"
                       + _NOTE_END + r"|(?:commento|appunto)\s*:|annota\s*(?::|che)?"),
    ("add_note", "nl", r"(?:voeg\w*|zet|maak|schrijf|leg)\s+(?:een |de )?(?:notitie|opmerking|"
                       r"aantekening)(?:\s+(?:toe|vast))?" + _NOTE_END +
                       r"|(?:notitie|opmerking|aantekening)\s*:|noteer\s*(?::|dat)?"),
    ("add_note", "pt", r"(?:adicion\w*|acrescent\w*|poe|deixa|escreve|coloca)\s+(?:uma |um )?"
                       r"(?:nota|observacao|comentario)" + _NOTE_END +
                       r"|(?:observacao|comentario)\s*:"),
    # ------------------------------------------------------------------------------- pause
    ("pause_account", "en fr de", r"pause"),
    ("pause_account", "en", r"paused|pausing|put\b" + _G + r"{0,30}\bon hold|hold off|"
                            r"hold (?:this|the|that|their|his|her) (?:account|customer|client|"
                            r"reminders|follow-?ups)|hold (?:it|them|reminders|follow-?ups)|"
                            r"suspend(?:ed|ing)?|freeze|snooze|stop (?:the |all |sending )?"
                            r"(?:reminders|follow-?ups|dunning|chasing|emails|letters|"
                            r"collections?)|stop chasing|no more (?:reminders|follow-?ups|emails)"),
    ("pause_account", "en nl", r"on hold"),
    ("pause_account", "en", r"wait (?:until|till)"),
    ("pause_account", "fr", r"attend(?:s|ez|re)? (?:jusqu'|le )"),
    ("pause_account", "de", r"wart(?:e|en|et)? bis"),
    ("pause_account", "es pt", r"esper(?:a|e|ar) (?:hasta|ate)"),
    ("pause_account", "it", r"aspett(?:a|are|ate) fino"),
    ("pause_account", "nl", r"wacht(?:en)? (?:tot|tot en met)"),
    ("pause_account", "fr", r"(?:mets|mettre|mettez|met)\b" + _G + r"{0,30}\ben pause|en pause|"
                            r"suspend(?:s|re|ez|ons)|arret\w* (?:les |toutes les )?(?:relances|"
                            r"rappels)|stopp\w* (?:les )?(?:relances|rappels)|plus de relances|"
                            r"gel(?:e|er|ez)"),
    ("pause_account", "de", r"pausier\w*|aussetzen|setz\w*\b" + _G + r"{0,40}\baus\b|anhalten|"
                            r"stopp\w*|keine (?:mahnungen|erinnerungen|zahlungserinnerungen) mehr|"
                            r"ruhen lassen|ruhen|zuruckstellen|mahnsperre|einfrieren"),
    ("pause_account", "es it pt", r"pausa"),
    ("pause_account", "es pt", r"pausar|suspend(?:er|e|a|an|am|am)|congela\w*"),
    ("pause_account", "es", r"pon\w*\b" + _G + r"{0,30}\ben pausa|en pausa|deten\w*|"
                            r"para(?:r)? (?:los |las |todos los )?(?:recordatorios|reclamaciones|"
                            r"avisos|correos)|no mas recordatorios|pausalo|pausala"),
    ("pause_account", "it", r"sospend\w*|metti\w*\b" + _G + r"{0,30}\bin pausa|in pausa|"
                            r"ferma\w* (?:i |tutti i )?(?:solleciti|promemoria)|"
                            r"blocca\w* (?:i )?solleciti|congela\w*"),
    ("pause_account", "nl", r"pauzeer\w*|pauzeren|pauze|stop (?:de |alle |met )?(?:herinneringen|"
                            r"aanmaningen|aanmanen|rappels|betalingsherinneringen)|geen "
                            r"(?:herinneringen|aanmaningen) meer|schort\w*\b" + _G + r"{0,40}\bop\b|"
                            r"opschorten|bevries\w*"),
    ("pause_account", "pt", r"em pausa|par(?:a|ar|e) (?:os |as |todos os |todas as )?(?:lembretes|"
                            r"cobrancas|avisos)|coloc\w*\b" + _G + r"{0,30}\bem pausa"),
    # ------------------------------------------------------------------------------ resume
    ("resume_account", "en", r"resume|resuming|unpause|un-pause|restart\w*|re-?enable|"
                             r"(?:lift|end|remove) the (?:pause|hold)|take\b" + _G +
                             r"{0,30}\boff hold|continue (?:the )?(?:reminders|follow-?ups|dunning|"
                             r"chasing)|start (?:chasing|the reminders|follow-?ups) again"),
    ("resume_account", "en fr es", r"reactiv\w*"),
    ("resume_account", "fr", r"repren\w*|lev\w* la pause|fin de la pause|(?:retir|enlev)\w* la "
                             r"pause|relancer? (?:a nouveau|de nouveau)"),
    ("resume_account", "de", r"wieder aufnehmen|nimm\w*\b" + _G + r"{0,40}\bwieder auf\b|"
                             r"fortsetzen|fortfuhren|setz\w*\b" + _G + r"{0,30}\bfort\b|"
                             r"reaktivier\w*|pause (?:aufheben|beenden)|mahnsperre (?:aufheben|"
                             r"entfernen)|(?:weiter|wieder) mahnen"),
    ("resume_account", "es", r"reanud\w*|quit\w* la pausa|continu\w* con (?:los )?"
                             r"(?:recordatorios|reclamaciones)"),
    ("resume_account", "es pt", r"retom\w*"),
    ("resume_account", "it", r"riprend\w*|riattiv\w*|togli\w* la pausa|riavvi\w*"),
    ("resume_account", "nl", r"hervat\w*|heractiveer\w*|herstart\w*|pauze opheffen|hef\w*\b" + _G +
                             r"{0,30}\bop\b"),
    ("resume_account", "pt", r"reativ\w*|retir\w* a pausa|recomec\w*"),
    # ------------------------------------------------------------------------ contact email
    ("set_contact_email", "en", r"new (?:contact|e-?mail|address|recipient)(?: (?:e-?mail|"
                                r"address|person))?|(?:correct|right|current|updated) (?:e-?mail|"
                                r"address|contact)|replace|change (?:the )?(?:contact|e-?mail|"
                                r"address)|update (?:the )?(?:contact|e-?mail|address)|"
                                r"(?:contact|e-?mail|address) (?:is now|has changed|changed)|"
                                r"use\b(?=" + _G + r"{0,40}_{5,})"),
    ("set_contact_email", "en fr de", r"(?:contact|kontakt|e-?mail|adresse|courriel)\s*:"
                                      r"(?=\s*_{5,})"),
    ("set_contact_email", "en", r"(?:contact|e-?mail|address) (?:is|should be|will be)"
                                r"(?=\s+_{5,})"),
    ("set_contact_email", "fr", r"(?:contact|e-?mail|adresse|courriel) (?:est|sera|devient)"
                                r"(?=\s+_{5,})"),
    ("set_contact_email", "de", r"(?:kontakt|e-?mail|adresse|mailadresse|ansprechpartner\w*) "
                                r"(?:ist|lautet|wird)(?=\s+_{5,})"),
    ("set_contact_email", "es", r"(?:contacto|correo|e-?mail|direccion) (?:es|sera)"
                                r"(?=\s+_{5,})"),
    ("set_contact_email", "it", r"(?:contatto|e-?mail|indirizzo|referente) (?:e|sara)"
                                r"(?=\s+_{5,})"),
    ("set_contact_email", "nl", r"(?:contact\w*|e-?mail\w*|adres) (?:is|wordt)(?=\s+_{5,})"),
    ("set_contact_email", "pt", r"(?:contacto|contato|e-?mail|endereco) (?:e|sera)(?=\s+_{5,})"),
    ("set_contact_email", "en", r"_{5,}\s+(?:instead of|in place of|rather than)"),
    ("set_contact_email", "fr", r"_{5,}\s+(?:au lieu de|a la place de)"),
    ("set_contact_email", "de", r"_{5,}\s+(?:statt|anstatt|anstelle von)"),
    ("set_contact_email", "es", r"_{5,}\s+en (?:lugar|vez) de"),
    ("set_contact_email", "it", r"_{5,}\s+(?:invece di|al posto di)"),
    ("set_contact_email", "nl", r"_{5,}\s+in plaats van"),
    ("set_contact_email", "pt", r"_{5,}\s+em (?:vez|lugar) de"),
    ("set_contact_email", "fr", r"nouve(?:au|l|lle) (?:contact|e-?mail|adresse|courriel|"
                                r"destinataire|interlocuteur)|(?:bonne|vraie) adresse|remplac\w*|"
                                r"(?:chang|modifi)\w* (?:le |l')?(?:contact|e-?mail|adresse)|"
                                r"utilis\w*(?=" + _G + r"{0,40}_{5,})"),
    ("set_contact_email", "de", r"neue[rn]? (?:kontakt|ansprechpartner\w*|e-?mail\w*|adresse|"
                                r"mailadresse|empfanger)|(?:richtige|korrekte|aktuelle) (?:e-?mail|"
                                r"adresse|mailadresse)\w*|ersetz\w*|ander\w* (?:den |die )?"
                                r"(?:kontakt|e-?mail|adresse)|(?:verwende|nutze|nimm)\w*(?="
                                + _G + r"{0,40}_{5,})"),
    ("set_contact_email", "es", r"nuev[oa] (?:contacto|correo|e-?mail|direccion|destinatario)|"
                                r"(?:direccion|correo) correct[ao]|reemplaz\w*|sustitu\w*|"
                                r"cambi\w* (?:el |la )?(?:contacto|correo|e-?mail|direccion)|"
                                r"utiliza\w*(?=" + _G + r"{0,40}_{5,})"),
    ("set_contact_email", "es it pt", r"usa\w*(?=" + _G + r"{0,40}_{5,})"),
    ("set_contact_email", "it", r"nuov[oa] (?:contatto|e-?mail|indirizzo|referente|destinatario)|"
                                r"indirizzo (?:corretto|giusto)|sostituisc\w*|cambi\w* (?:il |l')?"
                                r"(?:contatto|e-?mail|indirizzo)|utilizz\w*(?=" + _G + r"{0,40}_{5,})"),
    ("set_contact_email", "nl", r"nieuwe? (?:contact\w*|e-?mail\w*|adres|mailadres)|(?:juiste|"
                                r"correcte) (?:e-?mail\w*|adres)|vervang\w*|wijzig\w* (?:het |de )?"
                                r"(?:contact\w*|e-?mail\w*|adres)|gebruik\w*(?=" + _G + r"{0,40}_{5,})"),
    ("set_contact_email", "pt", r"nov[oa] (?:contacto|contato|e-?mail|endereco|destinatario)|"
                                r"(?:endereco|e-?mail) corret[oa]|substitu\w*|troc\w*|"
                                r"(?:alter|mud)\w* (?:o )?(?:contacto|contato|e-?mail|endereco)|"
                                r"utiliz\w*(?=" + _G + r"{0,40}_{5,})"),
    # -------------------------------------------------------------------------- add contact
    ("add_contact", "en", r"add|adding|added|another contact|additional contact|also (?:send|write|"
                          r"email) to"),
    ("add_contact", "fr", r"ajout\w*|rajout\w*|autre contact|contact supplementaire"),
    ("add_contact", "de", r"fug\w*\b" + _G + r"{0,60}\bhinzu\b|hinzufugen|erganz\w*|"
                          r"(?:weiter|zusatzlich)\w* kontakt"),
    ("add_contact", "es", r"anad\w*|agreg\w*|otro contacto"),
    ("add_contact", "it", r"aggiung\w*|altro contatto"),
    ("add_contact", "nl", r"voeg\w*\b" + _G + r"{0,60}\btoe\b|toevoegen|extra contact\w*"),
    ("add_contact", "pt", r"adicion\w*|acrescent\w*|outro conta(?:c)?to"),
    # --------------------------------------------------------------------- contact language
    ("set_contact_language", "en", r"(?:write|writes|writing|speak\w*|correspond\w*|communicate\w*|"
                                   r"reply|email them|switch\w* to)\b" + _G + r"{0,30}?\b" + _LANG
                                   + r"|" + _LANG + r"[- ]speaking"),
    ("set_contact_language", "fr", r"(?:ecri\w*|parl\w*|communiqu\w*|correspond\w*|pass\w* (?:a|en)|"
                                   r"repond\w*)\b" + _G + r"{0,30}?\b" + _LANG),
    ("set_contact_language", "de", r"(?:schreib\w*|sprich\w*|spricht|sprechen|kommuniz\w*|"
                                   r"antwort\w*)\b" + _G + r"{0,30}?\b" + _LANG + r"|" + _LANG +
                                   _G + r"{0,25}?\b(?:schreiben|kommunizieren|umstellen|"
                                   r"korrespondieren|antworten)\b|" + _LANG + r"sprachig"),
    ("set_contact_language", "es", r"(?:escrib\w*|habl\w*|comunic\w*|respond\w*|cambi\w* al?)\b"
                                   + _G + r"{0,30}?\b" + _LANG),
    ("set_contact_language", "it", r"(?:scriv\w*|parl\w*|comunic\w*|rispond\w*|pass\w* (?:a|al|"
                                   r"all'))\b" + _G + r"{0,30}?\b" + _LANG),
    ("set_contact_language", "nl", r"(?:schrijf\w*|spreek\w*|spreekt|communiceer\w*|antwoord\w*|"
                                   r"schakel\w*)\b" + _G + r"{0,30}?\b" + _LANG + r"|" + _LANG + _G +
                                   r"{0,25}?\b(?:schrijven|communiceren|mailen)\b|" + _LANG +
                                   r"talig"),
    ("set_contact_language", "pt", r"(?:escrev\w*|fal[ae]\w*|comuniqu\w*|comunic\w*|respond\w*|"
                                   r"mud\w* para)\b" + _G + r"{0,30}?\b" + _LANG),
    ("set_contact_language", "en fr de es it nl pt",
     r"(?:language|langue|sprache|idioma|lingua|taal|lingua)\s*:?\s*" + _LANG),
    # ------------------------------------------------------------------------------ promise
    ("record_promise", "en", r"(?:will|'ll|going to|gonna|promised to|promises to|agreed to|"
                             r"agrees to|committed to|commits to)\s+(?:pay|settle|transfer|wire)|"
                             r"payment promised|promised (?:payment|to pay)|promise(?:d)? (?:of )?"
                             r"payment|pays? (?:on|by)|paying (?:on|by)|promised"),
    ("record_promise", "fr", r"(?:va|vont|doit|doivent|promis de|s'engage a|s'engagent a)\s+"
                             r"(?:payer|regler|virer)|paiera|paieront|payera|payeront|reglera|"
                             r"regleront|virera|vireront|promesse de paiement|paiement prevu|"
                             r"(?:a|ont) promis"),
    ("record_promise", "de", r"zahlt|zahlen (?:am|bis)|(?:wird|werden)\b" + _G + r"{0,40}\b"
                             r"(?:zahlen|bezahlen|uberweisen|begleichen)\b|uberweist|begleicht|"
                             r"zahlungszusage|zahlungsversprechen|versprochen|zugesagt"),
    ("record_promise", "es pt", r"pagara"),
    ("record_promise", "es", r"pagaran|(?:va|van|vamos) a pagar|promet\w* (?:pagar|el pago)|"
                             r"promesa de pago|se compromet\w* a pagar|transferira\w*|abonara\w*"),
    ("record_promise", "it", r"paghera\w*|(?:ha|hanno) promesso di pagare|promessa di pagamento|"
                             r"saldera\w*|versera\w*|pagano (?:il|entro)|si (?:e )?impegna\w* a "
                             r"pagare"),
    ("record_promise", "es it pt", r"paga (?:el|il|no|entro)"),
    ("record_promise", "nl", r"betaalt|(?:zal|zullen|gaat|gaan)\b" + _G + r"{0,30}\bbetalen\b|"
                             r"(?:belooft|beloofd|beloven) te betalen|betalingsbelofte|betalen op|"
                             r"maakt\b" + _G + r"{0,30}\bover\b"),
    ("record_promise", "pt", r"(?:vai|vao|vamos) (?:pagar|liquidar|transferir)|pagarao|"
                             r"prometeu pagar|prometeram pagar|promessa de pagamento|liquidara\w*"),
    # ------------------------------------------------------------------- statement (+ verb)
    ("send_statement", "en", r"(?:account |customer )?statements?(?: of (?:account|balance))?|"
                             r"account summary|balance summary|open items list"),
    ("send_statement", "fr", r"releves?(?: de compte)?|etat de compte|situation de compte|"
                             r"extrait de compte|recapitulatif (?:du compte|des factures)"),
    ("send_statement", "de", r"kontoauszug\w*|kontoubersicht|kontenubersicht|saldenbestatigung|"
                             r"saldenliste|saldenaufstellung|offene[- ]?posten[- ]?liste|op-liste"),
    ("send_statement", "es", r"extractos?(?: de cuenta)?|estado de cuenta|resumen de cuenta"),
    ("send_statement", "pt", r"extrat[oa]s?(?: de conta)?|extracto de conta|resumo de conta"),
    ("send_statement", "it", r"estratt[oi] conto|estratto|riepilogo (?:del conto|delle fatture)|"
                             r"partitario"),
    ("send_statement", "nl", r"rekeningoverzicht\w*|saldo-?overzicht|overzicht(?: van (?:de )?"
                             r"openstaande posten)?|openstaande posten"),
    # ---------------------------------------------------------------------- invoice copy
    ("send_invoice_copy", "en", r"(?:copy|copies|duplicate)(?: of)?\s+(?:\w+\s+){0,2}?" + _INVOICE +
                                r"|(?:resend|re-send|send again)\s+(?:\S+\s+){0,3}?" + _INVOICE +
                                r"|(?:send|email|forward|mail)\s+(?:\S+\s+){0,3}?" + _INVOICE),
    ("send_invoice_copy", "fr", r"(?:copie|duplicata)s?\s+(?:\S+\s+){0,2}?" + _INVOICE +
                                r"|(?:renvoi\w*|renvoy\w*|envoi\w*|envoy\w*|transmet\w*)\s+"
                                r"(?:\S+\s+){0,3}?" + _INVOICE),
    ("send_invoice_copy", "de", r"rechnungs(?:kopie|duplikat)\w*|(?:kopie|duplikat)\s+(?:\S+\s+){0,2}?"
                                + _INVOICE + r"|" + _INVOICE + _G + r"{0,30}?\b(?:erneut |nochmal |"
                                r"noch einmal |nochmals )?(?:senden|schicken|zusenden|zuschicken|"
                                r"verschicken|weiterleiten)\b|(?:schick\w*|send\w*)\s+(?:\S+\s+){0,3}?"
                                + _INVOICE),
    ("send_invoice_copy", "es it pt", r"copias?\s+(?:\S+\s+){0,2}?" + _INVOICE),
    ("send_invoice_copy", "es", r"duplicado\s+(?:\S+\s+){0,2}?" + _INVOICE + r"|(?:reenvi\w*|"
                                r"envi\w*|mand\w*|vuelve a enviar)\s+(?:\S+\s+){0,3}?" + _INVOICE),
    ("send_invoice_copy", "it", r"duplicato\s+(?:\S+\s+){0,2}?" + _INVOICE + r"|(?:rinvi\w*|"
                                r"reinvi\w*|invi\w*|mand\w*)\s+(?:\S+\s+){0,3}?" + _INVOICE),
    ("send_invoice_copy", "nl", r"factuurkopie|(?:kopie|duplicaat)\s+(?:\S+\s+){0,2}?" + _INVOICE +
                                r"|" + _INVOICE + _G + r"{0,30}?\b(?:opnieuw |nog eens )?(?:sturen|"
                                r"versturen|toesturen|mailen|doorsturen)\b|(?:stuur\w*|verstuur\w*)"
                                r"\s+(?:\S+\s+){0,3}?" + _INVOICE),
    ("send_invoice_copy", "pt", r"segunda via\s+(?:\S+\s+){0,2}?" + _INVOICE + r"|(?:reenvi\w*|"
                                r"envi\w*|mand\w*)\s+(?:\S+\s+){0,3}?" + _INVOICE),
    # ---------------------------------------------------------------- formal notice (+ verb)
    ("send_formal_notice", "en", r"formal (?:notice|demand|letter)|final (?:notice|demand)|"
                                 r"letter before action|notice of default"),
    ("send_formal_notice", "fr", r"mise en demeure|lettre de mise en demeure"),
    ("send_formal_notice", "de", r"(?:letzte|formliche|formelle) mahnung|inverzugsetzung|"
                                 r"mahnschreiben"),
    ("send_formal_notice", "es", r"requerimiento (?:formal|de pago)|burofax|reclamacion formal"),
    ("send_formal_notice", "it", r"messa in mora|diffida|lettera di (?:messa in mora|diffida)"),
    ("send_formal_notice", "nl", r"ingebrekestelling|sommatie|aanmaning(?:sbrief)? tot betaling"),
    ("send_formal_notice", "pt", r"interpelacao|notificacao (?:formal|extrajudicial)|"
                                 r"carta de interpelacao"),
    # ---------------------------------------------------------------------- close / cancel
    ("close_task", "en", r"(?:close|closing|finish|complete)\s+" + _THE + _TASK +
                         r"|mark\b" + _G + r"{0,25}\b(?:as )?(?:done|closed|complete)"),
    ("close_task", "fr", r"(?:clotur\w*|ferm\w*|termin\w*)\s+" + _THE + _TASK),
    ("close_task", "de", r"(?:schliess\w*|abschliess\w*|erledig\w*)\s+" + _THE + _TASK + r"|"
                         + _TASK + r"\s+(?:ist )?(?:schliessen|abschliessen|erledigt|"
                         r"abgeschlossen)"),
    ("close_task", "es", r"(?:cierr\w*|cerrar|finaliz\w*)\s+" + _THE + _TASK),
    ("close_task", "it", r"(?:chiud\w*)\s+" + _THE + _TASK),
    ("close_task", "nl", r"(?:sluit\w*|rond\w*)\s+" + _THE + _TASK + r"|" + _TASK + r"\s+"
                         r"(?:sluiten|afsluiten|afronden)"),
    ("close_task", "pt", r"(?:fech\w*|encerr\w*|conclu\w*)\s+" + _THE + _TASK),
    ("cancel_task", "en", r"cancel(?:s|led|ling)?\s+" + _THE + _TASK),
    ("cancel_task", "fr", r"annul(?:e|er|ez|ons)\s+" + _THE + _TASK),
    ("cancel_task", "de", r"(?:abbrech\w*|brich\w*|stornier\w*)\s+" + _THE + _TASK + r"|" + _TASK +
                          r"\s+(?:abbrechen|stornieren)"),
    ("cancel_task", "es pt", r"cancel\w*\s+" + _THE + _TASK),
    ("cancel_task", "it", r"annull\w*\s+" + _THE + _TASK),
    ("cancel_task", "nl", r"annuleer\w*\s+" + _THE + _TASK + r"|" + _TASK + r"\s+annuleren"),
]
_RAW += _dispute_patterns()

PRIORITY = {
    "add_note": 9, "resume_account": 6, "resolve_dispute": 6, "cancel_task": 6, "close_task": 6,
    "send_invoice_copy": 5, "send_formal_notice": 5, "set_contact_language": 5,
    "set_contact_email": 4, "record_promise": 4, "send_statement": 4, "pause_account": 4,
    "add_contact": 3,
}
# a noun-only trigger counts only with a sending verb in its sentence (or a very short message)
NEEDS_SEND_VERB = frozenset({"send_statement", "send_formal_notice"})

TRIGGERS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (tool, tuple(langs.split()), re.compile(r"(?<![\w@])(?:" + pat + r")(?![\w@])"))
    for tool, langs, pat in _RAW
)

# ---------------------------------------------------------------------- whole-message words
YES: dict[str, str] = {}
NO: dict[str, str] = {}
for _table, _spec in (
    (YES, {
        "en": "yes|yeah|yep|yup|y|sure|confirm|confirmed|i confirm|go ahead|do it|please do|"
              "yes please|sounds good|correct|right|agreed|approved|fine|go for it|proceed",
        "fr": "oui|ouais|vas-y|vas y|allez-y|allez y|d'accord|dac|ok pour moi|c'est bon|"
              "je confirme|confirme|bien sur|parfait|fais-le|fais le|tout a fait|volontiers",
        "de": "ja|jawohl|genau|mach das|mach es|mach|passt|einverstanden|in ordnung|bestatigt|"
              "ich bestatige|gerne|klar|jep|richtig|ja bitte|los|mach ruhig",
        "es": "si|claro|adelante|de acuerdo|vale|hazlo|confirmo|confirmado|por supuesto|dale|"
              "si por favor|correcto",
        "it": "si|certo|va bene|procedi|fallo|confermo|confermato|d'accordo|vai|perfetto|"
              "certamente|esatto",
        "nl": "ja|graag|prima|doe maar|akkoord|ga je gang|ga uw gang|bevestigd|ik bevestig|"
              "klopt|zeker|ja graag|is goed|oke",
        "pt": "sim|claro|pode|pode avancar|avanca|faz isso|faca isso|confirmo|confirmado|"
              "de acordo|com certeza|certo|pode ser",
        "*": "ok|okay|okey|k|oki|okidoki|d'acc|👍|✅",
    }),
    (NO, {
        "en": "no|nope|nah|don't|do not|dont|don't do it|do not do it|no thanks|cancel|"
              "not now|never mind|nevermind|negative|abort",
        "fr": "non|annule|annuler|ne fais pas ca|ne le fais pas|surtout pas|pas maintenant|"
              "non merci|laisse tomber|pas question",
        "de": "nein|lieber nicht|nicht|abbrechen|mach das nicht|bitte nicht|nein danke|"
              "auf keinen fall|noch nicht",
        "es": "no|no lo hagas|mejor no|cancela|cancelar|no gracias|ni hablar|todavia no",
        "it": "no|non farlo|meglio di no|annulla|no grazie|lascia stare|per niente|non ancora",
        "nl": "nee|neen|niet doen|liever niet|annuleer|nee bedankt|laat maar|nog niet",
        "pt": "nao|nao faca isso|nao faca|melhor nao|cancela|cancelar|nao obrigado|"
              "nao obrigada|ainda nao",
        "*": "👎|❌",
    }),
):
    for _lang, _words in _spec.items():
        for _w in _words.split("|"):
            _table[_w] = (_table[_w] + " " + _lang) if _w in _table else _lang

CLOSE_WORDS: dict[str, str] = {}
for _lang, _words in {
    "en": "done|all done|task done|close|close it|closed|finished|complete|completed",
    "fr": "termine|c'est termine|fini|c'est fini|cloture|cloturer|clos|ferme|fermer",
    "de": "erledigt|fertig|abgeschlossen|schliessen|abschliessen|geschlossen|ist erledigt",
    "es": "hecho|listo|terminado|cerrar|cerrado|cierra",
    "it": "fatto|chiudi|chiuso|chiudere|finito|concluso",
    "nl": "klaar|afgerond|gedaan|sluiten|sluit|gesloten|afgehandeld",
    "pt": "feito|concluido|fechar|fechado|fecha|encerrado|encerrar",
}.items():
    for _w in _words.split("|"):
        CLOSE_WORDS[_w] = (CLOSE_WORDS[_w] + " " + _lang) if _w in CLOSE_WORDS else _lang

FILLERS = frozenset(
    """please pls plz thanks thank you thx cheers merci s'il te plait s'il vous plait stp svp
    bitte danke vielen dank por favor gracias grazie per favore perfavore alsjeblieft alstublieft
    aub a.u.b bedankt dank je dank u obrigado obrigada just then that's it c'est tout das wars
    also alors bon well ok so hi hello bonjour hallo hola ciao hoi ola oi""".split()
)

# cheap typo correction targets (Damerau distance 1, see text.fix_typos)
TYPO_VOCABULARY = frozenset(
    """pause paused unpause resume reminders statement invoice dispute resolved settled
    contact address suspend indefinitely promised follow-ups formal notice english french
    german spanish italian dutch portuguese reprendre relances suspendre releve facture
    litige contact nouveau adresse indefiniment anglais allemand espagnol italien
    neerlandais portugais pausieren aussetzen kontoauszug rechnung reklamation kontakt
    mahnungen wieder aufnehmen englisch franzosisch deutsch spanisch italienisch
    niederlandisch portugiesisch erledigt pausar reanudar extracto factura disputa resuelta
    contacto ingles frances aleman espanol italiano holandes portugues sospendi riprendi
    solleciti estratto fattura contestazione risolta contatto inglese francese tedesco
    spagnolo olandese portoghese pauzeer hervat rekeningoverzicht factuur geschil opgelost
    nieuwe engels frans duits spaans italiaans nederlands portugees retomar extrato fatura
    litigio resolvido contato alemao espanhol interpelacao ingebrekestelling diffida
    demeure hinzufugen aggiungi toevoegen adiciona ajoute schicken versenden zuschicken
    envoyer envoie renvoie envoyez inviare versturen enviar reenviar mandare forward
    pausiere sospendere riprendere reanuda hervatten retome""".split()
)

# function words of short commands, for the language vote (detect_language needs more text)
HINT_WORDS: dict[str, tuple[str, ...]] = {}
for _lang, _words in {
    "en": "until till for the them their this account reminders new please weeks days months "
          "two three and send",
    "fr": "jusqu'au jusqu'a jusqu'en jusqu semaines jours mois le la les leur ce cette compte "
          "relances nouveau deux trois et pour",
    "de": "bis fur wochen tage monate das die der den dem konto mahnungen bitte ihnen zwei drei "
          "und neuer neue",
    "es": "hasta semanas dias meses el la los las cuenta recordatorios durante dos tres y por "
          "favor nuevo tiempo del al",
    "it": "fino al settimane giorni mesi il lo gli conto solleciti per favore due tre nuovo "
          "tempo",
    "nl": "tot weken dagen maanden de het rekening herinneringen alsjeblieft twee drie en nieuwe "
          "voor",
    "pt": "ate semanas dias meses o os as conta lembretes cobrancas durante duas dois tres e "
          "novo por favor tempo ao do da um uma",
}.items():
    for _w in _words.split():
        HINT_WORDS[_w] = HINT_WORDS.get(_w, ()) + (_lang,)

# words that may stand beside a noun-only trigger in a bare request ("a statement, please")
BARE_WORDS = frozenset("""the a an them to him her please pls now again also un une le la les
    leur lui svp stp ein eine einen den dem die das ihnen bitte nochmal el la los un una uno les
    le por favor il lo gli una un loro per favore een de het ze hen hun aub alsjeblieft o a os
    as um uma lhes por favor new nouveau nouvelle neue neuen nuevo nueva nuovo nuova nieuwe
    novo nova""".split())
