package dev.signaldesk.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

class UploadLimitTest {

  @Test
  void passesAnUploadUpToTheLimit() throws IOException {
    UploadLimit in = new UploadLimit(new ByteArrayInputStream(new byte[100]), 100);

    assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(100);
    assertThat(in.exceeded()).isFalse();
  }

  @Test
  void failsTheReadThatGoesPastTheLimitAndRemembersIt() {
    UploadLimit in = new UploadLimit(new ByteArrayInputStream(new byte[101]), 100);

    assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("larger than 100 bytes");
    assertThat(in.exceeded()).isTrue();
  }
}
