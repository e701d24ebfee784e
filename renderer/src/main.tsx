import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { initI18n } from './i18n/index.js';
import { storeSizes } from './store/appStore.js';
import './styles.css';

initI18n('ru');
// Read-only sizes of the store's bounded lists, for the end-to-end memory proof.
(window as unknown as { __rcoStoreSizes: typeof storeSizes }).__rcoStoreSizes = storeSizes;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
