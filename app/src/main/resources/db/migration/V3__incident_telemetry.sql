-- The telemetry kept for each incident, so that a labelled incident can be exported as an
-- evaluation case (docs/adr/016-incident-capture.md). One migration set for H2 (MODE=PostgreSQL) and
-- PostgreSQL, as V1. Each row is one chunk of one signal: the items with event time in
-- [from_time, to_time), as gzip-compressed JSON lines (OTLP/JSON export requests, or deploy events),
-- already redacted. Chunks of an incident follow each other by seq and do not overlap in time.
CREATE TABLE incident_telemetry (
  incident_id VARCHAR(255)             NOT NULL REFERENCES incidents (id),
  seq         INTEGER                  NOT NULL,
  signal      VARCHAR(16)              NOT NULL, -- spans, metrics, logs, deploys
  from_time   TIMESTAMP WITH TIME ZONE NOT NULL,
  to_time     TIMESTAMP WITH TIME ZONE NOT NULL,
  items       INTEGER                  NOT NULL,
  bytes       INTEGER                  NOT NULL, -- length of data, summed for the per-incident cap
  captured_at TIMESTAMP WITH TIME ZONE NOT NULL, -- wall clock, for the expiry of unlabelled incidents
  data        BYTEA                    NOT NULL,
  PRIMARY KEY (incident_id, seq, signal)
);

CREATE INDEX incident_telemetry_captured ON incident_telemetry (captured_at);
