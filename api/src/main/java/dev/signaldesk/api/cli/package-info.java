/**
 * The {@code signaldesk} command line.
 *
 * <p>{@link dev.signaldesk.api.cli.SignalDeskCli} is the jar's main class. Commands that write
 * ({@code demo}, {@code serve}, {@code import}, {@code crawl}, {@code reindex}) first take {@link
 * dev.signaldesk.api.cli.DataDirLock}, an OS file lock on {@code <data>/signaldesk.lock} that
 * records the holder, so a second writer is told who is in the way instead of meeting Lucene's
 * write lock. {@code search} takes no lock: it opens the index read-only and sees the last commit.
 *
 * <p>Errors a user can fix end as one or two lines on stderr and an exit code from {@code
 * ExitCodes}: 0 done, 1 failed (locked, I/O), 2 not runnable as asked (usage, config, not yet
 * available). Commands return codes rather than calling {@code System.exit}, so tests run them in
 * process through {@link dev.signaldesk.api.cli.SignalDeskCli#run}.
 */
package dev.signaldesk.api.cli;
