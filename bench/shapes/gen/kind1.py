from common import *

# 1a. WordPress/Gutenberg "10 things you need to know today", items short, ad blocks between
intro = ["Good morning. Here is the news you need to start your Tuesday, from the budget talks in the capital to the storm heading for the coast."]
items = [
 ("1. Budget talks run into a third night.", ["Negotiators from both parties met until after midnight without a deal on the spending bill.", "Aides said the sticking point remains the money for rural hospitals, which one side wants doubled."]),
 ("2. A storm is heading for the coast.", ["Forecasters expect the storm to reach the shore late on Wednesday with winds of up to 80 miles an hour.", "Three counties have opened shelters and asked people in low-lying streets to leave."]),
 ("3. The central bank holds rates.", ["The bank left its main rate unchanged, as most economists had expected, but hinted at a cut early next year."]),
 ("4. Carmakers recall 200,000 vans.", ["A faulty seat bracket can come loose in a crash, the regulator said; owners will be contacted by letter."]),
 ("5. A museum returns looted bronzes.", ["The museum signed over eleven bronzes taken in a raid in the nineteenth century, ending a claim that ran for decades."]),
 ("6. Flu season starts early.", ["Doctors reported twice as many cases in October as in the same month last year, and urged older people to get a shot."]),
 ("7. The tech giant is fined.", ["Regulators fined the company for the way it gathered location data from phones whose owners had switched tracking off."]),
 ("8. A rare bird returns.", ["Birdwatchers counted six pairs of the crested grebe on the northern lakes, the first breeding pairs seen there since 1988."]),
 ("9. The final goes to extra time.", ["The home side won the cup in the last minute of extra time, after trailing by two goals at half-time."]),
 ("10. Your weekend reading.", ["Our long read this week follows a family of lighthouse keepers through four generations on the same rock."]),
]
b = NAV + '<main id="main" class="site-main"><article class="post-1234 post type-post status-publish format-standard hentry category-briefing">'
b += '<header class="entry-header"><h1 class="entry-title">10 things you need to know today: November 19, 2019</h1><div class="entry-meta"><span class="byline">By <a href="/author/jane">Jane Roe</a></span> <time class="entry-date published" datetime="2019-11-19T06:00:00">November 19, 2019</time></div></header>'
b += '<div class="entry-content">' + ps(intro)
gold = list(intro)
for i, (h, ps_) in enumerate(items):
    b += f'<h2 class="wp-block-heading">{esc(h)}</h2>' + ps(ps_)
    gold += [h] + ps_
    if i in (2, 6):
        b += '<div class="wp-block-group ad-container"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-1" class="gpt-ad"></div></div>'
b += '</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/briefing">Briefing</a></span><span class="tags-links">Tagged <a href="/t/news">news</a></span></footer></article>'
b += '<nav class="post-navigation"><div class="nav-previous"><a href="/prev">10 things you need to know today: November 18, 2019</a></div></nav>'
b += '<section id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on this post</h2><ol class="comment-list"><li class="comment"><div class="comment-content"><p>Thanks for the round-up, the grebe news made my day. We saw two of them on the lake in the summer.</p></div></li></ol></section>'
b += '</main><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Five ways to save on heating this winter</a></li><li><a href="/b">The week in pictures</a></li></ul></section></aside>' + FOOT
write("k1a_wp_ten_things", "10 things you need to know today: November 19, 2019", b, gold)

# 1b. Deals roundup, Brightspot-like product cards
intro = ["Black Friday is still a week away, but several big retailers have already cut prices on headphones, laptops and kitchen gadgets.",
         "We have been tracking these prices for months, so we only list deals that are the lowest we have seen. Here are the best ones so far."]
prods = [
 ("Sonora Wave noise-cancelling headphones", "$179 (was $279)", "These were our favourite over-ear headphones of the year, with a battery that lasts about thirty hours and very good call quality."),
 ("Kestrel 14 laptop", "$649 (was $849)", "A light laptop with a bright screen and a keyboard we liked a lot; the base model has enough memory for most people."),
 ("Brava 6-quart pressure cooker", "$59 (was $99)", "It cooks rice, stews and beans in a fraction of the time, and this is the lowest price we have seen since it came out."),
 ("Lumo smart bulbs, four-pack", "$29 (was $49)", "The bulbs work with every major voice assistant and need no hub, which makes them an easy first step into smart lighting."),
 ("Trailmark 40L hiking backpack", "$89 (was $140)", "Comfortable on long days, with a rain cover tucked in the bottom pocket; it comes in three colours at this price."),
]
b = NAV + '<main class="Page-main"><div class="ArticlePage-mainContent"><div class="ArticlePage-articleContainer"><h1 class="ArticlePage-headline">The best early Black Friday deals you can get right now</h1>'
b += '<div class="ArticlePage-byline"><div class="ArticlePage-authorName">By <a href="/p/jo">Jo Bloggs</a></div><div class="ArticlePage-datePublished">Nov. 20, 2019</div></div>'
b += '<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">' + ps(intro)
gold = list(intro)
for name, price, desc in prods:
    b += f'<div class="Enhancement"><div class="Enhancement-item"><div class="ProductCard"><div class="ProductCard-media"><img src="/i.jpg" alt=""></div><h3 class="ProductCard-title">{esc(name)}</h3><div class="ProductCard-price">{esc(price)}</div><p class="ProductCard-description">{esc(desc)}</p><a class="ProductCard-cta Button" href="https://retailer.example/p">Buy at Retailer</a></div></div></div>'
    gold += [name, price, desc]
outro = ["Prices change quickly during the sales, so check the retailer's page before you buy. We will update this list every day until Cyber Monday."]
b += ps(outro); gold += outro
b += '</div></div><div class="ArticlePage-disclaimer"><p>When you buy through our links, we may earn a commission.</p></div></div></div></main>' + FOOT
write("k1b_brightspot_deals", "The best early Black Friday deals you can get right now", b, gold)

# 1c. Results/standings table, BBC-like
intro = ["Northfield moved three points clear at the top of the league with a 2-0 win at Eastbridge, while Harbour Town slipped to fourth after a home defeat.",
         "Marta Vale scored both of Northfield's goals, the first a header from a corner and the second a shot from the edge of the area in the last minute."]
rows = [("Pos","Team","P","W","D","L","Pts"),("1","Northfield","14","10","3","1","33"),("2","Castleton","14","9","3","2","30"),("3","Riverside","14","8","4","2","28"),("4","Harbour Town","14","8","3","3","27"),("5","Eastbridge","14","6","4","4","22")]
res = ["Eastbridge 0-2 Northfield", "Harbour Town 1-3 Castleton", "Riverside 2-2 Millbrook", "Westgate 1-0 Ashford"]
after = ["Castleton's manager said his side would not give up on the title. \"There are a lot of games left and we have the squad to go on a run,\" he said.",
         "The league breaks for two weeks for the international matches, and resumes on 7 December with the game between the top two."]
b = '<div id="orb-banner" class="orb-banner"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>'
b += '<div id="responsive-story-page" class="story-body"><h1 class="story-headline gel-trafalgar-bold">Northfield go three points clear</h1><div class="gel-long-primer"><ul class="story-info"><li><time datetime="2019-11-23">23 November 2019</time></li><li>From the section <a href="/sport/football">Football</a></li></ul></div>'
b += '<div class="story-body__inner" property="articleBody">' + ps(intro)
gold = list(intro)
b += '<h2 class="story-body__crosshead">Saturday\'s results</h2><ul class="story-body__unordered-list">' + "".join(f'<li class="story-body__list-item">{esc(r)}</li>' for r in res) + '</ul>'
gold += ["Saturday's results"] + res
b += '<h2 class="story-body__crosshead">The table</h2><table class="table-stats"><thead><tr>' + "".join(f"<th>{c}</th>" for c in rows[0]) + '</tr></thead><tbody>' + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:]) + '</tbody></table>'
gold += ["The table"] + [" ".join(r) for r in rows]
b += ps(after, "story-body__p") + '</div></div>'
gold += after
b += '<div class="share-tools-footer"><h2>Share this page</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li></ul></div>'
b += '<div id="more-on-this-story"><h2>More on this story</h2><ul><li><a href="/x">Northfield sign keeper on loan</a></li><li><a href="/y">Vale called up for internationals</a></li></ul></div>'
write("k1c_bbc_results_table", "Northfield go three points clear", b, gold)

# 1d. Listicle: each item its own section with image, heading and ONE short paragraph (under 100 chars)
intro = ["Autumn is the best time of year to walk the hills. These are the routes our readers told us they love most."]
items = [("Castle Crag loop", "A gentle climb with a view of three lakes from the top."),
         ("The Old Drove Road", "Flat, quiet and lined with beech trees that turn gold in late October."),
         ("Heron Falls", "A short walk to a waterfall that is at its loudest after rain."),
         ("Blackmoor Edge", "Steep in places, but the ridge is the finest walk in the county."),
         ("Saltings Path", "A coastal walk past salt marshes full of geese in winter."),
         ("Miller's Wood", "Good for children: there is a rope swing and a café at the end."),
         ("Ravensgill", "A hidden gorge with stepping stones; wear boots with a good grip."),
         ("Long Barrow Way", "Ancient burial mounds and wide skies on an easy chalk path.")]
b = NAV + '<div class="container"><article class="listicle" itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Eight autumn walks our readers love</h1><p class="byline">By Sam Green</p>'
b += '<div class="listicle__intro">' + ps(intro) + '</div>'
gold = list(intro)
for i, (h, t) in enumerate(items, 1):
    b += f'<section class="listicle__item"><figure class="listicle__image"><img src="/w{i}.jpg" alt=""><figcaption>Photograph: Reader</figcaption></figure><h2 class="listicle__title">{i}. {esc(h)}</h2><div class="listicle__body"><p>{esc(t)}</p></div></section>'
    gold += [f"{i}. {h}", t]
b += '</article><div class="related"><h3>You might also like</h3><ul><li><a href="/a">The best winter coats for walking</a></li><li><a href="/b">Ten pubs with a view</a></li></ul></div></div>' + FOOT
write("k1d_listicle_short_items", "Eight autumn walks our readers love", b, gold)

# 1e. Substack-style morning newsletter: bullets with links inside
intro = ["Good morning, and welcome to the Thursday briefing. It is a busy day for the markets, with three big companies reporting earnings before the open."]
sec = [("Markets", ["Stocks in Asia rose overnight after the trade figures came in better than expected, led by exporters in Seoul and Taipei.",
                     "Oil slipped for a third day as stockpiles in the United States grew by more than analysts had forecast."]),
       ("Politics", ["The prime minister will face questions today over the delayed rail contract, after two ministers gave different dates for it.",
                      "A new poll puts the opposition four points ahead, its biggest lead since the spring."]),
       ("What we're reading", ["A long piece on why the city's buses keep arriving in threes, and what the transport authority plans to do about it.",
                      "An interview with the engineer who designed the new bridge, who says the hardest part was the wind, not the river."])]
b = '<div id="main"><div class="container"><div class="single-post"><div class="post-header"><h1 class="post-title">The Thursday briefing: earnings day</h1><h3 class="subtitle">Plus: buses in threes</h3><div class="post-meta">Nov 21, 2019</div></div>'
b += '<div class="available-content"><div class="body markup">' + ps(intro)
gold = ["Plus: buses in threes"] + intro
for h, its in sec:
    b += f'<h3>{esc(h)}</h3><ul>' + "".join(f'<li><p>{esc(t.split(",")[0])}, <a href="https://news.example/{k}">{esc(",".join(t.split(",")[1:]).strip())}</a></p></li>' for k, t in enumerate(its)) + '</ul>'
    gold += [h] + [t.split(",")[0] + ", " + ",".join(t.split(",")[1:]).strip() for t in its]
outro = ["That is all for today. Reply to this email and tell us what you would like to see in the briefing."]
b += ps(outro) + '</div></div><div class="subscribe-widget"><p>Subscribe to get the briefing every morning.</p><input type="email"><button>Subscribe</button></div>'
gold += outro
b += '<div class="post-footer"><a href="/p/wed">Previous: The Wednesday briefing</a></div></div></div></div>'
write("k1e_substack_briefing_links", "The Thursday briefing: earnings day", b, gold)
