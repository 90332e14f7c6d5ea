package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

  private final Redactor redactor = new Redactor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "电话13812345678 |电话[电话] ",
        "电话 138 1234 5678 详聊|电话 [电话] 详聊",
        "+86 138-1234-5678|[电话]",
        "+8613812345678|[电话]",
        "call +1 415 555 0132 now|call [电话] now",
        "mail kevin.zhao@example.com|mail [邮箱]",
        "微信号：gpu_trader88 详聊|微信号：[微信号] 详聊",
        "加微信 zhangwm_2024|加微信 [微信号]",
        "vx: trader_li01|vx: [微信号]",
        "wxid_k3m9x2p7q1 发的|[微信号] 发的",
        "卡号 6222 0212 3456 7894|卡号 [卡号]",
        "身份证110105198703150036|身份证[身份证]",
      })
  void redactsContactAndIdentityNumbers(String input, String expected) {
    assertThat(redactor.redact(input.strip())).isEqualTo(expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "出 H100 8卡整机 月租75000元",
        "A800 8卡整机 2300000 元一台",
        "订单号 6222021234567890",
        "2025年1月 采购10000张H100",
        "wechat group tomorrow at 3",
        "price 1.9 yuan per card-hour",
      })
  void leavesPricesOrderNumbersAndOrdinaryWordsAlone(String input) {
    assertThat(redactor.redact(input)).isEqualTo(input);
  }
}
