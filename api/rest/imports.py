"""POST /api/v1/imports: the CLI's `dunning import` over HTTP, all or nothing."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from api.deps import Caller, api_caller, get_session, get_today
from api.rest.schemas import ImportErrorsOut, ImportReportOut
from store.importer import KINDS, ImportFailed, import_files
from store.models import Event, Organization

router = APIRouter(prefix="/api/v1", tags=["imports"])

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FILES = 20


def _file_name(upload: UploadFile, index: int) -> str:
    # only the last part of what the client calls the file: it names the file in messages
    # and decides its kind, and must never lead outside the temporary directory
    name = Path((upload.filename or "").replace("\\", "/")).name.strip()
    if not name or name in {".", ".."}:
        raise HTTPException(422, [{"loc": ["body", "files", index], "type": "value_error",
                                   "msg": "every file needs a name (e.g. invoices.csv)"}])
    return name


@router.post("/imports", response_model=ImportReportOut, summary="Import CSV or JSON files",
             responses={422: {"model": ImportErrorsOut,
                              "description": "nothing was written; every error is listed"}})
async def create_import(
    files: list[UploadFile] = File(..., description="CSV or JSON files, as for `dunning "
                                                     "import`"),
    type_: Literal[KINDS] | None = Form(  # type: ignore[valid-type]
        None, alias="type", description="what every file holds, like the CLI's --type "
                                        "(default: from each file's name or columns)"),
    caller: Caller = Depends(api_caller), session: Session = Depends(get_session),
    today: date = Depends(get_today),
) -> Any:
    """Every row of every file is validated first, against the store and against the other
    files of the same upload; when anything is wrong the answer is 422 with each error as
    `file:line: field: message` (the file as you named it) and nothing is written.
    Otherwise the rows are upserted and the answer counts what was created, updated and
    left unchanged."""
    if len(files) > MAX_FILES:
        raise HTTPException(422, [{"loc": ["body", "files"], "type": "value_error",
                                   "msg": f"at most {MAX_FILES} files per import"}])
    names = [_file_name(f, i) for i, f in enumerate(files)]
    if len(set(names)) != len(names):
        raise HTTPException(422, [{"loc": ["body", "files"], "type": "value_error",
                                   "msg": "two files have the same name"}])
    org = session.get(Organization, caller.organization_id)
    assert org is not None
    with tempfile.TemporaryDirectory(prefix="dunning-import-") as tmp:
        folder = Path(tmp)
        paths = []
        for upload, name in zip(files, names, strict=True):
            data = await upload.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise HTTPException(413, f"{name}: larger than {MAX_FILE_BYTES // 2**20} MiB")
            path = folder / name
            path.write_bytes(data)
            paths.append(path)
        prefix = str(folder) + "/"
        try:
            report = import_files(session, org, paths, kind=type_, today=today)
        except ImportFailed as e:
            session.rollback()
            errors = [line.replace(prefix, "") for line in e.errors]
            return JSONResponse(status_code=422, content={
                "detail": f"import failed: {len(errors)} error(s); nothing was written",
                "errors": errors})
        # the importer's audit event names the temporary paths and an "import" actor: it is
        # made to say which files, under the names given, and which member imported them
        for obj in session.new:
            if isinstance(obj, Event) and obj.kind == "import":
                obj.reason = (obj.reason or "").replace(prefix, "")
                obj.actor = caller.actor
                obj.data = {**obj.data, "files": names}
        session.commit()
    return {"files": names, "created": report.created, "updated": report.updated,
            "unchanged": report.unchanged, "changes": report.changes,
            "lines": report.lines()}
