package dev.signaldesk.indexer.signal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds GPU models by their configured spellings, case-insensitively and as whole tokens: "H100"
 * never matches inside "H1000", "A10" never inside "A100", "4090" never inside "4090D". A digit
 * count with an "x" before the model ("8xH100") and an English plural ("H100s") still match.
 */
public final class GpuModelMatcher {
  private static final Pattern SUFFIX =
      Pattern.compile(
          "^[\\s-]*(?<variant>SXM5?|SXM4|PCIe|PCIE|pcie|NVL)?[\\s-]*(?:(?<mem>\\d{2,3})\\s*(?:GB|G|gb|g)(?![A-Za-z]))?");

  private record Spelling(String canonical, String lower) {}

  private final TermTrie<Spelling> spellings;

  /**
   * @param models canonical model to its spellings (config {@code signals.gpu-models})
   */
  public GpuModelMatcher(Map<String, List<String>> models) {
    List<Spelling> all = new ArrayList<>();
    models.forEach(
        (canonical, names) -> {
          all.add(new Spelling(canonical, canonical.toLowerCase(Locale.ROOT)));
          names.forEach(n -> all.add(new Spelling(canonical, n.toLowerCase(Locale.ROOT))));
        });
    // Longest first, so "RTX 4090D" wins over "4090" at the same position.
    all.sort(Comparator.comparingInt((Spelling s) -> s.lower().length()).reversed());
    this.spellings = new TermTrie<>(all.stream().map(s -> Map.entry(s.lower(), s)).toList());
  }

  /** The models named in {@code text}, in order, without overlaps. */
  public List<ModelMention> find(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<ModelMention> out = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      ModelMention m = matchAt(text, lower, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.end();
      }
    }
    return out;
  }

  private ModelMention matchAt(String text, String lower, int i) {
    if (!leftBoundary(lower, i)) {
      return null;
    }
    Spelling s = spellings.longestAt(lower, i, (t, start, end, v) -> rightBoundary(t, end));
    if (s == null) {
      return null;
    }
    int end = i + s.lower().length();
    if (end < lower.length() && lower.charAt(end) == 's') {
      end++; // English plural: "H100s"
    }
    Matcher suffix = SUFFIX.matcher(text).region(end, text.length());
    String variant = null;
    Integer mem = null;
    if (suffix.lookingAt() && suffix.end() > end) {
      variant = normaliseVariant(suffix.group("variant"));
      mem = suffix.group("mem") == null ? null : Integer.valueOf(suffix.group("mem"));
      if (variant != null || mem != null) {
        end = suffix.end();
      }
    }
    return new ModelMention(s.canonical(), variant, mem, i, end);
  }

  private static String normaliseVariant(String v) {
    if (v == null) {
      return null;
    }
    String u = v.toUpperCase(Locale.ROOT);
    return u.startsWith("SXM") ? "SXM" : u.equals("PCIE") ? "PCIe" : u;
  }

  private static boolean leftBoundary(String s, int i) {
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    if (p == 'x' && i >= 2 && Character.isDigit(s.charAt(i - 2))) {
      return true; // "8xH100"
    }
    return !isWordChar(p);
  }

  private static boolean rightBoundary(String s, int end) {
    if (end >= s.length()) {
      return true;
    }
    char c = s.charAt(end);
    if (c == 's' && (end + 1 >= s.length() || !isWordChar(s.charAt(end + 1)))) {
      return true;
    }
    return !isWordChar(c);
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
