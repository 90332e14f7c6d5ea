package dev.signaldesk.api.cli;

import dev.signaldesk.api.crawl.SavedPageExtraction;
import dev.signaldesk.api.services.ApiJson;
import dev.signaldesk.crawler.extract.ExtractedArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code signaldesk article FILE --url URL}: extracts the article from a saved HTML page, with the
 * site parser its URL calls for (36kr, jazzyear, WeChat) or the generic extractor, and prints it.
 * Nothing is fetched or indexed: it shows what a crawl would make of the page.
 */
@Command(
    name = "article",
    mixinStandardHelpOptions = true,
    description = "Extract the article from a saved HTML page and print it (nothing is indexed).")
final class ArticleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The saved page")
  Path file;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "The URL the page was saved from (picks the site parser, resolves links)")
  String url;

  @Option(names = "--json", description = "Print the extracted article as JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      err.println("signaldesk article: no such file: " + file);
      return ExitCodes.USAGE;
    }
    SavedPageExtraction.Result result;
    try {
      result = new SavedPageExtraction().extract(bytes, url);
    } catch (IllegalArgumentException e) {
      err.println("signaldesk article: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (result.siteParserFailure() != null) {
      err.println(
          "signaldesk article: the "
              + result.parser()
              + " parser failed ("
              + result.siteParserFailure()
              + "); showing the generic extraction");
    }
    ExtractedArticle a = result.article();
    if (json) {
      out.println(ApiJson.write(SavedPageExtraction.ArticleView.of(a, result.parser())));
      return ExitCodes.OK;
    }
    out.println("title:     " + a.title());
    out.println("author:    " + (a.author() == null ? "-" : a.author()));
    out.println("published: " + (a.publishedAt() == null ? "-" : a.publishedAt()));
    out.println("language:  " + a.language());
    out.println("canonical: " + a.canonicalUrl());
    out.println("extractor: " + result.parser() + " / " + a.extractor());
    out.println();
    out.println(a.text());
    return a.text().isBlank() ? ExitCodes.FAILURE : ExitCodes.OK;
  }
}
