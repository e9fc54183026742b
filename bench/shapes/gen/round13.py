from common import *
# Round 13: issue 14's four losses in markup no earlier round wrote: list items in an ordered list or a how-to's
# steps, a gallery list told in each photo's commentary, a results table in a block figure, a story set with <br>s
# around a video, the rest of a story in a "paywall" or collapsed "read more" element, every paragraph in its own
# element with ads between, teasers with long summaries in a plain list after the article.

S = ["The town council voted on Thursday to turn the old bus depot into forty homes for rent, ending a six-year argument over the site.",
     "The depot has stood empty since the bus company moved to a larger yard outside town in 2017, and its roof has since partly fallen in.",
     "Under the plan, a housing association will build and run the homes, and a third of them will be let at half the market rent.",
     "Neighbours who had asked for a park on the site said they were disappointed but would watch the building work closely.",
     "The council's housing lead, Priya Shah, said the town needed homes more than anything else and that the depot was the best site it owned.",
     "Work is expected to start next autumn and take about two years, the council said, if the plans pass a final review in the spring.",
     "The old depot's clock tower, a local landmark, will be kept and repaired as part of the scheme."]
TITLE = "Old bus depot to become forty homes"

# 13a. A list article whose items are long entries of an ordered list, each a heading and two paragraphs
ITEMS = [("The lifeboat station", "Open to visitors on Saturdays, the station shows the boats and the crew's kit, and volunteers explain how a launch works.", "The station's shop sells tide tables and maps, and the money goes to the crew."),
         ("The fish market", "The boats land their catch before dawn, and the market opens to the public at seven, when the best of it is still on the ice.", "Bring a cool bag: the stalls sell whole fish cheaper than the shops in town."),
         ("The island ferry", "A winter sailing now runs on Saturdays; the crossing takes forty minutes and the café on the pier is open all year.", "Return tickets are cheaper if bought the day before at the harbour office."),
         ("The maritime museum", "Free on Sundays, with a room given over to the channel's history and a model of the harbour as it was in 1900.", "The museum's top floor has the best view of the harbour mouth in town.")]
b = NAV + '<main><article><h1>Four things to do at the harbour this winter</h1><div class="entry-content"><p>The harbour is quieter in winter, but there is more to do than you might think, and most of it is free.</p><ol class="wp-block-list">'
gold = ["The harbour is quieter in winter, but there is more to do than you might think, and most of it is free."]
for h, p1, p2 in ITEMS:
    b += f'<li><h3>{esc(h)}</h3><p>{esc(p1)}</p><p>{esc(p2)}</p></li>'
    gold += [h, p1, p2]
b += '</ol></div></article></main>' + FOOT
write("r13a_list_items_in_ordered_list", "Four things to do at the harbour this winter", b, gold)

# 13b. A how-to whose steps are an ordered list of long items after a short introduction
STEPS = ["Measure the table from edge to edge through its centre, then add twice the drop you want, usually about twenty-five centimetres.",
         "Fold a square of fabric into quarters, so that the folded corner is the centre of the cloth and all four edges line up.",
         "Tie a string to a pencil, hold the other end at the folded corner and mark an arc at half the diameter you measured.",
         "Cut along the arc through all four layers at once, keeping the scissors upright so that the layers do not slip.",
         "Unfold the circle, press a narrow double hem all round the edge and sew it down with a straight stitch."]
b = NAV + '<main><article><h1>How to make a round tablecloth in five steps</h1><div class="post-body"><p>A round tablecloth is one of the easiest things to sew, and you need no pattern at all.</p><ol class="steps">' + "".join(f'<li class="step">{esc(s)}</li>' for s in STEPS) + '</ol><p>Wash the fabric before you cut it, or the cloth may shrink out of shape the first time it is washed.</p></div></article></main>' + FOOT
write("r13b_howto_steps_list", "How to make a round tablecloth in five steps", b, ["A round tablecloth is one of the easiest things to sew, and you need no pattern at all."] + STEPS + ["Wash the fabric before you cut it, or the cloth may shrink out of shape the first time it is washed."])

# 13c. A gallery list article: each item a photo, its owner's credit and a commentary of two paragraphs in an
# element the theme names "item__comment"
WIN = [("The kitchen prize went to a small terrace house whose owners knocked two rooms into one and kept the old range.", "Kitchens are the rooms readers save most often, and this one was saved more than any other this year."),
       ("A bathroom under the eaves won for the way it fits a full bath into a room barely two metres high.", "The tiles were made by a potter in the next village, and the owners laid them themselves."),
       ("The best garden room is a glass box at the end of a long, narrow plot, heated by a wood stove.", "Its owners say they use it more in winter than in summer, when the garden itself is the room.")]
b = NAV + '<main><div class="gallery-article"><h1>The year\'s favourite rooms, as chosen by readers</h1><div class="gallery-intro"><p>Readers voted for their favourite rooms of the year by saving them to their scrapbooks; here are three of the winners.</p></div><div class="gallery-items">'
gold = ["Readers voted for their favourite rooms of the year by saving them to their scrapbooks; here are three of the winners."]
for i, (c1, c2) in enumerate(WIN):
    b += f'<div class="gallery-item"><div class="gallery-item__body"><a class="gallery-item__link" href="/photos/{i}"><img src="/p{i}.jpg" alt=""></a><a class="gallery-item__owner" href="/user/{i}">Studio {i}</a><button type="button">Save</button></div><div class="gallery-item__comment">{esc(c1)}<br><br>{esc(c2)}</div></div>'
    gold += [c1, c2]
b += '</div></div></main>' + FOOT
write("r13c_gallery_item_commentary", "The year's favourite rooms, as chosen by readers", b, gold)

# 13d. A results table in a block figure after the story's paragraph
ROWS = [("1", "Harbour Rowing Club", "27"), ("2", "Estuary Oars", "24"), ("3", "North Quay RC", "18"), ("4", "Island Boat Club", "12")]
intro = "Harbour Rowing Club won the winter league by three points after beating Estuary Oars in the last race of the season on Saturday."
b = NAV + '<main><article><h1>Winter league: the final table</h1><div class="entry-content"><p>' + esc(intro) + '</p><figure class="wp-block-table"><table><thead><tr><th>Pos</th><th>Club</th><th>Pts</th></tr></thead><tbody>' + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS) + '</tbody></table><figcaption>Final standings</figcaption></figure></div></article></main>' + FOOT
write("r13d_results_table_in_block_figure", "Winter league: the final table", b, [intro, "Pos", "Club", "Pts"] + [c for r in ROWS for c in r])

# 13e. A story set as lines parted by <br>s in two paragraphs, a video player between them
b = NAV + '<main><div class="post"><h1>' + esc(TITLE) + '</h1><div class="post-text"><p>' + "<br><br>".join(esc(s) for s in S[:4]) + '</p><div class="video-player"><video src="/v.mp4"></video><p class="video-title">Watch: the depot today</p></div><p>' + "<br><br>".join(esc(s) for s in S[4:]) + '</p></div></div></main>' + FOOT
write("r13e_br_lines_around_video", TITLE, b, S)

# 13f. The rest of a story in an element named for the paywall it sits behind, shown on this page
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="article-body"><p>' + esc(S[0]) + '</p><p>' + esc(S[1]) + '</p><div class="paywall">' + ps(S[2:]) + '</div></div></article></main>' + FOOT
write("r13f_rest_in_paywall_element", TITLE, b, S)

# 13g. The rest of a story in a collapsed "read more" element after a button
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="story"><p>' + esc(S[0]) + '</p><p>' + esc(S[1]) + '</p><button class="read-more-button">Read more</button><div class="read-more-content collapsed">' + ps(S[2:]) + '</div></div></article></main>' + FOOT
write("r13g_rest_in_collapsed_read_more", TITLE, b, S)

# 13h. Every paragraph in an element of its own, an ad slot between each two
AD = '<div class="ad-container"><div class="ad-slot" id="ad-{0}"></div><span class="ad-label">Advertisement</span></div>'
b = NAV + '<main><h1>' + esc(TITLE) + '</h1><div class="story-body">' + "".join(f'<div class="text-component"><p>{esc(s)}</p></div>' + AD.format(i) for i, s in enumerate(S)) + '</div></main>' + FOOT
write("r13h_paragraph_components_ads_between", TITLE, b, S)

# 13i. Teasers with long summaries in a plain list after the article, under a heading
TEASE = [("Library to open on Sundays from January", "The central library will open on Sunday afternoons from January, the council said, after a survey found that most people who do not use it work during the week. Staff will be paid overtime for the extra hours, and the cost will be met from the arts budget."),
         ("New cycle lane for the high street", "A cycle lane will run the length of the high street from next summer, replacing twenty parking spaces that the council says are rarely full. Shopkeepers have asked for a loading bay at each end, and the council has agreed to one."),
         ("Swimming pool roof to be replaced", "The leisure centre's pool will close for three months next year while its roof is replaced, after engineers found rust in the steel frame. Swimmers will be offered free sessions at the pool in the next town while the work goes on.")]
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="body">' + ps(S) + '</div></article><div class="more"><h2>More from the town</h2><ul>' + "".join(f'<li><h3><a href="/news/{hid(t)}">{esc(t)}</a></h3><p>{esc(s)}</p></li>' for t, s in TEASE) + '</ul></div></main>' + FOOT
write("r13i_long_teasers_plain_list", TITLE, b, S)

# 13j. Comments printed after the story inside its own container under a count, with no comment classes
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="entry">' + ps(S) + '<h3>3 Comments</h3>' + "".join(f'<div class="c"><p><strong>{n}</strong> says:</p><p>{esc(t)}</p></div>' for n, t in [("Margaret", "About time too. That depot has been an eyesore for as long as I can remember, and the town needs the homes."), ("Dev", "Forty homes and not one parking space each? The streets round there are full already, and nobody has thought about it."), ("Lucy B.", "I hope they keep the clock tower. My grandfather drove the number 9 bus out of that depot for thirty years.")]) + '</div></article></main>' + FOOT
write("r13j_comments_under_a_count_in_the_entry", TITLE, b, S)

# 13k. A related article's card with a long summary in the middle of the story, inside the story's container
CARD = '<div class="embed-card"><a href="/news/housing-plan"><h4>Town sets out ten-year housing plan</h4><p>The council has named twelve sites for new homes over the next ten years, among them two old schools, a car park behind the station and the bus depot, which it bought from the bus company in 2018 for a little under a million pounds.</p></a></div>'
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="article-body">' + ps(S[:3]) + CARD + ps(S[3:]) + '</div></article></main>' + FOOT
write("r13k_linked_card_long_summary_inside", TITLE, b, S)

# 13l. "Recommended" after the story in its own container: a heading and linked lines with long titles
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="article-body">' + ps(S) + '<h2>Recommended</h2>' + "".join(f'<p><a href="/news/{hid(t)}">{esc(t)}</a></p>' for t, _ in TEASE) + '</div></article></main>' + FOOT
write("r13l_recommended_links_in_body", TITLE, b, S)

# 13m. A second story printed after the first in the same article container, under a plain <h2> headline with a byline
S3 = ["The county's last dairy on the river will close in the spring after the family that has run it for five generations failed to find a buyer.",
      "Ruth Calder, who milks eighty cows with her two sons, said rising feed costs and the low price paid for milk had made the farm impossible to keep going.",
      "The land is expected to be sold to a neighbouring farm that grows barley and potatoes."]
b = NAV + '<main><div class="article-body"><h1>' + esc(TITLE) + '</h1><p class="byline">By Sam Ortiz</p>' + ps(S) + '<h2>Last dairy on the river to close</h2><p class="byline">By Nia Hughes</p>' + ps(S3) + '</div></main>' + FOOT
write("r13m_second_story_with_byline_same_container", TITLE, b, S)

# 13n. A poll embedded between the story's paragraphs: a question, its options and a vote button
POLL = '<div class="poll-embed"><p class="poll-question">Should the depot become homes?</p><ul class="poll-options"><li><label><input type="radio" name="p"> Yes</label></li><li><label><input type="radio" name="p"> No</label></li><li><label><input type="radio" name="p"> Not sure</label></li></ul><button>Vote</button></div>'
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="article-body">' + ps(S[:3]) + POLL + ps(S[3:]) + '</div></article></main>' + FOOT
write("r13n_poll_between_paragraphs", TITLE, b, S)

# 13o. Results under a heading of their own after the story's paragraphs, in the story's container
intro2 = ["Harbour Rowing Club won the winter league by three points after beating Estuary Oars in the last race of the season on Saturday.",
          "The club's women's eight also won their race, the first time the club has taken both titles in the same year."]
b = NAV + '<main><article><h1>Harbour club take the winter title</h1><div class="entry-content">' + ps(intro2) + '<h2>Final table</h2><table><thead><tr><th>Pos</th><th>Club</th><th>Pts</th></tr></thead><tbody>' + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS) + '</tbody></table></div></article></main>' + FOOT
write("r13o_results_table_under_own_heading", "Harbour club take the winter title", b, intro2 + ["Final table", "Pos", "Club", "Pts"] + [c for r in ROWS for c in r])

# 13p. The rest of a story in an element named for subscribers, visible on the page
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="article-body">' + ps(S[:2]) + '<div class="premium-content locked">' + ps(S[2:]) + '</div></div></article></main>' + FOOT
write("r13p_rest_in_premium_element", TITLE, b, S)

# 13q. A partner widget of teasers with summaries after the story, inside the article
PW = '<div class="partner-recs"><h3>From around the web</h3>' + "".join(f'<div class="rec"><a href="https://partner.example.net/{hid(t)}"><span class="rec-title">{esc(t)}</span></a><p>{esc(s[:160])}</p></div>' for t, s in TEASE) + '</div>'
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="article-body">' + ps(S) + '</div>' + PW + '</article></main>' + FOOT
write("r13q_partner_recs_with_summaries", TITLE, b, S)

# 13r. The story's first paragraphs in an element the theme names its intro, the rest in the text element after it
b = NAV + '<main><article><h1>' + esc(TITLE) + '</h1><div class="article-intro">' + ps(S[:2]) + '</div><div class="ad-slot"></div><div class="article-text">' + ps(S[2:]) + '</div></article></main>' + FOOT
write("r13r_first_part_in_intro_element", TITLE, b, S)

# 13s. A deals roundup whose products sit in boxes a plug-in names "product-widget", each a name, a line and a price button
DEALS = [("Harbour 2 headphones", "Twenty hours of battery and a case that folds flat; the best pair we have tested under a hundred pounds."),
         ("Quayside kettle", "Boils a litre in under three minutes and keeps quiet about it, with a filter that lifts out for cleaning."),
         ("Tide lamp", "A bedside lamp that dims slowly over half an hour, with a warm setting that does not keep you awake.")]
b = NAV + '<main><article><h1>Three deals worth having this weekend</h1><div class="entry-content"><p>Prices move fast over the holiday weekend, so these are the three we would buy now.</p>'
gold = ["Prices move fast over the holiday weekend, so these are the three we would buy now."]
for n, d in DEALS:
    b += f'<div class="product-widget"><h3>{esc(n)}</h3><p>{esc(d)}</p><a class="btn" href="https://shop.example.com/{hid(n)}">£49 at Shopmart</a></div>'
    gold += [n, d]
b += '</div></article></main>' + FOOT
write("r13s_deals_in_product_widgets", "Three deals worth having this weekend", b, gold)

# 13t. Past winners as short lines with years under a heading of their own, right after the story's last paragraph
W = ["Harbour Rowing Club won the club of the year award on Friday, the first time a rowing club has taken it since the award began.",
     "The judges praised the club's junior squad, which has grown from eight rowers to forty in three years, and its work with the town's schools.",
     "The club's captain, Dana Reid, said the award belonged to the volunteers who run the boathouse every weekend of the year."]
PAST = ["2023: Harbour Rowing Club", "2022: Estuary Swimmers", "2021: North Quay Sailing", "2020: Island Cycling Club", "2019: Lighthouse Runners"]
b = NAV + '<main><article><h1>Rowers named club of the year</h1><div class="entry-content">' + ps(W) + '<h3>Past winners</h3><ul>' + "".join(f"<li>{esc(x)}</li>" for x in PAST) + '</ul></div></article></main>' + FOOT
write("r13t_past_winners_under_heading", "Rowers named club of the year", b, W + ["Past winners"] + PAST)
