package dev.signaldesk.api.controllers;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Test-only endpoint that fails the way a bug would, to check what a caller then sees. */
@Controller("/test/failing")
@Requires(env = "test")
class FailingTestController {

  @Get
  String fail() {
    throw new IllegalStateException("internal detail: /secret/path/index corrupted");
  }
}
