// `node --import tsx packages/image/src/stage-cli.ts DIR`: the image's root filesystem under DIR, with this Node as its
// node. The Dockerfile's build stage runs it, so the Dockerfile and `npm run image` put the same files in the image.
import { stageImageFiles } from './image-files';

const into = process.argv[2];
if (into === undefined || process.argv.length !== 3) {
  console.error('usage: node --import tsx packages/image/src/stage-cli.ts DIR');
  process.exit(2);
}
const files = stageImageFiles(into, process.execPath, (line) => console.error(`[berth image] ${line}`));
console.error(`[berth image] staged ${files.length} files and folders under ${into}`);
