"""Every API operation, fed with data generated from our own OpenAPI description, never
answers with a server error, and answers errors in the one error format."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from delaydesk.teams.services import token_create
from delaydesk.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Requests run inside the test's transaction, as with Django's test client: the WSGI
    app must not close the database connection at the end of each request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def token(roles):
    _record, value = token_create(user=roles["users"]["owner"])
    return value


@schema.parametrize()
@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_no_server_errors(case, token):
    response = case.call_and_validate(headers={"Authorization": f"Bearer {token}"},
                                      checks=[not_a_server_error])
    if response.status_code >= 400:
        try:
            body = response.json()
        except ValueError:
            pytest.fail(f"{case.method} {case.path} -> {response.status_code}: "
                        f"{response.text[:200]!r} is not JSON")
        assert set(body) == {"error"}
        assert {"status", "code", "message"} <= set(body["error"])
