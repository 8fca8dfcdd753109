"""A scripted OpenAI-compatible chat-completions server on a free 127.0.0.1 port.

Tests queue the answers (a tool call, malformed tool-call arguments, plain text, an HTTP error,
a delay longer than the client's timeout ...); each POST to /v1/chat/completions takes the next
one, and every request is recorded (path, headers, JSON body) for assertions. With the queue
empty, the server answers 500 "nothing scripted", so a test never hangs on a missing script.

    with FakeOpenAI() as server:
        server.tool_call("ReplyAnalysis", {"intent": "payment_promise", ...})
        ChatOpenAI(base_url=server.base_url, ...)
        server.bodies[0]["max_tokens"]
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["FakeOpenAI", "Recorded", "Scripted"]


@dataclass
class Scripted:
    status: int = 200
    body: Any = None  # dict -> JSON; str -> sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    label: str = ""


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any  # the parsed JSON body, or the raw text when it is not JSON
    time: float


class FakeOpenAI:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.queue: deque[Scripted] = deque()
        self.requests: list[Recorded] = []
        self.served: list[str] = []  # the label of each answer given, in order
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ life cycle

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                return

            def do_GET(self) -> None:  # noqa: N802
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [
                        {"id": "fake-model", "object": "model", "owned_by": "tests"}]}, {})
                else:
                    self._send(404, {"error": {"message": "not found"}}, {})

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                try:
                    body: Any = json.loads(raw) if raw else None
                except json.JSONDecodeError:
                    body = raw
                fake._record(Recorded("POST", self.path, dict(self.headers.items()), body,
                                      time.monotonic()))
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route {self.path}"}}, {})
                    return
                answer = fake._next()
                if answer.delay and fake._stopping.wait(answer.delay):
                    return  # the server is stopping: drop the connection
                self._send(answer.status, answer.body, answer.headers)

            def _send(self, status: int, payload: Any, headers: dict[str, str]) -> None:
                data = (payload if isinstance(payload, str) else json.dumps(payload)).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout)

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "not started"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    # ------------------------------------------------------------------ recording

    def _record(self, request: Recorded) -> None:
        with self._lock:
            self.requests.append(request)

    def _next(self) -> Scripted:
        with self._lock:
            answer = self.queue.popleft() if self.queue else Scripted(
                500, _error("nothing scripted for this request", "server_error"),
                {"retry-after-ms": "10"}, label="unscripted")
            self.served.append(answer.label)
            return answer

    @property
    def bodies(self) -> list[Any]:
        """The JSON bodies of the chat-completions requests, in order."""
        with self._lock:
            return [r.body for r in self.requests if r.path.rstrip("/").endswith(
                "/chat/completions")]

    def reset(self) -> None:
        with self._lock:
            self.queue.clear()
            self.requests.clear()
            self.served.clear()

    # ------------------------------------------------------------------ scripting

    def push(self, answer: Scripted) -> FakeOpenAI:
        with self._lock:
            self.queue.append(answer)
        return self

    def tool_call(self, name: str, arguments: dict[str, Any] | str, *, delay: float = 0.0,
                  content: str | None = None) -> FakeOpenAI:
        """An assistant message calling `name`; `arguments` as a dict (serialised) or as the
        exact argument string (to send malformed JSON)."""
        args = arguments if isinstance(arguments, str) else json.dumps(arguments)
        message = {"role": "assistant", "content": content, "tool_calls": [{
            "id": f"call_{next(self._ids)}", "type": "function",
            "function": {"name": name, "arguments": args}}]}
        return self.push(Scripted(200, _completion(message, "tool_calls"), delay=delay,
                                  label=f"tool_call:{name}"))

    def malformed_tool_call(self, name: str,
                            arguments: str = '{"intent": "payment_promise", "confid') -> FakeOpenAI:
        """A tool call whose arguments are not valid JSON (a truncated answer)."""
        self.tool_call(name, arguments)
        self.queue[-1].label = f"malformed:{name}"
        return self

    def text(self, content: str) -> FakeOpenAI:
        """A plain assistant answer with no tool call."""
        message = {"role": "assistant", "content": content}
        return self.push(Scripted(200, _completion(message, "stop"), label="text"))

    def error(self, status: int, message: str = "scripted failure", *,
              retry_after_ms: int | None = 10) -> FakeOpenAI:
        """An HTTP error in OpenAI's error format (the retry-after-ms header keeps the
        client's retry quick)."""
        headers = {"retry-after-ms": str(retry_after_ms)} if retry_after_ms is not None else {}
        kind = {429: "rate_limit_exceeded", 400: "invalid_request_error"}.get(status,
                                                                              "server_error")
        return self.push(Scripted(status, _error(message, kind), headers, label=f"http:{status}"))

    def delay(self, seconds: float, then: dict[str, Any] | None = None,
              name: str = "ReplyAnalysis") -> FakeOpenAI:
        """Answer only after `seconds` (longer than the client's timeout to test it); the late
        answer is a tool call with `then` as arguments."""
        self.tool_call(name, then or {}, delay=seconds)
        self.queue[-1].label = f"delay:{seconds}"
        return self

    def raw(self, status: int, body: str, headers: dict[str, str] | None = None) -> FakeOpenAI:
        """Any body, e.g. something that is not JSON at all."""
        return self.push(Scripted(status, body, headers or {}, label="raw"))


def _completion(message: dict[str, Any], finish_reason: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "fake-model",
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason,
                     "logprobs": None}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }


def _error(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}
