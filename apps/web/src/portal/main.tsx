/**
 * The citizens' portal (/cong-dan): its own entry, without the staff app's code (antd, echarts, the
 * staff dictionaries, react-query, the router): plain React, the portal's i18n instance and its CSS.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './portal.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
