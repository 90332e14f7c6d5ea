/**
 * Offer side (SELL / BUY / neutral): chat trade conventions first (出, 收, 求购), then sell-off and
 * buying vocabulary with negation.
 */
package dev.signaldesk.indexer.signal.side;
