package org.storyline.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.app.web.PageCache;
import org.storyline.core.model.ArticleAnalysis;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArticleCard;
import org.storyline.core.store.ArticleFilter;
import org.storyline.core.store.Page;
import org.storyline.core.store.PersonCard;
import org.storyline.core.store.QuoteCard;
import org.storyline.core.store.QuoteFilter;
import org.storyline.core.store.RecordJson;
import org.storyline.core.store.StoryCard;
import org.storyline.core.store.StoryFilter;

/**
 * The JSON API under {@code /api}. Lists are pages ({@code offset}, {@code limit}, {@code total});
 * ids are the store's ids and only ever used as search terms, so no id can reach the filesystem.
 */
final class ApiRoutes {

    private static final String JSON = "application/json";

    private final Archive archive;
    private final PageCache pages;

    ApiRoutes(Archive archive, PageCache pages) {
        this.archive = archive;
        this.pages = pages;
    }

    void register(Javalin app) {
        app.get("/api", ctx -> ctx.redirect("/api/openapi.yaml"));
        app.get("/api/openapi.yaml", ctx -> {
            try (InputStream spec = ApiRoutes.class.getResourceAsStream("openapi.yaml")) {
                ctx.contentType("application/yaml; charset=utf-8").result(spec.readAllBytes());
            }
        });
        app.get("/api/stats", ctx -> ctx.json(archive.counts()));
        app.get("/api/storylines", this::storylines);
        app.get("/api/storylines/{id}", this::storyline);
        app.get("/api/stories", this::stories);
        app.get("/api/stories/{id}", this::story);
        app.get("/api/articles", ctx -> ctx.json(archive.articles(articleFilter(ctx), Params.offset(ctx), Params.limit(ctx))));
        app.get("/api/articles/{id}", this::article);
        app.get("/api/quotes", ctx -> ctx.json(archive.quotes(quoteFilter(ctx), Params.offset(ctx), Params.limit(ctx))));
        app.get("/api/people", ctx -> ctx.json(archive.people(Params.text(ctx, "q"), Params.offset(ctx), Params.limit(ctx))));
        app.get("/api/people/{id}", this::person);
        app.get("/api/search", this::search);
    }

    private void stories(Context ctx) throws IOException {
        StoryFilter filter = storyFilter(ctx);
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        pages.answer(ctx, JSON, () -> RecordJson.write(archive.stories(filter, offset, limit)));
    }

    private void storylines(Context ctx) throws IOException {
        StoryFilter filter = storyFilter(ctx);
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        pages.answer(ctx, JSON, () -> RecordJson.write(archive.storylines(filter, offset, limit)));
    }

    /** A storyline's view; the id of a storyline since merged into another redirects there, permanently. */
    private void storyline(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        var json = archive.storylineJson(id);
        if (json.isPresent()) {
            pages.answer(ctx, JSON, json::get);
            return;
        }
        String into = archive.resolveStoryline(id).orElseThrow(() -> ApiError.notFound("storyline", id));
        ctx.redirect("/api/storylines/" + Params.pathSegment(into), HttpStatus.MOVED_PERMANENTLY);
    }

    private static StoryFilter storyFilter(Context ctx) {
        return new StoryFilter(Params.text(ctx, "q"), Params.text(ctx, "outlet"), Params.text(ctx, "person"),
                Params.date(ctx, "from"), Params.date(ctx, "to"), Params.order(ctx));
    }

    /** A story's view; the id of a story since merged into another redirects there, permanently. */
    private void story(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        var json = archive.storyJson(id);
        if (json.isPresent()) {
            ctx.contentType("application/json").result(json.get());
            return;
        }
        String into = archive.resolveStory(id).orElseThrow(() -> ApiError.notFound("story", id));
        ctx.redirect("/api/stories/" + Params.pathSegment(into), HttpStatus.MOVED_PERMANENTLY);
    }

    /** The article card (its story, outlet, counts) and its full analysis. */
    record ArticleResponse(ArticleCard article, ArticleAnalysis analysis) {
    }

    private void article(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ArticleCard card = archive.articleCard(id).orElseThrow(() -> ApiError.notFound("article", id));
        ctx.json(new ArticleResponse(card, archive.article(id).orElseThrow()));
    }

    /** A person, their quotes (paged) and the stories quoting them. */
    record PersonResponse(PersonCard person, Page<QuoteCard> quotes, List<StoryCard> stories) {
    }

    private void person(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        PersonCard person = archive.person(id).orElseThrow(() -> ApiError.notFound("person", id));
        Page<QuoteCard> quotes = archive.quotes(new QuoteFilter(Params.text(ctx, "q"), id, null, null),
                Params.offset(ctx), Params.limit(ctx));
        List<StoryCard> stories = new java.util.ArrayList<>();
        for (String story : person.stories().subList(0, Math.min(50, person.stories().size()))) {
            archive.storyCard(story).ifPresent(stories::add);
        }
        ctx.json(new PersonResponse(person, quotes, stories));
    }

    /** One query across stories, articles, quotes and people, with the articles' facets. */
    record SearchResponse(String query, Page<StoryCard> stories, Page<ArticleCard> articles, Page<QuoteCard> quotes,
                          Page<PersonCard> people, Map<String, List<org.storyline.core.store.FacetCount>> facets) {
    }

    private void search(Context ctx) throws IOException {
        String q = Params.text(ctx, "q");
        if (q == null) {
            throw ApiError.badRequest("q is required");
        }
        int limit = Params.limit(ctx);
        int offset = Params.offset(ctx);
        ArticleFilter articles = articleFilter(ctx);
        pages.answer(ctx, JSON, () -> RecordJson.write(new SearchResponse(q,
                archive.stories(new StoryFilter(q, articles.outlet(), articles.person(), null, null, null), 0, limit),
                archive.articles(articles, offset, limit),
                archive.quotes(new QuoteFilter(q, null, articles.outlet(), null), 0, limit),
                archive.people(q, 0, limit),
                new LinkedHashMap<>(archive.articleFacets(articles, 10)))));
    }

    static ArticleFilter articleFilter(Context ctx) {
        return new ArticleFilter(Params.text(ctx, "q"), Params.text(ctx, "outlet"), Params.text(ctx, "person"),
                Params.text(ctx, "organization"), Params.text(ctx, "place"), Params.text(ctx, "story"),
                Params.date(ctx, "from"), Params.date(ctx, "to"));
    }

    static QuoteFilter quoteFilter(Context ctx) {
        return new QuoteFilter(Params.text(ctx, "q"), Params.text(ctx, "speaker"), Params.text(ctx, "outlet"),
                Params.text(ctx, "story"));
    }
}
