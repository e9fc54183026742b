from common import *
# Round 12: issue 14's four losses in markup the earlier rounds did not write: list items each in a wrapper of their
# own between link-heavy boxes, a story's halves in twin containers around a box of links that outweighs the second
# half, a results table in a wrapper of its own after the story, a second story or the site's other entries in the
# same markup as the story after it.

S = ["The harbour board agreed on Monday to dredge the east channel for the first time in eleven years, after two cargo ships ran aground there in the autumn.",
     "Work will start in March and take about ten weeks, during which the channel will be closed to boats longer than twenty metres.",
     "The board's chairman, Alan Pryce, said the silt had built up faster than expected since the river wall upstream was rebuilt in 2016.",
     "Fishermen who use the east channel said they had warned the board about the shallows for years and were glad something was finally being done.",
     "The dredged silt will be taken out to sea and dumped at a licensed site six miles offshore, the board said, not spread on the marshes as before.",
     "The cost, about 2.4 million pounds, will be shared between the board and the county, which owns the quay on the channel's north side.",
     "A second dredge of the west channel is planned for 2026 if the money can be found, the chairman said."]
RELATED = ('<div class="inline-links"><h4>Also on the coast</h4><ul>'
           + "".join(f'<li><a href="/news/{i}">{esc(t)}</a></li>' for i, t in enumerate([
               "Lifeboat crew rescue two walkers cut off by the tide near the old pier",
               "Ferry company adds a winter sailing to the islands after complaints from residents",
               "Council to spend half a million on repairing the sea wall at the north beach",
               "Oyster beds reopen after two years of closure following a sewage leak",
               "New marina plan for the harbour's west side goes to a public inquiry in June",
               "Fish market to move to a new building beside the quay next spring, owners say",
               "Coastguard warns of strong currents at the estuary after three rescues in a week",
               "Harbour master retires after thirty years of keeping the channels open"])) + '</ul></div>')

# 12a. A story's halves in twin containers (same tag and class), a box of links between them that outweighs the second half
b = NAV + '<main><h1>East channel to be dredged after ships run aground</h1><div class="story-body">' + ps(S[:5]) + '</div>' + RELATED + '<div class="story-body">' + ps(S[5:]) + '</div></main>' + FOOT
write("r12a_twin_containers_heavy_box", "East channel to be dredged after ships run aground", b, S)

# 12b. The same, the second half a level deeper than the first (the theme wraps each text block in a row)
b = NAV + '<main><h1>East channel to be dredged after ships run aground</h1><div class="text-block">' + ps(S[:5]) + '</div>' + RELATED + '<div class="row"><div class="text-block">' + ps(S[5:]) + '</div></div></main>' + FOOT
write("r12b_twin_blocks_deeper", "East channel to be dredged after ships run aground", b, S)

# 12c. A list article: each item in a wrapper of its own (heading, picture, one paragraph, a shop button), a box of
# product links between items
ITEMS = [("1. A harbour walk at low tide", "Start at the lifeboat station and follow the wall out to the old light; at low tide the sand bars show how the channels run."),
         ("2. The fish market before seven", "The boats land their catch before dawn, and the market opens to the public at seven, when the best of it is still on the ice."),
         ("3. Oysters on the north quay", "The oyster beds reopened this year, and two stalls on the north quay sell them by the half dozen with bread and lemon."),
         ("4. The ferry to the islands", "A winter sailing now runs on Saturdays; the crossing takes forty minutes and the café on the pier is open all year."),
         ("5. The maritime museum", "Free on Sundays, with a room given over to the channel's history and a model of the harbour as it was in 1900.")]
SHOP = '<div class="shop-box"><p><a href="https://shop.example.com/a">Waterproof jacket</a> <a href="https://shop.example.com/b">Walking boots</a> <a href="https://shop.example.com/c">Tide table 2024</a> <a href="https://shop.example.com/d">Binoculars</a></p></div>'
b = NAV + '<main><article><h1>Five things to do in the harbour this winter</h1><div class="article-intro-text"><p>The harbour is quieter in winter, but there is more to do than you might think, from walks on the sand bars to the island ferry.</p></div>'
gold = ["The harbour is quieter in winter, but there is more to do than you might think, from walks on the sand bars to the island ferry."]
for h, p in ITEMS:
    b += f'<div class="list-item"><h2>{esc(h)}</h2><figure><img src="/i.jpg"><figcaption>Photo: Harbour Board</figcaption></figure><div class="list-item__text"><p>{esc(p)}</p></div><p class="cta"><a href="https://shop.example.com/x">Book now</a></p></div>' + SHOP
    gold += [h, p]
b += '</article></main>' + FOOT
write("r12c_list_items_wrapped_shop_boxes", "Five things to do in the harbour this winter", b, gold)

# 12d. A results page: one paragraph, then the results table in a wrapper of its own
ROWS = [("1", "Harbour Rowing Club", "12", "9", "3", "27"), ("2", "Estuary Oars", "12", "8", "4", "24"),
        ("3", "North Quay RC", "12", "6", "6", "18"), ("4", "Island Boat Club", "12", "4", "8", "12"),
        ("5", "Lighthouse Rowers", "12", "3", "9", "9")]
table = '<div class="table-wrapper"><div class="table-scroll"><table><thead><tr><th>Pos</th><th>Club</th><th>P</th><th>W</th><th>L</th><th>Pts</th></tr></thead><tbody>' + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS) + '</tbody></table></div></div>'
intro = "Harbour Rowing Club finished the winter league three points clear after winning their last race on Saturday, their ninth win of the season."
b = NAV + '<main><article><h1>Winter rowing league: final table</h1><div class="entry-content"><p>' + esc(intro) + '</p>' + table + '</div></article></main>' + FOOT
gold = [intro, "Pos", "Club", "P", "W", "L", "Pts"] + [c for r in ROWS for c in r]
write("r12d_results_table_wrapped", "Winter rowing league: final table", b, gold)

# 12e. A second story after the first in the same markup, no <article>, each under a headline of its own
S2 = ["The county has agreed to keep the winter ferry running to the islands until at least next March, after residents complained about the cuts.",
      "The ferry company said the Saturday sailing would carry freight as well as passengers, so that the island shops could be stocked.",
      "Islanders had collected nine hundred signatures against the cut, more than the number of people who live on the two islands.",
      "The company's director said it would review the timetable in the spring, when the summer sailings begin again."]
b = NAV + '<main><div class="story"><h1>East channel to be dredged after ships run aground</h1><div class="story-text">' + ps(S) + '</div></div><div class="story"><h2 class="story-headline">Winter ferry to the islands will keep running</h2><div class="story-text">' + ps(S2) + '</div></div></main>' + FOOT
write("r12e_second_story_same_markup", "East channel to be dredged after ships run aground", b, S)

# 12f. A page of short reflections: the day's reflection, then the site's earlier ones in the same markup, each whole
R = [("Low water", ["The tide goes out twice a day and takes nothing with it that it does not bring back.", "Perhaps that is what patience is."]),
     ("The gulls", ["They are loud, and they steal, and I have never seen one give up.", "There is something to learn there too."]),
     ("Fog", ["On the quay this morning you could not see the boats, only hear them.", "Some days are like that."]),
     ("Nets", ["My grandfather mended nets every winter evening and said it was the only time he could think.", "I understand him better now."]),
     ("Salt", ["Everything by the sea rusts, fades or cracks in the end.", "It does not seem to mind."])]
b = NAV + '<main><div class="reflections">'
for i, (t, ls) in enumerate(R):
    hx = "h1" if i == 0 else "h2"
    b += f'<div class="reflection"><{hx}>{esc(t)}</{hx}>' + ps(ls) + '</div>'
b += '</div></main>' + FOOT
write("r12f_reflections_same_markup", "Low water", b, R[0][1])

# 12g. A story cut by an embedded post the cleaner does not know (a plain blockquote of the post's words and a linked
# date), its second half longer than its first
post = '<blockquote class="embedded-post"><p>Two ships aground in the east channel in one month. The board has known about the shallows for years. #harbour</p>&mdash; Harbour Watch (@harbourwatch) <a href="https://social.example.com/harbourwatch/status/1">November 3, 2023</a></blockquote>'
b = NAV + '<main><article><h1>East channel to be dredged after ships run aground</h1><div class="body">' + ps(S[:2]) + post + ps(S[2:]) + '</div></article></main>' + FOOT
write("r12g_embedded_post_plain", "East channel to be dredged after ships run aground", b, S)

# 12h. An opinion column followed by "More opinion" cards, each with an unlinked headline and a long excerpt, the whole
# card wrapped in a link
cards = "".join(f'<div class="card"><a href="/opinion/{i}" class="card-link"><h3>{esc(t)}</h3></a><p>{esc(x)}</p></div>' for i, (t, x) in enumerate([
    ("The sea wall will not hold another winter", "Every storm this year has taken another piece of the north beach wall, and the council's answer is a study due in 2026. By then there may be nothing left to study, and the houses behind it will be the next thing the sea takes, one garden at a time, while the reports are written."),
    ("Let the island ferry pay its way", "The winter sailing costs more than it earns, and the county is right to ask why. But a ferry is not a shop: it is the only road the islands have, and nobody asks a road to turn a profit, or closes it in January because fewer cars use it than in August.")]))
b = NAV + '<main><article><h1>Dredging the channel is the least the board can do</h1><div class="column-body">' + ps(S[:4]) + '</div></article><section class="more-opinion-section"><h2>More opinion</h2>' + cards + '</section></main>' + FOOT
write("r12h_opinion_then_long_cards", "Dredging the channel is the least the board can do", b, S[:4])

# 12i. "Things to know today": an ordered list split into several lists by ad slots and "Read more" lines between items
T10 = ["The east channel closes to large boats in March while it is dredged for the first time in eleven years.",
       "The island ferry keeps its Saturday winter sailing until next March, the county said on Friday.",
       "Oyster stalls return to the north quay this weekend after two years of closure.",
       "The sea wall at the north beach will be repaired before the spring tides, at a cost of half a million pounds.",
       "A new fish market beside the quay will open next spring, its owners said.",
       "The harbour master retires after thirty years; her deputy, Tom Reyes, takes over in January.",
       "Coastguards warned of strong currents at the estuary after three rescues in a week.",
       "Parking on the quay will cost two pounds an hour from April, up from one pound fifty."]
b = NAV + '<main><article><h1>Eight things to know about the harbour today</h1><div class="article-content"><p>Good morning. Here is what is happening on the waterfront this week, from the dredging to the ferry.</p>'
gold = ["Good morning. Here is what is happening on the waterfront this week, from the dredging to the ferry."]
for k in range(0, 8, 2):
    b += f'<ol start="{k + 1}"><li>{esc(T10[k])}</li><li>{esc(T10[k + 1])}</li></ol>'
    gold += T10[k:k + 2]
    if k < 6:
        b += '<div class="ad-wrapper"><span>Advertisement</span></div><p><strong>Read more:</strong> <a href="/news/old-pier">The old pier: a history in pictures from the harbour archive</a></p>'
b += '</div></article></main>' + FOOT
write("r12i_things_to_know_split_lists", "Eight things to know about the harbour today", b, gold)

# 12j. A deals roundup of product boxes: the name linked to the shop, a short description, a price button
DEALS = [("Stormproof walking jacket", "A light shell that packs into its own pocket and kept us dry on the harbour wall in a gale.", "$89 at Shopmart"),
         ("Tide-clock for the kitchen", "Shows high and low water at a glance; ours has kept good time for a year.", "$34 at Harbourware"),
         ("Folding binoculars", "Small enough for a coat pocket, sharp enough to read a ship's name across the channel.", "$59 at Shopmart"),
         ("Insulated flask", "Kept tea hot for a whole morning's fishing on the quay in January.", "$25 at Outdoorstore")]
b = NAV + '<main><article><h1>The best winter gear for a day on the harbour</h1><div class="entry-content"><p>We tested a dozen jackets, flasks and gadgets on the quay this winter. These are the ones worth buying, all on sale this week.</p>'
gold = ["We tested a dozen jackets, flasks and gadgets on the quay this winter. These are the ones worth buying, all on sale this week."]
for name, desc, price in DEALS:
    b += f'<div class="product-box"><h3><a href="https://shop.example.com/p/{hid(name)}">{esc(name)}</a></h3><p>{esc(desc)}</p><p class="product-box__button"><a href="https://shop.example.com/p/{hid(name)}">{esc(price)}</a></p></div>'
    gold += [name, desc]
b += '<p>Prices were correct at the time of writing and may change.</p></div></article></main>' + FOOT
gold += ["Prices were correct at the time of writing and may change."]
write("r12j_deals_product_boxes", "The best winter gear for a day on the harbour", b, gold)

# 12r. The headline above the story's article, then a river of cards whose summaries are long
cards = "".join(f'<article class="c-card"><h3 class="c-card__title"><a href="/news/{i}">{esc(t)}</a></h3><p class="c-card__dek">{esc(x)}</p></article>' for i, (t, x) in enumerate([
    ("Sea wall repairs to start before the spring tides", "The council will spend half a million pounds on the north beach wall, after storms this winter took away three sections of it. Work starts in February and should be finished before the spring tides, the council said, though residents behind the wall say they have heard that before."),
    ("Fish market to move beside the quay", "The fish market will move to a new building beside the quay next spring, its owners said on Tuesday. The old market hall, which has stood on the same site since 1889, will be turned into a museum of the harbour's fishing fleet and its families.")]))
b = NAV + '<main><header class="article-header"><h1>East channel to be dredged after ships run aground</h1></header><article class="story">' + ps(S) + '</article><div class="c-river"><h2>Latest news</h2>' + cards + '</div></main>' + FOOT
write("r12r_headline_above_article_then_card_river", "East channel to be dredged after ships run aground", b, S)

# 12s. WordPress: the next post loaded as a second <article> of the same class, its headline an h2 link
b = NAV + '<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">East channel to be dredged after ships run aground</h1></header><div class="entry-content">' + ps(S) + '</div></article><article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="/ferry">Winter ferry to the islands will keep running</a></h2></header><div class="entry-content">' + ps(S2) + '</div></article></main>' + FOOT
write("r12s_next_post_second_article", "East channel to be dredged after ships run aground", b, S)

# 12t. A reflection whose page title is above it, then the site's other reflections as excerpts with "Read more" links
R2 = ["The tide goes out twice a day and takes nothing with it that it does not bring back.", "Perhaps that is what patience is: knowing the water will return.", "I sat on the wall this morning and waited for it, and it came."]
others = "".join(f'<div class="reflection-excerpt"><p>{esc(x)}</p><a href="/reflections/{i}" class="more-link">Read more</a></div>' for i, x in enumerate([
    "They are loud, and they steal, and I have never seen one give up. There is something to learn there too, if we watch them long enough.",
    "On the quay this morning you could not see the boats, only hear them. Some days are like that, and we go on by ear.",
    "My grandfather mended nets every winter evening and said it was the only time he could think. I understand him better now.",
    "Everything by the sea rusts, fades or cracks in the end. It does not seem to mind, and perhaps we need not either."]))
b = NAV + '<main><h1>Low water</h1><div class="reflection-body">' + ps(R2) + '</div><h3>More reflections</h3>' + others + '</main>' + FOOT
write("r12t_reflection_then_excerpts_read_more", "Low water", b, R2)

# 12u. A slideshow list article: each item a slide, all but the first hidden until the reader clicks on
b = NAV + '<main><article><h1>Five things to do in the harbour this winter</h1><div class="slideshow">'
gold = []
for k, (h, p) in enumerate(ITEMS):
    style = '' if k == 0 else ' style="display:none"'
    active = ' slide--active' if k == 0 else ''
    b += f'<div class="slide{active}"{style}><figure><img src="/i{k}.jpg"></figure><h2>{esc(h)}</h2><p>{esc(p)}</p></div>'
    gold += [h, p]
b += '</div><div class="slideshow-nav"><button>Previous</button><button>Next</button></div></article></main>' + FOOT
write("r12u_slideshow_hidden_slides", "Five things to do in the harbour this winter", b, gold)

# 12v. A gallery list article whose items are told in the pictures' captions
b = NAV + '<main><article><h1>Five things to do in the harbour this winter</h1><p>The harbour is quieter in winter, but there is more to do than you might think.</p>'
gold = ["The harbour is quieter in winter, but there is more to do than you might think."]
for k, (h, p) in enumerate(ITEMS):
    b += f'<figure class="gallery-item"><img src="/i{k}.jpg"><figcaption><strong>{esc(h)}</strong> {esc(p)}</figcaption><span class="image-credit">Photo: Harbour Board</span></figure>'
    gold += [f"{h} {p}"]
b += '</article></main>' + FOOT
write("r12v_gallery_items_in_captions", "Five things to do in the harbour this winter", b, gold)

# 12w. The second part of the story in a container whose class adds a modifier to the first's, a heavy box between
b = NAV + '<main><h1>East channel to be dredged after ships run aground</h1><div class="story-body">' + ps(S[:5]) + '</div>' + RELATED + '<div class="story-body story-body--rest">' + ps(S[5:]) + '</div></main>' + FOOT
write("r12w_second_part_modifier_class", "East channel to be dredged after ships run aground", b, S)

# 12x. A story whose second part follows a video box and a heavy box of links in a plain <div>
video = '<div class="media-box"><iframe src="https://video.example.com/embed/1"></iframe><h4>Watch: the ships aground in the channel</h4></div>'
b = NAV + '<main><article><h1>East channel to be dredged after ships run aground</h1><div class="entry">' + ps(S[:4]) + '</div>' + video + RELATED + '<div>' + ps(S[4:]) + '</div></article></main>' + FOOT
write("r12x_second_part_plain_div_after_video", "East channel to be dredged after ships run aground", b, S)
