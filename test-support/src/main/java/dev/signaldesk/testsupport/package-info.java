/**
 * Helpers shared by the tests of several modules (crawler, indexer), kept in main sources of this
 * small jar so that each module takes it as a test-scope dependency instead of keeping its own
 * copy. It holds no production code: nothing outside {@code test} scope depends on it.
 *
 * <p>{@link dev.signaldesk.testsupport.PerInputTimeLimit} bounds each Jazzer fuzz input by wall
 * time, so a hang becomes a finding with its input rather than a stuck campaign.
 */
package dev.signaldesk.testsupport;
