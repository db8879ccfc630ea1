"""``delaydesk serve``: the web app under gunicorn (threads), static files by whitenoise."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the web app with gunicorn (127.0.0.1:8000 by default)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--workers", type=int, default=2, help="gunicorn processes")
        parser.add_argument("--threads", type=int, default=4, help="threads per process")

    def handle(self, *args: Any, **options: Any) -> None:
        serve(host=options["host"], port=options["port"], workers=options["workers"],
              threads=options["threads"], stdout=self.stdout)


def serve(*, host: str, port: int, workers: int, threads: int, stdout: Any) -> None:
    """Run gunicorn in this process until interrupted."""
    from gunicorn.app.base import BaseApplication

    from delaydesk.wsgi import application

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in {
                "bind": f"{host}:{port}", "workers": workers, "threads": threads,
                "worker_class": "gthread", "accesslog": "-", "timeout": 60,
            }.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    stdout.write(f"DelayDesk at http://{host}:{port}/  (Ctrl+C stops it)")
    stdout.flush()
    Server().run()
