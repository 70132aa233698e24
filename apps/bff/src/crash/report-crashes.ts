// main.ts imports this before anything else, so a crash while the rest of the BFF loads is reported as well.
import { reportCrashes } from './crash-report';

reportCrashes();
