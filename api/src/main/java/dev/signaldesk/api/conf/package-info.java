/**
 * Wiring: {@link dev.signaldesk.api.conf.SignalDeskFactory} builds the configuration, the index and
 * the search service from the properties in {@link dev.signaldesk.api.conf.ServerProperties}; the
 * indexer itself knows nothing of Micronaut. {@link dev.signaldesk.api.conf.DataLayout} says where
 * things live inside a data directory.
 */
package dev.signaldesk.api.conf;
