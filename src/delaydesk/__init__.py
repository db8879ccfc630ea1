"""DelayDesk: diagnose, answer, bridge and document delayed SaaS renewals."""

__version__ = "0.1.0"
