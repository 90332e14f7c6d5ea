package dev.signaldesk.api.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Lets controllers declare a {@link Caller} parameter. Postponed: the caller is only known after
 * {@link ApiAccessFilter} ran.
 */
@Singleton
final class CallerArgumentBinder
    implements TypedRequestArgumentBinder<Caller>, PostponedRequestArgumentBinder<Caller> {

  @Override
  public Argument<Caller> argumentType() {
    return Argument.of(Caller.class);
  }

  @Override
  public BindingResult<Caller> bind(
      ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
    Optional<Caller> caller = source.getAttribute(Caller.ATTRIBUTE, Caller.class);
    return caller.isPresent() ? () -> caller : BindingResult.unsatisfied();
  }
}
