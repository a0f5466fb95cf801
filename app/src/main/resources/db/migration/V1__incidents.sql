-- Incidents and their latest root cause report. One migration set for H2 (MODE=PostgreSQL) and
-- PostgreSQL: keep to types and syntax both share. Times are UTC instants; enums are wire names
-- (open, major, code-change); the report column holds the whole report as JSON (ReportJson), so a
-- report stays readable after the telemetry it cites has aged out. The columns beside it are copies
-- for listing and filtering. Labels and the notification outbox come in later migrations and refer
-- to incidents(id).
CREATE TABLE incidents (
  id             VARCHAR(255)             NOT NULL PRIMARY KEY,
  state          VARCHAR(16)              NOT NULL,
  severity       VARCHAR(16)              NOT NULL,
  onset          TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
  resolved       TIMESTAMP WITH TIME ZONE,
  services       TEXT                     NOT NULL, -- JSON array of service names, sorted
  verdict        VARCHAR(32)              NOT NULL,
  top_service    VARCHAR(255),                      -- the first candidate; null when none was scored
  top_indicator  VARCHAR(32),
  top_confidence DOUBLE PRECISION,
  revision       INTEGER                  NOT NULL,
  analysed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  report         TEXT                     NOT NULL
);

CREATE INDEX incidents_onset ON incidents (onset);
CREATE INDEX incidents_last_seen ON incidents (last_seen);
