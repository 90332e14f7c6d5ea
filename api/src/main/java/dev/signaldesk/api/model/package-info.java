/**
 * The API's response bodies, as {@code @Serdeable} records. They are the public contract: the CLI's
 * {@code --json} output uses the same records. Times are ISO-8601 strings and kinds lower case, so
 * the JSON does not depend on serializer settings.
 */
package dev.signaldesk.api.model;
