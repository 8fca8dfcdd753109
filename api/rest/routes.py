"""Every REST resource module of /api/v1 (but metrics, registered on its own), as one router
for the app to include."""

from __future__ import annotations

from fastapi import APIRouter

from api.rest import (
    accounts,
    communications,
    documents,
    imports,
    organization,
    payments,
    plan,
    tasks,
)

router = APIRouter()
for module in (organization, accounts, documents, payments, imports, communications, tasks,
               plan):
    router.include_router(module.router)
