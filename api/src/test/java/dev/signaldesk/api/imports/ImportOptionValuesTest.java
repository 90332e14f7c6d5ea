package dev.signaldesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signaldesk.crawler.chat.ImportOptions;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ImportOptionValuesTest {

  @Test
  void valuesAreTrimmedAndBlankOnesLeaveTheBaseAsItIs() {
    ImportOptions base = ImportOptions.defaults().withStrict(true);

    ImportOptions given =
        ImportOptionValues.apply(base, " whatsapp-txt ", " 算力交流群 ", " +08:00 ", n -> n);
    ImportOptions blank = ImportOptionValues.apply(base, " ", "", null, n -> n);

    assertThat(given.format()).isEqualTo("whatsapp-txt");
    assertThat(given.group()).isEqualTo("算力交流群");
    assertThat(given.zone()).isEqualTo(ZoneId.of("+08:00"));
    assertThat(given.strict()).isTrue();
    assertThat(blank).isEqualTo(base);
  }

  @Test
  void anUnknownFormatIsNamedTheCallersWayWithTheKnownOnes() {
    assertThatThrownBy(
            () ->
                ImportOptionValues.apply(
                    ImportOptions.defaults(), "icq-log", null, null, n -> "--" + n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--format 'icq-log' is not a known format; known: ")
        .hasMessageContaining("whatsapp-txt");
  }

  @Test
  void aBadZoneIsNamedTheCallersWay() {
    assertThatThrownBy(
            () ->
                ImportOptionValues.apply(
                    ImportOptions.defaults(),
                    null,
                    null,
                    "Mars/Olympus",
                    n -> "The '" + n + "' part"))
        .hasMessage(
            "The 'timezone' part 'Mars/Olympus' is not a zone such as Asia/Shanghai or +08:00");
  }
}
