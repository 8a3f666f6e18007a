"""schemathesis against the live server's OpenAPI schema: no 5xx, responses match the schema.

The run is kept small (20 examples per operation) so it fits the unit-test budget.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from tests.server.api_helpers import new_account
from tests.server.live_server import cheap_settings, database_url, run_server

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.mark.slow
def test_api_conforms_to_its_schema(tmp_path: Path) -> None:
    with database_url("sqlite", tmp_path) as url:
        # Generous throttles: the fuzzer's failed logins must not hide other behaviour.
        config = cheap_settings(url, tmp_path, ip_failures_per_window=100_000)
        with run_server(config) as server:
            with httpx.Client(base_url=server.base_url) as http:
                account = new_account(http)
            schema = schemathesis.openapi.from_url(f"{server.base_url}/openapi.json")
            token = {"Authorization": f"Bearer {account.access_token}"}
            operations = [result.ok() for result in schema.get_all_operations()]
            assert len(operations) >= 20
            for operation in operations:
                _fuzz(operation, token)


def _fuzz(operation: schemathesis.APIOperation, token: dict[str, str]) -> None:
    # Signing out, deleting the account or changing its password would end the shared session.
    destructive = operation.path in ("/auth/logout", "/account/delete", "/account/password")
    headers = {"Authorization": "Bearer " + "x" * 43} if destructive else token

    @given(case=operation.as_strategy())
    @settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        # Schema-valid data may still be refused for reasons a schema cannot express (an
        # address already registered, a spent code): that check does not apply here.
        case.call_and_validate(headers=headers, excluded_checks=[positive_data_acceptance])

    run()
