package dev.signaldesk.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads {@link SignalDeskConfig}: the bundled {@code signaldesk-defaults.yml} with an optional user
 * file laid over it. Objects merge key by key; lists and scalars in the user file replace the
 * default. Unknown keys and bad values fail with the dotted key and the reason, so a typo in a user
 * file is reported at start-up instead of being ignored.
 */
public final class ConfigLoader {
  static final String DEFAULTS = "/signaldesk-defaults.yml";

  private final ObjectMapper yaml;

  public ConfigLoader() {
    SimpleModule durations = new SimpleModule();
    durations.addDeserializer(Duration.class, new DurationDeserializer());
    this.yaml =
        new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .registerModule(durations)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  /** The bundled defaults alone. */
  public SignalDeskConfig defaults() {
    return load(null);
  }

  /**
   * The defaults with {@code userFile} over them.
   *
   * @param userFile a YAML file, or null for the defaults alone
   * @throws ConfigException naming the key and reason for any invalid or unknown setting
   */
  public SignalDeskConfig load(Path userFile) {
    JsonNode merged = readDefaults();
    if (userFile != null) {
      JsonNode user = readUser(userFile);
      if (user != null && !user.isNull() && !user.isMissingNode()) {
        if (!user.isObject()) {
          throw new ConfigException(userFile.toString(), "the top level must be a mapping");
        }
        merge((ObjectNode) merged, (ObjectNode) user);
      }
    }
    SignalDeskConfig config;
    try {
      config = yaml.treeToValue(merged, SignalDeskConfig.class);
    } catch (JsonMappingException e) {
      throw new ConfigException(pathOf(e), reasonOf(e), e);
    } catch (JsonProcessingException e) {
      throw new ConfigException("(config)", e.getOriginalMessage(), e);
    }
    ConfigValidator.validate(config);
    return config;
  }

  private JsonNode readDefaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the classpath");
      }
      return yaml.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled " + DEFAULTS, e);
    }
  }

  private JsonNode readUser(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file.toString(), "no such file");
    }
    try {
      return yaml.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? "" : " (line " + loc.getLineNr() + ")";
      throw new ConfigException(
          file.toString(), "not valid YAML" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ConfigException(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }

  /** Lays {@code over} onto {@code base}: objects merge recursively, anything else replaces. */
  static void merge(ObjectNode base, ObjectNode over) {
    Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode existing = base.get(f.getKey());
      if (existing instanceof ObjectNode eo && f.getValue() instanceof ObjectNode fo) {
        merge(eo, fo);
      } else {
        base.set(f.getKey(), f.getValue());
      }
    }
  }

  private static String pathOf(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    return path.isEmpty() ? "(config)" : path;
  }

  private static String reasonOf(JsonMappingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return "unknown key '" + u.getPropertyName() + "'";
    }
    String msg = e.getOriginalMessage();
    return msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
  }

  private static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return DurationText.parse(p.getValueAsString(""));
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage());
      }
    }
  }
}
