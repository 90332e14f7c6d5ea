package dev.signaldesk.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a controller or method requires. Routes without it fall back to {@link AccessPolicy}'s
 * path rules.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {

  /** The least role that may call the route. */
  Role value();

  /** Whether callers without a key may call it when {@code api.anonymous-read} is on. */
  boolean anonymousRead() default false;
}
