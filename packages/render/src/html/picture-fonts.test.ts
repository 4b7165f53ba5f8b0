import { describe, expect, it } from 'vitest';
import { pictureFontCss } from './picture-fonts.js';

const svg = (style: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" font-family="Inter, 'Noto Sans Arabic', 'Segoe UI', sans-serif"><style>${style}</style></svg>`;

describe('pictureFontCss', () => {
  it('lists only the embedded families, once each, then Arial and sans-serif', () => {
    const css = pictureFontCss(
      svg(
        '@font-face { font-family: Inter; font-weight: 400; src: url(data:font/ttf;base64,AA) }\n' +
          '@font-face { font-family: Inter; font-weight: 700; src: url(data:font/ttf;base64,AA) }\n' +
          "@font-face { font-family: 'Noto Sans Arabic'; src: url(data:font/woff2;base64,AA) }",
      ),
    );
    expect(css).toBe('#rk-stage svg{font-family:"Inter","Noto Sans Arabic",Arial,sans-serif}');
  });

  it("keeps the SVG's own list when it embeds no fonts or a name needs escaping", () => {
    expect(pictureFontCss(svg('text{fill:red}'))).toBe('');
    expect(pictureFontCss(svg('@font-face { font-family: "A\\"}b"; src: url(data:x) }'))).toBe('');
  });
});
