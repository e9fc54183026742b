package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.core.Pipeline;

/**
 * The bad-input acceptance, end to end through the real extractors: a folder of ugly inputs
 * (core's committed ones plus large, truncated and deeply nested ones made here) gives exit code 2, a
 * problem naming each bad input, and every valid record extracted; nothing throws.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    private static final StringWriter OUT = new StringWriter();
    private static final StringWriter ERR = new StringWriter();
    private static int exit;

    @BeforeAll
    static void runOverUglyInputs() throws IOException {
        Path ugly = repositoryRoot().resolve("core/src/test/resources/ugly");
        try (Stream<Path> files = Files.list(ugly)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        byte[] line = "The council met again and talked about the bridge for another hour.\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(dir.resolve("giant.txt"))) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        byte[] story = gzip("Harbour wall repaired\n\nThe harbour wall was repaired on Friday, the port said.\n".repeat(50));
        Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(story, story.length / 2));
        byte[] page = ("<html><body><article><p>" + "The ferry to the islands now leaves at seven, the operator said. ".repeat(8)
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] warc = gzipMembers(response("https://news.example/ferry", page), response("https://news.example/second", page));
        Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(warc, gzip(response("https://news.example/ferry", page)).length + 40));
        Files.writeString(dir.resolve("deep.html"), "<html><head><title>Deep</title></head><body>" + "<div>".repeat(10_000)
                + "<p>" + "The tram line reopened after three weeks of repairs, the city said. ".repeat(6) + "</p>" + "</div>".repeat(10_000));
        exit = StorylineCli.commandLine(Pipeline.standard(), false)
                .setOut(new PrintWriter(OUT, true)).setErr(new PrintWriter(ERR, true))
                .execute("extract", dir.toString());
    }

    @Test
    void someInputsFailedIsExitCodeTwo() {
        assertThat(exit).as(ERR.toString()).isEqualTo(StorylineCli.SOME_FAILED);
    }

    @Test
    void eachBadInputIsNamedWithItsReason() {
        assertThat(ERR.toString()).contains(
                "empty.txt: empty",
                "photo-named-as-article.html: binary, not text: PNG image",
                "giant.txt: too large",
                "cut.txt.gz: truncated",
                "cut.warc.gz (record 2): truncated",
                "mixed.jsonl (line 2): invalid JSON",
                "mixed.jsonl (line 3): invalid JSON",
                "broken-entries.rss (item 2): broken feed item");
    }

    @Test
    void everyValidRecordIsExtracted() {
        assertThat(OUT.toString()).contains(
                "Market moves to the square", "The bridge reopens on Friday.", "The school choir won the county final.",
                "The number 12 bus returns", "The first ferry of the day",
                "The ferry to the islands now leaves at seven", "The tram line reopened",
                "Café owners in Vilanova", "señora", "€3 million dredging plan", "“The channel has silted up");
    }

    private static Path repositoryRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("core")) && Files.exists(d.resolve("pom.xml"))) {
                return d;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    private static byte[] response(String uri, byte[] body) {
        byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes())
                + ">\r\nWARC-Date: 2025-03-04T10:15:00Z\r\nWARC-Target-URI: " + uri
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.ISO_8859_1), http, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] gzipMembers(byte[]... records) {
        return concat(List.of(records).stream().map(BadInputTest::gzip).toArray(byte[][]::new));
    }

    private static byte[] gzip(String text) {
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
