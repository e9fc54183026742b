package org.storyline.app.web;

/** The frame of every page: masthead with search, the content, a footer. */
final class Layout {

    private Layout() {
    }

    static String page(String title, String query, String body) {
        return page(title, query, body, null);
    }

    /**
     * A page that shows new arrivals without a reload ({@code live.js}), when {@code liveArticles}, the
     * number of articles it was rendered with, is given.
     */
    static String page(String title, String query, String body, Long liveArticles) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.text(title) + " \u00b7 Storyline</title>"
                + "<link rel=\"stylesheet\" href=\"/static/storyline.css\">"
                + (liveArticles == null ? "" : "<script src=\"/static/live.js\" data-articles=\"" + liveArticles + "\" defer></script>")
                + "</head><body>"
                + "<header class=\"masthead\"><a class=\"brand\" href=\"/\">Story<span>line</span></a>"
                + "<nav><a href=\"/\">Storylines</a><a href=\"/events\">Events</a><a href=\"/?sort=size\">Biggest</a>"
                + "<a href=\"/people\">People</a><a href=\"/feeds\">Feeds</a>"
                + "<a href=\"/api/openapi.yaml\">API</a></nav>"
                + "<form action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" id=\"search-box\" placeholder=\"Search stories, quotes, people\" value=\""
                + Html.text(query) + "\" aria-label=\"Search\"><button type=\"submit\">Search</button></form></header>"
                + "<main>" + body + "</main>"
                + "<footer>Storyline \u00b7 every story is assembled from the articles of the outlets named on it.</footer>"
                + "</body></html>";
    }
}
