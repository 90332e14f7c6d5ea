package dev.signaldesk.indexer.signal.price;

import java.time.LocalDate;

/**
 * The date a price refers to.
 *
 * @param date a day inside the period: the document date, the 1st of a named month, or the middle
 *     of a named year (1 July, but never after the document date)
 * @param precision how much of the date the text stated
 * @param start offset in the sentence of the date phrase, -1 when it is the document date
 */
public record ReferenceDate(LocalDate date, DatePrecision precision, int start) {}
