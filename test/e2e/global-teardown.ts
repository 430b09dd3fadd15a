import fs from 'node:fs';
import { stateFile } from './global-setup';

export default async function globalTeardown() {
  const file = stateFile();
  if (!fs.existsSync(file)) return;
  const { pid, dataDir } = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number; dataDir: string };
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(file, { force: true });
}
