-- Each user's language (issue 17): a BCP 47 tag of src/domain/languages.ts,
-- set by a supervisor; the user's devices speak it from the next login or
-- sync. NULL: the device's own choice (the login screen's picker).
ALTER TABLE users ADD COLUMN language text;
