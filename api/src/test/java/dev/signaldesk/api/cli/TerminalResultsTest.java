package dev.signaldesk.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalResultsTest {

  @Test
  void plainOutputBracketsMarksAndUnescapesHtml() {
    String shown =
        new TerminalResults(false)
            .snippet("价格 &lt;7.5万&gt; &amp; <mark>抛售</mark>\n 加速 &quot;急出&quot;");

    assertThat(shown).isEqualTo("价格 <7.5万> & 【抛售】 加速 \"急出\"");
  }

  @Test
  void colourOutputMakesMarksBold() {
    assertThat(new TerminalResults(true).snippet("<mark>H100</mark> rent"))
        .isEqualTo("\u001b[1mH100\u001b[0m rent");
  }

  @Test
  void escapedAmpersandIsUnescapedOnlyOnce() {
    assertThat(new TerminalResults(false).snippet("&amp;lt;")).isEqualTo("&lt;");
  }
}
