from common import *
from kind2 import A
# k2l: WP group block holds the second half
b = NAV + '<main><article class="post"><h1 class="entry-title">Water company to replace city\'s oldest mains</h1><div class="entry-content">' + ps(A[:3])
b += '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/x"></iframe></div><figcaption>Inside a Victorian water main</figcaption></figure>'
b += '<div class="wp-block-group"><div class="wp-block-group__inner-container">' + ps(A[3:]) + '</div></div></div></article></main>' + FOOT
write("k2l_wp_group_second_half", "Water company to replace city's oldest mains", b, A)
# k2n: "Story continues below advertisement" between two sections
b = NAV + '<main><article><h1>Water company to replace city\'s oldest mains</h1><section class="c-article-body__section">' + ps(A[:4]) + '</section>'
b += '<div class="c-ad"><p class="c-ad__label">Story continues below advertisement</p><div id="ad-2"></div></div>'
b += '<section class="c-article-body__section">' + ps(A[4:]) + '</section></article></main>' + FOOT
write("k2n_story_continues_below", "Water company to replace city's oldest mains", b, A)
# k2o: first half in article body, second half after a "Related: " link list and an inline newsletter, in a sibling div whose class is generic
b = NAV + '<main><div class="article"><h1>Water company to replace city\'s oldest mains</h1><div class="article__content"><div class="text-block">' + ps(A[:2]) + '</div>'
b += '<div class="text-block">' + ps(A[2:3]) + '</div><div class="inline-newsletter-signup"><h4>Sign up for the Morning Brief</h4><p>The day\'s top local stories, delivered to your inbox every weekday morning before 7.</p></div>'
b += '<div class="text-block">' + ps(A[3:5]) + '</div><div class="text-block"><p><strong>Related:</strong> <a href="/r">City council to debate water bills</a></p></div><div class="text-block">' + ps(A[5:]) + '</div></div></div></main>' + FOOT
write("k2o_text_blocks_split", "Water company to replace city's oldest mains", b, A)
# k2p: long first half, embed, then the second half inside a blockquote-like "pullquote"? no: second half after a <hr> and a subheading, in a different <div class="body-part">
b = NAV + '<main><article><h1>Water company to replace city\'s oldest mains</h1><div class="body-part">' + ps(A[:6]) + '</div><div class="video-player"><div data-video-id="1"></div><h4>Watch: the plan explained</h4></div><div class="body-part">' + '<h2>What happens next</h2>' + ps(A[6:]) + '</div></article></main>' + FOOT
write("k2p_body_parts_subheading", "Water company to replace city's oldest mains", b, A[:6] + ["What happens next"] + A[6:])
