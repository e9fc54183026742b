package org.storyline.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.storyline.app.web.PageCache;
import org.storyline.app.web.WebRoutes;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveLedger;
import org.storyline.core.store.RecordJson;

/**
 * The HTTP server: the JSON API under {@code /api} and the web UI everywhere else, in one process over
 * one archive. Errors are JSON {@code {status, message}} under {@code /api} and an HTML page elsewhere.
 */
public final class StorylineServer implements AutoCloseable {

    /** Rendered lists and pages kept between commits: a few hundred pages, a small part of a 512 MB heap. */
    private static final long PAGE_CACHE_BYTES = 24L * 1024 * 1024;

    private final Javalin app;
    private final StoreEvents events;

    private StorylineServer(Javalin app, StoreEvents events) {
        this.app = app;
        this.events = events;
    }

    /**
     * @param intake where uploads go, or {@code null} when the archive is read-only (ingest refused)
     */
    public static StorylineServer start(Archive archive, ServerSettings settings, Intake intake) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(RecordJson.mapper(), false));
            config.http.defaultContentType = "application/json";
        });
        PageCache pages = new PageCache(archive, PAGE_CACHE_BYTES);
        new ApiRoutes(archive, pages).register(app);
        app.get("/api/feeds", ctx -> ctx.json(FeedsView.of(new ArchiveLedger(archive))));
        StoreEvents events = new StoreEvents(archive);
        events.register(app);
        IngestRoute ingest = new IngestRoute(intake, settings.token(), settings.maxUploadBytes());
        app.post("/api/ingest", ingest::handle);
        new WebRoutes(archive, pages).register(app);
        app.exception(WebRoutes.NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                error(ctx, 404, "nothing here: " + Printable.of(ctx.path()));
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method not allowed"));
        app.start(settings.host(), settings.port());
        return new StorylineServer(app, events);
    }

    /** Marks a request whose error body is written, so the status-code fallback leaves it alone. */
    private static final String ANSWERED = "storyline.answered";

    static void error(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api")) {
            ctx.json(new ErrorBody(status, message));
        } else {
            WebRoutes.errorPage(ctx, status, message);
        }
    }

    /** The body of every API error. */
    record ErrorBody(int status, String message) {
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        events.close();
        app.stop();
    }
}
