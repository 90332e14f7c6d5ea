/** Health indicators added to Micronaut's {@code /health} endpoint. */
package dev.signaldesk.api.health;
