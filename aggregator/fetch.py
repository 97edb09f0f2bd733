"""HTTP fetching for feeds and pages: one polite client with a size cap and a host check.

Redirects are followed by hand so that every hop is checked against the private-address rule
and so that a permanent redirect of a feed can be reported back (the stored URL is updated).
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlparse

import httpx

from .config import Settings
from .errors import FetchError
from .models import Response

MAX_REDIRECTS = 5
PERMANENT = {301, 308}


class Fetcher:
    """A reusable HTTP client. Use as a context manager so connections are closed."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.timeout),
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self, url: str, *, allow_private: bool = False, headers: dict[str, str] | None = None
    ) -> Response:
        """GET `url`, following redirects; raise `FetchError` naming the URL on any failure.

        A 304 answer is returned as a `Response` (status 304, empty body), not an error.
        """
        current = url
        permanent = True
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private)
            try:
                status, resp_headers, body = self._get_once(current, headers or {})
            except httpx.TimeoutException:
                raise FetchError(f"{current}: timed out after {self.settings.timeout:g}s") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{current}: {type(exc).__name__}: {exc}") from None
            if status in (301, 302, 303, 307, 308) and "location" in resp_headers:
                permanent = permanent and status in PERMANENT
                current = urljoin(current, resp_headers["location"])
                continue
            if status >= 400:
                raise FetchError(f"{current}: HTTP {status}")
            return Response(
                url=current,
                requested_url=url,
                status=status,
                headers=resp_headers,
                body=body,
                permanent_redirect=permanent and current != url,
            )
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _get_once(self, url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        limit = self.settings.max_bytes
        with self._client.stream("GET", url, headers=headers) as resp:
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
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
