package dev.signaldesk.demo;

/** A demo-corpus file is missing or malformed; names the file and the 1-based line. */
public class DemoCorpusException extends RuntimeException {
  private final String file;
  private final int line;

  public DemoCorpusException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
  }

  /** Path of the file relative to the corpus root, e.g. {@code news/36kr-h100-rent-halved.txt}. */
  public String file() {
    return file;
  }

  /** 1-based line the problem was found at (0 when it concerns the file as a whole). */
  public int line() {
    return line;
  }
}
