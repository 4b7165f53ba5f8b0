/**
 * The fallback fonts shipped in this package's `fonts/noto/` folder: Noto Sans for scripts that
 * Inter lacks, as subset and published by Fontsource (`@fontsource/noto-sans-*@5.3.0`, WOFF,
 * SIL Open Font License 1.1), 400 and 700. `unicodeRange` is the CSS range of each file.
 */
export interface ScriptFont {
  readonly family: string;
  /** The file name with `{weight}` for 400 or 700. */
  readonly file: string;
  readonly unicodeRange: string;
}

export const scriptFonts: readonly ScriptFont[] = [
  {
    family: 'Noto Sans Arabic',
    file: 'noto-sans-arabic-arabic-{weight}-normal.woff',
    unicodeRange:
      'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC,U+102E0-102FB,U+10E60-10E7E,U+10EC2-10EC4,U+10EFC-10EFF,U+1EE00-1EE03,U+1EE05-1EE1F,U+1EE21-1EE22,U+1EE24,U+1EE27,U+1EE29-1EE32,U+1EE34-1EE37,U+1EE39,U+1EE3B,U+1EE42,U+1EE47,U+1EE49,U+1EE4B,U+1EE4D-1EE4F,U+1EE51-1EE52,U+1EE54,U+1EE57,U+1EE59,U+1EE5B,U+1EE5D,U+1EE5F,U+1EE61-1EE62,U+1EE64,U+1EE67-1EE6A,U+1EE6C-1EE72,U+1EE74-1EE77,U+1EE79-1EE7C,U+1EE7E,U+1EE80-1EE89,U+1EE8B-1EE9B,U+1EEA1-1EEA3,U+1EEA5-1EEA9,U+1EEAB-1EEBB,U+1EEF0-1EEF1',
  },
  {
    family: 'Noto Sans Hebrew',
    file: 'noto-sans-hebrew-hebrew-{weight}-normal.woff',
    unicodeRange: 'U+0307-0308,U+0590-05FF,U+200C-2010,U+20AA,U+25CC,U+FB1D-FB4F',
  },
  {
    family: 'Noto Sans Devanagari',
    file: 'noto-sans-devanagari-devanagari-{weight}-normal.woff',
    unicodeRange:
      'U+0900-097F,U+1CD0-1CF9,U+200C-200D,U+20A8,U+20B9,U+20F0,U+25CC,U+A830-A839,U+A8E0-A8FF,U+11B00-11B09',
  },
  {
    family: 'Noto Sans Thai',
    file: 'noto-sans-thai-thai-{weight}-normal.woff',
    unicodeRange: 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC',
  },
  {
    family: 'Noto Sans Bengali',
    file: 'noto-sans-bengali-bengali-{weight}-normal.woff',
    unicodeRange:
      'U+0951-0952,U+0964-0965,U+0980-09FE,U+1CD0,U+1CD2,U+1CD5-1CD6,U+1CD8,U+1CE1,U+1CEA,U+1CED,U+1CF2,U+1CF5-1CF7,U+200C-200D,U+20B9,U+25CC,U+A8F1',
  },
  {
    family: 'Noto Sans Tamil',
    file: 'noto-sans-tamil-tamil-{weight}-normal.woff',
    unicodeRange: 'U+0964-0965,U+0B82-0BFA,U+200C-200D,U+20B9,U+25CC',
  },
  {
    family: 'Noto Sans Armenian',
    file: 'noto-sans-armenian-armenian-{weight}-normal.woff',
    unicodeRange: 'U+0308,U+0530-058F,U+2010,U+2024,U+25CC,U+FB13-FB17',
  },
  {
    family: 'Noto Sans Georgian',
    file: 'noto-sans-georgian-georgian-{weight}-normal.woff',
    unicodeRange: 'U+0589,U+10A0-10FF,U+1C90-1CBA,U+1CBD-1CBF,U+205A,U+2D00-2D2F,U+2E31',
  },
];
