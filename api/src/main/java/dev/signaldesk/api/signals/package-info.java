/**
 * Market signals in the application. {@link dev.signaldesk.api.signals.SignalWiring} is the single
 * statement of which contributors the index runs and which fields queries may name; the server's
 * factory ({@link dev.signaldesk.api.signals.SignalsFactory}) and every CLI command that opens the
 * index use it, so {@code model:H100 signal:price price_cny_gpu_hour:[0 TO 15]} means the same in
 * {@code GET /api/search} and {@code signaldesk search}.
 *
 * <p>{@link dev.signaldesk.api.signals.SignalsController} is a thin layer over the indexer's
 * aggregation services: parameters are parsed (and rejected with a 400 problem naming the
 * parameter) here; the series and receipts themselves are the indexer's records. Receipts quote the
 * sentence a price came from; callers who may not read chat documents get news receipts only.
 */
package dev.signaldesk.api.signals;
