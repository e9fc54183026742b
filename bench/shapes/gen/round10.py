from common import *
# Round 10: shapes of issue 14's kinds not written before (list articles whose lines are links, galleries and
# boxes inside the story, item headings that link).

# 10a. A deals roundup whose every deal is one line linked whole to the shop (affiliate links), grouped by shop
intro = ["The winter sales have started early this year, and several shops have already cut prices on kitchen gadgets, bedding and headphones.",
         "We have picked the deals below from the shops we trust, and we check the prices every morning. Here is what is worth buying now."]
shops = [("Shopmart", ["40 per cent off the Brava six-quart pressure cooker, $59 (down from $99)",
                       "Kestrel 14 laptop with a bright screen for $649 (down from $849)",
                       "Up to 50 per cent off bedding and towels in the winter sale"]),
         ("Quaystore", ["Sonora Wave noise-cancelling headphones for $179, the lowest price this year",
                        "30 per cent off every Lumo smart bulb four-pack this week"])]
b = NAV + '<main><article class="article"><h1>The best early winter sales, picked by our editors</h1><div class="article-body">' + ps(intro)
gold = list(intro)
b += '<h2>OUR FAVOURITE DEALS RIGHT NOW</h2>'
gold.append("OUR FAVOURITE DEALS RIGHT NOW")
for shop, deals in shops:
    b += f'<p><b>{esc(shop)}</b></p><ul class="bullets">'
    gold.append(shop)
    for d in deals:
        b += f'<li><b><a class="body-link" href="https://go.affiliate.example/{hid(d)}" rel="sponsored">{esc(d)}</a></b></li>'
        gold.append(d)
    b += '</ul>'
outro = ["Prices change quickly in the first week of a sale, so if you see a deal you like, it is worth buying it sooner rather than later."]
b += ps(outro) + '</div></article></main>' + FOOT
gold += outro
write("k1l_deals_linked_whole", "The best early winter sales, picked by our editors", b, gold)

# 10b. A story with an embedded gallery box (title, line, credit) between its halves; the pictures load by script
S = ["The harbour festival returned on Saturday after a four-year break, and by noon the quay was so full that the organisers closed the gates for an hour.",
     "Fishing boats dressed in flags lined the inner harbour, and the lifeboat crew gave rides around the breakwater to anyone willing to wear a lifejacket.",
     "The organisers said they had expected about five thousand people and counted nearly twice that by the evening.",
     "The festival ends on Sunday with a race of rowing gigs from the lighthouse to the old pier, weather permitting.",
     "Next year's festival is already booked for the second weekend of June, and the organisers want to add a second stage for local bands."]
b = NAV + '<main><article><h1>Harbour festival draws record crowd</h1><div class="pod-content">' + ps(S[:3])
b += '<div class="photogallery-wrapper blog-photogallery"><h2 class="photogallery-title">The harbour festival in twenty pictures</h2><div class="photogallery-description"><div>From the lifeboat rides to the gig race: the best of the weekend on the quay.</div></div><p class="photogallery-credit">Gallery credit: Jane Roe</p></div>'
b += ps(S[3:]) + '</div></article></main>' + FOOT
write("k2r_gallery_box_inside", "Harbour festival draws record crowd", b, S)

# 10c. A list article whose item headings link to the places they name, and a contents list of anchors
intro = ["Ten bars in the old town will let you in without a cover charge on New Year's Eve. Here are five of our favourites, from the quiet to the loud."]
bars = [("The Anchor", "A low-ceilinged pub by the harbour with a fire, a long list of local ales and a band from ten o'clock until late."),
        ("Salt House", "Cocktails in a former customs house; the terrace has heaters and the best view of the fireworks over the water."),
        ("The Lamp Room", "A small bar above the bookshop that plays records all night and serves hot cider from a copper pot."),
        ("Gull & Crown", "The loudest of the five: a dance floor, a DJ and a countdown on a screen the size of a wall."),
        ("Pier Nine", "A wine bar at the end of the pier with a set menu and a table by the window if you book early.")]
b = NAV + '<main><article><h1>Five bars with no cover charge on New Year\'s Eve</h1><div class="entry-content">' + ps(intro)
b += '<div class="toc"><ul>' + "".join(f'<li><a href="#bar-{i}">{esc(n)}</a></li>' for i, (n, _) in enumerate(bars)) + '</ul></div>'
gold = list(intro)
for i, (n, d) in enumerate(bars):
    link = f'<a href="https://{hid(n)}.bar.example/" target="_blank">{esc(n)}</a>' if i % 2 == 0 else f'<a href="#bar-{i}">{esc(n)}</a>'
    b += f'<h2 id="bar-{i}">{link}</h2><p>{esc(d)}</p>'
    gold += [n, d]
b += '</div></article></main>' + FOOT
write("k1m_bars_linked_headings", "Five bars with no cover charge on New Year's Eve", b, gold)

# 10d. A story with an inline box of popular stories whose list the page loads by class, its label left inside
S2 = ["The council has agreed to keep the night buses running until at least next summer, reversing a decision made in September.",
      "The routes carry about nine hundred people a night, most of them on their way to or from work, according to the transport authority's own count.",
      "Campaigners who collected eleven thousand signatures said the reversal showed that the council could be made to listen.",
      "The authority will now look at running smaller buses on the quieter stretches of the two routes after midnight.",
      "A final decision on the routes' future is expected in the spring, when the authority sets its budget for the next two years."]
b = NAV + '<main><article><h1>Night buses saved until summer</h1><div class="article-text">' + ps(S2[:3])
b += '<div id="inline-recommend" class="article-text-extra"><div class="block-title"><h3>People are also reading\u2026</h3></div><ul class="list-popular">'
b += "".join(f'<li><a href="/news/{hid(t)}">{esc(t)}</a></li>' for t in ["Pier repairs to cost more than planned", "Two libraries to close next year", "Ferry fares to rise in April"])
b += '</ul></div>' + ps(S2[3:]) + '</div></article></main>' + FOOT
write("k2s_label_of_taken_box", "Night buses saved until summer", b, S2)
