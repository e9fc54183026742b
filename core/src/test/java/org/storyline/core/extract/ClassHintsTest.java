package org.storyline.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What an element's class and id say it is. */
class ClassHintsTest {

    private static Element div(String attributes) {
        return Jsoup.parse("<div " + attributes + ">x</div>").selectFirst("div");
    }

    @Test
    void aBoxNamedForWhereItSitsInTheArticleIsWhatTheRestOfItsNameSays() {
        Element related = div("class=\"related-box in-article-related\"");
        assertThat(ClassHints.boilerplate(related)).isTrue();
        assertThat(ClassHints.content(related)).isFalse();
        Element promo = div("class=\"gazette-community-end-of-article\" id=\"gazette-community-promo\"");
        assertThat(ClassHints.content(promo)).isFalse();
        assertThat(ClassHints.boilerplate(div("class=\"mid-content-ad\""))).isTrue();
    }

    @Test
    void aHeadingsIdMadeOfItsOwnTextNamesNothing() {
        Element heading = Jsoup.parse("<h2><span id=\"The_Role_of_Peer_Support_in_Online_Communities\">The Role of Peer Support "
                + "in Online Communities</span></h2>").selectFirst("span");
        assertThat(ClassHints.boilerplate(heading)).isFalse();
        Element named = Jsoup.parse("<h2 id=\"support-box-title\">Support the Gazette</h2>").selectFirst("h2");
        assertThat(ClassHints.boilerplate(named)).isTrue();
    }

    @Test
    void appealsAndCommentsInOtherLanguagesAreFurnitureAndAListArticlesPartsAreContent() {
        assertThat(ClassHints.boilerplate(div("class=\"support_block\""))).isTrue();
        assertThat(ClassHints.boilerplate(div("id=\"komentari\""))).isTrue();
        assertThat(ClassHints.boilerplate(div("class=\"contribution-box\""))).isTrue();
        assertThat(ClassHints.content(div("class=\"listicle-slide-dek\""))).isTrue();
    }

    @Test
    void aVideoVendorsPlayerAndItsPlaylistAreFurniture() {
        assertThat(ClassHints.boilerplate(div("class=\"connatix-wrapper\""))).isTrue();
        assertThat(ClassHints.boilerplate(div("class=\"cnx-playlist\""))).isTrue();
    }

    @Test
    void aListOfPostsOrArticlesIsNoArticle() {
        assertThat(ClassHints.content(div("class=\"related-posts-box\""))).isFalse();
        assertThat(ClassHints.content(div("class=\"more-articles\""))).isFalse();
    }

    @Test
    void theArticlesOwnContainersStayContent() {
        assertThat(ClassHints.content(div("class=\"post-content\""))).isTrue();
        assertThat(ClassHints.content(div("class=\"article__contents\""))).isTrue();
        assertThat(ClassHints.content(div("class=\"entry-content single-post\""))).isTrue();
    }

    @Test
    void aStorysClassNameMayHoldAFurnitureWordThatItsSectionsCarryToo() {
        Element story = div("class=\"Newsletter_story__1c7Gz wide\"");
        Element item = div("class=\"NewsletterItem_item__P3j9w\"");
        assertThat(ClassHints.furnitureWords(ClassHints.tokens(item))).containsExactly("newsletter");
        assertThat(ClassHints.namesAStoryWith(story, ClassHints.furnitureWords(ClassHints.tokens(item)))).isTrue();
        Element signUp = div("class=\"newsletter-signup\"");
        assertThat(ClassHints.namesAStoryWith(story, ClassHints.furnitureWords(ClassHints.tokens(signUp)))).isFalse();
        Element post = div("class=\"entry-content comments-open\"");
        assertThat(ClassHints.namesAStoryWith(post, List.of("comments"))).isFalse();
    }
}
