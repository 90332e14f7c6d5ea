/**
 * The bundled demo corpus: hand-written Chinese and English news reports about the AI-compute
 * rental market (2023–2026) and two chat exports, shipped as classpath resources so that {@code
 * signaldesk demo}, the signals tests and the web UI have realistic data without any network.
 *
 * <p>Design: classpath resources cannot be listed inside a jar, so {@code demo/manifest.txt} names
 * every file. {@link dev.signaldesk.demo.DemoCorpus#load()} reads the manifest, parses each {@code
 * news/*.txt} file with {@link dev.signaldesk.demo.DemoArticleParser} (a {@code key: value} header,
 * a blank line, then paragraphs) into a NEWS {@link dev.signaldesk.model.Report}, and hands the
 * {@code chat/*} files over as raw bytes ({@link dev.signaldesk.demo.ChatExport}) because parsing
 * chat formats is the chat importer's job, not the corpus's. Anything malformed fails the whole
 * load with a {@link dev.signaldesk.demo.DemoCorpusException} naming the file and line: the corpus
 * is part of the build, so a broken file is a bug to fix, not data to skip.
 *
 * <p>Everything is deterministic: ids come from the slug, fetch times from the publish time, so
 * loading twice yields equal reports.
 */
package dev.signaldesk.demo;
