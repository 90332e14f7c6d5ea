/**
 * HTTP endpoints. Each controller only translates: query parameters into a service call, a domain
 * result into a {@code model} record. Failures are exceptions that the {@code errors} package turns
 * into problem documents, so no controller builds an error response itself. Controllers run on the
 * blocking executor because Lucene searches block.
 */
package dev.signaldesk.api.controllers;
