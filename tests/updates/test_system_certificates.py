"""https updates verify against the operating system's certificate store (truststore), not OpenSSL's
default paths, which a frozen app does not carry."""

from __future__ import annotations

import ssl

import truststore

from evdesk.updates import client


def test_an_https_source_verifies_with_the_system_store() -> None:
    original = ssl.SSLContext
    try:
        source = client._web_source("https://policy.example.invalid/evdesk")
        assert ssl.SSLContext is truststore.SSLContext
        assert source.metadata_url == "https://policy.example.invalid/evdesk/metadata/"
    finally:
        truststore.extract_from_ssl()
        assert ssl.SSLContext is original
