// The helpers a catalogue writes its sentences with, bound to its language:
// plurals through Intl.PluralRules, numbers through Intl.NumberFormat, and
// rich sentences whose parameters may be marked up (a bold lot, a location).

/** The forms of a word by plural category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A sentence some of whose parameters are shown marked up: its text is a list of strings and those parameters, in order. */
export type Rich<P extends string> = <T>(params: Record<P, T>) => (string | T)[];

export function formatters(locale: string) {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return {
    /** The form for `n`: `plural(n, { one: 'row', other: 'rows' })`. */
    plural: (n: number, forms: PluralForms): string => forms[rules.select(n)] ?? forms.other,
    /** A quantity as the language writes numbers (1,200 in English). */
    number: (n: number): string => numbers.format(n),
    /** A rich sentence: `rich<'lot'>(({ lot }) => ['Lot ', lot, ' matches.'])`. */
    rich: <P extends string>(sentence: Rich<P>): Rich<P> => sentence,
  };
}
