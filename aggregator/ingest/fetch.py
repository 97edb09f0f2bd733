"""HTTP fetching for feeds and pages: one polite, bounded client.

- Redirects are followed by hand so every hop is checked against the private-address rule and
  a permanent redirect of a feed can be reported (the stored URL is then updated).
- Bodies are streamed and cut at `max_bytes` *after* decompression (gzip bombs, endless bodies).
- Transient failures (timeouts, connection errors, 5xx, 429) are retried with exponential
  backoff (tenacity), honouring `Retry-After` up to `max_retry_after` seconds.
- Per host: at most `per_host_concurrency` requests at once and `per_host_delay` seconds
  between request starts, counted from when each request actually goes out; robots.txt
  (Protego) is obeyed unless a source opts out.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urljoin, urlparse

import httpx
from protego import Protego
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from ..config.settings import Settings
from ..errors import FetchError
from ..models import Response

logger = logging.getLogger(__name__)

MAX_REDIRECTS = 5
PERMANENT = {301, 308}
RETRY_STATUS = {429, 500, 502, 503, 504}


class _Transient(Exception):
    """A failure worth retrying; carries the server's Retry-After, if any."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class HostTurn(Protocol):
    """One request's turn at a host. `sent` is called once the request's headers have been
    written to the socket, so a host's delay counts from after it was actually asked, not from
    when the turn was granted (a thread can wait a long while for the GIL or a connection in
    between). Until then the turn holds the host's next one back."""

    def sent(self) -> None: ...


# A host's turn as a context manager: HostLimiter within one process, or another limiter with
# its interface, e.g. store.queue.SharedHostLimiter, whose turns hold across worker processes.
HostTurns = Callable[[str], AbstractContextManager[HostTurn]]


class HostLimiter:
    """Per-host politeness: a concurrency cap and a minimum delay between request starts.

    A turn is granted while fewer than `concurrency` requests are in flight, the host's delay has
    passed since its last request went out, and no other granted turn is still waiting to send:
    so the next request start is known only once the previous one has gone out."""

    def __init__(self, concurrency: int, delay: float):
        self.concurrency, self.delay = concurrency, delay
        self._cond = threading.Condition()
        self._in_flight: dict[str, int] = {}
        self._unsent: set[str] = set()
        self._next_start: dict[str, float] = {}

    def __call__(self, host: str) -> _HostSlot:
        return _HostSlot(self, host)

    def _grant(self, host: str) -> None:
        with self._cond:
            while True:
                wait = self._next_start.get(host, 0.0) - time.monotonic()
                if self._in_flight.get(host, 0) < self.concurrency and host not in self._unsent and wait <= 0:
                    self._in_flight[host] = self._in_flight.get(host, 0) + 1
                    self._unsent.add(host)
                    return
                self._cond.wait(wait if wait > 0 else None)

    def _sent(self, host: str) -> None:
        with self._cond:
            self._unsent.discard(host)
            self._next_start[host] = time.monotonic() + self.delay
            self._cond.notify_all()

    def _release(self, host: str, sent: bool) -> None:
        with self._cond:
            self._in_flight[host] -= 1
            if not sent:  # failed before sending, or sent unseen: count the delay from now, to be safe
                self._unsent.discard(host)
                self._next_start[host] = max(self._next_start.get(host, 0.0), time.monotonic() + self.delay)
            self._cond.notify_all()


class _HostSlot:
    def __init__(self, limiter: HostLimiter, host: str):
        self.limiter, self.host, self.done = limiter, host, False

    def __enter__(self) -> _HostSlot:
        self.limiter._grant(self.host)
        return self

    def sent(self) -> None:
        if not self.done:
            self.done = True
            self.limiter._sent(self.host)

    def __exit__(self, *exc: object) -> None:
        self.limiter._release(self.host, self.done)


def _on_sent(turn: HostTurn) -> Callable[[str, dict], None]:
    """An httpcore trace hook that tells the turn when the request's headers have gone out."""

    def trace(event: str, info: dict) -> None:
        if event.endswith("send_request_headers.complete"):
            turn.sent()

    return trace


class Fetcher:
    """A reusable, thread-safe HTTP client. Use as a context manager so connections close."""

    def __init__(self, settings: Settings, hosts: HostTurns | None = None):
        self.settings = settings
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout),
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            limits=httpx.Limits(max_connections=max(10, settings.workers * 2)),
        )
        self._hosts: HostTurns = hosts or HostLimiter(settings.per_host_concurrency, settings.per_host_delay)
        self._robots: dict[str, Protego | None] = {}
        self._robots_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, allow_private: bool = False, headers: dict[str, str] | None = None,
            respect_robots: bool = True) -> Response:
        """GET `url`, following redirects; raise `FetchError` naming the URL on any failure.

        A 304 answer is returned as a `Response` (status 304, empty body), not an error.
        """
        current = url
        permanent = True
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private)
            if respect_robots and not self.allowed_by_robots(current, allow_private):
                raise FetchError(f"{current}: disallowed by robots.txt")
            status, resp_headers, body = self._get_with_retries(current, headers or {})
            if status in (301, 302, 303, 307, 308) and "location" in resp_headers:
                permanent = permanent and status in PERMANENT
                current = urljoin(current, resp_headers["location"])
                continue
            if status >= 400:
                raise FetchError(f"{current}: HTTP {status}")
            return Response(url=current, requested_url=url, status=status, headers=resp_headers,
                            body=body, permanent_redirect=permanent and current != url)
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        retrying = Retrying(
            retry=retry_if_exception_type(_Transient),
            stop=stop_after_attempt(self.settings.retries + 1),
            wait=self._wait,
            reraise=True,
            before_sleep=lambda state: logger.info("%s: %s; retrying (attempt %d)", url,
                                                   state.outcome.exception() if state.outcome else "?",
                                                   state.attempt_number + 1),
        )
        try:
            return retrying(self._attempt, url, headers)
        except _Transient as exc:
            raise FetchError(f"{url}: {exc} (after {self.settings.retries + 1} attempts)") from None

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        backoff = self.settings.backoff * (2 ** (state.attempt_number - 1))
        retry_after = getattr(exc, "retry_after", None)
        return max(backoff, retry_after) if retry_after is not None else backoff

    def _attempt(self, url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        host = urlparse(url).netloc
        with self._hosts(host) as turn:
            try:
                status, resp_headers, body = self._get_once(url, headers, turn)
            except httpx.TimeoutException:
                logger.debug("%s: timed out", url)
                raise _Transient(f"timed out after {self.settings.timeout:g}s") from None
            except httpx.TransportError as exc:
                raise _Transient(f"{type(exc).__name__}: {exc}") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None
        if status in RETRY_STATUS:
            retry_after = parse_retry_after(resp_headers.get("retry-after"))
            if retry_after is not None and retry_after > self.settings.max_retry_after:
                raise FetchError(f"{url}: HTTP {status}, asks to retry after {retry_after:.0f}s")
            raise _Transient(f"HTTP {status}", retry_after)
        return status, resp_headers, body

    def _get_once(self, url: str, headers: dict[str, str], turn: HostTurn) -> tuple[int, dict[str, str], bytes]:
        limit = self.settings.max_bytes
        with self._client.stream("GET", url, headers=headers, extensions={"trace": _on_sent(turn)}) as resp:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit and "content-encoding" not in resp.headers:
                raise FetchError(f"{url}: response of {int(declared)} bytes exceeds limit of {limit}")
            chunks: list[bytes] = []
            size = 0
            # iter_bytes decodes gzip/deflate, so the cap applies to the decompressed size.
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"{url}: response exceeds limit of {limit} bytes")
                chunks.append(chunk)
            lowered = {k.lower(): v for k, v in resp.headers.items()}
            return resp.status_code, lowered, b"".join(chunks)

    def allowed_by_robots(self, url: str, allow_private: bool = False) -> bool:
        """robots.txt says yes (RFC 9309: 4xx means no rules; 5xx or unreachable means no)."""
        parsed = urlparse(url)
        origin = f"{parsed.scheme}://{parsed.netloc}"
        with self._robots_lock:
            known = origin in self._robots
        if not known:
            rules: Protego | None
            try:
                status, _, body = self._get_with_retries(origin + "/robots.txt", {})
                if status in (301, 302, 303, 307, 308):
                    rules = Protego.parse("")  # keep it simple: a moved robots.txt imposes nothing
                elif status >= 500:
                    rules = None
                elif status >= 400:
                    rules = Protego.parse("")
                else:
                    rules = Protego.parse(body.decode("utf-8", errors="replace"))
            except FetchError as exc:
                logger.info("%s/robots.txt unreachable (%s): the host is treated as disallowed", origin, exc)
                rules = None
            with self._robots_lock:
                self._robots[origin] = rules
        rules = self._robots[origin]
        if rules is None:
            return False
        return rules.can_fetch(url, self.settings.user_agent)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def check_url(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs, and private/loopback/link-local hosts unless allowed."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise FetchError(f"{url}: only http(s) URLs are fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"{url}: cannot resolve host: {exc.strerror}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if not address.is_global:
            raise FetchError(
                f"{url}: refused: {address} is a private, loopback or link-local address "
                "(set allow_private_hosts on the source to permit it)"
            )
