/**
 * What the HTTP API and the CLI share: reading search parameters (dates in China time, kinds, sort,
 * limit) into an indexer {@code SearchRequest}, running it through {@link
 * dev.signaldesk.api.services.SearchGateway}, and writing JSON with {@link
 * dev.signaldesk.api.services.ApiJson}. Bad input becomes {@link
 * dev.signaldesk.api.services.InvalidParameterException}, which names the parameter.
 */
package dev.signaldesk.api.services;
