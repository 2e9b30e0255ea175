"""The web desk: `create_app(settings)` builds the ASGI app, `serve(settings)` runs it.

Map libraries come from npm (package.json at the repository root) and are served from
./node_modules, or from web/static/vendor when the set-up copied them there: no CDN. The map draws
its own borders, province lines (web/boundaries.py) and place names (web/labels.py); tiles only
from a server the operator names in LIVEDESK_TILES.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from livedesk.service import Desk
from livedesk.settings import Settings, get_settings
from livedesk.web import api, boundaries, labels, pages, stream
from livedesk.web.cache import ResponseCache
from livedesk.web.headers import SecurityHeaders, tile_origin
from livedesk.web.versions import Versions

STATIC = Path(__file__).parent / "static"

# URL prefix -> the folder inside an npm package that holds the files the page needs.
VENDOR = {
    "leaflet": ("leaflet", "dist"),
    "markercluster": ("leaflet.markercluster", "dist"),
    "world-atlas": ("world-atlas", ""),
    "topojson": ("topojson-client", "dist"),
}

def _node_modules() -> list[Path]:
    here = Path(__file__).resolve()
    return [STATIC / "vendor", here.parents[3] / "node_modules", Path.cwd() / "node_modules"]


def vendor_dirs() -> dict[str, Path]:
    found = {}
    for prefix, (package, sub) in VENDOR.items():
        for root in _node_modules():
            d = (root / package / sub) if sub else (root / package)
            if d.is_dir():
                found[prefix] = d
                break
    return found


def create_app(settings: Settings | None = None, desk: Desk | None = None) -> FastAPI:
    settings = settings or get_settings()
    desk = desk or Desk(settings)
    hub = stream.Hub(desk.store)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        await hub.stop()

    app = FastAPI(title="livedesk", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.state.desk = desk
    app.state.settings = settings
    app.state.hub = hub

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if (not request.url.path.startswith("/api/")
                and "text/html" in request.headers.get("accept", "")):
            page = pages.render(request, "error.html", status=exc.status_code,
                                message=str(exc.detail))
            page.status_code = exc.status_code
            return page
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    app.include_router(api.router)
    app.include_router(labels.router)
    app.include_router(boundaries.router)
    app.include_router(stream.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for prefix, d in vendor_dirs().items():
        app.mount(f"/vendor/{prefix}", StaticFiles(directory=d), name=f"vendor-{prefix}")
    # The last added runs first: headers and size checks wrap every answer, cached ones too.
    app.add_middleware(ResponseCache, versions=Versions(desk.store),
                       max_bytes=settings.response_cache_mb * 1024 * 1024)
    origin = tile_origin(settings.tiles) if settings.tiles else None
    app.add_middleware(SecurityHeaders, img_origins=(origin,) if origin else ())
    return app


def serve(settings: Settings | None = None) -> None:
    """Run the desk on settings.host:settings.port until interrupted, in settings.workers
    processes sharing the port. Each worker has its own stream poller and answer cache, both
    keyed by the database's change log, so any worker may answer any request."""
    import uvicorn
    settings = settings or get_settings()
    common = dict(host=settings.host, port=settings.port, log_level="info",
                  timeout_graceful_shutdown=3)
    if settings.workers <= 1:
        uvicorn.run(create_app(settings), **common)
        return
    # Workers are new processes that build their app from the environment: hand them these
    # settings (not only the ones the environment had) that way.
    os.environ.update(settings.as_env())
    uvicorn.run("livedesk.web.app:create_app", factory=True, workers=settings.workers, **common)
