import { escapeHtml, escapeMarkdown } from './escape';

describe(escapeHtml.name, () => {
  it('should make markup and attribute quotes inert', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe(escapeMarkdown.name, () => {
  it('should keep untrusted text from formatting, breaking a table or starting a block', () => {
    expect(escapeMarkdown('# *bold* | <img src=x>\nnext')).toBe('\\# \\*bold\\* \\| &lt;img src=x> next');
  });
});
