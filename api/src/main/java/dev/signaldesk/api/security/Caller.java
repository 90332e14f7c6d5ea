package dev.signaldesk.api.security;

/**
 * Who is making a request, as established by {@link ApiAccessFilter}. Controllers declare a {@code
 * Caller} parameter to get it.
 *
 * @param owner the key's owner (saved queries are scoped to it); null for anonymous callers
 * @param role the key's role; {@link Role#READER} for anonymous callers
 * @param anonymous true when the request carried no key
 * @param mayReadChat whether chat documents may be shown to this caller ({@code api.anonymous-chat}
 *     for anonymous callers, always for key holders)
 */
public record Caller(String owner, Role role, boolean anonymous, boolean mayReadChat) {

  /** The request attribute under which the filter stores the caller. */
  public static final String ATTRIBUTE = "signaldesk.caller";

  public static Caller anonymous(boolean mayReadChat) {
    return new Caller(null, Role.READER, true, mayReadChat);
  }

  public static Caller withKey(String owner, Role role) {
    return new Caller(owner, role, false, true);
  }
}
