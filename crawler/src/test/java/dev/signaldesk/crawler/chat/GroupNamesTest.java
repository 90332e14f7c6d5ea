package dev.signaldesk.crawler.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupNamesTest {

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "GPU现货交流群.csv, exports, GPU现货交流群",
        "算力二手群_20250106.csv, NULL, 算力二手群",
        "算力二手群_2025-01-01_2025-01-06.csv, NULL, 算力二手群",
        "GPU现货交流群 (1).csv, NULL, GPU现货交流群",
        "WhatsApp Chat with GPU Traders Asia.txt, NULL, GPU Traders Asia",
        "WhatsApp Chat - GPU Traders Asia.zip, NULL, GPU Traders Asia",
        "_chat.txt, GPU Traders Asia, GPU Traders Asia",
        "result.json, 华东算力交易群, 华东算力交易群",
        "result.json, tmp, chat",
        "messages.csv, NULL, chat",
      })
  void derivesAStableGroupNameFromFileOrFolder(String file, String folder, String expected) {
    assertThat(GroupNames.fromFile(file, folder)).isEqualTo(expected);
  }
}
