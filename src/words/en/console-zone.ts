// The warehouse's time zone on the console's Settings screen (issue 17).

export const consoleZone = {
  'console.zone.legend': 'Warehouse',
  'console.zone.label': 'Time zone',
  'console.zone.hint': "Times on every device and the reports' days are told in this zone.",
  'console.settings.field.timeZone': 'Time zone',
};
