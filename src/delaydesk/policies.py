"""Installation-wide settings an administrator changes in the admin: one row per policy."""

from __future__ import annotations

from typing import Any, TypeVar, cast

from django.db import models
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

P = TypeVar("P", bound="Policy")


class Policy(models.Model):
    """Base of the single-row policies (bridge terms, playbook limits, report probabilities)."""

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.pk = 1  # exactly one row: whatever is saved becomes the policy
        super().save(*args, **kwargs)

    @classmethod
    def get(cls: type[P]) -> P:
        """The policy, created with its defaults on first use."""
        # That is ``objects``, which the stubs do not give abstract models.
        policy, _created = cls._default_manager.get_or_create(pk=1)
        return policy


class PolicyAdmin(SimpleHistoryAdmin):
    """The admin of a policy: no list of one row, no second row, no deleting."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # the single row is created on first use

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def changelist_view(self, request: HttpRequest, extra_context: Any = None) -> Any:
        meta = self.model._meta
        policy = cast("type[Policy]", self.model).get()  # only registered for policies
        return HttpResponseRedirect(
            reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[policy.pk]))
