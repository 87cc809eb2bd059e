/** Light or dark: the console puts pf-v6-theme-dark on <html>; `?theme=dark|light` sets it too. */
export type Theme = 'light' | 'dark';
const KEY = 'console-shell.theme';

export const initialTheme = (): Theme => {
  const fromQuery = new URLSearchParams(window.location.search).get('theme');
  if (fromQuery === 'dark' || fromQuery === 'light') {
    localStorage.setItem(KEY, fromQuery);
    return fromQuery;
  }
  return localStorage.getItem(KEY) === 'dark' ? 'dark' : 'light';
};

export const applyTheme = (theme: Theme): void => {
  document.documentElement.classList.toggle('pf-v6-theme-dark', theme === 'dark');
  localStorage.setItem(KEY, theme);
};
