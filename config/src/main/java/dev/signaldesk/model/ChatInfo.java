package dev.signaldesk.model;

/**
 * Chat-specific facts of a {@link ReportKind#CHAT} report.
 *
 * @param group the chat or group name
 * @param sender the sender's pseudonym (e.g. {@code trader-7f3a}); the raw name only when the user
 *     imported with pseudonymisation switched off
 * @param messageType text, image, voice, video, sticker, link, file, system ...
 * @param replyToId id of the report this message replies to, if the format records it
 * @param forwardedFrom pseudonymised origin of a forwarded message, if any
 * @param offer the trade convention the message follows: {@code SELL} for a post starting with 出,
 *     {@code BUY} for 收 / 求购, {@code null} otherwise
 */
public record ChatInfo(
    String group,
    String sender,
    String messageType,
    String replyToId,
    String forwardedFrom,
    String offer) {}
