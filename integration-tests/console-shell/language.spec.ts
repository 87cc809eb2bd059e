/**
 * How the console shell picks its language: `?lng=` for one page load, else the language last
 * chosen, else the browser's; only the console's languages, by their language part.
 */
import { initialLanguage } from '../../dev/console-shell/app/language';

const visit = (search: string) => {
  window.history.replaceState(null, '', `/k8s/cluster/projects${search}`);
};

const browserLanguage = (language: string) => {
  jest.spyOn(window.navigator, 'language', 'get').mockReturnValue(language);
};

afterEach(() => {
  localStorage.clear();
  jest.restoreAllMocks();
  visit('');
});

describe('initialLanguage', () => {
  it("is the browser's language when nothing was chosen", () => {
    browserLanguage('fr-FR');
    expect(initialLanguage()).toBe('fr');
  });

  it('is English when the browser speaks a language the console does not offer', () => {
    browserLanguage('de-DE');
    expect(initialLanguage()).toBe('en');
  });

  it("is the language last chosen, before the browser's", () => {
    browserLanguage('fr-FR');
    localStorage.setItem('bridge/last-language', 'ja');
    expect(initialLanguage()).toBe('ja');
  });

  it('is ?lng= before everything, by its language part (zh-CN reads the zh catalog)', () => {
    localStorage.setItem('bridge/last-language', 'ja');
    visit('?lng=zh-CN');
    expect(initialLanguage()).toBe('zh');
  });

  it('ignores a ?lng= the console does not offer', () => {
    localStorage.setItem('bridge/last-language', 'ko');
    visit('?lng=xx');
    expect(initialLanguage()).toBe('ko');
  });
});
