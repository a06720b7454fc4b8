// Disk: one article's project folder after a simulated working day, against its article.json.
import path from 'node:path';
import { plainFigure, type Figure } from '../benchResults';
import { simulateWorkingDay } from '../data/workingDay';

export async function measureDiskFigures(root: string, hours: number): Promise<Figure[]> {
  const day = await simulateWorkingDay(path.join(root, 'day-library'), hours);
  const kb = (bytes: number) => bytes / 1024;
  const note =
    `${day.words} words, ${day.versions} versions; article.json ${kb(day.articleJsonBytes).toFixed(0)} KB, ` +
    `article.ydoc ${kb(day.articleYdocBytes).toFixed(0)} KB, history/ ${kb(day.historyBytes).toFixed(0)} KB, ` +
    `rest (media.json) ${kb(day.projectBytes - day.articleJsonBytes - day.articleYdocBytes - day.historyBytes).toFixed(0)} KB; ` +
    'deterministic: one run';
  return [
    plainFigure({ id: 'disk.projectToArticleJson', label: `disk, project after a ${hours}-hour day ÷ its article.json`, unit: '×', note }, [day.projectBytes / day.articleJsonBytes]),
    plainFigure({ id: 'disk.project', label: 'disk, project folder (without media/)', unit: 'KB' }, [kb(day.projectBytes)]),
  ];
}
