/**
 * The upload load of `npm run bench:uploads`, in a process of its own so that sending the
 * documents does not delay the benchmark's own clients, which time the inject deliveries.
 * Started by fork() with {url, authorization, concurrency} in UPLOAD_LOAD; keeps `concurrency`
 * adversarial uploads in flight, each sent the moment the previous one answered, until it gets
 * 'stop'; then reports {uploads, statuses, ms} and exits.
 */
import { ADVERSARIAL_SHAPES, adversarialYaml } from '../../test/support/adversarial-yaml';

const { url, authorization, concurrency } = JSON.parse(process.env.UPLOAD_LOAD!) as {
  url: string;
  authorization: string;
  concurrency: number;
};
const sources = ADVERSARIAL_SHAPES.map((shape) => adversarialYaml(shape));
const result = { uploads: 0, statuses: {} as Record<number, number>, ms: [] as number[] };
let running = true;

const loops = Array.from({ length: concurrency }, async (_, i) => {
  for (let k = i; running; k++) {
    const sent = performance.now();
    const response = await fetch(`${url}/api/scenarios`, {
      method: 'POST',
      headers: { Authorization: authorization, 'Content-Type': 'application/yaml' },
      body: sources[k % sources.length],
    });
    await response.arrayBuffer();
    result.ms.push(performance.now() - sent);
    result.uploads++;
    result.statuses[response.status] = (result.statuses[response.status] ?? 0) + 1;
  }
});

process.on('message', (message) => {
  if (message !== 'stop') return;
  running = false;
  void Promise.all(loops).then(() => process.send!(result, () => process.exit(0)));
});
process.send!('ready');
