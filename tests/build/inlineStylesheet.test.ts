import { describe, expect, it } from 'vitest';
import { withInlineStylesheets } from '../../rendererBundle.config';

/** The built page's head as Vite writes it: the entry script, then the sheet's link. */
const HEAD = [
  '<head>',
  '<script type="module" crossorigin src="./assets/index-a1b2c3d4.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/style-a1b2c3d4.css">',
  '</head>',
].join('\n');

function sheets(files: Record<string, string>): (fileName: string) => string | null {
  return (fileName) => files[fileName] ?? null;
}

describe('withInlineStylesheets', () => {
  it("writes the page's sheet into its head and keeps the script tag", () => {
    const html = withInlineStylesheets(
      HEAD,
      sheets({ 'assets/style-a1b2c3d4.css': '.lp-app{display:grid}' }),
    );
    expect(html).toContain('<style>.lp-app{display:grid}</style>');
    expect(html).not.toContain('stylesheet');
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-a1b2c3d4.js">');
  });

  it('keeps the link to a sheet the bundle does not hold', () => {
    expect(withInlineStylesheets(HEAD, sheets({}))).toBe(HEAD);
  });

  it('refuses a sheet that would end the style element early', () => {
    const hostile = sheets({ 'assets/style-a1b2c3d4.css': '.x::after{content:"</style><b>"}' });
    expect(() => withInlineStylesheets(HEAD, hostile)).toThrow(/<\/style/);
  });
});
