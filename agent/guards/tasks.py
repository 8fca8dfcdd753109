"""Task rules: which reasons open a task, who is assigned, what a person is asked to do."""

from __future__ import annotations

from collections.abc import Sequence

TASK_STATUSES = ("action_required", "awaiting_response", "in_progress", "closed", "cancelled")
OPEN_STATUSES = frozenset({"action_required", "awaiting_response", "in_progress"})

# reason -> the suggested next step a person sees on the task
NEXT_STEPS = {
    "dispute": "Check the disputed goods or amount with the team; issue a credit note or "
               "explain the invoice to the customer.",
    "refusal": "Call the customer to understand the refusal; decide on a formal notice.",
    "payment_plan_request": "Agree on instalments (amounts and dates) and record them as "
                            "promises, or decline.",
    "callback_request": "Call the customer back.",
    "contact_change": "Check the new contact and update it on the account.",
    "ambiguous": "Read the customer's reply and tell the agent what to do.",
    "no_response": "No answer after the last reminder: call the customer, or send a formal "
                   "notice letter.",
    "missing_contact": "Add an email contact or a postal address for this account.",
    "invalid_contact": "The address bounced: give a valid contact for this account.",
    "broken_promise": "The customer did not pay as promised: call them or send a formal notice.",
    "payment_unmatched": "The customer says they paid but no payment matches: check the bank "
                         "account and ask for the remittance details.",
    "information_request": "Answer the customer's question.",
    "unmatched_message": "A message could not be matched to an account: read it and assign it.",
    "high_balance": "A high balance is overdue: review the account.",
}


def assignees(referent_ids: Sequence[int], member_ids: Sequence[int]) -> list[int]:
    """The account's referents (primary first) when it has them, else every member."""
    return list(referent_ids) if referent_ids else list(member_ids)


def closes_on_settlement(status: str) -> bool:
    """Paying or crediting the balance closes the account's open tasks."""
    return status in OPEN_STATUSES
