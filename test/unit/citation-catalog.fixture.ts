/** The full citable inventory of both acts, as the citation tests need it (every clause of the catalog). */
import { buildCatalog, type ActInventory } from '../../src/citations';

const points = (from: number, to: number, prefix = '') => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}para_${from + i}`);

export const INVENTORY: ActInventory[] = [
  {
    id: 'sc-1999-9',
    kind: 'SUPREME_COURT_NORMATIVE_RESOLUTION',
    number: '9',
    adoptedOn: '1999-07-09',
    attachments: 0,
    eIds: ['preamble', ...points(1, 2), 'para_2-1', ...points(3, 21), 'para_21-1', ...points(22, 25)],
  },
  {
    id: 'gov-2012-1213',
    kind: 'GOVERNMENT_DECREE',
    number: '1213',
    adoptedOn: '2012-09-18',
    attachments: 1,
    eIds: ['preamble', 'para_1', 'para_2', 'att_1', ...points(1, 11, 'att_1__'), 'att_1__para_9__subpara_1', 'att_1__para_9__subpara_2'],
  },
];

export const CATALOG = buildCatalog(INVENTORY);
