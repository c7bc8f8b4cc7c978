// The warehouse's time zone (issue 17): times people read and the reports'
// calendar days are the warehouse's, not the device's or the server's (UTC).
// An IANA name, checked against the time zone database of the runtime (the
// same ICU data on the server's Node and the devices' browsers).

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '' || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
