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
