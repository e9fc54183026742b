from common import *
A = ["The city's water company will spend 40 million pounds replacing the oldest of its mains after a summer in which three burst pipes left thousands of homes without water for days.",
     "The work, announced on Monday, will start in January in the northern districts, where most of the pipes were laid before 1900 and leaks are most common.",
     "Residents there have complained for years about low pressure and brown water, and a council report last year found the company had missed its own repair targets four times.",
     "The company's chief executive, Helen Marsh, said the plan was the largest in its history. \"We know we have let people down, and this is how we start to put it right,\" she said.",
     "Roads will be closed in stages, each for no more than six weeks, and the company has promised to tell households a month before work reaches their street.",
     "Shop owners on the high street said they feared the closures would keep customers away during the busiest weeks of the year.",
     "\"If the road is dug up in December, we lose Christmas,\" said Tom Ellery, who runs a hardware store that his grandfather opened in 1952.",
     "The company said no work would take place on the high street between mid-November and early January, and that it would pay for extra parking nearby.",
     "The regulator welcomed the plan but said it would watch closely to see whether the money was spent as promised.",
     "The first public meeting on the works will be held at the town hall on 3 December at 7 p.m."]

# 2a. WordPress with embedded tweet blockquote in the middle
b = NAV + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Water company to replace city\'s oldest mains</h1></header><div class="entry-content">'
b += ps(A[:4])
b += '<figure class="wp-block-embed-twitter wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet" data-width="550"><p lang="en" dir="ltr">Finally! Three summers of brown water and now they fix it. Let us see if they actually turn up this time <a href="https://twitter.com/hashtag/water">#water</a></p>&mdash; Northside Residents (@northside_res) <a href="https://twitter.com/northside_res/status/1">November 18, 2019</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></figure>'
b += ps(A[4:]) + '</div><footer class="entry-footer"><div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div></footer></article></main></div></div>' + FOOT
write("k2a_wp_tweet", "Water company to replace city's oldest mains", b, A)

# 2b. Arc XP / WaPo style: each para in its own div wrapper, related-links box and video in the middle
def arcp(p): return f'<div class="article-body"><p class="font--body font-copy gray-darkest ma-0 pb-md">{esc(p)}</p></div>'
b = NAV + '<main><div class="grid-layout"><div class="grid-center"><h1 data-qa="headline" class="font--headline">Water company to replace city\'s oldest mains</h1><div class="byline">By <a href="/people/x">Lee Park</a></div>'
b += '<div class="article-body" data-qa="article-body">' + "".join(arcp(p) for p in A[:3])
b += '<div class="related-links"><div class="related-links__title">Related</div><ul><li><a href="/local/1">The burst pipe that shut three schools</a></li><li><a href="/local/2">Why your water bill is going up again</a></li><li><a href="/local/3">Inside the control room of the water company</a></li></ul></div>'
b += "".join(arcp(p) for p in A[3:6])
b += '<div class="powa-wrapper"><div class="powa" data-uuid="abc-123" data-org="site"><div class="powa-shot-title">Watch: What a 120-year-old water main looks like inside</div><div class="powa-caption">Engineers show the inside of a pipe laid in 1896. (The Site)</div></div></div>'
b += "".join(arcp(p) for p in A[6:]) + '</div>'
b += '<div class="author-bio"><p>Lee Park covers local government and infrastructure for The Site. He joined in 2015 from a paper in the north.</p></div></div></div></main>' + FOOT
write("k2b_arc_related_video", "Water company to replace city's oldest mains", b, A)

# 2c. Brightspot with inline Promo enhancement (related story card with description)
b = NAV + '<main class="Page-main"><h1 class="Page-headline">Water company to replace city\'s oldest mains</h1><div class="RichTextArticleBody RichTextBody">' + ps(A[:5])
b += '<div class="Enhancement" data-align-center><div class="Enhancement-item"><ps-promo class="PromoSmall" data-content-type="article"><div class="PromoSmall-content"><div class="PromoSmall-category">Local News</div><h3 class="PromoSmall-title"><a href="/news/pipes-1">Why the city\'s pipes keep bursting every summer</a></h3><p class="PromoSmall-description">Engineers say old iron mains crack when the ground dries out and shrinks.</p></div></ps-promo></div></div>'
b += ps(A[5:]) + '</div></main>' + FOOT
write("k2c_brightspot_promo", "Water company to replace city's oldest mains", b, A)

# 2d. Guardian-style: rich link aside and ad slot inside body
b = NAV + '<div class="content__main"><div class="content__head"><h1 class="content__headline" itemprop="headline">Water company to replace city\'s oldest mains</h1></div><div class="content__article-body from-content-api js-article__body" itemprop="articleBody" data-test-id="article-review-body">'
b += ps(A[:4])
b += '<aside class="element element-rich-link element--thumbnail"><p><span>Related: </span><a href="/uk/2019/aug/01/pipes">Drought leaves thousands without water as mains burst</a></p></aside>'
b += ps(A[4:7])
b += '<div class="ad-slot-container"><div id="dfp-ad--inline1" class="js-ad-slot ad-slot ad-slot--inline" data-label-show="true" aria-hidden="true"></div></div>'
b += ps(A[7:]) + '</div><div class="submeta"><span class="submeta__label">Topics</span><ul class="submeta__links"><li><a href="/t/water">Water</a></li><li><a href="/t/local">Local government</a></li></ul></div></div>' + FOOT
write("k2d_guardian_richlink_ad", "Water company to replace city's oldest mains", b, A)

# 2e. AMP page with amp-ad, amp-youtube, amp-twitter
b = '<header class="amp-header"><a href="/">The Site</a></header><article class="amp-article"><h1 class="amp-title">Water company to replace city\'s oldest mains</h1><div class="amp-meta">November 18, 2019</div><div class="amp-content">'
b += ps(A[:3]) + '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/amp"><div fallback>Advertisement</div></amp-ad>'
b += ps(A[3:6]) + '<amp-youtube data-videoid="xyz" layout="responsive" width="480" height="270"></amp-youtube>'
b += ps(A[6:8]) + '<amp-twitter width="375" height="472" layout="responsive" data-tweetid="123"><blockquote placeholder class="twitter-tweet"><p>The pipes on our street are older than my great-grandmother.</p>&mdash; A resident (@resident)</blockquote></amp-twitter>'
b += ps(A[8:]) + '</div></article><amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/news">News</a></li></ul></amp-sidebar>'
write("k2e_amp_embeds", "Water company to replace city's oldest mains", b, A)

# 2f. Body in two sibling containers split by an ad/newsletter block (Yahoo/BI style)
b = NAV + '<div class="caas-container"><header class="caas-header"><h1>Water company to replace city\'s oldest mains</h1></header><div class="caas-body-wrapper"><div class="caas-body">' + ps(A[:4]) + '</div>'
b += '<div class="inline-newsletter"><h3>Get the local briefing</h3><p>Sign up for our free newsletter and get the day\'s local news in your inbox every morning.</p><form><input type="email"><button>Sign up</button></form></div>'
b += '<div class="caas-body caas-body-2">' + ps(A[4:]) + '</div></div></div>' + FOOT
write("k2f_split_containers_newsletter", "Water company to replace city's oldest mains", b, A)

# 2g. Medium-style: sections separated, figure between, each para in section>div>div
def med(paras): return '<section class="dj dk dl dm dn"><div class="n p"><div class="ac ae af ag ah dz aj ak">' + "".join(f'<p class="graf graf--p" id="{hid(p)}">{esc(p)}</p>' for p in paras) + '</div></div></section>'
b = '<div id="root"><div class="a b c"><nav class="metabar"><a href="/">Medium</a><a href="/m/signin">Sign in</a></nav><article><div>'
b += '<section class="dj"><div class="n p"><div class="ac ae"><h1 class="graf graf--h3 graf--title">Water company to replace city\'s oldest mains</h1><div class="eo"><a href="/@lee">Lee Park</a><span>Nov 18, 2019 · 4 min read</span></div></div></div></section>'
b += med(A[:3]) + '<div class="section-divider"><hr class="section-divider"></div>'
b += '<figure class="graf graf--figure"><img src="/a.jpg"><figcaption class="imageCaption">A water main under repair in the northern district.</figcaption></figure>'
b += med(A[3:7]) + '<div class="section-divider"><hr></div>' + med(A[7:])
b += '</div></article><div class="js-postFooterInfo"><h4>Written by Lee Park</h4><p>Writer on cities, water and the things under our streets. Editor at a local paper.</p></div><div class="responsesWrapper"><button>See responses (4)</button></div>'
b += '<div class="u-paddingTop"><h3>More from Lee Park</h3><div class="postArticle"><h3><a href="/p/1">The town that ran out of water</a></h3><p>What happened when the reservoir dried up in the summer of 2018, and who paid for it.</p></div></div></div></div>'
write("k2g_medium_sections", "Water company to replace city's oldest mains", b, A)

# 2h. Drupal with "Read more" inline teaser list in a paragraph-field block between paragraphs fields
b = NAV + '<div class="layout-content"><article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">Water company to replace city\'s oldest mains</span></h1><div class="node__content">'
b += '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">' + ps(A[:5]) + '</div>'
b += '<div class="field field--name-field-related-content field--type-entity-reference field__items"><div class="field__label">Read more</div><div class="field__item"><a href="/node/1">Council report: water company missed targets</a></div><div class="field__item"><a href="/node/2">Residents protest over brown water</a></div></div>'
b += '<div class="clearfix text-formatted field field--name-field-body-continued field--type-text-long field--label-hidden field__item">' + ps(A[5:]) + '</div>'
b += '</div></article></div>' + FOOT
write("k2h_drupal_two_body_fields", "Water company to replace city's oldest mains", b, A)

# 2i. Video embed with long transcript-like description between (player with caption paragraph > 200 chars)
b = NAV + '<main><article><h1>Water company to replace city\'s oldest mains</h1><div class="article-content">' + ps(A[:4])
b += '<div class="video-embed jw-player-wrapper"><div id="jwplayer_1" class="jwplayer" data-video-id="9f8e"></div><div class="video-embed__meta"><h4 class="video-embed__title">Residents react to the water plan</h4><p class="video-embed__description">People in the northern district told us what three summers of burst pipes have meant for them, from days without running water to ruined carpets and cancelled holidays. Video by our local desk.</p></div></div>'
b += ps(A[4:]) + '</div></article></main>' + FOOT
write("k2i_video_with_description", "Water company to replace city's oldest mains", b, A)
