import type { Rect, Size } from '../core/geometry.js';
import type { IssueLog } from '../import-issue.js';
import { asText } from '../read-value.js';
import type { Control } from './controls.js';
import { type MarkedText, readMarkup } from './markup.js';

/** A control's text without colour markup, and the colour the markup named. */
export function textOf(control: Control): MarkedText {
  return readMarkup(asText(control.props.text) ?? '');
}

/** How messages name a control: `Label "Widgets" (control "12")`. */
export function controlName(type: string, id: string, text: string): string {
  const short = text.replace(/\s+/g, ' ').trim();
  if (short === '') return `${type || 'untyped'} control "${id}"`;
  return `${type} "${short.length > 40 ? `${short.slice(0, 39)}…` : short}" (control "${id}")`;
}

/** The control's size, or the fallback with a warning. */
export function sizeOf(
  rect: Rect | undefined,
  fallback: Size,
  name: string,
  control: Control,
  log: IssueLog,
): Size {
  if (rect !== undefined) return { width: rect.width, height: rect.height };
  log.warn(
    'missing-size',
    [...control.path, 'w'],
    `${name} has no usable width and height; used ${fallback.width}×${fallback.height}`,
  );
  return fallback;
}
