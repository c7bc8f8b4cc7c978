-- Who recorded an operation (issue 9). A sign-in is one login, on one device,
-- in one role; it outlives its session token (logout, expiry, deactivation), so
-- operations queued under it can still be credited to the person who recorded
-- them when someone else's session pushes them later.
CREATE TABLE sign_ins (
  id uuid PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  -- The role at login: what the device let this person do.
  role text NOT NULL CHECK (role IN ('operator', 'picker', 'supervisor')),
  -- Null for a login that named no device (scripts, older apps): such a
  -- session may push only its own work, and for any device id.
  device_id text,
  signed_in_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_ins_user ON sign_ins (user_id);

ALTER TABLE sessions ADD COLUMN sign_in_id uuid REFERENCES sign_ins (id);

-- When the user was last deactivated or changed role: work recorded after it,
-- pushed later from a device that was offline, is judged (recorder-access.ts).
ALTER TABLE users ADD COLUMN access_changed_at timestamptz;

-- Who pushed an operation, when that is not who recorded it (user_id).
ALTER TABLE operations ADD COLUMN pushed_by text REFERENCES users (id);
