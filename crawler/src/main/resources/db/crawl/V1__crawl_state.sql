-- Per-URL crawl state. Times are epoch milliseconds (BIGINT) so the same script runs on H2 and
-- PostgreSQL without time-zone surprises.
CREATE TABLE crawl_url (
  url             VARCHAR(2048) NOT NULL PRIMARY KEY,
  source_id       VARCHAR(128)  NOT NULL,
  status          VARCHAR(32)   NOT NULL,
  verdict         VARCHAR(32),
  etag            VARCHAR(1024),
  last_modified   VARCHAR(128),
  content_sha256  VARCHAR(64),
  attempts        INT           NOT NULL,
  last_error      VARCHAR(2048),
  next_fetch_at   BIGINT,
  warc_file       VARCHAR(512),
  warc_record_id  VARCHAR(128),
  report_id       VARCHAR(64),
  duplicate_of    VARCHAR(2048),
  updated_at      BIGINT        NOT NULL
);

CREATE INDEX crawl_url_source_status ON crawl_url (source_id, status);
CREATE INDEX crawl_url_content ON crawl_url (content_sha256);
