// The context menu items and what each one does.
import { api } from '../shared/browser_api.js';

export const MENU_ITEMS = [
  { id: 'pagesift-open', title: 'Open in reader view', contexts: ['page', 'frame'] },
  { id: 'pagesift-save', title: 'Save article', contexts: ['page', 'frame'] },
  { id: 'pagesift-summarize-page', title: 'Summarize page', contexts: ['page', 'frame'] },
  { id: 'pagesift-summarize-selection', title: 'Summarize selection', contexts: ['selection'] },
];

// Menu items persist across restarts of the background; (re)create them on
// install and update only.
export async function createMenus() {
  await api.contextMenus.removeAll();
  for (const item of MENU_ITEMS) api.contextMenus.create(item);
}

// Runs the action of a clicked item. Returns what the action returns.
export function runMenuItem(actions, info, tab) {
  switch (info.menuItemId) {
    case 'pagesift-open': return actions.openReader(tab);
    case 'pagesift-save': return actions.saveArticle(tab);
    case 'pagesift-summarize-page': return actions.summarizePage(tab);
    case 'pagesift-summarize-selection': return actions.summarizeSelection(tab, info.selectionText);
    default: return null;
  }
}
