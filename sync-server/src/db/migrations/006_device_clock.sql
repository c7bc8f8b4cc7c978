-- Each device's clock as last measured: on a push that carries sentAt (the
-- device's clock when it sent), how far that runs ahead of the server's clock
-- on arrival (negative: behind), and when. bigint: a phone can think it is
-- 1970 or 2099. NULL: never measured (a client that does not send its clock).
-- Supervisors see it on the Devices screen; ordering never uses it.
ALTER TABLE devices ADD COLUMN clock_ahead_ms bigint;
ALTER TABLE devices ADD COLUMN clock_checked_at timestamptz;
