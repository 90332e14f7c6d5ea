/**
 * Error responses, all {@code application/problem+json} (RFC 9457): one {@code ExceptionHandler}
 * per domain exception (bad query → 400 with the position, bad parameter → 400, unknown document →
 * 404), and {@code ProblemJsonBodyProvider} for everything Micronaut answers itself (unconvertible
 * parameters, unknown routes, unexpected exceptions → 500 without internals). {@link
 * dev.signaldesk.api.errors.ApiErrors} holds the error responses endpoints share, for the OpenAPI
 * document.
 */
package dev.signaldesk.api.errors;
