package dev.signaldesk.indexer.signal.text;

/**
 * A GPU model named in a sentence.
 *
 * @param model canonical name, e.g. {@code H100}
 * @param variant SXM, PCIe or NVL when stated right after the model, else null
 * @param memoryGb memory size when stated right after the model (e.g. 80 for "H100 80GB"), else
 *     null
 * @param start offset of the match within the sentence
 * @param end offset just past the match (including variant and memory) within the sentence
 */
public record ModelMention(String model, String variant, Integer memoryGb, int start, int end) {}
