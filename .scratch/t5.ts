import { writeFileSync } from 'node:fs';
import { annexA } from '../test/fixtures/plans/annexes';
(async () => writeFileSync('/tmp/sc/a-annex.xlsx', await annexA()))();
