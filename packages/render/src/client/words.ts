/** A message that depends on a count: one form per plural category of the language. */
export type PluralForms = Readonly<
  Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
>;

/**
 * The words the reader's script writes itself (the progress line, a topic's status, what the
 * live region says), in the page's language. The page carries them as data, not as script.
 */
export interface ClientWords {
  /** `{done}` of `{total}` topics done. */
  readonly progress: string;
  readonly status: {
    readonly done: string;
    readonly learning: string;
    readonly skipped: string;
    readonly none: string;
  };
  /** Said when a mark changes: `{label}`, `{status}`, `{progress}`. */
  readonly marked: string;
  /** How many topics match the search (`{count}`). */
  readonly matches: PluralForms;
  readonly noMatch: string;
  /** Said after an import: `{count}` marks read, then `{progress}`. */
  readonly imported: PluralForms;
  /** Said when an import fails, with the `{reason}`. */
  readonly importFailed: string;
  readonly notProgressFile: string;
  /** A progress file of another roadmap (`{roadmap}`). */
  readonly otherRoadmap: string;
}

/**
 * A message with its `{name}` slots filled; numbers are written the language's way
 * (`Intl.NumberFormat`) and a plural message picks its form by `count` (`Intl.PluralRules`).
 */
export function say(
  lang: string,
  message: string | PluralForms,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const locale = knownLocale(lang);
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(values.count ?? 0);
    template = message[new Intl.PluralRules(locale).select(count)] ?? message.other;
  }
  const numbers = new Intl.NumberFormat(locale);
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The locale itself when Intl takes it, else English (a malformed tag must not break the page). */
function knownLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
