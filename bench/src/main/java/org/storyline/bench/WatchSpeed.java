package org.storyline.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.storyline.core.Pipeline;
import org.storyline.core.RunListener;
import org.storyline.core.fetch.Arrival;
import org.storyline.core.fetch.ArrivalSink;
import org.storyline.core.fetch.FetchSettings;
import org.storyline.core.fetch.RoundReport;
import org.storyline.core.fetch.Settlement;
import org.storyline.core.fetch.Watcher;
import org.storyline.core.model.Article;
import org.storyline.core.store.Archive;
import org.storyline.core.store.ArchiveLedger;
import org.storyline.core.store.ArchiveSettings;

/**
 * The fetch stage's speed on loopback, over a generated site served in this JVM (RSS feeds and HTML
 * article pages of invented words), with the politeness delay off (the site is our own):
 * <ol>
 *   <li>pages per second of a first round (after a warm-up round on other feeds): every feed fetched, every page fetched, robots-checked,
 *       extracted ({@link Pipeline}) and settled in the store's ledger ({@link ArchiveLedger}, commits
 *       every 20 pages); NLP analysis is left out (it is {@code AnalysisThroughput}'s figure);</li>
 *   <li>the cost of an idle round over {@code --idle-feeds} unchanged feeds: every feed answered 304, no
 *       page fetched, the ledger updated and committed.</li>
 * </ol>
 * CPU time is the whole process's, the server's threads included.
 *
 * <pre>bench/run WatchSpeed [--feeds 20] [--items 25] [--idle-feeds 100] [--idle-rounds 5] [--connections 4] [--extract 1]</pre>
 * ({@code --extract 0} settles pages without extracting them: the fetching and the ledger alone).
 */
public final class WatchSpeed {

    private WatchSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = options(args);
        int feeds = options.getOrDefault("--feeds", 20);
        int items = options.getOrDefault("--items", 25);
        int idleFeeds = options.getOrDefault("--idle-feeds", 100);
        int idleRounds = options.getOrDefault("--idle-rounds", 5);
        int connections = options.getOrDefault("--connections", 4);
        boolean extract = options.getOrDefault("--extract", 1) != 0;
        FetchSettings settings = FetchSettings.DEFAULTS.withPoliteness(Duration.ZERO, connections);
        int warm = Math.max(1, feeds / 2);
        Site site = new Site(Math.max(warm + feeds, idleFeeds), items);
        try {
            Path store = Files.createTempDirectory("watch-speed");
            try (Archive archive = Archive.open(ArchiveSettings.writable(store))) {
                Watcher watcher = new Watcher(settings, new ArchiveLedger(archive), 20);
                CountingSink sink = new CountingSink(archive, extract);
                watcher.round(site.feeds(0, warm), sink); // warms the JIT on other feeds than those measured
                Measure first = Measure.of(() -> watcher.round(site.feeds(warm, warm + feeds), sink));
                System.out.printf(Locale.ROOT, "first round: %d feeds, %d pages fetched" + (extract ? " and extracted" : "") + " in %.2f s wall = %.1f pages/s;"
                                + " process CPU %.2f s = %.1f pages per CPU-second%n", first.report.feeds(), first.report.pagesFetched(),
                        first.wallSeconds(), first.report.pagesFetched() / first.wallSeconds(), first.cpuSeconds(),
                        first.report.pagesFetched() / first.cpuSeconds());
                watcher.round(site.feeds(0, idleFeeds), sink); // the idle feeds' first fetch
                site.requests.set(0);
                Measure idle = null;
                for (int r = 0; r < idleRounds; r++) {
                    Measure m = Measure.of(() -> watcher.round(site.feeds(0, idleFeeds), sink));
                    idle = idle == null || m.cpuNanos < idle.cpuNanos ? m : idle;
                }
                System.out.printf(Locale.ROOT, "idle round over %d unchanged feeds (best of %d): %d answered 304, %d pages fetched, "
                                + "%.0f ms wall, process CPU %.0f ms (%.2f ms per feed); %d requests in all %d rounds%n",
                        idleFeeds, idleRounds, idle.report.unchanged(), idle.report.pagesFetched(), idle.wallSeconds() * 1000,
                        idle.cpuSeconds() * 1000, idle.cpuSeconds() * 1000 / idleFeeds, site.requests.get(), idleRounds);
            }
        } finally {
            site.close();
        }
    }

    private static Map<String, Integer> options(String[] args) {
        Map<String, Integer> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], Integer.parseInt(args[i + 1]));
        }
        return options;
    }

    private interface Round {
        RoundReport run() throws Exception;
    }

    private record Measure(RoundReport report, long wallNanos, long cpuNanos) {
        static Measure of(Round round) throws Exception {
            long wall = System.nanoTime();
            long cpu = processCpu();
            RoundReport report = round.run();
            return new Measure(report, System.nanoTime() - wall, processCpu() - cpu);
        }

        double wallSeconds() {
            return wallNanos / 1e9;
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Extracts each arrival as the watcher's real sink does, settles it, and commits the store on commit. */
    private static final class CountingSink implements ArrivalSink {
        private final Archive archive;
        private final Pipeline pipeline = Pipeline.standard();
        private final AtomicInteger ids = new AtomicInteger();
        private final boolean extract;

        CountingSink(Archive archive, boolean extract) {
            this.archive = archive;
            this.extract = extract;
        }

        @Override
        public void take(Arrival arrival, Consumer<Settlement> settle) {
            if (!extract) {
                settle.accept(Settlement.stored("a" + ids.incrementAndGet()));
                return;
            }
            List<Article> articles = new ArrayList<>(1);
            pipeline.extract(arrival, new RunListener() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                }
            });
            settle.accept(articles.isEmpty() ? Settlement.notRead("no article") : Settlement.stored("a" + ids.incrementAndGet()));
        }

        @Override
        public void commit() throws IOException {
            archive.commit();
        }
    }

    /** A generated site: feed {@code /f{i}/feed.xml} lists pages {@code /f{i}/p{j}.html}; conditional GETs answered. */
    private static final class Site {
        private static final String[] SYLLABLES = "ka ro vi shu ten mal dor pez lun gra fi nok sar bel tu zem".split(" ");
        private final HttpServer server;
        private final java.util.concurrent.ExecutorService threads = Executors.newFixedThreadPool(8);
        private final int items;
        final AtomicInteger requests = new AtomicInteger();

        Site(int feeds, int items) throws IOException {
            this.items = items;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            server.createContext("/", this::answer);
            server.setExecutor(threads);
            server.start();
        }

        List<String> feeds(int from, int to) {
            List<String> urls = new ArrayList<>();
            for (int i = from; i < to; i++) {
                urls.add(url("/f" + i + "/feed.xml"));
            }
            return urls;
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        private void answer(HttpExchange exchange) throws IOException {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/feed.xml")) {
                exchange.getResponseHeaders().set("ETag", "\"" + path.hashCode() + "\"");
                if (exchange.getRequestHeaders().getFirst("If-None-Match") != null) {
                    send(exchange, 304, null, new byte[0]);
                } else {
                    send(exchange, 200, "application/rss+xml", feed(path.substring(0, path.length() - "feed.xml".length())));
                }
            } else if (path.endsWith(".html")) {
                send(exchange, 200, "text/html; charset=utf-8", page(path));
            } else {
                send(exchange, 404, "text/plain", new byte[0]);
            }
        }

        private byte[] feed(String folder) {
            StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Feed ").append(folder).append("</title>");
            for (int j = 0; j < items; j++) {
                xml.append("<item><title>Item ").append(j).append("</title><link>").append(url(folder + "p" + j + ".html"))
                        .append("</link><pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate></item>");
            }
            return xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] page(String path) {
            Random random = new Random(path.hashCode());
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>").append(words(random, 6))
                    .append("</title></head><body><nav>Home | World | Sport</nav><article><h1>").append(words(random, 6)).append("</h1>");
            for (int p = 0; p < 8; p++) {
                html.append("<p>").append(words(random, 60)).append(".</p>");
            }
            return html.append("</article><footer>Contact us</footer></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        }

        private static String words(Random random, int n) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(i == 0 ? "" : " ").append(SYLLABLES[random.nextInt(SYLLABLES.length)]).append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
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

        void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
