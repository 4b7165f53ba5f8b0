const KEY = 'roadmapkit:theme';
const THEMES = ['system', 'light', 'dark'];

/** The theme chooser: system (the default), light or dark, remembered in the browser. */
export function initTheme(): void {
  const select = document.getElementById('rk-theme') as HTMLSelectElement | null;
  const apply = (theme: string) => {
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  };
  let saved = 'system';
  try {
    saved = localStorage.getItem(KEY) ?? 'system';
  } catch {
    // No storage (a sandboxed frame): the system theme.
  }
  if (!THEMES.includes(saved)) saved = 'system';
  apply(saved);
  if (!select) return;
  select.value = saved;
  select.addEventListener('change', () => {
    apply(select.value);
    try {
      localStorage.setItem(KEY, select.value);
    } catch {
      // Not remembered, still applied.
    }
  });
}
