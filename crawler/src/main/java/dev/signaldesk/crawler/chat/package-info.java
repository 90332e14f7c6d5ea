/**
 * Chat-export import: WeChat (MemoTrace CSV and TXT, PyWxDump CSV, WechatExporter TXT), Telegram
 * Desktop JSON, WhatsApp TXT (and its zip) and any CSV with a column mapping become CHAT {@link
 * dev.signaldesk.model.Report reports}.
 *
 * <p>The facade is {@link dev.signaldesk.crawler.chat.ChatImporter}: one call per file, returning
 * an {@link dev.signaldesk.crawler.chat.ImportSummary}. Inside, a file flows through fixed stages:
 *
 * <ol>
 *   <li>{@code SafeZip} refuses unsafe zips (path traversal, absolute paths, bombs) before
 *       extracting the chat entry;
 *   <li>{@code TextDecoding} picks the charset (BOM, else strict UTF-8, else GB18030) so Windows
 *       re-saved files never turn into mojibake;
 *   <li>{@code FormatDetector} recognises the format from content, not the file name;
 *   <li>one {@code ChatParser} per format streams {@code ParsedMessage}s (line by line, or token by
 *       token for JSON) to a {@code MessageHandler}, reporting bad lines as problems and going on;
 *   <li>{@code ImportRun} applies privacy ({@code Pseudonymiser}, {@code NameScrubber}, {@code
 *       Redactor}), builds stable ids, the offer side and language, and writes to the sink in
 *       committed batches.
 * </ol>
 *
 * <p>Privacy is the default. Raw names live only in {@code ParsedMessage}, which never leaves the
 * package; problems name lines and reasons, never content. Ids are built from the raw text and a
 * keyed digest of the sender, so they are the same in every overlapping export of a chat while
 * revealing nothing. Strict mode is a dry run first: a file with any bad line imports nothing.
 */
package dev.signaldesk.crawler.chat;
