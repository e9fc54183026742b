from common import *
from kind2 import A
# k1f: list article, items in own divs, a big related-links box between items 3 and 4
items = [("Paris", ["The city is quieter in November, and the queues at the big museums are a fraction of their summer length.", "Book a table at one of the small bistros in the eleventh district, where a set lunch still costs under twenty euros."]),
         ("Lisbon", ["The sun still shines most days, and the trams up to the castle are no longer packed with visitors.", "Walk down to the river at dusk, when the light turns the old warehouses pink."]),
         ("Vienna", ["The Christmas markets open in the middle of the month, and the coffee houses are at their warmest.", "The opera sells standing places for a few euros on the day of each performance."]),
         ("Edinburgh", ["Short days mean long evenings in the pubs of the Old Town, many with open fires.", "Climb Arthur's Seat in the morning for a view over the city and the firth."]),
         ("Seville", ["The orange trees are heavy with fruit, and the heat of summer is long gone.", "Visit the cathedral early, before the tour groups, and climb the ramps of the tower."]),
         ("Krakow", ["The main square is one of the largest in Europe, and the cafés around it stay open late.", "Take the tram out to the old Jewish quarter for its synagogues, bookshops and bars."])]
b = NAV + '<main><article class="post"><h1 class="post-title">Six cities to visit in November</h1><div class="post-body"><p>November is the best month for a city break: the crowds are gone, the prices are down and the weather is often kinder than you would think.</p>'
gold = ["November is the best month for a city break: the crowds are gone, the prices are down and the weather is often kinder than you would think."]
for i,(h,pp) in enumerate(items):
    b += f'<div class="list-item" id="item-{i}"><h2>{i+1}. {h}</h2>' + ps(pp) + '</div>'
    gold += [f"{i+1}. {h}"] + pp
    if i == 2:
        b += '<div class="related-box"><h4>Related</h4><ul>' + "".join(f'<li><a href="/t/{k}">The best {k} weekend breaks in Europe this winter and spring</a></li>' for k in ["cheap","romantic","foodie","family","budget","luxury","rail","island"]) + '</ul></div>'
b += '</div></article></main>' + FOOT
write("k1f_list_items_related_box", "Six cities to visit in November", b, gold)

# k1g: standings page: one intro paragraph and a big table
teams = ["Northfield","Castleton","Riverside","Harbour Town","Eastbridge","Millbrook","Westgate","Ashford","Kingsbury","Southam","Oakley","Brampton"]
intro = ["Here are the league standings after the fourteenth round of matches, with points, goal difference and form for every club."]
b = NAV + '<main><div class="article"><h1>League standings after round 14</h1><div class="article-body">' + ps(intro) + '<table class="standings"><thead><tr><th>Pos</th><th>Club</th><th>P</th><th>GD</th><th>Pts</th></tr></thead><tbody>'
gold = list(intro) + ["Pos Club P GD Pts"]
for i,t in enumerate(teams):
    row = [str(i+1), t, "14", str(12-2*i), str(33-2*i)]
    b += "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
    gold.append(" ".join(row))
b += '</tbody></table><p>Top four qualify for the play-offs; the bottom two are relegated.</p></div></div></main>' + FOOT
gold.append("Top four qualify for the play-offs; the bottom two are relegated.")
write("k1g_standings_table", "League standings after round 14", b, gold)

# k1h: deals roundup as link-heavy list items
deals = [("Sonora Wave headphones", "$179", "$279", "Amazon"), ("Kestrel 14 laptop", "$649", "$849", "Best Buy"), ("Brava pressure cooker", "$59", "$99", "Walmart"),
         ("Lumo smart bulbs (4-pack)", "$29", "$49", "Target"), ("Trailmark 40L backpack", "$89", "$140", "REI"), ("Pixelon 55-inch 4K TV", "$299", "$449", "Amazon"),
         ("Ember cast-iron skillet", "$24", "$40", "Amazon"), ("Stride running shoes", "$70", "$120", "Zappos")]
intro = ["The sales have started early this year, and some of the discounts are already as deep as last year's Black Friday prices.",
         "Here are the deals we would buy right now, checked against months of price history."]
b = NAV + '<main><article><h1>The 8 best early Black Friday deals</h1><div class="entry-content">' + ps(intro) + '<h2>Our favourite deals</h2><ul>'
gold = list(intro) + ["Our favourite deals"]
for n, p, w, r in deals:
    b += f'<li><a href="https://shop.example/{hid(n)}">{esc(n)}</a> for {p} (was {w}) at <a href="https://shop.example/r">{r}</a></li>'
    gold.append(f"{n} for {p} (was {w}) at {r}")
outro = ["Prices can change at any time, so check the retailer's page before you buy."]
b += '</ul>' + ps(outro) + '</div></article></main>' + FOOT
gold += outro
write("k1h_deals_link_list", "The 8 best early Black Friday deals", b, gold)

# k1i: football results as short lines after an intro
res = ["Arsenal 2-1 Chelsea", "Everton 0-0 Leeds", "Fulham 3-2 Brighton", "Leicester 1-4 Liverpool", "Newcastle 2-2 Wolves", "Southampton 0-1 Spurs", "West Ham 1-1 Villa", "Burnley 0-3 Man City"]
intro = ["A full round of matches on Saturday saw the leaders win again and two sides climb out of the bottom three.", "Here are all the results from the afternoon's games."]
after = ["The next round is on Tuesday evening, with all eight matches kicking off at 7.45pm."]
b = NAV + '<main><div class="story"><h1>Saturday\'s results in full</h1><div class="story-text">' + ps(intro) + "".join(f"<p><strong>{r}</strong></p>" for r in res) + ps(after) + '</div></div></main>' + FOOT
write("k1i_results_short_lines", "Saturday's results in full", b, intro + res + after)

# k2j: story split in two body divs, related teaser cards with summaries between
b = NAV + '<main><article><h1>Water company to replace city\'s oldest mains</h1><div class="article-body">' + ps(A[:5]) + '</div>'
b += '<div class="inline-related"><h3>Related coverage</h3>' + "".join(f'<div class="teaser"><a href="/r{k}"><h4>{t}</h4></a><p>{s}</p></div>' for k,(t,s) in enumerate([("Burst pipe floods the station", "Commuters waded through ankle-deep water after a main burst under the ticket hall on Friday morning."), ("Bills to rise by 6 per cent", "The regulator approved the increase, saying the money must go to repairs and not to shareholders.")])) + '</div>'
b += '<div class="article-body">' + ps(A[5:]) + '</div></article></main>' + FOOT
write("k2j_split_by_teasers", "Water company to replace city's oldest mains", b, A)

# k2k: instagram embed with long caption in the middle
b = NAV + '<main><article><h1>Water company to replace city\'s oldest mains</h1><div class="entry-content">' + ps(A[:5])
b += '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/" data-instgrm-version="12"><div><a href="https://www.instagram.com/p/abc/">View this post on Instagram</a><p>Three summers, three burst mains, and the same brown water from the tap. Today they finally said they would fix it, and we will be at the meeting on 3 December to hold them to it. #northside #water</p><p>A post shared by Northside Residents (@northside_res) on <time datetime="2019-11-18T10:00:00+00:00">Nov 18, 2019 at 2:00am PST</time></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>'
b += ps(A[5:]) + '</div></article></main>' + FOOT
write("k2k_instagram_caption", "Water company to replace city's oldest mains", b, A)

# k4c: reflection page, the site's other snippets in unnamed grid divs, outweighing the article
R = ["Morning comes slowly in November.", "The light arrives late and leaves early, and we spend the short day wishing it were longer.",
     "But there is a gift in the dark afternoons.", "They ask us to slow down, to light a lamp, to sit with a cup of tea and a friend.",
     "Today, notice one small thing that is good.", "Write it down before you sleep.", "Tomorrow, notice two."]
others = [("Learning to wait", "Waiting is not wasted time. It is the soil in which patience grows, slowly and out of sight, until one morning it flowers."),
          ("The open door", "Every morning the door is open again. We do not have to walk through it, but we may, and the choice is ours each day."),
          ("Bread for the journey", "We do not need all the strength for the whole road today. We need enough for this mile, and that is given."),
          ("Small hands", "A child's hand in yours is a reminder that trust is given before it is earned, and that we can learn it again."),
          ("The long table", "There is always room for one more at the table if we are willing to pass the bread a little more slowly.")]
b = NAV + '<div class="container"><div class="row"><div class="col-md-8"><h1>A small thing that is good</h1><div class="date">November 19, 2019</div><div class="text">' + ps(R) + '</div></div>'
b += '<div class="col-md-4">' + "".join(f'<div class="card mb-3"><div class="card-body"><h5><a href="/r/{k}">{t}</a></h5><p>{s}</p><a href="/r/{k}">Read</a></div></div>' for k,(t,s) in enumerate(others)) + '</div></div></div>' + FOOT
write("k4c_reflection_grid_snippets", "A small thing that is good", b, R)

# k4d: a page of short reflections, each reflection h3 + 1-2 short lines, and the site's quotes block under it
R4 = []
b = NAV + '<div id="content"><h1>Thoughts for the week</h1>'
for t, l in [("Monday", "Begin gently. The week is long and you do not have to win it today."), ("Tuesday", "Call someone you have not spoken to in a year."), ("Wednesday", "Halfway. Rest your eyes for five minutes after lunch."), ("Thursday", "Say thank you to the person who cleans your office."), ("Friday", "Leave work at work. The inbox will still be there on Monday.")]:
    b += f'<h3>{t}</h3><p>{l}</p>'; R4 += [t, l]
b += '<div class="quotes"><h2>Quotes we love</h2>' + "".join(f'<p class="quote">&ldquo;{q}&rdquo; &mdash; {w}</p>' for q,w in [("The best way out is always through.", "Robert Frost"), ("Do what you can, with what you have, where you are.", "Theodore Roosevelt"), ("What we think, we become.", "Buddha")]) + '</div></div>' + FOOT
write("k4d_week_thoughts_quotes", "Thoughts for the week", b, R4)
