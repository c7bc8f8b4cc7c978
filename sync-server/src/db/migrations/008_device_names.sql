-- A device's name (issue 16): what people call the scanner ("Dock scanner 2"),
-- given at login on the device or by a supervisor on the Devices screen, so
-- lists show it instead of the device's UUID. NULL: not named yet.
ALTER TABLE devices ADD COLUMN name text;

-- The supervisors' list of rejected operations of every device, newest first,
-- read a page at a time without scanning all operations.
CREATE INDEX operations_rejected ON operations (received_at DESC, id) WHERE outcome = 'rejected';
