package dev.signaldesk.indexer.signal.entity;

import java.util.List;

/**
 * Named things in a text, each list distinct and in order of first appearance.
 *
 * @param models canonical GPU models
 * @param regions regions and provinces from config
 * @param companies companies from config
 */
public record Entities(List<String> models, List<String> regions, List<String> companies) {
  public Entities {
    models = List.copyOf(models);
    regions = List.copyOf(regions);
    companies = List.copyOf(companies);
  }
}
