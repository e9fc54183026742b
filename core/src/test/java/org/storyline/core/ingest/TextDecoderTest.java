package org.storyline.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void readsUtf8() {
        assertThat(TextDecoder.decode("Zoë’s café".getBytes(StandardCharsets.UTF_8))).isEqualTo("Zoë’s café");
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8() {
        assertThat(TextDecoder.decode("“Zoë” – €5".getBytes(CP1252))).isEqualTo("“Zoë” – €5");
    }

    @Test
    void dropsUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertThat(TextDecoder.decode(bom)).isEqualTo("Hi");
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        byte[] text = "\uFEFFFerry".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(text)).isEqualTo("Ferry");
    }

    @Test
    void followsHtmlMetaCharset() {
        String page = "<html><head><meta charset=\"koi8-r\"></head><body>Привет</body></html>";
        assertThat(TextDecoder.decode(page.getBytes(Charset.forName("koi8-r")))).contains("Привет");
    }

    @Test
    void followsXmlDeclaration() {
        String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss><title>€ and œ</title></rss>";
        assertThat(TextDecoder.decode(feed.getBytes(Charset.forName("ISO-8859-15")))).contains("€ and œ");
    }

    @Test
    void readsLatin1DeclaredPageAsWindows1252LikeBrowsers() {
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>“quoted”</p>";
        assertThat(TextDecoder.decode(page.getBytes(CP1252))).contains("“quoted”");
    }

    @Test
    void headerCharsetWinsOverGuessing() {
        assertThat(TextDecoder.decode("Ærø".getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1")).isEqualTo("Ærø");
    }

    @Test
    void unknownDeclaredCharsetFallsBackToTheBytes() {
        String page = "<meta charset=\"no-such-charset\"><p>Zoë</p>";
        assertThat(TextDecoder.decode(page.getBytes(StandardCharsets.UTF_8))).contains("Zoë");
    }
}
