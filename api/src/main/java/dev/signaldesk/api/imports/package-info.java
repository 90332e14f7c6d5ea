/**
 * Chat-export imports over HTTP. {@code POST /api/imports} (admin) streams the multipart {@code
 * file} part through a byte-counting limit ({@code api.max-upload-bytes}) into the chat importer,
 * which spools it to {@code <data>/tmp} and imports it into the server's index; nothing is held in
 * memory. The answer is the importer's {@code ImportSummary} as JSON, the same record {@code
 * signaldesk import} prints. An upload that is too large is a 413, a file that is no chat export a
 * 415, bad options a 400, all as problem documents.
 */
package dev.signaldesk.api.imports;
