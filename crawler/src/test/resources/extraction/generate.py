#!/usr/bin/env python3
"""Writes the labelled extraction pages (en/<id>.html, zh/<id>.html) and expected.json.

The article texts live in articles_en.py / articles_zh.py; this script wraps each in a different
page layout imitating a kind of real site (portal with sidebars and comments, blog, table layout,
JSON-LD, microdata, WeChat, 36Kr DOM, ...) with plenty of boilerplate. The gold body is the
article's paragraphs only: no title, byline, captions, ads, share bars or related lists.
Run: python3 generate.py   (files are committed; the test reads them, not this script)
"""
import html, json, os, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


e = html.escape


def plain(p):
    for prefix in ("## ", "* ", "> "):
        if p.startswith(prefix):
            return p[len(prefix):]
    return p


def body_html(paras, p_tag="p", p_attrs="", indent="", extra_between=None):
    """Renders paragraphs; extra_between maps paragraph index -> html inserted after it."""
    out, in_list = [], False
    for i, p in enumerate(paras):
        if p.startswith("* "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>%s</li>" % e(p[2:]))
        else:
            if in_list:
                out.append("</ul>")
                in_list = False
            if p.startswith("## "):
                out.append("<h2>%s</h2>" % e(p[3:]))
            elif p.startswith("> "):
                out.append("<blockquote><p>%s</p></blockquote>" % e(p[2:]))
            else:
                out.append("<%s%s>%s%s</%s>" % (p_tag, p_attrs, indent, e(p), p_tag))
        if extra_between and i in extra_between:
            out.append(extra_between[i])
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def nav(items, cls="site-nav"):
    return '<nav class="%s"><ul>%s</ul></nav>' % (cls, "".join('<li><a href="/%s/">%s</a></li>' % (i.lower().replace(" ", "-"), e(i)) for i in items))


def links_list(cls, heading, titles, base="/news/2025/"):
    lis = "".join('<li><a href="%s%d/%s">%s</a></li>' % (base, 100 + k, "-".join(t.lower().split()[:6]), e(t)) for k, t in enumerate(titles))
    return '<div class="%s"><h3>%s</h3><ul>%s</ul></div>' % (cls, e(heading), lis)


EN_RELATED = [
    "Rack power density becomes the new bottleneck for AI halls",
    "Why liquid cooling is finally going mainstream in Asia",
    "Inside the race to build sovereign AI clouds",
    "Five things to know about next-generation accelerators",
    "Chip smuggling case puts spotlight on resellers",
]
ZH_RELATED = [
    "液冷技术加速普及，智算中心能耗问题待解",
    "大模型价格战背后：推理成本还能降多少",
    "多地出台算力券政策，中小企业用算力更便宜了吗",
    "英伟达新一代芯片发布，国内厂商如何应对",
    "东数西算工程三周年：枢纽节点建设进展如何",
]

FOOTER_EN = '<footer class="site-footer"><div class="cols"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/careers">Careers</a></li><li><a href="/advertise">Advertise with us</a></li></ul><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/cookies">Cookie settings</a></li></ul></div><p class="legal">&copy; 2026 Compute Ledger Media Ltd. All rights reserved. No part of this site may be reproduced without permission.</p></footer>'
FOOTER_ZH = '<div class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/ads">广告服务</a> | <a href="/jobs">加入我们</a> | <a href="/law">法律声明</a></p><p>Copyright &copy; 2026 算力观察网 版权所有 京ICP备00000000号-1</p><p>违法和不良信息举报电话：010-00000000 举报邮箱：jubao@example.cn</p></div>'


def page(title, head_extra, body, lang="en", charset="utf-8"):
    return '<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n<title>%s</title>\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, charset, e(title), head_extra, body)


def og(a, site):
    return '<meta property="og:title" content="%s">\n<meta property="og:site_name" content="%s">\n<meta name="author" content="%s">\n<meta property="article:published_time" content="%s">' % (e(a["title"]), e(site), e(a["author"]), a["date"])


def comments_en(n=3):
    texts = [
        "Great piece. I run a small inference shop and we have seen exactly the same thing: landlords now offer free months just to fill racks, which was unthinkable two years ago.",
        "The utilisation figure seems too low to me. Our provider says they are at sixty percent, although maybe they are the exception rather than the rule.",
        "Would love to see a follow-up on what happens to all the hardware when the loans come due. Somebody is going to be left holding a lot of depreciating servers.",
        "This matches what we hear from brokers in Singapore as well, prices have been falling for months, and nobody wants to sign long contracts anymore.",
    ]
    items = "".join('<li class="comment"><div class="comment-author">reader%d</div><div class="comment-body"><p>%s</p></div><a class="reply" href="#">Reply</a></li>' % (i, e(t)) for i, t in enumerate(texts[:n]))
    return '<section id="comments" class="comments-area"><h3>%d Comments</h3><ol class="comment-list">%s</ol><form class="comment-form"><textarea></textarea><button>Post comment</button></form></section>' % (n, items)


def comments_zh(n=3):
    texts = [
        "说得太对了，我们公司去年签的长约现在想退都退不掉，违约金比省下来的钱还多。",
        "国产卡其实性能还可以，主要是生态问题，希望厂商多在软件上下功夫，不然价格再低也没人用。",
        "建议作者再写一篇关于推理算力价格的分析，现在市场上的报价差异太大了，很难判断什么价格是合理的。",
        "机房的朋友说今年下半年行情会好一点，不知道是不是真的，大家怎么看？",
    ]
    items = "".join('<div class="comment-item"><span class="user">网友%d</span><p class="comment-text">%s</p><span class="comment-time">2小时前</span><a class="zan">赞</a></div>' % (i, e(t)) for i, t in enumerate(texts[:n]))
    return '<div class="comment-box" id="pinglun"><h3>网友评论</h3>%s<div class="more-comments"><a href="/comments">查看更多评论</a></div></div>' % items


def share_bar(lang="en"):
    if lang == "en":
        return '<div class="share-bar"><span>Share</span><a href="https://twitter.com/intent/tweet">Twitter</a><a href="https://www.linkedin.com/share">LinkedIn</a><a href="mailto:?subject=x">Email</a></div>'
    return '<div class="share-box"><span>分享到：</span><a class="weixin">微信</a><a class="weibo">微博</a><a class="qq">QQ空间</a></div>'


def ad(lang="en", k=1):
    label = "Advertisement" if lang == "en" else "广告"
    return '<div class="ad-slot ad-inline" id="ad-%d"><span class="ad-label">%s</span><div class="ad-container"></div></div>' % (k, label)


# ---------------------------------------------------------------- English layouts

def en_portal(a, variant=0):
    url = "https://www.computeledger.example/markets/2025/%s" % "-".join(a["title"].lower().split()[:7])
    ex = {1: ad("en", 1), 3: '<figure class="article-image"><img src="/img/racks.jpg" alt="Server racks"><figcaption>Rows of GPU servers in a data centre in western China. Photo: Compute Ledger</figcaption></figure>'}
    if variant == 1:
        ex = {0: '<div class="related-inline"><strong>RELATED COVERAGE</strong><ul><li><a href="/markets/2025/chip-smuggling-case">Chip smuggling case puts spotlight on resellers</a></li><li><a href="/markets/2025/liquid-cooling">Liquid cooling goes mainstream</a></li></ul></div>', 2: ad("en", 2)}
    article_cls = "article-body" if variant == 0 else "story-text"
    body = """<div class="cookie-banner" id="cookie-consent"><p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.</p><button>Accept</button></div>
<header class="site-header"><a class="logo" href="/">Compute Ledger</a>%s</header>
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/markets">Markets</a> &rsaquo; <span>Compute</span></div>
<div class="page-grid">
<main id="main">
<article class="story">
<h1 class="headline">%s</h1>
<div class="byline">By <a rel="author" href="/staff/%s">%s</a> &middot; <time datetime="%s">%s</time> &middot; 4 min read</div>
%s
<div class="%s" id="%s">
%s
</div>
<div class="article-tags"><a href="/tag/gpu">GPU</a> <a href="/tag/china">China</a> <a href="/tag/data-centres">Data centres</a></div>
<div class="author-bio"><img src="/img/a.jpg"><p>%s covers AI infrastructure and semiconductors for Compute Ledger from Singapore. Previously she reported on energy markets.</p></div>
</article>
%s
</main>
<aside class="sidebar">%s<div class="newsletter-signup"><h3>Get the Compute Brief</h3><p>Our daily newsletter on chips, clouds and data centres, free in your inbox every morning.</p><input type="email"><button>Sign up</button></div></aside>
</div>
%s""" % (nav(["World", "Markets", "Technology", "Energy", "Opinion", "Video"]), e(a["title"]), a["author"].lower().replace(" ", "-"), e(a["author"]), a["date"], a["date"][:10], share_bar(), article_cls, "story" if variant else "body", body_html(a["paras"], extra_between=ex), e(a["author"].split()[0]), comments_en(3), links_list("most-read", "Most read", EN_RELATED), FOOTER_EN)
    return url, page(a["title"] + " | Compute Ledger", og(a, "Compute Ledger"), body)


def en_jsonld(a, with_body=True):
    url = "https://news.example-wire.com/article/%s-idUS%d" % ("-".join(a["title"].lower().split()[:6]), (4411000 + int(a["id"][2:]) * 37))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["date"], "author": [{"@type": "Person", "name": a["author"]}], "publisher": {"@type": "Organization", "name": "Example Wire"}}
    if with_body:
        ld["articleBody"] = " ".join(plain(p) for p in a["paras"])
    head = '<script type="application/ld+json">%s</script>\n<meta property="og:title" content="%s">' % (json.dumps(ld, ensure_ascii=False), e(a["title"]))
    paras = a["paras"]
    ex = {0: '<p class="read-more"><a href="/article/related-story">Read more: Inside the race to build sovereign AI clouds</a></p>', 2: '<div class="dfp-ad" data-slot="mid"><p>ADVERTISEMENT</p></div>'}
    body = """<div id="root"><div class="top-bar">%s<a href="/subscribe" class="subscribe-btn">Subscribe</a></div>
<div class="container"><div class="article-wrap">
<header class="article-header"><span class="kicker">Technology</span><h1>%s</h1><p class="dek">%s</p>
<p class="author-line">By %s</p><p class="date-line">%s</p></header>
<div class="story-body">%s</div>
<div class="trust-principles"><p>Our Standards: <a href="/principles">The Example Wire Trust Principles.</a></p></div>
</div>
<div class="right-rail">%s%s</div></div>%s</div>""" % (nav(["Business", "Markets", "World", "Tech", "Investigations"]), e(a["title"]), "Brokers say landlords are now competing for tenants", e(a["author"]), a["date"][:10], body_html(paras, p_attrs=' class="text__paragraph"', extra_between=ex), links_list("trending-rail", "Trending", EN_RELATED), ad("en", 7), FOOTER_EN)
    return url, page(a["title"] + " | Example Wire", head, body)


def en_microdata(a):
    url = "https://techinsight.example.org/%s/" % "-".join(a["title"].lower().split()[:5])
    ex = {1: '<aside class="pullquote"><p>&ldquo;Prices are moving every week.&rdquo;</p></aside>'}
    body = """%s<div class="wrap"><div itemscope itemtype="https://schema.org/Article">
<h1 itemprop="headline">%s</h1><div class="meta"><span itemprop="author">%s</span> <meta itemprop="datePublished" content="%s"><span class="date">%s</span></div>
<div itemprop="articleBody" class="entry">%s</div>
%s</div>
<div class="widget-area"><div class="widget"><h4>Popular posts</h4><ul><li><a href="/gpu-glossary/">A GPU glossary for non-engineers, explained with lots of examples</a></li><li><a href="/h20-explained/">The H20, explained in plain language</a></li></ul></div></div></div>%s""" % (nav(["Home", "News", "Analysis", "Events"]), e(a["title"]), e(a["author"]), a["date"], a["date"][:10], body_html(a["paras"], extra_between=ex), share_bar(), FOOTER_EN)
    return url, page(a["title"] + " - TechInsight", "", body)


def en_blog(a):
    url = "https://gpu-notes.example.net/2025/06/%s/" % "-".join(a["title"].lower().split()[:5])
    body = """<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">GPU Notes</a></p><p class="site-description">A blog about compute markets</p>%s</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="%s">%s</time></span> <span class="byline">by <span class="author vcard"><a href="/author/sam/">%s</a></span></span></div></header>
<div class="entry-content">%s
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="?share=twitter">Twitter</a></li><li><a href="?share=facebook">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/2025/04/the-broker-economy/">The broker economy</a> In &quot;Markets&quot;</p><p><a href="/2025/02/renting-a-gpu-in-2025/">Renting a GPU in 2025</a> In &quot;Guides&quot;</p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/markets/">Markets</a></span></footer>
</article>
<nav class="navigation post-navigation"><a href="/2025/05/previous/">&larr; What a rack really holds</a> <a href="/2025/06/next/">Why nobody wants training contracts &rarr;</a></nav>
%s
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form><input type="search"></form></section><section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul><li><a href="/2025/06/why-nobody-wants-training-contracts/">Why nobody wants training contracts</a></li><li><a href="/2025/05/what-a-rack-really-holds/">What a rack really holds</a></li></ul></section><section class="widget widget_text"><h2>About</h2><div class="textwidget"><p>I write about the economics of AI hardware. Opinions are my own and not those of my employer, obviously.</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>""" % (nav(["Home", "Archive", "About"], "main-navigation"), e(a["title"]), a["date"], "June 9, 2025", e(a["author"]), body_html(a["paras"]), comments_en(4))
    return url, page(a["title"] + " &#8211; GPU Notes", '<link rel="canonical" href="%s">' % url, body)


def en_short_heavy(a):
    url = "https://www.dailycompute.example/news/%s" % a["id"]
    trending = "".join('<div class="card"><a href="/news/%d-story"><h3>%s</h3></a><p class="teaser">%s</p></div>' % (k, e(t), "A look at how the market is changing and what it means for operators and tenants alike.") for k, t in enumerate(EN_RELATED))
    body = """<div class="cookie-notice"><p>This website uses cookies. Read our <a href="/cookies">cookie policy</a> to find out more.</p></div>
%s<div class="mega-menu">%s</div>
<div class="layout"><div class="main-col"><div class="article">
<h1>%s</h1><p class="meta">%s | %s</p>
<div class="article-text">%s</div></div>
<div class="more-stories"><h2>More stories</h2>%s</div></div>
<div class="side-col">%s</div></div>%s""" % (nav(["News", "Chips", "Cloud", "Policy", "Deals", "Podcasts", "Events", "Jobs"]), links_list("menu-latest", "Latest", EN_RELATED[::-1]), e(a["title"]), e(a["author"]), "August 3, 2025", body_html(a["paras"]), trending, ad("en", 3), FOOTER_EN)
    return url, page(a["title"] + " - Daily Compute", og(a, "Daily Compute"), body)


def en_list_article(a):
    url = "https://www.infra-review.example/analysis/%s" % "-".join(a["title"].lower().split()[:6])
    ex = {2: '<div class="newsletter-box"><p>Enjoying this article? Sign up for our weekly infrastructure newsletter and get analysis like this in your inbox.</p><a href="/signup">Sign up now</a></div>', 5: '<div class="ad"><p>Advertisement</p></div>'}
    body = """<header>%s</header><main><article><header><h1>%s</h1><p class="byline">By %s</p><time datetime="%s">%s</time></header>
<section class="content">%s</section>
<footer><p>Published in <a href="/analysis">Analysis</a>. <a href="/corrections">Report a correction</a>.</p></footer></article>
%s</main>%s""" % (nav(["Analysis", "News", "Data", "Podcast"]), e(a["title"]), e(a["author"]), a["date"], a["date"][:10], body_html(a["paras"], extra_between=ex), links_list("related-articles", "Related articles", EN_RELATED), FOOTER_EN)
    return url, page(a["title"], og(a, "Infra Review"), body)


def en_table(a):
    url = "http://www.oldtechnews.example/cgi-bin/story.pl?id=%d&amp;utm_source=rss" % (4000 + int(a["id"][2:]))
    text = "<br><br>\n".join(e(plain(p)) for p in a["paras"])
    side = "".join('<a href="/cgi-bin/story.pl?id=%d">%s</a><br>' % (3990 + k, e(t)) for k, t in enumerate(EN_RELATED))
    body = """<table width="100%%" border="0"><tr><td colspan="2" class="banner"><img src="/logo.gif"> <font size="2"><a href="/">Home</a> | <a href="/archive">Archive</a> | <a href="/search">Search</a></font></td></tr>
<tr><td width="180" valign="top" class="leftnav"><b>Sections</b><br><a href="/chips">Chips</a><br><a href="/cloud">Cloud</a><br><a href="/china">China</a><br><br><b>Latest</b><br>%s</td>
<td valign="top"><font face="Arial"><b><font size="4">%s</font></b><br><i>%s, %s</i><br><br>
%s
<br><br><font size="1">Copyright 2024 Old Tech News. <a href="/print?id=1">Printer-friendly version</a> | <a href="/mail">E-mail this story</a></font></font></td></tr></table>""" % (side, e(a["title"]), e(a["author"]), "November 5, 2024", text)
    return url.replace("&amp;", "&"), page(a["title"], "", body, charset="iso-8859-1")


def en_sections(a):
    url = "https://longread.example.com/features/%s" % "-".join(a["title"].lower().split()[:6])
    paras = a["paras"]
    third = max(1, len(paras) // 3)
    chunks = [paras[:third], paras[third:2 * third], paras[2 * third:]]
    inserts = ['<div class="pull-quote"><blockquote>&ldquo;It is a buyers&rsquo; market now.&rdquo;</blockquote></div>', '<div class="inline-promo"><a href="/subscribe"><p>Subscribe for full access to our features archive</p></a></div>', ""]
    secs = "".join('<div class="article-section">%s</div>%s' % (body_html(c), ins) for c, ins in zip(chunks, inserts))
    body = """<div class="site">%s<div class="feature"><div class="hero"><h1>%s</h1><div class="hero-credit">Words by %s &middot; Illustration by Studio Nine</div></div>
<div class="feature-meta"><span class="pubdate">Published %s</span></div>
<div class="feature-body">%s</div>
%s</div>%s</div>""" % (nav(["Features", "Newsletters", "Shop"]), e(a["title"]), e(a["author"]), "July 11, 2025", secs, links_list("recommended", "You might also like", EN_RELATED), FOOTER_EN)
    return url, page(a["title"] + " | Longread", '<meta property="og:title" content="%s">' % e(a["title"]), body)


def en_brief_cards(a):
    url = "https://pulse.example.io/briefs/%s?utm_medium=social&utm_source=twitter" % a["id"]
    cards = "".join('<article class="card"><h3><a href="/briefs/x%d">%s</a></h3><p>%s</p></article>' % (k, e(t), "Brokers told us demand was steady, though few contracts longer than six months were signed this quarter.") for k, t in enumerate(EN_RELATED[:4]))
    body = """%s<div class="brief-page"><div class="brief"><h1>%s</h1><div class="brief-meta">%s &middot; <time datetime="%s">Aug 3</time></div><div class="brief-body">%s</div></div>
<section class="latest-briefs"><h2>Latest briefs</h2>%s</section></div>%s""" % (nav(["Briefs", "Deep dives", "Data"]), e(a["title"]), e(a["author"]), a["date"], body_html(a["paras"]), cards, FOOTER_EN)
    return url.split("?")[0], page(a["title"], "", body)


def en_docs(a):
    url = "https://research.example.ai/notes/method"
    toc = "".join('<li><a href="/notes/%s">%s</a></li>' % (t.lower().replace(" ", "-"), t) for t in ["Introduction", "Data sources", "Price index", "Outliers", "Changelog", "FAQ", "Glossary", "Contact"])
    body = """<div class="docs"><div class="docs-sidebar"><ul class="toc">%s</ul></div><div class="docs-main"><div class="markdown-body"><h1>%s</h1><p class="updated">Last updated January 15, 2026 by %s</p>%s</div>
<div class="feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div><div class="pager"><a href="/notes/data-sources">Previous: Data sources</a> <a href="/notes/outliers">Next: Outliers</a></div></div></div>""" % (toc, e(a["title"]), e(a["author"]), body_html(a["paras"]))
    return url, page(a["title"] + " · Research notes", "", body)


def en_header_article(a):
    url = "https://www.financeasia.example/article/%s" % "-".join(a["title"].lower().split()[:6])
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": a["title"]}, {"@type": "NewsArticle", "headline": a["title"], "datePublished": a["date"], "author": {"@type": "Person", "name": a["author"]}}]}
    body = """%s<main><article class="article"><header class="article__header"><h1 class="article__title">%s</h1><p class="article__standfirst">Banks want signed tenants before they lend.</p><div class="article__byline">%s</div></header>
<div class="article__content">%s<div class="paywall-prompt"><p>You have read 2 of 3 free articles this month.</p><a href="/subscribe">Subscribe</a></div></div>
<div class="article__comments-count"><a href="#comments">12 comments</a></div></article>
<aside class="rail">%s</aside></main>%s""" % (nav(["Banking", "Capital markets", "Tech", "People"]), e(a["title"]), e(a["author"]), body_html(a["paras"]), links_list("rail-popular", "Popular", EN_RELATED), FOOTER_EN)
    return url, page(a["title"] + " | FinanceAsia Example", '<script type="application/ld+json">%s</script>' % json.dumps(ld), body)


def en_newsletter(a):
    url = "https://computeletter.example.com/p/%s" % "-".join(a["title"].lower().split()[:5])
    body = """<div class="main-menu"><a href="/">Compute Letter</a><a href="/subscribe">Subscribe</a><a href="/archive">Archive</a></div>
<div class="single-post"><div class="post-header"><h1 class="post-title">%s</h1><h3 class="subtitle">Dual-use chips, single-use halls</h3><div class="post-meta"><a href="/profile">%s</a> <span>Dec 02, 2025</span></div></div>
<div class="available-content"><div class="body markup">%s
<div class="subscription-widget-wrap"><p>Compute Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p><input type="email"><button>Subscribe</button></div>
</div></div>
<div class="post-footer"><div class="like-button">14 likes</div><div class="share-dialog"><a>Share</a></div><div class="post-ufi"><a href="/comments">3 comments</a></div></div></div>
<div class="footer-wrap"><p>&copy; 2025 Compute Letter &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></p></div>""" % (e(a["title"]), e(a["author"]), body_html(a["paras"]))
    return url, page(a["title"] + " - by " + a["author"], og(a, "Compute Letter"), body)


def en_long_figures(a):
    url = "https://www.example-times.com/2025/11/11/technology/%s.html" % "-".join(a["title"].lower().split()[:5])
    ex = {}
    for i in range(len(a["paras"])):
        if i % 2 == 1:
            ex[i] = '<figure class="img-wrap"><img src="/img/%d.jpg"><figcaption><span class="caption-text">A computing hall in Guizhou province in 2024.</span><span class="credit">Credit: Example Times</span></figcaption></figure>' % i
    ex[2] = ex.get(2, "") + '<div class="ad" data-testid="StandardAd"><p>Advertisement</p><p><a href="#after-ad">SKIP ADVERTISEMENT</a></p></div>'
    ex[3] = ex.get(3, "") + '<p class="continue"><a href="#rest">Continue reading the main story</a></p>'
    body = """<div id="app"><header class="masthead">%s</header><main id="site-content"><div><article id="story"><header><h1 data-testid="headline">%s</h1><p class="byline">By <span class="last-byline">%s</span></p><time datetime="%s">Nov. 11, 2025</time></header>
<section name="articleBody" class="meet-body">%s</section>
<div class="bottom-of-article"><p>A version of this article appears in print on Nov. 12, 2025, Section B, Page 1.</p><a href="/reprints">Order Reprints</a> | <a href="/todays-paper">Today&rsquo;s Paper</a> | <a href="/subscribe">Subscribe</a></div></article></div>
%s</main>%s</div>""" % (nav(["World", "U.S.", "Business", "Tech", "Science", "Arts"]), e(a["title"]), e(a["author"]), a["date"], "".join('<div class="story-body-supplemental"><div class="css-s99gbd">%s</div></div>' % body_html([p], p_attrs=' class="css-at9mc1"', extra_between={0: ex[i]} if i in ex else None) for i, p in enumerate(a["paras"])), links_list("related-links", "More in Technology", EN_RELATED), FOOTER_EN)
    return url, page(a["title"] + " - The Example Times", og(a, "The Example Times"), body)


def en_flat(a):
    url = "https://www.marketbrief.example/b200-resellers"
    side = '<div class="sidebox"><h4>Quick links</h4><a href="/prices">Price tracker</a><br><a href="/calendar">Events calendar</a></div>'
    body = """<div class="top">%s</div><div id="wrapper"><h1>%s</h1><div class="date">%s</div>%s%s<div class="sidebox"><p><a href="/tips">Send us a tip</a></p></div></div>%s""" % (nav(["Home", "Briefs", "Prices"]), e(a["title"]), "6 May 2026", side, body_html(a["paras"]), FOOTER_EN)
    return url, page(a["title"] + " :: MarketBrief", "", body)


EN_LAYOUTS = [en_portal, en_jsonld, en_microdata, en_blog, en_short_heavy, en_list_article, en_table,
              en_sections, lambda a: en_portal(a, 1), en_brief_cards, en_docs, en_header_article,
              en_newsletter, en_long_figures, en_flat]

# ---------------------------------------------------------------- Chinese layouts


def zh_head(a, site):
    return '<meta name="keywords" content="算力,GPU,智算中心">\n<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta name="author" content="%s">\n<meta property="article:published_time" content="%s">' % (e(plain(a["paras"][0])[:60]), e(a["title"]), e(a["author"]), a["date"])


def zh_portal(a):
    url = "https://finance.suanli.example.cn/roll/2025-02-18/doc-ikzq%s.shtml" % a["id"]
    rel = "".join('<li><a href="/roll/2025-02-1%d/doc-%d.shtml">%s</a></li>' % (k, k, e(t)) for k, t in enumerate(ZH_RELATED))
    body = """<div class="top-nav">%s</div><div class="main-content w1240"><h1 class="main-title">%s</h1>
<div class="top-bar-wrap"><div class="date-source"><span class="date">2025年02月18日 09:30</span> <a class="source" href="/">算力观察网</a></div>%s</div>
<div class="article-content clearfix"><div class="article-content-left"><div class="article" id="artibody">%s
<p class="article-editor">责任编辑：王芳</p></div>
<div class="article-bottom"><div class="keywords">文章关键词：<a href="/tag/1">算力租赁</a> <a href="/tag/2">H100</a></div></div>
<div class="related-news"><h3>相关新闻</h3><ul>%s</ul></div>%s</div>
<div class="article-content-right"><div class="hot-rank"><h3>热门排行</h3><ol>%s</ol></div>%s</div></div></div>%s""" % (nav(["首页", "财经", "科技", "算力", "汽车", "房产"], "nav"), e(a["title"]), share_bar("zh"), body_html(a["paras"], indent="　　"), rel, comments_zh(3), rel, ad("zh", 1), FOOTER_ZH)
    return url, page(a["title"] + "_算力观察网", zh_head(a, "算力观察网"), body, lang="zh-CN")


def zh_br_div(a):
    url = "http://www.kjxx.example.gov.cn/xwzx/202503/t20250306_%s.html" % a["id"]
    text = "<br>\n".join("　　" + e(plain(p)) for p in a["paras"])
    body = """<div class="header"><img src="/images/logo.png"><div class="dh">%s</div></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; 行业动态</div>
<div class="con_box"><div class="con_title">%s</div><div class="con_info">发布时间：2025-03-06 15:00　来源：科技信息网　作者：%s　浏览次数：1024　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div id="zoom" class="TRS_Editor">%s</div>
<div class="con_bottom"><a href="/xwzx/202503/t1.html">上一篇：多地出台算力券政策</a><br><a href="/xwzx/202503/t2.html">下一篇：东数西算工程三周年</a></div></div>%s""" % (nav(["首页", "新闻中心", "政策法规", "办事服务", "互动交流"]), e(a["title"]), e(a["author"]), text, FOOTER_ZH)
    return url, page(a["title"], "", body, lang="zh-CN")


def zh_36kr(a):
    url = "https://36kr.com/p/%d?f=rss" % (3100000000 + int(a["id"][2:]))
    rec = "".join('<div class="kr-flow-article-item"><a class="article-item-title" href="/p/%d">%s</a><div class="article-item-description">%s</div><span class="kr-flow-bar-time">3小时前</span></div>' % (3099000000 + k, e(t), "行业人士认为，这一趋势将在未来一段时间内持续，值得关注。") for k, t in enumerate(ZH_RELATED[:3]))
    script = '<script>window.__ENV__="prod";window.initialState={"state":"U2FsdGVkX1+kR3vQ9xZ0aQ==","isEncrypt":true};window.__PAGE__={"name":"article"}</script>'
    body = """<div id="app"><div class="kr-header">%s</div><div class="kr-layout"><div class="main-right"><div class="article-detail-wrapper">
<div class="article-title-icon common-width margin-bottom-40"><h1 class="article-title margin-bottom-20 common-width">%s</h1></div>
<div class="article-title-wrapper"><div class="title-icon-item item-a"><a class="title-icon-item item-a" href="/user/5">%s</a></div><span class="title-icon-item item-time">·2025年06月12日 08:00</span></div>
<div class="summary">编者按：一位算力经纪人的一周，折射出整个行业的冷暖。</div>
<div class="common-width content articleDetailContent kr-rich-text-wrapper">%s<p>本文来自微信公众号“算力笔记”（ID：suanlibiji），作者：%s，36氪经授权发布。</p></div>
<div class="article-footer-txt"><p>该文观点仅代表作者本人，36氪平台仅提供信息存储空间服务。</p></div></div>
<div class="kr-article-recommend"><h3>推荐阅读</h3>%s</div></div></div></div>%s""" % (nav(["首页", "快讯", "资讯", "推荐", "财经", "科技"], "kr-header-nav"), e(a["title"]), e(a["author"]), body_html(a["paras"]), e(a["author"]), rec, script)
    gold_extra = ["本文来自微信公众号“算力笔记”（ID：suanlibiji），作者：%s，36氪经授权发布。" % a["author"]]
    return url, page(a["title"] + "-36氪", '<meta property="article:published_time" content="%s">' % a["date"], body, lang="zh-CN"), gold_extra


def zh_wechat(a, variant=0):
    slug = "Xk9%sQpLm3vT7wYzR2bN4c" % a["id"]
    url = "https://mp.weixin.qq.com/s/" + slug
    if variant == 0:
        inner = "".join('<section style="margin-bottom:16px;"><span style="font-size:15px;letter-spacing:1px;">%s</span></section>' % e(plain(p)) if not p.startswith("## ") else '<section><strong><span style="color:#1e6bb8;">%s</span></strong></section>' % e(plain(p)) for p in a["paras"])
        inner = '<section><img data-src="https://mmbiz.qpic.cn/mmbiz_png/abc/640" class="rich_pages wxw-img"></section>' + inner + '<section><span style="color:#888;">END</span></section>'
    else:
        inner = '<p><span style="color:#576b95;">点击上方蓝字，关注我们</span></p>' + "".join('<p style="text-indent:2em;"><span>%s</span></p>' % e(plain(p)) for p in a["paras"]) + '<p><br></p><p><span>往期推荐</span></p><p><a href="https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOp">液冷技术加速普及</a></p><p><a href="https://mp.weixin.qq.com/s/QrStUvWxYz012345">算力券政策盘点</a></p><p><img data-src="https://mmbiz.qpic.cn/qr/640"></p><p><span>扫码关注我们</span></p>'
    body = """<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner">
<h1 class="rich_media_title" id="activity-name">%s</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">%s</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">算力内参</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">%s</div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" href="##">阅读原文</a><span id="readNum3">阅读</span><span class="media_tool_meta">赞</span></div>
</div></div></div></div>
<script nonce="1234">var nickname = htmlDecode("算力内参");var ct = "%d";var user_name = "gh_0a1b2c3d4e5f";var msg_title = '%s'.html(false);</script>""" % (e(a["title"]), e(a["author"]), inner, 1714000000 + int(a["id"][2:]) * 86400, e(a["title"]))
    head = '<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta name="author" content="%s">\n<meta property="og:site_name" content="微信公众平台">' % (e(a["title"]), url, e(a["author"]))
    return url, page(a["title"], head, body, lang="zh-CN")


def zh_jsonld(a):
    url = "https://www.keji.example.com/news/2026/0320/%s.html" % a["id"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["date"], "author": {"@type": "Person", "name": a["author"]}, "articleBody": "\n".join(plain(p) for p in a["paras"])}
    body = """<div class="header">%s</div><div class="wrap"><div class="left"><div class="art-head"><h1>%s</h1><div class="art-info"><span>%s</span><span>2026-03-20 10:15</span></div></div>
<div class="art-body">%s<div class="statement"><p>声明：本文版权归原作者所有，转载请注明出处。文章内容仅供参考，不构成投资建议。</p></div></div>
<div class="recommend-list"><h3>推荐阅读</h3><ul>%s</ul></div></div><div class="right">%s</div></div>%s""" % (nav(["首页", "科技", "算力", "芯片"]), e(a["title"]), e(a["author"]), body_html(a["paras"]), "".join('<li><a href="/news/%d.html">%s</a><p>%s</p></li>' % (k, e(t), "这是一段推荐文章的摘要，介绍了行业的最新变化。") for k, t in enumerate(ZH_RELATED)), ad("zh", 2), FOOTER_ZH)
    return url, page(a["title"] + " - 科技快报", '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False), body, lang="zh-CN")


def zh_jazzyear(a):
    url = "https://www.jazzyear.com/article_info.html?id=%d" % (1700 + int(a["id"][2:]))
    rel = "".join('<li class="item"><a href="article_info.html?id=%d"><p class="title">%s</p><span class="time">2025-0%d-1%d</span></a></li>' % (1690 + k, e(t), k + 1, k) for k, t in enumerate(ZH_RELATED))
    body = """<div class="header"><div class="logo"><a href="index.html">甲子光年</a></div>%s</div>
<div class="article-page"><div class="article-left"><div class="article-title"><h2>%s</h2><div class="article-info"><span class="author">作者：%s</span><span class="time">%s</span></div></div>
<div class="article-content">%s</div>
<div class="related"><h3>相关文章</h3><ul>%s</ul></div></div>
<div class="article-right"><div class="qrcode"><img src="images/qr.png"><p>扫码关注甲子光年</p></div></div></div>
<div class="footer"><p>© 2026 甲子光年 版权所有</p></div>""" % (nav(["首页", "科技产业", "甲子智库", "甲子活动"]), e(a["title"]), e(a["author"]), a["date"][:10], body_html(a["paras"]), rel)
    return url, page(a["title"] + "｜甲子光年", '<meta property="og:title" content="%s">' % e(a["title"]), body, lang="zh-CN")


def zh_blog(a):
    url = "https://blog.example-dev.cn/post/%s" % a["id"]
    body = """<div class="navbar">%s</div><div class="container"><div class="main-area"><article class="article"><h1 class="article-title">%s</h1>
<div class="author-info-block"><a class="username" href="/user/1">%s</a><div class="meta-box"><time datetime="%s">2025-05-30 14:40</time><span class="views-count">阅读 3,204</span></div></div>
<div class="markdown-body">%s</div>
<div class="tag-list"><span>标签：</span><a href="/tag/gpu">GPU</a><a href="/tag/llm">大模型</a></div></article>
<div class="article-end"><div class="author-card"><p>%s，关注算力产业，欢迎交流。</p></div></div>
%s</div><div class="sidebar"><div class="sidebar-block"><h3>相关文章</h3><ul>%s</ul></div></div></div>""" % (nav(["首页", "沸点", "课程", "活动"]), e(a["title"]), e(a["author"]), a["date"], body_html(a["paras"]), e(a["author"]), comments_zh(4), "".join('<li><a href="/post/%d">%s</a></li>' % (k, e(t)) for k, t in enumerate(ZH_RELATED)))
    return url, page(a["title"] + " - 开发者社区", "", body, lang="zh-CN")


def zh_itemprop(a):
    url = "https://www.caijing.example.com.cn/20251008/%s.shtml" % a["id"]
    ex = {1: '<div class="adbox"><a href="https://ad.example.cn/click"><img src="/ad.gif"></a><span>广告</span></div>', 3: '<div class="ad-text"><a href="https://ad.example.cn/c2">点击领取算力优惠券，新用户首月五折</a></div>'}
    body = """%s<div class="article" itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">%s</h1><div class="info"><span itemprop="author">%s</span> <span itemprop="datePublished" content="%s">2025-10-08 11:00</span></div>
<div itemprop="articleBody" class="main_txt">%s</div><div class="ckxx"><h3>延伸阅读</h3><ul>%s</ul></div></div>%s""" % (nav(["首页", "宏观", "金融", "公司", "科技"]), e(a["title"]), e(a["author"]), a["date"], body_html(a["paras"], extra_between=ex), "".join('<li><a href="/2025/%d.shtml">%s</a></li>' % (k, e(t)) for k, t in enumerate(ZH_RELATED)), FOOTER_ZH)
    return url, page(a["title"] + "_财经网", zh_head(a, "财经网"), body, lang="zh-CN")


def zh_netease(a):
    url = "https://www.news163.example.com/article/%s.html" % a["id"].upper()
    body = """<div class="N-nav-top">%s</div><div class="post_main"><h1 class="post_title">%s</h1><div class="post_info">2024-11-08 20:45:00　来源: <a href="/">算力周刊</a></div>
<div class="post_body">%s<p class="otitle">（原标题：灰色市场H100价格大跳水）</p><div class="post_statement"><p>本文来源：算力周刊　作者：%s</p><p>责任编辑：张伟_NE0011</p></div></div>
<div class="post_recommends"><h3>相关推荐</h3><ul>%s</ul></div>
<div class="tie-area">%s</div></div><div class="post_side"><div class="post_side_mod"><h3>热点排行</h3><ul>%s</ul></div></div>%s""" % (nav(["新闻", "体育", "娱乐", "财经", "科技", "手机"]), e(a["title"]), body_html(a["paras"], indent="　　"), e(a["author"]), "".join('<li><a href="/article/R%d.html">%s</a><span class="post_recommend_time">2024-11-0%d</span></li>' % (k, e(t), k + 1) for k, t in enumerate(ZH_RELATED)), comments_zh(2), "".join('<li><a href="/article/H%d.html">%s</a></li>' % (k, e(t)) for k, t in enumerate(ZH_RELATED[::-1])), FOOTER_ZH)
    return url, page(a["title"] + "_网易科技", zh_head(a, "网易科技"), body, lang="zh-CN"), ["（原标题：灰色市场H100价格大跳水）"]


def zh_newsflash(a):
    url = "https://36kr.com/newsflashes/%d" % (3200000000 + int(a["id"][2:]))
    others = "".join('<div class="newsflash-item"><a class="item-title" href="/newsflashes/%d">%s</a><div class="item-desc">36氪获悉，%s相关企业表示将持续关注市场变化，并根据需求调整产能布局。</div><span class="time">%d分钟前</span></div>' % (3199999000 + k, e(t), e(t[:8]), 10 + k) for k, t in enumerate(ZH_RELATED))
    body = """<div class="kr-header">%s</div><div class="newsflash-detail"><div class="item-title"><h1>%s</h1></div><div class="item-time">2025-08-04 09:12</div><div class="item-desc"><span>%s</span></div><div class="item-share">%s</div><a class="original-link" href="https://36kr.com/p/3100000010">原文链接</a></div>
<div class="newsflash-list"><h3>最新快讯</h3>%s</div>""" % (nav(["首页", "快讯", "资讯", "推荐"], "kr-nav"), e(a["title"][6:]), e(plain(a["paras"][0])), share_bar("zh"), others)
    return url, page(a["title"] + "-36氪", '<meta property="article:published_time" content="%s">' % a["date"], body, lang="zh-CN")


def zh_table(a):
    url = "http://www.suanli-xh.example.org.cn/show.asp?id=%d" % (500 + int(a["id"][2:]))
    text = "".join('<p align="left">　　%s</p>' % e(plain(p)) for p in a["paras"])
    body = """<table width="980" align="center"><tr><td class="top_nav">%s</td></tr></table>
<table width="980" align="center"><tr><td width="220" valign="top" class="left_box"><div class="left_title">栏目导航</div><ul><li><a href="/list.asp?c=1">协会动态</a></li><li><a href="/list.asp?c=2">行业资讯</a></li><li><a href="/list.asp?c=3">政策法规</a></li><li><a href="/list.asp?c=4">会员风采</a></li></ul></td>
<td valign="top"><table width="100%%"><tr><td class="bt_title" align="center">%s</td></tr><tr><td class="bt_info" align="center">作者：%s　发布日期：2026-01-16　点击数：286</td></tr><tr><td class="bt_content">%s</td></tr><tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td></tr></table>%s""" % ("".join('<a href="/%d">%s</a> ' % (k, t) for k, t in enumerate(["网站首页", "协会概况", "新闻中心", "会员服务", "联系我们"])), e(a["title"]), e(a["author"]), text, FOOTER_ZH)
    return url, page(a["title"] + "-算力产业协会", "", body, lang="zh-CN", charset="gbk")


def zh_paged(a):
    url = "https://www.tech-daily.example.cn/a/2025/10/22/%s.html" % a["id"]
    body = """%s<div class="container"><div class="crumbs"><a href="/">首页</a> &gt; <a href="/finance">金融</a> &gt; 正文</div><div class="news-content"><h1>%s</h1>
<div class="news-info"><span class="source">来源：科技日报网</span><span class="pubtime">2025-10-22 16:30</span><span class="writer">记者：%s</span></div>%s
<div class="news-text">%s</div>
<div class="page-nav"><a href="?page=1">上一页</a> <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=2">下一页</a></div>
<div class="news-tags">标签：<a href="/tag/1">银行</a> <a href="/tag/2">智算中心</a></div></div>
<div class="hot-news"><h3>热门推荐</h3><ul>%s</ul></div></div>%s""" % (nav(["首页", "要闻", "金融", "科技", "产业"]), e(a["title"]), e(a["author"]), share_bar("zh"), body_html(a["paras"]), "".join('<li><a href="/a/2025/10/2%d/x%d.html">%s</a></li>' % (k, k, e(t)) for k, t in enumerate(ZH_RELATED)), FOOTER_ZH)
    return url, page(a["title"] + "-科技日报网", zh_head(a, "科技日报网"), body, lang="zh-CN")


def zh_figures(a):
    url = "https://www.zhineng.example.net/article/%s" % a["id"]
    ex = {0: '<div class="img-box"><img src="/img/1.jpg"><p class="img-desc">图：西部某智算中心机房内景（摄影：本网记者）</p></div>', 1: '<div class="gg-box">广告</div>', 2: '<div class="img-box"><img src="/img/2.jpg"><p class="img-desc">图：2023年至2025年8卡服务器月租走势</p></div>', 3: '<div class="expand"><a href="javascript:;">展开全文</a></div>'}
    body = """%s<div class="article-wrap"><div class="article-main"><h1 class="title">%s</h1><div class="meta"><span class="author">%s</span><span class="time">2025年11月12日 08:30</span></div>
<div class="article-content">%s</div><div class="copyright-notice"><p>（本文为原创内容，未经授权不得转载）</p></div></div>
<div class="side-bar"><div class="rank-list"><h3>24小时热文</h3><ol>%s</ol></div></div></div>%s""" % (nav(["首页", "AI", "算力", "芯片", "专题"]), e(a["title"]), e(a["author"]), body_html(a["paras"], extra_between=ex), "".join('<li><a href="/article/h%d">%s</a></li>' % (k, e(t)) for k, t in enumerate(ZH_RELATED)), FOOTER_ZH)
    return url, page(a["title"] + " | 智能网", zh_head(a, "智能网"), body, lang="zh-CN")


def zh_flat(a):
    url = "https://www.gpu-market.example.cn/news/%s.html" % a["id"]
    body = """<div class="top">%s</div><div id="main"><h1>%s</h1><div class="time">2026-05-07 10:30</div><div class="box"><b>热门标签</b> <a href="/t/b200">B200</a> <a href="/t/h100">H100</a></div>%s<div class="box"><a href="/submit">我要投稿</a> <a href="/contact">商务合作</a></div></div>%s""" % (nav(["首页", "行情", "快讯"]), e(a["title"]), body_html(a["paras"]), FOOTER_ZH)
    return url, page(a["title"] + "_GPU行情网", "", body, lang="zh-CN")


ZH_LAYOUTS = [zh_portal, zh_br_div, zh_jsonld, zh_36kr, zh_wechat, zh_itemprop, zh_netease, zh_jazzyear,
              zh_blog, zh_newsflash, zh_table, zh_paged, lambda a: zh_wechat(a, 1), zh_figures, zh_flat]


def main():
    expected = {}
    for lang, articles, layouts in (("en", load("articles_en"), EN_LAYOUTS), ("zh", load("articles_zh"), ZH_LAYOUTS)):
        for a, layout in zip(articles, layouts):
            result = layout(a)
            url, doc = result[0], result[1]
            extra = result[2] if len(result) > 2 else []
            paras = [plain(p) for p in a["paras"]]
            if layout is zh_netease:
                paras = paras + extra
            elif extra:
                paras = paras + extra
            enc = "gbk" if 'charset="gbk"' in doc else ("iso-8859-1" if 'charset="iso-8859-1"' in doc else "utf-8")
            with open(os.path.join(HERE, lang, a["id"] + ".html"), "wb") as f:
                f.write(doc.encode(enc, errors="xmlcharrefreplace"))
            expected[a["id"]] = {"url": url, "articleBody": "\n".join(paras), "encoding": enc}
    # hand-written pages (en16+, zh16+) are not generated; their gold bodies live in handwritten.json
    with open(os.path.join(HERE, "handwritten.json"), encoding="utf-8") as f:
        expected.update(json.load(f))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
