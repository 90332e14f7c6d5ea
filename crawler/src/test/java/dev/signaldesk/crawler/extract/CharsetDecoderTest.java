package dev.signaldesk.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDecoderTest {

  private static final Charset GBK = Charset.forName("GBK");
  private final CharsetDecoder decoder = new CharsetDecoder();

  // 镕 is in GBK but not in GB2312: pages labelled gb2312 contain such characters all the time
  private static final String ZH =
      "<html><head><meta charset=\"gb2312\"><title>算力</title></head><body><p>朱镕基时代的"
          + "老机房，如今8卡H100整机月租7.5万元。</p></body></html>";

  @Test
  void decodesGbkBytesDeclaredAsGb2312InTheHeader() {
    DecodedText d = decoder.decode(ZH.getBytes(GBK), "text/html; charset=GB2312");
    assertThat(d.text()).contains("朱镕基时代的老机房").contains("7.5万元");
    assertThat(d.charset().name()).isEqualTo("GB18030");
    assertThat(d.how()).isEqualTo("header");
  }

  @Test
  void decodesTheGbkFixturePageByItsMetaCharset() {
    DecodedText d = decoder.decode(Fixtures.bytes("extraction/zh/zh11.html"), "text/html");
    assertThat(d.how()).isEqualTo("meta");
    assertThat(d.text()).contains("我们如何追踪算力价格").contains("每卡每小时约12.8元");
  }

  @Test
  void ignoresAUtf8HeaderThatTheBytesContradict() {
    DecodedText d = decoder.decode(ZH.getBytes(GBK), "text/html; charset=utf-8");
    assertThat(d.text()).contains("朱镕基时代的老机房");
    assertThat(d.how()).isEqualTo("meta");
    assertThat(d.clean()).isTrue();
  }

  @Test
  void detectsGbkWithoutAnyDeclaration() {
    String undeclared =
        "<html><body><p>多位算力经纪人向记者证实，目前一台8卡H100服务器的月租金已降至7.5万元左右，"
            + "较2023年高峰时期的18万元下降超过一半。部分运营商已开始推出三个月的短期试用合同。</p></body></html>";
    DecodedText d = decoder.decode(undeclared.getBytes(GBK), null);
    assertThat(d.text()).contains("多位算力经纪人向记者证实");
    assertThat(d.how()).isIn("detected", "fallback");
  }

  @Test
  void usesAndStripsAUtf8ByteOrderMark() {
    byte[] text = "<p>H100 月租</p>".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    DecodedText d = decoder.decode(withBom, null);
    assertThat(d.text()).isEqualTo("<p>H100 月租</p>");
    assertThat(d.how()).isEqualTo("bom");
  }

  @Test
  void letsAMetaCharsetOverrideTheLatin1ServerDefault() {
    DecodedText d = decoder.decode(ZH.getBytes(GBK), "text/html; charset=ISO-8859-1");
    assertThat(d.text()).contains("朱镕基");
    assertThat(d.how()).isEqualTo("meta");
  }

  @Test
  void neverReportsInvalidUtf8AsCleanUtf8() {
    byte[] invalid = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0x81, 0x30};
    DecodedText d = decoder.decode(invalid, "text/html; charset=utf-8");
    boolean cleanUtf8 = d.clean() && d.charset().equals(StandardCharsets.UTF_8);
    assertThat(cleanUtf8).as("decoded as %s (%s)", d.charset(), d.how()).isFalse();
  }

  @Test
  void emptyBodyDecodesToEmptyText() {
    assertThat(decoder.decode(new byte[0], null).text()).isEmpty();
  }
}
