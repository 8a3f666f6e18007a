"""Language-model note providers: OpenAI Responses, Anthropic Messages, OpenAI-compatible local.

They talk HTTP through httpx directly rather than the vendor SDKs: one injectable transport and
base URL for all three (tests point them at loopback fakes), one retry policy with an injectable
sleep and jitter, exact control over every body field (``store: false``) and header, and no SDK
telemetry headers leaving the laptop. Tests use the official SDKs against the fakes to prove the
fakes speak the real wire formats.
"""
