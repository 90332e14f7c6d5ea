package dev.signaldesk.indexer.alert;

import java.util.List;

/**
 * Stores matches durably. Implementations record each (saved query, dedup key) at most once and
 * return only the matches that were new, so a re-crawl or restart never repeats an alert.
 */
public interface MatchRecorder {

  /** Records the matches; returns those not recorded before. */
  List<AlertMatch> record(List<AlertMatch> matches);
}
