from common import *
# 4a. A page of short reflections (devotional/daily thoughts), with the site's other snippets (quote of the day, other reflections teasers)
R = ["Morning comes slowly in November.",
     "The light arrives late and leaves early, and we spend the short day wishing it were longer.",
     "But there is a gift in the dark afternoons.",
     "They ask us to slow down, to light a lamp, to sit with a cup of tea and a friend.",
     "Today, notice one small thing that is good.",
     "Write it down before you sleep.",
     "Tomorrow, notice two."]
b = NAV + '<div class="page-wrap"><div class="content-area"><article class="reflection"><h1 class="entry-title">A small thing that is good</h1><div class="entry-meta">November 19, 2019</div><div class="entry-content">' + ps(R) + '</div></article>'
b += '<div class="sidebar"><div class="widget quote-of-the-day"><h3>Quote of the day</h3><blockquote><p>Kindness is the language the deaf can hear and the blind can see.</p></blockquote></div>'
b += '<div class="widget recent-reflections"><h3>Recent reflections</h3>'
for t, s in [("Learning to wait", "Waiting is not wasted time. It is the soil in which patience grows, slowly and out of sight."),
             ("The open door", "Every morning the door is open again. We do not have to walk through it, but we may."),
             ("Bread for the journey", "We do not need all the strength for the whole road today. We need enough for this mile.")]:
    b += f'<div class="reflection-teaser"><h4><a href="/r">{t}</a></h4><p>{s}</p></div>'
b += '</div><div class="widget about"><h3>About</h3><p>Daily Light is a small team of writers sharing a short reflection every morning since 2009.</p></div></div></div></div>' + FOOT
write("k4a_reflections_sidebar_snippets", "A small thing that is good", b, R)

# 4b. Reflections page: a set of numbered short reflections (the page itself), all short paragraphs, without <article>, site snippets below in sibling divs with similar markup
R2 = ["On gratitude: It is easier to be thankful for what we have when we stop counting what we lack.",
      "On rest: The field that lies fallow one year gives the richer harvest the next.",
      "On friendship: A friend is someone who knows the song in your heart and sings it back when you forget.",
      "On patience: The river cuts through rock not by its power but by its persistence.",
      "On courage: Courage is not the absence of fear but the choice to act in spite of it."]
b = NAV + '<div id="wrapper"><div class="main"><h1>Five reflections for a Sunday</h1><div class="post-text">' + "".join(f'<div class="reflection-item"><p>{esc(r)}</p></div>' for r in R2) + '</div>'
b += '<div class="more-posts"><h2>From the archive</h2>' + "".join(f'<div class="post-snippet"><h3><a href="/a">{t}</a></h3><p>{esc(s)}</p></div>' for t, s in [("Five reflections for a Saturday", "On hope: Hope is the thing that keeps the lamp lit in the window when no one is coming up the road."), ("Five reflections for a Friday", "On work: Good work is done slowly, by hands that have learned to love the task for its own sake."), ("Five reflections for a Thursday", "On silence: In the quiet we finally hear what the noise of the day was hiding from us.")]) + '</div></div></div>' + FOOT
write("k4b_reflections_archive_snippets", "Five reflections for a Sunday", b, R2)
