// Types for the `linebreak` package (UAX #14), which ships none.
declare module 'linebreak' {
  interface Break {
    /** The index where the next line starts. */
    position: number;
    /** True when the break is mandatory (after a hard line break). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    /** The next break opportunity, or null at the end of the text. */
    nextBreak(): Break | null;
  }
}
