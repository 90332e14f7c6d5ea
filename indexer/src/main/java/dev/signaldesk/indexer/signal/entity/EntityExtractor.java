package dev.signaldesk.indexer.signal.entity;

import dev.signaldesk.config.SignalsConfig;
import dev.signaldesk.indexer.signal.text.GpuModelMatcher;
import dev.signaldesk.indexer.signal.text.ModelMention;
import dev.signaldesk.indexer.signal.text.TermHit;
import dev.signaldesk.indexer.signal.text.TermMatcher;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds GPU models, regions and companies. Regions and companies are reported in their configured
 * spelling, so "nvidia" in a text is reported as "Nvidia".
 */
public final class EntityExtractor {
  private final GpuModelMatcher models;
  private final TermMatcher regions;
  private final TermMatcher companies;
  private final Map<String, String> spelling = new LinkedHashMap<>();

  public EntityExtractor(SignalsConfig config) {
    this.models = new GpuModelMatcher(config.gpuModels());
    this.regions = TermMatcher.plain(config.regions());
    this.companies = TermMatcher.plain(config.companies());
    config.regions().forEach(r -> spelling.put(r.toLowerCase(Locale.ROOT), r));
    config.companies().forEach(c -> spelling.put(c.toLowerCase(Locale.ROOT), c));
  }

  public Entities extract(String text) {
    LinkedHashSet<String> m = new LinkedHashSet<>();
    for (ModelMention mm : models.find(text)) {
      m.add(mm.model());
    }
    return new Entities(List.copyOf(m), names(regions, text), names(companies, text));
  }

  private List<String> names(TermMatcher matcher, String text) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (TermHit h : matcher.find(text)) {
      out.add(spelling.getOrDefault(h.term(), h.term()));
    }
    return List.copyOf(out);
  }
}
