package org.storyline.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Two small invented news sites on 127.0.0.1 with RSS feeds, article pages written for these tests and a
 * robots.txt that keeps crawlers out of {@code /members/}, where one feed item points. Resources answer
 * conditional requests (ETag, 304); every request is logged with its status. Stories can be added while
 * it runs, and a page can be made to hang until released.
 */
final class NewsSite implements AutoCloseable {

    /** One answered request as the site saw it. */
    record Request(String path, int status) {
    }

    /** An invented article: where it lives, which feed lists it, its headline and paragraphs. */
    record Story(String path, String feed, String headline, String... paragraphs) {
    }

    static final List<Story> FIRST = List.of(
            new Story("/harbour/2025/03/03/quay-reopens.html", "/harbour/feed.xml", "North quay reopens after storm repairs",
                    "The north quay in Port Caddon reopened to fishing boats on Monday after six weeks of storm repairs, harbour master Ilse Varga said.",
                    "\u201cThe wall is stronger than it was before the storm,\u201d Varga told reporters at the harbour office.",
                    "The repairs cost 2.4 million crowns, the harbour board said, slightly more than the 2.1 million it budgeted in January."),
            new Story("/harbour/2025/03/03/ferry-timetable.html", "/harbour/feed.xml", "Island ferry returns to its winter timetable",
                    "The ferry between Port Caddon and Skerra island returned to its winter timetable on Monday, with four crossings a day.",
                    "Operator Tessel Lines said the summer timetable would start again in May."),
            new Story("/members/2025/03/03/council-briefing.html", "/harbour/feed.xml", "Members' briefing on the council budget",
                    "This briefing is for members only."),
            new Story("/lantern/2025/03/03/quay-reopens-after-storm.html", "/lantern/feed.xml", "Fishing fleet back at the north quay",
                    "Fishing boats tied up at Port Caddon's north quay again on Monday as the harbour ended six weeks of storm repairs.",
                    "Harbour master Ilse Varga said the rebuilt wall was stronger than before, and put the cost at 2.5 million crowns."),
            new Story("/lantern/2025/03/03/library-hours.html", "/lantern/feed.xml", "Caddon library extends its evening hours",
                    "The public library in Port Caddon will stay open until nine on weekday evenings from April, librarian Oren Blake said.",
                    "The longer hours are paid for by a grant of 40,000 crowns from the county."));

    static final List<Story> LATER = List.of(
            new Story("/harbour/2025/03/04/dredging-contract.html", "/harbour/feed.xml", "Harbour board signs dredging contract",
                    "The Port Caddon harbour board signed a dredging contract worth 900,000 crowns on Tuesday, chair Mina Sorel said.",
                    "Dredging of the inner basin is to start in June and last ten weeks."),
            new Story("/lantern/2025/03/04/school-roof.html", "/lantern/feed.xml", "Skerra school roof to be replaced",
                    "The roof of the primary school on Skerra island will be replaced this summer, the county education office said on Tuesday.",
                    "Pupils will use the island hall while the work goes on."));

    /** A story on another subject, place and day than the others, so it starts a story of its own. */
    static final Story UNRELATED = new Story("/lantern/2025/03/09/chess-title.html", "/lantern/feed.xml",
            "Velmont chess club wins the regional title",
            "The Velmont chess club won the regional team championship in Brask on Sunday, beating the holders Orvik by four and a half points to three and a half.",
            "\u201cWe trained every evening for a month,\u201d club captain Hedda Lund said after the final round.",
            "The club will play in the national finals in Tarn in June.");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, byte[]> resources = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private final List<Story> stories = new CopyOnWriteArrayList<>();
    private final List<Request> log = new CopyOnWriteArrayList<>();
    private final List<String> arrivals = new CopyOnWriteArrayList<>();
    private final Map<String, Object> held = new ConcurrentHashMap<>();

    NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
        put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");
        add(FIRST);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A file listing the two feeds, one a line, with a comment. */
    Path feedList(Path dir) throws IOException {
        return Files.writeString(dir.resolve("feeds.txt"), "# the morning desk\n" + url("/harbour/feed.xml") + "\n"
                + url("/lantern/feed.xml") + "   # the rival\n");
    }

    /** Publishes stories: their pages, and each feed anew with its items newest first. */
    void add(List<Story> more) {
        for (Story story : more) {
            stories.add(story);
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                    .append(story.headline()).append("</title></head><body><nav>Home | News | Sport</nav><article><h1>")
                    .append(story.headline()).append("</h1><p class=\"byline\">By Staff</p>");
            for (String paragraph : story.paragraphs()) {
                html.append("<p>").append(paragraph).append("</p>");
            }
            put(story.path(), "text/html; charset=utf-8", html.append("</article><footer>All rights reserved.</footer></body></html>").toString());
        }
        Map<String, List<Story>> byFeed = new LinkedHashMap<>();
        for (Story story : stories) {
            byFeed.computeIfAbsent(story.feed(), f -> new ArrayList<>()).add(0, story);
        }
        byFeed.forEach((feed, items) -> put(feed, "application/rss+xml", rss(feed, items)));
    }

    private String rss(String feed, List<Story> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>")
                .append(feed.startsWith("/harbour") ? "Harbour Courier" : "Daily Lantern").append("</title><link>")
                .append(url("/")).append("</link><description>News</description>");
        for (Story story : items) {
            String day = story.path().contains("/03/09/") ? "Sun, 09 Mar 2025"
                    : story.path().contains("/03/04/") ? "Tue, 04 Mar 2025" : "Mon, 03 Mar 2025";
            xml.append("<item><title>").append(story.headline()).append("</title><link>").append(url(story.path()))
                    .append("</link><guid>").append(url(story.path())).append("</guid><pubDate>").append(day)
                    .append(" 09:00:00 GMT</pubDate><description>").append(story.paragraphs()[0]).append("</description></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private void put(String path, String type, String body) {
        types.put(path, type);
        resources.put(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes a page hang (no answer) until {@link #release} or the site closes. */
    void hold(String path) {
        held.put(path, new Object());
    }

    void release(String path) {
        Object lock = held.remove(path);
        if (lock != null) {
            synchronized (lock) {
                lock.notifyAll();
            }
        }
    }

    List<Request> requests() {
        return List.copyOf(log);
    }

    /** The article pages asked for, in order of arrival, answered or not. */
    List<String> pagesRequested() {
        return arrivals.stream().filter(p -> p.endsWith(".html")).toList();
    }

    void clearLog() {
        log.clear();
        arrivals.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        arrivals.add(path);
        try {
            waitIfHeld(path);
            byte[] body = resources.get(path);
            if (body == null) {
                send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                send(exchange, 304, null, new byte[0]);
            } else {
                send(exchange, 200, types.get(path), body);
            }
        } finally {
            log.add(new Request(path, exchange.getResponseCode()));
            exchange.close();
        }
    }

    private void waitIfHeld(String path) {
        Object lock = held.get(path);
        if (lock != null) {
            synchronized (lock) {
                try {
                    lock.wait(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        held.keySet().forEach(this::release);
        server.stop(0);
        threads.shutdownNow();
    }
}
