"""Signed policy updates and the policies kept on this machine, on The Update Framework (python-tuf).
Imports no Qt: the CLI and the window are thin callers.

| module | job |
|---|---|
| `keys` | the publisher's keys and root metadata (`evdesk policy keys init|rotate`) |
| `targets` | which files a policy consists of: the policy file and every file it names |
| `publish` | a TUF repository folder or one bundle file from a validated policy (`evdesk policy publish`) |
| `fetchers` | how the TUF client reads a web server, a local folder or a bundle file |
| `trust` | the trusted root: shipped with evdesk, or replaced by `EVDESK_TRUST_ROOT` or a setting |
| `client` | fetch, verify (always through `tuf.ngclient.Updater`) and keep a policy update |
| `store` | the kept policies and their history, under `evdesk.paths.user_data_dir()` |
| `in_use` | which policy answers: the newest accepted one, and where it came from |
| `staleness` | whether an answer's policy is past its expiry or too old, for every place an answer is shown |
| `settings` | the update settings the CLI and the window share (address, consent, age limit) |
| `vehicle_import` | Transport Canada's vehicle list as published (CSV or saved HTML) into a local policy version |
| `diff` | every value that differs between two policies |
| `compare` | one answer under two policies, rule by rule |
"""
