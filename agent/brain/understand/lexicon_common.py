"""Building blocks of the cue lexicons, and the list of signals every lexicon may fill.

Cue patterns are regular expressions over *normalized* text (``normalize.normalize``: lower
case, no accents, English contractions expanded, typos corrected) and are matched sentence by
sentence, so a gap between two words never crosses a sentence end.
"""

from __future__ import annotations


def g(n: int) -> str:
    """A gap of 0..n words between two words (the spaces included)."""
    return rf"(?:\s+\S+){{0,{n}}}?\s+"


# Signals, in no particular order; each lexicon maps some of them to pattern tuples.
SIGNALS: tuple[str, ...] = (
    "dispute",          # a reason about goods, amount, service, or the invoice never received
    "refusal",          # a plain refusal to pay
    "cant_pay",         # inability to pay (a plan request when temporary, else a refusal)
    "hardship",         # cash-flow trouble, "at the moment": makes an inability temporary
    "plan",             # instalments, a payment plan, splitting the amount
    "more_time",        # asking for time, an extension, a postponement
    "split_rest",       # "the rest next month": a second payment after a first one
    "callback",         # asking to be called / to talk by phone
    "conditional",      # "if you have questions", "feel free to": not a request
    "contact_change",   # a new contact or address
    "permanent",        # "no longer", "from now on", "left the company": not a temporary deputy
    "ooo",              # out of office
    "auto",             # automatic acknowledgements, tickets, "do not reply"
    "auto_weak",        # "we have received your message", "we will get back to you"
    "deputy",           # "in my absence contact ..."
    "promise",          # a commitment to pay in the future
    "promise_ask",      # "can we pay on the 30th?", "give us until Friday"
    "pay_word",         # any word about paying: with a future date it is a promise
    "claimed",          # payment already made, sent, released, debited
    "arrival",          # "it will reach you Monday", "should be on your account"
    "info_copy",        # an invoice copy
    "info_statement",   # a statement of account
    "info_bank",        # bank details, how to pay
    "info_other",       # PO number, breakdown, proof of delivery, explanation
    "request",          # a request form (please send, could you, ...)
    "ack",              # ok, noted, passed on, will look into it
    "vague_time",       # soon, next week, early next month: a time without a date
    "partial",          # half, part of it, a first payment
    "full",             # in full, the whole amount, the balance
    "not_before",       # "not before", "at the earliest": the date still is the promise
    "injection",        # instructions aimed at a machine
)
