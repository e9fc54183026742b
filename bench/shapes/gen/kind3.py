from common import *
O = ["The decision to close the night bus routes was made in a hurry, and the people who will pay for it are the ones least able to complain.",
     "Cleaners, nurses, bakers and security guards start and finish their shifts when the trains have stopped. For many of them the night bus is not a convenience but the only way to get to work.",
     "The transport authority says the routes lose money, and that is true. But so does almost every bus route at some hour of the day, and nobody proposes cutting the school runs.",
     "There are cheaper fixes. Smaller buses could run the quieter stretches, and the two routes that overlap for most of their length could be merged into one.",
     "The authority has promised a review next year. It should not wait that long: the routes are due to stop in February, in the coldest weeks of the year.",
     "If the board wants to save money, it should start by asking the drivers and the passengers where the waste is. They know the routes better than any consultant."]

# 3a. Opinion page, followed by "More in Opinion" teaser cards with long summaries (no links on summaries) in the same container
cards = [("Our parks need more than a lick of paint", "The council's plan to repaint the bandstands is welcome, but the real problem is the drains, the paths and the staff who were cut five years ago, and none of that is in the budget for next year either."),
         ("Let the library stay open on Sundays", "Sunday is the only day many families can visit together. A modest grant would cover the staff costs, and the building is heated anyway, so the saving from closing it is smaller than the council claims."),
         ("The stadium vote was the right call", "Critics say the new stadium will clog the roads on match days. They are right about the traffic, but the plan includes a new station, and the club has agreed to pay for the extra buses on every home game.")]
b = NAV + '<main class="main-content"><div class="article-wrapper"><div class="article-header"><span class="kicker">Opinion</span><h1>The night buses are worth saving</h1><p class="byline">The Editorial Board</p></div>'
b += '<div class="article-text">' + ps(O)
b += '<div class="more-in-section"><h2>More in Opinion</h2>'
for h, s in cards:
    b += f'<div class="card"><h3 class="card-headline"><a href="/opinion/{hid(h)}">{esc(h)}</a></h3><p>{esc(s)}</p><span class="card-byline">The Editorial Board</span></div>'
b += '</div></div></div></main>' + FOOT
write("k3a_opinion_more_cards_long", "The night buses are worth saving", b, O)

# 3b. Two stories on one page, second with h2 headline (no <article>), infinite-scroll style in divs
S2 = ["The county's last dairy farm on the river will close in the spring after the family that has run it for five generations failed to find a buyer.",
      "Ruth Calder, who milks eighty cows with her two sons, said rising feed costs and the low price paid for milk had made the farm impossible to keep going.",
      "\"We held on as long as we could,\" she said. \"My sons have jobs lined up in town, and I am proud of them, but it is the end of something.\"",
      "The land is expected to be sold to a neighbouring farm that grows barley and potatoes."]
b = NAV + '<div id="infinite-container"><div class="story-wrap" data-story="1"><h1 class="headline">The night buses are worth saving</h1><div class="story-body">' + ps(O) + '</div><div class="tags"><a href="/t/transport">Transport</a></div></div>'
b += '<div class="story-wrap" data-story="2"><div class="next-story-label">Next story</div><h2 class="headline">Last dairy farm on the river to close</h2><div class="byline">By Ann Hollis</div><div class="story-body">' + ps(S2) + '</div></div></div>' + FOOT
write("k3b_second_story_h2_divs", "The night buses are worth saving", b, O)

# 3c. Drupal: body then related field with teaser paragraphs (node teasers), same node__content
b = NAV + '<div class="layout-content"><article class="node node--type-article node--view-mode-full"><h1 class="page-title"><span>The night buses are worth saving</span></h1><div class="node__content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item">' + ps(O) + '</div>'
b += '<div class="views-element-container"><div class="view view-related view-id-related"><div class="view-header"><h2>You may also be interested in</h2></div><div class="view-content">'
for h, s in cards:
    b += f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2 class="node__title"><a href="/node/{hid(h)}">{esc(h)}</a></h2><div class="node__content"><div class="field field--name-body field__item"><p>{esc(s)}</p></div></div></article></div>'
b += '</div></div></div></div></article></div>' + FOOT
write("k3c_drupal_related_view", "The night buses are worth saving", b, O)

# 3d. Blogger: post body, then blog's other posts with snippets on the same page (post-outer siblings with summaries)
b = '<div class="content-outer"><div class="header-outer"><h1 class="title"><a href="/">Notes from the Valley</a></h1><p class="description"><span>A blog about a small town and its buses, parks and people.</span></p></div>'
b += '<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Tuesday, November 19, 2019</span></h2><div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title entry-title" itemprop="name">The night buses are worth saving</h3><div class="post-header"></div><div class="post-body entry-content" id="post-body-1" itemprop="description articleBody">' + "<br>".join(esc(p) + "<br>" for p in O) + '</div><div class="post-footer"><span class="post-author">Posted by Ruth</span> at <a class="timestamp-link" href="/x">7:15 AM</a> <span class="post-comment-link"><a href="#c">2 comments</a></span></div></div></div></div></div>'
b += '<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a href="/n">Newer Post</a></span><span id="blog-pager-older-link"><a href="/o">Older Post</a></span><a class="home-link" href="/">Home</a></div></div></div>'
b += '<div class="column-right-inner"><div class="sidebar section"><div class="widget PopularPosts"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul>'
for h, s in cards:
    b += f'<li><div class="item-content"><div class="item-title"><a href="/p">{esc(h)}</a></div><div class="item-snippet">{esc(s)}</div></div></li>'
b += '</ul></div></div><div class="widget Profile"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dd class="profile-textblock">I have lived in the valley all my life and write about it when the buses let me.</dd></dl></div></div></div></div></div></div></div>'
write("k3d_blogger_popular_posts", "The night buses are worth saving", b, O, '<meta property="og:site_name" content="Notes from the Valley">')

# 3e. Ghost: gh-content then read-next cards with excerpts
b = '<div class="site-wrapper"><header class="site-header"><a class="site-logo" href="/">Valley Notes</a></header><main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">The night buses are worth saving</h1><div class="article-byline"><a href="/author/ruth/">Ruth</a> <time datetime="2019-11-19">Nov 19, 2019</time> <span class="byline-reading-time">3 min read</span></div></header>'
b += '<section class="gh-content gh-canvas">' + ps(O) + '</section></article></main>'
b += '<section class="footer-cta"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal">Enter your email<span>Subscribe</span></a></div></section>'
b += '<aside class="read-more-wrap"><div class="read-more inner">'
for h, s in cards:
    b += f'<article class="post-card post"><a class="post-card-image-link" href="/p/"><img class="post-card-image" src="/i.jpg"></a><div class="post-card-content"><a class="post-card-content-link" href="/p/"><header class="post-card-header"><h2 class="post-card-title">{esc(h)}</h2></header><div class="post-card-excerpt"><p>{esc(s)}</p></div></a><footer class="post-card-meta"><span class="post-card-byline-date">Nov 12, 2019</span></footer></div></article>'
b += '</div></aside></div>'
write("k3e_ghost_read_next", "The night buses are worth saving", b, O)

# 3f. News page: article, then "Trending" list of teasers with unlinked summaries of ~100-200 chars, inside the same <article>
b = NAV + '<main><article class="article"><h1 class="article__headline">The night buses are worth saving</h1><div class="article__body">' + ps(O) + '</div>'
b += '<div class="article__recirc"><h4 class="recirc-title">Trending now</h4>'
for h, s in cards:
    b += f'<div class="recirc-item"><a class="recirc-link" href="/x"><span class="recirc-headline">{esc(h)}</span></a><p class="recirc-summary">{esc(s[:160])}...</p></div>'
b += '</div></article></main>' + FOOT
write("k3f_article_recirc_summaries", "The night buses are worth saving", b, O)

# 3g. Article followed by a second full story under a "Also in the news" heading inside same body div (section story roundups)
b = NAV + '<main><div class="article-body"><h1>The night buses are worth saving</h1>' + ps(O) + '<hr><h2>Also in the news</h2><h3>Last dairy farm on the river to close</h3>' + ps(S2) + '</div></main>' + FOOT
write("k3g_also_in_the_news_story", "The night buses are worth saving", b, O)
