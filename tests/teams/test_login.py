from django.contrib.auth.hashers import identify_hasher
from django.urls import reverse

from factories import PASSWORD, UserFactory


def test_login_with_the_right_password_opens_the_pipeline(client, db):
    UserFactory(username="jana")
    response = client.post(reverse("login"), {"username": "jana", "password": PASSWORD},
                           follow=True)
    assert response.status_code == 200
    assert b"My renewals" in response.content


def test_wrong_password_is_refused_with_a_message(client, db):
    UserFactory(username="jana")
    response = client.post(reverse("login"), {"username": "jana", "password": "nope"})
    assert response.status_code == 200
    assert b"correct username and password" in response.content


def test_repeated_failures_lock_the_login_even_with_the_right_password(client, db, settings):
    UserFactory(username="jana")
    for _ in range(settings.LOGIN_MAX_FAILURES):
        client.post(reverse("login"), {"username": "jana", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "jana", "password": PASSWORD})
    assert b"Too many failed logins" in response.content
    assert "_auth_user_id" not in client.session


def test_german_users_get_the_lockout_message_in_german(client, db, settings):
    UserFactory(username="jana")
    for _ in range(settings.LOGIN_MAX_FAILURES):
        client.post(reverse("login"), {"username": "jana", "password": "wrong"})
    response = client.post(reverse("login"), {"username": "jana", "password": PASSWORD},
                           HTTP_ACCEPT_LANGUAGE="de")
    assert b"Zu viele fehlgeschlagene Anmeldungen" in response.content


def test_passwords_are_hashed_with_argon2(db):
    from delaydesk.teams.services import user_create

    user = user_create(username="neu", password="a-long-enough-secret", role="csm")
    assert identify_hasher(user.password).algorithm == "argon2"


def test_password_change(client, db):
    user = UserFactory(username="jana")
    client.force_login(user)
    response = client.post(reverse("password_change"), {
        "old_password": PASSWORD, "new_password1": "another-long-secret-42",
        "new_password2": "another-long-secret-42"}, follow=True)
    assert b"Your new password is in place." in response.content
    user.refresh_from_db()
    assert user.check_password("another-long-secret-42")


def test_language_switch_is_stored_for_the_user(client, db):
    user = UserFactory(username="jana", language="en")
    client.force_login(user)
    client.post(reverse("switch_language"), {"language": "de", "next": "/"})
    user.refresh_from_db()
    assert user.language == "de"
    assert "Meine Verlängerungen".encode() in client.get("/").content


def test_preferences_store_the_time_zone(client, db):
    user = UserFactory(username="jana")
    client.force_login(user)
    client.post(reverse("preferences"), {"language": "en", "time_zone": "Europe/Vienna"})
    user.refresh_from_db()
    assert user.time_zone == "Europe/Vienna"
