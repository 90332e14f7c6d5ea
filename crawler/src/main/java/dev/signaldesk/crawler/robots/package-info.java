/**
 * robots.txt: parsed by crawler-commons' {@code SimpleRobotRulesParser}, matched against the
 * product token of {@code crawler.user-agent}, cached per {@code scheme:host:port} for {@code
 * crawler.robots-cache-ttl} with time from the injected clock. 404 (and other 4xx) means "allow
 * all", 5xx or no answer "deny all" for a short while. A Crawl-delay is passed on to the throttle,
 * which caps it; the parser's own cap is switched off because it would turn long delays into "deny
 * all".
 */
package dev.signaldesk.crawler.robots;
