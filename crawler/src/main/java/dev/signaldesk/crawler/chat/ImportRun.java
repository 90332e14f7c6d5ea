package dev.signaldesk.crawler.chat;

import dev.signaldesk.model.ChatInfo;
import dev.signaldesk.model.Provenance;
import dev.signaldesk.model.Report;
import dev.signaldesk.model.ReportIds;
import dev.signaldesk.model.ReportKind;
import dev.signaldesk.model.ReportSink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over one file: turns parsed messages into CHAT reports (privacy rules, ids, offer side,
 * language), hands them to the sink in batches and counts everything for the summary. A dry run
 * (strict mode's first pass) counts and collects problems without touching the sink.
 */
final class ImportRun implements MessageHandler {

  static final int BATCH = 1000;

  private static final Pattern WECHAT_MENTION =
      Pattern.compile("(?<![^\\s])@([^\\s@\u2005]{2,20})\u2005");

  private final String fileName;
  private final ChatFormat format;
  private final String fallbackGroup;
  private final ImportOptions options;
  private final ReportSink sink;
  private final boolean dryRun;
  private final Instant importedAt;
  private final Pseudonymiser pseudonymiser;
  private final NameScrubber names = new NameScrubber();
  private final Redactor redactor = new Redactor();
  private final OccurrenceCounter occurrences = new OccurrenceCounter();

  private long messagesRead;
  private long imported;
  private long duplicates;
  private long rejected;
  private long uncommitted;
  private final TreeMap<String, Long> skippedByType = new TreeMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private final Set<String> groups = new LinkedHashSet<>();

  ImportRun(
      String fileName,
      ChatFormat format,
      String fallbackGroup,
      ImportOptions options,
      ReportSink sink,
      boolean dryRun,
      Instant importedAt,
      Pseudonymiser pseudonymiser) {
    this.fileName = fileName;
    this.format = format;
    this.fallbackGroup = fallbackGroup;
    this.options = options;
    this.sink = sink;
    this.dryRun = dryRun;
    this.importedAt = importedAt;
    this.pseudonymiser = pseudonymiser;
  }

  @Override
  public void message(ParsedMessage m) {
    messagesRead++;
    String rawText = m.text() == null ? "" : m.text().strip();
    if (m.type() == MessageType.SYSTEM || m.type() == MessageType.DELETED || rawText.isEmpty()) {
      skippedByType.merge(m.type().label(), 1L, Long::sum);
      return;
    }
    String group = options.group() != null ? options.group() : m.chatName();
    if (group == null || group.isBlank()) {
      group = fallbackGroup;
    }
    groups.add(group);
    String idGroup = m.chatKey() != null ? m.chatKey() : group;
    String senderId = m.senderId() == null || m.senderId().isBlank() ? "unknown" : m.senderId();
    String sender = senderName(senderId, m.senderName());
    String forwarded =
        m.forwardedFrom() == null ? null : senderName(m.forwardedFrom(), m.forwardedFrom());
    if (options.pseudonymise()) {
      for (String mentioned : m.namesInText()) {
        senderName(mentioned, mentioned);
      }
      // WeChat ends an @mention with U+2005: the name may belong to someone who never speaks.
      if (rawText.indexOf('\u2005') >= 0) {
        Matcher mention = WECHAT_MENTION.matcher(rawText);
        while (mention.find()) {
          senderName(mention.group(1), mention.group(1));
        }
      }
    }
    String text = redactor.redact(options.pseudonymise() ? names.scrub(rawText) : rawText);

    // Keys use the raw text and a keyed digest of the sender: the same message in a later,
    // overlapping export gets the same id, and the id reveals no name.
    String senderDigest = pseudonymiser.digest(senderId);
    String key =
        m.stableKey() != null
            ? m.stableKey()
            : m.time().getEpochSecond()
                + "|"
                + senderDigest
                + "|"
                + rawText
                + "|"
                + occurrences.next(m.time().getEpochSecond(), senderDigest, rawText);
    String id = ReportIds.forChat(idGroup, key);
    String replyTo = m.replyToKey() == null ? null : ReportIds.forChat(idGroup, m.replyToKey());
    ChatInfo chat =
        new ChatInfo(group, sender, m.type().label(), replyTo, forwarded, TradeOffer.of(text));
    Report report =
        new Report(
            id,
            "chat:" + format.id(),
            ReportKind.CHAT,
            null,
            null,
            group,
            text,
            sender,
            LanguageGuess.of(rawText), // tags such as [电话] would tilt short English texts
            m.time(),
            importedAt,
            null,
            Provenance.imported(fileName, format.id(), m.line()),
            chat);
    if (dryRun) {
      imported++;
      return;
    }
    if (sink.contains(id)) {
      duplicates++;
      return;
    }
    sink.upsert(report);
    imported++;
    if (++uncommitted >= BATCH) {
      sink.commit();
      uncommitted = 0;
    }
  }

  private String senderName(String id, String displayName) {
    if (!options.pseudonymise()) {
      return displayName != null && !displayName.isBlank() ? displayName : id;
    }
    String pseudonym = pseudonymiser.pseudonym(id);
    // Only display names are scrubbed from text: ids such as "me" or "user123" are not words
    // people write, and wxids are redacted anyway.
    names.learn(displayName, pseudonym);
    return pseudonym;
  }

  @Override
  public void sender(String rawName) {
    if (options.pseudonymise()) {
      senderName(rawName, rawName);
    }
  }

  @Override
  public void problem(long line, String reason) {
    rejected++;
    if (problems.size() < ImportSummary.MAX_PROBLEMS) {
      problems.add(new ImportProblem(fileName, line, reason));
    }
  }

  /** Makes everything handed to the sink durable. */
  void finish() {
    if (!dryRun && uncommitted > 0) {
      sink.commit();
      uncommitted = 0;
    }
  }

  long rejected() {
    return rejected;
  }

  ImportSummary summary() {
    return new ImportSummary(
        fileName,
        format.id(),
        messagesRead,
        imported,
        duplicates,
        skippedByType,
        rejected,
        problems,
        new ArrayList<>(groups));
  }
}
