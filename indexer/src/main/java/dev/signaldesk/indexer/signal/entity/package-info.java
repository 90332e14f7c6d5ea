/** GPU models, regions and companies named in a text, from the configured lists. */
package dev.signaldesk.indexer.signal.entity;
