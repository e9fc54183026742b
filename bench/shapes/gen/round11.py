from common import *
import json
# Round 11: markup that must never lose the body (nested articles, a story in sections of two paragraphs, a theme that
# wraps the story in widgets apart from its headline, an aside or noscript holding the story, a poem of short lines,
# a declared body under a thin page).

S = ["The county council voted on Thursday to reopen the old railway line between Hallam and the coast, closed to passengers since 1964.",
     "The first trains are due to run in the spring of 2027, the council said, once the track has been relaid and two stations rebuilt.",
     "The plan will cost about forty million pounds, most of it from a national fund for reopening lines that were closed in the sixties.",
     "Opponents on the council said the money would be better spent on buses, which already serve most of the villages along the route.",
     "Supporters answered that a train would take commuters to the coast in twenty minutes, half the time the bus takes on a good day.",
     "The line's old viaduct, listed since 1988, will need the most work; engineers found cracks in three of its arches last year."]

# 11a. Nested articles: a card for another story, marked up as an <article> of its own, inside the story's article
card = '<article class="card"><h3><a href="/news/bus-fares">Bus fares to rise in April</a></h3><p>The county\'s bus company will raise fares by ten per cent.</p></article>'
b = NAV + '<main><article class="post"><h1>Railway line to the coast will reopen</h1><div class="entry">' + ps(S[:3]) + card + ps(S[3:]) + '</div></article></main>' + FOOT
write("r11a_nested_article_card", "Railway line to the coast will reopen", b, S)

# 11b. A long read in sections of two paragraphs each, every section with its own heading
heads = ["The vote", "The money", "The viaduct"]
b = NAV + '<main><div class="longform"><h1>Railway line to the coast will reopen</h1>'
gold = []
for i, h in enumerate(heads):
    b += f'<section class="chapter"><h2>{esc(h)}</h2>' + ps(S[2 * i:2 * i + 2]) + '</section>'
    gold += [h] + S[2 * i:2 * i + 2]
b += '</div></main>' + FOOT
write("r11b_sections_of_two", "Railway line to the coast will reopen", b, gold)

# 11c. A page builder that wraps the story in widgets, apart from a title bar holding the headline
b = NAV + '<div class="page-title-bar"><h1>Railway line to the coast will reopen</h1></div><div class="builder">'
for i in range(0, 6, 2):
    b += f'<section class="builder-section"><div class="builder-column"><div class="builder-widget-wrap"><div class="builder-widget builder-widget-text-editor"><div class="builder-widget-container">{ps(S[i:i + 2])}</div></div></div></div></section>'
b += '</div>' + FOOT
write("r11c_widgets_apart_from_title", "Railway line to the coast will reopen", b, S)

# 11d. A regional paper that prints the story in an <aside> column of its layout
b = NAV + '<main class="content"><aside class="pa pa-direct-content"><section class="ar ar-detail"><article><h1>Railway line to the coast will reopen</h1><div class="ar-text">' + ps(S) + '</div></article></section></aside><aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Bus fares to rise in April</a></li><li><a href="/b">New school for Hallam</a></li></ul></aside></main>' + FOOT
write("r11d_story_in_aside", "Railway line to the coast will reopen", b, S)

# 11e. A page drawn by script, the story printed in <noscript> for readers without it
b = '<div id="app" class="loading"></div><noscript><div id="page"><div class="main"><h1>Railway line to the coast will reopen</h1>' + ps(S) + '</div></div></noscript>'
write("r11e_story_in_noscript", "Railway line to the coast will reopen", b, S)

# 11f. A poem of short lines on a blog, one sentence of furniture under it
lines = ["The line is back", "the viaduct stands", "the gulls will see", "a train again", "at half past nine"]
b = NAV + '<main><article class="post"><h1>Viaduct</h1><div class="entry-content">' + ps(lines) + '</div><p class="post-meta">Filed under poems, with the others written on the quay this winter.</p></article></main>' + FOOT
write("r11f_poem_short_lines", "Viaduct", b, lines)

# 11g. A paywalled page showing one paragraph, the whole story declared in its JSON-LD
ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Railway line to the coast will reopen", "articleBody": "\n".join(S)}
b = NAV + '<main><article><h1>Railway line to the coast will reopen</h1>' + ps(S[:1]) + '<div class="paywall"><p>Subscribe to keep reading.</p></div></article></main>' + FOOT
write("r11g_declared_body_thin_page", "Railway line to the coast will reopen", b, S, '<script type="application/ld+json">' + json.dumps(ld) + '</script>')

# 11h. A story whose body the page prints in two containers of the same class, an ad slot between them, the first
# holding most of it
b = NAV + '<main><article><h1>Railway line to the coast will reopen</h1><div class="article-body">' + ps(S[:4]) + '</div><div class="ad-slot"><span>Advertisement</span></div><div class="article-body">' + ps(S[4:]) + '</div></article></main>' + FOOT
write("r11h_body_in_two_containers_uneven", "Railway line to the coast will reopen", b, S)

# 11i. The same without an <article> around them: the containers sit in a plain layout column
b = NAV + '<div class="layout"><div class="col-main"><h1>Railway line to the coast will reopen</h1><div class="story-text">' + ps(S[:4]) + '</div><div class="newsletter-box"><p>Get the morning briefing in your inbox.</p></div><div class="story-text">' + ps(S[4:]) + '</div></div><div class="col-side"><h3>Most read</h3><ul><li><a href="/a">Bus fares to rise in April</a></li></ul></div></div>' + FOOT
write("r11i_body_in_two_containers_no_article", "Railway line to the coast will reopen", b, S)

# 11j. An endless page: the story asked for, then the next ones the page loads, each an <article> whose headline sits in
# a <header> of its own
T = ["Night buses will keep running until next summer", "New school for Hallam approved"]
S2 = ["The council has agreed to keep the night buses running until at least next summer, reversing a decision made in September.",
      "The routes carry about nine hundred people a night, most of them on their way to or from work, according to the transport authority.",
      "Campaigners who collected eleven thousand signatures said the reversal showed that the council could be made to listen.",
      "Hallam will get a new primary school by 2026, after the county approved plans for a site next to the old railway station.",
      "The school will take 420 pupils and replace two village schools whose buildings, the county said, could no longer be repaired.",
      "Parents in both villages had asked for a school bus, and the county said one would run from the first day of term.",
      "Building work is due to start in the spring, once the station car park has been moved to the other side of the line."]
b = NAV + '<main id="content">'
b += f'<article class="entry-main"><header class="entry-heading"><h1>{esc(T[0])}</h1></header><div class="entry-text">' + ps(S2[:3]) + '</div></article>'
b += f'<article class="entry-main"><header class="entry-heading"><h1>{esc(T[1])}</h1></header><div class="entry-text">' + ps(S2[3:]) + '</div></article>'
b += '</main>' + FOOT
write("r11j_endless_page_headed_articles", T[0], b, S2[:3])
