"""Wire-compatible fakes of cloud providers (Deepgram, OpenAI, Anthropic), served on loopback."""
