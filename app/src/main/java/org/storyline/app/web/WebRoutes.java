package org.storyline.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.storyline.app.server.FeedsView;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveLedger;
import org.storyline.core.store.ArticleFilter;
import org.storyline.core.store.PersonCard;
import org.storyline.core.store.QuoteFilter;
import org.storyline.core.store.StoryCard;
import org.storyline.core.store.StoryFilter;
import org.storyline.core.store.StoryOrder;

/**
 * The web UI: server-rendered pages over the archive. Ids in paths are only ever search terms; the
 * stylesheet is served from the classpath, so no request can name a file.
 */
public final class WebRoutes {

    private static final byte[] STYLESHEET = load("storyline.css");
    private static final byte[] LIVE_SCRIPT = load("live.js");

    private static final String HTML = "text/html; charset=utf-8";

    private final Archive archive;
    private final PageCache pages;

    public WebRoutes(Archive archive, PageCache pages) {
        this.archive = archive;
        this.pages = pages;
    }

    public void register(Javalin app) {
        app.get("/static/storyline.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(STYLESHEET));
        app.get("/static/live.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(LIVE_SCRIPT));
        app.get("/feeds", ctx -> html(ctx,
                FeedsPage.render(FeedsView.of(new ArchiveLedger(archive)), archive.counts().articles())));
        app.get("/", ctx -> {
            StoryOrder order = order(ctx.queryParam("sort"));
            int offset = offset(ctx);
            kept(ctx, () -> FrontPage.render(archive, order, offset));
        });
        app.get("/events", ctx -> {
            StoryOrder order = order(ctx.queryParam("sort"));
            int offset = offset(ctx);
            kept(ctx, () -> FrontPage.events(archive, order, offset));
        });
        app.get("/stories/{id}", this::story);
        app.get("/storylines/{id}", this::storyline);
        app.get("/articles/{id}", ctx -> {
            String id = ctx.pathParam("id");
            var card = archive.articleCard(id).orElseThrow(() -> new NotFound("article"));
            html(ctx, ArticlePage.render(card, archive.article(id).orElseThrow()));
        });
        app.get("/people", ctx -> html(ctx, PersonPage.list(archive.people(ctx.queryParam("q"), offset(ctx), 50),
                ctx.queryParam("q"))));
        app.get("/people/{id}", this::person);
        app.get("/search", this::search);
    }

    /** An unknown id on a web page: answered 404 with an HTML page. */
    public static final class NotFound extends RuntimeException {
        NotFound(String what) {
            super("There is no such " + what + " in this store.", null, false, false);
        }
    }

    /** A story's page; the id of a story since merged into another redirects there, permanently. */
    private void story(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        try {
            kept(ctx, () -> {
                var view = archive.story(id).orElseThrow(() -> new NotFound("story"));
                String line = archive.storyCard(id).map(StoryCard::storyline).orElse(null);
                var storyline = line == null ? null : archive.storylineCard(line).orElse(null);
                return StoryPage.render(view, storyline);
            });
        } catch (NotFound missing) {
            String into = archive.resolveStory(id).orElseThrow(() -> missing);
            ctx.redirect("/stories/" + Html.url(into), HttpStatus.MOVED_PERMANENTLY);
        }
    }

    /** A storyline's page; the id of a storyline since merged into another redirects there, permanently. */
    private void storyline(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        try {
            kept(ctx, () -> StorylinePage.render(archive.storyline(id).orElseThrow(() -> new NotFound("storyline"))));
        } catch (NotFound missing) {
            String into = archive.resolveStoryline(id).orElseThrow(() -> missing);
            ctx.redirect("/storylines/" + Html.url(into), HttpStatus.MOVED_PERMANENTLY);
        }
    }

    private void person(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        PersonCard person = archive.person(id).orElseThrow(() -> new NotFound("person"));
        List<StoryCard> stories = new ArrayList<>();
        for (String story : person.stories().subList(0, Math.min(30, person.stories().size()))) {
            archive.storyCard(story).ifPresent(stories::add);
        }
        html(ctx, PersonPage.render(person, archive.quotes(new QuoteFilter(null, id, null, null), offset(ctx), 30), stories));
    }

    private void search(Context ctx) throws IOException {
        String q = blankToNull(ctx.queryParam("q"));
        LocalDate date = date(ctx.queryParam("date"));
        ArticleFilter filter = new ArticleFilter(q, blankToNull(ctx.queryParam("outlet")), blankToNull(ctx.queryParam("person")),
                blankToNull(ctx.queryParam("organization")), blankToNull(ctx.queryParam("place")), null, date, date);
        int offset = offset(ctx);
        kept(ctx, () -> SearchPage.render(new SearchPage.Results(filter,
                q == null ? org.storyline.core.store.Page.empty(0, 5) : archive.people(q, 0, 5),
                archive.stories(new StoryFilter(q, filter.outlet(), null, date, date, null), 0, 5),
                q == null ? org.storyline.core.store.Page.empty(0, 8) : archive.quotes(new QuoteFilter(q, null, filter.outlet(), null), 0, 8),
                archive.articles(filter, offset, 20),
                archive.articleFacets(filter, 12))));
    }

    public static void errorPage(Context ctx, int status, String message) {
        String body = "<h1>" + status + "</h1><p>" + Html.text(message) + "</p><p><a href=\"/\">Back to the stories</a></p>";
        ctx.status(status).contentType("text/html; charset=utf-8").result(Layout.page("Error " + status, null, body));
    }

    private static void html(Context ctx, String page) {
        secure(ctx).contentType(HTML).result(page);
    }

    /** A page that depends only on the archive's version and the request's path and parameters. */
    private void kept(Context ctx, PageCache.Render render) throws IOException {
        pages.answer(secure(ctx), HTML, render);
    }

    private static Context secure(Context ctx) {
        // scripts only from the server itself (live.js, which opens /api/events): never inline, never the article's
        return ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; "
                        + "script-src 'self'; connect-src 'self'; form-action 'self'")
                .header("X-Content-Type-Options", "nosniff");
    }

    private static StoryOrder order(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        return "size".equals(sort) ? StoryOrder.SIZE : StoryOrder.RECENT;
    }

    private static int offset(Context ctx) {
        String value = ctx.queryParam("offset");
        try {
            int n = value == null ? 0 : Integer.parseInt(value);
            if (n < 0 || n > 9_900) {
                throw new IllegalArgumentException("offset must be between 0 and 9900");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("offset must be a whole number");
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date must look like 2024-05-02");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static byte[] load(String name) {
        try (InputStream in = WebRoutes.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the web UI resource " + name + " is missing from the jar", e);
        }
    }
}
