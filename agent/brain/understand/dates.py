"""Dates in customer replies, resolved literally against the message date.

Works on folded text (see ``normalize.fold``). Conventions (the product's contract, DESIGN.md):

- a weekday name is its next occurrence strictly after today ("Friday" written on a Friday is
  the Friday a week later); "this Friday", "next Friday", "vendredi prochain", "nächsten
  Freitag" are all that same next occurrence. A weekday tied to "next week" ("Tuesday next
  week", "la semaine prochaine mardi") is that weekday in the next calendar (ISO) week;
- British "Monday week" / "a week on Friday" = that weekday's next occurrence + 7 days;
- "today", "tomorrow", "the day after tomorrow" (and "now"/"immediately", "EOD", "COB" = today;
  not the "now" of "from now on", "is now handled by", "we're reviewing it now");
- "end of this week" = Friday of the current week (on a Saturday or Sunday: the coming Friday);
  "end of next week" = Friday of the next week; "next week" alone is vague (no date);
- "end of the month" = last calendar day of the current month; "end of next month" = last day of
  next month; "end of November" = 30 November (next occurrence);
- "on the 15th" / "le 15" / "am 15." / "el 15" / "il 15" / "op de 15e" / "no dia 15" = the next
  such day strictly after today (this month if not past yet, else the next month that has it);
  "the 15th of next month" = 15th of next month; English ordinals also without "the" ("by 25th",
  "w/c 23rd");
- "in 10 days" = today + 10, "in two weeks" = today + 14, "within 10 days" = today + 10,
  "in 5 business days" = 5 weekdays later;
- explicit dates: day first everywhere (dd/mm, dd.mm.) except for US accounts (mm/dd), or when
  only one reading is a valid date; a date without a year is the next occurrence on or after
  today, except that a date up to two months before today is taken as that past date (a
  payment already made, not a promise);
- vague expressions ("soon", "early next month", "next week", "as soon as possible", "in a few
  days") give no date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "find_dates", "resolve_weekday", "resolve_day_of_month",
           "end_of_month", "add_business_days"]

PAST_WINDOW_DAYS = 62

_MONTHS: dict[str, int] = {}
for _month, _names in enumerate(
    (
        "january jan janvier janv januar janner jaenner enero ene gennaio genn januari janeiro",
        "february feb febr fevrier fevr fev februar febrero febbraio febb februari fevereiro fever",
        "march mar mars marz maerz marzo maart marco",
        "april apr avril avr abril aprile abr",
        "may mai mayo maggio mei maio",
        "june jun juin juni junio giugno giu junho",
        "july jul juil juillet juli julio luglio lug julho",
        "august aug aout agosto ago augustus",
        "september sep sept septembre septiembre setiembre settembre sett setembro set",
        "october oct octobre oktober okt octubre ottobre ott outubro out",
        "november nov novembre noviembre novembro",
        "december dec decembre dezember dez diciembre dic dicembre dezembro",
    ),
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _month

# abbreviations that are ordinary words too need a day number *before* them ("20 set")
_AMBIGUOUS_ABBR = {"mar", "set", "out", "ago", "dic", "sett", "may", "jun", "jul", "ene",
                   "abr", "dez", "okt", "mai", "mei", "giu", "lug", "ott", "fever", "genn",
                   "febb"}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_ALT_SAFE = "|".join(sorted((m for m in _MONTHS if m not in _AMBIGUOUS_ABBR),
                                  key=len, reverse=True))

_WEEKDAYS: dict[str, int] = {}
for _wd, _names in enumerate(
    (
        "monday lundi montag lunes lunedi maandag segunda-feira segunda",
        "tuesday mardi dienstag martes martedi dinsdag terca-feira terca",
        "wednesday mercredi mittwoch miercoles mercoledi woensdag quarta-feira quarta",
        "thursday jeudi donnerstag jueves giovedi donderdag quinta-feira quinta",
        "friday vendredi freitag viernes venerdi vrijdag sexta-feira sexta",
        "saturday samedi samstag sonnabend sabado sabato zaterdag",
        "sunday dimanche sonntag domingo domenica zondag",
    )
):
    for _n in _names.split():
        _WEEKDAYS[_n] = _wd
_PT_SHORT = {"segunda", "terca", "quarta", "quinta", "sexta"}
_WD_ALT = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_WD_ABBR = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|seg|ter|qua|qui|sex|sab|dom|gio|mie|jue|vie"

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "ein": 1, "eine": 1, "einem": 1, "einer": 1,
    "uno": 1, "una": 1, "een": 1, "um": 1, "uma": 1,
    "two": 2, "deux": 2, "zwei": 2, "dos": 2, "due": 2, "twee": 2, "dois": 2, "duas": 2,
    "three": 3, "trois": 3, "drei": 3, "tres": 3, "tre": 3, "drie": 3,
    "four": 4, "quatre": 4, "vier": 4, "cuatro": 4, "quattro": 4, "quatro": 4,
    "five": 5, "cinq": 5, "funf": 5, "fuenf": 5, "cinco": 5, "cinque": 5, "vijf": 5,
    "six": 6, "sechs": 6, "seis": 6, "sei": 6, "zes": 6,
    "seven": 7, "sept": 7, "sieben": 7, "siete": 7, "sette": 7, "zeven": 7, "sete": 7,
    "eight": 8, "huit": 8, "acht": 8, "ocho": 8, "otto": 8, "oito": 8,
    "nine": 9, "neuf": 9, "neun": 9, "nueve": 9, "nove": 9, "negen": 9,
    "ten": 10, "dix": 10, "zehn": 10, "diez": 10, "dieci": 10, "tien": 10, "dez": 10,
    "eleven": 11, "onze": 11, "elf": 11, "once": 11, "undici": 11,
    "twelve": 12, "douze": 12, "zwolf": 12, "doce": 12, "dodici": 12, "twaalf": 12,
    "fourteen": 14, "quatorze": 14, "vierzehn": 14, "catorce": 14, "quattordici": 14,
    "veertien": 14, "catorze": 14,
    "fifteen": 15, "quinze": 15, "funfzehn": 15, "quince": 15, "quindici": 15, "vijftien": 15,
    "twenty": 20, "vingt": 20, "zwanzig": 20, "veinte": 20, "venti": 20, "twintig": 20,
    "vinte": 20,
    "thirty": 30, "trente": 30, "dreissig": 30, "treinta": 30, "trenta": 30, "dertig": 30,
    "trinta": 30,
}
_NUM_ALT = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: date
    kind: str  # explicit | weekday | relative | period_end | day_of_month | offset
    past: bool = False  # the text refers to a day before today (a payment made, a due date)
    inclusive_until: bool = False


# ----------------------------------------------------------------------------- calendar math
def end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, n: int) -> tuple[int, int]:
    m = d.month - 1 + n
    return d.year + m // 12, m % 12 + 1


def resolve_weekday(today: date, weekday: int) -> date:
    """Next occurrence of `weekday` (0 = Monday) strictly after `today`."""
    delta = (weekday - today.weekday()) % 7
    return today + timedelta(days=delta or 7)


def weekday_next_week(today: date, weekday: int) -> date:
    monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
    return monday_next + timedelta(days=weekday)


def end_of_this_week(today: date) -> date:
    if today.weekday() <= 4:
        return today + timedelta(days=4 - today.weekday())
    return resolve_weekday(today, 4)


def end_of_next_week(today: date) -> date:
    return weekday_next_week(today, 4)


def resolve_day_of_month(today: date, day: int, *, next_month: bool = False) -> date | None:
    """Next `day` of a month strictly after today (or in next month when asked)."""
    if not 1 <= day <= 31:
        return None
    if next_month:
        y, m = _add_months(today, 1)
        if day <= calendar.monthrange(y, m)[1]:
            return date(y, m, day)
        return None
    y, m = today.year, today.month
    for _ in range(13):
        if day <= calendar.monthrange(y, m)[1]:
            d = date(y, m, day)
            if d > today:
                return d
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return None


def add_business_days(today: date, n: int) -> date:
    d = today
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def _year_less(today: date, month: int, day: int) -> tuple[date, bool] | None:
    """A day/month without year: (date, past?)."""
    try:
        d = date(today.year, month, day)
    except ValueError:
        try:
            d = date(today.year + 1, month, day)  # 29 February
        except ValueError:
            return None
        return d, False
    if d >= today:
        return d, False
    if (today - d).days <= PAST_WINDOW_DAYS:
        return d, True
    try:
        return date(today.year + 1, month, day), False
    except ValueError:
        return None


def _with_year(year: int, month: int, day: int) -> date | None:
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------------- patterns
_ORD = r"(?:st|nd|rd|th|er|re|eme|e|ste|de|ter|o|a|°)?"
_B = r"(?<![\w.,/'-])"  # start: not inside a number, a word or an identifier
_E = r"(?![\w/-]|[.,]\d)"  # end

_ISO_RE = re.compile(_B + r"(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})" + _E)
_NUMERIC_RE = re.compile(
    _B + r"(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(\.)?(?![\w/]|[.,]?\d)"
)
_TEXT_DM_RE = re.compile(
    _B + r"(?:(?:" + _WD_ALT + "|" + _WD_ABBR + r")\.?,?\s+(?:the\s+|le\s+|den\s+|el\s+|il\s+|de\s+)?)?"
    r"(\d{1,2})" + _ORD + r"\.?\s*(?:de\s+|of\s+|di\s+|del\s+)?(" + _MONTH_ALT + r")\b\.?"
    r"(?:\s*(?:de\s+|del\s+|,\s*)?(\d{4}))?(?!\d)"
)
_TEXT_MD_RE = re.compile(
    r"\b(" + _MONTH_ALT_SAFE + r")\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|\d|[.,]\d))"
    r"(?:,?\s*(\d{4}))?"
)

_NEXT_WEEK = (r"(?:next week|the following week|la semaine prochaine|semaine prochaine|"
              r"nachste woche|nachster woche|der nachsten woche|kommende woche|kommender woche|"
              r"la semana que viene|la proxima semana|la semana proxima|semana que viene|"
              r"proxima semana|la settimana prossima|la prossima settimana|settimana prossima|"
              r"prossima settimana|volgende week|komende week|na proxima semana|"
              r"a proxima semana|a semana que vem|semana que vem|proxima semana)")
_WD_NEXT_WEEK_RE = re.compile(
    r"\b(?:(" + _WD_ALT + r")(?:\s+|\s*,\s*)(?:of\s+|de\s+|della\s+|van\s+|da\s+|in\s+der\s+|der\s+)?"
    + _NEXT_WEEK + r"|" + _NEXT_WEEK + r"(?:\s+|\s*,\s*)(?:on\s+|le\s+|am\s+|el\s+|il\s+|op\s+|"
    r"na\s+|no\s+|a\s+)?(" + _WD_ALT + r"))\b"
)
_WD_WEEK_LATER_RE = re.compile(
    r"\b(?:(" + _WD_ALT + r") week|a week (?:on|from|come) (" + _WD_ALT + r")|a week (today|tomorrow))\b"
)
_WD_RE = re.compile(
    r"\b(?:(this|next|coming|on|by|until|till|before|ce|cette|d'ici|jusqu'a|avant|diesen|"
    r"diesem|nachsten|kommenden|am|bis|vor|el|este|proximo|hasta el|antes del|questo|"
    r"prossimo|entro|deze|volgende|aanstaande|komende|op|tot|voor|esta|nesta|na|ate|ate a|"
    r"proxima|pela|a|no|o)\s+)?(" + _WD_ALT + r")\b(?!-)"
)
# "giovedì 24", "lundi 16", "Thursday 24th": the day number says which Thursday
_WD_DAY_RE = re.compile(
    r"\b(" + _WD_ALT + r")\.?,?\s+(?:the\s+|le\s+|den\s+|el\s+|il\s+|de\s+|dia\s+)?"
    r"(\d{1,2})(?:st|nd|rd|th|er|e|de|ste|o|a)?\.?(?![\d.:/-]*\d)"
    r"(?!\s*(?:h\b|uhr|hours?|heures?|ore\b|uur|am\b|pm\b|a\.m|p\.m|%|€|eur|euro|x\b))"
)


def _weekday_day(today: date, weekday: int, day: int) -> date | None:
    d = resolve_day_of_month(today, day)
    probe = d
    for _ in range(12):  # the next such day that is also that weekday, within a year
        if probe is None or probe.weekday() == weekday:
            break
        probe = resolve_day_of_month(probe, day)
    return probe if probe is not None and probe.weekday() == weekday else d


_WD_PAST_RE = re.compile(
    r"\b(?:(?:last|past|previous|dernier|letzten|letzter|vergangenen|vorigen|afgelopen|vorige|"
    r"el pasado|pasado|scorso|passato|ultimo|ultima|na passada|passada|passado)\s+(?:on\s+)?("
    + _WD_ALT + r")|(" + _WD_ALT + r")\s+(?:dernier|passe|pasado|scorso|passato|passada|"
    r"passado|jongstleden|j\.l\.|jl|last week|de la semaine derniere|der letzten woche|"
    r"de la semana pasada|della settimana scorsa|vorige week|da semana passada))\b"
)
_TODAY_RE = re.compile(
    r"\b(?:today|tonight|this (?:afternoon|evening)|later today|by the end of the day|"
    r"end of (?:the )?day|(?:eod|cob|eob|close of (?:business|play)|end of business)"
    r"(?!\s+(?:on\s+|this\s+|next\s+)?(?:tomorrow|" + _WD_ALT + r"|the\b|\d))|aujourd'hui|aujourd hui|ce soir|cet apres-midi|dans la journee|"
    r"ce jour|heute|heute abend|heute nachmittag|noch heute|hoy|hoy mismo|esta tarde|"
    r"esta noche|oggi|stasera|oggi pomeriggio|in giornata|entro oggi|vandaag|vanavond|"
    r"vanmiddag|vandaag nog|hoje|ainda hoje|hoje mesmo)\b"
)
# "from now on", "until now", "is now handled by": "now" that is no day to pay on
_NOW_RE = re.compile(
    r"\b(?:right now|(?<!from )(?<!until )(?<!till )(?<!up to )(?<!by )(?<!as of )(?<!is )"
    r"(?<!are )(?<!has )(?<!have )now(?! on\b| onwards?\b)|right away|immediately|straight away|des maintenant|maintenant|"
    r"immediatement|tout de suite|sofort|umgehend|jetzt|ahora mismo|inmediatamente|ahora|"
    r"de inmediato|subito|immediatamente|adesso|onmiddellijk|meteen|per direct|agora|"
    r"imediatamente|de imediato|"
    # Dutch "nu" only right after a paying verb ("we maken nu € 500 over", "betalen nu")
    r"(?:(?<=maken )|(?<=maak )|(?<=betalen )|(?<=betaal )|(?<=storten )|(?<=boeken ))nu)\b"
)
# "-ing (it) now" with a verb that is not paying: "we're reviewing it now"
_BUSY_NOW_RE = re.compile(
    r"\b(?!pay|transfer|send|settl|wir|remit|releas|process|clear|mak|arrang|do)[a-z]+ing"
    r"(?: (?:it|this|that|them|into it|at it|into this|at this|with it|on it))? $"
)
_TOMORROW_RE = re.compile(
    r"\b(?:tomorrow|demain|morgen|domani|amanha|(?<!la )(?<!esta )(?<!cada )(?<!una )"
    r"(?<!por )(?<!de )manana)\b"
)
_TOMORROW_FALSE_RE = re.compile(r"\b(?:guten|goede|good) morgen\b|\bmorgen (?:en|und)\b")
_AFTER_TOMORROW_RE = re.compile(
    r"\b(?:(?:the )?day after tomorrow|apres-demain|apres demain|ubermorgen|pasado manana|"
    r"dopodomani|overmorgen|depois de amanha)\b"
)
_YESTERDAY_RE = re.compile(
    r"\b(?:yesterday|hier|gestern|ayer|ieri|gisteren|ontem|avant-hier|vorgestern|anteayer|"
    r"l'altro ieri|eergisteren|anteontem)\b"
)

_EOW_THIS_RE = re.compile(
    r"\b(?:(?:the\s+)?end of (?:the |this )?(?:working |work |business )?week|week'?s end|"
    r"fin de (?:la |cette )?semaine|"
    r"ende (?:der |dieser )?woche|"
    r"finales de (?:la |esta )?semana|final de (?:la |esta )?semana|"
    r"(?:il |la )?fine (?:della |di questa )?settimana|"
    r"eind(?:e)? (?:van )?(?:de |deze )?week|"
    r"(?:no |ao |o )?(?:fim|final) (?:da |desta )?semana)\b(?!\s+(?:prochaine|que viene|prossima|que vem|"
    r"proxima))"
)
_EOW_NEXT_RE = re.compile(
    r"\b(?:(?:the\s+)?end of (?:the )?(?:next|following) week|"
    r"fin de la semaine (?:prochaine|suivante)|fin de semaine prochaine|"
    r"ende (?:der )?(?:nachsten|kommenden) woche|ende nachster woche|ende kommender woche|"
    r"(?:a )?final(?:es)? de la (?:semana que viene|proxima semana|semana proxima)|"
    r"fin de la (?:semana que viene|proxima semana)|"
    r"fine (?:della )?(?:prossima settimana|settimana prossima)|"
    r"eind(?:e)? (?:van )?(?:de )?volgende week|"
    r"(?:no |ao |o )?(?:fim|final) da (?:proxima semana|semana que vem))\b"
)
_EOM_THIS_RE = re.compile(
    r"\b(?:(?:the\s+)?end of (?:the |this )?month|month[- ]?end|end of month|"
    r"fin (?:du |de ce |de |de la )?mois(?! (?:prochain|suivant))|"
    # Swiss and spoken German drop the article: "bis Ende Monat"
    r"(?:ende|zum ende) (?:des |dieses |diesen )?monats|(?:ende|zum ende) monat|monatsende|"
    r"(?:per|zum|bis) ultimo|"
    r"(?:a )?final(?:es)? (?:de |del )?(?:este |presente )?mes(?! (?:que viene|proximo|siguiente))|"
    r"fin (?:de |del )?(?:este )?mes(?! (?:que viene|proximo|siguiente))|"
    r"fine (?:del |di questo )?mese(?! prossimo)|"
    r"eind(?:e)? (?:van )?(?:de |deze )?maand|"
    r"(?:no |ao |o )?(?:fim|final) (?:do |deste )?mes(?! (?:que vem|seguinte))|fim do corrente mes)\b"
)
_EOM_NEXT_RE = re.compile(
    r"\b(?:(?:the\s+)?end of (?:the )?(?:next|following) month|"
    r"fin (?:du )?mois (?:prochain|suivant)|fin du prochain mois|"
    r"ende (?:des )?(?:nachsten|kommenden|folgenden) monats|ende (?:nachster|kommender|nachsten|kommenden) monat|"
    r"(?:a )?final(?:es)? del (?:proximo mes|mes que viene|mes proximo|mes siguiente)|"
    r"fin del (?:proximo mes|mes que viene|mes siguiente)|"
    r"fine (?:del )?(?:prossimo mese|mese prossimo)|"
    r"eind(?:e)? (?:van )?(?:de )?volgende maand|"
    r"(?:no |ao |o )?(?:fim|final) do (?:proximo mes|mes que vem|mes seguinte))\b"
)
_EOM_NAMED_RE = re.compile(
    r"\b(?:(?:the\s+)?end of|fin|fin de|fin d'|ende|finales de|final de|fin de|fine|fine di|"
    r"eind|einde|(?:no |ao |o )?fim de|(?:no |ao |o )?final de)\s*(" + _MONTH_ALT_SAFE + r")\b(?!\s*\d)"
)
_DOM_NEXT_MONTH = (r"(?:\s+|\s*,\s*)(?:of next month|of the next month|of the following month|"
                   r"du mois prochain|du mois suivant|(?:des )?nachsten monats|"
                   r"(?:des )?kommenden monats|del (?:proximo mes|mes que viene|mes siguiente)|"
                   r"del (?:prossimo mese|mese prossimo)|van (?:de )?volgende maand|"
                   r"do (?:proximo mes|mes que vem|mes seguinte))")
_DOM_RE = re.compile(
    r"\b(?:(?:on|by|before|until|till|for|from)\s+the\s+(\d{1,2})(?:st|nd|rd|th)?|"
    r"the\s+(\d{1,2})(?:st|nd|rd|th)|"
    r"(?:le|au|du|jusqu'au|avant le|d'ici le|pour le|des le)\s+(\d{1,2}|1er)|"
    r"(?:am|zum|bis zum|bis|ab dem|vor dem|bis spatestens|spatestens am|spatestens zum|fur den|"
    r"auf den)\s+"
    r"(\d{1,2})\.(?!\d)|"
    r"(?:el|el dia|el proximo dia|dia|hasta el|antes del|para el|a partir del)\s+(\d{1,2})|"
    r"(?:il|entro il|per il|al|il giorno|giorno|entro e non oltre il|prima del)\s+(\d{1,2})|"
    r"(?:op de|per de|voor de|uiterlijk de|uiterlijk op de|de)\s+(\d{1,2})(?:e|ste|de)|"
    r"(?:no dia|dia|ate dia|ate ao dia|ate o dia|ate a|ate ao)\s+(\d{1,2}))"
    r"(" + _DOM_NEXT_MONTH + r")?"
    r"(?!\s*(?:%|\d|[.,]\d|h\b|:|€|\$|£|eur|euro|usd|gbp|chf|jours|days|tage|dias|giorni|dagen|"
    r"facture|factures|invoices|rechnungen|facturas|fatture|facturen|faturas|mois|months|"
    r"monate|meses|mesi|maanden|semaines|weeks|wochen|semanas|settimane|weken|ans|years|"
    r"percent|pour ?cent|per ?cento|por ?ciento|por ?cento|procent|prozent|reminder|time|times|invoice|instal|installment|payment|letter|"
    r"notice|e-?mail|attempt|rappel|relance|fois|mahnung|erinnerung|mal|recordatorio|vez|"
    r"veces|sollecito|volta|volte|herinnering|keer|lembrete|aviso|avviso|parte|part)|[a-z])"
)
# English ordinals without "the": "on or before 25th (of this month)", "by 5th of next month",
# "w/c 23rd" (the week commencing on that day)
_DOM_ORD_RE = re.compile(
    r"\b(?:on|by|before|until|till|latest|from|w/c|w/b|week commencing|week beginning)\s+"
    r"(\d{1,2})(?:st|nd|rd|th)\b"
    r"(" + _DOM_NEXT_MONTH + r")?(?:\s+of\s+(?:this|the current) month\b)?"
)
_FIRST_NEXT_MONTH_RE = re.compile(
    r"\b(?:(?:the )?(?:first|1st) (?:day )?of (?:next|the next|the following) month|"
    r"(?:le )?(?:premier|1er) (?:jour )?du mois (?:prochain|suivant)|"
    r"(?:el )?(?:primero|1o|dia 1) del (?:proximo mes|mes que viene|mes siguiente)|"
    r"(?:il )?(?:primo|1o) del (?:prossimo mese|mese prossimo)|"
    r"(?:de )?eerste (?:dag )?van (?:de )?volgende maand|"
    r"(?:o )?(?:primeiro|dia 1|1o) (?:dia )?do (?:proximo mes|mes que vem|mes seguinte)|"
    r"(?:am )?(?:ersten|1\.) (?:des )?(?:nachsten|kommenden) monats)\b"
)
_OFFSET_RE = re.compile(
    r"\b(?:in|within|dans|sous|d'ici|innerhalb(?: von)?|binnen|en|dentro de|tra|fra|entro|"
    r"over|em|daqui a|en los proximos|in den nachsten|nei prossimi|in de komende|nos proximos|"
    r"in the next)\s+(?:(?:the|les|den|der|los|las|i|le|de|os|as)\s+)?"
    r"(?:next\s+|prochains?\s+|nachsten\s+|proximos?\s+|prossimi\s+|komende\s+|volgende\s+)?"
    r"(\d{1,3}|" + _NUM_ALT + r")\s+"
    r"(?:(business|working|bank|arbeits|werk)\s+)?"
    r"(days?|jours?|tagen?|werktagen|arbeitstagen|dias?|giorni|giorno|dagen?|werkdagen|"
    r"weeks?|semaines?|wochen?|semanas?|settimane|settimana|weken|week|months?|mois|monaten?|"
    r"meses|mes|mesi|mese|maanden|maand)"
    r"(?:'s time|\s+(ouvres|ouvrables|habiles|laborables|lavorativi|uteis|working|business))?\b"
)
# a preposition of time right before "30-11": a day and month, not a range
_DASH_DATE_BEFORE_RE = re.compile(r"\b(?:op|voor|uiterlijk|per|tot|vanaf|na|am|bis|zum|ab|vor)\s+$")
_FORTNIGHT_RE = re.compile(r"\b(?:in|within) (?:a|one) fortnight\b|\bfortnight\b|"
                           r"\b(?:sous|dans) (?:une )?quinzaine\b")


# "pago segunda", "pagamos sexta": right after a paying verb the short name is the weekday
_PT_PAY_BEFORE_RE = re.compile(r"(?:pago|pagamos|pagarei|pagaremos|transfiro|transferimos|deposito|"
                               r"depositamos|quito|quitamos|acerto|acertamos|pix)\s+$")


def _wd_ok(m: re.Match[str], name: str, text: str) -> bool:
    """Portuguese short weekday names are ordinary words ("segunda" = second)."""
    if name in _PT_SHORT:
        prep = m.group(1)
        if prep not in ("na", "ate", "ate a", "nesta", "esta", "proxima", "pela", "a", "no") and not re.match(
            r"\s+(?:que vem|proxima|sem falta)\b", text[m.end():]
        ) and not _PT_PAY_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            return False
        nxt = text[m.end(): m.end() + 12]
        if re.match(r"\s+(?:parcela|prestacao|vez|fatura|via|semana|opcao)", nxt):
            return False
    return True


def find_dates(text: str, today: date, *, us: bool = False) -> list[DateMention]:
    """All date mentions of folded `text`, left to right, resolved against `today`."""
    found: list[DateMention] = []
    taken = bytearray(len(text) + 1)

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def add(s: int, e: int, d: date | None, kind: str, past: bool = False) -> None:
        if d is None or not free(s, e):
            return
        found.append(DateMention(s, e, d, kind, past))
        taken[s:e] = b"\x01" * (e - s)

    for m in _ISO_RE.finditer(text):
        d = _with_year(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            add(m.start(), m.end(), d, "explicit", d < today)

    for m in _TEXT_DM_RE.finditer(text):
        day, month = int(m.group(1)), _MONTHS[m.group(2)]
        if m.group(2) in ("set", "out", "ago", "sett") and re.match(
            r"\s+(?:of|de|do|da|del|di|the)\b", text[m.end():]
        ):
            continue
        if m.group(3):
            d = _with_year(int(m.group(3)), month, day)
            if d:
                add(m.start(), m.end(), d, "explicit", d < today)
        else:
            r = _year_less(today, month, day)
            if r:
                add(m.start(), m.end(), r[0], "explicit", r[1])

    for m in _TEXT_MD_RE.finditer(text):
        month, day = _MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            d = _with_year(int(m.group(3)), month, day)
            if d:
                add(m.start(), m.end(), d, "explicit", d < today)
        else:
            r = _year_less(today, month, day)
            if r:
                add(m.start(), m.end(), r[0], "explicit", r[1])

    for m in _NUMERIC_RE.finditer(text):
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
        if sep == "-" and not y and not (
            b <= 12 and _DASH_DATE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue  # "10-15" is a range, not a date; "op 30-11" (Dutch dd-mm) is a date
        if not y and sep == "/" and a <= 4 and b <= 4 and re.search(
            r"(?:pay|paid|pagar|payer|zahlen|betalen|pagare|half|moitie)\W*$",
            text[max(0, m.start() - 12): m.start()],
        ):
            continue  # a fraction ("pay 1/2 now")
        if not y and sep == "." and not m.group(5) and re.match(r"\s*(?:€|eur|\$|£|chf)",
                                                                text[m.end():]):
            continue  # an amount "20.11 EUR"
        if not y and sep == "." and not m.group(5) and b > 12:
            continue
        day, month = (b, a) if us else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if y:
            d = _with_year(int(y), month, day)
            if d:
                add(m.start(), m.end(), d, "explicit", d < today)
        else:
            r = _year_less(today, month, day)
            if r:
                add(m.start(), m.end(), r[0], "explicit", r[1])

    for m in _FIRST_NEXT_MONTH_RE.finditer(text):
        y, mo = _add_months(today, 1)
        add(m.start(), m.end(), date(y, mo, 1), "day_of_month")

    for m in _EOM_NEXT_RE.finditer(text):
        y, mo = _add_months(today, 1)
        add(m.start(), m.end(), end_of_month(y, mo), "period_end")
    for m in _EOM_NAMED_RE.finditer(text):
        month = _MONTHS[m.group(1)]
        year = today.year if month >= today.month else today.year + 1
        add(m.start(), m.end(), end_of_month(year, month), "period_end")
    for m in _EOM_THIS_RE.finditer(text):
        add(m.start(), m.end(), end_of_month(today.year, today.month), "period_end")
    for m in _EOW_NEXT_RE.finditer(text):
        add(m.start(), m.end(), end_of_next_week(today), "period_end")
    for m in _EOW_THIS_RE.finditer(text):
        add(m.start(), m.end(), end_of_this_week(today), "period_end")

    for m in _WD_DAY_RE.finditer(text):
        if not 1 <= int(m.group(2)) <= 31 or not _wd_ok(m, m.group(1), text):
            continue
        add(m.start(), m.end(), _weekday_day(today, _WEEKDAYS[m.group(1)], int(m.group(2))),
            "day_of_month")
    for m in _WD_PAST_RE.finditer(text):
        wd = _WEEKDAYS[m.group(1) or m.group(2)]
        add(m.start(), m.end(), resolve_weekday(today, wd) - timedelta(days=7), "weekday", True)
    for m in _WD_WEEK_LATER_RE.finditer(text):
        if m.group(3):
            base = today + timedelta(days=1 if m.group(3) == "tomorrow" else 0)
        else:
            base = resolve_weekday(today, _WEEKDAYS[m.group(1) or m.group(2)])
        add(m.start(), m.end(), base + timedelta(days=7), "weekday")
    for m in _WD_NEXT_WEEK_RE.finditer(text):
        name = m.group(1) or m.group(2)
        add(m.start(), m.end(), weekday_next_week(today, _WEEKDAYS[name]), "weekday")
    for m in _WD_RE.finditer(text):
        name = m.group(2)
        if not _wd_ok(m, name, text):
            continue
        s = m.start(2) if m.group(1) in ("a", "o", "na") else m.start()
        add(s, m.end(), resolve_weekday(today, _WEEKDAYS[name]), "weekday")

    for m in _DOM_RE.finditer(text):
        raw = next(g for g in m.groups()[:8] if g is not None)
        day = 1 if raw == "1er" else int(raw)
        d = resolve_day_of_month(today, day, next_month=bool(m.group(9)))
        add(m.start(), m.end(), d, "day_of_month")

    for m in _DOM_ORD_RE.finditer(text):
        d = resolve_day_of_month(today, int(m.group(1)), next_month=bool(m.group(2)))
        add(m.start(), m.end(), d, "day_of_month")

    for m in _OFFSET_RE.finditer(text):
        raw, unit = m.group(1), m.group(3)
        business = bool(m.group(2) or m.group(4)) or unit in ("werktagen", "arbeitstagen",
                                                                 "werkdagen")
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
        if n is None or n > 400:
            continue
        if unit.startswith(("week", "semaine", "woche", "semana", "settiman", "weken")):
            d = today + timedelta(days=7 * n)
        elif unit.startswith(("month", "mois", "monat", "mes", "maand")):
            y, mo = _add_months(today, n)
            d = date(y, mo, min(today.day, calendar.monthrange(y, mo)[1]))
        elif business:
            d = add_business_days(today, n)
        else:
            d = today + timedelta(days=n)
        add(m.start(), m.end(), d, "offset")
    for m in _FORTNIGHT_RE.finditer(text):
        n = 15 if "quinzaine" in m.group(0) else 14
        add(m.start(), m.end(), today + timedelta(days=n), "offset")

    for m in _AFTER_TOMORROW_RE.finditer(text):
        add(m.start(), m.end(), today + timedelta(days=2), "relative")
    for m in _TOMORROW_RE.finditer(text):
        if _TOMORROW_FALSE_RE.search(text, max(0, m.start() - 7), m.end() + 5):
            continue
        add(m.start(), m.end(), today + timedelta(days=1), "relative")
    for m in _TODAY_RE.finditer(text):
        add(m.start(), m.end(), today, "relative")
    for m in _NOW_RE.finditer(text):
        if m.group(0) == "now" and _BUSY_NOW_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "we're reviewing it now": what they are doing, not when they pay
        add(m.start(), m.end(), today, "now")
    for m in _YESTERDAY_RE.finditer(text):
        add(m.start(), m.end(), today - timedelta(days=1), "relative", True)

    found.sort(key=lambda dm: dm.start)
    return found
