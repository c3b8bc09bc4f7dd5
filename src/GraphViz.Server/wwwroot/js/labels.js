// Node labels in English or Arabic, at the user's choice (remembered across visits).
const storageKey = 'graphviz.labels';

export function currentLanguage() {
  return localStorage.getItem(storageKey) === 'ar' ? 'ar' : 'en';
}

export function labelOf(node, language = currentLanguage()) {
  return language === 'ar' ? node.nameAr || node.name : node.name || node.nameAr;
}

/** Wires the EN / ع buttons; onChange(language) relabels the graph. */
export function initLanguageToggle(onChange) {
  const en = document.getElementById('lang-en');
  const ar = document.getElementById('lang-ar');
  const show = (language) => {
    en.setAttribute('aria-pressed', String(language === 'en'));
    ar.setAttribute('aria-pressed', String(language === 'ar'));
  };
  const choose = (language) => {
    localStorage.setItem(storageKey, language);
    show(language);
    onChange(language);
  };
  en.addEventListener('click', () => choose('en'));
  ar.addEventListener('click', () => choose('ar'));
  show(currentLanguage());
}
