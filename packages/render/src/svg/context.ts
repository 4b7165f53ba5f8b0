import type { Container } from '@svgdotjs/svg.js';
import type { Theme } from '../theme.js';
import type { PaintClasses } from './paint-classes.js';

/** A box in px: top-left corner and size. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One wrapped line of a label, with the position of its baseline start. */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** The measured width (an RTL line is anchored at its right end, x + width). */
  readonly width?: number;
}

/** What every builder gets: where to draw, the colours and the shared text settings. */
export interface DrawContext {
  readonly theme: Theme;
  readonly fontFamily: string;
  /** A link for a node that has content but no URL (the HTML page links to its section). */
  readonly contentHref: ((id: string) => string | undefined) | undefined;
  /** The fixed words in the document's language (the legend's accessible name…). */
  readonly messages?: { readonly legend: string };
  /** The paint of every element, as classes written once in the SVG's `<style>`. */
  readonly paint: PaintClasses;
}

export type Parent = Container;

/** Rounds a coordinate so output does not churn on float noise. */
export function r(value: number): number {
  return Math.round(value * 100) / 100;
}
