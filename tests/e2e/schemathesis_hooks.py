"""Checks glassbox adds to Schemathesis's own: a 400 says which field was wrong."""

import schemathesis


@schemathesis.check
def bad_request_names_the_field(ctx, response, case):
    if response.status_code not in (400, 422):
        return None
    try:
        error = response.json().get("error") or {}
    except ValueError:
        raise AssertionError(f"a {response.status_code} answer is not JSON: {response.text[:200]!r}")
    if not isinstance(error, dict) or not error.get("param"):
        raise AssertionError(f"a {response.status_code} answer does not name the field at fault (error.param): {response.text[:300]!r}")
    if not error.get("message"):
        raise AssertionError(f"a {response.status_code} answer has no message: {response.text[:300]!r}")
    return None
