"""Progress notes: templates, the offline extractive drafter, language-model providers.

Entry points (dependencies come in through constructors; nothing runs at import):

- ``templates.TemplateLibrary.with_user_dir(dir)`` — SOAP, DAP, BIRP, GIRP, summary + user TOML;
  ``.choices()``, ``.import_template_file(path)``.
- ``provider_setup.build_desktop_note_writer(vault_dir, get_secret, env)`` /
  ``build_model_clients(get_secret, ModelEndpoints.from_env(env))``.
- ``chunked_drafting`` — a transcript larger than a local model's window, drafted in chunks.
- ``note_writer.NoteWriter(templates, clients={...}, redact=...)``; ``.write(lines, template=,
  provider=, processing_mode=, on_delta=)`` → ``draft_note.DraftNote``; ``.write_or_fall_back``.
- ``providers``: ``OpenAIResponsesClient``, ``AnthropicMessagesClient``, ``ChatCompletionsClient``
  (base URL, model, secret getter, optional httpx transport, timeout, RetryPolicy, stream).
- ``session_notes.draft_session_note(writer, session_id=, client=, segments=, notes=, sessions=)``.
- ``note_editing.edit_section`` / ``save_version``; ``note_export.to_ehr_text`` / ``to_pdf``.
- ``risk_detector.RiskDetector().detect(lines)`` — provider-independent risk flags.
"""
