// Choosing a language and the device's display (the login screen and the
// device panel).

export const language = {
  'language.label': 'Language',
  'language.device-hint': 'This device starts in this language. Your own language, if a supervisor set one, applies when you log in.',
};
