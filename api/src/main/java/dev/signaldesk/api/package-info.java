/**
 * SignalDesk's front ends: the HTTP API (Micronaut) and the command line (picocli).
 *
 * <p>Packages by role: {@code cli} (commands, data-directory lock, the server launcher), {@code
 * conf} (the one {@code @Factory} that wires the plain-Java indexer into Micronaut, and the data
 * directory layout), {@code controllers} (thin HTTP endpoints), {@code services} (what both front
 * ends share: parameter parsing and the search gateway), {@code model} ({@code @Serdeable} response
 * records), {@code errors} (one exception handler per domain exception, all producing {@code
 * application/problem+json}) and {@code health}.
 *
 * <p>{@link dev.signaldesk.api.Application} carries only the OpenAPI description; the application
 * is started by {@link dev.signaldesk.api.cli.SignalDeskCli}.
 */
package dev.signaldesk.api;
