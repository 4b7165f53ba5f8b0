import { describe, expect, it } from 'vitest';
import { embeddedFontList, liftFontFaces } from './picture-fonts.js';

const svg = (style: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" font-family="Inter, 'Noto Sans Arabic', 'Segoe UI', sans-serif"><style>${style}</style></svg>`;

describe('embeddedFontList', () => {
  it('lists only the embedded families, once each, then sans-serif', () => {
    const css = embeddedFontList(
      '@font-face { font-family: Inter; font-weight: 400; src: url(data:font/ttf;base64,AA) }\n' +
        '@font-face { font-family: Inter; font-weight: 700; src: url(data:font/ttf;base64,AA) }\n' +
        "@font-face { font-family: 'Noto Sans Arabic'; src: url(data:font/woff2;base64,AA) }",
    );
    expect(css).toBe('"Inter","Noto Sans Arabic",sans-serif');
  });

  it("keeps the SVG's own list when it embeds no fonts or a name needs escaping", () => {
    expect(embeddedFontList(svg('text{fill:red}'))).toBe('');
    expect(embeddedFontList(svg('@font-face { font-family: "A\\"}b"; src: url(data:x) }'))).toBe(
      '',
    );
  });

  it('lifts the @font-face rules out of the SVG, unescaped, and keeps its other styles', () => {
    const face = "@font-face { font-family: 'Inter'; src: url(data:font/woff2;base64,AA) }";
    const lifted = liftFontFaces(svg(`${face.replace(/'/g, '&apos;')}\n.rk-box{fill:#fff}`));
    expect(lifted.css).toBe(face);
    expect(lifted.svg).toContain('<style>.rk-box{fill:#fff}</style>');
    expect(lifted.svg).not.toContain('@font-face');
    const only = liftFontFaces(svg(face));
    expect(only.svg).not.toContain('<style>');
    expect(liftFontFaces(svg('text{fill:red}'))).toEqual({ svg: svg('text{fill:red}'), css: '' });
  });
});
