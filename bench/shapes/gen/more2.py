from common import *
teams = ["Northfield","Castleton","Riverside","Harbour Town","Eastbridge","Millbrook","Westgate","Ashford","Kingsbury","Southam","Oakley","Brampton"]
intro = ["Here are the league standings after the fourteenth round of matches, with points, goal difference and form for every club.", "Northfield stay top after their win on Saturday, and Brampton remain bottom without a win since August."]
b = NAV + '<main><article><h1>League standings after round 14</h1><div class="article-body">' + ps(intro) + '<table class="standings"><thead><tr><th>Pos</th><th>Club</th><th>P</th><th>GD</th><th>Pts</th></tr></thead><tbody>'
gold = list(intro) + ["Pos Club P GD Pts"]
for i,t in enumerate(teams):
    row = [str(i+1), t, "14", str(12-2*i), str(33-2*i)]
    b += "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
    gold.append(" ".join(row))
b += '</tbody></table></div></article><div class="more"><h3>More football</h3><ul><li><a href="/a">Northfield sign keeper</a></li><li><a href="/b">Vale called up</a></li></ul></div></main>' + FOOT
write("k1j_standings_table_last", "League standings after round 14", b, gold)
# results in a list after intro, nothing after
res = ["Arsenal 2-1 Chelsea", "Everton 0-0 Leeds", "Fulham 3-2 Brighton", "Leicester 1-4 Liverpool", "Newcastle 2-2 Wolves", "Southampton 0-1 Spurs"]
intro = ["A full round of matches on Saturday saw the leaders win again and two sides climb out of the bottom three."]
b = NAV + '<main><div class="story"><h1>Saturday\'s results in full</h1><div class="story-text">' + ps(intro) + "".join(f"<p>{r}</p>" for r in res) + '</div></div><div class="promo-strip"><p>Get the app for live scores</p></div></main>' + FOOT
write("k1k_results_lines_last", "Saturday's results in full", b, intro + res)
